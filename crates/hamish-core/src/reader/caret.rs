//! The caret (the current word), the selection, and moving through words, sentences and
//! paragraphs.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{Reader, RowPos};

#[derive(Debug, Clone, Default)]
pub(super) struct CaretState {
    /// The current word (document bytes).
    pub caret: Option<Range<usize>>,
    /// The selected passage (document bytes, logical order).
    pub selection: Option<Range<usize>>,
    /// While selecting with `v`: the word the selection started on.
    pub select_from: Option<Range<usize>>,
    /// Where the left mouse button went down (document offset), for drag selection.
    pub drag_from: Option<usize>,
}

impl Reader {
    /// The current word (document bytes).
    pub fn caret(&self) -> Option<Range<usize>> {
        self.caret.caret.clone()
    }

    /// Where commands that start "from here" start: the caret, else the top of the screen.
    pub fn here(&self) -> usize {
        self.caret.caret.as_ref().map_or(self.anchor, |c| c.start)
    }

    /// The selected passage (document bytes, logical order).
    pub fn selection(&self) -> Option<Range<usize>> {
        self.caret.selection.clone()
    }

    /// Whether `v` selecting is on (caret moves extend the selection).
    pub fn is_selecting(&self) -> bool {
        self.caret.select_from.is_some()
    }

    /// Whether a mouse drag is going on.
    pub fn is_dragging(&self) -> bool {
        self.caret.drag_from.is_some()
    }

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

