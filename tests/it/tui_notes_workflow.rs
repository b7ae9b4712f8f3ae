//! The notes workflow in the reader, driven headless: `u` (right after) or `U` takes back a
//! deletion or an edit, also in the notes list; the
//! notes panel narrows to a #tag (`#`) or to what is typed after `/`, and notes written by other
//! processes show up when the reader polls for them.

use hamish::document::Document;
use hamish::notes::{Notebook, OpenOptions};
use hamish::tui::app::App;
use hamish::tui::layers::list_panel::ListPanel;

use crate::harness::{app_with_notebook, press, screen, type_text};

const ARTICLE: &str = "يوم في سوق الكتب\n\
افتتح المعرض أبوابه صباح السبت في ساحة المدينة القديمة.\n\
وعرض الناشرون كتبا عن التاريخ والطبخ والشعر الحديث.\n\
وقال أحد الزوار إن الأسعار كانت مناسبة هذا العام.\n\
واختتم اليوم بأمسية موسيقية قرب النافورة.\n";

struct Setup {
    dir: tempfile::TempDir,
    app: App,
}

impl Setup {
    fn new() -> Setup {
        let (dir, mut app) = app_with_notebook(ARTICLE);
        app.resize(100, 30);
        Setup { dir, app }
    }

    /// The notebook as another process would open it.
    fn other(&self) -> (Document, Notebook) {
        let path = self.dir.path().join("article.txt");
        let doc = Document::load(&path).unwrap();
        let opts = OpenOptions {
            data_dir: Some(self.dir.path().join("data")),
            ..OpenOptions::default()
        };
        let nb = Notebook::open_with(&path, &doc, &opts).unwrap();
        (doc, nb)
    }

    fn add(&mut self, passage: &str, text: &str) -> String {
        let start = self.app.reader.text().find(passage).unwrap();
        self.app
            .reader
            .add_note(start..start + passage.len(), text)
            .unwrap();
        self.app
            .reader
            .notes()
            .iter()
            .find(|n| n.text == text)
            .unwrap()
            .id
            .clone()
    }

    fn texts(&self) -> Vec<String> {
        self.app
            .reader
            .notes()
            .iter()
            .map(|n| n.text.clone())
            .collect()
    }

    /// The status line's message (as text: the screen shows Arabic shaped, in visual order).
    fn status(&mut self) -> String {
        self.app
            .reader
            .messages()
            .current()
            .map(|m| m.text.clone())
            .unwrap_or_default()
    }

    /// The screen's last row.
    fn status_row(&mut self) -> String {
        screen(&mut self.app, 100, 30)
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned()
    }

    fn panel(&self) -> &ListPanel {
        self.app.layer::<ListPanel>().expect("the notes panel")
    }

    /// The notes the open panel lists (their first lines).
    fn listed(&self) -> Vec<String> {
        self.panel()
            .items
            .iter()
            .filter(|i| i.note.is_some())
            .map(|i| i.label.clone())
            .collect()
    }
}

fn caret_to(app: &mut App, passage: &str) {
    let at = app.reader.text().find(passage).unwrap();
    app.reader.apply(hamish::reader::Command::CaretAt(at));
}

