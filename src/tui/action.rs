//! Everything the reader can be asked to do. Keys map to actions (see [`super::keymap`]); mouse
//! and terminal events become actions too; `App::update` is the only place state changes.

/// One thing the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    /// Stop the reader and return to the shell (`fg` brings it back), as Ctrl-Z does elsewhere.
    Suspend,
    Help,
    /// Close an overlay or prompt, clear the search highlight.
    Escape,
    LineDown,
    LineUp,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    /// Caret one word to the left on screen (forward in right-to-left text).
    WordLeft,
    /// Caret one word to the right on screen (backward in right-to-left text).
    WordRight,
    SentenceNext,
    SentencePrev,
    SearchStart,
    SearchNext,
    SearchPrev,
    CycleTheme,
    /// Open or close the entity panel.
    EntityPanel,
    EntityNext,
    EntityPrev,
    /// The next mention of the name last chosen in the entity panel.
    MentionNext,
    TogglePersons,
    TogglePlaces,
    ToggleOrganizations,
    ToggleQuotes,
    /// Start a selection at the caret (or stop selecting, keeping nothing).
    SelectStart,
    /// Copy the selection (or the caret's sentence) to the clipboard (OSC 52).
    Copy,
    /// Write a note on the selection (or on the caret's sentence).
    Annotate,
    /// Open or close the notes panel.
    NotesPanel,
    NoteNext,
    NotePrev,
    /// Edit the note under the caret.
    NoteEdit,
    /// Delete the note under the caret (after a y/n question).
    NoteDelete,
    /// Scroll by this many rows (mouse wheel; negative is up).
    Scroll(i32),
    /// Put the caret on the word at this screen position (mouse click); clears the selection.
    Click(u16, u16),
    /// The mouse was dragged to this screen position: select from where it went down.
    Drag(u16, u16),
    /// The terminal changed size.
    Resize(u16, u16),
}
