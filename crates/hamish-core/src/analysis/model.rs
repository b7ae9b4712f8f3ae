//! The entity model: an averaged structured perceptron over a linear chain (BIO labels, Viterbi
//! decoding with the BIO constraints), with hashed features, written for this project.
//!
//! Features:
//! - properties of a WORD — its key, stem after clitic stripping, prefixes and suffixes, stem
//!   trigrams, shape, morphological pattern, proclitics, nisba ending, gazetteer classes (places, organisations, persons,
//!   given names, titles, organisation and place heads, reporting verbs, club/company names) —
//!   each observed at a relative position up to ±3 (how far depends on the template);
//! - the gazetteer phrase label (B/I × kind) at −1…+1;
//! - the word bigrams (i−1, i) and (i, i+1);
//! - the word's cluster, fine and coarse, at −2…+2: clusters learnt at training time by
//!   [`clusters`] from the training sentences and unlabelled text (the AQMAR articles), stored in
//!   the model;
//! - document evidence about the word's stem at −1…+1 (somewhere in the article it follows a title,
//!   a given name, an organisation or place head, a reporting verb, or lies in a gazetteer phrase).
//!
//! Because word features do not depend on context, the score block of each distinct word is
//! computed once per call and reused at every occurrence: tagging costs one hash lookup, seven
//! vector additions and a few context lookups per token, plus Viterbi.
//!
//! Model file: magic, feature version (a stale file is refused), label count, flags (bit 0: trained
//! on the dev split), the clusters (count, then stem hash u64 and cluster u16 each), transitions
//! (f32), then the non-zero feature weights quantised to i16.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use thiserror::Error;

use super::gazetteer::{Gazetteer, class};
use super::normalize;

/// Labels, in model order.
pub const LABELS: [&str; 9] = [
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
pub const NL: usize = LABELS.len();
/// Bumped whenever feature extraction changes, so a stale model file is refused.
const FEATURE_VERSION: u32 = 13;
const MAGIC: &[u8; 8] = b"HAMISHNE";
/// Widest relative position of a word feature.
const W: i32 = 3;
const NB: usize = (2 * W + 1) as usize;

#[derive(Debug, Error)]
pub enum ModelError {
    #[error("model file is truncated or corrupt")]
    Corrupt,
    #[error(
        "model file was trained with feature version {found}, this build expects {expected}: retrain with `hamish model train`"
    )]
    Version { found: u32, expected: u32 },
}

/// Maps a corpus tag (ANERcorp or AQMAR spelling) to a label index; unknown tags are `O`.
pub fn label_index(tag: &str) -> u8 {
    let tag = tag.trim();
    let (bi, class) = match tag.split_once('-') {
        Some((b, c)) => (b, c.trim_start_matches('-')),
        None => return 0,
    };
    let base = match class {
        c if c.starts_with("PER") => 1,
        c if c.starts_with("LOC") => 3,
        c if c.starts_with("ORG") => 5,
        c if c.starts_with("MIS") => 7,
        _ => return 0,
    };
    match bi {
        "B" => base,
        "I" => base + 1,
        _ => 0,
    }
}

/// Whether label `b` may follow label `a` (`None` = sentence start) under BIO.
#[inline]
pub fn allowed(a: Option<usize>, b: usize) -> bool {
    if b == 0 || b % 2 == 1 {
        return true;
    }
    matches!(a, Some(a) if a != 0 && (a == b || a + 1 == b))
}

// ---------------------------------------------------------------- hashing

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

#[inline]
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

fn feat(template: u8, s: &str) -> u64 {
    feat_bytes(template, s.as_bytes())
}

fn feat_bytes(template: u8, s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325 ^ template as u64;
    for &b in s {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    mix(h ^ ((template as u64) << 56))
}

/// The id of base feature `f` observed at relative position `d` (−2…+2). Never 0.
#[inline]
fn at(f: u64, d: i32) -> u64 {
    mix(f ^ ((d + 8) as u64).wrapping_mul(0x9E3779B97F4A7C15)) | 1
}

// ---------------------------------------------------------------- features

/// Base features of a word: (hash, widest relative position it is used at).
pub fn word_features(word: &str, out: &mut Vec<(u64, u8)>) {
    let k = normalize::key(word);
    let bits = Gazetteer::get().bits_any_reading(&k);
    word_features_with(word, &k, bits, out);
}

/// [`word_features`] given the word's key and its class bits under any reading.
pub fn word_features_with(word: &str, k: &str, bits_any: u16, out: &mut Vec<(u64, u8)>) {
    out.clear();
    let s = normalize::stem(k);
    // byte offset of every character boundary (no allocation beyond the key)
    let kb: Vec<usize> = k.char_indices().map(|(i, _)| i).chain([k.len()]).collect();
    let n = kb.len() - 1;
    let first = word.chars().next().unwrap_or(' ');
    let script = if first.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&first) {
        "D"
    } else if ('\u{0600}'..='\u{06FF}').contains(&first) {
        "A"
    } else if first.is_alphabetic() {
        if first.is_uppercase() { "Lu" } else { "Ll" }
    } else {
        "P"
    };
    out.push((feat(0, "bias"), 0));
    out.push((feat(1, k), 1));
    out.push((feat(2, s), 3));
    // the word as written (marks and tatweel dropped only): keeps على apart from علي, ة from ه
    if word
        .chars()
        .any(|c| matches!(c, 'ى' | 'ة' | 'أ' | 'إ' | 'آ'))
    {
        let raw: String = word
            .chars()
            .filter(|&c| !normalize::is_mark(c) && c != '\u{0640}')
            .collect();
        out.push((feat(6, &raw), 1));
    }
    let len_bucket = match n {
        0..=1 => b'1',
        2 => b'2',
        3 => b'3',
        4..=5 => b'4',
        6..=8 => b'6',
        _ => b'9',
    };
    let mut shape = [0u8; 3];
    shape[..script.len()].copy_from_slice(script.as_bytes());
    shape[script.len()] = len_bucket;
    out.push((feat_bytes(3, &shape[..script.len() + 1]), 2));
    for l in 1..=3 {
        if n > l {
            out.push((feat(10 + l as u8, &k[..kb[l]]), 0));
            out.push((feat(20 + l as u8, &k[kb[n - l]..]), 0));
        }
    }
    let sb: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    let m = sb.len() - 1;
    if m >= 3 {
        out.push((feat(31, &s[sb[m - 2]..]), 1));
    }
    // character trigrams of the stem (transliterated names share endings such as ـوف ـسكي ـيتش)
    if m >= 4 {
        for i in 0..m - 2 {
            out.push((feat(32, &s[sb[i]..sb[i + 3]]), 0));
        }
    }
    // the stem's morphological pattern: letters that build Arabic word patterns (ا و ي ت م ن س ه ء)
    // stay, the others become C, so استقبال reads استCCاC; transliterated names rarely fit one
    if m >= 3 && script == "A" {
        let pat: String = s
            .chars()
            .map(|c| match c {
                'ا' | 'و' | 'ي' | 'ت' | 'م' | 'ن' | 'س' | 'ه' | 'ء' => c,
                _ => 'C',
            })
            .collect();
        out.push((feat(33, &pat), 1));
    }
    let proclitic = &k[..k.len() - s.len()];
    out.push((feat(4, proclitic), 1));
    // nisba adjective: stem ending in ي / يه
    if m >= 4 && (s.ends_with('ي') || s.ends_with("يه")) {
        out.push((
            feat(
                5,
                if k.starts_with("ال") {
                    "nisba-al"
                } else {
                    "nisba"
                },
            ),
            2,
        ));
    }
    let bits_exact = Gazetteer::get().word_bits(k);
    for b in 0..10u8 {
        let bit = 1u16 << b;
        if bits_any & bit != 0 {
            out.push((feat(100 + b, ""), 3));
            if bits_exact & bit != 0 {
                out.push((feat(120 + b, ""), 0));
            }
        }
    }
    // the word and its stem together, for the current position only
    if bits_any & class::PERSON != 0 && bits_any & class::FIRST_NAME != 0 {
        out.push((feat(60, ""), 0));
    }
}

