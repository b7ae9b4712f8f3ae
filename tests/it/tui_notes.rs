//! The notes side of the reader, driven headless: selecting (keys and mouse), copying with
//! OSC 52, writing, editing and deleting notes, the notes panel, next/previous note, and the
//! questions asked before anything typed is lost.

use hamish::reader::Command;
use hamish::theme::Scope;
use hamish::tui::layers::confirm::Confirm;
use hamish::tui::layers::editor::EditorLayer;
use hamish::tui::layers::editor::NoteTarget;
use hamish::tui::layers::list_panel::ListPanel;
use hamish::tui::layers::list_panel::PanelKind;
use hamish::tui::layers::prompt::Prompt as SearchPrompt;
use hamish::tui::style::ThemeExt;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use crate::harness::{app_with_notebook, press, render, screen, type_text};
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use hamish::document::Document;
use hamish::notes::{Notebook, OpenOptions};
use hamish::tui::app::{App, Settings};
use hamish::tui::clipboard::osc52;
use hamish::tui::draw::NOTE_MARKER;

/// A short article written for these tests: an Arabic title, Arabic paragraphs of a few
/// sentences, a Latin name inside one.
const ARTICLE: &str = "ندوة الكتاب في بيروت\n\
افتتحت الندوة صباح الاثنين في مكتبة المدينة. وقال المنظمون إن الحضور تجاوز المئتين. \
وشارك الكاتب John Smith في جلسة عن الترجمة.\n\
وفي المساء عرض فيلم قصير عن تاريخ الطباعة العربية. ثم اختتم اللقاء بقراءات شعرية.\n\
وأعلنت اللجنة أن الدورة المقبلة ستعقد في الربيع. ودعت الناشرين إلى المشاركة مبكرا.\n";

struct Setup {
    dir: tempfile::TempDir,
    app: App,
}

impl Setup {
    fn article(&self) -> PathBuf {
        self.dir.path().join("article.txt")
    }
    fn sidecar(&self) -> PathBuf {
        self.dir.path().join("article.txt.notes.toml")
    }
    /// The notebook as a fresh process would read it from disk.
    fn reopened(&self) -> Notebook {
        let doc = Document::load(&self.article()).expect("load");
        Notebook::open_with(&self.article(), &doc, &opts(self.dir.path())).expect("open")
    }
}

fn opts(dir: &Path) -> OpenOptions {
    OpenOptions {
        data_dir: Some(dir.join("data")),
        ..OpenOptions::default()
    }
}

fn setup_with(text: &str) -> Setup {
    let (dir, mut app) = app_with_notebook(text);
    app.resize(80, 24);
    Setup { dir, app }
}

fn setup() -> Setup {
    setup_with(ARTICLE)
}

fn text_of(app: &App, r: std::ops::Range<usize>) -> &str {
    &app.reader.text()[r]
}

fn caret_word(app: &App) -> String {
    text_of(app, app.reader.caret().clone().expect("caret")).to_owned()
}

/// Offset of the `n`th occurrence (0-based) of `s` in the article.
fn find(app: &App, s: &str) -> usize {
    app.reader.text().find(s).expect(s)
}

fn notes(app: &App) -> Vec<(String, Option<String>)> {
    app.reader
        .notebook()
        .expect("notebook")
        .notes()
        .iter()
        .map(|n| {
            (
                n.text.clone(),
                n.range.clone().map(|r| app.reader.text()[r].to_owned()),
            )
        })
        .collect()
}

fn capture_clipboard(app: &mut App) -> Rc<RefCell<Vec<u8>>> {
    let got = Rc::new(RefCell::new(Vec::new()));
    let sink = got.clone();
    app.ui.clipboard = Some(Box::new(move |b: &[u8]| {
        sink.borrow_mut().extend_from_slice(b);
        Ok(())
    }));
    got
}

