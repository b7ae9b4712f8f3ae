//! The reader's everyday keys and screens, headless: counts and less keys, paragraphs,
//! double and triple clicks, undoing a note change, the status line's position and what is under
//! the caret, the message log, the search prompt's history and exact letters, and every key
//! being bindable.

use crossterm::event::{MouseButton, MouseEventKind};
use hamish::analysis::Kind;
use hamish::reader::Command;
use hamish::tui::keymap::{BINDINGS, Keymap};
use hamish::tui::layers::message_log::MessageLog;

use crate::harness::{app_on, app_with_notebook, mouse, press, screen, spans_of, type_text};

/// An invented article: a title, then `n` paragraphs, each naming بوتين once.
fn article(n: usize) -> String {
    let mut s = String::from("قمة إقليمية في العاصمة\n\n");
    for i in 1..=n {
        s.push_str(&format!(
            "في الفقرة {i} قال المتحدث إن بوتين سيحضر الاجتماع المقبل، وأضاف أن الوفود ستناقش ملفات الطاقة والمياه والنقل.\n\n"
        ));
    }
    s
}

fn status(s: &str) -> String {
    s.lines().last().unwrap_or("").to_owned()
}

#[test]
fn counts_move_that_many_and_a_lone_digit_is_its_toggle() {
    let mut app = app_on(&article(20), 60, 20);
    let top = app.reader.top();
    press(&mut app, &["5", "j"]);
    assert_eq!(
        app.reader.top(),
        app.reader.advance(top, 5),
        "5j: five rows"
    );
    assert!(
        app.reader.shown().persons && app.reader.shown().misc,
        "no toggle"
    );
    press(&mut app, &["1", "2", "k"]);
    assert_eq!(app.reader.top(), top, "12k back to the top");
    // a digit alone (no command follows) is its toggle
    press(&mut app, &["1"]);
    assert!(!app.reader.shown().persons);
    press(&mut app, &["5"]);
    assert!(!app.reader.shown().misc, "5 hides the other names");
    // Esc drops a count and its toggle
    press(&mut app, &["3", "esc"]);
    assert!(app.reader.shown().quotes);
}

#[test]
fn less_keys() {
    let mut app = app_on(&article(40), 60, 20);
    let top = app.reader.top();
    press(&mut app, &["C-f"]);
    let page = app.reader.top();
    assert!(page > top);
    press(&mut app, &["C-b"]);
    assert_eq!(app.reader.top(), top);
    press(&mut app, &["C-e", "C-e"]);
    assert_eq!(app.reader.top(), app.reader.advance(top, 2));
    press(&mut app, &["C-y", "C-y"]);
    assert_eq!(app.reader.top(), top);
    press(&mut app, &["d"]);
    let half = app.reader.top();
    assert_eq!(half, app.reader.advance(top, 9));
    press(&mut app, &["u"]);
    assert_eq!(
        app.reader.top(),
        top,
        "u is half a page up when no undo is offered"
    );
    press(&mut app, &["5", "0", "p"]);
    let len = app.reader.text().len();
    let at = app.reader.anchor();
    assert!(at > len * 2 / 5 && at < len * 3 / 5, "50p: {at} of {len}");
    press(&mut app, &["p"]);
    assert_eq!(app.reader.anchor(), 0, "p alone: the beginning");
    press(&mut app, &["7", "g"]);
    assert_eq!(app.reader.paragraph_position().0, 7, "7g: paragraph 7");
}

#[test]
fn paragraph_keys_and_the_position_in_the_status_line() {
    let mut app = app_on(&article(12), 70, 20);
    let s = screen(&mut app, 70, 20);
    assert!(status(&s).contains("¶ 1/13"), "{}", status(&s));
    press(&mut app, &["J", "J"]);
    let c = app.reader.caret().expect("caret");
    assert!(app.reader.text()[c.start..].starts_with("في الفقرة 2"));
    press(&mut app, &["K"]);
    let c = app.reader.caret().expect("caret");
    assert!(app.reader.text()[c.start..].starts_with("في الفقرة 1"));
    press(&mut app, &["G"]);
    let s = screen(&mut app, 70, 20);
    assert!(status(&s).contains("¶ 13/13") && status(&s).contains("100%"));
}

