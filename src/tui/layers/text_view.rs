//! The bottom layer: the article's text column. It takes the reading keys (through the key map,
//! as reader commands) and the mouse over the text, and draws the visible lines with every
//! highlight from the core's one highlight path.

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use hamish_core::analysis::Kind;
use hamish_core::reader::Command;
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::confirm::Confirm;
use super::editor::EditorLayer;
use super::help::Help;
use super::list_panel::ListPanel;
use super::prompt::SearchPrompt;
use crate::tui::action::Action;
use crate::tui::clipboard::osc52;
use crate::tui::component::{Component, Context, EventResult, RenderContext, Request};
use crate::tui::draw::{NOTE_MARKER, draw_cells, put_symbol};

/// Rows the mouse wheel scrolls.
pub const WHEEL_ROWS: isize = 3;

#[derive(Debug, Default)]
pub struct TextView;

impl TextView {
    fn key(&mut self, k: &KeyEvent, cx: &mut Context) -> EventResult {
        cx.reader.clear_message();
        let Some(action) = cx.ui.keymap.action_for(k) else {
            return EventResult::Consumed;
        };
        let command = match action {
            Action::LineDown => Command::Lines(1),
            Action::LineUp => Command::Lines(-1),
            Action::PageDown => Command::Pages(1),
            Action::PageUp => Command::Pages(-1),
            Action::HalfPageDown => Command::HalfPages(1),
            Action::HalfPageUp => Command::HalfPages(-1),
            Action::Top => Command::Top,
            Action::Bottom => Command::Bottom,
            Action::WordLeft => Command::WordLeft,
            Action::WordRight => Command::WordRight,
            Action::SentenceNext => Command::SentenceNext,
            Action::SentencePrev => Command::SentencePrev,
            Action::SearchNext => Command::SearchNext,
            Action::SearchPrev => Command::SearchPrev,
            Action::EntityNext => Command::EntityNext,
            Action::EntityPrev => Command::EntityPrev,
            Action::MentionNext => Command::MentionNext,
            Action::TogglePersons => Command::Toggle(Kind::Person),
            Action::TogglePlaces => Command::Toggle(Kind::Place),
            Action::ToggleOrganizations => Command::Toggle(Kind::Organization),
            Action::ToggleQuotes => Command::Toggle(Kind::Quote),
            Action::SelectStart => Command::SelectToggle,
            Action::NoteNext => Command::NoteNext,
            Action::NotePrev => Command::NotePrev,
            Action::NoteUndo => Command::UndoNote,
            Action::Escape => Command::Escape,
            other => {
                self.act(other, cx);
                return EventResult::Consumed;
            }
        };
        cx.reader.apply(command);
        EventResult::Consumed
    }

    /// The actions that open a layer or reach outside the reader.
    fn act(&mut self, action: Action, cx: &mut Context) {
        match action {
            Action::Quit => cx.request(Request::Quit),
            Action::Help => cx.push(Help::default()),
            Action::SearchStart => {
                cx.reader.apply(Command::BeginSearch);
                cx.push(SearchPrompt::default());
            }
            Action::CycleTheme => cycle_theme(cx),
            Action::EntityPanel => {
                let mut p = ListPanel::entities(cx.reader);
                p.select_label(cx.ui.last_entity.as_deref());
                cx.push(p);
            }
            Action::NotesPanel => match ListPanel::notes(cx.reader) {
                Some(p) => cx.push(p),
                None => {
                    let why = cx.reader.notes_off().to_owned();
                    cx.reader.error(why);
                }
            },
            Action::Copy => copy(cx),
            Action::Annotate => EditorLayer::open_new(cx),
            Action::NoteEdit => match cx.reader.caret_note().map(|n| n.id.clone()) {
                Some(id) => EditorLayer::open_edit(cx, &id),
                None => cx
                    .reader
                    .say("no note at the caret (} and { go to the next and previous note)"),
            },
            Action::NoteDelete => match cx.reader.caret_note().map(|n| n.id.clone()) {
                Some(id) => Confirm::delete_note(cx, &id),
                None => cx.reader.say("no note at the caret"),
            },
            // reader commands are mapped in `key`; other layers' actions never reach the text
            _ => {}
        }
    }

