//! Selecting, copying and the notes: the reader's side of issue 5. The state lives in
//! [`App`] (`selection`, `select_from`, `drag_from`, `editing`, `confirm`, `clipboard`,
//! `notebook`); these are the methods `update` calls.

use std::ops::Range;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;

use super::action::Action;
use super::app::{App, Confirm, NoteEditing, NoteTarget};
use super::clipboard::osc52;
use super::editor::{EditorOutcome, NoteEditor};
use super::panel::{ListPanel, PanelKind, one_line};
use crate::notes::PlacedNote;

/// How much of a note the status line shows when the caret is in its passage.
const STATUS_NOTE_CHARS: usize = 200;

impl App {
    // ----- selection and clipboard -----------------------------------------------------------

    /// `v`: start selecting at the caret's word; pressed again, stop extending (the selection
    /// stays for `y` or `a`; Esc clears it).
    pub fn toggle_selecting(&mut self) {
        self.dirty = true;
        if self.select_from.take().is_some() {
            self.say("selection kept: y copies, a writes a note, Esc clears");
            return;
        }
        match self.caret.clone() {
            Some(c) => {
                self.selection = Some(c.clone());
                self.select_from = Some(c);
                self.say("selecting: move the caret (← → ( ) …), then y to copy or a for a note");
            }
            None => self.say("no caret to select from"),
        }
    }

    /// The mouse dragged to a screen position: select from where the button went down to the
    /// character under the pointer (both included).
    pub fn drag_to(&mut self, col: u16, row: u16) {
        let (Some(from), Some(to)) = (self.drag_from, self.hit_test_nearest(col, row)) else {
            return;
        };
        self.select_from = None;
        let (a, b) = (from.min(to), from.max(to));
        let end = b + self
            .doc
            .text
            .get(b..)
            .unwrap_or("")
            .graphemes(true)
            .next()
            .map_or(0, str::len);
        self.selection = Some(a..end);
        if let Some(w) = self.word_at_or_after(to).filter(|w| w.start <= to) {
            self.caret = Some(w);
        }
        self.dirty = true;
    }

    /// The sentence holding document offset `at` (trimmed of surrounding spaces).
    pub fn sentence_at(&self, at: usize) -> Option<Range<usize>> {
        let b = self.block_at(at);
        let blk = self.blocks.get(b)?;
        let text = self.doc.text.get(blk.range.clone())?;
        let rel = at.checked_sub(blk.range.start)?;
        let (i, s) = text
            .split_sentence_bound_indices()
            .find(|(i, s)| rel >= *i && rel < i + s.len())
            .or_else(|| text.split_sentence_bound_indices().last())?;
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        (!trimmed.is_empty()).then(|| {
            let start = blk.range.start + i + lead;
            start..start + trimmed.len()
        })
    }

    /// The sentence at the caret.
    pub fn caret_sentence(&self) -> Option<Range<usize>> {
        self.sentence_at(self.caret.as_ref()?.start)
    }

    /// `y`: the selection (or the caret's sentence) to the clipboard, in logical order.
    pub fn copy(&mut self) {
        let (range, what) = match self.selection.clone().filter(|r| r.start < r.end) {
            Some(r) => (r, "selection"),
            None => match self.caret_sentence() {
                Some(r) => (r, "sentence"),
                None => {
                    self.say("nothing to copy: select with v or drag with the mouse");
                    return;
                }
            },
        };
        let Some(text) = self.doc.text.get(range).map(str::to_owned) else {
            return;
        };
        let chars = text.chars().count();
        let result = match self.clipboard.as_mut() {
            Some(w) => w(&osc52(&text)),
            None => Err(std::io::Error::other("no terminal to send it to")),
        };
        match result {
            Ok(()) => {
                self.selection = None;
                self.select_from = None;
                self.say(format!(
                    "copied the {what} ({chars} characters) to the clipboard (OSC 52)"
                ));
            }
            Err(e) => self.error(format!("could not copy: {e}")),
        }
    }

    // ----- notes ---------------------------------------------------------------------------

    /// The note whose passage holds the caret (the innermost, when passages overlap).
    pub fn caret_note(&self) -> Option<&PlacedNote> {
        let at = self.caret.as_ref()?.start;
        self.notebook
            .as_ref()?
            .notes()
            .iter()
            .filter(|n| n.range.as_ref().is_some_and(|r| r.contains(&at)))
            .max_by_key(|n| n.range.as_ref().map(|r| r.start))
    }

    /// The status line's text for the note at the caret: `✎ ` and the note's start.
    pub fn caret_note_line(&self) -> Option<String> {
        self.caret_note()
            .map(|n| format!("✎ {}", one_line(&n.text, STATUS_NOTE_CHARS)))
    }

    /// Why notes cannot be written now, if so.
    fn notes_blocked(&self) -> Option<String> {
        match &self.notebook {
            None => Some(self.notes_off.clone()),
            Some(nb) => nb
                .read_only_reason()
                .map(|r| format!("notes are read-only: {r}")),
        }
    }

