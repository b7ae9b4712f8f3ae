//! Re-anchoring weighs context: a note stays on its passage when the passage is edited but its
//! context still matches, and an exact copy of the passage elsewhere does not win. Each case
//! writes a note, edits the article, and checks where the note lands and with which status.

use std::path::Path;

use hamish::document::Document;
use hamish::notes::{NoteStatus, Notebook, OpenOptions};

/// A notebook in its own temporary folder (the data folder too, so nothing leaks).
struct Case {
    dir: tempfile::TempDir,
    article: std::path::PathBuf,
}

impl Case {
    fn new(text: &str) -> Case {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("article.txt");
        std::fs::write(&article, text).unwrap();
        Case { dir, article }
    }

    fn options(&self) -> OpenOptions {
        OpenOptions {
            data_dir: Some(self.dir.path().join("data")),
            ..OpenOptions::default()
        }
    }

    fn open(&self) -> (Document, Notebook) {
        let doc = Document::load(&self.article).unwrap();
        let nb = Notebook::open_with(&self.article, &doc, &self.options()).unwrap();
        (doc, nb)
    }

    /// Adds a note on the `nth` (0-based) occurrence of `passage`; returns its id.
    fn note_on(&self, passage: &str, nth: usize) -> String {
        let (doc, mut nb) = self.open();
        let start = doc
            .text
            .match_indices(passage)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("the passage is in the article");
        nb.add(&doc, start..start + passage.len(), "ملاحظة").unwrap()
    }

    fn rewrite(&self, text: &str) {
        std::fs::write(&self.article, text).unwrap();
    }

    /// Where note `id` is now: (byte start, passage, status).
    fn placed(&self, id: &str) -> (Option<usize>, String, NoteStatus) {
        let (doc, nb) = self.open();
        let n = nb
            .notes()
            .iter()
            .find(|n| n.id == id)
            .expect("a note is never dropped");
        let passage = n
            .range
            .clone()
            .map(|r| doc.text[r].to_owned())
            .unwrap_or_default();
        (n.range.as_ref().map(|r| r.start), passage, n.status)
    }
}

fn byte_of(text: &str, passage: &str, nth: usize) -> usize {
    text.match_indices(passage).nth(nth).unwrap().0
}

fn seed() -> Option<String> {
    let path = Path::new("../shared/articles/000_6c5c1c1384cff0d9.txt");
    match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("{} is absent: skipping", path.display());
            None
        }
    }
}

