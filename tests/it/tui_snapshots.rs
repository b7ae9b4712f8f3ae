//! Snapshots of the reader's screens (ratatui TestBackend → text per row; styles as a letter map
//! with a legend where the point is the styling).
//!
//! The seed-article snapshots follow the layout engine: when the engine changes, review them
//! with `cargo insta review`.

use hamish::reader::Command;
use std::sync::Arc;

use crate::harness::{press, render, screen, style_map, type_text};
use hamish::analysis::{Kind, QuoteStyle, Span};
use hamish::document::Document;
use hamish::theme::{BUILTIN, SCOPES, Theme};
use hamish::tui::app::{App, Settings};

const SAMPLE: &str = include_str!("../../assets/sample.txt");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/articles/000_6c5c1c1384cff0d9.txt"
);

fn app_on(text: &str) -> App {
    let doc = Arc::new(Document::from_text(text.to_owned(), None));
    App::new(doc, "article.txt", Settings::default())
}

fn seed() -> Option<String> {
    match std::fs::read_to_string(SEED) {
        Ok(s) => Some(s),
        Err(_) => {
            eprintln!("notice: {SEED} is absent; seed snapshots skipped");
            None
        }
    }
}

#[test]
fn seed_first_screen_100x30() {
    let Some(text) = seed() else { return };
    let mut app = app_on(&text);
    insta::assert_snapshot!("seed_100x30", screen(&mut app, 100, 30));
}

#[test]
fn seed_first_screen_50x30() {
    let Some(text) = seed() else { return };
    let mut app = app_on(&text);
    insta::assert_snapshot!("seed_50x30", screen(&mut app, 50, 30));
}

#[test]
fn help_overlay() {
    let mut app = app_on(SAMPLE);
    press(&mut app, &["?"]);
    insta::assert_snapshot!("help_100x30", screen(&mut app, 100, 30));
}

#[test]
fn search_with_hits() {
    let mut app = app_on(SAMPLE);
    render(&mut app, 80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "المياه");
    press(&mut app, &["enter", "n"]);
    let buf = render(&mut app, 80, 24);
    let text = hamish::tui::draw::buffer_lines(&buf).join("\n");
    insta::assert_snapshot!("search_80x24", format!("{text}\n\n{}", style_map(&buf)));
}

/// Entities and a quotation placed by hand (the analysis is tested elsewhere), so the theme
/// snapshots show every highlight.
fn sample_with_marks() -> App {
    let mut app = app_on(SAMPLE);
    let text = app.reader.text().to_owned();
    let at = |s: &str| {
        let i = text.find(s).unwrap_or(0);
        i..i + s.len()
    };
    let q = {
        let s = text.find('“').unwrap_or(0);
        let e = text[s..]
            .find('”')
            .map_or(text.len(), |e| e + s + '”'.len_utf8());
        s..e
    };
    app.reader.set_spans(vec![
        Span {
            kind: Kind::Place,
            range: at("عمّان"),
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        },
        Span {
            kind: Kind::Organization,
            range: at("مؤتمر المياه العربي"),
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        },
        Span {
            kind: Kind::Person,
            range: at("سلمى الخطيب"),
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        },
        Span {
            kind: Kind::Misc,
            range: at("الأردنية"),
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        },
        Span {
            kind: Kind::Quote,
            range: q,
            style: Some(QuoteStyle::Speech),
            speaker: Some("سلمى الخطيب".into()),
            speaker_range: None,
            canonical: None,
        },
    ]);
    app
}

#[test]
fn every_theme() {
    for (name, _) in BUILTIN {
        let theme = Theme::builtin(name).unwrap_or_else(|e| panic!("{e}"));
        let mut app = sample_with_marks();
        app.set_theme(theme);
        render(&mut app, 60, 14);
        press(&mut app, &["/"]);
        type_text(&mut app, "الجفاف");
        press(&mut app, &["enter"]);
        // caret inside the quotation: the speaker gets its own scope
        let q = app
            .reader
            .spans()
            .iter()
            .find(|s| s.kind == Kind::Quote)
            .map(|s| s.range.start);
        if let Some(q) = q {
            app.reader.apply(Command::CaretAt(q));
        }
        let buf = render(&mut app, 60, 14);
        let scopes: Vec<String> = SCOPES
            .iter()
            .map(|s| format!("{s:<20} {}", app.ui.theme.describe(s)))
            .collect();
        let text = hamish::tui::draw::buffer_lines(&buf).join("\n");
        insta::assert_snapshot!(
            format!("theme_{name}"),
            format!("{}\n\n{text}\n\n{}", scopes.join("\n"), style_map(&buf))
        );
    }
}

#[test]
fn no_color_theme() {
    let mut app = sample_with_marks();
    app.ui.no_color = true;
    app.set_theme(Theme::default_theme());
    render(&mut app, 60, 14);
    press(&mut app, &["/"]);
    type_text(&mut app, "الجفاف");
    press(&mut app, &["enter"]);
    let buf = render(&mut app, 60, 14);
    insta::assert_snapshot!("theme_no_color", style_map(&buf));
}

#[test]
fn entity_panel() {
    let mut app = sample_with_marks();
    render(&mut app, 100, 30);
    press(&mut app, &["e", "j"]);
    insta::assert_snapshot!("entity_panel_100x30", screen(&mut app, 100, 30));
}
