//! A file of many articles (tests/fixtures/news/many_articles.txt, invented news written for
//! hamish): the articles are found, each article's entities are the same whether it is analysed
//! alone or inside the file (whole, or in chunks as `hamish entities` and the reader read a big
//! file), and no function word comes out as an entity.

use hamish::analysis::articles::articles;
use hamish::analysis::chunks::analyze_in_chunks;
use hamish::analysis::gazetteer::Gazetteer;
use hamish::analysis::{Kind, Span, analyze};

const FILE: &str = include_str!("../fixtures/news/many_articles.txt");

/// Entity spans (not quotations) as (kind, byte range).
fn entities(spans: &[Span]) -> Vec<(Kind, std::ops::Range<usize>)> {
    spans
        .iter()
        .filter(|s| s.kind != Kind::Quote)
        .map(|s| (s.kind, s.range.clone()))
        .collect()
}

/// Entities of every article analysed alone, with offsets into the file.
fn each_alone(text: &str) -> Vec<(Kind, std::ops::Range<usize>)> {
    articles(text)
        .into_iter()
        .flat_map(|a| {
            entities(&analyze(&text[a.clone()]))
                .into_iter()
                .map(move |(k, r)| (k, r.start + a.start..r.end + a.start))
        })
        .collect()
}

/// Share of the spans of `a` and `b` (together) that both have.
fn agreement<T: PartialEq>(a: &[T], b: &[T]) -> f64 {
    let same = a.iter().filter(|x| b.contains(x)).count();
    let union = a.len() + b.len() - same;
    if union == 0 {
        1.0
    } else {
        same as f64 / union as f64
    }
}

#[test]
fn the_articles_of_the_fixture_are_found() {
    let arts = articles(FILE);
    let titles: Vec<&str> = arts
        .iter()
        .map(|r| FILE[r.clone()].lines().next().unwrap_or(""))
        .collect();
    assert_eq!(titles.len(), 11, "{titles:#?}");
    assert!(titles[1].starts_with("الوحدات يفوز"), "{titles:#?}");
    assert!(titles[10].starts_with("تقرير:"), "{titles:#?}");
}

#[test]
fn each_article_alone_or_in_the_file_has_the_same_entities() {
    let alone = each_alone(FILE);
    assert!(alone.len() >= 60, "{}", alone.len());
    let whole = entities(&analyze(FILE));
    let a = agreement(&alone, &whole);
    assert!(a >= 0.98, "whole file: {:.1}% alike", 100.0 * a);
    // in chunks, cut at articles when one starts within reach, else elsewhere
    for target in [500, 1500, 4000] {
        let mut chunked = Vec::new();
        analyze_in_chunks(FILE, target, |s| {
            chunked.extend(entities(&s));
            true
        });
        let a = agreement(&alone, &chunked);
        assert!(a >= 0.98, "chunks of {target}: {:.1}% alike", 100.0 * a);
    }
}

#[test]
fn one_mis_tag_does_not_spread_to_other_articles() {
    // the same article twice, then an article where the same words are ordinary words: what the
    // first articles found confidently is not carried into the third
    let first = "خبر أول\nوقال المدرب سالم زيتون إن الفريق جاهز. وأضاف زيتون أن اللقاء صعب.\n\n";
    let second =
        "خبر ثان\nبدأ المزارعون قطف زيتون الموسم في القرى الشمالية، وتوقعوا محصولا وفيرا.\n";
    let text = format!("{first}{second}");
    let spans = analyze(&text);
    let at = text.rfind("زيتون").unwrap_or(0);
    assert!(
        !spans
            .iter()
            .any(|s| s.kind == Kind::Person && s.range.contains(&at)),
        "{:?}",
        spans
            .iter()
            .map(|s| (&text[s.range.clone()], s.kind))
            .collect::<Vec<_>>()
    );
    // while inside the first article the surname alone is found
    let at = text.find("زيتون أن").unwrap_or(0);
    assert!(
        spans
            .iter()
            .any(|s| s.kind == Kind::Person && s.range.contains(&at))
    );
}

#[test]
fn no_function_word_is_an_entity() {
    let g = Gazetteer::get();
    for s in analyze(FILE) {
        let t = &FILE[s.range.clone()];
        if s.kind != Kind::Quote && !t.contains(' ') {
            assert!(!g.is_stopword(t), "{t} tagged {:?}", s.kind);
        }
    }
}

#[test]
fn wikipedia_extract_articles_alike_and_no_function_words() {
    let path = "../shared/data/unlabeled/arwiki_02.txt";
    let Ok(all) = std::fs::read_to_string(path) else {
        eprintln!("NOTICE: {path} is absent; skipping the Wikipedia multi-article test");
        return;
    };
    // the first ~400 KB (whole articles), as a realistic file of many articles
    let mut end = 400_000.min(all.len());
    while !all.is_char_boundary(end) {
        end += 1;
    }
    let end = all[end..].find("\n\n").map_or(all.len(), |i| end + i + 2);
    let text = &all[..end];
    assert!(articles(text).len() > 10);
    let mut chunked = Vec::new();
    analyze_in_chunks(text, 64 * 1024, |s| {
        chunked.extend(entities(&s));
        true
    });
    let g = Gazetteer::get();
    let function_words: Vec<&str> = chunked
        .iter()
        .map(|(_, r)| &text[r.clone()])
        .filter(|t| !t.contains(' ') && g.is_stopword(t))
        .collect();
    assert!(function_words.is_empty(), "{function_words:?}");
    let a = agreement(&each_alone(text), &chunked);
    assert!(a >= 0.98, "{:.2}% alike", 100.0 * a);
}