/// Context feature: gazetteer phrase label at relative position d (code 1..=8 = B/I × kind).
#[inline]
fn gaz_feature(code: u8, d: i32) -> u64 {
    at(feat(70, "") ^ (code & !WEAK) as u64, d)
}

/// Document evidence about a word (by stem), gathered over all its occurrences in the document:
/// what came right before it somewhere, and which gazetteer phrases it was part of.
pub mod evidence {
    pub const AFTER_TITLE: u16 = 1;
    pub const AFTER_FIRST_NAME: u16 = 2;
    pub const AFTER_ORG_HEAD: u16 = 4;
    pub const AFTER_PLACE_HEAD: u16 = 8;
    pub const AFTER_REPORT_VERB: u16 = 16;
    pub const IN_PERSON_PHRASE: u16 = 32;
    pub const IN_PLACE_PHRASE: u16 = 64;
    pub const IN_ORG_PHRASE: u16 = 128;
    pub const BEFORE_FIRST_NAME_LESS: u16 = 256;
    /// A club or company name in an article that reads as a sports report.
    pub const ORG_NAME_IN_SPORTS: u16 = 512;
}

/// One word for [`document_evidence`]: its gazetteer class bits, a stem id, its gazetteer code.
#[derive(Debug, Clone, Copy)]
pub struct EvWord {
    pub bits: u16,
    pub stem: u32,
    pub gaz: u8,
}

/// Evidence bits per stem id over a document (sentences of words).
pub fn document_evidence(sents: &[Vec<EvWord>]) -> FastMap<u32, u16> {
    use evidence::*;
    let mut ev: FastMap<u32, u16> = FastMap::default();
    let sports_words = sents
        .iter()
        .flatten()
        .filter(|w| w.bits & class::SPORT != 0)
        .count();
    let sporty = sports_words >= 3;
    for s in sents {
        for (i, w) in s.iter().enumerate() {
            let mut e = 0u16;
            if i > 0 {
                let p = s[i - 1].bits;
                if p & class::TITLE != 0 {
                    e |= AFTER_TITLE;
                }
                if p & class::FIRST_NAME != 0 && w.bits & class::FIRST_NAME == 0 {
                    e |= AFTER_FIRST_NAME;
                }
                if p & class::ORG_HEAD != 0 {
                    e |= AFTER_ORG_HEAD;
                }
                if p & class::PLACE_HEAD != 0 {
                    e |= AFTER_PLACE_HEAD;
                }
                if p & class::REPORT_VERB != 0 {
                    e |= AFTER_REPORT_VERB;
                }
            }
            if let Some(n) = s.get(i + 1)
                && w.bits & class::FIRST_NAME != 0
                && n.bits & class::FIRST_NAME == 0
            {
                e |= BEFORE_FIRST_NAME_LESS;
            }
            if sporty && w.bits & class::ORG_NAME != 0 {
                e |= ORG_NAME_IN_SPORTS;
            }
            match w.gaz & !WEAK {
                1 | 2 => e |= IN_PERSON_PHRASE,
                3 | 4 => e |= IN_PLACE_PHRASE,
                5 | 6 => e |= IN_ORG_PHRASE,
                _ => {}
            }
            if e != 0 {
                *ev.entry(w.stem).or_default() |= e;
            }
        }
    }
    ev
}

/// Word clusters learnt from the training text: each frequent stem is described by the stems seen
/// just before and just after it (the most frequent stems as context words), and the vectors are
/// grouped by spherical k-means. A word's cluster is a model feature, so rare words borrow from the
/// frequent words that occur in the same contexts.
pub mod clusters {
    use super::*;

    /// Stems seen fewer times than this get no cluster.
    const MIN_COUNT: u32 = 3;
    /// Context words per side.
    const CONTEXT: usize = 300;
    const ITERATIONS: usize = 12;

    /// The stem hash a cluster is stored under.
    pub fn stem_hash(key: &str) -> u64 {
        feat(41, normalize::stem(key))
    }

    /// Appends the cluster feature of a word (by its key), if its stem has a cluster.
    pub fn feature(cl: &FastMap<u64, u16>, key: &str, out: &mut Vec<(u64, u8)>) {
        if cl.is_empty() {
            return;
        }
        if let Some(&c) = cl.get(&stem_hash(key)) {
            out.push((feat_bytes(40, &[c as u8]), 2));
            if c >> 8 != 0 {
                out.push((feat_bytes(42, &[(c >> 8) as u8]), 2));
            }
        }
    }

