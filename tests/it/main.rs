//! The integration tests, as one test binary (one link, shared helpers).
//!
//! Tests that need `../shared` (the seed article, the layout oracle, the NER corpora) print a
//! notice and skip when it is absent; tmux end-to-end tests skip when tmux is absent.

mod common;
mod e2e_everyday;
mod e2e_library;
mod e2e_mouse;
mod e2e_notes;
mod e2e_notes_live;
mod e2e_reader;
mod e2e_signals;
mod entities_articles;
mod entities_cli;
mod entities_invented;
mod entities_modern;
mod entities_seed;
mod fuzz_smoke;
mod harness;
mod inputs_cli;
mod layout_oracle;
mod layout_props;
mod library_cli;
mod notes_anchoring;
mod notes_cli;
mod notes_durability;
mod notes_live;
mod notes_scale;
mod notes_store;
mod notes_workflow;
mod quotes_articles;
mod quotes_heldout;
mod quotes_seed;
mod render_hostile;
mod render_stream;
mod robust_cli;
mod spellings;
mod tui_analysis;
mod tui_app;
mod tui_editor;
mod tui_everyday;
mod tui_library;
mod tui_notes;
mod tui_notes_snapshots;
mod tui_notes_workflow;
mod tui_qa;
mod tui_snapshots;
