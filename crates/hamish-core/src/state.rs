//! What hamish remembers about one article that the user did not write: where they were reading,
//! and whatever per-article reader state the reader keeps (toggles, say). One small TOML file per
//! article in `paths::state_dir()/articles/`, named by the article's canonical path
//! ([`crate::paths::article_key`]) or, for standard input and the built-in sample, by its text's
//! hash. Never beside the article: opening and quitting leaves nothing there. Safe to delete.
//!
//! ```toml
//! article = "/home/me/news/a.txt"
//! sha256 = "…"             # of the text the offsets refer to
//! reading = 10234          # code points
//! progress = 48            # percent read, as the status line said
//! [ui]
//! quotes = "off"           # names and values are the reader's
//! ```
//!
//! (The reader's global state, such as the last theme, is `state_dir()/state.toml`, not here.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::{self, FileError, LockWait, Replace};

/// Largest state file read or written.
pub const STATE_LIMIT: u64 = 1 << 20;

/// The state of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleState {
    /// The article's path, for a person looking at the folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// SHA-256 of the text the offsets refer to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Reading position, in code points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<usize>,
    /// How far the article was read, in percent, as the reader's status line said when it was
    /// put away (the bottom of the screen: 100 once the end was shown). The library shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<u8>,
    /// Reader state by name; names and values are the reader's to choose.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ui: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error(transparent)]
    File(#[from] FileError),
    /// A state file that does not parse (the next save replaces it: state is not the user's).
    #[error("{path}:{line}: {what}")]
    Corrupt {
        path: String,
        line: usize,
        what: String,
    },
    #[error("{path}: {what}")]
    Write { path: String, what: String },
}

/// The state file of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateFile {
    path: PathBuf,
    article: Option<String>,
}

const HEADER: &str =
    "# What hamish remembers about one article (reading position, reader state). Safe to delete.\n";

impl StateFile {
    /// The state file of `article` (`-` for standard input) whose text has SHA-256 `text_sha256`,
    /// in `state_dir`.
    pub fn at(state_dir: &Path, article: &Path, text_sha256: &str) -> StateFile {
        let dir = state_dir.join("articles");
        match crate::paths::article_key(article) {
            Some((canonical, key)) => StateFile {
                path: dir.join(format!("{key}.toml")),
                article: Some(canonical.display().to_string()),
            },
            None => StateFile {
                path: dir.join(format!("text-{text_sha256}.toml")),
                article: None,
            },
        }
    }

    /// [`StateFile::at`] in [`crate::paths::state_dir`]; `None` when there is no state folder
    /// (HOME unset).
    pub fn for_article(article: &Path, text_sha256: &str) -> Option<StateFile> {
        crate::paths::state_dir().map(|d| StateFile::at(&d, article, text_sha256))
    }

    /// The state file of an article that has no file (standard input), found by its text, in
    /// [`crate::paths::state_dir`]; `None` when there is no state folder.
    pub fn for_text(text: &str) -> Option<StateFile> {
        StateFile::for_article(Path::new("-"), &crate::notes::sha256_hex(text))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The state as saved; the default when nothing was saved yet.
    pub fn load(&self) -> Result<ArticleState, StateError> {
        match files::read_regular_text(&self.path, STATE_LIMIT, "reading state")? {
            None => Ok(ArticleState::default()),
            Some(text) => parse(&self.path, &text),
        }
    }

    /// Changes the state under the lock (re-read first, so two readers of one article do not
    /// undo each other's other changes) and saves it atomically. A state file that does not parse
    /// is replaced. Returns the state saved.
    pub fn update(
        &self,
        wait: &LockWait,
        change: impl FnOnce(&mut ArticleState),
    ) -> Result<ArticleState, StateError> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| FileError::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let how = Replace {
            limit: STATE_LIMIT,
            what: "reading state",
            keep_backup: false,
            wait,
        };
        files::replace(&self.path, &how, |current| {
            let mut state = current
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|t| parse(&self.path, &t).ok())
                .unwrap_or_default();
            change(&mut state);
            if self.article.is_some() {
                state.article.clone_from(&self.article);
            }
            let text = toml::to_string(&state).map_err(|e| StateError::Write {
                path: self.path.display().to_string(),
                what: e.to_string(),
            })?;
            let text = format!("{HEADER}{text}");
            // never write what would not read back
            match parse(&self.path, &text) {
                Ok(back) if back == state => Ok((text.into_bytes(), state)),
                _ => Err(StateError::Write {
                    path: self.path.display().to_string(),
                    what: "the state would not read back".into(),
                }),
            }
        })
    }
}

fn parse(path: &Path, text: &str) -> Result<ArticleState, StateError> {
    toml::from_str(text).map_err(|e| StateError::Corrupt {
        path: path.display().to_string(),
        line: e.span().map_or(1, |s| crate::text::line_of(text, s.start)),
        what: crate::text::one_line(e.message(), None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_and_is_keyed_by_path() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "x").unwrap();
        let state = dir.path().join("state");
        let f = StateFile::at(&state, &article, "abc");
        assert!(f.path().starts_with(state.join("articles")));
        assert_eq!(f.load().unwrap(), ArticleState::default());
        f.update(&LockWait::default(), |s| {
            s.reading = Some(42);
            s.ui.insert("quotes".into(), "off \"x\"".into());
        })
        .unwrap();
        let back = f.load().unwrap();
        assert_eq!(back.reading, Some(42));
        assert_eq!(back.ui["quotes"], "off \"x\"");
        // the same file through another spelling of the path
        let other = StateFile::at(&state, &dir.path().join("./a.txt"), "def");
        assert_eq!(other.path(), f.path());
        // a change keeps what it did not touch
        f.update(&LockWait::default(), |s| s.reading = Some(7))
            .unwrap();
        assert_eq!(f.load().unwrap().ui.len(), 1);
        // standard input: keyed by the text
        let stdin = StateFile::at(&state, Path::new("-"), "abc");
        assert_eq!(stdin.path(), state.join("articles/text-abc.toml"));
        // nothing but the state file in the folder
        let names: Vec<_> = std::fs::read_dir(state.join("articles"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_broken_state_file_is_reported_then_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let f = StateFile::at(dir.path(), Path::new("-"), "abc");
        std::fs::create_dir_all(f.path().parent().unwrap()).unwrap();
        std::fs::write(f.path(), "reading = [\n").unwrap();
        assert!(matches!(f.load(), Err(StateError::Corrupt { .. })));
        f.update(&LockWait::default(), |s| s.reading = Some(3))
            .unwrap();
        assert_eq!(f.load().unwrap().reading, Some(3));
    }
}
