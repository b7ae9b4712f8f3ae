//! The notes an open reader relies on: notes written by other processes show up through
//! `Notebook::refresh`, the placement summary on reopening, undoing a deletion, and searching and
//! tagging notes.

use std::path::{Path, PathBuf};
use std::process::Command;

use hamish::document::Document;
use hamish::notes::{NoteStatus, Notebook, NotesChanged, NotesError, OpenOptions};

const ARTICLE: &str = "افتتح الوزير صباح اليوم محطة جديدة لتحلية مياه البحر في العقبة.\n\
وقال إن المحطة ستوفر المياه لنصف مليون نسمة بحلول الصيف المقبل.\n\
وأضاف أن المشروع كلف نحو مئتي مليون دينار بتمويل من عدة جهات.\n\
واختتم بالقول إن الأردن من أفقر دول العالم بالمياه.\n";

struct Setup {
    dir: tempfile::TempDir,
    article: PathBuf,
}

impl Setup {
    fn new(text: &str) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("مياه.txt");
        std::fs::write(&article, text).unwrap();
        Setup { dir, article }
    }
    fn options(&self) -> OpenOptions {
        OpenOptions {
            data_dir: Some(self.dir.path().join("data")),
            ..OpenOptions::default()
        }
    }
    fn doc(&self) -> Document {
        Document::load(&self.article).unwrap()
    }
    fn open(&self, doc: &Document) -> Notebook {
        Notebook::open_with(&self.article, doc, &self.options()).unwrap()
    }
    fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_hamish"))
            .arg("notes")
            .args(args)
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }
    fn sidecar(&self) -> PathBuf {
        let mut p = self.article.as_os_str().to_owned();
        p.push(".notes.toml");
        PathBuf::from(p)
    }
}

fn range(doc: &Document, passage: &str) -> std::ops::Range<usize> {
    let b = doc.text.find(passage).unwrap();
    b..b + passage.len()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_reader_sees_notes_written_elsewhere() {
    let t = Setup::new(ARTICLE);
    let doc = t.doc();
    let mut reader = t.open(&doc);
    assert_eq!(reader.refresh(&doc).unwrap(), NotesChanged::default());

    // Added by the command line.
    let id = t.cli(&[
        "add",
        s(&t.article),
        "--quote",
        "محطة جديدة",
        "--text",
        "من سطر الأوامر",
    ]);
    let changed = reader.refresh(&doc).unwrap();
    assert_eq!(changed.added, [id.as_str()]);
    assert_eq!(changed.message().as_deref(), Some("1 note added elsewhere"));
    let n = &reader.notes()[0];
    assert_eq!(
        (n.text.as_str(), n.range.clone(), n.status),
        (
            "من سطر الأوامر",
            Some(range(&doc, "محطة جديدة")),
            NoteStatus::Anchored
        )
    );
    // Nothing changed since: nothing reported.
    assert!(reader.refresh(&doc).unwrap().is_empty());

    // Edited by the command line, then deleted by another reader.
    t.cli(&["edit", s(&t.article), &id, "--text", "معدلة"]);
    let changed = reader.refresh(&doc).unwrap();
    assert_eq!(changed.edited, [id.as_str()]);
    assert_eq!(reader.notes()[0].text, "معدلة");
    let mut other = t.open(&doc);
    other.delete(&id).unwrap();
    assert_eq!(reader.refresh(&doc).unwrap().removed, [id.as_str()]);
    assert!(reader.notes().is_empty());

    // The reader's own writes are not news.
    let mine = reader
        .add(&doc, range(&doc, "نصف مليون نسمة"), "من القارئ")
        .unwrap();
    assert!(reader.refresh(&doc).unwrap().is_empty());

    // Another writer and this reader write one after the other before the reader looks:
    // both notes are kept, on disk and in the reader.
    let theirs = other
        .add(&doc, range(&doc, "مئتي مليون دينار"), "من الآخر")
        .unwrap();
    let mine2 = reader
        .add(&doc, range(&doc, "أفقر دول العالم"), "ثانية من القارئ")
        .unwrap();
    reader.refresh(&doc).unwrap();
    let ids: Vec<&str> = reader.notes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, [mine.as_str(), theirs.as_str(), mine2.as_str()]);
    let on_disk = t.open(&doc);
    assert_eq!(on_disk.notes().len(), 3);
}

#[test]
fn a_sidecar_broken_meanwhile_is_reported_once_and_never_overwritten() {
    let t = Setup::new(ARTICLE);
    let doc = t.doc();
    let mut reader = t.open(&doc);
    reader
        .add(&doc, range(&doc, "محطة جديدة"), "محفوظة")
        .unwrap();
    let good = std::fs::read(t.sidecar()).unwrap();
    std::fs::write(t.sidecar(), "schema = 1\n[[note]\n").unwrap();
    let err = reader.refresh(&doc).unwrap_err();
    assert!(matches!(err, NotesError::Corrupt { line: 2, .. }), "{err}");
    assert_eq!(reader.notes().len(), 1, "what was read stays");
    assert!(reader.refresh(&doc).unwrap().is_empty(), "reported once");
    assert!(reader.add(&doc, range(&doc, "البحر"), "x").is_err());
    assert_eq!(
        std::fs::read_to_string(t.sidecar()).unwrap(),
        "schema = 1\n[[note]\n"
    );
    // Mended: read again, nothing lost.
    std::fs::write(t.sidecar(), &good).unwrap();
    assert!(reader.refresh(&doc).unwrap().is_empty());
    reader.add(&doc, range(&doc, "البحر"), "بعد الإصلاح").unwrap();
    assert_eq!(t.open(&doc).notes().len(), 2);
}

