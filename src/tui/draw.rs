//! Putting laid-out text into a ratatui buffer. Text is placed cell by cell at
//! `VisualLine::x` plus the widths of the cells before it — never handed to ratatui as a string
//! to align, because the layout engine, not ratatui, knows how wide a shaped Arabic cell is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::layout::{Cell, LayoutOptions, VisualLine, lay_out};

/// The margin symbol beside the first line of an annotated passage.
pub const NOTE_MARKER: &str = "✎";

pub fn put_symbol(buf: &mut Buffer, x: u16, y: u16, s: &str, style: Style) {
    if let Some(c) = buf.cell_mut((x, y)) {
        c.set_symbol(s);
        c.set_style(style);
    }
}

/// Draws one visual line in `area` at row `y`, cell by cell: each cell at `area.x + line.x +`
/// the widths before it, styled by `style_of`. Wide cells hide the columns they cover; cells
/// that do not fit are not drawn.
pub fn draw_cells(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    vl: &VisualLine,
    mut style_of: impl FnMut(&Cell) -> Style,
) {
    let right = area.x as usize + area.width as usize;
    let mut x = area.x as usize + vl.x;
    for cell in &vl.cells {
        if cell.width == 0 {
            continue;
        }
        if x + cell.width > right {
            break;
        }
        let style = style_of(cell);
        let safe;
        let text: &str = if cell.text.chars().any(char::is_control) {
            safe = cell
                .text
                .chars()
                .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
                .collect::<String>();
            &safe
        } else if cell.text.is_empty() {
            " "
        } else {
            &cell.text
        };
        // A cell holding several spacing characters (an unshaped ligature, say) is put one
        // character per column when their widths add up: ratatui and the terminal then agree
        // on where the cursor is.
        let columns = spacing_groups(text);
        if columns.len() > 1 && columns.iter().map(|g| g.width()).sum::<usize>() == cell.width {
            let mut cx = x;
            for g in &columns {
                put_symbol(buf, cx as u16, y, g, style);
                for k in 1..g.width() {
                    if let Some(c) = buf.cell_mut(((cx + k) as u16, y)) {
                        c.reset();
                        c.set_style(style);
                    }
                }
                cx += g.width();
            }
            x += cell.width;
            continue;
        }
        let drawn = text.width().max(1);
        if let Some(c) = buf.cell_mut((x as u16, y)) {
            c.set_symbol(text);
            c.set_style(style);
        }
        for k in 1..cell.width {
            if let Some(c) = buf.cell_mut(((x + k) as u16, y)) {
                if k < drawn {
                    // covered by the wide character drawn before it
                    c.reset();
                } else {
                    c.set_symbol(" ");
                }
                c.set_style(style);
            }
        }
        x += cell.width;
    }
}

