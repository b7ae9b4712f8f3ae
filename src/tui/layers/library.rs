//! The library screen (`hamish DIR`): the articles of a folder, one row each — the title flush
//! right when it reads right to left, the file name, words, notes and how far it was read — most
//! recently read first, then by name.
//!
//! Keys: ↑ ↓ (j k), pages, ends; Enter opens the article in the reader, whose quit key comes back
//! here on the same row; `/` filters by title (Esc clears); `m` lists the notes of every article
//! (Enter opens the article on the note); `e` lists the people, places and organisations across
//! the articles with their mentions (Enter lists the articles that mention one, Enter again opens
//! one on the first mention); Esc goes back from a list; `q` leaves hamish.
//!
//! The layer sits over the reader (whose document is empty until an article is opened) and covers
//! the whole screen while shown. What is not in the cache yet — titles and word counts, then the
//! names when `e` asks for them — is read a few articles at a time between frames (see
//! [`Component::deadline`]), so the list is there at once and fills in.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use hamish_core::document::Document;
use hamish_core::fold::Fold;
use hamish_core::library::{ArticleEntities, Library, LibraryEntity, LibraryNote, merge_entities};
use hamish_core::reader::{Command, Reader, kind_word};
use hamish_core::theme::Scope;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::tui::action::Action;
use crate::tui::component::{Component, Context, EventResult, RenderContext, Request};
use crate::tui::draw::{fitted_width, is_rtl_label, put_text, put_text_right};
use crate::tui::session::{self, Source};

/// How long one step of background reading may hold the screen.
const STEP: Duration = Duration::from_millis(30);

/// One row of a list: the main text (a title, a note, a name), a file name or kind, figures.
struct Row {
    main: String,
    name: String,
    figures: String,
}

/// What the screen lists.
#[derive(Debug, Clone, PartialEq)]
enum View {
    Articles,
    /// The notes of every article.
    Notes(Vec<LibraryNote>),
    /// The names across the articles (computed into `LibraryView::names`).
    Names,
    /// The articles that mention the name at this index of `names`.
    NameArticles(usize),
}

pub struct LibraryView {
    lib: Library,
    view: View,
    /// Entry indexes shown in the articles view (filtered), in order.
    rows: Vec<usize>,
    /// Selected row and first row shown, per view: articles, then the current sub-list.
    art: (usize, usize),
    sub: (usize, usize),
    filter: String,
    /// Typing the filter.
    typing: bool,
    /// The article open in the reader (entry index); the library is hidden meanwhile.
    reading: Option<usize>,
    /// Entity counts per entry, as they are read (`e`).
    per_entry: Vec<Option<ArticleEntities>>,
    /// Next entry whose names to read, while the names are being gathered.
    names_next: Option<usize>,
    names: Vec<LibraryEntity>,
    message: Option<String>,
    /// The index in the cache is written once everything pending was read.
    index_saved: bool,
    created: Instant,
}

impl LibraryView {
    pub fn new(lib: Library) -> LibraryView {
        let mut v = LibraryView {
            per_entry: vec![None; lib.entries.len()],
            lib,
            view: View::Articles,
            rows: Vec::new(),
            art: (0, 0),
            sub: (0, 0),
            filter: String::new(),
            typing: false,
            reading: None,
            names_next: None,
            names: Vec::new(),
            message: None,
            index_saved: true,
            created: Instant::now(),
        };
        v.index_saved = v.lib.pending().is_empty();
        v.refilter();
        v
    }

    /// An empty reader to sit under the library until an article is opened.
    pub fn empty_reader(name: &str, layout: hamish_core::layout::LayoutOptions) -> Reader {
        Reader::new(
            Arc::new(Document::from_text(String::new(), None)),
            name,
            layout,
        )
    }

    pub fn library(&self) -> &Library {
        &self.lib
    }

    /// Whether an article is open over the library (the library is hidden).
    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// The entry index of the selected row of the articles view.
    pub fn selected_entry(&self) -> Option<usize> {
        self.rows.get(self.art.0).copied()
    }

