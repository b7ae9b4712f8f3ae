//! The user's configuration: `<config dir>/config.toml` (see [`crate::paths::config_dir`]).
//!
//! ```toml
//! theme = "sepia"          # a built-in name, a user theme name, or a path
//! text_width = 72          # widest text column, in terminal columns
//! shaping = true           # Arabic presentation forms
//! bidi = "app"             # "app": hamish reorders; "terminal": the terminal does
//! direction = "auto"       # "auto", "rtl" or "ltr"
//! institutions = true      # ministries, parliaments, named bodies as organisations (modern convention)
//! [keys]                   # key = action name (see the help overlay), or "none" to unbind
//! "C-n" = "page_down"
//! ```
//!
//! Unknown keys are rejected with the file and line, so a typo never goes silently unnoticed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::files::{CONFIG_LIMIT, FileError};
use crate::layout::{BidiMode, Direction};
use crate::text::line_of;

/// The reader's default widest text column.
pub const DEFAULT_TEXT_WIDTH: usize = 76;
/// Narrowest and widest text column accepted from config or the command line.
pub const TEXT_WIDTH_RANGE: std::ops::RangeInclusive<usize> = 10..=1000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub theme: Option<String>,
    pub text_width: Option<usize>,
    pub shaping: Option<bool>,
    pub bidi: Option<BidiMode>,
    pub direction: Option<Direction>,
    /// Ministries, parliaments, cabinets and the listed bodies of three words or more are
    /// organisations in the reader and its library
    /// (off by default, as in the corpus the entity model follows; see
    /// [`crate::analysis::entities::Options::institutions`]).
    pub institutions: Option<bool>,
    /// key → action name (or "none"). The reader checks the names: actions are its own.
    #[serde(default)]
    pub keys: BTreeMap<String, String>,
    /// Where this config was read from, and the line of each `[keys]` entry, for messages about
    /// what the reader finds wrong in it later.
    #[serde(skip)]
    pub origin: Option<PathBuf>,
    #[serde(skip)]
    key_lines: BTreeMap<String, usize>,
}

/// A config file that cannot be used. Displays as `file:line: message`.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {msg}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub msg: String,
}

impl Config {
    /// How the reader finds entities under this config (what `render --color` highlights too).
    pub fn analysis(&self) -> crate::analysis::entities::Options {
        crate::analysis::entities::Options {
            institutions: self.institutions.unwrap_or(false),
            ..Default::default()
        }
    }

    /// The default location, `<config dir>/config.toml`, if a config folder is known.
    pub fn default_path() -> Option<PathBuf> {
        crate::paths::config_dir().map(|d| d.join("config.toml"))
    }

    /// Loads the config at `path`; a missing file gives the defaults unless `required`.
    pub fn load(path: &Path, required: bool) -> Result<Config, ConfigError> {
        match read_source(path, required)? {
            Some(source) => Config::parse(&source, path),
            None => Ok(Config::default()),
        }
    }

    /// Loads the config at `path` as the reader does: what cannot be used (a typo in a key, a
    /// value out of range, a line TOML does not understand) is reported and left at its default,
    /// and the rest is used. Only an unreadable file named on the command line is an error.
    pub fn load_lenient(
        path: &Path,
        required: bool,
    ) -> Result<(Config, Vec<ConfigError>), ConfigError> {
        match read_source(path, required)? {
            Some(source) => Ok(Config::parse_lenient(&source, path)),
            None => Ok((Config::default(), Vec::new())),
        }
    }

