//! The reader's screen as a stack of components, in the manner of helix's compositor and
//! gitui's components.
//!
//! Each layer answers an event with [`EventResult::Consumed`] or [`EventResult::Ignored`] and
//! draws itself with `render(&self, …)`, which cannot change state. The stack (see
//! [`super::app::App`]) offers an event to the top layer first and goes down while layers ignore
//! it; it draws from the bottom up. So the same order decides both who gets a key and who is
//! drawn over whom, and it is decided in one place.
//!
//! A layer changes the reader only through `cx.reader` (whose state changes only through typed
//! commands and a few data-delivering methods) and asks the stack for anything else — open a
//! layer over itself, close itself, quit — through [`Context::request`].

use std::any::Any;
use std::time::Instant;

use crossterm::event::Event;
use hamish_core::reader::Reader;
use hamish_core::theme::{Scope, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::clipboard::ClipboardWriter;
use super::geometry::Geometry;
use super::keymap::Keymap;
use super::style::ThemeExt;

/// Whether a layer used an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventResult {
    /// Used: nothing below sees it, and the screen is drawn again.
    Consumed,
    /// Not for this layer: offered to the layer below.
    Ignored,
}

/// What a layer asks of the stack.
pub enum Request {
    /// Put this layer on top.
    Push(Box<dyn Component>),
    /// Close the layer that asked.
    Close,
    /// End the reader.
    Quit,
    /// The text width changed: lay the screen out again.
    Relayout,
    /// Show the next (+1) or previous (-1) of the files the reader was given.
    SwitchFile(isize),
}

/// What the reader's screen shares with its layers besides the reader itself.
pub struct Ui {
    pub theme: Theme,
    /// Themes `t` cycles through, and where user themes live.
    pub theme_names: Vec<String>,
    pub theme_dir: Option<std::path::PathBuf>,
    /// `NO_COLOR` is set: themes lose their colours, keep their attributes.
    pub no_color: bool,
    pub keymap: Keymap,
    /// The screen's parts, computed once per terminal size and text width.
    pub geometry: Geometry,
    /// Widest text column.
    pub text_width: usize,
    /// Where `y` sends the OSC 52 sequence (`None`: no terminal to send it to).
    pub clipboard: Option<ClipboardWriter>,
    /// The name last chosen in the entity panel (it opens on it again).
    pub last_entity: Option<String>,
    /// Searches, oldest first (the prompt walks them with ↑ ↓; remembered between sessions).
    pub search_history: Vec<String>,
    /// Commands typed at `:`, oldest first.
    pub command_history: Vec<String>,
    /// Keys typed so far of a command not complete yet (a count), shown in the status line.
    pub pending_keys: String,
    /// Which of the reader's files is shown, and how many there are (for the status line).
    pub file_position: (usize, usize),
}

impl Ui {
    /// Uses `theme` (without its colours when `NO_COLOR` is set).
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = if self.no_color {
            theme.without_colors()
        } else {
            theme
        };
    }

    /// The style of a scope, for a ratatui buffer.
    pub fn style(&self, scope: Scope) -> ratatui::style::Style {
        self.theme.ui(scope)
    }
}

/// What `handle_event` may use and change.
pub struct Context<'a> {
    pub reader: &'a mut Reader,
    pub ui: &'a mut Ui,
    pub(super) requests: Vec<Request>,
}

impl Context<'_> {
    /// Asks the stack for something (done after the event is handled).
    pub fn request(&mut self, r: Request) {
        self.requests.push(r);
    }
    /// Opens a layer over the one handling the event.
    pub fn push(&mut self, layer: impl Component + 'static) {
        self.requests.push(Request::Push(Box::new(layer)));
    }
    /// Closes the layer handling the event.
    pub fn close(&mut self) {
        self.requests.push(Request::Close);
    }
}

/// What `render` may look at.
pub struct RenderContext<'a> {
    pub reader: &'a Reader,
    pub ui: &'a Ui,
}

/// One layer of the screen.
pub trait Component: Any {
    /// Handles an input event (keys, mouse, paste; resizes are the stack's).
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult;

    /// Draws the layer into `buf`; `area` is the whole screen.
    fn render(&self, area: Rect, buf: &mut Buffer, cx: &RenderContext);

    /// Where the terminal's cursor goes while this is the top layer (a text field's caret).
    fn cursor(&self, _area: Rect, _cx: &RenderContext) -> Option<(u16, u16)> {
        None
    }

    /// Brings the layer up to date with the reader before a frame (results that arrived since,
    /// a new screen size). Not for handling input.
    fn sync(&mut self, _cx: &mut Context) {}

    /// When the layer wants [`Component::on_deadline`] called if no input comes first (a count
    /// typed without its command).
    fn deadline(&self) -> Option<Instant> {
        None
    }

    /// The deadline passed with no input.
    fn on_deadline(&mut self, _cx: &mut Context) {}

    /// For finding a layer of a given kind in the stack.
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}
