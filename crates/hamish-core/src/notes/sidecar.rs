//! The sidecar file format: parsing (with `file:line` errors) and writing (by hand, so the file stays
//! readable: one `[[note]]` per note, multi-line note text as a multi-line string).
//!
//! [`parse`] is strict: it is what a write is checked against before it replaces a sidecar.
//! [`parse_repairing`] is what readers use: it also reads what a hand edit or an earlier hamish
//! may have left (dates out of TOML's range, two notes with one id), says what it changed, and
//! never drops a note.

use crate::text::{line_of, one_line};
use serde::Deserialize;
use toml::Spanned;
use toml::value::{Datetime, Offset};

/// The schema this hamish reads and writes.
pub const SCHEMA: i64 = 1;

/// A UTC instant with millisecond precision, written as RFC 3339 (`2026-11-29T10:00:00.123Z`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp(pub i64);

impl Stamp {
    /// 0000-01-01T00:00:00.000Z: TOML dates have four-digit years, so nothing earlier can be
    /// written (or read back).
    pub const MIN: Stamp = Stamp(-62_167_219_200_000);
    /// 9999-12-31T23:59:59.999Z, the latest instant a sidecar can hold.
    pub const MAX: Stamp = Stamp(253_402_300_799_999);

    pub fn now() -> Stamp {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        Stamp(ms).clamped()
    }

    /// The nearest instant a sidecar can hold.
    pub fn clamped(self) -> Stamp {
        Stamp(self.0.clamp(Stamp::MIN.0, Stamp::MAX.0))
    }

    /// One millisecond later, staying at [`Stamp::MAX`] (a later date could not be written).
    pub fn next(self) -> Stamp {
        Stamp(self.0.saturating_add(1)).clamped()
    }

    fn from_datetime(dt: &Datetime) -> Stamp {
        let (y, mo, d) = dt
            .date
            .map_or((1970, 1, 1), |d| (i64::from(d.year), d.month, d.day));
        let days = days_from_civil(y, i64::from(mo), i64::from(d));
        let (h, mi, s, ns) = dt.time.map_or((0, 0, 0, 0), |t| {
            (
                i64::from(t.hour),
                i64::from(t.minute),
                i64::from(t.second.unwrap_or(0)),
                i64::from(t.nanosecond.unwrap_or(0)),
            )
        });
        let offset_min = match dt.offset {
            Some(Offset::Custom { minutes }) => i64::from(minutes),
            _ => 0,
        };
        let secs = days * 86_400 + h * 3600 + mi * 60 + s - offset_min * 60;
        // An offset can carry a date at the ends of the range out of it (year 0 at +01:00).
        Stamp(secs * 1000 + ns / 1_000_000).clamped()
    }

    /// RFC 3339 in UTC with milliseconds (of the nearest instant a sidecar can hold).
    pub fn rfc3339(self) -> String {
        let Stamp(ms_total) = self.clamped();
        let ms = ms_total.rem_euclid(1000);
        let secs = ms_total.div_euclid(1000);
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{ms:03}Z",
            rem / 3600,
            (rem / 60) % 60,
            rem % 60
        )
    }
}

// Howard Hinnant's well-known civil calendar arithmetic (public domain algorithms), written out here.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Where a note was written: code-point offsets into the article text of the time, the passage
/// itself and up to 32 code points of context each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub start: usize,
    pub end: usize,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// One note as stored (tombstones included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub created: Stamp,
    pub updated: Stamp,
    pub text: String,
    pub deleted: bool,
    /// Always present on live notes; tombstones drop it.
    pub anchor: Option<Anchor>,
}

/// The whole sidecar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sidecar {
    pub sha256: Option<String>,
    /// The article's path, in sidecars kept in the data folder (beside the article it goes
    /// without saying).
    pub article: Option<String>,
    /// Reading position, code points.
    pub reading: Option<usize>,
    pub notes: Vec<Record>,
}

/// Why a sidecar could not be read: the line (1-based) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub what: String,
}

