//! A list panel drawn over the left part of the text: the entity panel (`e`) and the notes
//! panel (`m`). It takes the keys while open: its own (Enter, and E/d/#// on notes) through the
//! key map's panel layer, movement through the text's keys; any other text key closes it and is
//! done in the text. The notes panel can be narrowed to the notes with a #tag (`#` steps through
//! the tags, most used first) and to the notes whose text or passage holds what is typed after
//! `/` (folded like the reader's search); `u` takes back a deletion or an edit without closing it.

use std::collections::BTreeMap;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use hamish_core::document::Document;
use hamish_core::fold::Fold;
use hamish_core::notes::{search, tags};
use hamish_core::reader::{Command, Reader};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::confirm::Confirm;
use super::editor::EditorLayer;
use super::text_view::WHEEL_ROWS;
use crate::analysis::gazetteer::Gazetteer;
use crate::analysis::{Kind, Span, normalize};
use crate::notes::{NoteStatus, PlacedNote};
use crate::theme::Scope;
use crate::tui::action::{Action, Mode};
use crate::tui::component::{Component, Context, EventResult, RenderContext};
use crate::tui::draw::{fitted_width, is_rtl_label, put_symbol, put_text, put_text_right};

/// How much of a passage and of a note the notes panel shows (characters).
const PASSAGE_CHARS: usize = 60;
const NOTE_CHARS: usize = 80;

/// `s` on one line, cut to `max` characters with an ellipsis.
fn one_line(s: &str, max: usize) -> String {
    crate::text::one_line(s, Some(max))
}

/// A name's entry in the entity panel: `(key, shown name)` with a leading conjunction or
/// preposition (و ف ب ل ك, لل for ل + ال) dropped when the bare name is itself a mention in
/// `keys` or a known name of that kind; otherwise the name as written.
fn base_name(
    written: &str,
    kind: Kind,
    keys: &std::collections::HashSet<String>,
    gaz: &Gazetteer,
) -> (String, String) {
    let key = normalize::key(written);
    let known = |r: &str| keys.contains(r) || gaz.phrase_kind(r) == Some(kind);
    // the shortest reading that is a name (readings come longest first)
    let Some(bare) = normalize::proclitic_readings(&key)
        .into_iter()
        .skip(1)
        .filter(|r| known(r))
        .min_by_key(|r| r.chars().count())
    else {
        return (key, written.to_owned());
    };
    // show the bare name as written: drop as many letters as the reading dropped (one more
    // for لل read as ل + ال, whose article is given back below)
    let article_back = !key.ends_with(bare.as_str());
    let dropped = key.chars().count() - bare.chars().count() + usize::from(article_back);
    let mut letters = 0;
    let mut cut = written.len();
    for (i, c) in written.char_indices() {
        if letters == dropped {
            cut = i;
            break;
        }
        if normalize::key_char(c).is_some() {
            letters += 1;
        }
    }
    let rest = &written[cut..];
    // لل read as ل + ال gives the article back
    let shown = if article_back {
        format!("ا{rest}")
    } else {
        rest.to_owned()
    };
    (bare, shown)
}

/// Which list a panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    Entities,
    Notes,
}

/// One row: a group header, or an entry that jumps to document offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelItem {
    pub label: String,
    /// Shown right after the label (a count, a speaker …).
    pub detail: String,
    pub header: bool,
    /// Theme scope of the label.
    pub scope: Scope,
    /// Document byte offsets Enter cycles through (sorted).
    pub targets: Vec<usize>,
    /// The note this entry stands for (notes panel).
    pub note: Option<String>,
}

/// Which notes the notes panel shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NoteFilter {
    /// Only notes with this #tag (compared folded).
    pub tag: Option<String>,
    /// Only notes whose text or passage holds this (folded like the reader's search).
    pub query: String,
}

impl NoteFilter {
    fn has_query(&self) -> bool {
        !Fold::SEARCH.str(&self.query).trim().is_empty()
    }

