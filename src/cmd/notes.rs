//! `hamish notes FILE [--format json|markdown|w3c]`, `hamish notes add FILE …`,
//! `hamish notes edit FILE ID --text …`, `hamish notes rm FILE ID`.
//!
//! Listing takes the file directly; the actions are subcommands. An article literally named `add`,
//! `edit` or `rm` is listed as `./add`.

use std::io::Read;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use hamish::document::Document;
use hamish::notes::{LockWait, Notebook, export};

#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    /// The article whose notes to list.
    #[arg(required = true)]
    file: Option<PathBuf>,
    /// Output format of the listing.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// [{"id","start","end","quote","text","status","created","updated"}], code-point offsets.
    Json,
    /// Notes grouped by paragraph, each with its passage quoted.
    Markdown,
    /// W3C Web Annotation JSON-LD.
    W3c,
}

#[derive(clap::Subcommand, Debug)]
enum Action {
    /// Add a note on a passage; prints the new note's id.
    Add(AddArgs),
    /// Replace the text of a note.
    Edit(EditArgs),
    /// Delete a note.
    Rm(RmArgs),
}

#[derive(clap::Args, Debug)]
struct AddArgs {
    /// The article.
    file: PathBuf,
    /// The passage to annotate, as it appears in the article (harakat and tatweel may be left out).
    #[arg(long, required_unless_present = "start", conflicts_with_all = ["start", "end"])]
    quote: Option<String>,
    /// Which occurrence of the passage (1 = the first).
    #[arg(long, requires = "quote", conflicts_with_all = ["start", "end"])]
    nth: Option<NonZeroUsize>,
    /// Start of the passage, in code points from the beginning of the article.
    #[arg(long, requires = "end")]
    start: Option<usize>,
    /// End of the passage (exclusive), in code points.
    #[arg(long, requires = "start")]
    end: Option<usize>,
    /// The note ("-" reads it from standard input).
    #[arg(long)]
    text: String,
}

#[derive(clap::Args, Debug)]
struct EditArgs {
    file: PathBuf,
    id: String,
    /// The new text ("-" reads it from standard input).
    #[arg(long)]
    text: String,
}

#[derive(clap::Args, Debug)]
struct RmArgs {
    file: PathBuf,
    id: String,
}

fn note_text(text: &str) -> anyhow::Result<String> {
    if text != "-" {
        return Ok(text.to_owned());
    }
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .context("reading the note from standard input")?;
    Ok(s.strip_suffix('\n').unwrap_or(&s).to_owned())
}

fn open(file: &Path) -> anyhow::Result<(Document, Notebook)> {
    if file.as_os_str() == "-" {
        bail!("notes need an article file, not standard input");
    }
    let doc = Document::load(file)?;
    let mut nb = Notebook::open(file, &doc)?;
    for notice in nb.notices() {
        eprintln!("hamish: {notice}");
    }
    // A writer holding the lock: say what is waited for after 1 s, give up after 10 s.
    nb.set_lock_wait(LockWait::telling(|what| eprintln!("hamish: {what}")));
    Ok((doc, nb))
}

/// Fails (non-zero exit) when the notes cannot be read completely.
fn ensure_readable(nb: &Notebook) -> anyhow::Result<()> {
    match nb.read_only_reason() {
        Some(why) => bail!("{why}"),
        None => Ok(()),
    }
}

