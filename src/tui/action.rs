//! Everything a key can ask for, in each layer of the reader. Keys map to actions through
//! [`super::keymap`]; layers turn actions into reader commands or into layers of their own.

/// The layer a key is read in: the same key can mean different things in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// The text (and the keys every layer falls back to, such as movement in lists).
    Reader,
    /// A list panel (entities, notes).
    Panel,
    /// The search prompt.
    Prompt,
    /// The note editor.
    Editor,
    /// A y/n question.
    Confirm,
}

impl Mode {
    /// Every mode, in the order the help lists them.
    pub const ALL: [Mode; 5] = [
        Mode::Reader,
        Mode::Panel,
        Mode::Prompt,
        Mode::Editor,
        Mode::Confirm,
    ];

    /// The help overlay's heading for the mode.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Reader => "reading",
            Mode::Panel => "lists (e, m)",
            Mode::Prompt => "search prompt (/)",
            Mode::Editor => "note editor (a, E)",
            Mode::Confirm => "questions",
        }
    }
}

/// One thing the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    /// Stop the reader and return to the shell (`fg` brings it back), as Ctrl-Z does elsewhere.
    Suspend,
    Help,
    /// Close an overlay or prompt, clear the selection or the search highlight.
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
    ParagraphNext,
    ParagraphPrev,
    /// With a count: that percentage of the article (`50p`); without: its beginning.
    Percent,
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
    ToggleMisc,
    /// The caret to the speaker of the quotation it is in.
    Speaker,
    /// The address of the link at the caret (web pages, Markdown).
    LinkUrl,
    /// Start a selection at the caret (or stop selecting, keeping it).
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
    /// Undo the last note change (delete or edit) made in this reader.
    Undo,
    /// Undo a note change just made (offered in the status line), else half a page up.
    UndoOrHalfPageUp,
    /// A wider or narrower text column.
    Wider,
    Narrower,
    /// Every message of the session, in full.
    MessageLog,
    /// The command line (`:messages`, `:theme NAME`, `:n` …).
    CommandLine,
    /// The next or previous of the files given on the command line.
    NextFile,
    PrevFile,

    /// Lists: go to the selected entry.
    PanelOpen,
    /// Notes panel: edit the selected note.
    PanelEdit,
    /// Notes panel: delete the selected note.
    PanelDelete,
    /// Notes panel: show only the notes with the next #tag (then all again).
    PanelTag,
    /// Notes panel: find notes by their text or passage.
    PanelSearch,

    PromptSubmit,
    PromptCancel,
    PromptBackspace,
    PromptClear,
    PromptHistoryPrev,
    PromptHistoryNext,
    /// Search letters as written (no ة/ه, ى/ي, alef or case folding), or back.
    PromptToggleExact,

    EditorSave,
    EditorCancel,
    EditorUndo,
    EditorRedo,
    EditorDeleteWord,

    ConfirmYes,
    ConfirmNo,
}

impl Action {
    /// The layer whose keys the action is bound among.
    pub fn mode(self) -> Mode {
        use Action::*;
        match self {
            PanelOpen | PanelEdit | PanelDelete | PanelTag | PanelSearch => Mode::Panel,
            PromptSubmit | PromptCancel | PromptBackspace | PromptClear | PromptHistoryPrev
            | PromptHistoryNext | PromptToggleExact => Mode::Prompt,
            EditorSave | EditorCancel | EditorUndo | EditorRedo | EditorDeleteWord => Mode::Editor,
            ConfirmYes | ConfirmNo => Mode::Confirm,
            _ => Mode::Reader,
        }
    }
}
