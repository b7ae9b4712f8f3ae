//! The note editor: a small multi-line text box, shown as a popup, for writing a note on a
//! passage — in Arabic, English or both.
//!
//! The text stays in logical order (a `String`) with the cursor as a byte offset that is always
//! on a grapheme-cluster boundary. Drawing lays each `\n`-separated line of the note out with the
//! same engine as the reader ([`crate::layout::lay_out`]), so every line gets its own direction,
//! and the caret is found from the cells' logical ranges (see `caret`), never by assuming that
//! visual order is logical order.
//!
//! Keys (the caller forwards every key while the editor is open):
//!
//! | key | action |
//! |---|---|
//! | any character | inserted at the cursor (a combining mark joins the grapheme before it) |
//! | Enter / Tab | new line / tab |
//! | Backspace / Delete | remove one whole grapheme cluster (base and its marks) before / after |
//! | Ctrl-Backspace, Alt-Backspace, Ctrl-W | remove the word before the cursor |
//! | ← → | one grapheme in logical order (see below) |
//! | Ctrl-← Ctrl-→ | one word in logical order (see below) |
//! | Home / End | start / end of the logical line; with Ctrl, of the whole note |
//! | ↑ ↓ PageUp PageDown | between visual lines, keeping the column as well as possible |
//! | Ctrl-S | save (trailing whitespace trimmed); an empty note is not saved |
//! | Ctrl-Z / Ctrl-Y (or Ctrl-Shift-Z) | undo / redo (typing is undone a word at a time) |
//! | Esc, Ctrl-C | cancel; asks "Discard changes? y/n" first when the text was changed |
//!
//! Arrow keys move in LOGICAL order, one grapheme at a time. Which arrow means "forward" follows
//! the direction of the note as a whole (its first strong character, else the passage's): in an
//! Arabic note ← moves forward (towards the end of the text, leftwards in Arabic lines) and →
//! backward; in an English note → moves forward. It does not flip per line on purpose: with a
//! per-line choice, ← at the boundary between an Arabic and an English line would bounce the
//! cursor back and forth between the two lines.
//!
//! Drawing asks the theme for `ui.text` (text and background), `ui.border`, `ui.title` (the
//! "Note:" label), `editor.passage` (the quoted passage, over `ui.text`), `ui.help` (the help
//! line), `editor.message` (messages, over `ui.help`) and `caret` then `editor.cursor` (the caret
//! cell, over `ui.text`, always with REVERSED added so it shows even with a bare theme).
//!
//! Using it (the reader opens it with `a`):
//!
//! ```no_run
//! use crossterm::event::{self, Event, KeyEventKind};
//! use hamish::theme::Theme;
//! use hamish::tui::editor::{EditorOutcome, NoteEditor};
//! use ratatui::layout::Rect;
//!
//! # fn demo(terminal: &mut ratatui::DefaultTerminal, theme: &Theme) -> std::io::Result<()> {
//! // Bracketed paste must be on (crossterm::event::EnableBracketedPaste) for Event::Paste.
//! let mut editor = NoteEditor::new("الصحافة الحرة", "");
//! loop {
//!     terminal.draw(|frame| {
//!         let area = Rect::new(4, 3, 50, 10); // the popup, chosen by the caller
//!         editor.set_area(area);
//!         editor.draw(area, frame.buffer_mut(), theme);
//!         if let Some((x, y)) = editor.cursor_position(area) {
//!             frame.set_cursor_position((x, y));
//!         }
//!     })?;
//!     let outcome = match event::read()? {
//!         Event::Key(key) => editor.handle_key(key),
//!         Event::Paste(text) => {
//!             editor.handle_paste(&text);
//!             EditorOutcome::Continue
//!         }
//!         _ => EditorOutcome::Continue,
//!     };
//!     match outcome {
//!         EditorOutcome::Continue => {}
//!         EditorOutcome::Save(text) => { /* store it; on failure keep the editor open and
//!                                          call editor.set_message(..) */ break }
//!         EditorOutcome::Cancelled => break,
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! While the confirmation is shown, `y` (or `غ`, the same key on an Arabic keyboard) discards,
//! `n` (`ى`) or Esc returns to editing, Ctrl-S saves after all; other keys are ignored. Ctrl-S
//! also accepts `س` (the same key on an Arabic keyboard).

