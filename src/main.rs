//! The `hamish` command line: the reader and the scriptable subcommands.
//! Each subcommand's arguments and body live in `cmd/<name>.rs`; this file only dispatches and turns
//! errors into one line on stderr and a non-zero exit (never a backtrace).

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
            // One line, never clap's multi-line block: the first line says what was wrong.
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or("bad arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("hamish: {first} (see hamish --help)");
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
            // `{:#}` joins the context chain on one line.
            let msg = format!("{err:#}").replace('\n', " ");
            eprintln!("hamish: {msg}");
            ExitCode::from(2)
        }
    }
}
