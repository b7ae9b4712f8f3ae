//! Searching the article: every match of a query, compared with the one Arabic fold, and moving
//! between matches from the caret.

use std::ops::Range;

use super::Reader;
use crate::fold::Fold;

/// Articles up to this size are searched at every key typed into the prompt.
pub const INCREMENTAL_SEARCH_MAX: usize = 2 * 1024 * 1024;

/// The search: query, matches (document byte ranges, sorted) and the current match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Range<usize>>,
    pub current: Option<usize>,
    /// Letters compared as written ([`Fold::EXACT`]) instead of the reader's fold
    /// ([`Fold::SEARCH`]: alef forms, ى/ي, ة/ه and case are one).
    pub exact: bool,
}

impl SearchState {
    /// The fold this search compares with.
    pub fn fold(&self) -> Fold {
        if self.exact {
            Fold::EXACT
        } else {
            Fold::SEARCH
        }
    }
}

/// What the prompt puts back when cancelled.
#[derive(Debug, Clone)]
struct SavedView {
    search: SearchState,
    anchor: usize,
    caret: Option<Range<usize>>,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Search {
    state: SearchState,
    saved: Option<SavedView>,
}

/// Whether `query` has anything to look for once folded (not only harakat, say).
pub fn is_searchable(query: &str, fold: Fold) -> bool {
    query.chars().any(|c| fold.char(c).is_some())
}

impl Reader {
    pub fn search(&self) -> &SearchState {
        &self.search.state
    }

    /// Every match of `query` in the article (document bytes, in order).
    pub fn find_hits(&self, query: &str, fold: Fold) -> Vec<Range<usize>> {
        let mut hits = Vec::new();
        if !is_searchable(query, fold) {
            return hits;
        }
        // block by block: the folded copy stays small however big the article
        for blk in &self.blocks {
            let base = blk.range.start;
            hits.extend(
                fold.find_all(&self.doc.text[blk.range.clone()], query)
                    .into_iter()
                    .map(|r| base + r.start..base + r.end),
            );
        }
        hits
    }

    /// Searches the whole article for `query` and jumps to the first match at or after the caret.
    pub(super) fn run_search(&mut self, query: &str) {
        let exact = self.search.state.exact;
        self.search.state = SearchState {
            query: query.to_owned(),
            exact,
            ..SearchState::default()
        };
        let fold = self.search.state.fold();
        if !is_searchable(query, fold) {
            return;
        }
        self.search.state.hits = self.find_hits(query, fold);
        if self.search.state.hits.is_empty() {
            self.error(format!("not found: {query}"));
            return;
        }
        let at = self.here();
        let i = self.search.state.hits.partition_point(|h| h.start < at);
        self.go_to_hit(if i < self.search.state.hits.len() {
            i
        } else {
            0
        });
    }

    fn go_to_hit(&mut self, i: usize) {
        let Some(h) = self.search.state.hits.get(i).cloned() else {
            return;
        };
        self.search.state.current = Some(i);
        self.caret_to_range(h);
    }

    /// `n` / `N`: the next or previous match from the caret (the caret is always on screen, so
    /// after scrolling this goes from what the screen shows), wrapping around the article.
    pub(super) fn search_step(&mut self, forward: bool) {
        if self.search.state.hits.is_empty() && !self.search.state.query.is_empty() {
            // highlights cleared with Esc: `n` brings the last search back
            let q = self.search.state.query.clone();
            self.search.state.hits = self.find_hits(&q, self.search.state.fold());
            self.search.state.current = None;
        }
        let n = self.search.state.hits.len();
        if n == 0 {
            self.say(if self.search.state.query.is_empty() {
                "no search yet: press / to search"
            } else {
                "no matches"
            });
            return;
        }
        let at = self.here();
        let caret = self.caret();
        let hits = &self.search.state.hits;
        // the match the caret is on counts as "here", wherever in its word it starts
        let on = self.search.state.current.filter(|&i| {
            caret
                .as_ref()
                .is_some_and(|c| hits[i].start < c.end.max(c.start + 1) && hits[i].end > c.start)
        });
        let next = if forward {
            let i = on.map_or_else(|| hits.partition_point(|h| h.start <= at), |i| i + 1);
            (i < n).then_some(i)
        } else {
            let i = on.unwrap_or_else(|| hits.partition_point(|h| h.start < at));
            i.checked_sub(1)
        };
        let i = match next {
            Some(i) => i,
            None if forward => {
                self.say("search wrapped to the top");
                0
            }
            None => {
                self.say("search wrapped to the bottom");
                n - 1
            }
        };
        self.go_to_hit(i);
    }

    /// The prompt opened: remember where the reader was, to put it back on cancel.
    pub(super) fn begin_search(&mut self) {
        self.search.saved = Some(SavedView {
            search: self.search.state.clone(),
            anchor: self.anchor,
            caret: self.caret(),
        });
    }

    /// The prompt was cancelled: the view and search from before it opened.
    pub(super) fn cancel_search(&mut self) {
        if let Some(saved) = self.search.saved.take() {
            self.search.state = saved.search;
            self.scroll_to_offset(saved.anchor);
            self.anchor = saved.anchor;
            self.caret.caret = saved.caret;
        }
    }

    /// The prompt was submitted with `query` (empty: the last search again, as in less and vim).
    pub(super) fn submit_search(&mut self, query: &str) {
        if let Some(saved) = self.search.saved.take() {
            self.caret.caret = saved.caret;
        }
        if query.is_empty() {
            let last = self.search.state.query.clone();
            if last.is_empty() {
                self.say("no search yet: type what to look for");
            } else {
                self.run_search(&last);
            }
        } else {
            self.run_search(query);
        }
    }

    /// Search as you type (for articles small enough to search at every key): matches are
    /// highlighted and the view shows the first one after where the reader was.
    pub(super) fn preview_search(&mut self, query: &str) {
        if self.doc.text.len() > INCREMENTAL_SEARCH_MAX {
            return;
        }
        let Some(saved) = &self.search.saved else {
            return;
        };
        let (anchor, caret) = (saved.anchor, saved.caret.clone());
        let fold = self.search.state.fold();
        let hits = self.find_hits(query, fold);
        let at = caret.as_ref().map_or(anchor, |c| c.start);
        self.search.state = SearchState {
            query: query.to_owned(),
            hits,
            current: None,
            exact: self.search.state.exact,
        };
        if self.search.state.hits.is_empty() {
            self.scroll_to_offset(anchor);
            self.anchor = anchor;
            self.caret.caret = caret;
            return;
        }
        let i = self.search.state.hits.partition_point(|h| h.start < at);
        self.go_to_hit(if i < self.search.state.hits.len() {
            i
        } else {
            0
        });
    }

    /// Switches between the reader's fold and exact letters; the open search is redone.
    pub(super) fn toggle_exact(&mut self) {
        self.search.state.exact = !self.search.state.exact;
        let q = self.search.state.query.clone();
        if self.search.saved.is_some() {
            self.preview_search(&q);
        } else if !q.is_empty() {
            self.run_search(&q);
        }
    }

    /// Esc: the matches are no longer highlighted (the query stays for `n`).
    pub(super) fn clear_hits(&mut self) {
        self.search.state.hits.clear();
        self.search.state.current = None;
    }
}
