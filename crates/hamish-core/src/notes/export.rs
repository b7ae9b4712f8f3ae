//! Listings of an article's notes: JSON for scripts, Markdown for people, and W3C Web Annotation
//! JSON-LD for other annotation tools. Offsets are code points into the article as it is now.
//! Each takes the notes to list (all of [`Notebook::notes`], or those with a tag), so that a
//! listing of a folder is the listings of its articles put together.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Value, json};

use super::anchor::CONTEXT;
use super::{Notebook, PlacedNote};
use crate::document::Document;

fn char_range(doc: &Document, n: &PlacedNote) -> Option<(usize, usize)> {
    n.range
        .as_ref()
        .map(|r| (doc.char_offset(r.start), doc.char_offset(r.end)))
}

/// `[{"id","start","end","quote","text","tags","status","created","updated"}]`; `start`/`end`
/// are `null` for orphaned notes; `quote` is the passage as it was when the note was written;
/// `tags` are the note's `#tags` without the `#`.
pub fn json(doc: &Document, notes: &[&PlacedNote]) -> Vec<Value> {
    notes
        .iter()
        .map(|n| {
            let (start, end) = char_range(doc, n).unzip();
            json!({
                "id": n.id,
                "start": start,
                "end": end,
                "quote": n.quote,
                "text": n.text,
                "tags": n.tags(),
                "status": n.status,
                "created": n.created,
                "updated": n.updated,
            })
        })
        .collect()
}

/// `file://` IRI of a path (absolute when it can be made so), percent-encoded.
fn file_iri(path: &Path) -> String {
    let abs = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_owned());
    let mut out = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn before(text: &str, byte: usize, n: usize) -> &str {
    let start = text[..byte]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(byte, |(i, _)| i);
    &text[start..byte]
}

fn after(text: &str, byte: usize, n: usize) -> &str {
    let end = text[byte..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| byte + i);
    &text[byte..end]
}

/// W3C Web Annotations (JSON-LD). Placed notes describe the article as it is now
/// (TextQuoteSelector from the current text plus TextPositionSelector); orphaned notes carry the
/// passage as written and no position. A note with `#tags` has a list of bodies: its text, then
/// one `"purpose": "tagging"` body per tag.
pub fn w3c(nb: &Notebook, doc: &Document, article: &Path, notes: &[&PlacedNote]) -> Vec<Value> {
    let source = file_iri(article);
    notes
        .iter()
        .map(|n| {
            let mut selectors = Vec::new();
            match &n.range {
                Some(r) => {
                    selectors.push(json!({
                        "type": "TextQuoteSelector",
                        "exact": &doc.text[r.clone()],
                        "prefix": before(&doc.text, r.start, CONTEXT),
                        "suffix": after(&doc.text, r.end, CONTEXT),
                    }));
                    selectors.push(json!({
                        "type": "TextPositionSelector",
                        "start": doc.char_offset(r.start),
                        "end": doc.char_offset(r.end),
                    }));
                }
                None => {
                    let a = nb.stored_anchor(&n.id);
                    selectors.push(json!({
                        "type": "TextQuoteSelector",
                        "exact": n.quote,
                        "prefix": a.map_or("", |a| a.prefix.as_str()),
                        "suffix": a.map_or("", |a| a.suffix.as_str()),
                    }));
                }
            }
            let comment = json!({
                "type": "TextualBody",
                "value": n.text,
                "format": "text/plain",
            });
            let tags = n.tags();
            let body = if tags.is_empty() {
                comment
            } else {
                let mut bodies = vec![comment];
                bodies.extend(tags.into_iter().map(|t| {
                    json!({
                        "type": "TextualBody",
                        "purpose": "tagging",
                        "value": t,
                    })
                }));
                Value::Array(bodies)
            };
            json!({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": format!("urn:hamish:note:{}", n.id),
                "type": "Annotation",
                "motivation": "commenting",
                "created": n.created,
                "modified": n.updated,
                "body": body,
                "target": {
                    "source": source,
                    "selector": selectors,
                },
            })
        })
        .collect()
}

fn quoted(out: &mut String, text: &str) {
    for line in text.lines() {
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {line}");
        }
    }
}

fn note_body(out: &mut String, n: &PlacedNote) {
    out.push('\n');
    for line in n.text.lines() {
        let _ = writeln!(out, "{line}");
    }
    let _ = write!(
        out,
        "\n<sub>{} · {} · {}",
        n.status.as_str(),
        n.updated,
        n.id
    );
    for tag in n.tags() {
        let _ = write!(out, " · #{tag}");
    }
    out.push_str("</sub>\n");
}

/// Markdown: `# Notes on TITLE`, then the notes grouped by paragraph, each with its passage
/// quoted; orphaned notes at the end.
pub fn markdown(doc: &Document, notes: &[&PlacedNote], title: &str) -> String {
    let mut out = format!("# Notes on {title}\n");
    if notes.is_empty() {
        out.push_str("\nNo notes.\n");
        return out;
    }
    markdown_section(&mut out, doc, notes, 2);
    out
}

/// The notes of one article in Markdown under headings of `level` (`##` for 2): a heading per
/// paragraph, then the orphaned notes.
pub fn markdown_section(out: &mut String, doc: &Document, notes: &[&PlacedNote], level: usize) {
    let hashes = "#".repeat(level.clamp(1, 6));
    let mut current: Option<usize> = None;
    let mut orphans = Vec::new();
    for n in notes {
        let Some(r) = &n.range else {
            orphans.push(n);
            continue;
        };
        let p = doc.paragraph_at(r.start);
        if current != Some(p) {
            current = Some(p);
            let _ = writeln!(out, "\n{hashes} Paragraph {}", p + 1);
        }
        out.push('\n');
        quoted(out, &doc.text[r.clone()]);
        note_body(out, n);
    }
    if !orphans.is_empty() {
        let _ = writeln!(
            out,
            "\n{hashes} Orphaned notes (their passage is no longer in the article)"
        );
        for n in orphans {
            out.push('\n');
            quoted(out, &n.quote);
            note_body(out, n);
        }
    }
}
