//! Training: an averaged structured perceptron, several runs over different shuffles averaged.

use super::super::gazetteer::Gazetteer;
use super::super::normalize;
use super::clusters::{self, ClusterOptions, Clusters};
use super::corpus::Sentence;
use super::decode::decode;
use super::features::{
    EvWord, context_features, document_evidence, gazetteer_codes_in, word_features_in, word_id,
};
use super::hash::{FastMap, at, feat};
use super::lexicon;
use super::score::add;
use super::titles::Titles;
use super::weights::{self, Table};
use super::{Model, NL, W};

pub const DOC_CHUNK: usize = 25;

/// Training passes: 8 and 10 measured above 12 on leak-free 5-fold CV twice (79.4 and 79.4
/// against 79.1-79.2, then 79.5 and 79.4 against 79.3), each time within the noise but in the
/// same direction, and fewer passes train faster.
pub const EPOCHS: usize = 8;

/// Clusters learnt from the training sentences alone (a small text): fewer and coarser.
const SMALL_TEXT_CLUSTERS: ClusterOptions = ClusterOptions {
    levels: [64, 16, 0],
    vocab: 20_000,
    min_count: 3,
    context: 300,
    dims: 64,
    iterations: 12,
};

/// Salt of the auxiliary-corpus copy of a feature (see [`TrainOptions::aux_from`]).
const AUX_SALT: u64 = 0x0a0c_3a11_d0d0_7e57;

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
pub struct TrainOptions<'g> {
    /// Passes over the data.
    pub epochs: usize,
    /// Runs over different shuffles, averaged.
    pub runs: usize,
    /// Sentences from this index on come from an auxiliary corpus (AQMAR): their features also fire
    /// as corpus-specific copies, which soak up the corpus's own conventions and are left out of
    /// the model.
    pub aux_from: usize,
    /// Word clusters learnt beforehand from unlabelled text; without them, clusters are learnt
    /// from the training sentences (see [`clusters::Corpus`]).
    pub clusters: Option<&'g Clusters>,
    /// The gazetteer whose classes and phrases are features (the built-in one by default).
    pub gazetteer: &'g Gazetteer,
    /// Features whose averaged weights all stay below this (in magnitude) are left out of the
    /// model: about 45% of them at 0.5, which halves the weight table (tagging varied text waits
    /// on it) at no measured cost (leak-free CV 76.4 with all, 76.5 without; 76.2 at 1.2).
    pub min_weight: f32,
    /// The clusters a training sentence sees, by its half ([`lexicon::half_of`]), when they carry
    /// label statistics ([`lexicon`]): those of the model that was not trained on that half.
    /// `clusters` (the sum of both) is what the model keeps.
    pub half_clusters: Option<[&'g Clusters; 2]>,
    /// Encyclopedia titles learnt beforehand ([`super::titles`]), kept in the model.
    pub titles: Option<&'g Titles>,
}

