//! The editor end to end (drawing, caret, ↑/↓, clicks) over a small REAL bidi layout, so that
//! these tests mean the same before and after the real engine replaces the placeholder.
//!
//! `bidi_stub` follows the layout contract: UAX #9 levels and visual run order from
//! `unicode_bidi`, grapheme clusters reversed inside RTL runs (marks stay with their base), a
//! logical hard wrap by columns, RTL lines flush right. No shaping or mirroring — not needed to
//! check where the caret goes.

use std::ops::Range;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use unicode_bidi::{BidiInfo, Level};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{EditorOutcome, NoteEditor};
use crate::layout::{Cell, Direction, LayoutOptions, VisualLine};
use crate::theme::Theme;

pub(super) fn bidi_stub(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let level = match opts.direction {
        Direction::Rtl => Some(Level::rtl()),
        Direction::Ltr => Some(Level::ltr()),
        Direction::Auto => None,
    };
    let info = BidiInfo::new(text, level);
    let Some(para) = info.paragraphs.first() else {
        return Vec::new();
    };
    let rtl = para.level.is_rtl();
    let width = opts.width.max(1);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, g) in text.grapheme_indices(true) {
        let w = g.width();
        if used + w > width && used > 0 {
            ranges.push(start..i);
            start = i;
            used = 0;
        }
        used += w;
    }
    ranges.push(start..text.len());
    ranges
        .into_iter()
        .map(|range| {
            let (levels, runs) = info.visual_runs(para, range.clone());
            let mut cells = Vec::new();
            for run in runs {
                let mut run_cells: Vec<Cell> = text[run.clone()]
                    .grapheme_indices(true)
                    .map(|(i, g)| Cell {
                        text: g.to_string(),
                        width: g.width(),
                        logical: run.start + i..run.start + i + g.len(),
                    })
                    .collect();
                if levels[run.start].is_rtl() {
                    run_cells.reverse();
                }
                cells.extend(run_cells);
            }
            let total: usize = cells.iter().map(|c| c.width).sum();
            VisualLine {
                x: if rtl { width.saturating_sub(total) } else { 0 },
                cells,
                logical: range,
                rtl,
            }
        })
        .collect()
}

fn editor(passage: &str, text: &str) -> NoteEditor {
    let mut ed = NoteEditor::new(passage, text);
    ed.lay_out = bidi_stub;
    ed
}

fn press(ed: &mut NoteEditor, code: KeyCode, mods: KeyModifiers) -> EditorOutcome {
    ed.handle_key(KeyEvent::new(code, mods))
}

/// Draws into a buffer of the popup's size; returns it with the caret position.
fn draw(ed: &mut NoteEditor, width: u16, height: u16) -> (Buffer, Option<(u16, u16)>) {
    let area = Rect::new(0, 0, width, height);
    ed.set_area(area);
    let mut buf = Buffer::empty(area);
    ed.draw(area, &mut buf, &Theme::default());
    let caret = ed.cursor_position(area);
    let reversed: Vec<(u16, u16)> = buf
        .area
        .positions()
        .filter(|&p| buf[p].modifier.contains(Modifier::REVERSED))
        .map(|p| (p.x, p.y))
        .collect();
    assert_eq!(reversed, caret.into_iter().collect::<Vec<_>>());
    (buf, caret)
}

/// The symbol under the caret.
fn under_caret(ed: &mut NoteEditor) -> String {
    let (buf, caret) = draw(ed, 30, 6);
    let (x, y) = caret.unwrap_or_default();
    buf[(x, y)].symbol().to_string()
}

/// Screen rows in visual order (LRO-wrapped so viewers keep them so) and a caret marker, as in
/// `tests/tui_editor.rs`.
fn screen(ed: &mut NoteEditor, width: u16, height: u16) -> String {
    let (buf, caret) = draw(ed, width, height);
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
            skip = symbol.width().saturating_sub(1);
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

fn snapshot(name: &str, value: String) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../../tests/it/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("tui_editor_bidi__{name}"), value));
}

const NOTE: &str = "قرأتُ هذا في Le Monde أيضاً\nsee also الجزيرة today";

#[test]
fn stub_reorders_as_expected() {
    let lines = bidi_stub("سلام ok", &LayoutOptions::default());
    let shown: String = lines[0].cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(shown, "ok مالس");
    assert!(lines[0].rtl);
    assert_eq!(lines[0].x, 80 - 7);
}

#[test]
fn caret_walks_leftwards_through_an_arabic_line() {
    let mut ed = editor("", "سلام");
    press(&mut ed, KeyCode::Home, KeyModifiers::CONTROL);
    let mut columns = Vec::new();
    for _ in 0..5 {
        let (_, caret) = draw(&mut ed, 30, 6);
        columns.push(caret.map(|c| c.0));
        press(&mut ed, KeyCode::Left, KeyModifiers::NONE);
    }
    // Inner text width 28: the four letters on columns 25..28 (screen), the end caret left of them.
    assert_eq!(
        columns,
        vec![Some(28), Some(27), Some(26), Some(25), Some(24)]
    );
}

