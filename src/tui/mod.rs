//! The full-screen reader: the core's headless [`hamish_core::reader::Reader`] under a stack of
//! components (see [`component`]): the text, the status line, and the layers opened over them
//! (panels, help, search prompt, questions, the note editor).
//!
//! Keys map to actions through [`Keymap`] (built from the single table [`keymap::BINDINGS`],
//! which the help overlay also lists); layers turn actions into reader commands. [`term::run`]
//! owns the terminal: it handles every queued event, then draws once after anything changed.
//! Everything but `term` works headless.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod component;
pub mod draw;
pub mod editor;
pub mod geometry;
pub mod keymap;
pub mod layers;
pub mod session;
pub mod style;
pub mod term;

pub use action::Action;
pub use app::{App, Settings};
pub use keymap::Keymap;
