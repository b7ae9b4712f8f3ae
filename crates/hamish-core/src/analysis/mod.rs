//! Arabic text analysis: normalisation, tokens with clitics, entities and quotations.
//!
//! CONTRACT (used by `hamish entities`, `render --color` and the reader):
//! `analyze(text)` returns spans sorted by start, with BYTE offsets into `text`.
//!
//! Pipeline: [`tokens::tokenize`] → [`articles`] (a file may hold many) → per article: sentences →
//! [`entities::Tagger`] (model, gazetteer, document pass; [`entities::tag_document`] for sentences
//! given as words) → [`quotes::find_with`]. Entity spans cover whole tokens, so an attached clitic
//! is inside the span (`بسورية`); quotation spans include their marks.
//!
//! An [`Analyzer`] analyses texts one after another and keeps what it learnt about each word; a
//! big text is analysed in chunks of a few hundred kilobytes by one analyzer ([`chunks`]), which
//! bounds memory. Chunks are cut where articles start when they can be, so the document pass and
//! the implicit speakers of quotations see whole articles, and never more than one.

pub mod aliases;
pub mod articles;
pub mod chunks;
pub mod entities;
pub mod gazetteer;
mod key_literals;
pub mod model;
pub mod normalize;
pub mod quotes;
pub mod tokens;

use std::ops::Range;
use std::sync::Arc;

use tokens::tokenize_into;

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
    /// For speech quotations: the byte range of the speaker's mention in the text (the subject of
    /// the reporting verb, or the name before a headline's colon); `None` when the speaker is
    /// only implied (`وأضاف …` takes the last speaker of the article) or unknown.
    pub speaker_range: Option<Range<usize>>,
    /// For entities: the name the entity goes by in its article, its fullest mention without
    /// clitics (`بوتين` and `وبوتين` → `فلاديمير بوتين` when the article names him so; see
    /// [`aliases`]). Mentions of one entity in one article share it.
    pub canonical: Option<Arc<str>>,
}

impl Span {
    /// An entity or quotation span with nothing else known about it.
    pub fn new(kind: Kind, range: Range<usize>) -> Span {
        Span {
            kind,
            range,
            style: None,
            speaker: None,
            speaker_range: None,
            canonical: None,
        }
    }
}

/// Changes whenever what [`analyze`] finds may change (its source, the gazetteer or the model
/// changed: a hash of them all, made when hamish is built), so a cache of its results can tell
/// that they are stale.
pub const STAMP: &str = env!("HAMISH_ANALYSIS_STAMP");

/// [`STAMP`] for what [`analyze_with`] finds under `opts`: it changes with the build and with
/// the options.
pub fn stamp_with(opts: entities::Options) -> String {
    format!("{STAMP} {opts:?}")
}

/// Entities and quotations in `text`, sorted by start (an enclosing quotation before the entities
/// inside it), with byte ranges. Never panics; the model is loaded once, on first use.
pub fn analyze(text: &str) -> Vec<Span> {
    analyze_with(text, entities::Options::default())
}

/// [`analyze`] with explicit options for the stages after the model.
pub fn analyze_with(text: &str, opts: entities::Options) -> Vec<Span> {
    Analyzer::with_options(opts).analyze(text)
}

/// The words of `toks` (tokens of `text`, from byte `from` on) in `words`, and the sentences they
/// make in `bounds` (each sentence's first word, then the number of words): a sentence ends after
/// `.` `!` `?` `؟` and at a line end.
pub(crate) fn sentences<'t>(
    text: &'t str,
    from: usize,
    toks: &[tokens::Token],
    words: &mut Vec<&'t str>,
    bounds: &mut Vec<usize>,
) {
    words.clear();
    bounds.clear();
    bounds.push(0);
    let mut prev_end = from;
    for t in toks {
        if words.len() > bounds[bounds.len() - 1] && text[prev_end..t.range.start].contains('\n') {
            bounds.push(words.len());
        }
        let w = &text[t.range.clone()];
        words.push(w);
        prev_end = t.range.end;
        if matches!(w, "." | "!" | "?" | "؟") {
            bounds.push(words.len());
        }
    }
    if words.len() > bounds[bounds.len() - 1] {
        bounds.push(words.len());
    }
}