    pub fn is_active(&self) -> bool {
        self.tag.is_some() || self.has_query()
    }

    /// `#tag /query`, as the panel's title shows it.
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(t) = &self.tag {
            parts.push(format!("#{t}"));
        }
        if self.has_query() {
            parts.push(format!("/{}", self.query));
        }
        parts.join(" ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPanel {
    pub kind: PanelKind,
    pub title: String,
    pub items: Vec<PanelItem>,
    /// Index into `items` (never a header when any entry exists).
    pub selected: usize,
    /// What the items were built from, to rebuild them when it changes.
    source: Source,
    /// The notes panel's filter.
    pub filter: NoteFilter,
    /// Keys go to the filter's query (after `/`).
    pub typing: bool,
}

/// What a panel's items reflect: the number of spans and whether the analysis was done, or the
/// notes (id, range, text, status).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
enum Source {
    #[default]
    None,
    Spans(usize, bool),
    Notes(Vec<(String, Option<std::ops::Range<usize>>, String, NoteStatus)>),
}

fn notes_source(notes: &[PlacedNote]) -> Source {
    Source::Notes(
        notes
            .iter()
            .map(|n| (n.id.clone(), n.range.clone(), n.text.clone(), n.status))
            .collect(),
    )
}

impl ListPanel {
    /// The entity panel on the reader's spans, on the name chosen last time when it is there.
    pub fn entities(reader: &Reader) -> ListPanel {
        let mut p = ListPanel::entity_list(reader.text(), reader.spans(), reader.analysis_ready());
        p.source = Source::Spans(reader.spans().len(), reader.analysis_ready());
        p
    }

    /// The notes panel, starting on the note at (or after) the caret; `None` without a notebook.
    pub fn notes(reader: &Reader) -> Option<ListPanel> {
        let nb = reader.notebook()?;
        let mut p = ListPanel::note_list(nb.notes(), reader.doc(), &NoteFilter::default());
        p.source = notes_source(nb.notes());
        let at = reader.here();
        if let Some(i) = p
            .items
            .iter()
            .position(|it| it.note.is_some() && it.targets.first().is_some_and(|&t| t >= at))
        {
            p.selected = i;
        }
        if let Some(c) = reader.caret_note().map(|n| n.id.clone())
            && let Some(i) = p.items.iter().position(|it| it.note.as_ref() == Some(&c))
        {
            p.selected = i;
        }
        Some(p)
    }

