//! `transform`: resolve keys and options, build the engine, run it over the inputs into the
//! output, write the side files, the manifest and the reports.

use std::path::Path;
use std::time::SystemTime;

use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::dump::walk::read_catalog;
use amrit_stream::gates::schema::gate_inputs;
use amrit_stream::io::crypt::Content;
use amrit_stream::io::open_input;
use amrit_stream::io::output::{chunk_size, compress_threads, Output, OutputOptions};
use amrit_stream::observe::Silent;
use amrit_stream::report::manifest::{Manifest, RulesEntry};
use amrit_stream::report::run::transform_report;
use amrit_stream::report::side_files::SideFiles;
use amrit_stream::transform::{Engine, Options};
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
            let rows: u64 = total.tables.values().map(|t| t.rows).sum::<u64>()
                + total.rows_kept.values().sum::<u64>();
            if let Some(m) = watch.metrics() {
                m.add_rows(
                    total
                        .tables
                        .iter()
                        .map(|(t, s)| (t.as_str(), s.rows))
                        .chain(total.rows_kept.iter().map(|(t, n)| (t.as_str(), *n))),
                );
            }
            serde_json::json!({"rows": rows, "bytes_in": total.bytes_in, "bytes_out": total.bytes_out})
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
fn transform(args: &TransformArgs, watch: &Watch) -> Result<amrit_stream::transform::Stats> {
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
    let side_files = SideFiles::new(args.mapping_out.as_deref(), args.fingerprints.as_deref())?;
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
            key: Some(key.clone()),
            recorder: side_files.recorder(),
            names_from,
            // Manifests and reports give rows for every table, kept ones included.
            count_rows: args.output.is_some() || !args.report.report.is_empty(),
            allow_unmatched: args.allow_unmatched,
            observer: watch.observer(),
            without_data_gate: args.bench_without_output_gate,
        },
    )?;
    let mut manifest = Manifest::new("transform", started);
    manifest.rules = Some(RulesEntry::of(args.rules.rules.as_deref())?);
    manifest.set_pseudonymization_key(&key);
    let out_opts = OutputOptions {
        compress: args.compress,
        compress_threads: compress_threads(args.threads),
        encrypt: args.encrypt,
        chunk_size: chunk_size(args.chunk_size)?,
        content: Some(Content::Dump),
        private: false,
    };
    let result = Output::open(args.output.as_deref(), &out_opts, &keyring).and_then(|mut out| {
        let mut run = || {
            let run = engine.run_files(&inputs, &mut out, &keyring, database, catalog.as_ref());
            manifest.add_inputs(run.digests);
            if let (Some(p), true) = (&run.failed, inputs.len() > 1) {
                ui::info(&format!("stopped while transforming {}", p.display()));
            }
            let total = run.stats?;
            ui::say(&total.messages(&rules));
            rules.check_unmatched(&total.unmatched_rules, args.allow_unmatched)?;
            // The side files before the output is finished: if one fails, the output is
            // abandoned too, so nothing downstream takes the run for a good one.
            for said in side_files.write(&keyring, out_opts.chunk_size)? {
                ui::info(&said);
            }
            Ok(total)
        };
        match run() {
            Ok(total) => {
                // A run that got here wrote the whole dump: say so in an encrypted output.
                out.record_completion(amrit_stream::io::crypt::Completion::Complete);
                let (written, unpublished) = out.seal()?;
                manifest.set_output(&written, args.compress);
                manifest.add_rows(&total);
                // The reports before the output is published: a report that cannot be written
                // fails the run while nothing is under the output's name yet.
                manifest.stamp(0, None);
                args.report.write(&transform_report(
                    &manifest,
                    Some(&total),
                    gate.as_ref(),
                    started,
                ))?;
                unpublished.publish()?;
                Ok(total)
            }
            Err(e) => {
                out.abandon();
                Err(e)
            }
        }
    });
    let result = super::stopped(result);
    super::finish_manifest(args.output.as_deref(), &mut manifest, &result)?;
    let total = match result {
        Ok(total) => total,
        Err(e) => {
            // The failure's report; the failure itself stays the error the user sees.
            let report = transform_report(&manifest, None, gate.as_ref(), started);
            if let Err(w) = args.report.write(&report) {
                ui::warn(&format!(
                    "could not write the report of the failed run: {w}"
                ));
            }
            return Err(e);
        }
    };
    if !args.quiet {
        ui::info(&total.headline());
    }
    Ok(total)
}