    /// Back from the reader: the article's notes and position are read again, on the same row.
    /// `closing` says why its reading position could not be kept, if it could not.
    pub fn back_from_reading(&mut self, closing: Option<String>) {
        if let Some(i) = self.reading.take() {
            // not sorted again: the row under the cursor stays the article just read
            self.lib.refresh(i);
            if self.lib.entries.get(i).is_some_and(|e| e.summary.is_none()) {
                self.index_saved = false;
            }
        }
        self.message = closing;
    }

    fn refilter(&mut self) {
        let key = Fold::SEARCH.str(self.filter.trim());
        let keep = self.selected_entry();
        self.rows = (0..self.lib.entries.len())
            .filter(|&i| {
                key.is_empty() || Fold::SEARCH.str(self.lib.entries[i].title()).contains(&key)
            })
            .collect();
        self.art = (
            keep.and_then(|k| self.rows.iter().position(|&r| r == k))
                .unwrap_or(0),
            0,
        );
    }

    fn len(&self) -> usize {
        match &self.view {
            View::Articles => self.rows.len(),
            View::Notes(n) => n.len(),
            View::Names => self.names.len(),
            View::NameArticles(k) => self.names.get(*k).map_or(0, |n| n.articles.len()),
        }
    }

    fn cursor(&mut self) -> &mut (usize, usize) {
        match self.view {
            View::Articles => &mut self.art,
            _ => &mut self.sub,
        }
    }

    fn step(&mut self, n: isize) {
        let len = self.len();
        let c = self.cursor();
        c.0 = (c.0 as isize + n).clamp(0, len.saturating_sub(1) as isize) as usize;
    }

    /// Opens entry `i` in the reader; `then` runs on the new reader (a jump to a note or name).
    fn open(&mut self, i: usize, cx: &mut Context, then: impl FnOnce(&mut Reader)) {
        let Some(e) = self.lib.entries.get(i) else {
            return;
        };
        let layout = cx.reader.layout_settings().clone();
        let review = cx.ui.keymap.keys_for(Action::NotesPanel).into_iter().next();
        match session::open(&Source::File(e.path.clone()), layout, review.as_deref()) {
            Ok(mut r) => {
                r.set_shown(cx.reader.shown());
                *cx.reader = r;
                self.reading = Some(i);
                self.message = None;
                cx.request(Request::Relayout);
                // the reader lays out for its viewport before it moves (the relayout comes after)
                let t = cx.ui.geometry.text;
                cx.reader
                    .set_viewport(usize::from(t.width), usize::from(t.height));
                then(cx.reader);
            }
            Err(e) => self.message = Some(format!("{e:#}")),
        }
    }

    fn enter(&mut self, cx: &mut Context) {
        match self.view.clone() {
            View::Articles => {
                if let Some(i) = self.selected_entry() {
                    self.open(i, cx, |_| {});
                }
            }
            View::Notes(notes) => {
                let Some(n) = notes.get(self.sub.0) else {
                    return;
                };
                let id = n.id.clone();
                self.open(n.entry, cx, |r| {
                    let at = r
                        .notes()
                        .iter()
                        .find(|p| p.id == id)
                        .and_then(|p| p.range.as_ref().map(|r| r.start));
                    match at {
                        Some(at) => r.apply(Command::CaretAt(at)),
                        None => r.error("this note's passage is no longer in the article"),
                    }
                });
            }
            View::Names => {
                if self.sub.0 < self.names.len() {
                    self.view = View::NameArticles(self.sub.0);
                    self.sub = (0, 0);
                }
            }
            View::NameArticles(k) => {
                let Some(name) = self.names.get(k) else {
                    return;
                };
                let Some(&(i, _)) = name.articles.get(self.sub.0) else {
                    return;
                };
                // the spelling that finds every mention in that article (`بوتين` for
                // `فلاديمير بوتين`), else the name
                let query = self
                    .per_entry
                    .get(i)
                    .and_then(Option::as_ref)
                    .and_then(|a| {
                        a.names.iter().find(|n| {
                            n.kind == name.kind
                                && Fold::SEARCH.str(&n.name) == Fold::SEARCH.str(&name.name)
                        })
                    })
                    .map_or_else(|| name.name.clone(), |n| n.search.clone());
                self.open(i, cx, |r| r.apply(Command::SubmitSearch(query)));
            }
        }
    }