/// The scenario of issue 10: a note on the first «قادة رابطة الدول المستقلة» of the seed article,
/// then «تبنى قادة رابطة» becomes «تبنى زعماء رابطة». The note used to jump four paragraphs down
/// to the second exact occurrence although its prefix and suffix still match its own place.
#[test]
fn edited_passage_stays_at_its_place_in_the_seed_article() {
    let Some(original) = seed() else { return };
    let passage = "قادة رابطة الدول المستقلة";
    assert_eq!(original.matches(passage).count(), 2);
    let case = Case::new(&original);
    let id = case.note_on(passage, 0);
    let edited = original.replacen("تبنى قادة رابطة", "تبنى زعماء رابطة", 1);
    assert_eq!(edited.matches(passage).count(), 1);
    case.rewrite(&edited);
    assert_eq!(
        case.placed(&id),
        (
            Some(byte_of(&edited, "زعماء رابطة الدول المستقلة", 0)),
            "زعماء رابطة الدول المستقلة".to_owned(),
            NoteStatus::Fuzzy
        )
    );
    // The same through the command line, in code points.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(["notes", case.article.to_str().unwrap()])
        .env("XDG_DATA_HOME", case.dir.path().join("data"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let start = edited[..byte_of(&edited, "زعماء", 0)].chars().count() as u64;
    assert_eq!(json[0]["status"], "fuzzy");
    assert_eq!(json[0]["start"], start);
    assert_eq!(json[0]["end"], start + 26);
}

/// The same passage three times; each note keeps its own copy through an insertion above, and
/// through a copy of the passage pasted elsewhere with other context.
#[test]
fn duplicate_phrases_go_by_context() {
    let text = "في الصباح قال الوزير إن الوضع مستقر تماما.\n\
                وفي المساء قال الوزير إن الوضع مستقر نسبيا.\n\
                ثم عاد فقال الوزير إن الوضع مستقر دائما.\n";
    let case = Case::new(text);
    let phrase = "الوزير إن الوضع مستقر";
    let ids: Vec<String> = (0..3).map(|i| case.note_on(phrase, i)).collect();
    let edited = format!("مقدمة جديدة.\n{text}كتب محرر: الوزير إن الوضع مستقر، بلا سياق.\n");
    case.rewrite(&edited);
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(
            case.placed(id),
            (
                Some(byte_of(&edited, phrase, i)),
                phrase.to_owned(),
                NoteStatus::Moved
            ),
            "note {i}"
        );
    }
}

/// Edits inside the passage: a letter, a whole word, harakat. The note stays, `fuzzy` (harakat
/// alone are not an edit: `moved`), even with an exact copy of the old passage elsewhere.
#[test]
fn edits_inside_the_passage() {
    let text = "افتتح الرئيس المعرض الدولي للكتاب في العاصمة صباح اليوم.\n\
                وقال المنظمون إن المعرض الدولي للكتاب يستقبل ناشرين من عشرين بلدا.\n\
                وفي فقرة أخرى بعيدة ذكر الصحفي المعرض الدولي للكتاب مرة ثالثة.\n";
    let passage = "المعرض الدولي للكتاب";
    for (edit, now, status) in [
        (
            "المعرض الدولى للكتاب",
            "المعرض الدولى للكتاب",
            NoteStatus::Moved,
        ),
        (
            "المعرض الدولي للكتب",
            "المعرض الدولي للكتب",
            NoteStatus::Fuzzy,
        ),
        (
            "المعرض العالمي للكتاب",
            "المعرض العالمي للكتاب",
            NoteStatus::Fuzzy,
        ),
        // A word added: more edits than the approximate search allows (a quarter of the
        // passage), found between the unchanged prefix and suffix.
        (
            "المعرض السنوي الدولي للكتاب",
            "المعرض السنوي الدولي للكتاب",
            NoteStatus::Fuzzy,
        ),
        (
            "المَعْرِضَ الدَّوْلِيَّ للكتاب",
            "المَعْرِضَ الدَّوْلِيَّ للكتاب",
            NoteStatus::Moved,
        ),
    ] {
        let case = Case::new(text);
        let id = case.note_on(passage, 1);
        let at = byte_of(text, passage, 1);
        let edited = format!("{}{edit}{}", &text[..at], &text[at + passage.len()..]);
        case.rewrite(&edited);
        assert_eq!(
            case.placed(&id),
            (Some(at), now.to_owned(), status),
            "edited to {edit}"
        );
    }
}

/// Edits in the context only: the passage is still there, and other copies of it do not win.
#[test]
fn edits_in_the_context() {
    let text = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الريف.\n\
                وأعلنت الشركة أمس عن خطة جديدة لتوسيع مصانعها في المدن.\n";
    let passage = "عن خطة جديدة";
    let case = Case::new(text);
    let first = case.note_on(passage, 0);
    let second = case.note_on(passage, 1);
    let edited = text
        .replacen("الحكومة اليوم", "الحكومة الأردنية صباح اليوم", 1)
        .replacen("لتوسيع مصانعها", "لبناء مصانع", 1);
    case.rewrite(&edited);
    let (start, got, status) = case.placed(&first);
    assert_eq!(
        (start, got.as_str()),
        (Some(byte_of(&edited, passage, 0)), passage)
    );
    assert_eq!(status, NoteStatus::Moved);
    let (start, got, _) = case.placed(&second);
    assert_eq!(
        (start, got.as_str()),
        (Some(byte_of(&edited, passage, 1)), passage)
    );
    // Context edited on both sides at once: still on its own copy.
    let case = Case::new(text);
    let id = case.note_on(passage, 1);
    let edited = text
        .replacen("وأعلنت الشركة أمس", "وكشفت المؤسسة البارحة", 1)
        .replacen("لتوسيع مصانعها", "لتحديث مصانعها", 1);
    case.rewrite(&edited);
    let (start, got, _) = case.placed(&id);
    assert_eq!(
        (start, got.as_str()),
        (Some(byte_of(&edited, passage, 1)), passage)
    );
}

/// A passage cut from one paragraph and pasted into another: found there (`moved`), and the
/// old place, now without it, does not hold the note.
#[test]
fn passage_moved_to_another_paragraph() {
    let text = "الفقرة الأولى تتحدث عن الطقس البارد في الشمال.\n\
                الفقرة الثانية تقول إن الأسعار ارتفعت بشكل حاد هذا الشهر في الأسواق.\n\
                الفقرة الثالثة عن الرياضة والملاعب.\n";
    let passage = "إن الأسعار ارتفعت بشكل حاد";
    let case = Case::new(text);
    let id = case.note_on(passage, 0);
    let edited = "الفقرة الأولى تتحدث عن الطقس البارد في الشمال.\n\
                  الفقرة الثانية تقول هذا الشهر في الأسواق.\n\
                  الفقرة الثالثة عن الرياضة والملاعب، وقيل إن الأسعار ارتفعت بشكل حاد أيضا.\n";
    case.rewrite(edited);
    assert_eq!(
        case.placed(&id),
        (
            Some(byte_of(edited, passage, 0)),
            passage.to_owned(),
            NoteStatus::Moved
        )
    );
    // Moved AND reworded: found by the approximate search, anywhere.
    let reworded = edited.replace("إن الأسعار ارتفعت بشكل حاد", "إن الأسعار ارتفعت بشكل كبير");
    case.rewrite(&reworded);
    let (start, got, status) = case.placed(&id);
    assert_eq!(status, NoteStatus::Fuzzy);
    assert_eq!(start, Some(byte_of(&reworded, "إن الأسعار", 0)));
    assert!(got.starts_with("إن الأسعار ارتفعت بشكل"), "{got}");
    // Deleted everywhere: orphaned, still listed.
    let gone = reworded.replace("، وقيل إن الأسعار ارتفعت بشكل كبير أيضا", "");
    case.rewrite(&gone);
    assert_eq!(
        case.placed(&id),
        (None, String::new(), NoteStatus::Orphaned)
    );
}
