//! What a model's own reading of unlabelled text says of each word (self-training, kept as
//! features): a model trained on part of the labelled text tags the Wikipedia extracts, and for
//! each stem the share of its occurrences that fell inside a person, place, organisation or misc
//! name (first word or later word) is stored beside its clusters. A name the labelled text never
//! shows (`بلنسية`, `خراسان`) is then known by what the model found at its many mentions in
//! unlabelled text, where some contexts are clear (`مدينة بلنسية`, `ولد في خراسان`).
//!
//! A model's tags of a name it was trained on are right for the wrong reason (it remembers the
//! name), so statistics from a model that saw a sentence would make the features look more
//! reliable in training than on new text. Hence the two halves ([`half_of`]): the statistics a
//! training sentence sees come from the model trained on the other half, and the shipped model
//! keeps the sum of both halves' statistics, each of which is, for a new text, a model's reading
//! of names it never saw.

use super::super::articles;
use super::super::entities::{Options, Tagger};
use super::super::tokens::{Token, tokenize_into};
use super::clusters::{Clusters, stem_hash};
use super::hash::FastMap;
use super::{NL, train::DOC_CHUNK};
use crate::analysis::normalize;

/// Which half of the training sentences sentence `i` is in: whole pseudo-documents of
/// [`DOC_CHUNK`] sentences alternate, so both halves cover the whole corpus's topics.
pub fn half_of(i: usize) -> usize {
    (i / DOC_CHUNK) % 2
}

/// Per stem (by [`stem_hash`], its lowest bit set as in [`Clusters`]): how many of its occurrences got each label.
#[derive(Debug, Clone, Default)]
pub struct LabelCounts {
    counts: FastMap<u64, [u32; NL]>,
}

impl LabelCounts {
    pub fn new() -> LabelCounts {
        LabelCounts::default()
    }

    /// Number of stems counted.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Tags `text` (a file of articles, as `hamish entities` reads one) with `tagger`, without the
    /// document pass, and counts the label of every word.
    pub fn add_text(&mut self, tagger: &mut Tagger, text: &str) {
        let mut toks: Vec<Token> = Vec::new();
        let (mut words, mut bounds) = (Vec::new(), Vec::new());
        let mut cuts = vec![0];
        cuts.extend(articles::article_starts(text, false));
        cuts.push(text.len());
        let mut key = String::new();
        for w in cuts.windows(2) {
            let article = &text[w[0]..w[1]];
            tokenize_into(article, &mut toks);
            super::super::sentences(article, 0, &toks, &mut words, &mut bounds);
            // the model's own reading of each occurrence, without the document pass: it carries
            // one mistake to every mention of a word in an article (`فيروس` read as a person in
            // an article on viruses), and the statistics would count the copies as evidence
            // (nor the rules layered on the model for readers, institutions, names after titles,
            // names joined by `و`, organisation heads and the senses of currencies and adjectives, the edges of names: the statistics are the model's own reading, and rules that fire in the
            // unlabelled text but not in the training text only make the training drift)
            // Each article is read whole, the window notwithstanding: the shipped model was
            // trained on statistics read so, and a window here would change what it learns (a
            // change to measure on its own).
            let no_doc_pass = Options {
                document_pass: false,
                institutions: false,
                titled_names: false,
                portfolio_names: false,
                coordinated: false,
                org_heads: false,
                currencies: false,
                adjective_places: false,
                predicates: false,
                name_edges: false,
                doc_window: usize::MAX,
                ..Options::default()
            };
            let labels = tagger.tag(&words, &bounds, no_doc_pass);
            for (word, &l) in words.iter().zip(labels) {
                key.clear();
                normalize::key_into(word, &mut key);
                if key.chars().any(char::is_alphabetic) {
                    self.counts.entry(stem_hash(&key) | 1).or_insert([0; NL])[l as usize] += 1;
                }
            }
        }
    }

    /// The counts of a word's stem (by its key).
    pub fn get(&self, key: &str) -> Option<[u32; NL]> {
        self.counts.get(&(stem_hash(key) | 1)).copied()
    }

    /// Adds the counts of `other`.
    pub fn merge(&mut self, other: &LabelCounts) {
        for (&k, v) in &other.counts {
            let c = self.counts.entry(k).or_insert([0; NL]);
            for (a, b) in c.iter_mut().zip(v) {
                *a += b;
            }
        }
    }

    /// The packed statistics of a stem (see [`Clusters`]: bits [`SHIFT`]..): for each label but
    /// `O`, two bits for the share of the stem's occurrences that got it (0: under 5%, 1: under
    /// 25%, 2: under 60%, 3: more); `None` when the stem was seen fewer than [`MIN_SEEN`] times.
    fn packed(&self, h: u64) -> Option<u64> {
        let c = self.counts.get(&h)?;
        let total: u32 = c.iter().sum();
        if total < MIN_SEEN {
            return None;
        }
        let mut p = 0u64;
        for (l, &n) in c.iter().enumerate().skip(1) {
            let share = n as f64 / total as f64;
            let bucket = match share {
                x if x < 0.05 => 0,
                x if x < 0.25 => 1,
                x if x < 0.6 => 2,
                _ => 3,
            };
            p |= bucket << (SHIFT + 2 * (l as u32 - 1));
        }
        Some(p)
    }
}