#[test]
fn double_click_selects_a_word_and_triple_click_a_paragraph() {
    let text = article(3);
    let mut app = app_on(&text, 80, 20);
    let s = screen(&mut app, 80, 20);
    let g = app.ui.geometry;
    // a cell on the first body paragraph's first line
    let row = (g.text.y..g.text.y + g.text.height)
        .find(|&y| {
            s.lines()
                .nth(y as usize)
                .is_some_and(|l| l.contains("ﺓﺮﻘﻔﻟﺍ"))
        })
        .expect("the first paragraph on screen");
    // the right edge: the first letter of the line's first word
    let col = g.text.x + g.text.width - 1;
    let down = MouseEventKind::Down(MouseButton::Left);
    let up = MouseEventKind::Up(MouseButton::Left);
    mouse(&mut app, down, col, row);
    mouse(&mut app, up, col, row);
    assert!(
        app.reader.selection().is_none(),
        "one click only puts the caret"
    );
    mouse(&mut app, down, col, row);
    mouse(&mut app, up, col, row);
    let w = app
        .reader
        .selection()
        .unwrap_or_else(|| panic!("a word at {col},{row}; caret {:?}", app.reader.caret()));
    assert_eq!(&app.reader.text()[w], "في");
    mouse(&mut app, down, col, row);
    let p = app.reader.selection().expect("a paragraph");
    let para = &app.reader.text()[p];
    assert!(
        para.starts_with("في الفقرة 1") && para.ends_with("والنقل."),
        "{para}"
    );
}

#[test]
fn u_undoes_a_note_change_just_made_and_capital_u_any_time() {
    let (_dir, mut app) = app_with_notebook(&article(3));
    app.resize(80, 24);
    let at = app.reader.text().find("في الفقرة 2").expect("paragraph 2");
    app.reader.apply(Command::CaretAt(at));
    press(&mut app, &["a"]);
    type_text(&mut app, "ملاحظة أولى");
    press(&mut app, &["C-s"]);
    assert_eq!(app.reader.notes().len(), 1);
    press(&mut app, &["D", "y"]);
    assert!(app.reader.notes().is_empty());
    let s = screen(&mut app, 80, 24);
    assert!(status(&s).contains("u undoes"), "{}", status(&s));
    press(&mut app, &["u"]);
    assert_eq!(app.reader.notes().len(), 1, "u brought the note back");
    assert_eq!(app.reader.notes()[0].text, "ملاحظة أولى");
    // an edit, then a movement: u is half a page up again, U still undoes
    press(&mut app, &["E"]);
    type_text(&mut app, " معدلة");
    press(&mut app, &["C-s"]);
    assert_eq!(app.reader.notes()[0].text, "ملاحظة أولى معدلة");
    press(&mut app, &["j", "u"]);
    assert_eq!(app.reader.notes()[0].text, "ملاحظة أولى معدلة");
    press(&mut app, &["U"]);
    assert_eq!(app.reader.notes()[0].text, "ملاحظة أولى");
}

#[test]
fn the_entity_under_the_caret_is_named_in_the_status_line() {
    let text = article(4);
    let mut app = app_on(&text, 100, 20);
    app.reader.set_spans(spans_of(&text, "بوتين", Kind::Person));
    let at = text.find("بوتين").expect("a mention");
    app.reader.apply(Command::CaretAt(at));
    let s = screen(&mut app, 100, 20);
    assert!(status(&s).contains("person · 4 mentions"), "{}", status(&s));
}

#[test]
fn the_message_log_keeps_every_message_whole() {
    let mut app = app_on(&article(2), 60, 20);
    let long = format!("a long error: {}", "word ".repeat(40));
    app.reader.error(long.clone());
    app.reader.say("a later notice");
    let s = screen(&mut app, 60, 20);
    assert!(!s.contains("word word word word word word word word word word word word"));
    press(&mut app, &["M"]);
    assert!(app.layer::<MessageLog>().is_some());
    let s = screen(&mut app, 60, 20);
    // wrapped over several rows, every word of it
    assert_eq!(s.matches("word").count(), 40, "{s}");
    assert!(s.contains("a later notice"));
    press(&mut app, &["x"]);
    assert!(app.layer::<MessageLog>().is_none());
    // and as a command
    press(&mut app, &[":"]);
    type_text(&mut app, "messages");
    press(&mut app, &["enter"]);
    assert!(app.layer::<MessageLog>().is_some());
}

