//! The reader driven headless with key sequences: movement, caret direction, search, resize.

use hamish::reader::Command;
use hamish::theme::Scope;
use hamish::tui::layers::help::Help;
use hamish::tui::layers::list_panel::ListPanel;
use hamish::tui::layers::prompt::Prompt as SearchPrompt;
use hamish::tui::style::ThemeExt;
use std::sync::Arc;

use crate::harness::{app_on, press, render, screen, spans_of, type_text};
use hamish::analysis::{Kind, Span};
use hamish::document::Document;
use hamish::reader::RowPos;
use hamish::tui::app::{App, Settings};
use hamish::tui::draw::buffer_lines;

const SAMPLE: &str = include_str!("../../assets/sample.txt");

/// A long article: the sample repeated.
fn long_text(times: usize) -> String {
    let mut s = String::new();
    for _ in 0..times {
        s.push_str(SAMPLE);
    }
    s
}

fn word(app: &App) -> &str {
    let c = app.reader.caret().clone().expect("a caret");
    &app.reader.text()[c]
}

#[test]
fn line_page_half_page_top_bottom() {
    let mut app = app_on(&long_text(5), 80, 24);
    let h = app.ui.geometry.text.height as usize;
    assert_eq!(app.reader.top(), RowPos::default());
    press(&mut app, &["j", "j", "down"]);
    assert_eq!(app.reader.advance(RowPos::default(), 3), app.reader.top());
    press(&mut app, &["k", "up"]);
    assert_eq!(app.reader.advance(RowPos::default(), 1), app.reader.top());
    press(&mut app, &["g", "space"]);
    assert_eq!(
        app.reader.advance(RowPos::default(), h as isize - 2),
        app.reader.top()
    );
    press(&mut app, &["b"]);
    assert_eq!(app.reader.top(), RowPos::default());
    press(&mut app, &["C-d"]);
    assert_eq!(
        app.reader.advance(RowPos::default(), h as isize / 2),
        app.reader.top()
    );
    press(&mut app, &["C-u"]);
    assert_eq!(app.reader.top(), RowPos::default());
    press(&mut app, &["G"]);
    assert_eq!(app.reader.top(), app.reader.max_top());
    assert_eq!(app.reader.percent(), 100);
    // the last line of the article is on the screen's last text row
    let rows = app.reader.visible_rows();
    assert_eq!(rows.len(), h);
    assert!(app.reader.visible_range().end >= app.reader.text().trim_end().len());
    // no scrolling past the end
    press(&mut app, &["j", "space", "pagedown"]);
    assert_eq!(app.reader.top(), app.reader.max_top());
    press(&mut app, &["home"]);
    assert_eq!(app.reader.top(), RowPos::default());
    press(&mut app, &["end"]);
    assert_eq!(app.reader.top(), app.reader.max_top());
}

#[test]
fn wheel_scrolls_three_rows() {
    use crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
    let mut app = app_on(&long_text(3), 80, 24);
    let ev = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 10,
            row: 5,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.handle_event(&ev(MouseEventKind::ScrollDown));
    assert_eq!(app.reader.top(), app.reader.advance(RowPos::default(), 3));
    app.handle_event(&ev(MouseEventKind::ScrollUp));
    assert_eq!(app.reader.top(), RowPos::default());
}

#[test]
fn caret_moves_forward_with_left_arrow_in_rtl_text() {
    let mut app = app_on(SAMPLE, 80, 24);
    assert_eq!(word(&app), "مؤتمر");
    press(&mut app, &["left"]);
    assert_eq!(word(&app), "عمّان");
    press(&mut app, &["left", "left"]);
    assert_eq!(word(&app), "يدعو");
    press(&mut app, &["right"]);
    assert_eq!(word(&app), "للمياه");
    // at the start, going back stays put
    press(&mut app, &["g", "right", "right", "right", "right"]);
    assert_eq!(word(&app), "مؤتمر");
}

#[test]
fn caret_moves_forward_with_right_arrow_in_ltr_text() {
    let mut app = app_on("Hello brave new world.\nSecond line here.\n", 80, 24);
    assert_eq!(word(&app), "Hello");
    press(&mut app, &["right", "right"]);
    assert_eq!(word(&app), "new");
    press(&mut app, &["left"]);
    assert_eq!(word(&app), "brave");
    press(&mut app, &["right", "right", "right"]);
    assert_eq!(word(&app), "Second", "crosses into the next paragraph");
}