/// Splits text into spacing characters, each with the zero-width marks that follow it.
fn spacing_groups(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 0 {
            if let Some(s) = start {
                out.push(&text[s..i]);
            }
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Draws `text` (any script) at `x`, left-aligned, in at most `max` columns, in visual order.
/// Returns the column after the last drawn cell.
/// `opts` gives shaping and bidi mode (its width is ignored; the direction is found from the text).
pub fn put_text(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max: u16,
    text: &str,
    style: Style,
    opts: &LayoutOptions,
) -> u16 {
    let Some((shown, w)) = fit_line(max, text, opts) else {
        return x;
    };
    draw_cells(buf, Rect::new(x, y, max, 1), y, &shown, |_| style);
    x + w
}

/// As [`put_text`], but flush right in the `max` columns that start at `x` (for right-to-left
/// labels). Returns the column of the first drawn cell.
pub fn put_text_right(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max: u16,
    text: &str,
    style: Style,
    opts: &LayoutOptions,
) -> u16 {
    let Some((shown, w)) = fit_line(max, text, opts) else {
        return x + max;
    };
    let start = x + max - w;
    draw_cells(buf, Rect::new(start, y, w, 1), y, &shown, |_| style);
    start
}

/// The columns `text` takes when put on one line of at most `max` columns.
pub fn fitted_width(text: &str, max: u16, opts: &LayoutOptions) -> u16 {
    fit_line(max, text, opts).map_or(0, |(_, w)| w)
}

/// Whether a label reads right to left (its first strong character is).
pub fn is_rtl_label(text: &str) -> bool {
    crate::layout::first_strong_rtl(text) == Some(true)
}

/// `text` laid out on one line of at most `max` columns (cut at its logical end with "…" when
/// longer), and its width in columns.
fn fit_line(max: u16, text: &str, opts: &LayoutOptions) -> Option<(VisualLine, u16)> {
    if max == 0 || text.is_empty() {
        return None;
    }
    let opts = LayoutOptions {
        width: max as usize,
        direction: crate::layout::Direction::Auto,
        ..opts.clone()
    };
    let lines = lay_out(text, &opts);
    let first = lines.first()?;
    let shown = if lines.len() == 1 {
        VisualLine {
            x: 0,
            ..first.clone()
        }
    } else {
        // Too long for one line: show the logical beginning on one line and mark the cut with
        // "…" at the logical end, instead of dropping whatever the wrap pushed to a next line.
        let one_line = LayoutOptions {
            width: usize::MAX / 4,
            ..opts.clone()
        };
        truncate_logically(lay_out(text, &one_line).into_iter().next()?, max as usize)
    };
    let w: usize = shown.cells.iter().map(|c| c.width).sum();
    Some((shown, w.min(max as usize) as u16))
}

/// Keeps the longest logical prefix of a one-line layout that fits in `max - 1` columns and puts
/// an ellipsis on the side where the text goes on (left of an RTL line, right of an LTR one).
fn truncate_logically(line: VisualLine, max: usize) -> VisualLine {
    let budget = max.saturating_sub(1);
    let mut by_logic: Vec<&Cell> = line.cells.iter().collect();
    by_logic.sort_by_key(|c| c.logical.start);
    let mut used = 0;
    let mut cut = line.logical.end;
    for c in by_logic {
        if used + c.width > budget {
            cut = c.logical.start;
            break;
        }
        used += c.width;
    }
    let kept = line.cells.into_iter().filter(|c| c.logical.start < cut);
    let ellipsis = Cell {
        text: "…".into(),
        width: 1,
        logical: cut..cut,
    };
    let cells: Vec<Cell> = if line.rtl {
        std::iter::once(ellipsis).chain(kept).collect()
    } else {
        kept.chain(std::iter::once(ellipsis)).collect()
    };
    VisualLine {
        x: 0,
        cells,
        logical: line.logical.start..cut,
        rtl: line.rtl,
    }
}

/// The buffer as text, one string per row (trailing spaces trimmed; columns hidden by a wide
/// character are skipped) — for snapshot tests.
pub fn buffer_lines(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    let mut out = Vec::with_capacity(area.height as usize);
    for y in area.y..area.y + area.height {
        let mut s = String::new();
        let mut skip = 0;
        for x in area.x..area.x + area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            s.push_str(sym);
            skip = sym.width().saturating_sub(1);
        }
        out.push(s.trim_end().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_character_cells_take_one_column_each() {
        let vl = VisualLine {
            x: 1,
            cells: vec![
                Cell {
                    text: "لا".into(),
                    width: 2,
                    logical: 0..4,
                },
                Cell {
                    text: "بَ".into(),
                    width: 1,
                    logical: 4..8,
                },
                Cell {
                    text: "界".into(),
                    width: 2,
                    logical: 8..11,
                },
                Cell {
                    text: "\u{1b}".into(),
                    width: 1,
                    logical: 11..12,
                },
            ],
            logical: 0..12,
            rtl: false,
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        draw_cells(&mut buf, Rect::new(0, 0, 10, 1), 0, &vl, |_| {
            Style::default()
        });
        let cols: Vec<&str> = (0..8).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(cols, [" ", "ل", "ا", "بَ", "界", " ", "\u{FFFD}", " "]);
        assert_eq!(buffer_lines(&buf), [" لابَ界\u{FFFD}"]);
    }
}
