//! The engine behind [`super::lay_out`]: one pipeline of stages, each with a fast way for the
//! common case chosen per paragraph, and one statement of each rule.
//!
//! 1. **Characters.** One pass decodes the paragraph into per-character records with their
//!    properties (bidi class, joining type, presentation forms, width, mirroring, …) from a table
//!    (U+0000–U+08FF and U+2000–U+20FF; computed for the rest), and sums up which kinds occur.
//! 2. **Levels.** Per character. Nothing right to left and no explicit formatting: all at level 0.
//!    A right-to-left paragraph without left-to-right letters, explicit formatting, controls or
//!    separators (most Arabic paragraphs): UAX #9 reduces there to rules W1–W5 with `sos` = R,
//!    every neutral resolving to R (N0–N2) and I1–I2 giving R level 1 and numbers level 2
//!    ([`simple_rtl_levels`]). Otherwise `unicode_bidi` computes them (P2–P3 or the forced
//!    direction) on a stand-in text: control characters replaced by neutral characters of the
//!    same UTF-8 length (so they cannot split the paragraph), and explicit embeddings, overrides
//!    and isolates nested deeper than [`MAX_NESTING`] neutralised together with their closing
//!    PDF/PDI, so hostile nesting can neither overflow the level limit nor stall.
//! 3. **Shaping** (optional) in logical order, see [`super::shaping`]: each letter's form, and
//!    lam-alef as one ligature, in the character records.
//! 4. **Units.** One unit per grapheme cluster (the future cell), with its drawn text (shaped,
//!    mirrored at odd levels, control characters made visible, format characters dropped) and its
//!    width measured per character. The alef of a lam-alef joins the lam's unit. Clusters are a
//!    character and the marks after it when the paragraph has no character the general rules
//!    treat otherwise (below U+0900 without controls or prepended characters, punctuation,
//!    presentation forms); `unicode_segmentation` decides them otherwise.
//! 5. **Break opportunities** (UAX #14), ranked: after whitespace, or another one. When every
//!    character of the paragraph is of the kinds whose breaks after spaces depend only on the
//!    classes on either side (as in Arabic text), only those are found, from a memo of
//!    `unicode_linebreak`'s answers per pair; the others are found (by `unicode_linebreak` over the
//!    paragraph) only if a line needs one.
//! 6. **Wrapping** in logical order, greedy: break after whitespace when possible; other UAX #14
//!    opportunities (after a hyphen or slash, between ideographs) only for a word wider than the
//!    line; a unit that alone is wider than the line gets a line of its own, drawn cut to the
//!    line's width and ending in `…`. Whitespace hangs at the end of a line with width 0.
//! 7. **Reordering** each line alone: L1 (trailing whitespace, isolates and whitespace before
//!    tabs to the paragraph level), L2 reversal by unit (so marks stay on their base), L3 by
//!    construction, L4 mirroring done in step 4. RTL lines are placed flush right.
//!
//! Lines are handed out as [`LineView`]s borrowing the engine's buffers, which are reused from
//! paragraph to paragraph: `render` writes their bytes, [`super::lay_out`] makes cells of them.

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering::Relaxed};

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};
use unicode_linebreak::linebreaks;
use unicode_segmentation::UnicodeSegmentation;

use super::chars::{
    DOTTED_CIRCLE, FastBidiData, bidi_class, bidi_stand_in, char_width, control_symbol,
    is_invisible_format, is_joiner, mirror,
};
use super::shaping::{Joining, form_index, lam_alef, shaping_joining};
use super::tables::FORMS;
use super::{BidiMode, Cell, Direction, LayoutOptions, VisualLine};

/// Explicit embeddings/overrides/isolates deeper than this are neutralised. 60 keeps every level
/// at or below 121, clear of the 125/126 limits where unicode-bidi panics, and honours any
/// nesting a real article has.
pub const MAX_NESTING: usize = 60;

// ---------------------------------------------------------------------------------------------
// 1. Characters

/// Bidi classes by code (the code is the index; see [`class_code`]).
const CLASSES: [BidiClass; 23] = {
    use BidiClass::*;
    [
        AL, AN, B, BN, CS, EN, ES, ET, FSI, L, LRE, LRI, LRO, NSM, ON, PDF, PDI, R, RLE, RLI, RLO,
        S, WS,
    ]
};
const C_AL: u8 = 0;
const C_AN: u8 = 1;
const C_B: u8 = 2;
const C_BN: u8 = 3;
const C_CS: u8 = 4;
const C_EN: u8 = 5;
const C_ES: u8 = 6;
const C_ET: u8 = 7;
const C_FSI: u8 = 8;
const C_L: u8 = 9;
const C_LRE: u8 = 10;
const C_LRI: u8 = 11;
const C_LRO: u8 = 12;
const C_NSM: u8 = 13;
const C_PDF: u8 = 15;
const C_PDI: u8 = 16;
const C_R: u8 = 17;
const C_RLE: u8 = 18;
const C_RLI: u8 = 19;
const C_RLO: u8 = 20;
const C_WS: u8 = 22;

fn class_code(k: BidiClass) -> u8 {
    CLASSES
        .iter()
        .position(|&c| c == k)
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(C_L)
}

/// Bits of a class mask (`1 << code`).
const fn bit(code: u8) -> u32 {
    1 << code
}
/// Explicit embeddings, overrides and isolates.
const EXPLICIT: u32 = bit(C_LRE)
    | bit(C_RLE)
    | bit(C_LRO)
    | bit(C_RLO)
    | bit(C_PDF)
    | bit(C_LRI)
    | bit(C_RLI)
    | bit(C_FSI)
    | bit(C_PDI);
/// What makes a paragraph need levels at all.
const NEEDS_LEVELS: u32 = bit(C_R) | bit(C_AL) | bit(C_AN) | EXPLICIT;
/// What [`simple_rtl_levels`] cannot resolve.
const NOT_SIMPLE: u32 = bit(C_L) | bit(C_BN) | bit(C_B) | EXPLICIT;

// Joining types as stored (bits 5–7 of a property).
const J_U: u32 = 0;
const J_R: u32 = 1;
const J_D: u32 = 2;
const J_C: u32 = 3;
const J_T: u32 = 4;
const J_L: u32 = 5;
/// Skipped by shaping altogether (bidi controls and other format characters).
const J_NONE: u32 = 7;

// Properties of a character (`u32`): bits 0–4 the class code, 5–7 the joining type, 8–15 the
// index + 1 into FORMS (0: none), then these flags.
/// Bidi class NSM (a combining mark).
const MARK: u32 = 1 << 16;
/// A control character drawn as a visible symbol (also replaced when computing levels).
const CONTROL: u32 = 1 << 17;
/// Mirrored at odd levels.
const MIRRORED: u32 = 1 << 18;
/// Never drawn (tab, format characters).
const NOT_DRAWN: u32 = 1 << 19;
/// ZWJ, ZWNJ.
const JOINER: u32 = 1 << 20;
/// Two columns wide.
const WIDE: u32 = 1 << 21;
/// No column.
const ZERO: u32 = 1 << 22;
/// Clustered as a character and the marks after it (see step 4).
const FAST_CLUSTER: u32 = 1 << 23;
/// Of the kinds whose breaks after spaces depend on the classes around them only (step 5).
const FAST_BREAK: u32 = 1 << 24;
/// A space or another whitespace character that is not a control.
const SPACE_LIKE: u32 = 1 << 25;
/// An Arabic letter or presentation form: drawn as itself, one column, never mirrored.
const ARABIC: u32 = 1 << 26;
/// A tab.
const TAB: u32 = 1 << 27;

