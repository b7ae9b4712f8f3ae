//! Keys → actions. [`BINDINGS`] is the ONE table of default keys and their help text: the key map
//! is built from it and the help overlay lists it, so they cannot disagree. The user's
//! `[keys]` section in config.toml adds or replaces bindings (`"C-n" = "page_down"`,
//! `"x" = "none"` to unbind).

use std::collections::{BTreeMap, HashMap};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// A bindable action: its config name, default keys and what the help overlay says.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub action: Action,
    /// The name used in config.toml's `[keys]`.
    pub name: &'static str,
    pub keys: &'static [&'static str],
    pub help: &'static str,
}

const fn b(
    action: Action,
    name: &'static str,
    keys: &'static [&'static str],
    help: &'static str,
) -> Binding {
    Binding {
        action,
        name,
        keys,
        help,
    }
}

/// The default key table (also the help overlay's content, in this order).
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(Action::LineDown,            "line_down",            &["j", "down"],         "next line"),
    b(Action::LineUp,              "line_up",              &["k", "up"],           "previous line"),
    b(Action::PageDown,            "page_down",            &["space", "pagedown"], "next page"),
    b(Action::PageUp,              "page_up",              &["b", "pageup"],       "previous page"),
    b(Action::HalfPageDown,        "half_page_down",       &["C-d"],               "half a page down"),
    b(Action::HalfPageUp,          "half_page_up",         &["C-u"],               "half a page up"),
    b(Action::Top,                 "top",                  &["g", "home"],         "beginning of the article"),
    b(Action::Bottom,              "bottom",               &["G", "end"],          "end of the article"),
    b(Action::WordLeft,            "word_left",            &["left"],              "caret a word left (forward in Arabic)"),
    b(Action::WordRight,           "word_right",           &["right"],             "caret a word right (back in Arabic)"),
    b(Action::SentenceNext,        "sentence_next",        &[")"],                 "caret to the next sentence"),
    b(Action::SentencePrev,        "sentence_prev",        &["("],                 "caret to the previous sentence"),
    b(Action::SearchStart,         "search",               &["/"],                 "search (harakat, hamza forms ignored)"),
    b(Action::SearchNext,          "search_next",          &["n"],                 "next match"),
    b(Action::SearchPrev,          "search_prev",          &["N"],                 "previous match"),
    b(Action::EntityPanel,         "entity_panel",         &["e"],                 "entity panel (Enter: next mention)"),
    b(Action::MentionNext,         "mention_next",         &["enter"],             "next mention of the panel's name"),
    b(Action::EntityNext,          "entity_next",          &["]"],                 "next entity or quotation"),
    b(Action::EntityPrev,          "entity_prev",          &["["],                 "previous entity or quotation"),
    b(Action::TogglePersons,       "toggle_persons",       &["1"],                 "show/hide persons"),
    b(Action::TogglePlaces,        "toggle_places",        &["2"],                 "show/hide places"),
    b(Action::ToggleOrganizations, "toggle_organizations", &["3"],                 "show/hide organisations"),
    b(Action::ToggleQuotes,        "toggle_quotes",        &["4"],                 "show/hide quotations"),
    b(Action::SelectStart,         "select",               &["v"],                 "select from the caret"),
    b(Action::Copy,                "copy",                 &["y"],                 "copy selection (or sentence)"),
    b(Action::Annotate,            "annotate",             &["a"],                 "note on selection (or sentence)"),
    b(Action::NotesPanel,          "notes_panel",          &["m"],                 "notes panel"),
    b(Action::NoteNext,            "note_next",            &["}"],                 "next note"),
    b(Action::NotePrev,            "note_prev",            &["{"],                 "previous note"),
    b(Action::NoteEdit,            "note_edit",            &["E"],                 "edit the note at the caret"),
    b(Action::NoteDelete,          "note_delete",          &["D"],                 "delete the note at the caret"),
    b(Action::CycleTheme,          "cycle_theme",          &["t"],                 "next theme"),
    b(Action::Help,                "help",                 &["?", "f1"],           "this help"),
    b(Action::Escape,              "escape",               &["esc"],               "close; clear selection or search"),
    b(Action::Quit,                "quit",                 &["q", "C-c"],          "quit; reading position kept"),
    b(Action::Suspend,             "suspend",              &["C-z"],               "back to the shell (fg returns)"),
];

/// Help lines for input that is not a key binding.
pub const OTHER_INPUT: &[(&str, &str)] = &[
    ("wheel", "scroll three lines"),
    ("click", "put the caret on a word"),
    ("drag", "select a passage"),
];

/// A key with its modifiers, normalised (Shift is folded into the character for printable keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyCombo {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl KeyCombo {
    pub fn from_event(ev: &KeyEvent) -> KeyCombo {
        let mut mods =
            ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match ev.code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                // Ctrl+letter arrives lower-case on most terminals; make it canonical.
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        KeyCombo { code, mods }
    }
}

const NAMED: &[(&str, KeyCode)] = &[
    ("space", KeyCode::Char(' ')),
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("del", KeyCode::Delete),
    ("ins", KeyCode::Insert),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("minus", KeyCode::Char('-')),
];

