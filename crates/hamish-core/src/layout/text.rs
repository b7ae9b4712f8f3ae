//! Text output of a laid-out document: what `hamish render` prints and what the reader's text
//! area shows, one output line per screen line.
//!
//! - Cells left to right; RTL lines padded on the left so that they end at column `width`.
//! - No trailing spaces; one blank line between paragraphs. Lines of the file that are empty or
//!   hold only whitespace separate paragraphs and print nothing themselves, so there is always
//!   exactly one blank line between two paragraphs.
//! - With `color`, each cell gets the style of the spans covering it (later spans patch earlier
//!   ones) as ANSI SGR sequences, and the title (a text file's first line, an HTML or Markdown
//!   article's title paragraph) is bold. Without it no escape sequence is ever written; control
//!   characters in the text are already visible symbols.

use std::io::{self, Write};
use std::ops::Range;

use crate::style::{Modifier, Style};

use super::LayoutOptions;
use super::engine::{LineView, lay_out_with};
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
    if color {
        let all = (0..doc.text.len(), spans.to_vec());
        let title = Title::of(doc);
        write_colored(out, &doc.text, opts, title, std::iter::once(all))
    } else {
        write_plain(out, &doc.text, opts)
    }
}

/// Output is handed on in pieces of about this many bytes, so that memory never holds more than
/// a few of them, whatever the width (a right-to-left line at width 65535 is 64 KiB of padding).
const PIECE: usize = 256 * 1024;
/// Text laid out by one worker at a time (cut at line ends).
const ITEM: usize = 256 * 1024;

/// Which paragraph is the title, drawn bold with colour (when it is one block, as the reader
/// shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// The first paragraph that prints something (a text file's first line).
    First,
    /// The paragraph that starts at this byte (an HTML or Markdown article's title), if any.
    At(Option<usize>),
}

impl Title {
    /// The title of `doc`, as [`Document::title_paragraph`] says.
    pub fn of(doc: &Document) -> Title {
        Title::At(
            doc.title_paragraph()
                .and_then(|i| doc.paragraphs.get(i))
                .map(|r| r.start),
        )
    }
}

/// The blocks of `text` that print something, in order: (block, first block of its paragraph,
/// title). Blank paragraphs (empty or only whitespace) print nothing; a paragraph longer than
/// [`super::MAX_BLOCK`] comes in several blocks, as the reader shows it.
fn printed_blocks(
    text: &str,
    range: Range<usize>,
    title: Title,
) -> impl Iterator<Item = (Range<usize>, bool, bool)> + '_ {
    let base = range.start;
    let mut first = title == Title::First;
    crate::document::paragraph_ranges(&text[range])
        .map(move |r| r.start + base..r.end + base)
        .filter(move |r| !is_blank(&text[r.clone()]))
        .flat_map(move |p| {
            let is_title = match title {
                Title::First => std::mem::take(&mut first),
                Title::At(at) => at == Some(p.start),
            };
            let title = is_title && p.len() <= super::MAX_BLOCK;
            let start = p.start;
            super::block_ranges(text, p).map(move |b| {
                let head = b.start == start;
                (b, head, title)
            })
        })
}

/// Lays out the paragraphs of `text[range]` into `buf` as plain text, a blank line before each but
/// the first, handing `buf` to `flush` whenever it holds a [`PIECE`].
fn plain_range(
    text: &str,
    range: Range<usize>,
    opts: &LayoutOptions,
    buf: &mut Vec<u8>,
    flush: &mut dyn FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let mut first = true;
    for (b, head, _) in printed_blocks(text, range, Title::At(None)) {
        if head && !std::mem::take(&mut first) {
            buf.push(b'\n');
        }
        let mut result = Ok(());
        lay_out_with(&text[b], opts, &mut |l: &LineView| {
            if result.is_err() {
                return;
            }
            write_plain_line(buf, l);
            if buf.len() >= PIECE {
                result = flush(buf);
            }
        });
        result?;
    }
    Ok(())
}