    /// The popup the note editor is drawn in: centred, at most 66×14.
    pub fn editor_area(&self) -> Rect {
        let s = self.geometry().screen;
        let w = s.width.saturating_sub(4).min(66).max(s.width.min(24));
        let h = s.height.saturating_sub(2).min(14).max(s.height.min(6));
        Rect::new(s.x + (s.width - w) / 2, s.y + (s.height - h) / 2, w, h)
    }

    fn open_editor(&mut self, passage: &str, text: &str, target: NoteTarget) {
        let mut editor =
            NoteEditor::new(passage, text).with_layout_options(self.settings.layout.clone());
        let area = self.editor_area();
        editor.set_area(area);
        if editor.cursor_position(area).is_none() {
            // an editor that cannot show a line would take keys unseen
            self.error("the window is too small to write a note".to_owned());
            return;
        }
        self.help = false;
        self.editing = Some(NoteEditing { editor, target });
        self.dirty = true;
    }

    /// `a`: a note on the selection, or on the sentence at the caret.
    pub fn annotate(&mut self) {
        if let Some(why) = self.notes_blocked() {
            self.error(why);
            return;
        }
        let range = match self.selection.clone().filter(|r| r.start < r.end) {
            Some(r) => r,
            None => match self.caret_sentence() {
                Some(r) => r,
                None => {
                    self.say("nothing here to write a note on");
                    return;
                }
            },
        };
        self.select_from = None;
        let Some(passage) = self.doc.text.get(range.clone()).map(str::to_owned) else {
            return;
        };
        self.open_editor(&passage, "", NoteTarget::New(range));
    }

    /// The live note with this id, if the notebook has it.
    fn note_by_id(&self, id: &str) -> Option<&PlacedNote> {
        self.notebook
            .as_ref()
            .and_then(|nb| nb.notes().iter().find(|n| n.id == id))
    }

    /// Opens the editor on an existing note.
    pub fn edit_note(&mut self, id: &str) {
        if let Some(why) = self.notes_blocked() {
            self.error(why);
            return;
        }
        let Some(n) = self.note_by_id(id) else {
            self.error("that note is gone");
            return;
        };
        let passage = match &n.range {
            Some(r) => self
                .doc
                .text
                .get(r.clone())
                .map_or_else(|| n.quote.clone(), str::to_owned),
            None => n.quote.clone(),
        };
        let text = n.text.clone();
        self.open_editor(&passage, &text, NoteTarget::Edit(id.to_owned()));
    }

    /// Every key goes to the editor while it is open.
    pub(super) fn editor_key(&mut self, k: &KeyEvent) {
        let Some(ed) = self.editing.as_mut() else {
            return;
        };
        self.dirty = true;
        match ed.editor.handle_key(*k) {
            EditorOutcome::Continue => {}
            EditorOutcome::Cancelled => {
                self.editing = None;
                self.say("note not saved");
            }
            EditorOutcome::Save(text) => self.save_note(&text),
        }
    }

    fn save_note(&mut self, text: &str) {
        let doc = self.doc.clone();
        let Some(ed) = self.editing.as_ref() else {
            return;
        };
        let target = ed.target.clone();
        let result = match self.notebook.as_mut() {
            None => Err(self.notes_off.clone()),
            Some(nb) => match &target {
                NoteTarget::New(r) => nb.add(&doc, r.clone(), text).map(|_| ()),
                NoteTarget::Edit(id) => nb.edit(id, text),
            }
            .map_err(|e| e.to_string()),
        };
        match result {
            Ok(()) => {
                self.editing = None;
                if matches!(target, NoteTarget::New(_)) {
                    self.selection = None;
                    self.select_from = None;
                }
                self.refresh_notes_panel();
                let file = self
                    .notebook
                    .as_ref()
                    .and_then(|nb| nb.sidecar())
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.say(format!("note saved in {file}"));
            }
            // the editor stays open with the text, so nothing typed is lost
            Err(e) => {
                if let Some(ed) = self.editing.as_mut() {
                    ed.editor.set_message(format!("not saved: {e}"));
                }
            }
        }
    }

    /// When the reader is ending with the note editor open (a signal, say) and something was
    /// typed: saves it, so a note is never lost. `None` when there was nothing to save.
    pub fn save_draft(&mut self) -> Option<Result<(), String>> {
        let ed = self.editing.as_ref()?;
        let text = ed.editor.text().trim_end().to_owned();
        if !ed.editor.is_modified() || text.trim().is_empty() {
            return None;
        }
        self.save_note(&text);
        Some(match self.editing.as_ref() {
            None => Ok(()),
            Some(ed) => Err(ed.editor.message().unwrap_or("not saved").to_owned()),
        })
    }

