//! Throughput of entity and quotation analysis on news text: the seed article alone, repeated to
//! ~1 MB and analysed whole (`analyze`), and ~1 MB analysed in chunks with one `Analyzer` as the
//! reader and `hamish entities` do (skipped with a notice when ../shared is absent).
//! Run: `cargo bench --bench entities` (add `-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hamish::analysis::chunks::{CHUNK, analyze_in_chunks};

fn bench(c: &mut Criterion) {
    let seed = match std::fs::read_to_string("../shared/articles/000_6c5c1c1384cff0d9.txt") {
        Ok(t) => t,
        Err(_) => {
            eprintln!("NOTICE: ../shared is absent; the entities benchmark is skipped");
            return;
        }
    };
    // warm the model and gazetteer once, outside the measurement
    black_box(hamish::analysis::analyze(&seed));
    let mut group = c.benchmark_group("analyze");
    let repeated = |target: usize| {
        let mut text = String::with_capacity(target + seed.len());
        while text.len() < target {
            text.push_str(&seed);
            text.push('\n');
        }
        text
    };
    for target in [seed.len(), 1 << 20] {
        let text = repeated(target);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_function(format!("{}KB", text.len() / 1024), |b| {
            b.iter(|| black_box(hamish::analysis::analyze(black_box(&text))))
        });
    }
    let text = repeated(1 << 20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function(format!("chunked {}KB", text.len() / 1024), |b| {
        b.iter(|| {
            let mut n = 0;
            analyze_in_chunks(black_box(&text), CHUNK, |spans| {
                n += spans.len();
                true
            });
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
