//! The help overlay (`?`): every key of every layer, from the key map itself (so it shows the
//! user's own bindings), in as many columns as fit. Scrolling keys scroll it when it does not
//! fit; any other key only closes it (`j` must not move the text hidden behind it).

use crossterm::event::{Event, KeyEventKind, MouseEventKind};
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::{Action, Mode};
use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::keymap::{BINDINGS, Keymap, OTHER_INPUT};

#[derive(Debug, Default)]
pub struct Help {
    /// First row shown, when the help does not fit the screen.
    scroll: usize,
}

/// One row of the help: keys and what they do (a heading has no keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub text: &'static str,
    pub heading: bool,
}

/// How the help is laid out in an area: its rows, split into columns that fit the width, and
/// how many rows of a column show at once.
pub struct HelpLayout {
    pub rows: Vec<HelpRow>,
    pub per_col: usize,
    /// (key width, text width) of each column.
    pub col_widths: Vec<(u16, u16)>,
    /// Rows of each column that fit on screen.
    pub visible: usize,
}

/// The help's rows: each layer's keys under its heading, then the mouse.
pub fn help_rows(keymap: &Keymap) -> Vec<HelpRow> {
    let mut rows = Vec::new();
    for mode in Mode::ALL {
        let mut first = true;
        for b in BINDINGS.iter().filter(|b| b.action.mode() == mode) {
            if first && mode != Mode::Reader {
                rows.push(HelpRow {
                    keys: String::new(),
                    text: mode.title(),
                    heading: true,
                });
            }
            first = false;
            rows.push(HelpRow {
                keys: keymap.keys_for(b.action).join(" "),
                text: b.help,
                heading: false,
            });
        }
    }
    rows.push(HelpRow {
        keys: String::new(),
        text: "mouse",
        heading: true,
    });
    rows.extend(OTHER_INPUT.iter().map(|(k, h)| HelpRow {
        keys: (*k).to_owned(),
        text: h,
        heading: false,
    }));
    rows
}

impl HelpLayout {
    pub fn new(keymap: &Keymap, area: Rect) -> HelpLayout {
        let mut rows = help_rows(keymap);
        let room = usize::from(area.width.saturating_sub(4));
        let one_col = rows.iter().map(|r| r.keys.width()).max().unwrap_or(0)
            + 2
            + rows.iter().map(|r| r.text.width()).max().unwrap_or(0);
        if one_col > room {
            // too narrow for keys and text side by side: the keys on a line, what they do
            // indented below, so nothing is cut off
            rows = rows
                .into_iter()
                .flat_map(|r| {
                    if r.heading || r.keys.is_empty() {
                        vec![r]
                    } else {
                        vec![
                            HelpRow {
                                keys: r.keys,
                                text: "",
                                heading: false,
                            },
                            HelpRow {
                                keys: String::new(),
                                text: r.text,
                                heading: false,
                            },
                        ]
                    }
                })
                .collect();
        }
        let n = rows.len().max(1);
        let max_inner_h = usize::from(area.height.saturating_sub(2).max(1));
        let widths = |cols: usize| -> (usize, Vec<(u16, u16)>) {
            let per_col = n.div_ceil(cols.max(1)).max(1);
            let w = rows
                .chunks(per_col)
                .map(|c| {
                    // a column of keys-over-text rows has no key column: text is indented by 2
                    let stacked = c.iter().any(|r| !r.heading && r.keys.is_empty());
                    let kw = if stacked {
                        0
                    } else {
                        c.iter().map(|r| r.keys.width()).max().unwrap_or(0) as u16
                    };
                    let hw = c
                        .iter()
                        .map(|r| if stacked { r.keys.width() } else { 0 }.max(r.text.width()))
                        .max()
                        .unwrap_or(0) as u16;
                    (kw, hw)
                })
                .collect();
            (per_col, w)
        };
        let total = |w: &[(u16, u16)]| {
            w.iter().map(|(k, h)| k + 2 + h).sum::<u16>() + 3 * (w.len() as u16).saturating_sub(1)
        };
        // as many columns as the height needs, fewer when they do not fit the width (the rows
        // then scroll)
        let mut cols = n.div_ceil(max_inner_h).max(1);
        let (mut per_col, mut col_widths) = widths(cols);
        while cols > 1 && total(&col_widths) > area.width.saturating_sub(4) {
            cols -= 1;
            (per_col, col_widths) = widths(cols);
        }
        HelpLayout {
            visible: per_col.min(max_inner_h),
            rows,
            per_col,
            col_widths,
        }
    }

