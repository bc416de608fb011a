//! `transform`: resolve the options, open the inputs and the output, run the pipeline, report.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::SystemTime;

use amrit_stream::dump::catalog::Catalog;
use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::gates::fingerprint::FingerprintRecorder;
use amrit_stream::io::crypt::Content;
use amrit_stream::io::keys::{KeySource, Keyring, MasterKey};
use amrit_stream::io::output::{Output, OutputOptions};
use amrit_stream::io::{open_input, open_input_hashed};
use amrit_stream::report::manifest::{InputEntry, Manifest};
use amrit_stream::report::{Cell, Report, Section};
use amrit_stream::transform::mapping::MappingRecorder;
use amrit_stream::transform::pipeline::{self, Options, Stats};
use amrit_stream::transform::rewrite::{Recorder, Recorders};
use amrit_stream::{Error, ErrorKind, Result};

use crate::args::TransformArgs;
use crate::ui;

/// Run `transform`.
///
/// # Errors
/// Any library error; the caller maps it to an exit code.
pub fn run(args: &TransformArgs, interrupt: Arc<AtomicBool>) -> Result<()> {
    if args.key.is_some() {
        return Err(ErrorKind::Refused(
            "a key given on the command line is visible to every user (ps, shell history); \
             use AMRIT_STREAM_KEY or --key-file"
                .into(),
        )
        .into());
    }
    let key = match MasterKey::load(args.key_file.as_deref())? {
        Some(k) => k,
        None => {
            ui::warn("no key (AMRIT_STREAM_KEY or --key-file): using a random one-off key; pseudonyms will not match other runs");
            MasterKey::one_off()?
        }
    };
    let started = SystemTime::now();
    let keyring = Keyring::load(&args.enc.files)?;
    let needs_key = [
        (args.encrypt, "--encrypt"),
        (args.mapping_out.is_some(), "--mapping-out"),
        (args.fingerprints.is_some(), "--fingerprints"),
    ];
    if let Some((_, what)) = needs_key.iter().find(|(on, _)| *on) {
        if keyring.is_empty() {
            return Err(ErrorKind::Refused(format!(
                "{what} needs a master encryption key in AMRIT_STREAM_ENC_KEY or --enc-key-file \
                 (make one with `amrit-stream keygen`)"
            ))
            .into());
        }
    }
    let rules = super::load_rules(args.rules.as_deref(), args.quiet)?;
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    let gate = if args.check_first {
        if inputs.iter().any(|p| p == std::path::Path::new("-")) {
            return Err(ErrorKind::Usage(
                "--check-first reads the input twice: give files, not stdin".into(),
            )
            .into());
        }
        let g = super::check::gate_inputs(&rules, &inputs, args.database.as_deref(), &keyring)?;
        super::check::judge(&g, &rules.source)?;
        Some(g)
    } else {
        None
    };
    let catalog = match &args.schema {
        Some(p) => {
            let input = open_input(p, &keyring)?;
            Some(amrit_stream::dump::walk::read_catalog(input.reader, None)?)
        }
        None => None,
    };
    let mapping = args
        .mapping_out
        .as_ref()
        .map(|_| Arc::new(MappingRecorder::new("ben_reg_id")));
    let fingerprints = match &args.fingerprints {
        Some(_) => Some(Arc::new(FingerprintRecorder::new()?)),
        None => None,
    };
    let mut recorders: Vec<Arc<dyn Recorder>> = Vec::new();
    if let Some(m) = &mapping {
        recorders.push(m.clone());
    }
    if let Some(f) = &fingerprints {
        recorders.push(f.clone());
    }
    let recorder: Option<Arc<dyn Recorder>> = match recorders.len() {
        0 => None,
        1 => recorders.pop(),
        _ => Some(Arc::new(Recorders(recorders))),
    };
    let key = Arc::new(key);
    let opts = Options {
        threads: args.threads,
        reader: ReaderOptions {
            max_statement: args.max_statement_size,
            batch_bytes: args.batch_size,
            ..ReaderOptions::default()
        },
        database: args.database.clone(),
        interrupt: Some(interrupt.clone()),
        key: Some(key.clone()),
        recorder,
        // Manifests and reports give rows for every table, kept ones included.
        count_rows: args.output.is_some() || !args.report.is_empty(),
    };
    let mut manifest = Manifest::new("transform", started);
    manifest.rules = Some(super::rules_entry(args.rules.as_deref())?);
    manifest.key_ids.pseudonymization = Some(key.id());
    manifest.key_ids.pseudonymization_one_off = key.source() == KeySource::OneOff;
    let out_opts = OutputOptions {
        compress: args.compress,
        compress_threads: super::compress_threads(args.threads),
        encrypt: args.encrypt,
        chunk_size: super::chunk_size(args.chunk_size)?,
        content: Some(Content::Dump),
    };
    let result = transform_all(
        &inputs,
        &rules,
        catalog.as_ref(),
        &opts,
        &keyring,
        &out_opts,
        args,
        &mut manifest,
    );
    let result = result.and_then(|total| {
        if let (Some(path), Some(m)) = (&args.mapping_out, &mapping) {
            write_sealed(path, Content::Mapping, &keyring, &out_opts, &mut |w| {
                m.write_csv(w)
            })?;
            if !args.quiet {
                ui::info(&format!(
                    "wrote {} BenRegID pairs, encrypted, to {}",
                    m.len(),
                    path.display()
                ));
            }
        }
        if let (Some(path), Some(f)) = (&args.fingerprints, &fingerprints) {
            write_sealed(path, Content::Fingerprints, &keyring, &out_opts, &mut |w| {
                f.write(w)
            })?;
            if !args.quiet {
                let (o, g) = f.counts();
                ui::info(&format!(
                    "wrote fingerprints of {o} original and {g} generated values, encrypted, to {}",
                    path.display()
                ));
            }
        }
        Ok(total)
    });
    // After Ctrl-C, whatever error ended the run is the interruption.
    let result = match result {
        Err(_) if interrupt.load(std::sync::atomic::Ordering::SeqCst) => {
            Err(ErrorKind::Interrupted.into())
        }
        r => r,
    };
    super::finish_manifest(args.output.as_deref(), &mut manifest, &result)?;
    if !args.report.is_empty() {
        let report = run_report(&manifest, result.as_ref().ok(), gate.as_ref(), started);
        super::write_reports(&args.report, &report)?;
    }
    let total = result?;
    if !args.quiet {
        summary(&total);
    }
    Ok(())
}

