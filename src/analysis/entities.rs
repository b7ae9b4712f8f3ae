//! Entity detection over a document: the model, then the gazetteer, then a document-level pass.
//!
//! 1. The model tags each sentence (see [`super::model`]).
//! 2. Gazetteer phrases (longest match, first word read with clitics) are labelled with their kind
//!    unless a model entity crosses the phrase's boundary (a longer model entity such as
//!    `جامعة دمشق` keeps its own label).
//! 3. Document pass: every entity found with confidence (model margin above a threshold, or a
//!    gazetteer phrase) gives a phrase, voted by kind; each other mention of the phrase in the document,
//!    with clitics on its first word, gets the winning kind; for a person named with two words or
//!    more, the last word alone (the surname) is a person too.
//!
//! Entity spans cover whole tokens: a clitic attached to the first word is INSIDE the span
//! (`بسورية`, `لرابطة الدول المستقلة`, `وكازاخستان`), as in ANERcorp.

use std::sync::OnceLock;

use super::Kind;
use super::gazetteer::{Gazetteer, class};
use super::model::{self, EvWord, FastMap, Model, Scorer, decode, spans};
use super::normalize::{self, for_each_proclitic_reading, proclitic_readings};

static MODEL_BYTES: &[u8] = include_bytes!("../../models/ner.bin");

/// Label index of the B- label of an entity kind (0 for quotes, which the model does not tag).
pub fn kind_label(kind: Kind) -> u8 {
    match kind {
        Kind::Person => 1,
        Kind::Place => 3,
        Kind::Organization => 5,
        Kind::Misc => 7,
        Kind::Quote => 0,
    }
}

/// Entity kind of a class index (0..4 = PERS LOC ORG MISC).
pub fn class_kind(c: usize) -> Kind {
    match c {
        0 => Kind::Person,
        1 => Kind::Place,
        2 => Kind::Organization,
        _ => Kind::Misc,
    }
}

fn load() -> (Model, Option<String>) {
    match Model::from_bytes(MODEL_BYTES) {
        Ok(m) => (m, None),
        Err(e) => (Model::empty(), Some(e.to_string())),
    }
}

static MODEL: OnceLock<(Model, Option<String>)> = OnceLock::new();

/// The built-in model, parsed on first use. If the embedded file is unusable, an empty model is
/// returned (the gazetteer and the document pass still work) and [`model_problem`] says why.
pub fn builtin_model() -> &'static Model {
    &MODEL.get_or_init(load).0
}

/// Why the built-in model could not be loaded, if it could not.
pub fn model_problem() -> Option<&'static str> {
    MODEL.get_or_init(load).1.as_deref()
}

/// Switches for the stages after the model (the evaluation measures each).
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub gazetteer: bool,
    pub document_pass: bool,
    /// Minimum model margin for an entity to be propagated by the document pass.
    pub confident_margin: f32,
    /// Added to the score of "outside any entity" at every word: negative values trade precision
    /// for recall.
    pub outside_bias: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            gazetteer: true,
            document_pass: true,
            confident_margin: 4.0,
            outside_bias: 0.0,
        }
    }
}

struct WordType {
    key: String,
    block: u32,
    bits: u16,
    stem: u32,
    /// May start a gazetteer phrase (under some clitic reading).
    gaz_start: bool,
    /// Has no letter (punctuation, digits): never the first or last word of an entity.
    letterless: bool,
}

