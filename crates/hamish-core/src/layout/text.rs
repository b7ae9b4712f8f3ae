//! Text output of a laid-out document: what `hamish render` prints and what the reader's text
//! area shows, one output line per screen line.
//!
//! - Cells left to right; RTL lines padded on the left so that they end at column `width`.
//! - No trailing spaces; one blank line between paragraphs. Lines of the file that are empty or
//!   hold only whitespace separate paragraphs and print nothing themselves, so there is always
//!   exactly one blank line between two paragraphs.
//! - With `color`, each cell gets the style of the spans covering it (later spans patch earlier
//!   ones) as ANSI SGR sequences, and the title (a text file's first line, an HTML or Markdown
//!   article's title paragraph) is bold. Without it no escape
//!   sequence is ever written; control characters in the text are already visible symbols.

use std::io::{self, Write};
use std::ops::Range;

use crate::style::{Modifier, Style};

use super::engine::{LineView, lay_out_with};
use super::fast;
use super::{LayoutOptions, VisualLine, lay_out};
use crate::document::Document;

/// True for a paragraph that prints nothing (empty or only whitespace).
pub fn is_blank(paragraph: &str) -> bool {
    paragraph
        .chars()
        .all(|c| c.is_whitespace() && super::control_symbol(c).is_none())
}

/// Renders the whole document to a string (see the module documentation).
/// `spans` are byte ranges of `doc.text` with the style to draw them in, lowest priority first
/// (a later span is drawn over an earlier one; used only with `color`).
pub fn render_document(
    doc: &Document,
    opts: &LayoutOptions,
    color: bool,
    spans: &[(Range<usize>, Style)],
) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_document(&mut out, doc, opts, color, spans);
    String::from_utf8(out).unwrap_or_default()
}

