//! The headless reader: an article, its layout for a viewport, and everything the reader points
//! at in it — the top of the screen, the caret, the selection, the search, the entities and
//! quotations, the notes and the messages for the status line.
//!
//! No terminal here: the viewport is a width in columns and a height in rows, positions are
//! logical byte offsets of the document, and drawing is someone else's job (the `hamish` TUI, or
//! a test). The state changes only through [`Command`]s ([`Reader::apply`]) and the few methods
//! that deliver data from outside (analysis results, a new viewport, notes written in the editor);
//! everything else is read-only.
//!
//! The article is shown as a sequence of *blocks* (non-empty paragraphs; very long paragraphs are
//! cut into pieces so no single layout is huge), each followed by one blank row. Layout is
//! computed per block, only for blocks that are looked at, and cached for the current width. The
//! scroll position is a row inside a block; what survives a resize is the *logical* byte offset of
//! the text at the top.

mod caret;
mod command;
mod messages;
mod notes;
mod search;
mod spans;

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

pub use command::Command;
pub use messages::{Message, Messages};
pub use search::SearchState;
pub use spans::{Shown, kind_word};

use crate::document::Document;
use crate::layout::{LayoutOptions, VisualLine, lay_out};

/// How many blocks' layouts the cache keeps before dropping far-away ones.
const CACHE_BLOCKS: usize = 512;

/// A piece of the article laid out on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// A blank row follows (false between the pieces of one long paragraph, and at the end).
    pub gap_after: bool,
    /// The article's title (its first paragraph).
    pub title: bool,
}

/// A scroll position: a row of a block (`row == lines` is the blank row after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct RowPos {
    pub block: usize,
    pub row: usize,
}

/// What one row of the viewport shows.
#[derive(Debug, Clone)]
pub enum Row {
    Line {
        block: usize,
        /// Document byte offset where the block starts (add to `VisualLine` offsets).
        base: usize,
        line: usize,
        lines: Rc<Vec<VisualLine>>,
    },
    Blank,
}

impl Row {
    /// The visual line and the document offset its offsets are relative to.
    pub fn line(&self) -> Option<(usize, &VisualLine)> {
        match self {
            Row::Line {
                base, line, lines, ..
            } => lines.get(*line).map(|l| (*base, l)),
            Row::Blank => None,
        }
    }
}

#[derive(Debug, Default)]
struct LayoutCache {
    width: usize,
    blocks: HashMap<usize, Rc<Vec<VisualLine>>>,
}

/// Why there is no notebook when none was given (the program sets its own reason).
pub const NO_NOTES: &str = "notes need an article file";

/// The reader's state (see the module documentation).
pub struct Reader {
    doc: Arc<Document>,
    /// Shown in the status line.
    name: String,
    /// The article's file (none for the built-in sample or stdin).
    path: Option<PathBuf>,
    /// Shaping, direction and bidi mode; the width is the viewport's.
    layout: LayoutOptions,
    blocks: Vec<Block>,
    /// Text columns and rows the reader is shown in.
    viewport: (usize, usize),
    top: RowPos,
    /// Document byte offset of the text at the top row: kept across resizes.
    anchor: usize,
    caret: caret::CaretState,
    search: search::Search,
    spans: spans::Spans,
    notes: notes::Notes,
    messages: Messages,
    cache: RefCell<LayoutCache>,
}

impl Reader {
    /// A reader on `doc` showing the top of the article in an 80×24 viewport.
    pub fn new(doc: Arc<Document>, name: impl Into<String>, layout: LayoutOptions) -> Reader {
        let blocks = make_blocks(&doc);
        let mut r = Reader {
            doc,
            name: name.into(),
            path: None,
            layout,
            blocks,
            viewport: (80, 24),
            top: RowPos::default(),
            anchor: 0,
            caret: caret::CaretState::default(),
            search: search::Search::default(),
            spans: spans::Spans::default(),
            notes: notes::Notes::default(),
            messages: Messages::default(),
            cache: RefCell::new(LayoutCache::default()),
        };
        r.reset_caret_to_top();
        r
    }

    // ----- what the reader shows -------------------------------------------------------------

