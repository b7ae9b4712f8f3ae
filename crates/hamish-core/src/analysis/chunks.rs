//! Analysing a big text in pieces, for the reader and for `hamish entities`.
//!
//! [`super::analyze`] builds per-token tables for the whole text it is given: on a 12 MB file
//! (thousands of articles) that is over 100 MB at its peak, far over the memory budget (a few
//! times the file). A big text is therefore analysed in chunks of a few hundred kilobytes, cut at
//! paragraph boundaries (preferably at a blank line, where articles and sections end), and each
//! chunk's spans are handed over as soon as it is done: the reader highlights the top of a big
//! file almost at once, `hamish entities` streams its output, and the peak stays near one chunk's
//! worth. An article smaller than a chunk — the usual case — is analysed in one piece, exactly as
//! [`super::analyze`] does.

use std::ops::Range;

use super::{Analyzer, Span, entities};

/// Target size of one analysed piece, in bytes.
pub const CHUNK: usize = 256 * 1024;
/// How far past the target a chunk may grow while looking for a good place to end.
const REACH: usize = 64 * 1024;

/// Byte ranges covering `text` in order, each about `target` bytes long (the last may be
/// shorter). A chunk ends where an article starts (see [`super::articles`]) when one is within
/// reach, so that an article is analysed in one piece; else at the start of the article that runs
/// past the reach (the chunk is then at least half the target); else just after a blank line, else after
/// a newline, else (one huge paragraph) after the end of a sentence, else after a space, else at
/// a character boundary — so no chunk grows without bound, whatever the text.
pub fn chunk_ranges(text: &str, target: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = start + chunk_len(&text[start..], target);
        out.push(start..end);
        start = end;
    }
    out
}

/// Bytes a chunk needs to see past its start to know where it ends.
pub fn lookahead(target: usize) -> usize {
    target.max(1) + REACH
}

/// Length of the chunk at the start of `rest` (see [`chunk_ranges`]). Reads no further than
/// [`lookahead`] bytes (and the end of the character there), so `rest` may be cut after that.
fn chunk_len(rest: &str, target: usize) -> usize {
    let want = target.max(1);
    if want >= rest.len() {
        return rest.len();
    }
    let bytes = rest.as_bytes();
    let reach = (want + REACH).min(rest.len());
    let window = &bytes[want..reach];
    let after = |i: usize, len: usize| want + i + len;
    let sentence_end = || {
        window
            .windows(2)
            .position(|w| matches!(w[0], b'.' | b'!' | b'?' | b';') && w[1].is_ascii_whitespace())
    };
    let arabic_end = || {
        // ؟ (U+061F) and ؛ (U+061B) then a space
        window
            .windows(3)
            .position(|w| w[0] == 0xD8 && matches!(w[1], 0x9F | 0x9B) && w[2] == b' ')
            .map(|i| i + 1)
    };
    // an article that runs past the reach is cut at its start instead, if that is not too early:
    // the next chunk then holds it whole
    let mut end = article_start(bytes, want, reach)
        .or_else(|| last_article_start(bytes, want / 2, want, reach))
        .or_else(|| find(window, b"\n\n").map(|i| after(i, 2)))
        .or_else(|| find(window, b"\n").map(|i| after(i, 1)))
        .or_else(|| {
            [sentence_end(), arabic_end()]
                .into_iter()
                .flatten()
                .min()
                .map(|i| after(i, 2))
        })
        .or_else(|| window.iter().position(|b| *b == b' ').map(|i| after(i, 1)))
        .unwrap_or(reach);
    while !rest.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// Something that hands out the chunks of a text one at a time (each borrowed until the next).
pub trait ChunkSource {
    /// The next chunk, or `None` after the last.
    fn next_chunk(&mut self) -> std::io::Result<Option<&str>>;
}

/// The chunks of a text in memory (see [`chunk_ranges`]).
pub struct TextChunks<'t> {
    rest: &'t str,
    target: usize,
}

