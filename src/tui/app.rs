//! The reader's screen: the headless [`Reader`] plus a stack of layers over it. Everything here
//! runs without a terminal, so tests drive it with key sequences and render it with ratatui's
//! `TestBackend`; [`super::term`] only feeds it events and draws it.
//!
//! An event travels: terminal → [`App::handle_event`] → the top layer that consumes it (layers
//! that ignore it pass it down) → reader commands and requests (open/close a layer, quit) → the
//! next frame. A frame is drawn after every consumed event and every result from the analysis;
//! there is no dirty flag to forget.

use std::sync::Arc;
use std::time::Instant;

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use hamish_core::config::DEFAULT_TEXT_WIDTH;
use hamish_core::document::Document;
use hamish_core::layout::LayoutOptions;
use hamish_core::reader::Reader;
use hamish_core::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::component::{Component, Context, EventResult, RenderContext, Request, Ui};
use super::geometry::Geometry;
use super::keymap::Keymap;
use super::layers::editor::EditorLayer;
use super::layers::library::LibraryView;
use super::layers::status_line::StatusLine;
use super::layers::text_view::TextView;
use super::session::{self, Source};

/// How the reader lays out text (from config and the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Widest text column.
    pub text_width: usize,
    /// Shaping, direction and bidi mode (the width comes from the screen).
    pub layout: LayoutOptions,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_width: DEFAULT_TEXT_WIDTH,
            layout: LayoutOptions::default(),
        }
    }
}

pub struct App {
    pub reader: Reader,
    pub ui: Ui,
    /// Bottom first: the text view and the status line, then whatever was opened over them.
    layers: Vec<Box<dyn Component>>,
    size: (u16, u16),
    quit: bool,
    /// The articles the reader was given (`hamish a.txt b.txt`), and which one is shown.
    sources: Vec<Source>,
    current: usize,
}

impl App {
    /// A reader on `doc` showing the top of the article, with the default theme and keys, in an
    /// 80×24 screen.
    pub fn new(doc: Arc<Document>, name: impl Into<String>, settings: Settings) -> App {
        let reader = Reader::new(doc, name, settings.layout);
        let ui = Ui {
            theme: Theme::default_theme(),
            theme_names: Theme::available(None),
            theme_dir: None,
            no_color: false,
            keymap: Keymap::default(),
            geometry: Geometry::new(80, 24, settings.text_width),
            text_width: settings.text_width,
            clipboard: None,
            last_entity: None,
            search_history: Vec::new(),
            command_history: Vec::new(),
            pending_keys: String::new(),
            file_position: (1, 1),
        };
        App::with_reader(reader, ui)
    }

    /// The screen over a reader opened elsewhere (see [`super::session`]).
    pub fn with_reader(reader: Reader, ui: Ui) -> App {
        let mut app = App {
            reader,
            ui,
            layers: vec![Box::new(TextView::default()), Box::new(StatusLine)],
            size: (0, 0),
            quit: false,
            sources: Vec::new(),
            current: 0,
        };
        app.resize(80, 24);
        app
    }

    /// Where the article shown came from, when the reader was given articles (`hamish DIR`
    /// gives none: its articles are opened from the library).
    pub fn current_source(&self) -> Option<&Source> {
        self.sources.get(self.current)
    }

    /// The articles `>` and `<` move between; `current` is the one shown.
    pub fn set_sources(&mut self, sources: Vec<Source>, current: usize) {
        self.current = current.min(sources.len().saturating_sub(1));
        self.ui.file_position = (self.current + 1, sources.len().max(1));
        self.sources = sources;
    }

