//! The fast path of `render` for the common paragraph: right-to-left text (Arabic, Hebrew) with
//! digits, punctuation, brackets and harakat, but no left-to-right letter, no bidi control, no
//! control character, no tab and no format character.
//!
//! There the general engine's steps collapse ([`super::engine`] documents them):
//! - levels: rules W1–W5 only, then 1 for everything but numbers (2), as in
//!   `simple_rtl_levels`; the paragraph is right-to-left;
//! - shaping: every joining letter is at level 1, so only the joining types matter;
//! - clusters: a character and the combining marks after it; every cell is one column wide;
//! - wrapping: the only break opportunities used are those after spaces (UAX #14 decides them
//!   from the classes of the character before the spaces and the one after, memoised from
//!   `unicode_linebreak` itself); a line that would need another one (a word wider than the
//!   line) makes the caller use the general engine for the paragraph;
//! - reordering: the line reversed, number runs kept left to right.
//!
//! The visual lines are written straight into the output buffer: no cell, no string per cell.
//! The result is byte for byte what the general engine gives (tested against it).

use unicode_bidi::BidiClass;

use super::chars::{DOTTED_CIRCLE, bidi_class, char_width, is_invisible_format, is_joiner, mirror};
use super::shaping::{Joining, forms, joining, lam_alef};
use super::{BidiMode, Direction, LayoutOptions};

// Classes after W1–W3 (per char), in the low 4 bits of a property.
const ON: u8 = 0;
const R: u8 = 1;
const AL: u8 = 2;
const EN: u8 = 3;
const AN: u8 = 4;
const ES: u8 = 5;
const CS: u8 = 6;
const ET: u8 = 7;
const NSM: u8 = 8;

// Joining types (bits 4–6).
const J_U: u16 = 0;
const J_R: u16 = 1;
const J_D: u16 = 2;
const J_C: u16 = 3;
const J_T: u16 = 4;
const J_L: u16 = 5;

const ELIGIBLE: u16 = 1 << 7;
const MARK: u16 = 1 << 8;
const SPACE: u16 = 1 << 9;
const MIRRORED: u16 = 1 << 10;
const FORMS: u16 = 1 << 11;

