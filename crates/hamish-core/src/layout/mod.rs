//! The layout engine: logical paragraph → visual lines of cells.
//!
//! CONTRACT (shared by render, the reader and the note editor — change only together):
//! - `lay_out(text, opts)` lays out ONE paragraph (no line terminator inside).
//! - Each `Cell` is one grapheme cluster as drawn (possibly shaped, mirrored, or a visible symbol
//!   for a control character), with its display `width` in terminal columns and the `logical`
//!   byte range of `text` it shows.
//! - Every byte of `text` belongs to exactly one cell of exactly one line (cells of width 0 carry
//!   characters that are not drawn, such as bidi controls or whitespace at a line break).
//! - `VisualLine::x` is the column where the first cell starts (RTL lines are flush right).
//! - No line is wider than `opts.width` unless a single grapheme is.

use std::ops::Range;

mod chars;
mod engine;
mod fast;
mod shaping;
mod tables;
pub mod text;

pub use chars::{char_width, control_symbol, mirror};

/// The direction of the first strong character of `text` (UAX #9 P2–P3, skipping isolated
/// content): `Some(true)` for right to left, `Some(false)` for left to right, `None` when it has
/// no strong character. The one answer to "which way does this read" for paragraphs, labels,
/// prompts and notes.
pub fn first_strong_rtl(text: &str) -> Option<bool> {
    use unicode_bidi::BidiClass;
    let mut isolate = 0usize;
    for c in text.chars() {
        match chars::bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => isolate += 1,
            BidiClass::PDI => isolate = isolate.saturating_sub(1),
            BidiClass::L if isolate == 0 => return Some(false),
            BidiClass::R | BidiClass::AL if isolate == 0 => return Some(true),
            _ => {}
        }
    }
    None
}

/// Paragraph direction: from the first strong character (UAX #9 P2–P3), or forced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Auto,
    Rtl,
    Ltr,
}

/// Who reorders: the app (UAX #9 here) or the terminal (logical order printed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BidiMode {
    #[default]
    App,
    Terminal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Width of the text area in columns (at least 1).
    pub width: usize,
    /// Arabic shaping into presentation forms.
    pub shaping: bool,
    pub direction: Direction,
    pub bidi: BidiMode,
    /// Tab stops every `tab_width` columns.
    pub tab_width: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            width: 80,
            shaping: true,
            direction: Direction::Auto,
            bidi: BidiMode::App,
            tab_width: 8,
        }
    }
}

/// One grapheme cluster as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// What to draw (already shaped / mirrored / made visible). Empty when `width == 0`.
    pub text: String,
    /// Columns it takes: 0, 1 or 2 (a tab may take more).
    pub width: usize,
    /// Byte range of the paragraph text this cell shows.
    pub logical: Range<usize>,
}

/// One screen line of a paragraph, cells left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    /// Column of the first cell inside the text area (RTL lines flush right).
    pub x: usize,
    pub cells: Vec<Cell>,
    /// The logical byte range of the paragraph this line shows (contiguous).
    pub logical: Range<usize>,
    /// Paragraph base direction is right-to-left.
    pub rtl: bool,
}

/// Lays out one paragraph for `opts.width` columns.
///
/// Steps (see the module documentation of [`engine`]): bidi levels for the whole paragraph,
/// Arabic shaping in logical order, grapheme clusters with their own widths, greedy wrapping in
/// logical order at UAX #14 opportunities, then each line reordered on its own (L1–L4) and RTL
/// lines placed flush right. Never panics; linear in the paragraph length.
pub fn lay_out(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    engine::lay_out(text, opts)
}

impl VisualLine {
    /// Total width of the cells in columns (not counting `x`).
    pub fn width(&self) -> usize {
        self.cells.iter().map(|c| c.width).sum()
    }

    /// Column just past the last cell (`x + width()`).
    pub fn end_x(&self) -> usize {
        self.x + self.width()
    }