/// One visual line as plain text: padding up to `x`, the cells, no trailing spaces, a newline.
pub(crate) fn write_plain_line(buf: &mut Vec<u8>, l: &LineView) {
    let at = buf.len();
    buf.resize(at + l.x, b' ');
    l.write_cells(buf);
    while buf.len() > at && buf.last() == Some(&b' ') {
        buf.pop();
    }
    buf.push(b'\n');
}

/// Where the stretches of text laid out by one worker at a time end: after the first line end
/// at or past every [`ITEM`] bytes (a line longer than that is one stretch).
fn item_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let mut want = (at + ITEM).min(text.len());
        while !text.is_char_boundary(want) {
            want += 1;
        }
        at = match text[want..].find('\n') {
            Some(i) => want + i + 1,
            None => text.len(),
        };
        ends.push(at);
    }
    ends
}

/// A worker's output for one stretch: pieces, then its end.
enum Piece {
    Bytes(Vec<u8>),
    End,
}

/// Streams the plain rendering of `text` (see the module documentation). Stretches of about
/// [`ITEM`] bytes are laid out on all cores, each worker handing its output on in pieces through
/// a short queue, and written in order: memory holds a few pieces per worker, not the output.
pub fn write_plain<W: Write>(out: &mut W, text: &str, opts: &LayoutOptions) -> io::Result<()> {
    let ends = item_ends(text);
    let items: Vec<Range<usize>> = ends
        .iter()
        .scan(0, |start, &end| {
            let r = *start..end;
            *start = end;
            Some(r)
        })
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    // Whether something was written, for the blank line between stretches.
    let mut any = false;
    if threads <= 1 || items.len() <= 1 {
        let mut buf = Vec::with_capacity(PIECE);
        for r in items {
            let mut started = false;
            let mut flush = |buf: &mut Vec<u8>| -> io::Result<()> {
                if !buf.is_empty() {
                    if !started && any {
                        out.write_all(b"\n")?;
                    }
                    started = true;
                    any = true;
                    out.write_all(buf)?;
                    buf.clear();
                }
                Ok(())
            };
            plain_range(text, r, opts, &mut buf, &mut flush)?;
            flush(&mut buf)?;
        }
        return Ok(());
    }
    let items = &items;
    std::thread::scope(|s| {
        let mut queues = Vec::with_capacity(threads);
        for w in 0..threads {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Piece>(2);
            queues.push(rx);
            s.spawn(move || {
                for r in items.iter().skip(w).step_by(threads) {
                    let mut buf = Vec::with_capacity(PIECE);
                    let mut flush = |buf: &mut Vec<u8>| -> io::Result<()> {
                        if buf.is_empty() {
                            return Ok(());
                        }
                        let full = std::mem::replace(buf, Vec::with_capacity(PIECE));
                        tx.send(Piece::Bytes(full))
                            .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
                    };
                    let sent = plain_range(text, r.clone(), opts, &mut buf, &mut flush)
                        .and_then(|()| flush(&mut buf));
                    if sent.is_err() || tx.send(Piece::End).is_err() {
                        // the writer stopped (an error it reports itself)
                        return;
                    }
                }
            });
        }
        for k in 0..items.len() {
            let mut started = false;
            loop {
                match queues[k % threads].recv() {
                    Ok(Piece::Bytes(b)) => {
                        if !started && any {
                            out.write_all(b"\n")?;
                        }
                        started = true;
                        any = true;
                        out.write_all(&b)?;
                    }
                    Ok(Piece::End) => break,
                    // the worker panicked: the scope passes the panic on
                    Err(_) => return Ok(()),
                }
            }
        }
        Ok(())
    })
}

