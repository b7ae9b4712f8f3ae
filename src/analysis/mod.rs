//! Arabic text analysis: normalisation, tokens with clitics, entities and quotations.
//!
//! CONTRACT (used by `hamish entities`, `render --color` and the reader):
//! `analyze(text)` returns spans sorted by start, with BYTE offsets into `text`.
//!
//! Pipeline: [`tokens::tokenize`] → sentences → [`entities::tag_document`] (model, gazetteer,
//! document pass) → [`quotes::find`]. Entity spans cover whole tokens, so an attached clitic is
//! inside the span (`بسورية`); quotation spans include their marks.

pub mod chunks;
pub mod entities;
pub mod gazetteer;
pub mod model;
pub mod normalize;
pub mod quotes;
pub mod tokens;

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Place,
    Organization,
    Misc,
    Quote,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteStyle {
    Speech,
    Scare,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub kind: Kind,
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    /// For quotations only.
    pub style: Option<QuoteStyle>,
    /// For speech quotations: the speaker's name as written in the text, when known.
    pub speaker: Option<String>,
}

/// Entities and quotations in `text`, sorted by start (an enclosing quotation before the entities
/// inside it), with byte ranges. Never panics; the model is loaded once, on first use.
pub fn analyze(text: &str) -> Vec<Span> {
    analyze_with(text, entities::Options::default())
}

/// [`analyze`] with explicit options for the stages after the model.
pub fn analyze_with(text: &str, opts: entities::Options) -> Vec<Span> {
    let toks = tokens::tokenize(text);
    // sentences: split after . ! ? ؟ and at line ends
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    let mut sent_toks: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut cur_idx: Vec<usize> = Vec::new();
    let mut prev_end = 0;
    for (i, t) in toks.iter().enumerate() {
        if !cur.is_empty() && text[prev_end..t.range.start].contains('\n') {
            sentences.push(std::mem::take(&mut cur));
            sent_toks.push(std::mem::take(&mut cur_idx));
        }
        let w = &text[t.range.clone()];
        cur.push(w);
        cur_idx.push(i);
        prev_end = t.range.end;
        if matches!(w, "." | "!" | "?" | "؟") {
            sentences.push(std::mem::take(&mut cur));
            sent_toks.push(std::mem::take(&mut cur_idx));
        }
    }
    if !cur.is_empty() {
        sentences.push(cur);
        sent_toks.push(cur_idx);
    }
    let labels = entities::tag_document(entities::builtin_model(), &sentences, opts);
    let mut out = Vec::new();
    for (l, idx) in labels.iter().zip(&sent_toks) {
        for (a, b, c) in model::spans(l) {
            out.push(Span {
                kind: entities::class_kind(c),
                range: toks[idx[a]].range.start..toks[idx[b - 1]].range.end,
                style: None,
                speaker: None,
            });
        }
    }
    let quotes = quotes::find(text, &toks, &out);
    out.extend(quotes);
    out.sort_by_key(|s| (s.range.start, std::cmp::Reverse(s.range.end)));
    out
}
