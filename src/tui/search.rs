//! Arabic-aware search: text and query are folded character by character with the analysis'
//! search fold ([`crate::analysis::normalize::fold_char`]: harakat, tatweel and joiners dropped;
//! أ إ آ ٱ → ا; ى → ي), letters lower-cased on top, and every folded byte remembers the original
//! character it came from, so a match maps back to original offsets.

use std::ops::Range;

/// The folded form of one character: `None` when search ignores it.
pub fn fold_char(c: char) -> Option<char> {
    let c = crate::analysis::normalize::fold_char(c)?;
    if c.is_uppercase() {
        let mut l = c.to_lowercase();
        if let (Some(one), None) = (l.next(), l.next()) {
            return Some(one);
        }
    }
    Some(c)
}

/// Folded text with a map back to the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`: the original byte range of the character it came from.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            if let Some(f) = fold_char(c) {
                text.push(f);
                let span = (i as u32, (i + c.len_utf8()) as u32);
                origin.extend(std::iter::repeat_n(span, f.len_utf8()));
            }
        }
        Folded { text, origin }
    }

    /// The original byte range of folded bytes `r` (non-empty, on char boundaries).
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.origin[r.start].0 as usize;
        let end = self.origin[r.end - 1].1 as usize;
        start..end
    }
}

/// The folded form of a whole string (for queries).
pub fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// All non-overlapping matches of `query` in `text`, as original byte ranges of `text`. Marks and
/// tatweel that follow the last matched letter are included, so a highlight covers the whole
/// written word part.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let q = fold(query);
    if q.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = folded.text[from..].find(&q) {
        let s = from + i;
        let e = s + q.len();
        let mut r = folded.original_range(s..e);
        for c in text[r.end..].chars() {
            if fold_char(c).is_some() {
                break;
            }
            r.end += c.len_utf8();
        }
        out.push(r);
        from = e;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_harakat_tatweel_hamza_and_yaa() {
        let text = "قالَ الرئيسُ إنّ مُـحمّد أتى إلى المستشفى";
        let hits = find_all(text, "محمد");
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].clone()], "مُـحمّد");
        let hits = find_all(text, "ان");
        assert_eq!(&text[hits[0].clone()], "إنّ");
        let hits = find_all(text, "المستشفي");
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].clone()], "المستشفى");
        // the query may carry harakat too
        assert_eq!(find_all(text, "قَالَ").len(), 1);
        assert_eq!(find_all("Ingrid HOLMBERG", "holmberg"), vec![7..15]);
        assert!(find_all(text, "َ").is_empty());
    }
}
