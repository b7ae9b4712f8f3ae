//! Per-character facts the engine needs: what a terminal draws for a character (visible symbols
//! for control characters), how many columns it takes, mirroring, and the stand-ins used when
//! computing bidi levels so that hostile characters cannot split or overflow a paragraph.

use std::sync::OnceLock;

use unicode_bidi::{BidiClass, BidiDataSource};
use unicode_width::UnicodeWidthChar;

use super::tables::{MARKS_BELOW_900, MIRRORS};

/// Bidi class of `c`: a table lookup below U+0800 (Latin, Hebrew, Arabic), else the
/// `unicode_bidi` binary search.
#[inline]
pub fn bidi_class(c: char) -> BidiClass {
    static LOW: OnceLock<Vec<BidiClass>> = OnceLock::new();
    let u = c as usize;
    if u < 0x800 {
        let t = LOW.get_or_init(|| {
            (0..0x800u32)
                .map(|u| char::from_u32(u).map_or(BidiClass::L, unicode_bidi::bidi_class))
                .collect()
        });
        t[u]
    } else {
        unicode_bidi::bidi_class(c)
    }
}

/// True for a combining mark below U+0900 (a bit table; exactly bidi class NSM there).
#[inline]
pub fn is_mark_below_900(c: char) -> bool {
    let u = c as usize;
    u < 0x900 && (MARKS_BELOW_900[u / 64] >> (u % 64)) & 1 == 1
}

/// `unicode_bidi` data source using the fast [`bidi_class`].
pub struct FastBidiData;

impl BidiDataSource for FastBidiData {
    #[inline]
    fn bidi_class(&self, c: char) -> BidiClass {
        bidi_class(c)
    }

    #[inline]
    fn bidi_matched_opening_bracket(
        &self,
        c: char,
    ) -> Option<unicode_bidi::data_source::BidiMatchedOpeningBracket> {
        // No paired bracket (BidiBrackets.txt) lies below U+0F3A other than the ASCII ones.
        if (c as u32) < 0x0F3A && !matches!(c, '(' | ')' | '[' | ']' | '{' | '}') {
            return None;
        }
        unicode_bidi::HardcodedBidiData.bidi_matched_opening_bracket(c)
    }
}

/// Drawn for C1 control characters (U+0080–U+009F), which have no Control Picture.
pub const C1_SYMBOL: char = '\u{FFFD}';
/// Drawn before a combining mark that has no base character (start of paragraph, after a space).
pub const DOTTED_CIRCLE: char = '\u{25CC}';

/// The visible symbol drawn instead of a character that must never reach a terminal:
/// C0 controls other than tab (U+2400 Control Pictures), DEL (␡), C1 controls (U+FFFD), and the
/// line/paragraph separators U+2028/U+2029 (↵/¶). `None` for everything else.
#[inline]
pub fn control_symbol(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0x09 => None,
        0x00..=0x1F => char::from_u32(0x2400 + u),
        0x7F => Some('\u{2421}'),
        0x80..=0x9F => Some(C1_SYMBOL),
        0x2028 => Some('\u{21B5}'),
        0x2029 => Some('\u{00B6}'),
        _ => None,
    }
}

/// A character of the same UTF-8 length used in place of `c` when computing bidi levels, so that
/// control characters (shown as neutral symbols) neither split the paragraph (class B) nor act as
/// segment separators. `None` when `c` is used as is.
#[inline]
pub fn bidi_stand_in(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0x09 => None,
        0x00..=0x1F | 0x7F => Some('!'),
        0x80..=0x9F => Some('\u{00A1}'),
        0x2028 | 0x2029 => Some('\u{2026}'),
        _ => None,
    }
}

/// True for characters that are never drawn (format characters: bidi controls and marks, zero
/// width space and joiners, BOM, tag characters…). Combining marks are not in this set, nor is
/// the soft hyphen U+00AD: terminals (wcwidth) and ratatui give it one column and show it, and
/// the reference (libfribidi) keeps it, so it is drawn as itself, one column wide.
#[inline]
pub fn is_invisible_format(c: char) -> bool {
    let u = c as u32;
    if u <= 0xAD {
        return false;
    }
    // Fast answers for the Arabic block and the presentation forms (never format characters).
    if (0x0606..=0x06FF).contains(&u) {
        return matches!(u, 0x061C | 0x06DD);
    }
    if (0xFB50..=0xFEFC).contains(&u) {
        return false;
    }
    match bidi_class(c) {
        BidiClass::BN
        | BidiClass::LRE
        | BidiClass::RLE
        | BidiClass::LRO
        | BidiClass::RLO
        | BidiClass::PDF
        | BidiClass::LRI
        | BidiClass::RLI
        | BidiClass::FSI
        | BidiClass::PDI => true,
        _ => matches!(u, 0x200E | 0x200F | 0x0600..=0x0605 | 0x070F | 0x08E2),
    }
}

