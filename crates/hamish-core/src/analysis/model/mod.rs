//! The entity model: an averaged structured perceptron over a linear chain (BIO labels, Viterbi
//! decoding with the BIO constraints), with hashed features, written for this project.
//!
//! Features ([`features`]):
//! - properties of a WORD — its key, stem after clitic stripping, prefixes and suffixes, stem
//!   trigrams, shape, morphological pattern, proclitics, nisba ending, gazetteer classes (places,
//!   organisations, persons, given names, titles, organisation and place heads, reporting verbs,
//!   club/company names) — each observed at a relative position up to ±3 (how far depends on the
//!   template);
//! - the gazetteer phrase label (B/I × kind) at −1…+1;
//! - the word bigrams (i−1, i) and (i, i+1);
//! - the word's clusters at −1…+1: learnt at training time by [`clusters`] from unlabelled text
//!   (the SVD of a context matrix, [`svd`]), stored in the model;
//! - what the model's own tagging of the unlabelled text found of the word, at −1…+1: the share
//!   of its occurrences inside each kind of name ([`lexicon`], self-training);
//! - document evidence about the word's stem at −1…+1 (somewhere in the article it follows a title,
//!   a given name, an organisation or place head, a reporting verb, or lies in a gazetteer phrase).
//!
//! Because word features do not depend on context, the score block of each distinct word is
//! computed once and reused at every occurrence ([`Scorer`]): tagging costs one hash lookup, seven
//! vector additions and a few context lookups per token, plus Viterbi ([`decode()`]).
//!
//! The parts, by job: [`hash`] (feature ids, the fast hasher), [`features`], [`clusters`] (with
//! [`svd`]), [`lexicon`],
//! [`weights`] (the weight table in memory), [`score`], [`mod@decode`], [`mod@format`] (the model file),
//! [`train`], [`corpus`] (labelled `token TAG` files).

pub mod clusters;
pub mod corpus;
pub mod decode;
pub mod features;
pub mod format;
pub mod hash;
pub mod lexicon;
pub mod score;
pub mod svd;
pub mod titles;
pub mod train;
pub mod weights;

pub use corpus::{Sentence, fix_bio, label_index, read_conll};
pub use decode::{Decoder, decode};
pub use features::{
    EvWord, WEAK, document_evidence, evidence, gazetteer_codes, gazetteer_codes_in,
    gazetteer_codes_keys, gazetteer_codes_with, word_features, word_features_in,
    word_features_with,
};
pub use format::ModelError;
pub use hash::{FastHasher, FastMap, FastSet};
pub use score::Scorer;
pub use train::{DOC_CHUNK, TrainOptions, train, train_with};

use weights::Table;

/// Labels, in model order.
pub const LABELS: [&str; 9] = [
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
pub const NL: usize = LABELS.len();
/// Widest relative position of a word feature.
pub(crate) const W: i32 = 3;
pub(crate) const NB: usize = (2 * W + 1) as usize;

/// Whether label `b` may follow label `a` (`None` = sentence start) under BIO.
#[inline]
pub fn allowed(a: Option<usize>, b: usize) -> bool {
    if b == 0 || b % 2 == 1 {
        return true;
    }
    matches!(a, Some(a) if a != 0 && (a == b || a + 1 == b))
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

/// A trained model.
pub struct Model {
    /// Whether the dev split (last 10% of ANERcorp train) was part of the training data.
    pub trained_on_dev: bool,
    /// Whether the AQMAR articles were part of the training data.
    pub trained_on_aqmar: bool,
    /// trans[a][b]: score of label b after a; row NL is the sentence start.
    pub(crate) trans: [[f32; NL]; NL + 1],
    pub(crate) table: Table,
    /// Word clusters (see [`clusters`]).
    pub(crate) clusters: clusters::Clusters,
    /// Encyclopedia titles (see [`titles`]).
    pub(crate) titles: titles::Titles,
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
            trained_on_aqmar: false,
            trans: [[0.0; NL]; NL + 1],
            table: Table::with_entries((Vec::new(), 1.0)),
            clusters: clusters::Clusters::default(),
            titles: titles::Titles::default(),
        }
    }
}

/// Tags a sentence of words (no document pass): labels and per-token margins.
pub fn tag_words<S: AsRef<str>>(model: &Model, words: &[S]) -> (Vec<u8>, Vec<f32>) {
    let mut scorer = Scorer::new(model);
    let ids: Vec<u32> = words.iter().map(|w| scorer.add_word(w.as_ref())).collect();
    let gaz = gazetteer_codes(words);
    let mut ev = vec![0; ids.len()];
    model.titles.codes(words, &mut ev);
    let mut em = Vec::new();
    scorer.emissions(&ids, &gaz, &ev, &mut em);
    decode(&em, &model.trans, true)
}