    /// Index in `cells` of the cell drawn at column `col` of the text area (cells of width 0 are
    /// never hit). `None` left of `x` or right of the last cell.
    pub fn cell_at(&self, col: usize) -> Option<usize> {
        let mut x = self.x;
        for (i, c) in self.cells.iter().enumerate() {
            if c.width > 0 && col >= x && col < x + c.width {
                return Some(i);
            }
            x += c.width;
            if x > col {
                break;
            }
        }
        None
    }

    /// The logical byte range shown at column `col` (see [`VisualLine::cell_at`]).
    pub fn logical_at(&self, col: usize) -> Option<Range<usize>> {
        self.cell_at(col).map(|i| self.cells[i].logical.clone())
    }

    /// Starting column of each cell (same indices as `cells`).
    pub fn cell_columns(&self) -> Vec<usize> {
        let mut x = self.x;
        self.cells
            .iter()
            .map(|c| {
                let at = x;
                x += c.width;
                at
            })
            .collect()
    }

    /// Column spans (left to right, adjacent spans merged) of the cells showing any byte of the
    /// logical range `range`. A logical range is contiguous but may be drawn in several pieces
    /// on a line that mixes directions. Empty when nothing of `range` is visible on this line.
    pub fn columns_of(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> = Vec::new();
        let mut x = self.x;
        for c in &self.cells {
            let hit = c.width > 0
                && c.logical.start < range.end.max(range.start + 1)
                && range.start < c.logical.end;
            if hit {
                match spans.last_mut() {
                    Some(last) if last.end == x => last.end = x + c.width,
                    _ => spans.push(x..x + c.width),
                }
            }
            x += c.width;
        }
        spans
    }

    /// Column of the caret placed at logical byte offset `byte` (the caret is drawn on the cell
    /// that shows that byte). At the end of the line's logical range the caret goes just past the
    /// last character in reading order: right of the line for LTR, left of it for RTL (saturating
    /// at 0). `None` when `byte` is outside `logical` (`logical.end` included).
    pub fn caret_column(&self, byte: usize) -> Option<usize> {
        if byte < self.logical.start || byte > self.logical.end {
            return None;
        }
        let mut x = self.x;
        for c in &self.cells {
            if c.width > 0 && c.logical.start <= byte && byte < c.logical.end {
                return Some(x);
            }
            x += c.width;
        }
        // The byte is in a zero-width cell or at the end: use the next visible byte, else the end.
        let mut best: Option<(usize, usize)> = None; // (logical start, column)
        let mut x = self.x;
        for c in &self.cells {
            if c.width > 0
                && c.logical.start >= byte
                && best.is_none_or(|(s, _)| c.logical.start < s)
            {
                best = Some((c.logical.start, x));
            }
            x += c.width;
        }
        match best {
            Some((_, col)) => Some(col),
            None if self.rtl => Some(self.x.saturating_sub(1)),
            None => Some(self.end_x()),
        }
    }

