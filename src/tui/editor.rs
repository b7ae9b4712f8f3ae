//! The note editor (being built).
