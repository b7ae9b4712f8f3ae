//! Notes kept in `<article>.notes.toml` beside the article.
//!
//! CONTRACT (used by `hamish notes` and the reader): ranges are BYTE offsets into the current
//! `Document::text`; the sidecar stores code points. Every mutation is saved at once, safely.

use std::ops::Range;
use std::path::Path;

use crate::document::Document;

#[derive(Debug, thiserror::Error)]
pub enum NotesError {
    #[error("{0}")]
    Other(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteStatus {
    Anchored,
    Moved,
    Fuzzy,
    Orphaned,
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

/// The notes of one article. PLACEHOLDER body until the notes store lands.
#[derive(Debug, Default)]
pub struct Notebook {
    notes: Vec<PlacedNote>,
    reading: Option<usize>,
}

impl Notebook {
    /// Opens (or prepares) the sidecar of `article`, re-anchoring its notes in `doc`.
    pub fn open(_article: &Path, _doc: &Document) -> Result<Notebook, NotesError> {
        Ok(Notebook::default())
    }
    /// Live notes (no tombstones), placed ones sorted by start, orphaned ones last.
    pub fn notes(&self) -> &[PlacedNote] {
        &self.notes
    }
    /// Adds a note on `range` (bytes) and saves; returns its id.
    pub fn add(
        &mut self,
        _doc: &Document,
        _range: Range<usize>,
        _text: &str,
    ) -> Result<String, NotesError> {
        Err(NotesError::Other("notes are being built".into()))
    }
    pub fn edit(&mut self, _id: &str, _text: &str) -> Result<(), NotesError> {
        Err(NotesError::Other("notes are being built".into()))
    }
    pub fn delete(&mut self, _id: &str) -> Result<(), NotesError> {
        Err(NotesError::Other("notes are being built".into()))
    }
    /// Where the reader was (bytes), if remembered.
    pub fn reading_offset(&self) -> Option<usize> {
        self.reading
    }
    /// Remembers where the reader is and saves.
    pub fn set_reading_offset(&mut self, _doc: &Document, byte: usize) -> Result<(), NotesError> {
        self.reading = Some(byte);
        Ok(())
    }
    /// Why the notebook cannot be written (corrupt sidecar), if so: shown to the user.
    pub fn read_only_reason(&self) -> Option<&str> {
        None
    }
    /// A one-line notice for the user (e.g. notes kept in the data folder), if any.
    pub fn notice(&self) -> Option<&str> {
        None
    }
}
