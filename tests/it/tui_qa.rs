//! Bugs found by using the real reader as a demanding user, each pinned by a test.

use crate::harness::{app_on, app_with_notebook, press, render, screen, spans_of, type_text};
use hamish::analysis::{Kind, Span};
use hamish::reader::Command;
use hamish::theme::Scope;
use hamish::theme::Theme;
use hamish::tui::app::App;
use hamish::tui::layers::editor::EditorLayer;
use hamish::tui::layers::help::Help;
use hamish::tui::layers::list_panel::ListPanel;
use hamish::tui::style::ThemeExt;

const SAMPLE: &str = include_str!("../../assets/sample.txt");

/// The current search match must stand out in the `search.current` colours in every theme,
/// even though `n` puts the caret on it (the caret's background used to win, leaving the
/// match's dark foreground on the caret's dark background: unreadable).
#[test]
fn current_search_match_keeps_its_colours_under_the_caret() {
    for name in ["dark", "light", "sepia", "high-contrast"] {
        let mut app = app_on(SAMPLE, 100, 30);
        let theme = Theme::load(name, None).expect("built-in theme");
        let want = theme.ui(Scope::SearchCurrent);
        app.set_theme(theme);
        press(&mut app, &["/"]);
        type_text(&mut app, "الخرطوم");
        press(&mut app, &["enter"]);
        let hit =
            app.reader.search().hits[app.reader.search().current.expect("a current match")].clone();
        assert_eq!(
            app.reader.caret().clone(),
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

use crate::harness::mouse;

/// Dragging past the end of a right-to-left line (into the left margin) or into the blank row
/// between paragraphs used to select nothing: the drag only counted when the mouse was exactly
/// on a letter. It now extends to the nearest text.
#[test]
fn drag_into_the_margin_or_a_blank_row_selects_to_the_nearest_text() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let mut app = app_on(SAMPLE, 100, 30);
    let g = app.ui.geometry;
    let rows = app.reader.visible_rows();
    // the first text row of the second paragraph, and the blank row after its paragraph
    let (r, base, vl) = rows
        .iter()
        .enumerate()
        .skip(2)
        .find_map(|(i, row)| match row {
            hamish::reader::Row::Line {
                base, line, lines, ..
            } => Some((i, *base, lines[*line].clone())),
            _ => None,
        })
        .expect("a text row");
    let right = g.text.x + (vl.x + vl.cells.iter().map(|c| c.width).sum::<usize>()) as u16 - 1;
    let y = g.text.y + r as u16;
    // press on the line's first (rightmost) letter, drag to column 0: the whole line
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), right, y);
    assert!(app.reader.caret().is_some());
    mouse(&mut app, MouseEventKind::Drag(MouseButton::Left), 0, y);
    let sel = app
        .reader
        .selection()
        .clone()
        .expect("a selection in the margin");
    let line_end = base + vl.cells.iter().map(|c| c.logical.end).max().unwrap();
    assert_eq!(
        sel.start,
        base + vl.cells.iter().map(|c| c.logical.start).min().unwrap()
    );
    assert!(
        sel.end >= line_end - 1,
        "{sel:?} reaches the end of the line ({line_end})"
    );
    // drag onto the blank row after the paragraph: up to the end of the paragraph
    let blank = rows
        .iter()
        .enumerate()
        .skip(r)
        .find(|(_, row)| matches!(row, hamish::reader::Row::Blank))
        .map(|(i, _)| i)
        .expect("a blank row");
    mouse(
        &mut app,
        MouseEventKind::Drag(MouseButton::Left),
        50,
        g.text.y + blank as u16,
    );
    let sel = app
        .reader
        .selection()
        .expect("a selection onto the blank row");
    let para_end = app.reader.text()[sel.start..]
        .find('\n')
        .map(|i| sel.start + i)
        .unwrap();
    assert_eq!(sel.end, para_end, "selection runs to the paragraph's end");
    // a press in the margin beside a line starts a drag too
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), 0, y);
    assert!(app.reader.is_dragging());
}