    fn back(&mut self, cx: &mut Context) {
        match self.view {
            View::Articles if !self.filter.is_empty() => {
                self.filter.clear();
                self.refilter();
            }
            View::Articles => cx.request(Request::Quit),
            View::NameArticles(k) => {
                self.view = View::Names;
                self.sub = (k, 0);
            }
            View::Notes(_) | View::Names => self.view = View::Articles,
        }
    }

    fn show_names(&mut self) {
        self.view = View::Names;
        self.sub = (0, 0);
        if self.names_next.is_none() && self.names.is_empty() {
            self.names_next = Some(0);
        }
    }

    fn typing_key(&mut self, k: &KeyEvent) {
        match k.code {
            KeyCode::Enter => self.typing = false,
            KeyCode::Esc => {
                self.typing = false;
                self.filter.clear();
                self.refilter();
            }
            KeyCode::Backspace => {
                self.filter.pop();
                self.refilter();
            }
            KeyCode::Char(c) if !k.modifiers.contains(KeyModifiers::CONTROL) => {
                self.filter.push(c);
                self.refilter();
            }
            _ => {}
        }
    }

    fn key(&mut self, k: &KeyEvent, cx: &mut Context) {
        if self.typing {
            self.typing_key(k);
            return;
        }
        self.message = None;
        let page = cx.ui.geometry.screen.height.saturating_sub(4).max(1) as isize;
        if k.code == KeyCode::Enter {
            self.enter(cx);
            return;
        }
        match cx.ui.keymap.action_for(k) {
            Some(Action::LineDown) => self.step(1),
            Some(Action::LineUp) => self.step(-1),
            Some(Action::PageDown | Action::HalfPageDown) => self.step(page),
            Some(Action::PageUp | Action::HalfPageUp) => self.step(-page),
            Some(Action::Top) => self.step(-(self.len() as isize)),
            Some(Action::Bottom) => self.step(self.len() as isize),
            Some(Action::SearchStart) if self.view == View::Articles => {
                self.typing = true;
            }
            Some(Action::NotesPanel) => {
                self.view = View::Notes(self.lib.notes());
                self.sub = (0, 0);
            }
            Some(Action::EntityPanel) => self.show_names(),
            Some(Action::Escape) => self.back(cx),
            Some(Action::Quit) => match self.view {
                View::Articles => cx.request(Request::Quit),
                _ => self.back(cx),
            },
            _ => {}
        }
    }

    /// Reads what is pending for at most [`STEP`]: summaries first, then names if asked for.
    fn work(&mut self) {
        let until = Instant::now() + STEP;
        let pending = self.lib.pending();
        for i in pending {
            if Instant::now() >= until {
                return;
            }
            if let Some(job) = self.lib.job(i) {
                let r = job.run();
                self.lib.apply(&job.path, r);
            }
        }
        if !self.index_saved {
            self.lib.save_index();
            self.index_saved = true;
            // titles arrived: the filter may take in more
            if !self.filter.is_empty() {
                self.refilter();
            }
        }
        while let Some(i) = self.names_next {
            if i >= self.lib.entries.len() {
                self.names = merge_entities(&self.per_entry);
                self.names_next = None;
                break;
            }
            if Instant::now() >= until {
                return;
            }
            self.per_entry[i] = self.lib.entry_entities(i);
            self.names_next = Some(i + 1);
        }
    }

    fn has_work(&self) -> bool {
        self.reading.is_none()
            && (self.names_next.is_some()
                || !self.index_saved
                || self
                    .lib
                    .entries
                    .iter()
                    .any(|e| e.summary.is_none() && e.error.is_none()))
    }

