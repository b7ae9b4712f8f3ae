//! Reading and safely writing a sidecar file.
//!
//! A write: lock `<sidecar>.lock` → re-read the sidecar (the caller merges) → write a temporary file
//! in the same folder → fsync → keep the previous version as `<sidecar>.bak` → rename over the
//! sidecar → fsync the folder → unlock. A sidecar that does not parse is never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::NotesError;
use super::sidecar::{self, Sidecar};

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> NotesError + '_ {
    move |source| NotesError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

pub fn lock_path(path: &Path) -> PathBuf {
    with_suffix(path, ".lock")
}

pub fn bak_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Reads a sidecar: `None` when there is none.
pub fn read(path: &Path) -> Result<Option<Sidecar>, NotesError> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_err(path)(e)),
    };
    sidecar::parse(&bytes)
        .map(Some)
        .map_err(|e| NotesError::Corrupt {
            path: path.display().to_string(),
            line: e.line,
            what: e.what,
        })
}

/// Name prefix of the files `probe_writable` creates (and removes at once).
const PROBE_PREFIX: &str = ".hamish-probe-";

/// Whether files can be created in `dir` (tries it). `Err` carries why not.
pub fn probe_writable(dir: &Path) -> Result<(), std::io::Error> {
    tempfile::Builder::new()
        .prefix(PROBE_PREFIX)
        .tempfile_in(dir)
        .map(drop)
}

/// Under the lock: reads the sidecar, lets `update` compute the new content from it, and writes it
/// safely. Nothing is written when `update` fails or the sidecar on disk does not parse.
pub fn update<T>(
    path: &Path,
    update: impl FnOnce(Option<Sidecar>) -> Result<(Sidecar, T), NotesError>,
) -> Result<T, NotesError> {
    let dir = folder(path);
    let lock_file = lock_path(path);
    let lock = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_file)
        .map_err(io_err(&lock_file))?;
    lock.lock().map_err(io_err(&lock_file))?;
    // The lock is released when `lock` is dropped (or the process dies).

    let current = match fs::read(path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == ErrorKind::NotFound => None,
        Err(e) => return Err(io_err(path)(e)),
    };
    let parsed = match &current {
        Some(bytes) => Some(sidecar::parse(bytes).map_err(|e| NotesError::Corrupt {
            path: path.display().to_string(),
            line: e.line,
            what: e.what,
        })?),
        None => None,
    };
    let (new, out) = update(parsed)?;
    let text = sidecar::serialize(&new);

    let name = file_name(path);
    remove_stale_temporaries(&dir, &name);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io_err(&dir))?;
    tmp.write_all(text.as_bytes()).map_err(io_err(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io_err(tmp.path()))?;
    if let Some(bytes) = &current {
        keep_backup(path, bytes, &dir, &name)?;
    }
    tmp.persist(path).map_err(|e| io_err(path)(e.error))?;
    sync_folder(&dir)?;
    drop(lock);
    Ok(out)
}

/// Makes `<sidecar>.bak` the version about to be replaced: a hard link to it (no copy), or a
/// copy where links are not supported. Replaced atomically, so a `.bak` always exists once made.
fn keep_backup(path: &Path, bytes: &[u8], dir: &Path, name: &str) -> Result<(), NotesError> {
    let bak = bak_path(path);
    let staging = dir.join(format!(".{name}.bak.tmp"));
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        let mut f = File::create(&staging).map_err(io_err(&staging))?;
        f.write_all(bytes).map_err(io_err(&staging))?;
        f.sync_all().map_err(io_err(&staging))?;
    }
    fs::rename(&staging, &bak).map_err(io_err(&bak))
}

/// Temporary files left by writers that died mid-write. Only called under the lock, so no live
/// writer owns one.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        // Writability probes of writers killed while probing are swept too.
        if (file.starts_with(&prefix) && file.ends_with(".tmp")) || file.starts_with(PROBE_PREFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn sync_folder(dir: &Path) -> Result<(), NotesError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> Result<(), NotesError> {
    Ok(())
}
