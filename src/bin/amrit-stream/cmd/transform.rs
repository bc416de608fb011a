//! `transform`: resolve the arguments once into a [`TransformJob`] and an engine, and run the
//! job (which owns the output, side files, reports and manifest).

use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use amrit_stream::dump::mydumper::Layout;
use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::dump::walk::read_catalog;
use amrit_stream::gates::fingerprint::Fingerprints;
use amrit_stream::gates::schema::{gate_inputs, SchemaReport};
use amrit_stream::io::crypt::Content;
use amrit_stream::io::keys::{Keyring, MasterKey};
use amrit_stream::io::open_input;
use amrit_stream::io::output::{chunk_size, compress_threads, OutputOptions};
use amrit_stream::observe::Silent;
use amrit_stream::ops::directory::{DirectoryJob, Shard};
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
    if let [dir] = &args.input.inputs[..] {
        if Layout::is_dump_dir(dir) {
            return directory(args, dir, watch);
        }
    }
    if args.shard.is_some() {
        return Err(ErrorKind::Usage(
            "--shard splits a mydumper directory: give one directory as the input".into(),
        )
        .into());
    }
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
    let names_from = read_names(args, &keyring)?;
    let engine = Engine::build(&rules, engine_options(args, key, watch))?;
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

/// The names an earlier run learnt (`--names-from`).
fn read_names(args: &TransformArgs, keyring: &Keyring) -> Result<Option<Arc<Fingerprints>>> {
    match &args.names_from {
        Some(p) => {
            let mut input = open_input(p, keyring)?;
            Ok(Some(Arc::new(Fingerprints::read(
                &mut input.reader,
                &input.name,
            )?)))
        }
        None => Ok(None),
    }
}

/// The engine's options from the arguments.
fn engine_options(args: &TransformArgs, key: Arc<MasterKey>, watch: &Watch) -> Options {
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
        gate_every_row: args.gate_every_row,
        without_data_gate: args.bench_without_output_gate,
    }
}

/// `transform DIR -o OUTDIR`: a mydumper directory, whole or one `--shard`.
fn directory(args: &TransformArgs, dir: &Path, watch: &Watch) -> Result<Stats> {
    for (on, what) in [
        (
            args.compress.is_some(),
            "--compress (files keep their input's compression)",
        ),
        (args.encrypt, "--encrypt"),
        (args.mapping_out.is_some(), "--mapping-out"),
        (args.fingerprints.is_some(), "--fingerprints"),
        (args.check_first, "--check-first"),
        (
            args.schema.is_some(),
            "--schema (the directory's schema files are read)",
        ),
        (
            args.database.database.is_some(),
            "--database (file names say)",
        ),
    ] {
        if on {
            return Err(ErrorKind::Usage(format!(
                "{what} is not available for a mydumper directory input"
            ))
            .into());
        }
    }
    let Some(output) = args.output.as_deref().filter(|p| *p != Path::new("-")) else {
        return Err(ErrorKind::Usage(
            "a mydumper directory is written to a directory: give -o OUTDIR".into(),
        )
        .into());
    };
    let key = args.key.load()?;
    let started = SystemTime::now();
    let keyring = args.enc.keyring()?;
    super::check_outputs(
        args.report.report.iter().map(|p| p.as_path()),
        &args.input.paths(),
    )?;
    let rules = args.rules.load(args.quiet)?;
    let names_from = read_names(args, &keyring)?;
    let engine = Engine::build(&rules, engine_options(args, key, watch))?;
    let job = DirectoryJob {
        input: dir,
        output,
        shard: args.shard.unwrap_or(Shard::ALL),
        keys: &keyring,
        rules: RulesEntry::of(args.rules.rules.as_deref())?,
        names_from,
        files_at_once: engine.threads(),
        reports: args.report.report.clone(),
    };
    let mut checks = Checks {
        args,
        rules: &rules,
        gate: None,
        started,
    };
    let done = job.run(&engine, &rules, &mut checks);
    if let Some(f) = &done.failed_file {
        // Also under -q: among hundreds of chunk files the error's position needs its file.
        ui::warn(&format!(
            "stopped while transforming {f} of {}",
            dir.display()
        ));
    }
    for w in &done.warnings {
        ui::warn(w);
    }
    let total = done.result?;
    if !args.quiet {
        ui::info(&format!(
            "{} ({} data file(s){})",
            total.headline(),
            done.manifest.inputs.len(),
            args.shard
                .map_or_else(String::new, |s| format!(", shard {s}"))
        ));
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