/// Streams the rendering of `doc` to `out` (see [`render_document`]).
pub fn write_document<W: Write>(
    out: &mut W,
    doc: &Document,
    opts: &LayoutOptions,
    color: bool,
    spans: &[(Range<usize>, Style)],
) -> io::Result<()> {
    if !color {
        return write_plain(out, doc, opts);
    }
    // by start, to find a paragraph's spans quickly; each keeps its priority (its index)
    let mut sorted: Vec<(Range<usize>, Style, usize)> = spans
        .iter()
        .enumerate()
        .map(|(i, (r, s))| (r.clone(), *s, i))
        .collect();
    sorted.sort_by_key(|(r, _, _)| r.start);
    let mut first = true;
    // a text file's first line, or an HTML or Markdown article's title (which may be missing)
    let title_paragraph = doc.title_paragraph();
    let mut line = String::new();
    for (pi, range) in doc.paragraphs.iter().enumerate() {
        let para = doc.paragraph(pi);
        if is_blank(para) {
            continue;
        }
        if !first {
            out.write_all(b"\n")?;
        }
        let title = title_paragraph == Some(pi);
        first = false;
        // Spans that touch this paragraph, in paragraph offsets.
        let upto = sorted.partition_point(|(r, _, _)| r.start < range.end);
        let mut local: Vec<(Range<usize>, Style, usize)> = sorted[..upto]
            .iter()
            .filter(|(r, _, _)| range.start < r.end)
            .map(|(r, s, prio)| {
                (
                    r.start.saturating_sub(range.start)..r.end.min(range.end) - range.start,
                    *s,
                    *prio,
                )
            })
            .collect();
        // drawn in priority order, as the reader draws them
        local.sort_by_key(|(_, _, prio)| *prio);
        let local: Vec<(Range<usize>, Style)> = local.into_iter().map(|(r, s, _)| (r, s)).collect();
        for vl in &lay_out(para, opts) {
            line.clear();
            colored_line(&mut line, vl, &local, title);
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
    }
    Ok(())
}

/// Renders paragraphs `paras` (indices) without colour into `buf`, a blank line before every
/// non-blank paragraph but the first. Returns whether anything was written.
fn render_plain_into(
    buf: &mut Vec<u8>,
    doc: &Document,
    paras: Range<usize>,
    opts: &LayoutOptions,
) -> bool {
    let mut first = true;
    for pi in paras {
        let para = doc.paragraph(pi);
        if is_blank(para) {
            continue;
        }
        if !first {
            buf.push(b'\n');
        }
        first = false;
        if fast::render_paragraph_reusing(para, opts, buf) {
            continue;
        }
        // The same engine as `lay_out`, without materialising cells.
        lay_out_with(para, opts, &mut |l: &LineView| write_plain_line(buf, l));
    }
    !first
}

/// One visual line as plain text: padding up to `x`, the cells, no trailing spaces, a newline.
pub(crate) fn write_plain_line(buf: &mut Vec<u8>, l: &LineView) {
    let at = buf.len();
    buf.resize(at + l.x, b' ');
    for bytes in l.cell_bytes() {
        buf.extend_from_slice(bytes);
    }
    while buf.len() > at && buf.last() == Some(&b' ') {
        buf.pop();
    }
    buf.push(b'\n');
}

/// Plain rendering. Paragraphs are independent, so a large document is laid out in chunks of
/// paragraphs on all cores, a few chunks at a time, and written in order.
fn write_plain<W: Write>(out: &mut W, doc: &Document, opts: &LayoutOptions) -> io::Result<()> {
    const CHUNK_BYTES: usize = 256 * 1024;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    // Chunks: contiguous ranges of paragraphs holding about CHUNK_BYTES of text.
    let mut chunks: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, r) in doc.paragraphs.iter().enumerate() {
        bytes += r.len() + 1;
        if bytes >= CHUNK_BYTES {
            chunks.push(start..i + 1);
            start = i + 1;
            bytes = 0;
        }
    }
    if start < doc.paragraphs.len() {
        chunks.push(start..doc.paragraphs.len());
    }
    let mut any = false;
    let mut emit = |out: &mut W, buf: &[u8], wrote: bool| -> io::Result<()> {
        if wrote {
            if any {
                out.write_all(b"\n")?;
            }
            any = true;
            out.write_all(buf)?;
        }
        Ok(())
    };
    if threads <= 1 || chunks.len() <= 1 {
        let mut buf = Vec::new();
        for c in chunks {
            buf.clear();
            let wrote = render_plain_into(&mut buf, doc, c, opts);
            emit(out, &buf, wrote)?;
        }
        return Ok(());
    }
    // One output buffer per worker, reused from wave to wave.
    let mut bufs: Vec<Vec<u8>> = (0..threads)
        .map(|_| Vec::with_capacity(CHUNK_BYTES * 2))
        .collect();
    for wave in chunks.chunks(threads) {
        let wrote: Vec<bool> = std::thread::scope(|s| {
            let handles: Vec<_> = wave
                .iter()
                .zip(bufs.iter_mut())
                .map(|(c, buf)| {
                    let c = c.clone();
                    s.spawn(move || {
                        buf.clear();
                        render_plain_into(buf, doc, c, opts)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for (buf, wrote) in bufs.iter().zip(wrote) {
            emit(out, buf, wrote)?;
        }
    }
    Ok(())
}

fn colored_line(out: &mut String, vl: &VisualLine, spans: &[(Range<usize>, Style)], title: bool) {
    let last = vl
        .cells
        .iter()
        .rposition(|c| !c.text.is_empty() && c.text.chars().any(|ch| ch != ' '));
    let Some(last) = last else { return };
    out.extend(std::iter::repeat_n(' ', vl.x));
    let base = if title {
        Style::default().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    let mut current = Style::default();
    for cell in &vl.cells[..=last] {
        let mut style = base;
        for (r, s) in spans {
            if r.start < cell.logical.end && cell.logical.start < r.end {
                style = style.patch(*s);
            }
        }
        if style != current {
            out.push_str(&style.sgr());
            current = style;
        }
        out.push_str(&cell.text);
    }
    if current != Style::default() {
        out.push_str("\x1b[0m");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Color;

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        let doc = Document::from_text("abc\n\n\n  \ndef\n".into(), None);
        let s = render_document(&doc, &LayoutOptions::default(), false, &[]);
        assert_eq!(s, "abc\n\ndef\n");
    }

    #[test]
    fn rtl_lines_are_flush_right_without_trailing_spaces() {
        let doc = Document::from_text("مرحبا بكم".into(), None);
        let opts = LayoutOptions {
            width: 20,
            shaping: false,
            ..LayoutOptions::default()
        };
        let s = render_document(&doc, &opts, false, &[]);
        assert_eq!(s, format!("{}مكب ابحرم\n", " ".repeat(11)));
    }

    #[test]
    fn color_styles_spans_and_bolds_the_title() {
        let doc = Document::from_text("title\nsome words".into(), None);
        let start = doc.paragraphs[1].start + 5;
        let style = Style::default().fg(Color::Red);
        let s = render_document(
            &doc,
            &LayoutOptions::default(),
            true,
            &[(start..start + 5, style)],
        );
        assert_eq!(s, "\x1b[0;1mtitle\x1b[0m\n\nsome \x1b[0;31mwords\x1b[0m\n");
        let plain = render_document(
            &doc,
            &LayoutOptions::default(),
            false,
            &[(start..start + 5, style)],
        );
        assert!(!plain.contains('\x1b'));
    }
}