mod caret;
mod view;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use crate::layout::{Direction, LayoutOptions, VisualLine};

/// The layout function (the engine's `lay_out`; tests substitute a small bidi stand-in).
type LayoutFn = fn(&str, &LayoutOptions) -> Vec<VisualLine>;

/// The help shown on the bottom border.
pub const HELP: &str = "Ctrl-S save · Esc cancel";
/// Shown when Ctrl-S is pressed on a note that is empty or only whitespace.
pub const EMPTY_NOT_SAVED: &str = "empty note not saved";
/// Shown when Esc is pressed with unsaved changes.
pub const CONFIRM_DISCARD: &str = "Discard changes? y/n";

/// What the editor does besides typing and moving the cursor. The reader binds keys to these
/// through its key map ([`NoteEditor::handle_key_with`]); [`NoteEditor::handle_key`] uses the
/// built-in keys of [`builtin_command`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorCommand {
    Save,
    Cancel,
    Undo,
    Redo,
    DeleteWordBefore,
}

/// The built-in keys of the editor's commands (the table at the top of this module).
pub fn builtin_command(key: &KeyEvent) -> Option<EditorCommand> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    Some(match key.code {
        KeyCode::Char('s' | 'S' | 'س') if ctrl && !alt => EditorCommand::Save,
        KeyCode::Char('z') if ctrl && !alt && !shift => EditorCommand::Undo,
        KeyCode::Char('y' | 'Y' | 'z' | 'Z') if ctrl && !alt => EditorCommand::Redo,
        KeyCode::Char('c' | 'C') if ctrl && !alt => EditorCommand::Cancel,
        KeyCode::Esc => EditorCommand::Cancel,
        KeyCode::Char('w' | 'W') if ctrl && !alt => EditorCommand::DeleteWordBefore,
        KeyCode::Backspace if ctrl || alt => EditorCommand::DeleteWordBefore,
        _ => return None,
    })
}

/// What the caller should do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorOutcome {
    /// Keep the editor open.
    Continue,
    /// Store this text (non-empty, trailing whitespace trimmed) and close the editor.
    Save(String),
    /// Close the editor without saving.
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Editing,
    ConfirmDiscard,
}

/// How far back Ctrl-Z goes: at most this many steps…
const UNDO_STEPS: usize = 200;
/// …holding at most this many bytes of earlier texts.
const UNDO_BYTES: usize = 4 << 20;

/// What the last change to the text was, to group typing into one undo step per word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    None,
    /// A letter (anything but whitespace).
    Typing,
    /// A space, tab or newline.
    TypingSpace,
    Deleting,
}

impl Edit {
    /// Whether an edit of kind `next` after one of kind `self` belongs to the same undo step:
    /// a word and the spaces after it are one step; deletions in a row are one step.
    fn continued_by(self, next: Edit) -> bool {
        matches!(
            (self, next),
            (Edit::Typing, Edit::Typing | Edit::TypingSpace)
                | (Edit::TypingSpace, Edit::TypingSpace)
                | (Edit::Deleting, Edit::Deleting)
        )
    }
}

/// The state of the note editor.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    passage: String,
    text: String,
    /// The text as it was opened (line endings normalised), to know whether anything changed.
    original: String,
    /// Byte offset into `text`, always on a grapheme boundary.
    cursor: usize,
    mode: Mode,
    message: Option<String>,
    /// Screen column that ↑/↓ try to keep across successive vertical moves.
    goal_column: Option<isize>,
    /// First visible visual row.
    scroll: usize,
    /// The popup area last given to [`NoteEditor::set_area`] (vertical moves and scrolling need
    /// the width and height even before the first draw).
    area: Rect,
    layout: LayoutOptions,
    lay_out: LayoutFn,
    /// Earlier (text, cursor) states for Ctrl-Z, oldest first, and undone ones for redo.
    undo: Vec<(String, usize)>,
    redo: Vec<(String, usize)>,
    last_edit: Edit,
}