#[test]
fn undo_brings_back_a_deleted_note_and_an_edited_text() {
    let mut s = Setup::new();
    s.add("ساحة المدينة القديمة", "مكان جميل");
    s.add("الأسعار كانت مناسبة", "رأي زائر");
    press(&mut s.app, &["U"]);
    assert!(s.status().contains("nothing to undo"), "{}", s.status());

    // D at the caret, y: gone; u: back, on the same passage
    caret_to(&mut s.app, "ساحة المدينة");
    press(&mut s.app, &["D", "y"]);
    assert_eq!(s.texts(), ["رأي زائر"]);
    assert!(s.status().contains("note deleted"));
    press(&mut s.app, &["u"]);
    assert!(s.status().contains("note restored"), "{}", s.status());
    assert_eq!(s.texts(), ["مكان جميل", "رأي زائر"]);
    let back = &s.app.reader.notes()[0];
    let r = back.range.clone().unwrap();
    assert_eq!(&s.app.reader.text()[r], "ساحة المدينة القديمة");
    // and it is on disk
    assert_eq!(s.other().1.notes().len(), 2);

    // an edit, then u: the old text again
    caret_to(&mut s.app, "الأسعار");
    press(&mut s.app, &["E"]);
    type_text(&mut s.app, " مهم");
    press(&mut s.app, &["C-s"]);
    assert_eq!(s.texts(), ["مكان جميل", "رأي زائر مهم"]);
    press(&mut s.app, &["u"]);
    assert!(s.status().contains("edit undone"));
    assert_eq!(s.texts(), ["مكان جميل", "رأي زائر"]);
    assert_eq!(s.other().1.notes()[1].text, "رأي زائر");

    // in the notes list: d, y, u — it stays open and lists the note again
    press(&mut s.app, &["m"]);
    press(&mut s.app, &["d", "y"]);
    assert_eq!(s.listed().len(), 1);
    press(&mut s.app, &["u"]);
    assert_eq!(s.listed().len(), 2);
    assert!(s.app.layer::<ListPanel>().is_some());
    // everything undone: nothing more
    press(&mut s.app, &["U", "U"]);
    assert_eq!(s.texts().len(), 2);
}

#[test]
fn the_notes_panel_narrows_to_a_tag() {
    let mut s = Setup::new();
    s.add("ساحة المدينة القديمة", "#مكان تاريخي");
    s.add("التاريخ والطبخ", "كتب #ثقافة و #مكان");
    s.add("الأسعار كانت مناسبة", "#اسعار رخيصة");
    s.add("أمسية موسيقية", "#ثقافة حية");
    press(&mut s.app, &["m"]);
    assert_eq!(s.listed().len(), 4);
    // most used first: #مكان (2), #ثقافة (2), then #اسعار (1); then all again
    press(&mut s.app, &["#"]);
    assert_eq!(s.listed(), ["#مكان تاريخي", "كتب #ثقافة و #مكان"]);
    assert!(
        s.panel().title.contains("#مكان\u{200e}: 2 of 4"),
        "{}",
        s.panel().title
    );
    let shown = screen(&mut s.app, 100, 30);
    // the tag shaped and in visual order, as every Arabic word on screen
    assert!(shown.contains("#ﻥﺎﻜﻣ: 2 of 4"), "{shown}");
    assert!(!shown.contains("رخيصة"), "{shown}");
    press(&mut s.app, &["#"]);
    assert_eq!(s.listed(), ["كتب #ثقافة و #مكان", "#ثقافة حية"]);
    press(&mut s.app, &["#"]);
    assert_eq!(s.listed(), ["#اسعار رخيصة"]);
    press(&mut s.app, &["#"]);
    assert_eq!(s.listed().len(), 4);
    // Esc clears a filter first, then closes
    press(&mut s.app, &["#", "esc"]);
    assert_eq!(s.listed().len(), 4);
    press(&mut s.app, &["esc"]);
    assert!(s.app.layer::<ListPanel>().is_none());
}

#[test]
fn slash_in_the_notes_panel_finds_notes_and_passages_folded() {
    let mut s = Setup::new();
    s.add("ساحة المدينة القديمة", "مكان جميل");
    s.add("الأسعار كانت مناسبة", "رأي زائر عن الاسعار");
    s.add("أمسية موسيقية", "ختام");
    press(&mut s.app, &["m", "/"]);
    // «مدينه» finds the passage «المدينة»; harakat in the query are ignored
    type_text(&mut s.app, "مَدينه");
    assert_eq!(s.listed(), ["مكان جميل"]);
    assert_eq!(s.panel().filter.query, "مَدينه");
    let row = s.status_row();
    assert!(
        row.starts_with('/') && !row.contains("article.txt") && !row.contains("help"),
        "the prompt alone in the status line: {row}"
    );
    // backspace (a letter with its harakat at a time) back to nothing lists everything;
    // «أسعار» finds «الأسعار» and the note's «الاسعار»
    for _ in 0..5 {
        press(&mut s.app, &["backspace"]);
    }
    assert!(s.panel().typing);
    assert_eq!(s.listed().len(), 3);
    type_text(&mut s.app, "أسعار");
    assert_eq!(s.listed(), ["رأي زائر عن الاسعار"]);
    // Enter keeps the filter and gives the keys back to the list: Enter again goes to the note
    press(&mut s.app, &["enter"]);
    assert!(!s.panel().typing);
    assert!(
        s.panel().title.contains("/أسعار\u{200e}: 1 of 3"),
        "{}",
        s.panel().title
    );
    press(&mut s.app, &["enter"]);
    assert!(s.app.layer::<ListPanel>().is_none());
    let caret = s.app.reader.caret().clone().unwrap();
    assert!(s.app.reader.text()[caret.start..].starts_with("الأسعار"));
    // nothing found: said in the list
    press(&mut s.app, &["m", "/"]);
    type_text(&mut s.app, "غائب");
    assert!(s.listed().is_empty());
    assert!(s.panel().items[0].label.contains("No notes match /غائب"));
    // Esc while typing drops the query
    press(&mut s.app, &["esc"]);
    assert_eq!(s.listed().len(), 3);
    assert!(s.app.layer::<ListPanel>().is_some());
}

