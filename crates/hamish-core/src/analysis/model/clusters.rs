//! Word clusters learnt from the training text: each frequent stem is described by the stems seen
//! just before and just after it (the most frequent stems as context words), and the vectors are
//! grouped by spherical k-means. A word's cluster is a model feature, so rare words borrow from the
//! frequent words that occur in the same contexts.

use super::super::normalize;
use super::hash::{FastMap, feat, feat_bytes};

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