    pub fn doc(&self) -> &Arc<Document> {
        &self.doc
    }
    pub fn text(&self) -> &str {
        &self.doc.text
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }
    /// Names the article's file (where notes are kept beside).
    pub fn set_path(&mut self, path: Option<PathBuf>) {
        self.path = path;
    }
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }
    pub fn top(&self) -> RowPos {
        self.top
    }
    /// The document offset kept at the top of the screen across resizes.
    pub fn anchor(&self) -> usize {
        self.anchor
    }
    pub fn viewport(&self) -> (usize, usize) {
        self.viewport
    }
    /// The layout options (shaping, direction, bidi) without the width.
    pub fn layout_settings(&self) -> &LayoutOptions {
        &self.layout
    }

    // ----- viewport and layout --------------------------------------------------------------

    /// A new viewport (text columns × rows): reflow, keeping the same text at the top.
    pub fn set_viewport(&mut self, width: usize, height: usize) {
        let anchor = self.anchor;
        self.viewport = (width.max(1), height);
        let pos = self.pos_of(anchor);
        self.top = pos.min(self.max_top());
        // The anchor is left as it was (not moved to the start of the new top line), so that
        // resizing back and forth never drifts.
        self.keep_caret_on_screen();
    }

    /// Opens the article at document offset `offset` (a remembered reading position): that text
    /// at the top, the caret on its first word. Offsets past the end or inside a character are
    /// brought back to the nearest character start before them.
    pub fn restore_position(&mut self, offset: usize) {
        let mut o = offset.min(self.doc.text.len());
        while !self.doc.text.is_char_boundary(o) {
            o -= 1;
        }
        self.scroll_to_offset(o);
        self.anchor = o;
        self.reset_caret_to_top();
    }

    /// New layout options (shaping, direction, bidi): every layout is made again.
    pub fn set_layout(&mut self, layout: LayoutOptions) {
        self.layout = layout;
        self.cache.borrow_mut().blocks.clear();
        let anchor = self.anchor;
        self.top = self.pos_of(anchor).min(self.max_top());
    }

    fn rows_high(&self) -> usize {
        self.viewport.1
    }

    /// The layout options for the viewport.
    pub fn layout_options(&self) -> LayoutOptions {
        LayoutOptions {
            width: self.viewport.0.max(1),
            ..self.layout.clone()
        }
    }

    /// The visual lines of block `b` at the viewport's width (cached).
    pub fn lines(&self, b: usize) -> Rc<Vec<VisualLine>> {
        let opts = self.layout_options();
        let mut cache = self.cache.borrow_mut();
        if cache.width != opts.width {
            cache.blocks.clear();
            cache.width = opts.width;
        }
        if let Some(l) = cache.blocks.get(&b) {
            return l.clone();
        }
        if cache.blocks.len() >= CACHE_BLOCKS {
            cache.blocks.retain(|k, _| k.abs_diff(b) < CACHE_BLOCKS / 4);
        }
        let text = self
            .blocks
            .get(b)
            .map(|blk| &self.doc.text[blk.range.clone()])
            .unwrap_or("");
        let mut lines = lay_out(text, &opts);
        if lines.is_empty() {
            lines.push(VisualLine {
                x: 0,
                cells: Vec::new(),
                logical: 0..0,
                rtl: false,
            });
        }
        let lines = Rc::new(lines);
        cache.blocks.insert(b, lines.clone());
        lines
    }

    fn block_rows(&self, b: usize) -> usize {
        self.lines(b).len() + usize::from(self.blocks[b].gap_after)
    }

    /// The block holding document byte `offset` (the last block if past the end).
    pub fn block_at(&self, offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.range.start <= offset)
            .saturating_sub(1)
    }

    /// Whether block `b` reads right to left (as the layout engine decided).
    pub fn block_rtl(&self, b: usize) -> bool {
        self.lines(b).first().is_some_and(|l| l.rtl)
    }

    /// The position `n` rows after (or before, if negative) `pos`, clamped to the article.
    pub fn advance(&self, mut pos: RowPos, mut n: isize) -> RowPos {
        if self.blocks.is_empty() {
            return RowPos::default();
        }
        while n > 0 {
            let rows = self.block_rows(pos.block);
            let left = rows.saturating_sub(pos.row + 1);
            if (n as usize) <= left {
                pos.row += n as usize;
                break;
            }
            if pos.block + 1 >= self.blocks.len() {
                pos.row = rows.saturating_sub(1);
                break;
            }
            n -= left as isize + 1;
            pos = RowPos {
                block: pos.block + 1,
                row: 0,
            };
        }
        while n < 0 {
            if (-n as usize) <= pos.row {
                pos.row -= (-n) as usize;
                break;
            }
            if pos.block == 0 {
                pos.row = 0;
                break;
            }
            n += pos.row as isize + 1;
            let b = pos.block - 1;
            pos = RowPos {
                block: b,
                row: self.block_rows(b).saturating_sub(1),
            };
        }
        pos
    }

    /// The last row of the article.
    fn end_pos(&self) -> RowPos {
        match self.blocks.len() {
            0 => RowPos::default(),
            n => RowPos {
                block: n - 1,
                row: self.block_rows(n - 1).saturating_sub(1),
            },
        }
    }

    /// The lowest top row: the one that puts the article's last row at the bottom of the screen.
    pub fn max_top(&self) -> RowPos {
        let h = self.rows_high().max(1);
        self.advance(self.end_pos(), -(h as isize - 1))
    }

    /// The document offset shown at a row position.
    pub fn offset_of(&self, pos: RowPos) -> usize {
        let Some(blk) = self.blocks.get(pos.block) else {
            return 0;
        };
        let lines = self.lines(pos.block);
        match lines.get(pos.row) {
            Some(l) => blk.range.start + l.logical.start,
            None => blk.range.end,
        }
    }

    /// The row position showing document offset `offset`.
    pub fn pos_of(&self, offset: usize) -> RowPos {
        if self.blocks.is_empty() {
            return RowPos::default();
        }
        let b = self.block_at(offset);
        let blk = &self.blocks[b];
        let lines = self.lines(b);
        if offset >= blk.range.end && blk.range.end > blk.range.start {
            // the blank row after the block (or its last line if it has none)
            let row = if blk.gap_after {
                lines.len()
            } else {
                lines.len() - 1
            };
            return RowPos { block: b, row };
        }
        let rel = offset.saturating_sub(blk.range.start);
        let row = lines
            .iter()
            .rposition(|l| l.logical.start <= rel)
            .unwrap_or(0);
        RowPos { block: b, row }
    }

    fn set_top(&mut self, pos: RowPos) {
        let pos = pos.min(self.max_top());
        self.top = pos;
        self.anchor = self.offset_of(pos);
    }

    /// Puts the text at document offset `offset` on the top row (clamped at the end).
    fn scroll_to_offset(&mut self, offset: usize) {
        let pos = self.pos_of(offset);
        self.set_top(pos);
    }

    /// Scrolls by `n` rows, keeping the caret on screen.
    fn scroll(&mut self, n: isize) {
        let t = self.advance(self.top, n);
        self.set_top(t);
        self.keep_caret_on_screen();
    }

    /// Rows a page turn moves (two rows of the previous page stay in view).
    pub fn page_rows(&self) -> isize {
        (self.rows_high() as isize - 2).max(1)
    }

    /// The rows the viewport shows now.
    pub fn visible_rows(&self) -> Vec<Row> {
        let h = self.rows_high();
        let mut rows = Vec::with_capacity(h);
        let mut pos = self.top;
        if self.blocks.is_empty() {
            return rows;
        }
        while rows.len() < h && pos.block < self.blocks.len() {
            let lines = self.lines(pos.block);
            let base = self.blocks[pos.block].range.start;
            if pos.row < lines.len() {
                rows.push(Row::Line {
                    block: pos.block,
                    base,
                    line: pos.row,
                    lines: lines.clone(),
                });
                pos.row += 1;
            } else {
                if self.blocks[pos.block].gap_after && pos.row == lines.len() {
                    rows.push(Row::Blank);
                }
                pos = RowPos {
                    block: pos.block + 1,
                    row: 0,
                };
            }
        }
        rows
    }

    /// The document byte range the viewport shows.
    pub fn visible_range(&self) -> Range<usize> {
        let rows = self.visible_rows();
        let start = self.offset_of(self.top);
        let end = rows
            .iter()
            .rev()
            .find_map(|r| r.line().map(|(base, l)| base + l.logical.end))
            .unwrap_or(start);
        start..end.max(start)
    }

    /// Reading progress in percent, from the byte offset at the bottom of the screen.
    pub fn percent(&self) -> usize {
        let len = self.doc.text.len();
        if len == 0 || self.top >= self.max_top() {
            return 100;
        }
        (self.visible_range().end * 100 / len).min(100)
    }

    /// Which paragraph the top of the screen is in, and how many there are (`¶ 5/16`): blocks cut
    /// from one long paragraph count once, and a screen that shows the end is at the last one
    /// (as the percentage is then 100).
    pub fn paragraph_position(&self) -> (usize, usize) {
        let starts = |upto: usize| {
            self.blocks[..upto]
                .iter()
                .enumerate()
                .filter(|(i, _)| *i == 0 || self.blocks[i - 1].gap_after)
                .count()
        };
        let total = starts(self.blocks.len());
        if self.top >= self.max_top() && self.top > RowPos::default() {
            return (total, total);
        }
        let here = starts((self.top.block + 1).min(self.blocks.len()));
        (here.max(usize::from(total > 0)), total)
    }

    /// The document offset under a viewport cell (column and row inside the text area), if it
    /// shows article text.
    pub fn hit_test(&self, col: usize, row: usize) -> Option<usize> {
        let rows = self.visible_rows();
        let (base, vl) = rows.get(row)?.line()?;
        let mut x = vl.x;
        for cell in &vl.cells {
            if col >= x && col < x + cell.width.max(1) && cell.width > 0 {
                return Some(base + cell.logical.start);
            }
            x += cell.width;
        }
        None
    }

    /// The document offset nearest a viewport cell, for dragging a selection: the row is clamped
    /// to the viewport, a position beside a line's text takes the nearest cell (left of a
    /// right-to-left line is its logical end), and a blank row between paragraphs takes the end
    /// of the line above it (the start of the line below when it is the top row).
    pub fn hit_test_nearest(&self, col: usize, row: usize) -> Option<usize> {
        if self.rows_high() == 0 {
            return None;
        }
        let rows = self.visible_rows();
        let r = row
            .min(self.rows_high() - 1)
            .min(rows.len().checked_sub(1)?);
        let line_at = |i: usize| {
            rows.get(i)
                .and_then(|r| r.line())
                .map(|(b, l)| (b, l.clone()))
        };
        let (base, vl) = match line_at(r) {
            Some(found) => found,
            None => {
                return match (0..r).rev().find_map(line_at) {
                    // the end of the line above: its logical last cell
                    Some((base, vl)) => vl
                        .cells
                        .iter()
                        .filter(|c| c.width > 0)
                        .map(|c| base + c.logical.start)
                        .max(),
                    None => {
                        let (base, vl) = (r + 1..rows.len()).find_map(line_at)?;
                        vl.cells
                            .iter()
                            .filter(|c| c.width > 0)
                            .map(|c| base + c.logical.start)
                            .min()
                    }
                };
            }
        };
        nearest_cell(&vl, base, col)
    }

    // ----- messages ------------------------------------------------------------------------

    /// The status-line message and the session's log.
    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// Shows an informative message in the status line (until the next key).
    pub fn say(&mut self, text: impl Into<String>) {
        self.messages.push(text.into(), false);
    }

    /// Shows an error in the status line (until the next key).
    pub fn error(&mut self, text: impl Into<String>) {
        self.messages.push(text.into(), true);
    }

    /// The next key clears the status line's message (the log keeps it).
    pub fn clear_message(&mut self) -> bool {
        self.messages.clear_current()
    }
}