fn message(app: &App) -> String {
    app.reader
        .messages()
        .current()
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn v_then_caret_keys_extend_the_selection_in_rtl() {
    let mut s = setup();
    let app = &mut s.app;
    assert_eq!(caret_word(app), "ندوة");
    press(app, &["v"]);
    assert_eq!(
        app.reader.selection().clone().map(|r| text_of(app, r)),
        Some("ندوة")
    );
    // in Arabic ← goes forward: the selection grows towards the end of the text
    press(app, &["left", "left"]);
    let sel = app.reader.selection().clone().expect("selection");
    assert_eq!(text_of(app, sel), "ندوة الكتاب في");
    // → goes back: it shrinks again
    press(app, &["right"]);
    assert_eq!(
        text_of(app, app.reader.selection().clone().unwrap()),
        "ندوة الكتاب"
    );
    // a sentence move extends it into the next paragraph, in logical order
    press(app, &[")"]);
    let sel = app.reader.selection().clone().unwrap();
    assert!(
        text_of(app, sel.clone()).starts_with("ندوة الكتاب في بيروت\nافتتحت"),
        "{:?}",
        text_of(app, sel)
    );
    // the selection is drawn: every cell of the title row carries the selection background
    let buf = render(app, 80, 24);
    let sel_bg = app.ui.theme.ui(Scope::Selection).bg;
    let g = app.ui.geometry;
    let title_y = g.text.y;
    let selected = (g.text.x..g.text.x + g.text.width)
        .filter(|&x| buf[(x, title_y)].style().bg == sel_bg && buf[(x, title_y)].symbol() != " ")
        .count();
    assert!(selected >= "ندوة الكتاب في بيروت".chars().count() - 4);
    // v again stops extending but keeps the selection; Esc clears it
    press(app, &["v", "left"]);
    assert_eq!(app.reader.selection(), Some(sel));
    press(app, &["esc"]);
    assert_eq!(app.reader.selection(), None);
    press(app, &["left"]);
    assert_eq!(app.reader.selection(), None);
}

#[test]
fn y_copies_the_selection_in_logical_order_with_osc52() {
    let mut s = setup();
    let app = &mut s.app;
    let got = capture_clipboard(app);
    press(app, &["v", "left", "left", "y"]);
    assert_eq!(*got.borrow(), osc52("ندوة الكتاب في"));
    assert_eq!(
        &got.borrow()[..],
        b"\x1b]52;c;2YbYr9mI2Kkg2KfZhNmD2KrYp9ioINmB2Yo=\x07"
    );
    assert!(
        message(app).contains("copied the selection"),
        "{}",
        message(app)
    );
    assert_eq!(app.reader.selection(), None);
    // nothing selected: the caret's sentence
    got.borrow_mut().clear();
    let at = find(app, "وقال");
    app.reader.apply(Command::CaretAt(at));
    press(app, &["y"]);
    assert_eq!(
        *got.borrow(),
        osc52("وقال المنظمون إن الحضور تجاوز المئتين.")
    );
    assert!(message(app).contains("sentence"));
    // no terminal to write to: said, not silently dropped
    app.ui.clipboard = None;
    press(app, &["y"]);
    assert!(app.reader.messages().current().is_some_and(|m| m.error));
}

#[test]
fn mouse_drag_selects_a_logical_range() {
    let mut s = setup();
    let app = &mut s.app;
    render(app, 80, 24);
    let g = app.ui.geometry;
    let y = g.text.y;
    // the columns of the title row and the offsets they show
    let cols: Vec<(u16, usize)> = (g.text.x..g.text.x + g.text.width)
        .filter_map(|x| {
            g.text_cell(x, y)
                .and_then(|(c, r)| app.reader.hit_test(c, r))
                .map(|o| (x, o))
        })
        .collect();
    let second = find(app, "الكتاب");
    let third = find(app, "في");
    let (c1, _) = *cols
        .iter()
        .find(|(_, o)| *o == second)
        .expect("column of الكتاب");
    let (c2, _) = *cols
        .iter()
        .find(|(_, o)| *o == third + "في".len() - 2)
        .expect("column of ي");
    let mouse = |kind, column| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.handle_event(&mouse(MouseEventKind::Down(MouseButton::Left), c1));
    app.handle_event(&mouse(MouseEventKind::Drag(MouseButton::Left), c2));
    app.handle_event(&mouse(MouseEventKind::Up(MouseButton::Left), c2));
    let sel = app.reader.selection().clone().expect("a selection");
    assert_eq!(text_of(app, sel), "الكتاب في");
    // dragging the other way gives the same logical range
    app.handle_event(&mouse(MouseEventKind::Down(MouseButton::Left), c2));
    assert_eq!(app.reader.selection(), None, "a click clears the selection");
    app.handle_event(&mouse(MouseEventKind::Drag(MouseButton::Left), c1));
    assert_eq!(
        text_of(app, app.reader.selection().clone().unwrap()),
        "الكتاب في"
    );
    // and a note can be written on it
    press(app, &["a"]);
    assert!(matches!(
        app.layer::<EditorLayer>().map(|e| &e.target),
        Some(NoteTarget::New(r)) if text_of(app, r.clone()) == "الكتاب في"
    ));
}

#[test]
fn a_then_arabic_then_ctrl_s_stores_the_note_on_the_sentence() {
    let mut s = setup();
    let at = find(&s.app, "وقال");
    s.app.reader.apply(Command::CaretAt(at));
    press(&mut s.app, &["a"]);
    let ed = s.app.layer::<EditorLayer>().expect("the editor is open");
    assert_eq!(
        ed.editor.passage(),
        "وقال المنظمون إن الحضور تجاوز المئتين."
    );
    // the terminal cursor is placed by the editor
    let area = s.app.ui.geometry.editor();
    type_text(&mut s.app, "رقم مهم للتحقق");
    let cur = s
        .app
        .layer::<EditorLayer>()
        .unwrap()
        .editor
        .cursor_position(area);
    assert!(cur.is_some());
    let screen_area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let mut buf = ratatui::buffer::Buffer::empty(screen_area);
    assert_eq!(s.app.render(screen_area, &mut buf), cur);
    press(&mut s.app, &["C-s"]);
    assert!(s.app.layer::<EditorLayer>().is_none());
    assert_eq!(
        notes(&s.app),
        [(
            "رقم مهم للتحقق".to_owned(),
            Some("وقال المنظمون إن الحضور تجاوز المئتين.".to_owned())
        )]
    );
    assert!(message(&s.app).contains("note saved"));
    // on disk, and read back by a new process
    let side = std::fs::read_to_string(s.sidecar()).expect("sidecar");
    assert!(side.contains("رقم مهم للتحقق"), "{side}");
    let nb = s.reopened();
    assert_eq!(nb.notes().len(), 1);
    assert_eq!(nb.notes()[0].text, "رقم مهم للتحقق");
    // the caret is in the passage: the status line shows the note
    assert_eq!(
        s.app.reader.caret_note_line().as_deref(),
        Some("✎ رقم مهم للتحقق")
    );
    press(&mut s.app, &["j"]); // clears the "saved" message
    let scr = screen(&mut s.app, 80, 24);
    assert!(scr.lines().last().unwrap().contains('✎'), "{scr}");
}

#[test]
fn a_on_a_selection_and_pasted_text() {
    let mut s = setup();
    press(&mut s.app, &["v", "left", "a"]);
    s.app
        .handle_event(&Event::Paste("عنوان\r\nجيد with English".to_owned()));
    press(&mut s.app, &["C-s"]);
    assert_eq!(
        notes(&s.app),
        [(
            "عنوان\nجيد with English".to_owned(),
            Some("ندوة الكتاب".to_owned())
        )]
    );
    assert_eq!(s.app.reader.selection(), None);
    // the margin marker is beside the title's row
    let scr = screen(&mut s.app, 80, 24);
    let marked: Vec<usize> = scr
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(NOTE_MARKER))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(marked, [s.app.ui.geometry.text.y as usize]);
}

