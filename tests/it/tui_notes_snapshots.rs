//! Snapshots of the notes UI: the note editor open over the seed article (mixed Arabic and
//! English, the cursor at several places; the cursor position is written under the screen), and
//! the notes panel over the built-in sample. They follow the layout engine: review them with
//! `cargo insta review` when it changes.

use crate::harness::{app_with_notebook, press, screen, type_text};
use hamish::tui::app::App;
use hamish::tui::layers::editor::EditorLayer;

const SAMPLE: &str = include_str!("../../assets/sample.txt");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/articles/000_6c5c1c1384cff0d9.txt"
);

/// The screen, then where the terminal cursor is.
fn shot(app: &mut App) -> String {
    let mut s = screen(app, 80, 24);
    let area = app.ui.geometry.editor();
    let cur = app
        .layer::<EditorLayer>()
        .and_then(|e| e.editor.cursor_position(area));
    s.push_str(&format!("\n--- cursor: {cur:?}"));
    s
}

#[test]
fn note_editor_over_the_seed_article() {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("notice: {SEED} is absent; note editor snapshots skipped");
        return;
    };
    let (_dir, mut app) = app_with_notebook(&text);
    app.resize(80, 24);
    press(&mut app, &[")", "a"]);
    assert!(app.layer::<EditorLayer>().is_some());
    type_text(&mut app, "قارن هذا بتقرير UNESCO لعام 2024");
    press(&mut app, &["enter"]);
    type_text(&mut app, "see also «الفصل الثالث» p. 12");
    insta::assert_snapshot!("editor_cursor_at_end", shot(&mut app));
    // the start of the note
    press(&mut app, &["C-home"]);
    insta::assert_snapshot!("editor_cursor_at_start", shot(&mut app));
    // inside the English word in the Arabic line: 16 graphemes forward (← in an Arabic note)
    for _ in 0..18 {
        press(&mut app, &["left"]);
    }
    insta::assert_snapshot!("editor_cursor_inside_english", shot(&mut app));
    // the second line: ↓ lands at its end (it is shorter); three words back (→ in an Arabic
    // note) puts the cursor inside the English line, before the Arabic quotation's last word
    press(&mut app, &["down", "C-right", "C-right", "C-right"]);
    insta::assert_snapshot!("editor_cursor_in_second_line", shot(&mut app));
}

#[test]
fn notes_panel_over_the_sample() {
    let (_dir, mut app) = app_with_notebook(SAMPLE);
    app.resize(100, 30);
    let doc = app.reader.doc().clone();
    let nb = app.reader.notebook_mut().expect("notebook");
    let first = doc.text.find("اختتم").expect("passage");
    nb.add(
        &doc,
        first..first + "اختتم مؤتمر المياه العربي".len(),
        "افتتاح قوي\nوسطر ثان",
    )
    .expect("add");
    let second = doc.text.find("سلمى").expect("passage");
    nb.add(
        &doc,
        second..second + "سلمى الخطيب".len(),
        "Who is she? وزيرة المياه",
    )
    .expect("add");
    press(&mut app, &["m"]);
    insta::assert_snapshot!("notes_panel", screen(&mut app, 100, 30));
}