impl<'t> TextChunks<'t> {
    pub fn new(text: &'t str, target: usize) -> TextChunks<'t> {
        TextChunks { rest: text, target }
    }
}

impl ChunkSource for TextChunks<'_> {
    fn next_chunk(&mut self) -> std::io::Result<Option<&str>> {
        if self.rest.is_empty() {
            return Ok(None);
        }
        let (chunk, rest) = self.rest.split_at(chunk_len(self.rest, self.target));
        self.rest = rest;
        Ok(Some(chunk))
    }
}

/// The chunks of a text read from a byte stream, without holding more than about two chunks of
/// it: the same pieces as [`chunk_ranges`] gives on the whole text. The stream must be UTF-8; a
/// leading byte-order mark is dropped (as [`crate::document::Document`] does).
pub struct ChunkReader<R> {
    src: R,
    target: usize,
    /// Decoded text from the start of the next chunk on.
    text: String,
    /// Length of the chunk handed out last, dropped from `text` at the next call.
    given: usize,
    /// Bytes of a character cut by the last read.
    pending: Vec<u8>,
    read_buf: Vec<u8>,
    at_start: bool,
    eof: bool,
}

impl<R: std::io::Read> ChunkReader<R> {
    pub fn new(src: R, target: usize) -> ChunkReader<R> {
        ChunkReader {
            src,
            target,
            text: String::new(),
            given: 0,
            pending: Vec::new(),
            read_buf: vec![0; 64 * 1024],
            at_start: true,
            eof: false,
        }
    }
}

impl<R: std::io::Read> ChunkSource for ChunkReader<R> {
    /// Fails on a read error, or on bytes that are not UTF-8 (`InvalidData`).
    fn next_chunk(&mut self) -> std::io::Result<Option<&str>> {
        self.text.drain(..self.given);
        self.given = 0;
        let need = lookahead(self.target);
        while self.text.len() < need && !self.eof {
            self.fill()?;
        }
        if self.text.is_empty() {
            return Ok(None);
        }
        self.given = chunk_len(&self.text, self.target);
        Ok(Some(&self.text[..self.given]))
    }
}

