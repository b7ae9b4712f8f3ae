//! Loading an article: decoding (UTF-8 with or without BOM; legacy windows-1256), paragraphs, and
//! maps between byte offsets (used inside the program) and code-point offsets (used in files and
//! on the command line).
//!
//! The text is kept exactly as decoded (BOM removed, line terminators kept), so code-point offsets
//! printed by `hamish entities` or stored in notes count the decoded file text. Sanitising control
//! characters happens at layout time, never here.

use std::ops::Range;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: is a directory, not an article")]
    Directory { path: String },
    #[error("{path}: looks like a binary file, not text")]
    Binary { path: String },
    #[error("{path}: not UTF-8, and not windows-1256 Arabic text either")]
    Encoding { path: String },
}

/// A decoded article.
#[derive(Debug, Clone)]
pub struct Document {
    /// The decoded text (BOM removed, line terminators kept).
    pub text: String,
    /// Byte range of each paragraph (one per line of the file), line terminator excluded.
    pub paragraphs: Vec<Range<usize>>,
    /// Code-point offset of the start of each paragraph (same indices as `paragraphs`).
    para_char_starts: Vec<usize>,
    /// Set when the bytes were not UTF-8 and were decoded from a legacy encoding.
    pub decoded_from: Option<&'static str>,
}

impl Document {
    /// Decodes bytes; `name` is used in error messages.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Document, DocumentError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                return Err(DocumentError::Encoding {
                    path: name.to_owned(),
                });
            }
        };
        Ok(Document::from_text(text, None))
    }

    /// Wraps already-decoded text.
    pub fn from_text(text: String, decoded_from: Option<&'static str>) -> Document {
        let mut paragraphs = Vec::new();
        let mut para_char_starts = Vec::new();
        let mut start = 0;
        let mut chars = 0;
        let bytes = text.as_bytes();
        let mut line_start_chars = 0;
        for (i, b) in bytes.iter().enumerate() {
            if (b & 0xC0) != 0x80 {
                chars += 1;
            }
            if *b == b'\n' {
                let end = if i > start && bytes[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                paragraphs.push(start..end);
                para_char_starts.push(line_start_chars);
                start = i + 1;
                line_start_chars = chars;
            }
        }
        if start < text.len() {
            paragraphs.push(start..text.len());
            para_char_starts.push(line_start_chars);
        }
        Document {
            text,
            paragraphs,
            para_char_starts,
            decoded_from,
        }
    }

    /// Reads a file, or standard input for `-`.
    pub fn load(path: &Path) -> Result<Document, DocumentError> {
        let name = path.display().to_string();
        let bytes = if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
                DocumentError::Io {
                    path: "<stdin>".into(),
                    source,
                }
            })?;
            buf
        } else {
            if path.is_dir() {
                return Err(DocumentError::Directory { path: name });
            }
            std::fs::read(path).map_err(|source| DocumentError::Io {
                path: name.clone(),
                source,
            })?
        };
        Document::from_bytes(&bytes, &name)
    }

    /// The text of paragraph `i`.
    pub fn paragraph(&self, i: usize) -> &str {
        &self.text[self.paragraphs[i].clone()]
    }

    /// Code-point offset of a byte offset (which must lie on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let p = self
            .paragraphs
            .partition_point(|r| r.start <= byte)
            .saturating_sub(1);
        let (base_byte, base_char) = match self.paragraphs.get(p) {
            Some(r) if r.start <= byte => (r.start, self.para_char_starts[p]),
            _ => (0, 0),
        };
        base_char + self.text[base_byte..byte].chars().count()
    }

    /// Byte offset of a code-point offset (clamped to the end of the text).
    pub fn byte_offset(&self, char_off: usize) -> usize {
        let p = self
            .para_char_starts
            .partition_point(|&c| c <= char_off)
            .saturating_sub(1);
        let (base_byte, base_char) = match self.paragraphs.get(p) {
            Some(r) if self.para_char_starts[p] <= char_off => (r.start, self.para_char_starts[p]),
            _ => (0, 0),
        };
        self.text[base_byte..]
            .char_indices()
            .nth(char_off - base_char)
            .map_or(self.text.len(), |(i, _)| base_byte + i)
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
    }
}
