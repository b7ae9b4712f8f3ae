//! Notes kept in `<article>.notes.toml` beside the article.
//!
//! CONTRACT (used by `hamish notes` and the reader): ranges are BYTE offsets into the current
//! `Document::text`; the sidecar stores code points. Every mutation is saved at once, safely.
//!
//! - [`sidecar`]: the file format (schema 1), parsed with `file:line` errors and written by hand.
//! - [`anchor`]: placing notes in the article as it is now (re-anchoring).
//! - [`store`]: lock, re-read and merge, check it reads back, temporary file, fsync, `.bak`, rename,
//!   fsync the folder.
//! - [`export`]: JSON, Markdown and W3C Web Annotation listings.
//!
//! Where notes live: beside the article (`<article>.notes.toml`, and `<article>.notes.toml.bak`)
//! when its folder is writable; otherwise in the data folder, found by the article's canonical
//! path (`paths::data_dir()/notes/by-path/<sha256 of the path>.notes.toml`, so they follow the
//! article through edits) and by its text's hash (files written by earlier versions,
//! `notes/<sha256 of the text>.notes.toml`, and files of a moved article); standard input keeps
//! them under the text's hash. A [`Notebook::notice`] says so. The reading position is not a note:
//! it goes to the state folder ([`crate::state`]), so nothing is written beside an article until a
//! note is. A sidecar that cannot be read makes the notebook read-only
//! ([`Notebook::read_only_reason`]) and is never overwritten.

pub mod anchor;
pub mod export;
mod ids;
pub mod live;
pub mod search;
pub mod sidecar;
mod snapshot;
pub mod store;
pub mod summary;
pub mod tags;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::document::Document;
pub use crate::files::LockWait;
use anchor::Placement;
pub use ids::MIN_ID_PREFIX;
pub use live::NotesChanged;
pub use search::NoteMatch;
pub use sidecar::Anchor;
use sidecar::{Record, Sidecar, Stamp};
pub use snapshot::NoteSnapshot;
pub use summary::PlacementSummary;
pub use tags::TagCount;

