//! The tagger's map from a word as written to its entry in the word cache.
//!
//! Every token of a text is looked up here, and on varied text most lookups of rare words miss
//! the CPU's caches: a general hash map costs a miss on its control bytes, one on its bucket and
//! one on the entry it leads to, one after the other. Here a slot is a hash and an entry number
//! (four slots to a cache line), the word itself is compared in its cache entry (which the
//! tagger reads next anyway), and the slot of a word a few tokens ahead is asked for early
//! ([`WordIndex::prefetch`]) so that the misses of consecutive tokens overlap.

use crate::analysis::model::hash::{FastHasher, mix};
use crate::analysis::model::weights::prefetch;
use std::hash::Hasher;

#[derive(Clone, Copy)]
struct Slot {
    hash: u64,
    /// The entry's number; [`EMPTY`] for a free slot.
    entry: u32,
}

const EMPTY: u32 = u32::MAX;

/// A free slot.
const FREE: Slot = Slot {
    hash: 0,
    entry: EMPTY,
};

/// Open addressing, linear probing, at most half full (a probe rarely goes past its first slot).
pub(super) struct WordIndex {
    slots: Vec<Slot>,
    mask: usize,
    len: usize,
}

/// The hash a word is filed under.
#[inline]
pub(super) fn hash(word: &str) -> u64 {
    let mut h = FastHasher::default();
    h.write(word.as_bytes());
    // the slot is chosen by the low bits, which the multiplying hasher leaves weak
    mix(h.finish() ^ word.len() as u64)
}

impl Default for WordIndex {
    fn default() -> WordIndex {
        WordIndex {
            slots: vec![FREE; 16],
            mask: 15,
            len: 0,
        }
    }
}

impl WordIndex {
    /// The entry filed under `hash` for which `is_word(entry)` holds.
    #[inline]
    pub(super) fn find(&self, hash: u64, is_word: impl Fn(u32) -> bool) -> Option<u32> {
        let mut i = hash as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s.entry == EMPTY {
                return None;
            }
            if s.hash == hash && is_word(s.entry) {
                return Some(s.entry);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The entry in the first slot `hash` is looked for in, if any: a guess, for prefetching the
    /// entry before [`WordIndex::find`] confirms it.
    #[inline]
    pub(super) fn first_guess(&self, hash: u64) -> Option<u32> {
        let s = self.slots[hash as usize & self.mask];
        (s.entry != EMPTY && s.hash == hash).then_some(s.entry)
    }

    /// Asks the CPU to start loading the slot `hash` is looked for in first.
    #[inline]
    pub(super) fn prefetch(&self, hash: u64) {
        prefetch(&self.slots[hash as usize & self.mask]);
    }

    /// Files `entry` under `hash` (the caller has found no entry for its word).
    pub(super) fn insert(&mut self, hash: u64, entry: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow(self.slots.len() * 2);
        }
        self.put(hash, entry);
        self.len += 1;
    }

    /// Makes room for `n` entries in all, so that filling a big cache rehashes at most once.
    pub(super) fn reserve(&mut self, n: usize) {
        let want = (n * 2).next_power_of_two();
        if want > self.slots.len() {
            self.grow(want);
        }
    }

    fn grow(&mut self, cap: usize) {
        let old = std::mem::replace(&mut self.slots, vec![FREE; cap]);
        self.mask = cap - 1;
        for s in old {
            if s.entry != EMPTY {
                self.put(s.hash, s.entry);
            }
        }
    }

    fn put(&mut self, hash: u64, entry: u32) {
        let mut i = hash as usize & self.mask;
        while self.slots[i].entry != EMPTY {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = Slot { hash, entry };
    }

    /// Renumbers the entries (`new[old]`, [`EMPTY`] for an entry dropped), keeping the room.
    pub(super) fn renumber(&mut self, new: &[u32]) {
        let kept: Vec<Slot> = self
            .slots
            .iter()
            .filter(|s| s.entry != EMPTY && new[s.entry as usize] != EMPTY)
            .map(|s| Slot {
                hash: s.hash,
                entry: new[s.entry as usize],
            })
            .collect();
        self.slots.fill(FREE);
        self.len = kept.len();
        for s in kept {
            self.put(s.hash, s.entry);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_filed_and_only_it_across_growth_and_renumbering() {
        let words: Vec<String> = (0..5000).map(|i| format!("كلمة{i}")).collect();
        let mut ix = WordIndex::default();
        for (e, w) in words.iter().enumerate() {
            assert_eq!(ix.find(hash(w), |t| words[t as usize] == *w), None);
            ix.insert(hash(w), e as u32);
        }
        for (e, w) in words.iter().enumerate() {
            assert_eq!(
                ix.find(hash(w), |t| words[t as usize] == *w),
                Some(e as u32)
            );
        }
        assert_eq!(ix.find(hash("غائبة"), |_| true), None);
        // keep every third entry, numbered anew in order
        let mut new = vec![EMPTY; words.len()];
        let kept: Vec<usize> = (0..words.len()).step_by(3).collect();
        for (n, &e) in kept.iter().enumerate() {
            new[e] = n as u32;
        }
        ix.renumber(&new);
        for (e, w) in words.iter().enumerate() {
            let found = ix.find(hash(w), |t| kept[t as usize] == e);
            assert_eq!(found, (e % 3 == 0).then_some((e / 3) as u32), "{w}");
        }
    }

    #[test]
    fn a_hash_shared_by_two_words_is_told_apart_by_the_word() {
        let mut ix = WordIndex::default();
        let words = ["أ", "ب"];
        ix.insert(7, 0);
        ix.insert(7, 1);
        assert_eq!(ix.find(7, |t| words[t as usize] == "ب"), Some(1));
        assert_eq!(ix.find(7, |t| words[t as usize] == "أ"), Some(0));
        assert_eq!(ix.find(7, |t| words[t as usize] == "ج"), None);
    }
}
