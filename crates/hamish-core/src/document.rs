//! Loading an article: decoding (UTF-8 with or without BOM; legacy windows-1256), paragraphs, and
//! maps between byte offsets (used inside the program) and code-point offsets (used in files and
//! on the command line).
//!
//! The text is kept exactly as decoded (BOM removed, line terminators kept), so code-point offsets
//! printed by `hamish entities` or stored in notes count the decoded file text. Sanitising control
//! characters happens at layout time, never here.
//!
//! Decoding rules (plain text and Markdown; HTML pages see [`html`]):
//! - valid UTF-8 (a leading BOM is dropped) is taken as is, unless it looks binary;
//! - UTF-16 and UTF-32 (told by their byte order marks) are refused, naming the encoding;
//! - bytes with a NUL, or with many control bytes, are refused as binary;
//! - UTF-8 with a few stray bytes (at most one bad sequence per two good non-ASCII characters, or
//!   one per 100 bytes in mostly ASCII text) is decoded as UTF-8, each bad sequence replaced by
//!   U+FFFD ([`Document::replaced`] counts them): one stray byte must not turn a whole article
//!   into mojibake;
//! - other bytes are decoded as windows-1256 when the result is mostly Arabic letters
//!   ([`Document::decoded_from`]); otherwise an error.
//!
//! [`Document::notice`] says what the caller should tell the user about either of the last two.
//! [`Decoded`] is the text alone, before it is cut into paragraphs (what `render` streams from).
//!
//! Input kinds ([`InputKind`]): plain text as above; HTML pages ([`html`]: charset from the BOM
//! or `<meta>`, the article extracted from the page) and Markdown ([`markdown`]). Both are turned
//! into the same thing as a text file — `text` in logical order, one paragraph per line — plus what
//! the reader needs to draw them: a [`ParagraphKind`] per paragraph, inline [`Markup`] spans with
//! their theme [`Scope`], and [`Link`] targets. Entities, notes and search work on `text` alone,
//! so they anchor to the extracted text whatever the input kind.

use std::ops::Range;
use std::path::Path;

use crate::theme::Scope;

mod build;
pub mod html;
pub mod markdown;

/// Bytes between two entries of the offset index.
const INDEX_STEP: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The file cannot be read. (The I/O error is part of the message, not a `source`, so that
    /// an error chain printed with `{:#}` says it once.)
    #[error("{path}: {}", io_reason(error))]
    Io { path: String, error: std::io::Error },
    #[error("{path}: is a directory, not an article")]
    Directory { path: String },
    #[error("{path}: looks like a binary file, not text")]
    Binary { path: String },
    #[error("{path}: not UTF-8, and not windows-1256 Arabic text either")]
    Encoding { path: String },
    /// UTF-16 or UTF-32 text (`encoding` names which).
    #[error("{path}: is {encoding} text; convert it to UTF-8 (e.g. iconv -f {encoding} -t UTF-8)")]
    Unicode {
        path: String,
        encoding: &'static str,
    },
    #[error("{path}: page too large to extract ({} MiB; at most {} MiB)", size >> 20, limit >> 20)]
    TooLarge {
        path: String,
        size: usize,
        limit: usize,
    },
}

/// What kind of file an article comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputKind {
    /// Plain text: one paragraph per line, the first line is the title.
    #[default]
    Text,
    /// A web page: the article is extracted from it ([`html`]).
    Html,
    /// CommonMark ([`markdown`]).
    Markdown,
}