/// Tags a document given as sentences of words; returns BIO label indices per word.
pub fn tag_document(model: &Model, sentences: &[Vec<&str>], opts: Options) -> Vec<Vec<u8>> {
    let g = Gazetteer::get();
    let mut scorer = Scorer::new(model);
    let mut types: Vec<WordType> = Vec::new();
    let mut index: FastMap<&str, u32> = FastMap::default();
    let mut doc_types: Vec<Vec<u32>> = Vec::with_capacity(sentences.len());
    let mut labels: Vec<Vec<u8>> = Vec::with_capacity(sentences.len());
    let mut margins: Vec<Vec<f32>> = Vec::with_capacity(sentences.len());
    let mut gaz_codes: Vec<Vec<u8>> = Vec::with_capacity(sentences.len());
    let mut stem_ids: FastMap<String, u32> = FastMap::default();
    for sent in sentences {
        let tids: Vec<u32> = sent
            .iter()
            .map(|w| {
                *index.entry(w).or_insert_with(|| {
                    let key = normalize::key(w);
                    let bits = g.bits_any_reading(&key);
                    let next = stem_ids.len() as u32;
                    let stem = *stem_ids
                        .entry(normalize::stem(&key).to_owned())
                        .or_insert(next);
                    let block = scorer.add_word_with(w, &key, bits);
                    types.push(WordType {
                        key,
                        block,
                        bits,
                        stem,
                        gaz_start: bits
                            & (class::PLACE | class::ORG | class::PERSON | class::PHRASE_START)
                            != 0,
                        letterless: !w.chars().any(char::is_alphabetic),
                    });
                    (types.len() - 1) as u32
                })
            })
            .collect();
        let mut codes = vec![0u8; tids.len()];
        if tids.iter().any(|&t| types[t as usize].gaz_start) {
            let keys: Vec<Option<&str>> = tids
                .iter()
                .map(|&t| Some(types[t as usize].key.as_str()))
                .collect();
            codes = model::gazetteer_codes_keys(&keys, |i| types[tids[i] as usize].gaz_start);
        }
        gaz_codes.push(codes);
        doc_types.push(tids);
    }
    let ev_words: Vec<Vec<EvWord>> = doc_types
        .iter()
        .zip(&gaz_codes)
        .map(|(tids, codes)| {
            tids.iter()
                .zip(codes)
                .map(|(&t, &gaz)| EvWord {
                    bits: types[t as usize].bits,
                    stem: types[t as usize].stem,
                    gaz,
                })
                .collect()
        })
        .collect();
    let evidence = model::document_evidence(&ev_words);
    let mut em = Vec::new();
    let mut ids = Vec::new();
    let mut ev = Vec::new();
    for (tids, codes) in doc_types.iter().zip(&gaz_codes) {
        ids.clear();
        ids.extend(tids.iter().map(|&t| types[t as usize].block));
        ev.clear();
        ev.extend(
            tids.iter()
                .map(|&t| evidence.get(&types[t as usize].stem).copied().unwrap_or(0)),
        );
        scorer.emissions(&ids, codes, &ev, &mut em);
        if opts.outside_bias != 0.0 {
            for e in em.iter_mut() {
                e[0] += opts.outside_bias;
            }
        }
        let (mut l, m) = decode(&em, model.trans(), opts.document_pass);
        trim_letterless(&mut l, |i| types[tids[i] as usize].letterless);
        labels.push(l);
        margins.push(m);
    }

    if opts.gazetteer {
        for (l, codes) in labels.iter_mut().zip(&gaz_codes) {
            apply_gazetteer(l, codes);
        }
    }
    for (l, (sent, tids)) in labels.iter_mut().zip(sentences.iter().zip(&doc_types)) {
        latin_names(sent, |i| types[tids[i] as usize].bits, l);
    }
    if opts.document_pass {
        document_pass(&types, &doc_types, &mut labels, &margins, &gaz_codes, opts);
    }
    // a function word alone is never an entity (على folds like the name علي)
    for (l, sent) in labels.iter_mut().zip(sentences) {
        for (a, b, _) in spans(l) {
            if b == a + 1 && g.is_stopword(sent[a]) {
                l[a] = 0;
            }
        }
    }
    labels
}