impl Default for TrainOptions<'static> {
    fn default() -> Self {
        TrainOptions {
            epochs: EPOCHS,
            runs: 1,
            aux_from: usize::MAX,
            clusters: None,
            gazetteer: Gazetteer::get(),
            min_weight: 0.5,
            half_clusters: None,
            titles: None,
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
    let cl = match opts.clusters {
        Some(cl) => cl.clone(),
        None => {
            let mut corpus = clusters::Corpus::new();
            for s in sentences {
                corpus.add_sentence(&s.words);
            }
            corpus.learn(&SMALL_TEXT_CLUSTERS)
        }
    };
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
    let mut vocab: FastMap<(&str, usize), usize> = FastMap::default();
    let mut type_feats: Vec<Vec<(u64, u8)>> = Vec::new();
    let mut buf = Vec::new();
    let pad: [Vec<(u64, u8)>; 2] = [
        vec![(feat(90, "<s>"), W as u8)],
        vec![(feat(90, "</s>"), W as u8)],
    ];
    // per sentence: flattened feature ids per position
    let mut data: Vec<(Vec<u32>, Vec<usize>)> = Vec::with_capacity(sentences.len());
    let mut aux_ids: std::collections::HashSet<u32> = Default::default();
    let g = opts.gazetteer;
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
        .map(|s| gazetteer_codes_in(g, &s.words))
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
    let titles = opts.titles.cloned().unwrap_or_default();
    for (s, ev) in sentences.iter().zip(ev_all.iter_mut()) {
        titles.codes(&s.words, ev);
    }
    for (si, s) in sentences.iter().enumerate() {
        let types: Vec<usize> = s
            .words
            .iter()
            .map(|w| {
                let half = opts.half_clusters.map_or(0, |_| lexicon::half_of(si));
                *vocab.entry((w.as_str(), half)).or_insert_with(|| {
                    word_features_in(g, w, &mut buf);
                    let cl = opts.half_clusters.map_or(&cl, |h| h[half]);
                    cl.feature(&normalize::key(w), &mut buf);
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
        if v.iter().any(|x| x.abs() >= opts.min_weight) {
            entries.push((k, v));
        }
    }
    Model {
        trained_on_dev: false,
        trained_on_aqmar: false,
        trans: sum_t,
        table: Table::with_entries(weights::quantise(&entries)),
        clusters: cl,
        titles,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tag_words;
    use super::*;

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
    fn an_encyclopedia_title_tells_a_name_the_training_never_showed() {
        use super::super::titles::{self, Titles};
        let mut t = Titles::default();
        for place in ["قرطبة", "غرناطة", "طليطلة", "بلنسية"] {
            t.insert(&[normalize::key(place)], titles::LOC);
        }
        // the same context holds places (titles) and, twice as often, other words of their shape
        let mk = |w: &str, l: u8| Sentence {
            words: ["رأينا", w, "أمس"].iter().map(|s| s.to_string()).collect(),
            labels: vec![0, l, 0],
        };
        let mut data = Vec::new();
        for (place, others) in [
            ("قرطبة", ["حديقة", "مدرسة"]),
            ("غرناطة", ["مكتبية", "حقيبة"]),
            ("طليطلة", ["سفينة", "قبيلة"]),
        ] {
            data.push(mk(place, 3));
            for o in others {
                data.push(mk(o, 0));
            }
        }
        let opts = TrainOptions {
            epochs: 10,
            titles: Some(&t),
            ..TrainOptions::default()
        };
        let bytes = train_with(&data, &opts, |_| {}).to_bytes();
        let m = Model::from_bytes(&bytes).expect("round trip");
        assert_eq!(m.titles, t);
        let (l, _) = tag_words(&m, &["رأينا", "بلنسية", "أمس"]);
        assert_eq!(l, vec![0, 3, 0], "a title never trained on");
        // the same weights without the titles: the word is like the others
        let mut blind = Model::from_bytes(&bytes).expect("round trip");
        blind.titles = Titles::default();
        let (l, _) = tag_words(&blind, &["رأينا", "بلنسية", "أمس"]);
        assert_eq!(l, vec![0, 0, 0]);
    }

    #[test]
    fn a_model_keeps_its_clusters_through_the_file() {
        let mut corpus = clusters::Corpus::new();
        let names = ["زيد", "عمرو", "بكر", "خالد"];
        let places = ["قرطبة", "غرناطة", "طليطلة", "اشبيلية"];
        let mut text = Vec::new();
        for r in 0..4 {
            for (i, n) in names.iter().enumerate() {
                let s = format!("قال {n} أمس في {} اليوم شيئا", places[(i + r) % 4]);
                corpus.add_text(&s);
                text.push(s);
            }
        }
        let cl = corpus.learn(&ClusterOptions {
            levels: [2, 0, 0],
            min_count: 3,
            context: 20,
            dims: 8,
            ..ClusterOptions::default()
        });
        assert!(!cl.is_empty());
        let data = vec![Sentence {
            words: text[0].split(' ').map(String::from).collect(),
            labels: vec![0, 1, 0, 0, 3, 0, 0],
        }];
        let opts = TrainOptions {
            epochs: 2,
            clusters: Some(&cl),
            ..TrainOptions::default()
        };
        let m = train_with(&data, &opts, |_| {});
        assert_eq!(m.clusters, cl);
        let m2 = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(m.clusters, m2.clusters);
    }
}
