//! `convert`: batch conversion of stored backups into an output directory (see
//! `amrit_stream::ops::convert`), with a summary table, a report, progress, metrics and
//! notifications.

use std::time::SystemTime;

use amrit_stream::io::crypt::Content;
use amrit_stream::io::output::{chunk_size, compress_threads, OutputOptions};
use amrit_stream::ops::convert::file_rows;
use amrit_stream::ops::convert::{self, Outcome, Settings};
use amrit_stream::report::convert::{convert_report, FileRow};
use amrit_stream::report::manifest::RulesEntry;
use amrit_stream::transform::{Engine, Options};
use amrit_stream::{ErrorKind, Exit, Result};

use crate::args::ConvertArgs;
use crate::ui;
use crate::watch::Watch;

/// Run `convert`.
///
/// # Errors
/// A usage or key error before any file is read, or the batch's worst file status.
pub fn run(args: &ConvertArgs) -> Result<()> {
    let started = SystemTime::now();
    convert::refuse_out_dir_in_inputs(&args.out_dir, &args.inputs)?;
    if !args.out_dir.exists() {
        std::fs::create_dir_all(&args.out_dir).map_err(|e| {
            amrit_stream::Error::io(format!("creating --out-dir {}", args.out_dir.display()), e)
        })?;
    }
    if !args.out_dir.is_dir() {
        return Err(ErrorKind::Usage(format!(
            "--out-dir {} is not a directory",
            args.out_dir.display()
        ))
        .into());
    }
    if !args.one_off_key && !args.key.given() {
        return Err(ErrorKind::Refused(
            "no pseudonymization key (AMRIT_STREAM_KEY or --key-file): a batch on a one-off key writes pseudonyms that match no other run; give the refresh's key, or --one-off-key if that is meant".into(),
        )
        .into());
    }
    let key = args.key.load()?;
    let keyring = args.enc.keyring()?;
    keyring.require("convert (outputs and fingerprints are encrypted)")?;
    super::check_reports(&args.report, &args.inputs)?;
    let rules = args.rules.load(args.quiet)?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let settings = Settings {
        out_dir: args.out_dir.clone(),
        jobs: if args.jobs == 0 { cores } else { args.jobs },
        resume: args.resume,
        output: OutputOptions {
            compress: Some(args.compress.unwrap_or(3)),
            compress_threads: compress_threads(args.threads),
            encrypt: !args.no_encrypt,
            chunk_size: chunk_size(args.chunk_size)?,
            content: Some(Content::Dump),
            private: false,
        },
        rules: RulesEntry::of(args.rules.rules.as_deref())?,
    };
    let jobs = convert::plan(&args.inputs, &settings)?;
    let swept = amrit_stream::io::sweep_dir(&args.out_dir);
    if swept > 0 {
        ui::info(&format!(
            "removed {swept} temporary file(s) of an earlier run that was killed"
        ));
    }
    let inputs: Vec<_> = jobs.iter().map(|j| j.input.clone()).collect();
    super::check_outputs(args.observe.metrics_file.as_deref(), &inputs)?;
    let watch = Watch::start("convert", &args.observe, args.quiet, &inputs);
    // One engine, one pool of workers for every file of the batch.
    let engine = Engine::build(
        &rules,
        Options {
            threads: args.threads,
            key: Some(key),
            derivation: args.key.derivation,
            count_rows: true,
            observer: watch.observer(),
            ..Options::default()
        },
    )?;
    ui::info(&format!(
        "converting {} file(s), {} at a time, on {} worker thread(s)",
        jobs.len(),
        settings.jobs.min(jobs.len()),
        engine.threads()
    ));
    let metrics = watch.metrics();
    let outcomes = convert::convert(&engine, &jobs, &settings, &keyring, &|job, outcome| {
        let name = job.input.display().to_string();
        match outcome {
            Outcome::Converted { .. } => ui::info(&format!("converted {name}")),
            Outcome::Skipped => ui::info(&format!(
                "skipped {name}: its output is complete and current"
            )),
            Outcome::Failed(e) => ui::error(&format!("{name}: {e}")),
        }
        if let Some(m) = metrics {
            m.file_done(
                outcome.label(),
                match outcome {
                    Outcome::Failed(e) => Some(e),
                    _ => None,
                },
            );
        }
    });
    if let Some(m) = metrics {
        for (job, o) in jobs.iter().zip(&outcomes) {
            if let Outcome::Converted { .. } = o {
                if let Ok(text) =
                    std::fs::read(amrit_stream::report::manifest::path_for(&job.output))
                {
                    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&text) {
                        if let Some(rows) = v["rows_per_table"].as_object() {
                            m.add_rows(
                                rows.iter()
                                    .map(|(t, n)| (t.as_str(), n.as_u64().unwrap_or(0))),
                            );
                        }
                    }
                }
            }
        }
    }
    let rows = file_rows(&jobs, &outcomes);
    print_table(&rows);
    let convert::Counts {
        converted,
        skipped,
        failed,
    } = convert::Counts::of(&outcomes);
    if skipped == jobs.len() {
        ui::info("nothing to do: every output is complete and current (--resume)");
    }
    let exit = convert::batch_exit(&outcomes);
    let headline = format!(
        "{converted} converted, {skipped} skipped, {failed} failed of {} file(s)",
        jobs.len()
    );
    let report = convert_report(&rows, exit, &headline, started);
    let mut result = args.report.write(&report);
    if result.is_ok() && exit != Exit::Ok {
        result = Err(batch_error(exit, failed));
    }
    let summary = serde_json::json!({
        "files": jobs.len(), "converted": converted, "skipped": skipped, "failed": failed,
    });
    watch.finish(result, &headline, summary)
}

/// The error that carries the batch's exit status.
fn batch_error(exit: Exit, failed: usize) -> amrit_stream::Error {
    let what = format!("{failed} file(s) of the batch failed (see above)");
    match exit {
        Exit::Drift => ErrorKind::Drift(what).into(),
        Exit::Refused => ErrorKind::Refused(what).into(),
        Exit::Interrupted | Exit::Terminated | Exit::HungUp => ErrorKind::Interrupted(
            amrit_stream::io::stop::requested().unwrap_or(amrit_stream::Signal::Interrupt),
        )
        .into(),
        _ => ErrorKind::Usage(what).into(),
    }
}

/// The summary table on stderr (printed even with --quiet: it is the batch's result).
fn print_table(rows: &[FileRow]) {
    let names: Vec<String> = rows
        .iter()
        .map(|r| ui::sanitize(&r.input).into_owned())
        .collect();
    let w = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let mut out = format!("{:<w$}  {:>10}  {:>7}  result\n", "input", "rows", "MB/s");
    for (r, n) in rows.iter().zip(&names) {
        out.push_str(&format!(
            "{n:<w$}  {:>10}  {:>7}  {}\n",
            r.rows, r.rate, r.result
        ));
    }
    eprint!("{out}");
}
