//! The `hamish` command line: the reader and the scriptable subcommands.
//! Each subcommand's arguments and body live in `cmd/<name>.rs`; this file only dispatches and turns
//! errors into one line on stderr and a non-zero exit (never a backtrace), with control characters
//! shown as visible symbols (see `cmd::output`).

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Tagging varied text allocates for every word it has not seen; mimalloc serves those small,
// short-lived allocations faster than the system allocator (see the README's dependency notes).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser, Debug)]
#[command(
    name = "hamish",
    version,
    about = "هامش — a terminal reader for Arabic articles",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    read: cmd::read::Args,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the article laid out exactly as the reader's text area shows it.
    Render(cmd::render::Args),
    /// List the articles of a folder (or the names across them) as the library screen does.
    Library(cmd::library::Args),
    /// List the entities and quotations detected in an article.
    Entities(cmd::entities::Args),
    /// List, add or remove notes kept beside an article.
    Notes(cmd::notes::Args),
    /// Train or evaluate the entity model (developers).
    Model(cmd::model::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                err.exit();
            }
            // One line, never clap's multi-line block: what was wrong with its details (the
            // missing argument, the other side of a conflict, the values allowed), which clap
            // puts on the lines under its heading; not the usage or the tips.
            let rendered = err.render().to_string();
            cmd::output::say(&format!(
                "{} (see hamish --help)",
                one_line_error(&rendered)
            ));
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Some(Command::Render(args)) => cmd::render::run(args),
        Some(Command::Library(args)) => cmd::library::run(args),
        Some(Command::Entities(args)) => cmd::entities::run(args),
        Some(Command::Notes(args)) => cmd::notes::run(args),
        Some(Command::Model(args)) => cmd::model::run(args),
        None => cmd::read::run(cli.read),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            cmd::output::say(&one_message(&err));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes on one line, `outer: inner: …`, each cause said once: an error whose
/// message already includes its source's (as `path: reason` with the I/O error as the source)
/// would otherwise print the reason twice.
fn one_message(err: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if msg.contains(&text) {
            continue;
        }
        if !msg.is_empty() {
            msg.push_str(": ");
        }
        msg.push_str(&text);
    }
    msg
}

/// clap's error text as one line: its first paragraph (the error and the details indented
/// under it), joined with spaces, without the `error: ` prefix.
fn one_line_error(rendered: &str) -> String {
    let words: Vec<&str> = rendered
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let line = words.join(" ");
    let line = line.strip_prefix("error: ").unwrap_or(&line);
    let line = line.trim_end_matches(':').trim();
    if line.is_empty() {
        "bad arguments".to_owned()
    } else {
        line.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("{path}: {source}")]
    struct WithSource {
        path: String,
        source: std::io::Error,
    }

    #[test]
    fn each_cause_is_said_once() {
        let io = std::io::Error::new(std::io::ErrorKind::IsADirectory, "Is a directory");
        let err = anyhow::Error::new(WithSource {
            path: "a.txt.notes.toml.lock".into(),
            source: io,
        })
        .context("notes of a.txt");
        assert_eq!(
            one_message(&err),
            "notes of a.txt: a.txt.notes.toml.lock: Is a directory"
        );
        let err = anyhow::anyhow!("inner").context("outer");
        assert_eq!(one_message(&err), "outer: inner");
    }
}
