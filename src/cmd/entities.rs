//! `hamish entities [FILE|-] [--format json|tsv]`: the entities and quotations of an article.
//!
//! Offsets count Unicode code points of the decoded text (BOM removed), end exclusive.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use hamish::analysis::chunks::{CHUNK, Chunks};
use hamish::analysis::{self, Kind, QuoteStyle};
use hamish::document::Document;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Format {
    Json,
    Tsv,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article (`-` or nothing: standard input).
    #[arg(default_value = "-")]
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
}

#[derive(serde::Serialize)]
struct Out<'a> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    style: Option<QuoteStyle>,
    /// Present (possibly null) for quotations only.
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<Option<String>>,
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Person => "person",
        Kind::Place => "place",
        Kind::Organization => "organization",
        Kind::Misc => "misc",
        Kind::Quote => "quote",
    }
}

/// Text for one TSV field: tabs and line breaks become spaces.
fn tsv_field(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let doc = Document::load(&args.file)?;
    if let Some(problem) = analysis::entities::model_problem() {
        eprintln!(
            "hamish: warning: entity model unusable ({problem}); only the gazetteer was used"
        );
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_entities(&doc.text, args.format, CHUNK, &mut out)?;
    out.flush().context("cannot write output")?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the entities and quotations of `text`, analysed in chunks of about `chunk` bytes (see
/// [`analysis::chunks`]) and written as each chunk is done, so memory stays near one chunk's
/// worth whatever the size of the text. The JSON is one array sorted by start, as if the text had
/// been analysed whole.
fn write_entities(
    text: &str,
    format: Format,
    chunk: usize,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let mut rows = Rows::new(text, chunk);
    match format {
        Format::Json => {
            let mut ser = serde_json::Serializer::pretty(&mut out);
            serde::Serializer::collect_seq(&mut ser, std::iter::from_fn(|| rows.next()))
                .context("cannot write JSON")?;
            writeln!(out).context("cannot write output")?;
        }
        Format::Tsv => {
            writeln!(out, "kind\tstart\tend\tstyle\tspeaker\ttext")
                .context("cannot write output")?;
            while let Some(r) = rows.next() {
                let style = match r.style {
                    Some(QuoteStyle::Speech) => "speech",
                    Some(QuoteStyle::Scare) => "scare",
                    None => "",
                };
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    kind_name(r.kind),
                    r.start,
                    r.end,
                    style,
                    tsv_field(r.speaker.flatten().as_deref().unwrap_or("")),
                    tsv_field(r.text)
                )
                .context("cannot write output")?;
            }
        }
    }
    Ok(())
}

/// The output rows of a text in order, one chunk analysed at a time, with code-point offsets
/// counted incrementally from the start of the text.
struct Rows<'t> {
    text: &'t str,
    chunks: Chunks<'t>,
    /// The current chunk's rows, in reverse order (popped from the end).
    pending: Vec<Out<'t>>,
    /// A byte offset and the number of code points before it (only ever moves forward).
    at_byte: usize,
    at_char: usize,
    bounds: Vec<usize>,
    chars_at: Vec<usize>,
}

impl<'t> Rows<'t> {
    fn new(text: &'t str, chunk: usize) -> Rows<'t> {
        Rows {
            text,
            chunks: Chunks::new(text, chunk),
            pending: Vec::new(),
            at_byte: 0,
            at_char: 0,
            bounds: Vec::new(),
            chars_at: Vec::new(),
        }
    }

    /// Code points before byte `b` (at or after the last position asked for).
    fn advance(&mut self, b: usize) -> usize {
        self.at_char += self
            .text
            .get(self.at_byte..b)
            .map_or(0, |t| t.chars().count());
        self.at_byte = b;
        self.at_char
    }

    fn next(&mut self) -> Option<Out<'t>> {
        while self.pending.is_empty() {
            let (range, spans) = self.chunks.next()?;
            // code-point offsets of every span boundary, in one pass over the chunk
            self.bounds.clear();
            self.bounds
                .extend(spans.iter().flat_map(|s| [s.range.start, s.range.end]));
            self.bounds.sort_unstable();
            self.bounds.dedup();
            self.chars_at.clear();
            for i in 0..self.bounds.len() {
                let c = self.advance(self.bounds[i]);
                self.chars_at.push(c);
            }
            self.advance(range.end);
            let text = self.text;
            let (bounds, chars_at) = (&self.bounds, &self.chars_at);
            let cp = |b: usize| chars_at[bounds.binary_search(&b).unwrap_or(0)];
            self.pending.extend(spans.into_iter().rev().map(|s| Out {
                kind: s.kind,
                start: cp(s.range.start),
                end: cp(s.range.end),
                text: &text[s.range.clone()],
                style: s.style,
                speaker: (s.kind == Kind::Quote).then_some(s.speaker),
            }));
        }
        self.pending.pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invented article with multi-byte text, harakat, CRLF, a quotation and several names.
    const ARTICLE: &str = "مَقالٌ قصير عن الزيارة\r\nوقال الرئيسُ الفرنسي إيمانويل ماكرون في باريس “سنعمل مع الأمم المتحدة من أجل السلام”.\r\nوالتقى ماكرون وزير الخارجية الروسي سيرغي لافروف في موسكو. وأضاف “نحن هنا”.\n\n";

    fn json(text: &str, chunk: usize) -> serde_json::Value {
        let mut out = Vec::new();
        write_entities(text, Format::Json, chunk, &mut out).expect("write");
        serde_json::from_slice(&out).expect("one JSON value")
    }

    /// (kind, start, end, text) of each row, checking that the offsets are code points of `text`.
    fn rows(text: &str, v: &serde_json::Value) -> Vec<(String, usize, usize)> {
        let chars: Vec<char> = text.chars().collect();
        let arr = v.as_array().expect("one array");
        let mut last = 0;
        arr.iter()
            .map(|e| {
                let (s, t) = (
                    e["start"].as_u64().unwrap_or(0),
                    e["end"].as_u64().unwrap_or(0),
                );
                let (s, t) = (s as usize, t as usize);
                assert!(s >= last, "sorted by start");
                last = s;
                let slice: String = chars[s..t].iter().collect();
                assert_eq!(slice, e["text"].as_str().unwrap_or(""));
                (e["kind"].as_str().unwrap_or("").to_owned(), s, t)
            })
            .collect()
    }

    #[test]
    fn one_chunk_is_the_whole_analysis() {
        let mut out = Vec::new();
        write_entities(ARTICLE, Format::Json, CHUNK, &mut out).expect("write");
        // the reference: the whole text analysed at once, offsets converted one by one
        let doc = Document::from_text(ARTICLE.to_owned(), None);
        let want: Vec<Out> = analysis::analyze(ARTICLE)
            .into_iter()
            .map(|s| Out {
                kind: s.kind,
                start: doc.char_offset(s.range.start),
                end: doc.char_offset(s.range.end),
                text: &ARTICLE[s.range.clone()],
                style: s.style,
                speaker: (s.kind == Kind::Quote).then_some(s.speaker),
            })
            .collect();
        assert!(want.len() >= 5, "{}", want.len());
        let mut reference = serde_json::to_vec_pretty(&want).expect("json");
        reference.push(b'\n');
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&reference)
        );
        let mut out = Vec::new();
        write_entities("", Format::Json, CHUNK, &mut out).expect("write");
        assert_eq!(out, b"[]\n");
    }

    #[test]
    fn chunked_output_is_one_sorted_array_with_exact_offsets() {
        let text = ARTICLE.repeat(5);
        let whole = rows(ARTICLE, &json(ARTICLE, CHUNK));
        let per_article = ARTICLE.chars().count();
        // one chunk per article: each article's rows, shifted by the code points before it
        let got = rows(&text, &json(&text, ARTICLE.len() - 2));
        let want: Vec<_> = (0..5)
            .flat_map(|k| {
                whole.iter().map(move |(kind, s, e)| {
                    (kind.clone(), s + k * per_article, e + k * per_article)
                })
            })
            .collect();
        assert_eq!(got, want);
        // tiny chunks cut inside articles: still one array, sorted, offsets exact (checked by rows)
        for chunk in [1, 50, 333] {
            let got = rows(&text, &json(&text, chunk));
            assert!(!got.is_empty());
        }
    }

    #[test]
    fn tsv_rows_match_json_rows() {
        let text = ARTICLE.repeat(3);
        let j = rows(&text, &json(&text, 100));
        let mut out = Vec::new();
        write_entities(&text, Format::Tsv, 100, &mut out).expect("write");
        let out = String::from_utf8(out).expect("utf-8");
        let t: Vec<(String, usize, usize)> = out
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (
                    f[0].to_owned(),
                    f[1].parse().unwrap_or(0),
                    f[2].parse().unwrap_or(0),
                )
            })
            .collect();
        assert_eq!(t, j);
    }
}