/// Where the label statistics start in a stem's packed word (after the clusters, frequency, cues
/// and article share).
pub const SHIFT: u32 = 44;
/// Fewest occurrences for a stem's shares to be kept.
pub const MIN_SEEN: u32 = 3;
/// Set on a stem that has label statistics but no clusters (a rare word named as an entity).
pub const STATS_ONLY: u64 = 1 << 63;

impl Clusters {
    /// These clusters with the label statistics of `counts`: every clustered stem gets its
    /// statistics, and a stem without clusters that the model tagged as (part of) a name at
    /// least twice gets an entry of its own ([`STATS_ONLY`]).
    pub fn with_label_counts(&self, counts: &LabelCounts) -> Clusters {
        let mut out: Vec<(u64, u64)> = Vec::with_capacity(self.len() + counts.len() / 4);
        for (h, c) in self.entries() {
            let mask = (1u64 << SHIFT) - 1;
            out.push((h, (c & mask) | counts.packed(h).unwrap_or(0)));
        }
        let mut extra: Vec<(u64, u64)> = counts
            .counts
            .iter()
            .filter(|(h, c)| c[1..].iter().sum::<u32>() >= 2 && self.get_hash(**h).is_none())
            .filter_map(|(&h, _)| Some((h, counts.packed(h)? | STATS_ONLY)))
            .collect();
        extra.sort_unstable();
        out.extend(extra);
        Clusters::from_entries(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::corpus::Sentence;
    use super::super::train::train;
    use super::*;

    #[test]
    fn halves_alternate_by_pseudo_document() {
        assert_eq!(half_of(0), 0);
        assert_eq!(half_of(DOC_CHUNK - 1), 0);
        assert_eq!(half_of(DOC_CHUNK), 1);
        assert_eq!(half_of(2 * DOC_CHUNK + 3), 0);
    }

    #[test]
    fn each_occurrence_counts_as_the_model_read_it_not_as_the_document_pass_copied_it() {
        let mk = |s: &str, l: &[u8]| Sentence {
            words: s.split(' ').map(String::from).collect(),
            labels: l.to_vec(),
        };
        let mut data = Vec::new();
        for _ in 0..3 {
            for place in ["قرطبة", "غرناطة", "طليطلة"] {
                data.push(mk(&format!("سافر إلى {place} أمس"), &[0, 0, 3, 0]));
            }
            data.push(mk("وكتب الرجل كلاما جميلا", &[0, 0, 0, 0]));
        }
        let m = train(&data, 10, 1, |_| {});
        let mut tagger = Tagger::new(&m);
        // the second mention stands where the model reads no name; the document pass would
        // carry the first mention's reading to it
        let text = "عنوان\nسافر إلى زوبرانة أمس.\nوكتب زوبرانة كلاما جميلا.\n";
        let mut counts = LabelCounts::new();
        counts.add_text(&mut tagger, text);
        let c = counts.get(&normalize::key("زوبرانة")).expect("counted");
        assert_eq!(c.iter().sum::<u32>(), 2);
        assert_eq!((c[3], c[0]), (1, 1), "one place, one word outside: {c:?}");
    }

    #[test]
    fn what_the_model_finds_in_unlabelled_text_becomes_word_statistics() {
        // a toy model that knows places by the word before them
        let mk = |s: &str, l: &[u8]| Sentence {
            words: s.split(' ').map(String::from).collect(),
            labels: l.to_vec(),
        };
        let data = vec![
            mk("سافر إلى قرطبة أمس", &[0, 0, 3, 0]),
            mk("سافر إلى غرناطة أمس", &[0, 0, 3, 0]),
            mk("سافر إلى طليطلة أمس", &[0, 0, 3, 0]),
            mk("قال إن الأمر جيد", &[0, 0, 0, 0]),
        ];
        let m = train(&data, 10, 1, |_| {});
        let mut tagger = Tagger::new(&m);
        let mut counts = LabelCounts::new();
        // زوبرانة (an invented name) is new to the model and the gazetteer; in the unlabelled
        // text it follows سافر إلى three times
        counts.add_text(
            &mut tagger,
            "عنوان\nسافر إلى زوبرانة أمس.\nسافر إلى زوبرانة أمس.\nسافر إلى زوبرانة أمس.\nقال إن الأمر جيد.\n",
        );
        let c = counts.get(&normalize::key("زوبرانة")).expect("counted");
        assert_eq!(c.iter().sum::<u32>(), 3);
        assert_eq!(c[3], 3, "tagged B-LOC each time: {c:?}");
        // a word the model never saw, so it has no clusters: the statistics get an entry of their own
        let cl = Clusters::default().with_label_counts(&counts);
        let packed = cl.get(&normalize::key("زوبرانة")).expect("an entry");
        assert_ne!(packed & STATS_ONLY, 0);
        assert_eq!(
            (packed >> (SHIFT + 2 * 2)) & 3,
            3,
            "B-LOC share in the top bucket"
        );
        let mut f = Vec::new();
        cl.feature(&normalize::key("زوبرانة"), &mut f);
        assert_eq!(f.len(), 1, "only the B-LOC share: {f:?}");
        // a word seen fewer than MIN_SEEN times, or never in a name, gets nothing
        assert!(cl.get(&normalize::key("جيد")).is_none());
    }
}