#[test]
fn edit_and_delete_the_note_at_the_caret() {
    let mut s = setup();
    press(&mut s.app, &["a"]);
    type_text(&mut s.app, "أول");
    press(&mut s.app, &["C-s"]);
    // E edits: the editor opens with the text, the cursor at its end
    press(&mut s.app, &["E"]);
    let ed = s.app.layer::<EditorLayer>().expect("editor");
    assert_eq!(ed.editor.text(), "أول");
    type_text(&mut s.app, " وثان");
    press(&mut s.app, &["C-s"]);
    assert_eq!(notes(&s.app)[0].0, "أول وثان");
    assert_eq!(s.reopened().notes()[0].text, "أول وثان");
    // D asks; n keeps
    press(&mut s.app, &["D"]);
    assert!(
        s.app
            .layer::<Confirm>()
            .is_some_and(|q| q.text().contains("y/n"))
    );
    press(&mut s.app, &["n"]);
    assert_eq!(notes(&s.app).len(), 1);
    assert_eq!(message(&s.app), "note kept");
    // D, y deletes; the marker goes with it
    press(&mut s.app, &["D", "y"]);
    assert!(notes(&s.app).is_empty());
    assert!(s.reopened().notes().is_empty());
    assert!(!screen(&mut s.app, 80, 24).contains(NOTE_MARKER));
    // nothing at the caret now
    press(&mut s.app, &["E"]);
    assert!(s.app.layer::<EditorLayer>().is_none());
    assert!(message(&s.app).contains("no note"));
}

