//! Subcommands and the exit-code table. `main` is the only place that turns an [`Exit`] into a
//! process exit code.

pub mod check;
pub mod rules;
pub mod synth;
pub mod transform;

use std::path::Path;

use amrit_stream::rules::RuleSet;
use amrit_stream::{Error, ErrorClass, Result};

use crate::ui;

/// The rules at `path`, or the built-in AMRIT rules (said on stderr unless `quiet`).
///
/// # Errors
/// The rules file cannot be read or is invalid.
pub fn load_rules(path: Option<&Path>, quiet: bool) -> Result<RuleSet> {
    match path {
        Some(p) => RuleSet::load(p),
        None => {
            if !quiet {
                ui::info("no --rules: using the built-in AMRIT rules (rules/amrit.yaml)");
            }
            Ok(RuleSet::builtin_amrit())
        }
    }
}

/// Process exit codes, documented in `--help` and README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// Operational error: I/O, parse, usage.
    Error = 1,
    /// Policy stop: uncovered column, schema drift, no rules.
    Drift = 2,
    /// Security refusal.
    Refused = 3,
    /// `verify` found a leak.
    #[allow(dead_code)]
    Leak = 4,
    /// Interrupted by Ctrl-C.
    Interrupted = 130,
}

impl Exit {
    /// The exit code for a library error.
    pub fn of(err: &Error) -> Exit {
        match err.class() {
            ErrorClass::Operational => Exit::Error,
            ErrorClass::Policy => Exit::Drift,
            ErrorClass::Security => Exit::Refused,
            ErrorClass::Interrupted => Exit::Interrupted,
        }
    }
}