    /// The text of the line as drawn from column 0: `x` spaces then the cells (no trailing spaces).
    pub fn to_plain_string(&self) -> String {
        let mut s = String::with_capacity(self.x + self.cells.len() * 3);
        s.extend(std::iter::repeat_n(' ', self.x));
        for c in &self.cells {
            s.push_str(&c.text);
        }
        let trimmed = s.trim_end_matches(' ').len();
        s.truncate(trimmed);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(width: usize, shaping: bool) -> LayoutOptions {
        LayoutOptions {
            width,
            shaping,
            ..LayoutOptions::default()
        }
    }

    fn drawn(line: &VisualLine) -> String {
        line.cells.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn lam_alef_is_one_cell_covering_both_letters() {
        let lines = lay_out("لا", &opts(10, true));
        assert_eq!(lines.len(), 1);
        let cells = &lines[0].cells;
        assert_eq!(cells.len(), 1);
        assert_eq!(cells[0].text, "\u{FEFB}");
        assert_eq!(cells[0].width, 1);
        assert_eq!(cells[0].logical, 0..4);
        assert_eq!(lines[0].x, 9, "flush right");
        // unshaped: two cells, two columns
        let lines = lay_out("لا", &opts(10, false));
        assert_eq!(lines[0].cells.len(), 2);
        assert_eq!(lines[0].width(), 2);
    }

    #[test]
    fn harakat_stay_in_the_cell_of_their_base_in_visual_order() {
        let lines = lay_out("بَت", &opts(10, false));
        let cells = &lines[0].cells;
        assert_eq!(cells.len(), 2);
        // right-to-left: ت is drawn first (leftmost), then ب with its fatha after it
        assert_eq!(cells[0].text, "ت");
        assert_eq!(cells[1].text, "بَ");
        assert_eq!(cells[1].width, 1);
        assert_eq!(cells[1].logical, 0..4);
    }

    #[test]
    fn brackets_and_guillemets_are_mirrored_in_rtl_runs_only() {
        let line = &lay_out("(أ) «ب» (x)", &opts(40, false))[0];
        assert_eq!(drawn(line), "(x) «ب» (أ)");
        let line = &lay_out("(x) «y»", &opts(40, false))[0];
        assert_eq!(drawn(line), "(x) «y»");
    }

    #[test]
    fn controls_are_visible_and_tabs_expand() {
        let line = &lay_out("a\u{1b}[2J\tb\u{9c}", &opts(40, false))[0];
        assert_eq!(drawn(line), "a␛[2J   b\u{FFFD}");
        assert_eq!(line.width(), 10);
    }

    #[test]
    fn soft_hyphen_is_drawn_as_itself_one_column_wide() {
        // libfribidi (the reference) keeps U+00AD, and terminals give it one column.
        let line = &lay_out("ab\u{AD}cd", &opts(40, false))[0];
        assert_eq!(drawn(line), "ab\u{AD}cd");
        assert_eq!(line.width(), 5);
        let line = &lay_out("كل\u{AD}مة", &opts(40, true))[0];
        assert_eq!(line.width(), 5);
        assert_eq!(line.x, 35, "flush right, the soft hyphen counted");
        // transparent to joining: the lam still joins the meem
        assert_eq!(drawn(line), "\u{FE94}\u{FEE4}\u{AD}\u{FEE0}\u{FEDB}");
    }

    #[test]
    fn trailing_space_at_a_break_is_not_drawn() {
        let lines = lay_out("abc def", &opts(4, false));
        assert_eq!(lines.len(), 2);
        assert_eq!(drawn(&lines[0]), "abc");
        assert_eq!(lines[0].logical, 0..4);
        assert_eq!(lines[1].logical, 4..7);
    }

    #[test]
    fn long_words_break_by_grapheme_and_short_ones_move_whole() {
        let lines = lay_out("ab abcdefgh", &opts(5, false));
        let texts: Vec<String> = lines.iter().map(drawn).collect();
        assert_eq!(texts, ["ab", "abcde", "fgh"]);
    }

    #[test]
    fn hit_tests_on_a_mixed_line() {
        // logical: "ab " (0..3) then Arabic "جد" (3..7); LTR paragraph
        let line = &lay_out("ab جد", &opts(20, false))[0];
        assert_eq!(drawn(line), "ab دج");
        assert_eq!(line.width(), 5);
        assert_eq!(
            line.cell_at(3).map(|i| line.cells[i].logical.clone()),
            Some(5..7)
        );
        assert_eq!(line.logical_at(4), Some(3..5));
        assert_eq!(line.columns_of(0..2), vec![0..2]);
        assert_eq!(line.columns_of(3..5), vec![4..5]);
        assert_eq!(line.columns_of(1..5), vec![1..3, 4..5]);
        assert_eq!(line.columns_of(1..2), vec![1..2]);
        assert_eq!(line.columns_of(3..7), vec![3..5]);
        assert_eq!(line.caret_column(3), Some(4));
        assert_eq!(line.caret_column(7), Some(5));
        assert_eq!(line.caret_column(8), None);
        assert_eq!(line.cell_at(5), None);
    }

    #[test]
    fn terminal_mode_keeps_logical_order_unshaped() {
        let o = LayoutOptions {
            bidi: BidiMode::Terminal,
            ..opts(20, true)
        };
        let line = &lay_out("(لا) ab", &o)[0];
        assert_eq!(drawn(line), "(لا) ab");
        assert!(line.rtl);
        assert_eq!(line.x, 0);
    }
}