/// The document offset of the cell of `vl` nearest column `col` (`base` is where the line's block
/// starts); `None` for a line without visible cells.
pub(crate) fn nearest_cell(vl: &VisualLine, base: usize, col: usize) -> Option<usize> {
    let mut x = vl.x;
    let mut best: Option<(usize, usize)> = None;
    for cell in &vl.cells {
        if cell.width > 0 {
            let d = if col < x {
                x - col
            } else {
                col.saturating_sub(x + cell.width - 1)
            };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, base + cell.logical.start));
            }
        }
        x += cell.width;
    }
    best.map(|(_, off)| off)
}

/// Splits the document into display blocks: non-empty paragraphs, long ones cut at spaces.
pub fn make_blocks(doc: &Document) -> Vec<Block> {
    let mut blocks = Vec::new();
    let text = doc.text.as_str();
    let title = doc.title_paragraph();
    for (pi, r) in doc.paragraphs.iter().enumerate() {
        if text[r.clone()].trim().is_empty() {
            continue;
        }
        // long paragraphs in blocks, as `render` cuts them
        let first_block = blocks.len();
        let mut pieces = crate::layout::block_ranges(text, r.clone()).peekable();
        while let Some(range) = pieces.next() {
            blocks.push(Block {
                range,
                gap_after: pieces.peek().is_none(),
                title: false,
            });
        }
        // the title paragraph (a text file's first line, an HTML or Markdown article's title),
        // when it fits in one block
        if title == Some(pi) && blocks.len() == first_block + 1 {
            blocks[first_block].title = true;
        }
    }
    if let Some(last) = blocks.last_mut() {
        last.gap_after = false;
    }
    blocks
}

#[cfg(test)]
mod tests;