#[derive(Debug, thiserror::Error)]
pub enum NotesError {
    #[error("{0}")]
    Other(String),
    /// A sidecar that does not parse (it is left as it is).
    #[error("{path}:{line}: {what}")]
    Corrupt {
        path: String,
        line: usize,
        what: String,
    },
    /// The notebook cannot be written; the reason says why.
    #[error("notes are read-only: {0}")]
    ReadOnly(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// A file that cannot be opened, read, locked or written as hamish's files must be.
    #[error(transparent)]
    File(crate::files::FileError),
    /// What would have been written does not read back as meant; nothing was written.
    #[error("{path}: not written, it would not read back: {what}")]
    WriteBack { path: String, what: String },
    /// The reading position could not be saved.
    #[error(transparent)]
    State(#[from] crate::state::StateError),
    #[error("no note with id {0}")]
    NotFound(String),
    /// A range that is not a passage of the document.
    #[error("{0}")]
    Range(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteStatus {
    Anchored,
    Moved,
    Fuzzy,
    Orphaned,
}

impl NoteStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteStatus::Anchored => "anchored",
            NoteStatus::Moved => "moved",
            NoteStatus::Fuzzy => "fuzzy",
            NoteStatus::Orphaned => "orphaned",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedNote {
    pub id: String,
    pub text: String,
    /// Where the passage is now (bytes in the document); `None` when orphaned.
    pub range: Option<Range<usize>>,
    pub status: NoteStatus,
    /// The passage as it was when the note was written.
    pub quote: String,
    /// RFC 3339 timestamps.
    pub created: String,
    pub updated: String,
}

/// How to open a notebook (tests and tools; [`Notebook::open`] uses the defaults).
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Instead of `paths::data_dir()`: where notes go when the article's folder is not writable.
    pub data_dir: Option<PathBuf>,
    /// Instead of `paths::state_dir()`: where the reading position goes.
    pub state_dir: Option<PathBuf>,
    /// Behave as if the article's folder were not writable (permissions do not stop root).
    pub assume_folder_read_only: bool,
}

/// A placement, with the code-point range it stands for.
#[derive(Debug, Clone)]
struct Placed {
    placement: Placement,
    chars: Option<Range<usize>>,
}

/// The notes of one article.
#[derive(Debug, Default)]
pub struct Notebook {
    notes: Vec<PlacedNote>,
    /// Every stored note, tombstones included.
    records: Vec<Record>,
    placed: HashMap<String, Placed>,
    /// Reading position: code points (as stored) and bytes.
    reading_chars: Option<usize>,
    reading: Option<usize>,
    /// The reading progress last saved (percent).
    progress: Option<u8>,
    /// Where writes go (`None`: nowhere possible).
    target: Option<PathBuf>,
    /// Every file notes were read from.
    sources: Vec<PathBuf>,
    read_only: Option<String>,
    /// One line each: where notes are kept, what was repaired to read them.
    notices: Vec<String>,
    /// All notices in one line.
    notice: Option<String>,
    doc_sha: String,
    doc_fingerprint: (usize, [u8; 32]),
    /// The article's canonical path, written into sidecars kept in the data folder.
    article: Option<String>,
    /// Where the reading position is kept.
    state: Option<crate::state::StateFile>,
    /// How long a write waits for another writer.
    lock_wait: LockWait,
    /// The sidecars as last read by [`Notebook::refresh`] (`None`: not yet).
    seen: Option<Vec<live::Seen>>,
}

pub(crate) fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A cheap check that a document is the one the notebook was opened with.
fn fingerprint(doc: &Document) -> (usize, [u8; 32]) {
    let t = doc.text.as_bytes();
    let mut h = Sha256::new();
    let n = t.len();
    for i in 0..16 {
        let at = n / 16 * i;
        h.update(&t[at..(at + 256).min(n)]);
    }
    h.update(&t[n.saturating_sub(4096)..]);
    (n, h.finalize().into())
}

/// `<folder>/<file name>.notes.toml`, or `None` for standard input and paths without a file name.
pub fn sidecar_path(article: &Path) -> Option<PathBuf> {
    if article.as_os_str() == "-" {
        return None;
    }
    let name = article.file_name()?;
    let mut side = name.to_owned();
    side.push(".notes.toml");
    Some(article.with_file_name(side))
}

/// Merges `theirs` into `ours` by id: a tombstone always wins (never resurrect), else the newest
/// `updated` (ties keep `ours`).
pub(crate) fn merge(ours: &mut Vec<Record>, theirs: &[Record]) {
    let mut index: HashMap<String, usize> = ours
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    for t in theirs {
        match index.get(&t.id) {
            Some(&i) => {
                let o = &ours[i];
                let take = match (o.deleted, t.deleted) {
                    (false, true) => true,
                    (true, false) => false,
                    _ => t.updated > o.updated,
                };
                let created = o.created.min(t.created);
                if take {
                    ours[i] = t.clone();
                }
                ours[i].created = created;
            }
            None => {
                index.insert(t.id.clone(), ours.len());
                ours.push(t.clone());
            }
        }
    }
}

/// Most files of the data folder looked at for notes of the same text kept under another path.
const MAX_SCANNED: usize = 10_000;

/// Sidecars in `dir` (the data folder's `by-path`) whose header names `sha` as their text's hash:
/// notes of this same text kept for the article under another path (it was moved or copied).
fn same_text_elsewhere(dir: &Path, sha: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let needle = format!("sha256 = \"{sha}\"");
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .take(MAX_SCANNED)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".notes.toml"))
        .filter(|p| {
            crate::files::read_head(p, 1024)
                .is_some_and(|head| String::from_utf8_lossy(&head).contains(&needle))
        })
        .collect();
    found.sort();
    found
}

impl Notebook {
    /// Opens (or prepares) the sidecar of `article`, re-anchoring its notes in `doc`.
    pub fn open(article: &Path, doc: &Document) -> Result<Notebook, NotesError> {
        Notebook::open_with(article, doc, &OpenOptions::default())
    }

