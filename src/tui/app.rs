//! The reader's state and `update`: everything here runs without a terminal, so tests drive it
//! with key sequences and render it with ratatui's `TestBackend`.
//!
//! The article is shown as a sequence of *blocks* (non-empty paragraphs; very long paragraphs
//! are cut into pieces so no single layout is huge), each followed by one blank row. Layout is
//! computed per block, only for blocks that are looked at, and cached for the current width.
//! The scroll position is a row inside a block; what survives a resize is the *logical* byte
//! offset of the text at the top.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;

use super::action::Action;
use super::clipboard::ClipboardWriter;
use super::editor::NoteEditor;
use super::keymap::Keymap;
use super::panel::{ListPanel, PanelKind, PanelResult};
use super::search;
use crate::analysis::{Kind, Span};
use crate::config::DEFAULT_TEXT_WIDTH;
use crate::document::Document;
use crate::layout::{LayoutOptions, VisualLine, lay_out};
use crate::notes::Notebook;
use crate::theme::Theme;

/// Paragraphs longer than this are shown as several blocks (cut at a space).
const MAX_BLOCK: usize = 32 * 1024;
/// How many blocks' layouts the cache keeps before dropping far-away ones.
const CACHE_BLOCKS: usize = 512;
/// Rows the mouse wheel scrolls.
pub const WHEEL_ROWS: i32 = 3;

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

/// What one screen row of the text area shows.
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

/// How the reader lays out text (from config and the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Widest text column.
    pub text_width: usize,
    /// Shaping, direction and bidi mode (its `width` is set per screen).
    pub layout: LayoutOptions,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_width: DEFAULT_TEXT_WIDTH,
            layout: LayoutOptions::default(),
        }
    }
}

/// The screen's parts for a terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub screen: Rect,
    /// The text column.
    pub text: Rect,
    pub status: Rect,
}

impl Geometry {
    pub fn new(width: u16, height: u16, text_width: usize) -> Geometry {
        let screen = Rect::new(0, 0, width, height);
        let status_h = u16::from(height >= 2);
        let top_pad = u16::from(height >= 8);
        let tw = (text_width.min(u16::MAX as usize) as u16).max(1);
        let (x, w) = if width >= tw + 4 {
            ((width - tw) / 2, tw)
        } else if width > 12 {
            (1, width - 2)
        } else {
            (0, width)
        };
        let text = Rect::new(x, top_pad, w, height.saturating_sub(status_h + top_pad));
        let status = Rect::new(0, height.saturating_sub(status_h), width, status_h);
        Geometry {
            screen,
            text,
            status,
        }
    }
}

/// The search state: query, hits (document byte ranges, sorted) and the current hit.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Range<usize>>,
    pub current: Option<usize>,
}

/// What the search prompt puts back when cancelled.
#[derive(Debug, Clone)]
struct SavedView {
    search: SearchState,
    anchor: usize,
    caret: Option<Range<usize>>,
}

/// Articles up to this size are searched at every key typed into the prompt.
const INCREMENTAL_SEARCH_MAX: usize = 2 * 1024 * 1024;

/// A one-line prompt at the bottom (the search box).
#[derive(Debug, Clone, Default)]
pub struct Prompt {
    pub text: String,
}

/// Which kinds of highlight are shown (keys 1–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub persons: bool,
    pub places: bool,
    pub organizations: bool,
    pub quotes: bool,
}

impl Default for Shown {
    fn default() -> Self {
        Shown {
            persons: true,
            places: true,
            organizations: true,
            quotes: true,
        }
    }
}

impl Shown {
    pub fn shows(&self, kind: Kind) -> bool {
        match kind {
            Kind::Person => self.persons,
            Kind::Place => self.places,
            Kind::Organization => self.organizations,
            Kind::Quote => self.quotes,
            Kind::Misc => true,
        }
    }
}

#[derive(Debug, Default)]
struct LayoutCache {
    width: usize,
    blocks: HashMap<usize, Rc<Vec<VisualLine>>>,
}

/// A status-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// What the open note editor writes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteTarget {
    /// A new note on this passage (document bytes).
    New(Range<usize>),
    /// The note with this id.
    Edit(String),
}

/// The note editor popup and what it is for.
#[derive(Debug, Clone)]
pub struct NoteEditing {
    pub editor: NoteEditor,
    pub target: NoteTarget,
}

/// A yes/no question in the status line; the next key answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    DeleteNote(String),
}

/// Why there is no notebook when none was given (the reader sets its own reason).
pub const NO_NOTES: &str = "notes need an article file";

