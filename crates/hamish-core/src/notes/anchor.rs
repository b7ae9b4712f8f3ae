//! Placing notes in the article as it is now (re-anchoring). The reference is Hypothesis's
//! text-quote anchoring: every candidate place is scored by how much its text is like the passage
//! (weight 50), how much the text before and after it is like the stored prefix and suffix (20
//! each), and how near it is to where the note was (2, a tie-breaker); the best score wins.
//! Hypothesis takes an exact copy of the passage whenever there is one; here an exact copy
//! elsewhere competes with an edited passage at the note's own place, so a passage reworded in
//! place keeps its note (`Fuzzy`) while its old wording found elsewhere does not take it.
//!
//! 1. the stored offsets, when the text there is still the passage and its context agrees →
//!    `Anchored`;
//! 2. exact (folded) copies of the passage, near where it was expected, then anywhere;
//! 3. approximate matches (bounded edit distance) near the expected place, and the text now
//!    between the stored prefix and suffix when both are still there ("bracketed");
//! 4. approximate matches anywhere, around exact pieces of the passage.
//!
//! The stages run in that order and stop as soon as the best candidate so far scores more than
//! anything a later stage could find (an approximate match has at least one edit, so its passage
//! score is below an exact one's; a far one has a lower position score). A note placed on an exact
//! copy is `Anchored` when that is its stored place, else `Moved`; on an approximate match it is
//! `Fuzzy`; with no acceptable candidate, `Orphaned` (kept, listed, never dropped).
//!
//! Searching works on a folded copy of the text (the reader's search fold) with a sparse map back
//! to the original bytes. The work per note is capped so that a 12 MB article with hundreds of
//! notes opens quickly.

use std::collections::HashMap;
use std::ops::Range;

use super::NoteStatus;
use super::sidecar::Anchor;
use crate::document::Document;
use crate::fold::{Fold, Folded};

/// The context kept each side of a passage, in code points.
pub const CONTEXT: usize = 32;

/// Bytes searched each side of the expected place before searching everywhere (exact matches).
const EXACT_WINDOW: usize = 64 * 1024;
/// Bytes searched each side of the expected place for an approximate match.
const FUZZY_WINDOW: usize = 8 * 1024;
/// Most candidates scored for one note in one search.
const MAX_CANDIDATES: usize = 2000;
/// Longest passage (folded code points) searched approximately.
const MAX_FUZZY_LEN: usize = 4000;
/// Most edits allowed in an approximate match.
const MAX_EDITS: usize = 256;
/// Longest passage (folded code points) compared with the text between its prefix and suffix.
const MAX_BRACKET_LEN: usize = 1000;
/// Most places of the prefix tried when looking for the passage between its prefix and suffix.
const MAX_BRACKETS: usize = 16;
/// Farthest a fuzzy match's edge moves to take in the rest of a word, in code points.
const MAX_SNAP: usize = 16;

/// Weights of a candidate's score (Hypothesis's): passage, prefix, suffix, position.
const QUOTE_WEIGHT: f64 = 50.0;
const PREFIX_WEIGHT: f64 = 20.0;
const SUFFIX_WEIGHT: f64 = 20.0;
const POSITION_WEIGHT: f64 = 2.0;

/// How passages are compared: the reader's search fold, so a passage found by `/` is found
/// here too (harakat, tatweel, alef forms, ى/ي, ة/ه and case do not matter).
const FOLD: Fold = Fold::SEARCH;

/// Whether comparing passages ignores `c` (harakat, tatweel, joiners).
pub fn folded_away(c: char) -> bool {
    crate::fold::is_ignored(c)
}