    /// The rows of the current view (see [`Row`]).
    fn lines(&self) -> Vec<Row> {
        let lib = &self.lib;
        match &self.view {
            View::Articles => self
                .rows
                .iter()
                .map(|&i| {
                    let e = &lib.entries[i];
                    let words = e
                        .summary
                        .as_ref()
                        .map_or("…".to_owned(), |s| s.words.to_string());
                    let notes = if e.notes > 0 {
                        format!("{}✎", e.notes)
                    } else {
                        String::new()
                    };
                    let pct = e.percent().map_or(String::new(), |p| format!("{p}%"));
                    let words = if e.error.is_some() {
                        "!".to_owned()
                    } else {
                        words
                    };
                    Row {
                        main: match &e.error {
                            Some(why) => format!("{} — {why}", e.title()),
                            None => e.title().to_owned(),
                        },
                        name: e.name.clone(),
                        figures: format!("{pct:>4} {notes:>4} {words:>6}"),
                    }
                })
                .collect(),
            View::Notes(notes) => notes
                .iter()
                .map(|n| {
                    let right = if n.quote.is_empty() {
                        n.text.clone()
                    } else {
                        format!("«{}» {}", n.quote, n.text)
                    };
                    Row {
                        main: hamish_core::text::one_line(&right, Some(300)),
                        name: lib.entries[n.entry].name.clone(),
                        figures: String::new(),
                    }
                })
                .collect(),
            View::Names => self
                .names
                .iter()
                .map(|n| Row {
                    main: n.name.clone(),
                    name: kind_word(n.kind.kind()).to_owned(),
                    figures: format!("{:>5}× {:>4}▤", n.mentions, n.articles.len()),
                })
                .collect(),
            View::NameArticles(k) => self.names.get(*k).map_or(Vec::new(), |n| {
                n.articles
                    .iter()
                    .map(|&(i, c)| {
                        let e = &lib.entries[i];
                        Row {
                            main: e.title().to_owned(),
                            name: e.name.clone(),
                            figures: format!("{c:>5}×"),
                        }
                    })
                    .collect()
            }),
        }
    }

    /// The header: what is listed, with counts (left), and whose list it is (right).
    fn header(&self) -> (String, String) {
        let dir = self.lib.dir.file_name().map_or_else(
            || self.lib.dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let n = self.lib.entries.len();
        let pending = self.lib.pending().len();
        let (counts, whose) = match &self.view {
            View::Articles if self.filter.is_empty() => (format!("{n} articles"), dir),
            View::Articles => (format!("{} of {n} articles", self.rows.len()), dir),
            View::Notes(notes) => (format!("{} notes", notes.len()), dir),
            View::Names => match self.names_next {
                Some(i) => (format!("reading names… {i} of {n} articles"), dir),
                None => (format!("{} names", self.names.len()), dir),
            },
            View::NameArticles(k) => self.names.get(*k).map_or((String::new(), dir), |e| {
                (
                    format!("{} articles mention", e.articles.len()),
                    e.name.clone(),
                )
            }),
        };
        if pending > 0 {
            (format!("{counts} (reading {pending}…)"), whose)
        } else {
            (counts, whose)
        }
    }

    fn hints(&self) -> &'static str {
        match self.view {
            View::Articles => "Enter open · / filter · m notes · e names · q quit",
            View::Notes(_) => "Enter open at the note · Esc back",
            View::Names => "Enter articles · Esc back",
            View::NameArticles(_) => "Enter open · Esc back",
        }
    }
}

