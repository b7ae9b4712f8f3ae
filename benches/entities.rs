//! Throughput of `analysis::analyze` on news text: the seed article repeated to ~1 MB
//! (skipped with a notice when ../shared is absent). Run: `cargo bench --bench entities`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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
    for target in [seed.len(), 1 << 20] {
        let mut text = String::with_capacity(target + seed.len());
        while text.len() < target {
            text.push_str(&seed);
            text.push('\n');
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_function(format!("{}KB", text.len() / 1024), |b| {
            b.iter(|| black_box(hamish::analysis::analyze(black_box(&text))))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
