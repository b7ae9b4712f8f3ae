//! The full-screen reader.
//!
//! Shape (after ratatui's component template and gitui): one [`Action`] enum; keys map to actions
//! through [`Keymap`] (built from the single table [`keymap::BINDINGS`], which the help overlay
//! also lists); [`update`] changes the [`App`]; [`view::draw`] only draws. [`term::run`] owns the
//! terminal: it handles every queued event, then draws once, and only when something changed.
//! Everything but `term` works headless.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod editor;
pub mod keymap;
pub mod notes_ui;
pub mod panel;
pub mod search;
pub mod style;
pub mod term;
pub mod view;

pub use action::Action;
pub use app::{App, Settings, update};
pub use keymap::Keymap;
