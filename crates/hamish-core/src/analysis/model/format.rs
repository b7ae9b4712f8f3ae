//! The model file: magic, feature version (a stale file is refused), label count, flags (bit 0:
//! trained on the dev split, bit 1: on AQMAR), the clusters (count, then stem hash u64 and packed clusters u64 each),
//! the encyclopedia titles (count, then phrase hash u64 and kind u8 each; count, then first-word hash u64 each),
//! transitions (f32), then the non-zero feature weights quantised to i16.

use thiserror::Error;

use super::clusters::Clusters;
use super::titles::Titles;
use super::weights::Table;
use super::{Model, NL};

/// Bumped whenever feature extraction changes, so a stale model file is refused.
const FEATURE_VERSION: u32 = 17;
const MAGIC: &[u8; 8] = b"HAMISHNE";

#[derive(Debug, Error)]
pub enum ModelError {
    #[error("model file is truncated or corrupt")]
    Corrupt,
    #[error(
        "model file was trained with feature version {found}, this build expects {expected}: retrain with `hamish model train`"
    )]
    Version { found: u32, expected: u32 },
}

impl Model {
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
        let n_clusters = r.count(16)?;
        let mut cl = Vec::with_capacity(n_clusters);
        for _ in 0..n_clusters {
            let k = r.u64()?;
            cl.push((k, r.u64()?));
        }
        let clusters = Clusters::from_entries(cl);
        let n_titles = r.count(9)?;
        let mut phrases = Vec::with_capacity(n_titles);
        for _ in 0..n_titles {
            let k = r.u64()?;
            phrases.push((k, r.take(1)?[0]));
        }
        let n_starts = r.count(8)?;
        let mut starts = Vec::with_capacity(n_starts);
        for _ in 0..n_starts {
            starts.push(r.u64()?);
        }
        let titles = Titles::from_entries(phrases, starts);
        let mut trans = [[0f32; NL]; NL + 1];
        for row in trans.iter_mut() {
            for v in row.iter_mut() {
                *v = r.f32()?;
            }
        }
        let scale = r.f32()?;
        let count = r.count(8 + 2 * NL)?;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            let k = r.u64()?;
            let mut v = [0i16; NL];
            for x in v.iter_mut() {
                *x = r.i16()?;
            }
            entries.push((k, v));
        }
        Ok(Model {
            trained_on_dev: flags & 1 != 0,
            trained_on_aqmar: flags & 2 != 0,
            trans,
            table: Table::with_entries((entries, scale)),
            clusters,
            titles,
        })
    }

    /// Serialises the model (weights quantised to 16 bits).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&(NL as u32).to_le_bytes());
        let flags = self.trained_on_dev as u32 | (self.trained_on_aqmar as u32) << 1;
        out.extend_from_slice(&flags.to_le_bytes());
        let mut cl: Vec<(u64, u64)> = self.clusters.entries().collect();
        cl.sort_unstable();
        out.extend_from_slice(&(cl.len() as u64).to_le_bytes());
        for (k, c) in cl {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        let (phrases, starts) = self.titles.entries();
        out.extend_from_slice(&(phrases.len() as u64).to_le_bytes());
        for (k, kind) in phrases {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(kind);
        }
        out.extend_from_slice(&(starts.len() as u64).to_le_bytes());
        for k in starts {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for row in &self.trans {
            for v in row {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out.extend_from_slice(&self.table.scale().to_le_bytes());
        let mut entries: Vec<(u64, [i16; NL])> = self.table.iter().map(|(k, q)| (k, *q)).collect();
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
    /// A count of items of `size` bytes each, refused when the file could not hold them.
    fn count(&mut self, size: usize) -> Result<usize, ModelError> {
        let n = self.u64()? as usize;
        if n > self.b.len() / size {
            return Err(ModelError::Corrupt);
        }
        Ok(n)
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