/// The entity panel listed وسورية, بسورية and سورية as three names; a name with a leading
/// conjunction or preposition now counts as a mention of the bare name (when that name is
/// mentioned too, or known), shown without the clitic, لل giving the article back.
#[test]
fn entity_panel_counts_clitic_forms_as_one_name() {
    let text = "زار سورية أمس. وقال إن سورية تتعافى، ووصل بسورية وفد، وسورية جميلة. \
                وانتقد للتحالف الدولي وقال إن التحالف الدولي تأخر. وزار وإيران.\n";
    let mut app = app_on(text, 100, 30);
    let mut spans = spans_of(text, "وسورية", Kind::Place);
    spans.extend(spans_of(text, "بسورية", Kind::Place));
    spans.extend(
        text.match_indices("سورية")
            .filter(|(i, _)| !text[..*i].ends_with('و') && !text[..*i].ends_with('ب'))
            .map(|(i, m)| Span {
                kind: Kind::Place,
                range: i..i + m.len(),
                style: None,
                speaker: None,
                speaker_range: None,
                canonical: None,
            }),
    );
    spans.extend(spans_of(text, "للتحالف الدولي", Kind::Organization));
    spans.extend(text.match_indices("التحالف الدولي").map(|(i, m)| Span {
        kind: Kind::Organization,
        range: i..i + m.len(),
        style: None,
        speaker: None,
        speaker_range: None,
        canonical: None,
    }));
    spans.extend(spans_of(text, "وإيران", Kind::Place));
    app.reader.set_spans(spans);
    press(&mut app, &["e"]);
    let p = app.layer::<ListPanel>().cloned().expect("panel open");
    let rows: Vec<(String, String)> = p
        .items
        .iter()
        .map(|i| (i.label.clone(), i.detail.clone()))
        .collect();
    assert!(rows.contains(&("سورية".into(), "4".into())), "{rows:?}");
    assert!(
        rows.contains(&("التحالف الدولي".into(), "2".into())),
        "{rows:?}"
    );
    // a known place with a conjunction, mentioned once: shown bare
    assert!(rows.contains(&("إيران".into(), "1".into())), "{rows:?}");
    assert!(
        rows.contains(&("Places".into(), "2 · 5 mentions".into())),
        "{rows:?}"
    );
}

/// Enter in the entity panel jumped once and closed the panel; pressing Enter again did
/// nothing. Enter in the text now goes on to the next mention of the same name.
#[test]
fn enter_goes_on_to_the_next_mention() {
    let mut app = app_on(SAMPLE, 100, 30);
    let text = app.reader.text().to_owned();
    app.reader.set_spans(spans_of(&text, "عمّان", Kind::Place));
    let offs: Vec<usize> = text.match_indices("عمّان").map(|(i, _)| i).collect();
    assert!(offs.len() >= 3);
    press(&mut app, &["enter"]);
    assert!(
        app.reader
            .messages()
            .current()
            .as_ref()
            .is_some_and(|m| m.text.contains("entity panel"))
    );
    press(&mut app, &["e", "enter"]);
    assert!(app.layer::<ListPanel>().is_none());
    assert_eq!(app.reader.caret().as_ref().map(|c| c.start), Some(offs[0]));
    press(&mut app, &["enter"]);
    assert_eq!(app.reader.caret().as_ref().map(|c| c.start), Some(offs[1]));
    assert!(
        app.reader
            .messages()
            .current()
            .as_ref()
            .is_some_and(|m| m.text.starts_with("mention 2 of"))
    );
    press(&mut app, &["enter"]);
    assert_eq!(app.reader.caret().as_ref().map(|c| c.start), Some(offs[2]));
    // and the help lists it
    let s = crate::harness::help_screens(&mut app, 100, 30);
    assert!(s.contains("next mention (entity panel)"), "{s}");
}

/// The status line showed the speaker as `«» NAME`; laid out right to left that put both
/// guillemets after the name (`NAME «»`), which reads as a stray pair of marks. It now says
/// `speaker: NAME`, left to right, the name after the label.
#[test]
fn status_line_names_the_speaker_plainly() {
    let mut app = app_on(SAMPLE, 100, 30);
    let text = app.reader.text().to_owned();
    let q = text.find('«').expect("a quotation in the sample");
    let end = q + text[q..].find('»').unwrap() + '»'.len_utf8();
    app.reader.set_spans(vec![Span {
        kind: Kind::Quote,
        range: q..end,
        style: None,
        speaker: Some("Ingrid Holmberg".to_owned()),
        speaker_range: None,
        canonical: None,
    }]);
    app.reader.apply(Command::CaretAt(q + '«'.len_utf8()));
    let s = screen(&mut app, 100, 30);
    let status = s.lines().last().unwrap();
    assert!(status.contains("speaker: Ingrid Holmberg"), "{status}");
    assert!(!status.contains("«»"), "{status}");
}