    /// The entity panel: entities grouped by kind (persons, places, organisations, others,
    /// quotations by speaker), each with its number of mentions, most mentioned first.
    fn entity_list(text: &str, spans: &[Span], ready: bool) -> ListPanel {
        let groups: [(Kind, &str, Scope); 5] = [
            (Kind::Person, "Persons", Scope::EntityPerson),
            (Kind::Place, "Places", Scope::EntityPlace),
            (
                Kind::Organization,
                "Organisations",
                Scope::EntityOrganization,
            ),
            (Kind::Misc, "Other names", Scope::EntityMisc),
            (Kind::Quote, "Quotations", Scope::Quote),
        ];
        let mut items = Vec::new();
        for (kind, title, scope) in groups {
            // key: the entity's ref (the fullest name the article gives it: بوتين is a mention of
            // فلاديمير بوتين) without its clitics, or the speaker → (shown name, offsets);
            // وسورية and بسورية count as mentions of سورية
            let mut by_name: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
            let names: Vec<(&Span, String)> = spans
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| {
                    let shown = if kind == Kind::Quote {
                        s.speaker
                            .clone()
                            .unwrap_or_else(|| "(no speaker)".to_owned())
                    } else {
                        match &s.canonical {
                            Some(r) => r.to_string(),
                            None => text.get(s.range.clone()).unwrap_or("").to_owned(),
                        }
                    };
                    (s, shown)
                })
                .collect();
            let keys: std::collections::HashSet<String> =
                names.iter().map(|(_, n)| normalize::key(n)).collect();
            let gaz = Gazetteer::get();
            for (s, shown) in names {
                let (key, shown) = if kind == Kind::Quote {
                    (Fold::SEARCH.str(&shown), shown)
                } else {
                    base_name(&shown, kind, &keys, gaz)
                };
                let e = by_name
                    .entry(key)
                    .or_insert_with(|| (shown.clone(), Vec::new()));
                // a mention written without clitics names the entry
                if normalize::key(&shown).chars().count() < normalize::key(&e.0).chars().count() {
                    e.0 = shown;
                }
                e.1.push(s.range.start);
            }
            if by_name.is_empty() {
                continue;
            }
            let total: usize = by_name.values().map(|(_, v)| v.len()).sum();
            items.push(PanelItem {
                label: title.to_owned(),
                detail: format!(
                    "{} · {total} mention{}",
                    by_name.len(),
                    if total == 1 { "" } else { "s" }
                ),
                header: true,
                scope: Scope::UiHelpKey,
                targets: Vec::new(),
                note: None,
            });
            let mut entries: Vec<(String, Vec<usize>)> = by_name.into_values().collect();
            entries.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1[0].cmp(&b.1[0])));
            for (name, mut offs) in entries {
                offs.sort_unstable();
                items.push(PanelItem {
                    label: name,
                    detail: format!("{}", offs.len()),
                    header: false,
                    scope,
                    targets: offs,
                    note: None,
                });
            }
        }
        if items.is_empty() {
            items.push(PanelItem {
                label: if ready {
                    "No entities or quotations found".to_owned()
                } else {
                    "Still looking for entities…".to_owned()
                },
                detail: String::new(),
                header: true,
                scope: Scope::UiHelp,
                targets: Vec::new(),
                note: None,
            });
        }
        let mut p = ListPanel {
            kind: PanelKind::Entities,
            title: if ready {
                " Entities — Enter: next mention · Esc: close ".to_owned()
            } else {
                // a big article is analysed in pieces: say the counts are not final
                " Entities (still counting…) — Enter: next mention · Esc: close ".to_owned()
            },
            items,
            selected: 0,
            source: Source::None,
            filter: NoteFilter::default(),
            typing: false,
        };
        p.step(0);
        p
    }

    /// The notes panel: for each note, a row with its passage (and its status when it moved,
    /// matched only roughly, or lost its passage), then a selectable row with the note's first
    /// line. Orphaned notes come last, shown with the passage they were written on. Only the
    /// notes `filter` lets through are listed.
    fn note_list(notes: &[PlacedNote], doc: &Document, filter: &NoteFilter) -> ListPanel {
        let text = doc.text.as_str();
        let found: Vec<&PlacedNote> = if filter.has_query() {
            search::search(notes, doc, &filter.query)
                .into_iter()
                .filter_map(|m| notes.get(m.index))
                .collect()
        } else {
            notes.iter().collect()
        };
        let shown: Vec<&PlacedNote> = found
            .into_iter()
            .filter(|n| filter.tag.as_ref().is_none_or(|t| n.has_tag(t)))
            .collect();
        let mut items = Vec::new();
        for n in &shown {
            let passage = match &n.range {
                Some(r) => text.get(r.clone()).unwrap_or(&n.quote),
                None => n.quote.as_str(),
            };
            let status = match n.status {
                NoteStatus::Anchored => String::new(),
                NoteStatus::Moved => "(moved)".to_owned(),
                NoteStatus::Fuzzy => "(passage changed)".to_owned(),
                NoteStatus::Orphaned => "(passage gone)".to_owned(),
            };
            items.push(PanelItem {
                label: format!("“{}”", one_line(passage, PASSAGE_CHARS)),
                detail: status,
                header: true,
                scope: Scope::Note,
                targets: Vec::new(),
                note: None,
            });
            items.push(PanelItem {
                label: one_line(&n.text, NOTE_CHARS),
                detail: String::new(),
                header: false,
                scope: Scope::UiHelp,
                targets: n.range.iter().map(|r| r.start).collect(),
                note: Some(n.id.clone()),
            });
        }
        if items.is_empty() {
            items.push(PanelItem {
                label: if notes.is_empty() {
                    "No notes yet: press a to write one".to_owned()
                } else {
                    format!("No notes match {}", filter.describe())
                },
                detail: String::new(),
                header: true,
                scope: Scope::UiHelp,
                targets: Vec::new(),
                note: None,
            });
        }
        let title = if filter.is_active() {
            format!(
                // a left-to-right mark after the tag or query: the count that follows reads
                // after it, not into an Arabic run («#مكان: 2» would show as «2 :مكان#»)
                " Notes {}\u{200e}: {} of {} — Esc: all notes ",
                filter.describe(),
                shown.len(),
                notes.len()
            )
        } else {
            " Notes — Enter: go · E: edit · d: delete · Esc ".to_owned()
        };
        let mut p = ListPanel {
            kind: PanelKind::Notes,
            title,
            items,
            selected: 0,
            source: Source::None,
            filter: filter.clone(),
            typing: false,
        };
        p.step(0);
        p
    }

    /// The notes list again, after the filter changed.
    fn refilter(&mut self, reader: &Reader) {
        let fresh = ListPanel::note_list(reader.notes(), reader.doc(), &self.filter);
        let typing = self.typing;
        self.replace_keeping_selection(fresh, notes_source(reader.notes()));
        self.typing = typing;
    }

    /// `#`: only the notes with the next tag (most used first), then all notes again.
    fn next_tag(&mut self, cx: &mut Context) {
        let all = tags::count(cx.reader.notes());
        if all.is_empty() {
            cx.reader
                .say("no #tags in these notes yet: write #word in a note to tag it");
            return;
        }
        let next = match &self.filter.tag {
            None => Some(0),
            Some(t) => {
                let key = tags::key(t);
                all.iter()
                    .position(|c| tags::key(&c.tag) == key)
                    .map_or(Some(0), |i| (i + 1 < all.len()).then_some(i + 1))
            }
        };
        self.filter.tag = next.and_then(|i| all.get(i)).map(|c| c.tag.clone());
        self.refilter(cx.reader);
    }

    /// A key while the filter's query is being typed (after `/`): the prompt's keys, up and
    /// down move in the list, anything printable is typed.
    fn typing_key(&mut self, k: &KeyEvent, cx: &mut Context) -> EventResult {
        match cx.ui.keymap.action_in(Mode::Prompt, k) {
            Some(Action::PromptSubmit) => self.typing = false,
            Some(Action::PromptCancel) => {
                self.typing = false;
                self.filter.query.clear();
            }
            Some(Action::PromptBackspace) => {
                match self.filter.query.grapheme_indices(true).next_back() {
                    Some((i, _)) => self.filter.query.truncate(i),
                    None => self.typing = false,
                }
            }
            Some(Action::PromptClear) => self.filter.query.clear(),
            _ => match k.code {
                KeyCode::Down => self.step(1),
                KeyCode::Up => self.step(-1),
                KeyCode::Char(c)
                    if !k.modifiers.contains(KeyModifiers::CONTROL) && !c.is_control() =>
                {
                    self.filter.query.push(c);
                }
                _ => return EventResult::Consumed,
            },
        }
        self.refilter(cx.reader);
        EventResult::Consumed
    }

    /// The note of the selected entry, if any.
    pub fn selected_note(&self) -> Option<&str> {
        self.items.get(self.selected)?.note.as_deref()
    }

    /// Moves the selection by `n` entries (skipping headers), clamped.
    pub fn step(&mut self, n: isize) {
        let entries: Vec<usize> = (0..self.items.len())
            .filter(|&i| !self.items[i].header)
            .collect();
        if entries.is_empty() {
            self.selected = 0;
            return;
        }
        let cur = entries
            .iter()
            .position(|&i| i >= self.selected)
            .unwrap_or(entries.len() - 1) as isize;
        let next = (cur + n).clamp(0, entries.len() as isize - 1) as usize;
        self.selected = entries[next];
    }
}