#[test]
fn sentences_with_parens() {
    let mut app = app_on(SAMPLE, 80, 24);
    press(&mut app, &[")"]);
    assert_eq!(word(&app), "عمّان", "the second paragraph starts a sentence");
    press(&mut app, &[")", ")"]);
    // third paragraph's second sentence starts after the closing quotation
    assert_eq!(word(&app), "وأضافت");
    press(&mut app, &["("]);
    assert_eq!(word(&app), "وقالت");
}

#[test]
fn caret_follows_into_view_and_stays_on_screen() {
    let mut app = app_on(&long_text(4), 60, 12);
    for _ in 0..200 {
        press(&mut app, &["left"]);
    }
    let c = app.reader.caret().clone().unwrap();
    let vis = app.reader.visible_range();
    assert!(vis.contains(&c.start), "{c:?} not in {vis:?}");
    assert!(app.reader.top() > RowPos::default());
    press(&mut app, &["g"]);
    let c = app.reader.caret().clone().unwrap();
    assert!(app.reader.visible_range().contains(&c.start));
    press(&mut app, &["space", "space"]);
    let c = app.reader.caret().clone().unwrap();
    let vis = app.reader.visible_range();
    assert!(
        vis.contains(&c.start),
        "caret kept on screen after paging: {c:?} {vis:?} {:?}",
        app.reader.top()
    );
}

#[test]
fn search_ignores_harakat_and_folds_hamza_and_yaa() {
    let mut app = app_on(SAMPLE, 100, 30);
    // "الأمطار" is written with hamza; "تُعقد" with a damma; "إلى" with alef maqsura
    press(&mut app, &["/"]);
    type_text(&mut app, "الامطار");
    press(&mut app, &["enter"]);
    assert_eq!(app.reader.search().hits.len(), 1);
    assert_eq!(
        &app.reader.text()[app.reader.search().hits[0].clone()],
        "الأمطار"
    );
    press(&mut app, &["/"]);
    type_text(&mut app, "تعقد");
    press(&mut app, &["enter"]);
    assert_eq!(
        &app.reader.text()[app.reader.search().hits[0].clone()],
        "تُعقد"
    );
    press(&mut app, &["/"]);
    type_text(&mut app, "الي");
    press(&mut app, &["enter"]);
    let n = app.reader.search().hits.len();
    assert!(n >= 5, "{n}");
    assert!(
        app.reader
            .search()
            .hits
            .iter()
            .all(|h| app.reader.text()[h.clone()].starts_with("إل")
                || app.reader.text()[h.clone()].starts_with("ال"))
    );
    let first = app.reader.search().current.unwrap();
    press(&mut app, &["n"]);
    assert_eq!(app.reader.search().current, Some((first + 1) % n));
    press(&mut app, &["N", "N"]);
    assert_eq!(app.reader.search().current, Some((first + n - 1) % n));
    let s = screen(&mut app, 100, 30);
    let k = app.reader.search().current.unwrap() + 1;
    assert!(
        s.lines().last().unwrap().contains(&format!("{k} of {n}")),
        "{s}"
    );
    // Esc clears the highlight; an empty search repeats the last query
    press(&mut app, &["esc"]);
    assert!(app.reader.search().hits.is_empty());
    press(&mut app, &["/", "enter"]);
    assert_eq!(app.reader.search().hits.len(), n);
    // nothing found is said, not silent
    press(&mut app, &["/"]);
    type_text(&mut app, "zzzz");
    press(&mut app, &["enter"]);
    assert!(app.reader.messages().current().unwrap().error);
}

#[test]
fn prompt_editing() {
    let mut app = app_on(SAMPLE, 80, 24);
    press(&mut app, &["/"]);
    type_text(&mut app, "abc");
    press(&mut app, &["backspace"]);
    assert_eq!(app.layer::<SearchPrompt>().unwrap().text(), "ab");
    press(&mut app, &["C-u"]);
    assert_eq!(app.layer::<SearchPrompt>().unwrap().text(), "");
    // keys typed into the prompt are text, not commands
    type_text(&mut app, "q");
    assert!(!app.quit_requested());
    press(&mut app, &["esc"]);
    assert!(app.layer::<SearchPrompt>().is_none());
    press(&mut app, &["q"]);
    assert!(app.quit_requested());
}

