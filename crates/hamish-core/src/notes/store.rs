//! Reading and safely writing a sidecar file.
//!
//! A write ([`update`]): lock the sidecar's folder (nothing is created for it) → re-read the
//! sidecar (the caller merges) → serialise and check that the result parses back to exactly what
//! was meant → temporary file in the same folder with the sidecar's permissions → fsync → keep the
//! previous version as `<sidecar>.bak` → rename over the sidecar → fsync the folder → unlock. A
//! symlinked sidecar is written through to its target. A sidecar that does not parse, is not a
//! regular file or is larger than [`SIDECAR_LIMIT`] is never overwritten. See [`crate::files`].

use std::path::{Path, PathBuf};

use super::NotesError;
use super::sidecar::{self, Sidecar};
use crate::files::{self, FileError, LockWait, Replace};

/// Largest sidecar read (or written: a sidecar hamish could not read back is never written).
/// About 16,000 notes of a thousand characters each.
pub const SIDECAR_LIMIT: u64 = 16 << 20;

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Where the previous version of a sidecar is kept (beside the file a symlinked sidecar leads to).
pub fn bak_path(path: &Path) -> PathBuf {
    let real = files::resolve_links(path).unwrap_or_else(|_| path.to_owned());
    with_suffix(&real, ".bak")
}

/// A sidecar as read: what it holds, and what had to be repaired to read it (one line each).
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub sidecar: Sidecar,
    pub notices: Vec<String>,
}

fn corrupt(path: &Path, e: sidecar::ParseError) -> NotesError {
    NotesError::Corrupt {
        path: path.display().to_string(),
        line: e.line,
        what: e.what,
    }
}

fn loaded(path: &Path, bytes: &[u8]) -> Result<Loaded, NotesError> {
    let (sidecar, notices) = sidecar::parse_repairing(bytes).map_err(|e| corrupt(path, e))?;
    let notices = notices
        .into_iter()
        .map(|n| format!("{}: {n}", path.display()))
        .collect();
    Ok(Loaded { sidecar, notices })
}

/// Reads a sidecar: `None` when there is none.
pub fn read(path: &Path) -> Result<Option<Loaded>, NotesError> {
    match files::read_regular(path, SIDECAR_LIMIT, "notes")? {
        None => Ok(None),
        Some(bytes) => loaded(path, &bytes).map(Some),
    }
}

/// Holds the lock that writers of the sidecar `path` take (for tools, and for tests that need a
/// writer to wait). Released when dropped.
pub fn lock(path: &Path, wait: &LockWait) -> Result<files::FolderLock, NotesError> {
    let real = files::resolve_links(path)?;
    let name = real
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Ok(files::lock_folder(
        &files::folder_of(&real),
        &name,
        "notes",
        wait,
    )?)
}

/// Under the lock: reads the sidecar, lets `update` compute the new content from it, and writes it
/// safely, after checking that it reads back as exactly that. Returns what was written, and what
/// `update` returned. Nothing is written when `update` fails or the sidecar on disk cannot be read.
pub fn update<T>(
    path: &Path,
    wait: &LockWait,
    update: impl FnOnce(Option<Loaded>) -> Result<(Sidecar, T), NotesError>,
) -> Result<(Sidecar, T), NotesError> {
    let how = Replace {
        limit: SIDECAR_LIMIT,
        what: "notes",
        keep_backup: true,
        wait,
    };
    files::replace(path, &how, |current| {
        let disk = current.map(|bytes| loaded(path, &bytes)).transpose()?;
        remove_legacy_lock(path);
        let (new, out) = update(disk)?;
        let text = sidecar::serialize(&new);
        verify(path, &text, &new)?;
        Ok((text.into_bytes(), (new, out)))
    })
}

/// Never acknowledge a write that cannot be read back: the text about to replace the sidecar must
/// parse (strictly) to exactly the notes meant.
fn verify(path: &Path, text: &str, meant: &Sidecar) -> Result<(), NotesError> {
    match sidecar::parse(text.as_bytes()) {
        Ok(back) if &back == meant => Ok(()),
        Ok(back) => {
            let what = meant
                .notes
                .iter()
                .zip(&back.notes)
                .find(|(a, b)| a != b)
                .map_or_else(
                    || "the notes differ".to_owned(),
                    |(a, _)| format!("note {} would read back differently", a.id),
                );
            Err(NotesError::WriteBack {
                path: path.display().to_string(),
                what,
            })
        }
        Err(e) => Err(NotesError::WriteBack {
            path: path.display().to_string(),
            what: format!("line {}: {}", e.line, e.what),
        }),
    }
}

/// Earlier versions of hamish left an empty `<sidecar>.lock` beside the article for good. Taken
/// away (under the lock) when it is still just that: an empty regular file, not a link.
fn remove_legacy_lock(path: &Path) {
    let lock = with_suffix(path, ".lock");
    if std::fs::symlink_metadata(&lock).is_ok_and(|m| m.is_file() && m.len() == 0) {
        let _ = std::fs::remove_file(&lock);
    }
}

impl From<FileError> for NotesError {
    fn from(e: FileError) -> NotesError {
        NotesError::File(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::sidecar::{Record, Stamp};

    #[test]
    fn a_sidecar_that_would_not_read_back_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt.notes.toml");
        let before = "schema = 1\n";
        std::fs::write(&path, before).unwrap();
        // a date no TOML file can hold would be written as another: refused
        let bad = Sidecar {
            notes: vec![Record {
                id: "01J9AAAAAAAAAAAAAAAAAAAAAA".into(),
                created: Stamp(0),
                updated: Stamp(Stamp::MAX.0 + 1),
                text: "x".into(),
                deleted: true,
                anchor: None,
            }],
            ..Sidecar::default()
        };
        let e = update(&path, &LockWait::default(), |_| Ok((bad, ()))).unwrap_err();
        assert!(matches!(e, NotesError::WriteBack { .. }), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        assert!(!bak_path(&path).exists());
    }
}
