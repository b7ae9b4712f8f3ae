//! `hamish [FILE]`: the full-screen reader. Everything that can fail on the user's input (the
//! article, config, theme) is checked BEFORE the terminal is touched, so errors are one plain line.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};

use hamish::config::{Config, TEXT_WIDTH_RANGE};
use hamish::document::Document;
use hamish::layout::BidiMode;
use hamish::notes::Notebook;
use hamish::theme::{DEFAULT_THEME, Theme};
use hamish::tui::app::{App, Settings};
use hamish::tui::keymap::Keymap;
use hamish::tui::term::{self, Outcome};

use super::{BidiArg, DirectionArg, Switch};

/// The built-in sample article (written for hamish), shown when no file is given.
pub const SAMPLE: &str = include_str!("../../assets/sample.txt");

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article to read (UTF-8 text, one paragraph per line). Without it, a sample article.
    pub file: Option<PathBuf>,
    /// Theme: dark, light, sepia, high-contrast, a theme in <config>/themes/, or a path to a .toml.
    #[arg(long, value_name = "NAME|PATH")]
    pub theme: Option<String>,
    /// Who reorders right-to-left text: hamish (app) or a terminal with good bidi (terminal).
    #[arg(long, value_enum)]
    pub bidi: Option<BidiArg>,
    /// Arabic shaping into presentation forms.
    #[arg(long, value_enum)]
    pub shaping: Option<Switch>,
    /// Paragraph direction (auto: from the first strong letter).
    #[arg(long, value_enum)]
    pub direction: Option<DirectionArg>,
    /// Widest text column, in terminal columns (default 76).
    #[arg(long, value_name = "N")]
    pub text_width: Option<usize>,
    /// Config file (default: <config dir>/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let config = match &args.config {
        Some(p) => Config::load(p, true)?,
        None => match Config::default_path() {
            Some(p) => Config::load(&p, false)?,
            None => Config::default(),
        },
    };
    let keymap =
        Keymap::with_overrides(&config.keys).map_err(|e| config.key_error(&e.key, e.msg))?;

    let (doc, name, path) = match &args.file {
        Some(p) if p.as_os_str() == "-" => {
            bail!(
                "the reader cannot read standard input (it needs it for keys); try `hamish render -`"
            )
        }
        Some(p) => {
            let doc = Document::load(p)?;
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string());
            (doc, name, Some(p.clone()))
        }
        None => (
            Document::from_text(SAMPLE.to_owned(), None),
            "sample article".to_owned(),
            None,
        ),
    };

    let text_width = args
        .text_width
        .or(config.text_width)
        .unwrap_or(hamish::config::DEFAULT_TEXT_WIDTH);
    if !TEXT_WIDTH_RANGE.contains(&text_width) {
        bail!(
            "--text-width {text_width} is out of range ({}..={})",
            TEXT_WIDTH_RANGE.start(),
            TEXT_WIDTH_RANGE.end()
        );
    }
    let mut settings = Settings {
        text_width,
        ..Settings::default()
    };
    settings.layout.shaping = match args.shaping {
        Some(s) => s.into(),
        None => config.shaping.unwrap_or(true),
    };
    settings.layout.bidi = args
        .bidi
        .map(Into::into)
        .or(config.bidi)
        .unwrap_or_default();
    settings.layout.direction = args
        .direction
        .map(Into::into)
        .or(config.direction)
        .unwrap_or_default();
    let bidi_app = settings.layout.bidi == BidiMode::App;

    let theme_dir = hamish::paths::config_dir().map(|d| d.join("themes"));
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme_name = args
        .theme
        .clone()
        .or(config.theme.clone())
        .unwrap_or_else(|| DEFAULT_THEME.to_owned());
    let (theme, theme_error) = match Theme::load(&theme_name, theme_dir.as_deref()) {
        Ok(t) => (t, None),
        Err(e) => (Theme::default_theme(), Some(e.to_string())),
    };

    if !std::io::stdout().is_terminal() {
        bail!("the reader needs a terminal; for plain output use `hamish render FILE`");
    }

    let doc = Arc::new(doc);
    let mut app = App::new(doc.clone(), name, settings);
    app.path = path.clone();
    app.keymap = keymap;
    app.no_color = no_color;
    app.theme_names = Theme::available(theme_dir.as_deref());
    app.theme_dir = theme_dir;
    app.set_theme(theme);

    // The sample article has no file to keep notes beside: its notes (and reading position)
    // go to the data folder, keyed by its text's hash, as for an article in a read-only folder.
    let sample = path.is_none();
    let notes_at = path
        .clone()
        .unwrap_or_else(|| std::path::PathBuf::from("-"));
    match Notebook::open(&notes_at, &doc) {
        Ok(nb) if sample && nb.sidecar().is_none() => {
            app.notes_off =
                "notes are off for the sample article: there is no data folder (HOME is unset)"
                    .to_owned();
        }
        Ok(nb) => {
            if let Some(off) = nb.reading_offset() {
                app.anchor = clamp_to_char(&doc.text, off);
            }
            if let Some(r) = nb.read_only_reason() {
                app.error(format!("notes are read-only: {r}"));
            } else if let Some(n) = nb.notice() {
                app.say(n.to_owned());
            } else if sample && let Some(side) = nb.sidecar() {
                app.say(format!("sample article: notes are kept in {}", tilde(side)));
            }
            app.notebook = Some(nb);
        }
        Err(e) => {
            app.notes_off = format!("notes unavailable: {e}");
            app.error(app.notes_off.clone());
        }
    }
    if let Some(e) = theme_error {
        app.error(format!("using the {DEFAULT_THEME} theme: {e}"));
    }

    let outcome = term::run(&mut app, bidi_app, true).context("terminal")?;

    // ended (by a signal) while a note was being written: keep what was typed
    match app.save_draft() {
        Some(Ok(())) => eprintln!("hamish: the note being written was saved"),
        Some(Err(e)) => eprintln!("hamish: the note being written could not be saved: {e}"),
        None => {}
    }

    if let Some(nb) = app.notebook.as_mut()
        && nb.read_only_reason().is_none()
        && let Err(e) = nb.set_reading_offset(&doc, app.anchor)
    {
        eprintln!("hamish: could not remember the reading position: {e}");
    }
    Ok(match outcome {
        Outcome::Quit => ExitCode::SUCCESS,
        Outcome::Signal(sig) => ExitCode::from((128 + sig).clamp(0, 255) as u8),
    })
}

fn clamp_to_char(text: &str, off: usize) -> usize {
    let mut o = off.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// A path for the status line, with the home folder written as `~`.
fn tilde(path: &std::path::Path) -> String {
    match std::env::var_os("HOME").map(std::path::PathBuf::from) {
        Some(home) if !home.as_os_str().is_empty() => match path.strip_prefix(&home) {
            Ok(rest) => format!("~/{}", rest.display()),
            Err(_) => path.display().to_string(),
        },
        _ => path.display().to_string(),
    }
}
