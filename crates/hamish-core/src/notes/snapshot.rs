//! A note as stored, taken before it changes: what an open editor keeps so that its text can be
//! saved even if the note is deleted elsewhere meanwhile (written back with
//! [`Notebook::restore`] as a new note: a deleted note's tombstone always wins merges).

use super::Notebook;
use super::sidecar::Anchor;

/// A live note's id, text and anchor as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteSnapshot {
    pub id: String,
    pub text: String,
    pub anchor: Anchor,
}

impl Notebook {
    /// The live note `id` as it is stored now.
    pub fn snapshot(&self, id: &str) -> Option<NoteSnapshot> {
        let r = self.records.iter().find(|r| r.id == id && !r.deleted)?;
        Some(NoteSnapshot {
            id: r.id.clone(),
            text: r.text.clone(),
            anchor: r.anchor.clone()?,
        })
    }
}
