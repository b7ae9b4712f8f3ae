//! The one-line prompts in the status line: the search (`/`) and the command line (`:`).
//!
//! Search: typing searches as you type (small articles); Enter searches (empty: the last search
//! again); ↑ ↓ walk the search history; Ctrl-E switches between the reader's Arabic fold and exact
//! letters; Esc goes back to where the reader was.
//!
//! Commands: `messages`, `theme NAME`, `width N`, `n` / `p` (next and previous file), a number
//! (that paragraph), `help`, `q`.

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use hamish_core::config::TEXT_WIDTH_RANGE;
use hamish_core::reader::Command;
use hamish_core::theme::{Scope, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};
use unicode_segmentation::UnicodeSegmentation;

use super::help::Help;
use super::message_log::MessageLog;
use super::text_view::set_text_width;
use crate::tui::action::{Action, Mode};
use crate::tui::component::{Component, Context, EventResult, RenderContext, Request};
use crate::tui::draw::{fitted_width, is_rtl_label, put_text};

/// What the prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    Command,
}

#[derive(Debug)]
pub struct Prompt {
    kind: PromptKind,
    text: String,
    /// Where ↑ ↓ are in the history (`None`: the line being typed).
    history_at: Option<usize>,
    /// What was typed before walking the history, given back past its newest entry.
    typed: String,
}

impl Prompt {
    pub fn search() -> Prompt {
        Prompt {
            kind: PromptKind::Search,
            text: String::new(),
            history_at: None,
            typed: String::new(),
        }
    }

    pub fn command() -> Prompt {
        Prompt {
            kind: PromptKind::Command,
            ..Prompt::search()
        }
    }

    pub fn kind(&self) -> PromptKind {
        self.kind
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    fn sigil(&self) -> &'static str {
        match self.kind {
            PromptKind::Search => "/",
            PromptKind::Command => ":",
        }
    }

    fn history<'a>(&self, cx: &'a Context) -> &'a [String] {
        match self.kind {
            PromptKind::Search => &cx.ui.search_history,
            PromptKind::Command => &cx.ui.command_history,
        }
    }

    fn changed(&self, cx: &mut Context) {
        if self.kind == PromptKind::Search {
            cx.reader.apply(Command::PreviewSearch(self.text.clone()));
        }
    }

    fn cancel(&mut self, cx: &mut Context) {
        if self.kind == PromptKind::Search {
            cx.reader.apply(Command::CancelSearch);
        }
        cx.close();
    }

    /// ↑ (`older`) or ↓ through the history.
    fn walk(&mut self, older: bool, cx: &mut Context) {
        let n = self.history(cx).len();
        let next = match (self.history_at, older) {
            (None, true) if n > 0 => Some(n - 1),
            (None, _) => return,
            (Some(0), true) => Some(0),
            (Some(i), true) => Some(i - 1),
            (Some(i), false) if i + 1 < n => Some(i + 1),
            (Some(_), false) => None,
        };
        if self.history_at.is_none() {
            self.typed = self.text.clone();
        }
        self.history_at = next;
        self.text = match next {
            Some(i) => self.history(cx)[i].clone(),
            None => self.typed.clone(),
        };
        self.changed(cx);
    }

    fn submit(&mut self, cx: &mut Context) {
        let line = std::mem::take(&mut self.text);
        cx.close();
        match self.kind {
            PromptKind::Search => {
                let q = if line.is_empty() {
                    cx.reader.search().query.clone()
                } else {
                    line.clone()
                };
                remember(&mut cx.ui.search_history, &q);
                cx.reader.apply(Command::SubmitSearch(line));
            }
            PromptKind::Command => {
                remember(&mut cx.ui.command_history, line.trim());
                run_command(line.trim(), cx);
            }
        }
    }
}

/// Draws a one-line prompt over the status line: the sigil, the text typed (an Arabic one grows
/// leftwards from just after the sigil), and `info` flush right when there is room for it.
pub fn draw_prompt(
    buf: &mut Buffer,
    cx: &RenderContext,
    sigil: &str,
    text: &str,
    info: Option<&str>,
) {
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
    put_text(buf, (0, y), w, sigil, st, o);
    let mut room = w.saturating_sub(2);
    if let Some(info) = info {
        let iw = fitted_width(info, w / 2, o);
        if iw + 8 < w {
            let key = cx.ui.style(Scope::UiStatusKey);
            put_text(buf, (w - iw - 1, y), iw, info, key, o);
            room = w.saturating_sub(iw + 3);
        }
    }
    let start = if is_rtl_label(text) { 2 } else { 1 };
    put_text(buf, (start, y), room.saturating_sub(start - 1), text, st, o);
}