    /// Learns `k` clusters from sentences of words.
    pub fn learn<'a>(sents: impl Iterator<Item = &'a [String]>, k: usize) -> FastMap<u64, u16> {
        let mut ids: FastMap<String, u32> = FastMap::default();
        let mut count: Vec<u32> = Vec::new();
        let mut corpus: Vec<Vec<u32>> = Vec::new();
        for s in sents {
            let mut v = Vec::with_capacity(s.len());
            for w in s {
                let st = normalize::stem(&normalize::key(w)).to_owned();
                let next = ids.len() as u32;
                let id = *ids.entry(st).or_insert(next);
                if id == next {
                    count.push(0);
                }
                count[id as usize] += 1;
                v.push(id);
            }
            corpus.push(v);
        }
        // context vocabulary: the most frequent stems
        let mut by_freq: Vec<u32> = (0..count.len() as u32).collect();
        by_freq.sort_by_key(|&i| (std::cmp::Reverse(count[i as usize]), i));
        let mut ctx_index = vec![u32::MAX; count.len()];
        for (r, &i) in by_freq.iter().take(CONTEXT).enumerate() {
            ctx_index[i as usize] = r as u32;
        }
        let dim = 2 * CONTEXT + 2;
        let ctx = |w: Option<&u32>, side: usize| -> usize {
            match w {
                Some(&w) if ctx_index[w as usize] != u32::MAX => {
                    side * (CONTEXT + 1) + ctx_index[w as usize] as usize
                }
                _ => side * (CONTEXT + 1) + CONTEXT,
            }
        };
        // sparse context vectors of the frequent stems
        let mut row: Vec<u32> = vec![u32::MAX; count.len()];
        let mut vecs: Vec<FastMap<u32, f32>> = Vec::new();
        let mut owner: Vec<u32> = Vec::new();
        for (i, &c) in count.iter().enumerate() {
            if c >= MIN_COUNT {
                row[i] = vecs.len() as u32;
                vecs.push(FastMap::default());
                owner.push(i as u32);
            }
        }
        for s in &corpus {
            for (j, &w) in s.iter().enumerate() {
                let r = row[w as usize];
                if r == u32::MAX {
                    continue;
                }
                let l = ctx(if j > 0 { s.get(j - 1) } else { None }, 0);
                let rr = ctx(s.get(j + 1), 1);
                let v = &mut vecs[r as usize];
                *v.entry(l as u32).or_default() += 1.0;
                *v.entry(rr as u32).or_default() += 1.0;
            }
        }
        let vecs: Vec<Vec<(u32, f32)>> = vecs
            .into_iter()
            .map(|m| {
                let mut v: Vec<(u32, f32)> = m.into_iter().map(|(d, x)| (d, x.sqrt())).collect();
                v.sort_unstable_by_key(|e| e.0);
                let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-9);
                for e in v.iter_mut() {
                    e.1 /= norm;
                }
                v
            })
            .collect();
        let n = vecs.len();
        if n < k || k < 2 {
            return FastMap::default();
        }
        // spherical k-means, seeded with evenly spaced words by frequency
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(count[owner[i] as usize]), i));
        let mut cent = vec![0f32; k * dim];
        for c in 0..k {
            for &(d, x) in &vecs[order[c * n / k]] {
                cent[c * dim + d as usize] = x;
            }
        }
        let mut assign = vec![0u16; n];
        for _ in 0..ITERATIONS {
            for (i, v) in vecs.iter().enumerate() {
                let mut best = (f32::MIN, 0);
                for c in 0..k {
                    let base = &cent[c * dim..(c + 1) * dim];
                    let sim: f32 = v.iter().map(|&(d, x)| base[d as usize] * x).sum();
                    if sim > best.0 {
                        best = (sim, c);
                    }
                }
                assign[i] = best.1 as u16;
            }
            cent.iter_mut().for_each(|x| *x = 0.0);
            for (i, v) in vecs.iter().enumerate() {
                let c = assign[i] as usize;
                for &(d, x) in v {
                    cent[c * dim + d as usize] += x;
                }
            }
            for c in 0..k {
                let base = &mut cent[c * dim..(c + 1) * dim];
                let norm = base.iter().map(|x| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    base.iter_mut().for_each(|x| *x /= norm);
                }
            }
        }
        let mut names: Vec<Option<&str>> = vec![None; count.len()];
        for (st, &id) in &ids {
            names[id as usize] = Some(st.as_str());
        }
        let mut out = FastMap::default();
        for (i, &c) in assign.iter().enumerate() {
            if let Some(st) = names[owner[i] as usize] {
                out.insert(feat(41, st), c);
            }
        }
        out
    }
}

/// Sentences per pseudo-document when training (ANERcorp has no article breaks).
pub const DOC_CHUNK: usize = 25;

/// The word-identity hash used by the bigram features.
fn word_id(word: &str) -> u64 {
    feat(1, &normalize::key(word))
}
/// Salt of the auxiliary-corpus copy of a feature (see [`TrainOptions::aux_from`]).
const AUX_SALT: u64 = 0x0a0c_3a11_d0d0_7e57;
const PAD_IDS: [u64; 2] = [0x5eed_0000_0000_0001, 0x5eed_0000_0000_0002];

/// Context features of position `i`: gazetteer phrase labels at −1…+1 and the word bigrams
/// (i−1, i) and (i, i+1). `wid` are the words' identity hashes.
#[inline]
fn context_features(wid: &[u64], gaz: &[u8], ev: &[u16], i: usize, mut f: impl FnMut(u64)) {
    let n = wid.len();
    for d in -1i32..=1 {
        let j = i as i32 + d;
        if j >= 0 && (j as usize) < n {
            let mut e = ev[j as usize];
            while e != 0 {
                let b = e.trailing_zeros();
                e &= e - 1;
                f(at(feat(80 + b as u8, ""), d));
            }
        }
    }
    for d in -1i32..=1 {
        let j = i as i32 + d;
        if j >= 0 && (j as usize) < n && gaz[j as usize] != 0 {
            f(gaz_feature(gaz[j as usize], d));
        }
    }
    let prev = if i == 0 { PAD_IDS[0] } else { wid[i - 1] };
    let next = if i + 1 >= n { PAD_IDS[1] } else { wid[i + 1] };
    f(mix(prev.rotate_left(17) ^ wid[i] ^ 0xb16a_0001) | 1);
    f(mix(wid[i].rotate_left(17) ^ next ^ 0xb16a_0002) | 1);
}

// ---------------------------------------------------------------- weights

