//! Truncated SVD of a sparse matrix by randomised range finding (Halko, Martinsson and Tropp,
//! 2011): the word vectors of [`super::clusters`] are the leading left singular vectors of the
//! words' PPMI context matrix. A fixed random projection (what the clusters used first) keeps
//! every context's noise; the SVD keeps the directions the contexts share, which is what lets a
//! rare name sit beside the frequent names used like it.
//!
//! Deterministic: the random test matrix comes from a fixed seed, and every sum is taken in the
//! same order.

/// A sparse matrix in compressed rows.
pub struct Csr {
    pub rows: usize,
    pub cols: usize,
    /// Start of each row in `col`/`val`, plus the end.
    pub start: Vec<usize>,
    pub col: Vec<u32>,
    pub val: Vec<f32>,
}

impl Csr {
    /// From (row, column, value) triples sorted by row.
    pub fn from_sorted(
        rows: usize,
        cols: usize,
        cells: impl IntoIterator<Item = (u32, u32, f32)>,
    ) -> Csr {
        let mut start = vec![0usize; rows + 1];
        let (mut col, mut val) = (Vec::new(), Vec::new());
        for (r, c, v) in cells {
            start[r as usize + 1] += 1;
            col.push(c);
            val.push(v);
        }
        for r in 0..rows {
            start[r + 1] += start[r];
        }
        Csr {
            rows,
            cols,
            start,
            col,
            val,
        }
    }

    /// `out` (rows × l) = self × `x` (cols × l), dense row-major.
    fn mul(&self, x: &[f32], l: usize, out: &mut [f32]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        for r in 0..self.rows {
            let o = &mut out[r * l..(r + 1) * l];
            for k in self.start[r]..self.start[r + 1] {
                let (c, v) = (self.col[k] as usize, self.val[k]);
                for (a, b) in o.iter_mut().zip(&x[c * l..(c + 1) * l]) {
                    *a += v * b;
                }
            }
        }
    }

    /// `out` (cols × l) = selfᵀ × `y` (rows × l).
    fn mul_t(&self, y: &[f32], l: usize, out: &mut [f32]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        for r in 0..self.rows {
            let yr = &y[r * l..(r + 1) * l];
            for k in self.start[r]..self.start[r + 1] {
                let (c, v) = (self.col[k] as usize, self.val[k]);
                for (a, b) in out[c * l..(c + 1) * l].iter_mut().zip(yr) {
                    *a += v * b;
                }
            }
        }
    }
}

/// The `k` leading left singular vectors of `m`, each scaled by its singular value to the power
/// `power` (0.5 weighs the two sides alike, as Levy, Goldberg and Dagan advise for word vectors):
/// rows × k, row-major. `iterations` rounds of power iteration sharpen the spectrum.
pub fn left_vectors(m: &Csr, k: usize, iterations: usize, power: f32) -> Vec<f32> {
    let l = (k + 10).min(m.cols).min(m.rows);
    let k = k.min(l);
    if l == 0 {
        return Vec::new();
    }
    let mut rng = 0x853c_49e6_748f_ea9bu64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let omega: Vec<f32> = (0..m.cols * l)
        .map(|_| if next() & 1 == 0 { 1.0 } else { -1.0 })
        .collect();
    let mut y = vec![0f32; m.rows * l];
    let mut z = vec![0f32; m.cols * l];
    m.mul(&omega, l, &mut y);
    orthonormalise(&mut y, l);
    for _ in 0..iterations {
        m.mul_t(&y, l, &mut z);
        orthonormalise(&mut z, l);
        m.mul(&z, l, &mut y);
        orthonormalise(&mut y, l);
    }
    // B = Qᵀ M, as Bᵀ = Mᵀ Q (cols × l); B Bᵀ = W Λ Wᵀ; then U = Q W, σ = √λ
    m.mul_t(&y, l, &mut z);
    let g = gram(&z, l);
    let (lambda, w) = jacobi_eigen(g, l);
    let mut order: Vec<usize> = (0..l).collect();
    order.sort_by(|&a, &b| lambda[b].total_cmp(&lambda[a]).then(a.cmp(&b)));
    let mut out = vec![0f32; m.rows * k];
    for r in 0..m.rows {
        let q = &y[r * l..(r + 1) * l];
        for (j, &e) in order.iter().take(k).enumerate() {
            let mut s = 0f64;
            for i in 0..l {
                s += q[i] as f64 * w[i * l + e];
            }
            out[r * k + j] = (s * lambda[e].max(0.0).sqrt().powf(power as f64)) as f32;
        }
    }
    out
}

/// XᵀX of a row-major n × l matrix, in f64.
fn gram(x: &[f32], l: usize) -> Vec<f64> {
    let mut g = vec![0f64; l * l];
    for row in x.chunks(l) {
        for i in 0..l {
            let a = row[i] as f64;
            if a == 0.0 {
                continue;
            }
            let gi = &mut g[i * l..(i + 1) * l];
            for j in i..l {
                gi[j] += a * row[j] as f64;
            }
        }
    }
    for i in 0..l {
        for j in 0..i {
            g[i * l + j] = g[j * l + i];
        }
    }
    g
}