    /// Asks (in the status line) whether to delete a note.
    pub fn ask_delete(&mut self, id: &str) {
        if let Some(why) = self.notes_blocked() {
            self.error(why);
            return;
        }
        let Some(n) = self.note_by_id(id) else {
            return;
        };
        let msg = format!("delete the note “{}”? y/n", one_line(&n.text, 40));
        self.confirm = Some(Confirm::DeleteNote(id.to_owned()));
        self.say(msg);
    }

    /// The key after a y/n question.
    pub(super) fn answer(&mut self, q: Confirm, k: &KeyEvent) {
        self.message = None;
        self.dirty = true;
        let yes = matches!(k.code, KeyCode::Char('y' | 'Y' | 'غ'))
            && !k.modifiers.contains(KeyModifiers::CONTROL);
        match q {
            Confirm::DeleteNote(id) if yes => {
                let result = match self.notebook.as_mut() {
                    Some(nb) => nb.delete(&id).map_err(|e| e.to_string()),
                    None => Err(self.notes_off.clone()),
                };
                self.refresh_notes_panel();
                match result {
                    Ok(()) => self.say("note deleted"),
                    Err(e) => self.error(format!("not deleted: {e}")),
                }
            }
            Confirm::DeleteNote(_) => self.say("note kept"),
        }
    }

    /// `m`: the notes panel (or close it).
    pub fn toggle_notes_panel(&mut self) {
        self.dirty = true;
        if self
            .panel
            .take()
            .is_some_and(|p| p.kind == PanelKind::Notes)
        {
            return;
        }
        let Some(nb) = &self.notebook else {
            let why = self.notes_off.clone();
            self.error(why);
            return;
        };
        let mut p = ListPanel::notes(nb.notes(), &self.doc.text);
        // start on the note at (or after) the caret
        let at = self.caret.as_ref().map_or(self.anchor, |c| c.start);
        if let Some(i) = p
            .items
            .iter()
            .position(|it| it.note.is_some() && it.targets.first().is_some_and(|&t| t >= at))
        {
            p.selected = i;
        }
        if let Some(c) = self.caret_note().map(|n| n.id.clone())
            && let Some(i) = p.items.iter().position(|it| it.note.as_ref() == Some(&c))
        {
            p.selected = i;
        }
        self.panel = Some(p);
    }

    /// Rebuilds an open notes panel after a change, keeping the selection where it was.
    fn refresh_notes_panel(&mut self) {
        let Some(old) = self.panel.as_ref().filter(|p| p.kind == PanelKind::Notes) else {
            return;
        };
        let (sel_id, sel_i) = (old.selected_note().map(str::to_owned), old.selected);
        let Some(nb) = &self.notebook else { return };
        let mut p = ListPanel::notes(nb.notes(), &self.doc.text);
        p.selected = sel_id
            .and_then(|id| {
                p.items
                    .iter()
                    .position(|it| it.note.as_deref() == Some(&id))
            })
            .unwrap_or(sel_i.min(p.items.len().saturating_sub(1)));
        p.step(0);
        self.panel = Some(p);
    }

    /// Keys only the notes panel has: Enter goes to the note, E edits it, d deletes it.
    /// Returns whether the key was used.
    pub(super) fn notes_panel_key(&mut self, k: &KeyEvent, action: Option<Action>) -> bool {
        let Some(p) = &self.panel else { return false };
        let id = p.selected_note().map(str::to_owned);
        let target = p
            .items
            .get(p.selected)
            .and_then(|it| it.targets.first().copied());
        let plain = !k
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let edit = (plain && k.code == KeyCode::Char('E')) || action == Some(Action::NoteEdit);
        let delete = (plain && matches!(k.code, KeyCode::Char('d' | 'D') | KeyCode::Delete))
            || action == Some(Action::NoteDelete);
        if k.code == KeyCode::Enter {
            match (id.as_ref(), target) {
                (Some(_), Some(t)) => {
                    self.panel = None;
                    self.set_caret_at(t);
                }
                (Some(_), None) => self
                    .error("this note's passage is no longer in the article (E edits, d deletes)"),
                _ => {}
            }
            return true;
        }
        if edit || delete {
            if let Some(id) = id {
                if edit {
                    self.edit_note(&id);
                } else {
                    self.ask_delete(&id);
                }
            }
            return true;
        }
        false
    }

    /// `}` / `{`: the caret to the next / previous annotated passage.
    pub fn note_step(&mut self, forward: bool) {
        let Some(nb) = &self.notebook else {
            let why = self.notes_off.clone();
            self.error(why);
            return;
        };
        let starts: Vec<usize> = nb
            .notes()
            .iter()
            .filter_map(|n| n.range.as_ref().map(|r| r.start))
            .collect();
        if starts.is_empty() {
            self.say("no notes yet: press a to write one");
            return;
        }
        let at = self.caret.as_ref().map_or(self.anchor, |c| c.start);
        let here = self.caret.clone();
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