/// The run report ("anonymization result"): outcome, rows per table, values rewritten per
/// strategy, NULLs kept, bytes, time per stage, gate results.
fn run_report(
    manifest: &Manifest,
    stats: Option<&Stats>,
    gate: Option<&amrit_stream::gates::schema::GateReport>,
    started: SystemTime,
) -> Report {
    let secs = started.elapsed().map_or(0.0, |d| d.as_secs_f64());
    let empty = Stats::default();
    let s = stats.unwrap_or(&empty);
    let rows: u64 = s.tables.values().map(|t| t.rows).sum();
    let values: u64 = s.tables.values().map(|t| t.values_rewritten).sum();
    let nulls: u64 = s.tables.values().map(|t| t.nulls_kept).sum();
    let kept_rows: u64 = s.rows_kept.values().sum();
    let passed = stats.is_some();
    let headline = match &manifest.error {
        None => format!(
            "{} tables passed the gate; {values} values rewritten in {rows} rows",
            s.tables_seen.len()
        ),
        Some(e) => format!("the run failed (exit {}): {e}", manifest.exit_status),
    };
    let gate_text = match gate {
        Some(g) => format!(
            "check-first: {} tables, {} columns covered; {} stale rule(s), {} kept column(s) that look personal",
            g.tables, g.columns, g.stale.len(), g.personal_keep.len()
        ),
        None => "gated at each CREATE TABLE".into(),
    };
    let summary = vec![
        (
            "result".to_string(),
            if passed { "pass" } else { "fail" }.to_string(),
        ),
        ("exit status".into(), manifest.exit_status.to_string()),
        ("tables".into(), s.tables_seen.len().to_string()),
        ("rows in rewritten tables".into(), rows.to_string()),
        (
            "rows in tables copied unchanged".into(),
            kept_rows.to_string(),
        ),
        ("values rewritten".into(), values.to_string()),
        ("NULLs kept".into(), nulls.to_string()),
        ("bytes in".into(), s.bytes_in.to_string()),
        ("bytes out".into(), s.bytes_out.to_string()),
        ("seconds".into(), format!("{secs:.2}")),
        (
            "read + split + gate (s)".into(),
            format!("{:.2}", s.read_secs),
        ),
        (
            "rewrite, all workers (s)".into(),
            format!("{:.2}", s.rewrite_secs),
        ),
        (
            "write: compress, encrypt, output (s)".into(),
            format!("{:.2}", s.write_secs),
        ),
        ("gate".into(), gate_text),
    ];
    let tables = Section {
        title: "Rows per table".into(),
        note: "Every table with rows: rewritten ones, and those copied unchanged (no values rewritten).".into(),
        headers: vec!["table".into(), "rows".into(), "values rewritten".into(), "NULLs kept".into()],
        rows: s
            .tables
            .iter()
            .map(|(t, c)| {
                vec![
                    Cell::from(t.as_str()),
                    Cell::Num(c.rows),
                    Cell::Num(c.values_rewritten),
                    Cell::Num(c.nulls_kept),
                ]
            })
            .chain(s.rows_kept.iter().map(|(t, n)| {
                vec![Cell::from(t.as_str()), Cell::Num(*n), Cell::Num(0), Cell::Num(0)]
            }))
            .collect(),
    };
    let strategies = Section {
        title: "Values rewritten per strategy".into(),
        note: String::new(),
        headers: vec!["strategy".into(), "values".into()],
        rows: s
            .by_strategy
            .iter()
            .map(|(k, v)| vec![Cell::from(k.as_str()), Cell::Num(*v)])
            .collect(),
    };
    let body = serde_json::json!({
        "manifest": manifest,
        "tables": s.tables.iter().map(|(t, c)| (t.clone(), serde_json::json!({
            "rows": c.rows, "values_rewritten": c.values_rewritten, "nulls_kept": c.nulls_kept
        }))).chain(s.rows_kept.iter().map(|(t, n)| (t.clone(), serde_json::json!({
            "rows": n, "values_rewritten": 0, "nulls_kept": 0
        })))).collect::<serde_json::Map<_, _>>(),
        "values_per_strategy": s.by_strategy,
        "nulls_kept": nulls,
        "bytes_in": s.bytes_in,
        "bytes_out": s.bytes_out,
        "seconds": {"total": secs, "read_split_gate": s.read_secs, "rewrite": s.rewrite_secs, "write": s.write_secs},
        "gate": {
            "tables": s.tables_seen.len(),
            "check_first": gate.map(|g| serde_json::json!({
                "tables": g.tables, "columns": g.columns, "stale": g.stale,
                "personal_keep": g.personal_keep.len(), "flyway": g.flyway,
            })),
        },
    });
    Report {
        kind: "transform",
        passed,
        headline,
        summary,
        sections: vec![tables, strategies],
        body,
    }
}

