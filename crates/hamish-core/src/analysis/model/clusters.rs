//! Word clusters learnt from unlabelled text at training time (`hamish model train` reads the
//! Arabic Wikipedia extracts in `../shared/data/unlabeled/`): a word's cluster is a model feature,
//! so a rare word — a name seen once in training, or never — borrows from the frequent words that
//! occur in the same contexts.
//!
//! How: each of the most frequent stems is described by the stems seen just before and just after
//! it (the [`ClusterOptions::context`] most frequent stems as context words, weighted by positive
//! pointwise mutual information), reduced to its [`ClusterOptions::dims`] leading singular
//! directions ([`svd`]), and the vectors are grouped by spherical k-means into the finest clusters;
//! the cluster centres are then grouped again into coarser ones (three levels, as prefixes of a
//! Brown clustering would give). The model stores stem hash → the three cluster numbers.
//!
//! The SVD replaced a fixed random projection to the same 64 dimensions, which kept every
//! context's noise: with it, leak-free 5-fold CV 76.5 → 77.4 at 64/16 clusters, and 78.3 at the
//! finer 128/32 that the noisier vectors could not use (75.0 at 256/64/16 then).

use super::super::gazetteer::{Gazetteer, class};
use super::super::normalize;
use super::super::tokens::{TokenClass, tokenize_into};
use super::hash::{FastMap, feat, feat_bytes};
use super::svd;
use super::{NL, lexicon};

/// The stem hash a cluster is stored under.
pub fn stem_hash(key: &str) -> u64 {
    feat(41, normalize::stem(key))
}

/// Word clusters: stem hash → the cluster at each of three levels (finest first) and what the
/// unlabelled text says of the word, packed in 64 bits: `c0 + 1`, `c1 + 1`, `c2 + 1` in the low three
/// bytes (0: no cluster at that level), then the word's frequency class (log2 of its count), then
/// two bits per [`CUES`] entry — how often the word follows such a word (0: never, 1: under 5%, 2:
/// under 20%, 3: more) — and two bits for how often it carries the article (0: under 5%, 1: under
/// 20%, 2: under 50%, 3: more; names seldom do); from bit [`lexicon::SHIFT`] on, two bits per
/// label but `O` for the share of its occurrences a model gave that label in the unlabelled text
/// (self-training, see [`lexicon`]), and [`lexicon::STATS_ONLY`] on a stem that has only those.
///
/// Kept in a table of its own (open addressing on the stem hash) so that a lookup can be asked
/// for early ([`Clusters::prefetch`]): with tens of thousands of stems it rarely sits in the cache,
/// and a new word of varied text would otherwise wait for it.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    /// (stem hash | 1, packed); key 0: an empty slot.
    slots: Vec<(u64, u64)>,
    len: usize,
}

impl PartialEq for Clusters {
    fn eq(&self, other: &Clusters) -> bool {
        self.len == other.len && self.entries().all(|(k, c)| other.get_hash(k) == Some(c))
    }
}

impl Eq for Clusters {}

/// The word classes whose followers the unlabelled text is asked about: a given name (what follows
/// is often a surname), a title (a person), an organisation head (`شركة`, `نادي`: a name), a place
/// head (`مدينة`). These are word lists, not names, so no name of a scored text feeds them.
pub const CUES: [u16; 5] = [
    class::FIRST_NAME,
    class::TITLE,
    class::ORG_HEAD,
    class::PLACE_HEAD,
    class::REPORT_VERB,
];

impl Clusters {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The packed clusters of a word (by its matching key), if its stem has some.
    pub fn get(&self, key: &str) -> Option<u64> {
        if self.len == 0 {
            return None;
        }
        self.get_hash(stem_hash(key))
    }