    fn mouse(&mut self, m: &MouseEvent, cx: &mut Context) -> EventResult {
        let g = cx.ui.geometry;
        match m.kind {
            MouseEventKind::ScrollDown => cx.reader.apply(Command::ScrollRows(WHEEL_ROWS)),
            MouseEventKind::ScrollUp => cx.reader.apply(Command::ScrollRows(-WHEEL_ROWS)),
            MouseEventKind::Down(MouseButton::Left) => {
                // beside a line's text (or between paragraphs) counts as the nearest text, so a
                // drag can start in the margin; outside the text rows (the status line) nothing
                let at = g.text_cell(m.column, m.row).and_then(|(c, r)| {
                    cx.reader
                        .hit_test(c, r)
                        .or_else(|| cx.reader.hit_test_nearest(c, r))
                });
                cx.reader.apply(Command::Press(at));
            }
            MouseEventKind::Drag(MouseButton::Left) => {
                if !cx.reader.is_dragging() {
                    return EventResult::Ignored;
                }
                let (c, r) = g.text_cell_clamped(m.column, m.row);
                if let Some(to) = cx.reader.hit_test_nearest(c, r) {
                    cx.reader.apply(Command::DragTo(to));
                }
            }
            MouseEventKind::Up(MouseButton::Left) => cx.reader.apply(Command::Release),
            _ => return EventResult::Ignored,
        }
        EventResult::Consumed
    }
}

impl Component for TextView {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(k, cx),
            Event::Mouse(m) => self.mouse(m, cx),
            _ => EventResult::Ignored,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        let (reader, ui) = (cx.reader, cx.ui);
        let g = ui.geometry;
        buf.set_style(area, ui.style(Scope::UiText));
        let vis = reader.visible_range();
        let marks = reader.highlights(vis.start..vis.end + 1);
        let note_starts: Vec<usize> = reader
            .notes()
            .iter()
            .filter_map(|n| n.range.as_ref().map(|r| r.start))
            .collect();
        let blocks = reader.blocks();
        for (i, row) in reader.visible_rows().iter().enumerate() {
            let y = g.text.y + i as u16;
            let Some((base, vl)) = row.line() else {
                continue;
            };
            let title = match row {
                hamish_core::reader::Row::Line { block, .. } => {
                    blocks.get(*block).is_some_and(|b| b.title)
                }
                hamish_core::reader::Row::Blank => false,
            };
            let base_style = ui.style(if title { Scope::UiTitle } else { Scope::UiText });
            let line_marks: Vec<_> = marks
                .iter()
                .filter(|m| {
                    m.range.start < base + vl.logical.end && m.range.end > base + vl.logical.start
                })
                .collect();
            draw_cells(buf, g.text, y, vl, |cell| {
                let r = base + cell.logical.start..base + cell.logical.end;
                let mut st = base_style;
                for m in &line_marks {
                    if m.range.start < r.end && m.range.end > r.start {
                        st = st.patch(ui.style(m.scope));
                    }
                }
                st
            });
            let lr = base + vl.logical.start..base + vl.logical.end.max(vl.logical.start + 1);
            if note_starts.iter().any(|s| lr.contains(s)) {
                // one blank column between the marker and the text when the margin has room, so
                // the mark does not read as a letter of the line's first word
                let end = g.text.x + g.text.width;
                let x = if vl.rtl {
                    [end + 1, end].into_iter().find(|&x| x < g.screen.width)
                } else {
                    g.text.x.checked_sub(2).or(g.text.x.checked_sub(1))
                };
                if let Some(x) = x {
                    put_symbol(buf, x, y, NOTE_MARKER, ui.style(Scope::NoteMarker));
                }
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

/// `t`: the next theme (a broken user theme is reported and skipped next time).
fn cycle_theme(cx: &mut Context) {
    let ui = &mut *cx.ui;
    if ui.theme_names.is_empty() {
        return;
    }
    let i = ui
        .theme_names
        .iter()
        .position(|n| *n == ui.theme.name)
        .map_or(0, |i| (i + 1) % ui.theme_names.len());
    let name = ui.theme_names[i].clone();
    match hamish_core::theme::Theme::load(&name, ui.theme_dir.as_deref()) {
        Ok(t) => {
            ui.set_theme(t);
            if ui.no_color {
                // only the attributes change: say why the colours do not
                cx.reader
                    .say(format!("theme: {name} (no colours: NO_COLOR is set)"));
            } else {
                cx.reader.say(format!("theme: {name}"));
            }
        }
        Err(e) => {
            // keep cycling past a broken user theme next time
            ui.theme.name = name;
            cx.reader.error(e.to_string());
        }
    }
}

/// `y`: the selection (or the caret's sentence) to the clipboard, in logical order.
fn copy(cx: &mut Context) {
    let Some((range, what)) = cx.reader.copy_target() else {
        cx.reader
            .say("nothing to copy: select with v or drag with the mouse");
        return;
    };
    let Some(text) = cx.reader.text().get(range).map(str::to_owned) else {
        return;
    };
    let chars = text.chars().count();
    let result = match cx.ui.clipboard.as_mut() {
        Some(w) => w(&osc52(&text)),
        None => Err(std::io::Error::other("no terminal to send it to")),
    };
    match result {
        Ok(()) => cx.reader.apply(Command::Copied { what, chars }),
        Err(e) => cx.reader.error(format!("could not copy: {e}")),
    }
}