/// The byte range of the `nth` occurrence of `quote`, compared without harakat and tatweel.
fn find_quote(
    doc: &Document,
    quote: &str,
    nth: usize,
    file: &Path,
) -> anyhow::Result<std::ops::Range<usize>> {
    if quote.is_empty() {
        bail!("--quote is empty");
    }
    let found = hamish::notes::anchor::find_folded(&doc.text, quote);
    match found.get(nth - 1) {
        Some(r) => {
            if nth == 1 && found.len() > 1 {
                eprintln!(
                    "hamish: the passage occurs {} times in {}; noted the first (choose with --nth)",
                    found.len(),
                    file.display()
                );
            }
            Ok(r.clone())
        }
        None if found.is_empty() => bail!("the passage does not occur in {}", file.display()),
        None => bail!(
            "the passage occurs only {} time(s) in {}, not {nth}",
            found.len(),
            file.display()
        ),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.action {
        None => {
            let Some(file) = args.file else {
                bail!("which article? (hamish notes FILE)");
            };
            let (doc, nb) = open(&file)?;
            ensure_readable(&nb)?;
            let out = match args.format {
                Format::Json => serde_json::to_string_pretty(&export::json(&nb, &doc))? + "\n",
                Format::W3c => serde_json::to_string_pretty(&export::w3c(&nb, &doc, &file))? + "\n",
                Format::Markdown => {
                    let title = file.file_name().map_or_else(
                        || file.display().to_string(),
                        |n| n.to_string_lossy().into(),
                    );
                    export::markdown(&nb, &doc, &title)
                }
            };
            print!("{out}");
        }
        Some(Action::Add(a)) => {
            let text = note_text(&a.text)?;
            let (doc, mut nb) = open(&a.file)?;
            ensure_readable(&nb)?;
            let range = match (&a.quote, a.start, a.end) {
                (Some(q), _, _) => {
                    find_quote(&doc, q, a.nth.map_or(1, NonZeroUsize::get), &a.file)?
                }
                (None, Some(s), Some(e)) => {
                    let total = doc.char_offset(doc.text.len());
                    if s >= e || e > total {
                        bail!(
                            "--start {s} --end {e} is not a passage of {} (it has {total} code points)",
                            a.file.display()
                        );
                    }
                    doc.byte_offset(s)..doc.byte_offset(e)
                }
                _ => bail!("give --quote TEXT or --start N --end N"),
            };
            let id = nb.add(&doc, range, &text)?;
            println!("{id}");
        }
        Some(Action::Edit(a)) => {
            let text = note_text(&a.text)?;
            let (_doc, mut nb) = open(&a.file)?;
            ensure_readable(&nb)?;
            nb.edit(&a.id, &text)
                .with_context(|| format!("notes of {}", a.file.display()))?;
        }
        Some(Action::Rm(a)) => {
            let (_doc, mut nb) = open(&a.file)?;
            ensure_readable(&nb)?;
            nb.delete(&a.id)
                .with_context(|| format!("notes of {}", a.file.display()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    fn parse(argv: &[&str]) -> Result<Args, clap::Error> {
        Cli::try_parse_from(std::iter::once("notes").chain(argv.iter().copied())).map(|c| c.args)
    }

    #[test]
    fn listing_and_actions_share_the_word() {
        let a = parse(&["a.txt"]).unwrap();
        assert!(a.action.is_none() && a.file.as_deref() == Some(Path::new("a.txt")));
        assert_eq!(a.format, Format::Json);
        let a = parse(&["a.txt", "--format", "w3c"]).unwrap();
        assert_eq!(a.format, Format::W3c);
        let a = parse(&["add", "a.txt", "--quote", "x", "--nth", "2", "--text", "n"]).unwrap();
        assert!(matches!(
            a.action,
            Some(Action::Add(AddArgs { nth: Some(_), .. }))
        ));
        let a = parse(&["add", "a.txt", "--start", "1", "--end", "4", "--text", "n"]).unwrap();
        assert!(matches!(
            a.action,
            Some(Action::Add(AddArgs {
                start: Some(1),
                end: Some(4),
                ..
            }))
        ));
        assert!(matches!(
            parse(&["rm", "a.txt", "ID"]).unwrap().action,
            Some(Action::Rm(_))
        ));
        assert!(parse(&["./add"]).unwrap().action.is_none());
    }

    #[test]
    fn bad_combinations_are_refused() {
        assert!(parse(&[]).is_err());
        assert!(parse(&["add", "a.txt", "--text", "n"]).is_err());
        assert!(
            parse(&[
                "add", "a.txt", "--quote", "x", "--start", "1", "--end", "2", "--text", "n"
            ])
            .is_err()
        );
        assert!(parse(&["add", "a.txt", "--start", "1", "--text", "n"]).is_err());
        assert!(parse(&["add", "a.txt", "--quote", "x"]).is_err());
        assert!(
            parse(&[
                "add", "a.txt", "--nth", "2", "--start", "1", "--end", "2", "--text", "n"
            ])
            .is_err()
        );
        assert!(parse(&["add", "a.txt", "--quote", "x", "--nth", "0", "--text", "n"]).is_err());
        assert!(parse(&["rm", "a.txt"]).is_err());
    }
}
