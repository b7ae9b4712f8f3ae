//! `hamish notes` end to end: re-anchoring when the article changes, output formats, corrupt
//! sidecars, backups, merging, the read-only folder fallback and the reading position.

use std::path::{Path, PathBuf};
use std::process::Output;

use hamish::document::Document;
use hamish::notes::{NoteStatus, Notebook, NotesError, OpenOptions};
use serde_json::Value;

const ARTICLE: &str = "\u{feff}مقدمة: هذا نص تجريبي عن المدينة.\n\
قال الكاتب إن البحر هادئ في الصباح، ثم مضى إلى السوق.\n\
وفي المساء عاد إلى بيته القديم قرب الميناء.\n";

fn hamish(args: &[&str]) -> Output {
    crate::common::hamish()
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

fn setup(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("مقال.txt");
    std::fs::write(&article, text).unwrap();
    (dir, article)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sidecar(article: &Path) -> PathBuf {
    let mut p = article.as_os_str().to_owned();
    p.push(".notes.toml");
    PathBuf::from(p)
}

fn list(article: &Path) -> Vec<Value> {
    let out = ok(&["notes", s(article)]);
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The code-point range of `passage` in `text` (BOM dropped, as Document does).
fn chars_of(text: &str, passage: &str) -> (u64, u64) {
    let text = text.trim_start_matches('\u{feff}');
    let b = text.find(passage).unwrap();
    let start = text[..b].chars().count() as u64;
    (start, start + passage.chars().count() as u64)
}

#[test]
fn notes_follow_the_article_as_it_changes() {
    let (_dir, article) = setup(ARTICLE);
    let passage = "البحر هادئ في الصباح";
    let id = ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        passage,
        "--text",
        "ملاحظة: why calm?\nسطر ثان",
    ]);
    let id = id.trim();
    assert_eq!(id.len(), 26, "{id}");
    let notes = list(&article);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["id"], id);
    assert_eq!(notes[0]["status"], "anchored");
    let (st, en) = chars_of(ARTICLE, passage);
    assert_eq!(
        (notes[0]["start"].as_u64(), notes[0]["end"].as_u64()),
        (Some(st), Some(en))
    );
    assert_eq!(notes[0]["text"], "ملاحظة: why calm?\nسطر ثان");

    // A paragraph inserted above: moved, offsets follow.
    let inserted = ARTICLE.replacen("مقدمة", "فقرة جديدة في أول المقال.\nمقدمة", 1);
    std::fs::write(&article, &inserted).unwrap();
    let notes = list(&article);
    let (st, en) = chars_of(&inserted, passage);
    assert_eq!(notes[0]["status"], "moved");
    assert_eq!(
        (notes[0]["start"].as_u64(), notes[0]["end"].as_u64()),
        (Some(st), Some(en))
    );

    // A letter changed inside the passage: fuzzy, on the right passage.
    let changed = inserted.replace("هادئ", "هاديء");
    std::fs::write(&article, &changed).unwrap();
    let notes = list(&article);
    assert_eq!(notes[0]["status"], "fuzzy");
    let (st, en) = chars_of(&changed, "البحر هاديء في الصباح");
    assert_eq!(
        (notes[0]["start"].as_u64(), notes[0]["end"].as_u64()),
        (Some(st), Some(en))
    );
    assert_eq!(
        notes[0]["quote"], passage,
        "the quote is the passage as written"
    );

    // The passage deleted: orphaned, still listed.
    let deleted = changed.replace("إن البحر هاديء في الصباح، ثم ", "");
    std::fs::write(&article, &deleted).unwrap();
    let notes = list(&article);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["status"], "orphaned");
    assert!(notes[0]["start"].is_null() && notes[0]["end"].is_null());
    assert_eq!(notes[0]["text"], "ملاحظة: why calm?\nسطر ثان");
    // Writing another note keeps the orphan in the file.
    ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "بيته",
        "--text",
        "x",
    ]);
    let on_disk = std::fs::read_to_string(sidecar(&article)).unwrap();
    assert!(
        on_disk.contains(id) && on_disk.contains(passage),
        "{on_disk}"
    );
    let notes = list(&article);
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[1]["status"], "orphaned", "orphans come last");
}

