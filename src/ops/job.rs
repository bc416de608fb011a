//! A transform job: the unit of work every command that writes an anonymized dump shares
//! (`transform`, each file of `convert`, each database of `refresh`).
//!
//! Config → build → run: the caller resolves its arguments once into a [`TransformJob`] (where
//! the output goes and how it is written, the side files, the reports, the rules' entry for
//! the manifest, the input's database, schema and learnt names) and builds one
//! [`Engine`]; [`TransformJob::run`] then owns the output's whole life — open, run the engine
//! over the input, write the side files, record completion, seal, write the reports, publish,
//! or abandon on any failure — and writes the manifest, also for a failed run. It returns a
//! typed [`JobOutcome`]. What only one caller needs (waiting for `mysqldump`, the checks of
//! `--allow-unmatched`) comes in through [`JobHooks`], at fixed points of that life.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::dump::catalog::Catalog;
use crate::error::Result;
use crate::gates::fingerprint::Fingerprints;
use crate::io::crypt::Completion;
use crate::io::keys::Keyring;
use crate::io::output::{Output, OutputOptions};
use crate::io::stop::after_stop;
use crate::report::manifest::{Manifest, RulesEntry};
use crate::report::side_files::SideFiles;
use crate::report::Report;
use crate::transform::{Engine, Source, Stats};

/// What a job reads.
pub enum JobInput<'a> {
    /// Dump files, one after another into the one output (`-` = stdin); each file's raw
    /// size and blake3 go into the manifest.
    Files(&'a [PathBuf]),
    /// A stream, such as a child process's stdout, called `name` in events and messages.
    Stream {
        /// Its name.
        name: &'a str,
        /// Its bytes.
        reader: Box<dyn Read + Send + 'a>,
    },
}

/// One transform job, resolved: everything but the engine and the input.
pub struct TransformJob<'a> {
    /// The command the manifest names (`transform`, `convert`, `refresh`).
    pub command: &'static str,
    /// The output file; `None` or `-` = stdout.
    pub output: Option<&'a Path>,
    /// How the output is written (compression, encryption, chunks).
    pub output_options: OutputOptions,
    /// Encryption keys: sealing the output and side files, opening encrypted inputs.
    pub keys: &'a Keyring,
    /// The mapping and fingerprints files of this job, if any.
    pub side_files: SideFiles,
    /// Report files (`.json` or `.html`), written before the output is published; also for a
    /// failed run.
    pub reports: Vec<PathBuf>,
    /// The rules' file and blake3, for the manifest.
    pub rules: RulesEntry,
    /// Database of a dump that does not name one.
    pub database: Option<String>,
    /// Schemas for a dump without `CREATE TABLE`.
    pub catalog: Option<&'a Catalog>,
    /// Names learnt by an earlier run (db_identity's fingerprints), searched in notes.
    pub names_from: Option<Arc<Fingerprints>>,
}

/// Points in a job's life where a caller adds its own step; each may fail the job, which is
/// then abandoned (nothing published).
pub trait JobHooks {
    /// After the engine read the whole input, before anything is sealed.
    ///
    /// # Errors
    /// The caller's check failed.
    fn after_run(&mut self, _stats: &Stats) -> Result<()> {
        Ok(())
    }

    /// The job's report, from its manifest (stamped) and counts (`None`: it failed).
    fn report(&self, _manifest: &Manifest, _stats: Option<&Stats>) -> Option<Report> {
        None
    }
}

/// A job with no hooks.
pub struct NoHooks;

impl JobHooks for NoHooks {}

/// How a job ended.
pub struct JobOutcome {
    /// The counts, or the error that stopped the job (after a signal, the interruption).
    pub result: Result<Stats>,
    /// The manifest as written (or, for stdout, as stamped).
    pub manifest: Manifest,
    /// Of several input files, the one that failed.
    pub failed_input: Option<PathBuf>,
    /// What the side files said they wrote (one line each, no data).
    pub said: Vec<String>,
    /// Warnings that did not change the outcome (a failed run's report or manifest that could
    /// not be written).
    pub warnings: Vec<String>,
}

