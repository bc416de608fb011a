//! `transform`: resolve the options, open the inputs and the output, run the pipeline, report.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::io::open_input;
use amrit_stream::keys::MasterKey;
use amrit_stream::pipeline::{self, Options, Stats};
use amrit_stream::tracker::Catalog;
use amrit_stream::{Error, ErrorKind, Result};

use crate::cli::TransformArgs;
use crate::ui;

/// Where the output goes: stdout, or a file written under a temporary name and renamed at the end.
pub(crate) enum Sink {
    Stdout(io::StdoutLock<'static>),
    File {
        tmp: PathBuf,
        dest: PathBuf,
        file: BufWriter<File>,
    },
}

impl Sink {
    /// Open stdout (`None` or `-`) or a temporary file next to `path`.
    pub(crate) fn open(path: Option<&Path>) -> Result<Sink> {
        match path {
            None => Ok(Sink::Stdout(io::stdout().lock())),
            Some(p) if p == Path::new("-") => Ok(Sink::Stdout(io::stdout().lock())),
            Some(dest) => {
                let name = dest.file_name().ok_or_else(|| {
                    Error::io(
                        format!("opening {}", dest.display()),
                        io::Error::other("not a file name"),
                    )
                })?;
                let tmp = dest.with_file_name(format!(
                    ".{}.amrit-tmp-{}",
                    name.to_string_lossy(),
                    std::process::id()
                ));
                let file = File::create(&tmp)
                    .map_err(|e| Error::io(format!("creating {}", tmp.display()), e))?;
                Ok(Sink::File {
                    tmp,
                    dest: dest.to_path_buf(),
                    file: BufWriter::with_capacity(1 << 20, file),
                })
            }
        }
    }

    /// The writer to write the output to.
    pub(crate) fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(s) => s,
            Sink::File { file, .. } => file,
        }
    }

    /// Flush and, for a file, sync and move it to its final name.
    pub(crate) fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut s) => s.flush().map_err(|e| Error::io("writing the output", e)),
            Sink::File { tmp, dest, file } => {
                let f = file
                    .into_inner()
                    .map_err(|e| Error::io(format!("writing {}", tmp.display()), e.into_error()))?;
                f.sync_all()
                    .map_err(|e| Error::io(format!("syncing {}", tmp.display()), e))?;
                std::fs::rename(&tmp, &dest)
                    .map_err(|e| Error::io(format!("renaming to {}", dest.display()), e))
            }
        }
    }

    /// Remove the temporary file of a failed run, so no partial output sits under the final name.
    pub(crate) fn abandon(self) {
        if let Sink::File { tmp, file, .. } = self {
            drop(file);
            let _ = std::fs::remove_file(tmp);
        }
    }
}

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
    let rules = super::load_rules(args.rules.as_deref(), args.quiet)?;
    let catalog = match &args.schema {
        Some(p) => {
            let input = open_input(p)?;
            Some(Catalog::from_dump(input.reader)?)
        }
        None => None,
    };
    let opts = Options {
        threads: args.threads,
        reader: ReaderOptions {
            max_statement: args.max_statement_size,
            batch_bytes: args.batch_size,
            ..ReaderOptions::default()
        },
        database: args.database.clone(),
        interrupt: Some(interrupt),
        key: Some(Arc::new(key)),
    };
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    let mut sink = Sink::open(args.output.as_deref())?;
    let mut total = Stats::default();
    for path in &inputs {
        let result = open_input(path).and_then(|input| {
            pipeline::run(input.reader, sink.writer(), &rules, catalog.as_ref(), &opts)
        });
        match result {
            Ok(stats) => merge(&mut total, stats),
            Err(e) => {
                if inputs.len() > 1 {
                    ui::info(&format!("stopped while transforming {}", path.display()));
                }
                sink.abandon();
                return Err(e);
            }
        }
    }
    sink.finish()?;
    if !args.quiet {
        summary(&total);
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