    /// [`Notebook::open`] with options.
    pub fn open_with(
        article: &Path,
        doc: &Document,
        options: &OpenOptions,
    ) -> Result<Notebook, NotesError> {
        let doc_sha = sha256_hex(&doc.text);
        let data_dir = options.data_dir.clone().or_else(crate::paths::data_dir);
        let state_dir = options.state_dir.clone().or_else(crate::paths::state_dir);
        let key = crate::paths::article_key(article);
        let notes_dir = data_dir.map(|d| d.join("notes"));
        let by_hash = notes_dir
            .as_ref()
            .map(|d| d.join(format!("{doc_sha}.notes.toml")));
        let by_path = match (&notes_dir, &key) {
            (Some(d), Some((_, k))) => Some(d.join("by-path").join(format!("{k}.notes.toml"))),
            _ => None,
        };
        let beside = sidecar_path(article);
        let mut nb = Notebook {
            doc_fingerprint: fingerprint(doc),
            state: state_dir.map(|d| crate::state::StateFile::at(&d, article, &doc_sha)),
            doc_sha,
            ..Notebook::default()
        };

        let not_writable = match &beside {
            None => Some("standard input has no folder".to_owned()),
            Some(p) => {
                // a symlinked sidecar is written where it leads
                let real = crate::files::resolve_links(p).unwrap_or_else(|_| p.clone());
                let dir = crate::files::folder_of(&real);
                if options.assume_folder_read_only {
                    Some(format!("{} is not writable", dir.display()))
                } else {
                    crate::files::folder_writable(&dir)
                        .err()
                        .map(|e| format!("{} is not writable: {e}", dir.display()))
                }
            }
        };
        // Away from the article, notes are kept by its path (they follow it through edits);
        // standard input has only its text.
        let away = by_path.clone().or_else(|| by_hash.clone());
        nb.target = match (&not_writable, &beside, &away) {
            (None, Some(b), _) => Some(b.clone()),
            (None, None, _) => None,
            (Some(why), _, Some(f)) => {
                if beside.is_some() {
                    nb.notices
                        .push(format!("notes are kept in {} ({why})", f.display()));
                }
                nb.article = key.as_ref().map(|(c, _)| c.display().to_string());
                Some(f.clone())
            }
            (Some(why), _, None) => {
                nb.read_only = Some(format!(
                    "{why}, and there is no data folder (HOME is unset)"
                ));
                None
            }
        };

        // Every place notes of this article may be: beside it, by its path, by its text's hash,
        // and the data-folder files of this same text kept under another path (a moved article).
        let mut sources: Vec<PathBuf> = Vec::new();
        for p in [&beside, &by_path, &by_hash].into_iter().flatten() {
            if !sources.contains(p) {
                sources.push(p.clone());
            }
        }
        if let Some(dir) = notes_dir.as_ref().map(|d| d.join("by-path")) {
            for p in same_text_elsewhere(&dir, &nb.doc_sha) {
                if !sources.contains(&p) {
                    sources.push(p);
                }
            }
        }
        let mut sidecar_reading = None;
        for path in &sources {
            match store::read(path) {
                Ok(Some(loaded)) => {
                    let side = loaded.sidecar;
                    if nb.target.as_deref() == Some(path.as_path()) || sidecar_reading.is_none() {
                        sidecar_reading = side.reading.or(sidecar_reading);
                    }
                    if nb.records.is_empty() {
                        // the first file read: nothing to merge with, nothing to copy
                        nb.records = side.notes;
                    } else {
                        merge(&mut nb.records, &side.notes);
                    }
                    nb.notices.extend(loaded.notices);
                    nb.sources.push(path.clone());
                }
                Ok(None) => {}
                // A sidecar that cannot be read is never overwritten: the notebook shows what else
                // it has, read-only, and says why. Other files of the data folder are not
                // written to, so they only cost a notice.
                Err(e) => {
                    if Some(path) == beside.as_ref() || Some(path) == nb.target.as_ref() {
                        nb.read_only = Some(e.to_string());
                    } else {
                        nb.notices.push(format!("notes not read: {e}"));
                    }
                }
            }
        }
        // The reading position: from the state folder; from a sidecar written by an earlier
        // version when there is none yet.
        let saved = nb.state.as_ref().and_then(|s| s.load().ok());
        nb.progress = saved.as_ref().and_then(|s| s.progress);
        nb.reading_chars = saved.and_then(|s| s.reading).or(sidecar_reading);
        nb.notice = (!nb.notices.is_empty()).then(|| nb.notices.join("; "));
        nb.place_pending(doc);
        Ok(nb)
    }