impl Component for LibraryView {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        if self.reading.is_some() {
            return EventResult::Ignored;
        }
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(k, cx),
            // nothing under the library may take the mouse or a paste
            _ => {}
        }
        EventResult::Consumed
    }

    fn render(&self, area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        if self.reading.is_some() || area.height == 0 || area.width == 0 {
            return;
        }
        let ui = cx.ui;
        let opts = cx.reader.layout_settings();
        let text = ui.style(Scope::UiText);
        buf.set_style(area, text);
        for y in area.y..area.y + area.height {
            for x in area.x..area.x + area.width {
                if let Some(c) = buf.cell_mut((x, y)) {
                    c.set_symbol(" ");
                }
            }
        }
        let w = area.width;
        // header: counts on the left, the folder (or the name) on the right
        let (counts, whose) = self.header();
        let title_style = ui.style(Scope::UiTitle);
        let cw = fitted_width(&counts, w.saturating_sub(2), opts);
        put_text(buf, (area.x + 1, area.y), cw, &counts, title_style, opts);
        let room = w.saturating_sub(cw + 4);
        put_text_right(
            buf,
            (area.x + w - room - 1, area.y),
            room,
            &whose,
            title_style,
            opts,
        );
        // rows
        let list_top = area.y + 1;
        let rows_h = area.height.saturating_sub(2) as usize;
        let lines = self.lines();
        let (sel, _) = match self.view {
            View::Articles => self.art,
            _ => self.sub,
        };
        let first = crate::tui::layers::list_panel::panel_scroll(sel, rows_h.max(1));
        let muted = ui.style(Scope::UiMargin);
        let selection = text.patch(ui.style(Scope::Selection));
        // columns, left to right: figures (ASCII, fixed), the file name (or kind), then the
        // title or text, flush right when it reads right to left
        let fig_w = lines
            .iter()
            .map(|r| r.figures.chars().count() as u16)
            .max()
            .unwrap_or(0);
        let name_w = (w / 4).clamp(8, 28);
        for (row, r) in lines.iter().enumerate().skip(first).take(rows_h) {
            let y = list_top + (row - first) as u16;
            let selected = row == sel;
            let base = if selected { selection } else { text };
            if selected {
                buf.set_style(Rect::new(area.x, y, w, 1), selection);
            }
            let side = if selected { base } else { base.patch(muted) };
            let mut x = area.x + 1;
            if fig_w > 0 {
                put_text(
                    buf,
                    (x, y),
                    fig_w.min(w.saturating_sub(2)),
                    &r.figures,
                    side,
                    opts,
                );
                x += fig_w + 2;
            }
            let nw = name_w.min((area.x + w).saturating_sub(x + 2));
            put_text(buf, (x, y), nw, &r.name, side, opts);
            x += nw + 2;
            let room = (area.x + w).saturating_sub(x + 1);
            let style = match self.view {
                View::Articles | View::NameArticles(_) => {
                    base.patch(Style::default().add_modifier(ratatui::style::Modifier::BOLD))
                }
                _ => base,
            };
            if is_rtl_label(&r.main) {
                put_text_right(buf, (x, y), room, &r.main, style, opts);
            } else {
                put_text(buf, (x, y), room, &r.main, style, opts);
            }
        }
        if lines.is_empty() {
            let empty = match self.view {
                View::Articles if self.filter.is_empty() => "no articles here (.txt, .html, .md)",
                View::Articles => "no title matches the filter (Esc clears it)",
                View::Notes(_) => "no notes in these articles",
                View::Names if self.names_next.is_some() => "reading the names…",
                _ => "no names found",
            };
            put_text(
                buf,
                (area.x + 1, list_top),
                w.saturating_sub(2),
                empty,
                muted,
                opts,
            );
        }
        // bottom line: the filter being typed, a message, or the keys
        let y = area.y + area.height - 1;
        let status = ui.style(Scope::UiStatus);
        buf.set_style(Rect::new(area.x, y, w, 1), status);
        let line = if self.typing || !self.filter.is_empty() {
            format!("/{}", self.filter)
        } else if let Some(m) = &self.message {
            m.clone()
        } else {
            self.hints().to_owned()
        };
        let style = if self.message.is_some() && !self.typing {
            ui.style(Scope::UiStatusError)
        } else {
            status
        };
        put_text(
            buf,
            (area.x + 1, y),
            w.saturating_sub(2),
            &line,
            style,
            opts,
        );
    }

    fn cursor(&self, area: Rect, cx: &RenderContext) -> Option<(u16, u16)> {
        if !self.typing || self.reading.is_some() {
            return None;
        }
        let opts = cx.reader.layout_settings();
        let w = fitted_width(
            &format!("/{}", self.filter),
            area.width.saturating_sub(2),
            opts,
        );
        Some((area.x + 1 + w, area.y + area.height.saturating_sub(1)))
    }

    fn deadline(&self) -> Option<Instant> {
        // a time already past: read on at once whenever no input is waiting
        self.has_work().then_some(self.created)
    }

    fn on_deadline(&mut self, _cx: &mut Context) {
        self.work();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