/// The first item the panel shows when `selected` must be visible in `rows` rows.
pub fn panel_scroll(selected: usize, rows: usize) -> usize {
    selected.saturating_sub(rows.saturating_sub(1))
}

impl ListPanel {
    /// Selects the entry with this label, if there is one (the name chosen last time).
    pub fn select_label(&mut self, label: Option<&str>) {
        if let Some(l) = label
            && let Some(i) = self.items.iter().position(|it| !it.header && it.label == l)
        {
            self.selected = i;
        }
    }

    /// The label of the selected entry.
    fn selected_label(&self) -> Option<String> {
        self.items.get(self.selected).map(|it| it.label.clone())
    }

    /// Enter: go to the selected entry (a name: its next mention; a note: its passage).
    fn open(&mut self, cx: &mut Context) {
        let Some(it) = self.items.get(self.selected).cloned() else {
            return;
        };
        match self.kind {
            PanelKind::Entities => {
                if it.targets.is_empty() {
                    return;
                }
                cx.ui.last_entity = Some(it.label.clone());
                cx.close();
                cx.reader.apply(Command::MentionsOf(it.targets));
            }
            PanelKind::Notes => match (it.note, it.targets.first()) {
                (Some(_), Some(&t)) => {
                    cx.close();
                    cx.reader.apply(Command::CaretAt(t));
                }
                (Some(_), None) => cx
                    .reader
                    .error("this note's passage is no longer in the article (E edits, d deletes)"),
                _ => {}
            },
        }
    }