/// Makes the l columns of the row-major n × l matrix `x` orthonormal: Cholesky QR done twice (the
/// second pass mends what the first lost to rounding). A column that depends on the ones before
/// it becomes zero.
fn orthonormalise(x: &mut [f32], l: usize) {
    for _ in 0..2 {
        let g = gram(x, l);
        // G = RᵀR (R upper triangular); X ← X R⁻¹
        let mut r = vec![0f64; l * l];
        let scale = (0..l)
            .map(|i| g[i * l + i])
            .fold(0f64, f64::max)
            .max(1e-300);
        for i in 0..l {
            for j in i..l {
                let mut s = g[i * l + j];
                for p in 0..i {
                    s -= r[p * l + i] * r[p * l + j];
                }
                if i == j {
                    r[i * l + i] = if s > 1e-12 * scale { s.sqrt() } else { 0.0 };
                } else if r[i * l + i] > 0.0 {
                    r[i * l + j] = s / r[i * l + i];
                }
            }
        }
        let mut row = vec![0f64; l];
        for xr in x.chunks_mut(l) {
            // solve row · R = xr for row (forward substitution over the columns)
            for j in 0..l {
                let mut s = xr[j] as f64;
                for p in 0..j {
                    s -= row[p] * r[p * l + j];
                }
                row[j] = if r[j * l + j] > 0.0 {
                    s / r[j * l + j]
                } else {
                    0.0
                };
            }
            for (a, b) in xr.iter_mut().zip(&row) {
                *a = *b as f32;
            }
        }
    }
}

/// Eigenvalues and eigenvectors (columns of the row-major l × l result) of a symmetric matrix, by
/// cyclic Jacobi rotations.
fn jacobi_eigen(mut a: Vec<f64>, l: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0f64; l * l];
    for i in 0..l {
        v[i * l + i] = 1.0;
    }
    for _ in 0..60 {
        let off: f64 = (0..l)
            .flat_map(|i| (0..l).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * l + j] * a[i * l + j])
            .sum();
        let diag: f64 = (0..l).map(|i| a[i * l + i] * a[i * l + i]).sum();
        if off <= 1e-22 * diag.max(1e-300) {
            break;
        }
        for p in 0..l {
            for q in p + 1..l {
                let apq = a[p * l + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q * l + q] - a[p * l + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..l {
                    let (akp, akq) = (a[k * l + p], a[k * l + q]);
                    a[k * l + p] = c * akp - s * akq;
                    a[k * l + q] = s * akp + c * akq;
                }
                for k in 0..l {
                    let (apk, aqk) = (a[p * l + k], a[q * l + k]);
                    a[p * l + k] = c * apk - s * aqk;
                    a[q * l + k] = s * apk + c * aqk;
                }
                for k in 0..l {
                    let (vkp, vkq) = (v[k * l + p], v[k * l + q]);
                    v[k * l + p] = c * vkp - s * vkq;
                    v[k * l + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..l).map(|i| a[i * l + i]).collect(), v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_a_low_rank_matrix() {
        // rows are mixtures of two row patterns: rank 2, singular vectors found up to sign
        let (rows, cols) = (40usize, 12usize);
        let p1: Vec<f32> = (0..cols).map(|c| (c % 3) as f32).collect();
        let p2: Vec<f32> = (0..cols).map(|c| if c < 6 { 1.0 } else { -1.0 }).collect();
        let mut cells = Vec::new();
        let mut dense = vec![0f32; rows * cols];
        for r in 0..rows {
            let (a, b) = ((r % 5) as f32, (r % 7) as f32 - 3.0);
            for c in 0..cols {
                let v = a * p1[c] + b * p2[c];
                dense[r * cols + c] = v;
                if v != 0.0 {
                    cells.push((r as u32, c as u32, v));
                }
            }
        }
        let m = Csr::from_sorted(rows, cols, cells);
        let u = left_vectors(&m, 4, 2, 1.0);
        // U Σ has the rank of M, and (U Σ)(U Σ)ᵀ = M Mᵀ
        for i in 0..rows {
            for j in 0..rows {
                let want: f32 = (0..cols)
                    .map(|c| dense[i * cols + c] * dense[j * cols + c])
                    .sum();
                let got: f32 = (0..4).map(|d| u[i * 4 + d] * u[j * 4 + d]).sum();
                assert!(
                    (want - got).abs() < 1e-2 * want.abs().max(1.0),
                    "{i},{j}: {want} {got}"
                );
            }
        }
        // only two directions carry anything
        let norm = |d: usize| (0..rows).map(|r| u[r * 4 + d].powi(2)).sum::<f32>();
        assert!(norm(0) >= norm(1) && norm(1) > 1.0);
        assert!(norm(2) < 1e-3 && norm(3) < 1e-3);
    }
}
