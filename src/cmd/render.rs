//! `hamish render`: print an article laid out exactly as the reader's text area shows it.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use std::ops::Range;

use anyhow::Context;
use hamish::analysis::analyze;
use hamish::config::Config;
use hamish::document::Document;
use hamish::highlight;
use hamish::layout::LayoutOptions;
use hamish::layout::text::write_document;
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
    let doc = Document::load(&path)?;
    if let Some(enc) = doc.decoded_from {
        eprintln!(
            "hamish: note: {} is not UTF-8; decoded as {enc}",
            if path.as_os_str() == "-" {
                "<stdin>".to_string()
            } else {
                path.display().to_string()
            }
        );
    }
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
    let spans = if color {
        highlight_spans(&doc, args.theme.as_deref())?
    } else {
        Vec::new()
    };
    let written = write_document(&mut out, &doc, &opts, color, &spans).and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e).context("writing to standard output"),
    }
}

/// The theme `render --color` uses: the one named, else the config's (as the reader would
/// start with), else the default.
fn theme_name(named: Option<&str>) -> String {
    if let Some(t) = named {
        return t.to_owned();
    }
    let config = Config::default_path()
        .and_then(|p| Config::load_lenient(&p, false).ok())
        .map(|(c, _)| c);
    config
        .and_then(|c| c.theme)
        .unwrap_or_else(|| hamish::theme::DEFAULT_THEME.to_owned())
}

/// Entities and quotations as the reader highlights them (the core's one highlight path, in
/// its priority order), styled by the theme's scopes.
fn highlight_spans(
    doc: &Document,
    theme: Option<&str>,
) -> anyhow::Result<Vec<(Range<usize>, Style)>> {
    let dir = hamish::paths::config_dir().map(|d| d.join("themes"));
    let theme = Theme::load(&theme_name(theme), dir.as_deref())?;
    let spans = analyze(&doc.text);
    // an HTML or Markdown article's own markup first: it is drawn under the analysis
    let mut marks: Vec<_> = highlight::of_markup(doc, 0..doc.text.len()).collect();
    marks.extend(highlight::of_spans(
        &spans,
        Shown::default(),
        &doc.text,
        None,
    ));
    Ok(marks
        .into_iter()
        .map(|h| (h.range, theme.style(h.scope)))
        .collect())
}
