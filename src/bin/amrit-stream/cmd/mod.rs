//! Subcommands, each a thin adapter from its arguments to the library, and what they share:
//! loading the rules, writing reports and manifests. `main` is the only place that turns an
//! [`Exit`](amrit_stream::Exit) into a process exit code.

pub mod check;
pub mod convert;
pub mod crypt;
pub mod profile;
pub mod prune;
pub mod refresh;
pub mod rules;
pub mod synth;
pub mod transform;
pub mod verify;

use std::path::Path;

use amrit_stream::io::keys::Keyring;
use amrit_stream::report::manifest::Manifest;
use amrit_stream::report::Report;
use amrit_stream::rules::RuleSet;
use amrit_stream::Result;

use crate::args::{EncKeyArgs, ReportArgs, RulesArgs};
use crate::ui;

impl RulesArgs {
    /// The rules file, or the built-in AMRIT rules (said on stderr unless `quiet`).
    ///
    /// # Errors
    /// The rules file cannot be read or is invalid.
    pub fn load(&self, quiet: bool) -> Result<RuleSet> {
        match &self.rules {
            Some(p) => RuleSet::load(p),
            None => {
                if !quiet {
                    ui::info("no --rules: using the built-in AMRIT rules (rules/amrit.yaml)");
                }
                Ok(amrit_stream::amrit::rules())
            }
        }
    }
}

impl ReportArgs {
    /// Write `report` to every `--report` path.
    ///
    /// # Errors
    /// A report cannot be written.
    pub fn write(&self, report: &Report) -> Result<()> {
        for p in &self.report {
            report.write(p)?;
            ui::info(&format!(
                "wrote the {} report to {}",
                report.kind,
                p.display()
            ));
        }
        Ok(())
    }
}

impl EncKeyArgs {
    /// The master encryption keys: `AMRIT_STREAM_ENC_KEY` and every `--enc-key-file`.
    ///
    /// # Errors
    /// A key that cannot be read, is malformed, or sits in a file others can read (exit 3).
    pub fn keyring(&self) -> Result<Keyring> {
        Keyring::load(&self.files)
    }
}

/// Check, before anything is read, that every output path can be written (`-o`, `--report`,
/// `--metrics-file`, side files) and that none of them is one of `inputs` (exit 3): a run
/// must not fail at its end for a typo in a path, nor overwrite what it reads.
///
/// # Errors
/// The first path that cannot be written, named.
pub fn check_outputs<'p>(
    paths: impl IntoIterator<Item = &'p Path>,
    inputs: &[std::path::PathBuf],
) -> Result<()> {
    let paths: Vec<&Path> = paths.into_iter().collect();
    amrit_stream::io::refuse_output_over_input(paths.iter().copied(), inputs)?;
    paths
        .into_iter()
        .try_for_each(amrit_stream::io::check_writable)
}

/// [`check_outputs`] for a command's `--report` files (its `--metrics-file` is checked before
/// its watch starts: [`watched`], and `transform`, `convert` and `refresh` themselves).
///
/// # Errors
/// As [`check_outputs`].
pub fn check_reports(
    report: &crate::args::ReportArgs,
    inputs: &[std::path::PathBuf],
) -> Result<()> {
    check_outputs(report.report.iter().map(|p| p.as_path()), inputs)
}

/// `transform` is the default command, so a mistyped command (`amrit-stream chek dump.sql`)
/// arrives as an input file: when the first input is no file and is close to a command's name,
/// say which command was meant instead of "no such file".
///
/// # Errors
/// The suggestion (exit 1).
pub fn no_mistyped_command(inputs: &[std::path::PathBuf]) -> Result<()> {
    use clap::CommandFactory;
    let Some(first) = inputs
        .first()
        .filter(|p| *p != Path::new("-") && !p.exists())
    else {
        return Ok(());
    };
    let typed = first.to_string_lossy();
    let commands = crate::args::Cli::command();
    let best = commands
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| name != &*typed)
        .map(|name| (strsim::levenshtein(&typed, &name), name))
        .min();
    match best {
        Some((d, name)) if d <= 2 && typed.len() >= 3 => Err(amrit_stream::ErrorKind::Usage(format!(
            "there is no file `{typed}`, and no command of that name: did you mean `amrit-stream {name}`?"
        ))
        .into()),
        _ => Ok(()),
    }
}

/// Say so when a command is about to read a dump from a terminal (a forgotten pipe): it waits
/// for typed input, which is never what is meant.
pub fn note_terminal(inputs: &[std::path::PathBuf]) {
    use std::io::IsTerminal;
    if inputs.iter().any(|p| p == Path::new("-")) && std::io::stdin().is_terminal() {
        ui::warn("reading the dump from the terminal; pipe a dump or give a file (Ctrl-D ends the input, Ctrl-C stops)");
    }
}

/// Run `f` (a pass without an engine: `check`, `verify`, `profile`) watched by `--progress`,
/// `--metrics-file` and `--notify-url`.
///
/// # Errors
/// `f`'s error, or the metrics file's.
pub fn watched(
    command: &'static str,
    observe: &crate::args::ObserveArgs,
    quiet: bool,
    inputs: &[std::path::PathBuf],
    f: impl FnOnce(&crate::watch::Watch) -> Result<()>,
) -> Result<()> {
    check_outputs(observe.metrics_file.as_deref(), inputs)?;
    let watch = crate::watch::Watch::start(command, observe, quiet, inputs);
    let result = f(&watch);
    watch.finish(result, "", serde_json::json!({"inputs": inputs.len()}))
}

pub use amrit_stream::io::stop::after_stop as stopped;

/// Write the manifest next to `output` (when the output is a file) with the run's outcome. A
/// manifest that cannot be written fails a run that succeeded, and is a warning after a run that
/// failed (its own error is what the user must see).
///
/// # Errors
/// The manifest cannot be written after a successful run.
pub fn finish_manifest<T>(
    output: Option<&Path>,
    manifest: &mut Manifest,
    result: &Result<T>,
) -> Result<()> {
    match manifest.finish(output, result) {
        Err(e) if result.is_ok() => Err(e),
        Err(e) => {
            ui::warn(&format!("could not write the manifest: {e}"));
            Ok(())
        }
        Ok(()) => Ok(()),
    }
}