/// Transform every input into one output; fills the manifest's inputs, output and rows.
#[allow(clippy::too_many_arguments)]
fn transform_all(
    inputs: &[PathBuf],
    rules: &amrit_stream::rules::RuleSet,
    catalog: Option<&Catalog>,
    opts: &Options,
    keyring: &Keyring,
    out_opts: &OutputOptions,
    args: &TransformArgs,
    manifest: &mut Manifest,
) -> Result<Stats> {
    let mut output = Output::open(args.output.as_deref(), out_opts, keyring)?;
    let mut total = Stats::default();
    for path in inputs {
        let result = open_input_hashed(path, keyring).and_then(|(input, digest)| {
            let name = input.name.clone();
            let stats = pipeline::run(input.reader, &mut output, rules, catalog, opts);
            let (bytes, blake3) = digest.get();
            manifest.inputs.push(InputEntry {
                name,
                bytes,
                blake3,
            });
            stats
        });
        match result {
            Ok(stats) => total.merge(stats),
            Err(e) => {
                if inputs.len() > 1 {
                    ui::info(&format!("stopped while transforming {}", path.display()));
                }
                return Err(e);
            }
        }
    }
    let written = output.finish()?;
    manifest.set_output(&written, args.compress);
    for (t, s) in &total.tables {
        manifest.rows_per_table.insert(t.clone(), s.rows);
    }
    for (t, n) in &total.rows_kept {
        *manifest.rows_per_table.entry(t.clone()).or_default() += n;
    }
    Ok(total)
}

/// Write a side file (mapping, fingerprints) encrypted, with its own manifest.
fn write_sealed(
    path: &std::path::Path,
    content: Content,
    keyring: &Keyring,
    out_opts: &OutputOptions,
    body: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    let mut manifest = Manifest::new("transform (side file)", SystemTime::now());
    let opts = OutputOptions {
        compress: Some(3),
        compress_threads: 0,
        encrypt: true,
        chunk_size: out_opts.chunk_size,
        content: Some(content),
    };
    let result = Output::open(Some(path), &opts, keyring).and_then(|mut out| {
        body(&mut out).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        let w = out.finish()?;
        manifest.set_output(&w, Some(3));
        Ok(())
    });
    super::finish_manifest(Some(path), &mut manifest, &result)?;
    result
}

fn summary(s: &Stats) {
    let mut per_pattern: std::collections::BTreeMap<&str, usize> =
        std::collections::BTreeMap::new();
    for (p, _) in &s.pattern_matches {
        *per_pattern.entry(p.as_str()).or_default() += 1;
    }
    for (p, n) in per_pattern {
        ui::info(&format!("pattern `{p}` covered {n} column(s)"));
    }
    for r in &s.unmatched_rules {
        ui::warn(&format!("rule for {r} matched nothing in this dump"));
    }
    let rows: u64 = s.tables.values().map(|t| t.rows).sum();
    let values: u64 = s.tables.values().map(|t| t.values_rewritten).sum();
    ui::info(&format!(
        "done: {} bytes in, {} bytes out, {} tables, {} rows in {} rewritten tables, {} values rewritten",
        s.bytes_in,
        s.bytes_out,
        s.tables_seen.len(),
        rows,
        s.tables.len(),
        values
    ));
}
