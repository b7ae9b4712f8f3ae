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
use super::tables::FORMS;
use super::{BidiMode, Cell, Direction, LayoutOptions, VisualLine};

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
    p
}

/// Properties and presentation-form index: bits 0–15 [`compute_props`], bits 16–23 the index + 1
/// into [`FORMS`] (0: none).
fn compute_entry(c: char) -> u32 {
    let p = compute_props(c);
    if p == 0 {
        return 0;
    }
    let u = c as u32;
    let form = FORMS
        .iter()
        .position(|&(b, _)| b == u)
        .and_then(|i| u8::try_from(i + 1).ok())
        .filter(|_| forms(c).is_some())
        .unwrap_or(0);
    u32::from(p) | (u32::from(form) << 16)
}

/// [`compute_entry`] of U+0000–U+08FF and U+2000–U+20FF, as tables.
struct Table {
    low: Vec<u32>,
    punct: Vec<u32>,
}

impl Table {
    fn get() -> &'static Table {
        static T: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
        T.get_or_init(|| {
            let build = |r: std::ops::Range<u32>| {
                r.map(|u| char::from_u32(u).map_or(0, compute_entry))
                    .collect()
            };
            Table {
                low: build(0..0x900),
                punct: build(0x2000..0x2100),
            }
        })
    }

    #[inline]
    fn entry(&self, c: char) -> u32 {
        let u = c as usize;
        if let Some(&e) = self.low.get(u) {
            e
        } else if let Some(&e) = self.punct.get(u.wrapping_sub(0x2000)) {
            e
        } else {
            compute_entry(c)
        }
    }
}

/// One char of the paragraph.
#[derive(Debug, Clone, Copy)]
struct Ch {
    /// The code point.
    cp: u32,
    /// What is drawn for it after shaping (0: absorbed into a lam-alef).
    drawn: u32,
    /// [`compute_props`].
    pr: u16,
    /// Index + 1 into [`FORMS`] (0: no presentation forms).
    form: u8,
    /// Class after W1–W5 (numbers are EN or AN).
    cls: u8,
}

/// Buffers of the fast path, reused from paragraph to paragraph.
#[derive(Default)]
pub(crate) struct FastScratch {
    chs: Vec<Ch>,
    /// Drawn bytes of all cells, each cell's bytes reversed and each run of numbers reversed as
    /// a whole: a line in visual order is then the reverse of its slice (see [`cells`]).
    disp: Vec<u8>,
    /// Per cell: start in `disp` (one more entry at the end).
    start: Vec<u32>,
    /// Per cell: [`F_NUM`], [`F_SPACE`], [`F_BRK`].
    flags: Vec<u8>,
}

/// Memo of UAX #14 breaks after spaces by (class before, class after): 0 unknown, 1 no, 2 yes.
/// Shared by all threads (a value is the same whoever computes it).
static BREAK_MEMO: [std::sync::atomic::AtomicU8; 64 * 64] =
    [const { std::sync::atomic::AtomicU8::new(0) }; 64 * 64];

/// The cell is a number (level 2).
const F_NUM: u8 = 1;
/// The cell is a space.
const F_SPACE: u8 = 2;
/// UAX #14 allows a break before the cell, which follows spaces.
const F_BRK: u8 = 4;

/// Key of the break class for the memo (a space with marks on it counts as a letter, LB10).
const KEY_SPACE_MARKS: usize = 63;
/// Key for "nothing before the spaces" (start of the paragraph).
const KEY_SOT: usize = 62;

fn break_key(c: u32) -> usize {
    usize::from(unicode_linebreak::break_property(c) as u8).min(61)
}

