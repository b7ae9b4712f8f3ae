//! Arabic-aware search in the reader: the one fold of the core ([`crate::fold::Fold::SEARCH`]:
//! harakat, tatweel and joiners ignored; alef forms, ى/ي, ة/ه and letter case folded), over text
//! and query alike, with matches mapped back to the original offsets.

use std::ops::Range;

use crate::fold::Fold;

/// How the reader searches.
pub const FOLD: Fold = Fold::SEARCH;

/// Whether `query` has anything to look for once folded (not only harakat, say).
pub fn is_searchable(query: &str) -> bool {
    query.chars().any(|c| FOLD.char(c).is_some())
}

/// All non-overlapping matches of `query` in `text`, as byte ranges of `text`.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    FOLD.find_all(text, query)
}