#[derive(Deserialize)]
struct Probe {
    schema: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSidecar {
    #[allow(dead_code)]
    schema: i64,
    document: Option<RawDocument>,
    reading: Option<RawReading>,
    #[serde(default)]
    note: Vec<Spanned<RawNote>>,
}

/// One part of a sidecar: notes only.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotes {
    note: Vec<Spanned<RawNote>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    sha256: Option<String>,
    article: Option<String>,
    offset_unit: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReading {
    offset: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    id: Spanned<String>,
    created: Datetime,
    updated: Option<Datetime>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    deleted: bool,
    anchor: Option<RawAnchor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnchor {
    start: u64,
    end: u64,
    exact: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
}

fn to_usize(v: u64) -> usize {
    usize::try_from(v).unwrap_or(usize::MAX)
}

/// Parses a sidecar. Anything this hamish does not fully understand is an error (so it is never
/// rewritten and silently loses what it did not understand).
pub fn parse(bytes: &[u8]) -> Result<Sidecar, ParseError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            return Err(ParseError {
                line,
                what: "not UTF-8 text".into(),
            });
        }
    };
    let pieces = note_lines(text);
    match parse_in_pieces(text, &pieces) {
        Some(result) => result,
        None => parse_whole(text),
    }
}

/// Where each line that is exactly `[[note]]` starts.
fn note_lines(text: &str) -> Vec<usize> {
    let mut at = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[[note]]" {
            at.push(start);
        }
        start += line.len();
    }
    at
}

/// A TOML parser holds several times its input while it parses, so a big sidecar is parsed one
/// note at a time: the part before the first `[[note]]` line, then each note from its
/// `[[note]]` line to the next. `None` when a part does not parse on its own (a `[[note]]` line
/// inside a multi-line string, a table after the notes, a plain syntax error): then the whole
/// file is parsed at once, which gives the same result or the error with its right line.
fn parse_in_pieces(text: &str, pieces: &[usize]) -> Option<Result<Sidecar, ParseError>> {
    let &first = pieces.first()?;
    let head = &text[..first];
    let probe: Probe = toml::from_str(head).ok()?;
    if let Err(e) = check_schema(text, &probe) {
        return Some(Err(e));
    }
    let raw: RawSidecar = toml::from_str(head).ok()?;
    if !raw.note.is_empty() {
        return None;
    }
    let mut notes = Vec::new();
    for (i, &start) in pieces.iter().enumerate() {
        let end = pieces.get(i + 1).copied().unwrap_or(text.len());
        let part: RawNotes = toml::from_str(&text[start..end]).ok()?;
        notes.extend(part.note.into_iter().map(|n| (start, n)));
    }
    Some(build(text, raw.document, raw.reading, notes))
}

fn parse_whole(text: &str) -> Result<Sidecar, ParseError> {
    let err = |e: toml::de::Error| ParseError {
        line: e.span().map_or(1, |s| line_of(text, s.start)),
        what: one_line(e.message(), None),
    };
    let probe: Probe = toml::from_str(text).map_err(err)?;
    check_schema(text, &probe)?;
    let raw: RawSidecar = toml::from_str(text).map_err(err)?;
    let notes = raw.note.into_iter().map(|n| (0, n)).collect();
    build(text, raw.document, raw.reading, notes)
}

/// `schema = 1`, or why not (a newer schema is named as such).
fn check_schema(text: &str, probe: &Probe) -> Result<(), ParseError> {
    match &probe.schema {
        None => Err(ParseError {
            line: 1,
            what: "no `schema = 1`: not a hamish notes file".into(),
        }),
        Some(v) => match v.get_ref().as_integer() {
            Some(SCHEMA) => Ok(()),
            Some(n) if n > SCHEMA => Err(ParseError {
                line: line_of(text, v.span().start),
                what: format!(
                    "schema {n} was written by a newer hamish; this one understands schema {SCHEMA}"
                ),
            }),
            _ => Err(ParseError {
                line: line_of(text, v.span().start),
                what: format!("unknown schema {}; expected {SCHEMA}", v.get_ref()),
            }),
        },
    }
}