impl NoteEditor {
    /// An editor for a note on `title_passage`, starting with `initial_text` (empty for a new
    /// note) and the cursor at its end.
    pub fn new(title_passage: &str, initial_text: &str) -> Self {
        let text = normalise_line_endings(initial_text);
        NoteEditor {
            passage: title_passage.to_string(),
            cursor: text.len(),
            original: text.clone(),
            text,
            mode: Mode::Editing,
            message: None,
            goal_column: None,
            scroll: 0,
            area: Rect::new(0, 0, 62, 12),
            layout: LayoutOptions::default(),
            lay_out: crate::layout::lay_out,
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: Edit::None,
        }
    }

    /// Lays the note out with these options (shaping, bidi mode, forced direction, tab width),
    /// e.g. the reader's own. `width` is ignored: it comes from the area drawn into.
    pub fn with_layout_options(mut self, options: LayoutOptions) -> Self {
        self.layout = options;
        self
    }

    /// Tells the editor the popup area it will be drawn into, so that ↑/↓ and scrolling use the
    /// right width and height. Call it when the popup is placed and on every resize (cheap).
    pub fn set_area(&mut self, area: Rect) {
        self.area = area;
        self.keep_cursor_visible();
    }

    /// The note as typed so far, in logical order.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The passage the note is about.
    pub fn passage(&self) -> &str {
        &self.passage
    }

    /// The cursor as a byte offset into [`NoteEditor::text`] (on a grapheme boundary).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Whether the text differs from the one the editor was opened with.
    pub fn is_modified(&self) -> bool {
        self.text != self.original
    }

    /// Whether the "Discard changes? y/n" question is showing.
    pub fn is_confirming(&self) -> bool {
        self.mode == Mode::ConfirmDiscard
    }

    /// The message shown instead of the help line, if any.
    pub fn message(&self) -> Option<&str> {
        match self.mode {
            Mode::ConfirmDiscard => Some(CONFIRM_DISCARD),
            Mode::Editing => self.message.as_deref(),
        }
    }