    /// [`Config::parse`] that keeps going: every key that can be used is, each problem is
    /// returned (with its line) and its key left at the default.
    pub fn parse_lenient(source: &str, path: &Path) -> (Config, Vec<ConfigError>) {
        let err = |line: Option<usize>, msg: String| ConfigError {
            path: path.to_owned(),
            line,
            msg,
        };
        let table: toml::Table = match toml::from_str(source) {
            Ok(t) => t,
            Err(e) => {
                return (
                    Config::default(),
                    vec![err(
                        e.span().map(|s| line_of(source, s.start)),
                        format!(
                            "{} (the whole file is ignored)",
                            e.message().trim().replace('\n', " ")
                        ),
                    )],
                );
            }
        };
        let mut config = Config::default();
        let mut problems = Vec::new();
        let line_at = |key: &str| {
            source
                .lines()
                .position(|l| {
                    let l = l.trim_start();
                    l.starts_with(key) || l.starts_with(&format!("\"{key}\""))
                })
                .map(|i| i + 1)
        };
        for (key, value) in table {
            // each key on its own, so one bad value leaves the others in force
            let one = toml::Table::from_iter([(key.clone(), value)]);
            match Config::deserialize(one) {
                Ok(c) => {
                    if let Some(w) = c.text_width
                        && !TEXT_WIDTH_RANGE.contains(&w)
                    {
                        problems.push(err(
                            line_at("text_width"),
                            format!(
                                "text_width {w} is out of range ({}..={}); the default is used",
                                TEXT_WIDTH_RANGE.start(),
                                TEXT_WIDTH_RANGE.end()
                            ),
                        ));
                        continue;
                    }
                    config.theme = c.theme.or(config.theme);
                    config.text_width = c.text_width.or(config.text_width);
                    config.shaping = c.shaping.or(config.shaping);
                    config.bidi = c.bidi.or(config.bidi);
                    config.direction = c.direction.or(config.direction);
                    config.institutions = c.institutions.or(config.institutions);
                    config.keys.extend(c.keys);
                }
                Err(e) => problems.push(err(
                    line_at(&key),
                    format!("{}; ignored", e.message().trim().replace('\n', " ")),
                )),
            }
        }
        config.origin = Some(path.to_owned());
        config.key_lines = config
            .keys
            .keys()
            .filter_map(|key| Some((key.clone(), key_line(source, key)?)))
            .collect();
        (config, problems)
    }

    /// Parses config text; `path` is only used in messages.
    pub fn parse(source: &str, path: &Path) -> Result<Config, ConfigError> {
        let err = |line: Option<usize>, msg: String| ConfigError {
            path: path.to_owned(),
            line,
            msg,
        };
        let mut config: Config = toml::from_str(source).map_err(|e| {
            err(
                e.span().map(|s| line_of(source, s.start)),
                e.message().trim().replace('\n', " "),
            )
        })?;
        if let Some(w) = config.text_width
            && !TEXT_WIDTH_RANGE.contains(&w)
        {
            let line = source.find("text_width").map(|i| line_of(source, i));
            return Err(err(
                line,
                format!(
                    "text_width {w} is out of range ({}..={})",
                    TEXT_WIDTH_RANGE.start(),
                    TEXT_WIDTH_RANGE.end()
                ),
            ));
        }
        config.origin = Some(path.to_owned());
        config.key_lines = config
            .keys
            .keys()
            .filter_map(|key| Some((key.clone(), key_line(source, key)?)))
            .collect();
        Ok(config)
    }

    /// An error about the `[keys]` entry `key` (an unknown action, say), with its file and line.
    pub fn key_error(&self, key: &str, msg: impl Into<String>) -> ConfigError {
        ConfigError {
            path: self.origin.clone().unwrap_or_default(),
            line: self.key_lines.get(key).copied(),
            msg: msg.into(),
        }
    }
}

/// The text of the config at `path`; `None` when there is none and it is not `required`. Only a
/// regular file, and not a huge one: a FIFO or a device must not hang the reader.
fn read_source(path: &Path, required: bool) -> Result<Option<String>, ConfigError> {
    let err = |msg: String| ConfigError {
        path: path.to_owned(),
        line: None,
        msg,
    };
    match crate::files::read_regular_text(path, CONFIG_LIMIT, "a config") {
        Ok(Some(s)) => Ok(Some(s)),
        Ok(None) if !required => Ok(None),
        Ok(None) => Err(err("no such file".to_owned())),
        Err(e) => Err(err(file_error_message(&e))),
    }
}

