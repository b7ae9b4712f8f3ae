//! The status line: the article's name, or a message, or what is under the caret (a note, the
//! speaker of a quotation) on the left; the search count, the position and the help key on the
//! right. It takes no input.

use crossterm::event::Event;
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::draw::put_text;

#[derive(Debug, Default)]
pub struct StatusLine;

impl Component for StatusLine {
    fn handle_event(&mut self, _event: &Event, _cx: &mut Context) -> EventResult {
        EventResult::Ignored
    }

    fn render(&self, _area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let (reader, ui) = (cx.reader, cx.ui);
        let g = ui.geometry;
        if g.status.height == 0 {
            return;
        }
        let o = reader.layout_settings();
        let y = g.status.y;
        let w = g.status.width;
        let st = ui.style(Scope::UiStatus);
        let key = ui.style(Scope::UiStatusKey);
        buf.set_style(g.status, st);
        // right side, built from the right edge leftwards
        let mut right: Vec<(String, Style)> = Vec::new();
        if !ui.pending_keys.is_empty() {
            // a count typed, waiting for its command
            right.push((format!("{}  ", ui.pending_keys), key));
        }
        let search = reader.search();
        if !search.hits.is_empty() {
            let k = search.current.map_or(0, |i| i + 1);
            right.push((format!("{k} of {}  ", search.hits.len()), st));
        }
        let (file, files) = ui.file_position;
        if files > 1 {
            right.push((format!("file {file}/{files}  "), st));
        }
        let (para, paras) = reader.paragraph_position();
        right.push((format!("¶ {para}/{paras}  {:>3}%  ", reader.percent()), st));
        right.push(("?".into(), key));
        right.push((" help ".into(), st));
        let right_w: usize = right.iter().map(|(s, _)| s.width()).sum();
        let mut rx = (w as usize).saturating_sub(right_w) as u16;
        let right_start = rx;
        for (s, style) in &right {
            // Advance by the string's own width: the layout gives trailing spaces no columns.
            put_text(buf, (rx, y), w.saturating_sub(rx), s, *style, o);
            rx = rx.saturating_add(s.width() as u16);
        }
        // left side: file name, then a message or what is under the caret
        let avail = right_start.saturating_sub(1);
        let message = reader.messages().current();
        // a message takes the place of the file name, so that errors are read whole
        let mut x = 1;
        if message.is_none() {
            x = put_text(buf, (1, y), avail.saturating_sub(1), reader.name(), st, o) + 2;
        }
        let (msg, mst) = match message {
            Some(m) => (
                m.text.clone(),
                ui.style(if m.error {
                    Scope::UiStatusError
                } else {
                    Scope::UiStatusMessage
                }),
            ),
            None => match reader.caret_note_line() {
                Some(n) => (n, ui.style(Scope::UiStatusMessage)),
                None => match reader.caret_entity_line() {
                    Some(e) => (e, ui.style(Scope::UiStatusMessage)),
                    None => match reader.caret_quote().and_then(|q| q.speaker.clone()) {
                        Some(sp) => (format!("speaker: {sp}"), ui.style(Scope::UiStatusMessage)),
                        None => (String::new(), st),
                    },
                },
            },
        };
        if !msg.is_empty() && x < avail {
            put_text(buf, (x, y), avail - x, &msg, mst, o);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