/// A passage as it is compared.
pub fn fold(s: &str) -> String {
    FOLD.str(s)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Levenshtein distance over code points (small inputs only).
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn similarity(want: &[char], got: &[char]) -> f64 {
    if want.is_empty() {
        return 1.0;
    }
    let d = levenshtein(want, got);
    1.0 - d as f64 / want.len().max(got.len()) as f64
}

/// What the search looks for, folded once.
struct Query {
    q: String,
    q_chars: Vec<char>,
    prefix: Vec<char>,
    suffix: Vec<char>,
}

#[derive(Debug, Clone)]
struct Candidate {
    /// Folded byte range.
    range: Range<usize>,
    score: f64,
    quote_sim: f64,
    prefix_sim: f64,
    suffix_sim: f64,
    /// The folded passage itself (not an approximate match).
    exact: bool,
}

impl Candidate {
    fn context_sim(&self) -> f64 {
        (self.prefix_sim + self.suffix_sim) / 2.0
    }
}

/// The best score a candidate that is not an exact copy could reach, for a passage of `m` folded
/// code points, at a position score of at most `position`: at least one edit away from the
/// passage, with perfect context.
fn inexact_bound(m: usize, position: f64) -> f64 {
    QUOTE_WEIGHT * (1.0 - 1.0 / m.max(1) as f64)
        + PREFIX_WEIGHT
        + SUFFIX_WEIGHT
        + POSITION_WEIGHT * position
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

struct Searcher<'a> {
    doc: &'a Document,
    folded: Folded,
}

impl Searcher<'_> {
    fn context(&self, query: &Query, range: &Range<usize>) -> (f64, f64) {
        let f = &self.folded.text;
        let before: Vec<char> = {
            let mut v: Vec<char> = f[..range.start]
                .chars()
                .rev()
                .take(query.prefix.len())
                .collect();
            v.reverse();
            v
        };
        let after: Vec<char> = f[range.end..].chars().take(query.suffix.len()).collect();
        (
            similarity(&query.prefix, &before),
            similarity(&query.suffix, &after),
        )
    }

    fn position_score(&self, at: usize, expected: usize) -> f64 {
        let total = self.folded.text.len().max(1) as f64;
        1.0 - (at.abs_diff(expected) as f64 / total).min(1.0)
    }

    fn candidate(
        &self,
        query: &Query,
        range: Range<usize>,
        quote_sim: f64,
        expected: usize,
    ) -> Candidate {
        let (p, s) = self.context(query, &range);
        let position = self.position_score(range.start, expected);
        Candidate {
            score: QUOTE_WEIGHT * quote_sim
                + PREFIX_WEIGHT * p
                + SUFFIX_WEIGHT * s
                + POSITION_WEIGHT * position,
            quote_sim,
            prefix_sim: p,
            suffix_sim: s,
            exact: quote_sim >= 1.0,
            range,
        }
    }

    /// An approximate match's range widened to whole words where the passage as written began
    /// (ended) at a word edge: an alignment that saves an edit by starting inside a reworded
    /// word («عماء» of «زعماء» for «قادة») is taken back to the word's start.
    fn snap_to_words(&self, query: &Query, r: Range<usize>) -> Range<usize> {
        let f = &self.folded.text;
        let (Some(&first), Some(&last)) = (query.q_chars.first(), query.q_chars.last()) else {
            return r;
        };
        let starts_word =
            is_word_char(first) && query.prefix.last().is_none_or(|&c| !is_word_char(c));
        let ends_word =
            is_word_char(last) && query.suffix.first().is_none_or(|&c| !is_word_char(c));
        let mut start = r.start;
        let mut end = r.end;
        if starts_word {
            // Leading spaces or punctuation the passage did not have.
            let skip: usize = f[start..end]
                .chars()
                .take_while(|&c| !is_word_char(c))
                .take(MAX_SNAP)
                .map(char::len_utf8)
                .sum();
            if start + skip < end && f[start + skip..].starts_with(is_word_char) {
                start += skip;
            }
            let back: Vec<char> = f[..start]
                .chars()
                .rev()
                .take_while(|&c| is_word_char(c))
                .take(MAX_SNAP + 1)
                .collect();
            if back.len() <= MAX_SNAP {
                start -= back.iter().map(|c| c.len_utf8()).sum::<usize>();
            }
        }
        if ends_word {
            let skip: usize = f[start..end]
                .chars()
                .rev()
                .take_while(|&c| !is_word_char(c))
                .take(MAX_SNAP)
                .map(char::len_utf8)
                .sum();
            if end - skip > start {
                end -= skip;
            }
            let ahead: Vec<char> = f[end..]
                .chars()
                .take_while(|&c| is_word_char(c))
                .take(MAX_SNAP + 1)
                .collect();
            if ahead.len() <= MAX_SNAP {
                end += ahead.iter().map(|c| c.len_utf8()).sum::<usize>();
            }
        }
        start..end
    }

    /// The text now between the stored prefix and suffix, when both are still there near
    /// `expected` (within `area`) with at most about twice the passage between them: the passage
    /// reworded in place, even beyond what the approximate search allows.
    fn bracketed(&self, query: &Query, area: Range<usize>, expected: usize) -> Option<Candidate> {
        let m = query.q_chars.len();
        if !(2..=MAX_BRACKET_LEN).contains(&m) || query.prefix.len() < 4 || query.suffix.len() < 4 {
            return None;
        }
        let f = &self.folded.text;
        let prefix: String = query.prefix.iter().collect();
        let suffix: String = query.suffix.iter().collect();
        let lo = floor_boundary(f, area.start);
        let hi = ceil_boundary(f, area.end);
        let max_gap = 2 * query.q.len() + 64;
        let mut best: Option<Candidate> = None;
        for (i, _) in f[lo..hi].match_indices(prefix.as_str()).take(MAX_BRACKETS) {
            let left = lo + i + prefix.len();
            let limit = ceil_boundary(f, left + max_gap + suffix.len());
            let Some(j) = f[left..limit].find(suffix.as_str()) else {
                continue;
            };
            let right = left + j;
            let gap: Vec<char> = f[left..right].chars().collect();
            if gap.is_empty() {
                continue;
            }
            let d = levenshtein(&query.q_chars, &gap);
            let sim = (1.0 - d as f64 / m as f64).max(0.0);
            if sim >= 1.0 {
                continue; // an exact copy: found by the exact search
            }
            let c = self.candidate(query, left..right, sim, expected);
            if best.as_ref().is_none_or(|b| c.score > b.score) {
                best = Some(c);
            }
        }
        best
    }

    fn best(cands: impl IntoIterator<Item = Candidate>) -> Option<Candidate> {
        cands.into_iter().max_by(|a, b| a.score.total_cmp(&b.score))
    }

    /// Exact (folded) occurrences in the folded byte range `area`.
    fn exact_in(&self, query: &Query, area: Range<usize>, expected: usize) -> Option<Candidate> {
        let f = &self.folded.text;
        let lo = floor_boundary(f, area.start);
        let hi = ceil_boundary(f, area.end);
        let cands = f[lo..hi]
            .match_indices(query.q.as_str())
            .take(MAX_CANDIDATES)
            .map(|(i, _)| self.candidate(query, lo + i..lo + i + query.q.len(), 1.0, expected));
        Self::best(cands)
    }

    /// Approximate occurrences in the folded byte range `area` (Sellers' algorithm with Ukkonen's
    /// cut-off, tracking where each alignment starts).
    fn fuzzy_in(
        &self,
        query: &Query,
        area: Range<usize>,
        k: usize,
        expected: usize,
    ) -> Option<Candidate> {
        let f = &self.folded.text;
        let lo = floor_boundary(f, area.start);
        let hi = ceil_boundary(f, area.end);
        let (offsets, chars): (Vec<usize>, Vec<char>) =
            f[lo..hi].char_indices().map(|(i, c)| (lo + i, c)).unzip();
        let byte_at = |j: usize| offsets.get(j).copied().unwrap_or(hi);
        let pat = &query.q_chars;
        let m = pat.len();
        if m == 0 {
            return None;
        }
        let mut col: Vec<usize> = (0..=m).collect();
        let mut st: Vec<usize> = vec![0; m + 1];
        let mut lact = k.min(m);
        let mut ends: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, dist) in chars
        let mut run_end: Option<usize> = None;
        for (j, &t) in chars.iter().enumerate() {
            let top = (lact + 1).min(m);
            if top > lact {
                col[top] = k + 1;
                st[top] = j;
            }
            let (mut diag, mut diag_st) = (0usize, j);
            col[0] = 0;
            st[0] = j + 1;
            for i in 1..=top {
                let (old, old_st) = (col[i], st[i]);
                let mut best = (diag + usize::from(pat[i - 1] != t), diag_st);
                if old + 1 < best.0 {
                    best = (old + 1, old_st);
                }
                if col[i - 1] + 1 < best.0 {
                    best = (col[i - 1] + 1, st[i - 1]);
                }
                col[i] = best.0;
                st[i] = best.1;
                diag = old;
                diag_st = old_st;
            }
            lact = top;
            while lact > 0 && col[lact] > k {
                lact -= 1;
            }
            if lact == m {
                match ends.last_mut() {
                    // Neighbouring ends belong to one occurrence: keep the best.
                    Some(last) if run_end == Some(j) => {
                        if col[m] < last.2 {
                            *last = (st[m], j + 1, col[m]);
                        }
                    }
                    _ => ends.push((st[m], j + 1, col[m])),
                }
                run_end = Some(j + 1);
                if ends.len() > MAX_CANDIDATES {
                    break;
                }
            }
        }
        let cands = ends.into_iter().map(|(s, e, d)| {
            let sim = 1.0 - d as f64 / m as f64;
            let r = byte_at(s)..byte_at(e);
            let r = if d > 0 {
                self.snap_to_words(query, r)
            } else {
                r
            };
            self.candidate(query, r, sim, expected)
        });
        Self::best(cands)
    }
}