/// Feature weights: open addressing on the feature id, key and weights side by side so that a
/// lookup touches one cache line. Most features looked up while tagging are absent (word bigrams
/// never seen in training), and their probe would miss the cache: a small membership filter in
/// front of the slots (a blocked Bloom filter, two bits of one 64-bit word per feature, from bits
/// of the id that the slot index does not use) turns ~99% of those away first.
pub struct Table {
    slots: Vec<Slot>,
    mask: usize,
    len: usize,
    filter: Vec<u64>,
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
#[repr(C)]
struct Slot {
    key: u64,
    val: [f32; NL],
}

impl Table {
    fn with_entries(entries: Vec<(u64, [f32; NL])>) -> Table {
        // filled up to 3/4 at most: the filter turns away most absent features before they probe,
        // so a fuller table costs little time and half the memory of a sparse one
        let cap = (entries.len() + entries.len() / 3)
            .next_power_of_two()
            .max(16);
        let mut t = Table {
            slots: vec![
                Slot {
                    key: 0,
                    val: [0.0; NL]
                };
                cap
            ],
            mask: cap - 1,
            len: 0,
            filter: vec![0; FILTER_WORDS],
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
    fn get(&self, k: u64) -> Option<&[f32; NL]> {
        let (w, bits) = filter_bits(k);
        if self.filter[w] & bits != bits {
            return None;
        }
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

    /// Starts loading the slot where feature `k` would be (see [`prefetch`]), unless the filter
    /// says that it is absent.
    #[inline]
    fn prefetch(&self, k: u64) {
        let (w, bits) = filter_bits(k);
        if self.filter[w] & bits == bits {
            prefetch(&self.slots[(k as usize) & self.mask]);
        }
    }

    fn iter(&self) -> impl Iterator<Item = (u64, &[f32; NL])> {
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
fn prefetch<T>(r: &T) {
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

/// A trained model.
pub struct Model {
    /// Whether the dev split (last 10% of ANERcorp train) was part of the training data.
    pub trained_on_dev: bool,
    /// trans[a][b]: score of label b after a; row NL is the sentence start.
    trans: [[f32; NL]; NL + 1],
    table: Table,
    /// Word clusters: stem hash → cluster (see [`clusters`]).
    clusters: FastMap<u64, u16>,
}

/// Cache of word score blocks (one per distinct word), kept as long as its owner wants: across
/// the sentences of a document, or across documents (see [`Scorer::words`], [`Scorer::forget_words`]).
pub struct Scorer<'m> {
    model: &'m Model,
    feats: Vec<(u64, u8)>,
    blocks: Vec<[[f32; NL]; NB]>,
    wids: Vec<u64>,
    /// Scratch: the word ids of the sentence being scored.
    sent_wids: Vec<u64>,
    /// Scratch: the feature ids of the word whose block is being computed.
    feat_ids: Vec<u64>,
}

fn add(a: &mut [f32; NL], b: &[f32; NL]) {
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
        // the ids of all the features first, asking for the slots of those the table may hold
        // (their cache misses then overlap), then the sums in the same order as one by one
        let table = &self.model.table;
        let mut ids = std::mem::take(&mut self.feat_ids);
        ids.clear();
        for &(f, w) in feats {
            for d in -(w as i32)..=(w as i32) {
                let k = at(f, d);
                table.prefetch(k);
                ids.push(k);
            }
        }
        let mut b = [[0f32; NL]; NB];
        let mut k = ids.iter();
        for &(_, w) in feats {
            for d in -(w as i32)..=(w as i32) {
                if let Some(v) = k.next().and_then(|&k| table.get(k)) {
                    add(&mut b[(d + W) as usize], v);
                }
            }
        }
        self.feat_ids = ids;
        self.blocks.push(b);
        self.wids.push(wid);
        (self.blocks.len() - 1) as u32
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

    /// Computes (once) the score block of a word; returns its id.
    pub fn add_word(&mut self, word: &str) -> u32 {
        let k = normalize::key(word);
        let bits = Gazetteer::get().bits_any_reading(&k);
        self.add_word_with(word, &k, bits)
    }

    /// [`Scorer::add_word`] given the word's key and class bits (see [`word_features_with`]).
    pub fn add_word_with(&mut self, word: &str, key: &str, bits_any: u16) -> u32 {
        let mut feats = std::mem::take(&mut self.feats);
        word_features_with(word, key, bits_any, &mut feats);
        clusters::feature(&self.model.clusters, key, &mut feats);
        let id = self.push_block_for(&feats, word_id(word));
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
                    add(&mut e, v);
                }
            });
            out.push(e);
        }
        self.sent_wids = wid;
    }
}

/// Viterbi decoding under BIO constraints. Also returns, per token, the margin by which the best
/// path beats the best path that labels this token `O` (0 where the best label is `O`).
pub fn decode(em: &[[f32; NL]], trans: &[[f32; NL]; NL + 1], margins: bool) -> (Vec<u8>, Vec<f32>) {
    let mut path = Vec::new();
    let mut marg = Vec::new();
    Decoder::default().decode_into(em, trans, margins, &mut path, &mut marg);
    if !margins {
        marg.clear();
    }
    (path, marg)
}

/// Scratch space for [`decode`], reused from one sentence to the next.
#[derive(Default)]
pub struct Decoder {
    alpha: Vec<[f32; NL]>,
    back: Vec<[u8; NL]>,
    beta: Vec<[f32; NL]>,
}

impl Decoder {
    /// [`decode`], APPENDING the labels to `path` and the margins to `marg` (zeros when `margins`
    /// is false, so that both stay aligned with the tokens).
    pub fn decode_into(
        &mut self,
        em: &[[f32; NL]],
        trans: &[[f32; NL]; NL + 1],
        margins: bool,
        path: &mut Vec<u8>,
        marg: &mut Vec<f32>,
    ) {
        const NEG: f32 = -1e30;
        let n = em.len();
        if n == 0 {
            return;
        }
        // transitions with the BIO constraints folded in (a forbidden step costs NEG), so the inner
        // loops have no branch on the constraint
        let mut t = [[NEG; NL]; NL];
        for (p, row) in t.iter_mut().enumerate() {
            for (y, x) in row.iter_mut().enumerate() {
                if allowed(Some(p), y) {
                    *x = trans[p][y];
                }
            }
        }
        let alpha = &mut self.alpha;
        let back = &mut self.back;
        alpha.clear();
        alpha.resize(n, [NEG; NL]);
        back.clear();
        back.resize(n, [0u8; NL]);
        for y in 0..NL {
            if allowed(None, y) {
                alpha[0][y] = trans[NL][y] + em[0][y];
            }
        }
        for i in 1..n {
            // for each label y, the best previous label p (the first best, as p ascends); the
            // loop over y innermost, so that it runs on vectors
            let prev = alpha[i - 1];
            let mut best = [NEG; NL];
            let mut arg = [0u8; NL];
            for (p, row) in t.iter().enumerate() {
                for y in 0..NL {
                    let s = prev[p] + row[y];
                    if s > best[y] {
                        best[y] = s;
                        arg[y] = p as u8;
                    }
                }
            }
            for y in 0..NL {
                alpha[i][y] = best[y] + em[i][y];
            }
            back[i] = arg;
        }
        let base = path.len();
        path.resize(base + n, 0);
        let path = &mut path[base..];
        let mut last = 0;
        for y in 1..NL {
            if alpha[n - 1][y] > alpha[n - 1][last] {
                last = y;
            }
        }
        let best_total = alpha[n - 1][last];
        path[n - 1] = last as u8;
        for i in (1..n).rev() {
            path[i - 1] = back[i][path[i] as usize];
        }
        let mbase = marg.len();
        marg.resize(mbase + n, 0.0);
        let Some(first) = path.iter().position(|&l| l != 0) else {
            return;
        };
        if margins {
            // backward max scores, from the end down to the first token outside `O` (the margins
            // of the others are 0)
            let mut tt = [[NEG; NL]; NL];
            for (y, row) in t.iter().enumerate() {
                for (q, x) in row.iter().enumerate() {
                    tt[q][y] = *x;
                }
            }
            let beta = &mut self.beta;
            beta.clear();
            beta.resize(n, [0f32; NL]);
            for i in (first..n - 1).rev() {
                let (e, b) = (&em[i + 1], beta[i + 1]);
                let mut best = [NEG; NL];
                for (q, col) in tt.iter().enumerate() {
                    for y in 0..NL {
                        // the maximum (scores are never NaN), without f32::max's NaN test
                        let x = col[y] + e[q] + b[q];
                        best[y] = if x > best[y] { x } else { best[y] };
                    }
                }
                beta[i] = best;
            }
            for (i, m) in marg[mbase..].iter_mut().enumerate() {
                if path[i] != 0 {
                    *m = best_total - (alpha[i][0] + beta[i][0]);
                }
            }
        }
    }
}

impl Model {
    pub fn trans(&self) -> &[[f32; NL]; NL + 1] {
        &self.trans
    }

