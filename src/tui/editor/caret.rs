//! Where the caret goes, derived only from the layout contract.
//!
//! Nothing here assumes that visual order equals logical order: a visual line is a row of cells
//! left to right, each cell knows the logical byte range it shows, and that is all we use. The
//! unit tests below build visual lines by hand (RTL runs with their cells reversed, a lam-alef
//! ligature cell covering two graphemes, width-0 cells) so the mapping is proven independently of
//! whichever `lay_out` is compiled in.
//!
//! Columns are in the line's own layout coordinates (the `x` of `VisualLine` and the widths of
//! its cells), as `isize` because the caret after the logical end of a line that is flush against
//! the left edge lies at column -1. The caller adds its gutter and clamps.

use crate::layout::VisualLine;

/// The start column of every cell of `line`, in visual order.
pub(crate) fn cell_columns(line: &VisualLine) -> Vec<isize> {
    let mut col = to_isize(line.x);
    line.cells
        .iter()
        .map(|cell| {
            let here = col;
            col = col.saturating_add(to_isize(cell.width));
            here
        })
        .collect()
}

/// The column where the caret for logical byte `pos` (relative to the paragraph) is drawn on
/// `line`, or `None` when `pos` is not shown on this line.
///
/// - `pos` inside a visible cell: on that cell (a block caret on the grapheme that follows the
///   caret logically; for a ligature, on the ligature).
/// - `pos` inside a width-0 cell (a bidi control, whitespace at a line break): where that cell
///   sits, except that in an RTL line with no visible cell to its left it goes one column left of
///   the text, where the paragraph's logical end lies.
/// - `pos` at the end of the paragraph (`is_last` line and no cell holds `pos`): just after the
///   last logical grapheme, on its trailing side. The trailing side follows the direction of the
///   run that grapheme is in, read from the cells: if the logically previous grapheme is drawn to
///   its left, the run is left-to-right and the caret goes to its right; if to its right, the
///   caret goes to its left. A lone grapheme uses its own bidi class, then the line direction.
/// - An empty line (no visible cell): the start side of the line, `width - 1` when RTL.
pub(crate) fn caret_in_line(
    line: &VisualLine,
    pos: usize,
    is_last: bool,
    width: usize,
) -> Option<isize> {
    let cols = cell_columns(line);
    if let Some(i) = line
        .cells
        .iter()
        .position(|c| c.logical.start <= pos && pos < c.logical.end)
    {
        let col = cols.get(i).copied().unwrap_or(0);
        if line.cells[i].width > 0 {
            return Some(col);
        }
        let visible_left = line.cells[..i].iter().any(|c| c.width > 0);
        return Some(if line.rtl && !visible_left {
            col - 1
        } else {
            col
        });
    }
    if !is_last {
        return None;
    }
    Some(end_column(line, &cols, width))
}

/// The caret column after the last logical grapheme of `line` (see [`caret_in_line`]).
fn end_column(line: &VisualLine, cols: &[isize], width: usize) -> isize {
    let visible = |i: &usize| line.cells[*i].width > 0;
    let anchor = (0..line.cells.len())
        .filter(visible)
        .max_by_key(|&i| line.cells[i].logical.start);
    let Some(k) = anchor else {
        return if line.rtl {
            to_isize(width.max(1)) - 1
        } else {
            0
        };
    };
    let start = line.cells[k].logical.start;
    let previous = (0..line.cells.len())
        .filter(visible)
        .filter(|&i| line.cells[i].logical.start < start)
        .max_by_key(|&i| line.cells[i].logical.start);
    let rtl_run = match previous {
        Some(p) => p > k,
        None => strong_direction(&line.cells[k].text).unwrap_or(line.rtl),
    };
    let col = cols.get(k).copied().unwrap_or(0);
    if rtl_run {
        col - 1
    } else {
        col + to_isize(line.cells[k].width)
    }
}

pub(crate) use crate::layout::first_strong_rtl as strong_direction;

/// The logical positions (relative to the paragraph) a caret can take on `line`: the start of
/// every cell, plus the paragraph end on its last line.
pub(crate) fn caret_stops(line: &VisualLine, is_last: bool, paragraph_len: usize) -> Vec<usize> {
    let mut stops: Vec<usize> = line.cells.iter().map(|c| c.logical.start).collect();
    if is_last || line.cells.is_empty() {
        stops.push(paragraph_len);
    }
    stops.sort_unstable();
    stops.dedup();
    stops
}