/// The sidecar from its parsed parts; each note comes with the offset in `text` of the part it
/// was parsed from (its spans count from there).
fn build(
    text: &str,
    document: Option<RawDocument>,
    reading: Option<RawReading>,
    notes: Vec<(usize, Spanned<RawNote>)>,
) -> Result<Sidecar, ParseError> {
    let mut out = Sidecar::default();
    if let Some(doc) = document {
        if let Some(unit) = doc.offset_unit
            && unit.get_ref() != "codepoint"
        {
            return Err(ParseError {
                line: line_of(text, unit.span().start),
                what: format!(
                    "offset_unit \"{}\" is not understood; expected \"codepoint\"",
                    one_line(unit.get_ref(), None)
                ),
            });
        }
        out.sha256 = doc.sha256;
        out.article = doc.article;
    }
    out.reading = reading.and_then(|r| r.offset).map(to_usize);
    out.notes.reserve(notes.len());
    for (offset, spanned) in notes {
        let span_start = offset + spanned.span().start;
        let n = spanned.into_inner();
        let id = n.id.get_ref().trim().to_owned();
        if id.is_empty() {
            return Err(ParseError {
                line: line_of(text, offset + n.id.span().start),
                what: "a note has an empty id".into(),
            });
        }
        if !n.deleted && n.anchor.is_none() {
            return Err(ParseError {
                line: line_of(text, span_start),
                what: format!("note {id} has no [note.anchor] (only deleted notes may omit it)"),
            });
        }
        let created = Stamp::from_datetime(&n.created);
        out.notes.push(Record {
            id,
            created,
            updated: n.updated.as_ref().map_or(created, Stamp::from_datetime),
            text: n.text,
            deleted: n.deleted,
            anchor: n.anchor.map(|a| Anchor {
                start: to_usize(a.start),
                end: to_usize(a.end),
                exact: a.exact,
                prefix: a.prefix,
                suffix: a.suffix,
            }),
        });
    }
    Ok(out)
}

/// A TOML basic string: `"…"`, or (for note text with line breaks) a multi-line `"""` string.
fn quote(s: &str, multi_line: bool) -> String {
    let multi = multi_line && s.contains('\n');
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(if multi { "\"\"\"\n" } else { "\"" });
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // In a multi-line string a lone quote may stay as it is; one followed by another quote
            // or closing the text is escaped, so `"""` can never appear inside.
            '"' if multi && !matches!(chars.peek(), Some('"') | None) => out.push('"'),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if multi => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push_str(if multi { "\"\"\"" } else { "\"" });
    out
}

/// Writes the sidecar text. Notes come in the order given.
pub fn serialize(s: &Sidecar) -> String {
    // sized up front: a big sidecar is not copied over and over as the text grows
    let estimate: usize = s
        .notes
        .iter()
        .map(|n| {
            let a = n
                .anchor
                .as_ref()
                .map_or(0, |a| a.exact.len() + a.prefix.len() + a.suffix.len() + 120);
            n.id.len() + n.text.len() + a + 140
        })
        .sum();
    let mut out = String::with_capacity(estimate + 400);
    out.push_str(
        "# Notes kept by hamish (هامش). Offsets count code points of the article's text.\n",
    );
    out.push_str(&format!("schema = {SCHEMA}\n\n[document]\n"));
    if let Some(sha) = &s.sha256 {
        out.push_str(&format!("sha256 = {}\n", quote(sha, false)));
    }
    if let Some(article) = &s.article {
        out.push_str(&format!("article = {}\n", quote(article, false)));
    }
    out.push_str("offset_unit = \"codepoint\"\n");
    if let Some(off) = s.reading {
        out.push_str(&format!("\n[reading]\noffset = {off}\n"));
    }
    for n in &s.notes {
        out.push_str(&format!(
            "\n[[note]]\nid = {}\ncreated = {}\nupdated = {}\ntext = {}\ndeleted = {}\n",
            quote(&n.id, false),
            n.created.rfc3339(),
            n.updated.rfc3339(),
            quote(&n.text, true),
            n.deleted
        ));
        if let Some(a) = &n.anchor {
            out.push_str(&format!(
                "[note.anchor]\nstart = {}\nend = {}\nexact = {}\nprefix = {}\nsuffix = {}\n",
                a.start,
                a.end,
                quote(&a.exact, false),
                quote(&a.prefix, false),
                quote(&a.suffix, false)
            ));
        }
    }
    out
}