/// Every occurrence of `quote` in `text` compared as the reader's search compares (byte ranges
/// of `text`), non-overlapping, in order.
pub fn find_folded(text: &str, quote: &str) -> Vec<Range<usize>> {
    FOLD.find_all(text, quote)
}

/// Where a note is now: a byte range in the document, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub range: Option<Range<usize>>,
    pub status: NoteStatus,
}

fn chars_before(text: &str, byte: usize, n: usize) -> &str {
    let mut start = byte;
    for (i, _) in text[..byte].char_indices().rev().take(n) {
        start = i;
    }
    &text[start..byte]
}

fn chars_after(text: &str, byte: usize, n: usize) -> &str {
    let end = text[byte..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| byte + i);
    &text[byte..end]
}

/// The anchor of a byte range (which must lie on char boundaries, `start < end`).
pub fn anchor_of(doc: &Document, range: Range<usize>) -> Anchor {
    Anchor {
        start: doc.char_offset(range.start),
        end: doc.char_offset(range.end),
        exact: doc.text[range.clone()].to_owned(),
        prefix: chars_before(&doc.text, range.start, CONTEXT).to_owned(),
        suffix: chars_after(&doc.text, range.end, CONTEXT).to_owned(),
    }
}

/// The stored offsets, if the passage and its context are still there. (When the document hash
/// matches they always are; checking the text rather than trusting the hash keeps a note merged
/// from a writer that saw another version of the article from landing on a twin passage.)
fn at_offsets(doc: &Document, a: &Anchor) -> Option<Range<usize>> {
    if a.start >= a.end || a.exact.is_empty() {
        return None;
    }
    let s = doc.byte_offset(a.start);
    let e = doc.byte_offset(a.end);
    if doc.text.get(s..e)? != a.exact {
        return None;
    }
    let context_agrees = chars_before(&doc.text, s, CONTEXT).ends_with(a.prefix.as_str())
        || a.prefix.ends_with(chars_before(&doc.text, s, CONTEXT));
    let context_agrees = context_agrees
        && (chars_after(&doc.text, e, CONTEXT).starts_with(a.suffix.as_str())
            || a.suffix.starts_with(chars_after(&doc.text, e, CONTEXT)));
    context_agrees.then_some(s..e)
}