/// A capitalised Latin word (`Holmberg`, `SMITH`), as names are written in Latin letters inside
/// Arabic text.
fn is_latin_cap(w: &str) -> bool {
    let mut cs = w.chars();
    matches!(cs.next(), Some(c) if c.is_uppercase() && !('\u{0600}'..='\u{06FF}').contains(&c))
        && w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() && !('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Names written in Latin letters, which the model (trained on Arabic script) does not know: two to
/// four capitalised Latin words starting with a known given name (`Ingrid Holmberg`), or one to
/// four after a title (`الرئيس Emmanuel Macron`), are a person unless already part of another
/// entity.
fn latin_names(words: &[&str], bits: impl Fn(usize) -> u16, labels: &mut [u8]) {
    let mut i = 0;
    while i < words.len() {
        if !is_latin_cap(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && j - i < 4 && is_latin_cap(words[j]) {
            j += 1;
        }
        let given = bits(i) & class::FIRST_NAME != 0 && j - i >= 2;
        let titled = i > 0 && bits(i - 1) & class::TITLE != 0;
        // nothing there yet but (part of) a person, which the run then completes
        let free = labels[i..j].iter().all(|&x| x <= 2)
            && labels[i] != 2
            && labels.get(j).is_none_or(|&x| x != 2);
        if (given || titled) && free {
            labels[i] = 1;
            for x in &mut labels[i + 1..j] {
                *x = 2;
            }
        }
        i = j;
    }
}

/// Shrinks each entity to the words from its first to its last word with a letter (a quote mark
/// or a stray digit is never the edge of a name), dropping entities with no such word.
fn trim_letterless(labels: &mut [u8], letterless: impl Fn(usize) -> bool) {
    for (a, b, c) in spans(labels) {
        let first = (a..b).find(|&i| !letterless(i));
        let last = (a..b).rev().find(|&i| !letterless(i));
        for (i, x) in labels.iter_mut().enumerate().take(b).skip(a) {
            *x = match (first, last) {
                (Some(f), Some(_)) if i == f => 2 * c as u8 + 1,
                (Some(f), Some(l)) if i > f && i <= l => 2 * c as u8 + 2,
                _ => 0,
            };
        }
    }
}

/// Labels gazetteer phrases unless a model entity crosses their boundary.
fn apply_gazetteer(labels: &mut [u8], codes: &[u8]) {
    let mut i = 0;
    while i < codes.len() {
        if codes[i] == 0 || codes[i].is_multiple_of(2) || codes[i] & model::WEAK != 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < codes.len() && codes[j] == codes[i] + 1 {
            j += 1;
        }
        let starts_clean = labels[i] % 2 == 1 || labels[i] == 0;
        let ends_clean = j == labels.len() || labels[j] % 2 == 1 || labels[j] == 0;
        // inside the phrase, the model found nothing or the same kind (then the phrase extends it)
        let same_kind = labels[i..j]
            .iter()
            .all(|&l| l == 0 || l.div_ceil(2) == codes[i].div_ceil(2));
        if starts_clean && ends_clean && same_kind {
            labels[i] = codes[i];
            for l in &mut labels[i + 1..j] {
                *l = codes[i] + 1;
            }
        }
        i = j;
    }
}

fn document_pass(
    types: &[WordType],
    doc: &[Vec<u32>],
    labels: &mut [Vec<u8>],
    margins: &[Vec<f32>],
    gaz: &[Vec<u8>],
    opts: Options,
) {
    let g = Gazetteer::get();
    // phrase (word keys joined by spaces, first word without clitics) → votes per class
    let mut votes: FastMap<String, [u32; 4]> = FastMap::default();
    let mut surnames: FastMap<String, u32> = FastMap::default();
    for (s, tids) in doc.iter().enumerate() {
        for (a, b, c) in spans(&labels[s]) {
            let from_gaz = gaz[s][a] % 2 == 1 && gaz[s][a] & model::WEAK == 0;
            let margin = margins[s][a..b]
                .iter()
                .copied()
                .fold(f32::INFINITY, f32::min);
            if !(from_gaz || margin >= opts.confident_margin) {
                continue;
            }
            let rest: Vec<&str> = tids[a + 1..b]
                .iter()
                .map(|&t| types[t as usize].key.as_str())
                .collect();
            // the first word under each reading that drops only a conjunction or preposition
            for first in proclitic_readings(&types[tids[a] as usize].key) {
                let mut phrase = first;
                for w in &rest {
                    phrase.push(' ');
                    phrase.push_str(w);
                }
                votes.entry(phrase).or_default()[c] += 1;
            }
            if c == 0 && b - a >= 2 {
                let last = &types[tids[b - 1] as usize].key;
                let bits = g.word_bits(last);
                if last.chars().count() >= 3
                    && bits & (class::TITLE | class::FIRST_NAME | class::PLACE | class::ORG) == 0
                    && !last.starts_with("ال")
                {
                    *surnames.entry(last.clone()).or_default() += 1;
                }
            }
        }
    }
    if votes.is_empty() {
        return;
    }
    let mut phrases: FastMap<String, u8> = FastMap::default();
    let mut max_words = 1;
    let mut firsts: FastMap<String, ()> = FastMap::default();
    for (p, v) in &votes {
        let (c, _) = v
            .iter()
            .enumerate()
            .max_by_key(|(_, n)| **n)
            .unwrap_or((0, &0));
        max_words = max_words.max(p.split(' ').count());
        if let Some(f) = p.split(' ').next() {
            firsts.insert(f.to_owned(), ());
        }
        phrases.insert(p.clone(), 2 * c as u8 + 1);
    }
    for s in surnames.keys() {
        if !phrases.contains_key(s) {
            phrases.insert(s.clone(), 1);
            firsts.insert(s.clone(), ());
        }
    }
    // an entity the model was not sure of takes the kind its phrase has in the rest of the document
    for (s, tids) in doc.iter().enumerate() {
        for (a, b, c) in spans(&labels[s]) {
            let margin = margins[s][a..b]
                .iter()
                .copied()
                .fold(f32::INFINITY, f32::min);
            if margin >= opts.confident_margin {
                continue;
            }
            let mut phrase = types[tids[a] as usize].key.clone();
            for &t in &tids[a + 1..b] {
                phrase.push(' ');
                phrase.push_str(&types[t as usize].key);
            }
            if let Some(&lab) = phrases.get(&phrase)
                && lab != 2 * c as u8 + 1
            {
                labels[s][a] = lab;
                for x in &mut labels[s][a + 1..b] {
                    *x = lab + 1;
                }
            }
        }
    }
    // which word types can start a known phrase
    let mut rbuf = String::new();
    let starts: Vec<Vec<String>> = types
        .iter()
        .map(|t| {
            let mut v: Vec<String> = Vec::new();
            for_each_proclitic_reading(&t.key, &mut rbuf, |st| {
                if firsts.contains_key(st) && !v.iter().any(|x| x == st) {
                    v.push(st.to_owned());
                }
            });
            v
        })
        .collect();
    let mut buf = String::new();
    for (s, tids) in doc.iter().enumerate() {
        let l = &mut labels[s];
        let mut i = 0;
        while i < tids.len() {
            let cands = &starts[tids[i] as usize];
            // an entity already found here may grow into a longer known phrase of its kind
            // (توفيق → توفيق الحكيم when the full name is known from elsewhere in the article)
            let own = if l[i] % 2 == 1 {
                let mut e = i + 1;
                while e < l.len() && l[e] == l[i] + 1 {
                    e += 1;
                }
                e - i
            } else {
                0
            };
            if cands.is_empty() || (l[i] != 0 && own == 0) {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, u8)> = None;
            for c in cands {
                buf.clear();
                buf.push_str(c);
                for n in 1..=max_words {
                    if n > 1 {
                        match tids.get(i + n - 1) {
                            Some(&t) if n <= own || l[i + n - 1] == 0 => {
                                buf.push(' ');
                                buf.push_str(&types[t as usize].key);
                            }
                            _ => break,
                        }
                    }
                    if let Some(&lab) = phrases.get(&buf)
                        && n > own
                        && (own == 0 || lab == l[i])
                        && best.is_none_or(|(m, _)| m < n)
                    {
                        best = Some((n, lab));
                    }
                }
            }
            if best.is_none() && own > 0 {
                i += own;
                continue;
            }
            match best {
                Some((n, lab)) => {
                    l[i] = lab;
                    for x in &mut l[i + 1..i + n] {
                        *x = lab + 1;
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> Vec<(String, Kind)> {
        let words: Vec<&str> = s.split(' ').collect();
        let labels = tag_document(
            builtin_model(),
            std::slice::from_ref(&words),
            Options::default(),
        );
        spans(&labels[0])
            .into_iter()
            .map(|(a, b, c)| (words[a..b].join(" "), class_kind(c)))
            .collect()
    }

    #[test]
    fn gazetteer_fills_in_and_extends() {
        let t = tag("زار الوفد والإمارات العربية المتحدة ثم بسورية");
        assert!(
            t.contains(&("والإمارات العربية المتحدة".into(), Kind::Place)),
            "{t:?}"
        );
        assert!(t.contains(&("بسورية".into(), Kind::Place)), "{t:?}");
    }

    #[test]
    fn document_pass_finds_surname_and_other_mentions() {
        // no model: the gazetteer's full name is the confident entity; غني alone is not listed
        let m = Model::empty();
        let s1: Vec<&str> = "التقى الرئيس أشرف غني بالوفد".split(' ').collect();
        let s2: Vec<&str> = "ثم غادر غني القصر".split(' ').collect();
        let l = tag_document(&m, &[s1, s2.clone()], Options::default());
        assert_eq!(l[0], vec![0, 0, 1, 2, 0]);
        assert_eq!(l[1], vec![0, 0, 1, 0]);
        let off = Options {
            document_pass: false,
            ..Options::default()
        };
        let l = tag_document(&m, &[s2], off);
        assert_eq!(l[0], vec![0, 0, 0, 0]);
    }

    #[test]
    fn document_pass_grows_a_first_name_into_the_full_name() {
        let words = ["قال", "توفيق", "الحكيم", "ثم", "كتب", "توفيق", "الحكيم"];
        let types: Vec<WordType> = words
            .iter()
            .map(|w| WordType {
                key: normalize::key(w),
                block: 0,
                bits: 0,
                stem: 0,
                gaz_start: false,
                letterless: false,
            })
            .collect();
        let doc = vec![(0..3).collect::<Vec<u32>>(), (3..7).collect()];
        // sentence 1: the full name, confident; sentence 2: the model stopped after the given name
        let mut labels = vec![vec![0, 1, 2], vec![0, 0, 1, 0]];
        let margins = vec![vec![0.0, 9.0, 9.0], vec![0.0, 0.0, 1.0, 0.0]];
        let gaz = vec![vec![0; 3], vec![0; 4]];
        document_pass(
            &types,
            &doc,
            &mut labels,
            &margins,
            &gaz,
            Options::default(),
        );
        assert_eq!(labels[1], vec![0, 0, 1, 2]);
    }

    #[test]
    fn names_in_latin_letters() {
        let t = tag("وقالت الباحثة السويدية Ingrid Holmberg من جامعة أوبسالا إن Holmberg تعمل");
        assert!(
            t.contains(&("Ingrid Holmberg".into(), Kind::Person)),
            "{t:?}"
        );
        assert!(t.contains(&("Holmberg".into(), Kind::Person)), "{t:?}");
        // capitalised words that do not start with a given name stay as they are
        let t = tag("تحت شعار Every Drop Counts في تونس");
        assert!(!t.iter().any(|(w, _)| w.contains("Drop")), "{t:?}");
        let t = tag("استقبل الرئيس Emmanuel Macron الوفد");
        assert!(
            t.contains(&("Emmanuel Macron".into(), Kind::Person)),
            "{t:?}"
        );
    }

    #[test]
    fn entities_never_start_or_end_on_punctuation() {
        let words = ["'", "بوتين", "2020", "'", "قال"];
        let mut l = vec![1, 2, 2, 2, 0];
        trim_letterless(&mut l, |i| !words[i].chars().any(char::is_alphabetic));
        assert_eq!(l, vec![0, 1, 0, 0, 0]);
        let mut l = vec![0, 0, 5, 6, 0];
        trim_letterless(&mut l, |i| !words[i].chars().any(char::is_alphabetic));
        assert_eq!(l, vec![0; 5]);
        let mut l = vec![0, 3, 4, 0, 0];
        trim_letterless(&mut l, |_| false);
        assert_eq!(l, vec![0, 3, 4, 0, 0]);
    }

    #[test]
    fn apply_gazetteer_respects_longer_model_entities() {
        // جامعة دمشق tagged ORG by the model; دمشق is a gazetteer place
        let mut l = vec![0, 5, 6, 0];
        apply_gazetteer(&mut l, &[0, 0, 3, 0]);
        assert_eq!(l, vec![0, 5, 6, 0]);
        let mut l = vec![0, 3, 0, 0];
        apply_gazetteer(&mut l, &[0, 3, 4, 4]);
        assert_eq!(l, vec![0, 3, 4, 4]);
    }
}