impl InputKind {
    /// The kind a file name says (by extension, any case): `.html`/`.htm`/`.xhtml`, `.md`/
    /// `.markdown`/`.mdown`/`.mkd`, `.txt`/`.text`; `None` for anything else (then the content
    /// decides, see [`InputKind::sniff`]).
    pub fn of_path(path: &Path) -> Option<InputKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" | "shtml" => Some(InputKind::Html),
            "md" | "markdown" | "mdown" | "mkd" | "mkdn" => Some(InputKind::Markdown),
            "txt" | "text" => Some(InputKind::Text),
            _ => None,
        }
    }

    /// The kind the bytes look like: HTML when, after a BOM, white space and comments, they start
    /// with a doctype or an `<html>`, `<head>` or `<body>` tag (as a page saved from a browser
    /// does); plain text otherwise. Markdown cannot be told from text by content.
    pub fn sniff(bytes: &[u8]) -> InputKind {
        if html::looks_like_html(bytes) {
            InputKind::Html
        } else {
            InputKind::Text
        }
    }

    /// The kind of a file: by its name, else by its first bytes.
    pub fn detect(path: &Path, bytes: &[u8]) -> InputKind {
        InputKind::of_path(path).unwrap_or_else(|| InputKind::sniff(bytes))
    }

    /// A short lowercase name (`text`, `html`, `markdown`).
    pub fn name(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Html => "html",
            InputKind::Markdown => "markdown",
        }
    }
}

/// What a paragraph is, for drawing it. Plain text has a title (its first non-empty line) and
/// body paragraphs; HTML and Markdown have all of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParagraphKind {
    /// The article's title.
    Title,
    /// A heading inside the article, level 1 to 6 (covered by a `markup.heading` span).
    Heading(u8),
    #[default]
    Body,
    /// A paragraph of a block quotation (covered by a `markup.quote` span).
    Quote,
    /// A list item. Its first `marker` bytes are its indentation (two spaces per level below the
    /// first, `depth` counts from 0) and its bullet or number followed by a space (`• `, `3. `),
    /// the bullet covered by a `markup.list` span; the later paragraphs of one item are indented
    /// the same, without a bullet. Since the marker is text in logical order, a right-to-left
    /// item shows its bullet flush right.
    ListItem { depth: u8, marker: u8 },
    /// One line of a code block (covered by a `markup.code` span).
    Code,
}

/// An inline or block mark of an HTML or Markdown article: a byte range of [`Document::text`]
/// and the theme scope to draw it with (`markup.emphasis`, `markup.strong`, `markup.code`,
/// `markup.link`, `markup.heading`, `markup.quote`, `markup.list`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markup {
    pub range: Range<usize>,
    pub scope: Scope,
}

/// A link: the byte range of its text in [`Document::text`] and where it points (as written in
/// the page, control and bidi-control characters removed; relative addresses stay relative).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub range: Range<usize>,
    pub url: String,
}

/// A decoded article.
#[derive(Debug, Clone)]
pub struct Document {
    /// The decoded text (BOM removed, line terminators kept).
    pub text: String,
    /// Byte range of each paragraph (one per line of the file), line terminator excluded.
    pub paragraphs: Vec<Range<usize>>,
    /// Number of code points before byte `k * INDEX_STEP`, for every k up to the end.
    char_index: Vec<usize>,
    /// Set when the bytes were not UTF-8 and were decoded from a legacy encoding.
    pub decoded_from: Option<&'static str>,
    /// Bad UTF-8 sequences replaced by U+FFFD (0 when the bytes were valid UTF-8).
    pub replaced: usize,
    /// What the article was read from.
    pub input: InputKind,
    /// One kind per paragraph for HTML and Markdown; empty for plain text (see
    /// [`Document::paragraph_kind`]).
    kinds: Vec<ParagraphKind>,
    /// Marks of HTML and Markdown articles, sorted by start (empty for plain text).
    pub markup: Vec<Markup>,
    /// Links of HTML and Markdown articles, sorted by start (empty for plain text).
    pub links: Vec<Link>,
}

/// A short reason for an I/O error ("no such file", "permission denied", …).
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Share of control bytes (other than tab, LF, CR, FF, ESC) above which bytes count as binary.
fn looks_binary(bytes: &[u8], max_share: f64) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(1 << 16)];
    if sample.is_empty() {
        return false;
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count();
    controls as f64 > max_share * sample.len() as f64
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF)
}