/// Whether UAX #14 allows a break after spaces between the cluster `before` and the char `after`.
/// Line breaking is a pair-table automaton over break classes; marks take the class of their
/// base (LB9), so the answer depends only on the two classes. It is asked of `unicode_linebreak`
/// once per pair and memoised.
fn break_after_spaces(before: &[Ch], after: u32) -> bool {
    use std::sync::atomic::Ordering::Relaxed;
    let kb = match before.first() {
        None => KEY_SOT,
        Some(b) if b.cp == u32::from(b' ') => KEY_SPACE_MARKS,
        Some(b) => break_key(b.cp),
    };
    let ka = break_key(after);
    let Some(slot) = BREAK_MEMO.get(kb * 64 + ka) else {
        return false;
    };
    let mut v = slot.load(Relaxed);
    if v == 0 {
        let mut s: String = before.iter().filter_map(|c| char::from_u32(c.cp)).collect();
        s.push(' ');
        let pos = s.len();
        s.extend(char::from_u32(after));
        let yes = unicode_linebreak::linebreaks(&s).any(|(p, _)| p == pos);
        v = if yes { 2 } else { 1 };
        slot.store(v, Relaxed);
    }
    v == 2
}

/// Appends the UTF-8 bytes of `u` in reverse order.
#[inline]
fn push_utf8_rev(buf: &mut Vec<u8>, u: u32) {
    if u < 0x80 {
        buf.push(u as u8);
    } else if u < 0x800 {
        buf.extend_from_slice(&[0x80 | (u & 0x3F) as u8, 0xC0 | (u >> 6) as u8]);
    } else if u < 0x10000 {
        buf.extend_from_slice(&[
            0x80 | (u & 0x3F) as u8,
            0x80 | ((u >> 6) & 0x3F) as u8,
            0xE0 | (u >> 12) as u8,
        ]);
    } else {
        buf.extend_from_slice(&[
            0x80 | (u & 0x3F) as u8,
            0x80 | ((u >> 6) & 0x3F) as u8,
            0x80 | ((u >> 12) & 0x3F) as u8,
            0xF0 | (u >> 18) as u8,
        ]);
    }
}

/// [`render_paragraph`] with this thread's buffers.
pub(crate) fn render_paragraph_reusing(
    text: &str,
    opts: &LayoutOptions,
    out: &mut Vec<u8>,
) -> bool {
    SCRATCH
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => render_paragraph(text, opts, &mut sc, out),
            Err(_) => render_paragraph(text, opts, &mut FastScratch::default(), out),
        })
        .unwrap_or(false)
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
    if !classify_and_shape(text, opts.direction == Direction::Rtl, opts.shaping, sc) {
        return false;
    }
    cells(sc);
    let at = out.len();
    if !wrap_and_write(opts.width.max(1), sc, out) {
        out.truncate(at);
        return false;
    }
    true
}

/// The presentation form of `ch` joined on the previous (`jp`) and/or next (`jn`) letter.
#[inline]
fn settle(ch: &mut Ch, jp: bool, jn: bool) {
    if ch.form != 0
        && let Some((_, f)) = FORMS.get(usize::from(ch.form) - 1)
    {
        let form = f[usize::from(jp) | (usize::from(jn) << 1)];
        if form != 0 {
            ch.drawn = form;
        }
    }
}

