//! Subcommand bodies. Each module owns its clap `Args` and a `run(Args) -> anyhow::Result<ExitCode>`.
//! The command-line forms of the core's option types live here, at the edge: the core knows
//! nothing of clap.

pub mod entities;
pub mod library;
pub mod model;
pub mod notes;
pub mod read;
pub mod render;

use hamish::layout::{BidiMode, Direction};

/// `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    On,
    Off,
}

impl From<Switch> for bool {
    fn from(s: Switch) -> bool {
        s == Switch::On
    }
}

/// `--direction`: paragraph direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DirectionArg {
    Auto,
    Rtl,
    Ltr,
}

impl From<DirectionArg> for Direction {
    fn from(d: DirectionArg) -> Direction {
        match d {
            DirectionArg::Auto => Direction::Auto,
            DirectionArg::Rtl => Direction::Rtl,
            DirectionArg::Ltr => Direction::Ltr,
        }
    }
}

/// `--bidi`: who reorders right-to-left text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BidiArg {
    App,
    Terminal,
}

impl From<BidiArg> for BidiMode {
    fn from(b: BidiArg) -> BidiMode {
        match b {
            BidiArg::App => BidiMode::App,
            BidiArg::Terminal => BidiMode::Terminal,
        }
    }
}