/// The note marker sat in the column right beside the text, touching the first letter of a
/// right-to-left line (`ﻰﻨﺒﺗ✎`). With a margin of two columns or more it keeps a blank column.
#[test]
fn note_marker_keeps_a_blank_column_from_the_text() {
    use hamish::tui::draw::NOTE_MARKER;
    let (_dir, mut app) = app_with_notebook(SAMPLE);
    app.resize(100, 30);
    press(&mut app, &["a"]);
    type_text(&mut app, "ملاحظة");
    press(&mut app, &["C-s"]);
    for w in [100u16, 80, 160] {
        let s = screen(&mut app, w, 30);
        let line = s
            .lines()
            .find(|l| l.contains(NOTE_MARKER))
            .unwrap_or_else(|| panic!("a marker at width {w}: {s}"));
        let chars: Vec<char> = line.chars().collect();
        let m = chars
            .iter()
            .position(|c| c.to_string() == NOTE_MARKER)
            .unwrap();
        assert_eq!(
            chars[m - 1],
            ' ',
            "width {w}: blank before the marker: {line:?}"
        );
        assert!(
            chars[m - 2] != ' ',
            "width {w}: the text ends just before the gap: {line:?}"
        );
    }
}

/// At 40×20 the help overlay showed 13 of its 38 rows, with no way to see the rest; and `j`
/// while it was open scrolled the text hidden behind it instead of closing it as the title
/// promised. Now the rows scroll with j/k (and the wheel) when they do not fit, and any other
/// key only closes the help.
#[test]
fn help_scrolls_on_a_small_screen_and_keys_do_not_leak_behind_it() {
    let all_keys = |app: &mut App, w: u16, h: u16| -> String {
        let mut seen = String::new();
        for _ in 0..200 {
            seen.push_str(&screen(app, w, h));
            press(app, &["j"]);
            if app.layer::<Help>().is_none() {
                break;
            }
        }
        seen
    };
    let mut app = app_on(SAMPLE, 40, 20);
    press(&mut app, &["?"]);
    let first = screen(&mut app, 40, 20);
    assert!(first.contains("j/k scroll"), "{first}");
    assert!(
        !first.contains("select a passage"),
        "the last row is below: {first}"
    );
    let seen = all_keys(&mut app, 40, 20);
    assert!(
        app.layer::<Help>().is_some(),
        "j scrolls the help, it does not close it"
    );
    for needle in ["next line", "select a passage", "this help", "notes panel"] {
        assert!(seen.contains(needle), "{needle} never shown: {seen}");
    }
    // the wheel scrolls it too, the text stays put
    let top = app.reader.top();
    app.handle_event(&crossterm::event::Event::Mouse(
        crossterm::event::MouseEvent {
            kind: crossterm::event::MouseEventKind::ScrollUp,
            column: 10,
            row: 10,
            modifiers: crossterm::event::KeyModifiers::NONE,
        },
    ));
    assert_eq!(app.reader.top(), top);
    assert!(app.layer::<Help>().is_some());
    press(&mut app, &["x"]);
    assert!(app.layer::<Help>().is_none(), "any other key closes");
    // on a big screen everything fits: j closes the help and does not scroll the text
    let mut app = app_on(SAMPLE, 140, 50);
    press(&mut app, &["?"]);
    let s = screen(&mut app, 140, 50);
    assert!(s.contains("any key closes"), "{s}");
    let top = app.reader.top();
    press(&mut app, &["j"]);
    assert!(app.layer::<Help>().is_none());
    assert_eq!(app.reader.top(), top, "the key only closed the help");
    // q closes the help, it does not quit
    press(&mut app, &["?", "q"]);
    assert!(app.layer::<Help>().is_none() && !app.quit_requested());
}

/// A big article's entities arrive in pieces; the panel opened before the last piece showed
/// partial counts as if final. Its title now says they are still being counted.
#[test]
fn entity_panel_says_when_counts_are_partial() {
    let mut app = app_on(SAMPLE, 100, 30);
    let text = app.reader.text().to_owned();
    app.reader
        .add_spans(spans_of(&text, "عمّان", Kind::Place), false);
    press(&mut app, &["e"]);
    assert!(
        app.layer::<ListPanel>()
            .unwrap()
            .title
            .contains("still counting")
    );
    press(&mut app, &["esc"]);
    app.reader
        .add_spans(spans_of(&text, "الخرطوم", Kind::Place), true);
    press(&mut app, &["e"]);
    let p = app.layer::<ListPanel>().unwrap();
    assert!(!p.title.contains("still counting"));
    assert!(p.items.iter().any(|i| i.label == "الخرطوم"));
    assert!(
        p.items.iter().any(|i| i.label == "عمّان"),
        "earlier pieces kept"
    );
}

