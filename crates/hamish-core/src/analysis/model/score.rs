//! Emission scores: a block of scores per distinct word, computed once, summed over a window.

use super::super::gazetteer::Gazetteer;
use super::super::normalize;
use super::clusters;
use super::features::{PAD_IDS, context_features, word_features_with, word_id_of_key};
use super::hash::{at, feat};
use super::weights::{add_scaled, prefetch};
use super::{Model, NB, NL, W};

/// Cache of word score blocks (one per distinct word), kept as long as its owner wants: across
/// the sentences of a document, or across documents (see [`Scorer::words`], [`Scorer::forget_words`]).
pub struct Scorer<'m> {
    model: &'m Model,
    feats: Vec<(u64, u8)>,
    blocks: Vec<[[f32; NL]; NB]>,
    wids: Vec<u64>,
    /// Scratch: the word ids of the sentence being scored.
    sent_wids: Vec<u64>,
    /// Scratch: the feature ids of the word whose block is being computed that the table may
    /// hold, with the row of the block they add to.
    feat_ids: Vec<(u64, usize)>,
}

pub(super) fn add(a: &mut [f32; NL], b: &[f32; NL]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += *y;
    }
}

impl<'m> Scorer<'m> {
    pub fn new(model: &'m Model) -> Scorer<'m> {
        let mut s = Scorer {
            model,
            feats: Vec::new(),
            blocks: Vec::new(),
            wids: Vec::new(),
            sent_wids: Vec::new(),
            feat_ids: Vec::new(),
        };
        // block 0: before the sentence, block 1: after it
        s.push_block_for(&[(feat(90, "<s>"), W as u8)], PAD_IDS[0]);
        s.push_block_for(&[(feat(90, "</s>"), W as u8)], PAD_IDS[1]);
        s
    }

    fn push_block_for(&mut self, feats: &[(u64, u8)], wid: u64) -> u32 {
        // the ids of the features the table may hold first (the membership filter turns most
        // away), asking for their slots (their cache misses then overlap), then the sums in the
        // same order as one by one
        let table = &self.model.table;
        let mut ids = std::mem::take(&mut self.feat_ids);
        ids.clear();
        for &(f, w) in feats {
            let w = w as i32;
            for d in -w..w + 1 {
                let k = at(f, d);
                if table.may_hold(k) {
                    ids.push((k, (d + W) as usize));
                }
            }
        }
        let mut b = [[0f32; NL]; NB];
        let scale = table.scale();
        for &(k, row) in &ids {
            if let Some(v) = table.get_unfiltered(k) {
                add_scaled(&mut b[row], v, scale);
            }
        }
        self.feat_ids = ids;
        self.blocks.push(b);
        self.wids.push(wid);
        (self.blocks.len() - 1) as u32
    }

    /// Makes room for `n` more word blocks at once, so that a cache growing to its bound is not
    /// copied from smaller buffers on the way (each copy holds both in memory).
    pub fn reserve_words(&mut self, n: usize) {
        self.blocks.reserve_exact(n);
        self.wids.reserve_exact(n);
    }

    /// Number of word blocks computed (the two sentence-boundary blocks excluded).
    pub fn words(&self) -> usize {
        self.blocks.len() - 2
    }

    /// Drops the word blocks (ids given out before are no longer valid).
    pub fn forget_words(&mut self) {
        self.blocks.truncate(2);
        self.wids.truncate(2);
    }

    /// Keeps only the word blocks `ids` (ascending), dropping the others, in place; returns their
    /// new ids (ids given out before are no longer valid).
    pub fn keep_words(&mut self, ids: &[u32]) -> Vec<u32> {
        debug_assert!(ids.windows(2).all(|w| w[0] < w[1]) && ids.first().is_none_or(|&i| i >= 2));
        for (n, &i) in ids.iter().enumerate() {
            self.blocks[n + 2] = self.blocks[i as usize];
            self.wids[n + 2] = self.wids[i as usize];
        }
        self.blocks.truncate(ids.len() + 2);
        self.wids.truncate(ids.len() + 2);
        (2..ids.len() as u32 + 2).collect()
    }

    /// Computes (once) the score block of a word; returns its id.
    pub fn add_word(&mut self, word: &str) -> u32 {
        let g = Gazetteer::get();
        let k = normalize::key(word);
        self.add_word_with(word, &k, g.bits_any_reading(&k), g.word_bits(&k))
    }

    /// [`Scorer::add_word`] given the word's key and gazetteer class bits (see
    /// [`word_features_with`]).
    pub fn add_word_with(&mut self, word: &str, key: &str, bits_any: u16, bits_exact: u16) -> u32 {
        let mut feats = std::mem::take(&mut self.feats);
        // the clusters' slot is asked for first and read last
        let stem = clusters::stem_hash(key);
        self.model.clusters.prefetch(stem);
        word_features_with(word, key, bits_any, bits_exact, &mut feats);
        self.model.clusters.feature_by_hash(stem, &mut feats);
        let id = self.push_block_for(&feats, word_id_of_key(key));
        self.feats = feats;
        id
    }

    /// Emission scores of a sentence given its word block ids and gazetteer codes.
    pub fn emissions(&mut self, words: &[u32], gaz: &[u8], ev: &[u16], out: &mut Vec<[f32; NL]>) {
        out.clear();
        let n = words.len();
        let mut wid = std::mem::take(&mut self.sent_wids);
        wid.clear();
        wid.extend(words.iter().map(|&w| self.wids[w as usize]));
        // Much of the time here is spent waiting for memory: the score block of a rare word is
        // rarely in the cache. So the blocks of the whole sentence are asked for first.
        for &w in words {
            let b = &self.blocks[w as usize];
            for row in [0, 2, 4, 6] {
                prefetch(&b[row]);
            }
            prefetch(&b[NB - 1][NL - 1]);
        }
        for i in 0..n {
            let mut e = [0f32; NL];
            for d in -W..=W {
                let j = i as i32 + d;
                let b = if j < 0 {
                    0
                } else if j as usize >= n {
                    1
                } else {
                    words[j as usize] as usize
                };
                add(&mut e, &self.blocks[b][(d + W) as usize]);
            }
            context_features(&wid, gaz, ev, i, |f| {
                if let Some(v) = self.model.table.get(f) {
                    add_scaled(&mut e, v, self.model.table.scale());
                }
            });
            out.push(e);
        }
        self.sent_wids = wid;
    }
}
