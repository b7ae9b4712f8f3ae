//! The sidecar file format: parsing (with `file:line` errors) and writing (by hand, so the file stays
//! readable: one `[[note]]` per note, multi-line note text as a multi-line string).

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
    pub fn now() -> Stamp {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        Stamp(ms)
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
        Stamp(secs * 1000 + ns / 1_000_000)
    }

    /// RFC 3339 in UTC with milliseconds.
    pub fn rfc3339(self) -> String {
        let ms = self.0.rem_euclid(1000);
        let secs = self.0.div_euclid(1000);
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    sha256: Option<String>,
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
    let err = |e: toml::de::Error| ParseError {
        line: e.span().map_or(1, |s| line_of(text, s.start)),
        what: one_line(e.message(), None),
    };
    let probe: Probe = toml::from_str(text).map_err(err)?;
    match &probe.schema {
        None => {
            return Err(ParseError {
                line: 1,
                what: "no `schema = 1`: not a hamish notes file".into(),
            });
        }
        Some(v) => match v.get_ref().as_integer() {
            Some(SCHEMA) => {}
            Some(n) if n > SCHEMA => {
                return Err(ParseError {
                    line: line_of(text, v.span().start),
                    what: format!(
                        "schema {n} was written by a newer hamish; this one understands schema {SCHEMA}"
                    ),
                });
            }
            _ => {
                return Err(ParseError {
                    line: line_of(text, v.span().start),
                    what: format!("unknown schema {}; expected {SCHEMA}", v.get_ref()),
                });
            }
        },
    }
    let raw: RawSidecar = toml::from_str(text).map_err(err)?;
    let mut out = Sidecar::default();
    if let Some(doc) = raw.document {
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
    }
    out.reading = raw.reading.and_then(|r| r.offset).map(to_usize);
    for spanned in raw.note {
        let span_start = spanned.span().start;
        let n = spanned.into_inner();
        let id = n.id.get_ref().trim().to_owned();
        if id.is_empty() {
            return Err(ParseError {
                line: line_of(text, n.id.span().start),
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
    let mut out = String::new();
    out.push_str(
        "# Notes kept by hamish (هامش). Offsets count code points of the article's text.\n",
    );
    out.push_str(&format!("schema = {SCHEMA}\n\n[document]\n"));
    if let Some(sha) = &s.sha256 {
        out.push_str(&format!("sha256 = {}\n", quote(sha, false)));
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
    let ms = u128::try_from(now.0.max(0)).unwrap_or(0) & ((1 << 48) - 1);
    let rand = (u128::from(words[0]) << 16 | u128::from(words[1] & 0xffff)) & ((1 << 80) - 1);
    let value = ms << 80 | rand;
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    (0..26)
        .rev()
        .map(|i| ALPHABET[((value >> (i * 5)) & 31) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Sidecar {
        Sidecar {
            sha256: Some("ab".repeat(32)),
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