/// A folded match starts at a letter and ends after the marks of its last letter; the passage as
/// written may have started on a mark, or stopped before the marks of its last letter: when moving
/// the edges over marks gives exactly the passage as written, use that.
fn refine_edges(text: &str, r: Range<usize>, exact: &str) -> Range<usize> {
    let refined = edges_like(text, r.clone(), exact);
    if text.get(refined.clone()) == Some(exact) {
        refined
    } else {
        r
    }
}

fn edges_like(text: &str, mut r: Range<usize>, exact: &str) -> Range<usize> {
    let leading = exact.chars().take_while(|&c| folded_away(c)).count();
    for c in text[..r.start].chars().rev().take(leading) {
        if !folded_away(c) {
            break;
        }
        r.start -= c.len_utf8();
    }
    let trailing = exact.chars().rev().take_while(|&c| folded_away(c)).count();
    let marks: Vec<char> = text[r.start..r.end]
        .chars()
        .rev()
        .take_while(|&c| folded_away(c))
        .collect();
    for c in marks.iter().take(marks.len().saturating_sub(trailing)) {
        r.end -= c.len_utf8();
    }
    r
}

/// Where each pattern occurs in `hay` (at most `cap` places each), all patterns found in one pass
/// per distinct prefix length with a rolling hash: hundreds of notes cost a few passes over the
/// text, not hundreds.
fn find_many(hay: &[u8], patterns: &[&[u8]], cap: usize) -> Vec<Vec<usize>> {
    const PREFIX: usize = 16;
    const BASE: u64 = 0x0000_0100_0000_01B3;
    const FILTER_BITS: u32 = 20;
    let mut hits: Vec<Vec<usize>> = vec![Vec::new(); patterns.len()];
    let mut lengths: Vec<usize> = patterns
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.len().min(PREFIX))
        .collect();
    lengths.sort_unstable();
    lengths.dedup();
    let hash = |bytes: &[u8]| {
        bytes.iter().fold(0u64, |h, &b| {
            h.wrapping_mul(BASE).wrapping_add(u64::from(b))
        })
    };
    for len in lengths {
        let mut table: HashMap<u64, Vec<usize>> = HashMap::new();
        let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
        for (i, p) in patterns.iter().enumerate() {
            if !p.is_empty() && p.len().min(PREFIX) == len {
                let h = hash(&p[..len]);
                table.entry(h).or_default().push(i);
                let bit = (h >> (64 - FILTER_BITS)) as usize;
                filter[bit >> 6] |= 1 << (bit & 63);
            }
        }
        let pow = (0..len).fold(1u64, |acc, _| acc.wrapping_mul(BASE));
        let mut h = 0u64;
        for (j, &b) in hay.iter().enumerate() {
            h = h.wrapping_mul(BASE).wrapping_add(u64::from(b));
            if j >= len {
                h = h.wrapping_sub(u64::from(hay[j - len]).wrapping_mul(pow));
            }
            if j + 1 < len {
                continue;
            }
            let bit = (h >> (64 - FILTER_BITS)) as usize;
            if filter[bit >> 6] & (1 << (bit & 63)) == 0 {
                continue;
            }
            let pos = j + 1 - len;
            for &i in table.get(&h).map_or(&[][..], Vec::as_slice) {
                if hits[i].len() < cap && hay[pos..].starts_with(patterns[i]) {
                    hits[i].push(pos);
                }
            }
        }
    }
    hits
}

