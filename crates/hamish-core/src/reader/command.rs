//! Everything that can be done to a [`Reader`], as values: the TUI maps keys and the mouse to
//! these, tests write them down, and [`Reader::apply`] is the one place they take effect.

use std::ops::Range;

use super::Reader;
use crate::analysis::Kind;

/// One thing asked of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `j`/`k`: scroll by this many rows; while selecting, move the caret by visual lines
    /// instead (the selection grows line by line in reading order).
    Lines(isize),
    /// Page turns (two rows of the last page stay in view); by lines while selecting.
    Pages(isize),
    /// Half pages; by lines while selecting.
    HalfPages(isize),
    /// Scroll by rows whatever the mode (the mouse wheel).
    ScrollRows(isize),
    Top,
    Bottom,
    /// The top of the screen to this percentage of the article (`50%`, `p`).
    Percent(usize),
    /// The caret a word to the left on screen (forward in right-to-left text).
    WordLeft,
    /// The caret a word to the right on screen (backward in right-to-left text).
    WordRight,
    SentenceNext,
    SentencePrev,
    ParagraphNext,
    ParagraphPrev,
    /// The caret to the word at or after this document offset.
    CaretAt(usize),
    EntityNext,
    EntityPrev,
    /// The next mention of the name chosen in the entity panel.
    MentionNext,
    /// A name chosen in the entity panel: go to the first of its mentions after the caret.
    MentionsOf(Vec<usize>),
    /// Show or hide a kind of highlight.
    Toggle(Kind),
    /// The search prompt opened: remember the view to go back to.
    BeginSearch,
    /// The prompt's text changed: highlight and show its matches (small articles).
    PreviewSearch(String),
    /// The prompt was submitted (an empty query repeats the last search).
    SubmitSearch(String),
    /// The prompt was cancelled: back to the view and search from before.
    CancelSearch,
    SearchNext,
    SearchPrev,
    /// Between the reader's Arabic fold and exact letters.
    ToggleExactSearch,
    /// Esc in the text: clear the selection, else the search highlights.
    Escape,
    /// `v`: start selecting at the caret, or stop extending.
    SelectToggle,
    ClearSelection,
    /// The mouse went down at this document offset (`None`: outside the text).
    Press(Option<usize>),
    /// The mouse was dragged to this document offset.
    DragTo(usize),
    /// The mouse button went up.
    Release,
    /// Select exactly this range (double- or triple-click).
    Select(Range<usize>),
    NoteNext,
    NotePrev,
    /// Undo the last note change made in this reader (a delete or an edit).
    Undo,
    /// Undo the note change just made if that was the last thing done (the status line offers
    /// it), else half a page up — how `u` is both less's key and the undo key.
    UndoOrHalfPageUp,
    /// The top of the screen to the start of paragraph `n` (1-based, as the status line counts).
    Paragraph(usize),
    /// The caret to the speaker of the quotation it is in.
    Speaker,
    /// The selection or sentence was copied: say so and let the selection go.
    Copied {
        what: &'static str,
        chars: usize,
    },
}

impl Reader {
    /// Does what `cmd` asks. While selecting with `v`, whatever moved the caret also moves the
    /// selection's free end.
    pub fn apply(&mut self, cmd: Command) {
        if !matches!(cmd, Command::Undo | Command::UndoOrHalfPageUp) {
            self.withdraw_undo_offer();
        }
        let lines_per_page = self.page_rows();
        let half = (self.rows_high() as isize / 2).max(1);
        match cmd {
            Command::Lines(n) => self.lines_or_scroll(n),
            Command::Pages(n) => self.lines_or_scroll(n * lines_per_page),
            Command::HalfPages(n) => self.lines_or_scroll(n * half),
            Command::ScrollRows(n) => self.scroll(n),
            Command::Top => {
                self.set_top(super::RowPos::default());
                self.reset_caret_to_top();
            }
            Command::Bottom => {
                let t = self.max_top();
                self.set_top(t);
                self.keep_caret_on_screen();
                if self.is_selecting() {
                    // extend to the article's end, not just to the screen
                    if let Some(last) = self.word_before(self.doc.text.len()) {
                        self.caret.caret = Some(last);
                    }
                }
            }
            Command::Percent(p) => {
                let p = p.min(100);
                let target = self.doc.text.len() * p / 100;
                let mut at = target.min(self.doc.text.len());
                while !self.doc.text.is_char_boundary(at) {
                    at -= 1;
                }
                self.scroll_to_offset(at);
                self.keep_caret_on_screen();
            }
            Command::WordLeft => self.caret_screen_step(true),
            Command::WordRight => self.caret_screen_step(false),
            Command::SentenceNext => self.sentence_step(true),
            Command::SentencePrev => self.sentence_step(false),
            Command::ParagraphNext => self.paragraph_step(true),
            Command::ParagraphPrev => self.paragraph_step(false),
            Command::CaretAt(off) => self.set_caret_at(off),
            Command::EntityNext => self.entity_step(true),
            Command::EntityPrev => self.entity_step(false),
            Command::MentionNext => self.mention_next(),
            Command::MentionsOf(targets) => self.jump_to_mentions(targets),
            Command::Toggle(kind) => self.toggle_kind(kind),
            Command::BeginSearch => self.begin_search(),
            Command::PreviewSearch(q) => self.preview_search(&q),
            Command::SubmitSearch(q) => self.submit_search(&q),
            Command::CancelSearch => self.cancel_search(),
            Command::SearchNext => self.search_step(true),
            Command::SearchPrev => self.search_step(false),
            Command::ToggleExactSearch => self.toggle_exact(),
            Command::Escape => {
                if !self.clear_selection() {
                    self.clear_hits();
                }
            }
            Command::SelectToggle => self.toggle_selecting(),
            Command::ClearSelection => {
                self.clear_selection();
            }
            Command::Press(at) => self.press(at),
            Command::DragTo(to) => self.drag_to(to),
            Command::Release => self.release(),
            Command::Select(r) => self.select_range(r),
            Command::NoteNext => self.note_step(true),
            Command::NotePrev => self.note_step(false),
            Command::Undo => self.undo_note_change(),
            Command::UndoOrHalfPageUp => {
                if self.undo_offered() {
                    self.undo_note_change();
                } else {
                    self.withdraw_undo_offer();
                    self.lines_or_scroll(-half);
                }
            }
            Command::Paragraph(n) => self.go_to_paragraph(n),
            Command::Speaker => self.go_to_speaker(),
            Command::Copied { what, chars } => {
                self.clear_selection();
                self.say(format!(
                    "copied the {what} ({chars} characters) to the clipboard (OSC 52)"
                ));
            }
        }
        self.extend_selection();
    }

    /// Scrolls `n` rows, or while selecting moves the caret `n` visual lines.
    fn lines_or_scroll(&mut self, n: isize) {
        if self.is_selecting() {
            self.caret_line_step(n);
        } else {
            self.scroll(n);
        }
    }
}