/// A new ULID (26 characters, Crockford base32): 48 bits of milliseconds, 80 random bits.
pub fn new_ulid(now: Stamp) -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // RandomState is seeded from the operating system's randomness; mix in the process id, the
    // clock and a counter so two ids of one process differ too.
    let mut words = [0u64; 2];
    for (i, w) in words.iter_mut().enumerate() {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        h.write_u32(std::process::id());
        h.write_usize(i);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        *w = h.finish();
    }
    ulid(
        now,
        u128::from(words[0]) << 16 | u128::from(words[1] & 0xffff),
    )
}

/// A ULID of `time` and the low 80 bits of `rand`.
fn ulid(time: Stamp, rand: u128) -> String {
    let ms = u128::try_from(time.0.max(0)).unwrap_or(0) & ((1 << 48) - 1);
    let value = ms << 80 | (rand & ((1 << 80) - 1));
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    (0..26)
        .rev()
        .map(|i| ALPHABET[((value >> (i * 5)) & 31) as usize] as char)
        .collect()
}

/// A new id for `r`, derived from everything it holds: every process that reads the same file
/// gives the same copy the same new id, so two readers of one damaged file do not make two
/// notes of one.
fn derived_id(r: &Record, salt: u32) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [r.id.as_str(), r.text.as_str()] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.update(r.created.0.to_le_bytes());
    h.update(r.updated.0.to_le_bytes());
    h.update([u8::from(r.deleted)]);
    if let Some(a) = &r.anchor {
        h.update((a.start as u64).to_le_bytes());
        h.update((a.end as u64).to_le_bytes());
        for part in [&a.exact, &a.prefix, &a.suffix] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
    }
    h.update(salt.to_le_bytes());
    let d = h.finalize();
    let mut rand = [0u8; 16];
    rand.copy_from_slice(&d[..16]);
    ulid(r.created, u128::from_le_bytes(rand))
}

/// Two notes with one id are two notes: the first keeps the id, each later copy that differs
/// gets a new one (an exact copy is kept once: nothing is lost). One notice per new id.
pub fn separate_duplicates(notes: &mut Vec<Record>) -> Vec<String> {
    use std::collections::{HashMap, HashSet};
    let mut taken: HashSet<String> = notes.iter().map(|r| r.id.clone()).collect();
    if taken.len() == notes.len() {
        return Vec::new();
    }
    let mut notices = Vec::new();
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut kept: Vec<Record> = Vec::with_capacity(notes.len());
    for mut r in notes.drain(..) {
        match first.get(&r.id) {
            None => {
                first.insert(r.id.clone(), kept.len());
                kept.push(r);
            }
            Some(&i) if kept[i] == r => {}
            Some(_) => {
                let old = std::mem::take(&mut r.id);
                let mut salt = 0;
                let mut id = derived_id(
                    &Record {
                        id: old.clone(),
                        ..r.clone()
                    },
                    salt,
                );
                while taken.contains(&id) {
                    salt += 1;
                    id = derived_id(
                        &Record {
                            id: old.clone(),
                            ..r.clone()
                        },
                        salt,
                    );
                }
                notices.push(format!(
                    "two notes had the id {}; the later one now has the new id {id}",
                    one_line(&old, Some(40))
                ));
                taken.insert(id.clone());
                first.insert(id.clone(), kept.len());
                r.id = id;
                kept.push(r);
            }
        }
    }
    *notes = kept;
    notices
}

/// Most date repairs tried on one file (each is a parse of the whole file).
const MAX_DATE_REPAIRS: usize = 32;

/// [`parse`], reading also what an earlier hamish or a hand edit may have left: a `created` or
/// `updated` date whose year is beyond 9999 or before 0 is read as the nearest date a sidecar can
/// hold, and notes sharing an id are told apart ([`separate_duplicates`]). Returns one notice per
/// change; the file itself is only changed by the next write.
pub fn parse_repairing(bytes: &[u8]) -> Result<(Sidecar, Vec<String>), ParseError> {
    let mut notices = Vec::new();
    let mut repaired: Option<Vec<u8>> = None;
    loop {
        let text = repaired.as_deref().unwrap_or(bytes);
        match parse(text) {
            Ok(mut side) => {
                notices.extend(separate_duplicates(&mut side.notes));
                return Ok((side, notices));
            }
            Err(e) => {
                let fix = (notices.len() < MAX_DATE_REPAIRS)
                    .then(|| repair_date_line(text, e.line))
                    .flatten();
                match fix {
                    Some((fixed, notice)) => {
                        notices.push(notice);
                        repaired = Some(fixed);
                    }
                    None => return Err(e),
                }
            }
        }
    }
}