#[test]
fn caret_sits_on_the_grapheme_it_precedes() {
    let mut ed = editor("", NOTE);
    press(&mut ed, KeyCode::Home, KeyModifiers::CONTROL);
    assert_eq!(under_caret(&mut ed), "ق");
    // Before the M of "Monde".
    ed.cursor = NOTE.find("Monde").unwrap_or(0);
    assert_eq!(under_caret(&mut ed), "M");
    // Before the ذ of هذا.
    ed.cursor = NOTE.find("ذا").unwrap_or(0);
    assert_eq!(under_caret(&mut ed), "ذ");
    // End of the RTL line: left of its last word, which is the leftmost.
    ed.cursor = NOTE.find('\n').unwrap_or(0);
    let (buf, caret) = draw(&mut ed, 30, 6);
    let (x, y) = caret.unwrap_or_default();
    assert_eq!(
        buf[(x + 1, y)].symbol(),
        "اً",
        "the caret is left of the last grapheme"
    );
    // End of the whole note: right of "today".
    ed.cursor = NOTE.len();
    let (buf, caret) = draw(&mut ed, 30, 6);
    let (x, y) = caret.unwrap_or_default();
    assert_eq!(buf[(x - 1, y)].symbol(), "y");
}

#[test]
fn up_and_down_keep_the_column_in_rtl_text() {
    // Two RTL lines, both flush right: moving down from the second letter keeps the column.
    let mut ed = editor("", "أبجد\nهوز حطي");
    ed.set_area(Rect::new(0, 0, 30, 6));
    ed.cursor = 2; // before ب
    let (_, before) = draw(&mut ed, 30, 6);
    press(&mut ed, KeyCode::Down, KeyModifiers::NONE);
    let (_, after) = draw(&mut ed, 30, 6);
    assert_eq!(after.map(|c| c.0), before.map(|c| c.0));
    assert_eq!(ed.cursor(), "أبجد\nه".len(), "before و, the second letter");
    // From the far left of the longer line up to the short one: its logical end, on the left.
    press(&mut ed, KeyCode::End, KeyModifiers::NONE);
    press(&mut ed, KeyCode::Right, KeyModifiers::NONE); // back over ي, the leftmost letter
    assert_eq!(ed.cursor(), "أبجد\nهوز حط".len());
    press(&mut ed, KeyCode::Up, KeyModifiers::NONE);
    assert_eq!(ed.cursor(), "أبجد".len());
}

#[test]
fn clicks_hit_the_letter_under_the_mouse() {
    let mut ed = editor("", "أبجد");
    let area = Rect::new(0, 0, 30, 6);
    ed.set_area(area);
    // Letters at screen columns 25 (د) .. 28 (أ).
    assert!(ed.click(area, 28, 1));
    assert_eq!(ed.cursor(), 0);
    assert!(ed.click(area, 25, 1));
    assert_eq!(ed.cursor(), "أبج".len());
    assert!(ed.click(area, 3, 1), "left of the text: the logical end");
    assert_eq!(ed.cursor(), "أبجد".len());
}

#[test]
fn snapshots_with_mixed_text() {
    let mut ed = editor("«الصحافة الحرة» هي أساس كل مجتمع يريد أن يعرف نفسه", NOTE);
    press(&mut ed, KeyCode::Home, KeyModifiers::CONTROL);
    snapshot("start", screen(&mut ed, 40, 5));
    ed.cursor = NOTE.find("ذا").unwrap_or(0);
    snapshot("middle_of_arabic_word", screen(&mut ed, 40, 5));
    ed.cursor = NOTE.find('\n').unwrap_or(0);
    snapshot("end_of_rtl_line", screen(&mut ed, 40, 5));
    ed.cursor = NOTE.find("nde").unwrap_or(0);
    snapshot("english_inside_arabic", screen(&mut ed, 40, 5));
    ed.cursor = NOTE.find("زيرة").unwrap_or(0);
    snapshot("arabic_inside_english", screen(&mut ed, 40, 5));
    ed.cursor = NOTE.len();
    snapshot("end_of_note", screen(&mut ed, 40, 5));
}

#[test]
fn snapshot_wrapped_arabic_and_a_digits_line() {
    // The digits-only line takes the direction of the Arabic line before it.
    let text = "هذه ملاحظة طويلة عن المقال كله فيها كلام كثير\n2026\n";
    let mut ed = editor("short passage", text);
    snapshot("wrapped_end", screen(&mut ed, 24, 7));
    press(&mut ed, KeyCode::Up, KeyModifiers::NONE);
    press(&mut ed, KeyCode::Up, KeyModifiers::NONE);
    snapshot("wrapped_up_twice", screen(&mut ed, 24, 7));
}

#[test]
fn messages_are_laid_out_by_the_engine_too() {
    let mut ed = editor("", "");
    ed.set_message("تعذر الحفظ");
    let (buf, _) = draw(&mut ed, 30, 4);
    let bottom: String = (0..30).map(|x| buf[(x, 3)].symbol().to_string()).collect();
    assert!(bottom.starts_with("└ ظفحلا رذعت ─"), "{bottom}");
    // The message lasts until the next key.
    press(&mut ed, KeyCode::Left, KeyModifiers::NONE);
    assert_eq!(ed.message(), None);
}
