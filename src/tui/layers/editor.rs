//! The note editor as a layer: a popup over everything that takes every key and paste while it
//! is open. Its command keys (save, cancel, undo …) come from the key map's editor layer.

use std::ops::Range;

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use hamish_core::notes::NoteSnapshot;
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::{Action, Mode};
use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::draw::put_text;
use crate::tui::editor::{EditorCommand, EditorOutcome, NoteEditor};
use crate::tui::keymap::Keymap;

/// What the open note editor writes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteTarget {
    /// A new note on this passage (document bytes).
    New(Range<usize>),
    /// The note with this id.
    Edit(String),
}

pub struct EditorLayer {
    pub editor: NoteEditor,
    pub target: NoteTarget,
    /// The note being edited as it was when the editor opened: its text is saved as a new note
    /// if the note is deleted elsewhere meanwhile.
    was: Option<NoteSnapshot>,
}

/// The editor's command for a key, from the key map.
fn command(keymap: &Keymap, key: &crossterm::event::KeyEvent) -> Option<EditorCommand> {
    Some(match keymap.action_in(Mode::Editor, key)? {
        Action::EditorSave => EditorCommand::Save,
        Action::EditorCancel => EditorCommand::Cancel,
        Action::EditorUndo => EditorCommand::Undo,
        Action::EditorRedo => EditorCommand::Redo,
        Action::EditorDeleteWord => EditorCommand::DeleteWordBefore,
        _ => return None,
    })
}

impl EditorLayer {
    fn open(cx: &mut Context, passage: &str, text: &str, target: NoteTarget) {
        let area = cx.ui.geometry.editor();
        let mut editor =
            NoteEditor::new(passage, text).with_layout_options(cx.reader.layout_settings().clone());
        editor.set_area(area);
        if editor.cursor_position(area).is_none() {
            // an editor that cannot show a line would take keys unseen
            cx.reader.error("the window is too small to write a note");
            return;
        }
        let was = match &target {
            NoteTarget::Edit(id) => cx.reader.note_snapshot(id),
            NoteTarget::New(_) => None,
        };
        cx.push(EditorLayer {
            editor,
            target,
            was,
        });
    }

    /// `a`: a note on the selection, or on the sentence at the caret.
    pub fn open_new(cx: &mut Context) {
        if let Some(why) = cx.reader.notes_blocked() {
            cx.reader.error(why);
            return;
        }
        let Some(range) = cx.reader.annotation_target() else {
            cx.reader.say("nothing here to write a note on");
            return;
        };
        let Some(passage) = cx.reader.text().get(range.clone()).map(str::to_owned) else {
            return;
        };
        EditorLayer::open(cx, &passage, "", NoteTarget::New(range));
    }

    /// The editor on an existing note.
    pub fn open_edit(cx: &mut Context, id: &str) {
        if let Some(why) = cx.reader.notes_blocked() {
            cx.reader.error(why);
            return;
        }
        let Some(n) = cx.reader.note_by_id(id) else {
            cx.reader.error("that note is gone");
            return;
        };
        let (passage, text) = (cx.reader.note_passage(n), n.text.clone());
        EditorLayer::open(cx, &passage, &text, NoteTarget::Edit(id.to_owned()));
    }

    /// Stores `text`; the editor stays open with it when that fails, so nothing typed is lost.
    fn save(&mut self, text: &str, cx: &mut Context) -> bool {
        let result = match (&self.target, &self.was) {
            (NoteTarget::New(r), _) => cx.reader.add_note(r.clone(), text),
            (NoteTarget::Edit(_), Some(was)) => cx.reader.save_edit(was, text),
            (NoteTarget::Edit(id), None) => cx.reader.edit_note(id, text),
        };
        match result {
            Ok(()) => true,
            Err(e) => {
                self.editor.set_message(format!("not saved: {e}"));
                false
            }
        }
    }

    /// When the reader is ending with the editor open (a signal, say) and something was typed:
    /// saves it, so a note is never lost. `None` when there was nothing to save.
    pub fn save_draft(&mut self, cx: &mut Context) -> Option<Result<(), String>> {
        let text = self.editor.text().trim_end().to_owned();
        if !self.editor.is_modified() || text.trim().is_empty() {
            return None;
        }
        Some(if self.save(&text, cx) {
            Ok(())
        } else {
            Err(self.editor.message().unwrap_or("not saved").to_owned())
        })
    }
}

impl Component for EditorLayer {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let keymap = &cx.ui.keymap;
                match self.editor.handle_key_with(*k, |k| command(keymap, k)) {
                    EditorOutcome::Continue => {}
                    EditorOutcome::Cancelled => {
                        cx.reader.say("note not saved");
                        cx.close();
                    }
                    EditorOutcome::Save(text) => {
                        if self.save(&text, cx) {
                            cx.close();
                        }
                    }
                }
            }
            Event::Paste(text) => self.editor.handle_paste(text),
            Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                let area = cx.ui.geometry.editor();
                self.editor.click(area, m.column, m.row);
            }
            _ => {}
        }
        // everything goes to the editor while it is open
        EventResult::Consumed
    }

    fn sync(&mut self, cx: &mut Context) {
        self.editor.set_area(cx.ui.geometry.editor());
    }

    fn render(&self, area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let ui = cx.ui;
        let popup = ui.geometry.editor().intersection(area);
        self.editor.draw(popup, buf, &ui.theme);
        if self.editor.cursor_position(popup).is_none() {
            // shrunk while writing: say where the keys are going
            let g = ui.geometry;
            if g.status.height > 0 {
                let st = ui.style(Scope::UiStatusError);
                buf.set_style(g.status, st);
                put_text(
                    buf,
                    (0, g.status.y),
                    g.status.width,
                    "note editor: window too small · Esc cancels",
                    st,
                    cx.reader.layout_settings(),
                );
            }
        }
    }

    fn cursor(&self, area: Rect, cx: &RenderContext) -> Option<(u16, u16)> {
        self.editor
            .cursor_position(cx.ui.geometry.editor().intersection(area))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