/// What is wrong with a file, without its path (the error names the path itself).
pub(crate) fn file_error_message(e: &FileError) -> String {
    let full = e.to_string();
    let path = match e {
        FileError::Io { path, .. }
        | FileError::NotRegular { path, .. }
        | FileError::TooLarge { path, .. }
        | FileError::WouldBeTooLarge { path, .. } => path,
        FileError::Busy { .. } | FileError::Interrupted { .. } => return full,
    };
    full.strip_prefix(path.as_str())
        .and_then(|rest| rest.strip_prefix(": "))
        .map_or_else(|| full.clone(), str::to_owned)
}

/// The line of `key` as written in the `[keys]` section: quoted or bare.
fn key_line(source: &str, key: &str) -> Option<usize> {
    let keys_at = source.find("[keys]").unwrap_or(0);
    [format!("\"{key}\""), format!("'{key}'"), key.to_owned()]
        .iter()
        .find_map(|needle| source[keys_at..].find(needle.as_str()))
        .map(|i| line_of(source, keys_at + i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_config_parses() {
        let c = Config::parse(
            "theme = \"sepia\"\ntext_width = 60\nshaping = false\nbidi = \"terminal\"\ndirection = \"rtl\"\ninstitutions = true\n[keys]\n\"C-n\" = \"page_down\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.theme.as_deref(), Some("sepia"));
        assert_eq!(c.text_width, Some(60));
        assert_eq!(c.bidi, Some(BidiMode::Terminal));
        assert_eq!(c.direction, Some(Direction::Rtl));
        assert_eq!(c.institutions, Some(true));
        // the reader's way of reading it keeps every key too
        let (lenient, problems) =
            Config::parse_lenient("institutions = true\n", Path::new("c.toml"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(lenient.institutions, Some(true));
        let (_, problems) = Config::parse_lenient("institutions = \"yes\"\n", Path::new("c.toml"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, Some(1));
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let e = Config::parse(
            "theme = \"dark\"\ncolour = \"red\"\n",
            Path::new("/x/config.toml"),
        )
        .unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("/x/config.toml:2: "), "{s}");
        assert!(s.contains("colour"), "{s}");
    }

    #[test]
    fn bad_binding_and_width_name_line() {
        let c = Config::parse("\n[keys]\nj = \"jump\"\n", Path::new("c.toml")).unwrap();
        let e = c.key_error("j", "unknown action");
        assert_eq!(e.line, Some(3), "{e}");
        assert_eq!(e.to_string(), "c.toml:3: unknown action");
        let e = Config::parse("text_width = 3\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(e.line, Some(1), "{e}");
        let e = Config::parse("bidi = \"sideways\"\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(e.line, Some(1), "{e}");
    }

    #[test]
    fn lenient_parsing_keeps_what_is_good_and_names_the_rest() {
        let src = "theme = \"sepia\"\ncolour = \"red\"\ntext_width = 3\nbidi = \"sideways\"\nshaping = false\n[keys]\n\"C-n\" = \"page_down\"\n";
        let (c, problems) = Config::parse_lenient(src, Path::new("c.toml"));
        assert_eq!(c.theme.as_deref(), Some("sepia"));
        assert_eq!(c.shaping, Some(false));
        assert_eq!(c.text_width, None);
        assert_eq!(c.bidi, None);
        assert_eq!(c.keys.get("C-n").map(String::as_str), Some("page_down"));
        let lines: Vec<Option<usize>> = problems.iter().map(|p| p.line).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        for want in [Some(2), Some(3), Some(4)] {
            assert!(lines.contains(&want), "{problems:?}");
        }
        let (c, problems) = Config::parse_lenient("theme = [", Path::new("c.toml"));
        assert_eq!(
            c,
            Config {
                origin: None,
                ..Config::default()
            }
        );
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn missing_file_is_default_unless_required() {
        let p = Path::new("/nonexistent/hamish/config.toml");
        assert_eq!(Config::load(p, false).unwrap(), Config::default());
        assert!(Config::load(p, true).is_err());
    }
}
