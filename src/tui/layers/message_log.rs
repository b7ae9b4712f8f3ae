//! The message log (`M`, `:messages`): every notice and error of the session, in full (the
//! status line cuts long ones), newest at the bottom. Scrolling keys scroll it; any other key
//! closes it.

use crossterm::event::{Event, KeyEventKind, MouseEventKind};
use hamish_core::layout::{LayoutOptions, lay_out};
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::action::Action;
use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::draw::draw_cells;

#[derive(Debug, Default)]
pub struct MessageLog {
    /// Rows scrolled up from the bottom (the newest messages).
    up: usize,
}

/// The popup's rectangle on `screen`.
fn frame(screen: Rect, status_h: u16) -> Rect {
    let w = screen
        .width
        .saturating_sub(4)
        .min(100)
        .max(screen.width.min(20));
    let h = screen
        .height
        .saturating_sub(status_h + 2)
        .max(screen.height.min(3));
    Rect::new(
        screen.x + (screen.width - w) / 2,
        screen.y + 1.min(screen.height),
        w,
        h,
    )
}

impl Component for MessageLog {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        let step: isize = match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => match cx.ui.keymap.action_for(k) {
                Some(Action::LineUp) => 1,
                Some(Action::LineDown) => -1,
                Some(Action::PageUp | Action::HalfPageUp) => 8,
                Some(Action::PageDown | Action::HalfPageDown) => -8,
                _ => 0,
            },
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollUp => 3,
                MouseEventKind::ScrollDown => -3,
                MouseEventKind::Down(_) => 0,
                _ => return EventResult::Ignored,
            },
            _ => return EventResult::Ignored,
        };
        if step == 0 {
            cx.close();
        } else {
            self.up = self.up.saturating_add_signed(step);
        }
        EventResult::Consumed
    }

    fn render(&self, area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let ui = cx.ui;
        let rect = frame(area, ui.geometry.status.height);
        Clear.render(rect, buf);
        let log = cx.reader.messages().log();
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(ui.style(Scope::UiBorder))
            .style(ui.style(Scope::UiHelp))
            .title(format!(
                " {} message{} · j/k scroll · any other key closes ",
                log.len(),
                if log.len() == 1 { "" } else { "s" }
            ));
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.width < 3 || inner.height == 0 {
            return;
        }
        let text_area = Rect::new(inner.x + 1, inner.y, inner.width - 2, inner.height);
        let opts = LayoutOptions {
            width: usize::from(text_area.width),
            direction: hamish_core::layout::Direction::Auto,
            ..cx.reader.layout_settings().clone()
        };
        // every message wrapped in full, each laid out in its own direction
        let mut rows = Vec::new();
        for m in log {
            let style = ui.style(if m.error {
                Scope::UiStatusError
            } else {
                Scope::UiHelp
            });
            for line in lay_out(&m.text, &opts) {
                rows.push((line, style));
            }
        }
        if rows.is_empty() {
            buf.set_stringn(
                text_area.x,
                text_area.y,
                "no messages yet",
                usize::from(text_area.width),
                ui.style(Scope::UiHelp),
            );
            return;
        }
        let h = usize::from(text_area.height);
        let up = self.up.min(rows.len().saturating_sub(h));
        let end = rows.len() - up;
        let start = end.saturating_sub(h);
        for (i, (line, style)) in rows[start..end].iter().enumerate() {
            draw_cells(buf, text_area, text_area.y + i as u16, line, |_| *style);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
