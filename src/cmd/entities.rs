//! `hamish entities [FILE|-] [--format json|tsv]`: the entities and quotations of an article.
//!
//! Offsets count Unicode code points of the decoded text (BOM removed), end exclusive.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use hamish::analysis::chunks::{CHUNK, ChunkReader, ChunkSource, TextChunks};
use hamish::analysis::{self, Analyzer, Kind, QuoteStyle, entities};
use hamish::document::Document;
use serde::ser::{SerializeSeq, Serializer};

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
    /// Also mark ministries, parliaments and cabinets (`وزارة الصحة`, `مجلس النواب`), and the
    /// listed bodies of three words or more (`مجلس التعاون الخليجي`) and those holding a place
    /// (`بنك مصر`), and unions, associations and courts by their name (`نقابة الصحفيين`), as
    /// organisations, and listed places with their adjective (`الكونغو
    /// الديمقراطية`), as much modern annotation does; ANERcorp, whose convention hamish follows by
    /// default, leaves many of the bodies unmarked and the adjective outside the place.
    #[arg(long)]
    institutions: bool,
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
    /// For quotations: the code points of the speaker's mention, null when the speaker is only
    /// implied (or unknown).
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_start: Option<Option<usize>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_end: Option<Option<usize>>,
    /// For entities: the name the entity goes by in its article (see `analysis::aliases`).
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    canonical: Option<String>,
}

impl Out<'_> {
    /// The row of span `s` of `text` (its byte offsets turned into code points by `cp`).
    fn of<'t>(s: analysis::Span, text: &'t str, cp: impl Fn(usize) -> usize) -> Out<'t> {
        let quote = s.kind == Kind::Quote;
        Out {
            kind: s.kind,
            start: cp(s.range.start),
            end: cp(s.range.end),
            text: &text[s.range.clone()],
            style: s.style,
            speaker: quote.then(|| s.speaker.clone()),
            speaker_start: quote.then(|| s.speaker_range.as_ref().map(|r| cp(r.start))),
            speaker_end: quote.then(|| s.speaker_range.as_ref().map(|r| cp(r.end))),
            canonical: (!quote).then(|| {
                s.canonical
                    .as_deref()
                    .unwrap_or(&text[s.range.clone()])
                    .to_owned()
            }),
        }
    }
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

