//! The notes workflow on the command line: `#tags` (listed in every format, `--tag` filters),
//! a folder of articles at once, note ids shortened to a unique prefix, and `--quote` matching the
//! way the reader's `/` does.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn hamish(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .env("XDG_DATA_HOME", "/nonexistent-hamish-test")
        .output()
        .expect("run hamish")
}

fn ok(args: &[&str]) -> String {
    let out = hamish(args);
    assert!(
        out.status.success(),
        "hamish {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Fails with exactly one line on standard error; returns it.
fn fails(args: &[&str]) -> String {
    let out = hamish(args);
    assert!(!out.status.success(), "hamish {args:?} should fail");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("hamish: "), "{err}");
    err
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn json(out: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

const ARTICLE: &str = "ارتفعت أسعار القمح في الأسواق العالمية هذا الأسبوع.\n\
وقال محللون إن الجفاف في أوروبا هو السبب الرئيسي.\n\
وتتوقع الحكومة أن تستقر الأسعار قبل نهاية العام.\n";

fn article_in(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn add(article: &Path, quote: &str, text: &str) -> String {
    ok(&["notes", "add", s(article), "--quote", quote, "--text", text])
        .trim()
        .to_owned()
}

#[test]
fn tags_are_listed_and_filter() {
    let dir = tempfile::tempdir().unwrap();
    let a = article_in(dir.path(), "قمح.txt", ARTICLE);
    add(&a, "أسعار القمح", "#اقتصاد #أسواق مهم");
    add(&a, "الجفاف في أوروبا", "سبب؟ #مناخ و#اقتصاد");
    add(&a, "تستقر الأسعار", "توقع #إقتصاد");
    let all = json(&ok(&["notes", s(&a)]));
    assert_eq!(all[0]["tags"], serde_json::json!(["اقتصاد", "أسواق"]));
    assert_eq!(
        all[1]["tags"],
        serde_json::json!(["مناخ"]),
        "«و#اقتصاد» is not a tag"
    );
    // The tag matches as the search matches: «اقتصاد» finds «#إقتصاد», with or without «#».
    for t in ["اقتصاد", "#اقتصاد", "#إقتصاد", "اقتصادُ"] {
        let tagged = json(&ok(&["notes", s(&a), "--tag", t]));
        let texts: Vec<&str> = tagged.iter().map(|n| n["text"].as_str().unwrap()).collect();
        assert_eq!(texts, ["#اقتصاد #أسواق مهم", "توقع #إقتصاد"], "--tag {t}");
    }
    assert!(json(&ok(&["notes", s(&a), "--tag", "رياضة"])).is_empty());
    let md = ok(&["notes", s(&a), "--format", "markdown", "--tag", "مناخ"]);
    assert!(md.contains("> الجفاف في أوروبا"), "{md}");
    assert!(!md.contains("أسعار القمح"), "{md}");
    assert!(md.contains(" · #مناخ</sub>"), "{md}");
    let none = ok(&["notes", s(&a), "--format", "markdown", "--tag", "رياضة"]);
    assert!(none.ends_with("\nNo notes.\n"), "{none}");
    let w3c = json(&ok(&["notes", s(&a), "--format", "w3c"]));
    let body = w3c[0]["body"]
        .as_array()
        .expect("a list of bodies with tags");
    assert_eq!(body[0]["value"], "#اقتصاد #أسواق مهم");
    assert_eq!(body[1]["purpose"], "tagging");
    assert_eq!(body[1]["value"], "اقتصاد");
    assert_eq!(body[2]["value"], "أسواق");
    let err = fails(&["notes", s(&a), "--tag", "#"]);
    assert!(err.contains("names no tag"), "{err}");
}

#[test]
fn a_folder_gathers_the_notes_of_every_article() {
    let dir = tempfile::tempdir().unwrap();
    let a = article_in(dir.path(), "a.txt", ARTICLE);
    let b = article_in(
        dir.path(),
        "b.md",
        "# عنوان\n\nنص المقال الثاني عن المياه والري.\n",
    );
    article_in(dir.path(), "c.html", "<p>مقال ثالث بلا ملاحظات.</p>\n");
    article_in(dir.path(), "notes.json", "{}");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    article_in(&dir.path().join("sub"), "d.txt", ARTICLE);
    add(&a, "أسعار القمح", "أ #اقتصاد");
    add(&a, "الجفاف", "ب");
    add(&b, "المياه والري", "ج #اقتصاد");
    add(
        &dir.path().join("sub/d.txt"),
        "الجفاف",
        "not in the folder itself",
    );

    let all = json(&ok(&["notes", s(dir.path())]));
    let got: Vec<(String, String)> = all
        .iter()
        .map(|n| {
            (
                n["article"].as_str().unwrap().to_owned(),
                n["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (s(&a).to_owned(), "أ #اقتصاد".to_owned()),
            (s(&a).to_owned(), "ب".to_owned()),
            (s(&b).to_owned(), "ج #اقتصاد".to_owned()),
        ]
    );
    assert!(all[0]["start"].is_u64() && all[0]["id"].as_str().unwrap().len() == 26);
    let tagged = json(&ok(&["notes", s(dir.path()), "--tag", "اقتصاد"]));
    assert_eq!(tagged.len(), 2);

    let md = ok(&["notes", s(dir.path()), "--format", "markdown"]);
    assert!(
        md.starts_with(&format!("# Notes in {}\n", dir.path().display())),
        "{md}"
    );
    let (ha, hb) = (
        md.find("\n## a.txt\n").unwrap(),
        md.find("\n## b.md\n").unwrap(),
    );
    assert!(ha < hb && !md.contains("c.html"), "{md}");
    assert!(md[ha..hb].contains("### Paragraph 1"), "{md}");

    let w3c = json(&ok(&["notes", s(dir.path()), "--format", "w3c"]));
    assert_eq!(w3c.len(), 3);
    assert!(
        w3c[2]["target"]["source"]
            .as_str()
            .unwrap()
            .ends_with("/b.md")
    );

    // An article that cannot be read is named, the others are still listed, the exit says so.
    std::fs::write(dir.path().join("broken.txt"), [0u8, 159, 146, 150, 0, 0]).unwrap();
    let out = hamish(&["notes", s(dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.txt") && err.lines().count() == 1,
        "{err}"
    );
    assert_eq!(json(&String::from_utf8_lossy(&out.stdout)).len(), 3);

    let empty = tempfile::tempdir().unwrap();
    assert!(json(&ok(&["notes", s(empty.path())])).is_empty());
    let md = ok(&["notes", s(empty.path()), "--format", "markdown"]);
    assert!(md.ends_with("\nNo notes.\n"), "{md}");
}

#[test]
fn ids_may_be_shortened_to_a_unique_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let a = article_in(dir.path(), "a.txt", ARTICLE);
    let first = add(&a, "أسعار القمح", "one");
    let second = add(&a, "الجفاف", "two");
    // ULIDs written moments apart share their first (time) characters.
    let common = first
        .chars()
        .zip(second.chars())
        .take_while(|(x, y)| x == y)
        .count();
    assert!(common >= 4, "{first} {second}");
    let unique = &first[..common + 1];
    ok(&["notes", "edit", s(&a), unique, "--text", "ONE"]);
    ok(&[
        "notes",
        "edit",
        s(&a),
        &second.to_lowercase(),
        "--text",
        "TWO",
    ]);
    let texts: Vec<String> = json(&ok(&["notes", s(&a)]))
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(texts, ["ONE", "TWO"]);

    let err = fails(&["notes", "rm", s(&a), &first[..4]]);
    assert!(
        err.contains("ambiguous") && err.contains("2 notes") && err.contains(&first),
        "{err}"
    );
    let err = fails(&["notes", "rm", s(&a), &first[..3]]);
    assert!(
        err.contains("too short") && err.contains("at least 4"),
        "{err}"
    );
    let err = fails(&["notes", "edit", s(&a), "ZZZZZZ", "--text", "x"]);
    assert!(err.contains("no note with id"), "{err}");
    ok(&["notes", "rm", s(&a), unique]);
    assert_eq!(json(&ok(&["notes", s(&a)])).len(), 1);
    // A deleted note's id names nothing any more, and no longer makes a prefix ambiguous.
    let err = fails(&["notes", "rm", s(&a), unique]);
    assert!(err.contains("no note with id"), "{err}");
    ok(&["notes", "rm", s(&a), &second[..4]]);
    assert!(json(&ok(&["notes", s(&a)])).is_empty());
}

/// `--quote` finds what `/` finds: harakat and tatweel ignored, alef forms, ى/ي, ة/ه and case
/// folded, both in the query and in the article.
#[test]
fn quote_matches_the_way_the_search_does() {
    let text = "قالَ الرئيسُ إنّ المُـسْتشفى في مدينة الإسكندرية افتتح، وأعلن أن Ahmed Hospital يعمل.\n";
    let dir = tempfile::tempdir().unwrap();
    let a = article_in(dir.path(), "a.txt", text);
    for (query, found) in [
        ("المستشفى", "المُـسْتشفى"),  // harakat and tatweel in the article
        ("المستشفي", "المُـسْتشفى"),  // ي for ى
        ("مدينه", "مدينة"),         // ه for ة
        ("الاسكندرية", "الإسكندرية"), // ا for إ
        ("أن", "إنّ"),               // أ for إ, shadda dropped
        ("قال", "قالَ"),
        ("قـــال", "قالَ"),    // tatweel in the query
        ("الرَّئيس", "الرئيسُ"), // harakat in the query
        ("ahmed hospital", "Ahmed Hospital"),
    ] {
        let id = add(&a, query, query);
        let notes = json(&ok(&["notes", s(&a)]));
        let n = notes.iter().find(|n| n["id"] == id.as_str()).unwrap();
        assert_eq!(n["quote"], found, "--quote {query}");
        ok(&["notes", "rm", s(&a), &id]);
    }
    let err = fails(&["notes", "add", s(&a), "--quote", "ًٌ", "--text", "x"]);
    assert!(err.contains("does not occur"), "{err}");
}
