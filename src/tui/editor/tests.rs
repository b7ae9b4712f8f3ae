//! Editing, movement and the save/cancel flow, driven key by key.

use super::*;
use crossterm::event::{KeyEventState, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use crate::theme::Theme;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::CONTROL)
}

fn type_str(ed: &mut NoteEditor, s: &str) {
    for c in s.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        assert_eq!(ed.handle_key(key(code)), EditorOutcome::Continue);
    }
}

fn press(ed: &mut NoteEditor, code: KeyCode, times: usize) {
    for _ in 0..times {
        ed.handle_key(key(code));
    }
}

/// An editor whose cursor is at byte `at` of `text`.
fn editor_at(text: &str, at: usize) -> NoteEditor {
    let mut ed = NoteEditor::new("passage", text);
    ed.cursor = at;
    ed
}

#[test]
fn typing_arabic_with_harakat_builds_clusters() {
    let mut ed = NoteEditor::new("نص", "");
    type_str(&mut ed, "كَتَبَ");
    assert_eq!(ed.text(), "كَتَبَ");
    assert_eq!(ed.cursor(), ed.text().len());
    assert_eq!(ed.text().graphemes(true).count(), 3);
    assert!(ed.is_modified());
}

#[test]
fn backspace_and_delete_remove_whole_clusters() {
    let mut ed = NoteEditor::new("", "كَتَبَ");
    press(&mut ed, KeyCode::Backspace, 1);
    assert_eq!(ed.text(), "كَتَ");
    ed.handle_key(ctrl(KeyCode::Home));
    press(&mut ed, KeyCode::Delete, 1);
    assert_eq!(ed.text(), "تَ");
    assert_eq!(ed.cursor(), 0);
    // Nothing before the start, nothing after the end: no panic, no change.
    press(&mut ed, KeyCode::Backspace, 1);
    ed.handle_key(ctrl(KeyCode::End));
    press(&mut ed, KeyCode::Delete, 1);
    assert_eq!(ed.text(), "تَ");
}

#[test]
fn lam_alef_is_two_graphemes_logically() {
    let mut ed = NoteEditor::new("", "لا");
    press(&mut ed, KeyCode::Backspace, 1);
    assert_eq!(ed.text(), "ل");
}

#[test]
fn shadda_and_fatha_stack_on_one_letter() {
    let mut ed = NoteEditor::new("", "");
    type_str(&mut ed, "شدَّ");
    assert_eq!(ed.text().graphemes(true).count(), 2);
    press(&mut ed, KeyCode::Backspace, 1);
    assert_eq!(ed.text(), "ش");
}

#[test]
fn a_letter_typed_before_a_lone_mark_keeps_the_cursor_on_a_boundary() {
    let mut ed = editor_at("\u{064E}", 0);
    type_str(&mut ed, "ب");
    assert_eq!(ed.text(), "بَ");
    assert_eq!(ed.cursor(), ed.text().len());
}

#[test]
fn enter_inserts_a_newline_and_home_end_are_logical_line_bounds() {
    let mut ed = NoteEditor::new("", "");
    type_str(&mut ed, "سطر أول\nsecond line");
    assert_eq!(ed.text(), "سطر أول\nsecond line");
    let second = ed.text().find('s').unwrap();
    press(&mut ed, KeyCode::Home, 1);
    assert_eq!(ed.cursor(), second);
    press(&mut ed, KeyCode::End, 1);
    assert_eq!(ed.cursor(), ed.text().len());
    ed.cursor = 2;
    press(&mut ed, KeyCode::End, 1);
    assert_eq!(ed.cursor(), second - 1);
    press(&mut ed, KeyCode::Home, 1);
    assert_eq!(ed.cursor(), 0);
}

#[test]
fn arrows_in_an_arabic_note_left_is_forward() {
    // First strong character is Arabic: ← moves towards the end, one grapheme at a time.
    let mut ed = editor_at("بَلا and", 0);
    press(&mut ed, KeyCode::Left, 1);
    assert_eq!(ed.cursor(), 4, "over ب with its fatha");
    press(&mut ed, KeyCode::Left, 1);
    assert_eq!(ed.cursor(), 6, "lam, then alef: lam-alef is two graphemes");
    press(&mut ed, KeyCode::Left, 1);
    assert_eq!(ed.cursor(), 8);
    press(&mut ed, KeyCode::Right, 2);
    assert_eq!(ed.cursor(), 4);
    press(&mut ed, KeyCode::Right, 5);
    assert_eq!(ed.cursor(), 0, "stops at the start");
    ed.cursor = ed.text().len();
    press(&mut ed, KeyCode::Left, 1);
    assert_eq!(ed.cursor(), ed.text().len(), "stops at the end");
}

