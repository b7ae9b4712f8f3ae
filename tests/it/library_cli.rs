//! `hamish library DIR`: the rows the library screen shows, and the names across the articles.

use std::path::{Path, PathBuf};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/library");

/// A copy of the fixture folder and an empty cache folder.
pub fn library_copy() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("مكتبة");
    std::fs::create_dir(&dir).expect("mkdir");
    for e in std::fs::read_dir(FIXTURE).expect("fixture") {
        let e = e.expect("entry");
        if e.path().is_file() {
            std::fs::copy(e.path(), dir.join(e.file_name())).expect("copy");
        }
    }
    let cache = tmp.path().join("cache");
    (tmp, dir, cache)
}

fn run(dir: &Path, cache: &Path, extra: &[&str]) -> String {
    let out = crate::common::hamish()
        .arg("library")
        .arg(dir)
        .args(extra)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn rows_then_the_same_rows_from_the_cache() {
    let (_tmp, dir, cache) = library_copy();
    let first = run(&dir, &cache, &[]);
    let rows: Vec<Vec<&str>> = first.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4, "{first}");
    // the one read before comes first, with its notes and percentage
    assert_eq!(
        rows[0],
        [
            "انطلاق مهرجان جرش للثقافة والفنون بمشاركة فرق من عشر دول",
            "مهرجان-جرش.txt",
            "67",
            "1",
            "30%"
        ]
    );
    let files: Vec<&str> = rows.iter().map(|r| r[1]).collect();
    assert_eq!(
        files,
        [
            "مهرجان-جرش.txt",
            "حديقة-المدرسة.md",
            "سوق-الكتب.txt",
            "محطة-صور.html"
        ]
    );
    assert_eq!(rows[3][0], "افتتاح محطة لتحلية مياه البحر في صور");
    assert!(cache.join("hamish/library/folders").is_dir());
    assert_eq!(run(&dir, &cache, &[]), first);
    let json: serde_json::Value =
        serde_json::from_str(&run(&dir, &cache, &["--format", "json"])).expect("json");
    assert_eq!(json[3]["kind"], "html");
    assert_eq!(json[1]["title"], "حديقة على سطح مدرسة في عمّان");
}

#[test]
fn names_across_the_articles() {
    let (_tmp, dir, cache) = library_copy();
    let out = run(&dir, &cache, &["--entities"]);
    assert!(
        out.lines().any(|l| l == "place\tبغداد\t3\tسوق-الكتب.txt:3"),
        "{out}"
    );
    // «وليد منصور» and, later, «منصور» alone: one person, as in the reader's entity panel
    assert!(
        out.lines()
            .any(|l| l == "person\tوليد منصور\t2\tمحطة-صور.html:2"),
        "{out}"
    );
    assert!(
        !out.lines().any(|l| l.starts_with("person\tمنصور\t")),
        "{out}"
    );
}

#[test]
fn not_a_folder_is_one_line() {
    let out = crate::common::hamish()
        .args(["library", "/nonexistent-hamish-folder"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not a folder"), "{err}");
}

#[test]
fn institutions_only_when_asked_and_never_from_the_other_cache() {
    let (_tmp, dir, cache) = library_copy();
    std::fs::write(
        dir.join("صحة.txt"),
        "إصابات جديدة في غزة\n\nأعلنت وزارة الصحة الفلسطينية اليوم تسجيل إصابات جديدة في مدينة غزة.\n",
    )
    .expect("write");
    let ministry = |out: &str| out.lines().any(|l| l.contains("\tوزارة الصحة"));
    let plain = run(&dir, &cache, &["--entities"]);
    assert!(!ministry(&plain), "{plain}");
    let marked = run(&dir, &cache, &["--entities", "--institutions"]);
    assert!(ministry(&marked), "{marked}");
    assert!(
        marked
            .lines()
            .any(|l| l.starts_with("organization\tوزارة الصحة الفلسطينية\t1\t")),
        "{marked}"
    );
    // and back: the names found with the option are not what the default shows
    assert_eq!(run(&dir, &cache, &["--entities"]), plain);
}