    /// Places the notes that have no placement yet, and rebuilds the list.
    fn place_pending(&mut self, doc: &Document) {
        let pending: Vec<&Record> = self
            .records
            .iter()
            .filter(|r| !r.deleted && !self.placed.contains_key(&r.id))
            .collect();
        let anchors: Vec<&Anchor> = pending.iter().filter_map(|r| r.anchor.as_ref()).collect();
        let ids: Vec<String> = pending
            .iter()
            .filter(|r| r.anchor.is_some())
            .map(|r| r.id.clone())
            .collect();
        let placements = anchor::place_all(doc, &anchors);
        for (id, placement) in ids.into_iter().zip(placements) {
            let chars = placement
                .range
                .as_ref()
                .map(|r| doc.char_offset(r.start)..doc.char_offset(r.end));
            self.placed.insert(id, Placed { placement, chars });
        }
        self.reading = self
            .reading_chars
            .map(|c| doc.byte_offset(c.min(doc.char_offset(doc.text.len()))));
        self.rebuild();
    }

    fn rebuild(&mut self) {
        let mut notes: Vec<PlacedNote> = self
            .records
            .iter()
            .filter(|r| !r.deleted)
            .filter_map(|r| {
                let p = self.placed.get(&r.id)?;
                Some(PlacedNote {
                    id: r.id.clone(),
                    text: r.text.clone(),
                    range: p.placement.range.clone(),
                    status: p.placement.status,
                    quote: r
                        .anchor
                        .as_ref()
                        .map_or_else(String::new, |a| a.exact.clone()),
                    created: r.created.rfc3339(),
                    updated: r.updated.rfc3339(),
                })
            })
            .collect();
        notes.sort_by(|a, b| match (&a.range, &b.range) {
            (Some(x), Some(y)) => (x.start, x.end, &a.created).cmp(&(y.start, y.end, &b.created)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => (&a.created, &a.id).cmp(&(&b.created, &b.id)),
        });
        self.notes = notes;
    }

    /// When `doc` is not the document the notebook was opened with, re-places everything in it.
    fn sync_doc(&mut self, doc: &Document) {
        let fp = fingerprint(doc);
        if fp != self.doc_fingerprint {
            self.doc_fingerprint = fp;
            self.doc_sha = sha256_hex(&doc.text);
            self.placed.clear();
        }
        self.place_pending(doc);
    }

    /// Re-reads the sidecar (notes written by other processes) and merges it in.
    pub fn reload(&mut self, doc: &Document) -> Result<(), NotesError> {
        self.sync_doc(doc);
        if let Some(target) = self.target.clone() {
            match store::read(&target) {
                Ok(Some(loaded)) => {
                    merge(&mut self.records, &loaded.sidecar.notes);
                }
                Ok(None) => {}
                Err(e @ (NotesError::Corrupt { .. } | NotesError::File(_))) => {
                    self.read_only = Some(e.to_string());
                }
                Err(e) => return Err(e),
            }
        }
        self.place_pending(doc);
        Ok(())
    }

    /// Saves under the lock: the sidecar on disk merged with what this notebook knows, then
    /// `change` applied.
    fn commit<T>(
        &mut self,
        change: impl FnOnce(&mut Vec<Record>) -> Result<T, NotesError>,
    ) -> Result<T, NotesError> {
        if let Some(why) = &self.read_only {
            return Err(NotesError::ReadOnly(why.clone()));
        }
        let Some(target) = self.target.clone() else {
            return Err(NotesError::ReadOnly(
                "there is nowhere to keep notes".into(),
            ));
        };
        if let Some(dir) = target.parent()
            && !dir.as_os_str().is_empty()
            && !dir.exists()
        {
            std::fs::create_dir_all(dir).map_err(|source| NotesError::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let wait = self.lock_wait.clone();
        let (written, out) = store::update(&target, &wait, |disk| {
            // A position an earlier version kept in the sidecar stays as it was.
            let (mut records, reading) = match disk {
                Some(loaded) => (loaded.sidecar.notes, loaded.sidecar.reading),
                None => (Vec::new(), None),
            };
            merge(&mut records, &self.records);
            let out = change(&mut records)?;
            // Notes found elsewhere in this text get their offsets updated (the passage itself and
            // its context stay as written); fuzzy and orphaned ones keep their anchor.
            for r in &mut records {
                if let (Some(a), Some(p)) = (r.anchor.as_mut(), self.placed.get(&r.id))
                    && p.placement.status == NoteStatus::Moved
                    && let Some(c) = &p.chars
                {
                    a.start = c.start;
                    a.end = c.end;
                }
            }
            records.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
            Ok((
                Sidecar {
                    sha256: Some(self.doc_sha.clone()),
                    article: self.article.clone(),
                    reading,
                    notes: records,
                },
                out,
            ))
        })?;
        self.records = written.notes;
        self.rebuild();
        Ok(out)
    }

    /// Live notes (no tombstones), placed ones sorted by start, orphaned ones last.
    pub fn notes(&self) -> &[PlacedNote] {
        &self.notes
    }

    /// The anchor a note was written with (passage, context, offsets of the time).
    pub fn stored_anchor(&self, id: &str) -> Option<&Anchor> {
        self.records
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.anchor.as_ref())
    }

    /// Adds a note on `range` (bytes) and saves; returns its id.
    pub fn add(
        &mut self,
        doc: &Document,
        range: Range<usize>,
        text: &str,
    ) -> Result<String, NotesError> {
        if let Some(why) = &self.read_only {
            return Err(NotesError::ReadOnly(why.clone()));
        }
        self.sync_doc(doc);
        if range.start >= range.end
            || range.end > doc.text.len()
            || !doc.text.is_char_boundary(range.start)
            || !doc.text.is_char_boundary(range.end)
        {
            return Err(NotesError::Range(format!(
                "bytes {}..{} are not a passage of the article",
                range.start, range.end
            )));
        }
        let anchor = anchor::anchor_of(doc, range.clone());
        let now = Stamp::now();
        let id = self.commit(|records| {
            let mut id = sidecar::new_ulid(now);
            while records.iter().any(|r| r.id == id) {
                id = sidecar::new_ulid(now);
            }
            records.push(Record {
                id: id.clone(),
                created: now,
                updated: now,
                text: text.to_owned(),
                deleted: false,
                anchor: Some(anchor.clone()),
            });
            Ok(id)
        })?;
        self.placed.insert(
            id.clone(),
            Placed {
                placement: Placement {
                    range: Some(range),
                    status: NoteStatus::Anchored,
                },
                chars: Some(anchor.start..anchor.end),
            },
        );
        self.place_pending(doc);
        Ok(id)
    }

    /// Writes a deleted note back (undo): a new note, with the anchor and text it had, placed as
    /// any stored note is (so an orphan comes back an orphan). Returns its id.
    pub fn restore(
        &mut self,
        doc: &Document,
        anchor: Anchor,
        text: &str,
    ) -> Result<String, NotesError> {
        self.sync_doc(doc);
        let now = Stamp::now();
        let id = self.commit(|records| {
            let mut id = sidecar::new_ulid(now);
            while records.iter().any(|r| r.id == id) {
                id = sidecar::new_ulid(now);
            }
            records.push(Record {
                id: id.clone(),
                created: now,
                updated: now,
                text: text.to_owned(),
                deleted: false,
                anchor: Some(anchor),
            });
            Ok(id)
        })?;
        self.place_pending(doc);
        Ok(id)
    }

    fn live_mut<'r>(records: &'r mut [Record], id: &str) -> Result<&'r mut Record, NotesError> {
        records
            .iter_mut()
            .find(|r| r.id == id && !r.deleted)
            .ok_or_else(|| NotesError::NotFound(id.to_owned()))
    }

