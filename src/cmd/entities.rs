//! `hamish entities [FILE|-] [--format json|tsv]`: the entities and quotations of an article.
//!
//! Offsets count Unicode code points of the decoded text (BOM removed), end exclusive.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
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
    speaker: Option<Option<&'a str>>,
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
    let spans = analysis::analyze(&doc.text);
    if let Some(problem) = analysis::entities::model_problem() {
        eprintln!(
            "hamish: warning: entity model unusable ({problem}); only the gazetteer was used"
        );
    }
    // code-point offsets of every span boundary, in one pass over the text
    let mut bounds: Vec<usize> = spans
        .iter()
        .flat_map(|s| [s.range.start, s.range.end])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut chars_at = Vec::with_capacity(bounds.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    for &b in &bounds {
        chars += doc.text.get(byte..b).map_or(0, |t| t.chars().count());
        byte = b;
        chars_at.push(chars);
    }
    let cp = |b: usize| match bounds.binary_search(&b) {
        Ok(i) => chars_at[i],
        Err(_) => doc.char_offset(b),
    };
    let rows: Vec<Out> = spans
        .iter()
        .map(|s| Out {
            kind: s.kind,
            start: cp(s.range.start),
            end: cp(s.range.end),
            text: &doc.text[s.range.clone()],
            style: s.style,
            speaker: (s.kind == Kind::Quote).then_some(s.speaker.as_deref()),
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &rows).context("cannot write JSON")?;
            writeln!(out).context("cannot write output")?;
        }
        Format::Tsv => {
            writeln!(out, "kind\tstart\tend\tstyle\tspeaker\ttext")
                .context("cannot write output")?;
            for r in &rows {
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
                    tsv_field(r.speaker.flatten().unwrap_or("")),
                    tsv_field(r.text)
                )
                .context("cannot write output")?;
            }
        }
    }
    out.flush().context("cannot write output")?;
    Ok(ExitCode::SUCCESS)
}
