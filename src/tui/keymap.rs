//! Keys → actions. [`BINDINGS`] is the ONE table of default keys and their help text, for every
//! layer of the reader (the text, the list panels, the search prompt, the note editor, y/n
//! questions): the key map is built from it and the help overlay lists it, so they cannot
//! disagree. The user's `[keys]` section in config.toml adds or replaces bindings
//! (`"C-n" = "page_down"`, `"C-g" = "prompt.cancel"`, `"x" = "none"` to unbind); an action's
//! name says which layer it belongs to (`panel.`, `prompt.`, `editor.`, `confirm.`, or none for
//! the text).

use std::collections::{BTreeMap, HashMap};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Mode};

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
    b(Action::LineDown,            "line_down",            &["j", "down", "C-e"],  "next line (5j: five)"),
    b(Action::LineUp,              "line_up",              &["k", "up", "C-y"],    "previous line"),
    b(Action::PageDown,            "page_down",            &["space", "pagedown", "C-f"], "next page"),
    b(Action::PageUp,              "page_up",              &["b", "pageup", "C-b"], "previous page"),
    b(Action::HalfPageDown,        "half_page_down",       &["d", "C-d"],          "half a page down"),
    b(Action::HalfPageUp,          "half_page_up",         &["C-u"],               "half a page up"),
    b(Action::UndoOrHalfPageUp,    "undo_or_half_page_up", &["u"],                 "undo a note change (else C-u)"),
    b(Action::Top,                 "top",                  &["g", "home"],         "beginning (5g: paragraph 5)"),
    b(Action::Bottom,              "bottom",               &["G", "end"],          "end of the article"),
    b(Action::Percent,             "percent",              &["p", "%"],            "50p: half way through"),
    b(Action::WordLeft,            "word_left",            &["left"],              "word left (forward in Arabic)"),
    b(Action::WordRight,           "word_right",           &["right"],             "word right (back in Arabic)"),
    b(Action::SentenceNext,        "sentence_next",        &[")"],                 "next sentence"),
    b(Action::SentencePrev,        "sentence_prev",        &["("],                 "previous sentence"),
    b(Action::ParagraphNext,       "paragraph_next",       &["J", "C-down"],       "next paragraph"),
    b(Action::ParagraphPrev,       "paragraph_prev",       &["K", "C-up"],         "previous paragraph"),
    b(Action::SearchStart,         "search",               &["/"],                 "search (harakat ignored)"),
    b(Action::SearchNext,          "search_next",          &["n"],                 "next match"),
    b(Action::SearchPrev,          "search_prev",          &["N"],                 "previous match"),
    b(Action::EntityPanel,         "entity_panel",         &["e"],                 "entity panel"),
    b(Action::MentionNext,         "mention_next",         &["enter"],             "next mention (entity panel)"),
    b(Action::EntityNext,          "entity_next",          &["]"],                 "next entity or quotation"),
    b(Action::EntityPrev,          "entity_prev",          &["["],                 "previous entity or quotation"),
    b(Action::TogglePersons,       "toggle_persons",       &["1"],                 "show/hide persons"),
    b(Action::TogglePlaces,        "toggle_places",        &["2"],                 "show/hide places"),
    b(Action::ToggleOrganizations, "toggle_organizations", &["3"],                 "show/hide organisations"),
    b(Action::ToggleQuotes,        "toggle_quotes",        &["4"],                 "show/hide quotations"),
    b(Action::ToggleMisc,          "toggle_misc",          &["5"],                 "show/hide other names"),
    b(Action::Speaker,             "speaker",              &["s"],                 "go to the quotation's speaker"),
    b(Action::LinkUrl,             "link",                 &["o"],                 "the link's address (pages, Markdown)"),
    b(Action::SelectStart,         "select",               &["v"],                 "select from the caret"),
    b(Action::Copy,                "copy",                 &["y"],                 "copy selection/sentence"),
    b(Action::Annotate,            "annotate",             &["a"],                 "note on selection/sentence"),
    b(Action::NotesPanel,          "notes_panel",          &["m"],                 "notes panel"),
    b(Action::NoteNext,            "note_next",            &["}"],                 "next note"),
    b(Action::NotePrev,            "note_prev",            &["{"],                 "previous note"),
    b(Action::NoteEdit,            "note_edit",            &["E"],                 "edit the note at the caret"),
    b(Action::NoteDelete,          "note_delete",          &["D"],                 "delete the note at the caret"),
    b(Action::Undo,                "undo",                 &["U"],                 "undo the last note change"),
    b(Action::CycleTheme,          "cycle_theme",          &["t"],                 "next theme"),
    b(Action::Wider,               "wider",                &["+", "="],            "wider text column"),
    b(Action::Narrower,            "narrower",             &["-"],                 "narrower text column"),
    b(Action::NextFile,            "next_file",            &[">"],                 "next file (hamish a b)"),
    b(Action::PrevFile,            "prev_file",            &["<"],                 "previous file"),
    b(Action::MessageLog,          "messages",             &["M"],                 "every message, in full"),
    b(Action::CommandLine,         "command",              &[":"],                 ":messages :theme :width :7 :n :p"),
    b(Action::Help,                "help",                 &["?", "f1"],           "this help"),
    b(Action::Escape,              "escape",               &["esc"],               "close; clear selection/search"),
    b(Action::Quit,                "quit",                 &["q", "C-c"],          "quit; reading position kept"),
    b(Action::Suspend,             "suspend",              &["C-z"],               "back to the shell (fg returns)"),
    // lists (entity and notes panels); they move with the text's movement keys
    b(Action::PanelOpen,           "panel.open",           &["enter"],             "go to the entry"),
    b(Action::PanelEdit,           "panel.edit",           &["E"],                 "edit the note"),
    b(Action::PanelDelete,         "panel.delete",         &["d", "D", "del"],     "delete the note"),
    b(Action::PanelTag,            "panel.tag",            &["#"],                 "notes with the next #tag"),
    b(Action::PanelSearch,         "panel.search",         &["/"],                 "find in notes and passages"),
    // the search prompt
    b(Action::PromptSubmit,        "prompt.submit",        &["enter"],             "search (empty: the last again)"),
    b(Action::PromptCancel,        "prompt.cancel",        &["esc", "C-c"],        "cancel, back to where you were"),
    b(Action::PromptBackspace,     "prompt.backspace",     &["backspace"],         "delete a letter"),
    b(Action::PromptClear,         "prompt.clear",         &["C-u"],               "clear the query"),
    b(Action::PromptHistoryPrev,   "prompt.history_prev",  &["up"],                "earlier search"),
    b(Action::PromptHistoryNext,   "prompt.history_next",  &["down"],              "later search"),
    b(Action::PromptToggleExact,   "prompt.toggle_exact",  &["C-e", "A-e"],        "exact letters (no ة/ه folding)"),
    // the note editor (typing, arrows, Home/End, Backspace/Delete edit the text)
    b(Action::EditorSave,          "editor.save",          &["C-s", "C-س"],        "save the note"),
    b(Action::EditorCancel,        "editor.cancel",        &["esc", "C-c"],        "cancel (asks first if changed)"),
    b(Action::EditorUndo,          "editor.undo",          &["C-z"],               "undo"),
    b(Action::EditorRedo,          "editor.redo",          &["C-y"],               "redo"),
    b(Action::EditorDeleteWord,    "editor.delete_word",   &["C-w"], "delete the word before"),
    // y/n questions
    b(Action::ConfirmYes,          "confirm.yes",          &["y", "Y", "غ"],       "yes"),
    b(Action::ConfirmNo,           "confirm.no",           &["n", "N", "ى", "esc"], "no"),
];