/// Chars with their properties, resolved classes (W1–W5) and shaped forms, in one pass (and a
/// short one for W4–W5); false when the paragraph is not eligible.
///
/// Shaping needs no levels here: every joining letter is at level 1.
fn classify_and_shape(text: &str, forced_rtl: bool, shaping: bool, sc: &mut FastScratch) -> bool {
    let chs = &mut sc.chs;
    chs.clear();
    chs.reserve(text.len());
    let mut strong = false;
    let mut prev_w1 = R; // W1: sos is R
    let mut last_strong = R;
    // Shaping: the letter whose form waits for the next one (index, joins the previous), and
    // whether the last non-transparent letter joins on to the next one.
    let mut pending: Option<(usize, bool)> = None;
    let mut prev_joins_on = false;
    // W4–W5 can change something only where a separator or terminator touches a number.
    let mut prev_k = ON;
    let mut w45 = false;
    let table = Table::get();
    for c in text.chars() {
        let entry = table.entry(c);
        let p = entry as u16;
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
        w45 |= matches!(
            (prev_k, k),
            (EN | AN, ES | CS | ET) | (ES | CS | ET, EN | AN)
        );
        prev_k = k;
        let i = chs.len();
        chs.push(Ch {
            cp: c as u32,
            drawn: c as u32,
            pr: p,
            form: (entry >> 16) as u8,
            cls: k,
        });
        if !shaping {
            continue;
        }
        let t = (p >> 4) & 7;
        match t {
            J_T => continue,
            J_U => {
                if let Some((pi, pjp)) = pending.take() {
                    settle(&mut chs[pi], pjp, false);
                }
                settle(&mut chs[i], false, false);
                prev_joins_on = false;
                continue;
            }
            _ => {}
        }
        let joins = prev_joins_on && matches!(t, J_D | J_R | J_C);
        if let Some((pi, pjp)) = pending.take() {
            settle(&mut chs[pi], pjp, joins);
        }
        if t == J_R {
            settle(&mut chs[i], joins, false);
            // Lam-alef: a lam given a joining form right before an alef given its final form.
            if i > 0 {
                let (lam, alef) = (chs[i - 1], chs[i]);
                if lam.drawn != lam.cp && alef.drawn != alef.cp {
                    let lig = lam_alef(lam.drawn, alef.drawn);
                    if lig != 0 {
                        chs[i - 1].drawn = lig;
                        chs[i].drawn = 0;
                    }
                }
            }
        } else {
            pending = Some((i, joins));
        }
        prev_joins_on = matches!(t, J_D | J_L | J_C);
    }
    if let Some((pi, pjp)) = pending.take() {
        settle(&mut chs[pi], pjp, false);
    }
    if !strong && !forced_rtl {
        return false;
    }
    if !w45 {
        return true;
    }
    // W4: one separator between two numbers of the same kind.
    let n = chs.len();
    for i in 1..n.saturating_sub(1) {
        let (a, b) = (chs[i - 1].cls, chs[i + 1].cls);
        match chs[i].cls {
            ES if a == EN && b == EN => chs[i].cls = EN,
            CS if a == b && (a == EN || a == AN) => chs[i].cls = a,
            _ => {}
        }
    }
    // W5: terminators next to European numbers.
    let mut i = 0;
    while i < n {
        if chs[i].cls == ET {
            let st = i;
            while i < n && chs[i].cls == ET {
                i += 1;
            }
            let touches = (st > 0 && chs[st - 1].cls == EN) || (i < n && chs[i].cls == EN);
            if touches {
                for c in &mut chs[st..i] {
                    c.cls = EN;
                }
            }
        } else {
            i += 1;
        }
    }
    true
}