/// Text for one TSV field: tabs and line breaks become spaces, other control characters the
/// visible symbols the reader draws (the TSV is for people and shell tools: an escape sequence in
/// an article must not reach their terminal; the JSON keeps the exact text, escaped).
fn tsv_field(s: &str) -> String {
    let flat = s.replace(['\t', '\n', '\r'], " ");
    hamish::text::visible(&flat, &[]).into_owned()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opts = entities::Options {
        institutions: args.institutions,
        ..entities::Options::default()
    };
    let warn = || {
        if let Some(problem) = analysis::entities::model_problem() {
            super::output::say(&format!(
                "warning: entity model unusable ({problem}); only the gazetteer was used"
            ));
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if Document::is_plain_utf8(&args.file) {
        // read piece by piece: memory stays near a few chunks' worth, whatever the file's size
        let name = args.file.display().to_string();
        let file =
            std::fs::File::open(&args.file).with_context(|| format!("{name}: cannot open"))?;
        warn();
        write_entities(
            &mut ChunkReader::new(file, CHUNK),
            args.format,
            opts,
            &mut out,
        )
        .with_context(|| format!("{name}: cannot read"))?;
    } else {
        let doc = Document::load(&args.file)?;
        let name = if args.file.as_os_str() == "-" {
            "<stdin>".to_owned()
        } else {
            args.file.display().to_string()
        };
        if let Some(notice) = doc.notice(&name) {
            super::output::say(&format!("note: {notice}"));
        }
        warn();
        write_entities(
            &mut TextChunks::new(&doc.text, CHUNK),
            args.format,
            opts,
            &mut out,
        )?;
    }
    out.flush().context("cannot write output")?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the entities and quotations of a text given in chunks (see [`analysis::chunks`]),
/// analysing each chunk and writing its rows before reading the next, so memory stays near one
/// chunk's worth whatever the size of the text. Offsets count code points from the start of the
/// text; the JSON is one array sorted by start.
fn write_entities(
    chunks: &mut impl ChunkSource,
    format: Format,
    opts: entities::Options,
    mut out: impl Write,
) -> anyhow::Result<()> {
    // one document read in chunks: each chunk continues the one before (`analyze_next`), so a
    // quotation's implicit speaker may come from the previous chunk
    let mut analyzer = Analyzer::with_options(opts);
    let mut offsets = Offsets::default();
    let read_error = |e: std::io::Error| anyhow::Error::new(e);
    match format {
        Format::Json => {
            let mut ser = super::output::json_serializer(&mut out);
            let mut seq = ser.serialize_seq(None).context("cannot write JSON")?;
            while let Some(chunk) = chunks.next_chunk().map_err(read_error)? {
                let spans = analyzer.analyze_next(chunk);
                for r in offsets.rows(chunk, spans) {
                    seq.serialize_element(&r).context("cannot write JSON")?;
                }
            }
            seq.end().context("cannot write JSON")?;
            writeln!(out).context("cannot write output")?;
        }
        Format::Tsv => {
            writeln!(
                out,
                "kind\tstart\tend\tstyle\tspeaker\tspeaker_start\tspeaker_end\tref\ttext"
            )
            .context("cannot write output")?;
            while let Some(chunk) = chunks.next_chunk().map_err(read_error)? {
                let spans = analyzer.analyze_next(chunk);
                for r in offsets.rows(chunk, spans) {
                    let style = match r.style {
                        Some(QuoteStyle::Speech) => "speech",
                        Some(QuoteStyle::Scare) => "scare",
                        None => "",
                    };
                    let number = |n: Option<Option<usize>>| n.flatten().map(|n| n.to_string());
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        kind_name(r.kind),
                        r.start,
                        r.end,
                        style,
                        tsv_field(r.speaker.flatten().as_deref().unwrap_or("")),
                        number(r.speaker_start).unwrap_or_default(),
                        number(r.speaker_end).unwrap_or_default(),
                        tsv_field(r.canonical.as_deref().unwrap_or("")),
                        tsv_field(r.text)
                    )
                    .context("cannot write output")?;
                }
            }
        }
    }
    Ok(())
}

/// Code-point offsets across chunks: the code points of the chunks before, plus a count within
/// the chunk done in one pass over it.
#[derive(Default)]
struct Offsets {
    /// Code points before the current chunk.
    before: usize,
    bounds: Vec<usize>,
    chars_at: Vec<usize>,
}

impl Offsets {
    /// The rows of one chunk's spans (byte ranges in `chunk`), then moves past the chunk.
    fn rows<'c>(&mut self, chunk: &'c str, spans: Vec<analysis::Span>) -> Vec<Out<'c>> {
        self.bounds.clear();
        self.bounds.extend(spans.iter().flat_map(|s| {
            let sp = s.speaker_range.as_ref();
            [s.range.start, s.range.end]
                .into_iter()
                .chain(sp.map(|r| r.start))
                .chain(sp.map(|r| r.end))
        }));
        self.bounds.sort_unstable();
        self.bounds.dedup();
        self.chars_at.clear();
        let (mut byte, mut chars) = (0, self.before);
        for &b in &self.bounds {
            chars += chunk.get(byte..b).map_or(0, |t| t.chars().count());
            byte = b;
            self.chars_at.push(chars);
        }
        self.before = chars + chunk.get(byte..).map_or(0, |t| t.chars().count());
        let (bounds, chars_at) = (&self.bounds, &self.chars_at);
        let cp = |b: usize| chars_at[bounds.binary_search(&b).unwrap_or(0)];
        spans.into_iter().map(|s| Out::of(s, chunk, cp)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invented article with multi-byte text, harakat, CRLF, a quotation and several names.
    const ARTICLE: &str = "مَقالٌ قصير عن الزيارة\r\nوقال الرئيسُ الفرنسي إيمانويل ماكرون في باريس “سنعمل مع الأمم المتحدة من أجل السلام”.\r\nوالتقى ماكرون وزير الخارجية الروسي سيرغي لافروف في موسكو. وأضاف “نحن هنا”.\n\n";

    /// The output for `text` in chunks of about `chunk` bytes, from memory.
    fn write(text: &str, format: Format, chunk: usize) -> Vec<u8> {
        let mut out = Vec::new();
        write_entities(
            &mut TextChunks::new(text, chunk),
            format,
            entities::Options::default(),
            &mut out,
        )
        .expect("write");
        out
    }

    fn json(text: &str, chunk: usize) -> serde_json::Value {
        serde_json::from_slice(&write(text, Format::Json, chunk)).expect("one JSON value")
    }

    /// A reader that hands out at most `step` bytes at a time, cutting characters.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
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
    fn institutions_are_marked_only_when_asked() {
        let text = "وأعلنت وزارة الصحة الفلسطينية اليوم أن عدد الجرحى ارتفع.\n";
        let orgs = |opts: entities::Options| {
            let mut out = Vec::new();
            write_entities(
                &mut TextChunks::new(text, CHUNK),
                Format::Tsv,
                opts,
                &mut out,
            )
            .expect("write");
            String::from_utf8(out)
                .expect("UTF-8")
                .lines()
                .filter(|l| l.starts_with("organization\t"))
                .map(|l| l.rsplit('\t').next().unwrap_or("").to_owned())
                .collect::<Vec<_>>()
        };
        assert!(orgs(entities::Options::default()).is_empty());
        let asked = entities::Options {
            institutions: true,
            ..entities::Options::default()
        };
        assert_eq!(orgs(asked), ["وزارة الصحة الفلسطينية"]);
    }

    #[test]
    fn one_chunk_is_the_whole_analysis() {
        let out = write(ARTICLE, Format::Json, CHUNK);
        // the reference: the whole text analysed at once, offsets converted one by one
        let doc = Document::from_text(ARTICLE.to_owned(), None);
        let want: Vec<Out> = analysis::analyze(ARTICLE)
            .into_iter()
            .map(|s| Out::of(s, ARTICLE, |b| doc.char_offset(b)))
            .collect();
        assert!(want.len() >= 5, "{}", want.len());
        let mut reference = serde_json::to_vec_pretty(&want).expect("json");
        reference.push(b'\n');
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&reference)
        );
        assert_eq!(write("", Format::Json, CHUNK), b"[]\n");
    }

    #[test]
    fn json_gives_refs_and_where_the_speaker_is_named() {
        let v = json(ARTICLE, CHUNK);
        let chars: Vec<char> = ARTICLE.chars().collect();
        let slice = |s: u64, e: u64| chars[s as usize..e as usize].iter().collect::<String>();
        let arr = v.as_array().expect("one array");
        // every entity has a ref; the surname alone refers to the full name
        for e in arr.iter().filter(|e| e["kind"] != "quote") {
            assert!(e["ref"].is_string(), "{e}");
            assert!(e.get("speaker").is_none(), "{e}");
        }
        assert!(
            arr.iter()
                .any(|e| e["text"] == "ماكرون" && e["ref"] == "إيمانويل ماكرون"),
            "{v:#}"
        );
        let quotes: Vec<&serde_json::Value> = arr.iter().filter(|e| e["kind"] == "quote").collect();
        assert_eq!(quotes.len(), 2, "{v:#}");
        // named where it is said: the offsets point at the speaker's mention
        let q = quotes[0];
        assert_eq!(q["speaker"], "إيمانويل ماكرون");
        let (s, e) = (
            q["speaker_start"].as_u64().unwrap_or(0),
            q["speaker_end"].as_u64().unwrap_or(0),
        );
        assert_eq!(slice(s, e), "إيمانويل ماكرون");
        assert!(q.get("ref").is_none());
        // `وأضاف “…”`: implied, so no offsets
        let q = quotes[1];
        assert_eq!(q["speaker"], "إيمانويل ماكرون");
        assert!(
            q["speaker_start"].is_null() && q["speaker_end"].is_null(),
            "{q}"
        );
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
        let out = String::from_utf8(write(&text, Format::Tsv, 100)).expect("utf-8");
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

    #[test]
    fn streamed_file_gives_what_the_text_in_memory_gives() {
        // reads that cut characters, a BOM that is dropped, chunks cut inside articles
        let text = ARTICLE.repeat(7);
        let file = format!("\u{FEFF}{text}");
        for (chunk, step) in [(CHUNK, 1 << 16), (300, 7), (1000, 1), (5, 3)] {
            for format in [Format::Json, Format::Tsv] {
                let want = write(&text, format, chunk);
                let mut src = ChunkReader::new(
                    Trickle {
                        bytes: file.as_bytes(),
                        step,
                    },
                    chunk,
                );
                let mut got = Vec::new();
                write_entities(&mut src, format, entities::Options::default(), &mut got)
                    .expect("write");
                assert_eq!(
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&want),
                    "chunk {chunk}, reads of {step}"
                );
            }
        }
        // bytes that are not UTF-8 are an error, not a panic
        let mut bad = ARTICLE.as_bytes().to_vec();
        bad.insert(10, 0xFF);
        let mut src = ChunkReader::new(&bad[..], 16);
        assert!(
            write_entities(
                &mut src,
                Format::Json,
                entities::Options::default(),
                Vec::new()
            )
            .is_err()
        );
    }

    #[test]
    fn plain_utf8_files_are_streamed_others_loaded_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).expect("write");
            p
        };
        let big = ARTICLE.repeat(20_000); // several reads, characters cut between them
        assert!(Document::is_plain_utf8(&file("a.txt", big.as_bytes())));
        assert!(Document::is_plain_utf8(&file(
            "bom.txt",
            format!("\u{FEFF}{ARTICLE}").as_bytes()
        )));
        assert!(Document::is_plain_utf8(&file("empty.txt", b"")));
        assert!(Document::is_plain_utf8(&file("short.txt", b"a")));
        // windows-1256, NUL bytes, many control bytes, a cut character at the end: loaded whole
        assert!(!Document::is_plain_utf8(&file(
            "w.txt",
            b"\xe3\xd5\xd1 \xe3\xd5\xd1"
        )));
        let mut nul = big.clone().into_bytes();
        let at = nul.len() - 5;
        nul[at] = 0;
        assert!(!Document::is_plain_utf8(&file("nul.txt", &nul)));
        assert!(!Document::is_plain_utf8(&file("ctl.txt", &[1u8; 100])));
        assert!(!Document::is_plain_utf8(&file(
            "cut.txt",
            &ARTICLE.as_bytes()[..3]
        )));
        assert!(!Document::is_plain_utf8(dir.path()));
        // a pipe is read once, whole
        #[cfg(unix)]
        {
            let fifo = dir.path().join("fifo");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                assert!(!Document::is_plain_utf8(&fifo));
            }
        }
        assert!(!Document::is_plain_utf8(std::path::Path::new("-")));
        assert!(!Document::is_plain_utf8(&dir.path().join("missing.txt")));
    }
}
