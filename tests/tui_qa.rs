//! Bugs found by using the real reader as a demanding user, each pinned by a test.

use std::sync::Arc;

use hamish::analysis::{Kind, Span};
use hamish::document::Document;
use hamish::theme::Theme;
use hamish::tui::app::{App, Settings};
use hamish::tui::harness::{press, render, screen, type_text};

const SAMPLE: &str = include_str!("../assets/sample.txt");

fn app_on(text: &str, w: u16, h: u16) -> App {
    let doc = Arc::new(Document::from_text(text.to_owned(), None));
    let mut app = App::new(doc, "test", Settings::default());
    app.resize(w, h);
    app
}

fn spans_of(text: &str, s: &str, kind: Kind) -> Vec<Span> {
    text.match_indices(s)
        .map(|(i, m)| Span {
            kind,
            range: i..i + m.len(),
            style: None,
            speaker: None,
        })
        .collect()
}

/// The current search match must stand out in the `search.current` colours in every theme,
/// even though `n` puts the caret on it (the caret's background used to win, leaving the
/// match's dark foreground on the caret's dark background: unreadable).
#[test]
fn current_search_match_keeps_its_colours_under_the_caret() {
    for name in ["dark", "light", "sepia", "high-contrast"] {
        let mut app = app_on(SAMPLE, 100, 30);
        let theme = Theme::load(name, None).expect("built-in theme");
        let want = theme.style("search.current");
        app.set_theme(theme);
        press(&mut app, &["/"]);
        type_text(&mut app, "الخرطوم");
        press(&mut app, &["enter"]);
        let hit = app.search.hits[app.search.current.expect("a current match")].clone();
        assert_eq!(
            app.caret.clone(),
            Some(hit.clone()),
            "n puts the caret on the match"
        );
        let buf = render(&mut app, 100, 30);
        let mut seen = 0;
        for y in 0..30 {
            for x in 0..100 {
                let c = &buf[(x, y)];
                if c.symbol().trim().is_empty() {
                    continue;
                }
                if c.style().bg == want.bg && want.bg.is_some() {
                    assert_eq!(
                        c.style().fg,
                        want.fg,
                        "{name}: match drawn in its own colours"
                    );
                    seen += 1;
                }
            }
        }
        assert!(
            seen > 0,
            "{name}: the current match is drawn with search.current"
        );
    }
}
