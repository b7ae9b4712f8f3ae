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

/// Paragraph direction: from the first strong character (UAX #9 P2–P3), or forced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Deserialize,
    serde::Serialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Auto,
    Rtl,
    Ltr,
}

/// Who reorders: the app (UAX #9 here) or the terminal (logical order printed).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Deserialize,
    serde::Serialize,
    clap::ValueEnum,
)]
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
/// PLACEHOLDER so that other parts can be built against the contract: logical order, hard wrap,
/// no shaping, no bidi. Replaced by the real engine.
pub fn lay_out(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let width = opts.width.max(1);
    let rtl = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| ('\u{0590}'..='\u{08FF}').contains(&c));
    let mut lines = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut start = 0;
    for (i, ch) in text.char_indices() {
        if cells.len() == width {
            let x = if rtl { 0 } else { 0 };
            lines.push(VisualLine {
                x,
                cells: std::mem::take(&mut cells),
                logical: start..i,
                rtl,
            });
            start = i;
        }
        let shown = if ch.is_control() { '\u{FFFD}' } else { ch };
        cells.push(Cell {
            text: shown.to_string(),
            width: 1,
            logical: i..i + ch.len_utf8(),
        });
    }
    let x = if rtl { width - cells.len() } else { 0 };
    lines.push(VisualLine {
        x,
        cells,
        logical: start..text.len(),
        rtl,
    });
    lines
}