#[test]
fn the_prompt_walks_the_history_and_switches_to_exact_letters() {
    let text = "عنوان\n\nفي سورية وفي سوريه وفي لبنان\n";
    let mut app = app_on(text, 80, 20);
    for q in ["لبنان", "سوريه"] {
        press(&mut app, &["/"]);
        type_text(&mut app, q);
        press(&mut app, &["enter"]);
    }
    assert_eq!(app.ui.search_history, ["لبنان", "سوريه"]);
    assert_eq!(app.reader.search().hits.len(), 2, "ة and ه are one");
    press(&mut app, &["/", "up", "up"]);
    let s = screen(&mut app, 80, 20);
    assert!(
        status(&s).contains("ﻥﺎﻨﺒﻟ") || status(&s).contains("لبنان"),
        "{}",
        status(&s)
    );
    press(&mut app, &["down", "C-e", "enter"]);
    assert!(app.reader.search().exact);
    assert_eq!(app.reader.search().hits.len(), 1, "exact: only سوريه");
}

#[test]
fn every_key_can_be_rebound_by_its_name() {
    for b in BINDINGS {
        let mut o = std::collections::BTreeMap::new();
        o.insert("f12".to_owned(), b.name.to_owned());
        let km = Keymap::with_overrides(&o).unwrap_or_else(|e| panic!("{}: {}", b.name, e.msg));
        assert!(
            km.keys_for(b.action).contains(&"f12".to_owned()),
            "{} not bound",
            b.name
        );
    }
}

#[test]
fn the_notes_panel_highlights_the_whole_selected_row() {
    let (_dir, mut app) = app_with_notebook(&article(2));
    app.resize(80, 24);
    press(&mut app, &["a"]);
    type_text(&mut app, "ملاحظة");
    press(&mut app, &["C-s", "m"]);
    let buf = crate::harness::render(&mut app, 80, 24);
    let sel = hamish::tui::style::to_ratatui(app.ui.theme.style(hamish::theme::Scope::Selection));
    let rows: Vec<u16> = (0..24)
        .filter(|&y| (0..40).any(|x| buf[(x, y)].bg == sel.bg.unwrap_or_default()))
        .collect();
    assert_eq!(rows.len(), 1, "one selected row");
    let y = rows[0];
    // every cell of the row's text has the selection's background, not only the padding
    for x in 1..40 {
        let c = &buf[(x, y)];
        if c.symbol() != " " && c.symbol() != "│" {
            assert_eq!(
                c.bg,
                sel.bg.unwrap_or_default(),
                "cell {x} ({})",
                c.symbol()
            );
        }
    }
}

#[test]
fn the_readme_lists_every_key() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    for b in BINDINGS {
        let line = readme
            .lines()
            .find(|l| l.contains(&format!("| `{}` |", b.name)))
            .unwrap_or_else(|| panic!("README's key table lacks {}", b.name));
        for k in b.keys {
            assert!(
                line.contains(&format!("`{k}`")),
                "README's row for {} lacks the key {k}",
                b.name
            );
        }
    }
}

/// The README's key table had the row for `[` twice, and the help left out what a double and
/// a triple click do, which the README says.
#[test]
fn the_readme_lists_each_key_once_and_the_help_the_clicks() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    for b in BINDINGS {
        let rows = readme
            .lines()
            .filter(|l| l.contains(&format!("| `{}` |", b.name)))
            .count();
        assert_eq!(rows, 1, "README rows for {}", b.name);
    }
    let mut app = app_on(&article(3), 100, 30);
    let help = crate::harness::help_screens(&mut app, 100, 30);
    assert!(help.contains("double click"), "{help}");
    assert!(help.contains("triple click"), "{help}");
}

#[test]
fn while_selecting_pages_and_paragraphs_extend_the_selection() {
    let text = article(12);
    let mut app = app_on(&text, 60, 16);
    let at = text.find("في الفقرة 1").expect("paragraph 1");
    app.reader.apply(Command::CaretAt(at));
    press(&mut app, &["v", "J"]);
    let sel = app.reader.selection().expect("a selection");
    assert_eq!(sel.start, at);
    let p1 = app.reader.paragraph_at(at).expect("paragraph 1");
    assert_eq!(sel.end, p1.end, "J takes in the whole paragraph");
    press(&mut app, &["J"]);
    let sel = app.reader.selection().expect("a selection");
    assert!(
        app.reader.text()[sel.clone()].ends_with("والنقل.")
            && app.reader.text()[sel.clone()].contains("في الفقرة 2"),
        "J again: the next paragraph too"
    );
    press(&mut app, &["pagedown"]);
    let more = app.reader.selection().expect("still selecting");
    assert_eq!(more.start, at);
    assert!(
        more.end > sel.end + 150,
        "a page down extends by a page of lines: {sel:?} -> {more:?}"
    );
    press(&mut app, &["v", "j"]);
    assert_eq!(
        app.reader.selection(),
        Some(more),
        "after v again the selection stays and j scrolls"
    );
}