#[test]
fn add_by_offsets_nth_and_folded_quote() {
    let text = "كَتَبَ الولدُ الدرس. كتب الولد الدرس.\n";
    let (_dir, article) = setup(text);
    let second = ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "كتب الولد",
        "--nth",
        "2",
        "--text",
        "b",
    ]);
    // Without harakat, the vowelled first occurrence is found too.
    let first = ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "كتب الولد",
        "--text",
        "a",
    ]);
    let by_offsets = ok(&[
        "notes",
        "add",
        s(&article),
        "--start",
        "0",
        "--end",
        "3",
        "--text",
        "c",
    ]);
    let notes = list(&article);
    let find = |id: &str| notes.iter().find(|n| n["id"] == id.trim()).unwrap().clone();
    assert_eq!(find(&first)["start"], 0);
    assert_eq!(find(&first)["end"], 13, "the harakat belong to the passage");
    assert_eq!(find(&second)["start"], 21);
    assert_eq!(find(&by_offsets)["quote"], "كَت");
    let third = hamish(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "كتب الولد",
        "--nth",
        "3",
        "--text",
        "x",
    ]);
    assert!(!third.status.success());
    assert!(String::from_utf8_lossy(&third.stderr).contains("only 2"));
    let bad = hamish(&[
        "notes",
        "add",
        s(&article),
        "--start",
        "5",
        "--end",
        "500",
        "--text",
        "x",
    ]);
    assert!(!bad.status.success());
    let missing = hamish(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "غير موجود",
        "--text",
        "x",
    ]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("does not occur"));
}

#[test]
fn rm_and_edit() {
    let (_dir, article) = setup(ARTICLE);
    let a = ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "السوق",
        "--text",
        "a",
    ]);
    let b = ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "الميناء",
        "--text",
        "b",
    ]);
    ok(&["notes", "edit", s(&article), b.trim(), "--text", "B2"]);
    ok(&["notes", "rm", s(&article), a.trim()]);
    let notes = list(&article);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["text"], "B2");
    assert_ne!(notes[0]["created"], notes[0]["updated"]);
    let again = hamish(&["notes", "rm", s(&article), a.trim()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("no note with id"));
    // The tombstone stays in the file.
    let on_disk = std::fs::read_to_string(sidecar(&article)).unwrap();
    assert!(on_disk.contains(a.trim()) && on_disk.contains("deleted = true"));
}

