//! Tokenisation with byte offsets into the original text.
//!
//! A token is a maximal run of one class: Arabic letters (harakat and tatweel inside a word stay in
//! it), Latin letters, or digits; every other non-space character is a one-character punctuation
//! token. Attached clitics stay in the Arabic token (`وروسيا` is one token, as in ANERcorp); use
//! [`crate::analysis::normalize::clitic_readings`] to read them off.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenClass {
    Arabic,
    Latin,
    Digits,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the tokenised text.
    pub range: Range<usize>,
    pub class: TokenClass,
}

/// The class of a character's token, `None` for a space (ASCII first, without tables).
#[inline]
fn class(c: char) -> Option<TokenClass> {
    if c.is_ascii() {
        match c {
            'a'..='z' | 'A'..='Z' => Some(TokenClass::Latin),
            '0'..='9' => Some(TokenClass::Digits),
            c if c.is_ascii_whitespace() || c.is_ascii_control() => None,
            _ => Some(TokenClass::Punct),
        }
    } else {
        class_of(c)
    }
}

#[inline]
fn class_of(c: char) -> Option<TokenClass> {
    match c {
        '\u{0621}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06FF}' if !matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{06D4}') => {
            Some(TokenClass::Arabic)
        }
        '\u{0670}' | '\u{0640}' => Some(TokenClass::Arabic),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => Some(TokenClass::Arabic),
        '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Some(TokenClass::Digits),
        c if c.is_alphabetic() => Some(TokenClass::Latin),
        '\u{200C}' | '\u{200D}' => Some(TokenClass::Arabic),
        c if c.is_whitespace() || c == '\u{200F}' || c == '\u{200E}' || c == '\u{FEFF}' => None,
        _ => Some(TokenClass::Punct),
    }
}

/// Splits `text` into tokens (see the module docs).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 8);
    tokenize_into(text, &mut out);
    out
}

/// [`tokenize`] into a buffer (cleared first), for reuse from one text to the next.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut cur: Option<(usize, TokenClass)> = None;
    let mut i = 0;
    while i < bytes.len() {
        // most characters: a basic Arabic letter (or tatweel) going on with an Arabic word,
        // U+0621..=U+064A, read off its two bytes without decoding it (D8 A1..=BF, D9 80..=8A;
        // the second byte of valid UTF-8 is 80..=BF)
        if matches!(cur, Some((_, TokenClass::Arabic))) {
            while let [lead, next, ..] = bytes[i..] {
                let letter = match lead {
                    0xD8 => next >= 0xA1,
                    0xD9 => next <= 0x8A,
                    _ => false,
                };
                if !letter {
                    break;
                }
                i += 2;
            }
            if i == bytes.len() {
                break;
            }
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let at = i;
        i += c.len_utf8();
        let cls = class(c);
        // marks glue to any word (a stray mark after punctuation becomes its own token)
        if let (Some((start, prev)), Some(TokenClass::Arabic)) = (cur, cls)
            && prev != TokenClass::Punct
            && (super::normalize::is_mark(c) || c == '\u{0640}')
        {
            cur = Some((start, prev));
            continue;
        }
        match (cur, cls) {
            (Some((_, p)), Some(k)) if p == k && k != TokenClass::Punct => {}
            _ => {
                if let Some((start, p)) = cur.take() {
                    out.push(Token {
                        range: start..at,
                        class: p,
                    });
                }
                cur = cls.map(|k| (at, k));
            }
        }
    }
    if let Some((start, p)) = cur {
        out.push(Token {
            range: start..text.len(),
            class: p,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The tokeniser read character by character, as it was before its byte fast path (the
    /// characters' classes are the tokeniser's own: what is checked is the reading of the bytes).
    fn by_chars(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, TokenClass)> = None;
        for (i, c) in text.char_indices() {
            let cls = class(c);
            if let (Some((start, prev)), Some(TokenClass::Arabic)) = (cur, cls)
                && prev != TokenClass::Punct
                && (crate::analysis::normalize::is_mark(c) || c == '\u{0640}')
            {
                cur = Some((start, prev));
                continue;
            }
            match (cur, cls) {
                (Some((_, p)), Some(k)) if p == k && k != TokenClass::Punct => {}
                _ => {
                    if let Some((start, p)) = cur.take() {
                        out.push(Token {
                            range: start..i,
                            class: p,
                        });
                    }
                    cur = cls.map(|k| (i, k));
                }
            }
        }
        if let Some((start, p)) = cur {
            out.push(Token {
                range: start..text.len(),
                class: p,
            });
        }
        out
    }

    proptest! {
        // the edges of the fast path's byte ranges (U+061F/0620 before the letters, U+064B on
        // after them, the lead byte D9 with other second bytes), marks, tatweel and other scripts
        #[test]
        fn the_byte_fast_path_reads_as_characters_do(
            chars in prop::collection::vec(prop::sample::select(vec![
                'ء', 'ا', 'ب', 'غ', '\u{063F}', '\u{0620}', '\u{061F}', 'ـ', 'ف', 'ي', '\u{064A}',
                '\u{064B}', '\u{0650}', '\u{0670}', '\u{0660}', '\u{06A9}', '\u{06D4}', '\u{0600}',
                '\u{FEFB}', '\u{200C}', '\u{200F}', 'a', 'Z', '7', ' ', '\n', '.', '،', '“', '«',
                'é', 'ж', '中', '😀', '\u{0301}',
            ]), 0..40)
        ) {
            let text: String = chars.into_iter().collect();
            prop_assert_eq!(tokenize(&text), by_chars(&text));
        }
    }

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| &s[t.range]).collect()
    }

    #[test]
    fn splits_punctuation_and_scripts() {
        assert_eq!(
            words("قال بوتين:“إنَّنا” في 2020، CNN."),
            [
                "قال",
                "بوتين",
                ":",
                "“",
                "إنَّنا",
                "”",
                "في",
                "2020",
                "،",
                "CNN",
                "."
            ]
        );
        assert_eq!(words("الروسي”حقق"), ["الروسي", "”", "حقق"]);
        assert_eq!(words("  "), Vec::<&str>::new());
        assert_eq!(words("٢٠١٦ و٢٠٢٠"), ["٢٠١٦", "و", "٢٠٢٠"]);
    }

    #[test]
    fn offsets_are_bytes_into_the_text() {
        let s = "أ ب";
        let t = tokenize(s);
        assert_eq!(t[1].range, 3..5);
    }
}