/// (bad sequences, good non-ASCII characters) of bytes read as UTF-8. A bad sequence is what
/// `String::from_utf8_lossy` replaces by one U+FFFD.
fn utf8_census(mut bytes: &[u8]) -> (usize, usize) {
    let (mut bad, mut good) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => return (bad, good + non_ascii_chars(s)),
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                good += non_ascii_chars(std::str::from_utf8(valid).unwrap_or(""));
                bad += 1;
                match e.error_len() {
                    Some(n) => bytes = rest.get(n..).unwrap_or(&[]),
                    None => return (bad, good),
                }
            }
        }
    }
}

fn non_ascii_chars(s: &str) -> usize {
    s.bytes().filter(|&b| b >= 0xC0).count()
}

/// The text of an article as decoded, before it is cut into paragraphs (what `render` needs:
/// it reads paragraphs off the text as it goes, see [`paragraph_ranges`]).
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text (BOM removed, line terminators kept).
    pub text: String,
    /// Set when the bytes were not UTF-8 and were decoded from a legacy encoding.
    pub decoded_from: Option<&'static str>,
    /// Bad UTF-8 sequences replaced by U+FFFD (0 when the bytes were valid UTF-8).
    pub replaced: usize,
}

impl Decoded {
    fn utf8(text: String) -> Decoded {
        Decoded {
            text,
            decoded_from: None,
            replaced: 0,
        }
    }

    fn lossy(bytes: &[u8], bad: usize) -> Decoded {
        Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            decoded_from: None,
            replaced: bad,
        }
    }

    /// What to tell the user about how the bytes were decoded (`name`: the file as the user
    /// knows it); `None` for plain UTF-8.
    pub fn notice(&self, name: &str) -> Option<String> {
        notice(self.decoded_from, self.replaced, name)
    }

    /// Decodes bytes it owns (no copy when they are UTF-8 without a BOM); `name` is used in
    /// error messages. See the module documentation for the rules.
    pub fn from_vec(mut bytes: Vec<u8>, name: &str) -> Result<Decoded, DocumentError> {
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        let text = if simdutf8::basic::from_utf8(&bytes).is_ok() {
            // SAFETY: simdutf8 has just checked that the bytes are UTF-8: the check
            // `String::from_utf8` would repeat, about ten times slower on Arabic text (5% of
            // `hamish render`'s time on a big file).
            Ok(unsafe { String::from_utf8_unchecked(bytes) })
        } else {
            String::from_utf8(bytes)
        };
        match text {
            Ok(s) => {
                if looks_binary(s.as_bytes(), 0.3) {
                    return Err(DocumentError::Binary {
                        path: name.to_owned(),
                    });
                }
                Ok(Decoded::utf8(s))
            }
            Err(e) => Decoded::from_invalid_utf8(e.as_bytes(), name),
        }
    }

    /// Bytes that are not valid UTF-8: UTF-8 with replacement characters when the bad sequences
    /// are a few stray bytes, else windows-1256 when that reads as Arabic, else an error.
    fn from_invalid_utf8(bytes: &[u8], name: &str) -> Result<Decoded, DocumentError> {
        // UTF-32LE's mark begins with UTF-16LE's: test it first.
        let unicode = if bytes.starts_with(b"\xFF\xFE\0\0") || bytes.starts_with(b"\0\0\xFE\xFF") {
            Some("UTF-32")
        } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            Some("UTF-16")
        } else {
            None
        };
        if let Some(encoding) = unicode {
            return Err(DocumentError::Unicode {
                path: name.to_owned(),
                encoding,
            });
        }
        if looks_binary(bytes, 0.1) {
            return Err(DocumentError::Binary {
                path: name.to_owned(),
            });
        }
        let (bad, good) = utf8_census(bytes);
        if bad * 2 <= good {
            return Ok(Decoded::lossy(bytes, bad));
        }
        let (text, _, _) = encoding_rs::WINDOWS_1256.decode(bytes);
        let mut letters = 0usize;
        let mut arabic = 0usize;
        for c in text.chars() {
            if c.is_alphabetic() {
                letters += 1;
                if is_arabic_letter(c) {
                    arabic += 1;
                }
            }
        }
        if arabic > 0 && arabic * 2 >= letters {
            return Ok(Decoded {
                text: text.into_owned(),
                decoded_from: Some("windows-1256"),
                replaced: 0,
            });
        }
        // Mostly ASCII with a few stray bytes (and no Arabic in windows-1256 either).
        if bad * 100 <= bytes.len() {
            return Ok(Decoded::lossy(bytes, bad));
        }
        Err(DocumentError::Encoding {
            path: name.to_owned(),
        })
    }
}