/// Bytes of a seed: a piece of the passage that must occur exactly for an approximate match to be
/// looked for around it.
const SEED: usize = 8;
/// Most seeds per passage, and most occurrences of a seed before it counts as too common.
const SEEDS: usize = 6;
const SEED_HITS: usize = 64;

struct Job<'a> {
    index: usize,
    anchor: &'a Anchor,
    query: Query,
    /// Folded byte offset where the passage is expected.
    expected: usize,
    /// The best acceptable candidate so far.
    best: Option<Candidate>,
}

impl Job<'_> {
    fn offer(&mut self, c: Option<Candidate>) {
        if let Some(c) = c
            && self.best.as_ref().is_none_or(|b| c.score > b.score)
        {
            self.best = Some(c);
        }
    }

    /// Whether no candidate that is not an exact copy, at a position score of at most
    /// `position`, could beat the best so far.
    fn settled(&self, position: f64) -> bool {
        self.best
            .as_ref()
            .is_some_and(|b| b.score >= inexact_bound(self.query.q_chars.len(), position))
    }
}

/// Whether an approximate match is good enough: most of the passage, and for short passages the
/// context agreeing too; or, with the context intact on both sides, at least half the passage.
fn acceptable(c: &Candidate, m: usize) -> bool {
    (c.quote_sim >= 0.7 && (m >= 8 || c.context_sim() >= 0.6))
        || (c.quote_sim >= 0.5 && c.prefix_sim >= 1.0 && c.suffix_sim >= 1.0)
}

