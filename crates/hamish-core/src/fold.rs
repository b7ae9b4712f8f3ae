//! The one Arabic fold: how hamish compares Arabic text that is written in more than one way.
//!
//! Every comparison goes through [`Fold`]: the reader's `/` search, note anchoring and
//! `notes add --quote` (with [`Fold::SEARCH`]) and the entity analysis' matching keys (with
//! [`Fold::KEY`]). A fold works character by character — a character is dropped or replaced by
//! one character — so folded offsets map back to the original text ([`Folded`]).
//!
//! Always dropped: harakat and the other combining Arabic marks ([`is_mark`]), tatweel, and the
//! zero-width (non-)joiners, which change how a word is drawn but not what it says. What else is
//! folded is a choice of the caller: hamza forms of alef, alef maqsura, taa marbuta, hamza on
//! waw/yaa, Persian letters, Arabic-Indic digits and letter case.

use std::ops::Range;

/// True for the combining marks every fold drops: harakat (U+064B–U+065F), superscript alef
/// (U+0670), the honorific and Quranic annotation marks that combine with a letter
/// (U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED). Quranic signs
/// that are symbols of their own (end of ayah U+06DD, rub el hizb U+06DE) are kept.
#[inline]
pub fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
    )
}

/// True for what every fold drops: marks, tatweel and zero-width (non-)joiners.
#[inline]
pub fn is_ignored(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}') || is_mark(c)
}

/// How letter case is folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Kept as written.
    Keep,
    /// ASCII letters lower-cased (fast; enough for matching keys).
    Ascii,
    /// Every letter with a one-character lower case lower-cased.
    Full,
}

/// What a fold folds, besides the marks, tatweel and joiners every fold drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fold {
    /// أ إ آ ٱ → ا
    pub alef: bool,
    /// ى → ي (alef maqsura, often written for a final yaa)
    pub alef_maqsura: bool,
    /// ة → ه (taa marbuta, often written without its dots)
    pub taa_marbuta: bool,
    /// ؤ → و, ئ → ي
    pub hamza_seats: bool,
    /// Persian ی ک → Arabic ي ك
    pub persian: bool,
    /// Arabic-Indic digits → ASCII digits
    pub digits: bool,
    pub case: Case,
}

impl Fold {
    /// Only what every fold drops: letters compared as written.
    pub const EXACT: Fold = Fold {
        alef: false,
        alef_maqsura: false,
        taa_marbuta: false,
        hamza_seats: false,
        persian: false,
        digits: false,
        case: Case::Keep,
    };

    /// How a reader searches: alef forms, ى/ي and ة/ه are one, case is ignored («سوريه» finds
    /// «سورية», «الرئيس» finds «الرئيس», «holmberg» finds «HOLMBERG»). Notes are anchored and
    /// `notes add --quote` matches with it too, so a passage found by `/` is found by both.
    pub const SEARCH: Fold = Fold {
        alef: true,
        alef_maqsura: true,
        taa_marbuta: true,
        hamza_seats: false,
        persian: false,
        digits: false,
        case: Case::Full,
    };

    /// The matching key of the entity analysis and its gazetteers: everything folded.
    pub const KEY: Fold = Fold {
        alef: true,
        alef_maqsura: true,
        taa_marbuta: true,
        hamza_seats: true,
        persian: true,
        digits: true,
        case: Case::Ascii,
    };

    /// The folded form of one character: `None` when the fold drops it.
    #[inline]
    pub fn char(&self, c: char) -> Option<char> {
        if is_ignored(c) {
            return None;
        }
        Some(match c {
            'أ' | 'إ' | 'آ' | 'ٱ' if self.alef => 'ا',
            'ى' if self.alef_maqsura => 'ي',
            'ة' if self.taa_marbuta => 'ه',
            'ؤ' if self.hamza_seats => 'و',
            'ئ' if self.hamza_seats => 'ي',
            'ی' if self.persian => 'ي',
            'ک' if self.persian => 'ك',
            '\u{0660}'..='\u{0669}' if self.digits => {
                char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c)
            }
            '\u{06F0}'..='\u{06F9}' if self.digits => {
                char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c)
            }
            c if c.is_ascii_uppercase() && self.case != Case::Keep => c.to_ascii_lowercase(),
            c if self.case == Case::Full && !c.is_ascii() && c.is_uppercase() => {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(one), None) => one,
                    _ => c,
                }
            }
            c => c,
        })
    }

    /// The folded form of a string.
    pub fn str(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        self.push_str(s, &mut out);
        out
    }

    /// Appends the folded form of `s` to `out`.
    pub fn push_str(&self, s: &str, out: &mut String) {
        out.extend(s.chars().filter_map(|c| self.char(c)));
    }

    /// Every non-overlapping occurrence of `query` in `text`, compared folded, as byte ranges of
    /// `text`, in order. A match takes in the marks and tatweel that follow its last letter, so a
    /// highlight or a note covers the whole written letter. Empty for a query that folds to
    /// nothing (only harakat, say).
    pub fn find_all(&self, text: &str, query: &str) -> Vec<Range<usize>> {
        let q = self.str(query);
        if q.is_empty() {
            return Vec::new();
        }
        let folded = Folded::new(text, *self);
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(i) = folded.text[from..].find(&q) {
            let s = from + i;
            let e = s + q.len();
            // the end maps to where the next kept character starts: the dropped characters
            // in between are the marks and tatweel of the last matched letter
            out.push(folded.orig_at(text, s)..folded.orig_at(text, e));
            from = e;
        }
        out
    }
}