    /// The packed clusters of a stem by its hash ([`stem_hash`]).
    pub fn get_hash(&self, h: u64) -> Option<u64> {
        if self.len == 0 {
            return None;
        }
        let k = h | 1;
        let mask = self.slots.len() - 1;
        let mut i = k as usize & mask;
        loop {
            let (key, c) = self.slots[i];
            if key == k {
                return Some(c);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether the model's reading of the unlabelled text ([`lexicon`]) put the stem of a word (by
    /// its key) inside a name of class `class` (0..4 = PERS LOC ORG MISC) at 5% of its occurrences
    /// or more; `None` when the text says nothing of the stem.
    pub fn seen_as(&self, key: &str, class: usize) -> Option<bool> {
        let c = self.get(key)?;
        let bucket = |l: usize| (c >> (lexicon::SHIFT + 2 * l as u32)) & 3;
        Some(bucket(2 * class) != 0 || bucket(2 * class + 1) != 0)
    }

    /// Starts loading the slot of the stem with hash `h` into the cache (a hint only).
    #[inline]
    pub fn prefetch(&self, h: u64) {
        if self.len != 0 {
            super::weights::prefetch(&self.slots[(h | 1) as usize & (self.slots.len() - 1)]);
        }
    }

    /// Appends the cluster features of a word (by its key), if its stem has clusters.
    pub fn feature(&self, key: &str, out: &mut Vec<(u64, u8)>) {
        if self.len != 0 {
            self.feature_by_hash(stem_hash(key), out);
        }
    }

    /// [`Clusters::feature`] of a stem by its hash: the label shares at −1…+1 (a word inside a
    /// name is often next to another), the clusters at −1…+1, the rest at the word itself.
    pub fn feature_by_hash(&self, h: u64, out: &mut Vec<(u64, u8)>) {
        if let Some(c) = self.get_hash(h) {
            for l in 0..NL as u32 - 1 {
                let x = (c >> (lexicon::SHIFT + 2 * l)) as u8 & 3;
                if x != 0 {
                    out.push((feat_bytes(52 + l as u8, &[x]), 1));
                }
            }
            if c & lexicon::STATS_ONLY != 0 {
                return;
            }
            for (level, template) in [40u8, 42, 43].into_iter().enumerate() {
                let x = (c >> (8 * level)) as u8;
                if x != 0 {
                    out.push((feat_bytes(template, &[x - 1]), 1));
                }
            }
            out.push((feat_bytes(44, &[(c >> 24) as u8]), 0));
            for k in 0..CUES.len() {
                let x = (c >> (32 + 2 * k)) as u8 & 3;
                if x != 0 {
                    out.push((feat_bytes(45 + k as u8, &[x]), 0));
                }
            }
            let article = (c >> (32 + 2 * CUES.len())) as u8 & 3;
            out.push((feat_bytes(39, &[article]), 0));
        }
    }

    /// The entries, by stem hash (for the model file).
    /// The entries as (stem hash, packed clusters); the hash with its lowest bit set.
    pub(super) fn entries(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.slots.iter().filter(|s| s.0 != 0).copied()
    }

    pub(super) fn from_entries(entries: impl IntoIterator<Item = (u64, u64)>) -> Clusters {
        let entries: Vec<(u64, u64)> = entries.into_iter().collect();
        let cap = (entries.len() + entries.len() / 3 + 1).next_power_of_two();
        let mut t = Clusters {
            slots: vec![(0, 0); cap],
            len: 0,
        };
        let mask = cap - 1;
        for (h, c) in entries {
            let k = h | 1;
            let mut i = k as usize & mask;
            while t.slots[i].0 != 0 && t.slots[i].0 != k {
                i = (i + 1) & mask;
            }
            if t.slots[i].0 == 0 {
                t.len += 1;
            }
            t.slots[i] = (k, c);
        }
        t
    }
}

/// Settings of [`Corpus::learn`].
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Number of clusters at each level, finest first (each at most 255; 0 leaves a level out).
    pub levels: [usize; 3],
    /// Most stems that get clusters (the most frequent ones).
    pub vocab: usize,
    /// Stems seen fewer times get no cluster.
    pub min_count: u32,
    /// Number of context stems per side.
    pub context: usize,
    /// Dimensions of the projected vectors.
    pub dims: usize,
    /// Rounds of k-means.
    pub iterations: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            levels: [128, 32, 0],
            vocab: 100_000,
            min_count: 5,
            context: 2000,
            dims: 64,
            iterations: 10,
        }
    }
}

/// Unlabelled text as stem ids, for [`Corpus::learn`].
#[derive(Default)]
pub struct Corpus {
    ids: FastMap<String, u32>,
    names: Vec<String>,
    count: Vec<u32>,
    /// How often each stem was written with the article.
    with_article: Vec<u32>,
    /// Stem ids, sentences separated by [`BREAK`].
    tokens: Vec<u32>,
    scratch: Vec<super::super::tokens::Token>,
}