/// Help lines for input that is not a key binding.
pub const OTHER_INPUT: &[(&str, &str)] = &[
    ("wheel", "scroll three lines"),
    ("click", "put the caret on a word"),
    ("double click", "select the word"),
    ("triple click", "select the paragraph"),
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

/// The config name of an action.
pub fn action_name(action: Action) -> &'static str {
    BINDINGS
        .iter()
        .find(|b| b.action == action)
        .map_or("", |b| b.name)
}

#[derive(Debug, Clone)]
pub struct Keymap {
    /// Each layer has its own keys: Enter is one thing in the text and another in the prompt.
    map: HashMap<(Mode, KeyCombo), Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = HashMap::new();
        for b in BINDINGS {
            for k in b.keys {
                match parse_key(k) {
                    Ok(combo) => {
                        map.insert((b.action.mode(), combo), b.action);
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
        let (km, mut errors) = Keymap::with_overrides_lenient(overrides);
        match errors.is_empty() {
            true => Ok(km),
            false => Err(errors.remove(0)),
        }
    }

    /// [`Keymap::with_overrides`] that skips the entries it cannot use and says why for each
    /// (the reader warns and keeps the default keys for those).
    pub fn with_overrides_lenient(overrides: &BTreeMap<String, String>) -> (Keymap, Vec<KeyError>) {
        let mut km = Keymap::default();
        let mut errors = Vec::new();
        for (key, action) in overrides {
            if let Err(e) = km.bind(key, action) {
                errors.push(e);
            }
        }
        (km, errors)
    }

    /// Binds `key` (as written in config) to the action named `action`, or unbinds it ("none").
    fn bind(&mut self, key: &str, action: &str) -> Result<(), KeyError> {
        let err = |msg: String| KeyError {
            key: key.to_owned(),
            msg,
        };
        let combo = parse_key(key).map_err(err)?;
        if action == "none" {
            // unbinds the key in every layer (a key is written once in [keys])
            self.map.retain(|(_, c), _| *c != combo);
            return Ok(());
        }
        let a = action_by_name(action).ok_or_else(|| {
            err(format!(
                "unknown action \"{action}\" for key \"{key}\" (actions: {}, none)",
                BINDINGS
                    .iter()
                    .map(|b| b.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        self.map.insert((a.mode(), combo), a);
        Ok(())
    }

    /// The text's action for a key.
    pub fn action_for(&self, ev: &KeyEvent) -> Option<Action> {
        self.action_in(Mode::Reader, ev)
    }

    /// The action a key has in a layer.
    pub fn action_in(&self, mode: Mode, ev: &KeyEvent) -> Option<Action> {
        self.map.get(&(mode, KeyCombo::from_event(ev))).copied()
    }

    /// The keys bound to `action`, default keys first in table order, as written in config.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mode = action.mode();
        if let Some(b) = BINDINGS.iter().find(|b| b.action == action) {
            for k in b.keys {
                if let Ok(c) = parse_key(k)
                    && self.map.get(&(mode, c)) == Some(&action)
                {
                    out.push(key_name(&c));
                }
            }
        }
        let mut extra: Vec<String> = self
            .map
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|((_, k), _)| key_name(k))
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
    fn every_default_key_parses_and_no_key_is_bound_twice_in_a_layer() {
        let mut seen = HashMap::new();
        for b in BINDINGS {
            for k in b.keys {
                let c = parse_key(k).unwrap_or_else(|e| panic!("{e}"));
                if let Some(prev) = seen.insert((b.action.mode(), c), b.name) {
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
        assert_eq!(
            km.keys_for(Action::PageDown),
            ["space", "pagedown", "C-f", "C-n"]
        );
        assert_eq!(km.keys_for(Action::LineDown), ["down", "C-e"]);
        o.insert("C-g".to_owned(), "prompt.cancel".to_owned());
        let km = Keymap::with_overrides(&o).unwrap();
        let ev = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
        assert_eq!(km.action_in(Mode::Prompt, &ev), Some(Action::PromptCancel));
        assert_eq!(km.action_for(&ev), None, "a prompt key is not a text key");
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