pub struct App {
    pub doc: Arc<Document>,
    /// Shown in the status line.
    pub name: String,
    /// The article's file (none for the built-in sample or stdin).
    pub path: Option<PathBuf>,
    pub settings: Settings,
    pub theme: Theme,
    /// Themes `t` cycles through, and where user themes live.
    pub theme_names: Vec<String>,
    pub theme_dir: Option<PathBuf>,
    pub no_color: bool,
    pub keymap: Keymap,
    pub blocks: Vec<Block>,
    pub size: (u16, u16),
    pub top: RowPos,
    /// Document byte offset of the text at the top row: kept across resizes.
    pub anchor: usize,
    /// The current word (document bytes).
    pub caret: Option<Range<usize>>,
    /// The selected passage (document bytes, logical order), drawn with scope `selection`.
    pub selection: Option<Range<usize>>,
    pub search: SearchState,
    pub prompt: Option<Prompt>,
    search_saved: Option<SavedView>,
    pub help: bool,
    /// First row of the help overlay shown, when it does not fit the screen.
    pub help_scroll: usize,
    /// A list panel over the text (entities), taking keys first while open.
    pub panel: Option<ListPanel>,
    last_panel_selection: Option<String>,
    /// Offsets of the mentions of the name last chosen in the entity panel (for Enter).
    mention_targets: Vec<usize>,
    pub message: Option<Message>,
    /// Entities and quotations (document bytes, sorted by start); empty until analysis arrives.
    pub spans: Vec<Span>,
    /// Indices of the quotations in `spans`, sorted by end.
    quote_index: Vec<usize>,
    pub analysis_ready: bool,
    pub shown: Shown,
    pub notebook: Option<Notebook>,
    /// Why `notebook` is `None` (said when a note key is pressed).
    pub notes_off: String,
    /// While selecting with `v`: the word the selection started on.
    pub select_from: Option<Range<usize>>,
    /// Where the left mouse button went down (document offset), for drag selection.
    pub drag_from: Option<usize>,
    /// The note editor, when open (it takes every key and paste).
    pub editing: Option<NoteEditing>,
    /// A y/n question awaiting its answer.
    pub confirm: Option<Confirm>,
    /// Where `y` sends the OSC 52 sequence (`None`: no terminal to send it to).
    pub clipboard: Option<ClipboardWriter>,
    pub quit: bool,
    /// Something changed since the last draw.
    pub dirty: bool,
    cache: RefCell<LayoutCache>,
}

impl App {
    /// A reader on `doc` showing the top of the article, with the default theme and keys.
    pub fn new(doc: Arc<Document>, name: impl Into<String>, settings: Settings) -> App {
        let blocks = make_blocks(&doc);
        let mut app = App {
            doc,
            name: name.into(),
            path: None,
            settings,
            theme: Theme::default_theme(),
            theme_names: Theme::available(None),
            theme_dir: None,
            no_color: false,
            keymap: Keymap::default(),
            blocks,
            size: (80, 24),
            top: RowPos::default(),
            anchor: 0,
            caret: None,
            selection: None,
            search: SearchState::default(),
            prompt: None,
            search_saved: None,
            help: false,
            help_scroll: 0,
            panel: None,
            last_panel_selection: None,
            mention_targets: Vec::new(),
            message: None,
            spans: Vec::new(),
            quote_index: Vec::new(),
            analysis_ready: false,
            shown: Shown::default(),
            notebook: None,
            notes_off: NO_NOTES.to_owned(),
            select_from: None,
            drag_from: None,
            editing: None,
            confirm: None,
            clipboard: None,
            quit: false,
            dirty: true,
            cache: RefCell::new(LayoutCache::default()),
        };
        app.reset_caret_to_top();
        app
    }

    // ----- geometry and layout -------------------------------------------------------------

    pub fn geometry(&self) -> Geometry {
        Geometry::new(self.size.0, self.size.1, self.settings.text_width)
    }

    fn text_rows(&self) -> usize {
        self.geometry().text.height as usize
    }

    /// The layout options for the current text column.
    pub fn layout_options(&self) -> LayoutOptions {
        LayoutOptions {
            width: (self.geometry().text.width as usize).max(1),
            ..self.settings.layout.clone()
        }
    }

    /// The visual lines of block `b` at the current width (cached).
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

    /// Forgets all layouts (after a change of options).
    pub fn invalidate_layout(&mut self) {
        self.cache.borrow_mut().blocks.clear();
        self.dirty = true;
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
        let h = self.text_rows().max(1);
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
        let max = self.max_top();
        let pos = pos.min(max);
        if pos != self.top {
            self.dirty = true;
        }
        self.top = pos;
        self.anchor = self.offset_of(pos);
    }

    /// Puts the text at document offset `offset` on the top row (clamped at the end).
    pub fn scroll_to_offset(&mut self, offset: usize) {
        let pos = self.pos_of(offset);
        self.set_top(pos);
    }