/// Adds a line to a history (moved to the end if it was there).
fn remember(history: &mut Vec<String>, line: &str) {
    if line.trim().is_empty() {
        return;
    }
    history.retain(|l| l != line);
    history.push(line.to_owned());
    let over = history
        .len()
        .saturating_sub(hamish_core::memory::HISTORY_LIMIT);
    history.drain(..over);
}

/// Runs a `:` command.
fn run_command(line: &str, cx: &mut Context) {
    let (name, arg) = match line.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (line, ""),
    };
    match name {
        "" => {}
        "messages" | "mes" | "messages!" => cx.push(MessageLog::default()),
        "theme" if arg.is_empty() => {
            let names = cx.ui.theme_names.join(", ");
            cx.reader
                .say(format!("theme: {} (available: {names})", cx.ui.theme.name));
        }
        "theme" => match Theme::load(arg, cx.ui.theme_dir.as_deref()) {
            Ok(t) => {
                cx.ui.set_theme(t);
                cx.reader.say(format!("theme: {arg}"));
            }
            Err(e) => cx.reader.error(e.to_string()),
        },
        "width" => match arg.parse::<usize>() {
            Ok(w) => set_text_width(cx, w),
            Err(_) if arg.is_empty() => cx
                .reader
                .say(format!("text width: {} (:width N to set it)", cx.ui.text_width)),
            // a number too big for a width is the widest; anything else is a mistake
            Err(_) if arg.bytes().all(|b| b.is_ascii_digit()) => set_text_width(cx, usize::MAX),
            Err(_) => cx.reader.error(format!(
                ":width {}: give the text column's width in columns ({}–{})",
                hamish_core::text::one_line(arg, Some(40)),
                TEXT_WIDTH_RANGE.start(),
                TEXT_WIDTH_RANGE.end()
            )),
        },
        "n" | "next" => cx.request(Request::SwitchFile(1)),
        "p" | "prev" | "N" => cx.request(Request::SwitchFile(-1)),
        "help" | "h" => cx.push(Help::default()),
        "q" | "quit" => cx.request(Request::Quit),
        // a paragraph number (one past the last, however big, is the last)
        _ if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => cx
            .reader
            .apply(Command::Paragraph(line.parse::<usize>().unwrap_or(usize::MAX))),
        _ => cx.reader.error(format!(
            "unknown command :{} (messages, theme NAME, width N, n, p, a paragraph number, help, q)",
            hamish_core::text::one_line(line, Some(40))
        )),
    }
}

impl Component for Prompt {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                match cx.ui.keymap.action_in(Mode::Prompt, k) {
                    Some(Action::PromptSubmit) => self.submit(cx),
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
                    Some(Action::PromptHistoryPrev) => self.walk(true, cx),
                    Some(Action::PromptHistoryNext) => self.walk(false, cx),
                    Some(Action::PromptToggleExact) if self.kind == PromptKind::Search => {
                        cx.reader.apply(Command::ToggleExactSearch);
                    }
                    _ => {
                        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
                        if let KeyCode::Char(c) = k.code
                            && !ctrl
                            && !c.is_control()
                        {
                            self.text.push(c);
                            self.history_at = None;
                            self.changed(cx);
                        }
                    }
                }
                EventResult::Consumed
            }
            Event::Paste(text) => {
                // pasted into the prompt: one line, no control characters
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
        // the search says how it compares, on the right
        let info = (self.kind == PromptKind::Search).then(|| {
            let search = cx.reader.search();
            let mode = if search.exact {
                "exact · C-e: fold"
            } else {
                "ة=ه ى=ي · C-e: exact"
            };
            if self.text.is_empty() {
                format!("{mode} ")
            } else {
                format!("{} matches · {mode} ", search.hits.len())
            }
        });
        draw_prompt(buf, cx, self.sigil(), &self.text, info.as_deref());
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
