//! Notes kept in `<article>.notes.toml` beside the article.
//!
//! CONTRACT (used by `hamish notes` and the reader): ranges are BYTE offsets into the current
//! `Document::text`; the sidecar stores code points. Every mutation is saved at once, safely.
//!
//! - [`sidecar`]: the file format (schema 1), parsed with `file:line` errors and written by hand.
//! - [`anchor`]: placing notes in the article as it is now (re-anchoring).
//! - [`store`]: lock, re-read and merge, temporary file, fsync, `.bak`, rename, fsync the folder.
//! - [`export`]: JSON, Markdown and W3C Web Annotation listings.
//!
//! Where notes live: beside the article when its folder is writable; otherwise (or for standard
//! input) in `paths::data_dir()/notes/<sha256 of the text>.notes.toml`, with a [`Notebook::notice`].
//! A sidecar that does not parse makes the notebook read-only ([`Notebook::read_only_reason`]) and
//! is never overwritten.

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
    /// Where writes go (`None`: nowhere possible).
    target: Option<PathBuf>,
    /// Every file notes were read from.
    sources: Vec<PathBuf>,
    read_only: Option<String>,
    notice: Option<String>,
    doc_sha: String,
    doc_fingerprint: (usize, [u8; 32]),
    /// The sidecars as last read by [`Notebook::refresh`] (`None`: not yet).
    seen: Option<Vec<live::Seen>>,
}

fn sha256_hex(text: &str) -> String {
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
fn merge(ours: &mut Vec<Record>, theirs: &[Record]) {
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
        let fallback = data_dir.map(|d| d.join("notes").join(format!("{doc_sha}.notes.toml")));
        let beside = sidecar_path(article);
        let mut nb = Notebook {
            doc_fingerprint: fingerprint(doc),
            doc_sha,
            ..Notebook::default()
        };

        let not_writable = match &beside {
            None => Some("standard input has no folder".to_owned()),
            Some(p) => {
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
                    _ => PathBuf::from("."),
                };
                if options.assume_folder_read_only {
                    Some(format!("{} is not writable", dir.display()))
                } else {
                    store::probe_writable(&dir)
                        .err()
                        .map(|e| format!("{} is not writable: {e}", dir.display()))
                }
            }
        };
        nb.target = match (&not_writable, &beside, &fallback) {
            (None, Some(b), _) => Some(b.clone()),
            (None, None, _) => None,
            (Some(why), _, Some(f)) => {
                if beside.is_some() {
                    nb.notice = Some(format!("notes are kept in {} ({why})", f.display()));
                }
                Some(f.clone())
            }
            (Some(why), _, None) => {
                nb.read_only = Some(format!(
                    "{why}, and there is no data folder (HOME is unset)"
                ));
                None
            }
        };

        for path in beside.iter().chain(fallback.iter()) {
            match store::read(path) {
                Ok(Some(side)) => {
                    if nb.target.as_deref() == Some(path.as_path()) || nb.reading_chars.is_none() {
                        nb.reading_chars = side.reading.or(nb.reading_chars);
                    }
                    merge(&mut nb.records, &side.notes);
                    nb.sources.push(path.clone());
                }
                Ok(None) => {}
                // A sidecar that does not parse (or cannot be read) is never overwritten: the
                // notebook shows what else it has, read-only, and says why.
                Err(e) => nb.read_only = Some(e.to_string()),
            }
        }
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
                Ok(Some(side)) => {
                    merge(&mut self.records, &side.notes);
                    if side.reading.is_some() {
                        self.reading_chars = side.reading;
                    }
                }
                Ok(None) => {}
                Err(e @ NotesError::Corrupt { .. }) => self.read_only = Some(e.to_string()),
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
        change: impl FnOnce(&mut Vec<Record>, &mut Option<usize>) -> Result<T, NotesError>,
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
        let mut written: Option<(Vec<Record>, Option<usize>)> = None;
        let out = store::update(&target, |disk| {
            let (mut records, mut reading) = match disk {
                Some(side) => (side.notes, side.reading.or(self.reading_chars)),
                None => (Vec::new(), self.reading_chars),
            };
            merge(&mut records, &self.records);
            let out = change(&mut records, &mut reading)?;
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
            written = Some((records.clone(), reading));
            Ok((
                Sidecar {
                    sha256: Some(self.doc_sha.clone()),
                    reading,
                    notes: records,
                },
                out,
            ))
        })?;
        if let Some((records, reading)) = written {
            self.records = records;
            self.reading_chars = reading;
        }
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
        let id = self.commit(|records, _| {
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
        let id = self.commit(|records, _| {
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
        self.commit(|records, _| {
            let r = Self::live_mut(records, id)?;
            r.text = text.to_owned();
            r.updated = Stamp::now().max(Stamp(r.updated.0 + 1));
            Ok(())
        })
    }

    /// Deletes a note (leaving a tombstone, so merges never bring it back) and saves.
    pub fn delete(&mut self, id: &str) -> Result<(), NotesError> {
        self.commit(|records, _| {
            let r = Self::live_mut(records, id)?;
            r.deleted = true;
            r.text.clear();
            r.anchor = None;
            r.updated = Stamp::now().max(Stamp(r.updated.0 + 1));
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

    /// Remembers where the reader is and saves (nothing is written when it did not change).
    pub fn set_reading_offset(&mut self, doc: &Document, byte: usize) -> Result<(), NotesError> {
        self.sync_doc(doc);
        let mut byte = byte.min(doc.text.len());
        while !doc.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let chars = doc.char_offset(byte);
        if self.reading_chars == Some(chars) {
            self.reading = Some(byte);
            return Ok(());
        }
        self.commit(|_, reading| {
            *reading = Some(chars);
            Ok(())
        })?;
        self.reading = Some(byte);
        Ok(())
    }

    /// Why the notebook cannot be written (corrupt sidecar, nowhere to write), if so.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// A one-line notice for the user (e.g. notes kept in the data folder), if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The file notes are written to, if any.
    pub fn sidecar(&self) -> Option<&Path> {
        self.target.as_deref()
    }
}
