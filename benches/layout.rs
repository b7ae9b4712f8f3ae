//! Criterion benchmark of the layout engine: every paragraph of the seed article (or, when
//! ../shared is absent, of our mixed-script fixture) laid out at widths 40 and 80, shaped and
//! unshaped (`lay_out`, the cells the reader draws), and the article rendered as text the way
//! `hamish render` prints it (`render`). Run with `cargo bench --bench layout`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hamish::document::Document;
use hamish::layout::text::render_document;
use hamish::layout::{LayoutOptions, lay_out};

// The allocator the `hamish` binary runs with, so that the figures are the program's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: &str = "../shared/articles/000_6c5c1c1384cff0d9.txt";
const FALLBACK: &str = "tests/fixtures/layout/mixed.txt";

fn article() -> String {
    std::fs::read_to_string(SEED).unwrap_or_else(|_| {
        eprintln!("notice: {SEED} is absent; benchmarking {FALLBACK}");
        std::fs::read_to_string(FALLBACK).unwrap_or_default()
    })
}

fn bench_layout(c: &mut Criterion) {
    let text = article();
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut group = c.benchmark_group("lay_out");
    group.throughput(Throughput::Bytes(text.len() as u64));
    for width in [40, 80] {
        for shaping in [true, false] {
            let opts = LayoutOptions {
                width,
                shaping,
                ..LayoutOptions::default()
            };
            let name = format!("w{width}_{}", if shaping { "shaped" } else { "unshaped" });
            group.bench_function(name, |b| {
                b.iter(|| {
                    let mut cells = 0;
                    for p in &paragraphs {
                        for line in lay_out(black_box(p), &opts) {
                            cells += line.cells.len();
                        }
                    }
                    cells
                })
            });
        }
    }
    group.finish();
}

fn bench_render(c: &mut Criterion) {
    let text = article();
    let doc = Document::from_text(text.clone(), None);
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Bytes(text.len() as u64));
    for shaping in [true, false] {
        let opts = LayoutOptions {
            width: 80,
            shaping,
            ..LayoutOptions::default()
        };
        let name = format!("w80_{}", if shaping { "shaped" } else { "unshaped" });
        group.bench_function(name, |b| {
            b.iter(|| render_document(black_box(&doc), &opts, false, &[]).len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench_layout, bench_render);
criterion_main!(benches);
