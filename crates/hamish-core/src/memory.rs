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

/// What one reader session changed in the memory. Saved over the memory as it is on disk when
/// the session ends, not as it was when it started: another reader may have saved its own
/// changes in between, and a session that did not touch a setting must not undo them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The theme picked, with the config's `theme` at the time.
    pub theme: Option<(String, Option<String>)>,
    /// The text width set, with the config's `text_width` at the time.
    pub text_width: Option<(usize, Option<usize>)>,
    /// The highlights shown, when they were toggled.
    pub shown: Option<Shown>,
    /// The searches made, oldest first.
    pub searches: Vec<String>,
}

impl Memory {
    /// Takes in what a session changed (see [`Changes`]).
    pub fn apply(&mut self, changes: &Changes) {
        if let Some((theme, config)) = &changes.theme {
            self.theme = Some(theme.clone());
            self.config_theme = config.clone();
        }
        if let Some((width, config)) = changes.text_width {
            self.text_width = Some(width);
            self.config_text_width = config;
        }
        if let Some(shown) = changes.shown {
            self.shown = Some(shown);
        }
        for q in &changes.searches {
            self.remember_search(q);
        }
    }
}

/// The searches a session made, oldest first, from its history at the start (`before`) and at
/// the end (`after`): each search moves to the end of the history or is added there (and the
/// oldest fall off past the limit), so `after` is what is left of `before`, then the session's.
pub fn searches_made(before: &[String], after: &[String]) -> Vec<String> {
    for k in (0..=after.len()).rev() {
        let (kept, made) = after.split_at(k);
        let left: Vec<&String> = before.iter().filter(|q| !made.contains(q)).collect();
        if left.len() >= kept.len()
            && left[left.len() - kept.len()..]
                .iter()
                .copied()
                .eq(kept.iter())
        {
            return made.to_vec();
        }
    }
    after.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_saves_only_what_it_changed() {
        let s = |v: &[&str]| v.iter().map(|q| q.to_string()).collect::<Vec<_>>();
        // the session started with this, searched «موسكو» again and «دمشق»
        let before = s(&["بوتين", "موسكو", "القاهرة"]);
        let after = s(&["بوتين", "القاهرة", "موسكو", "دمشق"]);
        assert_eq!(searches_made(&before, &after), s(&["موسكو", "دمشق"]));
        assert_eq!(searches_made(&before, &before), Vec::<String>::new());
        assert_eq!(searches_made(&[], &s(&["a"])), s(&["a"]));
        // the oldest fell off past the limit
        assert_eq!(
            searches_made(&s(&["a", "b", "c"]), &s(&["b", "c", "d"])),
            s(&["d"])
        );
        // meanwhile another reader picked a theme and searched: kept
        let mut on_disk = Memory {
            theme: Some("sepia".into()),
            search_history: s(&["بوتين", "موسكو", "القاهرة", "عمّان"]),
            ..Memory::default()
        };
        on_disk.apply(&Changes {
            searches: searches_made(&before, &after),
            ..Changes::default()
        });
        assert_eq!(on_disk.theme.as_deref(), Some("sepia"));
        assert_eq!(
            on_disk.search_history,
            s(&["بوتين", "القاهرة", "عمّان", "موسكو", "دمشق"])
        );
    }

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