    pub fn features(&self) -> usize {
        self.table.len()
    }

    /// An empty model (tags nothing); used when no model is available.
    pub fn empty() -> Model {
        Model {
            trained_on_dev: false,
            trans: [[0.0; NL]; NL + 1],
            table: Table::with_entries(Vec::new()),
            clusters: FastMap::default(),
        }
    }

    /// Parses a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::Corrupt);
        }
        let version = r.u32()?;
        if version != FEATURE_VERSION {
            return Err(ModelError::Version {
                found: version,
                expected: FEATURE_VERSION,
            });
        }
        if r.u32()? as usize != NL {
            return Err(ModelError::Corrupt);
        }
        let flags = r.u32()?;
        let n_clusters = r.u64()? as usize;
        if n_clusters > bytes.len() / 10 {
            return Err(ModelError::Corrupt);
        }
        let mut clusters = FastMap::default();
        clusters.reserve(n_clusters);
        for _ in 0..n_clusters {
            let k = r.u64()?;
            let c = u16::from_le_bytes(r.arr()?);
            clusters.insert(k, c);
        }
        let mut trans = [[0f32; NL]; NL + 1];
        for row in trans.iter_mut() {
            for v in row.iter_mut() {
                *v = r.f32()?;
            }
        }
        let scale = r.f32()?;
        let count = r.u64()? as usize;
        if count > bytes.len() / (8 + 2 * NL) {
            return Err(ModelError::Corrupt);
        }
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            let k = r.u64()?;
            let mut v = [0f32; NL];
            for x in v.iter_mut() {
                *x = r.i16()? as f32 * scale;
            }
            entries.push((k, v));
        }
        Ok(Model {
            trained_on_dev: flags & 1 != 0,
            trans,
            table: Table::with_entries(entries),
            clusters,
        })
    }

    /// Serialises the model (weights quantised to 16 bits).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&(NL as u32).to_le_bytes());
        out.extend_from_slice(&(self.trained_on_dev as u32).to_le_bytes());
        let mut cl: Vec<(u64, u16)> = self.clusters.iter().map(|(&k, &c)| (k, c)).collect();
        cl.sort_unstable();
        out.extend_from_slice(&(cl.len() as u64).to_le_bytes());
        for (k, c) in cl {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        for row in &self.trans {
            for v in row {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        let max = self
            .table
            .iter()
            .flat_map(|(_, v)| v.iter())
            .fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32000.0 } else { 1.0 };
        out.extend_from_slice(&scale.to_le_bytes());
        let mut entries: Vec<(u64, [i16; NL])> = Vec::new();
        for (k, v) in self.table.iter() {
            let q: [i16; NL] = std::array::from_fn(|j| (v[j] / scale).round() as i16);
            if q.iter().any(|&x| x != 0) {
                entries.push((k, q));
            }
        }
        entries.sort_unstable_by_key(|e| e.0);
        out.extend_from_slice(&(entries.len() as u64).to_le_bytes());
        for (k, q) in entries {
            out.extend_from_slice(&k.to_le_bytes());
            for x in q {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let s = self
            .b
            .get(self.pos..self.pos + n)
            .ok_or(ModelError::Corrupt)?;
        self.pos += n;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    fn i16(&mut self) -> Result<i16, ModelError> {
        Ok(i16::from_le_bytes(self.arr()?))
    }
}

// ---------------------------------------------------------------- training

/// A labelled sentence: words and gold labels (indices into [`LABELS`]).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<u8>,
}

/// Flag on a gazetteer code whose match is ambiguous (not forced, a model feature only).
pub const WEAK: u8 = 0x80;

/// Gazetteer phrase codes for a sentence: the B- label of the kind for the first word, the I- label
/// inside (0 = none), with [`WEAK`] set for ambiguous matches.
pub fn gazetteer_codes<S: AsRef<str>>(words: &[S]) -> Vec<u8> {
    let keys: Vec<String> = words.iter().map(|w| normalize::key(w.as_ref())).collect();
    gazetteer_codes_keys(
        &keys.iter().map(|k| Some(k.as_str())).collect::<Vec<_>>(),
        |_| true,
    )
}

/// As [`gazetteer_codes`], from word keys (`None` for punctuation); `may_start(i)` says whether
/// word i can start a phrase at all (a cheap filter).
pub fn gazetteer_codes_keys(keys: &[Option<&str>], may_start: impl Fn(usize) -> bool) -> Vec<u8> {
    let g = Gazetteer::get();
    gazetteer_codes_with(keys.len(), may_start, |i| g.find(keys, i))
}

/// As [`gazetteer_codes_keys`] for `n` words, `find(i)` being [`Gazetteer::find`] at word i (a
/// caller may know some answers already).
pub fn gazetteer_codes_with(
    n: usize,
    may_start: impl Fn(usize) -> bool,
    mut find: impl FnMut(usize) -> Option<super::gazetteer::Match>,
) -> Vec<u8> {
    let mut codes = vec![0u8; n];
    let mut i = 0;
    while i < n {
        if !may_start(i) {
            i += 1;
            continue;
        }
        if let Some(m) = find(i) {
            let k = super::entities::kind_label(m.kind) | if m.ambiguous { WEAK } else { 0 };
            codes[i] = k;
            for c in codes.iter_mut().skip(i + 1).take(m.words - 1) {
                *c = k + 1;
            }
            i += m.words;
        } else {
            i += 1;
        }
    }
    codes
}

struct Trainer {
    index: FastMap<u64, u32>,
    keys: Vec<u64>,
    w: Vec<[f32; NL]>,
    u: Vec<[f32; NL]>,
    tw: [[f32; NL]; NL + 1],
    tu: [[f32; NL]; NL + 1],
    c: f32,
}

impl Trainer {
    fn id(&mut self, f: u64) -> u32 {
        let next = self.w.len() as u32;
        let id = *self.index.entry(f).or_insert(next);
        if id == next {
            self.keys.push(f);
            self.w.push([0.0; NL]);
            self.u.push([0.0; NL]);
        }
        id
    }
    fn bump(&mut self, feats: &[u32], y: usize, v: f32) {
        for &f in feats {
            self.w[f as usize][y] += v;
            self.u[f as usize][y] += self.c * v;
        }
    }
    fn bump_t(&mut self, a: usize, b: usize, v: f32) {
        self.tw[a][b] += v;
        self.tu[a][b] += self.c * v;
    }
}

/// Trains a model with `epochs` passes, `runs` times over different shuffles, and averages the runs'
/// weights; `progress` is called after each pass.
pub fn train(
    sentences: &[Sentence],
    epochs: usize,
    runs: usize,
    progress: impl FnMut(usize),
) -> Model {
    let opts = TrainOptions {
        epochs,
        runs,
        ..TrainOptions::default()
    };
    train_with(sentences, &opts, progress)
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Runs over different shuffles, averaged.
    pub runs: usize,
    /// Sentences from this index on come from an auxiliary corpus (AQMAR): their features also fire
    /// as corpus-specific copies, which soak up the corpus's own conventions and are left out of
    /// the model.
    pub aux_from: usize,
    /// Number of word clusters learnt from the training text (below 2: none; at most 256).
    pub clusters: usize,
    /// Number of coarser clusters learnt as well (below 2: none; at most 255).
    pub coarse_clusters: usize,
    /// Unlabelled sentences that the clusters are learnt from, besides the training sentences.
    pub cluster_text: Vec<Vec<String>>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            runs: 1,
            aux_from: usize::MAX,
            clusters: 64,
            coarse_clusters: 16,
            cluster_text: Vec::new(),
        }
    }
}