    /// The rows the text area shows now.
    pub fn visible_rows(&self) -> Vec<Row> {
        let h = self.text_rows();
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

    /// The document byte range the screen shows.
    pub fn visible_range(&self) -> Range<usize> {
        let rows = self.visible_rows();
        let start = self.offset_of(self.top);
        let end = rows
            .iter()
            .rev()
            .find_map(|r| match r {
                Row::Line {
                    base, line, lines, ..
                } => Some(base + lines[*line].logical.end),
                Row::Blank => None,
            })
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

    /// The document offset under a screen position, if it shows article text.
    pub fn hit_test(&self, col: u16, row: u16) -> Option<usize> {
        let g = self.geometry();
        if row < g.text.y || row >= g.text.y + g.text.height {
            return None;
        }
        let rows = self.visible_rows();
        let Some(Row::Line {
            base, line, lines, ..
        }) = rows.get((row - g.text.y) as usize)
        else {
            return None;
        };
        let vl = &lines[*line];
        let mut x = g.text.x as usize + vl.x;
        let col = col as usize;
        for cell in &vl.cells {
            if col >= x && col < x + cell.width.max(1) && cell.width > 0 {
                return Some(base + cell.logical.start);
            }
            x += cell.width;
        }
        None
    }

    /// The document offset nearest a screen position, for dragging a selection: the row is
    /// clamped to the text area, a position beside a line's text takes the nearest cell (left of
    /// a right-to-left line is its logical end), and a blank row between paragraphs takes the
    /// end of the line above it (the start of the line below when it is the top row).
    pub fn hit_test_nearest(&self, col: u16, row: u16) -> Option<usize> {
        let g = self.geometry();
        if g.text.height == 0 {
            return None;
        }
        let rows = self.visible_rows();
        let r = (row.clamp(g.text.y, g.text.y + g.text.height - 1) - g.text.y) as usize;
        let r = r.min(rows.len().checked_sub(1)?);
        let line_at = |i: usize| match rows.get(i) {
            Some(Row::Line {
                base, line, lines, ..
            }) => Some((*base, lines[*line].clone())),
            _ => None,
        };
        let (base, vl, col) = match line_at(r) {
            Some((base, vl)) => (base, vl, col as usize),
            None => match (0..r).rev().find_map(line_at) {
                // the end of the line above: its logical last cell
                Some((base, vl)) => {
                    let last = vl
                        .cells
                        .iter()
                        .filter(|c| c.width > 0)
                        .map(|c| c.logical.start)
                        .max()?;
                    return Some(base + last);
                }
                None => {
                    let (base, vl) = (r + 1..rows.len()).find_map(line_at)?;
                    let first = vl
                        .cells
                        .iter()
                        .filter(|c| c.width > 0)
                        .map(|c| c.logical.start)
                        .min()?;
                    return Some(base + first);
                }
            },
        };
        let mut x = g.text.x as usize + vl.x;
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

    // ----- words and sentences -------------------------------------------------------------

    /// Words of block `b` (document bytes): runs with a letter or digit.
    pub fn words(&self, b: usize) -> Vec<Range<usize>> {
        let Some(blk) = self.blocks.get(b) else {
            return Vec::new();
        };
        let base = blk.range.start;
        self.doc.text[blk.range.clone()]
            .unicode_word_indices()
            .map(|(i, w)| base + i..base + i + w.len())
            .collect()
    }

    /// The first word starting at or after `offset` (searching forward through blocks).
    pub(super) fn word_at_or_after(&self, offset: usize) -> Option<Range<usize>> {
        let mut b = self.block_at(offset);
        while b < self.blocks.len() {
            if let Some(w) = self.words(b).into_iter().find(|w| w.end > offset) {
                return Some(w);
            }
            b += 1;
        }
        None
    }

    /// The first word starting at or after `offset`.
    fn word_starting_from(&self, offset: usize) -> Option<Range<usize>> {
        let mut b = self.block_at(offset);
        while b < self.blocks.len() {
            if let Some(w) = self.words(b).into_iter().find(|w| w.start >= offset) {
                return Some(w);
            }
            b += 1;
        }
        None
    }

    /// The last word starting before `offset`.
    fn word_before(&self, offset: usize) -> Option<Range<usize>> {
        let mut b = self.block_at(offset) as isize;
        while b >= 0 {
            if let Some(w) = self
                .words(b as usize)
                .into_iter()
                .rev()
                .find(|w| w.start < offset)
            {
                return Some(w);
            }
            b -= 1;
        }
        None
    }

    /// Starts of sentences in block `b` (document bytes, at their first word).
    fn sentence_starts(&self, b: usize) -> Vec<usize> {
        let Some(blk) = self.blocks.get(b) else {
            return Vec::new();
        };
        let base = blk.range.start;
        let text = &self.doc.text[blk.range.clone()];
        let words = self.words(b);
        let mut out = Vec::new();
        for (i, s) in text.split_sentence_bound_indices() {
            let (s0, s1) = (base + i, base + i + s.len());
            if let Some(w) = words.iter().find(|w| w.start >= s0 && w.start < s1) {
                out.push(w.start);
            }
        }
        out
    }

    /// Whether block `b` reads right to left (as the layout engine decided).
    pub fn block_rtl(&self, b: usize) -> bool {
        self.lines(b).first().is_some_and(|l| l.rtl)
    }

    fn reset_caret_to_top(&mut self) {
        self.caret = self.word_at_or_after(self.anchor);
    }

    /// Moves the caret to the word holding or following `offset` and scrolls it into view.
    pub fn set_caret_at(&mut self, offset: usize) {
        if let Some(w) = self
            .word_at_or_after(offset)
            .or_else(|| self.word_before(offset))
        {
            self.caret = Some(w);
            self.follow_caret();
            self.dirty = true;
        }
    }

    /// Scrolls the least needed to show the caret.
    pub fn follow_caret(&mut self) {
        let Some(c) = self.caret.clone() else { return };
        let pos = self.pos_of(c.start);
        let h = self.text_rows().max(1) as isize;
        if pos < self.top {
            self.set_top(pos);
        } else {
            let bottom = self.advance(self.top, h - 1);
            if pos > bottom {
                let t = self.advance(pos, -(h - 1));
                self.set_top(t);
            }
        }
    }

    /// After scrolling: keep the caret on screen (first word if it fell off the top, last if it
    /// fell off the bottom).
    fn keep_caret_on_screen(&mut self) {
        let vis = self.visible_range();
        match self.caret.clone() {
            Some(c) if c.start >= vis.start && c.start < vis.end.max(vis.start + 1) => {}
            Some(c) if c.start >= vis.end => {
                self.caret = self
                    .word_before(vis.end)
                    .filter(|w| w.start >= vis.start)
                    .or_else(|| self.word_at_or_after(vis.start));
            }
            _ => {
                self.caret = self
                    .word_starting_from(vis.start)
                    .filter(|w| w.start < vis.end)
                    .or_else(|| self.word_at_or_after(vis.start))
            }
        }
    }

    fn caret_step(&mut self, forward: bool) {
        let from = self.caret.clone().unwrap_or(self.anchor..self.anchor);
        let next = if forward {
            self.word_at_or_after(from.end)
        } else {
            self.word_before(from.start)
        };
        if let Some(w) = next {
            self.caret = Some(w);
            self.follow_caret();
            self.dirty = true;
        }
    }

    fn sentence_step(&mut self, forward: bool) {
        let at = self.caret.as_ref().map_or(self.anchor, |c| c.start);
        let mut b = self.block_at(at);
        let target = if forward {
            loop {
                if b >= self.blocks.len() {
                    break None;
                }
                if let Some(s) = self.sentence_starts(b).into_iter().find(|&s| s > at) {
                    break Some(s);
                }
                b += 1;
            }
        } else {
            loop {
                if let Some(s) = self.sentence_starts(b).into_iter().rev().find(|&s| s < at) {
                    break Some(s);
                }
                if b == 0 {
                    break None;
                }
                b -= 1;
            }
        };
        if let Some(t) = target {
            self.set_caret_at(t);
        }
    }

    // ----- spans (entities, quotations) -----------------------------------------------------

    /// Takes the analysis results (document bytes, sorted by start).
    pub fn set_spans(&mut self, spans: Vec<Span>) {
        self.spans.clear();
        self.add_spans(spans, true);
    }

    /// Adds one piece of the analysis results (the background analysis delivers a big file in
    /// pieces, top first); `done` says it was the last piece.
    pub fn add_spans(&mut self, more: Vec<Span>, done: bool) {
        let len = self.doc.text.len();
        let mut spans = std::mem::take(&mut self.spans);
        spans.extend(
            more.into_iter()
                .filter(|s| s.range.start < s.range.end && s.range.end <= len),
        );
        let key = |s: &Span| (s.range.start, s.range.end);
        // pieces arrive in document order: usually nothing to sort
        if !spans.is_sorted_by_key(key) {
            spans.sort_by_key(key);
        }
        if done {
            spans.shrink_to_fit();
        }
        self.quote_index = (0..spans.len())
            .filter(|&i| spans[i].kind == Kind::Quote)
            .collect();
        // quotations do not nest; keep the index sorted by end for the search in `spans_in`
        self.quote_index.sort_by_key(|&i| spans[i].range.end);
        self.spans = spans;
        self.analysis_ready |= done;
        self.dirty = true;
    }

    /// Spans overlapping `r`, in start order.
    pub fn spans_in(&self, r: Range<usize>) -> Vec<&Span> {
        let mut out: Vec<&Span> = Vec::new();
        // Quotations can be long (many entities inside): they have their own index, by end.
        let q = self
            .quote_index
            .partition_point(|&i| self.spans[i].range.end <= r.start);
        for &i in &self.quote_index[q..] {
            let s = &self.spans[i];
            if s.range.start >= r.end {
                break;
            }
            if s.range.end > r.start {
                out.push(s);
            }
        }
        // Names are short: look back a bounded way from the first one starting in `r`.
        let first = self.spans.partition_point(|s| s.range.start < r.start);
        for s in self.spans[first.saturating_sub(64)..]
            .iter()
            .take_while(|s| s.range.start < r.end)
        {
            if s.kind != Kind::Quote && s.range.end > r.start {
                out.push(s);
            }
        }
        out.sort_by_key(|s| (s.range.start, s.range.end));
        out
    }

    /// The quotation the caret is in, if any.
    pub fn caret_quote(&self) -> Option<&Span> {
        let c = self.caret.as_ref()?;
        self.spans_in(c.start..c.start + 1)
            .into_iter()
            .find(|s| s.kind == Kind::Quote)
    }

    fn entity_step(&mut self, forward: bool) {
        let at = self.caret.as_ref().map_or(self.anchor, |c| c.start);
        let shown = self.shown;
        let here = self.caret.clone();
        // a span whose first word is the caret's word would not move it: skip those
        let moves = |s: &&Span| {
            shown.shows(s.kind) && self.word_at_or_after(s.range.start).as_ref() != here.as_ref()
        };
        let found = if forward {
            let i = self.spans.partition_point(|s| s.range.start <= at);
            self.spans[i..].iter().find(moves)
        } else {
            let i = self.spans.partition_point(|s| s.range.start < at);
            self.spans[..i].iter().rev().find(moves)
        };
        match found.map(|s| s.range.start) {
            Some(start) => self.set_caret_at(start),
            None => {
                let msg = if !self.analysis_ready {
                    "entities are still being found…"
                } else if forward {
                    "no more entities below"
                } else {
                    "no more entities above"
                };
                self.say(msg);
            }
        }
    }

    // ----- search ----------------------------------------------------------------------------

    /// Searches the whole article for `query` (Arabic-aware) and jumps to the first hit after
    /// the caret.
    pub fn run_search(&mut self, query: &str) {
        self.search = SearchState {
            query: query.to_owned(),
            ..SearchState::default()
        };
        self.dirty = true;
        if !search::is_searchable(query) {
            return;
        }
        self.search.hits = self.find_hits(query);
        if self.search.hits.is_empty() {
            self.error(format!("not found: {query}"));
            return;
        }
        let at = self.caret.as_ref().map_or(self.anchor, |c| c.start);
        let i = self.search.hits.partition_point(|h| h.start < at);
        self.go_to_hit(if i < self.search.hits.len() { i } else { 0 });
    }

    /// Every match of `query` in the article (document bytes, in order).
    pub fn find_hits(&self, query: &str) -> Vec<Range<usize>> {
        let mut hits = Vec::new();
        if !search::is_searchable(query) {
            return hits;
        }
        for blk in &self.blocks {
            let base = blk.range.start;
            hits.extend(
                search::find_all(&self.doc.text[blk.range.clone()], query)
                    .into_iter()
                    .map(|r| base + r.start..base + r.end),
            );
        }
        hits
    }

    fn go_to_hit(&mut self, i: usize) {
        let Some(h) = self.search.hits.get(i).cloned() else {
            return;
        };
        self.search.current = Some(i);
        self.caret = self
            .word_at_or_after(h.start)
            .filter(|w| w.start <= h.start)
            .or(Some(h));
        self.follow_caret();
        self.dirty = true;
    }

    fn search_step(&mut self, forward: bool) {
        let n = self.search.hits.len();
        if n == 0 {
            self.say(if self.search.query.is_empty() {
                "no search yet: press / to search"
            } else {
                "no matches"
            });
            return;
        }
        let i = match (self.search.current, forward) {
            (Some(i), true) => {
                if i + 1 == n {
                    self.say("search wrapped to the top");
                }
                (i + 1) % n
            }
            (Some(i), false) => {
                if i == 0 {
                    self.say("search wrapped to the bottom");
                }
                (i + n - 1) % n
            }
            (None, _) => 0,
        };
        self.go_to_hit(i);
    }

    // ----- themes and messages ---------------------------------------------------------------

    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = if self.no_color {
            theme.without_colors()
        } else {
            theme
        };
        self.dirty = true;
    }

    fn cycle_theme(&mut self) {
        if self.theme_names.is_empty() {
            return;
        }
        let i = self
            .theme_names
            .iter()
            .position(|n| *n == self.theme.name)
            .map_or(0, |i| (i + 1) % self.theme_names.len());
        let name = self.theme_names[i].clone();
        match Theme::load(&name, self.theme_dir.as_deref()) {
            Ok(t) => {
                self.set_theme(t);
                if self.no_color {
                    // only the attributes change: say why the colours do not
                    self.say(format!("theme: {name} (no colours: NO_COLOR is set)"));
                } else {
                    self.say(format!("theme: {name}"));
                }
            }
            Err(e) => {
                // keep cycling past a broken user theme next time
                self.theme.name = name;
                self.error(e.to_string());
            }
        }
    }

    /// Shows an informative message in the status line (until the next key).
    pub fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
        self.dirty = true;
    }

    /// Shows an error in the status line (until the next key).
    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
        self.dirty = true;
    }

