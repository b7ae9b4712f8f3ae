//! Where hamish keeps its own files (XDG base directories).

use std::path::PathBuf;

fn xdg(var: &str, fallback: &str) -> Option<PathBuf> {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() && PathBuf::from(&v).is_absolute() => Some(PathBuf::from(v)),
        _ => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(fallback)),
    }
}

/// `$XDG_CONFIG_HOME/hamish` (default `~/.config/hamish`): config.toml and themes/.
pub fn config_dir() -> Option<PathBuf> {
    xdg("XDG_CONFIG_HOME", ".config").map(|d| d.join("hamish"))
}

/// `$XDG_DATA_HOME/hamish` (default `~/.local/share/hamish`): notes that cannot live beside the article.
pub fn data_dir() -> Option<PathBuf> {
    xdg("XDG_DATA_HOME", ".local/share").map(|d| d.join("hamish"))
}

/// `$XDG_STATE_HOME/hamish` (default `~/.local/state/hamish`): what hamish remembers between
/// sessions that the user did not write — reading positions, the last theme and toggles, search
/// history. Never beside the article.
pub fn state_dir() -> Option<PathBuf> {
    xdg("XDG_STATE_HOME", ".local/state").map(|d| d.join("hamish"))
}

/// `$XDG_CACHE_HOME/hamish` (default `~/.cache/hamish`): what can be recomputed (analysis of
/// the articles of a library, keyed by content hash). Safe to delete.
pub fn cache_dir() -> Option<PathBuf> {
    xdg("XDG_CACHE_HOME", ".cache").map(|d| d.join("hamish"))
}
