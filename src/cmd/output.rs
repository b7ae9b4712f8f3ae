//! What the commands print for people and scripts, made safe for a terminal: messages on stderr
//! go through [`say`], JSON through [`json_serializer`]. Text from an article, a note, a file name
//! or an argument can hold escape sequences (an OSC 52 clipboard write, a screen clear); they are
//! shown as visible symbols or JSON escapes, never written raw.

use std::io::{self, Write};

use hamish::text::visible;
use serde_json::ser::{Formatter, PrettyFormatter};

/// Writes `hamish: {msg}` as one line on stderr: line breaks become spaces and control
/// characters visible symbols. Never fails and never panics: a closed or broken stderr (the
/// terminal hung up) must not stop what comes after, such as saving the reading position.
pub fn say(msg: &str) {
    let flat = msg.replace(['\n', '\r'], " ");
    let line = format!("hamish: {}\n", visible(&flat, &[]));
    let _ = io::stderr().lock().write_all(line.as_bytes());
}

/// A pretty JSON serializer whose strings escape, besides what JSON requires, DEL, the C1
/// controls and U+2028/U+2029 (`\u009b` …): the output stays the same JSON value, and no
/// terminal it is printed on sees a control character.
pub fn json_serializer<W: Write>(out: W) -> serde_json::Serializer<W, SafeFormatter> {
    serde_json::Serializer::with_formatter(out, SafeFormatter(PrettyFormatter::new()))
}

/// Writes `value` as pretty JSON (see [`json_serializer`]) followed by a newline.
pub fn write_json<W: Write, T: serde::Serialize + ?Sized>(mut out: W, value: &T) -> io::Result<()> {
    value
        .serialize(&mut json_serializer(&mut out))
        .map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// `value` as pretty JSON (see [`json_serializer`]) and a newline.
pub fn json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<String> {
    let mut out = Vec::new();
    write_json(&mut out, value)?;
    Ok(String::from_utf8(out)?)
}

/// Writes `text` to standard output; a closed pipe (`| head`) is not an error.
pub fn write_out(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("cannot write output"))
        }
        _ => Ok(()),
    }
}

/// [`PrettyFormatter`] with the extra string escapes of [`json_serializer`].
pub struct SafeFormatter(PrettyFormatter<'static>);

/// Where the first character to escape besides JSON's own starts in `s`, and its length: DEL, a
/// C1 control (U+0080–U+009F, `C2 80`–`C2 9F` in UTF-8) or U+2028/U+2029 (`E2 80 A8`/`A9`).
/// Read by bytes: Arabic text has none of these lead bytes, so most strings are one quick pass.
fn next_escape(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = b[from..]
        .iter()
        .position(|&c| matches!(c, 0x7F | 0xC2 | 0xE2))
        .map(|i| from + i)
    {
        match (b[i], b.get(i + 1), b.get(i + 2)) {
            (0x7F, _, _) => return Some((i, 1)),
            (0xC2, Some(0x80..=0x9F), _) => return Some((i, 2)),
            (0xE2, Some(0x80), Some(0xA8 | 0xA9)) => return Some((i, 3)),
            _ => from = i + 1,
        }
    }
    None
}

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, len)) = next_escape(rest) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let c = rest[at..].chars().next().unwrap_or('\u{FFFD}');
            write!(writer, "\\u{:04x}", c as u32)?;
            rest = &rest[at + len..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte scan finds the same characters as asking each character.
        #[test]
        fn the_byte_scan_finds_what_each_character_would(
            s in "[\\u{0}-\\u{a0}\\u{600}-\\u{6ff}\\u{2000}-\\u{2030}a-z ]{0,40}"
        ) {
            let by_char = s
                .char_indices()
                .find(|&(_, c)| matches!(c as u32, 0x7F..=0x9F | 0x2028 | 0x2029))
                .map(|(i, c)| (i, c.len_utf8()));
            proptest::prop_assert_eq!(next_escape(&s), by_char);
        }
    }

    #[test]
    fn json_escapes_every_control_and_stays_the_same_value() {
        let value = serde_json::json!({
            "text": "a\u{1b}]52;c;aGk=\u{7}b\u{9b}2J\u{7f}\u{2028}c «ب»",
            "list": [1, "x"],
        });
        let mut out = Vec::new();
        write_json(&mut out, &value).expect("write");
        let s = String::from_utf8(out).expect("utf-8");
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
        assert!(s.contains("\\u009b") && s.contains("\\u2028") && s.contains("«ب»"));
        let back: serde_json::Value = serde_json::from_str(&s).expect("valid JSON");
        assert_eq!(back, value);
        // the same layout as serde_json's pretty printer
        assert_eq!(
            s,
            serde_json::to_string_pretty(&value)
                .expect("json")
                .replace('\u{1b}', "\\u001b")
                .replace('\u{7}', "\\u0007")
                .replace('\u{9b}', "\\u009b")
                .replace('\u{7f}', "\\u007f")
                .replace('\u{2028}', "\\u2028")
                + "\n"
        );
    }
}