    /// Shows the next file (`delta` > 0) or the previous one (wrapping), past any that cannot be
    /// opened: the current one's reading position is kept, the other is opened as the reader
    /// opens any article.
    pub fn switch_file(&mut self, delta: isize) {
        let n = self.sources.len();
        if n < 2 {
            self.reader.say(
                "one article only: give several files (hamish a.txt b.txt) to move between them",
            );
            return;
        }
        let layout = self.reader.layout_settings().clone();
        let review = self
            .ui
            .keymap
            .keys_for(super::action::Action::NotesPanel)
            .into_iter()
            .next();
        // the next one that opens: a file that cannot be (gone, binary …) is skipped and said,
        // so that it does not stand in the way of the ones after it
        let step = if delta < 0 { -1 } else { 1 };
        let mut skipped = Vec::new();
        let mut opened = None;
        for k in 1..n as isize {
            let next = (self.current as isize + step * k).rem_euclid(n as isize) as usize;
            match session::open(&self.sources[next], layout.clone(), review.as_deref()) {
                Ok(reader) => {
                    opened = Some((next, reader));
                    break;
                }
                Err(e) => skipped.push(format!("{e:#}")),
            }
        }
        let Some((next, mut reader)) = opened else {
            for e in skipped {
                self.reader.error(e);
            }
            return;
        };
        for e in skipped {
            reader.error(format!("skipped {e}"));
        }
        let closing = self.sources.get(self.current);
        if let Some(e) = session::close(&mut self.reader, closing) {
            reader.error(e);
        }
        // the new article keeps the highlights chosen
        reader.set_shown(self.reader.shown());
        let name = reader.name().to_owned();
        if reader.messages().current().is_none() {
            reader.say(format!("{name} ({} of {n})", next + 1));
        }
        self.reader = reader;
        self.current = next;
        self.ui.file_position = (next + 1, n);
        // panels and prompts were about the other article
        self.layers.truncate(2);
        self.relayout();
    }

    /// The terminal size the screen was last laid out for.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Whether the user asked to quit.
    pub fn quit_requested(&self) -> bool {
        self.quit
    }

    /// Ends the reader (a signal arrived, say).
    pub fn request_quit(&mut self) {
        self.quit = true;
    }

