//! The engine behind [`super::lay_out`]:
//!
//! 1. **Levels.** Bidi levels for the whole paragraph with `unicode_bidi` (UAX #9 P2–P3 or the
//!    forced direction). Before that, control characters are replaced by neutral stand-ins of the
//!    same UTF-8 length (so they cannot split the paragraph), and explicit embeddings, overrides
//!    and isolates nested deeper than [`MAX_NESTING`] are neutralised together with their closing
//!    PDF/PDI, so hostile nesting can neither overflow the level limit nor stall.
//! 2. **Shaping** (optional) in logical order, see [`super::shaping`].
//! 3. **Units.** One unit per grapheme cluster (the future cell), with its drawn text (shaped,
//!    mirrored at odd levels, control characters made visible, format characters dropped) and its
//!    width measured per character. The alef of a lam-alef joins the lam's unit.
//! 4. **Wrapping** in logical order, greedy: break after whitespace when possible; other UAX #14
//!    opportunities (after a hyphen or slash, between ideographs) only for a word wider than the
//!    line; a unit that alone is wider than the line gets a line of its own. Whitespace hangs at
//!    the end of a line with width 0.
//! 5. **Reordering** each line alone: L1 (trailing whitespace, isolates and whitespace before
//!    tabs to the paragraph level), L2 reversal by unit (so marks stay on their base), L3 by
//!    construction, L4 mirroring done in step 3. RTL lines are placed flush right.

use std::borrow::Cow;
use std::ops::Range;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};
use unicode_linebreak::linebreaks;
use unicode_segmentation::UnicodeSegmentation;

use super::chars::{
    DOTTED_CIRCLE, FastBidiData, bidi_class, bidi_stand_in, char_width, control_symbol,
    is_invisible_format, is_joiner, is_mark_below_900, mirror,
};
use super::shaping::{Shaped, shape_into};
use super::{BidiMode, Cell, Direction, LayoutOptions, VisualLine};

/// Explicit embeddings/overrides/isolates deeper than this are neutralised. 60 keeps every level
/// at or below 121, clear of the 125/126 limits where unicode-bidi panics, and honours any
/// nesting a real article has.
pub const MAX_NESTING: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Space,
    Tab,
    /// LRI, RLI, FSI, PDI (zero width).
    Isolate,
    /// Other characters that are not drawn (zero width).
    Invisible,
}

#[derive(Debug, Clone)]
struct Unit {
    logical: Range<usize>,
    /// Range of the drawn text in the shared buffer.
    text: Range<usize>,
    width: usize,
    level: u8,
    kind: Kind,
    /// Break opportunity before this unit: 0 none, 1 after whitespace, 2 another UAX #14 one.
    brk: u8,
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' | '\u{2066}' | '\u{2067}' | '\u{2068}'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, '\u{202C}' | '\u{2069}')
}