/// Zero-width joiner / non-joiner: kept in the drawn text (they matter to shaping) but take no column.
#[inline]
pub fn is_joiner(c: char) -> bool {
    c == '\u{200C}' || c == '\u{200D}'
}

/// Columns a terminal gives one (non-control, non-tab) character: 0 for combining marks and
/// invisible format characters, 2 for East Asian wide/fullwidth, 1 otherwise. Measured per
/// character — never per string, since `unicode-width` measures the string "لا" as 1.
#[inline]
pub fn char_width(c: char) -> usize {
    let u = c as u32;
    if (0x20..0x7F).contains(&u) {
        return 1;
    }
    if is_invisible_format(c) || is_joiner(c) {
        return 0;
    }
    if u == 0xAD {
        // The soft hyphen: one column in wcwidth and on screen (unicode-width says 0).
        return 1;
    }
    // Arabic letters and marks, presentation forms (all spacing): measured without a search.
    if (0x0600..=0x07FF).contains(&u) {
        return usize::from(bidi_class(c) != BidiClass::NSM);
    }
    if (0xFB50..=0xFDFF).contains(&u) || (0xFE70..=0xFEFC).contains(&u) {
        return 1;
    }
    c.width().unwrap_or(1)
}

/// The mirrored glyph of `c` (UAX #9 L4: `(`↔`)`, `«`↔`»`, `‹`↔`›`, `<`↔`>`, `≤`↔`≥` …), or `c`.
#[inline]
pub fn mirror(c: char) -> char {
    let u = c as u32;
    // Nothing is mirrored outside these (Arabic letters and presentation forms are the hot path).
    if !(0x28..=0x1D7C3).contains(&u)
        || (0xBC..0xF3A).contains(&u)
        || (0xFB50..0xFE59).contains(&u)
        || (0xFE66..0xFF08).contains(&u)
    {
        return c;
    }
    match MIRRORS.binary_search_by_key(&u, |&(a, _)| a) {
        Ok(i) => char::from_u32(MIRRORS[i].1).unwrap_or(c),
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirrors_brackets_and_guillemets() {
        assert_eq!(mirror('('), ')');
        assert_eq!(mirror(')'), '(');
        assert_eq!(mirror('«'), '»');
        assert_eq!(mirror('»'), '«');
        assert_eq!(mirror('‹'), '›');
        assert_eq!(mirror('['), ']');
        assert_eq!(mirror('{'), '}');
        assert_eq!(mirror('<'), '>');
        assert_eq!(mirror('a'), 'a');
        assert_eq!(mirror('“'), '“', "quotation marks are not mirrored");
    }

    #[test]
    fn control_symbols() {
        assert_eq!(control_symbol('\u{1b}'), Some('␛'));
        assert_eq!(control_symbol('\u{7}'), Some('␇'));
        assert_eq!(control_symbol('\u{0}'), Some('␀'));
        assert_eq!(control_symbol('\u{7f}'), Some('␡'));
        assert_eq!(control_symbol('\u{9c}'), Some(C1_SYMBOL));
        assert_eq!(control_symbol('\t'), None);
        assert_eq!(control_symbol('a'), None);
        for c in ['\u{1b}', '\u{85}', '\u{2029}', '\u{1c}'] {
            let s = bidi_stand_in(c).unwrap();
            assert_eq!(s.len_utf8(), c.len_utf8());
        }
    }

    #[test]
    fn mark_bits_agree_with_bidi_classes() {
        for u in 0..0x900u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(
                is_mark_below_900(c),
                bidi_class(c) == BidiClass::NSM,
                "U+{u:04X}"
            );
        }
    }

    #[test]
    fn widths() {
        assert_eq!(char_width('ل'), 1);
        assert_eq!(char_width('ا'), 1);
        assert_eq!(char_width('\u{FEFB}'), 1);
        assert_eq!(char_width('\u{064E}'), 0);
        assert_eq!(char_width('\u{200F}'), 0);
        assert_eq!(char_width('\u{00AD}'), 1, "soft hyphen: drawn, one column");
        assert_eq!(char_width('中'), 2);
        assert_eq!(char_width('\u{0640}'), 1);
    }
}