/// Cells (clusters: a char, the marks after it, and the alef of a lam-alef with its marks) with
/// their drawn bytes, levels and break opportunities.
///
/// The bytes are stored so that a line is drawn by reversing its slice of `disp`: each cell's
/// bytes reversed, each run of numbers' bytes reversed as a whole. Reversing the slice restores
/// every cell and every number run and reverses their order, which is the visual order of a
/// right-to-left line whose only embedded runs are numbers (L2); number runs never contain a
/// line break, which comes only after a space.
fn cells(sc: &mut FastScratch) {
    let FastScratch {
        chs,
        disp,
        start,
        flags,
    } = sc;
    disp.clear();
    start.clear();
    flags.clear();
    disp.reserve(chs.len() * 3 + 8);
    let n = chs.len();
    // Chars of the last cell that is not a space (for break opportunities after spaces).
    let mut last_text: (usize, usize) = (0, 0);
    // Start in `disp` of the current run of numbers.
    let mut num_run = NO_RUN;
    let mut prev_space = false;
    let mut i = 0;
    while i < n {
        let ch = chs[i];
        let p = ch.pr;
        // The cell's extent: marks, and the absorbed alef of a lam-alef with its marks.
        let mut e = i + 1;
        while e < n && (chs[e].pr & MARK != 0 || chs[e].drawn == 0) {
            e += 1;
        }
        let num = ch.cls == EN || ch.cls == AN;
        if !num && num_run != NO_RUN {
            disp[num_run..].reverse();
            num_run = NO_RUN;
        }
        let mut f = if num { F_NUM } else { 0 };
        let space = p & SPACE != 0 && e == i + 1;
        if space {
            f |= F_SPACE;
        } else if prev_space && i > 0 && break_after_spaces(&chs[last_text.0..last_text.1], ch.cp) {
            f |= F_BRK;
        }
        start.push(disp.len() as u32);
        flags.push(f);
        if num {
            // Forward here; the whole run is reversed when it ends.
            if num_run == NO_RUN {
                num_run = disp.len();
            }
            let at = disp.len();
            for c in chs[i..e].iter().rev() {
                if c.drawn != 0 {
                    push_utf8_rev(disp, c.drawn);
                }
            }
            if p & MARK != 0 {
                push_utf8_rev(disp, DOTTED_CIRCLE as u32);
            }
            disp[at..].reverse();
        } else {
            for c in chs[i + 1..e].iter().rev() {
                if c.drawn != 0 {
                    push_utf8_rev(disp, c.drawn);
                }
            }
            let d = if p & MIRRORED != 0 {
                char::from_u32(ch.drawn).map_or(ch.drawn, |c| mirror(c) as u32)
            } else {
                ch.drawn
            };
            push_utf8_rev(disp, d);
            if p & MARK != 0 {
                // A mark with no base (start of the paragraph).
                push_utf8_rev(disp, DOTTED_CIRCLE as u32);
            }
        }
        if !space {
            last_text = (i, e);
        }
        prev_space = space;
        i = e;
    }
    if num_run != NO_RUN {
        disp[num_run..].reverse();
    }
    start.push(disp.len() as u32);
}

/// No run of numbers open (see [`cells`]).
const NO_RUN: usize = usize::MAX;

/// Greedy wrapping as the general engine does it (every cell one column): `line(s, e)` for each
/// line's cells. False when a line needs a break opportunity other than after spaces (a word
/// wider than the line), which the general engine handles.
fn wrap(width: usize, flags: &[u8], mut line: impl FnMut(usize, usize)) -> bool {
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
            line(s, b);
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
    line(s, n);
    true
}

/// [`wrap`], each line written reordered and flush right.
fn wrap_and_write(width: usize, sc: &FastScratch, out: &mut Vec<u8>) -> bool {
    wrap(width, &sc.flags, |s, e| write_line(s, e, width, sc, out))
}

thread_local! {
    static SCRATCH: std::cell::RefCell<FastScratch> = std::cell::RefCell::new(FastScratch::default());
}

/// [`super::lay_out`] for a paragraph of the simple kind (`None` otherwise): the same lines and
/// cells the general engine gives, computed the fast way.
pub(crate) fn lay_out(text: &str, opts: &LayoutOptions) -> Option<Vec<VisualLine>> {
    SCRATCH
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => lay_out_in(text, opts, &mut sc),
            Err(_) => lay_out_in(text, opts, &mut FastScratch::default()),
        })
        .ok()
        .flatten()
}

