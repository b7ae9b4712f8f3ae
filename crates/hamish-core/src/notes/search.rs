//! Finding notes by what they say or what they are on: the notes list's `/`. Compared with the
//! reader's search fold ([`Fold::SEARCH`]), so «الاقتصاد» finds «الإقتصادُ» in a note as `/` finds
//! it in the article.

use std::ops::Range;

use super::{Notebook, PlacedNote};
use crate::document::Document;
use crate::fold::Fold;

/// A note that matches a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteMatch {
    /// Index into [`Notebook::notes`].
    pub index: usize,
    pub id: String,
    /// Byte ranges of the matches in the note's text.
    pub in_text: Vec<Range<usize>>,
    /// Byte ranges of the matches in [`PlacedNote::passage`].
    pub in_passage: Vec<Range<usize>>,
}

impl PlacedNote {
    /// The passage the note is on: the article's text there now, or for an orphaned note the
    /// passage as it was written.
    pub fn passage<'a>(&'a self, doc: &'a Document) -> &'a str {
        self.range
            .as_ref()
            .and_then(|r| doc.text.get(r.clone()))
            .unwrap_or(&self.quote)
    }
}

/// The notes among `notes` whose text or passage contains `query` (folded), in order. An empty
/// query (or one of harakat only) matches nothing.
pub fn search(notes: &[PlacedNote], doc: &Document, query: &str) -> Vec<NoteMatch> {
    let fold = Fold::SEARCH;
    if fold.str(query).trim().is_empty() {
        return Vec::new();
    }
    notes
        .iter()
        .enumerate()
        .filter_map(|(index, n)| {
            let in_text = fold.find_all(&n.text, query);
            let in_passage = fold.find_all(n.passage(doc), query);
            (!in_text.is_empty() || !in_passage.is_empty()).then(|| NoteMatch {
                index,
                id: n.id.clone(),
                in_text,
                in_passage,
            })
        })
        .collect()
}

impl Notebook {
    /// The live notes whose text or passage contains `query`, folded as the reader's search
    /// folds (see [`search`]).
    pub fn search(&self, doc: &Document, query: &str) -> Vec<NoteMatch> {
        search(self.notes(), doc, query)
    }
}

#[cfg(test)]
mod tests {
    use super::super::NoteStatus;
    use super::*;

    fn note(text: &str, range: Option<Range<usize>>, quote: &str) -> PlacedNote {
        let status = if range.is_some() {
            NoteStatus::Anchored
        } else {
            NoteStatus::Orphaned
        };
        PlacedNote {
            id: format!("id-{text}"),
            text: text.to_owned(),
            range,
            status,
            quote: quote.to_owned(),
            created: String::new(),
            updated: String::new(),
        }
    }

    #[test]
    fn finds_text_and_passages_folded() {
        let doc = Document::from_text("قالَ الرئيسُ إنّ الإقتصادَ يتعافى.\n".into(), None);
        let at = |p: &str| {
            let s = doc.text.find(p).unwrap();
            s..s + p.len()
        };
        let notes = [
            note("عن الاقتصاد #مهم", Some(at("الرئيسُ")), "الرئيس"),
            note("لا علاقة", Some(at("الإقتصادَ يتعافى")), "الإقتصاد يتعافى"),
            note("شيء آخر", None, "نص محذوف عن الأقتصاد"),
            note("Economy", Some(at("قالَ")), "قال"),
        ];
        let hits = search(&notes, &doc, "الاقتصاد");
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(&notes[0].text[hits[0].in_text[0].clone()], "الاقتصاد");
        assert!(hits[0].in_passage.is_empty());
        assert_eq!(
            &notes[1].passage(&doc)[hits[1].in_passage[0].clone()],
            "الإقتصادَ"
        );
        assert_eq!(notes[2].passage(&doc), "نص محذوف عن الأقتصاد");
        // Harakat and tatweel in the query, case in English.
        assert_eq!(search(&notes, &doc, "يتعـافى").len(), 1);
        assert_eq!(search(&notes, &doc, "الرَّئيس")[0].index, 0);
        assert_eq!(search(&notes, &doc, "economy")[0].index, 3);
        assert!(search(&notes, &doc, "").is_empty());
        assert!(search(&notes, &doc, "ً ").is_empty());
        assert!(search(&notes, &doc, "غائب").is_empty());
    }
}