#[test]
fn resize_keeps_the_same_text_at_the_top() {
    let mut app = app_on(&long_text(3), 100, 30);
    press(&mut app, &["space", "space", "j", "j", "j"]);
    let anchor = app.reader.anchor();
    for (w, h) in [(50, 30), (37, 20), (120, 40), (100, 30)] {
        render(&mut app, w, h);
        if app.reader.top() == app.reader.max_top() && app.reader.top() != app.reader.pos_of(anchor)
        {
            // the article's end is reached: the anchor must still be on screen
            assert!(app.reader.visible_range().contains(&anchor), "{w}x{h}");
            continue;
        }
        let rows = app.reader.visible_rows();
        let hamish::reader::Row::Line {
            base, line, lines, ..
        } = &rows[0]
        else {
            // a blank row at the top only when the anchor is a paragraph end
            assert_eq!(app.reader.offset_of(app.reader.top()), anchor);
            continue;
        };
        let r = base + lines[*line].logical.start..base + lines[*line].logical.end;
        assert!(
            r.start <= anchor && anchor < r.end.max(r.start + 1),
            "{w}x{h}: top line {r:?} lost offset {anchor}"
        );
    }
    assert_eq!(
        app.reader.anchor(),
        anchor,
        "back at 100x30 the top is where it was"
    );
}

#[test]
fn help_overlay_and_theme_cycling() {
    let mut app = app_on(SAMPLE, 100, 30);
    press(&mut app, &["?"]);
    assert!(app.layer::<Help>().is_some());
    // every key of every layer, the rows scrolling when they do not fit
    let s = crate::harness::help_screens(&mut app, 100, 30);
    for b in hamish::tui::keymap::BINDINGS {
        assert!(s.contains(b.help), "help lacks {:?}", b.name);
    }
    press(&mut app, &["x"]);
    assert!(app.layer::<Help>().is_none(), "any key closes the help");
    let first = app.ui.theme.name.clone();
    press(&mut app, &["t"]);
    assert_ne!(app.ui.theme.name, first);
    press(&mut app, &["t", "t", "t"]);
    assert_eq!(app.ui.theme.name, first, "four built-in themes cycle");
}

#[test]
fn entities_jump_toggle_and_speaker() {
    let mut app = app_on(SAMPLE, 100, 30);
    let text = app.reader.text().to_owned();
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        i..i + s.len()
    };
    let q = {
        let s = text.find('“').unwrap();
        let e = text[s..].find('”').unwrap() + s + '”'.len_utf8();
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
            kind: Kind::Person,
            range: at("سلمى الخطيب"),
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        },
        Span {
            kind: Kind::Quote,
            range: q.clone(),
            style: Some(hamish::analysis::QuoteStyle::Speech),
            speaker: Some("سلمى الخطيب".into()),
            speaker_range: None,
            canonical: None,
        },
    ]);
    press(&mut app, &["]"]);
    assert_eq!(word(&app), "عمّان");
    press(&mut app, &["]"]);
    assert_eq!(word(&app), "سلمى");
    press(&mut app, &["]"]);
    assert!(q.contains(&app.reader.caret().clone().unwrap().start));
    let s = screen(&mut app, 100, 30);
    assert!(
        s.lines().last().unwrap().contains("سلمى") || s.lines().last().unwrap().contains("ﻰﻤﻠﺳ"),
        "{s}"
    );
    press(&mut app, &["[", "["]);
    assert_eq!(word(&app), "عمّان");
    // a digit alone is its toggle (followed at once by a movement key it would be a count)
    press(&mut app, &["2"]);
    press(&mut app, &["]"]);
    assert_eq!(word(&app), "سلمى", "hidden places are skipped");
}

#[test]
fn empty_and_odd_documents_do_not_panic() {
    for text in ["", "\n\n\n", "a", "\u{1b}[31mred\u{7}\n", "لا"] {
        let mut app = app_on(text, 20, 5);
        for k in [
            "j", "k", "space", "b", "G", "g", "left", "right", "(", ")", "n", "N", "]", "[", "t",
            "?", "esc", "e", "j", "enter", "e", "k", "esc", "/", "x", "enter",
        ] {
            press(&mut app, &[k]);
            let _ = screen(&mut app, 20, 5);
        }
        for (w, h) in [(1, 1), (2, 2), (0, 0), (5, 3), (7, 2)] {
            let _ = render(&mut app, w, h);
            press(&mut app, &["e"]);
            let _ = render(&mut app, w, h);
            press(&mut app, &["esc", "?"]);
            let _ = render(&mut app, w, h);
            press(&mut app, &["esc"]);
        }
    }
}

