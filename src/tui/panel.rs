//! A list panel drawn over the text: the entity panel (`e`), and the shape other panels (notes)
//! reuse. It takes keys first while open (as gitui's components do) and answers whether it used
//! them.

use crate::theme::Scope;
use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use super::search::FOLD;
use crate::analysis::gazetteer::Gazetteer;
use crate::analysis::{Kind, Span, normalize};
use crate::notes::{NoteStatus, PlacedNote};

/// How much of a passage and of a note the notes panel shows (characters).
const PASSAGE_CHARS: usize = 60;
const NOTE_CHARS: usize = 80;

/// `s` on one line, cut to `max` characters with an ellipsis.
pub fn one_line(s: &str, max: usize) -> String {
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
            // key: the name's matching key without its clitics (or the speaker) → (shown name,
            // offsets); وسورية and بسورية count as mentions of سورية
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
                        text.get(s.range.clone()).unwrap_or("").to_owned()
                    };
                    (s, shown)
                })
                .collect();
            let keys: std::collections::HashSet<String> =
                names.iter().map(|(_, n)| normalize::key(n)).collect();
            let gaz = Gazetteer::get();
            for (s, shown) in names {
                let (key, shown) = if kind == Kind::Quote {
                    (FOLD.str(&shown), shown)
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
        };
        p.step(0);
        p
    }

    /// The notes panel: for each note, a row with its passage (and its status when it moved,
    /// matched only roughly, or lost its passage), then a selectable row with the note's first
    /// line. Orphaned notes come last, shown with the passage they were written on.
    pub fn notes(notes: &[PlacedNote], text: &str) -> ListPanel {
        let mut items = Vec::new();
        for n in notes {
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
                label: "No notes yet: press a to write one".to_owned(),
                detail: String::new(),
                header: true,
                scope: Scope::UiHelp,
                targets: Vec::new(),
                note: None,
            });
        }
        let mut p = ListPanel {
            kind: PanelKind::Notes,
            title: " Notes — Enter: go · E: edit · d: delete · Esc ".to_owned(),
            items,
            selected: 0,
        };
        p.step(0);
        p
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
            Some(Action::Escape | Action::EntityPanel | Action::NotesPanel | Action::Quit) => {
                return PanelResult::Close;
            }
            Some(_) => return PanelResult::Ignored,
            None => return PanelResult::Consumed,
        }
        PanelResult::Consumed
    }
}
