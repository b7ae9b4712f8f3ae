//! The bodies of the fuzz targets (`fuzz/`, run with `cargo +nightly fuzz run TARGET`): each
//! takes arbitrary bytes, runs one part of hamish on them, and panics when something that must
//! hold for every input does not. They live here, as plain functions, so that the normal test
//! suite runs them too (on a committed corpus and on generated inputs, for a few seconds, on the
//! stable toolchain); a panic anywhere in them, or an invariant broken, is a finding.
//!
//! - [`document`]: decoding bytes (UTF-8, BOM, stray bytes, windows-1256, UTF-16/32, binary) as
//!   text, and extracting them as an HTML page and as Markdown; the paragraph and offset maps and
//!   the marks and links of every result.
//! - [`layout`]: laying out a paragraph under options taken from the first bytes, and rendering
//!   it plain and coloured: every byte in exactly one cell, no line wider than the width, no
//!   control character drawn, nothing but SGR sequences in coloured output.
//! - [`sidecar`]: parsing a notes sidecar (with the repairs hamish makes on reading), writing it
//!   back and parsing that again, and merging two sidecars by id.
//! - [`config`] and [`theme`]: parsing the user's config and theme files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::document::{Decoded, Document, InputKind};
use crate::layout::{self, BidiMode, Direction, LayoutOptions};
use crate::notes::sidecar::{self, Record};
use crate::style::{Color, Style};

/// Decodes `data` as a text article, an HTML page and Markdown, and checks each result.
pub fn document(data: &[u8]) {
    if let Ok(doc) = Document::from_vec(data.to_vec(), "fuzz") {
        let decoded = Decoded::from_vec(data.to_vec(), "fuzz").expect("decoding is deterministic");
        assert_eq!(doc.text, decoded.text);
        check_document(&doc);
    }
    for kind in [InputKind::Html, InputKind::Markdown] {
        if let Ok(doc) = Document::parse(data.to_vec(), "fuzz", kind) {
            check_document(&doc);
        }
    }
}

/// The paragraph and offset maps, marks and links of a document.
fn check_document(doc: &Document) {
    let _ = doc.notice("fuzz");
    let _ = doc.title();
    let text = &doc.text;
    for m in &doc.markup {
        assert!(m.range.start <= m.range.end && m.range.end <= text.len());
        assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
    }
    for l in &doc.links {
        assert!(l.range.start <= l.range.end && l.range.end <= text.len());
        assert!(
            !l.url.chars().any(char::is_control),
            "a control character in a link"
        );
    }
    // paragraphs: in order, inside the text, on character boundaries, separated by line ends
    let mut last = 0;
    for (i, r) in doc.paragraphs.iter().enumerate() {
        assert!(r.start >= last && r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(!doc.paragraph(i).contains('\n'));
        last = r.end;
    }
    // code-point offsets and byte offsets map onto each other
    let chars = text.chars().count();
    assert_eq!(doc.char_offset(text.len()), chars);
    assert_eq!(doc.byte_offset(chars), text.len());
    let step = (text.len() / 64).max(1);
    for (ci, (bi, _)) in text.char_indices().enumerate().step_by(step) {
        assert_eq!(doc.char_offset(bi), ci);
        assert_eq!(doc.byte_offset(ci), bi);
        assert_eq!(
            doc.paragraph_at(bi).min(doc.paragraphs.len()),
            doc.paragraph_at(bi)
        );
    }
}

/// Layout options from the first two bytes of `data`; the rest is the text.
fn options(data: &[u8]) -> (LayoutOptions, &[u8]) {
    let (head, rest) = data.split_at(data.len().min(2));
    let a = head.first().copied().unwrap_or(0);
    let b = head.get(1).copied().unwrap_or(0);
    let width = match a % 8 {
        0 => 1,
        1 => 2 + usize::from(b % 7),
        7 => 200 + usize::from(b),
        _ => 10 + usize::from(a),
    };
    let opts = LayoutOptions {
        width,
        shaping: b & 1 == 0,
        direction: [Direction::Auto, Direction::Rtl, Direction::Ltr][usize::from(b >> 1) % 3],
        bidi: if b & 0x40 == 0 {
            BidiMode::App
        } else {
            BidiMode::Terminal
        },
        tab_width: 1 + usize::from(b >> 5),
    };
    (opts, rest)
}

/// Lays out `data` (options from its first bytes) and checks the layout contract and both
/// renderings.
pub fn layout(data: &[u8]) {
    let (opts, rest) = options(data);
    let text = String::from_utf8_lossy(rest);
    for para in text.split('\n') {
        let lines = layout::lay_out(para, &opts);
        assert!(!lines.is_empty(), "a paragraph has a line");
        let mut seen = vec![false; para.len()];
        for l in &lines {
            assert!(
                l.end_x() <= opts.width.max(1),
                "line wider than {}: {:?}",
                opts.width,
                l.to_plain_string()
            );
            assert!(l.logical.start <= l.logical.end && l.logical.end <= para.len());
            for c in &l.cells {
                assert!(c.logical.start < c.logical.end || para.is_empty());
                assert!(
                    para.is_char_boundary(c.logical.start) && para.is_char_boundary(c.logical.end)
                );
                assert!(c.logical.start >= l.logical.start && c.logical.end <= l.logical.end);
                for s in seen.iter_mut().take(c.logical.end).skip(c.logical.start) {
                    assert!(!*s, "a byte in two cells: {para:?}");
                    *s = true;
                }
                assert!(
                    !c.text.chars().any(|ch| ch.is_control() && ch != '\t'),
                    "a control character drawn: {:?}",
                    c.text
                );
                assert_eq!(
                    c.width == 0,
                    c.text.is_empty() || c.text.chars().all(|ch| layout::char_width(ch) == 0)
                );
            }
        }
        assert!(seen.iter().all(|&s| s), "a byte in no cell: {para:?}");
    }
    // the renderings: plain has no escape at all; coloured, only SGR sequences
    let doc = Document::from_text(text.clone().into_owned(), None);
    let plain = layout::text::render_document(&doc, &opts, false, &[]);
    assert!(
        !plain.chars().any(|c| c.is_control() && c != '\n'),
        "a control character in plain output"
    );
    for line in plain.lines() {
        assert!(!line.ends_with(' '), "a trailing space");
    }
    let spans = spans_of(data, doc.text.len());
    let colored = layout::text::render_document(&doc, &opts, true, &spans);
    assert_eq!(
        strip_sgr(&colored),
        plain,
        "colour changes only the colours"
    );
}

/// A few styled spans taken from the bytes (to drive the coloured rendering).
fn spans_of(data: &[u8], len: usize) -> Vec<(std::ops::Range<usize>, Style)> {
    data.chunks(3)
        .take(8)
        .map(|c| {
            let a = usize::from(c[0]) * len / 256;
            let b = a + usize::from(c.get(1).copied().unwrap_or(0)) * len / 256;
            let style = Style::default().fg(Color::Indexed(c.get(2).copied().unwrap_or(1)));
            (a..b.min(len), style)
        })
        .collect()
}

/// `s` without its SGR sequences; panics on any other escape.
fn strip_sgr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let seq = &rest[at + 1..];
        let end = seq.find('m').expect("an unfinished escape sequence");
        assert!(
            seq.starts_with('[') && seq[1..end].chars().all(|c| c.is_ascii_digit() || c == ';'),
            "an escape sequence other than SGR: {:?}",
            &seq[..end]
        );
        rest = &seq[end + 1..];
    }
    out.push_str(rest);
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
    out
}