#[test]
fn output_formats() {
    let (_dir, article) = setup(ARTICLE);
    ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "الميناء",
        "--text",
        "port\nميناء",
    ]);
    ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "المدينة",
        "--text",
        "city",
    ]);
    ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "السوق",
        "--text",
        "gone soon",
    ]);
    std::fs::write(&article, ARTICLE.replace("السوق", "المتجر")).unwrap();

    let json = list(&article);
    let keys: Vec<&str> = json[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "created", "end", "id", "quote", "start", "status", "tags", "text", "updated"
        ]
    );
    assert_eq!(
        json.iter()
            .map(|n| n["text"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["city", "port\nميناء", "gone soon"]
    );
    assert!(json[0]["created"].as_str().unwrap().ends_with('Z'));

    let md = ok(&["notes", s(&article), "--format", "markdown"]);
    assert!(md.starts_with("# Notes on مقال.txt\n"), "{md}");
    let p1 = md.find("## Paragraph 1").expect(&md);
    let p3 = md.find("## Paragraph 3").expect(&md);
    let orphans = md.find("## Orphaned").expect(&md);
    assert!(p1 < p3 && p3 < orphans, "{md}");
    assert!(md.contains("> المدينة\n\ncity\n"), "{md}");
    assert!(md.contains("> الميناء\n\nport\nميناء\n"), "{md}");
    assert!(md[orphans..].contains("> السوق"), "{md}");

    let w3c: Value = serde_json::from_str(&ok(&["notes", s(&article), "--format", "w3c"])).unwrap();
    let anns = w3c.as_array().unwrap();
    assert_eq!(anns.len(), 3);
    let a = &anns[0];
    assert_eq!(a["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(a["type"], "Annotation");
    assert_eq!(a["body"]["type"], "TextualBody");
    assert_eq!(a["body"]["value"], "city");
    assert!(
        a["target"]["source"]
            .as_str()
            .unwrap()
            .starts_with("file:///")
    );
    assert!(
        a["target"]["source"]
            .as_str()
            .unwrap()
            .ends_with("/%D9%85%D9%82%D8%A7%D9%84.txt")
    );
    let sel = a["target"]["selector"].as_array().unwrap();
    assert_eq!(sel[0]["type"], "TextQuoteSelector");
    assert_eq!(sel[0]["exact"], "المدينة");
    let suffix = sel[0]["suffix"].as_str().unwrap();
    assert_eq!(suffix.chars().count(), 32);
    assert!(ARTICLE.contains(&format!("المدينة{suffix}")));
    assert_eq!(sel[1]["type"], "TextPositionSelector");
    let (st, en) = chars_of(ARTICLE, "المدينة");
    assert_eq!(
        (sel[1]["start"].as_u64(), sel[1]["end"].as_u64()),
        (Some(st), Some(en))
    );
    let orphan = &anns[2]["target"]["selector"];
    assert_eq!(
        orphan.as_array().unwrap().len(),
        1,
        "no position for an orphan"
    );
    assert_eq!(orphan[0]["exact"], "السوق");
}

#[test]
fn corrupt_sidecar_is_never_overwritten() {
    let (_dir, article) = setup(ARTICLE);
    let side = sidecar(&article);
    let broken = "schema = 1\n\n[[note]]\nid = \"01AAAAAAAAAAAAAAAAAAAAAAAA\"\ncreated = 2026-11-29T10:00:00Z\ntext = \"unterminated\n";
    std::fs::write(&side, broken).unwrap();
    for args in [
        vec!["notes", s(&article)],
        vec![
            "notes",
            "add",
            s(&article),
            "--quote",
            "السوق",
            "--text",
            "x",
        ],
        vec!["notes", "rm", s(&article), "01AAAAAAAAAAAAAAAAAAAAAAAA"],
    ] {
        let out = hamish(&args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("{}:6:", side.display())),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(std::fs::read(&side).unwrap(), broken.as_bytes());
    }
    // The library opens it read-only, saying why; the reading position is not a note and is
    // still remembered (in the state folder).
    let doc = Document::from_text(ARTICLE.to_owned(), None);
    let state = tempfile::tempdir().unwrap();
    let options = OpenOptions {
        state_dir: Some(state.path().to_owned()),
        ..OpenOptions::default()
    };
    let mut nb = Notebook::open_with(&article, &doc, &options).unwrap();
    assert!(nb.read_only_reason().unwrap().contains(":6:"));
    assert!(matches!(
        nb.add(&doc, 0..4, "x"),
        Err(NotesError::ReadOnly(_))
    ));
    nb.set_reading_offset(&doc, 10).unwrap();
    assert_eq!(std::fs::read(&side).unwrap(), broken.as_bytes());

    // A newer schema is refused the same way.
    let future = "schema = 2\nwhatever = true\n";
    std::fs::write(&side, future).unwrap();
    let out = hamish(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "السوق",
        "--text",
        "x",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer hamish"));
    assert_eq!(std::fs::read(&side).unwrap(), future.as_bytes());
}

#[test]
fn previous_version_is_kept_as_bak() {
    let (dir, article) = setup(ARTICLE);
    let a = ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "السوق",
        "--text",
        "first",
    ]);
    let side = sidecar(&article);
    let after_one = std::fs::read(&side).unwrap();
    ok(&[
        "notes",
        "add",
        s(&article),
        "--quote",
        "الميناء",
        "--text",
        "second",
    ]);
    let mut bak = side.as_os_str().to_owned();
    bak.push(".bak");
    assert_eq!(std::fs::read(&bak).unwrap(), after_one);
    let parsed = hamish::notes::sidecar::parse(&std::fs::read(&bak).unwrap()).unwrap();
    assert_eq!(parsed.notes.len(), 1);
    assert_eq!(parsed.notes[0].id, a.trim());
    // No temporary files left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.contains("probe"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn merging_never_resurrects_a_deleted_note() {
    let (_dir, article) = setup(ARTICLE);
    let doc = Document::from_text(ARTICLE.trim_start_matches('\u{feff}').to_owned(), None);
    let mut first = Notebook::open(&article, &doc).unwrap();
    let at = |p: &str| {
        let b = doc.text.find(p).unwrap();
        b..b + p.len()
    };
    let id = first.add(&doc, at("مقدمة"), "keep?").unwrap();
    let stale_copy = std::fs::read(sidecar(&article)).unwrap();

    let mut second = Notebook::open(&article, &doc).unwrap();
    assert_eq!(second.notes().len(), 1);
    second.delete(&id).unwrap();

    // `first` still has the note live in memory; its next write merges with the tombstone.
    let other = first.add(&doc, at("البحر"), "another").unwrap();
    assert!(matches!(
        first.edit(&id, "edited"),
        Err(NotesError::NotFound(_))
    ));
    let ids: Vec<&str> = first.notes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, [other.as_str()]);

    // An old copy of the file put back (a sync tool, a restore) does not bring it back either:
    // the next write of a notebook that knows of the deletion keeps it deleted.
    std::fs::write(sidecar(&article), &stale_copy).unwrap();
    let third = second.add(&doc, at("الميناء"), "third").unwrap();
    let ids: Vec<String> = Notebook::open(&article, &doc)
        .unwrap()
        .notes()
        .iter()
        .map(|n| n.id.clone())
        .collect();
    assert_eq!(ids, std::slice::from_ref(&third));
    let fourth = first.add(&doc, at("هادئ"), "fourth").unwrap(); // `first` still holds the other note
    let reopened = Notebook::open(&article, &doc).unwrap();
    let mut ids: Vec<&str> = reopened.notes().iter().map(|n| n.id.as_str()).collect();
    ids.sort_unstable();
    let mut want = [other.as_str(), third.as_str(), fourth.as_str()];
    want.sort_unstable();
    assert_eq!(
        ids, want,
        "deleted stays deleted; the other note is merged back"
    );

    // Concurrent edits: the newest wins.
    let mut a = Notebook::open(&article, &doc).unwrap();
    let mut b = Notebook::open(&article, &doc).unwrap();
    a.edit(&other, "from a").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.edit(&other, "from b").unwrap();
    let reopened = Notebook::open(&article, &doc).unwrap();
    let other_note = reopened.notes().iter().find(|n| n.id == other).unwrap();
    assert_eq!(other_note.text, "from b");
}

#[test]
fn reading_position_round_trips() {
    let (dir, article) = setup(ARTICLE);
    let state = tempfile::tempdir().unwrap();
    let options = OpenOptions {
        state_dir: Some(state.path().to_owned()),
        ..OpenOptions::default()
    };
    let doc = Document::load(&article).unwrap();
    let mut nb = Notebook::open_with(&article, &doc, &options).unwrap();
    assert_eq!(nb.reading_offset(), None);
    let byte = doc.text.find("ثم").unwrap();
    nb.set_reading_offset(&doc, byte + 1).unwrap(); // inside a char: snapped back
    assert_eq!(nb.reading_offset(), Some(byte));
    let reopened = Notebook::open_with(&article, &doc, &options).unwrap();
    assert_eq!(reopened.reading_offset(), Some(byte));
    // in the state folder, not beside the article
    let saved = nb.state_file().unwrap().load().unwrap();
    assert_eq!(saved.reading, Some(doc.char_offset(byte)));
    assert!(nb.state_file().unwrap().path().starts_with(state.path()));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the article"
    );
}

