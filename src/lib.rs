//! hamish (هامش, "margin"): a terminal reader for Arabic articles.
//!
//! The library holds everything that does not need a terminal: decoding and sanitising documents,
//! the bidi layout engine, entity and quotation analysis, the notes sidecar, themes and config.
//! The article stays in logical order everywhere; only [`layout`] turns it into visual lines of
//! cells, and every cell remembers the logical range it shows.

pub mod analysis;
pub mod config;
pub mod document;
pub mod layout;
pub mod notes;
pub mod paths;
pub mod theme;
pub mod tui;