/// [`train`] with all settings.
pub fn train_with(
    sentences: &[Sentence],
    opts: &TrainOptions,
    mut progress: impl FnMut(usize),
) -> Model {
    let (epochs, runs) = (opts.epochs, opts.runs);
    let text = || {
        sentences
            .iter()
            .map(|s| &s.words[..])
            .chain(opts.cluster_text.iter().map(|s| &s[..]))
    };
    let mut cl = if opts.clusters > 1 {
        clusters::learn(text(), opts.clusters.min(256))
    } else {
        FastMap::default()
    };
    if opts.coarse_clusters > 1 && !cl.is_empty() {
        // a coarser grouping as well, stored in the high byte (plus one, so 0 means none)
        let coarse = clusters::learn(text(), opts.coarse_clusters.min(255));
        for (k, c) in cl.iter_mut() {
            if let Some(&c2) = coarse.get(k) {
                *c |= (c2 + 1) << 8;
            }
        }
    }
    let mut t = Trainer {
        index: FastMap::default(),
        keys: Vec::new(),
        w: Vec::new(),
        u: Vec::new(),
        tw: [[0.0; NL]; NL + 1],
        tu: [[0.0; NL]; NL + 1],
        c: 1.0,
    };
    // word type → base features
    let mut vocab: FastMap<&str, usize> = FastMap::default();
    let mut type_feats: Vec<Vec<(u64, u8)>> = Vec::new();
    let mut buf = Vec::new();
    let pad: [Vec<(u64, u8)>; 2] = [
        vec![(feat(90, "<s>"), W as u8)],
        vec![(feat(90, "</s>"), W as u8)],
    ];
    // per sentence: flattened feature ids per position
    let mut data: Vec<(Vec<u32>, Vec<usize>)> = Vec::with_capacity(sentences.len());
    let mut aux_ids: std::collections::HashSet<u32> = Default::default();
    let g = Gazetteer::get();
    let mut stem_ids: FastMap<String, u32> = FastMap::default();
    let mut stem_of = |w: &str| -> (u16, u32) {
        let k = normalize::key(w);
        let bits = g.bits_any_reading(&k);
        let next = stem_ids.len() as u32;
        (
            bits,
            *stem_ids
                .entry(normalize::stem(&k).to_owned())
                .or_insert(next),
        )
    };
    let gaz_all: Vec<Vec<u8>> = sentences
        .iter()
        .map(|s| gazetteer_codes(&s.words))
        .collect();
    let ev_words: Vec<Vec<EvWord>> = sentences
        .iter()
        .zip(&gaz_all)
        .map(|(s, gz)| {
            s.words
                .iter()
                .zip(gz)
                .map(|(w, &gaz)| {
                    let (bits, stem) = stem_of(w);
                    EvWord { bits, stem, gaz }
                })
                .collect()
        })
        .collect();
    let mut ev_all: Vec<Vec<u16>> = Vec::with_capacity(sentences.len());
    for chunk in ev_words.chunks(DOC_CHUNK) {
        let ev = document_evidence(chunk);
        for s in chunk {
            ev_all.push(
                s.iter()
                    .map(|w| ev.get(&w.stem).copied().unwrap_or(0))
                    .collect(),
            );
        }
    }
    for (si, s) in sentences.iter().enumerate() {
        let types: Vec<usize> = s
            .words
            .iter()
            .map(|w| {
                *vocab.entry(w.as_str()).or_insert_with(|| {
                    word_features(w, &mut buf);
                    clusters::feature(&cl, &normalize::key(w), &mut buf);
                    type_feats.push(buf.clone());
                    type_feats.len() - 1
                })
            })
            .collect();
        let gaz = &gaz_all[si];
        let ev = &ev_all[si];
        let wid: Vec<u64> = s.words.iter().map(|w| word_id(w)).collect();
        let n = types.len();
        let mut ids = Vec::new();
        let mut starts = Vec::with_capacity(n + 1);
        let aux = si >= opts.aux_from;
        for i in 0..n {
            starts.push(ids.len());
            let first = ids.len();
            for d in -W..=W {
                let j = i as i32 + d;
                let fs = if j < 0 {
                    &pad[0]
                } else if j as usize >= n {
                    &pad[1]
                } else {
                    &type_feats[types[j as usize]]
                };
                for &(f, w) in fs {
                    if d.unsigned_abs() <= w as u32 {
                        ids.push(t.id(at(f, d)));
                    }
                }
            }
            let mut ctx = Vec::new();
            context_features(&wid, gaz, ev, i, |f| ctx.push(f));
            for f in ctx {
                ids.push(t.id(f));
            }
            if aux {
                // domain copies: the same features, specific to the auxiliary corpus
                for g in first..ids.len() {
                    let k = t.keys[ids[g] as usize] ^ AUX_SALT;
                    let id = t.id(k);
                    aux_ids.insert(id);
                    ids.push(id);
                }
            }
        }
        starts.push(ids.len());
        data.push((ids, starts));
    }
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut em: Vec<[f32; NL]> = Vec::new();
    let runs = runs.max(1);
    let mut sum_w: Vec<[f32; NL]> = vec![[0.0; NL]; t.w.len()];
    let mut sum_t = [[0f32; NL]; NL + 1];
    for run in 0..runs {
        let mut rng: u64 = 0x2545F4914F6CDD1D ^ (run as u64).wrapping_mul(0x9E3779B97F4A7C15);
        for x in t.w.iter_mut().chain(t.u.iter_mut()) {
            *x = [0.0; NL];
        }
        t.tw = [[0.0; NL]; NL + 1];
        t.tu = [[0.0; NL]; NL + 1];
        t.c = 1.0;
        order.sort_unstable();
        for epoch in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &si in &order {
                let (ids, starts) = &data[si];
                let gold = &sentences[si].labels;
                let n = gold.len();
                em.clear();
                for i in 0..n {
                    let mut e = [0f32; NL];
                    for &f in &ids[starts[i]..starts[i + 1]] {
                        add(&mut e, &t.w[f as usize]);
                    }
                    em.push(e);
                }
                let (pred, _) = decode(&em, &t.tw, false);
                if pred != *gold {
                    for i in 0..n {
                        let (g, p) = (gold[i] as usize, pred[i] as usize);
                        if g != p {
                            let fs = &ids[starts[i]..starts[i + 1]];
                            t.bump(fs, g, 1.0);
                            t.bump(fs, p, -1.0);
                        }
                        let (gp, pp) = if i == 0 {
                            (NL, NL)
                        } else {
                            (gold[i - 1] as usize, pred[i - 1] as usize)
                        };
                        if (gp, g) != (pp, p) {
                            t.bump_t(gp, g, 1.0);
                            t.bump_t(pp, p, -1.0);
                        }
                    }
                }
                t.c += 1.0;
            }
            progress(run * epochs + epoch + 1);
        }
        // this run's averaged weights, added to the sum over runs
        let c = t.c;
        for (row, (w, u)) in sum_t.iter_mut().zip(t.tw.iter().zip(&t.tu)) {
            for (x, (w, u)) in row.iter_mut().zip(w.iter().zip(u)) {
                *x += (w - u / c) / runs as f32;
            }
        }
        for (sw, (w, u)) in sum_w.iter_mut().zip(t.w.iter().zip(&t.u)) {
            for j in 0..NL {
                sw[j] += (w[j] - u[j] / c) / runs as f32;
            }
        }
    }
    let mut entries = Vec::with_capacity(t.index.len());
    for (&k, &id) in &t.index {
        if aux_ids.contains(&id) {
            continue;
        }
        let v = sum_w[id as usize];
        if v.iter().any(|x| x.abs() > 1e-3) {
            entries.push((k, v));
        }
    }
    Model {
        trained_on_dev: false,
        trans: sum_t,
        table: Table::with_entries(entries),
        clusters: cl,
    }
}