#[test]
fn unwritable_folder_falls_back_to_the_data_folder() {
    let (dir, article) = setup(ARTICLE);
    let data = tempfile::tempdir().unwrap();
    let doc = Document::load(&article).unwrap();
    // Root ignores permissions: try a real read-only folder, and force it when that is not enough.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    let really_read_only = std::fs::write(dir.path().join("probe"), b"").is_err();
    let options = OpenOptions {
        data_dir: Some(data.path().to_owned()),
        assume_folder_read_only: !really_read_only,
        ..OpenOptions::default()
    };
    let mut nb = Notebook::open_with(&article, &doc, &options).unwrap();
    let notice = nb.notice().unwrap().to_owned();
    let id = nb.add(&doc, 0..8, "kept elsewhere").unwrap();
    // kept by the article's path, so they follow it through edits
    let (canonical, key) = hamish::paths::article_key(&article).unwrap();
    let expected = data
        .path()
        .join("notes/by-path")
        .join(format!("{key}.notes.toml"));
    let stored = hamish::notes::sidecar::parse(&std::fs::read(&expected).unwrap()).unwrap();
    assert_eq!(stored.article, Some(canonical.display().to_string()));
    assert_eq!(nb.sidecar(), Some(expected.as_path()));
    assert!(notice.contains(&expected.display().to_string()), "{notice}");
    assert!(!sidecar(&article).exists());
    let again = Notebook::open_with(&article, &doc, &options).unwrap();
    assert_eq!(again.notes()[0].id, id);
    assert_eq!(again.notes()[0].status, NoteStatus::Anchored);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    // Once the folder is writable again, notes from the data folder are still found.
    let mut writable = Notebook::open_with(
        &article,
        &doc,
        &OpenOptions {
            data_dir: Some(data.path().to_owned()),
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert_eq!(writable.notes().len(), 1);
    assert!(writable.notice().is_none());
    writable.add(&doc, 10..14, "beside").unwrap();
    assert_eq!(
        hamish::notes::sidecar::parse(&std::fs::read(sidecar(&article)).unwrap())
            .unwrap()
            .notes
            .len(),
        2
    );
}

/// A real article from ../shared (read, never copied): notes survive edits to the prose.
#[test]
fn real_article_edits() {
    let Some(path) = std::fs::read_dir("../shared/articles").ok().and_then(|d| {
        d.flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .min()
    }) else {
        eprintln!("../shared/articles is absent: skipping the real-article test");
        return;
    };
    let original = std::fs::read_to_string(&path).unwrap();
    let doc = Document::from_text(original.clone(), None);
    // Notes on the middle of the 2nd, 4th and 6th paragraphs (whole words).
    let passage = |p: usize| -> Option<String> {
        let para = doc.paragraphs.get(p)?.clone();
        let words: Vec<&str> = doc.text[para].split(' ').collect();
        (words.len() >= 9).then(|| words[3..8].join(" "))
    };
    let passages: Vec<String> = [1, 3, 5].iter().filter_map(|&p| passage(p)).collect();
    if passages.len() < 3
        || passages
            .iter()
            .any(|p| original.matches(p.as_str()).count() != 1)
    {
        eprintln!("{}: not suitable for the real-article test", path.display());
        return;
    }
    let (_dir, article) = setup(&original);
    let ids: Vec<String> = passages
        .iter()
        .map(|p| {
            ok(&["notes", "add", s(&article), "--quote", p, "--text", "ملاحظة"])
                .trim()
                .to_owned()
        })
        .collect();
    // Inserted paragraph at the top, a letter changed in the 2nd passage, the 3rd passage deleted.
    let mut chars: Vec<char> = passages[1].chars().collect();
    let mid = chars.len() / 2;
    chars[mid] = if chars[mid] == 'ن' { 'ت' } else { 'ن' };
    let changed: String = chars.into_iter().collect();
    let edited = format!("سطر جديد في أعلى المقال.\n{original}")
        .replacen(passages[1].as_str(), &changed, 1)
        .replacen(passages[2].as_str(), "", 1);
    std::fs::write(&article, &edited).unwrap();
    let notes = list(&article);
    let by_id = |id: &str| notes.iter().find(|n| n["id"] == id).unwrap().clone();
    let (st, en) = chars_of(&edited, &passages[0]);
    assert_eq!(by_id(&ids[0])["status"], "moved");
    assert_eq!(
        (
            by_id(&ids[0])["start"].as_u64(),
            by_id(&ids[0])["end"].as_u64()
        ),
        (Some(st), Some(en))
    );
    let (st, en) = chars_of(&edited, &changed);
    assert_eq!(by_id(&ids[1])["status"], "fuzzy");
    assert_eq!(
        (
            by_id(&ids[1])["start"].as_u64(),
            by_id(&ids[1])["end"].as_u64()
        ),
        (Some(st), Some(en))
    );
    assert_eq!(by_id(&ids[2])["status"], "orphaned");
}