/// The separator of the two sidecars of a [`sidecar`] input.
const SPLIT: &[u8] = b"\n%%\n";

/// Parses `data` as a sidecar (or two, separated by a line `%%`), checks that what is written
/// back parses to the same notes, and merges the two.
pub fn sidecar(data: &[u8]) {
    let (a, b) = match data.windows(SPLIT.len()).position(|w| w == SPLIT) {
        Some(at) => (&data[..at], Some(&data[at + SPLIT.len()..])),
        None => (data, None),
    };
    let Some(ours) = round_trip(a) else { return };
    let Some(theirs) = b.and_then(round_trip) else {
        return;
    };
    check_merge(&ours.notes, &theirs.notes);
}

/// Parses (with repairs), writes back and parses again; the two readings must agree.
fn round_trip(bytes: &[u8]) -> Option<sidecar::Sidecar> {
    let _ = sidecar::parse(bytes);
    let (side, _) = sidecar::parse_repairing(bytes).ok()?;
    let ids: BTreeSet<&str> = side.notes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        side.notes.len(),
        "two notes with one id after reading"
    );
    let written = sidecar::serialize(&side);
    let again = sidecar::parse(written.as_bytes())
        .unwrap_or_else(|e| panic!("hamish cannot read what it wrote: {e:?}\n{written}"));
    assert_eq!(again, side, "written and read back differently");
    Some(side)
}

/// Merging never loses a note, never resurrects a deleted one, and is idempotent.
fn check_merge(ours: &[Record], theirs: &[Record]) {
    let mut merged = ours.to_vec();
    crate::notes::merge(&mut merged, theirs);
    let by_id: BTreeMap<&str, &Record> = merged.iter().map(|r| (r.id.as_str(), r)).collect();
    for r in ours.iter().chain(theirs) {
        let m = by_id.get(r.id.as_str()).expect("a note lost by merging");
        if r.deleted {
            assert!(m.deleted, "a deleted note came back");
        }
        assert!(m.created <= r.created);
    }
    let mut twice = merged.clone();
    crate::notes::merge(&mut twice, theirs);
    assert_eq!(twice, merged, "merging twice differs from once");
}

/// Parses `data` as the user's config, strictly and leniently.
pub fn config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("config.toml");
    let strict = crate::config::Config::parse(&text, path);
    let (lenient, errors) = crate::config::Config::parse_lenient(&text, path);
    if let Ok(c) = strict {
        assert!(
            errors.is_empty(),
            "lenient parsing finds errors strict parsing does not"
        );
        assert_eq!(c.theme, lenient.theme);
    }
}

/// Parses `data` as a theme and resolves every scope of it.
pub fn theme(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(t) = crate::theme::Theme::from_toml("fuzz", &text, "fuzz.toml", None) {
        for scope in crate::theme::Scope::ALL {
            let _ = t.style(*scope);
        }
        let _ = t.without_colors();
    }
}
