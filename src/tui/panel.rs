//! A list panel drawn over the text: the entity panel (`e`), and the shape other panels (notes)
//! reuse. It takes keys first while open (as gitui's components do) and answers whether it used
//! them.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use super::search::fold;
use crate::analysis::{Kind, Span};

/// Which list a panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    Entities,
}

/// One row: a group header, or an entry that jumps to document offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelItem {
    pub label: String,
    /// Shown right after the label (a count, a speaker …).
    pub detail: String,
    pub header: bool,
    /// Theme scope of the label.
    pub scope: &'static str,
    /// Document byte offsets Enter cycles through (sorted).
    pub targets: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPanel {
    pub kind: PanelKind,
    pub title: String,
    pub items: Vec<PanelItem>,
    /// Index into `items` (never a header when any entry exists).
    pub selected: usize,
}

/// What a key did to an open panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelResult {
    /// Used; nothing else to do.
    Consumed,
    /// Close the panel.
    Close,
    /// Jump to the next of these targets.
    Jump(Vec<usize>),
    /// Not a panel key.
    Ignored,
}

impl ListPanel {
    /// The entity panel: entities grouped by kind (persons, places, organisations, others,
    /// quotations by speaker), each with its number of mentions, most mentioned first.
    pub fn entities(text: &str, spans: &[Span], ready: bool) -> ListPanel {
        let groups: [(Kind, &str, &'static str); 5] = [
            (Kind::Person, "Persons", "entity.person"),
            (Kind::Place, "Places", "entity.place"),
            (Kind::Organization, "Organisations", "entity.organization"),
            (Kind::Misc, "Other names", "entity.misc"),
            (Kind::Quote, "Quotations", "quote"),
        ];
        let mut items = Vec::new();
        for (kind, title, scope) in groups {
            // key: folded name (or speaker) → (shown name, offsets)
            let mut by_name: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
            for s in spans.iter().filter(|s| s.kind == kind) {
                let shown = if kind == Kind::Quote {
                    s.speaker
                        .clone()
                        .unwrap_or_else(|| "(no speaker)".to_owned())
                } else {
                    text.get(s.range.clone()).unwrap_or("").to_owned()
                };
                let e = by_name
                    .entry(fold(&shown))
                    .or_insert_with(|| (shown.clone(), Vec::new()));
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
                scope: "ui.help.key",
                targets: Vec::new(),
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
                scope: "ui.help",
                targets: Vec::new(),
            });
        }
        let mut p = ListPanel {
            kind: PanelKind::Entities,
            title: " Entities — Enter: next mention · Esc: close ".to_owned(),
            items,
            selected: 0,
        };
        p.step(0);
        p
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

    /// Handles a key (already translated to an action when the key map knows it).
    pub fn handle(&mut self, key: &KeyEvent, action: Option<Action>, page: usize) -> PanelResult {
        if key.code == KeyCode::Enter {
            return match self.items.get(self.selected) {
                Some(it) if !it.targets.is_empty() => PanelResult::Jump(it.targets.clone()),
                _ => PanelResult::Consumed,
            };
        }
        match action {
            Some(Action::LineDown) => self.step(1),
            Some(Action::LineUp) => self.step(-1),
            Some(Action::PageDown | Action::HalfPageDown) => self.step(page as isize),
            Some(Action::PageUp | Action::HalfPageUp) => self.step(-(page as isize)),
            Some(Action::Top) => self.step(-(self.items.len() as isize)),
            Some(Action::Bottom) => self.step(self.items.len() as isize),
            Some(Action::Escape | Action::EntityPanel | Action::Quit) => {
                return PanelResult::Close;
            }
            Some(_) => return PanelResult::Ignored,
            None => return PanelResult::Consumed,
        }
        PanelResult::Consumed
    }
}
