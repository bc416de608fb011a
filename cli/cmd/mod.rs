//! Subcommands and the exit-code table. `main` is the only place that turns an [`Exit`] into a
//! process exit code.

pub mod check;
pub mod crypt;
pub mod rules;
pub mod synth;
pub mod transform;
pub mod verify;

use std::path::Path;

use amrit_stream::report::manifest::{blake3_hex, Manifest, RulesEntry};
use amrit_stream::rules::RuleSet;
use amrit_stream::{Error, ErrorClass, ErrorKind, Result};

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
            Ok(amrit_stream::amrit::rules())
        }
    }
}

/// The rules' file name and blake3, for manifests and reports.
///
/// # Errors
/// The rules file cannot be read.
pub fn rules_entry(path: Option<&Path>) -> Result<RulesEntry> {
    Ok(match path {
        Some(p) => RulesEntry {
            file: p.display().to_string(),
            blake3: blake3_hex(
                &std::fs::read(p).map_err(|e| Error::io(format!("reading {}", p.display()), e))?,
            ),
        },
        None => RulesEntry {
            file: "<built-in AMRIT rules>".into(),
            blake3: blake3_hex(amrit_stream::amrit::RULES_YAML.as_bytes()),
        },
    })
}

/// zstd worker threads for `-j threads` (0 = one per core).
pub fn compress_threads(threads: usize) -> u32 {
    let n = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        threads
    };
    n as u32
}

/// A chunk size from the command line, checked.
///
/// # Errors
/// Out of the format's range.
pub fn chunk_size(n: usize) -> Result<u32> {
    u32::try_from(n)
        .ok()
        .filter(|n| (16..=64 << 20).contains(n))
        .ok_or_else(|| ErrorKind::Usage("--chunk-size must be from 16 bytes to 64M".into()).into())
}

/// Write the manifest next to `output` (when the output is a file) with the run's outcome: exit
/// status 0, or the failure's status and message.
///
/// # Errors
/// The manifest cannot be written (only reported when the run itself succeeded).
pub fn finish_manifest<T>(
    output: Option<&Path>,
    manifest: &mut Manifest,
    result: &Result<T>,
) -> Result<()> {
    let Some(path) = output.filter(|p| *p != Path::new("-")) else {
        return Ok(());
    };
    let (status, error) = match result {
        Ok(_) => (Exit::Ok as u8, None),
        Err(e) => (Exit::of(e) as u8, Some(e.to_string())),
    };
    match manifest.write_for(path, status, error) {
        Ok(_) => Ok(()),
        Err(e) if result.is_ok() => Err(e),
        Err(e) => {
            ui::warn(&format!("could not write the manifest: {e}"));
            Ok(())
        }
    }
}

/// Write `report` to every `--report` path.
///
/// # Errors
/// A report cannot be written.
pub fn write_reports(
    paths: &[std::path::PathBuf],
    report: &amrit_stream::report::Report,
) -> Result<()> {
    for p in paths {
        report.write(p)?;
        ui::info(&format!(
            "wrote the {} report to {}",
            report.kind,
            p.display()
        ));
    }
    Ok(())
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
            ErrorClass::Leak => Exit::Leak,
        }
    }
}