    /// Shows a one-line message instead of the help until the next key, e.g. when saving
    /// failed and the editor stays open so that nothing typed is lost.
    pub fn set_message(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// Handles one key with the built-in command keys. Release events are ignored.
    pub fn handle_key(&mut self, key: KeyEvent) -> EditorOutcome {
        self.handle_key_with(key, builtin_command)
    }

    /// Handles one key; `commands` says which keys are the editor's commands (save, cancel,
    /// undo …): the reader passes its key map, so they can be rebound. Every other key edits.
    pub fn handle_key_with(
        &mut self,
        key: KeyEvent,
        commands: impl Fn(&KeyEvent) -> Option<EditorCommand>,
    ) -> EditorOutcome {
        if key.kind == KeyEventKind::Release {
            return EditorOutcome::Continue;
        }
        self.message = None;
        if self.mode == Mode::ConfirmDiscard {
            if commands(&key) == Some(EditorCommand::Save) {
                self.mode = Mode::Editing;
                return self.save();
            }
            return self.confirm_key(key);
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let vertical = matches!(
            key.code,
            KeyCode::Up | KeyCode::Down | KeyCode::PageUp | KeyCode::PageDown
        );
        let forward_is_left = self.note_is_rtl();
        let edits_before = (self.undo.len(), self.redo.len(), self.text.len());
        let outcome = match (commands(&key), key.code) {
            (Some(EditorCommand::Save), _) => return self.save(),
            (Some(EditorCommand::Cancel), _) => return self.cancel(),
            (Some(EditorCommand::Undo), _) => {
                self.undo_step();
                EditorOutcome::Continue
            }
            (Some(EditorCommand::Redo), _) => {
                self.redo_step();
                EditorOutcome::Continue
            }
            (Some(EditorCommand::DeleteWordBefore), _) => {
                self.delete_word_before();
                EditorOutcome::Continue
            }
            // a control key that is no command types nothing
            (None, KeyCode::Char(_)) if ctrl != alt => EditorOutcome::Continue,
            // Ctrl+Alt is how AltGr arrives on some systems: treat it as typing.
            (None, KeyCode::Char(c)) if ctrl == alt => {
                self.insert(&c.to_string());
                EditorOutcome::Continue
            }
            (None, KeyCode::Enter) => {
                self.insert("\n");
                EditorOutcome::Continue
            }
            (None, KeyCode::Tab) => {
                self.insert("\t");
                EditorOutcome::Continue
            }
            (None, KeyCode::Backspace) => {
                self.backspace();
                EditorOutcome::Continue
            }
            (None, KeyCode::Delete) => {
                self.delete();
                EditorOutcome::Continue
            }
            (None, KeyCode::Left | KeyCode::Right) => {
                let forward = (key.code == KeyCode::Left) == forward_is_left;
                self.cursor = match (ctrl, forward) {
                    (false, true) => next_boundary(&self.text, self.cursor),
                    (false, false) => prev_boundary(&self.text, self.cursor),
                    (true, true) => word_end_after(&self.text, self.cursor),
                    (true, false) => word_start_before(&self.text, self.cursor),
                };
                EditorOutcome::Continue
            }
            (None, KeyCode::Home) => {
                self.cursor = if ctrl { 0 } else { self.line_start() };
                EditorOutcome::Continue
            }
            (None, KeyCode::End) => {
                self.cursor = if ctrl {
                    self.text.len()
                } else {
                    self.line_end()
                };
                EditorOutcome::Continue
            }
            (None, KeyCode::Up) => {
                self.move_vertically(-1);
                EditorOutcome::Continue
            }
            (None, KeyCode::Down) => {
                self.move_vertically(1);
                EditorOutcome::Continue
            }
            (None, KeyCode::PageUp) => {
                self.move_vertically(-self.page_rows());
                EditorOutcome::Continue
            }
            (None, KeyCode::PageDown) => {
                self.move_vertically(self.page_rows());
                EditorOutcome::Continue
            }
            _ => EditorOutcome::Continue,
        };
        if !vertical {
            self.goal_column = None;
        }
        if edits_before == (self.undo.len(), self.redo.len(), self.text.len()) {
            // Not an edit (a move, or a key that did nothing): the next typing starts a new
            // undo step.
            self.last_edit = Edit::None;
        }
        self.keep_cursor_visible();
        outcome
    }

    /// Inserts pasted text at the cursor (bracketed paste: crossterm's `Event::Paste`). Line
    /// endings become `\n`; control characters other than newline and tab are dropped, so a
    /// paste can never smuggle escape sequences into a note. Ignored while the discard question
    /// is showing.
    pub fn handle_paste(&mut self, pasted: &str) {
        if self.mode == Mode::ConfirmDiscard {
            return;
        }
        self.message = None;
        self.goal_column = None;
        self.last_edit = Edit::None;
        self.insert(&normalise_line_endings(pasted));
        self.last_edit = Edit::None;
        self.keep_cursor_visible();
    }

    fn confirm_key(&mut self, key: KeyEvent) -> EditorOutcome {
        match key.code {
            KeyCode::Char('y' | 'Y' | 'غ') => EditorOutcome::Cancelled,
            KeyCode::Char('n' | 'N' | 'ى') | KeyCode::Esc => {
                self.mode = Mode::Editing;
                EditorOutcome::Continue
            }
            _ => EditorOutcome::Continue,
        }
    }

    fn save(&mut self) -> EditorOutcome {
        let trimmed = self.text.trim_end();
        if trimmed.is_empty() {
            self.message = Some(EMPTY_NOT_SAVED.to_string());
            return EditorOutcome::Continue;
        }
        EditorOutcome::Save(trimmed.to_string())
    }

    fn cancel(&mut self) -> EditorOutcome {
        if self.is_modified() {
            self.mode = Mode::ConfirmDiscard;
            EditorOutcome::Continue
        } else {
            EditorOutcome::Cancelled
        }
    }

    /// Inserts `s` (newlines and tabs allowed, other controls dropped) at the cursor.
    fn insert(&mut self, s: &str) {
        let clean: String = s
            .chars()
            .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
            .collect();
        if clean.is_empty() {
            return;
        }
        let mut chars = clean.chars();
        let kind = match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_whitespace() => Edit::TypingSpace,
            (Some(_), None) => Edit::Typing,
            _ => Edit::None,
        };
        self.remember(kind);
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        self.snap_cursor();
    }

    fn backspace(&mut self) {
        let start = prev_boundary(&self.text, self.cursor);
        if start == self.cursor {
            return;
        }
        self.remember(Edit::Deleting);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        self.snap_cursor();
    }

    fn delete(&mut self) {
        let end = next_boundary(&self.text, self.cursor);
        if end == self.cursor {
            return;
        }
        self.remember(Edit::Deleting);
        self.text.replace_range(self.cursor..end, "");
        self.snap_cursor();
    }

    fn delete_word_before(&mut self) {
        let start = word_start_before(&self.text, self.cursor);
        if start == self.cursor {
            return;
        }
        self.remember(Edit::None);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        self.snap_cursor();
    }

    /// Records the state before an edit of kind `kind`, unless it continues the same group.
    fn remember(&mut self, kind: Edit) {
        self.redo.clear();
        let same_step = self.last_edit.continued_by(kind);
        self.last_edit = kind;
        if same_step {
            return;
        }
        self.undo.push((self.text.clone(), self.cursor));
        let mut bytes: usize = self.undo.iter().map(|(t, _)| t.len()).sum();
        while self.undo.len() > UNDO_STEPS || bytes > UNDO_BYTES {
            let (dropped, _) = self.undo.remove(0);
            bytes -= dropped.len();
        }
    }

    fn undo_step(&mut self) {
        if let Some((text, cursor)) = self.undo.pop() {
            let current = std::mem::replace(&mut self.text, text);
            self.redo.push((current, self.cursor));
            self.cursor = cursor;
            self.snap_cursor();
        }
        self.last_edit = Edit::None;
    }

    fn redo_step(&mut self) {
        if let Some((text, cursor)) = self.redo.pop() {
            let current = std::mem::replace(&mut self.text, text);
            self.undo.push((current, self.cursor));
            self.cursor = cursor;
            self.snap_cursor();
        }
        self.last_edit = Edit::None;
    }

    /// After an edit the cursor may sit inside a cluster (e.g. a letter typed before a lone
    /// mark): move it to the end of that cluster.
    fn snap_cursor(&mut self) {
        self.cursor = self.cursor.min(self.text.len());
        while !self.text.is_char_boundary(self.cursor) {
            self.cursor += 1;
        }
        if !is_boundary(&self.text, self.cursor) {
            self.cursor = next_boundary(&self.text, self.cursor);
        }
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// Direction of the note as a whole, which decides which arrow key is "forward".
    fn note_is_rtl(&self) -> bool {
        match self.layout.direction {
            Direction::Rtl => true,
            Direction::Ltr => false,
            Direction::Auto => caret::strong_direction(&self.text)
                .or_else(|| caret::strong_direction(&self.passage))
                .unwrap_or(false),
        }
    }
}

/// `\r\n` and lone `\r` become `\n`.
fn normalise_line_endings(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn is_boundary(text: &str, pos: usize) -> bool {
    if pos == 0 || pos >= text.len() {
        return true;
    }
    if !text.is_char_boundary(pos) {
        return false;
    }
    GraphemeCursor::new(pos, text.len(), true)
        .is_boundary(text, 0)
        .unwrap_or(true)
}

/// The grapheme boundary after `pos` (or the end).
fn next_boundary(text: &str, pos: usize) -> usize {
    if pos >= text.len() {
        return text.len();
    }
    let mut pos = pos;
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    match GraphemeCursor::new(pos, text.len(), true).next_boundary(text, 0) {
        Ok(Some(next)) => next,
        _ => text[pos..]
            .chars()
            .next()
            .map_or(text.len(), |c| pos + c.len_utf8()),
    }
}

/// The grapheme boundary before `pos` (or 0).
fn prev_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    if pos == 0 {
        return 0;
    }
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    match GraphemeCursor::new(pos, text.len(), true).prev_boundary(text, 0) {
        Ok(Some(prev)) => prev,
        _ => text[..pos]
            .chars()
            .next_back()
            .map_or(0, |c| pos - c.len_utf8()),
    }
}

/// The end of the first word (UAX #29) that ends after `pos`, or the end of the text.
fn word_end_after(text: &str, pos: usize) -> usize {
    text.unicode_word_indices()
        .map(|(start, word)| start + word.len())
        .find(|&end| end > pos)
        .unwrap_or(text.len())
}

/// The start of the last word (UAX #29) that starts before `pos`, or 0.
fn word_start_before(text: &str, pos: usize) -> usize {
    text.unicode_word_indices()
        .map(|(start, _)| start)
        .take_while(|&start| start < pos)
        .last()
        .unwrap_or(0)
}

#[cfg(test)]
mod stub_tests;
#[cfg(test)]
mod tests;
