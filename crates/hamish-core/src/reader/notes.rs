//! The reader's notes: the notebook of the article, the note at the caret, writing notes,
//! undoing changes, and taking in notes written by other processes.

use std::ops::Range;

use super::{NO_NOTES, Reader};
use crate::notes::sidecar::Anchor;
use crate::notes::{NoteSnapshot, Notebook, NotesError, PlacedNote};
use crate::text::one_line;

/// How much of a note the status line shows when the caret is in its passage.
const STATUS_NOTE_CHARS: usize = 200;

#[derive(Default)]
pub(super) struct Notes {
    notebook: Option<Notebook>,
    /// Why `notebook` is `None` (said when a note key is pressed).
    off: Option<String>,
    /// Note changes made in this reader, latest last, for undo.
    undo: Vec<Undo>,
    /// The last change can be undone with the plain undo key (it was the last thing done).
    undo_offered: bool,
}

/// What undoing a note change puts back.
enum Undo {
    /// A deleted note: its anchor and text, written back as a new note.
    Deleted { anchor: Anchor, text: String },
    /// An edited note: its text before.
    Edited { id: String, text: String },
}

/// Changes undo remembers.
const UNDO_LIMIT: usize = 100;

impl Reader {
    pub fn notebook(&self) -> Option<&Notebook> {
        self.notes.notebook.as_ref()
    }

    /// The notebook for writing to it directly (the reader's own commands go through methods).
    pub fn notebook_mut(&mut self) -> Option<&mut Notebook> {
        self.notes.notebook.as_mut()
    }

    /// Gives the reader its notebook (or takes it away, saying why notes are off).
    pub fn set_notebook(&mut self, notebook: Result<Notebook, String>) {
        match notebook {
            Ok(nb) => {
                self.notes.notebook = Some(nb);
                self.notes.off = None;
            }
            Err(why) => {
                self.notes.notebook = None;
                self.notes.off = Some(why);
            }
        }
    }

    /// Why there are no notes, when there are none.
    pub fn notes_off(&self) -> &str {
        self.notes.off.as_deref().unwrap_or(NO_NOTES)
    }

    /// The notes placed in the article now (empty without a notebook).
    pub fn notes(&self) -> &[PlacedNote] {
        self.notes.notebook.as_ref().map_or(&[], |nb| nb.notes())
    }

    /// Why notes cannot be written now, if so.
    pub fn notes_blocked(&self) -> Option<String> {
        match &self.notes.notebook {
            None => Some(self.notes_off().to_owned()),
            Some(nb) => nb
                .read_only_reason()
                .map(|r| format!("notes are read-only: {r}")),
        }
    }

    /// The note whose passage holds the caret (the innermost, when passages overlap).
    pub fn caret_note(&self) -> Option<&PlacedNote> {
        let at = self.caret.caret.as_ref()?.start;
        self.notes()
            .iter()
            .filter(|n| n.range.as_ref().is_some_and(|r| r.contains(&at)))
            .max_by_key(|n| n.range.as_ref().map(|r| r.start))
    }

    /// The status line's text for the note at the caret: `✎ ` and the note's start.
    pub fn caret_note_line(&self) -> Option<String> {
        self.caret_note()
            .map(|n| format!("✎ {}", one_line(&n.text, Some(STATUS_NOTE_CHARS))))
    }

    /// The live note with this id, if the notebook has it.
    pub fn note_by_id(&self, id: &str) -> Option<&PlacedNote> {
        self.notes().iter().find(|n| n.id == id)
    }

    /// What `a` writes a note on: the selection, else the sentence at the caret.
    pub fn annotation_target(&self) -> Option<Range<usize>> {
        self.caret
            .selection
            .clone()
            .filter(|r| r.start < r.end)
            .or_else(|| self.caret_sentence())
    }

    /// The passage a note shows in the editor: its place in the article now, else its quote.
    pub fn note_passage(&self, n: &PlacedNote) -> String {
        n.range
            .as_ref()
            .and_then(|r| self.doc.text.get(r.clone()))
            .map_or_else(|| n.quote.clone(), str::to_owned)
    }

    /// Writes a new note on `range`; on success the selection is done with.
    pub fn add_note(&mut self, range: Range<usize>, text: &str) -> Result<(), String> {
        let doc = self.doc.clone();
        let nb = self
            .notes
            .notebook
            .as_mut()
            .ok_or_else(|| self.notes.off.clone().unwrap_or_else(|| NO_NOTES.into()))?;
        nb.add(&doc, range, text).map_err(|e| e.to_string())?;
        self.clear_selection();
        self.say(self.saved_in());
        Ok(())
    }

    /// Replaces the text of the note `id`.
    pub fn edit_note(&mut self, id: &str, text: &str) -> Result<(), String> {
        let before = self.note_by_id(id).map(|n| n.text.clone());
        let nb = self
            .notes
            .notebook
            .as_mut()
            .ok_or_else(|| self.notes.off.clone().unwrap_or_else(|| NO_NOTES.into()))?;
        nb.edit(id, text).map_err(|e| e.to_string())?;
        if let Some(text) = before.filter(|b| b != text) {
            self.push_undo(Undo::Edited {
                id: id.to_owned(),
                text,
            });
            self.say(format!("{} · u undoes", self.saved_in()));
        } else {
            self.say(self.saved_in());
        }
        Ok(())
    }

    /// The note `id` as stored now: what an editor opened on it keeps, so that its text can be
    /// saved even if the note is deleted elsewhere meanwhile ([`Reader::save_edit`]).
    pub fn note_snapshot(&self, id: &str) -> Option<NoteSnapshot> {
        self.notebook()?.snapshot(id)
    }