/// The text used for computing levels: same byte length, controls replaced by neutral
/// characters, nesting beyond [`MAX_NESTING`] neutralised (replaced by ZWSP, class BN).
fn bidi_text(text: &str) -> Cow<'_, str> {
    let needs = text
        .chars()
        .any(|c| bidi_stand_in(c).is_some() || is_opener(c));
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut stack: Vec<bool> = Vec::new();
    let mut kept = 0usize;
    for c in text.chars() {
        if let Some(s) = bidi_stand_in(c) {
            out.push(s);
        } else if is_opener(c) {
            if kept < MAX_NESTING {
                kept += 1;
                stack.push(true);
                out.push(c);
            } else {
                stack.push(false);
                out.push('\u{200B}');
            }
        } else if is_closer(c) {
            match stack.pop() {
                Some(true) => {
                    kept -= 1;
                    out.push(c);
                }
                Some(false) => out.push('\u{200B}'),
                None => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Base direction from the first strong character (P2–P3); left to right when there is none.
fn first_strong_is_rtl(text: &str) -> bool {
    super::first_strong_rtl(text).unwrap_or(false)
}

/// Levels per byte (into `sc.levels`) and the paragraph level. Returns (levels computed, base);
/// without levels everything is at level 0.
fn levels(text: &str, opts: &LayoutOptions, sc: &mut Scratch) -> (bool, u8) {
    let forced = match opts.direction {
        Direction::Auto => None,
        Direction::Rtl => Some(Level::rtl()),
        Direction::Ltr => Some(Level::ltr()),
    };
    if opts.bidi == BidiMode::Terminal {
        let rtl = match opts.direction {
            Direction::Auto => first_strong_is_rtl(text),
            Direction::Rtl => true,
            Direction::Ltr => false,
        };
        return (false, u8::from(rtl));
    }
    let simple = text.bytes().all(|b| b < 0xD6);
    if simple && opts.direction != Direction::Rtl {
        // Nothing right-to-left below U+0590 (and no bidi controls): all at level 0.
        return (false, 0);
    }
    if opts.direction != Direction::Ltr
        && simple_rtl_levels_into(
            text,
            opts.direction == Direction::Rtl,
            &mut sc.classes,
            &mut sc.levels,
        )
    {
        return (true, 1);
    }
    let btext = bidi_text(text);
    let info = ParagraphBidiInfo::new_with_data_source(&FastBidiData, &btext, forced);
    let base = info.paragraph_level.number();
    sc.levels.clear();
    sc.levels.extend(info.levels.iter().map(|l| l.number()));
    (true, base)
}

/// Buffers reused from one paragraph to the next (per thread), so that laying out a long
/// document does not allocate per paragraph.
#[derive(Default)]
pub(crate) struct Scratch {
    classes: Vec<BidiClass>,
    levels: Vec<u8>,
    shaped: Vec<Shaped>,
    units: Vec<Unit>,
    disp: String,
    lines: Vec<Range<usize>>,
    line_levels: Vec<u8>,
    order: Vec<usize>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Grapheme clusters of text made only of characters below U+0900 (Latin, Greek, Cyrillic,
/// Hebrew, Arabic…) without control, format or prepended characters: there a cluster is one character
/// and the combining marks (class NSM, exactly Mn/Me in that range) after it. Much faster than
/// the general segmentation on Arabic; `None` when the text needs the general rules.
struct FastClusters<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
}

impl<'a> FastClusters<'a> {
    fn new(text: &'a str) -> Option<Self> {
        let ok = text.chars().all(|c| {
            let u = c as u32;
            if u < 0x0900 {
                control_symbol(c).is_none()
                    && !matches!(
                        u,
                        0xAD | 0x061C | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890 | 0x0891 | 0x08E2
                    )
            } else {
                // Punctuation, currency signs and Arabic presentation forms: no marks, no
                // format characters, no emoji (U+203C and U+2049 are pictographic).
                matches!(u, 0x2010..=0x2027 | 0x2030..=0x205E | 0x20A0..=0x20C0 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
                    && u != 0x203C
                    && u != 0x2049
            }
        });
        ok.then(|| FastClusters {
            text,
            chars: text.char_indices().peekable(),
        })
    }
}

impl<'a> Iterator for FastClusters<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (start, first) = self.chars.next()?;
        let mut end = start + first.len_utf8();
        while let Some(&(i, c)) = self.chars.peek() {
            if !is_mark_below_900(c) {
                break;
            }
            end = i + c.len_utf8();
            self.chars.next();
        }
        Some((start, self.text.get(start..end).unwrap_or("")))
    }
}

/// Levels (per byte) of a right-to-left paragraph without left-to-right letters, explicit
/// formatting, boundary-neutral or paragraph-separating characters — most Arabic paragraphs.
/// There UAX #9 reduces to rules W1–W6 with `sos` = R, every neutral (brackets included) resolves
/// to R (N0–N2), and I1–I2 give R level 1 and numbers level 2. `None` when the paragraph is not of
/// that kind (or has no strong character and no forced direction); the general path is used then.
#[cfg(test)]
pub(crate) fn simple_rtl_levels(text: &str, forced_rtl: bool) -> Option<Vec<u8>> {
    let mut lv = Vec::new();
    simple_rtl_levels_into(text, forced_rtl, &mut Vec::new(), &mut lv).then_some(lv)
}

/// [`simple_rtl_levels`] into reused buffers; false when not applicable.
fn simple_rtl_levels_into(
    text: &str,
    forced_rtl: bool,
    cls: &mut Vec<BidiClass>,
    lv: &mut Vec<u8>,
) -> bool {
    use BidiClass::{
        AL, AN, B, BN, CS, EN, ES, ET, FSI, L, LRE, LRI, LRO, NSM, PDF, PDI, R, RLE, RLI, RLO,
    };
    cls.clear();
    let mut strong = false;
    for c in text.chars() {
        if control_symbol(c).is_some() {
            return false;
        }
        let k = bidi_class(c);
        match k {
            L | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI | BN | B => return false,
            R | AL => strong = true,
            _ => {}
        }
        cls.push(k);
    }
    if !strong && !forced_rtl {
        return false;
    }
    // W1: marks take the class of what precedes them (sos = R).
    let mut prev = R;
    for k in cls.iter_mut() {
        if *k == NSM {
            *k = prev;
        }
        prev = *k;
    }
    // W2: European digits after Arabic letters are Arabic numbers. W3: AL → R.
    let mut last = R;
    for k in cls.iter_mut() {
        match *k {
            R | AL => {
                last = *k;
                if *k == AL {
                    *k = R;
                }
            }
            EN if last == AL => *k = AN,
            _ => {}
        }
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
    lv.clear();
    lv.reserve(text.len());
    for (c, &k) in text.chars().zip(cls.iter()) {
        let l = if k == EN || k == AN { 2 } else { 1 };
        match c.len_utf8() {
            1 => lv.push(l),
            2 => lv.extend_from_slice(&[l, l]),
            3 => lv.extend_from_slice(&[l, l, l]),
            _ => lv.extend_from_slice(&[l, l, l, l]),
        }
    }
    true
}

/// Builds the units of a paragraph and the buffer holding their drawn text.
fn units(text: &str, opts: &LayoutOptions, has_levels: bool, base: u8, sc: &mut Scratch) {
    let app = opts.bidi == BidiMode::App;
    let Scratch {
        levels,
        shaped: shaped_buf,
        units,
        disp,
        ..
    } = sc;
    let lv: Option<&[u8]> = has_levels.then_some(&levels[..]);
    let level_at = |off: usize| lv.map_or(0, |l| l.get(off).copied().unwrap_or(base));
    let shaped: Option<&[Shaped]> = if app && opts.shaping && lv.is_some() {
        shape_into(text, level_at, shaped_buf);
        Some(&shaped_buf[..])
    } else {
        None
    };
    disp.clear();
    units.clear();
    let mut ci = 0usize; // index of the next char (for `shaped`)
    let mut joiners: Vec<char> = Vec::new();
    // The loop is written once and instantiated for both cluster iterators, so that the fast
    // one is inlined.
    macro_rules! build_units {
        ($clusters:expr) => {
    for (start, g) in $clusters {
        let end = start + g.len();
        let level = level_at(start);
        let odd = app && level % 2 == 1;
        let mut chars = g.chars();
        let Some(c0) = chars.next() else { continue };
        let first_absorbed = shaped
            .as_ref()
            .is_some_and(|s| s.get(ci) == Some(&Shaped::Absorbed));
        let t0 = disp.len();
        let mut width = 0usize;
        let class0 = bidi_class(c0);
        let kind = if c0 == '\t' {
            Kind::Tab
        } else if matches!(c0, '\u{2066}'..='\u{2069}') {
            Kind::Isolate
        } else if (c0 == ' ' || class0 == BidiClass::WS)
            && g.chars().all(|c| {
                c == ' ' || (control_symbol(c).is_none() && bidi_class(c) == BidiClass::WS)
            })
        {
            Kind::Space
        } else {
            Kind::Text
        };
        if (c0 as u32) >= 0x300 && class0 == BidiClass::NSM && !first_absorbed {
            disp.push(DOTTED_CIRCLE);
            width += 1;
        }
        joiners.clear();
        if odd && g.len() > 3 && g.chars().any(is_joiner) {
            // In a right-to-left run the joiners of a cluster come first, as UAX #9 reversal
            // (with marks kept after their base) puts them.
            joiners.extend(g.chars().filter(|&c| is_joiner(c)));
            for &j in &joiners {
                disp.push(j);
            }
        }
        for c in g.chars() {
            let here = ci;
            ci += 1;
            if !joiners.is_empty() && is_joiner(c) {
                continue;
            }
            let mut c = c;
            if let Some(sh) = &shaped {
                match sh.get(here) {
                    Some(Shaped::Absorbed) => continue,
                    Some(Shaped::Form(f)) => c = *f,
                    _ => {}
                }
            }
            let cu = c as u32;
            if (0x0621..=0x064A).contains(&cu)
                || (0xFB50..=0xFDFF).contains(&cu)
                || (0xFE70..=0xFEFC).contains(&cu)
            {
                // Arabic letters and presentation forms: one column, never mirrored.
                disp.push(c);
                width += 1;
                continue;
            }
            if (0x21..0x7F).contains(&cu) {
                disp.push(if odd { mirror(c) } else { c });
                width += 1;
                continue;
            }
            if let Some(sym) = control_symbol(c) {
                disp.push(sym);
                width += 1;
            } else if c == '\t' || is_invisible_format(c) {
            } else {
                let c = if odd { mirror(c) } else { c };
                disp.push(c);
                width += char_width(c);
            }
        }
        if first_absorbed && let Some(prev) = units.last_mut() {
            // The alef of a lam-alef: one cell with the lam.
            prev.logical.end = end;
            prev.text.end = disp.len();
            prev.width += width;
            continue;
        }
        let kind = if kind == Kind::Text && width == 0 {
            Kind::Invisible
        } else {
            kind
        };
        if width == 0 {
            disp.truncate(t0);
        }
        units.push(Unit {
            logical: start..end,
            text: t0..disp.len(),
            width,
            level,
            kind,
            brk: 0,
        });
    }
        };
    }
    match FastClusters::new(text) {
        Some(fast) => build_units!(fast),
        None => build_units!(text.grapheme_indices(true)),
    }
    // Break opportunities (UAX #14), ranked.
    let mut u = 0usize;
    for (pos, _) in linebreaks(text) {
        if pos >= text.len() {
            break;
        }
        while u < units.len() && units[u].logical.start < pos {
            u += 1;
        }
        if u < units.len() && units[u].logical.start == pos && u > 0 {
            let after_space = text[..pos]
                .chars()
                .next_back()
                .is_some_and(|c| c == ' ' || c == '\t' || bidi_class(c) == BidiClass::WS);
            units[u].brk = if after_space { 1 } else { 2 };
        }
    }
}

/// Greedy wrapping in logical order: unit index ranges of the lines. Tab widths are set here.
fn wrap(units: &mut [Unit], width: usize, tab_width: usize, lines: &mut Vec<Range<usize>>) {
    let n = units.len();
    lines.clear();
    let mut s = 0usize;
    let mut i = 0usize;
    let mut w = 0usize; // width of s..i up to the last non-space unit
    let mut tail = 0usize; // width of the whitespace after it
    let mut space_brk: Option<usize> = None;
    let mut other_brk: Option<usize> = None;
    while i < n {
        if i > s && w > 0 {
            match units[i].brk {
                1 => space_brk = Some(i),
                2 => other_brk = Some(i),
                _ => {}
            }
        }
        let kind = units[i].kind;
        if kind == Kind::Tab {
            let col = w + tail;
            units[i].width = tab_width - col % tab_width;
        }
        let uw = units[i].width;
        if matches!(kind, Kind::Space | Kind::Tab) {
            tail += uw;
            i += 1;
            continue;
        }
        if uw > 0 && w + tail + uw > width && w + tail > 0 {
            let b = space_brk.or(other_brk).unwrap_or(i);
            lines.push(s..b);
            s = b;
            i = b;
            w = 0;
            tail = 0;
            space_brk = None;
            other_brk = None;
            continue;
        }
        w += tail + uw;
        tail = 0;
        i += 1;
    }
    lines.push(s..n);
}

/// Visual order of a line (UAX #9 L2) from the levels of its units.
fn visual_order(lv: &mut [u8], idx: &mut Vec<usize>) {
    let n = lv.len();
    idx.clear();
    idx.extend(0..n);
    let (Some(&max), Some(&min)) = (lv.iter().max(), lv.iter().min()) else {
        return;
    };
    if max == 0 {
        return;
    }
    let low = if min % 2 == 1 { min } else { min + 1 };
    let mut l = max;
    while l >= low {
        let mut i = 0;
        while i < n {
            if lv[i] >= l {
                let st = i;
                while i < n && lv[i] >= l {
                    i += 1;
                }
                lv[st..i].reverse();
                idx[st..i].reverse();
            } else {
                i += 1;
            }
        }
        l -= 1;
    }
}

/// One laid-out line, borrowed from the engine's buffers (no allocation per cell).
pub(crate) struct LineView<'a> {
    pub x: usize,
    pub rtl: bool,
    pub logical: Range<usize>,
    order: &'a [usize],
    units: &'a [Unit],
    disp: &'a str,
}

impl LineView<'_> {
    /// Cells left to right: (drawn text, width, logical range).
    pub fn cells(&self) -> impl Iterator<Item = (&str, usize, Range<usize>)> + '_ {
        self.order.iter().map(|&k| {
            let u = &self.units[k];
            (&self.disp[u.text.clone()], u.width, u.logical.clone())
        })
    }

    /// The drawn text of the cells, left to right, as bytes (what `render` writes).
    pub fn cell_bytes(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let disp = self.disp.as_bytes();
        self.order
            .iter()
            .map(move |&k| disp.get(self.units[k].text.clone()).unwrap_or(&[]))
    }

    pub fn to_visual_line(&self) -> VisualLine {
        VisualLine {
            x: self.x,
            cells: self
                .cells()
                .map(|(text, width, logical)| Cell {
                    text: text.to_owned(),
                    width,
                    logical,
                })
                .collect(),
            logical: self.logical.clone(),
            rtl: self.rtl,
        }
    }
}

pub(super) fn lay_out(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    if let Some(lines) = super::fast::lay_out(text, opts) {
        return lines;
    }
    let mut out = Vec::new();
    lay_out_with(text, opts, &mut |l: &LineView| out.push(l.to_visual_line()));
    out
}

/// Lays out `text` and hands each line to `emit`, in order.
pub(crate) fn lay_out_with(text: &str, opts: &LayoutOptions, emit: &mut dyn FnMut(&LineView)) {
    // Reuse this thread's buffers, unless they are in use (a nested call from `emit`).
    let reused = SCRATCH.try_with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => {
            lay_out_in(text, opts, emit, &mut sc);
            true
        }
        Err(_) => false,
    });
    if reused != Ok(true) {
        lay_out_in(text, opts, emit, &mut Scratch::default());
    }
}

