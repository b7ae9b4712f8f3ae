//! Hashing: a fast hasher for word-keyed maps, and the feature ids (a template byte and a string
//! mixed into 64 bits).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small fast hasher (FxHash-style) for word-keyed maps.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);
impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

pub(super) fn feat(template: u8, s: &str) -> u64 {
    feat_bytes(template, s.as_bytes())
}

pub(super) fn feat_bytes(template: u8, s: &[u8]) -> u64 {
    let mut f = FeatHasher::new(template);
    f.bytes(s);
    f.finish()
}

/// [`feat`] of a string given piece by piece (characters made on the fly need no buffer):
/// `FeatHasher::new(t)` fed `s` gives `feat(t, s)`.
pub(super) struct FeatHasher {
    h: u64,
    template: u8,
}

impl FeatHasher {
    #[inline]
    pub(super) fn new(template: u8) -> FeatHasher {
        FeatHasher {
            h: 0xcbf29ce484222325 ^ template as u64,
            template,
        }
    }

    #[inline]
    pub(super) fn bytes(&mut self, s: &[u8]) {
        for &b in s {
            self.h ^= b as u64;
            self.h = self.h.wrapping_mul(0x100000001b3);
        }
    }

    #[inline]
    pub(super) fn char(&mut self, c: char) {
        self.bytes(c.encode_utf8(&mut [0u8; 4]).as_bytes());
    }

    #[inline]
    pub(super) fn finish(&self) -> u64 {
        mix(self.h ^ ((self.template as u64) << 56))
    }
}

/// The id of base feature `f` observed at relative position `d` (−2…+2). Never 0.
#[inline]
pub(super) fn at(f: u64, d: i32) -> u64 {
    mix(f ^ ((d + 8) as u64).wrapping_mul(0x9E3779B97F4A7C15)) | 1
}