impl<R: std::io::Read> ChunkReader<R> {
    fn fill(&mut self) -> std::io::Result<()> {
        let n = loop {
            match self.src.read(&mut self.read_buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        let bad = || std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8");
        if n == 0 {
            self.eof = true;
            return if self.pending.is_empty() {
                Ok(())
            } else {
                Err(bad())
            };
        }
        self.pending.extend_from_slice(&self.read_buf[..n]);
        let mut bytes = &self.pending[..];
        if self.at_start {
            if bytes.len() < 3 && b"\xEF\xBB\xBF".starts_with(bytes) {
                return Ok(()); // too early to tell whether a BOM starts the text
            }
            self.at_start = false;
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        // a character cut at the end of the read waits for the next one
        let valid = simdutf8::basic::from_utf8(&bytes[..whole_chars(bytes)]).map_err(|_| bad())?;
        self.text.push_str(valid);
        let used = self.pending.len() - bytes.len() + valid.len();
        self.pending.drain(..used);
        Ok(())
    }
}

/// Length of `bytes` without a UTF-8 sequence that starts but does not end in it.
fn whole_chars(bytes: &[u8]) -> usize {
    let n = bytes.len();
    for back in 1..=n.min(4) {
        let b = bytes[n - back];
        if b & 0xC0 != 0x80 {
            let len = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            return if back < len { n - back } else { n };
        }
    }
    n
}

/// The first place in `bytes[from..to]` where an article starts: the start of a title line, the
/// whole line before `to`, right after a blank line.
fn article_start(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let blank = |l: &[u8]| l.iter().all(u8::is_ascii_whitespace);
    let mut p = from.max(1);
    loop {
        // the next line start at or after p
        p += bytes[p - 1..to].iter().position(|&b| b == b'\n')?;
        let prev_start = bytes[..p - 1]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line_end = p + bytes[p..to].iter().position(|&b| b == b'\n')?;
        if blank(&bytes[prev_start..p - 1])
            && std::str::from_utf8(&bytes[p..line_end]).is_ok_and(super::articles::is_title_line)
        {
            return Some(p);
        }
        p += 1;
    }
}

/// The last place in `bytes[from..upto]` where an article starts, its title line ending before
/// `to` (see [`article_start`]).
fn last_article_start(bytes: &[u8], from: usize, upto: usize, to: usize) -> Option<usize> {
    let mut last = None;
    let mut p = from;
    while let Some(a) = article_start(bytes, p, to).filter(|&a| a < upto) {
        last = Some(a);
        p = a + 1;
    }
    last.filter(|&a| a > 0)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The chunks of a text and their spans, one chunk at a time (an iterator of
/// `(chunk byte range, spans with document byte ranges sorted by start)`). One [`Analyzer`]
/// serves all the chunks, so what it learnt about the words of one chunk serves the next.
pub struct Chunks<'t> {
    text: &'t str,
    ranges: std::vec::IntoIter<Range<usize>>,
    analyzer: Analyzer,
}

impl<'t> Chunks<'t> {
    /// Chunks of about `target` bytes (see [`chunk_ranges`]).
    pub fn new(text: &'t str, target: usize) -> Chunks<'t> {
        Chunks::with_options(text, target, entities::Options::default())
    }

    /// [`Chunks::new`] with explicit options for the stages after the model.
    pub fn with_options(text: &'t str, target: usize, opts: entities::Options) -> Chunks<'t> {
        Chunks {
            text,
            ranges: chunk_ranges(text, target).into_iter(),
            analyzer: Analyzer::with_options(opts),
        }
    }
}

impl Iterator for Chunks<'_> {
    type Item = (Range<usize>, Vec<Span>);

    fn next(&mut self) -> Option<Self::Item> {
        let r = self.ranges.next()?;
        let base = r.start;
        // the chunks are parts of one document: quotations carry their speaker across
        let part = &self.text[r.clone()];
        let mut spans = if base == 0 {
            self.analyzer.analyze(part)
        } else {
            self.analyzer.analyze_next(part)
        };
        for s in &mut spans {
            s.range = s.range.start + base..s.range.end + base;
        }
        Some((r, spans))
    }
}

/// Analyses `text` chunk by chunk, calling `deliver` with each chunk's spans (document byte
/// ranges, sorted by start) in document order. Stops early when `deliver` returns false.
pub fn analyze_in_chunks(text: &str, target: usize, deliver: impl FnMut(Vec<Span>) -> bool) {
    analyze_in_chunks_with(text, target, entities::Options::default(), deliver);
}

/// [`analyze_in_chunks`] with explicit options for the stages after the model.
pub fn analyze_in_chunks_with(
    text: &str,
    target: usize,
    opts: entities::Options,
    mut deliver: impl FnMut(Vec<Span>) -> bool,
) {
    for (_, spans) in Chunks::with_options(text, target, opts) {
        if !deliver(spans) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    #[test]
    fn chunks_cover_the_text_and_end_at_newlines() {
        let para = "سطر من النص هنا\n";
        let mut text = String::new();
        for i in 0..200 {
            text.push_str(para);
            if i % 7 == 6 {
                text.push('\n');
            }
        }
        for target in [1, 10, 100, 1000, 5000, text.len(), text.len() + 5] {
            let rs = chunk_ranges(&text, target);
            assert_eq!(rs.first().map(|r| r.start), Some(0));
            assert_eq!(rs.last().map(|r| r.end), Some(text.len()));
            for w in rs.windows(2) {
                assert_eq!(w[0].end, w[1].start);
                assert!(text[..w[0].end].ends_with('\n'), "cut inside a line");
                assert!(w[0].len() >= target / 2);
            }
        }
        // a blank line within reach is preferred over the first newline
        let rs = chunk_ranges(&text, 100);
        assert!(text[..rs[0].end].ends_with("\n\n"));
    }

    #[test]
    fn chunks_end_where_articles_start() {
        // articles: a short title, then paragraphs separated by blank lines
        let para = "وقال الوزير إن الخطة جاهزة للتنفيذ في الموعد المحدد.\n\n";
        let article = |title: &str, paras: usize| format!("{title}\n{}", para.repeat(paras));
        let text = [
            article("خبر أول", 200),
            article("خبر ثان", 1500),
            article("خبر ثالث", 3),
        ]
        .concat();
        let second = text.find("خبر ثان").unwrap_or(0);
        let third = text.find("خبر ثالث").unwrap_or(0);
        assert!(third - second > 2 * REACH);
        // an article start within reach: the chunk ends there, not at the first blank line
        let rs = chunk_ranges(&text, second - 1000);
        assert_eq!(rs[0].end, second, "{:?}", &rs[..2]);
        // none within reach: the chunk ends where the article running past the reach starts
        let rs = chunk_ranges(&text, second + 10_000);
        assert_eq!(rs[0].end, second, "{:?}", &rs[..2]);
        // the long article itself is then cut at blank lines, and the last one starts a chunk
        assert!(rs.iter().any(|r| r.start == third), "{rs:?}");
    }

    #[test]
    fn one_huge_paragraph_is_cut_at_sentences_then_spaces() {
        // a 12 MB article on one line used to be analysed whole (~130 MB at the peak)
        let text = "قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا؟ ثم غادر ".repeat(50);
        let rs = chunk_ranges(&text, 100);
        assert!(rs.len() > 10, "{}", rs.len());
        for w in rs.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            let before = &text[..w[0].end];
            assert!(
                before.ends_with(". ") || before.ends_with("؟ "),
                "{:?}",
                &before[before.len() - 12..]
            );
        }
        let words = "كلمة ".repeat(1000);
        for w in chunk_ranges(&words, 10).windows(2) {
            assert!(words[..w[0].end].ends_with(' '));
        }
        // no space at all: still bounded, cut at a character boundary
        let solid = "ب".repeat(200_000);
        let rs = chunk_ranges(&solid, 1000);
        assert!(rs.iter().all(|r| r.len() <= 1000 + REACH + 4));
        assert_eq!(rs.last().map(|r| r.end), Some(solid.len()));
        assert!(chunk_ranges("", 10).is_empty());
    }

    #[test]
    fn a_reader_gives_the_chunks_of_the_whole_text() {
        struct Trickle<'a>(&'a [u8], usize);
        impl std::io::Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(buf.len()).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(
                [
                    "قال الوزير ",
                    "إن ",
                    "الخطة. ",
                    "جاهزة؟ ",
                    "a b ",
                    "“نعم”\n",
                    "\n",
                ][i % 7],
            );
            if i % 11 == 0 {
                text.push_str("كلمة");
            }
        }
        for target in [1, 7, 100, 4096, text.len(), text.len() + 9] {
            let want: Vec<&str> = chunk_ranges(&text, target)
                .into_iter()
                .map(|r| &text[r])
                .collect();
            let mut mem = TextChunks::new(&text, target);
            let mut from_mem = Vec::new();
            while let Some(c) = mem.next_chunk().expect("in memory") {
                from_mem.push(c.to_owned());
            }
            assert_eq!(from_mem, want);
            for step in [1, 3, 1000, 1 << 20] {
                let with_bom = format!("\u{FEFF}{text}");
                let mut r = ChunkReader::new(Trickle(with_bom.as_bytes(), step), target);
                let mut got = Vec::new();
                while let Some(c) = r.next_chunk().expect("valid") {
                    got.push(c.to_owned());
                }
                assert_eq!(got, want, "target {target}, reads of {step}");
            }
        }
        // a character cut at the very end is an error
        let mut r = ChunkReader::new(&"ب".as_bytes()[..1], 10);
        assert!(r.next_chunk().is_err());
    }

    #[test]
    fn one_analyzer_for_all_chunks_finds_what_fresh_ones_do() {
        // the word cache carried from chunk to chunk changes nothing
        let text = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستعمل مع ألمانيا.\n\
                    التقى وزير الخارجية سيرغي لافروف نظيره في موسكو “لبحث الأزمة السورية”.\n\n"
            .repeat(40);
        let mut n = 0;
        for (r, spans) in Chunks::new(&text, 700) {
            let mut fresh = analyze(&text[r.clone()]);
            for s in &mut fresh {
                s.range = s.range.start + r.start..s.range.end + r.start;
            }
            assert_eq!(spans, fresh);
            n += spans.len();
        }
        assert!(n > 100, "{n}");
    }

    #[test]
    fn the_implied_person_carries_over_to_the_next_chunk() {
        let part1 = "الحفل\n\nعادت الفنانة ماجدة الرومي إلى المسرح بعد غياب طويل.\n\n";
        let part2 = "وقالت للجمهور: “اشتقت إليكم كثيرا”.\n";
        let text = format!("{part1}{part2}");
        let chunks: Vec<_> = Chunks::new(&text, part1.len() - 2).collect();
        assert_eq!(chunks.len(), 2);
        let speaker = |spans: &[Span]| {
            spans
                .iter()
                .find(|s| s.kind == crate::analysis::Kind::Quote)
                .and_then(|s| s.speaker.clone())
        };
        // the same speaker whole and in chunks
        assert_eq!(speaker(&analyze(&text)).as_deref(), Some("ماجدة الرومي"));
        assert_eq!(speaker(&chunks[1].1).as_deref(), Some("ماجدة الرومي"));
    }

    #[test]
    fn the_last_speaker_carries_over_to_the_next_chunk() {
        let part1 =
            "الأخبار\n\nوقال الرئيس الفرنسي إيمانويل ماكرون إن “فرنسا ستعمل مع ألمانيا”.\n\n";
        let part2 = "وتابع: “سنواصل الحوار”.\n";
        let text = format!("{part1}{part2}");
        // a chunk ends at the first blank line past its target
        let chunks: Vec<_> = Chunks::new(&text, part1.len() - 2).collect();
        assert_eq!(
            chunks.len(),
            2,
            "{:?}",
            chunks.iter().map(|c| &c.0).collect::<Vec<_>>()
        );
        let speaker = |spans: &[Span]| {
            spans
                .iter()
                .find(|s| s.kind == crate::analysis::Kind::Quote)
                .and_then(|s| s.speaker.clone())
        };
        assert_eq!(speaker(&chunks[0].1).as_deref(), Some("إيمانويل ماكرون"));
        assert_eq!(speaker(&chunks[1].1).as_deref(), Some("إيمانويل ماكرون"));
        // on its own, the second part has no one to attribute the words to
        assert_eq!(speaker(&analyze(part2)), None);
    }

    #[test]
    fn chunked_spans_match_the_whole_text() {
        let Ok(seed) = std::fs::read_to_string("../shared/articles/000_6c5c1c1384cff0d9.txt")
        else {
            eprintln!("notice: ../shared is absent; chunked analysis test skipped");
            return;
        };
        // three copies of the article, read as one document: the chunks give what one analysis
        // of the whole finds (the headline only on the first line, speakers carried across)
        let article = format!("{}\n\n", seed.trim_end());
        let text = article.repeat(3);
        let whole = analyze(&text);
        assert!(!whole.is_empty());
        let mut got = Vec::new();
        let mut pieces = 0;
        analyze_in_chunks(&text, article.len() - 2, |s| {
            pieces += 1;
            got.extend(s);
            true
        });
        assert_eq!(pieces, 3);
        assert_eq!(got, whole);
    }
}