const BREAK: u32 = u32::MAX;

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Number of words read.
    pub fn words(&self) -> usize {
        self.tokens.len()
    }

    fn id(&mut self, stem: &str) -> u32 {
        if let Some(&i) = self.ids.get(stem) {
            return i;
        }
        let i = self.names.len() as u32;
        self.ids.insert(stem.to_owned(), i);
        self.names.push(stem.to_owned());
        self.count.push(0);
        self.with_article.push(0);
        i
    }

    fn push(&mut self, word: &str) {
        let key = normalize::key(word);
        // numbers are one word for this purpose
        let stem = normalize::stem(&key);
        let prefix = &key[..key.len() - stem.len()];
        let article = prefix.ends_with("ال") || prefix.ends_with("لل");
        let id = if key.chars().all(|c| c.is_ascii_digit()) && !key.is_empty() {
            self.id("0")
        } else {
            self.id(stem)
        };
        self.count[id as usize] += 1;
        self.with_article[id as usize] += u32::from(article);
        self.tokens.push(id);
    }

    /// Adds one sentence given as words.
    pub fn add_sentence<S: AsRef<str>>(&mut self, words: &[S]) {
        for w in words {
            self.push(w.as_ref());
        }
        self.tokens.push(BREAK);
    }

    /// Adds running text: its tokens, a sentence ending at each line end and after . ! ? ؟
    pub fn add_text(&mut self, text: &str) {
        let mut toks = std::mem::take(&mut self.scratch);
        for line in text.lines() {
            tokenize_into(line, &mut toks);
            for t in &toks {
                let w = &line[t.range.clone()];
                self.push(w);
                if t.class == TokenClass::Punct && matches!(w, "." | "!" | "?" | "؟") {
                    self.tokens.push(BREAK);
                }
            }
            if self.tokens.last().is_some_and(|&t| t != BREAK) {
                self.tokens.push(BREAK);
            }
        }
        self.scratch = toks;
    }

    /// Learns the clusters (see the module documentation). Deterministic.
    pub fn learn(&self, opts: &ClusterOptions) -> Clusters {
        let n_stems = self.names.len();
        let mut by_freq: Vec<u32> = (0..n_stems as u32).collect();
        by_freq.sort_by_key(|&i| (std::cmp::Reverse(self.count[i as usize]), i));
        // rank among the clustered stems, and among the context stems
        let mut row = vec![u32::MAX; n_stems];
        let mut rows: Vec<u32> = Vec::new();
        for &i in &by_freq {
            if rows.len() >= opts.vocab || self.count[i as usize] < opts.min_count.max(1) {
                break;
            }
            row[i as usize] = rows.len() as u32;
            rows.push(i);
        }
        let k0 = opts.levels[0].min(255);
        if rows.len() < k0.max(2) || k0 < 2 {
            return Clusters::default();
        }
        let c = opts.context.max(1);
        let mut ctx = vec![c as u32; n_stems];
        for (r, &i) in by_freq.iter().take(c).enumerate() {
            ctx[i as usize] = r as u32;
        }
        let width = 2 * (c as u64 + 1); // left contexts, then right; the last of each: other
        // co-occurrence counts: (row, context) pairs, counted by sorting
        let mut pairs: Vec<u64> = Vec::with_capacity(2 * self.tokens.len());
        let at = |j: Option<usize>| -> u64 {
            match j.map(|j| self.tokens[j]) {
                Some(t) if t != BREAK => ctx[t as usize] as u64,
                _ => c as u64,
            }
        };
        for (j, &t) in self.tokens.iter().enumerate() {
            if t == BREAK || row[t as usize] == u32::MAX {
                continue;
            }
            let r = row[t as usize] as u64 * width;
            let left = at(j.checked_sub(1));
            let right = at((j + 1 < self.tokens.len()).then_some(j + 1));
            pairs.push(r + left);
            pairs.push(r + (c as u64 + 1) + right);
        }
        pairs.sort_unstable();
        // (row, context, count) runs
        let mut cells: Vec<(u32, u32, u32)> = Vec::new();
        for p in pairs {
            let (r, x) = ((p / width) as u32, (p % width) as u32);
            match cells.last_mut() {
                Some(last) if last.0 == r && last.1 == x => last.2 += 1,
                _ => cells.push((r, x, 1)),
            }
        }
        let total: f64 = cells.iter().map(|e| e.2 as f64).sum();
        let mut row_sum = vec![0f64; rows.len()];
        let mut ctx_sum = vec![0f64; width as usize];
        for &(r, x, n) in &cells {
            row_sum[r as usize] += n as f64;
            ctx_sum[x as usize] += n as f64;
        }
        // smoothed context distribution (as word2vec does), so rare contexts do not dominate
        let ctx_p: Vec<f64> = ctx_sum.iter().map(|&n| n.powf(0.75)).collect();
        let ctx_total: f64 = ctx_p.iter().sum();
        let d = opts.dims.max(1);
        let pmi_cells = cells.iter().filter_map(|&(r, x, n)| {
            let pmi = ((n as f64 / total)
                / ((row_sum[r as usize] / total) * (ctx_p[x as usize] / ctx_total)))
                .ln();
            (pmi > 0.0 && x as usize % (c + 1) != c).then_some((r, x, pmi as f32))
        });
        let m = svd::Csr::from_sorted(rows.len(), width as usize, pmi_cells);
        let mut vecs = svd::left_vectors(&m, d, 2, 0.5);
        for v in vecs.chunks_mut(d) {
            normalise(v);
        }
        let weights = vec![1f32; rows.len()];
        let fine = kmeans(&vecs, &weights, d, k0, opts.iterations);
        // coarser levels: the finest centres grouped, weighted by their sizes
        let mut sizes = vec![0f32; k0];
        for &a in &fine.assign {
            sizes[a as usize] += 1.0;
        }
        let mut levels: Vec<Vec<u16>> = vec![fine.assign.clone()];
        for &k in &opts.levels[1..] {
            let k = k.min(255);
            if k < 2 || k >= k0 {
                break;
            }
            let up = kmeans(&fine.centres, &sizes, d, k, opts.iterations);
            levels.push(fine.assign.iter().map(|&a| up.assign[a as usize]).collect());
        }
        // how often each clustered stem follows a word of each cue class
        let g = Gazetteer::get();
        let cue_of: Vec<u8> = self
            .names
            .iter()
            .map(|n| {
                let b = g.bits_any_reading(n);
                CUES.iter()
                    .enumerate()
                    .fold(0u8, |m, (k, &c)| if b & c != 0 { m | 1 << k } else { m })
            })
            .collect();
        let mut cues = vec![[0u32; CUES.len()]; rows.len()];
        for w in self.tokens.windows(2) {
            let (p, t) = (w[0], w[1]);
            if p == BREAK || t == BREAK || row[t as usize] == u32::MAX {
                continue;
            }
            let m = cue_of[p as usize];
            for (k, n) in cues[row[t as usize] as usize].iter_mut().enumerate() {
                if m & 1 << k != 0 {
                    *n += 1;
                }
            }
        }
        let mut out = Vec::with_capacity(rows.len());
        for (r, &i) in rows.iter().enumerate() {
            let mut packed = 0u64;
            for (l, assign) in levels.iter().enumerate() {
                packed |= (assign[r] as u64 + 1) << (8 * l);
            }
            let count = self.count[i as usize];
            packed |= (count.max(1).ilog2() as u64) << 24;
            for (k, &n) in cues[r].iter().enumerate() {
                let share = n as f64 / count.max(1) as f64;
                let bucket = match share {
                    0.0 => 0,
                    x if x < 0.05 => 1,
                    x if x < 0.2 => 2,
                    _ => 3,
                };
                packed |= bucket << (32 + 2 * k);
            }
            let share = self.with_article[i as usize] as f64 / count.max(1) as f64;
            let bucket: u64 = match share {
                x if x < 0.05 => 0,
                x if x < 0.2 => 1,
                x if x < 0.5 => 2,
                _ => 3,
            };
            packed |= bucket << (32 + 2 * CUES.len());
            out.push((feat(41, &self.names[i as usize]), packed));
        }
        Clusters::from_entries(out)
    }
}

