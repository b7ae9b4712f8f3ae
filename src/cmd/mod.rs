//! Subcommand bodies. Each module owns its clap `Args` and a `run(Args) -> anyhow::Result<ExitCode>`.

pub mod entities;
pub mod model;
pub mod notes;
pub mod read;
pub mod render;