fn lay_out_in(text: &str, opts: &LayoutOptions, emit: &mut dyn FnMut(&LineView), sc: &mut Scratch) {
    let width = opts.width.max(1);
    let tab_width = opts.tab_width.max(1);
    let app = opts.bidi == BidiMode::App;
    let (has_levels, base) = levels(text, opts, sc);
    let rtl = base % 2 == 1;
    if text.is_empty() {
        emit(&LineView {
            x: if rtl && app { width } else { 0 },
            rtl,
            logical: 0..0,
            order: &[],
            units: &[],
            disp: "",
        });
        return;
    }
    units(text, opts, has_levels, base, sc);
    let Scratch {
        units,
        disp,
        lines,
        line_levels: line_lv,
        order,
        ..
    } = sc;
    wrap(units, width, tab_width, lines);
    for r in lines.iter().cloned() {
        if r.is_empty() {
            continue;
        }
        // Trailing whitespace hangs: width 0, not drawn; at the paragraph level (L1).
        let mut j = r.end;
        while j > r.start
            && matches!(
                units[j - 1].kind,
                Kind::Space | Kind::Tab | Kind::Isolate | Kind::Invisible
            )
        {
            j -= 1;
        }
        for u in &mut units[j..r.end] {
            u.width = 0;
            u.text.end = u.text.start;
        }
        // Tabs are drawn as spaces up to their tab stop.
        for u in &mut units[r.start..j] {
            if u.kind == Kind::Tab {
                let t0 = disp.len();
                disp.extend(std::iter::repeat_n(' ', u.width));
                u.text = t0..disp.len();
            }
        }
        order.clear();
        if app && has_levels {
            line_lv.clear();
            line_lv.extend(units[r.clone()].iter().map(|u| u.level));
            let off = r.start;
            for l in &mut line_lv[(j - off)..] {
                *l = base;
            }
            // Tabs and the whitespace before them go to the paragraph level too.
            for k in 0..(j - off) {
                if units[off + k].kind == Kind::Tab {
                    line_lv[k] = base;
                    let mut m = k;
                    while m > 0
                        && matches!(
                            units[off + m - 1].kind,
                            Kind::Space | Kind::Isolate | Kind::Invisible
                        )
                    {
                        m -= 1;
                        line_lv[m] = base;
                    }
                }
            }
            visual_order(line_lv, order);
            for k in order.iter_mut() {
                *k += off;
            }
        } else {
            order.extend(r.clone());
        }
        let line_w: usize = units[r.clone()].iter().map(|u| u.width).sum();
        emit(&LineView {
            x: if rtl && app {
                width.saturating_sub(line_w)
            } else {
                0
            },
            rtl,
            logical: units[r.start].logical.start..units[r.end - 1].logical.end,
            order,
            units,
            disp,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn general_levels(text: &str, forced_rtl: bool) -> Vec<u8> {
        let forced = forced_rtl.then(Level::rtl);
        let info = ParagraphBidiInfo::new(text, forced);
        info.levels.iter().map(|l| l.number()).collect()
    }

    #[test]
    fn simple_rtl_levels_examples() {
        for t in [
            "مرحبا 2016-2020 و2020",
            "نسبة 12.5% و+3",
            "(أ [ب] «ج»)",
            "٣٤ و١٢٫٥",
            "שלום 12 עולם",
        ] {
            assert_eq!(
                simple_rtl_levels(t, false),
                Some(general_levels(t, false)),
                "{t}"
            );
        }
        assert_eq!(simple_rtl_levels("abc مرحبا", false), None);
        assert_eq!(simple_rtl_levels("123", false), None);
    }

    #[test]
    fn soft_hyphen_is_its_own_cluster() {
        assert!(FastClusters::new("\u{ad}\u{300}").is_none());
    }

    proptest! {
        #[test]
        fn fast_clusters_agree_with_unicode_segmentation(
            chars in prop::collection::vec(prop_oneof![
                0x20u32..0x7F, 0x300u32..0x370, 0x590u32..0x900, 0xA0u32..0x300, 0x2000u32..0x2070, 0xFB50u32..0xFF00,
            ], 0..40),
        ) {
            let t: String = chars.into_iter().filter_map(char::from_u32).collect();
            if let Some(fast) = FastClusters::new(&t) {
                let fast: Vec<(usize, &str)> = fast.collect();
                let slow: Vec<(usize, &str)> = t.grapheme_indices(true).collect();
                prop_assert_eq!(fast, slow);
            }
        }

        #[test]
        fn simple_rtl_levels_agree_with_unicode_bidi(
            pieces in prop::collection::vec(prop::sample::select(vec![
                "ب", "ل", "ا", "م", "ש", "0", "12", "٣", "۴", " ", "\t", ".", ",", ":", "/", "-", "+",
                "%", "$", "#", "(", ")", "[", "]", "«", "»", "\u{064E}", "\u{0651}", "!", "،", "؟", "٫",
            ]), 0..40),
            forced in any::<bool>(),
        ) {
            let t = pieces.concat();
            if let Some(lv) = simple_rtl_levels(&t, forced) {
                prop_assert_eq!(lv, general_levels(&t, forced), "{:?}", t);
            }
        }
    }
}
