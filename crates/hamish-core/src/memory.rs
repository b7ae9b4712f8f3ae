//! What the reader remembers between sessions, in `$XDG_STATE_HOME/hamish/state.toml`: the last
//! theme, the highlight toggles, the text width and the search history. It is hamish's own
//! file, rewritten whole; the user's config stays exactly as they wrote it.
//!
//! A remembered theme or width holds until the user changes the config's value: the config's
//! value at the time is remembered with it, and a different one in the config wins (the user
//! edited the config since, and meant it).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::reader::Shown;

/// Searches the history keeps, newest last.
pub const HISTORY_LIMIT: usize = 200;
/// Bigger state files are not read (a damaged or foreign file): the defaults are used.
const MAX_BYTES: u64 = 1 << 20;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Memory {
    /// The theme picked last (with `t` or `:theme`).
    pub theme: Option<String>,
    /// The config's `theme` when that was remembered.
    pub config_theme: Option<String>,
    /// The text width set last (with `+`/`-`).
    pub text_width: Option<usize>,
    /// The config's `text_width` when that was remembered.
    pub config_text_width: Option<usize>,
    /// Which highlights were shown.
    pub shown: Option<Shown>,
    /// Searches, oldest first.
    pub search_history: Vec<String>,
}

/// Where the memory lives: `<state dir>/state.toml`.
pub fn default_path() -> Option<PathBuf> {
    crate::paths::state_dir().map(|d| d.join("state.toml"))
}

impl Memory {
    /// Reads the memory at `path`. A missing file is an empty memory; a file that cannot be read
    /// or understood gives an empty memory and says why (it is rewritten on the next save).
    pub fn load(path: &Path) -> (Memory, Option<String>) {
        // a regular file under the cap only: a FIFO or a device there must not hang the reader
        let text = match crate::files::read_regular_text(path, MAX_BYTES, "state file") {
            Ok(Some(t)) => t,
            Ok(None) => return (Memory::default(), None),
            Err(e) => return (Memory::default(), Some(format!("{e}; starting afresh"))),
        };
        match toml::from_str::<Memory>(&text) {
            Ok(m) => (m, None),
            Err(e) => (
                Memory::default(),
                Some(format!(
                    "{}: {}; starting afresh",
                    path.display(),
                    e.message().trim()
                )),
            ),
        }
    }

    /// Writes the memory to `path` (a temporary file renamed over it, so a crash leaves the old
    /// one or the new one, never half of one).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        std::io::Write::write_all(&mut tmp, text.as_bytes())?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }

    /// The theme to use when the command line names none: the remembered one, unless the
    /// config names another than it did when that was remembered.
    pub fn theme_for(&self, config_theme: Option<&str>) -> Option<String> {
        match (&self.theme, config_theme) {
            (Some(t), c) if self.config_theme.as_deref() == c => Some(t.clone()),
            (_, c) => c.map(str::to_owned),
        }
    }

    /// The text width to use when the command line gives none (as [`Memory::theme_for`]).
    pub fn text_width_for(&self, config_width: Option<usize>) -> Option<usize> {
        match (self.text_width, config_width) {
            (Some(w), c) if self.config_text_width == c => Some(w),
            (_, c) => c,
        }
    }

    /// Adds a search to the history (moved to the end if it was there already).
    pub fn remember_search(&mut self, query: &str) {
        if query.trim().is_empty() {
            return;
        }
        self.search_history.retain(|q| q != query);
        self.search_history.push(query.to_owned());
        let over = self.search_history.len().saturating_sub(HISTORY_LIMIT);
        self.search_history.drain(..over);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_history() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("deep/state.toml");
        let mut m = Memory {
            theme: Some("sepia".into()),
            config_theme: Some("dark".into()),
            text_width: Some(60),
            shown: Some(Shown {
                places: false,
                ..Shown::default()
            }),
            ..Memory::default()
        };
        for q in ["بوتين", "موسكو", "بوتين"] {
            m.remember_search(q);
        }
        assert_eq!(m.search_history, ["موسكو", "بوتين"]);
        m.save(&path).expect("save");
        let (back, err) = Memory::load(&path);
        assert_eq!(err, None);
        assert_eq!(back, m);
    }

    #[test]
    fn the_config_wins_when_it_changed_since() {
        let m = Memory {
            theme: Some("sepia".into()),
            config_theme: Some("dark".into()),
            text_width: Some(60),
            config_text_width: None,
            ..Memory::default()
        };
        assert_eq!(m.theme_for(Some("dark")).as_deref(), Some("sepia"));
        assert_eq!(m.theme_for(Some("light")).as_deref(), Some("light"));
        assert_eq!(m.theme_for(None), None);
        assert_eq!(m.text_width_for(None), Some(60));
        assert_eq!(m.text_width_for(Some(70)), Some(70));
    }

    #[test]
    fn damaged_or_odd_files_start_afresh_with_a_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bad = dir.path().join("state.toml");
        std::fs::write(&bad, "theme = [").expect("write");
        let (m, err) = Memory::load(&bad);
        assert_eq!(m, Memory::default());
        assert!(err.is_some_and(|e| e.contains("starting afresh")));
        let (m, err) = Memory::load(dir.path());
        assert_eq!(m, Memory::default());
        assert!(err.is_some());
        assert_eq!(
            Memory::load(&dir.path().join("none.toml")),
            (Memory::default(), None)
        );
    }
}