    fn key(&mut self, k: &KeyEvent, cx: &mut Context) -> EventResult {
        cx.reader.clear_message();
        if self.typing {
            return self.typing_key(k, cx);
        }
        let km = &cx.ui.keymap;
        let page = cx.ui.geometry.text.height.saturating_sub(4).max(1) as isize;
        if let Some(a) = km.action_in(Mode::Panel, k) {
            match (a, self.kind) {
                (Action::PanelOpen, _) => self.open(cx),
                (Action::PanelEdit, PanelKind::Notes) => {
                    if let Some(id) = self.selected_note().map(str::to_owned) {
                        EditorLayer::open_edit(cx, &id);
                    }
                }
                (Action::PanelDelete, PanelKind::Notes) => {
                    if let Some(id) = self.selected_note().map(str::to_owned) {
                        Confirm::delete_note(cx, &id);
                    }
                }
                (Action::PanelTag, PanelKind::Notes) => self.next_tag(cx),
                (Action::PanelSearch, PanelKind::Notes) => self.typing = true,
                _ => {}
            }
            return EventResult::Consumed;
        }
        match km.action_for(k) {
            Some(Action::LineDown) => self.step(1),
            Some(Action::LineUp) => self.step(-1),
            Some(Action::PageDown | Action::HalfPageDown) => self.step(page),
            Some(Action::PageUp | Action::HalfPageUp) => self.step(-page),
            Some(Action::Top) => self.step(-(self.items.len() as isize)),
            Some(Action::Bottom) => self.step(self.items.len() as isize),
            Some(Action::NoteEdit) if self.kind == PanelKind::Notes => {
                if let Some(id) = self.selected_note().map(str::to_owned) {
                    EditorLayer::open_edit(cx, &id);
                }
            }
            Some(Action::NoteDelete) if self.kind == PanelKind::Notes => {
                if let Some(id) = self.selected_note().map(str::to_owned) {
                    Confirm::delete_note(cx, &id);
                }
            }
            // undo in the notes list keeps it open, on the note that comes back
            Some(Action::Undo) if self.kind == PanelKind::Notes => {
                cx.reader.apply(Command::Undo);
            }
            Some(Action::UndoOrHalfPageUp) if self.kind == PanelKind::Notes => {
                if cx.reader.undo_offered() {
                    cx.reader.apply(Command::Undo);
                } else {
                    self.step(-page);
                }
            }
            Some(Action::Escape) if self.filter.is_active() => {
                self.filter = NoteFilter::default();
                self.refilter(cx.reader);
            }
            Some(Action::Escape | Action::Quit | Action::EntityPanel | Action::NotesPanel) => {
                cx.close()
            }
            Some(_) => {
                // a reader key (t, ?, …): close the panel and let the text do it
                cx.close();
                return EventResult::Ignored;
            }
            None => {}
        }
        EventResult::Consumed
    }