#[test]
fn arrows_in_an_english_note_right_is_forward() {
    let mut ed = editor_at("note: سلام", 0);
    press(&mut ed, KeyCode::Right, 2);
    assert_eq!(ed.cursor(), 2);
    press(&mut ed, KeyCode::Left, 1);
    assert_eq!(ed.cursor(), 1);
}

#[test]
fn an_empty_note_takes_its_arrow_direction_from_the_passage() {
    let mut ed = NoteEditor::new("الخبر", "");
    assert!(ed.note_is_rtl());
    type_str(&mut ed, "ok");
    assert!(!ed.note_is_rtl(), "the note's own text wins");
}

#[test]
fn ctrl_arrows_move_by_word_and_ctrl_w_deletes_one() {
    let text = "hello  world";
    let mut ed = editor_at(text, 0);
    ed.handle_key(ctrl(KeyCode::Right));
    assert_eq!(ed.cursor(), 5);
    ed.handle_key(ctrl(KeyCode::Right));
    assert_eq!(ed.cursor(), 12);
    ed.handle_key(ctrl(KeyCode::Left));
    assert_eq!(ed.cursor(), 7);
    ed.handle_key(ctrl(KeyCode::Left));
    assert_eq!(ed.cursor(), 0);
    ed.handle_key(ctrl(KeyCode::End));
    ed.handle_key(ctrl(KeyCode::Char('w')));
    assert_eq!(ed.text(), "hello  ");

    // Arabic with harakat: a word keeps its marks; ← is forward in an Arabic note.
    let text = "قَرَأْتُ الخَبَرَ";
    let mut ed = editor_at(text, 0);
    ed.handle_key(ctrl(KeyCode::Left));
    assert_eq!(&text[..ed.cursor()], "قَرَأْتُ");
    ed.handle_key(ctrl(KeyCode::Left));
    assert_eq!(ed.cursor(), text.len());
    ed.handle_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::ALT));
    assert_eq!(ed.text(), "قَرَأْتُ ");
}

#[test]
fn up_and_down_keep_the_goal_column() {
    let mut ed = NoteEditor::new("", "abcdefgh\nab\nabcdefgh");
    ed.set_area(Rect::new(0, 0, 30, 8));
    ed.cursor = 6; // column 6 of the first line
    press(&mut ed, KeyCode::Down, 1);
    assert_eq!(ed.cursor(), 11, "end of the short line");
    press(&mut ed, KeyCode::Down, 1);
    assert_eq!(ed.cursor(), 18, "column 6 again on the third line");
    press(&mut ed, KeyCode::Up, 2);
    assert_eq!(ed.cursor(), 6);
    press(&mut ed, KeyCode::Up, 1);
    assert_eq!(ed.cursor(), 0, "above the first row: start of the note");
    ed.cursor = 18;
    press(&mut ed, KeyCode::Down, 1);
    assert_eq!(
        ed.cursor(),
        ed.text().len(),
        "below the last row: end of the note"
    );
}

#[test]
fn up_and_down_follow_wrapped_visual_lines() {
    // Inner width 10 → layout width 9: the placeholder wraps every 9 characters.
    let text = "abcdefghijklmnopqrstuvwxyz";
    let mut ed = NoteEditor::new("", text);
    ed.set_area(Rect::new(0, 0, 12, 6));
    ed.cursor = 2;
    press(&mut ed, KeyCode::Down, 1);
    assert_eq!(ed.cursor(), 11);
    press(&mut ed, KeyCode::Down, 1);
    assert_eq!(ed.cursor(), 20);
    press(&mut ed, KeyCode::Up, 1);
    assert_eq!(ed.cursor(), 11);
}

