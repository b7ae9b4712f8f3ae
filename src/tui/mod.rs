//! The full-screen reader.

pub mod editor;
