//! The layout engine against the reference: `hamish render` output of the seed article and of our
//! fixtures, at widths from 20 to 120 (odd ones included), shaped and unshaped, must pass
//! `../shared/tools/bidi_oracle.py` (libfribidi through Python). Skipped, with a notice, when
//! ../shared, python3 or libfribidi is absent.

use std::path::{Path, PathBuf};
use std::process::Command;

const WIDTHS: &[usize] = &[20, 21, 25, 33, 37, 40, 47, 61, 80, 99, 120];
const ORACLE: &str = "../shared/tools/bidi_oracle.py";
const SEED: &str = "../shared/articles/000_6c5c1c1384cff0d9.txt";

fn oracle_available() -> bool {
    if !Path::new(ORACLE).exists() {
        eprintln!("notice: {ORACLE} is absent; skipping the oracle tests");
        return false;
    }
    let ok = Command::new("python3")
        .args(["-c", "import ctypes; ctypes.CDLL('libfribidi.so.0')"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("notice: python3 with libfribidi is unavailable; skipping the oracle tests");
    }
    ok
}

fn articles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("tests/fixtures/layout")
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    if Path::new(SEED).exists() {
        v.push(PathBuf::from(SEED));
    } else {
        eprintln!("notice: {SEED} is absent; checking our fixtures only");
    }
    v
}

/// Renders and checks one case; returns a failure description.
fn check(article: &Path, width: usize, shaping: &str, dir: &Path) -> Option<String> {
    let out = crate::common::hamish()
        .arg("render")
        .arg(article)
        .args(["--width", &width.to_string(), "--shaping", shaping])
        .args(["--color", "never"])
        .output()
        .expect("run hamish");
    if !out.status.success() {
        return Some(format!(
            "{} w={width} {shaping}: hamish failed: {}",
            article.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let name = format!(
        "{}_{width}_{shaping}.txt",
        article.file_stem().unwrap_or_default().to_string_lossy()
    );
    let visual = dir.join(name);
    std::fs::write(&visual, &out.stdout).expect("write visual lines");
    let res = Command::new("python3")
        .arg(ORACLE)
        .arg(article)
        .arg(width.to_string())
        .arg(&visual)
        .output()
        .expect("run the oracle");
    if res.status.success() {
        None
    } else {
        Some(format!(
            "{} w={width} {shaping}:\n{}",
            article.display(),
            String::from_utf8_lossy(&res.stdout)
        ))
    }
}

#[test]
fn render_matches_the_bidi_oracle() {
    if !oracle_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cases = Vec::new();
    for a in articles() {
        for &w in WIDTHS {
            for sh in ["on", "off"] {
                cases.push((a.clone(), w, sh));
            }
        }
    }
    let failures: Vec<String> = std::thread::scope(|s| {
        let chunks: Vec<_> = cases.chunks(cases.len().div_ceil(2).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let dir = dir.path();
                s.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|(a, w, sh)| check(a, *w, sh, dir))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} cases fail the oracle:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