    /// The mouse over the panel: the wheel moves the selection, a click selects an entry and a
    /// click on the selected entry opens it. A click elsewhere closes the panel and is then
    /// handled by the text.
    fn mouse(&mut self, m: &MouseEvent, cx: &mut Context) -> EventResult {
        let Some(rect) = cx.ui.geometry.panel() else {
            return EventResult::Ignored;
        };
        let inside = m.column >= rect.x
            && m.column < rect.right()
            && m.row >= rect.y
            && m.row < rect.bottom();
        match m.kind {
            MouseEventKind::ScrollDown if inside => self.step(WHEEL_ROWS),
            MouseEventKind::ScrollUp if inside => self.step(-WHEEL_ROWS),
            MouseEventKind::Down(MouseButton::Left) if inside => {
                let rows = usize::from(rect.height.saturating_sub(2));
                let Some(r) = usize::from(m.row).checked_sub(usize::from(rect.y) + 1) else {
                    return EventResult::Consumed;
                };
                if r >= rows {
                    return EventResult::Consumed;
                }
                let i = panel_scroll(self.selected, rows) + r;
                match self.items.get(i) {
                    Some(it) if !it.header && i == self.selected => self.open(cx),
                    Some(it) if !it.header => self.selected = i,
                    _ => {}
                }
            }
            MouseEventKind::Down(_) => {
                cx.close();
                return EventResult::Ignored;
            }
            _ if inside => {}
            _ => return EventResult::Ignored,
        }
        EventResult::Consumed
    }
}

