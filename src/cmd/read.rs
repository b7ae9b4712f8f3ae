//! `hamish [FILE…]`: the full-screen reader. Everything that can fail on the user's input (the
//! first article, a theme or config named on the command line) is checked BEFORE the terminal is
//! touched, so such errors are one plain line. Problems in the user's own config and state files
//! are warnings in the reader (M lists them all), with defaults for what they spoil.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};

use hamish::config::{Config, DEFAULT_TEXT_WIDTH, TEXT_WIDTH_RANGE};
use hamish::document::Document;
use hamish::layout::{BidiMode, LayoutOptions};
use hamish::library::Library;
use hamish::memory::{self, Memory};
use hamish::theme::{DEFAULT_THEME, Theme};
use hamish::tui::app::App;
use hamish::tui::component::Ui;
use hamish::tui::geometry::Geometry;
use hamish::tui::keymap::Keymap;
use hamish::tui::layers::library::LibraryView;
use hamish::tui::session::{self, Source};
use hamish::tui::term::{self, Outcome};

use super::output::say;
use super::{BidiArg, DirectionArg, Switch};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The articles to read (text, one paragraph per line, UTF-8 or windows-1256; HTML pages;
    /// Markdown); `-` reads standard input (keys then come from the terminal). `>` and `<` move
    /// between several. One folder opens the library of its articles. Without any, a sample
    /// article.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
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
    /// Widest text column, in terminal columns (default 76; + and - change it in the reader).
    #[arg(long, value_name = "N")]
    pub text_width: Option<usize>,
    /// Config file (default: <config dir>/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

/// The articles named on the command line (standard input is read here, once).
fn sources(files: &[PathBuf]) -> anyhow::Result<Vec<Source>> {
    if files.is_empty() {
        return Ok(vec![Source::Sample]);
    }
    if files.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        bail!("standard input (-) can be given once");
    }
    let mut out = Vec::with_capacity(files.len());
    for p in files {
        if p.as_os_str() == "-" {
            if std::io::stdin().is_terminal() {
                bail!(
                    "- reads the article from standard input, but it is the terminal: pipe an article in (cat a.txt | hamish -)"
                );
            }
            let doc = Document::load(p).context("standard input")?;
            out.push(Source::Stdin(Arc::new(doc)));
        } else if p.is_dir() {
            bail!(
                "{} is a folder: give it alone to open it as a library (hamish {})",
                p.display(),
                p.display()
            );
        } else {
            out.push(Source::File(p.clone()));
        }
    }
    Ok(out)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut warnings: Vec<String> = Vec::new();
    let config = match &args.config {
        Some(p) => {
            let (c, problems) = Config::load_lenient(p, true)?;
            warnings.extend(problems.iter().map(ToString::to_string));
            c
        }
        None => match Config::default_path() {
            Some(p) => match Config::load_lenient(&p, false) {
                Ok((c, problems)) => {
                    warnings.extend(problems.iter().map(ToString::to_string));
                    c
                }
                Err(e) => {
                    warnings.push(format!("{e} (the defaults are used)"));
                    Config::default()
                }
            },
            None => Config::default(),
        },
    };
    let (keymap, key_problems) = Keymap::with_overrides_lenient(&config.keys);
    warnings.extend(key_problems.into_iter().map(|e| {
        format!(
            "{} (the default keys are used for it)",
            config.key_error(&e.key, e.msg)
        )
    }));
    let memory_path = memory::default_path();
    let mut memory = match &memory_path {
        Some(p) => {
            let (m, problem) = Memory::load(p);
            warnings.extend(problem);
            m
        }
        None => Memory::default(),
    };

    // how entities are found, in the articles read and in the library's lists of names
    let analysis = config.analysis();
    // one folder: the library screen over it
    let library = match args.files.as_slice() {
        [dir] if dir.is_dir() => {
            let mut lib = Library::open(dir)?;
            lib.set_analysis(analysis);
            Some(lib)
        }
        _ => None,
    };
    let sources = if library.is_some() {
        Vec::new()
    } else {
        sources(&args.files)?
    };

    let text_width = match args.text_width {
        Some(w) if !TEXT_WIDTH_RANGE.contains(&w) => bail!(
            "--text-width {w} is out of range ({}..={})",
            TEXT_WIDTH_RANGE.start(),
            TEXT_WIDTH_RANGE.end()
        ),
        Some(w) => w,
        None => memory
            .text_width_for(config.text_width)
            .filter(|w| TEXT_WIDTH_RANGE.contains(w))
            .unwrap_or(DEFAULT_TEXT_WIDTH),
    };
    let layout = LayoutOptions {
        shaping: match args.shaping {
            Some(s) => s.into(),
            None => config.shaping.unwrap_or(true),
        },
        bidi: args
            .bidi
            .map(Into::into)
            .or(config.bidi)
            .unwrap_or_default(),
        direction: args
            .direction
            .map(Into::into)
            .or(config.direction)
            .unwrap_or_default(),
        ..LayoutOptions::default()
    };
    let bidi_app = layout.bidi == BidiMode::App;

    let theme_dir = hamish::paths::config_dir().map(|d| d.join("themes"));
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme_name = args
        .theme
        .clone()
        .or_else(|| memory.theme_for(config.theme.as_deref()))
        .unwrap_or_else(|| DEFAULT_THEME.to_owned());
    let theme = match Theme::load(&theme_name, theme_dir.as_deref()) {
        Ok(t) => t,
        // a theme named on the command line must load; a remembered or configured one falls back
        Err(e) if args.theme.is_some() => return Err(e.into()),
        Err(e) => {
            warnings.push(format!("using the {DEFAULT_THEME} theme: {e}"));
            Theme::default_theme()
        }
    };

    let review = keymap
        .keys_for(hamish::tui::action::Action::NotesPanel)
        .into_iter()
        .next();
    let mut reader = match (&library, sources.first()) {
        (Some(lib), _) => LibraryView::empty_reader(&lib.dir.display().to_string(), layout),
        (None, Some(first)) => session::open(first, layout, review.as_deref())?,
        (None, None) => bail!("nothing to read"),
    };
    if !std::io::stdout().is_terminal() {
        bail!("the reader needs a terminal; for plain output use `hamish render FILE`");
    }
    if let Some(shown) = memory.shown {
        reader.set_shown(shown);
    }
    let ui = Ui {
        theme: Theme::default_theme(),
        theme_names: Theme::available(theme_dir.as_deref()),
        theme_dir,
        no_color,
        keymap,
        geometry: Geometry::new(80, 24, text_width),
        text_width,
        clipboard: None,
        last_entity: None,
        search_history: memory.search_history.clone(),
        command_history: Vec::new(),
        pending_keys: String::new(),
        file_position: (1, 1),
    };
    let mut app = App::with_reader(reader, ui);
    app.set_theme(theme);
    app.set_sources(sources, 0);
    if let Some(lib) = library {
        app.push_layer(Box::new(LibraryView::new(lib)));
    }
    let initial_theme = app.ui.theme.name.clone();
    let initial_shown = app.reader.shown();
    for w in &warnings {
        app.reader.error(w.clone());
    }
    if warnings.len() > 1 {
        app.reader.error(format!(
            "{} problems with your settings: M lists them",
            warnings.len()
        ));
    }

    let outcome = term::run(&mut app, bidi_app, Some(analysis)).context("terminal")?;
    session::after_terminal(&mut app.reader);

    // ended (by a signal) while a note was being written: keep what was typed
    let mut said = Vec::new();
    match app.save_draft() {
        Some(Ok(())) => said.push("the note being written was saved".to_owned()),
        Some(Err(e)) => said.push(format!("the note being written could not be saved: {e}")),
        None => {}
    }
    let source = app.current_source().cloned();
    said.extend(session::close(&mut app.reader, source.as_ref()));

    // what the reader remembers for next time: what this session changed, over the memory as
    // it is now (another reader may have saved its own changes since this one started)
    let changes = memory::Changes {
        theme: (app.ui.theme.name != initial_theme)
            .then(|| (app.ui.theme.name.clone(), config.theme.clone())),
        text_width: (app.ui.text_width != text_width)
            .then_some((app.ui.text_width, config.text_width)),
        shown: (app.reader.shown() != initial_shown).then(|| app.reader.shown()),
        searches: memory::searches_made(&memory.search_history, &app.ui.search_history),
    };
    if let Some(p) = &memory_path {
        memory = Memory::load(p).0;
    }
    memory.apply(&changes);
    if let Some(p) = &memory_path
        && let Err(e) = memory.save(p)
    {
        said.push(format!(
            "could not remember the settings in {}: {e}",
            p.display()
        ));
    }
    for s in said {
        // stderr may be gone (a hang-up): say() never fails over a message
        say(&s);
    }
    Ok(match outcome {
        Outcome::Quit => ExitCode::SUCCESS,
        Outcome::Signal(sig) => ExitCode::from((128 + sig).clamp(0, 255) as u8),
    })
}