/// Analyses texts one after another (the chunks of a big file, say), keeping what it learnt about
/// each word (see [`entities::Tagger`]) and its buffers from one text to the next. With
/// [`Analyzer::analyze`] each text is analysed on its own: `analyzer.analyze(t)` equals
/// [`analyze_with`]`(t, opts)`; [`Analyzer::analyze_next`] takes a text as the next part of the
/// document analysed last.
pub struct Analyzer {
    tagger: entities::Tagger<'static>,
    opts: entities::Options,
    toks: Vec<tokens::Token>,
    bounds: Vec<usize>,
    carry: quotes::Carry,
    scratch: quotes::Scratch,
    /// The next text starts a document (its first line is an article's title).
    doc_start: bool,
    /// The text analysed last ended with a blank line (so the next may start with an article).
    after_blank: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::with_options(entities::Options::default())
    }
}

impl Analyzer {
    pub fn with_options(opts: entities::Options) -> Analyzer {
        Analyzer::with_tagger(entities::Tagger::new(entities::builtin_model()), opts)
    }

    /// An analyzer whose entities come from `tagger` (another model or gazetteer than the
    /// built-in ones: the evaluation reads its held-out text as `hamish entities` would).
    pub fn with_tagger(tagger: entities::Tagger<'static>, opts: entities::Options) -> Analyzer {
        Analyzer {
            tagger,
            opts,
            toks: Vec::new(),
            bounds: Vec::new(),
            carry: quotes::Carry::default(),
            scratch: quotes::Scratch::default(),
            doc_start: true,
            after_blank: false,
        }
    }

    /// Entities and quotations in `text`, as [`analyze`] finds them.
    pub fn analyze(&mut self, text: &str) -> Vec<Span> {
        self.doc_start = true;
        self.analyze_next(text)
    }

    /// As [`Analyzer::analyze`], `text` being the part of a document that follows the text
    /// analysed last (the next chunk of a big file): unless `text` starts an article, the
    /// article the last text ended in goes on (a quotation with an implicit subject may take its
    /// speaker from it, and the first line is not read as a title). The document pass reads one
    /// article at a time, and only within this text.
    pub fn analyze_next(&mut self, text: &str) -> Vec<Span> {
        tokenize_into(text, &mut self.toks);
        let starts = articles::article_starts(text, self.after_blank || self.doc_start);
        let first_is_article = self.doc_start || starts.first() == Some(&0);
        let mut cuts: Vec<usize> = Vec::with_capacity(starts.len() + 2);
        cuts.push(0);
        cuts.extend(starts.into_iter().filter(|&s| s > 0));
        cuts.push(text.len());
        let mut out = Vec::new();
        for (k, w) in cuts.windows(2).enumerate() {
            if k > 0 || first_is_article {
                self.carry = quotes::Carry::default();
            }
            self.analyze_article(text, w[0]..w[1], &mut out);
        }
        self.doc_start = false;
        self.after_blank = articles::ends_with_blank_line(text);
        out.sort_by_key(|s| (s.range.start, std::cmp::Reverse(s.range.end)));
        out
    }

    /// Entities and quotations of the article (or part of one) at `range` in `text`, added to
    /// `out`; `self.toks` are the tokens of `text`.
    fn analyze_article(&mut self, text: &str, range: Range<usize>, out: &mut Vec<Span>) {
        let all = &self.toks;
        let first = all.partition_point(|t| t.range.start < range.start);
        let last = all.partition_point(|t| t.range.start < range.end);
        let toks = &all[first..last];
        let mut words: Vec<&str> = Vec::with_capacity(toks.len());
        let bounds = &mut self.bounds;
        sentences(text, range.start, toks, &mut words, bounds);
        let labels = self.tagger.tag(&words, bounds, self.opts);
        let from = out.len();
        for w in bounds.windows(2) {
            for (a, b, c) in model::span_iter(&labels[w[0]..w[1]]) {
                out.push(Span::new(
                    entities::class_kind(c),
                    toks[w[0] + a].range.start..toks[w[0] + b - 1].range.end,
                ));
            }
        }
        aliases::resolve(text, &mut out[from..]);
        let tagger = &self.tagger;
        let g = gazetteer::Gazetteer::get();
        let quotes = quotes::find_with(
            text,
            range,
            all,
            &out[from..],
            |i| {
                if (first..last).contains(&i) {
                    tagger.word_bits(i - first)
                } else {
                    quotes::word_bits(g, text, &all[i])
                }
            },
            &mut self.carry,
            &mut self.scratch,
        );
        out.extend(quotes);
    }
}
