//! A y/n question in the status line; the next key answers it (the key map's `confirm.yes`,
//! anything else is no).

use crossterm::event::{Event, KeyEventKind};
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::{Action, Mode};
use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::draw::put_text;

/// What a yes does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    DeleteNote(String),
}

#[derive(Debug)]
pub struct Confirm {
    pub question: Question,
    text: String,
}

impl Confirm {
    /// Asks whether to delete a note.
    pub fn delete_note(cx: &mut Context, id: &str) {
        if let Some(why) = cx.reader.notes_blocked() {
            cx.reader.error(why);
            return;
        }
        let Some(n) = cx.reader.note_by_id(id) else {
            return;
        };
        let text = format!(
            "delete the note “{}”? y/n",
            hamish_core::text::one_line(&n.text, Some(40))
        );
        cx.push(Confirm {
            question: Question::DeleteNote(id.to_owned()),
            text,
        });
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}

impl Component for Confirm {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        let Event::Key(k) = event else {
            return EventResult::Ignored;
        };
        if k.kind == KeyEventKind::Release {
            return EventResult::Ignored;
        }
        cx.reader.clear_message();
        let yes = cx.ui.keymap.action_in(Mode::Confirm, k) == Some(Action::ConfirmYes);
        match &self.question {
            Question::DeleteNote(id) if yes => cx.reader.delete_note(id),
            Question::DeleteNote(_) => cx.reader.say("note kept"),
        }
        cx.close();
        EventResult::Consumed
    }

    fn render(&self, _area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let g = cx.ui.geometry;
        if g.status.height == 0 {
            return;
        }
        let st = cx.ui.style(Scope::UiStatus);
        buf.set_style(g.status, st);
        put_text(
            buf,
            (1, g.status.y),
            g.status.width.saturating_sub(2),
            &self.text,
            cx.ui.style(Scope::UiStatusMessage),
            cx.reader.layout_settings(),
        );
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
