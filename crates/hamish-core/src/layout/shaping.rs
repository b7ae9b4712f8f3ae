//! Arabic shaping in logical order: the joining algorithm (Unicode chapter 9.2, ArabicShaping.txt)
//! picks the isolated, final, initial or medial presentation form of each letter; lam followed
//! directly by an alef becomes one lam-alef ligature (U+FEF5–U+FEFC).
//!
//! - Transparent characters (harakat and other combining marks) neither join nor break a join, and
//!   stay unchanged after their base.
//! - ZWJ and tatweel are join-causing; ZWNJ, spaces, digits and other letters break joining.
//! - Invisible format characters (bidi controls, soft hyphen, ZWSP) are skipped as if absent.
//! - Letters only join when they are at the same embedding level; the ligature needs both letters at
//!   the same right-to-left level (as libfribidi does, which the reference tools use).

use std::sync::OnceLock;

use unicode_bidi::BidiClass;

use super::chars::bidi_class;

use super::tables::{FORMS, JOINING};

/// Joining type of a character (ArabicShaping.txt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Joining {
    /// Non-joining.
    U,
    /// Right-joining: joins the preceding letter only (alef, dal, reh, waw…).
    R,
    /// Dual-joining.
    D,
    /// Join-causing (ZWJ, tatweel).
    C,
    /// Transparent (combining marks).
    T,
    /// Left-joining.
    L,
}

/// Joining type as used by the algorithm; `None` for characters skipped entirely.
pub(crate) fn joining(c: char) -> Option<Joining> {
    let u = c as u32;
    if u == 0xAD {
        // The soft hyphen is transparent (ArabicShaping.txt: Cf characters are T).
        return Some(Joining::T);
    }
    if u < 0x300 {
        return Some(Joining::U);
    }
    if c == '\u{200C}' {
        return Some(Joining::U);
    }
    if (0x0600..0x0900).contains(&u) {
        return Some(arabic_joining()[(u - 0x0600) as usize]);
    }
    if let Ok(i) = JOINING.binary_search_by(|&(a, b, _)| {
        if b < u {
            std::cmp::Ordering::Less
        } else if a > u {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        return Some(JOINING[i].2);
    }
    match bidi_class(c) {
        BidiClass::NSM => Some(Joining::T),
        BidiClass::BN
        | BidiClass::LRE
        | BidiClass::RLE
        | BidiClass::LRO
        | BidiClass::RLO
        | BidiClass::PDF => None,
        _ => Some(Joining::U),
    }
}

/// Joining types of U+0600–U+08FF as a direct table (built once from [`JOINING`]).
fn arabic_joining() -> &'static [Joining] {
    static TABLE: OnceLock<Vec<Joining>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0x0600u32..0x0900)
            .map(|u| {
                let listed = JOINING.iter().find(|&&(a, b, _)| a <= u && u <= b);
                match (listed, char::from_u32(u)) {
                    (Some(&(_, _, t)), _) => t,
                    (None, Some(c)) if bidi_class(c) == BidiClass::NSM => Joining::T,
                    _ => Joining::U,
                }
            })
            .collect()
    })
}

/// Index + 1 into [`FORMS`] of U+0600–U+08FF (0 = no presentation forms), built once.
pub(crate) fn forms(c: char) -> Option<&'static [u32; 4]> {
    static INDEX: OnceLock<Vec<u8>> = OnceLock::new();
    let u = c as u32;
    if !(0x0600..0x0900).contains(&u) {
        return None;
    }
    let index = INDEX.get_or_init(|| {
        let mut v = vec![0u8; 0x300];
        for (i, &(b, _)) in FORMS.iter().enumerate() {
            if (0x0600..0x0900).contains(&b) {
                v[(b - 0x0600) as usize] = u8::try_from(i + 1).unwrap_or(0);
            }
        }
        v
    });
    match index[(u - 0x0600) as usize] {
        0 => None,
        i => FORMS.get(usize::from(i) - 1).map(|f| &f.1),
    }
}

/// What shaping does to one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shaped {
    /// Drawn as itself.
    Same,
    /// Drawn as this presentation form (or ligature, for a lam followed by an alef).
    Form(char),
    /// Drawn by the ligature of the preceding character (the alef of a lam-alef).
    Absorbed,
}

/// Shapes a paragraph in logical order; `level_at` gives the embedding level of a byte offset.
/// Returns one entry per char.
#[cfg(test)]
pub(crate) fn shape(text: &str, level_at: impl Fn(usize) -> u8) -> Vec<Shaped> {
    let mut out = Vec::new();
    shape_into(text, level_at, &mut out);
    out
}

/// Lam + alef (both in their joined forms) → the ligature, or 0.
pub(crate) fn lam_alef(lam: u32, alef: u32) -> u32 {
    match (lam, alef) {
        (0xFEDF, 0xFE82) => 0xFEF5,
        (0xFEDF, 0xFE84) => 0xFEF7,
        (0xFEDF, 0xFE88) => 0xFEF9,
        (0xFEDF, 0xFE8E) => 0xFEFB,
        (0xFEE0, 0xFE82) => 0xFEF6,
        (0xFEE0, 0xFE84) => 0xFEF8,
        (0xFEE0, 0xFE88) => 0xFEFA,
        (0xFEE0, 0xFE8E) => 0xFEFC,
        _ => 0,
    }
}

