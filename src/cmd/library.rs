//! `hamish library DIR [--format tsv|json] [--entities [--institutions]]`: the articles of a folder as the library
//! screen lists them (most recently read first, then by name), or the people, places and
//! organisations across them. Reads only what the cache does not know (see `hamish_core::library`).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use hamish::library::Library;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Format {
    Tsv,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The folder.
    dir: PathBuf,
    /// Output format: one row per article (or name) as tab-separated fields, or JSON.
    #[arg(long, value_enum, default_value = "tsv")]
    format: Format,
    /// List the people, places and organisations across the articles instead, with the articles
    /// that mention each.
    #[arg(long)]
    entities: bool,
    /// With --entities: also count ministries, parliaments and cabinets as organisations, as the
    /// reader does with `institutions = true` in its config.
    #[arg(long)]
    institutions: bool,
}

/// Text for one TSV field: tabs and line breaks become spaces, other control characters the
/// visible symbols the reader draws (titles and file names come from the files).
fn field(s: &str) -> String {
    let flat = s.replace(['\t', '\n', '\r'], " ");
    hamish::text::visible(&flat, &[]).into_owned()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut lib = Library::open(&args.dir)?;
    lib.set_analysis(hamish::analysis::entities::Options {
        institutions: args.institutions,
        ..Default::default()
    });
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    lib.summarize_pending(threads);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.entities {
        let names = lib.entities();
        match args.format {
            Format::Tsv => {
                for e in &names {
                    let arts: Vec<String> = e
                        .articles
                        .iter()
                        .map(|&(i, n)| format!("{}:{n}", lib.entries[i].name))
                        .collect();
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}",
                        e.kind.name(),
                        field(&e.name),
                        e.mentions,
                        field(&arts.join(" "))
                    )?;
                }
            }
            Format::Json => {
                let rows: Vec<serde_json::Value> = names
                    .iter()
                    .map(|e| {
                        serde_json::json!({
                            "kind": e.kind.name(),
                            "name": e.name,
                            "mentions": e.mentions,
                            "articles": e.articles.iter().map(|&(i, n)| serde_json::json!({
                                "file": lib.entries[i].name, "mentions": n
                            })).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                super::output::write_json(&mut out, &rows)?;
            }
        }
    } else {
        match args.format {
            Format::Tsv => {
                for e in &lib.entries {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}",
                        field(e.title()),
                        field(&e.name),
                        e.summary
                            .as_ref()
                            .map_or(String::new(), |s| s.words.to_string()),
                        e.notes,
                        e.percent().map_or(String::new(), |p| format!("{p}%")),
                    )?;
                }
            }
            Format::Json => {
                let rows: Vec<serde_json::Value> = lib
                    .entries
                    .iter()
                    .map(|e| {
                        serde_json::json!({
                            "title": e.title(),
                            "file": e.name,
                            "kind": e.kind.name(),
                            "words": e.summary.as_ref().map(|s| s.words),
                            "notes": e.notes,
                            "percent": e.percent(),
                            "error": e.error,
                        })
                    })
                    .collect();
                super::output::write_json(&mut out, &rows)?;
            }
        }
    }
    for e in lib.entries.iter().filter(|e| e.error.is_some()) {
        super::output::say(&format!(
            "skipped {}: {}",
            e.name,
            e.error.as_deref().unwrap_or("")
        ));
    }
    out.flush().context("cannot write output")?;
    Ok(ExitCode::SUCCESS)
}