/// Places every anchor in `doc`.
pub fn place_all(doc: &Document, anchors: &[&Anchor]) -> Vec<Placement> {
    let mut out: Vec<Option<Placement>> = anchors
        .iter()
        .map(|a| {
            at_offsets(doc, a).map(|r| Placement {
                range: Some(r),
                status: NoteStatus::Anchored,
            })
        })
        .collect();
    if out.iter().all(Option::is_some) {
        return out.into_iter().flatten().collect();
    }
    let searcher = Searcher {
        doc,
        folded: Folded::new(&doc.text, FOLD),
    };
    let text = &doc.text;
    let total_chars = doc.char_offset(text.len());
    let mut order: Vec<usize> = (0..anchors.len()).collect();
    order.sort_by_key(|&i| anchors[i].start);

    // 2a. Exact copies near where the passage was expected, in stored order; the shift learnt
    // from the previous note carries over (an insertion above moves everything after it).
    let mut jobs: Vec<Job> = Vec::new();
    let mut delta: i64 = 0;
    for i in order {
        let a = anchors[i];
        if out[i].is_none() {
            let q = fold(&a.exact);
            if q.is_empty() {
                continue;
            }
            let query = Query {
                q_chars: q.chars().collect(),
                prefix: fold(&a.prefix).chars().collect(),
                suffix: fold(&a.suffix).chars().collect(),
                q,
            };
            let expected_char = (a.start as i64 + delta).clamp(0, total_chars as i64) as usize;
            let expected = searcher
                .folded
                .folded_at(text, doc.byte_offset(expected_char));
            let near = searcher.exact_in(
                &query,
                expected.saturating_sub(EXACT_WINDOW)..expected + query.q.len() + EXACT_WINDOW,
                expected,
            );
            let mut job = Job {
                index: i,
                anchor: a,
                query,
                expected,
                best: None,
            };
            job.offer(near);
            if !job.settled(1.0) {
                jobs.push(job);
                continue;
            }
            out[i] = Some(searcher.placement(&job));
        }
        if let Some(Placement { range: Some(r), .. }) = &out[i] {
            delta = doc.char_offset(r.start) as i64 - a.start as i64;
        }
    }

    // 2b. Exact copies anywhere, all passages in one pass.
    let patterns: Vec<&[u8]> = jobs.iter().map(|j| j.query.q.as_bytes()).collect();
    let hits = find_many(searcher.folded.text.as_bytes(), &patterns, MAX_CANDIDATES);
    let mut near_jobs = Vec::new();
    for (mut job, hits) in jobs.into_iter().zip(hits) {
        let far = hits
            .into_iter()
            .map(|h| searcher.candidate(&job.query, h..h + job.query.q.len(), 1.0, job.expected));
        job.offer(Searcher::best(far));
        if job.settled(1.0) {
            out[job.index] = Some(searcher.placement(&job));
        } else {
            near_jobs.push(job);
        }
    }

    // 3. Approximate matches near the expected place, and the passage between its prefix and
    // suffix. A match farther away than the window scores at most `far_position` for position.
    let mut far_jobs = Vec::new();
    for mut job in near_jobs {
        let m = job.query.q_chars.len();
        let k = m.div_ceil(4).min(MAX_EDITS);
        let window = FUZZY_WINDOW.max(4 * job.query.q.len());
        let e = job.expected;
        let area = e.saturating_sub(window)..e + job.query.q.len() + window;
        if (2..=MAX_FUZZY_LEN).contains(&m) {
            let near = searcher.fuzzy_in(&job.query, area.clone(), k, e);
            job.offer(near.filter(|c| acceptable(c, m)));
        }
        let bracketed = searcher.bracketed(&job.query, area, e);
        job.offer(bracketed.filter(|c| acceptable(c, m)));
        let far_position = 1.0 - window as f64 / searcher.folded.text.len().max(1) as f64;
        if job.settled(far_position) || !(2..=MAX_FUZZY_LEN).contains(&m) {
            out[job.index] = Some(searcher.placement(&job));
        } else {
            far_jobs.push((job, k));
        }
    }

    // 4. Approximate matches anywhere: around exact occurrences of pieces of the passage (all
    // found in one pass).
    let mut seeds: Vec<&[u8]> = Vec::new();
    let mut seed_owner: Vec<(usize, usize)> = Vec::new(); // (job, byte offset of the seed in q)
    for (j, (job, k)) in far_jobs.iter().enumerate() {
        let q = job.query.q.as_bytes();
        let pieces = (k + 1).min(SEEDS).min(q.len() / SEED);
        for p in 0..pieces {
            let mut at = q.len() * p / pieces;
            while at < q.len() && (q[at] & 0xC0) == 0x80 {
                at += 1;
            }
            if at + SEED <= q.len() {
                seeds.push(&q[at..at + SEED]);
                seed_owner.push((j, at));
            }
        }
    }
    let seed_hits = find_many(searcher.folded.text.as_bytes(), &seeds, SEED_HITS + 1);
    let mut areas: Vec<Vec<Range<usize>>> = vec![Vec::new(); far_jobs.len()];
    for ((j, at), hits) in seed_owner.into_iter().zip(seed_hits) {
        if hits.len() > SEED_HITS {
            continue; // too common to tell anything
        }
        let (job, k) = &far_jobs[j];
        let slack = k * 4 + 8;
        for h in hits {
            areas[j].push(h.saturating_sub(at + slack)..h + (job.query.q.len() - at) + slack);
        }
    }
    for ((mut job, k), mut areas) in far_jobs.into_iter().zip(areas) {
        areas.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::new();
        for a in areas {
            match merged.last_mut() {
                Some(last) if a.start <= last.end => last.end = last.end.max(a.end),
                _ => merged.push(a),
            }
        }
        merged.truncate(64);
        let m = job.query.q_chars.len();
        let far = Searcher::best(
            merged
                .into_iter()
                .filter_map(|area| searcher.fuzzy_in(&job.query, area, k, job.expected))
                .filter(|c| acceptable(c, m)),
        );
        job.offer(far);
        out[job.index] = Some(searcher.placement(&job));
    }
    out.into_iter()
        .map(|p| {
            p.unwrap_or(Placement {
                range: None,
                status: NoteStatus::Orphaned,
            })
        })
        .collect()
}