/// With the entity panel open, a click on one of its entries went to the text hidden under
/// the panel (moving the caret somewhere unseen) and the wheel scrolled that text. Now a
/// click selects the entry, a second click jumps like Enter, the wheel moves through the
/// list, and a click outside closes the panel and acts on the text.
#[test]
fn the_mouse_works_in_the_entity_panel() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let mut app = app_on(SAMPLE, 100, 30);
    let text = app.reader.text().to_owned();
    let mut spans = spans_of(&text, "عمّان", Kind::Place);
    spans.extend(spans_of(&text, "الخرطوم", Kind::Place));
    spans.extend(spans_of(&text, "هولمبرغ", Kind::Person));
    app.reader.set_spans(spans);
    press(&mut app, &["e"]);
    let s = screen(&mut app, 100, 30);
    // find the screen row of the الخرطوم entry
    let p = app.layer::<ListPanel>().cloned().unwrap();
    let i = p.items.iter().position(|it| it.label == "الخرطوم").unwrap();
    let row = 1 + i as u16; // border, then items from the top (no scrolling yet)
    let caret_before = app.reader.caret().clone();
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), 10, row);
    assert_eq!(app.layer::<ListPanel>().map(|p| p.selected), Some(i), "{s}");
    assert_eq!(
        app.reader.caret(),
        caret_before,
        "the hidden text was not clicked"
    );
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), 10, row);
    assert!(app.layer::<ListPanel>().is_none(), "second click jumps");
    assert_eq!(
        app.reader.caret().as_ref().map(|c| &text[c.clone()]),
        Some("الخرطوم")
    );
    // the wheel over the panel moves its selection, not the text
    press(&mut app, &["e"]);
    let sel = app.layer::<ListPanel>().unwrap().selected;
    let top_before = app.reader.top();
    mouse(&mut app, MouseEventKind::ScrollUp, 10, 5);
    assert_ne!(app.layer::<ListPanel>().unwrap().selected, sel);
    assert_eq!(app.reader.top(), top_before);
    // a click on the text beside the panel closes it and puts the caret there
    mouse(&mut app, MouseEventKind::Down(MouseButton::Left), 80, 3);
    assert!(app.layer::<ListPanel>().is_none());
}

/// In a tiny window `a` opened a note editor too small to show a line: it took every key
/// unseen (even `q`), with nothing on screen to say so. Now `a` says the window is too small;
/// an editor already open when the window shrinks says so on the status line.
#[test]
fn no_invisible_note_editor_in_a_tiny_window() {
    let (_dir, mut app) = app_with_notebook(SAMPLE);
    app.resize(3, 3);
    press(&mut app, &["a"]);
    assert!(
        app.layer::<EditorLayer>().is_none(),
        "no editor that cannot be seen"
    );
    assert!(
        app.reader
            .messages()
            .current()
            .as_ref()
            .is_some_and(|m| m.text.contains("too small"))
    );
    press(&mut app, &["q"]);
    assert!(app.quit_requested());
    // open in a normal window, then shrink it
    let (_dir, mut app) = app_with_notebook(SAMPLE);
    app.resize(100, 30);
    press(&mut app, &["a"]);
    assert!(app.layer::<EditorLayer>().is_some());
    let s = screen(&mut app, 3, 3);
    let last = s.lines().last().unwrap();
    assert!(last.starts_with('n') && !last.contains('└'), "{s}");
}

/// Under NO_COLOR, `t` said "theme: light" and nothing on screen changed; it now says why.
#[test]
fn cycling_themes_under_no_color_says_colours_are_off() {
    let mut app = app_on(SAMPLE, 80, 24);
    app.ui.no_color = true;
    app.set_theme(Theme::default_theme());
    press(&mut app, &["t"]);
    let m = app.reader.messages().current().expect("a message");
    assert!(m.text.contains("NO_COLOR"), "{}", m.text);
    let buf = render(&mut app, 80, 24);
    assert!(
        buf.content()
            .iter()
            .all(|c| c.style().fg.is_none() || c.style().fg == Some(ratatui::style::Color::Reset)),
        "still no colours"
    );
}

