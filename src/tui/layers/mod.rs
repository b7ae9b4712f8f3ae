//! The layers of the reader's screen, bottom to top as they are usually stacked: the text, the
//! status line, then whatever is opened over them — a list panel, the help, the search prompt,
//! a y/n question, the note editor; or the library (`hamish DIR`), over an empty reader until an
//! article is opened.

pub mod confirm;
pub mod editor;
pub mod help;
pub mod library;
pub mod list_panel;
pub mod message_log;
pub mod prompt;
pub mod status_line;
pub mod text_view;