impl Searcher<'_> {
    fn to_doc(&self, c: &Candidate, exact: &str) -> Range<usize> {
        let text = &self.doc.text;
        let r = self.folded.orig_at(text, c.range.start)..self.folded.orig_at(text, c.range.end);
        refine_edges(text, r, exact)
    }

    /// Where a job's best candidate puts its note (orphaned without one).
    fn placement(&self, job: &Job) -> Placement {
        let Some(c) = &job.best else {
            return Placement {
                range: None,
                status: NoteStatus::Orphaned,
            };
        };
        let a = job.anchor;
        let r = self.to_doc(c, &a.exact);
        let status = if !c.exact {
            NoteStatus::Fuzzy
        } else if r == (self.doc.byte_offset(a.start)..self.doc.byte_offset(a.end))
            && self.doc.text.get(r.clone()) == Some(a.exact.as_str())
        {
            NoteStatus::Anchored
        } else {
            NoteStatus::Moved
        };
        Placement {
            range: Some(r),
            status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Document {
        Document::from_text(s.to_owned(), None)
    }

    fn anchor(d: &Document, passage: &str) -> Anchor {
        let s = d.text.find(passage).unwrap();
        anchor_of(d, s..s + passage.len())
    }

    fn place(d: &Document, a: &Anchor) -> (Option<String>, NoteStatus) {
        let p = place_all(d, &[a]).remove(0);
        (p.range.map(|r| d.text[r].to_owned()), p.status)
    }

    #[test]
    fn folding_maps_back() {
        let text = "كَتَبَ الـــولدُ\nدرسه";
        let f = Folded::new(text, FOLD);
        assert_eq!(f.text, "كتب الولد\nدرسه");
        let k = f.text.find("الولد").unwrap();
        let o = f.orig_at(text, k);
        assert_eq!(&text[o..o + 2], "ا");
        assert_eq!(f.folded_at(text, o), k);
        assert_eq!(f.orig_at(text, f.text.len()), text.len());
        // Long vowelled text crosses checkpoints.
        let long = "بِسْمِ اللَّهِ ".repeat(200);
        let f = Folded::new(&long, FOLD);
        for (k, _) in f.text.char_indices().step_by(7) {
            let o = f.orig_at(&long, k);
            assert!(long.is_char_boundary(o));
            assert_eq!(f.folded_at(&long, o), k);
        }
    }

    #[test]
    fn re_anchoring_cases() {
        let before = doc("مقدمة قصيرة.\nقال الشاعر إن الليل طويل جدا.\nخاتمة.\n");
        let a = anchor(&before, "الليل طويل");
        assert_eq!(
            place(&before, &a),
            (Some("الليل طويل".into()), NoteStatus::Anchored)
        );
        // Paragraph inserted above.
        let moved =
            doc("فقرة جديدة أضيفت هنا.\nمقدمة قصيرة.\nقال الشاعر إن الليل طويل جدا.\nخاتمة.\n");
        assert_eq!(
            place(&moved, &a),
            (Some("الليل طويل".into()), NoteStatus::Moved)
        );
        // Harakat added: still the passage.
        let vowelled = doc("مقدمة قصيرة.\nقال الشاعر إن اللَّيْلَ طويل جدا.\nخاتمة.\n");
        assert_eq!(
            place(&vowelled, &a),
            (Some("اللَّيْلَ طويل".into()), NoteStatus::Moved)
        );
        let b = anchor(&before, "الليل");
        assert_eq!(
            place(&vowelled, &b),
            (Some("اللَّيْلَ".into()), NoteStatus::Moved)
        );
        // A letter changed inside.
        let changed = doc("مقدمة قصيرة.\nقال الشاعر إن الليل طوبل جدا.\nخاتمة.\n");
        assert_eq!(
            place(&changed, &a),
            (Some("الليل طوبل".into()), NoteStatus::Fuzzy)
        );
        // Gone.
        let gone = doc("مقدمة قصيرة.\nخاتمة.\n");
        assert_eq!(place(&gone, &a), (None, NoteStatus::Orphaned));
    }

    #[test]
    fn repeated_passage_goes_by_context() {
        let d = doc("one apple here. two apple there. three apple where.");
        let a = anchor_of(&d, 20..25); // the second "apple"
        assert_eq!(&d.text[20..25], "apple");
        let edited = doc("Zero. one apple here. two apple there. three apple where.");
        let p = place_all(&edited, &[&a]).remove(0);
        assert_eq!(p.range, Some(26..31));
        assert_eq!(p.status, NoteStatus::Moved);
    }

    #[test]
    fn an_exact_copy_elsewhere_does_not_beat_the_edited_passage_in_place() {
        let d = doc("بدأ اليوم اجتماع قادة الدول العربية في القاهرة.\n\
                     وفي فقرة لاحقة ذكر التقرير أن قادة الدول العربية اتفقوا.\n");
        let a = anchor(&d, "قادة الدول العربية");
        let edited = doc("بدأ اليوم اجتماع زعماء الدول العربية في القاهرة.\n\
                          وفي فقرة لاحقة ذكر التقرير أن قادة الدول العربية اتفقوا.\n");
        // The edit starts inside the passage's first word: the match takes in the whole word.
        assert_eq!(
            place(&edited, &a),
            (Some("زعماء الدول العربية".into()), NoteStatus::Fuzzy)
        );
    }

    #[test]
    fn a_passage_rewritten_beyond_recognition_goes_to_its_copy() {
        let d = doc("أولا قال الوزير كلاما مهما جدا هنا.\nثانيا كلاما مهما جدا مرة أخرى.\n");
        let a = anchor(&d, "كلاما مهما جدا");
        // Less than half of the passage is left at its place.
        let edited = doc("أولا قال الوزير شيئا آخر هنا.\nثانيا كلاما مهما جدا مرة أخرى.\n");
        let p = place_all(&edited, &[&a]).remove(0);
        assert_eq!(p.status, NoteStatus::Moved);
        assert_eq!(p.range.map(|r| &edited.text[r]), Some("كلاما مهما جدا"));
    }

    #[test]
    fn a_heavily_edited_passage_is_found_between_its_prefix_and_suffix() {
        let d = doc(
            "مقدمة طويلة بعض الشيء عن الموضوع، ثم جاء النص: الاقتصاد ينمو بسرعة، وبعده خاتمة طويلة كذلك.\n",
        );
        let a = anchor(&d, "الاقتصاد ينمو بسرعة");
        let edited = doc(
            "مقدمة طويلة بعض الشيء عن الموضوع، ثم جاء النص: الاقتصاد الوطني ينمو بسرعة، وبعده خاتمة طويلة كذلك.\n",
        );
        assert_eq!(
            place(&edited, &a),
            (Some("الاقتصاد الوطني ينمو بسرعة".into()), NoteStatus::Fuzzy)
        );
        // The passage deleted: its prefix and suffix meet, nothing between them.
        let gone =
            doc("مقدمة طويلة بعض الشيء عن الموضوع، ثم جاء النص: ، وبعده خاتمة طويلة كذلك.\n");
        assert_eq!(place(&gone, &a), (None, NoteStatus::Orphaned));
    }

    #[test]
    fn the_bound_stops_the_search_only_when_nothing_could_win() {
        // An exact copy with its context intact scores above any approximate match.
        let m = 20;
        assert!(
            QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT * 0.99
                > inexact_bound(m, 1.0)
        );
        // With half its context changed, it does not.
        assert!(QUOTE_WEIGHT + PREFIX_WEIGHT + POSITION_WEIGHT < inexact_bound(m, 1.0));
        assert!(inexact_bound(m, 0.5) < inexact_bound(m, 1.0));
    }

    #[test]
    fn find_many_finds_every_pattern() {
        let hay = "abcabcabd كتب كتاب abc".as_bytes();
        let pats: Vec<&[u8]> = vec![
            b"abc",
            b"abd",
            "كتاب".as_bytes(),
            b"zzz",
            b"",
            b"abcabcabd the rest is longer",
        ];
        let hits = find_many(hay, &pats, 2);
        assert_eq!(hits[0], [0, 3], "capped at 2");
        assert_eq!(hits[1], [6]);
        assert_eq!(
            hits[2],
            [hay.windows(8).position(|w| w == "كتاب".as_bytes()).unwrap()]
        );
        assert!(hits[3].is_empty() && hits[4].is_empty() && hits[5].is_empty());
        let long: Vec<&[u8]> = vec![b"abcabcabd kk", "abcabcabd ك".as_bytes()];
        assert_eq!(find_many(hay, &long, 5), [vec![], vec![0]]);
    }

    #[test]
    fn far_fuzzy_is_found_by_seeds() {
        let filler = "x".repeat(200_000);
        let d = doc(&format!(
            "{filler}\nthe quick brown fox jumps over the lazy dog\n"
        ));
        let a = anchor(&d, "quick brown fox jumps over");
        let moved = doc(&format!(
            "the quick brown fax jumps over the lazy dog\n{filler}\n"
        ));
        let (got, status) = place(&moved, &a);
        assert_eq!(got.as_deref(), Some("quick brown fax jumps over"));
        assert_eq!(status, NoteStatus::Fuzzy);
    }
}