#[test]
fn save_trims_and_refuses_empty_notes() {
    let mut ed = NoteEditor::new("", "");
    assert_eq!(
        ed.handle_key(ctrl(KeyCode::Char('s'))),
        EditorOutcome::Continue
    );
    assert_eq!(ed.message(), Some(EMPTY_NOT_SAVED));
    type_str(&mut ed, " \n\t");
    assert_eq!(
        ed.handle_key(ctrl(KeyCode::Char('s'))),
        EditorOutcome::Continue
    );
    assert_eq!(ed.message(), Some(EMPTY_NOT_SAVED));
    type_str(&mut ed, "x");
    assert_eq!(ed.message(), None, "any key clears the message");
    ed.handle_key(ctrl(KeyCode::Home));
    press(&mut ed, KeyCode::Delete, 3);
    type_str(&mut ed, "مهم جداً  \n\n");
    assert_eq!(
        ed.handle_key(ctrl(KeyCode::Char('s'))),
        EditorOutcome::Save("مهم جداً  \n\nx".trim_end().to_string())
    );
    // Ctrl-S on an Arabic keyboard layout.
    assert_eq!(
        ed.handle_key(ctrl(KeyCode::Char('س'))),
        EditorOutcome::Save("مهم جداً  \n\nx".to_string())
    );
}

#[test]
fn esc_cancels_at_once_when_nothing_changed() {
    let mut ed = NoteEditor::new("", "old note");
    press(&mut ed, KeyCode::Left, 3);
    assert_eq!(ed.handle_key(key(KeyCode::Esc)), EditorOutcome::Cancelled);
    // Changed and changed back is "nothing changed".
    let mut ed = NoteEditor::new("", "old note");
    type_str(&mut ed, "!");
    press(&mut ed, KeyCode::Backspace, 1);
    assert_eq!(ed.handle_key(key(KeyCode::Esc)), EditorOutcome::Cancelled);
}

#[test]
fn esc_asks_before_discarding_and_only_y_discards() {
    let mut ed = NoteEditor::new("", "");
    type_str(&mut ed, "draft");
    assert_eq!(ed.handle_key(key(KeyCode::Esc)), EditorOutcome::Continue);
    assert!(ed.is_confirming());
    assert_eq!(ed.message(), Some(CONFIRM_DISCARD));
    // Other keys neither type nor answer.
    assert_eq!(
        ed.handle_key(key(KeyCode::Char('x'))),
        EditorOutcome::Continue
    );
    assert_eq!(ed.handle_key(key(KeyCode::Enter)), EditorOutcome::Continue);
    ed.handle_paste("pasted");
    assert_eq!(ed.text(), "draft");
    assert!(ed.is_confirming());
    // n returns to editing with the text intact.
    assert_eq!(
        ed.handle_key(key(KeyCode::Char('n'))),
        EditorOutcome::Continue
    );
    assert!(!ed.is_confirming());
    assert_eq!(ed.text(), "draft");
    // Esc on the question also returns to editing.
    ed.handle_key(key(KeyCode::Esc));
    assert_eq!(ed.handle_key(key(KeyCode::Esc)), EditorOutcome::Continue);
    assert!(!ed.is_confirming());
    // Ctrl-C asks too; y discards.
    ed.handle_key(ctrl(KeyCode::Char('c')));
    assert!(ed.is_confirming());
    assert_eq!(
        ed.handle_key(key(KeyCode::Char('y'))),
        EditorOutcome::Cancelled
    );
    // Ctrl-S on the question saves after all.
    let mut ed = NoteEditor::new("", "");
    type_str(&mut ed, "keep me");
    ed.handle_key(key(KeyCode::Esc));
    assert_eq!(
        ed.handle_key(ctrl(KeyCode::Char('s'))),
        EditorOutcome::Save("keep me".to_string())
    );
    // The Arabic-layout y key discards as well.
    let mut ed = NoteEditor::new("", "");
    type_str(&mut ed, "مسودة");
    ed.handle_key(key(KeyCode::Esc));
    assert_eq!(
        ed.handle_key(key(KeyCode::Char('غ'))),
        EditorOutcome::Cancelled
    );
}

#[test]
fn paste_normalises_line_endings_and_drops_controls() {
    let mut ed = NoteEditor::new("", "ab");
    ed.cursor = 1;
    ed.handle_paste("x\r\ny\rz\u{1b}[31m\u{9b}2J\tq\u{200f}");
    assert_eq!(ed.text(), "ax\ny\nz[31m2J\tq\u{200f}b");
    assert_eq!(ed.cursor(), ed.text().len() - 1);
}