    /// Replaces a note's text and saves.
    pub fn edit(&mut self, id: &str, text: &str) -> Result<(), NotesError> {
        self.commit(|records| {
            let r = Self::live_mut(records, id)?;
            r.text = text.to_owned();
            r.updated = Stamp::now().max(r.updated.next());
            Ok(())
        })
    }

    /// Deletes a note (leaving a tombstone, so merges never bring it back) and saves.
    pub fn delete(&mut self, id: &str) -> Result<(), NotesError> {
        self.commit(|records| {
            let r = Self::live_mut(records, id)?;
            r.deleted = true;
            r.text.clear();
            r.anchor = None;
            r.updated = Stamp::now().max(r.updated.next());
            Ok(())
        })?;
        self.placed.remove(id);
        self.rebuild();
        Ok(())
    }

    /// Where the reader was (bytes), if remembered.
    pub fn reading_offset(&self) -> Option<usize> {
        self.reading
    }

    /// Remembers where the reader is, in the state folder (never beside the article; nothing is
    /// written when it did not change, and nothing at all when there is no state folder). Works
    /// for a read-only notebook too: the position is not a note.
    pub fn set_reading_offset(&mut self, doc: &Document, byte: usize) -> Result<(), NotesError> {
        let progress = self.progress;
        self.set_reading(doc, byte, progress)
    }