#[test]
fn notes_written_elsewhere_show_up_when_the_reader_polls() {
    let mut s = Setup::new();
    let mine = s.add("ساحة المدينة القديمة", "من القارئ");
    press(&mut s.app, &["m"]);
    assert!(!s.app.poll_notes(), "nothing new");
    let (doc, mut other) = s.other();
    let at = doc.text.find("أمسية موسيقية").unwrap();
    let theirs = other
        .add(&doc, at..at + "أمسية موسيقية".len(), "من سطر الأوامر")
        .unwrap();
    assert!(s.app.poll_notes());
    assert_eq!(s.listed(), ["من القارئ", "من سطر الأوامر"]);
    assert!(
        s.status().contains("1 note added elsewhere"),
        "{}",
        s.status()
    );
    assert!(s.status_row().contains("1 note added elsewhere"));
    other.edit(&mine, "عدلت في مكان آخر").unwrap();
    other.delete(&theirs).unwrap();
    assert!(s.app.poll_notes());
    assert_eq!(s.listed(), ["عدلت في مكان آخر"]);
    assert!(
        s.status().contains("1 note edited, 1 deleted elsewhere"),
        "{}",
        s.status()
    );
    assert!(!s.app.poll_notes());
}

/// A prompt in the status line hides what the status line showed (it used to show through:
/// «/abticle.txt … 100% ? help»).
#[test]
fn the_search_prompt_covers_the_status_line() {
    let mut s = Setup::new();
    press(&mut s.app, &["/"]);
    type_text(&mut s.app, "ab");
    let row = s.status_row();
    assert!(
        row.starts_with("/ab ") && !row.contains("article.txt") && !row.contains("help"),
        "{row}"
    );
}

/// The notes panel's title names the tag or the query it narrows to; an Arabic one was handed
/// to ratatui as a string, so it reached the terminal in logical order and unshaped (`#مكان`,
/// read backwards by a terminal that does not reorder, which hamish asks for) while every other
/// Arabic word on screen is laid out. It is laid out like the rest now.
#[test]
fn the_notes_panel_title_lays_out_an_arabic_tag_and_query() {
    let mut s = Setup::new();
    s.add("ساحة المدينة القديمة", "#مكان تاريخي");
    s.add("الأسعار كانت مناسبة", "#اسعار رخيصة");
    press(&mut s.app, &["m", "#"]);
    let top = screen(&mut s.app, 100, 30)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(top.contains("Notes #ﻥﺎﻜﻣ: 1 of 2"), "{top}");
    assert!(!top.contains("مكان"), "no logical-order Arabic: {top}");
    press(&mut s.app, &["esc", "/"]);
    type_text(&mut s.app, "أسعار");
    press(&mut s.app, &["enter"]);
    let top = screen(&mut s.app, 100, 30)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(top.contains("Notes /ﺭﺎﻌﺳﺃ: 1 of 2"), "{top}");
    // a narrow panel cuts the title inside its frame
    let top = screen(&mut s.app, 24, 12)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(top.starts_with('┌') && top.ends_with('┐'), "{top}");
}