    /// Rows hidden below when scrolled to the top.
    pub fn overflow(&self) -> usize {
        self.per_col - self.visible
    }

    fn total_width(&self) -> u16 {
        self.col_widths.iter().map(|(k, h)| k + 2 + h).sum::<u16>()
            + 3 * (self.col_widths.len() as u16).saturating_sub(1)
    }
}

impl Help {
    /// Scrolls by `n` rows; false when the help fits the screen (nothing to scroll).
    fn scroll_by(&mut self, n: isize, cx: &Context) -> bool {
        let over = HelpLayout::new(&cx.ui.keymap, cx.ui.geometry.screen).overflow();
        if over == 0 {
            return false;
        }
        self.scroll = self.scroll.min(over).saturating_add_signed(n).min(over);
        true
    }
}

impl Component for Help {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let step: isize = match cx.ui.keymap.action_for(k) {
                    Some(Action::LineDown) => 1,
                    Some(Action::LineUp) => -1,
                    Some(Action::PageDown | Action::HalfPageDown) => 8,
                    Some(Action::PageUp | Action::HalfPageUp) => -8,
                    _ => 0,
                };
                if step == 0 || !self.scroll_by(step, cx) {
                    cx.close();
                }
                EventResult::Consumed
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown => {
                    self.scroll_by(3, cx);
                    EventResult::Consumed
                }
                MouseEventKind::ScrollUp => {
                    self.scroll_by(-3, cx);
                    EventResult::Consumed
                }
                MouseEventKind::Down(_) => {
                    cx.close();
                    EventResult::Consumed
                }
                _ => EventResult::Ignored,
            },
            _ => EventResult::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let ui = cx.ui;
        let l = HelpLayout::new(&ui.keymap, area);
        let scroll = self.scroll.min(l.overflow());
        let inner_w = l.total_width().min(area.width.saturating_sub(4));
        let w = (inner_w + 4).min(area.width);
        let h = (l.visible as u16 + 2).min(area.height);
        let rect = Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        );
        Clear.render(rect, buf);
        let title = if l.overflow() == 0 {
            " hamish — keys (any key closes) ".to_owned()
        } else {
            format!(
                " keys {}–{} of {} · j/k scroll · any other key closes ",
                scroll + 1,
                scroll + l.visible,
                l.per_col
            )
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(ui.style(Scope::UiBorder))
            .style(ui.style(Scope::UiHelp))
            .title(title);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let inner = Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(2),
            inner.height,
        );
        for (i, row) in l.rows.iter().enumerate() {
            let col = i / l.per_col;
            let Some(r) = (i % l.per_col).checked_sub(scroll) else {
                continue;
            };
            if r >= usize::from(inner.height) {
                continue;
            }
            let x = inner.x
                + l.col_widths[..col]
                    .iter()
                    .map(|(k, h)| k + 2 + h + 3)
                    .sum::<u16>();
            if x >= inner.x + inner.width {
                continue;
            }
            let key_w = l.col_widths.get(col).map_or(0, |(k, _)| *k);
            let room = inner.x + inner.width - x;
            let y = inner.y + r as u16;
            if row.heading {
                buf.set_stringn(x, y, row.text, room as usize, ui.style(Scope::UiHelpKey));
                continue;
            }
            buf.set_stringn(x, y, &row.keys, room as usize, ui.style(Scope::UiHelpKey));
            let hx = x + key_w + 2;
            if hx < inner.x + inner.width {
                let room = (inner.x + inner.width - hx) as usize;
                buf.set_stringn(hx, y, row.text, room, ui.style(Scope::UiHelp));
            }
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