    /// Saves `text` as the new text of the note `was` was taken from. When that note was deleted
    /// elsewhere meanwhile (another reader, the command line), the text is not lost: it is
    /// written as a new note on the same passage.
    pub fn save_edit(&mut self, was: &NoteSnapshot, text: &str) -> Result<(), String> {
        let doc = self.doc.clone();
        let nb = self
            .notes
            .notebook
            .as_mut()
            .ok_or_else(|| self.notes.off.clone().unwrap_or_else(|| NO_NOTES.into()))?;
        match nb.edit(&was.id, text) {
            Ok(()) => {
                if was.text != text {
                    self.push_undo(Undo::Edited {
                        id: was.id.clone(),
                        text: was.text.clone(),
                    });
                    self.say(format!("{} · u undoes", self.saved_in()));
                } else {
                    self.say(self.saved_in());
                }
                Ok(())
            }
            Err(NotesError::NotFound(_)) => {
                nb.restore(&doc, was.anchor.clone(), text)
                    .map_err(|e| e.to_string())?;
                self.say("the note was deleted elsewhere: your text is saved as a new note");
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Takes in the notes that other processes added, edited or deleted since the last look (a
    /// cheap check of the sidecar when nothing changed), saying what changed. Returns whether
    /// anything the screen shows may have changed.
    pub fn refresh_notes(&mut self) -> bool {
        let doc = self.doc.clone();
        let Some(nb) = self.notes.notebook.as_mut() else {
            return false;
        };
        match nb.refresh(&doc) {
            Ok(changed) => match changed.message() {
                Some(m) => {
                    self.say(m);
                    true
                }
                None => false,
            },
            Err(e) => {
                self.error(format!("notes: {e}"));
                true
            }
        }
    }

    /// Deletes the note `id`, saying how it went.
    pub fn delete_note(&mut self, id: &str) {
        let kept = self.notes.notebook.as_ref().and_then(|nb| {
            let text = nb.notes().iter().find(|n| n.id == id)?.text.clone();
            Some((nb.stored_anchor(id)?.clone(), text))
        });
        let result = match self.notes.notebook.as_mut() {
            Some(nb) => nb.delete(id).map_err(|e| e.to_string()),
            None => Err(self.notes_off().to_owned()),
        };
        match result {
            Ok(()) => {
                if let Some((anchor, text)) = kept {
                    self.push_undo(Undo::Deleted { anchor, text });
                    self.say("note deleted · u undoes");
                } else {
                    self.say("note deleted");
                }
            }
            Err(e) => self.error(format!("not deleted: {e}")),
        }
    }

    fn push_undo(&mut self, u: Undo) {
        if self.notes.undo.len() == UNDO_LIMIT {
            self.notes.undo.remove(0);
        }
        self.notes.undo.push(u);
        self.notes.undo_offered = true;
    }

    /// Whether the plain undo key undoes now: a note change was the last thing done.
    pub fn undo_offered(&self) -> bool {
        self.notes.undo_offered && !self.notes.undo.is_empty()
    }

    /// Anything but an undo ends the offer (the key goes back to its usual meaning).
    pub(super) fn withdraw_undo_offer(&mut self) {
        self.notes.undo_offered = false;
    }

    /// Undoes the last note change made in this reader (a delete or an edit).
    pub(super) fn undo_note_change(&mut self) {
        let Some(u) = self.notes.undo.pop() else {
            self.say("nothing to undo");
            return;
        };
        let doc = self.doc.clone();
        let Some(nb) = self.notes.notebook.as_mut() else {
            let why = self.notes_off().to_owned();
            self.error(why);
            return;
        };
        let result = match &u {
            Undo::Deleted { anchor, text } => nb
                .restore(&doc, anchor.clone(), text)
                .map(|_| "note restored"),
            Undo::Edited { id, text } => nb.edit(id, text).map(|()| "edit undone"),
        };
        match result {
            Ok(what) => {
                let more = self.notes.undo.len();
                self.notes.undo_offered = more > 0;
                if more > 0 {
                    self.say(format!("{what} · u undoes {more} more"));
                } else {
                    self.say(what);
                }
            }
            Err(e) => {
                // kept, to try again
                self.notes.undo.push(u);
                self.error(format!("could not undo: {e}"));
            }
        }
    }

    fn saved_in(&self) -> String {
        let file = self
            .notebook()
            .and_then(|nb| nb.sidecar())
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        format!("note saved in {file}")
    }

    /// `}` / `{`: the caret to the next or previous annotated passage.
    pub(super) fn note_step(&mut self, forward: bool) {
        if self.notes.notebook.is_none() {
            let why = self.notes_off().to_owned();
            self.error(why);
            return;
        }
        let starts: Vec<usize> = self
            .notes()
            .iter()
            .filter_map(|n| n.range.as_ref().map(|r| r.start))
            .collect();
        if starts.is_empty() {
            self.say("no notes yet: press a to write one");
            return;
        }
        let at = self.here();
        let here = self.caret();
        // a note whose first word is the caret's word would not move it: skip those
        let moves = |s: &&usize| self.word_at_or_after(**s).as_ref() != here.as_ref();
        let found = if forward {
            starts.iter().filter(|&&s| s >= at).find(moves)
        } else {
            starts.iter().rev().filter(|&&s| s < at).find(moves)
        };
        match found.copied() {
            Some(s) => self.set_caret_at(s),
            None => self.say(if forward {
                "no more notes below"
            } else {
                "no more notes above"
            }),
        }
    }
}
