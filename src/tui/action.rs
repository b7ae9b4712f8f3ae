//! Everything the reader can be asked to do. Keys map to actions (see [`super::keymap`]); mouse
//! and terminal events become actions too; `App::update` is the only place state changes.

/// One thing the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
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
    TogglePersons,
    TogglePlaces,
    ToggleOrganizations,
    ToggleQuotes,
    /// Scroll by this many rows (mouse wheel; negative is up).
    Scroll(i32),
    /// Put the caret on the word at this screen position (mouse click).
    Click(u16, u16),
    /// The terminal changed size.
    Resize(u16, u16),
}
