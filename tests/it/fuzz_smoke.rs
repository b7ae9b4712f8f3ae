//! A short run of the fuzz targets on the stable toolchain (the long runs use cargo-fuzz on
//! nightly: see the README's Reliability section). Each target body (`hamish_core::fuzz::*`, the same
//! functions the fuzz targets call) runs on every file of its committed corpus (`fuzz/corpus/`,
//! inputs written for hamish and the findings of earlier runs) and on inputs made from them by a
//! small seeded mutator: byte flips, cuts, splices, repeats and insertions of fragments known to
//! be hard (bidi controls, escape sequences, lam-alef, dates, TOML syntax). A panic is a finding.
//!
//! `HAMISH_FUZZ_ROUNDS=N` runs N mutated inputs per target instead of the default.

use std::path::{Path, PathBuf};

use crate::common::Rng;

const ROUNDS: usize = 150;

const FRAGMENTS: &[&[u8]] = &[
    "\u{202B}\u{202E}\u{2067}".as_bytes(),
    "\u{202C}\u{2069}".as_bytes(),
    b"\x1b[2J\x1b]52;c;aGk=\x07",
    "\u{9b}\u{85}\u{2028}".as_bytes(),
    "لا لأ سلامٌ".as_bytes(),
    "\u{064E}\u{0651}\u{0670}".as_bytes(),
    "\u{200D}\u{200C}\u{00AD}\u{FEFF}".as_bytes(),
    "\u{1F44D}\u{1F3FD}\u{1F3FD}".as_bytes(),
    "«»()[]{}“”".as_bytes(),
    b"\t\r\n\n",
    b"\xff\xfe\x00",
    b"\xef\xbb\xbf",
    b"9999-12-31T23:59:59.999Z",
    b"0000-01-01T00:00:00+01:00",
    b"[[note]]\nid = \"x\"\n",
    b"\n%%\n",
    b"deleted = true\n",
    b"inherits = \"dark\"\n",
    b"[keys]\n\"C-x\" = \"quit\"\n",
    b"\"\"\"",
    b"= { fg = \"#ff00ff\" }\n",
];

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let inputs: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).unwrap_or_else(|e| panic!("{}: {e}", f.display())))
        .collect();
    assert!(!inputs.is_empty(), "{}: empty corpus", dir.display());
    inputs
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.index(seeds.len())].clone();
    for _ in 0..1 + rng.index(4) {
        let at = rng.index(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = rng.index(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let end = (at + rng.index(16)).min(data.len());
                data.drain(at..end);
            }
            2 => {
                let f = FRAGMENTS[rng.index(FRAGMENTS.len())];
                data.splice(at..at, f.iter().copied());
            }
            3 => {
                let other = &seeds[rng.index(seeds.len())];
                let from = rng.index(other.len() + 1);
                let to = (from + rng.index(64)).min(other.len());
                data.splice(at..at, other[from..to].iter().copied());
            }
            4 => {
                let end = (at + 1 + rng.index(8)).min(data.len());
                let piece = data[at.min(end)..end].repeat(1 + rng.index(40));
                data.splice(at..at, piece);
            }
            _ => {
                let b = rng.below(256) as u8;
                data.insert(at, b);
            }
        }
    }
    data
}

fn smoke(target: &str, body: fn(&[u8])) {
    let seeds = corpus(target);
    for (i, input) in seeds.iter().enumerate() {
        let caught = std::panic::catch_unwind(|| body(input));
        assert!(caught.is_ok(), "{target}: corpus file {i} fails");
    }
    let rounds = std::env::var("HAMISH_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROUNDS);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ target.len() as u64);
    for round in 0..rounds {
        let input = mutate(&mut rng, &seeds);
        if std::panic::catch_unwind(|| body(&input)).is_err() {
            panic!(
                "{target}: round {round} fails on {:?}",
                String::from_utf8_lossy(&input)
            );
        }
    }
}

#[test]
fn document() {
    smoke("document", hamish_core::fuzz::document);
}

#[test]
fn layout() {
    smoke("layout", hamish_core::fuzz::layout);
}

#[test]
fn sidecar() {
    smoke("sidecar", hamish_core::fuzz::sidecar);
}

#[test]
fn config() {
    smoke("config", hamish_core::fuzz::config);
}

#[test]
fn theme() {
    smoke("theme", hamish_core::fuzz::theme);
}
