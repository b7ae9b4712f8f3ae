//! Criterion benchmark of reading hostile web pages and Markdown: nesting 100,000 deep, a
//! megabyte-long word, 50,000 attributes, unclosed tables, lists and block quotations. These
//! once guarded against quadratic time with timed unit tests; a timing belongs here, where load
//! on the machine cannot fail a test run. Each should take milliseconds (the README gives the
//! figures). Run with `cargo bench --bench inputs`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hamish::document::{Document, InputKind};

// The allocator the `hamish` binary runs with, so that the figures are the program's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn pages() -> Vec<(&'static str, InputKind, String)> {
    vec![
        (
            "html_deep_divs",
            InputKind::Html,
            format!(
                "<body>{}<p>نص عميق في صفحة متداخلة.</p>",
                "<div><span><b>".repeat(40_000)
            ),
        ),
        (
            "html_long_word",
            InputKind::Html,
            format!("<p>{}</p>", "ا".repeat(1 << 20)),
        ),
        (
            "html_attributes",
            InputKind::Html,
            format!("<p {}>نص</p>", "a=\"b\" ".repeat(50_000)),
        ),
        (
            "html_tables",
            InputKind::Html,
            format!(
                "<body>{}<p>داخل الجداول</p>",
                "<table><tr><td>".repeat(20_000)
            ),
        ),
        (
            "html_lists",
            InputKind::Html,
            format!("<body>{}بند", "<ul><li>".repeat(30_000)),
        ),
        (
            "markdown_quotes",
            InputKind::Markdown,
            ">".repeat(100_000) + " عميق",
        ),
        (
            "markdown_lists",
            InputKind::Markdown,
            "- ".repeat(20_000) + "بند",
        ),
        (
            "markdown_brackets",
            InputKind::Markdown,
            "[".repeat(50_000) + &"](".repeat(50_000),
        ),
    ]
}

fn bench_inputs(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile_inputs");
    group.sample_size(10);
    for (name, kind, page) in pages() {
        group.bench_function(name, |b| {
            b.iter(|| Document::parse(black_box(page.as_bytes().to_vec()), name, kind))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_inputs);
criterion_main!(benches);