/// Shapes a paragraph into `out` (one entry per char) in a single pass: a letter's form is
/// settled as soon as the next letter (or a non-joining character) shows whether it joins on.
pub(crate) fn shape_into(text: &str, level_at: impl Fn(usize) -> u8, out: &mut Vec<Shaped>) {
    out.clear();
    // The letter whose form waits for the next one: (index, char, joins the previous, level).
    let mut pending: Option<(usize, char, bool, u8)> = None;
    // The last non-transparent joining letter: (type, level).
    let mut prev: Option<(Joining, u8)> = None;
    let settle = |out: &mut Vec<Shaped>, i: usize, c: char, jp: bool, jn: bool| {
        if let Some(f) = forms(c) {
            let k = usize::from(jp) | (usize::from(jn) << 1);
            let k = [0, 1, 2, 3][k];
            let form = f[k];
            if form != 0
                && let Some(form) = char::from_u32(form)
                && let Some(slot) = out.get_mut(i)
            {
                *slot = Shaped::Form(form);
            }
        }
    };
    for (i, (off, c)) in text.char_indices().enumerate() {
        out.push(Shaped::Same);
        if (c as u32) < 0x0600 && (c as u32) != 0x034F {
            // Nothing below U+0600 joins; marks there are transparent, the rest breaks joining.
            if c == '\u{AD}' || ((c as u32) >= 0x300 && bidi_class(c) == BidiClass::NSM) {
                continue;
            }
            if let Some((pi, pc, pjp, _)) = pending.take() {
                settle(out, pi, pc, pjp, false);
            }
            prev = None;
            continue;
        }
        let Some(t) = joining(c) else { continue };
        match t {
            Joining::T => continue,
            Joining::U => {
                if let Some((pi, pc, pjp, _)) = pending.take() {
                    settle(out, pi, pc, pjp, false);
                }
                // A non-joining letter with presentation forms (hamza) takes its isolated one.
                settle(out, i, c, false, false);
                prev = None;
                continue;
            }
            _ => {}
        }
        let lvl = level_at(off);
        let joins = prev.is_some_and(|(pt, pl)| {
            matches!(pt, Joining::D | Joining::L | Joining::C)
                && matches!(t, Joining::D | Joining::R | Joining::C)
                && pl == lvl
        });
        if let Some((pi, pc, pjp, _)) = pending.take() {
            settle(out, pi, pc, pjp, joins);
        }
        if matches!(t, Joining::R) {
            // A right-joining letter never joins the next one: settle it now, and make the
            // lam-alef ligature when a joined lam sits right before it.
            settle(out, i, c, joins, false);
            if i > 0
                && let (Some(Shaped::Form(lam)), Some(Shaped::Form(alef))) =
                    (out.get(i - 1).copied(), out.get(i).copied())
            {
                let lig = lam_alef(lam as u32, alef as u32);
                if lig != 0 {
                    let lam_lvl = text[..off]
                        .char_indices()
                        .next_back()
                        .map_or(lvl.wrapping_add(1), |(o, _)| level_at(o));
                    if lvl % 2 == 1
                        && lam_lvl == lvl
                        && let Some(lig) = char::from_u32(lig)
                    {
                        out[i - 1] = Shaped::Form(lig);
                        out[i] = Shaped::Absorbed;
                    }
                }
            }
        } else {
            pending = Some((i, c, joins, lvl));
        }
        prev = Some((t, lvl));
    }
    if let Some((pi, pc, pjp, _)) = pending.take() {
        settle(out, pi, pc, pjp, false);
    }
}