    // ----- events and actions ----------------------------------------------------------------

    /// Turns a terminal event into state changes (prompt typing, or an action).
    pub fn handle_event(&mut self, ev: &Event) {
        if let Some(ed) = self.editing.as_mut() {
            match ev {
                Event::Key(k) if k.kind != KeyEventKind::Release => self.handle_key(k),
                Event::Paste(text) => {
                    ed.editor.handle_paste(text);
                    self.dirty = true;
                }
                Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                    let area = self.editor_area();
                    if let Some(ed) = self.editing.as_mut() {
                        ed.editor.click(area, m.column, m.row);
                    }
                    self.dirty = true;
                }
                Event::Resize(w, h) => update(self, Action::Resize(*w, *h)),
                _ => {}
            }
            return;
        }
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.handle_key(k),
            Event::Paste(text) => {
                if let Some(p) = self.prompt.as_mut() {
                    // a search pasted into the prompt: one line, no control characters
                    p.text.extend(
                        text.chars()
                            .map(|c| if c.is_whitespace() { ' ' } else { c })
                            .filter(|c| !c.is_control()),
                    );
                    self.preview_search();
                    self.dirty = true;
                }
            }
            Event::Mouse(m) if self.panel.is_some() && self.panel_mouse(m) => {}
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown => update(self, Action::Scroll(WHEEL_ROWS)),
                MouseEventKind::ScrollUp => update(self, Action::Scroll(-WHEEL_ROWS)),
                MouseEventKind::Down(MouseButton::Left) => {
                    update(self, Action::Click(m.column, m.row))
                }
                MouseEventKind::Drag(MouseButton::Left) => {
                    update(self, Action::Drag(m.column, m.row))
                }
                MouseEventKind::Up(MouseButton::Left) => self.drag_from = None,
                _ => {}
            },
            Event::Resize(w, h) => update(self, Action::Resize(*w, *h)),
            _ => {}
        }
    }

    pub fn handle_key(&mut self, k: &KeyEvent) {
        self.key(k);
        // searches, panel jumps … move the caret outside `update` too
        self.extend_selection();
    }

    /// While selecting with `v`: whatever moved the caret moved the selection's free end.
    pub fn extend_selection(&mut self) {
        if let (Some(from), Some(c)) = (self.select_from.clone(), self.caret.clone()) {
            let sel = from.start.min(c.start)..from.end.max(c.end);
            if self.selection.as_ref() != Some(&sel) {
                self.selection = Some(sel);
                self.dirty = true;
            }
        }
    }

    fn key(&mut self, k: &KeyEvent) {
        if self.editing.is_some() {
            self.editor_key(k);
            return;
        }
        if let Some(q) = self.confirm.take() {
            self.answer(q, k);
            return;
        }
        if self.prompt.is_some() {
            self.prompt_key(k);
            return;
        }
        if self.message.take().is_some() {
            self.dirty = true;
        }
        if self.panel.is_some() {
            self.panel_key(k);
            return;
        }
        let action = self.keymap.action_for(k);
        if self.help {
            // the help takes the keys: scrolling keys scroll it, any other key closes it (and
            // only closes it: `j` must not move the text hidden behind the help)
            let step: isize = match action {
                Some(Action::LineDown) => 1,
                Some(Action::LineUp) => -1,
                Some(Action::PageDown | Action::HalfPageDown) => 8,
                Some(Action::PageUp | Action::HalfPageUp) => -8,
                _ => 0,
            };
            if step == 0 || !self.scroll_help(step) {
                self.help = false;
                self.dirty = true;
            }
            return;
        }
        if let Some(a) = action {
            update(self, a);
        }
    }

    /// Scrolls the help overlay by `n` rows; false when it fits the screen (nothing to scroll).
    pub fn scroll_help(&mut self, n: isize) -> bool {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        let over = super::view::HelpLayout::new(self, area).overflow();
        if over == 0 {
            return false;
        }
        self.help_scroll = self
            .help_scroll
            .min(over)
            .saturating_add_signed(n)
            .min(over);
        self.dirty = true;
        true
    }

    /// The mouse over an open list panel: the wheel moves its selection, a click selects an
    /// entry and a click on the selected entry acts as Enter. A click elsewhere closes the
    /// panel and is then handled as usual (returns false).
    fn panel_mouse(&mut self, m: &crossterm::event::MouseEvent) -> bool {
        let screen = Rect::new(0, 0, self.size.0, self.size.1);
        let Some(rect) = super::view::panel_rect(screen, self.geometry().status.height) else {
            return false;
        };
        let inside = m.column >= rect.x
            && m.column < rect.right()
            && m.row >= rect.y
            && m.row < rect.bottom();
        let Some(panel) = self.panel.as_mut() else {
            return false;
        };
        match m.kind {
            MouseEventKind::ScrollDown if inside => panel.step(WHEEL_ROWS as isize),
            MouseEventKind::ScrollUp if inside => panel.step(-(WHEEL_ROWS as isize)),
            MouseEventKind::Down(MouseButton::Left) if inside => {
                let rows = usize::from(rect.height.saturating_sub(2));
                let Some(r) = usize::from(m.row).checked_sub(usize::from(rect.y) + 1) else {
                    return true;
                };
                if r >= rows {
                    return true;
                }
                let i = super::view::panel_scroll(panel.selected, rows) + r;
                match panel.items.get(i) {
                    Some(it) if !it.header && i == panel.selected => {
                        self.panel_key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
                    }
                    Some(it) if !it.header => panel.selected = i,
                    _ => {}
                }
            }
            MouseEventKind::Down(_) => {
                self.panel = None;
                self.dirty = true;
                return false;
            }
            _ if inside => {}
            _ => return false,
        }
        self.dirty = true;
        true
    }

    fn panel_key(&mut self, k: &KeyEvent) {
        let action = self.keymap.action_for(k);
        let page = self.text_rows().saturating_sub(4).max(1);
        if self
            .panel
            .as_ref()
            .is_some_and(|p| p.kind == PanelKind::Notes)
            && self.notes_panel_key(k, action)
        {
            self.dirty = true;
            return;
        }
        let Some(panel) = self.panel.as_mut() else {
            return;
        };
        self.dirty = true;
        match panel.handle(k, action, page) {
            PanelResult::Consumed => {}
            PanelResult::Close => self.panel = None,
            PanelResult::Jump(targets) => {
                let panel = self.panel.take();
                self.last_panel_selection = panel
                    .as_ref()
                    .and_then(|p| p.items.get(p.selected).map(|it| it.label.clone()));
                if panel.is_some_and(|p| p.kind == PanelKind::Entities) {
                    // Enter in the text goes on to the next mention of the same name
                    self.mention_targets = targets.clone();
                }
                self.jump_to_next_of(&targets);
            }
            PanelResult::Ignored => {
                // a reader key (t, ?, …): close the panel and do it
                self.panel = None;
                if let Some(a) = action {
                    update(self, a);
                }
            }
        }
    }

    /// Puts the caret on the first of `targets` (sorted offsets) after the caret, wrapping to
    /// the first, and says which one it is.
    fn jump_to_next_of(&mut self, targets: &[usize]) {
        let Some(&first) = targets.first() else {
            return;
        };
        let at = self.caret.as_ref().map_or(self.anchor, |c| c.start);
        let i = targets.partition_point(|&t| t <= at);
        let (i, t) = match targets.get(i) {
            Some(t) => (i, *t),
            None => (0, first),
        };
        self.set_caret_at(t);
        let more = if targets.len() > 1 {
            " · Enter: next"
        } else {
            ""
        };
        self.say(format!("mention {} of {}{more}", i + 1, targets.len()));
    }

    /// Enter in the text: the next mention of the name last chosen in the entity panel.
    pub fn mention_next(&mut self) {
        self.dirty = true;
        if self.mention_targets.is_empty() {
            self.say("choose a name in the entity panel (e) first".to_owned());
            return;
        }
        let targets = std::mem::take(&mut self.mention_targets);
        self.jump_to_next_of(&targets);
        self.mention_targets = targets;
    }

    /// Opens the entity panel (or closes it), keeping the last selection.
    pub fn toggle_entity_panel(&mut self) {
        self.dirty = true;
        if self.panel.take().is_some() {
            return;
        }
        let mut p = ListPanel::entities(&self.doc.text, &self.spans, self.analysis_ready);
        if let Some(prev) = &self.last_panel_selection
            && let Some(i) = p
                .items
                .iter()
                .position(|it| !it.header && &it.label == prev)
        {
            p.selected = i;
        }
        self.panel = Some(p);
    }

    fn prompt_key(&mut self, k: &KeyEvent) {
        let Some(p) = self.prompt.as_mut() else {
            return;
        };
        self.dirty = true;
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        match k.code {
            KeyCode::Esc => self.cancel_prompt(),
            KeyCode::Char('c') if ctrl => self.cancel_prompt(),
            KeyCode::Enter => {
                let q = std::mem::take(&mut p.text);
                self.prompt = None;
                if let Some(saved) = self.search_saved.take() {
                    self.caret = saved.caret;
                }
                if q.is_empty() {
                    // an empty search repeats the last one, as in less and vim
                    let last = self.search.query.clone();
                    if !last.is_empty() {
                        self.run_search(&last);
                    }
                } else {
                    self.run_search(&q);
                }
            }
            KeyCode::Backspace => {
                if let Some((i, _)) = p.text.grapheme_indices(true).next_back() {
                    p.text.truncate(i);
                    self.preview_search();
                } else {
                    self.cancel_prompt();
                }
            }
            KeyCode::Char('u') if ctrl => {
                p.text.clear();
                self.preview_search();
            }
            KeyCode::Char(c) if !ctrl && !c.is_control() => {
                p.text.push(c);
                self.preview_search();
            }
            _ => {}
        }
    }

    /// Opens the search prompt, remembering where the reader was.
    pub fn start_search(&mut self) {
        self.search_saved = Some(SavedView {
            search: self.search.clone(),
            anchor: self.anchor,
            caret: self.caret.clone(),
        });
        self.prompt = Some(Prompt::default());
        self.help = false;
        self.dirty = true;
    }

    /// Closes the prompt and puts back the view and search from before it opened.
    fn cancel_prompt(&mut self) {
        self.prompt = None;
        if let Some(saved) = self.search_saved.take() {
            self.search = saved.search;
            self.scroll_to_offset(saved.anchor);
            self.anchor = saved.anchor;
            self.caret = saved.caret;
        }
        self.dirty = true;
    }

    /// Search as you type (for articles small enough to search at every key): hits are
    /// highlighted and the view shows the first one after where the reader was.
    fn preview_search(&mut self) {
        if self.doc.text.len() > INCREMENTAL_SEARCH_MAX {
            return;
        }
        let Some(q) = self.prompt.as_ref().map(|p| p.text.clone()) else {
            return;
        };
        let Some(saved) = &self.search_saved else {
            return;
        };
        let (anchor, caret) = (saved.anchor, saved.caret.clone());
        let hits = self.find_hits(&q);
        let at = caret.as_ref().map_or(anchor, |c| c.start);
        self.search = SearchState {
            query: q,
            hits,
            current: None,
        };
        if self.search.hits.is_empty() {
            self.scroll_to_offset(anchor);
            self.anchor = anchor;
            self.caret = caret;
            return;
        }
        let i = self.search.hits.partition_point(|h| h.start < at);
        self.go_to_hit(if i < self.search.hits.len() { i } else { 0 });
    }
}