fn joining_code(c: char) -> u32 {
    match shaping_joining(c) {
        Some(Joining::U) => J_U,
        Some(Joining::R) => J_R,
        Some(Joining::D) => J_D,
        Some(Joining::C) => J_C,
        Some(Joining::T) => J_T,
        Some(Joining::L) => J_L,
        None => J_NONE,
    }
}

/// Whether `c` is clustered as itself and the marks after it (grapheme segmentation would agree
/// on any text made only of such characters): below U+0900 no control and no prepended or format
/// character; above, only punctuation, currency signs and presentation forms (no marks, no
/// emoji: U+203C and U+2049 are pictographic).
fn clusters_simply(c: char) -> bool {
    let u = c as u32;
    if u < 0x0900 {
        control_symbol(c).is_none()
            && !matches!(
                u,
                0xAD | 0x061C | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890 | 0x0891 | 0x08E2
            )
    } else {
        matches!(u, 0x2010..=0x2027 | 0x2030..=0x205E | 0x20A0..=0x20C0 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
            && u != 0x203C
            && u != 0x2049
    }
}

/// Whether breaks after spaces around `c` are decided by the memo of step 5: right-to-left
/// letters, digits, punctuation, marks and spaces one column wide, without controls, tabs or
/// format characters.
fn breaks_simply(c: char, cls: BidiClass) -> bool {
    if c == ' ' {
        return true;
    }
    let u = c as u32;
    let allowed_range = u < 0x0900
        || matches!(u, 0x2010..=0x2027 | 0x2030..=0x205E | 0x20A0..=0x20C0 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
            && u != 0x203C
            && u != 0x2049;
    if !allowed_range
        || control_symbol(c).is_some()
        || c == '\t'
        || is_invisible_format(c)
        || is_joiner(c)
        || matches!(
            u,
            0xAD | 0x061C | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890 | 0x0891 | 0x08E2
        )
    {
        return false;
    }
    use BidiClass::*;
    let is_mark = cls == NSM;
    matches!(cls, R | AL | EN | AN | ES | CS | ET | NSM | ON)
        && (is_mark || char_width(c) == 1)
        && shaping_joining(c).is_some()
}

/// The properties of `c` (see the constants above).
fn char_props(c: char) -> u32 {
    let cls = bidi_class(c);
    let code = u32::from(class_code(cls));
    let mut p = code | (joining_code(c) << 5) | (u32::from(form_index(c)) << 8);
    let control = control_symbol(c).is_some();
    if cls == BidiClass::NSM {
        p |= MARK;
    }
    if control {
        p |= CONTROL;
    }
    if mirror(c) != c {
        p |= MIRRORED;
    }
    if c == '\t' {
        p |= TAB | NOT_DRAWN;
    } else if is_invisible_format(c) {
        p |= NOT_DRAWN;
    }
    if is_joiner(c) {
        p |= JOINER;
    }
    match char_width(c) {
        0 => p |= ZERO,
        2.. => p |= WIDE,
        _ => {}
    }
    if clusters_simply(c) {
        p |= FAST_CLUSTER;
    }
    if breaks_simply(c, cls) {
        p |= FAST_BREAK;
    }
    if c == ' ' || (!control && cls == BidiClass::WS) {
        p |= SPACE_LIKE;
    }
    let u = c as u32;
    if matches!(u, 0x0621..=0x064A | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC) {
        p |= ARABIC;
    }
    p
}

/// [`char_props`] of U+0000–U+08FF and U+2000–U+20FF, as tables.
struct PropTable {
    low: Vec<u32>,
    punct: Vec<u32>,
    /// [`break_key`] of the same characters (asked once per word by step 5).
    low_keys: Vec<u8>,
    punct_keys: Vec<u8>,
}

impl PropTable {
    fn get() -> &'static PropTable {
        static T: OnceLock<PropTable> = OnceLock::new();
        T.get_or_init(|| {
            let build =
                |r: Range<u32>| r.map(|u| char::from_u32(u).map_or(0, char_props)).collect();
            let keys = |r: Range<u32>| r.map(|u| break_key(u) as u8).collect();
            PropTable {
                low: build(0..0x900),
                punct: build(0x2000..0x2100),
                low_keys: keys(0..0x900),
                punct_keys: keys(0x2000..0x2100),
            }
        })
    }

    #[inline]
    fn props(&self, c: char) -> u32 {
        let u = c as usize;
        if let Some(&p) = self.low.get(u) {
            p
        } else if let Some(&p) = self.punct.get(u.wrapping_sub(0x2000)) {
            p
        } else {
            char_props(c)
        }
    }

    /// [`break_key`] of `c`.
    #[inline]
    fn break_key(&self, c: u32) -> usize {
        let u = c as usize;
        if let Some(&k) = self.low_keys.get(u) {
            usize::from(k)
        } else if let Some(&k) = self.punct_keys.get(u.wrapping_sub(0x2000)) {
            usize::from(k)
        } else {
            break_key(c)
        }
    }
}

/// One character of the paragraph.
#[derive(Debug, Clone, Copy)]
struct Ch {
    cp: u32,
    /// Byte offset in the paragraph.
    off: u32,
    /// [`char_props`].
    props: u32,
    /// What is drawn for it after shaping (the character itself, a presentation form or
    /// ligature, or [`ABSORBED`] for the alef of a lam-alef).
    drawn: u32,
    /// Bidi class code, resolved by W1–W5 on the simple path.
    cls: u8,
    level: u8,
}

impl Ch {
    #[inline]
    fn class(&self) -> u8 {
        (self.props & 0x1F) as u8
    }
    #[inline]
    fn joining(&self) -> u32 {
        (self.props >> 5) & 7
    }
    #[inline]
    fn is(&self, flag: u32) -> bool {
        self.props & flag != 0
    }
    #[inline]
    fn char(&self) -> char {
        char::from_u32(self.cp).unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}

/// [`Ch::drawn`] of the alef of a lam-alef, drawn by the lam's ligature (not a character).
const ABSORBED: u32 = u32::MAX;

/// Which kinds of characters a paragraph has.
#[derive(Debug, Clone, Copy, Default)]
struct Summary {
    /// Class mask (`1 << code`) of all characters.
    classes: u32,
    /// Flags any character has.
    any: u32,
    /// Flags every character has.
    all: u32,
}

fn decode(text: &str, sc: &mut Scratch) -> Summary {
    let table = PropTable::get();
    let chs = &mut sc.chs;
    chs.clear();
    chs.reserve(text.len());
    let (mut classes, mut any, mut all) = (0u32, 0u32, u32::MAX);
    for (off, c) in text.char_indices() {
        let props = table.props(c);
        let cls = (props & 0x1F) as u8;
        classes |= 1 << cls;
        any |= props;
        all &= props;
        chs.push(Ch {
            cp: c as u32,
            off: off as u32,
            props,
            drawn: c as u32,
            cls,
            level: 0,
        });
    }
    Summary { classes, any, all }
}

// ---------------------------------------------------------------------------------------------
// 2. Levels

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
fn bidi_text(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
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
}

/// Levels of the characters (in `sc.chs`) and the paragraph level. Returns (levels computed,
/// base); without levels everything is at level 0 and nothing is shaped.
fn levels(text: &str, opts: &LayoutOptions, sum: Summary, sc: &mut Scratch) -> (bool, u8) {
    if opts.bidi == BidiMode::Terminal {
        let rtl = match opts.direction {
            Direction::Auto => super::first_strong_rtl(text).unwrap_or(false),
            Direction::Rtl => true,
            Direction::Ltr => false,
        };
        return (false, u8::from(rtl));
    }
    if sum.classes & NEEDS_LEVELS == 0 && opts.direction != Direction::Rtl {
        // Nothing right to left: everything at level 0 (W7 makes numbers L).
        return (false, 0);
    }
    if opts.direction != Direction::Ltr
        && sum.classes & NOT_SIMPLE == 0
        && sum.any & CONTROL == 0
        && (sum.classes & (bit(C_R) | bit(C_AL)) != 0 || opts.direction == Direction::Rtl)
    {
        simple_rtl_levels(&mut sc.chs);
        return (true, 1);
    }
    let forced = match opts.direction {
        Direction::Auto => None,
        Direction::Rtl => Some(Level::rtl()),
        Direction::Ltr => Some(Level::ltr()),
    };
    let mut btext = std::mem::take(&mut sc.btext);
    bidi_text(text, &mut btext);
    let info = ParagraphBidiInfo::new_with_data_source(&FastBidiData, &btext, forced);
    let base = info.paragraph_level.number();
    for ch in &mut sc.chs {
        ch.level = info
            .levels
            .get(ch.off as usize)
            .map_or(base, |l| l.number());
    }
    sc.btext = btext;
    (true, base)
}

/// Levels of a right-to-left paragraph without left-to-right letters, explicit formatting,
/// boundary-neutral, paragraph-separating or control characters (the caller checks): W1–W7 with
/// `sos` = R, every neutral resolving to R (N0–N2), then R at level 1 and numbers at level 2
/// (I1–I2).
fn simple_rtl_levels(chs: &mut [Ch]) {
    // W1: marks take the class of what precedes them (sos = R). W2: European digits after
    // Arabic letters are Arabic numbers. W3: AL → R. Levels at once (I1–I2); W4–W5 can change
    // something only where a separator or terminator touches a number.
    let mut prev = C_R;
    let mut last_strong = C_R;
    let mut prev_k = C_R;
    let mut touches = false;
    for ch in chs.iter_mut() {
        let mut k = ch.class();
        if k == C_NSM {
            k = prev;
        }
        prev = k;
        if k == C_R || k == C_AL {
            last_strong = k;
            k = C_R;
        } else if k == C_EN && last_strong == C_AL {
            k = C_AN;
        }
        let number = k == C_EN || k == C_AN;
        touches |= (number && matches!(prev_k, C_ES | C_CS | C_ET))
            || (matches!(k, C_ES | C_CS | C_ET) && matches!(prev_k, C_EN | C_AN));
        prev_k = k;
        ch.cls = k;
        ch.level = if number { 2 } else { 1 };
    }
    if touches {
        // W4: one separator between two numbers of the same kind.
        let n = chs.len();
        for i in 1..n.saturating_sub(1) {
            let (a, b) = (chs[i - 1].cls, chs[i + 1].cls);
            match chs[i].cls {
                C_ES if a == C_EN && b == C_EN => chs[i].cls = C_EN,
                C_CS if a == b && (a == C_EN || a == C_AN) => chs[i].cls = a,
                _ => {}
            }
        }
        // W5: terminators next to European numbers.
        let mut i = 0;
        while i < n {
            if chs[i].cls == C_ET {
                let st = i;
                while i < n && chs[i].cls == C_ET {
                    i += 1;
                }
                let touches = (st > 0 && chs[st - 1].cls == C_EN) || (i < n && chs[i].cls == C_EN);
                if touches {
                    for c in &mut chs[st..i] {
                        c.cls = C_EN;
                    }
                }
            } else {
                i += 1;
            }
        }
        for ch in chs.iter_mut() {
            ch.level = if ch.cls == C_EN || ch.cls == C_AN {
                2
            } else {
                1
            };
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Shaping

/// The presentation form of `ch` joined on the previous (`jp`) and/or next (`jn`) letter.
#[inline]
fn settle(ch: &mut Ch, jp: bool, jn: bool) {
    let idx = ((ch.props >> 8) & 0xFF) as usize;
    if idx != 0
        && let Some((_, f)) = FORMS.get(idx - 1)
    {
        let form = f[usize::from(jp) | (usize::from(jn) << 1)];
        if form != 0 {
            ch.drawn = form;
        }
    }
}

/// Arabic joining in logical order (one pass: a letter's form is settled as soon as the next
/// letter, or a character that breaks joining, shows whether it joins on). Letters join only at
/// the same level; lam followed directly by an alef becomes one ligature at an odd level.
fn shape(chs: &mut [Ch]) {
    // The letter whose form waits for the next one: (index, joins the previous).
    let mut pending: Option<(usize, bool)> = None;
    // The last letter that is not transparent: (joining type, level).
    let mut prev: Option<(u32, u8)> = None;
    for i in 0..chs.len() {
        let t = chs[i].joining();
        match t {
            J_NONE | J_T => continue,
            J_U => {
                if let Some((p, jp)) = pending.take() {
                    settle(&mut chs[p], jp, false);
                }
                // A non-joining letter with presentation forms (hamza) takes its isolated one.
                settle(&mut chs[i], false, false);
                prev = None;
                continue;
            }
            _ => {}
        }
        let lvl = chs[i].level;
        let joins = prev.is_some_and(|(pt, pl)| {
            matches!(pt, J_D | J_L | J_C) && matches!(t, J_D | J_R | J_C) && pl == lvl
        });
        if let Some((p, jp)) = pending.take() {
            settle(&mut chs[p], jp, joins);
        }
        if t == J_R {
            // A right-joining letter never joins the next one: settle it now, and make the
            // lam-alef ligature when a joined lam sits right before it.
            settle(&mut chs[i], joins, false);
            if i > 0 {
                let (lam, alef) = (chs[i - 1], chs[i]);
                let formed = |c: &Ch| c.drawn != c.cp && c.drawn != ABSORBED;
                if formed(&lam) && formed(&alef) && lvl % 2 == 1 && lam.level == lvl {
                    let lig = lam_alef(lam.drawn, alef.drawn);
                    if lig != 0 {
                        chs[i - 1].drawn = lig;
                        chs[i].drawn = ABSORBED;
                    }
                }
            }
        } else {
            pending = Some((i, joins));
        }
        prev = Some((t, lvl));
    }
    if let Some((p, jp)) = pending.take() {
        settle(&mut chs[p], jp, false);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Units

const K_TEXT: u8 = 0;
const K_SPACE: u8 = 1;
const K_TAB: u8 = 2;
/// LRI, RLI, FSI, PDI (zero width).
const K_ISOLATE: u8 = 3;
/// Other characters that are not drawn (zero width).
const K_INVISIBLE: u8 = 4;

/// One grapheme cluster: the future cell. Kept small (20 bytes): a paragraph has one per
/// character or so, each written once and read by wrapping, reordering and drawing.
#[derive(Debug, Clone, Copy)]
struct Unit {
    /// Where it starts in the paragraph; it ends where the next unit starts (the last one at
    /// the end of the paragraph): units tile the paragraph, the alef of a lam-alef and a
    /// cluster's marks included.
    lo: u32,
    /// The drawn text when it is at most one character: its UTF-8 bytes (`len` of them), held
    /// in the unit so that most cells are written with one 4-byte copy and no look-up. When
    /// `len` is [`IN_DISP`]: the start of the drawn text in the shared buffer (`u32`, little
    /// endian), which ends at `t1`.
    bytes: [u8; 4],
    t1: u32,
    width: u32,
    level: u8,
    kind: u8,
    /// Break opportunity before this unit: 0 none, 1 after whitespace, 2 another UAX #14 one.
    brk: u8,
    /// Bytes of the drawn text in `bytes` (0: nothing drawn), or [`IN_DISP`].
    len: u8,
}

/// [`Unit::len`] of a unit whose drawn text is in the shared buffer.
const IN_DISP: u8 = u8::MAX;

impl Unit {
    /// A unit whose drawn text is `t0..t1` of the shared buffer.
    fn in_disp(lo: u32, t0: usize, t1: usize, width: u32, level: u8, kind: u8) -> Unit {
        Unit {
            lo,
            bytes: (t0 as u32).to_le_bytes(),
            t1: t1 as u32,
            width,
            level,
            kind,
            brk: 0,
            len: IN_DISP,
        }
    }

    /// The range of the shared buffer holding the drawn text (when `len` is [`IN_DISP`]).
    #[inline]
    fn disp_range(&self) -> Range<usize> {
        u32::from_le_bytes(self.bytes) as usize..self.t1 as usize
    }

    /// Sets the drawn text to `t0..t1` of the shared buffer.
    #[inline]
    fn set_disp(&mut self, t0: usize, t1: usize) {
        self.bytes = (t0 as u32).to_le_bytes();
        self.t1 = t1 as u32;
        self.len = IN_DISP;
    }

    /// The drawn text (`disp`: the shared buffer).
    #[inline]
    fn text<'a>(&'a self, disp: &'a str) -> &'a str {
        if self.len == IN_DISP {
            disp.get(self.disp_range()).unwrap_or("")
        } else {
            std::str::from_utf8(&self.bytes[..usize::from(self.len.min(4))]).unwrap_or("")
        }
    }

    /// Appends the drawn text to `out`.
    #[inline(always)]
    fn write(&self, disp: &[u8], out: &mut Vec<u8>) {
        if self.len <= 4 {
            // Four bytes copied at once (a fixed-size copy is one store, a slice of 1 to 4
            // bytes a call to memcpy), then the ones past the character dropped.
            out.extend_from_slice(&self.bytes);
            out.truncate(out.len() - 4 + usize::from(self.len));
        } else {
            out.extend(disp.get(self.disp_range()).unwrap_or(&[]).iter().copied());
        }
    }

    /// Makes the drawn text empty (a unit not drawn).
    #[inline]
    fn clear_text(&mut self) {
        self.len = 0;
    }

    /// Moves drawn text held in the unit to the end of the shared buffer (so that more can be
    /// appended to it there).
    fn move_text_to_disp(&mut self, disp: &mut String) {
        if self.len != IN_DISP {
            let t0 = disp.len();
            disp.push_str(self.text(""));
            self.set_disp(t0, disp.len());
        }
    }
}

/// Where unit `k` of `units` ends: where the next one starts, or `end` (the paragraph's end).
#[inline]
fn unit_end(units: &[Unit], k: usize, end: u32) -> u32 {
    units.get(k + 1).map_or(end, |u| u.lo)
}

/// Builds the unit of the cluster of characters `i..e` (`len`: the paragraph's length in
/// bytes).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn push_unit(
    chs: &[Ch],
    i: usize,
    e: usize,
    len: u32,
    app: bool,
    max_width: u32,
    units: &mut Vec<Unit>,
    disp: &mut String,
) {
    if e == i + 1
        && let Some(unit) = one_char_unit(&chs[i], app, max_width)
    {
        units.push(unit);
    } else {
        push_cluster(chs, i, e, len, app, max_width, units, disp);
    }
}

/// The unit of the character `c`, when it is a cluster alone and drawn as one character (itself,
/// its presentation form or its mirror) no wider than the line: most cells. `None` for the
/// others, which [`push_cluster`] builds.
#[inline(always)]
fn one_char_unit(c: &Ch, app: bool, max_width: u32) -> Option<Unit> {
    if c.props & (CONTROL | NOT_DRAWN | MARK | JOINER | ZERO) != 0 || c.drawn == ABSORBED {
        return None;
    }
    let (drawn, width) = if c.drawn != c.cp || c.is(ARABIC) {
        (c.drawn, 1)
    } else if app && c.level % 2 == 1 && c.is(MIRRORED) {
        let m = mirror(c.char());
        (u32::from(m), char_width(m) as u32)
    } else {
        (c.cp, if c.is(WIDE) { 2 } else { 1 })
    };
    if width > max_width {
        // (a wide character at width 1: cut like any cluster wider than the line)
        return None;
    }
    let (bytes, len) = utf8(drawn);
    Some(Unit {
        lo: c.off,
        bytes,
        t1: 0,
        width,
        level: c.level,
        kind: if c.is(SPACE_LIKE) { K_SPACE } else { K_TEXT },
        brk: 0,
        len,
    })
}

/// The UTF-8 bytes of the character `u` (a code point the engine took from the text or from
/// its tables, so always a character) and how many there are: `char::encode_utf8` without the
/// check that the code point is a character and without a slice.
#[inline(always)]
fn utf8(u: u32) -> ([u8; 4], u8) {
    if u < 0x80 {
        ([u as u8, 0, 0, 0], 1)
    } else if u < 0x800 {
        ([0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8, 0, 0], 2)
    } else if u < 0x10000 {
        (
            [
                0xE0 | (u >> 12) as u8,
                0x80 | ((u >> 6) & 0x3F) as u8,
                0x80 | (u & 0x3F) as u8,
                0,
            ],
            3,
        )
    } else {
        (
            [
                0xF0 | ((u >> 18) & 0x07) as u8,
                0x80 | ((u >> 12) & 0x3F) as u8,
                0x80 | ((u >> 6) & 0x3F) as u8,
                0x80 | (u & 0x3F) as u8,
            ],
            4,
        )
    }
}

/// [`push_unit`] for the other clusters: several characters, marks, controls, format
/// characters, the alef of a lam-alef.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn push_cluster(
    chs: &[Ch],
    i: usize,
    e: usize,
    len: u32,
    app: bool,
    max_width: u32,
    units: &mut Vec<Unit>,
    disp: &mut String,
) {
    let first = chs[i];
    let end = chs.get(e).map_or(len, |c| c.off);
    let odd = app && first.level % 2 == 1;
    let first_absorbed = first.drawn == ABSORBED;
    if first_absorbed && let Some(prev) = units.last_mut() {
        // The alef of a lam-alef: one cell with the lam. Alone it adds nothing to draw;
        // whatever it carries is drawn after the ligature, in the shared buffer. (The unit
        // covers it: the next one starts after it.)
        if e == i + 1 {
            return;
        }
        prev.move_text_to_disp(disp);
    }
    let t0 = disp.len();
    let mut width = 0u32;
    let cl = &chs[i..e];
    let kind = if first.is(TAB) {
        K_TAB
    } else if matches!(first.cp, 0x2066..=0x2069) {
        K_ISOLATE
    } else if first.is(SPACE_LIKE) && cl.iter().all(|c| c.is(SPACE_LIKE)) {
        K_SPACE
    } else {
        K_TEXT
    };
    if first.cp >= 0x300 && first.is(MARK) && !first_absorbed {
        disp.push(DOTTED_CIRCLE);
        width += 1;
    }
    // In a right-to-left run the joiners of a cluster come first, as UAX #9 reversal (with marks
    // kept after their base) puts them.
    let joiners_first = odd && end - first.off > 3 && cl.iter().any(|c| c.is(JOINER));
    if joiners_first {
        for c in cl.iter().filter(|c| c.is(JOINER)) {
            disp.push(c.char());
        }
    }
    for c in cl {
        if c.drawn == ABSORBED || (joiners_first && c.is(JOINER)) {
            continue;
        }
        if c.drawn != c.cp || c.is(ARABIC) {
            // Arabic letters, presentation forms and ligatures: one column, never mirrored.
            disp.push(char::from_u32(c.drawn).unwrap_or(char::REPLACEMENT_CHARACTER));
            width += 1;
        } else if c.is(CONTROL) {
            disp.push(control_symbol(c.char()).unwrap_or(char::REPLACEMENT_CHARACTER));
            width += 1;
        } else if c.is(NOT_DRAWN) {
        } else {
            let ch = if odd && c.is(MIRRORED) {
                mirror(c.char())
            } else {
                c.char()
            };
            disp.push(ch);
            width += if ch == c.char() {
                if c.is(ZERO) {
                    0
                } else if c.is(WIDE) {
                    2
                } else {
                    1
                }
            } else {
                char_width(ch) as u32
            };
        }
    }
    if first_absorbed && let Some(prev) = units.last_mut() {
        // What the alef carries may make the cell wider than the line.
        prev.width += width;
        if prev.width > max_width {
            prev.width = cut_cluster(disp, prev.disp_range().start, max_width as usize) as u32;
        }
        prev.t1 = disp.len() as u32;
        return;
    }
    let kind = if kind == K_TEXT && width == 0 {
        K_INVISIBLE
    } else {
        kind
    };
    if width == 0 {
        disp.truncate(t0);
    } else if width > max_width {
        width = cut_cluster(disp, t0, max_width as usize) as u32;
    }
    units.push(Unit::in_disp(
        first.off,
        t0,
        disp.len(),
        width,
        first.level,
        kind,
    ));
}

/// Cuts the drawn text of a grapheme cluster wider than a whole line (`disp[t0..]`, such as an
/// emoji with dozens of modifiers) to what fits in `max` columns, ending in `…`; returns its new
/// width. The cell still covers the whole cluster: only what is drawn is shortened.
fn cut_cluster(disp: &mut String, t0: usize, max: usize) -> usize {
    let drawn = disp.split_off(t0);
    let mut width = 0;
    for c in drawn.chars() {
        let w = char_width(c);
        if width + w + 1 > max {
            break;
        }
        disp.push(c);
        width += w;
    }
    disp.push('…');
    width + 1
}

/// The units of the paragraph, in logical order. When every character [`breaks_simply`], their
/// breaks after spaces are found on the way (step 5).
fn units(text: &str, opts: &LayoutOptions, sum: Summary, sc: &mut Scratch) {
    let app = opts.bidi == BidiMode::App;
    let max_width = u32::try_from(opts.width.max(1)).unwrap_or(u32::MAX);
    let Scratch {
        chs, units, disp, ..
    } = sc;
    units.clear();
    disp.clear();
    let n = chs.len();
    let len = text.len() as u32;
    // (a local vector: its length stays in a register)
    let mut out = std::mem::take(units);
    if sum.all & FAST_CLUSTER != 0 {
        let fast_breaks = sum.all & FAST_BREAK != 0;
        let mut breaks = SpaceBreaks::default();
        let mut i = 0;
        while i < n {
            // Most characters are a cluster alone, drawn as one character.
            if chs.get(i + 1).is_none_or(|next| !next.is(MARK))
                && let Some(mut unit) = one_char_unit(&chs[i], app, max_width)
            {
                if fast_breaks && breaks.before(chs, i, unit.kind == K_SPACE) {
                    unit.brk = 1;
                }
                out.push(unit);
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while e < n && chs[e].is(MARK) {
                e += 1;
            }
            let before = out.len();
            push_cluster(chs, i, e, len, app, max_width, &mut out, disp);
            if fast_breaks
                && let Some(unit) = out.get_mut(before)
                && breaks.before(chs, i, e == i + 1 && unit.kind == K_SPACE)
            {
                unit.brk = 1;
            }
            i = e;
        }
    } else {
        let mut i = 0;
        for (start, g) in text.grapheme_indices(true) {
            let end = start + g.len();
            let mut e = i;
            while e < n && (chs[e].off as usize) < end {
                e += 1;
            }
            if e > i {
                push_unit(chs, i, e, len, app, max_width, &mut out, disp);
            }
            i = e;
        }
    }
    *units = out;
}

/// Breaks after spaces found while the units are built (see [`break_after_spaces`]).
#[derive(Default)]
struct SpaceBreaks {
    /// The characters of the last unit that is not a space.
    last_start: usize,
    last_end: usize,
    /// Whether the last unit is a space.
    prev_space: bool,
}

impl SpaceBreaks {
    /// Takes the next unit, starting at character `i`; true when UAX #14 allows a break before
    /// it (after spaces).
    #[inline(always)]
    fn before(&mut self, chs: &[Ch], i: usize, space: bool) -> bool {
        if space {
            if !self.prev_space {
                self.last_end = i;
            }
            self.prev_space = true;
            return false;
        }
        let brk = self.prev_space
            && chs.get(i).is_some_and(|c| {
                break_after_spaces(chs.get(self.last_start..self.last_end).unwrap_or(&[]), c.cp)
            });
        self.last_start = i;
        self.last_end = chs.len();
        self.prev_space = false;
        brk
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Break opportunities

/// Memo of UAX #14 breaks after spaces by (class before, class after): 0 unknown, 1 no, 2 yes.
/// Shared by all threads (a value is the same whoever computes it).
static BREAK_MEMO: [AtomicU8; 64 * 64] = [const { AtomicU8::new(0) }; 64 * 64];

/// Key of the break class for the memo (a space with marks on it counts as a letter, LB10).
const KEY_SPACE_MARKS: usize = 63;
/// Key for "nothing before the spaces" (start of the paragraph).
const KEY_SOT: usize = 62;

fn break_key(c: u32) -> usize {
    usize::from(unicode_linebreak::break_property(c) as u8).min(61)
}

/// Whether UAX #14 allows a break after spaces between the cluster `before` and the character
/// `after`. Line breaking is a pair-table automaton over break classes; marks take the class of
/// their base (LB9), so for the characters of [`breaks_simply`] the answer depends only on the two
/// classes. It is asked of `unicode_linebreak` once per pair and memoised.
fn break_after_spaces(before: &[Ch], after: u32) -> bool {
    let kb = match before.first() {
        None => KEY_SOT,
        Some(b) if b.cp == u32::from(b' ') => KEY_SPACE_MARKS,
        Some(b) => PropTable::get().break_key(b.cp),
    };
    let ka = PropTable::get().break_key(after);
    let Some(slot) = BREAK_MEMO.get(kb * 64 + ka) else {
        return false;
    };
    let mut v = slot.load(Relaxed);
    if v == 0 {
        let mut s: String = before.iter().map(Ch::char).collect();
        s.push(' ');
        let pos = s.len();
        s.extend(char::from_u32(after));
        let yes = linebreaks(&s).any(|(p, _)| p == pos);
        v = if yes { 2 } else { 1 };
        slot.store(v, Relaxed);
    }
    v == 2
}

/// Every UAX #14 opportunity, ranked.
fn all_breaks(text: &str, units: &mut [Unit]) {
    for unit in units.iter_mut() {
        unit.brk = 0;
    }
    let mut u = 0usize;
    for (pos, _) in linebreaks(text) {
        if pos >= text.len() {
            break;
        }
        while u < units.len() && (units[u].lo as usize) < pos {
            u += 1;
        }
        if u < units.len() && units[u].lo as usize == pos && u > 0 {
            let after_space = text[..pos].chars().next_back().is_some_and(|b| {
                b == ' ' || b == '\t' || (PropTable::get().props(b) & 0x1F) as u8 == C_WS
            });
            units[u].brk = if after_space { 1 } else { 2 };
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Wrapping

/// Greedy wrapping in logical order: unit index ranges of the lines. Tab widths are set here.
/// With `spaces_only` (only breaks after spaces are known), returns false as soon as a line
/// would need another break opportunity.
fn wrap(
    units: &mut [Unit],
    width: usize,
    tab_width: usize,
    spaces_only: bool,
    lines: &mut Vec<Range<usize>>,
) -> bool {
    let n = units.len();
    lines.clear();
    let mut s = 0usize;
    let mut i = 0usize;
    let mut w = 0usize; // width of s..i up to the last non-space unit
    let mut tail = 0usize; // width of the whitespace after it
    let mut space_brk: Option<usize> = None;
    let mut other_brk: Option<usize> = None;
    while let Some(u) = units.get_mut(i) {
        // (most units have no break before them: one test for them)
        if u.brk != 0 && i > s && w > 0 {
            match u.brk {
                1 => space_brk = Some(i),
                _ => other_brk = Some(i),
            }
        }
        let kind = u.kind;
        if kind == K_TAB {
            let col = w + tail;
            u.width = u32::try_from(tab_width - col % tab_width).unwrap_or(u32::MAX);
        }
        let uw = u.width as usize;
        if kind == K_SPACE || kind == K_TAB {
            tail += uw;
            i += 1;
            continue;
        }
        if uw > 0 && w + tail + uw > width && w + tail > 0 {
            if space_brk.is_none() && spaces_only {
                return false;
            }
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
    true
}

// ---------------------------------------------------------------------------------------------
// 7. Reordering

/// Units of a line at one level, next to each other in logical order (`start..end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    start: usize,
    end: usize,
    level: u8,
}

/// Puts the runs of a line (logical order, each a maximal stretch at one level) in visual order:
/// UAX #9 L2, "from the highest level to the lowest odd level, reverse any contiguous sequence
/// at that level or higher", applied to whole runs. A unit is reversed with its run once per
/// level from the lowest odd one up to its own, so inside a run the units end up reversed
/// exactly when the run's level is odd: the caller reads odd runs backwards.
fn reorder_runs(runs: &mut [Run]) {
    if runs.len() < 2 {
        return;
    }
    let (Some(max), Some(min)) = (
        runs.iter().map(|r| r.level).max(),
        runs.iter().map(|r| r.level).min(),
    ) else {
        return;
    };
    let low = if min % 2 == 1 { min } else { min + 1 };
    let mut l = max;
    while l >= low {
        let mut i = 0;
        while i < runs.len() {
            if runs[i].level >= l {
                let st = i;
                while i < runs.len() && runs[i].level >= l {
                    i += 1;
                }
                runs[st..i].reverse();
            } else {
                i += 1;
            }
        }
        l -= 1;
    }
}

// ---------------------------------------------------------------------------------------------
// The pipeline

/// Buffers reused from one paragraph to the next (per thread), so that laying out a long
/// document does not allocate per paragraph.
#[derive(Default)]
pub(crate) struct Scratch {
    chs: Vec<Ch>,
    btext: String,
    units: Vec<Unit>,
    disp: String,
    lines: Vec<Range<usize>>,
    runs: Vec<Run>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// One laid-out line, borrowed from the engine's buffers (no allocation per cell).
pub(crate) struct LineView<'a> {
    pub x: usize,
    pub rtl: bool,
    pub logical: Range<usize>,
    /// Added to the units' byte offsets (a paragraph laid out in pieces, see [`lay_out_with`]).
    base: usize,
    /// The line's runs in visual order; the units of an odd run are read backwards.
    runs: &'a [Run],
    /// The paragraph's units, and where the last one ends.
    units: &'a [Unit],
    end: u32,
    disp: &'a str,
}

impl LineView<'_> {
    /// The indices of the units of the line, left to right.
    fn visual_units(&self) -> impl Iterator<Item = usize> + '_ {
        self.runs.iter().flat_map(|run| {
            let units = run.start..run.end;
            let (forward, backward) = if run.level % 2 == 1 {
                (None, Some(units.rev()))
            } else {
                (Some(units), None)
            };
            forward
                .into_iter()
                .flatten()
                .chain(backward.into_iter().flatten())
        })
    }

    /// Cells left to right: (drawn text, width, logical range).
    pub fn cells(&self) -> impl Iterator<Item = (&str, usize, Range<usize>)> + '_ {
        self.visual_units().filter_map(|k| {
            let u = self.units.get(k)?;
            let end = unit_end(self.units, k, self.end);
            Some((
                u.text(self.disp),
                u.width as usize,
                self.base + u.lo as usize..self.base + end as usize,
            ))
        })
    }

    /// Appends the drawn text of the cells, left to right, to `out` (what `render` writes).
    pub fn write_cells(&self, out: &mut Vec<u8>) {
        let disp = self.disp.as_bytes();
        for run in self.runs {
            let units = self.units.get(run.start..run.end).unwrap_or(&[]);
            if run.level % 2 == 1 {
                for u in units.iter().rev() {
                    u.write(disp, out);
                }
            } else {
                for u in units {
                    u.write(disp, out);
                }
            }
        }
    }

    pub fn to_visual_line(&self) -> VisualLine {
        // Sized once and filled run by run: collecting `cells()` (a flattened chain, with no
        // size hint) grew the vector by reallocation, which made `lay_out` slower than before
        // the runs (criterion `lay_out`: 157 µs against 122 µs on the seed).
        let n = self
            .runs
            .iter()
            .map(|r| r.end.saturating_sub(r.start))
            .sum();
        let mut cells = Vec::with_capacity(n);
        let cell = |k: usize| {
            let u = self.units.get(k)?;
            let end = unit_end(self.units, k, self.end);
            Some(Cell {
                text: u.text(self.disp).to_owned(),
                width: u.width as usize,
                logical: self.base + u.lo as usize..self.base + end as usize,
            })
        };
        for run in self.runs {
            if run.level % 2 == 1 {
                cells.extend((run.start..run.end).rev().filter_map(cell));
            } else {
                cells.extend((run.start..run.end).filter_map(cell));
            }
        }
        VisualLine {
            x: self.x,
            cells,
            logical: self.logical.clone(),
            rtl: self.rtl,
        }
    }
}

pub(super) fn lay_out(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let mut out = Vec::new();
    lay_out_with(text, opts, &mut |l: &LineView| out.push(l.to_visual_line()));
    out
}

/// Longest piece laid out at once: byte offsets are kept in 32 bits.
const MAX_PIECE: usize = u32::MAX as usize / 2;

/// Lays out `text` and hands each line to `emit`, in order.
pub(crate) fn lay_out_with(text: &str, opts: &LayoutOptions, emit: &mut dyn FnMut(&LineView)) {
    if text.len() > MAX_PIECE {
        // Beyond what any article holds in one line: laid out in pieces cut at characters.
        let mut start = 0;
        while start < text.len() {
            let mut end = (start + MAX_PIECE).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            lay_out_piece(&text[start..end], start, opts, emit);
            start = end;
        }
        return;
    }
    lay_out_piece(text, 0, opts, emit);
}

fn lay_out_piece(text: &str, base: usize, opts: &LayoutOptions, emit: &mut dyn FnMut(&LineView)) {
    // Reuse this thread's buffers, unless they are in use (a nested call from `emit`).
    let reused = SCRATCH.try_with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => {
            lay_out_in(text, base, opts, emit, &mut sc);
            true
        }
        Err(_) => false,
    });
    if reused != Ok(true) {
        lay_out_in(text, base, opts, emit, &mut Scratch::default());
    }
}

fn lay_out_in(
    text: &str,
    base_off: usize,
    opts: &LayoutOptions,
    emit: &mut dyn FnMut(&LineView),
    sc: &mut Scratch,
) {
    let width = opts.width.max(1);
    let tab_width = opts.tab_width.max(1);
    let app = opts.bidi == BidiMode::App;
    let sum = decode(text, sc);
    let (has_levels, base) = levels(text, opts, sum, sc);
    let rtl = base % 2 == 1;
    if text.is_empty() {
        emit(&LineView {
            x: if rtl && app { width } else { 0 },
            rtl,
            logical: base_off..base_off,
            base: base_off,
            runs: &[],
            units: &[],
            end: 0,
            disp: "",
        });
        return;
    }
    if app && opts.shaping && has_levels {
        shape(&mut sc.chs);
    }
    units(text, opts, sum, sc);
    let Scratch {
        units,
        disp,
        lines,
        runs,
        ..
    } = sc;
    // Breaks after spaces were found with the units when every character breaks simply (the
    // only whitespace is then the space, and UAX #14 never breaks before one: these are all the
    // breaks after whitespace); the others only if a line needs one.
    let fast_breaks = sum.all & FAST_BREAK != 0;
    if !fast_breaks {
        all_breaks(text, units);
    }
    if !wrap(units, width, tab_width, fast_breaks, lines) {
        all_breaks(text, units);
        wrap(units, width, tab_width, false, lines);
    }
    let reorder = app && has_levels;
    for r in lines.iter().cloned() {
        if r.is_empty() {
            continue;
        }
        // Trailing whitespace hangs: width 0, not drawn.
        let mut j = r.end;
        while j > r.start && matches!(units[j - 1].kind, K_SPACE | K_TAB | K_ISOLATE | K_INVISIBLE)
        {
            j -= 1;
            units[j].width = 0;
            units[j].clear_text();
        }
        // One pass from the end of the rest: tabs drawn as spaces up to their tab stop, the
        // line's width, and its runs of units at one level, where trailing whitespace, tabs and
        // the whitespace before a tab are at the paragraph level (L1).
        runs.clear();
        let mut at_base = false;
        let mut line_w = 0usize;
        // The run being gathered (it ends at `run_end`), at the paragraph level for the
        // trailing whitespace.
        let mut run_level = if reorder { base } else { 0 };
        let mut run_end = r.end;
        for k in (r.start..j).rev() {
            let u = &mut units[k];
            match u.kind {
                K_TAB => {
                    at_base = true;
                    let t0 = disp.len();
                    disp.extend(std::iter::repeat_n(' ', u.width as usize));
                    u.set_disp(t0, disp.len());
                }
                K_SPACE | K_ISOLATE | K_INVISIBLE => {}
                _ => at_base = false,
            }
            line_w += u.width as usize;
            let level = match (reorder, at_base) {
                (false, _) => 0,
                (true, true) => base,
                (true, false) => u.level,
            };
            if level != run_level {
                if k + 1 < run_end {
                    runs.push(Run {
                        start: k + 1,
                        end: run_end,
                        level: run_level,
                    });
                }
                run_end = k + 1;
                run_level = level;
            }
        }
        runs.push(Run {
            start: r.start,
            end: run_end,
            level: run_level,
        });
        runs.reverse();
        reorder_runs(runs);
        emit(&LineView {
            x: if rtl && app {
                width.saturating_sub(line_w)
            } else {
                0
            },
            rtl,
            logical: base_off + units[r.start].lo as usize
                ..base_off + unit_end(units, r.end - 1, text.len() as u32) as usize,
            base: base_off,
            runs,
            units,
            end: text.len() as u32,
            disp,
        });
    }
}

/// Shapes `text` with the levels `level_at` gives its characters' offsets, as step 3 does.
#[cfg(test)]
pub(crate) fn shape_text(
    text: &str,
    level_at: impl Fn(usize) -> u8,
) -> Vec<super::shaping::Shaped> {
    use super::shaping::Shaped;
    let mut sc = Scratch::default();
    decode(text, &mut sc);
    for ch in &mut sc.chs {
        ch.level = level_at(ch.off as usize);
    }
    shape(&mut sc.chs);
    sc.chs
        .iter()
        .map(|c| match c.drawn {
            ABSORBED => Shaped::Absorbed,
            d if d == c.cp => Shaped::Same,
            d => Shaped::Form(char::from_u32(d).unwrap_or(char::REPLACEMENT_CHARACTER)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn class_codes_name_their_classes() {
        use BidiClass::*;
        for (code, k) in [
            (C_AL, AL),
            (C_AN, AN),
            (C_B, B),
            (C_BN, BN),
            (C_CS, CS),
            (C_EN, EN),
            (C_ES, ES),
            (C_ET, ET),
            (C_FSI, FSI),
            (C_L, L),
            (C_LRE, LRE),
            (C_LRI, LRI),
            (C_LRO, LRO),
            (C_NSM, NSM),
            (C_PDF, PDF),
            (C_PDI, PDI),
            (C_R, R),
            (C_RLE, RLE),
            (C_RLI, RLI),
            (C_RLO, RLO),
            (C_WS, WS),
        ] {
            assert_eq!(CLASSES[usize::from(code)], k);
            assert_eq!(class_code(k), code);
        }
    }

    /// Levels per character from `unicode_bidi`, for comparison.
    fn general_levels(text: &str, forced_rtl: bool) -> Vec<u8> {
        let forced = forced_rtl.then(Level::rtl);
        let info = ParagraphBidiInfo::new(text, forced);
        text.char_indices()
            .map(|(o, _)| info.levels[o].number())
            .collect()
    }

    /// This engine's levels per character (`None` when the simple path does not apply).
    fn simple_levels(text: &str, forced_rtl: bool) -> Option<Vec<u8>> {
        let mut sc = Scratch::default();
        let opts = LayoutOptions {
            direction: if forced_rtl {
                Direction::Rtl
            } else {
                Direction::Auto
            },
            ..LayoutOptions::default()
        };
        let sum = decode(text, &mut sc);
        let simple = sum.classes & NOT_SIMPLE == 0
            && sum.any & CONTROL == 0
            && (sum.classes & (bit(C_R) | bit(C_AL)) != 0 || forced_rtl);
        if !simple {
            return None;
        }
        levels(text, &opts, sum, &mut sc);
        Some(sc.chs.iter().map(|c| c.level).collect())
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
                simple_levels(t, false),
                Some(general_levels(t, false)),
                "{t}"
            );
        }
        assert_eq!(simple_levels("abc مرحبا", false), None);
        assert_eq!(simple_levels("123", false), None);
    }

    #[test]
    fn utf8_encodes_as_the_standard_library_does() {
        // every length and the edges between lengths
        for u in (0..0x3000)
            .chain(0xD7F0..0xE010)
            .chain(0xFB40..0x10100)
            .chain(0x10FF00..0x110000)
        {
            if let Some(c) = char::from_u32(u) {
                let mut want = [0u8; 4];
                let n = c.encode_utf8(&mut want).len();
                let (bytes, len) = utf8(u);
                assert_eq!(
                    (&bytes[..usize::from(len)], len),
                    (&want[..n], n as u8),
                    "{u:X}"
                );
            }
        }
    }

    #[test]
    fn every_char_of_the_simple_cluster_set_clusters_as_segmentation_says() {
        // a character and the marks after it: only when no character needs the general rules
        let mut sc = Scratch::default();
        let sum = decode("\u{ad}\u{300}", &mut sc);
        assert_eq!(sum.all & FAST_CLUSTER, 0);
    }

    proptest! {
        #[test]
        fn simple_clusters_agree_with_unicode_segmentation(
            chars in prop::collection::vec(prop_oneof![
                0x20u32..0x7F, 0x300u32..0x370, 0x590u32..0x900, 0xA0u32..0x300, 0x2000u32..0x2070, 0xFB50u32..0xFF00,
            ], 0..40),
        ) {
            let t: String = chars.into_iter().filter_map(char::from_u32).collect();
            let mut sc = Scratch::default();
            let sum = decode(&t, &mut sc);
            if sum.all & FAST_CLUSTER != 0 {
                let opts = LayoutOptions { shaping: false, ..LayoutOptions::default() };
                units(&t, &opts, sum, &mut sc);
                let fast: Vec<usize> = sc.units.iter().map(|u| u.lo as usize).collect();
                let slow: Vec<usize> = t.grapheme_indices(true).map(|(o, _)| o).collect();
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
            if let Some(lv) = simple_levels(&t, forced) {
                prop_assert_eq!(lv, general_levels(&t, forced), "{:?}", t);
            }
        }

        /// Breaks after spaces from the memo are exactly UAX #14's breaks after whitespace.
        #[test]
        fn memo_breaks_agree_with_unicode_linebreak(
            pieces in prop::collection::vec(prop::sample::select(vec![
                "ب", "ت", "ل", "ا", "أ", "م", "ر", "و", "ي", "ة", "ء", "ـ", "لا", "سلام", "ש",
                "\u{FEDF}", "ﻻ", "0", "12", "2016-2020", "٣٤٫٥", "12.5%", "+3", "$40", "#", "/",
                "-", ".", ",", ":", "،", "؟", "!", "?", ";", "(", ")", "[", "]", "{", "}", "«",
                "»", "‹", "›", "“", "”", "\"", "'", "<", ">", "—", "–", "…", "‰", "€",
                "\u{00A0}", "·", "\u{064E}", "\u{0651}", "\u{0670}", "\u{05B0}", "\u{0301}", "~",
                "*", " ", " ", "  ", "   ",
            ]), 0..40),
        ) {
            let t = pieces.concat();
            let mut sc = Scratch::default();
            let sum = decode(&t, &mut sc);
            if sum.all & FAST_BREAK != 0 {
                let opts = LayoutOptions { shaping: false, ..LayoutOptions::default() };
                units(&t, &opts, sum, &mut sc);
                let memo: Vec<u8> = sc.units.iter().map(|u| u.brk).collect();
                all_breaks(&t, &mut sc.units);
                let full: Vec<u8> = sc.units.iter().map(|u| u8::from(u.brk == 1)).collect();
                prop_assert_eq!(memo, full, "{:?}", t);
            }
        }
    }
}
