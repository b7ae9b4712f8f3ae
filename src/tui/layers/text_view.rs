//! The bottom layer: the article's text column. It takes the reading keys (through the key map,
//! as reader commands) and the mouse over the text, and draws the visible lines with every
//! highlight from the core's one highlight path.

use std::time::{Duration, Instant};

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use hamish_core::analysis::Kind;
use hamish_core::config::TEXT_WIDTH_RANGE;
use hamish_core::reader::Command;
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::confirm::Confirm;
use super::editor::EditorLayer;
use super::help::Help;
use super::list_panel::ListPanel;
use super::message_log::MessageLog;
use super::prompt::Prompt;
use crate::tui::action::Action;
use crate::tui::clipboard::osc52;
use crate::tui::component::{Component, Context, EventResult, RenderContext, Request};
use crate::tui::draw::{NOTE_MARKER, draw_cells, put_symbol};

/// Rows the mouse wheel scrolls.
pub const WHEEL_ROWS: isize = 3;
/// A digit alone toggles its highlights after this long without a command to count for; a
/// digit followed sooner by a movement key (`5j`) is that command's count instead.
pub const COUNT_TIMEOUT: Duration = Duration::from_millis(600);
/// Clicks this close together on one cell are a double or triple click.
const MULTI_CLICK: Duration = Duration::from_millis(450);
/// The largest count taken (a held digit key must not ask for a billion lines).
const MAX_COUNT: usize = 99_999;
/// The text column grows or shrinks by this many columns with `+` / `-`.
const WIDTH_STEP: usize = 4;
/// The longest passage `y` sends to the clipboard (bytes of text, a third more once encoded).
const MAX_COPY_BYTES: usize = 1 << 20;

#[derive(Debug, Default)]
pub struct TextView {
    /// The count typed so far (`5` of `5j`).
    count: Option<usize>,
    /// A single digit typed: the toggle it stands for, done at the deadline unless a command
    /// takes the digit as its count.
    pending_toggle: Option<(Kind, Instant)>,
    /// The last left click: where, when, and how many in a row.
    last_click: Option<((u16, u16), Instant, u8)>,
}

/// The kind a toggle action shows or hides.
fn toggle_kind(a: Action) -> Option<Kind> {
    Some(match a {
        Action::TogglePersons => Kind::Person,
        Action::TogglePlaces => Kind::Place,
        Action::ToggleOrganizations => Kind::Organization,
        Action::ToggleQuotes => Kind::Quote,
        Action::ToggleMisc => Kind::Misc,
        _ => return None,
    })
}

/// The command an action is, with a count (`None`: not a counted command).
fn counted(action: Action, n: usize) -> Option<Command> {
    let i = n as isize;
    Some(match action {
        Action::LineDown => Command::Lines(i),
        Action::LineUp => Command::Lines(-i),
        Action::PageDown => Command::Pages(i),
        Action::PageUp => Command::Pages(-i),
        Action::HalfPageDown => Command::HalfPages(i),
        Action::HalfPageUp => Command::HalfPages(-i),
        _ => return None,
    })
}

/// A command repeated `n` times by pressing its key once with a count.
fn repeated(action: Action) -> Option<Command> {
    Some(match action {
        Action::WordLeft => Command::WordLeft,
        Action::WordRight => Command::WordRight,
        Action::SentenceNext => Command::SentenceNext,
        Action::SentencePrev => Command::SentencePrev,
        Action::ParagraphNext => Command::ParagraphNext,
        Action::ParagraphPrev => Command::ParagraphPrev,
        Action::SearchNext => Command::SearchNext,
        Action::SearchPrev => Command::SearchPrev,
        Action::EntityNext => Command::EntityNext,
        Action::EntityPrev => Command::EntityPrev,
        Action::NoteNext => Command::NoteNext,
        Action::NotePrev => Command::NotePrev,
        _ => return None,
    })
}

