//! Snapshot tests of the note editor drawn into ratatui's `TestBackend`.
//!
//! Each snapshot shows the screen rows in VISUAL order, left to right. Every row is wrapped in
//! U+202D LEFT-TO-RIGHT OVERRIDE … U+202C so that editors and diff viewers which apply bidi do not
//! reorder the Arabic again when showing the file. Under the row that holds the caret, a line of
//! the form `  ^ caret` marks its column. The caret cell is also checked to be the only REVERSED
//! cell and to match `cursor_position`.
//!
//! These snapshots are taken with whatever `layout::lay_out` is compiled in; they change when the
//! layout engine does (the proof that the caret mapping is right independently of the engine is
//! the hand-built visual-line tests in `src/tui/editor/caret.rs`).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hamish::theme::Theme;
use hamish::tui::editor::{EditorOutcome, NoteEditor};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

const PASSAGE: &str = "«الصحافة الحرة» هي أساس كل مجتمع يريد أن يعرف نفسه";
const NOTE: &str = "قرأتُ هذا في Le Monde أيضاً\nsee also الجزيرة today";

/// Draws `editor` in a `width`×`height` terminal (the popup fills it) and renders the screen.
fn screen(editor: &mut NoteEditor, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    editor.set_area(area);
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    let drawn = terminal.draw(|frame| {
        editor.draw(area, frame.buffer_mut(), &Theme::default());
        if let Some((x, y)) = editor.cursor_position(area) {
            frame.set_cursor_position((x, y));
        }
    });
    if let Err(e) = drawn {
        panic!("draw: {e}");
    }
    let buf = terminal.backend().buffer().clone();
    let caret = editor.cursor_position(area);
    let reversed: Vec<(u16, u16)> = buf
        .area
        .positions()
        .filter(|&p| buf[p].modifier.contains(Modifier::REVERSED))
        .map(|p| (p.x, p.y))
        .collect();
    assert_eq!(
        reversed,
        caret.into_iter().collect::<Vec<_>>(),
        "the caret cell is the only reversed cell"
    );
    let mut out = String::new();
    for y in 0..height {
        let mut row = String::new();
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            row.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        out.push_str(&format!("{y:2} \u{202D}{row}\u{202C}\n"));
        if let Some((cx, cy)) = caret
            && cy == y
        {
            out.push_str(&format!(
                "   {}^ caret ({cx},{cy})\n",
                " ".repeat(usize::from(cx))
            ));
        }
    }
    out
}

fn key(ed: &mut NoteEditor, code: KeyCode, mods: KeyModifiers) -> EditorOutcome {
    ed.handle_key(KeyEvent::new(code, mods))
}

/// An editor holding `NOTE` with the cursor just before the first occurrence of `before`.
fn at(before: &str) -> NoteEditor {
    let mut ed = NoteEditor::new(PASSAGE, NOTE);
    key(&mut ed, KeyCode::Home, KeyModifiers::CONTROL);
    let target = NOTE.find(before).unwrap_or(0);
    // Step forward in logical order (← is forward: the note starts with Arabic).
    for _ in 0..NOTE.len() {
        if ed.cursor() >= target {
            break;
        }
        key(&mut ed, KeyCode::Left, KeyModifiers::NONE);
    }
    assert_eq!(ed.cursor(), target);
    ed
}

#[test]
fn caret_at_the_start() {
    let mut ed = at("قرأتُ");
    insta::assert_snapshot!(screen(&mut ed, 40, 6));
}

#[test]
fn caret_in_the_middle_of_an_arabic_word() {
    // Before the ذ of هذا.
    let mut ed = at("ذا في");
    insta::assert_snapshot!(screen(&mut ed, 40, 6));
}

#[test]
fn caret_at_the_end_of_an_rtl_line() {
    let mut ed = at("\nsee");
    insta::assert_snapshot!(screen(&mut ed, 40, 6));
}

#[test]
fn caret_on_an_english_word_inside_arabic() {
    // Before the n of "Monde".
    let mut ed = at("nde");
    insta::assert_snapshot!(screen(&mut ed, 40, 6));
}

#[test]
fn caret_on_an_arabic_word_inside_english() {
    let mut ed = at("جزيرة");
    insta::assert_snapshot!(screen(&mut ed, 40, 6));
}

#[test]
fn caret_at_the_end_of_the_note() {
    let mut ed = NoteEditor::new(PASSAGE, NOTE);
    insta::assert_snapshot!(screen(&mut ed, 40, 6));
}

#[test]
fn new_note_on_an_arabic_passage_starts_on_the_right() {
    let mut ed = NoteEditor::new(PASSAGE, "");
    insta::assert_snapshot!(screen(&mut ed, 40, 5));
}

#[test]
fn typed_arabic_with_harakat_and_a_new_line() {
    let mut ed = NoteEditor::new("short passage", "");
    for c in "مُهِمٌّ جداً\nok".chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        key(&mut ed, code, KeyModifiers::NONE);
    }
    insta::assert_snapshot!(screen(&mut ed, 30, 5));
}

#[test]
fn long_note_wraps_and_scrolls_to_the_caret() {
    let text = "هذه ملاحظة طويلة جداً عن المقال كله، فيها كلام كثير عن الصحافة والحرية والمجتمع";
    let mut ed = NoteEditor::new(PASSAGE, text);
    insta::assert_snapshot!("long_end", screen(&mut ed, 24, 5));
    key(&mut ed, KeyCode::Home, KeyModifiers::CONTROL);
    insta::assert_snapshot!("long_start", screen(&mut ed, 24, 5));
}

#[test]
fn discard_question_and_empty_note_message() {
    let mut ed = NoteEditor::new(PASSAGE, "");
    assert_eq!(
        key(&mut ed, KeyCode::Char('s'), KeyModifiers::CONTROL),
        EditorOutcome::Continue
    );
    insta::assert_snapshot!("empty_not_saved", screen(&mut ed, 40, 4));
    key(&mut ed, KeyCode::Char('x'), KeyModifiers::NONE);
    key(&mut ed, KeyCode::Esc, KeyModifiers::NONE);
    insta::assert_snapshot!("discard_question", screen(&mut ed, 40, 4));
    assert_eq!(
        key(&mut ed, KeyCode::Char('y'), KeyModifiers::NONE),
        EditorOutcome::Cancelled
    );
}

#[test]
fn tiny_areas_do_not_panic() {
    let mut ed = NoteEditor::new(PASSAGE, NOTE);
    for (w, h) in [(1, 1), (2, 2), (3, 3), (4, 3), (12, 3), (5, 10)] {
        let _ = screen(&mut ed, w, h);
    }
}