#[test]
fn esc_asks_before_losing_text() {
    let mut s = setup();
    // nothing typed: Esc closes at once
    press(&mut s.app, &["a", "esc"]);
    assert!(s.app.layer::<EditorLayer>().is_none());
    press(&mut s.app, &["a"]);
    type_text(&mut s.app, "مسودة");
    press(&mut s.app, &["esc"]);
    let ed = s.app.layer::<EditorLayer>().expect("still open");
    assert!(ed.editor.is_confirming());
    // n: back to the text
    press(&mut s.app, &["n"]);
    let ed = s.app.layer::<EditorLayer>().expect("still open");
    assert!(!ed.editor.is_confirming());
    assert_eq!(ed.editor.text(), "مسودة");
    // reader keys are text while the editor is open
    type_text(&mut s.app, "q");
    assert!(!s.app.quit_requested());
    press(&mut s.app, &["esc", "y"]);
    assert!(s.app.layer::<EditorLayer>().is_none());
    assert!(notes(&s.app).is_empty());
    assert!(!s.sidecar().exists());
}

#[test]
fn a_failed_save_keeps_the_editor_and_the_text() {
    let mut s = setup();
    press(&mut s.app, &["a"]);
    type_text(&mut s.app, "نص");
    press(&mut s.app, &["C-s", "E"]);
    type_text(&mut s.app, " مضاف");
    // the sidecar is broken meanwhile (by hand, say): it is never overwritten
    std::fs::write(s.sidecar(), "schema = 1\n[[note]\n").unwrap();
    press(&mut s.app, &["C-s"]);
    let ed = s.app.layer::<EditorLayer>().expect("still open");
    assert_eq!(ed.editor.text(), "نص مضاف");
    assert!(
        ed.editor
            .message()
            .is_some_and(|m| m.starts_with("not saved")),
        "{:?}",
        ed.editor.message()
    );
}

#[test]
fn a_note_deleted_elsewhere_while_it_is_edited_is_saved_as_a_new_note() {
    let mut s = setup();
    press(&mut s.app, &["a"]);
    type_text(&mut s.app, "نص");
    press(&mut s.app, &["C-s", "E"]);
    type_text(&mut s.app, " مضاف");
    // the note is deleted meanwhile by another process
    let id = s.app.reader.notebook().unwrap().notes()[0].id.clone();
    let range = s.app.reader.notebook().unwrap().notes()[0].range.clone();
    let mut other = s.reopened();
    other.delete(&id).unwrap();
    press(&mut s.app, &["C-s"]);
    assert!(s.app.layer::<EditorLayer>().is_none(), "saved");
    let msg = s.app.reader.messages().current().unwrap().text.clone();
    assert!(msg.contains("deleted elsewhere"), "{msg}");
    let on_disk = s.reopened();
    let n = &on_disk.notes()[0];
    assert_eq!(on_disk.notes().len(), 1);
    assert_ne!(n.id, id);
    assert_eq!((n.text.as_str(), n.range.clone()), ("نص مضاف", range));
}