/// Streams the coloured rendering of `text` (see the module documentation). `highlights` yields,
/// in document order, stretches of the text from its start with their styled spans (document byte
/// ranges, lowest priority first); it is asked for the next stretch only when the text laid out
/// reaches it, so analysis and output go along together.
pub fn write_colored<W: Write>(
    out: &mut W,
    text: &str,
    opts: &LayoutOptions,
    title: Title,
    highlights: impl IntoIterator<Item = (Range<usize>, Vec<(Range<usize>, Style)>)>,
) -> io::Result<()> {
    let mut highlights = highlights.into_iter();
    // Spans of the stretches read so far that may still touch what comes: (range, style,
    // priority = order of arrival).
    let mut active: Vec<(Range<usize>, Style, usize)> = Vec::new();
    let mut arrived = 0usize;
    let mut covered = 0usize;
    let mut first = true;
    let mut line = String::new();
    let mut buf: Vec<u8> = Vec::with_capacity(PIECE);
    for (b, head, title) in printed_blocks(text, 0..text.len(), title) {
        while covered < b.end {
            match highlights.next() {
                Some((r, spans)) => {
                    covered = covered.max(r.end);
                    for (sr, st) in spans {
                        active.push((sr, st, arrived));
                        arrived += 1;
                    }
                }
                None => covered = usize::MAX,
            }
        }
        if active.len() > 64 {
            active.retain(|(r, _, _)| r.end > b.start);
        }
        // spans that touch this block, in block offsets, drawn in priority order
        let mut local: Vec<(Range<usize>, Style, usize)> = active
            .iter()
            .filter(|(r, _, _)| r.start < b.end && b.start < r.end)
            .map(|(r, st, prio)| {
                (
                    r.start.saturating_sub(b.start)..r.end.min(b.end) - b.start,
                    *st,
                    *prio,
                )
            })
            .collect();
        local.sort_by_key(|(_, _, prio)| *prio);
        let local: Vec<(Range<usize>, Style)> =
            local.into_iter().map(|(r, st, _)| (r, st)).collect();
        if head && !std::mem::take(&mut first) {
            buf.push(b'\n');
        }
        let mut result = Ok(());
        lay_out_with(&text[b], opts, &mut |l: &LineView| {
            if result.is_err() {
                return;
            }
            line.clear();
            colored_line(&mut line, l, &local, title);
            line.push('\n');
            buf.extend_from_slice(line.as_bytes());
            if buf.len() >= PIECE {
                result = out.write_all(&buf);
                buf.clear();
            }
        });
        result?;
    }
    out.write_all(&buf)
}

fn colored_line(out: &mut String, vl: &LineView, spans: &[(Range<usize>, Style)], title: bool) {
    let start = out.len();
    out.extend(std::iter::repeat_n(' ', vl.x));
    let base = if title {
        Style::default().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    let mut current = Style::default();
    // Just past the last character that is not a space, and the style in force there: the line
    // is cut there, as the plain output is (a cell may end in a space, e.g. a space joined to
    // a ZWJ after it).
    let mut end = (start, Style::default());
    for (text, _, logical) in vl.cells() {
        if text.is_empty() {
            continue;
        }
        let mut style = base;
        for (r, s) in spans {
            if r.start < logical.end && logical.start < r.end {
                style = style.patch(*s);
            }
        }
        if style != current {
            out.push_str(&style.sgr());
            current = style;
        }
        out.push_str(text);
        let kept = text.trim_end_matches(' ').len();
        if kept > 0 {
            end = (out.len() - text.len() + kept, current);
        }
    }
    out.truncate(end.0);
    if end.1 != Style::default() {
        out.push_str("\x1b[0m");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Color;

    fn strip_sgr(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(at) = rest.find('\x1b') {
            out.push_str(&rest[..at]);
            let tail = &rest[at..];
            let end = tail.find('m').map_or(tail.len(), |m| m + 1);
            rest = &tail[end..];
        }
        out.push_str(rest);
        out
    }

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
        // a cell ending in a space (a space joined to a ZWJ): no trailing space either
        let doc = Document::from_text(
            " abc)1\u{202b}  \u{200d}(x-y\u{200f}\u{64e}\u{200d}\u{2069}«))\t".into(),
            None,
        );
        let opts = LayoutOptions {
            width: 6,
            ..LayoutOptions::default()
        };
        let colored = render_document(&doc, &opts, true, &[]);
        let plain = render_document(&doc, &opts, false, &[]);
        assert_eq!(strip_sgr(&colored), plain);
        assert!(
            !strip_sgr(&colored).lines().any(|l| l.ends_with(' ')),
            "{colored:?}"
        );
        let plain = render_document(
            &doc,
            &LayoutOptions::default(),
            false,
            &[(start..start + 5, style)],
        );
        assert!(!plain.contains('\x1b'));
    }
}