    /// A new terminal size: the geometry once for it, the reader's viewport from it.
    pub fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        self.relayout();
    }

    /// The text column changed width (or the screen did): compute the geometry again.
    pub fn relayout(&mut self) {
        let (w, h) = self.size;
        self.ui.geometry = Geometry::new(w, h, self.ui.text_width);
        let t = self.ui.geometry.text;
        self.reader
            .set_viewport(usize::from(t.width), usize::from(t.height));
        self.sync_layers();
    }

    /// Uses `theme` (without colours under `NO_COLOR`).
    pub fn set_theme(&mut self, theme: Theme) {
        self.ui.set_theme(theme);
    }

    /// Handles one terminal event; returns whether the screen must be drawn again.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        match event {
            Event::Resize(w, h) => {
                self.resize(*w, *h);
                return true;
            }
            Event::Key(k) if k.kind == KeyEventKind::Release => return false,
            Event::FocusGained | Event::FocusLost => return false,
            _ => {}
        }
        let mut requests: Vec<(usize, Request)> = Vec::new();
        let mut consumed = false;
        for i in (0..self.layers.len()).rev() {
            let mut cx = Context {
                reader: &mut self.reader,
                ui: &mut self.ui,
                requests: Vec::new(),
            };
            let result = self.layers[i].handle_event(event, &mut cx);
            requests.extend(cx.requests.into_iter().map(|r| (i, r)));
            if result == EventResult::Consumed {
                consumed = true;
                break;
            }
        }
        let changed = !requests.is_empty();
        self.apply(requests);
        consumed || changed
    }

    /// Takes in notes written meanwhile by other processes (see [`Reader::refresh_notes`]);
    /// returns whether the screen must be drawn again.
    pub fn poll_notes(&mut self) -> bool {
        let changed = self.reader.refresh_notes();
        if changed {
            self.sync_layers();
        }
        changed
    }

    /// Handles a key press.
    pub fn handle_key(&mut self, k: &KeyEvent) -> bool {
        self.handle_event(&Event::Key(*k))
    }

    fn apply(&mut self, requests: Vec<(usize, Request)>) {
        // closes first, topmost first, so the indices of the others still hold
        let mut closes: Vec<usize> = requests
            .iter()
            .filter(|(_, r)| matches!(r, Request::Close))
            .map(|(i, _)| *i)
            .collect();
        closes.sort_unstable();
        closes.dedup();
        for i in closes.into_iter().rev() {
            // the text and the status line stay
            if i >= 2 && i < self.layers.len() {
                self.layers.remove(i);
            }
        }
        let mut relayout = false;
        let mut switch = None;
        for (_, r) in requests {
            match r {
                Request::Push(layer) => self.layers.push(layer),
                // an article opened from the library goes back to it
                Request::Quit if self.layer::<LibraryView>().is_some_and(|l| l.is_reading()) => {
                    self.back_to_library();
                    relayout = true;
                }
                Request::Quit => self.quit = true,
                Request::Close => {}
                Request::Relayout => relayout = true,
                Request::SwitchFile(d) => switch = Some(d),
            }
        }
        if let Some(d) = switch {
            self.switch_file(d);
        }
        if relayout {
            self.relayout();
        }
        self.sync_layers();
    }

    /// Puts a layer on top (the library screen when the reader starts on a folder).
    pub fn push_layer(&mut self, layer: Box<dyn Component>) {
        self.layers.push(layer);
        self.sync_layers();
    }

    /// Closes the article opened from the library (remembering where the reader was) and shows
    /// the library again on the same row; whatever was open over the article closes too.
    fn back_to_library(&mut self) {
        let Some(at) = self
            .layers
            .iter()
            .rposition(|l| l.as_any().is::<LibraryView>())
        else {
            return;
        };
        // (an article of the library: a file)
        let closing = session::close(&mut self.reader, None);
        let name = self.reader.name().to_owned();
        let layout = self.reader.layout_settings().clone();
        let shown = self.reader.shown();
        self.reader = LibraryView::empty_reader(&name, layout);
        self.reader.set_shown(shown);
        self.layers.truncate(at + 1);
        if let Some(lib) = self.layer_mut::<LibraryView>() {
            lib.back_from_reading(closing);
        }
    }

    /// The earliest time a layer wants [`App::fire_deadlines`] called if no input comes first.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.layers.iter().filter_map(|l| l.deadline()).min()
    }

    /// Lets the layers whose deadline is at or before `now` act on it; returns whether the screen
    /// must be drawn again.
    pub fn fire_deadlines(&mut self, now: Instant) -> bool {
        let mut fired = false;
        for i in 0..self.layers.len() {
            if self.layers[i].deadline().is_some_and(|d| d <= now) {
                let mut cx = Context {
                    reader: &mut self.reader,
                    ui: &mut self.ui,
                    requests: Vec::new(),
                };
                self.layers[i].on_deadline(&mut cx);
                fired = true;
            }
        }
        fired
    }

    /// Lets every layer catch up with the reader (new results, a new size).
    fn sync_layers(&mut self) {
        for layer in &mut self.layers {
            let mut cx = Context {
                reader: &mut self.reader,
                ui: &mut self.ui,
                requests: Vec::new(),
            };
            layer.sync(&mut cx);
        }
    }

    /// Draws every layer, bottom up, into `buf`; returns where the terminal's cursor goes.
    pub fn render(&mut self, area: Rect, buf: &mut Buffer) -> Option<(u16, u16)> {
        if (area.width, area.height) != self.size {
            self.resize(area.width, area.height);
        }
        self.sync_layers();
        let cx = RenderContext {
            reader: &self.reader,
            ui: &self.ui,
        };
        for layer in &self.layers {
            layer.render(area, buf, &cx);
        }
        self.layers.last().and_then(|l| l.cursor(area, &cx))
    }

    /// Draws the whole screen.
    pub fn draw(&mut self, frame: &mut Frame) {
        let area = frame.area();
        if let Some((x, y)) = self.render(area, frame.buffer_mut()) {
            frame.set_cursor_position(Position::new(x, y));
        }
    }

    /// The topmost layer of type `T`, if one is open.
    pub fn layer<T: Component>(&self) -> Option<&T> {
        self.layers
            .iter()
            .rev()
            .find_map(|l| l.as_any().downcast_ref::<T>())
    }

    /// The topmost layer of type `T`, to change it (tests, the signal path).
    pub fn layer_mut<T: Component>(&mut self) -> Option<&mut T> {
        self.layers
            .iter_mut()
            .rev()
            .find_map(|l| l.as_any_mut().downcast_mut::<T>())
    }

    /// How many layers are open over the text and the status line.
    pub fn open_layers(&self) -> usize {
        self.layers.len() - 2
    }

    /// When the reader is ending with the note editor open (a signal, say) and something was
    /// typed: saves it, so a note is never lost. `None` when there was nothing to save.
    pub fn save_draft(&mut self) -> Option<Result<(), String>> {
        let i = self
            .layers
            .iter()
            .rposition(|l| l.as_any().is::<EditorLayer>())?;
        let mut cx = Context {
            reader: &mut self.reader,
            ui: &mut self.ui,
            requests: Vec::new(),
        };
        let ed = self.layers[i].as_any_mut().downcast_mut::<EditorLayer>()?;
        let result = ed.save_draft(&mut cx);
        if matches!(result, Some(Ok(()))) {
            self.layers.remove(i);
        }
        result
    }
}