#[test]
fn escape_sequences_never_reach_the_screen() {
    let mut app = app_on("abc \u{1b}]52;c;ZXZpbA==\u{7} def\n", 40, 6);
    let buf = render(&mut app, 40, 6);
    for l in buffer_lines(&buf) {
        assert!(!l.chars().any(|c| c.is_control()), "{l:?}");
    }
}

#[test]
fn entity_panel_groups_counts_and_jumps() {
    let mut app = app_on(SAMPLE, 100, 30);
    let text = app.reader.text().to_owned();
    let all = |s: &str, kind: Kind| spans_of(&text, s, kind);
    let mut spans = all("عمّان", Kind::Place);
    spans.extend(all("هولمبرغ", Kind::Person));
    spans.extend(all("Ingrid Holmberg", Kind::Person));
    spans.extend(all("الخرطوم", Kind::Place));
    spans.extend(all("جامعة الدول العربية", Kind::Organization));
    app.reader.set_spans(spans);
    press(&mut app, &["e"]);
    let p = app.layer::<ListPanel>().cloned().expect("panel open");
    let labels: Vec<(String, String)> = p
        .items
        .iter()
        .map(|i| (i.label.clone(), i.detail.clone()))
        .collect();
    assert_eq!(labels[0], ("Persons".into(), "2 · 2 mentions".into()));
    assert_eq!(labels[3], ("Places".into(), "2 · 4 mentions".into()));
    assert_eq!(
        labels[4],
        ("عمّان".into(), "3".into()),
        "most mentioned first"
    );
    assert_eq!(labels[6].0, "Organisations");
    // j moves to the next entry, skipping the header
    assert_eq!(p.selected, 1);
    press(&mut app, &["j", "j"]);
    assert_eq!(app.layer::<ListPanel>().unwrap().selected, 4);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Places"), "{s}");
    // Enter: the caret goes to the next mention of عمّان after the caret, panel closes
    press(&mut app, &["enter"]);
    assert!(app.layer::<ListPanel>().is_none());
    assert_eq!(word(&app), "عمّان");
    let first = app.reader.caret().clone().unwrap();
    assert_eq!(first.start, text.find("عمّان").unwrap());
    press(&mut app, &["e", "enter"]);
    let second = app.reader.caret().clone().unwrap();
    assert!(second.start > first.start, "next mention");
    assert_eq!(&text[second.clone()], "عمّان");
    // Esc closes; other reader keys close the panel and act
    press(&mut app, &["e", "esc"]);
    assert!(app.layer::<ListPanel>().is_none());
    press(&mut app, &["e", "t"]);
    assert!(app.layer::<ListPanel>().is_none());
}

#[test]
fn long_quotation_with_many_names_is_found_everywhere_inside() {
    let mut text = String::from("قال: «");
    for _ in 0..200 {
        text.push_str("زيد ");
    }
    text.push_str("انتهى».\n");
    let mut app = app_on(&text, 40, 10);
    let qs = text.find('«').unwrap();
    let qe = text.find('»').unwrap() + '»'.len_utf8();
    let mut spans = vec![Span {
        kind: Kind::Quote,
        range: qs..qe,
        style: None,
        speaker: Some("زيد".into()),
        speaker_range: None,
        canonical: None,
    }];
    spans.extend(text.match_indices("زيد").map(|(i, m)| Span {
        kind: Kind::Person,
        range: i..i + m.len(),
        style: None,
        speaker: None,
        speaker_range: None,
        canonical: None,
    }));
    app.reader.set_spans(spans);
    let near_end = qe - 10..qe - 9;
    assert!(
        app.reader
            .spans_in(near_end)
            .iter()
            .any(|s| s.kind == Kind::Quote)
    );
    press(&mut app, &["G", "left"]);
    assert!(app.reader.caret_quote().is_some());
}

