//! What the model sees of a word and of its context: word features, gazetteer phrase codes, document
//! evidence, and the context features (gazetteer codes, evidence and word bigrams around a position).

use super::super::gazetteer::{Gazetteer, class};
use super::super::normalize;
use super::hash::{FastMap, FeatHasher, at, feat, feat_bytes, mix};

/// Base features of a word: (hash, widest relative position it is used at).
pub fn word_features(word: &str, out: &mut Vec<(u64, u8)>) {
    word_features_in(Gazetteer::get(), word, out);
}

/// [`word_features`] with a given gazetteer.
pub fn word_features_in(g: &Gazetteer, word: &str, out: &mut Vec<(u64, u8)>) {
    let k = normalize::key(word);
    word_features_with(word, &k, g.bits_any_reading(&k), g.word_bits(&k), out);
}

/// [`word_features`] given the word's key and its gazetteer class bits, under any reading
/// ([`Gazetteer::bits_any_reading`]) and as written ([`Gazetteer::word_bits`]).
pub fn word_features_with(
    word: &str,
    k: &str,
    bits_any: u16,
    bits_exact: u16,
    out: &mut Vec<(u64, u8)>,
) {
    out.clear();
    let s = normalize::stem(k);
    // (lengths are bucketed up to 9 letters, and compared with 4 at most: no need to count on)
    let n = k.chars().take(9).count();
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
        let mut raw = FeatHasher::new(6);
        for c in word.chars() {
            if !normalize::is_mark(c) && c != '\u{0640}' {
                raw.char(c);
            }
        }
        out.push((raw.finish(), 1));
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
    // the first and last one to three letters
    let mut heads = k.char_indices().skip(1).map(|(i, _)| i).chain([k.len()]);
    let mut tails = k.char_indices().rev().map(|(i, _)| i);
    for l in 1..=3u8 {
        let (head, tail) = (heads.next(), tails.next());
        if n > l as usize
            && let (Some(h), Some(t)) = (head, tail)
        {
            out.push((feat(10 + l, &k[..h]), 0));
            out.push((feat(20 + l, &k[t..]), 0));
        }
    }
    let m = s.chars().take(4).count();
    if m >= 3
        && let Some((i, _)) = s.char_indices().rev().nth(1)
    {
        out.push((feat(31, &s[i..]), 1));
    }
    // character trigrams of the stem (transliterated names share endings such as ـوف ـسكي ـيتش)
    if m >= 4 {
        // the starts of the last three letters read, then the end of the third
        let mut at = [0usize; 3];
        for (j, (i, _)) in s.char_indices().chain([(s.len(), ' ')]).enumerate() {
            if j >= 3 {
                out.push((feat(32, &s[at[j % 3]..i]), 0));
            }
            at[j % 3] = i;
        }
    }
    // the stem's morphological pattern: letters that build Arabic word patterns (ا و ي ت م ن س ه ء)
    // stay, the others become C, so استقبال reads استCCاC; transliterated names rarely fit one
    if m >= 3 && script == "A" {
        let mut pat = FeatHasher::new(33);
        for c in s.chars() {
            pat.char(match c {
                'ا' | 'و' | 'ي' | 'ت' | 'م' | 'ن' | 'س' | 'ه' | 'ء' => c,
                _ => 'C',
            });
        }
        out.push((pat.finish(), 1));
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
pub(super) fn gaz_feature(code: u8, d: i32) -> u64 {
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

/// Flag on a gazetteer code whose match is ambiguous (not forced, a model feature only).
pub const WEAK: u8 = 0x80;

/// Gazetteer phrase codes for a sentence: the B- label of the kind for the first word, the I- label
/// inside (0 = none), with [`WEAK`] set for ambiguous matches.
pub fn gazetteer_codes<S: AsRef<str>>(words: &[S]) -> Vec<u8> {
    gazetteer_codes_in(Gazetteer::get(), words)
}

/// [`gazetteer_codes`] with a given gazetteer.
pub fn gazetteer_codes_in<S: AsRef<str>>(g: &Gazetteer, words: &[S]) -> Vec<u8> {
    let keys: Vec<String> = words.iter().map(|w| normalize::key(w.as_ref())).collect();
    let keys: Vec<Option<&str>> = keys.iter().map(|k| Some(k.as_str())).collect();
    gazetteer_codes_with(keys.len(), |_| true, |i| g.find(&keys, i))
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
    mut find: impl FnMut(usize) -> Option<super::super::gazetteer::Match>,
) -> Vec<u8> {
    let mut codes = vec![0u8; n];
    let mut i = 0;
    while i < n {
        if !may_start(i) {
            i += 1;
            continue;
        }
        if let Some(m) = find(i) {
            let k = super::super::entities::kind_label(m.kind) | if m.ambiguous { WEAK } else { 0 };
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

/// The word-identity hash used by the bigram features.
pub(super) fn word_id(word: &str) -> u64 {
    word_id_of_key(&normalize::key(word))
}

/// [`word_id`] of a word given its key.
#[inline]
pub(super) fn word_id_of_key(key: &str) -> u64 {
    feat(1, key)
}

/// Word ids of the positions before and after a sentence.
pub(super) const PAD_IDS: [u64; 2] = [0x5eed_0000_0000_0001, 0x5eed_0000_0000_0002];

/// Context features of position `i`: gazetteer phrase labels at −1…+1 and the word bigrams
/// (i−1, i) and (i, i+1). `wid` are the words' identity hashes.
#[inline]
pub(super) fn context_features(
    wid: &[u64],
    gaz: &[u8],
    ev: &[u16],
    i: usize,
    mut f: impl FnMut(u64),
) {
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