/// When line `line` (1-based) of `text` is `created = …` or `updated = …` with a year out of
/// range, the text with that date replaced by the nearest one a sidecar can hold.
fn repair_date_line(text: &[u8], line: usize) -> Option<(Vec<u8>, String)> {
    let start = if line <= 1 {
        0
    } else {
        text.iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)?
            .0
            + 1
    };
    let end = text[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| start + i);
    let l = std::str::from_utf8(&text[start..end]).ok()?;
    let (key, rest) = l.trim_start().split_once('=')?;
    if !matches!(key.trim(), "created" | "updated") {
        return None;
    }
    let value = rest.trim_start();
    let value_at = end - value.len();
    let token_len = value
        .find(|c: char| c.is_whitespace() || c == '#')
        .unwrap_or(value.len());
    let token = &value[..token_len];
    if !value[token_len..].trim_start().is_empty()
        && !value[token_len..].trim_start().starts_with('#')
    {
        return None;
    }
    let clamped = out_of_range_year(token)?;
    let mut fixed = Vec::with_capacity(text.len());
    fixed.extend_from_slice(&text[..value_at]);
    fixed.extend_from_slice(clamped.rfc3339().as_bytes());
    fixed.extend_from_slice(&text[value_at + token_len..]);
    let notice = format!(
        "line {line}: the date {} is out of range; read as {}",
        one_line(token, Some(40)),
        clamped.rfc3339()
    );
    Some((fixed, notice))
}

