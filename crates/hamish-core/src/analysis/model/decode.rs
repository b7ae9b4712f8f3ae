//! Viterbi decoding under the BIO constraints, with per-token margins.

use super::{NL, allowed};

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

#[cfg(test)]
mod tests {
    use super::super::spans;
    use super::*;

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
