//! `transform`: resolve the arguments once into a [`TransformJob`] and an engine, and run the
//! job (which owns the output, side files, reports and manifest).

use std::path::Path;
use std::time::SystemTime;

use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::dump::walk::read_catalog;
use amrit_stream::gates::schema::{gate_inputs, SchemaReport};
use amrit_stream::io::crypt::Content;
use amrit_stream::io::open_input;
use amrit_stream::io::output::{chunk_size, compress_threads, OutputOptions};
use amrit_stream::observe::Silent;
use amrit_stream::ops::job::{JobHooks, JobInput, TransformJob};
use amrit_stream::report::manifest::{Manifest, RulesEntry};
use amrit_stream::report::run::transform_report;
use amrit_stream::report::side_files::SideFiles;
use amrit_stream::report::Report;
use amrit_stream::rules::RuleSet;
use amrit_stream::transform::{Engine, Options, Stats};
use amrit_stream::{ErrorKind, Result};

use crate::args::TransformArgs;
use crate::ui;
use crate::watch::Watch;

/// Run `transform`, watched by `--progress`, `--metrics-file` and `--notify-url`.
///
/// # Errors
/// Any library error; the caller maps it to an exit code.
pub fn run(args: &TransformArgs) -> Result<()> {
    super::no_mistyped_command(&args.input.inputs)?;
    // Before the watch starts: it writes the metrics file even when the run is then refused.
    super::check_outputs(args.observe.metrics_file.as_deref(), &args.input.paths())?;
    let watch = Watch::start("transform", &args.observe, args.quiet, &args.input.paths());
    let result = transform(args, &watch);
    let summary = match &result {
        Ok(total) => {
            if let Some(m) = watch.metrics() {
                m.add_rows(total.tables.iter().map(|(t, s)| (t.as_str(), s.rows)));
            }
            serde_json::json!({"rows": total.rows(), "bytes_in": total.bytes_in, "bytes_out": total.bytes_out})
        }
        Err(_) => serde_json::json!({}),
    };
    let detail = match &result {
        Ok(total) => total.headline(),
        Err(_) => String::new(),
    };
    watch.finish(result.map(|_| ()), &detail, summary)
}

/// The transform itself.
fn transform(args: &TransformArgs, watch: &Watch) -> Result<Stats> {
    let key = args.key.load()?;
    let started = SystemTime::now();
    let keyring = args.enc.keyring()?;
    for (on, what) in [
        (args.encrypt, "--encrypt"),
        (args.mapping_out.is_some(), "--mapping-out"),
        (args.fingerprints.is_some(), "--fingerprints"),
    ] {
        if on {
            keyring.require(what)?;
        }
    }
    super::check_outputs(
        args.output
            .iter()
            .chain(&args.report.report)
            .chain(&args.fingerprints)
            .chain(&args.mapping_out)
            .map(|p| p.as_path()),
        &args.input.paths(),
    )?;
    let rules = args.rules.load(args.quiet)?;
    let inputs = args.input.paths();
    super::note_terminal(&inputs);
    let database = args.database.database.as_deref();
    let gate = if args.check_first {
        if inputs.iter().any(|p| p == Path::new("-")) {
            return Err(ErrorKind::Usage(
                "--check-first reads the input twice: give files, not stdin".into(),
            )
            .into());
        }
        let g = gate_inputs(&rules, &inputs, database, &keyring, &Silent)?;
        super::check::judge(&g, &rules)?;
        rules.check_unmatched(&g.stale, args.allow_unmatched)?;
        Some(g)
    } else {
        None
    };
    let catalog = match &args.schema {
        Some(p) => Some(read_catalog(open_input(p, &keyring)?.reader, None)?),
        None => None,
    };
    let names_from = match &args.names_from {
        Some(p) => {
            let mut input = open_input(p, &keyring)?;
            Some(std::sync::Arc::new(
                amrit_stream::gates::fingerprint::Fingerprints::read(
                    &mut input.reader,
                    &input.name,
                )?,
            ))
        }
        None => None,
    };
    let engine = Engine::build(
        &rules,
        Options {
            threads: args.threads,
            reader: ReaderOptions {
                max_statement: args.max_statement_size,
                batch_bytes: args.batch_size,
                allow_incomplete: args.allow_incomplete,
                ..ReaderOptions::default()
            },
            key: Some(key),
            derivation: args.key.derivation,
            recorder: None,
            // Manifests and reports give rows for every table, kept ones included.
            count_rows: args.output.is_some() || !args.report.report.is_empty(),
            allow_unmatched: args.allow_unmatched,
            observer: watch.observer(),
            without_data_gate: args.bench_without_output_gate,
        },
    )?;
    let job = TransformJob {
        command: "transform",
        output: args.output.as_deref(),
        output_options: OutputOptions {
            compress: args.compress,
            compress_threads: compress_threads(args.threads),
            encrypt: args.encrypt,
            chunk_size: chunk_size(args.chunk_size)?,
            content: Some(Content::Dump),
            private: false,
        },
        keys: &keyring,
        side_files: SideFiles::new(args.mapping_out.as_deref(), args.fingerprints.as_deref())?,
        reports: args.report.report.clone(),
        rules: RulesEntry::of(args.rules.rules.as_deref())?,
        database: database.map(str::to_string),
        catalog: catalog.as_ref(),
        names_from,
    };
    let mut checks = Checks {
        args,
        rules: &rules,
        gate: gate.as_ref(),
        started,
    };
    let done = job.run(&engine, JobInput::Files(&inputs), &mut checks);
    if let (Some(p), true) = (&done.failed_input, inputs.len() > 1) {
        ui::info(&format!("stopped while transforming {}", p.display()));
    }
    for said in &done.said {
        ui::info(said);
    }
    for w in &done.warnings {
        ui::warn(w);
    }
    let total = done.result?;
    if !args.quiet {
        ui::info(&total.headline());
    }
    Ok(total)
}

/// What `transform` adds to its job: the run's notes and the `--allow-unmatched` check once
/// the input is read, and the run report.
struct Checks<'a> {
    args: &'a TransformArgs,
    rules: &'a RuleSet,
    gate: Option<&'a SchemaReport>,
    started: SystemTime,
}

impl JobHooks for Checks<'_> {
    fn after_run(&mut self, total: &Stats) -> Result<()> {
        ui::say(&total.messages(self.rules));
        self.rules
            .check_unmatched(&total.unmatched_rules, self.args.allow_unmatched)
    }

    fn report(&self, manifest: &Manifest, stats: Option<&Stats>) -> Option<Report> {
        Some(transform_report(manifest, stats, self.gate, self.started))
    }
}