/// `:` commands given a number too big or a word where a number goes: `:width abc` said the
/// width as if nothing had been asked, `:width 99999999999999999999` the same, and
/// `:99999999999999999999999` was an unknown command where `:99999` goes to the last paragraph.
#[test]
fn command_line_numbers_out_of_range_and_mistakes() {
    let mut app = app_on(SAMPLE, 100, 30);
    let run = |app: &mut App, line: &str| {
        press(app, &[":"]);
        type_text(app, line);
        press(app, &["enter"]);
        app.reader
            .messages()
            .current()
            .map(|m| (m.text.clone(), m.error))
            .unwrap_or_default()
    };
    let (said, error) = run(&mut app, "width abc");
    assert!(error && said.contains("width"), "{said}");
    let (said, _) = run(&mut app, "width 99999999999999999999");
    assert!(said.starts_with("text width: 1000"), "{said}");
    run(&mut app, "99999999999999999999999");
    let (at, of) = app.reader.paragraph_position();
    assert_eq!(at, of, "the last paragraph");
    let (said, error) = run(&mut app, "width");
    assert!(!error && said.contains("(:width N to set it)"), "{said}");
}

/// `v` says which keys extend the selection: the paragraph keys are J and K (`{` `}` go to
/// notes).
#[test]
fn selecting_names_the_paragraph_keys() {
    let mut app = app_on(SAMPLE, 100, 30);
    press(&mut app, &["v"]);
    let said = app
        .reader
        .messages()
        .current()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.contains("J K") && !said.contains("{ }"), "{said}");
}

/// `y` on a selection of a whole 12 MB article wrote 16 MB of OSC 52 to the terminal and froze
/// the reader for half a second (terminals drop or choke on clipboard writes that big). A
/// selection over 1 MB is not sent: the status line says why.
#[test]
fn copying_a_selection_too_big_for_the_terminal_says_so() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let para = "قال المتحدث إن الوفود ستناقش ملفات الطاقة والمياه والنقل في الاجتماع المقبل.\n\n";
    let text = format!("عنوان\n\n{}", para.repeat(1_200_000 / para.len() + 1));
    assert!(text.len() > 1 << 20);
    let mut app = app_on(&text, 100, 30);
    let got = Rc::new(RefCell::new(Vec::new()));
    let sink = got.clone();
    app.ui.clipboard = Some(Box::new(move |b: &[u8]| {
        sink.borrow_mut().extend_from_slice(b);
        Ok(())
    }));
    press(&mut app, &["g", "v", "G"]);
    let started = std::time::Instant::now();
    press(&mut app, &["y"]);
    assert!(started.elapsed() < std::time::Duration::from_millis(200));
    assert!(got.borrow().is_empty(), "nothing sent");
    let m = app.reader.messages().current().expect("a message").clone();
    assert!(m.error && m.text.contains("too long"), "{}", m.text);
    assert!(app.reader.selection().is_some(), "the selection stays");
    // a smaller one is still copied
    press(&mut app, &["esc", "g", "v", "j", "y"]);
    assert!(got.borrow().starts_with(b"\x1b]52;c;"));
}

/// `hamish a.txt missing.txt c.txt`: `>` stopped at the file that cannot be opened and said so
/// again at every press, so c.txt could never be reached. It goes past it now (saying it was
/// skipped), and `<` likewise.
#[test]
fn next_file_goes_past_a_file_that_cannot_be_opened() {
    use hamish::tui::session::Source;
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let c = dir.path().join("c.txt");
    std::fs::write(&a, "الأول\nنص المقال الأول.\n").expect("write");
    std::fs::write(&c, "الثالث\nنص المقال الثالث.\n").expect("write");
    let doc = std::sync::Arc::new(hamish::document::Document::load(&a).expect("load"));
    let mut app = App::new(doc, "a.txt", hamish::tui::app::Settings::default());
    app.set_sources(
        vec![
            Source::File(a),
            Source::File(dir.path().join("missing.txt")),
            Source::File(c),
        ],
        0,
    );
    app.resize(80, 20);
    press(&mut app, &[">"]);
    assert_eq!(app.reader.name(), "c.txt");
    assert_eq!(app.ui.file_position, (3, 3));
    let said: Vec<String> = app
        .reader
        .messages()
        .log()
        .iter()
        .map(|m| m.text.clone())
        .collect();
    assert!(said.iter().any(|m| m.contains("missing.txt")), "{said:?}");
    press(&mut app, &["<"]);
    assert_eq!(app.reader.name(), "a.txt");
    press(&mut app, &["<"]);
    assert_eq!(app.reader.name(), "c.txt");
}