impl Component for ListPanel {
    fn handle_event(&mut self, event: &Event, cx: &mut Context) -> EventResult {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(k, cx),
            Event::Mouse(m) => self.mouse(m, cx),
            Event::Paste(text) if self.typing => {
                self.filter.query.extend(
                    text.chars()
                        .map(|c| if c.is_whitespace() { ' ' } else { c })
                        .filter(|c| !c.is_control()),
                );
                self.refilter(cx.reader);
                EventResult::Consumed
            }
            _ => EventResult::Ignored,
        }
    }

    fn sync(&mut self, cx: &mut Context) {
        let reader = &*cx.reader;
        let (fresh, want) = match self.kind {
            PanelKind::Entities => {
                let want = Source::Spans(reader.spans().len(), reader.analysis_ready());
                if want == self.source {
                    return;
                }
                (ListPanel::entities(reader), want)
            }
            PanelKind::Notes => {
                let want = notes_source(reader.notes());
                if want == self.source {
                    return;
                }
                (
                    ListPanel::note_list(reader.notes(), reader.doc(), &self.filter),
                    want,
                )
            }
        };
        let typing = self.typing;
        self.replace_keeping_selection(fresh, want);
        self.typing = typing;
    }

    fn render(&self, _area: Rect, buf: &mut Buffer, cx: &RenderContext) {
        self.render_panel(buf, cx);
        if self.typing {
            self.render_query(buf, cx);
        }
    }

    fn cursor(&self, _area: Rect, cx: &RenderContext) -> Option<(u16, u16)> {
        let g = cx.ui.geometry;
        if !self.typing || g.status.height == 0 {
            return None;
        }
        let w = g.status.width;
        let q = &self.filter.query;
        let x = if is_rtl_label(q) {
            1
        } else {
            1 + fitted_width(q, w.saturating_sub(2), cx.reader.layout_settings())
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

impl ListPanel {
    /// Takes `fresh`'s items, keeping the selection where it was: the same note, or the same
    /// name, else the same row.
    fn replace_keeping_selection(&mut self, fresh: ListPanel, source: Source) {
        let (note, label, i) = (
            self.selected_note().map(str::to_owned),
            self.selected_label(),
            self.selected,
        );
        *self = fresh;
        self.source = source;
        self.selected = note
            .and_then(|id| {
                self.items
                    .iter()
                    .position(|it| it.note.as_deref() == Some(&id))
            })
            .or_else(|| {
                label.and_then(|l| self.items.iter().position(|it| !it.header && it.label == l))
            })
            .unwrap_or(i.min(self.items.len().saturating_sub(1)));
        self.step(0);
    }

    /// The filter's query being typed, in the status line as the reader's search prompt is.
    fn render_query(&self, buf: &mut Buffer, cx: &RenderContext) {
        super::prompt::draw_prompt(buf, cx, "/", &self.filter.query, None);
    }

    fn render_panel(&self, buf: &mut Buffer, cx: &RenderContext) {
        let ui = cx.ui;
        let o = cx.reader.layout_settings();
        let Some(rect) = ui.geometry.panel() else {
            return;
        };
        Clear.render(rect, buf);
        let mut block = Block::default()
            .borders(Borders::ALL)
            .border_style(ui.style(Scope::UiBorder))
            .style(ui.style(Scope::UiHelp));
        if self.kind == PanelKind::Notes {
            block = block.title_bottom(" U: undo · #: tag · /: find ");
        }
        let inner = block.inner(rect);
        block.render(rect, buf);
        // The title may hold an Arabic tag or query: laid out (shaped, visual order) like every
        // other text on screen, not handed to the terminal as a logical-order string.
        if rect.width > 2 {
            let end = put_text(
                buf,
                (rect.x + 1, rect.y),
                rect.width - 2,
                &self.title,
                ui.style(Scope::UiHelp),
                o,
            );
            // the layout gives a trailing space no column: keep the one before the border
            if self.title.ends_with(' ') && end < rect.x + rect.width - 1 {
                put_symbol(buf, end, rect.y, " ", ui.style(Scope::UiHelp));
            }
        }
        let rows = inner.height as usize;
        let scroll = panel_scroll(self.selected, rows);
        let base = ui.style(Scope::UiHelp);
        for (i, item) in self.items.iter().enumerate().skip(scroll).take(rows) {
            let y = inner.y + (i - scroll) as u16;
            let row = Rect::new(inner.x, y, inner.width, 1);
            let selected = i == self.selected && !item.header;
            // the whole row is selected: its text too, not only the padding around it
            let row_style = if selected {
                base.patch(ui.style(Scope::Selection))
            } else {
                base
            };
            buf.set_style(row, row_style);
            let label_style = if selected {
                base.patch(ui.style(item.scope))
                    .patch(ui.style(Scope::Selection))
            } else {
                row_style.patch(ui.style(item.scope))
            };
            let indent = if item.header { 1 } else { 3 };
            let detail_w = item.detail.width() as u16;
            let room = inner.width.saturating_sub(indent + detail_w + 2);
            if !item.header && is_rtl_label(&item.label) {
                // an Arabic name reads from the right: the name flush right, its count on the left
                put_text_right(
                    buf,
                    (inner.x + detail_w + 2, y),
                    room,
                    &item.label,
                    label_style,
                    o,
                );
                if detail_w + 1 < inner.width {
                    put_text(buf, (inner.x + 1, y), detail_w, &item.detail, row_style, o);
                }
                continue;
            }
            let x = put_text(
                buf,
                (inner.x + indent, y),
                room,
                &item.label,
                label_style,
                o,
            );
            if item.header {
                put_text(
                    buf,
                    (x + 2, y),
                    inner.width.saturating_sub(x + 2 - inner.x),
                    &item.detail,
                    row_style,
                    o,
                );
            } else if detail_w + 1 < inner.width {
                let dx = inner.x + inner.width - detail_w - 1;
                put_text(buf, (dx, y), detail_w, &item.detail, row_style, o);
            }
        }
    }
}
