//! hamish (هامش, "margin"): a terminal reader for Arabic articles.
//!
//! This crate is the terminal side: the full-screen reader ([`tui`]). Everything that does not
//! need a terminal lives in [`hamish_core`], re-exported here under its module names.

pub use hamish_core::{
    analysis, config, document, files, fold, highlight, layout, library, memory, notes, paths,
    reader, state, style, text, theme,
};

pub mod tui;