/// Timings on a big file (not run by default):
/// `HAMISH_BIG=/tmp/big.txt cargo test --release --test tui_app -- --ignored big_file --nocapture`
#[test]
#[ignore]
fn big_file_timings() {
    use std::time::Instant;
    let Some(path) = std::env::var_os("HAMISH_BIG") else {
        eprintln!("notice: set HAMISH_BIG to a big article file");
        return;
    };
    let t0 = Instant::now();
    let doc = Document::load(std::path::Path::new(&path)).expect("load");
    let t_load = t0.elapsed();
    let mut app = App::new(Arc::new(doc), "big", Settings::default());
    let _ = render(&mut app, 100, 30);
    let t_first = t0.elapsed();
    let t1 = Instant::now();
    press(&mut app, &["G"]);
    let _ = render(&mut app, 100, 30);
    let t_end = t1.elapsed();
    let t2 = Instant::now();
    press(&mut app, &["/"]);
    type_text(&mut app, "بوتين");
    press(&mut app, &["enter"]);
    let t_search = t2.elapsed();
    eprintln!(
        "load {:?}, first screen {:?} (incl. load), End {:?}, search {:?} ({} hits), {} blocks",
        t_load,
        t_first,
        t_end,
        t_search,
        app.reader.search().hits.len(),
        app.reader.blocks().len()
    );
    assert_eq!(app.reader.percent(), 100);
}

#[test]
fn click_puts_the_caret_on_the_word_under_the_mouse() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = app_on(SAMPLE, 100, 30);
    let g = app.ui.geometry;
    // the second paragraph's first line is on text row 2 (title, blank, paragraph)
    let rows = app.reader.visible_rows();
    let hamish::reader::Row::Line {
        base, line, lines, ..
    } = &rows[2]
    else {
        panic!("row 2 is text");
    };
    let target = app.reader.text().find("اختتم").unwrap();
    let vl = &lines[*line];
    let mut x = g.text.x as usize + vl.x;
    let mut col = None;
    for c in &vl.cells {
        if base + c.logical.start == target {
            col = Some(x);
        }
        x += c.width;
    }
    let col = col.expect("the word is on that line") as u16;
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: col,
        row: g.text.y + 2,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(word(&app), "اختتم");
    // a click outside the text changes nothing
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 0,
        row: 29,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(word(&app), "اختتم");
}

#[test]
fn selection_is_drawn_with_its_scope() {
    let mut app = app_on(SAMPLE, 60, 12);
    let sel_style = app.ui.theme.ui(Scope::Selection);
    let start = app.reader.text().find("اختتم").unwrap();
    app.reader
        .apply(Command::Select(start..start + "اختتم مؤتمر".len()));
    // the caret elsewhere, so that it is not drawn over the selection
    let away = app.reader.text().find("الخميس").unwrap();
    app.reader.apply(Command::CaretAt(away));
    let buf = render(&mut app, 60, 12);
    let mut n = 0;
    for y in 0..12 {
        for x in 0..60 {
            if buf[(x, y)].bg == sel_style.bg.unwrap() {
                n += 1;
            }
        }
    }
    assert_eq!(n, "اختتم مؤتمر".chars().count());
}

#[test]
fn search_as_you_type_and_cancel_restores_the_view() {
    let mut app = app_on(&long_text(2), 80, 20);
    press(&mut app, &["j", "j", "left"]);
    let (top, caret) = (app.reader.top(), app.reader.caret().clone());
    press(&mut app, &["/"]);
    type_text(&mut app, "هولمبر");
    assert_eq!(app.reader.search().hits.len(), 2, "hits before Enter");
    assert!(app.reader.search().current.is_some());
    let c = app.reader.caret().clone().unwrap();
    assert!(
        app.reader.visible_range().contains(&c.start),
        "the view shows the hit"
    );
    press(&mut app, &["esc"]);
    assert!(app.layer::<SearchPrompt>().is_none());
    assert_eq!(
        (app.reader.top(), app.reader.caret().clone()),
        (top, caret.clone())
    );
    assert!(
        app.reader.search().hits.is_empty(),
        "the earlier (empty) search is back"
    );
    // Enter keeps it
    press(&mut app, &["/"]);
    type_text(&mut app, "هولمبرغ");
    press(&mut app, &["enter"]);
    assert_eq!(app.reader.search().hits.len(), 2);
    assert_eq!(app.reader.search().current, Some(0));
}