#[test]
fn control_keys_and_releases_do_not_type() {
    let mut ed = NoteEditor::new("", "");
    ed.handle_key(KeyEvent::new_with_kind_and_state(
        KeyCode::Char('a'),
        KeyModifiers::NONE,
        KeyEventKind::Release,
        KeyEventState::NONE,
    ));
    ed.handle_key(ctrl(KeyCode::Char('q')));
    ed.handle_key(key(KeyCode::Char('\u{1b}')));
    ed.handle_key(key(KeyCode::F(2)));
    assert_eq!(ed.text(), "");
    // AltGr (Ctrl+Alt) types.
    ed.handle_key(KeyEvent::new(
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    ));
    ed.handle_key(KeyEvent::new(KeyCode::Char('A'), KeyModifiers::SHIFT));
    assert_eq!(ed.text(), "@A");
}

#[test]
fn opening_an_existing_note() {
    let ed = NoteEditor::new("passage", "line one\r\nline two\r");
    assert_eq!(ed.text(), "line one\nline two\n");
    assert_eq!(ed.cursor(), ed.text().len());
    assert!(!ed.is_modified());
    assert_eq!(ed.passage(), "passage");
}

#[test]
fn the_caret_cell_is_reversed_and_matches_cursor_position() {
    let mut ed = NoteEditor::new("الخبر", "سلام\nhello");
    let area = Rect::new(2, 1, 20, 6);
    ed.set_area(area);
    let mut buf = Buffer::empty(Rect::new(0, 0, 24, 8));
    ed.draw(area, &mut buf, &Theme::default());
    let (x, y) = ed.cursor_position(area).unwrap();
    // End of "hello" (LTR): just right of the o.
    assert_eq!(buf[(x - 1, y)].symbol(), "o");
    let reversed: Vec<(u16, u16)> = buf
        .area
        .positions()
        .filter(|&p| buf[p].modifier.contains(Modifier::REVERSED))
        .map(|p| (p.x, p.y))
        .collect();
    assert_eq!(reversed, vec![(x, y)]);

    // Start of the note: the Arabic line is RTL, so its first letter is on the right.
    ed.handle_key(ctrl(KeyCode::Home));
    let (x0, y0) = ed.cursor_position(area).unwrap();
    assert_eq!(y0, y - 1);
    let line = ed.rows(17).into_iter().next().unwrap().line;
    let first = line
        .cells
        .iter()
        .zip(caret::cell_columns(&line))
        .find(|(c, _)| c.logical.start == 0)
        .map(|(_, col)| col)
        .unwrap();
    assert_eq!(
        isize::try_from(x0 - 3).unwrap(),
        first + 1,
        "gutter column on the left"
    );
}

#[test]
fn scrolling_keeps_the_caret_visible() {
    let text: String = (1..=20).map(|i| format!("سطر {i}\n")).collect();
    let mut ed = NoteEditor::new("", &text);
    let area = Rect::new(0, 0, 20, 6); // 4 text rows
    ed.set_area(area);
    assert_eq!(ed.cursor_position(area).map(|p| p.1), Some(4));
    ed.handle_key(ctrl(KeyCode::Home));
    assert_eq!(ed.cursor_position(area).map(|p| p.1), Some(1));
    press(&mut ed, KeyCode::PageDown, 2);
    assert!(ed.cursor_position(area).is_some());
    press(&mut ed, KeyCode::Down, 30);
    assert_eq!(ed.cursor(), ed.text().len());
    assert_eq!(ed.cursor_position(area).map(|p| p.1), Some(4));
    // Drawing with another area (never given to set_area) still shows the caret.
    let other = Rect::new(0, 0, 30, 4);
    assert!(ed.cursor_position(other).is_some());
    // Too small to show text.
    assert_eq!(ed.cursor_position(Rect::new(0, 0, 3, 2)), None);
    let mut buf = Buffer::empty(Rect::new(0, 0, 3, 2));
    ed.draw(Rect::new(0, 0, 3, 2), &mut buf, &Theme::default());
}