fn normalise(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

struct KMeans {
    assign: Vec<u16>,
    /// k centres of d dimensions, unit length.
    centres: Vec<f32>,
}

/// Spherical k-means of the unit vectors `vecs` (d each, weighted), seeded with vectors evenly
/// spaced through the input (which comes most frequent first).
fn kmeans(vecs: &[f32], weights: &[f32], d: usize, k: usize, iterations: usize) -> KMeans {
    let n = vecs.len() / d;
    let mut centres = vec![0f32; k * d];
    for c in 0..k {
        let i = c * n / k;
        centres[c * d..(c + 1) * d].copy_from_slice(&vecs[i * d..(i + 1) * d]);
    }
    let mut assign = vec![0u16; n];
    for _ in 0..iterations.max(1) {
        for (i, v) in vecs.chunks(d).enumerate() {
            let mut best = (f32::MIN, 0usize);
            for (c, centre) in centres.chunks(d).enumerate() {
                let sim: f32 = v.iter().zip(centre).map(|(a, b)| a * b).sum();
                if sim > best.0 {
                    best = (sim, c);
                }
            }
            assign[i] = best.1 as u16;
        }
        let mut sum = vec![0f32; k * d];
        for (i, v) in vecs.chunks(d).enumerate() {
            let c = assign[i] as usize;
            for (s, x) in sum[c * d..(c + 1) * d].iter_mut().zip(v) {
                *s += weights[i] * x;
            }
        }
        for c in 0..k {
            let s = &mut sum[c * d..(c + 1) * d];
            if s.iter().any(|&x| x != 0.0) {
                normalise(s);
                centres[c * d..(c + 1) * d].copy_from_slice(s);
            }
        }
    }
    KMeans { assign, centres }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_share_contexts_share_clusters() {
        // names after قال and before أمس; places after في and before اليوم
        let names = ["زيد", "عمرو", "بكر", "خالد", "سعيد", "فهد"];
        let places = ["قرطبة", "غرناطة", "طليطلة", "اشبيلية", "مالقة", "المرية"];
        let mut corpus = Corpus::new();
        for r in 0..6 {
            for (i, n) in names.iter().enumerate() {
                let p = places[(i + r) % 6];
                corpus.add_text(&format!("قال {n} أمس في {p} اليوم شيئا.\n"));
            }
        }
        let opts = ClusterOptions {
            levels: [4, 0, 0],
            min_count: 3,
            context: 20,
            dims: 16,
            ..ClusterOptions::default()
        };
        let cl = corpus.learn(&opts);
        let c = |w: &str| cl.get(&normalize::key(w)).map(|x| x & 0xFF);
        // what follows a given name here is a place, never a surname; what follows قال is a name
        let cue = |w: &str, k: usize| cl.get(&normalize::key(w)).map(|x| (x >> (32 + 2 * k)) & 3);
        assert_eq!(cue("قرطبة", 0), Some(0));
        assert!(c("زيد").is_some());
        assert!(names.iter().all(|n| c(n) == c("زيد")), "{cl:?}");
        assert!(places.iter().all(|p| c(p) == c("قرطبة")));
        assert_ne!(c("زيد"), c("قرطبة"));
        let mut f = Vec::new();
        cl.feature(&normalize::key("عمرو"), &mut f);
        assert!(f.len() >= 3, "cluster, frequency and article: {f:?}");
        let n = f.len();
        cl.feature(&normalize::key("كلمة غريبة"), &mut f);
        assert_eq!(f.len(), n, "no clusters for an unseen word");
    }

    #[test]
    fn three_levels_nest() {
        // eight families of made-up words, each family in its own frame
        let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهي".chars().collect();
        let word =
            |a: usize, b: usize| format!("{}{}{}", letters[a], letters[b], letters[(a + b) % 26]);
        let mut corpus = Corpus::new();
        for r in 0..40 {
            for fam in 0..8 {
                let (left, right) = (word(fam, 20), word(fam, 21));
                corpus.add_text(&format!("{left} {} {right}\n", word(fam, r % 5)));
            }
        }
        let cl = corpus.learn(&ClusterOptions {
            levels: [8, 4, 2],
            min_count: 2,
            context: 50,
            dims: 32,
            ..ClusterOptions::default()
        });
        assert!(!cl.is_empty());
        // every clustered word has all three levels, and one fine cluster lies in one coarse one
        let mut up: FastMap<u64, u64> = FastMap::default();
        for (_, c) in cl.entries() {
            assert!((0..3).all(|l| (c >> (8 * l)) & 0xFF != 0), "{c:x}");
            let prev = up.insert(c & 0xFF, (c >> 8) & 0xFFFF);
            assert!(prev.is_none_or(|p| p == (c >> 8) & 0xFFFF));
        }
        let again = Clusters::from_entries(cl.entries().collect::<Vec<_>>());
        assert_eq!(again, cl);
    }
}