    /// The first word ending after `offset` (searching forward through blocks).
    pub fn word_at_or_after(&self, offset: usize) -> Option<Range<usize>> {
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
    pub(super) fn word_before(&self, offset: usize) -> Option<Range<usize>> {
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

    pub(super) fn reset_caret_to_top(&mut self) {
        self.caret.caret = self.word_at_or_after(self.anchor);
    }

    /// Moves the caret to the word holding or following `offset` and scrolls it into view.
    pub(super) fn set_caret_at(&mut self, offset: usize) {
        if let Some(w) = self
            .word_at_or_after(offset)
            .or_else(|| self.word_before(offset))
        {
            self.caret.caret = Some(w);
            self.follow_caret();
        }
    }

    /// Puts the caret on the word the screen shows nearest a search hit or a mention.
    pub(super) fn caret_to_range(&mut self, r: Range<usize>) {
        self.caret.caret = self
            .word_at_or_after(r.start)
            .filter(|w| w.start <= r.start)
            .or(Some(r));
        self.follow_caret();
    }

    /// Scrolls the least needed to show the caret.
    fn follow_caret(&mut self) {
        let Some(c) = self.caret.caret.clone() else {
            return;
        };
        let pos = self.pos_of(c.start);
        let h = self.rows_high().max(1) as isize;
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
    pub(super) fn keep_caret_on_screen(&mut self) {
        let vis = self.visible_range();
        match self.caret.caret.clone() {
            Some(c) if c.start >= vis.start && c.start < vis.end.max(vis.start + 1) => {}
            Some(c) if c.start >= vis.end => {
                self.caret.caret = self
                    .word_before(vis.end)
                    .filter(|w| w.start >= vis.start)
                    .or_else(|| self.word_at_or_after(vis.start));
            }
            _ => {
                self.caret.caret = self
                    .word_starting_from(vis.start)
                    .filter(|w| w.start < vis.end)
                    .or_else(|| self.word_at_or_after(vis.start))
            }
        }
    }

    /// One word forward or backward in reading order.
    pub(super) fn caret_step(&mut self, forward: bool) {
        let from = self.caret.caret.clone().unwrap_or(self.anchor..self.anchor);
        let next = if forward {
            self.word_at_or_after(from.end)
        } else {
            self.word_before(from.start)
        };
        if let Some(w) = next {
            self.caret.caret = Some(w);
            self.follow_caret();
        }
    }

    /// One word towards the left (`left`) or the right of the screen: forward in right-to-left
    /// text when going left.
    pub(super) fn caret_screen_step(&mut self, left: bool) {
        let b = self
            .caret
            .caret
            .as_ref()
            .map_or(self.top.block, |c| self.block_at(c.start));
        let forward = left == self.block_rtl(b);
        self.caret_step(forward);
    }

    /// The caret to the next or previous sentence.
    pub(super) fn sentence_step(&mut self, forward: bool) {
        let at = self.here();
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

    /// The caret `n` visual lines down (up when negative), keeping its column as well as the
    /// lines allow: how `j`/`k` extend a selection line by line in reading order.
    pub(super) fn caret_line_step(&mut self, n: isize) {
        let at = self.here();
        let pos = self.pos_of(at);
        let Some(col) = self.column_of(at, pos) else {
            return;
        };
        let mut target = pos;
        let mut left = n;
        // step over blank rows: they hold no words
        while left != 0 {
            let next = self.advance(target, left.signum());
            if next == target {
                break;
            }
            target = next;
            if self.row_line(target).is_some() {
                left -= left.signum();
            }
        }
        let Some(off) = self.offset_at_column(target, col) else {
            return;
        };
        if let Some(w) = self
            .word_at_or_after(off)
            .filter(|w| w.start <= off)
            .or_else(|| self.word_before(off))
            .or_else(|| self.word_at_or_after(off))
        {
            self.caret.caret = Some(w);
            self.follow_caret();
        }
    }

    /// The visual line at a row position, with its block's start offset.
    fn row_line(&self, pos: RowPos) -> Option<(usize, crate::layout::VisualLine)> {
        let blk = self.blocks.get(pos.block)?;
        let lines = self.lines(pos.block);
        lines.get(pos.row).map(|l| (blk.range.start, l.clone()))
    }

    /// The screen column of document offset `at` on its line.
    fn column_of(&self, at: usize, pos: RowPos) -> Option<usize> {
        let (base, vl) = self.row_line(pos)?;
        let mut x = vl.x;
        for c in &vl.cells {
            if base + c.logical.start <= at && at < base + c.logical.end.max(c.logical.start + 1) {
                return Some(x);
            }
            x += c.width;
        }
        Some(vl.x)
    }

    /// The document offset shown nearest column `col` of the line at `pos`.
    fn offset_at_column(&self, pos: RowPos, col: usize) -> Option<usize> {
        let (base, vl) = self.row_line(pos)?;
        super::nearest_cell(&vl, base, col)
    }

    /// The top of the screen to the start of paragraph `n` (1-based; past the end: the last).
    pub(super) fn go_to_paragraph(&mut self, n: usize) {
        let starts: Vec<usize> = (0..self.blocks.len())
            .filter(|&i| i == 0 || self.blocks[i - 1].gap_after)
            .collect();
        let Some(&b) = starts.get(n.max(1) - 1).or(starts.last()) else {
            return;
        };
        let start = self.blocks[b].range.start;
        self.scroll_to_offset(start);
        self.caret.caret = self.word_at_or_after(start);
    }

    /// The caret to the first word of the next or previous paragraph; while selecting, forward
    /// goes to the last word of the paragraph (then of the next), so the selection takes in whole
    /// paragraphs.
    pub(super) fn paragraph_step(&mut self, forward: bool) {
        let at = self.here();
        if forward && self.is_selecting() {
            let mut p = self.paragraph_at(at);
            let on_last = p
                .as_ref()
                .is_some_and(|p| self.word_before(p.end) == self.caret.caret);
            if on_last {
                // at its end already: the end of the next one
                p = self
                    .word_at_or_after(p.as_ref().map_or(at, |p| p.end))
                    .and_then(|w| self.paragraph_at(w.start));
            }
            if let Some(p) = p
                && let Some(last) = self.word_before(p.end)
            {
                self.caret.caret = Some(last);
                self.follow_caret();
            }
            return;
        }
        let b = self.block_at(at);
        // a paragraph starts at a block that follows a blank row (or is the first)
        let starts_paragraph = |i: usize| i == 0 || self.blocks[i - 1].gap_after;
        let target = if forward {
            (b + 1..self.blocks.len()).find(|&i| starts_paragraph(i))
        } else {
            let first = (0..=b).rev().find(|&i| starts_paragraph(i)).unwrap_or(0);
            let first_word = self.words(first).first().map(|w| w.start);
            if first_word.is_some_and(|w| w < at) {
                Some(first)
            } else {
                (0..first).rev().find(|&i| starts_paragraph(i))
            }
        };
        if let Some(t) = target {
            let start = self.blocks[t].range.start;
            self.set_caret_at(start);
        }
    }

    /// While selecting with `v`: whatever moved the caret moved the selection's free end. A
    /// selection that ends on a word takes in the punctuation written against it (`والنقل.`,
    /// `قال:`), so a sentence or paragraph selected word by word ends with its mark.
    pub(super) fn extend_selection(&mut self) {
        if let (Some(from), Some(c)) = (self.caret.select_from.clone(), self.caret.caret.clone()) {
            let mut end = from.end.max(c.end);
            let text = &self.doc.text;
            for ch in text.get(end..).unwrap_or("").chars() {
                if ch.is_whitespace() || ch.is_alphanumeric() {
                    break;
                }
                end += ch.len_utf8();
            }
            self.caret.selection = Some(from.start.min(c.start)..end);
        }
    }

    /// `v`: start selecting at the caret's word; pressed again, stop extending (the selection
    /// stays for copying or a note; Esc clears it).
    pub(super) fn toggle_selecting(&mut self) {
        if self.caret.select_from.take().is_some() {
            self.say("selection kept: y copies, a writes a note, Esc clears");
            return;
        }
        match self.caret.caret.clone() {
            Some(c) => {
                self.caret.selection = Some(c.clone());
                self.caret.select_from = Some(c);
                self.say(
                    "selecting: move the caret (← → j k ( ) J K …), then y to copy or a for a note",
                );
            }
            None => self.say("no caret to select from"),
        }
    }

    /// Clears the selection (and stops selecting); whether there was one.
    pub(super) fn clear_selection(&mut self) -> bool {
        let had = self.caret.selection.is_some() || self.caret.select_from.is_some();
        self.caret.selection = None;
        self.caret.select_from = None;
        had
    }

    /// The mouse went down on the text at `offset` (or beside it: `None` outside the text).
    pub(super) fn press(&mut self, offset: Option<usize>) {
        self.clear_selection();
        self.caret.drag_from = offset;
        if let Some(off) = offset {
            self.set_caret_at(off);
        }
    }

    /// The mouse was dragged to `to`: select from where the button went down to the character at
    /// `to` (both included).
    pub(super) fn drag_to(&mut self, to: usize) {
        let Some(from) = self.caret.drag_from else {
            return;
        };
        self.caret.select_from = None;
        let (a, b) = (from.min(to), from.max(to));
        let end = b + self
            .doc
            .text
            .get(b..)
            .unwrap_or("")
            .graphemes(true)
            .next()
            .map_or(0, str::len);
        self.caret.selection = Some(a..end);
        if let Some(w) = self.word_at_or_after(to).filter(|w| w.start <= to) {
            self.caret.caret = Some(w);
        }
    }

    /// The mouse button went up.
    pub(super) fn release(&mut self) {
        self.caret.drag_from = None;
    }

    /// Selects a range outright (double-click: a word; triple-click: a paragraph).
    pub(super) fn select_range(&mut self, r: Range<usize>) {
        self.caret.select_from = None;
        self.caret.drag_from = None;
        if let Some(w) = self.word_at_or_after(r.start) {
            self.caret.caret = Some(w);
        }
        self.caret.selection = Some(r);
    }

    /// The word at document offset `at` (for a double-click).
    pub fn word_at(&self, at: usize) -> Option<Range<usize>> {
        self.word_at_or_after(at).filter(|w| w.start <= at)
    }

    /// The paragraph holding document offset `at` (its blocks together, trimmed).
    pub fn paragraph_at(&self, at: usize) -> Option<Range<usize>> {
        let b = self.block_at(at);
        let mut first = b;
        while first > 0 && !self.blocks[first - 1].gap_after {
            first -= 1;
        }
        let mut last = b;
        while last + 1 < self.blocks.len() && !self.blocks[last].gap_after {
            last += 1;
        }
        let r = self.blocks.get(first)?.range.start..self.blocks.get(last)?.range.end;
        let text = self.doc.text.get(r.clone())?;
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| r.start + lead..r.start + lead + trimmed.len())
    }

    /// The sentence holding document offset `at` (trimmed of surrounding spaces).
    pub fn sentence_at(&self, at: usize) -> Option<Range<usize>> {
        let b = self.block_at(at);
        let blk = self.blocks.get(b)?;
        let text = self.doc.text.get(blk.range.clone())?;
        let rel = at.checked_sub(blk.range.start)?;
        let (i, s) = text
            .split_sentence_bound_indices()
            .find(|(i, s)| rel >= *i && rel < i + s.len())
            .or_else(|| text.split_sentence_bound_indices().last())?;
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        (!trimmed.is_empty()).then(|| {
            let start = blk.range.start + i + lead;
            start..start + trimmed.len()
        })
    }

    /// The sentence at the caret.
    pub fn caret_sentence(&self) -> Option<Range<usize>> {
        self.sentence_at(self.caret.caret.as_ref()?.start)
    }

    /// What `y` copies: the selection, else the caret's sentence — the range and which it is.
    pub fn copy_target(&self) -> Option<(Range<usize>, &'static str)> {
        match self.caret.selection.clone().filter(|r| r.start < r.end) {
            Some(r) => Some((r, "selection")),
            None => self.caret_sentence().map(|r| (r, "sentence")),
        }
    }
}