/// Changes the state for one action. The only place (with prompt typing) that state changes.
pub fn update(app: &mut App, action: Action) {
    let h = app.text_rows().max(1) as isize;
    let scroll = |app: &mut App, n: isize| {
        let t = app.advance(app.top, n);
        app.set_top(t);
        app.keep_caret_on_screen();
    };
    match action {
        Action::Quit => app.quit = true,
        Action::Help => {
            app.help = !app.help;
            app.help_scroll = 0;
            app.dirty = true;
        }
        Action::Escape => {
            if app.help {
                app.help = false;
            } else if app.selection.is_some() || app.select_from.is_some() {
                app.selection = None;
                app.select_from = None;
            } else {
                app.search.hits.clear();
                app.search.current = None;
            }
            app.dirty = true;
        }
        Action::LineDown => scroll(app, 1),
        Action::LineUp => scroll(app, -1),
        Action::PageDown => scroll(app, (h - 2).max(1)),
        Action::PageUp => scroll(app, -(h - 2).max(1)),
        Action::HalfPageDown => scroll(app, (h / 2).max(1)),
        Action::HalfPageUp => scroll(app, -(h / 2).max(1)),
        Action::Scroll(n) if app.help => {
            app.scroll_help(n as isize);
        }
        Action::Scroll(n) => scroll(app, n as isize),
        Action::Top => {
            app.set_top(RowPos::default());
            app.reset_caret_to_top();
            app.dirty = true;
        }
        Action::Bottom => {
            let t = app.max_top();
            app.set_top(t);
            app.keep_caret_on_screen();
            app.dirty = true;
        }
        Action::WordLeft | Action::WordRight => {
            let b = app
                .caret
                .as_ref()
                .map_or(app.top.block, |c| app.block_at(c.start));
            let rtl = app.block_rtl(b);
            let forward = (action == Action::WordLeft) == rtl;
            app.caret_step(forward);
        }
        Action::SentenceNext => app.sentence_step(true),
        Action::SentencePrev => app.sentence_step(false),
        Action::SearchStart => app.start_search(),
        Action::SearchNext => app.search_step(true),
        Action::SearchPrev => app.search_step(false),
        Action::CycleTheme => app.cycle_theme(),
        Action::EntityPanel => app.toggle_entity_panel(),
        Action::EntityNext => app.entity_step(true),
        Action::EntityPrev => app.entity_step(false),
        Action::MentionNext => app.mention_next(),
        Action::TogglePersons => toggle(app, |s| &mut s.persons, "persons"),
        Action::TogglePlaces => toggle(app, |s| &mut s.places, "places"),
        Action::ToggleOrganizations => toggle(app, |s| &mut s.organizations, "organisations"),
        Action::ToggleQuotes => toggle(app, |s| &mut s.quotes, "quotations"),
        Action::Click(col, row) => {
            app.select_from = None;
            if app.selection.take().is_some() {
                app.dirty = true;
            }
            // beside a line's text (or between paragraphs) counts as the nearest text, so a
            // drag can start in the margin; outside the text area (status line) nothing
            let g = app.geometry();
            let in_text = row >= g.text.y && row < g.text.y + g.text.height;
            app.drag_from = if in_text {
                app.hit_test(col, row)
                    .or_else(|| app.hit_test_nearest(col, row))
            } else {
                None
            };
            if let Some(off) = app.drag_from {
                app.set_caret_at(off);
            }
        }
        Action::Drag(col, row) => app.drag_to(col, row),
        Action::SelectStart => app.toggle_selecting(),
        Action::Copy => app.copy(),
        Action::Annotate => app.annotate(),
        Action::NotesPanel => app.toggle_notes_panel(),
        Action::NoteNext => app.note_step(true),
        Action::NotePrev => app.note_step(false),
        Action::NoteEdit => match app.caret_note().map(|n| n.id.clone()) {
            Some(id) => app.edit_note(&id),
            None => app.say("no note at the caret (} and { go to the next and previous note)"),
        },
        Action::NoteDelete => match app.caret_note().map(|n| n.id.clone()) {
            Some(id) => app.ask_delete(&id),
            None => app.say("no note at the caret"),
        },
        Action::Resize(w, h) => app.resize(w, h),
    }
    app.extend_selection();
}