#[test]
fn a_huge_passage_is_cut_with_an_ellipsis() {
    let passage = "word ".repeat(20_000);
    let ed = NoteEditor::new(&passage, "");
    let area = Rect::new(0, 0, 30, 5);
    let mut buf = Buffer::empty(area);
    ed.draw(area, &mut buf, &Theme::default());
    let top: String = (0..30).map(|x| buf[(x, 0)].symbol().to_string()).collect();
    assert!(top.starts_with("┌ Note: word word"), "{top}");
    assert!(top.contains('…'), "{top}");
    assert!(top.ends_with('┐'), "{top}");
}

#[test]
fn click_places_the_cursor() {
    let mut ed = NoteEditor::new("", "abc\ndef");
    let area = Rect::new(0, 0, 20, 5);
    ed.set_area(area);
    assert!(ed.click(area, 2, 1), "on 'b'");
    assert_eq!(ed.cursor(), 1);
    assert!(
        ed.click(area, 15, 2),
        "far right of the second line: its end"
    );
    assert_eq!(ed.cursor(), 7);
    assert!(!ed.click(area, 0, 0), "the border");
}

#[test]
fn undo_goes_back_a_word_at_a_time_and_redo_returns() {
    let mut ed = NoteEditor::new("", "");
    type_str(&mut ed, "كلمة أولى\nsecond");
    ed.handle_key(ctrl(KeyCode::Char('z')));
    assert_eq!(ed.text(), "كلمة أولى\n");
    ed.handle_key(ctrl(KeyCode::Char('z')));
    assert_eq!(ed.text(), "كلمة ");
    // Redo: Ctrl-Y, or Ctrl-Shift-Z however the terminal reports it.
    ed.handle_key(KeyEvent::new(
        KeyCode::Char('z'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    ));
    assert_eq!(ed.text(), "كلمة أولى\n");
    assert_eq!(ed.cursor(), ed.text().len());
    ed.handle_key(ctrl(KeyCode::Char('z')));
    ed.handle_key(KeyEvent::new(
        KeyCode::Char('Z'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    ));
    assert_eq!(ed.text(), "كلمة أولى\n");
    // Deletions in a row are one step; moving in between starts a new one.
    press(&mut ed, KeyCode::Backspace, 3);
    assert_eq!(ed.text(), "كلمة أو");
    ed.handle_key(ctrl(KeyCode::Home));
    press(&mut ed, KeyCode::Delete, 1);
    assert_eq!(ed.text(), "لمة أو");
    ed.handle_key(ctrl(KeyCode::Char('z')));
    assert_eq!(ed.text(), "كلمة أو");
    assert_eq!(ed.cursor(), 0);
    ed.handle_key(ctrl(KeyCode::Char('z')));
    assert_eq!(ed.text(), "كلمة أولى\n");
    // A new edit drops the redo steps.
    type_str(&mut ed, "x");
    ed.handle_key(ctrl(KeyCode::Char('y')));
    assert_eq!(
        ed.text(),
        "كلمة أولى\nx",
        "the undone state had its cursor at the end"
    );
    // Undo all the way is "nothing changed": Esc leaves at once.
    for _ in 0..10 {
        ed.handle_key(ctrl(KeyCode::Char('z')));
    }
    assert_eq!(ed.text(), "");
    assert!(!ed.is_modified());
    assert_eq!(ed.handle_key(key(KeyCode::Esc)), EditorOutcome::Cancelled);
}

#[test]
fn a_paste_is_one_undo_step() {
    let mut ed = NoteEditor::new("", "ab");
    ed.handle_paste("نص ملصوق");
    type_str(&mut ed, "c");
    ed.handle_key(ctrl(KeyCode::Char('z')));
    assert_eq!(ed.text(), "abنص ملصوق");
    ed.handle_key(ctrl(KeyCode::Char('z')));
    assert_eq!(ed.text(), "ab");
}

#[test]
fn undo_history_is_bounded() {
    let mut ed = NoteEditor::new("", "");
    for _ in 0..(UNDO_STEPS + 50) {
        ed.handle_paste("x");
    }
    assert_eq!(ed.undo.len(), UNDO_STEPS);
    // Large states (set directly: laying out megabytes in a debug build is slow).
    for i in 0..6 {
        ed.text = "ب".repeat(UNDO_BYTES / 8 * (i + 1));
        ed.remember(Edit::None);
    }
    let held: usize = ed.undo.iter().map(|(t, _)| t.len()).sum();
    assert!(held <= UNDO_BYTES, "{held}");
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Action {
        Key(KeyEvent),
        Paste(String),
        Click(u16, u16),
    }

    fn any_key() -> impl Strategy<Value = KeyEvent> {
        let codes = prop_oneof![
            prop::sample::select(vec![
                'a',
                'z',
                'y',
                'w',
                ' ',
                'ب',
                'ل',
                'ا',
                '\u{064E}',
                '\u{0651}',
                '\u{200F}',
                '١',
                '(',
                '漢',
                '\u{1F1EB}',
                '\u{200D}',
                'e',
                '\u{0301}',
                '\u{0640}',
            ])
            .prop_map(KeyCode::Char),
            prop::sample::select(vec![
                KeyCode::Enter,
                KeyCode::Tab,
                KeyCode::Backspace,
                KeyCode::Delete,
                KeyCode::Left,
                KeyCode::Right,
                KeyCode::Up,
                KeyCode::Down,
                KeyCode::Home,
                KeyCode::End,
                KeyCode::PageUp,
                KeyCode::PageDown,
                KeyCode::Esc,
            ]),
        ];
        let mods = prop::sample::select(vec![
            KeyModifiers::NONE,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::SHIFT,
        ]);
        (codes, mods).prop_map(|(c, m)| KeyEvent::new(c, m))
    }

    fn any_action() -> impl Strategy<Value = Action> {
        prop_oneof![
            8 => any_key().prop_map(Action::Key),
            1 => "[a-z\u{0621}-\u{0652}\u{0000}-\u{001F}\u{0080}-\u{009F}\u{202A}-\u{202E} \r\n]{0,12}"
                .prop_map(Action::Paste),
            1 => (0u16..40, 0u16..12).prop_map(|(x, y)| Action::Click(x, y)),
        ]
    }

    fn check(ed: &mut NoteEditor, actions: Vec<Action>, area: Rect) -> Result<(), TestCaseError> {
        ed.set_area(area);
        let mut buf = Buffer::empty(Rect::new(0, 0, area.right() + 1, area.bottom() + 1));
        for action in actions {
            match action {
                Action::Key(k) => {
                    if let EditorOutcome::Save(text) = ed.handle_key(k) {
                        prop_assert!(!text.trim().is_empty());
                        prop_assert_eq!(text.trim_end(), text.as_str());
                    }
                }
                Action::Paste(p) => ed.handle_paste(&p),
                Action::Click(x, y) => {
                    ed.click(area, x, y);
                }
            }
            prop_assert!(ed.cursor() <= ed.text().len());
            prop_assert!(is_boundary(ed.text(), ed.cursor()));
            prop_assert!(
                !ed.text()
                    .contains(|c: char| c.is_control() && c != '\n' && c != '\t')
            );
            let pos = ed.cursor_position(area);
            prop_assert!(pos.is_some());
            let (x, y) = pos.unwrap_or_default();
            prop_assert!(x > area.x && x < area.right() - 1);
            prop_assert!(y > area.y && y < area.bottom() - 1);
            ed.draw(area, &mut buf, &Theme::default());
            let reversed: Vec<(u16, u16)> = buf
                .area
                .positions()
                .filter(|&p| buf[p].modifier.contains(Modifier::REVERSED))
                .map(|p| (p.x, p.y))
                .collect();
            prop_assert_eq!(reversed, vec![(x, y)]);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Whatever is typed, pasted or clicked, with either layout: the cursor stays on a
        /// grapheme boundary, no control character gets in, drawing never panics and the caret
        /// is on screen exactly where the reversed cell is.
        #[test]
        fn cursor_invariants(
            initial in "[a-z\u{0621}-\u{064A}\u{064B}-\u{0652} \n]{0,40}",
            actions in prop::collection::vec(any_action(), 0..50),
            w in 4u16..30,
            h in 3u16..8,
            stub in any::<bool>(),
        ) {
            let mut ed = NoteEditor::new("نص «مقتبس» here", &initial);
            if stub {
                ed.lay_out = super::super::stub_tests::bidi_stub;
            }
            check(&mut ed, actions, Rect::new(1, 1, w, h))?;
        }
    }
}
