//! `hamish notes FILE|DIR [--format json|markdown|w3c] [--tag T]`, `hamish notes add FILE …`,
//! `hamish notes edit FILE ID --text …`, `hamish notes rm FILE ID`.
//!
//! Listing takes the file (or a folder of articles) directly; the actions are subcommands. An
//! article literally named `add`, `edit` or `rm` is listed as `./add`. An ID may be any unique
//! prefix of at least four characters.

use std::io::Read;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use hamish::document::Document;
use hamish::notes::{LockWait, Notebook, PlacedNote, export, tags};

#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    /// The article whose notes to list, or a folder: the notes of every article in it (.txt,
    /// .html, .htm, .md, .markdown; not its subfolders).
    #[arg(required = true)]
    file: Option<PathBuf>,
    /// Output format of the listing.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Only the notes with this #tag (the # may be left out; compared as the search compares).
    #[arg(long, value_name = "TAG")]
    tag: Option<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// [{"id","start","end","quote","text","tags","status","created","updated"}], code-point
    /// offsets; for a folder each note also has "article".
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
    /// The passage to annotate, matched as the reader's search matches: harakat and tatweel
    /// ignored, أ إ آ ٱ as ا, ى as ي, ة as ه, case ignored.
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
    /// The note's id, or a unique prefix of it (at least 4 characters).
    id: String,
    /// The new text ("-" reads it from standard input).
    #[arg(long)]
    text: String,
}

#[derive(clap::Args, Debug)]
struct RmArgs {
    file: PathBuf,
    /// The note's id, or a unique prefix of it (at least 4 characters).
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

/// The byte range of the `nth` occurrence of `quote`, compared as the reader's `/` compares.
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

/// What a listing shows of one article: its notes (those with the tag, if one was given).
fn selected<'a>(nb: &'a Notebook, tag: Option<&str>) -> Vec<&'a PlacedNote> {
    match tag {
        Some(t) => nb.with_tag(t),
        None => nb.notes().iter().collect(),
    }
}

fn check_tag(tag: Option<&str>) -> anyhow::Result<()> {
    if let Some(t) = tag
        && tags::key(t).is_empty()
    {
        bail!("--tag {t:?} names no tag");
    }
    Ok(())
}

fn list_file(file: &Path, format: Format, tag: Option<&str>) -> anyhow::Result<String> {
    let (doc, nb) = open(file)?;
    ensure_readable(&nb)?;
    let notes = selected(&nb, tag);
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&export::json(&doc, &notes))? + "\n",
        Format::W3c => serde_json::to_string_pretty(&export::w3c(&nb, &doc, file, &notes))? + "\n",
        Format::Markdown => {
            let title = file.file_name().map_or_else(
                || file.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            export::markdown(&doc, &notes, &title)
        }
    })
}

/// Whether a folder listing reads `path` as an article.
fn is_article(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "txt" | "html" | "htm" | "md" | "markdown") && path.is_file()
}

/// The notes of every article in `dir` (not its subfolders), articles in name order. An article
/// that cannot be read, or whose notes cannot, is named on standard error and the others are
/// still listed; the exit status then says something was left out.
fn list_dir(dir: &Path, format: Format, tag: Option<&str>) -> anyhow::Result<(String, bool)> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let mut articles: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_article(p))
        .collect();
    articles.sort();
    let mut complete = true;
    let mut json: Vec<serde_json::Value> = Vec::new();
    let mut markdown = String::new();
    for article in &articles {
        let (doc, nb) = match Document::load(article)
            .map_err(anyhow::Error::from)
            .and_then(|doc| Ok((Notebook::open(article, &doc)?, doc)))
        {
            Ok((nb, doc)) => (doc, nb),
            Err(e) => {
                eprintln!("hamish: skipped {}: {e:#}", article.display());
                complete = false;
                continue;
            }
        };
        if let Some(why) = nb.read_only_reason() {
            // Whatever could be read is listed; the error says what could not.
            eprintln!("hamish: {}: {why}", article.display());
            complete = false;
        }
        let notes = selected(&nb, tag);
        if notes.is_empty() {
            continue;
        }
        match format {
            Format::Json => {
                let name = article.display().to_string();
                json.extend(export::json(&doc, &notes).into_iter().map(|mut v| {
                    if let Some(o) = v.as_object_mut() {
                        o.insert("article".into(), name.clone().into());
                    }
                    v
                }));
            }
            Format::W3c => json.extend(export::w3c(&nb, &doc, article, &notes)),
            Format::Markdown => {
                let name = article.file_name().map_or_else(
                    || article.display().to_string(),
                    |n| n.to_string_lossy().into(),
                );
                markdown.push_str(&format!("\n## {name}\n"));
                export::markdown_section(&mut markdown, &doc, &notes, 3);
            }
        }
    }
    let out = match format {
        Format::Json | Format::W3c => serde_json::to_string_pretty(&json)? + "\n",
        Format::Markdown => {
            let head = format!("# Notes in {}\n", dir.display());
            if markdown.is_empty() {
                head + "\nNo notes.\n"
            } else {
                head + &markdown
            }
        }
    };
    Ok((out, complete))
}

/// Opens `file`'s notebook and resolves `id` (a unique prefix) in it.
fn open_note(file: &Path, id: &str) -> anyhow::Result<(Document, Notebook, String)> {
    let (doc, nb) = open(file)?;
    ensure_readable(&nb)?;
    let full = nb
        .resolve_id(id)
        .with_context(|| format!("notes of {}", file.display()))?;
    Ok((doc, nb, full))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.action {
        None => {
            let Some(file) = args.file else {
                bail!("which article? (hamish notes FILE)");
            };
            let tag = args.tag.as_deref();
            check_tag(tag)?;
            if file.is_dir() {
                let (out, complete) = list_dir(&file, args.format, tag)?;
                print!("{out}");
                if !complete {
                    return Ok(ExitCode::from(1));
                }
            } else {
                print!("{}", list_file(&file, args.format, tag)?);
            }
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
            let (_doc, mut nb, id) = open_note(&a.file, &a.id)?;
            nb.edit(&id, &text)
                .with_context(|| format!("notes of {}", a.file.display()))?;
        }
        Some(Action::Rm(a)) => {
            let (_doc, mut nb, id) = open_note(&a.file, &a.id)?;
            nb.delete(&id)
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