fn lay_out_in(text: &str, opts: &LayoutOptions, sc: &mut FastScratch) -> Option<Vec<VisualLine>> {
    if opts.bidi != BidiMode::App || opts.direction == Direction::Ltr || text.is_empty() {
        return None;
    }
    if !classify_and_shape(text, opts.direction == Direction::Rtl, opts.shaping, sc) {
        return None;
    }
    cells(sc);
    let width = opts.width.max(1);
    let mut ranges = Vec::new();
    if !wrap(width, &sc.flags, |s, e| ranges.push((s, e))) {
        return None;
    }
    let FastScratch { chs, flags, .. } = &*sc;
    // Index of the first char and byte offset of each cell (as `cells` delimits them: a char,
    // its marks, the absorbed alef of a lam-alef), with one more entry for the end.
    let mut cstart: Vec<usize> = Vec::with_capacity(flags.len() + 1);
    let mut lstart: Vec<usize> = Vec::with_capacity(flags.len() + 1);
    let mut off = 0usize;
    for (i, c) in chs.iter().enumerate() {
        if i == 0 || (c.pr & MARK == 0 && c.drawn != 0) {
            cstart.push(i);
            lstart.push(off);
        }
        off += char::from_u32(c.cp).map_or(1, char::len_utf8);
    }
    cstart.push(chs.len());
    lstart.push(off);
    if cstart.len() != flags.len() + 1 {
        return None;
    }
    let cell = |k: usize, visible: bool| -> Cell {
        let logical = lstart[k]..lstart[k + 1];
        if !visible {
            return Cell {
                text: String::new(),
                width: 0,
                logical,
            };
        }
        let (i, e) = (cstart[k], cstart[k + 1]);
        let num = flags[k] & F_NUM != 0;
        let mut t = String::new();
        let base = chs[i];
        if base.pr & MARK != 0 {
            t.push(DOTTED_CIRCLE);
        }
        let d = char::from_u32(base.drawn).unwrap_or(char::REPLACEMENT_CHARACTER);
        t.push(if !num && base.pr & MIRRORED != 0 {
            mirror(d)
        } else {
            d
        });
        for c in &chs[i + 1..e] {
            if c.drawn != 0 {
                t.extend(char::from_u32(c.drawn));
            }
        }
        Cell {
            text: t,
            width: 1,
            logical,
        }
    };
    let mut lines = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        let mut j = e;
        while j > s && flags[j - 1] & F_SPACE != 0 {
            j -= 1;
        }
        let mut cells = Vec::with_capacity(e - s);
        // Hanging spaces (paragraph level, reversed), then the rest reversed with number runs
        // kept in order.
        for k in (j..e).rev() {
            cells.push(cell(k, false));
        }
        let mut k = j;
        while k > s {
            if flags[k - 1] & F_NUM != 0 {
                let mut r = k - 1;
                while r > s && flags[r - 1] & F_NUM != 0 {
                    r -= 1;
                }
                for m in r..k {
                    cells.push(cell(m, true));
                }
                k = r;
            } else {
                cells.push(cell(k - 1, true));
                k -= 1;
            }
        }
        lines.push(VisualLine {
            x: width.saturating_sub(j - s),
            cells,
            logical: lstart[s]..lstart[e],
            rtl: true,
        });
    }
    Some(lines)
}

/// Writes cells `s..e` as one right-to-left line: trailing spaces hang (not drawn), the rest in
/// visual order (the reverse of its bytes in `disp`), padded on the left to end at column `width`.
fn write_line(s: usize, e: usize, width: usize, sc: &FastScratch, out: &mut Vec<u8>) {
    let flags = &sc.flags[..];
    let start = &sc.start[..];
    let mut j = e;
    while j > s && flags[j - 1] & F_SPACE != 0 {
        j -= 1;
    }
    let bytes = sc
        .disp
        .get(start[s] as usize..start[j] as usize)
        .unwrap_or(&[]);
    let pad = width.saturating_sub(j - s);
    out.reserve(pad + bytes.len() + 1);
    let at = out.len();
    out.resize(at + pad, b' ');
    out.extend(bytes.iter().rev());
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
            crate::layout::text::write_plain_line(&mut buf, l)
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
            let fast_lines = lay_out(&t, &o);
            prop_assert_eq!(fast_lines.is_some(), fast(&t, &o).is_some());
            if let Some(lines) = fast_lines {
                let mut general_lines = Vec::new();
                lay_out_with(&t, &o, &mut |l: &LineView| general_lines.push(l.to_visual_line()));
                prop_assert_eq!(lines, general_lines, "{:?} width {}", t, width);
            }
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