/// `10000-01-01T…` → [`Stamp::MAX`], `-001-12-31T…` → [`Stamp::MIN`]; `None` for anything else.
fn out_of_range_year(token: &str) -> Option<Stamp> {
    let (negative, digits) = match token.as_bytes().first()? {
        b'-' => (true, &token[1..]),
        b'+' => (false, &token[1..]),
        _ => (false, token),
    };
    let year_len = digits.find('-')?;
    let (year, rest) = digits.split_at(year_len);
    if year.is_empty() || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // the rest must look like a date: -MM-DD…
    let rest = rest.as_bytes();
    if rest.len() < 6
        || !rest[1..3].iter().all(u8::is_ascii_digit)
        || rest[3] != b'-'
        || !rest[4..6].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    if negative {
        Some(Stamp::MIN)
    } else if year.len() > 4 && year.trim_start_matches('0').len() > 4 {
        Some(Stamp::MAX)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Sidecar {
        Sidecar {
            sha256: Some("ab".repeat(32)),
            article: Some("/tmp/مقال \"x\".txt".into()),
            reading: Some(42),
            notes: vec![
                Record {
                    id: "01J9ZZZZZZZZZZZZZZZZZZZZZZ".into(),
                    created: Stamp(1_796_000_000_123),
                    updated: Stamp(1_796_000_100_000),
                    text: "سطر أول\nsecond line \"quoted\" \\ '''\t\u{1b}[31m".into(),
                    deleted: false,
                    anchor: Some(Anchor {
                        start: 3,
                        end: 9,
                        exact: "قال «نعم»".into(),
                        prefix: "\r\n".into(),
                        suffix: String::new(),
                    }),
                },
                Record {
                    id: "01J9ZZZZZZZZZZZZZZZZZZZZZY".into(),
                    created: Stamp(0),
                    updated: Stamp(5),
                    text: String::new(),
                    deleted: true,
                    anchor: None,
                },
            ],
        }
    }

    #[test]
    fn round_trip() {
        let s = sample();
        let text = serialize(&s);
        assert_eq!(parse(text.as_bytes()).unwrap(), s, "{text}");
        assert!(text.contains("created = 2026-11-30T"), "{text}");
        assert!(text.contains("prefix = \"\\r\\n\"\n"), "{text}");
        for t in ["\"", "a\"", "\"\"\"\n\"\"\"", "x\n\"", "\n\"\"", "\"\n"] {
            let mut s = sample();
            s.notes[0].text = t.to_owned();
            assert_eq!(parse(serialize(&s).as_bytes()).unwrap(), s, "{t:?}");
        }
    }

    #[test]
    fn stamps() {
        assert_eq!(Stamp(0).rfc3339(), "1970-01-01T00:00:00.000Z");
        assert_eq!(Stamp(951_782_400_001).rfc3339(), "2000-02-29T00:00:00.001Z");
        let dt: Datetime = "2026-11-29T12:00:00+02:00".parse().unwrap();
        assert_eq!(
            Stamp::from_datetime(&dt).rfc3339(),
            "2026-11-29T10:00:00.000Z"
        );
    }

    #[test]
    fn parsing_note_by_note_reads_what_parsing_at_once_does() {
        let mut s = sample();
        // a `[[note]]` line inside a note's text: not where a note begins
        s.notes[0].text = "before\n[[note]]\nid = \"fake\"\nafter".into();
        s.notes.push(Record {
            id: "01J9ZZZZZZZZZZZZZZZZZZZZZX".into(),
            ..sample().notes[0].clone()
        });
        let text = serialize(&s);
        assert_eq!(parse(text.as_bytes()).unwrap(), s);
        assert_eq!(parse_whole(&text).unwrap(), s);
        // a table after the notes belongs to the file, as TOML says
        let moved =
            text.replacen("\n[reading]\noffset = 42\n", "\n", 1) + "\n[reading]\noffset = 42\n";
        assert_eq!(
            parse(moved.as_bytes()).unwrap(),
            parse_whole(&text).unwrap()
        );
        // errors in a later note name its line in the whole file
        let broken = text.replacen("id = \"01J9ZZZZZZZZZZZZZZZZZZZZZX\"", "id = \" \"", 1);
        let at = broken.lines().position(|l| l == "id = \" \"").unwrap() + 1;
        assert_eq!(parse(broken.as_bytes()).unwrap_err().line, at);
        let broken = text.replacen("end = 9", "end = nine", 2);
        let e = parse(broken.as_bytes()).unwrap_err();
        assert_eq!(e, parse_whole(&broken).unwrap_err());
    }

    #[test]
    fn stamps_stay_within_what_toml_can_hold() {
        assert_eq!(
            Stamp::MIN.0,
            days_from_civil(0, 1, 1) * 86_400_000,
            "0000-01-01"
        );
        assert_eq!(Stamp::MAX.0 + 1, days_from_civil(10_000, 1, 1) * 86_400_000);
        assert_eq!(Stamp::MAX.rfc3339(), "9999-12-31T23:59:59.999Z");
        assert_eq!(Stamp::MAX.next(), Stamp::MAX);
        assert_eq!(Stamp(i64::MAX).rfc3339(), "9999-12-31T23:59:59.999Z");
        assert_eq!(Stamp(i64::MIN).rfc3339(), "0000-01-01T00:00:00.000Z");
        for (written, read) in [
            ("0000-01-01T00:00:00+01:00", "0000-01-01T00:00:00.000Z"),
            ("9999-12-31T23:30:00-01:00", "9999-12-31T23:59:59.999Z"),
        ] {
            let dt: Datetime = written.parse().unwrap();
            assert_eq!(Stamp::from_datetime(&dt).rfc3339(), read);
        }
        // any stamp is written as something that reads back as itself, clamped
        for ms in [
            i64::MIN,
            -62_167_219_200_001,
            0,
            253_402_300_800_000,
            i64::MAX,
        ] {
            let mut s = sample();
            s.notes[0].updated = Stamp(ms);
            let back = parse(serialize(&s).as_bytes()).unwrap();
            assert_eq!(back.notes[0].updated, Stamp(ms).clamped());
        }
    }

    #[test]
    fn years_out_of_range_are_read_with_a_notice() {
        let mut s = sample();
        s.notes[0].updated = Stamp::MAX;
        s.notes[1].created = Stamp::MIN;
        let good = serialize(&s);
        let bad = good
            .replace("9999-12-31T23:59:59.999Z", "10000-01-01T00:00:00.000Z")
            .replace(
                "created = 0000-01-01T00:00:00.000Z",
                "created = -001-12-31T23:00:00.000Z   # by hand",
            );
        assert!(parse(bad.as_bytes()).is_err());
        let (back, notices) = parse_repairing(bad.as_bytes()).unwrap();
        assert_eq!(back, s);
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices[0].contains("10000-01-01"), "{notices:?}");
        // only dates: anything else that does not parse stays an error
        for broken in [
            good.replace("9999-12-31T23:59:59.999Z", "9999-13-31T23:59:59.999Z"),
            good.replace("9999-12-31T23:59:59.999Z", "tomorrow"),
            good.replace("offset = 42", "offset = 10000-01-01"),
        ] {
            assert!(parse_repairing(broken.as_bytes()).is_err(), "{broken}");
        }
        // a date-like line inside a note's text is the text, not a date
        let mut s = sample();
        s.notes[0].text = "a\nupdated = 10000-01-01T00:00:00Z\nb".into();
        let (back, notices) = parse_repairing(serialize(&s).as_bytes()).unwrap();
        assert_eq!(back, s);
        assert!(notices.is_empty());
    }

    #[test]
    fn duplicate_ids_keep_every_note() {
        let base = sample().notes[0].clone();
        let a = Record {
            text: "A".into(),
            updated: Stamp(2_000),
            ..base.clone()
        };
        let b = Record {
            text: "B".into(),
            updated: Stamp(1_000),
            ..base.clone()
        };
        let mut notes = vec![a.clone(), b.clone(), a.clone()];
        let notices = separate_duplicates(&mut notes);
        assert_eq!(notes.len(), 2, "the exact copy is kept once");
        assert_eq!(notes[0], a);
        assert_eq!(notes[1].text, "B");
        assert_ne!(notes[1].id, a.id);
        assert_eq!(notes[1].id.len(), 26);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].contains(&notes[1].id), "{notices:?}");
        // the same file gives the same new id in every process
        let mut again = vec![a.clone(), b.clone()];
        separate_duplicates(&mut again);
        assert_eq!(again[1].id, notes[1].id);
        // a new id never takes one that is already in the file
        let mut taken = vec![
            a.clone(),
            b.clone(),
            Record {
                id: notes[1].id.clone(),
                ..b.clone()
            },
        ];
        separate_duplicates(&mut taken);
        let mut ids: Vec<&str> = taken.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3);
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse(b"schema = 1\n[[note]]\nid = \"x\"\ncreated = nope\n").unwrap_err();
        assert_eq!(e.line, 4, "{e:?}");
        let e = parse(b"# c\nschema = 7\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.what.contains("newer"), "{e:?}");
        let e = parse(b"schema = 1\n[document]\noffset_unit = \"byte\"\n").unwrap_err();
        assert_eq!(e.line, 3);
        let e = parse(b"schema = 1\nsurprise = 3\n").unwrap_err();
        assert_eq!(e.line, 2, "{e:?}");
        let e = parse(b"schema = 1\n\n[[note]]\nid = \"a\"\ncreated = 2026-01-01T00:00:00Z\n")
            .unwrap_err();
        assert_eq!(e.line, 3, "{e:?}");
        assert!(parse(b"").is_err());
        assert_eq!(parse(b"schema = 1\n\xff").unwrap_err().line, 2);
    }

    #[test]
    fn ulids_are_distinct_and_sortable() {
        let a = new_ulid(Stamp(1000));
        let b = new_ulid(Stamp(1000));
        let c = new_ulid(Stamp(2000));
        assert_eq!(a.len(), 26);
        assert_ne!(a, b);
        assert!(a < c && b < c);
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in any::<String>(), exact in any::<String>()) {
            let mut s = sample();
            s.notes[0].text = text;
            s.notes[0].anchor.as_mut().unwrap().exact = exact;
            prop_assert_eq!(parse(serialize(&s).as_bytes()).unwrap(), s);
        }
    }
}