fn notice(decoded_from: Option<&str>, replaced: usize, name: &str) -> Option<String> {
    if let Some(enc) = decoded_from {
        return Some(format!("{name} is not UTF-8; decoded as {enc}"));
    }
    match replaced {
        0 => None,
        1 => Some(format!(
            "{name} is not valid UTF-8: one bad byte sequence is shown as \u{FFFD}"
        )),
        n => Some(format!(
            "{name} is not valid UTF-8: {n} bad byte sequences are shown as \u{FFFD}"
        )),
    }
}

/// The bytes of an article and the kind of article they are: a file (by its name, else by its
/// first bytes) or standard input for `-` (by its first bytes).
pub fn read_input(path: &Path) -> Result<(Vec<u8>, InputKind), DocumentError> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|error| {
            DocumentError::Io {
                path: "<stdin>".into(),
                error,
            }
        })?;
        let kind = InputKind::sniff(&buf);
        return Ok((buf, kind));
    }
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(DocumentError::Directory { path: name });
    }
    let bytes = std::fs::read(path).map_err(|error| DocumentError::Io { path: name, error })?;
    let kind = InputKind::detect(path, &bytes);
    Ok((bytes, kind))
}

/// How a path is named in messages (`<stdin>` for `-`).
pub fn input_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Byte ranges of the paragraphs of `text`: one per line, its terminator (LF or CRLF) left out;
/// no paragraph after a final line terminator.
pub fn paragraph_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let (end, next) = match text[start..].find('\n') {
            Some(i) => {
                let nl = start + i;
                let end = if nl > start && bytes[nl - 1] == b'\r' {
                    nl - 1
                } else {
                    nl
                };
                (end, nl + 1)
            }
            None => (text.len(), text.len()),
        };
        let r = start..end;
        start = next;
        Some(r)
    })
}

