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

/// An article's canonical path (symlinks and `..` resolved; made absolute when it cannot be
/// resolved), and a key for it in file names: the SHA-256 of the path's bytes, in hex. Notes and
/// reading state kept away from the article are found by this key, so they stay with the article
/// when its text changes. `None` for standard input (`-`).
pub fn article_key(article: &std::path::Path) -> Option<(PathBuf, String)> {
    use sha2::{Digest, Sha256};
    if article.as_os_str() == "-" || article.as_os_str().is_empty() {
        return None;
    }
    let canonical = std::fs::canonicalize(article).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(article))
            .unwrap_or_else(|_| article.to_owned())
    });
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        canonical.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = canonical.to_string_lossy().into_owned().into_bytes();
    let key = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some((canonical, key))
}