fn to_isize(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Cell;

    /// A cell for the logical range `a..b` of `text`, drawn as `shown` with width `w`.
    fn cell(shown: &str, w: usize, range: std::ops::Range<usize>) -> Cell {
        Cell {
            text: shown.to_string(),
            width: w,
            logical: range,
        }
    }

    /// Hand-built RTL line for "سلام" (each letter 2 bytes), flush right in width 10:
    /// visual left→right is م ا ل س.
    fn salam() -> VisualLine {
        VisualLine {
            x: 6,
            cells: vec![
                cell("م", 1, 6..8),
                cell("ا", 1, 4..6),
                cell("ل", 1, 2..4),
                cell("س", 1, 0..2),
            ],
            logical: 0..8,
            rtl: true,
        }
    }

    #[test]
    fn rtl_line_caret_follows_cells_not_visual_order() {
        let line = salam();
        // Logical start: the rightmost cell.
        assert_eq!(caret_in_line(&line, 0, true, 10), Some(9));
        // Before ل (second letter): third column from the left of the word.
        assert_eq!(caret_in_line(&line, 2, true, 10), Some(8));
        assert_eq!(caret_in_line(&line, 6, true, 10), Some(6));
        // Logical end: LEFT of the leftmost letter.
        assert_eq!(caret_in_line(&line, 8, true, 10), Some(5));
        // Not the last line of the paragraph: the end belongs to the next line.
        assert_eq!(caret_in_line(&line, 8, false, 10), None);
    }

    #[test]
    fn rtl_line_full_width_puts_end_caret_at_minus_one() {
        let mut line = salam();
        line.x = 0;
        assert_eq!(caret_in_line(&line, 8, true, 4), Some(-1));
    }

    /// RTL paragraph "كلمة English": bytes 0..8 Arabic, 8 space, 9..16 English.
    /// Visual: "English ةملك" — the English run keeps its own order on the left.
    fn rtl_with_english_at_end() -> VisualLine {
        let mut cells = Vec::new();
        for (i, ch) in "English".chars().enumerate() {
            cells.push(cell(&ch.to_string(), 1, 9 + i..10 + i));
        }
        cells.push(cell(" ", 1, 8..9));
        for (b, ch) in [(6, "ة"), (4, "م"), (2, "ل"), (0, "ك")] {
            cells.push(cell(ch, 1, b..b + 2));
        }
        VisualLine {
            x: 0,
            cells,
            logical: 0..16,
            rtl: true,
        }
    }

    #[test]
    fn english_inside_rtl_line() {
        let line = rtl_with_english_at_end();
        // Start of the paragraph: the rightmost cell (ك).
        assert_eq!(caret_in_line(&line, 0, true, 12), Some(11));
        // Start of "English": on E, the leftmost cell.
        assert_eq!(caret_in_line(&line, 9, true, 12), Some(0));
        // Before "g" of English (byte 11): column 2.
        assert_eq!(caret_in_line(&line, 11, true, 12), Some(2));
        // End of paragraph: after "h" on its trailing (right) side, since h is in an LTR run.
        assert_eq!(caret_in_line(&line, 16, true, 12), Some(7));
    }

    #[test]
    fn rtl_line_ending_in_neutral_punctuation() {
        // RTL "ab." where a, b are Arabic (2 bytes) and "." resolves RTL: visual ". b a".
        let line = VisualLine {
            x: 7,
            cells: vec![cell(".", 1, 4..5), cell("ب", 1, 2..4), cell("ا", 1, 0..2)],
            logical: 0..5,
            rtl: true,
        };
        // Previous logical grapheme (ب) is to the right of "." → RTL run → caret left of ".".
        assert_eq!(caret_in_line(&line, 5, true, 10), Some(6));
    }

    #[test]
    fn ltr_line_ending_in_arabic_word() {
        // LTR "ab جد": a b space at 0..3, ج 3..5, د 5..7. Visual: "ab دج".
        let line = VisualLine {
            x: 0,
            cells: vec![
                cell("a", 1, 0..1),
                cell("b", 1, 1..2),
                cell(" ", 1, 2..3),
                cell("د", 1, 5..7),
                cell("ج", 1, 3..5),
            ],
            logical: 0..7,
            rtl: false,
        };
        // Before ج (start of the Arabic word): its cell, the rightmost.
        assert_eq!(caret_in_line(&line, 3, true, 10), Some(4));
        // Before د: column 3.
        assert_eq!(caret_in_line(&line, 5, true, 10), Some(3));
        // End: after د logically, which is to its LEFT (column 2, over the space).
        assert_eq!(caret_in_line(&line, 7, true, 10), Some(2));
        // Plain LTR end when the last grapheme is Latin.
        let latin = VisualLine {
            x: 0,
            cells: vec![cell("a", 1, 0..1), cell("b", 1, 1..2)],
            logical: 0..2,
            rtl: false,
        };
        assert_eq!(caret_in_line(&latin, 2, true, 10), Some(2));
    }

    #[test]
    fn ligature_cell_and_marks() {
        // "بَلا": ب+fatha (0..4) then lam (4..6) alef (6..8) as one ligature cell.
        let line = VisualLine {
            x: 8,
            cells: vec![cell("ﻻ", 1, 4..8), cell("بَ", 1, 0..4)],
            logical: 0..8,
            rtl: true,
        };
        assert_eq!(caret_in_line(&line, 0, true, 10), Some(9));
        // Before lam and between lam and alef: both on the ligature cell.
        assert_eq!(caret_in_line(&line, 4, true, 10), Some(8));
        assert_eq!(caret_in_line(&line, 6, true, 10), Some(8));
        assert_eq!(caret_in_line(&line, 8, true, 10), Some(7));
    }

    #[test]
    fn single_grapheme_uses_its_own_direction() {
        let arabic = VisualLine {
            x: 9,
            cells: vec![cell("ب", 1, 0..2)],
            logical: 0..2,
            rtl: true,
        };
        assert_eq!(caret_in_line(&arabic, 2, true, 10), Some(8));
        let latin_in_rtl = VisualLine {
            x: 9,
            cells: vec![cell("a", 1, 0..1)],
            logical: 0..1,
            rtl: true,
        };
        assert_eq!(caret_in_line(&latin_in_rtl, 1, true, 10), Some(10));
        let digit_in_rtl = VisualLine {
            x: 9,
            cells: vec![cell("1", 1, 0..1)],
            logical: 0..1,
            rtl: true,
        };
        assert_eq!(caret_in_line(&digit_in_rtl, 1, true, 10), Some(8));
    }

    #[test]
    fn zero_width_cells() {
        // RTL line wrapped after "سلام ": the space is a width-0 cell placed at the paragraph
        // level end (the left), then the letters.
        let mut line = salam();
        line.x = 6;
        line.cells.insert(0, cell("", 0, 8..9));
        line.logical = 0..9;
        assert_eq!(caret_in_line(&line, 8, false, 10), Some(5));
        // LTR line "ab " wrapped: the width-0 space after b sits right of it.
        let ltr = VisualLine {
            x: 0,
            cells: vec![cell("a", 1, 0..1), cell("b", 1, 1..2), cell("", 0, 2..3)],
            logical: 0..3,
            rtl: false,
        };
        assert_eq!(caret_in_line(&ltr, 2, false, 10), Some(2));
        // A width-0 control at the end is ignored when finding the end anchor.
        let with_mark = VisualLine {
            x: 0,
            cells: vec![cell("a", 1, 0..1), cell("", 0, 1..4)],
            logical: 0..4,
            rtl: false,
        };
        assert_eq!(caret_in_line(&with_mark, 4, true, 10), Some(1));
    }

    #[test]
    fn empty_lines() {
        let empty = |rtl| VisualLine {
            x: 0,
            cells: vec![],
            logical: 0..0,
            rtl,
        };
        assert_eq!(caret_in_line(&empty(false), 0, true, 10), Some(0));
        assert_eq!(caret_in_line(&empty(true), 0, true, 10), Some(9));
        assert_eq!(caret_stops(&empty(true), true, 0), vec![0]);
    }

    #[test]
    fn caret_stops_are_cell_starts_and_the_paragraph_end() {
        let line = salam();
        assert_eq!(caret_stops(&line, true, 8), vec![0, 2, 4, 6, 8]);
        assert_eq!(caret_stops(&line, false, 8), vec![0, 2, 4, 6]);
    }

    #[test]
    fn wide_cells_advance_columns() {
        let line = VisualLine {
            x: 1,
            cells: vec![cell("漢", 2, 0..3), cell("a", 1, 3..4)],
            logical: 0..4,
            rtl: false,
        };
        assert_eq!(cell_columns(&line), vec![1, 3]);
        assert_eq!(caret_in_line(&line, 4, true, 10), Some(4));
    }
}
