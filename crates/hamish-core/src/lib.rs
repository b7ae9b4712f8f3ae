//! hamish-core: everything of hamish (هامش, "margin") that does not need a terminal.
//!
//! Decoding and sanitising documents, the bidi layout engine, entity and quotation analysis, the
//! notes sidecar, themes and config. The article stays in logical order everywhere; only
//! [`layout`] turns it into visual lines of cells, and every cell remembers the logical range it
//! shows. Nothing here depends on a terminal, UI or command-line crate: the `hamish` binary maps
//! its own types onto these at its edge.

pub mod analysis;
pub mod config;
pub mod document;
pub mod files;
pub mod fold;
pub mod highlight;
pub mod layout;
pub mod library;
pub mod memory;
pub mod notes;
pub mod paths;
pub mod reader;
pub mod state;
pub mod style;
pub mod text;
pub mod theme;