/// Properties of one character for the fast path (0 = not eligible).
fn compute_props(c: char) -> u16 {
    let u = c as u32;
    if c == ' ' {
        return ELIGIBLE | SPACE;
    }
    let allowed_range = u < 0x0900
        || matches!(u, 0x2010..=0x2027 | 0x2030..=0x205E | 0x20A0..=0x20C0 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
            && u != 0x203C
            && u != 0x2049;
    if !allowed_range
        || super::control_symbol(c).is_some()
        || c == '\t'
        || is_invisible_format(c)
        || is_joiner(c)
        // format characters the general clustering treats apart (prepended, or marks)
        || matches!(u, 0xAD | 0x061C | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890 | 0x0891 | 0x08E2)
    {
        return 0;
    }
    let cls = bidi_class(c);
    let is_mark = u < 0x0900 && super::chars::is_mark_below_900(c);
    if (cls == BidiClass::NSM) != is_mark {
        return 0;
    }
    let k = match cls {
        BidiClass::R => R,
        BidiClass::AL => AL,
        BidiClass::EN => EN,
        BidiClass::AN => AN,
        BidiClass::ES => ES,
        BidiClass::CS => CS,
        BidiClass::ET => ET,
        BidiClass::NSM => NSM,
        BidiClass::ON => ON,
        _ => return 0,
    };
    if !is_mark && char_width(c) != 1 {
        return 0;
    }
    let j = match joining(c) {
        Some(Joining::U) => J_U,
        Some(Joining::R) => J_R,
        Some(Joining::D) => J_D,
        Some(Joining::C) => J_C,
        Some(Joining::T) => J_T,
        Some(Joining::L) => J_L,
        None => return 0,
    };
    let mut p = u16::from(k) | (j << 4) | ELIGIBLE;
    if is_mark {
        p |= MARK;
    }
    if mirror(c) != c {
        p |= MIRRORED;
    }
    if forms(c).is_some() {
        p |= FORMS;
    }
    p
}

/// [`compute_props`] from a table below U+0900.
#[inline]
fn props(c: char) -> u16 {
    static LOW: std::sync::OnceLock<Vec<u16>> = std::sync::OnceLock::new();
    let u = c as usize;
    if u < 0x900 {
        let t = LOW.get_or_init(|| {
            (0..0x900u32)
                .map(|u| char::from_u32(u).map_or(0, compute_props))
                .collect()
        });
        t[u]
    } else {
        compute_props(c)
    }
}

/// Buffers of the fast path, reused from paragraph to paragraph.
#[derive(Default)]
pub(crate) struct FastScratch {
    /// Code points of the paragraph.
    cp: Vec<u32>,
    /// Properties per char.
    pr: Vec<u16>,
    /// Class per char (W1–W5 applied).
    cls: Vec<u8>,
    /// Drawn char per char after shaping (0: absorbed into a lam-alef).
    drawn: Vec<u32>,
    /// Drawn bytes of all cells.
    disp: Vec<u8>,
    /// Per cell: start in `disp` (one more entry at the end).
    start: Vec<u32>,
    /// Per cell: bit 0 number (level 2), bit 1 space, bit 2 break opportunity after spaces.
    flags: Vec<u8>,
    /// Memo of UAX #14 breaks after spaces by (class before, class after): 0 unknown, 1 no, 2 yes.
    brk_memo: Vec<u8>,
}

const F_NUM: u8 = 1;
const F_SPACE: u8 = 2;
const F_BRK: u8 = 4;

/// Key of the break class for the memo (a space with marks on it counts as a letter, LB10).
const KEY_SPACE_MARKS: usize = 63;

fn break_key(c: u32) -> usize {
    usize::from(unicode_linebreak::break_property(c) as u8).min(62)
}

/// Whether UAX #14 allows a break after spaces between cluster `before` (its chars) and `after`.
fn break_after_spaces(memo: &mut Vec<u8>, before: &[u32], after: u32) -> bool {
    if memo.is_empty() {
        memo.resize(64 * 64, 0);
    }
    let kb = match before.first() {
        None => 62,
        Some(&b) if b == u32::from(b' ') => KEY_SPACE_MARKS,
        Some(&b) => break_key(b),
    };
    let ka = break_key(after);
    let slot = kb * 64 + ka;
    if memo[slot] == 0 {
        let mut s: String = before.iter().filter_map(|&u| char::from_u32(u)).collect();
        s.push(' ');
        let pos = s.len();
        s.extend(char::from_u32(after));
        let yes = unicode_linebreak::linebreaks(&s).any(|(p, _)| p == pos);
        memo[slot] = if yes { 2 } else { 1 };
    }
    memo[slot] == 2
}

#[inline]
fn push_utf8(buf: &mut Vec<u8>, u: u32) {
    if u < 0x80 {
        buf.push(u as u8);
    } else if u < 0x800 {
        buf.extend_from_slice(&[0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]);
    } else if u < 0x10000 {
        buf.extend_from_slice(&[
            0xE0 | (u >> 12) as u8,
            0x80 | ((u >> 6) & 0x3F) as u8,
            0x80 | (u & 0x3F) as u8,
        ]);
    } else {
        buf.extend_from_slice(&[
            0xF0 | (u >> 18) as u8,
            0x80 | ((u >> 12) & 0x3F) as u8,
            0x80 | ((u >> 6) & 0x3F) as u8,
            0x80 | (u & 0x3F) as u8,
        ]);
    }
}

/// Renders one non-blank paragraph as `render` prints it (lines ending in `\n`) into `out`, when
/// it is of the simple kind; returns false (and leaves `out` as it was) otherwise.
pub(crate) fn render_paragraph(
    text: &str,
    opts: &LayoutOptions,
    sc: &mut FastScratch,
    out: &mut Vec<u8>,
) -> bool {
    if opts.bidi != BidiMode::App || opts.direction == Direction::Ltr || text.is_empty() {
        return false;
    }
    if !classify(text, opts.direction == Direction::Rtl, sc) {
        return false;
    }
    shape(opts.shaping, sc);
    cells(sc);
    let at = out.len();
    if !wrap_and_write(opts.width.max(1), sc, out) {
        out.truncate(at);
        return false;
    }
    true
}

/// Chars, properties and resolved classes (W1–W5); false when the paragraph is not eligible.
fn classify(text: &str, forced_rtl: bool, sc: &mut FastScratch) -> bool {
    let FastScratch { cp, pr, cls, .. } = sc;
    cp.clear();
    pr.clear();
    cls.clear();
    let mut strong = false;
    let mut prev_w1 = R; // W1: sos is R
    let mut last_strong = R;
    for c in text.chars() {
        let p = props(c);
        if p & ELIGIBLE == 0 {
            return false;
        }
        let mut k = (p & 0xF) as u8;
        // P2: the first strong character (before W1 gives marks a class).
        strong |= k == R || k == AL;
        if k == NSM {
            k = prev_w1;
        }
        prev_w1 = k;
        // W2, W3
        if k == R || k == AL {
            last_strong = k;
            k = R;
        } else if k == EN && last_strong == AL {
            k = AN;
        }
        cp.push(c as u32);
        pr.push(p);
        cls.push(k);
    }
    if !strong && !forced_rtl {
        return false;
    }
    // W4: one separator between two numbers of the same kind.
    let n = cls.len();
    for i in 1..n.saturating_sub(1) {
        let (a, b) = (cls[i - 1], cls[i + 1]);
        match cls[i] {
            ES if a == EN && b == EN => cls[i] = EN,
            CS if a == b && (a == EN || a == AN) => cls[i] = a,
            _ => {}
        }
    }
    // W5: terminators next to European numbers.
    let mut i = 0;
    while i < n {
        if cls[i] == ET {
            let st = i;
            while i < n && cls[i] == ET {
                i += 1;
            }
            let touches = (st > 0 && cls[st - 1] == EN) || (i < n && cls[i] == EN);
            if touches {
                for k in &mut cls[st..i] {
                    *k = EN;
                }
            }
        } else {
            i += 1;
        }
    }
    true
}

/// Shaping without levels (every joining letter is at level 1 here): `drawn` per char.
fn shape(shaping: bool, sc: &mut FastScratch) {
    let FastScratch { cp, pr, drawn, .. } = sc;
    drawn.clear();
    drawn.extend_from_slice(cp);
    if !shaping {
        return;
    }
    let settle = |drawn: &mut [u32], i: usize, jp: bool, jn: bool| {
        if let Some(c) = char::from_u32(cp[i])
            && let Some(f) = forms(c)
        {
            let form = f[usize::from(jp) | (usize::from(jn) << 1)];
            if form != 0 {
                drawn[i] = form;
            }
        }
    };
    // The letter whose form waits for the next one: (index, joins the previous).
    let mut pending: Option<(usize, bool)> = None;
    // The last non-transparent letter joins on to the next one.
    let mut prev_joins_on = false;
    for i in 0..cp.len() {
        let p = pr[i];
        let t = (p >> 4) & 7;
        match t {
            J_T => continue,
            J_U => {
                if let Some((pi, pjp)) = pending.take() {
                    settle(drawn, pi, pjp, false);
                }
                if p & FORMS != 0 {
                    settle(drawn, i, false, false);
                }
                prev_joins_on = false;
                continue;
            }
            _ => {}
        }
        let joins = prev_joins_on && matches!(t, J_D | J_R | J_C);
        if let Some((pi, pjp)) = pending.take() {
            settle(drawn, pi, pjp, joins);
        }
        if t == J_R {
            settle(drawn, i, joins, false);
            // Lam-alef: a lam given a joining form right before an alef given its final form.
            if i > 0 && drawn[i - 1] != cp[i - 1] && drawn[i] != cp[i] {
                let lig = lam_alef(drawn[i - 1], drawn[i]);
                if lig != 0 {
                    drawn[i - 1] = lig;
                    drawn[i] = 0;
                }
            }
        } else {
            pending = Some((i, joins));
        }
        prev_joins_on = matches!(t, J_D | J_L | J_C);
    }
    if let Some((pi, pjp)) = pending.take() {
        settle(drawn, pi, pjp, false);
    }
}

/// Cells (clusters) with their drawn bytes, levels and break opportunities.
fn cells(sc: &mut FastScratch) {
    let FastScratch {
        cp,
        pr,
        cls,
        drawn,
        disp,
        start,
        flags,
        brk_memo,
    } = sc;
    disp.clear();
    start.clear();
    flags.clear();
    let n = cp.len();
    // Chars of the last cell that is not a space (for break opportunities after spaces).
    let mut last_text: (usize, usize) = (0, 0);
    let mut i = 0;
    while i < n {
        let p = pr[i];
        let d = drawn[i];
        if d == 0 {
            // The alef of a lam-alef: its marks join the lam's cell.
            i += 1;
            while i < n && pr[i] & MARK != 0 {
                push_utf8(disp, cp[i]);
                i += 1;
            }
            last_text.1 = i;
            continue;
        }
        let num = cls[i] == EN || cls[i] == AN;
        let mut f = if num { F_NUM } else { 0 };
        let cell_start = i;
        if p & SPACE != 0 && !(i + 1 < n && pr[i + 1] & MARK != 0) {
            f |= F_SPACE;
        } else if i > 0
            && flags.last().is_some_and(|&g| g & F_SPACE != 0)
            && break_after_spaces(brk_memo, &cp[last_text.0..last_text.1], cp[i])
        {
            f |= F_BRK;
        }
        start.push(disp.len() as u32);
        flags.push(f);
        if p & MARK != 0 {
            // A mark with no base (start of the paragraph).
            push_utf8(disp, DOTTED_CIRCLE as u32);
        }
        let d = if !num && p & MIRRORED != 0 {
            char::from_u32(d).map_or(d, |c| mirror(c) as u32)
        } else {
            d
        };
        push_utf8(disp, d);
        i += 1;
        while i < n && pr[i] & MARK != 0 {
            push_utf8(disp, cp[i]);
            i += 1;
        }
        if f & F_SPACE == 0 {
            last_text = (cell_start, i);
        }
    }
    start.push(disp.len() as u32);
}

/// Greedy wrapping as the general engine does it (every cell one column), each line written
/// reordered and flush right. False when a line needs a break opportunity other than after spaces.
fn wrap_and_write(width: usize, sc: &FastScratch, out: &mut Vec<u8>) -> bool {
    let flags = &sc.flags[..];
    let n = flags.len();
    let mut s = 0usize;
    let mut i = 0usize;
    let mut w = 0usize;
    let mut tail = 0usize;
    let mut space_brk: Option<usize> = None;
    while i < n {
        let f = flags[i];
        if f & F_BRK != 0 && i > s && w > 0 {
            space_brk = Some(i);
        }
        if f & F_SPACE != 0 {
            tail += 1;
            i += 1;
            continue;
        }
        if w + tail + 1 > width && w + tail > 0 {
            let Some(b) = space_brk else { return false };
            write_line(s, b, width, sc, out);
            s = b;
            i = b;
            w = 0;
            tail = 0;
            space_brk = None;
            continue;
        }
        w += tail + 1;
        tail = 0;
        i += 1;
    }
    write_line(s, n, width, sc, out);
    true
}

/// Writes cells `s..e` as one right-to-left line: trailing spaces hang (not drawn), the rest is
/// reversed with runs of numbers kept in order, padded on the left to end at column `width`.
fn write_line(s: usize, e: usize, width: usize, sc: &FastScratch, out: &mut Vec<u8>) {
    let flags = &sc.flags[..];
    let start = &sc.start[..];
    let disp = &sc.disp[..];
    let mut j = e;
    while j > s && flags[j - 1] & F_SPACE != 0 {
        j -= 1;
    }
    let at = out.len();
    out.resize(at + width.saturating_sub(j - s), b' ');
    let cell = |out: &mut Vec<u8>, k: usize| {
        out.extend_from_slice(&disp[start[k] as usize..start[k + 1] as usize]);
    };
    let mut k = j;
    while k > s {
        if flags[k - 1] & F_NUM != 0 {
            let mut r = k - 1;
            while r > s && flags[r - 1] & F_NUM != 0 {
                r -= 1;
            }
            // A run of numbers: one copy, in logical order.
            out.extend_from_slice(&disp[start[r] as usize..start[k] as usize]);
            k = r;
        } else {
            cell(out, k - 1);
            k -= 1;
        }
    }
    while out.len() > at && out.last() == Some(&b' ') {
        out.pop();
    }
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::engine::{LineView, lay_out_with};
    use proptest::prelude::*;

    /// The general engine's rendering of one paragraph (what `render` wrote before this path).
    fn general(text: &str, opts: &LayoutOptions) -> Vec<u8> {
        let mut buf = Vec::new();
        lay_out_with(text, opts, &mut |l: &LineView| {
            let at = buf.len();
            buf.resize(at + l.x, b' ');
            for bytes in l.cell_bytes() {
                buf.extend_from_slice(bytes);
            }
            while buf.len() > at && buf.last() == Some(&b' ') {
                buf.pop();
            }
            buf.push(b'\n');
        });
        buf
    }

    fn fast(text: &str, opts: &LayoutOptions) -> Option<Vec<u8>> {
        let mut out = b"keep".to_vec();
        let ok = render_paragraph(text, opts, &mut FastScratch::default(), &mut out);
        if !ok {
            assert_eq!(out, b"keep", "untouched when not taken");
            return None;
        }
        Some(out.split_off(4))
    }

    fn opts(width: usize, shaping: bool, direction: Direction) -> LayoutOptions {
        LayoutOptions {
            width,
            shaping,
            direction,
            ..LayoutOptions::default()
        }
    }

    #[test]
    fn taken_for_arabic_and_refused_otherwise() {
        let o = opts(20, true, Direction::Auto);
        assert!(fast("مرحبا 2016-2020 و2020 «نص» (أ)", &o).is_some());
        assert!(fast("مرحبا hello", &o).is_none(), "LTR letters");
        assert!(fast("مرحبا\tبكم", &o).is_none(), "tab");
        assert!(fast("مرحبا\u{1b}[2J", &o).is_none(), "control");
        assert!(fast("2020 ()", &o).is_none(), "no strong character");
        assert!(fast("2020 ()", &opts(20, true, Direction::Rtl)).is_some());
        assert!(fast("مرحبا", &opts(20, true, Direction::Ltr)).is_none());
        // a word wider than the line needs the general engine
        assert!(fast("مرحبا", &opts(3, true, Direction::Auto)).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn same_bytes_as_the_general_engine(
            pieces in prop::collection::vec(prop::sample::select(vec![
                "ب", "ت", "ل", "ا", "أ", "إ", "آ", "م", "ر", "و", "ي", "ة", "ء", "ـ", "لا", "لأ",
                "سلام", "مرحبا", "بالعالم", "ש", "שלום", "\u{FEDF}", "\u{FE8E}", "ﻻ", "ڤ", "ۀ",
                "0", "12", "2016-2020", "٣٤٫٥", "۴", "12.5%", "+3", "$40", "#", "/", "-", ".",
                ",", ":", "،", "؟", "!", "?", ";", "(", ")", "[", "]", "{", "}", "«", "»", "‹",
                "›", "“", "”", "\"", "'", "<", ">", "—", "–", "…", "‰", "€", "\u{00A0}", "·",
                "\u{064E}", "\u{064F}", "\u{0651}", "\u{0670}", "\u{05B0}", "\u{0301}", "~", "*",
                " ", " ", " ", "  ", "   ",
            ]), 0..40),
            width in 1usize..50,
            shaping in any::<bool>(),
            rtl in any::<bool>(),
        ) {
            let t = pieces.concat();
            let o = opts(width, shaping, if rtl { Direction::Rtl } else { Direction::Auto });
            if let Some(f) = fast(&t, &o) {
                let g = general(&t, &o);
                prop_assert_eq!(
                    String::from_utf8_lossy(&f),
                    String::from_utf8_lossy(&g),
                    "{:?} width {}",
                    t,
                    width
                );
            }
        }
    }
}