/// Tags a sentence of words (no document pass): labels and per-token margins.
pub fn tag_words<S: AsRef<str>>(model: &Model, words: &[S]) -> (Vec<u8>, Vec<f32>) {
    let mut scorer = Scorer::new(model);
    let ids: Vec<u32> = words.iter().map(|w| scorer.add_word(w.as_ref())).collect();
    let gaz = gazetteer_codes(words);
    let mut em = Vec::new();
    scorer.emissions(&ids, &gaz, &vec![0; ids.len()], &mut em);
    decode(&em, &model.trans, true)
}

/// Parses a `token TAG` file (blank line between sentences).
pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next_back()) {
            (Some(w), Some(tag)) => {
                cur.words.push(w.to_owned());
                cur.labels.push(label_index(tag));
            }
            _ => {
                if !cur.words.is_empty() {
                    fix_bio(&mut cur.labels);
                    out.push(std::mem::replace(
                        &mut cur,
                        Sentence {
                            words: Vec::new(),
                            labels: Vec::new(),
                        },
                    ));
                }
            }
        }
    }
    if !cur.words.is_empty() {
        fix_bio(&mut cur.labels);
        out.push(cur);
    }
    out
}

/// Turns an I- label that does not continue its entity into a B- label.
pub fn fix_bio(labels: &mut [u8]) {
    let mut prev: Option<usize> = None;
    for l in labels.iter_mut() {
        if !allowed(prev, *l as usize) {
            *l -= 1;
        }
        prev = Some(*l as usize);
    }
}

/// Entity spans (start, end exclusive, class 0..4 = PERS LOC ORG MISC) of a BIO label sequence.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    span_iter(labels).collect()
}

