//! Undoing a deletion: a note's text and anchor taken before it is deleted, written back as a
//! note of its own. A deleted note's tombstone always wins merges (so another copy of the
//! sidecar never brings it back), so the restored note gets a new id.

use super::sidecar::{self, Anchor, Record, Stamp};
use super::{Notebook, NotesError};
use crate::document::Document;

/// What it takes to write a note again: its text, its anchor as stored, when it was created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteSnapshot {
    pub id: String,
    pub text: String,
    pub anchor: Anchor,
    created: Stamp,
}

impl Notebook {
    /// A live note as it is stored, to undo its deletion with [`Notebook::restore`].
    pub fn snapshot(&self, id: &str) -> Option<NoteSnapshot> {
        let r = self.records.iter().find(|r| r.id == id && !r.deleted)?;
        Some(NoteSnapshot {
            id: r.id.clone(),
            text: r.text.clone(),
            anchor: r.anchor.clone()?,
            created: r.created,
        })
    }

    /// Writes a snapshot back as a new note (new id, same text, anchor and creation time) and
    /// saves; returns the new id. The note is placed in `doc` like any other (so it may come
    /// back `moved`, `fuzzy` or `orphaned` if the article changed meanwhile).
    pub fn restore(&mut self, doc: &Document, snap: &NoteSnapshot) -> Result<String, NotesError> {
        if let Some(why) = &self.read_only {
            return Err(NotesError::ReadOnly(why.clone()));
        }
        self.sync_doc(doc);
        let now = Stamp::now();
        let id = self.commit(|records, _| {
            let mut id = sidecar::new_ulid(now);
            while records.iter().any(|r| r.id == id) {
                id = sidecar::new_ulid(now);
            }
            records.push(Record {
                id: id.clone(),
                created: snap.created,
                updated: now,
                text: snap.text.clone(),
                deleted: false,
                anchor: Some(snap.anchor.clone()),
            });
            Ok(id)
        })?;
        self.place_pending(doc);
        Ok(id)
    }
}