impl TransformJob<'_> {
    /// Run the job on `engine` over `input`.
    pub fn run(&self, engine: &Engine, input: JobInput, hooks: &mut dyn JobHooks) -> JobOutcome {
        let mut manifest = Manifest::new(self.command, SystemTime::now());
        manifest.rules = Some(self.rules.clone());
        manifest.set_pseudonymization_key(engine.key(), engine.derivation());
        manifest.set_output_gate(engine.gate_every_row(), self.side_files.has_fingerprints());
        let mut outcome = JobOutcome {
            result: Ok(Stats::default()),
            manifest: Manifest::new(self.command, SystemTime::now()),
            failed_input: None,
            said: Vec::new(),
            warnings: Vec::new(),
        };
        let result = after_stop(self.write(engine, input, hooks, &mut manifest, &mut outcome));
        match manifest.finish(self.output, &result) {
            Err(e) if result.is_ok() => outcome.result = Err(e),
            Err(e) => {
                outcome
                    .warnings
                    .push(format!("could not write the manifest: {e}"));
                outcome.result = result;
            }
            Ok(()) => outcome.result = result,
        }
        if outcome.result.is_err() {
            if let Some(report) = hooks.report(&manifest, None) {
                if let Err(e) = self.write_reports(&report) {
                    outcome
                        .warnings
                        .push(format!("could not write the report of the failed run: {e}"));
                }
            }
        }
        outcome.manifest = manifest;
        outcome
    }

    /// Open the output, run, and publish it complete or abandon it.
    fn write(
        &self,
        engine: &Engine,
        input: JobInput,
        hooks: &mut dyn JobHooks,
        manifest: &mut Manifest,
        outcome: &mut JobOutcome,
    ) -> Result<Stats> {
        let mut out = Output::open(self.output, &self.output_options, self.keys)?;
        let stats = match self.transform(engine, input, hooks, &mut out, manifest, outcome) {
            Ok(stats) => stats,
            Err(e) => {
                out.abandon();
                return Err(e);
            }
        };
        // A job that got here wrote the whole dump: say so in an encrypted output.
        out.record_completion(Completion::Complete);
        let (written, unpublished) = out.seal()?;
        manifest.set_output(&written, self.output_options.compress);
        manifest.add_rows(&stats);
        // The reports before the output is published: a report that cannot be written fails
        // the job while nothing is under the output's name yet.
        manifest.stamp(0, None);
        if let Some(report) = hooks.report(manifest, Some(&stats)) {
            self.write_reports(&report)?;
        }
        unpublished.publish()?;
        Ok(stats)
    }

    /// The engine over the input, the caller's check, then the side files (before the output
    /// is sealed: if one fails, the output is abandoned too).
    fn transform(
        &self,
        engine: &Engine,
        input: JobInput,
        hooks: &mut dyn JobHooks,
        out: &mut Output,
        manifest: &mut Manifest,
        outcome: &mut JobOutcome,
    ) -> Result<Stats> {
        let source = Source {
            database: self.database.clone(),
            catalog: self.catalog,
            recorder: self.side_files.recorder(),
            names_from: self.names_from.clone(),
            ..Source::default()
        };
        let stats = match input {
            JobInput::Files(paths) => {
                let run = engine.run_files(paths, out, self.keys, &source);
                manifest.add_inputs(run.digests);
                outcome.failed_input = run.failed;
                run.stats?
            }
            JobInput::Stream { name, reader } => {
                engine.run(reader, out, &Source { name, ..source })?
            }
        };
        hooks.after_run(&stats)?;
        outcome.said = self
            .side_files
            .write(self.keys, self.output_options.chunk_size)?;
        Ok(stats)
    }

    /// Write `report` to every report file.
    fn write_reports(&self, report: &Report) -> Result<()> {
        self.reports.iter().try_for_each(|p| report.write(p))
    }
}