/// Parses `j`, `G`, `space`, `pagedown`, `C-d`, `A-x`, `S-left`, `f1` …
pub fn parse_key(s: &str) -> Result<KeyCombo, String> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    while rest.len() > 2 {
        let m = match &rest[..2] {
            "C-" => KeyModifiers::CONTROL,
            "A-" => KeyModifiers::ALT,
            "S-" => KeyModifiers::SHIFT,
            _ => break,
        };
        mods |= m;
        rest = &rest[2..];
    }
    let lower = rest.to_ascii_lowercase();
    let code = if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == lower) {
        *code
    } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=24).contains(&n)
    {
        KeyCode::F(n)
    } else {
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => {
                return Err(format!(
                    "unknown key \"{s}\" (examples: j, G, space, C-d, pagedown, f1)"
                ));
            }
        }
    };
    let ev = KeyEvent::new(code, mods);
    Ok(KeyCombo::from_event(&ev))
}

/// How a key is written in config files and the help overlay.
pub fn key_name(k: &KeyCombo) -> String {
    let mut s = String::new();
    if k.mods.contains(KeyModifiers::CONTROL) {
        s.push_str("C-");
    }
    if k.mods.contains(KeyModifiers::ALT) {
        s.push_str("A-");
    }
    if k.mods.contains(KeyModifiers::SHIFT) {
        s.push_str("S-");
    }
    match k.code {
        KeyCode::Char(c) => match NAMED.iter().find(|(_, code)| *code == KeyCode::Char(c)) {
            Some((n, _)) => s.push_str(n),
            None => s.push(c),
        },
        KeyCode::F(n) => s.push_str(&format!("f{n}")),
        other => match NAMED.iter().find(|(_, code)| *code == other) {
            Some((n, _)) => s.push_str(n),
            None => s.push_str(&format!("{other:?}").to_lowercase()),
        },
    }
    s
}

/// Finds a bindable action by its config name.
pub fn action_by_name(name: &str) -> Option<Action> {
    BINDINGS.iter().find(|b| b.name == name).map(|b| b.action)
}

#[derive(Debug, Clone)]
pub struct Keymap {
    map: HashMap<KeyCombo, Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = HashMap::new();
        for b in BINDINGS {
            for k in b.keys {
                match parse_key(k) {
                    Ok(combo) => {
                        map.insert(combo, b.action);
                    }
                    // The table is ours; a test checks every entry parses.
                    Err(_) => debug_assert!(false, "bad default key {k}"),
                }
            }
        }
        Keymap { map }
    }
}

/// A bad `[keys]` entry: which key, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyError {
    pub key: String,
    pub msg: String,
}

impl Keymap {
    /// The default map with the user's `[keys]` entries (key → action name, or "none") applied.
    pub fn with_overrides(overrides: &BTreeMap<String, String>) -> Result<Keymap, KeyError> {
        let mut km = Keymap::default();
        for (key, action) in overrides {
            let combo = parse_key(key).map_err(|msg| KeyError {
                key: key.clone(),
                msg,
            })?;
            if action == "none" {
                km.map.remove(&combo);
                continue;
            }
            let a = action_by_name(action).ok_or_else(|| KeyError {
                key: key.clone(),
                msg: format!(
                    "unknown action \"{action}\" for key \"{key}\" (actions: {}, none)",
                    BINDINGS
                        .iter()
                        .map(|b| b.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })?;
            km.map.insert(combo, a);
        }
        Ok(km)
    }

    pub fn action_for(&self, ev: &KeyEvent) -> Option<Action> {
        self.map.get(&KeyCombo::from_event(ev)).copied()
    }

    /// The keys bound to `action`, default keys first in table order, as written in config.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(b) = BINDINGS.iter().find(|b| b.action == action) {
            for k in b.keys {
                if let Ok(c) = parse_key(k)
                    && self.map.get(&c) == Some(&action)
                {
                    out.push(key_name(&c));
                }
            }
        }
        let mut extra: Vec<String> = self
            .map
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| key_name(k))
            .filter(|n| !out.contains(n))
            .collect();
        extra.sort();
        out.extend(extra);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_parses_and_no_key_is_bound_twice() {
        let mut seen = HashMap::new();
        for b in BINDINGS {
            for k in b.keys {
                let c = parse_key(k).unwrap_or_else(|e| panic!("{e}"));
                if let Some(prev) = seen.insert(c, b.name) {
                    panic!("{k} bound to both {prev} and {}", b.name);
                }
            }
        }
    }

    #[test]
    fn shift_letters_and_ctrl() {
        let km = Keymap::default();
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(km.action_for(&ev), Some(Action::Bottom));
        let ev = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(km.action_for(&ev), Some(Action::HalfPageDown));
        let ev = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(km.action_for(&ev), Some(Action::Help));
    }

    #[test]
    fn overrides_add_and_remove() {
        let mut o = BTreeMap::new();
        o.insert("C-n".to_owned(), "page_down".to_owned());
        o.insert("j".to_owned(), "none".to_owned());
        let km = Keymap::with_overrides(&o).unwrap();
        assert_eq!(km.keys_for(Action::PageDown), ["space", "pagedown", "C-n"]);
        assert_eq!(km.keys_for(Action::LineDown), ["down"]);
        o.insert("x".to_owned(), "fly".to_owned());
        assert!(
            Keymap::with_overrides(&o)
                .unwrap_err()
                .msg
                .contains("unknown action")
        );
        let mut o = BTreeMap::new();
        o.insert("C-".to_owned(), "quit".to_owned());
        assert!(Keymap::with_overrides(&o).is_err());
    }
}