impl TextView {
    fn digit(k: &KeyEvent) -> Option<usize> {
        match k.code {
            KeyCode::Char(c)
                if c.is_ascii_digit()
                    && !k
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                c.to_digit(10).map(|d| d as usize)
            }
            _ => None,
        }
    }

    /// Does a toggle typed as a digit that no command took as its count.
    fn flush_toggle(&mut self, cx: &mut Context) {
        if let Some((kind, _)) = self.pending_toggle.take() {
            cx.reader.apply(Command::Toggle(kind));
        }
        self.count = None;
        cx.ui.pending_keys.clear();
    }

    fn key(&mut self, k: &KeyEvent, cx: &mut Context) -> EventResult {
        cx.reader.clear_message();
        let action = cx.ui.keymap.action_for(k);
        // a count: digits before a command (a lone 1–5 is also its toggle, done if no command
        // follows in time)
        if let Some(d) = Self::digit(k)
            && (self.count.is_some() || d != 0 || action.is_none())
        {
            let first = self.count.is_none();
            let n = (self.count.unwrap_or(0) * 10 + d).min(MAX_COUNT);
            self.count = Some(n);
            self.pending_toggle = match action.and_then(toggle_kind) {
                Some(kind) if first => Some((kind, Instant::now() + COUNT_TIMEOUT)),
                _ => None,
            };
            cx.ui.pending_keys = n.to_string();
            return EventResult::Consumed;
        }
        if action == Some(Action::Escape) && self.count.is_some() {
            // Esc drops a count typed so far (and the toggle its digit stood for)
            self.count = None;
            self.pending_toggle = None;
            cx.ui.pending_keys.clear();
            return EventResult::Consumed;
        }
        let count = self.count.take();
        cx.ui.pending_keys.clear();
        let Some(action) = action else {
            // not a command: a lone digit before it was its toggle
            if count.is_some() {
                self.count = count;
                self.flush_toggle(cx);
            }
            return EventResult::Consumed;
        };
        let takes_count = counted(action, 1).is_some()
            || repeated(action).is_some()
            || matches!(action, Action::Top | Action::Bottom | Action::Percent);
        if takes_count {
            self.pending_toggle = None;
        } else if count.is_some() {
            self.count = count;
            self.flush_toggle(cx);
        }
        let n = count.unwrap_or(1).max(1);
        if let Some(c) = counted(action, n) {
            cx.reader.apply(c);
            return EventResult::Consumed;
        }
        if let Some(c) = repeated(action) {
            for _ in 0..n.min(1000) {
                cx.reader.apply(c.clone());
            }
            return EventResult::Consumed;
        }
        if let Some(kind) = toggle_kind(action) {
            cx.reader.apply(Command::Toggle(kind));
            return EventResult::Consumed;
        }
        let command = match (action, count) {
            (Action::Top | Action::Bottom, Some(n)) => Command::Paragraph(n),
            (Action::Top, None) => Command::Top,
            (Action::Bottom, None) => Command::Bottom,
            (Action::Percent, n) => Command::Percent(n.unwrap_or(0)),
            (Action::MentionNext, _) => Command::MentionNext,
            (Action::SelectStart, _) => Command::SelectToggle,
            (Action::Escape, _) => Command::Escape,
            (Action::Speaker, _) => Command::Speaker,
            (Action::Undo, _) => Command::Undo,
            (Action::UndoOrHalfPageUp, _) => Command::UndoOrHalfPageUp,
            (other, _) => {
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
            // comes back as SIGTSTP to the loop, which restores the terminal and stops
            Action::Suspend => crate::tui::term::request_suspend(),
            Action::Help => cx.push(Help::default()),
            Action::SearchStart => {
                cx.reader.apply(Command::BeginSearch);
                cx.push(Prompt::search());
            }
            Action::CommandLine => cx.push(Prompt::command()),
            Action::MessageLog => cx.push(MessageLog::default()),
            Action::Wider | Action::Narrower => {
                let w = cx.ui.text_width;
                let w = if action == Action::Wider {
                    w.saturating_add(WIDTH_STEP)
                } else {
                    w.saturating_sub(WIDTH_STEP)
                };
                set_text_width(cx, w);
            }
            Action::LinkUrl => {
                let at = cx.reader.here();
                match cx.reader.doc().link_at(at).map(|l| l.url.clone()) {
                    Some(url) => cx.reader.say(format!("link: {url}")),
                    None => cx.reader.say("no link at the caret"),
                }
            }
            Action::NextFile => cx.request(Request::SwitchFile(1)),
            Action::PrevFile => cx.request(Request::SwitchFile(-1)),
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
                let now = Instant::now();
                let clicks = match self.last_click {
                    Some((pos, t, n))
                        if pos == (m.column, m.row) && now.duration_since(t) < MULTI_CLICK =>
                    {
                        n % 3 + 1
                    }
                    _ => 1,
                };
                self.last_click = Some(((m.column, m.row), now, clicks));
                let range = at.and_then(|a| match clicks {
                    2 => cx.reader.word_at(a),
                    3 => cx.reader.paragraph_at(a),
                    _ => None,
                });
                match range {
                    // a double click selects the word, a triple click the paragraph
                    Some(r) => cx.reader.apply(Command::Select(r)),
                    None => cx.reader.apply(Command::Press(at)),
                }
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

    fn deadline(&self) -> Option<Instant> {
        self.pending_toggle.map(|(_, at)| at)
    }

    fn on_deadline(&mut self, cx: &mut Context) {
        self.flush_toggle(cx);
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

/// A new width for the text column (kept within the allowed range).
pub fn set_text_width(cx: &mut Context, w: usize) {
    let w = w.clamp(*TEXT_WIDTH_RANGE.start(), *TEXT_WIDTH_RANGE.end());
    cx.ui.text_width = w;
    cx.request(Request::Relayout);
    let shown = cx.ui.geometry.screen.width.saturating_sub(2);
    if w > usize::from(shown) {
        cx.reader
            .say(format!("text width: {w} (the window shows {shown})"));
    } else {
        cx.reader.say(format!("text width: {w}"));
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
    if range.len() > MAX_COPY_BYTES {
        // terminals drop or choke on clipboard writes this big, and encoding it stalls the reader
        cx.reader.error(format!(
            "the {what} is too long to copy through the terminal ({:.1} MB; OSC 52 carries at most {} MB)",
            range.len() as f64 / 1e6,
            MAX_COPY_BYTES >> 20
        ));
        return;
    }
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