    /// [`Notebook::set_reading_offset`] with how far the article was read (percent, as the
    /// reader's status line says it), which the library shows.
    pub fn set_reading(
        &mut self,
        doc: &Document,
        byte: usize,
        progress: Option<u8>,
    ) -> Result<(), NotesError> {
        self.sync_doc(doc);
        let mut byte = byte.min(doc.text.len());
        while !doc.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let chars = doc.char_offset(byte);
        if (self.reading_chars != Some(chars) || self.progress != progress)
            && let Some(state) = &self.state
        {
            let sha = self.doc_sha.clone();
            state.update(&self.lock_wait, |s| {
                s.reading = Some(chars);
                s.progress = progress;
                s.sha256 = Some(sha);
            })?;
        }
        self.reading_chars = Some(chars);
        self.reading = Some(byte);
        self.progress = progress;
        Ok(())
    }

    /// Where the reading position and per-article reader state are kept (`None` when there is no
    /// state folder). The reader may keep its own per-article state there
    /// ([`crate::state::ArticleState::ui`]).
    pub fn state_file(&self) -> Option<&crate::state::StateFile> {
        self.state.as_ref()
    }

    /// How writes wait for another writer holding the lock (default: say so after 1 s through
    /// [`LockWait::on_wait`], give up after 10 s). A reader that must stay responsive sets a
    /// short wait, or [`LockWait::no_wait`], and a cancel flag its signal handler sets.
    pub fn set_lock_wait(&mut self, wait: LockWait) {
        self.lock_wait = wait;
    }

    /// Each notice on its own (where notes are kept, what was repaired to read them, files of the
    /// data folder that could not be read).
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// Why the notebook cannot be written (corrupt sidecar, nowhere to write), if so.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// A one-line notice for the user (e.g. notes kept in the data folder, a duplicate id given a
    /// new one), if any: all [`Notebook::notices`] in one line.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The file notes are written to, if any.
    pub fn sidecar(&self) -> Option<&Path> {
        self.target.as_deref()
    }
}