fn toggle(app: &mut App, field: impl Fn(&mut Shown) -> &mut bool, what: &str) {
    let f = field(&mut app.shown);
    *f = !*f;
    let on = *f;
    app.say(format!("{what}: {}", if on { "shown" } else { "hidden" }));
}

impl App {
    /// A new terminal size: reflow, keeping the same text at the top.
    pub fn resize(&mut self, w: u16, h: u16) {
        let anchor = self.anchor;
        self.size = (w, h);
        self.dirty = true;
        let pos = self.pos_of(anchor);
        let max = self.max_top();
        self.top = pos.min(max);
        // The anchor is left as it was (not moved to the start of the new top line), so that
        // resizing back and forth never drifts.
        self.keep_caret_on_screen();
        let area = self.editor_area();
        if let Some(ed) = self.editing.as_mut() {
            ed.editor.set_area(area);
        }
    }
}

/// Splits the document into display blocks: non-empty paragraphs, long ones cut at spaces.
pub fn make_blocks(doc: &Document) -> Vec<Block> {
    let mut blocks = Vec::new();
    let text = doc.text.as_str();
    for r in &doc.paragraphs {
        if text[r.clone()].trim().is_empty() {
            continue;
        }
        let mut start = r.start;
        while r.end - start > MAX_BLOCK {
            let mut cut = start + MAX_BLOCK;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if let Some(sp) = text.as_bytes()[start..cut].iter().rposition(|&b| b == b' ')
                && sp > 0
            {
                cut = start + sp + 1;
            }
            blocks.push(Block {
                range: start..cut,
                gap_after: false,
                title: false,
            });
            start = cut;
        }
        blocks.push(Block {
            range: start..r.end,
            gap_after: true,
            title: false,
        });
    }
    if let Some(first) = blocks.first_mut()
        && first.gap_after
    {
        first.title = true;
    }
    if let Some(last) = blocks.last_mut() {
        last.gap_after = false;
    }
    blocks
}
