//! The one highlight path: what is marked in a stretch of the article, as `(range, Scope)` in
//! priority order (lowest first — each later highlight is drawn over the ones before it). The
//! reader draws its screen from [`Reader::highlights`] and `render --color` its output from
//! [`of_spans`], so both mark the same things the same way.
//!
//! Priority, lowest first: the article's own markup (headings, emphasis, code, links, block
//! quotations and list bullets of HTML and Markdown articles); quotations; entities (the speaker of the quotation at the caret as
//! `quote.speaker`); notes; the selection; the caret; search matches (the current one as
//! `search.current`). Search matches come last because their colours are a pair (dark text on a
//! light ground): the caret's or the selection's background must not replace half of it.

use std::ops::Range;

use crate::analysis::{Kind, Span};
use crate::document::Document;
use crate::reader::{Reader, Shown};
use crate::theme::Scope;

/// A highlighted document byte range and its scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range<usize>,
    pub scope: Scope,
}

/// The analysis' highlights among `spans` (sorted by start): quotations first, then the names,
/// for the kinds `shown` shows. `speaker`, when given, is the speaker of the quotation at the
/// caret: a person mention naming it gets `quote.speaker`.
pub fn of_spans<'a>(
    spans: impl IntoIterator<Item = &'a Span> + Clone,
    shown: Shown,
    text: &str,
    speaker: Option<&str>,
) -> Vec<Highlight> {
    let mut out: Vec<Highlight> = spans
        .clone()
        .into_iter()
        .filter(|s| s.kind == Kind::Quote && shown.shows(Kind::Quote))
        .map(|s| Highlight {
            range: s.range.clone(),
            scope: Scope::Quote,
        })
        .collect();
    for s in spans {
        if s.kind == Kind::Quote || !shown.shows(s.kind) {
            continue;
        }
        let is_speaker = s.kind == Kind::Person
            && speaker.is_some_and(|sp| {
                let t = text.get(s.range.clone()).unwrap_or("");
                !sp.is_empty() && !t.is_empty() && (t.contains(sp) || sp.contains(t))
            });
        out.push(Highlight {
            range: s.range.clone(),
            scope: if is_speaker {
                Scope::QuoteSpeaker
            } else {
                Scope::of_kind(s.kind)
            },
        });
    }
    out
}

/// The markup of an HTML or Markdown article (see [`Document::markup`]) that overlaps `vis`:
/// drawn under everything else, so entity colours and the caret show on a heading or a link.
pub fn of_markup(doc: &Document, vis: Range<usize>) -> impl Iterator<Item = Highlight> + '_ {
    doc.markup_in(vis).map(|m| Highlight {
        range: m.range.clone(),
        scope: m.scope,
    })
}

fn overlaps(r: &Range<usize>, vis: &Range<usize>) -> bool {
    r.start < vis.end && r.end > vis.start
}

impl Reader {
    /// Everything marked in the document byte range `vis`, lowest priority first (see the module
    /// documentation).
    pub fn highlights(&self, vis: Range<usize>) -> Vec<Highlight> {
        let quote = self.caret_quote();
        // the speaker's own mention when the analysis found it; else (an implied speaker) the
        // person mentions that name them
        let speaker_range = quote.and_then(|q| q.speaker_range.clone());
        let speaker = quote
            .filter(|_| speaker_range.is_none())
            .and_then(|q| q.speaker.as_deref());
        let mut out: Vec<Highlight> = of_markup(self.doc(), vis.clone()).collect();
        out.extend(of_spans(
            self.spans_in(vis.clone()),
            self.shown(),
            self.text(),
            speaker,
        ));
        if let Some(r) = speaker_range
            && overlaps(&r, &vis)
            && self.shown().shows(Kind::Quote)
        {
            out.push(Highlight {
                range: r,
                scope: Scope::QuoteSpeaker,
            });
        }
        for n in self.notes() {
            if let Some(r) = &n.range
                && overlaps(r, &vis)
            {
                out.push(Highlight {
                    range: r.clone(),
                    scope: Scope::Note,
                });
            }
        }
        if let Some(sel) = self.selection()
            && overlaps(&sel, &vis)
        {
            out.push(Highlight {
                range: sel,
                scope: Scope::Selection,
            });
        }
        if let Some(c) = self.caret() {
            out.push(Highlight {
                range: c,
                scope: Scope::Caret,
            });
        }
        let search = self.search();
        let first = search.hits.partition_point(|h| h.end <= vis.start);
        for (i, h) in search.hits.iter().enumerate().skip(first) {
            if h.start >= vis.end {
                break;
            }
            out.push(Highlight {
                range: h.clone(),
                scope: if search.current == Some(i) {
                    Scope::SearchCurrent
                } else {
                    Scope::Search
                },
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(kind: Kind, range: Range<usize>, speaker: Option<&str>) -> Span {
        Span {
            kind,
            range,
            style: None,
            speaker: speaker.map(str::to_owned),
            speaker_range: None,
            canonical: None,
        }
    }

    #[test]
    fn quotations_come_before_the_names_inside_them() {
        let text = "قال بوتين «روسيا قوية»";
        let q = text.find('«').unwrap_or(0);
        let spans = [
            span(Kind::Person, 7..17, None),
            span(Kind::Quote, q..text.len(), Some("بوتين")),
            span(Kind::Place, q + 2..q + 12, None),
        ];
        let h = of_spans(&spans, Shown::default(), text, Some("بوتين"));
        let scopes: Vec<Scope> = h.iter().map(|h| h.scope).collect();
        assert_eq!(
            scopes,
            [Scope::Quote, Scope::QuoteSpeaker, Scope::EntityPlace]
        );
        let hidden = Shown {
            quotes: false,
            places: false,
            ..Shown::default()
        };
        let h = of_spans(&spans, hidden, text, None);
        assert_eq!(
            h.iter().map(|h| h.scope).collect::<Vec<_>>(),
            [Scope::EntityPerson]
        );
    }
}
