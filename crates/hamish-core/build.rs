//! Stamps the entity and quotation analysis with a hash of everything that decides what it finds
//! (its source, the gazetteer and the embedded model), so that what is cached of its results
//! (the library's names per article) is known to be stale after an upgrade.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let analysis = Path::new("src/analysis");
    let model = Path::new("../../models/ner.bin");
    // a folder is scanned whole by cargo: a file added, changed or removed reruns this
    println!("cargo::rerun-if-changed={}", analysis.display());
    println!("cargo::rerun-if-changed={}", model.display());
    let mut files = Vec::new();
    collect(analysis, &mut files);
    files.push(model.to_owned());
    files.sort();
    let mut h = DefaultHasher::new();
    for f in &files {
        f.to_string_lossy().hash(&mut h);
        // a file that cannot be read counts as empty: the stamp only has to change with it
        std::fs::read(f).unwrap_or_default().hash(&mut h);
    }
    println!("cargo::rustc-env=HAMISH_ANALYSIS_STAMP={:016x}", h.finish());
}