/// [`spans`] without collecting them.
pub fn span_iter(labels: &[u8]) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < labels.len() && labels[i] == 0 {
            i += 1;
        }
        if i == labels.len() {
            return None;
        }
        let class = (labels[i] as usize - 1) / 2;
        let start = i;
        i += 1;
        while i < labels.len() && labels[i] as usize == 2 * class + 2 {
            i += 1;
        }
        Some((start, i, class))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_mapping() {
        assert_eq!(label_index("B-PER"), 1);
        assert_eq!(label_index("I-PERS"), 2);
        assert_eq!(label_index("B-MIS2"), 7);
        assert_eq!(label_index("I--ORG"), 6);
        assert_eq!(label_index("OO"), 0);
        assert_eq!(label_index("IO"), 0);
    }

    #[test]
    fn learns_a_toy_language_and_round_trips() {
        let mk = |s: &str, l: &[u8]| Sentence {
            words: s.split(' ').map(String::from).collect(),
            labels: l.to_vec(),
        };
        let data = vec![
            mk("زار زيد مدينة قرطبة", &[0, 1, 0, 3]),
            mk("قال زيد إن قرطبة جميلة", &[0, 1, 0, 3, 0]),
            mk("غادر عمرو قرطبة", &[0, 1, 3]),
        ];
        let m = train(&data, 10, 1, |_| {});
        let m2 = Model::from_bytes(&m.to_bytes()).expect("round trip");
        let (l, _) = tag_words(&m2, &["زار", "عمرو", "قرطبة"]);
        assert_eq!(l, vec![0, 1, 3]);
        assert!(Model::from_bytes(b"nonsense").is_err());
        assert!(Model::from_bytes(&m.to_bytes()[..40]).is_err());
    }

    #[test]
    fn clusters_group_words_that_share_contexts() {
        // names after قال and before أمس; places after في and before اليوم
        let mut text: Vec<Vec<String>> = Vec::new();
        let names = ["زيد", "عمرو", "بكر", "خالد"];
        let places = ["قرطبة", "غرناطة", "طليطلة", "اشبيلية"];
        for r in 0..4 {
            for (i, n) in names.iter().enumerate() {
                let p = places[(i + r) % 4];
                let s = format!("قال {n} أمس في {p} اليوم شيئا");
                text.push(s.split(' ').map(String::from).collect());
            }
        }
        let cl = clusters::learn(text.iter().map(|s| &s[..]), 2);
        let c = |w: &str| cl.get(&clusters::stem_hash(&normalize::key(w))).copied();
        assert!(c("زيد").is_some());
        assert!(names.iter().all(|n| c(n) == c("زيد")), "{cl:?}");
        assert!(places.iter().all(|p| c(p) == c("قرطبة")));
        assert_ne!(c("زيد"), c("قرطبة"));
        // a model keeps its clusters through the file
        let data = vec![Sentence {
            words: text[0].clone(),
            labels: vec![0, 1, 0, 0, 3, 0, 0],
        }];
        let opts = TrainOptions {
            epochs: 2,
            clusters: 2,
            coarse_clusters: 0,
            cluster_text: text.clone(),
            ..TrainOptions::default()
        };
        let m = train_with(&data, &opts, |_| {});
        assert!(!m.clusters.is_empty());
        let m2 = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(m.clusters, m2.clusters);
    }

    /// The straightforward decoder (one label at a time, every step scored), as `decode` was
    /// first written: the vectorised one must agree with it bit for bit.
    fn reference_decode(em: &[[f32; NL]], trans: &[[f32; NL]; NL + 1]) -> (Vec<u8>, Vec<f32>) {
        const NEG: f32 = -1e30;
        let n = em.len();
        let mut t = [[NEG; NL]; NL];
        for (p, row) in t.iter_mut().enumerate() {
            for (y, x) in row.iter_mut().enumerate() {
                if allowed(Some(p), y) {
                    *x = trans[p][y];
                }
            }
        }
        let mut alpha = vec![[NEG; NL]; n];
        let mut back = vec![[0u8; NL]; n];
        for y in 0..NL {
            if allowed(None, y) {
                alpha[0][y] = trans[NL][y] + em[0][y];
            }
        }
        for i in 1..n {
            for y in 0..NL {
                let (mut best, mut arg) = (NEG, 0u8);
                for p in 0..NL {
                    let s = alpha[i - 1][p] + t[p][y];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                alpha[i][y] = best + em[i][y];
                back[i][y] = arg;
            }
        }
        let mut path = vec![0u8; n];
        let mut last = 0;
        for y in 1..NL {
            if alpha[n - 1][y] > alpha[n - 1][last] {
                last = y;
            }
        }
        let best_total = alpha[n - 1][last];
        path[n - 1] = last as u8;
        for i in (1..n).rev() {
            path[i - 1] = back[i][path[i] as usize];
        }
        let mut beta = vec![[0f32; NL]; n];
        for i in (0..n - 1).rev() {
            for y in 0..NL {
                let mut best = NEG;
                for q in 0..NL {
                    best = best.max(t[y][q] + em[i + 1][q] + beta[i + 1][q]);
                }
                beta[i][y] = best;
            }
        }
        let marg = (0..n)
            .map(|i| {
                if path[i] == 0 {
                    0.0
                } else {
                    best_total - (alpha[i][0] + beta[i][0])
                }
            })
            .collect();
        (path, marg)
    }

    #[test]
    fn decode_agrees_with_the_reference_bit_for_bit() {
        let mut rng: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut r = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            ((rng >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * 20.0
        };
        let mut dec = Decoder::default();
        let (mut path, mut marg) = (Vec::new(), Vec::new());
        for round in 0..300 {
            let n = 1 + round % 37;
            let trans: [[f32; NL]; NL + 1] = std::array::from_fn(|_| std::array::from_fn(|_| r()));
            // mostly O, as in text, with some strong entity evidence
            let em: Vec<[f32; NL]> = (0..n)
                .map(|_| {
                    let mut e: [f32; NL] = std::array::from_fn(|_| r());
                    e[0] += if round % 3 == 0 { 30.0 } else { 5.0 };
                    e
                })
                .collect();
            let want = reference_decode(&em, &trans);
            path.clear();
            marg.clear();
            dec.decode_into(&em, &trans, true, &mut path, &mut marg);
            assert_eq!(path, want.0);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&marg), bits(&want.1), "round {round}");
            assert_eq!(decode(&em, &trans, true), want);
            assert_eq!(decode(&em, &trans, false), (want.0, Vec::new()));
        }
    }

    #[test]
    fn decode_respects_bio() {
        let em = vec![[0., 0., 5., 0., 0., 0., 0., 0., 0.]];
        let (p, _) = decode(&em, &[[0.0; NL]; NL + 1], true);
        assert_ne!(p[0], 2);
        assert_eq!(
            spans(&[1, 2, 0, 3, 5, 6]),
            vec![(0, 2, 0), (3, 4, 1), (4, 6, 2)]
        );
    }
}