/// The straightforward two-pass version of [`shape_into`], kept as the reference it is tested
/// against.
#[cfg(test)]
pub(crate) fn shape_two_pass(
    text: &str,
    level_at: impl Fn(usize) -> u8,
    out: &mut Vec<Shaped>,
    joins: &mut Vec<(bool, bool)>,
) {
    out.clear();
    // (joins the previous letter, joins the next letter) per char
    joins.clear();
    // last non-transparent char: (index, type, level)
    let mut prev: Option<(usize, Joining, u8)> = None;
    for (i, (off, c)) in text.char_indices().enumerate() {
        joins.push((false, false));
        let Some(t) = joining(c) else { continue };
        match t {
            Joining::T => continue,
            Joining::U => {
                prev = None;
                continue;
            }
            _ => {}
        }
        let lvl = level_at(off);
        if let Some((p, pt, pl)) = prev
            && matches!(pt, Joining::D | Joining::L | Joining::C)
            && matches!(t, Joining::D | Joining::R | Joining::C)
            && pl == lvl
        {
            joins[p].1 = true;
            joins[i].0 = true;
        }
        prev = Some((i, t, lvl));
    }
    let mut prev_off = 0;
    for (i, (off, c)) in text.char_indices().enumerate() {
        let mut sh = Shaped::Same;
        if let Some(f) = forms(c) {
            let k = match joins[i] {
                (false, false) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (true, true) => 3,
            };
            if let Some(form) = char::from_u32(f[k]).filter(|_| f[k] != 0) {
                sh = Shaped::Form(form);
            }
        }
        // Lam-alef: lam (initial or medial form) directly followed by an alef in final form,
        // both at the same right-to-left level.
        if let (Shaped::Form(alef), Some(Shaped::Form(lam))) = (sh, out.last().copied()) {
            let ligature = match (lam as u32, alef as u32) {
                (0xFEDF, 0xFE82) => 0xFEF5,
                (0xFEDF, 0xFE84) => 0xFEF7,
                (0xFEDF, 0xFE88) => 0xFEF9,
                (0xFEDF, 0xFE8E) => 0xFEFB,
                (0xFEE0, 0xFE82) => 0xFEF6,
                (0xFEE0, 0xFE84) => 0xFEF8,
                (0xFEE0, 0xFE88) => 0xFEFA,
                (0xFEE0, 0xFE8E) => 0xFEFC,
                _ => 0,
            };
            let (l1, l2) = if ligature != 0 {
                (level_at(prev_off), level_at(off))
            } else {
                (0, 0)
            };
            if ligature != 0
                && l1 % 2 == 1
                && l1 == l2
                && let Some(lig) = char::from_u32(ligature)
                && let Some(last) = out.last_mut()
            {
                *last = Shaped::Form(lig);
                sh = Shaped::Absorbed;
            }
        }
        out.push(sh);
        prev_off = off;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(s: &str) -> String {
        let out = shape(s, |_| 1);
        s.chars()
            .zip(out)
            .filter_map(|(c, sh)| match sh {
                Shaped::Same => Some(c),
                Shaped::Form(f) => Some(f),
                Shaped::Absorbed => None,
            })
            .collect()
    }

    #[test]
    fn letters_take_their_positional_forms() {
        // ب ب ب : initial, medial, final
        assert_eq!(shaped("ببب"), "\u{FE91}\u{FE92}\u{FE90}");
        assert_eq!(shaped("ب"), "\u{FE8F}");
        // alef does not join the following letter
        assert_eq!(shaped("اب"), "\u{FE8D}\u{FE8F}");
    }

    #[test]
    fn lam_alef_is_one_ligature() {
        assert_eq!(shaped("لا"), "\u{FEFB}");
        assert_eq!(shaped("سلام"), "\u{FEB3}\u{FEFC}\u{FEE1}");
        assert_eq!(shaped("لأ"), "\u{FEF7}");
        assert_eq!(shaped("لإ"), "\u{FEF9}");
        assert_eq!(shaped("لآ"), "\u{FEF5}");
        // a haraka between lam and alef prevents the ligature, but not the joining
        assert_eq!(shaped("لَا"), "\u{FEDF}\u{064E}\u{FE8E}");
    }

    #[test]
    fn harakat_are_transparent() {
        // بَب : the fatha neither breaks the join nor is shaped
        assert_eq!(shaped("بَب"), "\u{FE91}\u{064E}\u{FE90}");
    }

    #[test]
    fn zwj_and_zwnj() {
        // the soft hyphen neither joins nor breaks a join
        assert_eq!(shaped("ب\u{AD}ب"), "\u{FE91}\u{AD}\u{FE90}");
        // ZWNJ breaks the join
        assert_eq!(shaped("ب\u{200C}ب"), "\u{FE8F}\u{200C}\u{FE8F}");
        // ZWJ causes joining on both sides
        assert_eq!(shaped("ب\u{200D}"), "\u{FE91}\u{200D}");
        assert_eq!(shaped("\u{200D}ب"), "\u{200D}\u{FE90}");
        // tatweel is join-causing and kept
        assert_eq!(shaped("بـ"), "\u{FE91}\u{0640}");
    }

    proptest::proptest! {
        #[test]
        fn single_pass_agrees_with_two_passes(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "ب", "ل", "ا", "أ", "إ", "آ", "د", "ي", "ـ", "ء", "ة", "\u{200C}", "\u{200D}",
                "\u{064E}", "\u{0651}", " ", "a", "1", "\u{200B}", "\u{202B}", "\u{0301}", "ש",
                "\u{AD}",
            ]), 0..30),
            levels in proptest::collection::vec(0u8..4, 0..120),
        ) {
            let t = pieces.concat();
            let level_at = |off: usize| levels.get(off % levels.len().max(1)).copied().unwrap_or(1);
            let mut a = Vec::new();
            shape_into(&t, level_at, &mut a);
            let (mut b, mut joins) = (Vec::new(), Vec::new());
            shape_two_pass(&t, level_at, &mut b, &mut joins);
            proptest::prop_assert_eq!(a, b, "{:?}", t);
        }
    }

    #[test]
    fn different_levels_do_not_join() {
        let out = shape("بب", |off| if off == 0 { 1 } else { 3 });
        assert_eq!(
            out,
            vec![Shaped::Form('\u{FE8F}'), Shaped::Form('\u{FE8F}')]
        );
    }
}
