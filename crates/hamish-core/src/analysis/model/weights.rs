//! The feature weights in memory.

use super::NL;

/// Feature weights: open addressing on the feature id, key and weights side by side so that a
/// lookup touches one cache line. The weights are kept as the model file has them, 16-bit integers
/// times one scale: a slot is 32 bytes, two to a cache line, never across two, and the table half
/// the size it would be in f32 (tagging varied text is mostly waiting for these slots). Most features looked up while tagging are absent (word bigrams
/// never seen in training), and their probe would miss the cache: a small membership filter in
/// front of the slots (a blocked Bloom filter, two bits of one 64-bit word per feature, from bits
/// of the id that the slot index does not use) turns ~99% of those away first.
pub struct Table {
    slots: Vec<Slot>,
    mask: usize,
    len: usize,
    filter: Vec<u64>,
    scale: f32,
}

/// Size of the membership filter in 64-bit words (256 KiB: stays in the L2 cache).
const FILTER_WORDS: usize = 1 << 15;

/// The filter word of a feature id and its two bits in it.
#[inline]
fn filter_bits(k: u64) -> (usize, u64) {
    let word = (k >> 40) as usize & (FILTER_WORDS - 1);
    (word, 1u64 << ((k >> 28) & 63) | 1u64 << ((k >> 34) & 63))
}

#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Slot {
    key: u64,
    val: [i16; NL],
}

/// Quantised weights: (feature id, weights), and the scale they are multiplied by.
pub(super) type Quantised = (Vec<(u64, [i16; NL])>, f32);

/// Quantises weights to 16 bits (the largest magnitude to 32000), dropping the features whose
/// weights all round to 0.
pub(super) fn quantise(entries: &[(u64, [f32; NL])]) -> Quantised {
    let max = entries
        .iter()
        .flat_map(|(_, v)| v.iter())
        .fold(0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 32000.0 } else { 1.0 };
    let q = entries
        .iter()
        .map(|(k, v)| (*k, std::array::from_fn(|j| (v[j] / scale).round() as i16)))
        .filter(|(_, q): &(u64, [i16; NL])| q.iter().any(|&x| x != 0))
        .collect();
    (q, scale)
}

/// Adds weights `b` (quantised, times `scale`) to `a`.
#[inline]
pub(super) fn add_scaled(a: &mut [f32; NL], b: &[i16; NL], scale: f32) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += *y as f32 * scale;
    }
}

impl Table {
    /// The table of weights quantised by [`quantise`].
    pub(super) fn with_entries((entries, scale): Quantised) -> Table {
        // filled up to 3/4 at most: the filter turns away most absent features before they probe,
        // so a fuller table costs little time and half the memory of a sparse one
        let cap = (entries.len() + entries.len() / 3)
            .next_power_of_two()
            .max(16);
        let mut t = Table {
            slots: vec![
                Slot {
                    key: 0,
                    val: [0; NL]
                };
                cap
            ],
            mask: cap - 1,
            len: 0,
            filter: vec![0; FILTER_WORDS],
            scale,
        };
        for (k, v) in entries {
            let (w, bits) = filter_bits(k);
            t.filter[w] |= bits;
            let mut i = (k as usize) & t.mask;
            while t.slots[i].key != 0 && t.slots[i].key != k {
                i = (i + 1) & t.mask;
            }
            if t.slots[i].key == 0 {
                t.slots[i] = Slot { key: k, val: v };
                t.len += 1;
            }
        }
        t
    }

    #[inline]
    pub(super) fn get(&self, k: u64) -> Option<&[i16; NL]> {
        if self.filter_says_absent(k) {
            return None;
        }
        self.get_unfiltered(k)
    }

    #[inline]
    fn filter_says_absent(&self, k: u64) -> bool {
        let (w, bits) = filter_bits(k);
        self.filter[w] & bits != bits
    }

    /// Whether feature `k` may be in the table (the membership filter lets it through); if so,
    /// starts loading the slot where it would be (see [`prefetch`]), for a [`Table::get_unfiltered`]
    /// soon after.
    #[inline]
    pub(super) fn may_hold(&self, k: u64) -> bool {
        if self.filter_says_absent(k) {
            return false;
        }
        prefetch(&self.slots[(k as usize) & self.mask]);
        true
    }

    /// [`Table::get`] without asking the membership filter first (it was asked already).
    #[inline]
    pub(super) fn get_unfiltered(&self, k: u64) -> Option<&[i16; NL]> {
        let mut i = (k as usize) & self.mask;
        loop {
            let s = &self.slots[i];
            if s.key == k {
                return Some(&s.val);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// What the weights of [`Table::get`] are multiplied by.
    #[inline]
    pub(super) fn scale(&self) -> f32 {
        self.scale
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (u64, &[i16; NL])> {
        self.slots
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| (s.key, &s.val))
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Asks the CPU to start loading the cache line holding `r` into the cache. Only a hint: it
/// changes no result, and compiles to nothing but on x86-64.
#[inline(always)]
pub(crate) fn prefetch<T>(r: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults and brings nothing into the program's state (it only warms
    // the cache); SSE, which it needs, is part of every x86-64 CPU. `r` is a valid reference anyway.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>((r as *const T).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = r;
}