#[test]
fn a_corrupt_sidecar_makes_notes_read_only_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let side = dir.path().join("article.txt.notes.toml");
    std::fs::write(&side, "schema = 1\n[[note]\n").unwrap();
    let doc = Arc::new(Document::load(&path).unwrap());
    let nb = Notebook::open_with(&path, &doc, &opts(dir.path())).unwrap();
    let reason = nb.read_only_reason().expect("read-only").to_owned();
    let mut app = App::new(doc, "article.txt", Settings::default());
    app.reader.set_notebook(Ok(nb));
    press(&mut app, &["a"]);
    assert!(app.layer::<EditorLayer>().is_none());
    let m = app.reader.messages().current().cloned().expect("a message");
    assert!(m.error);
    assert!(
        m.text.contains("read-only") && m.text.contains(&reason),
        "{}",
        m.text
    );
    assert!(reason.contains("article.txt.notes.toml:2"), "{reason}");
    assert_eq!(std::fs::read(&side).unwrap(), b"schema = 1\n[[note]\n");
}

#[test]
fn without_a_notebook_note_keys_say_why() {
    let doc = Arc::new(Document::from_text(ARTICLE.to_owned(), None));
    let mut app = App::new(doc, "sample", Settings::default());
    app.reader
        .set_notebook(Err("notes are off here".to_owned()));
    for k in ["a", "m", "}", "{"] {
        press(&mut app, &[k]);
        assert!(app.layer::<EditorLayer>().is_none() && app.layer::<ListPanel>().is_none());
        assert_eq!(message(&app), "notes are off here", "{k}");
    }
}

/// Two notes, on the second and fourth paragraphs.
fn with_two_notes() -> Setup {
    let mut s = setup();
    for (passage, text) in [("وقال المنظمون", "الأولى"), ("وأعلنت اللجنة", "الثانية")]
    {
        let at = find(&s.app, passage);
        let doc = s.app.reader.doc().clone();
        s.app
            .reader
            .notebook_mut()
            .unwrap()
            .add(&doc, at..at + passage.len(), text)
            .unwrap();
    }
    s
}

#[test]
fn next_and_previous_note() {
    let mut s = with_two_notes();
    let app = &mut s.app;
    press(app, &["}"]);
    assert_eq!(caret_word(app), "وقال");
    assert_eq!(app.reader.caret_note_line().as_deref(), Some("✎ الأولى"));
    press(app, &["}"]);
    assert_eq!(caret_word(app), "وأعلنت");
    press(app, &["}"]);
    assert_eq!(caret_word(app), "وأعلنت");
    assert_eq!(message(app), "no more notes below");
    press(app, &["{"]);
    assert_eq!(caret_word(app), "وقال");
    press(app, &["{"]);
    assert_eq!(message(app), "no more notes above");
    // { } extend a selection like any caret move
    press(app, &["v", "}"]);
    let sel = app.reader.selection().clone().unwrap();
    assert!(text_of(app, sel).starts_with("وقال"));
}

