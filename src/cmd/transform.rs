//! `transform`: resolve the options, open the inputs and the output, run the pipeline, report.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::SystemTime;

use amrit_stream::crypt::Content;
use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::io::{open_input, open_input_hashed};
use amrit_stream::keys::{KeySource, Keyring, MasterKey};
use amrit_stream::manifest::{InputEntry, Manifest};
use amrit_stream::mapping::MappingRecorder;
use amrit_stream::output::{Output, OutputOptions};
use amrit_stream::pipeline::{self, Options, Stats};
use amrit_stream::tracker::Catalog;
use amrit_stream::{Error, ErrorKind, Result};

use crate::cli::TransformArgs;
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
    if (args.encrypt || args.mapping_out.is_some()) && keyring.is_empty() {
        return Err(ErrorKind::Refused(format!(
            "{} needs a master encryption key in AMRIT_STREAM_ENC_KEY or --enc-key-file \
             (make one with `amrit-stream keygen`)",
            if args.encrypt {
                "--encrypt"
            } else {
                "--mapping-out"
            }
        ))
        .into());
    }
    let rules = super::load_rules(args.rules.as_deref(), args.quiet)?;
    let catalog = match &args.schema {
        Some(p) => {
            let input = open_input(p, &keyring)?;
            Some(Catalog::from_dump(input.reader)?)
        }
        None => None,
    };
    let mapping = args
        .mapping_out
        .as_ref()
        .map(|_| Arc::new(MappingRecorder::new("ben_reg_id")));
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
        recorder: mapping.clone().map(|m| m as _),
    };
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
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
            write_mapping(path, m, &keyring, &out_opts, args.quiet)?;
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
    let total = result?;
    if !args.quiet {
        summary(&total);
    }
    Ok(())
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
            Ok(stats) => merge(&mut total, stats),
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
    Ok(total)
}

/// Write the BenRegID mapping, encrypted, with its own manifest.
fn write_mapping(
    path: &std::path::Path,
    m: &MappingRecorder,
    keyring: &Keyring,
    out_opts: &OutputOptions,
    quiet: bool,
) -> Result<()> {
    let mut manifest = Manifest::new("transform --mapping-out", SystemTime::now());
    let opts = OutputOptions {
        compress: Some(3),
        compress_threads: 0,
        encrypt: true,
        chunk_size: out_opts.chunk_size,
        content: Some(Content::Mapping),
    };
    let result = Output::open(Some(path), &opts, keyring).and_then(|mut out| {
        m.write_csv(&mut out)
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        let w = out.finish()?;
        manifest.set_output(&w, Some(3));
        Ok(())
    });
    super::finish_manifest(Some(path), &mut manifest, &result)?;
    result?;
    if !quiet {
        ui::info(&format!(
            "wrote {} BenRegID pairs, encrypted, to {}",
            m.len(),
            path.display()
        ));
    }
    Ok(())
}

fn merge(total: &mut Stats, s: Stats) {
    total.bytes_in += s.bytes_in;
    total.bytes_out += s.bytes_out;
    total.statements += s.statements;
    for (t, c) in s.tables {
        let e = total.tables.entry(t).or_default();
        e.rows += c.rows;
        e.values_rewritten += c.values_rewritten;
        e.nulls_kept += c.nulls_kept;
    }
    total.unmatched_rules.extend(s.unmatched_rules);
    total.tables_seen.extend(s.tables_seen);
    total.pattern_matches.extend(s.pattern_matches);
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
