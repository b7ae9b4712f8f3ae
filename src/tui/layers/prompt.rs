//! The search prompt (`/`), in the status line. Typing searches as you type (small articles);
//! Enter searches (empty: the last search again); Esc goes back to where the reader was.

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use hamish_core::reader::Command;
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};
use unicode_segmentation::UnicodeSegmentation;

use crate::tui::action::{Action, Mode};
use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::draw::{fitted_width, is_rtl_label, put_text};

#[derive(Debug, Default)]
pub struct SearchPrompt {
    text: String,
}

impl SearchPrompt {
    pub fn text(&self) -> &str {
        &self.text
    }

    fn changed(&self, cx: &mut Context) {
        cx.reader.apply(Command::PreviewSearch(self.text.clone()));
    }

    fn cancel(&mut self, cx: &mut Context) {
        cx.reader.apply(Command::CancelSearch);
        cx.close();
    }
}

impl Component for SearchPrompt {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                match cx.ui.keymap.action_in(Mode::Prompt, k) {
                    Some(Action::PromptSubmit) => {
                        let q = std::mem::take(&mut self.text);
                        cx.close();
                        cx.reader.apply(Command::SubmitSearch(q));
                    }
                    Some(Action::PromptCancel) => self.cancel(cx),
                    Some(Action::PromptBackspace) => {
                        match self.text.grapheme_indices(true).next_back() {
                            Some((i, _)) => {
                                self.text.truncate(i);
                                self.changed(cx);
                            }
                            None => self.cancel(cx),
                        }
                    }
                    Some(Action::PromptClear) => {
                        self.text.clear();
                        self.changed(cx);
                    }
                    _ => {
                        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
                        if let KeyCode::Char(c) = k.code
                            && !ctrl
                            && !c.is_control()
                        {
                            self.text.push(c);
                            self.changed(cx);
                        }
                    }
                }
                EventResult::Consumed
            }
            Event::Paste(text) => {
                // a search pasted into the prompt: one line, no control characters
                self.text.extend(
                    text.chars()
                        .map(|c| if c.is_whitespace() { ' ' } else { c })
                        .filter(|c| !c.is_control()),
                );
                self.changed(cx);
                EventResult::Consumed
            }
            // the text below still scrolls and takes clicks
            _ => EventResult::Ignored,
        }
    }

    fn render(&self, _area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let g = cx.ui.geometry;
        if g.status.height == 0 {
            return;
        }
        let o = cx.reader.layout_settings();
        let (y, w) = (g.status.y, g.status.width);
        let st = cx.ui.style(Scope::UiPrompt);
        // the status line drawn below must not show through
        Clear.render(g.status, buf);
        buf.set_style(g.status, st);
        put_text(buf, (0, y), w, "/", st, o);
        let start = if is_rtl_label(&self.text) { 2 } else { 1 };
        put_text(
            buf,
            (start, y),
            w.saturating_sub(start + 1),
            &self.text,
            st,
            o,
        );
    }

    fn cursor(&self, _area: Rect, cx: &RenderContext) -> Option<(u16, u16)> {
        let g = cx.ui.geometry;
        if g.status.height == 0 {
            return None;
        }
        let w = g.status.width;
        // an Arabic query grows to the left from just after the slash: the cursor stays there
        let x = if is_rtl_label(&self.text) {
            1
        } else {
            1 + fitted_width(&self.text, w.saturating_sub(2), cx.reader.layout_settings())
        };
        Some((x.min(w.saturating_sub(1)), g.status.y))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
