//! `hamish render`: print an article laid out exactly as the reader's text area shows it.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use std::ops::Range;

use anyhow::Context;
use hamish::analysis::chunks::{CHUNK, Chunks};
use hamish::config::Config;
use hamish::document::{Decoded, Document, InputKind, input_name, read_input};
use hamish::highlight;
use hamish::layout::LayoutOptions;
use hamish::layout::text::{Title, write_colored, write_plain};
use hamish::reader::Shown;
use hamish::style::Style;
use hamish::theme::Theme;

use super::{BidiArg, DirectionArg, Switch};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article: text (UTF-8 or windows-1256), an HTML page or Markdown (by extension, or an
    /// HTML page by its content); `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
    /// Width of the text area in columns [default: the terminal's width, or 80 when not a terminal].
    #[arg(long)]
    pub width: Option<u16>,
    /// Arabic shaping into presentation forms.
    #[arg(long, value_enum, default_value = "on")]
    pub shaping: Switch,
    /// Paragraph direction: from the first strong character, or forced.
    #[arg(long, value_enum, default_value = "auto")]
    pub direction: DirectionArg,
    /// Who reorders right-to-left text: hamish (`app`) or the terminal (`terminal`: logical order).
    #[arg(long, value_enum, default_value = "app")]
    pub bidi: BidiArg,
    /// ANSI colours and styles: when standard output is a terminal (`auto`), always or never.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorWhen,
    /// Theme for the colours of entities and quotations (dark, light, sepia, high-contrast, a
    /// user theme, or a path to a .toml) [default: the config's theme, else dark].
    #[arg(long, value_name = "NAME|PATH")]
    pub theme: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.file.is_none() && std::io::stdin().is_terminal() {
        anyhow::bail!("render: no article given (a FILE, or - to read standard input)");
    }
    let path = args.file.unwrap_or_else(|| PathBuf::from("-"));
    let name = input_name(&path);
    let (bytes, kind) = read_input(&path)?;
    // A text file keeps only its decoded text (no paragraph index): memory stays near the size
    // of the file. A page or Markdown is extracted (its markup is drawn too).
    let (text, doc) = if kind == InputKind::Text {
        let decoded = Decoded::from_vec(bytes, &name)?;
        if let Some(notice) = decoded.notice(&name) {
            super::output::say(&format!("note: {notice}"));
        }
        (decoded.text, None)
    } else {
        let doc = Document::parse(bytes, &name, kind)?;
        if let Some(notice) = doc.notice(&name) {
            super::output::say(&format!("note: {notice}"));
        }
        (String::new(), Some(doc))
    };
    let text = doc.as_ref().map_or(text.as_str(), |d| d.text.as_str());
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let width = match args.width {
        Some(0) => anyhow::bail!("--width must be at least 1"),
        Some(w) => usize::from(w),
        None if tty => crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w.max(1))),
        None => 80,
    };
    let color = match args.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let opts = LayoutOptions {
        width,
        shaping: args.shaping.into(),
        direction: args.direction.into(),
        bidi: args.bidi.into(),
        ..LayoutOptions::default()
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = if color {
        let config = user_config();
        let theme = load_theme(args.theme.as_deref(), config.as_ref())?;
        let analysis = config.unwrap_or_default().analysis();
        let title = doc.as_ref().map_or(Title::First, Title::of);
        write_colored(
            &mut out,
            text,
            &opts,
            title,
            highlights(text, doc.as_ref(), &theme, analysis),
        )
    } else {
        write_plain(&mut out, text, &opts)
    }
    .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e).context("writing to standard output"),
    }
}

/// The user's config as the reader reads it (what cannot be used left at its default); none
/// when there is no config folder or file.
fn user_config() -> Option<Config> {
    Config::default_path()
        .and_then(|p| Config::load_lenient(&p, false).ok())
        .map(|(c, _)| c)
}

/// The theme `render --color` uses: the one named, else the config's (as the reader would
/// start with), else the default.
fn theme_name(named: Option<&str>, config: Option<&Config>) -> String {
    if let Some(t) = named {
        return t.to_owned();
    }
    config
        .and_then(|c| c.theme.clone())
        .unwrap_or_else(|| hamish::theme::DEFAULT_THEME.to_owned())
}

fn load_theme(named: Option<&str>, config: Option<&Config>) -> anyhow::Result<Theme> {
    let dir = hamish::paths::config_dir().map(|d| d.join("themes"));
    Ok(Theme::load(&theme_name(named, config), dir.as_deref())?)
}

/// Entities and quotations as the reader highlights them (the core's one highlight path, in its
/// priority order) over an HTML or Markdown article's own markup, styled by the theme's scopes:
/// found chunk by chunk as the reader finds them (with the reader's `analysis` options), each
/// chunk when the output reaches it.
fn highlights<'a>(
    text: &'a str,
    doc: Option<&'a Document>,
    theme: &'a Theme,
    analysis: hamish::analysis::entities::Options,
) -> impl Iterator<Item = (Range<usize>, Vec<(Range<usize>, Style)>)> + 'a {
    Chunks::with_options(text, CHUNK, analysis).map(move |(range, spans)| {
        // the article's own markup first: it is drawn under the analysis
        let mut marks: Vec<highlight::Highlight> = doc
            .map(|d| highlight::of_markup(d, range.clone()).collect())
            .unwrap_or_default();
        marks.extend(highlight::of_spans(&spans, Shown::default(), text, None));
        let styled = marks
            .into_iter()
            .map(|h| (h.range, theme.style(h.scope)))
            .collect();
        (range, styled)
    })
}