/// Text folded with a way back: checkpoints (folded byte, original byte) every ~64 folded bytes,
/// so mapping an offset back costs a short scan and the map stays small for big articles.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    fold: Fold,
    checkpoints: Vec<(usize, usize)>,
}

/// Folded bytes between checkpoints.
const CHECKPOINT_EVERY: usize = 64;

impl Folded {
    /// Folds `orig` (keep `orig` to map offsets back).
    pub fn new(orig: &str, fold: Fold) -> Folded {
        let mut text = String::with_capacity(orig.len());
        let mut checkpoints = vec![(0, 0)];
        let mut next = CHECKPOINT_EVERY;
        for (i, c) in orig.char_indices() {
            let Some(f) = fold.char(c) else { continue };
            if text.len() >= next {
                checkpoints.push((text.len(), i));
                next = text.len() + CHECKPOINT_EVERY;
            }
            text.push(f);
        }
        Folded {
            text,
            fold,
            checkpoints,
        }
    }

    /// The original byte offset of the character that folded byte offset `k` (a char boundary
    /// of the folded text) came from; `orig.len()` at the end.
    pub fn orig_at(&self, orig: &str, k: usize) -> usize {
        let idx = self
            .checkpoints
            .partition_point(|&(f, _)| f <= k)
            .saturating_sub(1);
        let (mut f, o) = self.checkpoints.get(idx).copied().unwrap_or((0, 0));
        for (i, c) in orig.get(o..).unwrap_or("").char_indices() {
            let Some(fc) = self.fold.char(c) else {
                continue;
            };
            if f >= k {
                return o + i;
            }
            f += fc.len_utf8();
        }
        orig.len()
    }

    /// The folded byte offset of original byte offset `o` (where the next kept character is).
    pub fn folded_at(&self, orig: &str, o: usize) -> usize {
        let idx = self
            .checkpoints
            .partition_point(|&(_, b)| b <= o)
            .saturating_sub(1);
        let (mut f, b) = self.checkpoints.get(idx).copied().unwrap_or((0, 0));
        for (i, c) in orig.get(b..).unwrap_or("").char_indices() {
            if b + i >= o {
                return f;
            }
            if let Some(fc) = self.fold.char(c) {
                f += fc.len_utf8();
            }
        }
        self.text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_folds_what_readers_write_differently() {
        let text = "قالَ الرئيسُ إنّ مُـحمّد أتى إلى المستشفى في سورية";
        let f = Fold::SEARCH;
        let hits = f.find_all(text, "محمد");
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].clone()], "مُـحمّد");
        assert_eq!(&text[f.find_all(text, "ان")[0].clone()], "إنّ");
        assert_eq!(&text[f.find_all(text, "المستشفي")[0].clone()], "المستشفى");
        assert_eq!(&text[f.find_all(text, "سوريه")[0].clone()], "سورية");
        // the query may carry harakat too
        assert_eq!(f.find_all(text, "قَالَ").len(), 1);
        assert_eq!(f.find_all("Ingrid HOLMBERG", "holmberg"), vec![7..15]);
        assert!(f.find_all(text, "َ").is_empty());
        // exact: letters as written, marks still ignored
        assert!(Fold::EXACT.find_all(text, "سوريه").is_empty());
        assert_eq!(Fold::EXACT.find_all(text, "محمد").len(), 1);
    }

    #[test]
    fn a_match_takes_the_marks_of_its_last_letter() {
        let text = "كتبَ محمدٌ، ثم ذهب";
        let hits = Fold::SEARCH.find_all(text, "محمد");
        assert_eq!(&text[hits[0].clone()], "محمدٌ");
        let hits = Fold::SEARCH.find_all(text, "ذهب");
        assert_eq!(&text[hits[0].clone()], "ذهب");
    }

    #[test]
    fn keys_fold_everything() {
        assert_eq!(
            Fold::KEY.str("مؤتمر الرئيسة ١٩٩٠ کتاب IBM"),
            "موتمر الرييسه 1990 كتاب ibm"
        );
    }

    #[test]
    fn offsets_map_both_ways_across_checkpoints() {
        let unit = "مُحَمَّدٌ ـ ";
        let long = unit.repeat(40);
        let f = Folded::new(&long, Fold::SEARCH);
        for (k, _) in f.text.char_indices() {
            let o = f.orig_at(&long, k);
            assert!(long.is_char_boundary(o));
            assert_eq!(f.folded_at(&long, o), k, "at folded {k}");
        }
        assert_eq!(f.orig_at(&long, f.text.len()), long.len());
    }
}
