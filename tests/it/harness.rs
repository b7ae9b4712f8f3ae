//! Driving the reader without a terminal: key sequences in, screens out. Used by the tests of
//! the reader and of the panels built on it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Style;

use std::sync::Arc;

use hamish::analysis::{Kind, Span};
use hamish::document::Document;
use hamish::tui::app::{App, Settings};
use hamish::tui::draw::buffer_lines;
use hamish::tui::keymap::parse_key;

/// A reader on `text` (no file behind it, titled "test", default settings) in a `w`×`h` terminal.
pub fn app_on(text: &str, w: u16, h: u16) -> App {
    let doc = Arc::new(Document::from_text(text.to_owned(), None));
    let mut app = App::new(doc, "test", Settings::default());
    app.resize(w, h);
    app
}

/// A reader on `text`, written to `article.txt` in a new temporary folder, with its notebook (the
/// notes' data folder inside the temporary one too). Not resized: call `app.resize` or render.
/// Keep the folder alive as long as the app.
///
/// # Panics
/// If the temporary folder, the file or the notebook cannot be made (test setup only).
pub fn app_with_notebook(text: &str) -> (tempfile::TempDir, App) {
    use hamish::notes::{Notebook, OpenOptions};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("article.txt");
    std::fs::write(&path, text).expect("write the article");
    let doc = Arc::new(Document::load(&path).expect("load the article"));
    let opts = OpenOptions {
        data_dir: Some(dir.path().join("data")),
        ..OpenOptions::default()
    };
    let nb = Notebook::open_with(&path, &doc, &opts).expect("open the notebook");
    let mut app = App::new(doc, "article.txt", Settings::default());
    app.reader.set_path(Some(path));
    app.reader.set_notebook(Ok(nb));
    (dir, app)
}

/// A span of `kind` on every occurrence of `s` in `text` (entities given by hand to a test).
pub fn spans_of(text: &str, s: &str, kind: Kind) -> Vec<Span> {
    text.match_indices(s)
        .map(|(i, m)| Span {
            kind,
            range: i..i + m.len(),
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        })
        .collect()
}

/// A key event from its config spelling (`j`, `G`, `C-d`, `left`, `space` …).
///
/// # Panics
/// On a spelling `parse_key` rejects (test input only).
pub fn key(spec: &str) -> KeyEvent {
    match parse_key(spec) {
        Ok(k) => KeyEvent::new(k.code, k.mods),
        Err(e) => panic!("{e}"),
    }
}

/// Presses each key in turn, then waits out any key sequence left open (a lone digit is its
/// toggle once no command follows it).
pub fn press(app: &mut App, specs: &[&str]) {
    for s in specs {
        app.handle_key(&key(s));
    }
    app.fire_deadlines(std::time::Instant::now() + std::time::Duration::from_secs(60));
}

/// Types text (e.g. into the search prompt), one character at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Renders the app at `w`×`h` (resizing it first) and returns the buffer.
///
/// # Panics
/// If the test backend fails (it does not).
pub fn render(app: &mut App, w: u16, h: u16) -> Buffer {
    if app.size() != (w, h) {
        app.resize(w, h);
    }
    let mut t = match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    if let Err(e) = t.draw(|f| app.draw(f)) {
        panic!("{e}");
    }
    t.backend().buffer().clone()
}

/// The screen as text, one line per row.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    buffer_lines(&render(app, w, h)).join("\n")
}

/// A map of the styles on screen: each cell becomes a letter naming its style, followed by the
/// legend (`a: fg=… bg=…`). Shows where highlights fall without colour codes.
pub fn style_map(buf: &Buffer) -> String {
    let mut legend: Vec<Style> = Vec::new();
    let mut rows = Vec::new();
    let area = buf.area;
    for y in area.y..area.y + area.height {
        let mut row = String::new();
        for x in area.x..area.x + area.width {
            let st = buf[(x, y)].style();
            let i = match legend.iter().position(|s| *s == st) {
                Some(i) => i,
                None => {
                    legend.push(st);
                    legend.len() - 1
                }
            };
            row.push(char::from_digit(i as u32 + 10, 36).unwrap_or('?'));
        }
        rows.push(row);
    }
    for (i, st) in legend.iter().enumerate() {
        rows.push(format!(
            "{}: {}",
            char::from_digit(i as u32 + 10, 36).unwrap_or('?'),
            hamish::tui::style::describe(*st)
        ));
    }
    rows.join("\n")
}

/// Everything the help overlay shows at `w`×`h`, scrolled through from top to bottom with `j`
/// (it scrolls when it does not fit). Opens the help if it is not open.
pub fn help_screens(app: &mut App, w: u16, h: u16) -> String {
    use hamish::tui::layers::help::Help;
    if app.layer::<Help>().is_none() {
        press(app, &["?"]);
    }
    let mut seen = String::new();
    let mut last = String::new();
    for _ in 0..100 {
        let s = screen(app, w, h);
        if s == last {
            break;
        }
        seen.push_str(&s);
        last = s;
        press(app, &["j"]);
        if app.layer::<Help>().is_none() {
            break;
        }
    }
    seen
}

/// A mouse event at a screen cell.
pub fn mouse(app: &mut App, kind: crossterm::event::MouseEventKind, column: u16, row: u16) {
    use crossterm::event::{Event, MouseEvent};
    app.handle_event(&Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}
