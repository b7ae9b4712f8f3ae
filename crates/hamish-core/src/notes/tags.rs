//! `#tags` in a note's text: `#اقتصاد`, `#economy`, `#حقوق_الإنسان`. A tag starts with `#` at the
//! start of the text or after a space or an opening bracket or quote (so `C#`, `issue#3` and the
//! `#fragment` of a URL are not tags), and runs over letters, digits, marks, `_` and `-`; it
//! holds at least one letter (`#1` is a number, not a tag). Tags are compared with the reader's
//! search fold ([`Fold::SEARCH`]): `#إقتصاد` and `#اقتصاد`, `#Economy` and `#economy` are one tag.

use std::collections::HashMap;

use super::{Notebook, PlacedNote};
use crate::fold::{Fold, is_ignored};

/// How tags are compared.
const FOLD: Fold = Fold::SEARCH;

fn tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || is_ignored(c)
}

/// Characters after which a `#` starts a tag (besides the start of the text and white space).
fn opens_tag(c: char) -> bool {
    c.is_whitespace() || "([{«“‘\"'،؛,;:".contains(c)
}

/// The tags of a note's text, without the `#`, as written (first spelling of each), in order,
/// each once.
pub fn parse(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let starts = (c == '#' || c == '＃') && prev.is_none_or(opens_tag);
        prev = Some(c);
        if !starts {
            continue;
        }
        let from = i + c.len_utf8();
        let mut to = from;
        while let Some(&(j, d)) = chars.peek() {
            if !tag_char(d) {
                break;
            }
            to = j + d.len_utf8();
            prev = Some(d);
            chars.next();
        }
        let tag = text[from..to].trim_end_matches(['-', '_']);
        if !tag.chars().any(char::is_alphabetic) {
            continue;
        }
        let key = key(tag);
        if !keys.contains(&key) {
            keys.push(key);
            out.push(tag.to_owned());
        }
    }
    out
}

/// The folded form a tag is compared by (a leading `#` is ignored).
pub fn key(tag: &str) -> String {
    let tag = tag.trim();
    let tag = tag
        .strip_prefix('#')
        .or_else(|| tag.strip_prefix('＃'))
        .unwrap_or(tag);
    FOLD.str(tag)
}

/// A tag used in a notebook, and by how many notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagCount {
    /// As first written (in the order of [`Notebook::notes`]).
    pub tag: String,
    pub count: usize,
}

impl PlacedNote {
    /// The `#tags` of this note's text (see [`parse`]).
    pub fn tags(&self) -> Vec<String> {
        parse(&self.text)
    }

    /// Whether this note carries `tag` (with or without its `#`), compared folded.
    pub fn has_tag(&self, tag: &str) -> bool {
        let want = key(tag);
        !want.is_empty() && self.tags().iter().any(|t| key(t) == want)
    }
}

/// Every tag of `notes` with the number of notes carrying it, most used first (ties in order of
/// first use).
pub fn count(notes: &[PlacedNote]) -> Vec<TagCount> {
    let mut out: Vec<TagCount> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for n in notes {
        for tag in n.tags() {
            match index.get(&key(&tag)) {
                Some(&i) => out[i].count += 1,
                None => {
                    index.insert(key(&tag), out.len());
                    out.push(TagCount { tag, count: 1 });
                }
            }
        }
    }
    // A stable sort keeps first use among equal counts.
    out.sort_by_key(|t| std::cmp::Reverse(t.count));
    out
}

impl Notebook {
    /// Every tag of the live notes, with counts (see [`count`]).
    pub fn tags(&self) -> Vec<TagCount> {
        count(self.notes())
    }

    /// The live notes carrying `tag` (with or without its `#`, compared folded), in the order of
    /// [`Notebook::notes`].
    pub fn with_tag(&self, tag: &str) -> Vec<&PlacedNote> {
        self.notes().iter().filter(|n| n.has_tag(tag)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_in_arabic_and_english() {
        assert_eq!(
            parse("مهم #اقتصاد و#سياسة، راجع #Economy.\n#حقوق_الإنسان #اقتصاد"),
            ["اقتصاد", "Economy", "حقوق_الإنسان"]
        );
        // «و#سياسة»: the # is inside a word.
        assert_eq!(
            parse("(#مصدر) «#رأي» #خبر-عاجل- ،#تعليق"),
            ["مصدر", "رأي", "خبر-عاجل", "تعليق"]
        );
    }

    #[test]
    fn what_is_not_a_tag() {
        assert!(parse("C# and issue#3, see http://x.org/a#frag").is_empty());
        assert!(parse("#1 #٢٠٢٤ # ## #_ #-").is_empty());
        assert_eq!(parse("##مكرر"), Vec::<String>::new());
        assert_eq!(parse("#2024_انتخابات"), ["2024_انتخابات"]);
    }

    #[test]
    fn tags_fold_like_the_search() {
        assert_eq!(key("#إقتصاد"), key("اقتصاد"));
        assert_eq!(key("#اقتصادٌ"), key("#اقتصاد"));
        assert_eq!(key("#Economy"), key("economy"));
        assert_eq!(key("＃سورية"), key("سوريه"));
        // One tag written two ways counts once per note.
        assert_eq!(parse("#إقتصاد #اقتصاد"), ["إقتصاد"]);
    }

    fn note(text: &str) -> PlacedNote {
        PlacedNote {
            id: String::new(),
            text: text.to_owned(),
            range: None,
            status: super::super::NoteStatus::Orphaned,
            quote: String::new(),
            created: String::new(),
            updated: String::new(),
        }
    }

    #[test]
    fn counts_most_used_first() {
        let notes = [note("#ب #أ"), note("#ا"), note("#ج #ب"), note("#ب")];
        assert_eq!(
            count(&notes),
            [
                TagCount {
                    tag: "ب".into(),
                    count: 3
                },
                TagCount {
                    tag: "أ".into(),
                    count: 2
                },
                TagCount {
                    tag: "ج".into(),
                    count: 1
                },
            ]
        );
        assert!(notes[1].has_tag("#أ") && notes[1].has_tag("ا") && !notes[1].has_tag("ب"));
        assert!(!notes[1].has_tag("#") && !notes[1].has_tag(""));
    }
}