#[test]
fn notes_panel_jumps_edits_and_deletes() {
    let mut s = with_two_notes();
    press(&mut s.app, &["m"]);
    let p = s.app.layer::<ListPanel>().expect("panel");
    assert_eq!(p.kind, PanelKind::Notes);
    let labels: Vec<&str> = p.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        ["“وقال المنظمون”", "الأولى", "“وأعلنت اللجنة”", "الثانية"]
    );
    press(&mut s.app, &["j", "enter"]);
    assert!(s.app.layer::<ListPanel>().is_none());
    assert_eq!(caret_word(&s.app), "وأعلنت");
    // the panel opens on the note at the caret; E edits it
    press(&mut s.app, &["m", "E"]);
    assert!(s.app.layer::<EditorLayer>().is_some());
    type_text(&mut s.app, "!");
    press(&mut s.app, &["C-s"]);
    assert_eq!(notes(&s.app)[1].0, "الثانية!");
    let p = s.app.layer::<ListPanel>().expect("panel still open");
    assert_eq!(p.items[3].label, "الثانية!");
    // C-d still pages the list (it is not d)
    press(&mut s.app, &["C-d"]);
    assert!(s.app.layer::<Confirm>().is_none());
    // d asks, y deletes; the panel follows
    press(&mut s.app, &["d", "y"]);
    assert_eq!(notes(&s.app).len(), 1);
    let p = s.app.layer::<ListPanel>().expect("panel still open");
    assert_eq!(p.items.len(), 2);
    press(&mut s.app, &["m"]);
    assert!(s.app.layer::<ListPanel>().is_none());
}

#[test]
fn orphaned_notes_are_listed_with_their_quote() {
    let s = with_two_notes();
    // the article changes: the second note's paragraph is gone
    let changed: String = ARTICLE
        .lines()
        .filter(|l| !l.starts_with("وأعلنت"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(s.article(), &changed).unwrap();
    let doc = Arc::new(Document::load(&s.article()).unwrap());
    let nb = Notebook::open_with(&s.article(), &doc, &opts(s.dir.path())).unwrap();
    let mut app = App::new(doc, "article.txt", Settings::default());
    app.reader.set_notebook(Ok(nb));
    press(&mut app, &["m"]);
    let p = app.layer::<ListPanel>().unwrap();
    let rows: Vec<(&str, &str)> = p
        .items
        .iter()
        .map(|i| (i.label.as_str(), i.detail.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("“وقال المنظمون”", ""),
            ("الأولى", ""),
            ("“وأعلنت اللجنة”", "(passage gone)"),
            ("الثانية", "")
        ]
    );
    press(&mut app, &["j", "enter"]);
    assert!(
        app.layer::<ListPanel>().is_some(),
        "nowhere to jump: the panel stays"
    );
    assert!(message(&app).contains("no longer in the article"));
}

#[test]
fn help_lists_the_note_keys() {
    let mut s = setup();
    press(&mut s.app, &["?"]);
    let scr = screen(&mut s.app, 120, 50);
    for k in ["v ", "y ", "a ", "m ", "} ", "{ ", "E ", "D "] {
        assert!(
            scr.lines().any(|l| l.contains(&format!(" {k} "))),
            "{k} missing:\n{scr}"
        );
    }
    assert!(scr.contains("drag"));
}

#[test]
fn a_draft_is_saved_when_the_reader_ends_mid_note() {
    let mut s = setup();
    // nothing typed: nothing to save
    press(&mut s.app, &["a"]);
    assert_eq!(s.app.save_draft(), None);
    type_text(&mut s.app, "نص لم يحفظ بعد  ");
    assert_eq!(s.app.save_draft(), Some(Ok(())));
    assert!(s.app.layer::<EditorLayer>().is_none());
    assert_eq!(s.reopened().notes()[0].text, "نص لم يحفظ بعد");
}

#[test]
fn a_search_extends_the_selection_and_pastes_go_into_the_prompt() {
    let mut s = setup();
    press(&mut s.app, &["v", "/"]);
    s.app.handle_event(&Event::Paste("مكتبة\n".to_owned()));
    assert_eq!(
        s.app.layer::<SearchPrompt>().map(|p| p.text()),
        Some("مكتبة ")
    );
    press(&mut s.app, &["backspace", "enter"]);
    let sel = s.app.reader.selection().clone().expect("selection");
    assert!(text_of(&s.app, sel.clone()).starts_with("ندوة"));
    assert!(text_of(&s.app, sel).ends_with("مكتبة"));
}