#[test]
fn reopening_says_what_moved_and_orphans_stay_until_deleted() {
    let t = Setup::new(ARTICLE);
    let doc = t.doc();
    let mut nb = t.open(&doc);
    for p in [
        "محطة جديدة",
        "نصف مليون نسمة",
        "مئتي مليون دينار",
        "أفقر دول العالم",
    ] {
        nb.add(&doc, range(&doc, p), p).unwrap();
    }
    assert_eq!(t.open(&doc).placement_summary().notice("m"), None);

    // A paragraph above (all move), one passage reworded, one deleted.
    let edited = format!("سطر جديد في أول المقال.\n{ARTICLE}")
        .replace("مئتي مليون دينار", "مئتي مليون دينار أردني")
        .replace("نصف مليون نسمة", "نصف مليون شخص")
        .replace("من أفقر دول العالم", "بلد فقير");
    std::fs::write(&t.article, &edited).unwrap();
    let doc = t.doc();
    let nb = t.open(&doc);
    let summary = nb.placement_summary();
    assert_eq!(
        (
            summary.anchored,
            summary.moved,
            summary.fuzzy,
            summary.orphaned
        ),
        (0, 2, 1, 1)
    );
    assert_eq!(
        summary.notice("m").as_deref(),
        Some("2 notes moved, 1 on changed text, 1 orphaned — m to review")
    );
    // Unchanged on the next opening: nothing was written.
    assert_eq!(t.open(&doc).placement_summary(), summary);

    // Once the notes are written again, moved notes are at home; the reworded one keeps the
    // passage it was written on, and the orphan stays listed until it is deleted.
    let mut nb = t.open(&doc);
    let orphan = nb
        .notes()
        .iter()
        .find(|n| n.status == NoteStatus::Orphaned)
        .unwrap()
        .id
        .clone();
    nb.add(&doc, range(&doc, "سطر جديد"), "جديدة").unwrap();
    let s = t.open(&doc).placement_summary();
    assert_eq!((s.anchored, s.moved, s.fuzzy, s.orphaned), (3, 0, 1, 1));
    assert_eq!(
        s.message().as_deref(),
        Some("1 note on changed text, 1 orphaned")
    );
    nb.delete(&orphan).unwrap();
    assert_eq!(t.open(&doc).placement_summary().orphaned, 0);
}

/// A snapshot taken before a note is deleted writes it back as a new note (an editor open on a
/// note deleted elsewhere saves its text this way).
#[test]
fn a_snapshot_of_a_deleted_note_writes_it_back() {
    let t = Setup::new(ARTICLE);
    let doc = t.doc();
    let mut nb = t.open(&doc);
    let id = nb
        .add(&doc, range(&doc, "نصف مليون نسمة"), "ملاحظة #مهم")
        .unwrap();
    let mut stale = t.open(&doc); // still holds the note
    let snap = nb.snapshot(&id).unwrap();
    assert_eq!(
        (snap.id.as_str(), snap.text.as_str()),
        (id.as_str(), "ملاحظة #مهم")
    );
    nb.delete(&id).unwrap();
    assert!(nb.snapshot(&id).is_none());
    let back = nb.restore(&doc, snap.anchor.clone(), &snap.text).unwrap();
    assert_ne!(back, id, "a tombstone is never resurrected: a new id");
    let n = &nb.notes()[0];
    assert_eq!(
        (n.text.as_str(), n.range.clone(), n.status),
        (
            "ملاحظة #مهم",
            Some(range(&doc, "نصف مليون نسمة")),
            NoteStatus::Anchored
        )
    );
    // A writer that still had the old note does not bring it back.
    stale.edit(&id, "x").unwrap_err();
    stale.refresh(&doc).unwrap();
    let ids: Vec<String> = t.open(&doc).notes().iter().map(|n| n.id.clone()).collect();
    assert_eq!(ids, [back]);
}

#[test]
fn notes_are_searched_and_tagged_like_the_text() {
    let t = Setup::new(ARTICLE);
    let doc = t.doc();
    let mut nb = t.open(&doc);
    nb.add(&doc, range(&doc, "محطة جديدة"), "أول محطة #مياه #طاقة")
        .unwrap();
    nb.add(
        &doc,
        range(&doc, "مئتي مليون دينار"),
        "الكلفة #إقتصاد #مياه",
    )
    .unwrap();
    nb.add(&doc, range(&doc, "أفقر دول العالم"), "رقم يستحق التحقق")
        .unwrap();
    let tags: Vec<(String, usize)> = nb.tags().into_iter().map(|t| (t.tag, t.count)).collect();
    assert_eq!(
        tags,
        [
            ("مياه".to_owned(), 2),
            ("طاقة".to_owned(), 1),
            ("إقتصاد".to_owned(), 1)
        ]
    );
    assert_eq!(nb.with_tag("#اقتصاد").len(), 1);
    // Folded as `/` folds («محطه» finds «محطة»), in the note's text and in its passage.
    let hits = nb.search(&doc, "محطه");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].in_text.len(), 1);
    assert_eq!(hits[0].in_passage.len(), 1);
    let hits = nb.search(&doc, "افقر");
    assert_eq!(
        nb.notes()[hits[0].index].text,
        "رقم يستحق التحقق",
        "found by its passage"
    );
    assert!(nb.search(&doc, "كهرباء").is_empty());
}