impl Document {
    /// Decodes bytes; `name` is used in error messages.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Document, DocumentError> {
        Document::from_vec(bytes.to_vec(), name)
    }

    /// Decodes bytes it owns (no copy when they are UTF-8 without a BOM); `name` is used in
    /// error messages.
    pub fn from_vec(bytes: Vec<u8>, name: &str) -> Result<Document, DocumentError> {
        Decoded::from_vec(bytes, name).map(Document::from_decoded)
    }

    /// Cuts decoded text into paragraphs.
    pub fn from_decoded(d: Decoded) -> Document {
        let mut doc = Document::from_text(d.text, d.decoded_from);
        doc.replaced = d.replaced;
        doc
    }

    /// What to tell the user about how the bytes were decoded (`name`: the file as the user
    /// knows it); `None` for plain UTF-8.
    pub fn notice(&self, name: &str) -> Option<String> {
        notice(self.decoded_from, self.replaced, name)
    }

    /// Wraps already-decoded text.
    pub fn from_text(text: String, decoded_from: Option<&'static str>) -> Document {
        let bytes = text.as_bytes();
        let paragraphs: Vec<Range<usize>> = paragraph_ranges(&text).collect();
        let mut char_index = Vec::with_capacity(bytes.len() / INDEX_STEP + 2);
        let mut chars = 0usize;
        char_index.push(0);
        for chunk in bytes.chunks(INDEX_STEP) {
            // Bytes that start a char (not 0b10xxxxxx); written so that it vectorises.
            chars += chunk
                .iter()
                .map(|&b| usize::from((b as i8) >= -0x40))
                .sum::<usize>();
            char_index.push(chars);
        }
        Document {
            text,
            paragraphs,
            char_index,
            decoded_from,
            replaced: 0,
            input: InputKind::Text,
            kinds: Vec::new(),
            markup: Vec::new(),
            links: Vec::new(),
        }
    }

    /// Decodes the bytes of an article of the given kind; `name` is used in error messages.
    pub fn parse(bytes: Vec<u8>, name: &str, kind: InputKind) -> Result<Document, DocumentError> {
        match kind {
            InputKind::Text => Document::from_vec(bytes, name),
            InputKind::Html => html::document(&bytes, name),
            InputKind::Markdown => {
                let text = Decoded::from_vec(bytes, name)?;
                let mut doc = markdown::document(&text.text, text.decoded_from);
                doc.replaced = text.replaced;
                Ok(doc)
            }
        }
    }

    /// Assembles an HTML or Markdown article from what [`build`] made of it.
    fn from_parts(
        parts: build::Parts,
        input: InputKind,
        decoded_from: Option<&'static str>,
    ) -> Document {
        let mut doc = Document::from_text(parts.text, decoded_from);
        debug_assert_eq!(doc.paragraphs.len(), parts.kinds.len());
        doc.input = input;
        doc.kinds = parts.kinds;
        doc.markup = parts.markup;
        doc.links = parts.links;
        doc
    }

    /// The kind of paragraph `i` (`Body` when out of range). For plain text the first
    /// non-blank paragraph is the title.
    pub fn paragraph_kind(&self, i: usize) -> ParagraphKind {
        if self.input != InputKind::Text {
            return self.kinds.get(i).copied().unwrap_or_default();
        }
        match self.title_paragraph() {
            Some(t) if t == i => ParagraphKind::Title,
            _ => ParagraphKind::Body,
        }
    }

    /// Index of the title paragraph, if the article has one.
    pub fn title_paragraph(&self) -> Option<usize> {
        if self.input != InputKind::Text {
            return self.kinds.iter().position(|&k| k == ParagraphKind::Title);
        }
        (0..self.paragraphs.len()).find(|&i| !self.paragraph(i).trim().is_empty())
    }

    /// The title's text (its paragraph, trimmed), if the article has one.
    pub fn title(&self) -> Option<&str> {
        self.title_paragraph().map(|i| self.paragraph(i).trim())
    }

    /// The link whose text covers byte `byte`, if any.
    pub fn link_at(&self, byte: usize) -> Option<&Link> {
        let i = self.links.partition_point(|l| l.range.end <= byte);
        self.links.get(i).filter(|l| l.range.start <= byte)
    }

    /// The marks that overlap the byte range `range`, in order of start.
    pub fn markup_in(&self, range: Range<usize>) -> impl Iterator<Item = &Markup> {
        // marks may nest (a link inside a heading), so the scan starts at the first mark that
        // could still reach `range`: none is longer than its paragraph
        let para = self.paragraphs.get(self.paragraph_at(range.start));
        let from = para.map_or(0, |p| p.start.min(range.start));
        let first = self.markup.partition_point(|m| m.range.start < from);
        self.markup[first..]
            .iter()
            .take_while(move |m| m.range.start < range.end)
            .filter(move |m| m.range.end > range.start)
    }

    /// Reads a file, or standard input for `-`.
    pub fn load(path: &Path) -> Result<Document, DocumentError> {
        let (bytes, kind) = read_input(path)?;
        Document::parse(bytes, &input_name(path), kind)
    }

    /// Reads a file (or standard input for `-`) as the given kind, whatever its name says.
    pub fn load_as(path: &Path, kind: InputKind) -> Result<Document, DocumentError> {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_owned()
        } else {
            path.display().to_string()
        };
        let bytes = if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|error| {
                DocumentError::Io {
                    path: name.clone(),
                    error,
                }
            })?;
            buf
        } else {
            if path.is_dir() {
                return Err(DocumentError::Directory { path: name });
            }
            std::fs::read(path).map_err(|error| DocumentError::Io {
                path: name.clone(),
                error,
            })?
        };
        Document::parse(bytes, &name, kind)
    }

    /// Whether [`Document::load`] would take the file's bytes as they are, as UTF-8 text (a
    /// leading BOM dropped), so that a caller may read it piece by piece instead of loading it
    /// whole. False when it would decode them from a legacy encoding or refuse them, for standard
    /// input (`-`), for what is not a regular file (a pipe could not be read twice), and when the
    /// file cannot be read (`load` then says why). Reads the file once, holding only a small part
    /// of it at a time.
    pub fn is_plain_utf8(path: &Path) -> bool {
        use std::io::Read;
        if path.as_os_str() == "-" || !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
            return false;
        }
        if InputKind::of_path(path).is_some_and(|k| k != InputKind::Text) {
            return false;
        }
        let Ok(mut file) = std::fs::File::open(path) else {
            return false;
        };
        let mut buf = vec![0u8; 1 << 20];
        // the bytes not checked yet (a character cut by a read waits for the next one)
        let mut carry: Vec<u8> = Vec::new();
        let mut sample: Vec<u8> = Vec::new();
        let mut first = true;
        loop {
            let n = match file.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return false,
            };
            carry.extend_from_slice(&buf[..n]);
            let mut bytes = &carry[..];
            if first {
                if bytes.len() < 3 {
                    continue;
                }
                first = false;
                // a page without a telling name is HTML by its content: extracted, not streamed
                if InputKind::of_path(path).is_none() && html::looks_like_html(bytes) {
                    return false;
                }
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if sample.len() < 1 << 16 {
                let take = (1 << 16) - sample.len();
                sample.extend_from_slice(&bytes[..bytes.len().min(take)]);
            }
            if bytes.contains(&0) {
                return false;
            }
            let valid = match simdutf8::compat::from_utf8(bytes) {
                Ok(_) => bytes.len(),
                Err(e) if e.error_len().is_none() => e.valid_up_to(),
                Err(_) => return false,
            };
            let used = carry.len() - bytes.len() + valid;
            carry.drain(..used);
        }
        if first {
            // fewer than 3 bytes in all
            let bytes = carry.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&carry);
            return std::str::from_utf8(bytes).is_ok() && !looks_binary(bytes, 0.3);
        }
        carry.is_empty() && !looks_binary(&sample, 0.3)
    }

    /// The text of paragraph `i` (empty when out of range).
    pub fn paragraph(&self, i: usize) -> &str {
        self.paragraphs
            .get(i)
            .and_then(|r| self.text.get(r.clone()))
            .unwrap_or("")
    }

    /// Code-point offset of a byte offset (clamped to the end of the text). Constant time up to
    /// a scan of at most 1 KiB.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = byte / INDEX_STEP;
        let base = self.char_index.get(k).copied().unwrap_or(0);
        let from = k * INDEX_STEP;
        base + self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
    }

    /// Byte offset of a code-point offset (clamped to the end of the text). Logarithmic time plus
    /// a scan of at most 1 KiB.
    pub fn byte_offset(&self, char_off: usize) -> usize {
        let k = self
            .char_index
            .partition_point(|&c| c <= char_off)
            .saturating_sub(1);
        let mut c = self.char_index.get(k).copied().unwrap_or(0);
        let bytes = self.text.as_bytes();
        for (p, &b) in bytes.iter().enumerate().skip(k * INDEX_STEP) {
            if (b & 0xC0) != 0x80 {
                if c == char_off {
                    return p;
                }
                c += 1;
            }
        }
        self.text.len()
    }

    /// Index of the paragraph holding byte offset `byte` (the last one if past the end).
    pub fn paragraph_at(&self, byte: usize) -> usize {
        self.paragraphs
            .partition_point(|r| r.start <= byte)
            .saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_offsets() {
        let d = Document::from_bytes("\u{feff}سلام\r\nab\n\nج".as_bytes(), "t").unwrap();
        assert_eq!(d.paragraphs.len(), 4);
        assert_eq!(d.paragraph(0), "سلام");
        assert_eq!(d.paragraph(1), "ab");
        assert_eq!(d.paragraph(2), "");
        assert_eq!(d.paragraph(3), "ج");
        let b = d.paragraphs[3].start;
        assert_eq!(d.char_offset(b), 10);
        assert_eq!(d.byte_offset(10), b);
        assert_eq!(d.byte_offset(2), 4);
        assert_eq!(d.char_offset(4), 2);
        assert_eq!(d.byte_offset(1000), d.text.len());
        assert_eq!(d.char_offset(1000), 11);
    }

    #[test]
    fn offsets_agree_with_a_plain_count_on_long_text() {
        let para = "مرحبا hello 中文 ".repeat(500);
        let text = format!("{para}\n{para}\n");
        let d = Document::from_text(text.clone(), None);
        for (ci, (bi, _)) in text.char_indices().enumerate().step_by(7) {
            assert_eq!(d.char_offset(bi), ci);
            assert_eq!(d.byte_offset(ci), bi);
        }
        let total = text.chars().count();
        assert_eq!(d.char_offset(text.len()), total);
        assert_eq!(d.byte_offset(total), text.len());
    }

    #[test]
    fn windows_1256_arabic_is_decoded() {
        // "مرحبا بكم" in windows-1256
        let bytes = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xDF, 0xE3, b'\n'];
        let d = Document::from_bytes(&bytes, "t").unwrap();
        assert_eq!(d.decoded_from, Some("windows-1256"));
        assert_eq!(d.paragraph(0), "مرحبا بكم");
    }

    #[test]
    fn input_kinds_by_name_or_content() {
        use std::path::Path;
        assert_eq!(
            InputKind::of_path(Path::new("a/b.HTM")),
            Some(InputKind::Html)
        );
        assert_eq!(
            InputKind::of_path(Path::new("x.markdown")),
            Some(InputKind::Markdown)
        );
        assert_eq!(
            InputKind::of_path(Path::new("x.txt")),
            Some(InputKind::Text)
        );
        assert_eq!(InputKind::of_path(Path::new("x")), None);
        let page = b"<!doctype html><title>t</title><p>\xD3\xE1\xC7\xE3</p>";
        assert_eq!(InputKind::detect(Path::new("saved"), page), InputKind::Html);
        assert_eq!(
            InputKind::detect(Path::new("saved.txt"), page),
            InputKind::Text
        );
        assert_eq!(
            InputKind::detect(Path::new("-"), "# عنوان".as_bytes()),
            InputKind::Text
        );
        let d = Document::parse(page.to_vec(), "t", InputKind::Html).unwrap();
        assert_eq!(d.decoded_from, Some("windows-1256"));
        assert_eq!((d.input, d.text.as_str()), (InputKind::Html, "t\nسلام"));
        let d = Document::parse("# عنوان\n\nنص *مائل*".into(), "t", InputKind::Markdown).unwrap();
        assert_eq!(d.text, "عنوان\nنص مائل");
        assert_eq!(d.title(), Some("عنوان"));
    }

    #[test]
    fn pages_and_markdown_are_never_streamed_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let put = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        assert!(Document::is_plain_utf8(&put("a.txt", "نص".as_bytes())));
        assert!(!Document::is_plain_utf8(&put("a.html", b"<p>x</p>")));
        assert!(!Document::is_plain_utf8(&put("a.md", b"# x")));
        assert!(!Document::is_plain_utf8(&put(
            "saved",
            b"<!DOCTYPE html><p>x"
        )));
        assert!(Document::is_plain_utf8(&put(
            "note",
            b"<p> is not a page start"
        )));
    }

    #[test]
    fn kinds_links_and_marks_by_position() {
        let d = Document::from_text("\n  \nالعنوان\nنص".into(), None);
        assert_eq!(d.title_paragraph(), Some(2));
        assert_eq!(d.paragraph_kind(2), ParagraphKind::Title);
        assert_eq!(d.paragraph_kind(3), ParagraphKind::Body);
        assert_eq!(d.title(), Some("العنوان"));
        let d = Document::parse(
            "# ع\n\n**قوي [رابط](https://e.org)** ثم [آخر](/b)\n".into(),
            "t",
            InputKind::Markdown,
        )
        .unwrap();
        let at = d.text.find("رابط").unwrap_or(0);
        assert_eq!(d.link_at(at).map(|l| l.url.as_str()), Some("https://e.org"));
        assert_eq!(d.link_at(at - 1), None);
        let last = d.text.find("آخر").unwrap_or(0);
        assert_eq!(d.link_at(last + 2).map(|l| l.url.as_str()), Some("/b"));
        let scopes: Vec<Scope> = d.markup_in(at..at + 1).map(|m| m.scope).collect();
        assert_eq!(scopes, [Scope::MarkupStrong, Scope::MarkupLink]);
        assert_eq!(d.markup_in(0..1).count(), 0);
    }

    #[test]
    fn a_stray_byte_in_utf8_is_replaced_not_taken_for_windows_1256() {
        let mut bytes = "قال الوزير".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.push(b'\n');
        let d = Document::from_bytes(&bytes, "t").unwrap();
        assert_eq!(d.decoded_from, None);
        assert_eq!(d.replaced, 1);
        assert_eq!(d.paragraph(0), "قال الوزير\u{FFFD}");
        let notice = d.notice("a.txt").unwrap();
        assert!(
            notice.contains("not valid UTF-8") && notice.contains("one"),
            "{notice}"
        );
        // a character cut at the end (a file cut by `head -c`)
        let text = "مرحبا بكم".repeat(100);
        let cut = &text.as_bytes()[..text.len() - 1];
        let d = Document::from_bytes(cut, "t").unwrap();
        assert_eq!((d.decoded_from, d.replaced), (None, 1));
        // ASCII with one stray byte
        let mut ascii = b"Plain English text with one stray byte at its end. ".repeat(2);
        ascii.push(0xFF);
        let d = Document::from_bytes(&ascii, "t").unwrap();
        assert_eq!(d.replaced, 1);
        assert!(d.notice("t").is_some());
        // many bad sequences among few good ones: not UTF-8 (windows-1256 here)
        let bytes = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xD8, 0xA7, b'\n'];
        let d = Document::from_bytes(&bytes, "t").unwrap();
        assert_eq!(d.decoded_from, Some("windows-1256"));
        assert!(d.notice("t").unwrap().contains("windows-1256"));
    }

    #[test]
    fn utf16_and_utf32_are_refused_by_name() {
        let e = Document::from_bytes(b"\xFF\xFEa\0b\0", "t").unwrap_err();
        assert!(e.to_string().contains("UTF-16 text"), "{e}");
        let e = Document::from_bytes(b"\xFE\xFF\0a\0b", "t").unwrap_err();
        assert!(e.to_string().contains("UTF-16 text"), "{e}");
        let e = Document::from_bytes(b"\xFF\xFE\0\0a\0\0\0", "t").unwrap_err();
        assert!(e.to_string().contains("UTF-32 text"), "{e}");
        let e = Document::from_bytes(b"\0\0\xFE\xFF\0\0\0a", "t").unwrap_err();
        assert!(e.to_string().contains("UTF-32 text"), "{e}");
    }

    #[test]
    fn latin1_or_binary_is_refused() {
        let e = Document::from_bytes(b"caf\xe9 cr\xe8me br\xfbl\xe9e", "t").unwrap_err();
        assert!(matches!(e, DocumentError::Encoding { .. }), "{e}");
        let e = Document::from_bytes(b"\x7fELF\x02\x01\x01\x00\x00", "t").unwrap_err();
        assert!(matches!(e, DocumentError::Binary { .. }), "{e}");
        let e = Document::from_bytes(&[0x01, 0x02, 0x03, 0x04, b'a'], "t").unwrap_err();
        assert!(matches!(e, DocumentError::Binary { .. }), "{e}");
        // escape sequences in text are not binary
        assert!(Document::from_bytes(b"abc \x1b[2J def \x1b]52;c;aGk=\x07 ghi", "t").is_ok());
    }
}
