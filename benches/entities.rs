//! Throughput of entity and quotation analysis on news text: the seed article alone, repeated to
//! ~1 MB and analysed whole (`analyze`), and ~1 MB analysed in chunks with one `Analyzer` as the
//! reader and `hamish entities` do (skipped with a notice when ../shared is absent). The same
//! article repeated hides the cost of a large vocabulary, so the last case is VARIED text: ~4 MB
//! of distinct Wikipedia articles (../shared/data/unlabeled/arwiki_03.txt: 465,000 words, 65,000
//! distinct), in chunks, each run with a cold word cache as a new process has; and the same
//! extract's 1,200 articles cut to news length (a title and ~3 KB each: 2.9 MB), where what is
//! paid per article weighs more (a cost in the size of the chunk paid at every article once was).
//! Run: `cargo bench --bench entities` (add `-- --quick` for a short run).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hamish::analysis::chunks::{CHUNK, analyze_in_chunks};

// The allocator the `hamish` binary runs with, so that the figures are the program's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        b.iter(|| chunked(black_box(&text)))
    });
    let varied = "../shared/data/unlabeled/arwiki_03.txt";
    match std::fs::read_to_string(varied) {
        Ok(all) => {
            // whole articles up to ~4 MB
            let mut end = (4 << 20).min(all.len());
            while !all.is_char_boundary(end) {
                end += 1;
            }
            let end = all[end..].find("\n\n").map_or(all.len(), |i| end + i + 2);
            let text = &all[..end];
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("varied chunked {}KB", text.len() / 1024), |b| {
                b.iter(|| chunked(black_box(text)))
            });
            let short = news_length(&all, 4 << 20);
            group.throughput(Throughput::Bytes(short.len() as u64));
            group.bench_function(
                format!("varied short articles {}KB", short.len() / 1024),
                |b| b.iter(|| chunked(black_box(&short))),
            );
        }
        Err(_) => eprintln!("NOTICE: {varied} is absent; the varied-text case is skipped"),
    }
    group.finish();
}

/// Analyses `text` in chunks with one `Analyzer`, as the reader and `hamish entities` do; returns
/// the number of spans.
fn chunked(text: &str) -> usize {
    let mut n = 0;
    analyze_in_chunks(text, CHUNK, |spans| {
        n += spans.len();
        true
    });
    n
}

/// The articles of `all` (separated by blank lines, a title on their first line), each cut after
/// the paragraph that takes it past ~3 KB, joined again, up to about `target` bytes.
fn news_length(all: &str, target: usize) -> String {
    let mut out = String::with_capacity(target + 4096);
    for article in all.split("\n\n") {
        let mut size = 0;
        for (i, line) in article.lines().enumerate() {
            if i > 0 && size > 3000 {
                break;
            }
            out.push_str(line);
            out.push('\n');
            size += line.len() + 1;
        }
        out.push('\n');
        if out.len() >= target {
            break;
        }
    }
    out
}

criterion_group!(benches, bench);
criterion_main!(benches);
