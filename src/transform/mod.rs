//! The streaming engine. [`Engine::build`] compiles what every run shares once — the rules, the
//! domain keys, a rayon pool of workers and the observer — and [`Engine::run`] transforms any
//! number of inputs on it, one after another or from several threads at once.
//!
//! One run: a reader thread walks the dump in order and gates each table (`router`), pool
//! tasks rewrite INSERT rows (`rewrite`) and test kept columns (`gate`), the calling thread
//! writes the output in input order (`pipeline`), holding a table back until the data gate has
//! passed it. Every byte that is not a rewritten value is copied unchanged, and the output
//! depends only on the input, the rules and the key.

pub(crate) mod gate;
pub(crate) mod mapping;
mod pipeline;
pub(crate) mod rewrite;
pub(crate) mod router;
pub(crate) mod stats;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::strategy::record::{Recorder, Recorders};
pub use stats::{Messages, Stats, TableStats};

use crate::dump::catalog::Catalog;
use crate::dump::reader::ReaderOptions;
use crate::error::{Error, Exit, Result};
use crate::io::keys::{Keyring, MasterKey};
use crate::io::open_input_hashed;
use crate::observe::{Event, Observer, Silent};
use crate::rules::RuleSet;
use crate::strategy::keyed::{Derivation, DomainKeys};

/// What an engine is built with.
#[derive(Clone, Default)]
pub struct Options {
    /// Worker threads; 0 = one per core.
    pub threads: usize,
    /// Read, batch and statement-size limits.
    pub reader: ReaderOptions,
    /// The pseudonymization key; `None` = a random one-off key for this engine (pseudonyms then
    /// match no other engine's).
    pub key: Option<Arc<MasterKey>>,
    /// How domain keys become pseudonyms (`--derivation`; recorded in the manifest).
    pub derivation: Derivation,
    /// Sees original and new values of rewritten columns (mapping, fingerprints).
    pub recorder: Option<Arc<dyn Recorder>>,
    /// Under `default: keep`, accept rules naming a column a table lacks (`--allow-unmatched`);
    /// without it such a rule stops the run at that table, before any of its rows.
    pub allow_unmatched: bool,
    /// Count the rows of tables copied unchanged too (for manifests and reports; costs lexing
    /// their INSERTs on the workers).
    pub count_rows: bool,
    /// Told about inputs, tables, bytes and outcomes as they happen.
    pub observer: Option<Arc<dyn Observer>>,
    /// The output gate tests every written row, not the table's head and then one row in 32
    /// (`refresh` takes this as gate 2's evidence instead of reading its backups again;
    /// recorded in the manifest).
    pub gate_every_row: bool,
    /// Tests of the engine's byte-exactness and benchmarks only: run without the data gate (to
    /// measure what it costs). No command-line flag sets it; the gate is part of every run of
    /// the tool.
    #[doc(hidden)]
    pub without_data_gate: bool,
}

/// One input of a run: its name and what the stream itself may not say.
#[derive(Clone, Default)]
pub struct Source<'a> {
    /// The input's name for events (`-` for stdin).
    pub name: &'a str,
    /// Its raw size, when known (progress percentages).
    pub size: Option<u64>,
    /// Database for a dump that does not name one (`mysqldump db` writes no `USE`).
    pub database: Option<String>,
    /// Schemas for a dump without `CREATE TABLE` (`mysqldump --no-create-info`).
    pub catalog: Option<&'a Catalog>,
    /// This run's recorder (one fingerprints file per input of a batch), instead of the
    /// engine's.
    pub recorder: Option<Arc<dyn Recorder>>,
    /// The fingerprints of an earlier run: `scrub` also finds the names that run saw in its
    /// name columns (the notes of db_iemr, scrubbed with db_identity's names).
    pub names_from: Option<Arc<crate::gates::fingerprint::Fingerprints>>,
}

/// The raw bytes of an input file as read (for manifests): its name, size and blake3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDigest {
    /// The path, or `<stdin>`.
    pub name: String,
    /// Raw bytes read.
    pub bytes: u64,
    /// blake3 of the raw bytes, hex.
    pub blake3: String,
}

/// The engine: rules, keys, workers and observer, built once.
pub struct Engine<'r> {
    rules: &'r RuleSet,
    keys: DomainKeys,
    pool: rayon::ThreadPool,
    threads: usize,
    opts: Options,
}

impl<'r> Engine<'r> {
    /// Build an engine for `rules`.
    ///
    /// # Errors
    /// No randomness for a one-off key; the worker threads cannot be started.
    pub fn build(rules: &'r RuleSet, opts: Options) -> Result<Engine<'r>> {
        let threads = if opts.threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            opts.threads
        };
        let key = match &opts.key {
            Some(k) => k.clone(),
            None => Arc::new(MasterKey::one_off()?),
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("amrit-worker-{i}"))
            .build()
            .map_err(|e| Error::io("starting worker threads", std::io::Error::other(e)))?;
        Ok(Engine {
            rules,
            keys: DomainKeys::new(key, opts.derivation),
            pool,
            threads,
            opts,
        })
    }

    /// Worker threads.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// The pseudonymization key.
    pub fn key(&self) -> &Arc<MasterKey> {
        self.keys.master()
    }

    /// The key derivation its pseudonyms use.
    pub fn derivation(&self) -> Derivation {
        self.keys.derivation()
    }

    /// What its output gate tests: every row or a sample (`None`: a benchmark run without it).
    pub fn gate_every_row(&self) -> Option<bool> {
        (!self.opts.without_data_gate).then_some(self.opts.gate_every_row)
    }

    fn observer(&self) -> &dyn Observer {
        match &self.opts.observer {
            Some(o) => o.as_ref(),
            None => &Silent,
        }
    }

    /// Transform the plain dump `input` into `output`.
    ///
    /// # Errors
    /// Reading, splitting, gate and rewrite errors (with positions), and write errors. Everything
    /// before the failing statement has been written when the error returns.
    pub fn run<R: Read + Send>(
        &self,
        input: R,
        output: &mut dyn Write,
        source: &Source,
    ) -> Result<Stats> {
        let observer = self.observer();
        observer.event(&Event::InputStarted {
            input: source.name,
            size: source.size,
        });
        let result = pipeline::run(self, input, output, source);
        if let Ok(s) = &result {
            observer.event(&Event::InputDone {
                input: source.name,
                bytes_in: s.bytes_in,
                bytes_out: s.bytes_out,
                rows: s.tables.values().map(|t| t.rows).sum(),
            });
        }
        observer.event(&Event::Outcome {
            input: source.name,
            exit: result.as_ref().map_or_else(Exit::of, |_| Exit::Ok),
        });
        result
    }

    /// Transform the dump files `paths` (`-` = stdin; any input format, `keys` open encrypted
    /// ones) one after the other into `output` with `source`'s database, catalog, recorder and
    /// names, summing their counts. Stops at the first input
    /// that fails; [`FilesRun`] says which, and holds the raw digests of the inputs read.
    pub fn run_files(
        &self,
        paths: &[PathBuf],
        output: &mut dyn Write,
        keys: &Keyring,
        source: &Source,
    ) -> FilesRun {
        let mut run = FilesRun {
            stats: Ok(Stats::default()),
            digests: Vec::new(),
            failed: None,
        };
        let mut total = Stats::default();
        for path in paths {
            let (result, digest) = self.run_file(path, output, keys, source);
            run.digests.extend(digest);
            match result {
                Ok(stats) => total.merge(stats),
                Err(e) => {
                    run.stats = Err(e);
                    run.failed = Some(path.clone());
                    return run;
                }
            }
        }
        run.stats = Ok(total);
        run
    }
}

impl Engine<'_> {
    /// Transform the dump file `path` (`-` = stdin; any input format) into `output`, with
    /// `source`'s database, catalog and recorder (its name and size are the file's). Returns the
    /// result and the raw digest of what was read (also when the run failed part-way; `None`
    /// when the file could not be opened).
    pub fn run_file(
        &self,
        path: &Path,
        output: &mut dyn Write,
        keys: &Keyring,
        source: &Source,
    ) -> (Result<Stats>, Option<InputDigest>) {
        match open_input_hashed(path, keys) {
            Ok((input, digest)) => {
                let source = Source {
                    name: &path.to_string_lossy(),
                    size: file_size(path),
                    ..source.clone()
                };
                let stats = self.run(input.reader, output, &source);
                let (bytes, blake3) = digest.get();
                let digest = InputDigest {
                    name: input.name,
                    bytes,
                    blake3,
                };
                (stats, Some(digest))
            }
            Err(e) => (Err(e), None),
        }
    }
}

/// What [`Engine::run_files`] did.
#[derive(Debug)]
pub struct FilesRun {
    /// The summed counts, or the error that stopped the run.
    pub stats: Result<Stats>,
    /// The raw digest of every input read (also of one that failed part-way).
    pub digests: Vec<InputDigest>,
    /// The input that failed.
    pub failed: Option<PathBuf>,
}

/// The size of a regular file (`None` for stdin, pipes and devices).
fn file_size(path: &Path) -> Option<u64> {
    if path == Path::new("-") {
        return None;
    }
    std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len())
}

/// Transform `input` into `output` under `rules` on an engine built for this one run (tests,
/// benches and one-off library use; batch work builds one [`Engine`] and runs it many times).
///
/// # Errors
/// As [`Engine::build`] and [`Engine::run`].
///
/// # Example
/// ```
/// use amrit_stream::{rules::RuleSet, transform};
/// let rules = RuleSet::from_yaml(
///     "version: 1\ndatabases:\n  shop:\n    tables:\n      t:\n        columns:\n          id: keep\n          email: {fixed: 'x@example.invalid'}\n",
///     "inline",
/// )?;
/// let dump = b"USE `shop`;\nCREATE TABLE `t` (`id` int, `email` text);\nINSERT INTO `t` VALUES (1,'a@b.in');\n";
/// let mut out = Vec::new();
/// transform::run(&dump[..], &mut out, &rules, None, &transform::Options::default())?;
/// assert!(out.ends_with(b"INSERT INTO `t` VALUES (1,'x@example.invalid');\n"));
/// # Ok::<(), amrit_stream::Error>(())
/// ```
pub fn run<R: Read + Send>(
    input: R,
    output: &mut dyn Write,
    rules: &RuleSet,
    catalog: Option<&Catalog>,
    opts: &Options,
) -> Result<Stats> {
    let source = Source {
        name: "-",
        catalog,
        ..Source::default()
    };
    Engine::build(rules, opts.clone())?.run(input, output, &source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// The events in order, and (apart: they come from the writer thread) rows written.
    #[derive(Default)]
    struct Log(Mutex<Vec<String>>, Mutex<Vec<(String, u64)>>);

    impl Observer for Log {
        fn event(&self, e: &Event<'_>) {
            let line = match e {
                Event::RowsWritten { input, rows } => {
                    self.1.lock().unwrap().push((input.to_string(), *rows));
                    return;
                }
                Event::InputStarted { input, .. } => format!("start {input}"),
                Event::TableStarted { table, .. } => format!("table {table}"),
                Event::BytesRead { .. } => "bytes".into(),
                Event::TableDone { table, .. } => format!("done {table}"),
                Event::InputDone { rows, .. } => format!("input done, {rows} rows"),
                Event::Outcome { exit, .. } => format!("outcome {}", *exit as u8),
            };
            let mut log = self.0.lock().unwrap();
            if line != "bytes" || log.last().is_none_or(|l| l != "bytes") {
                log.push(line);
            }
        }
    }

    const DUMP: &[u8] = b"USE `d`;\nCREATE TABLE `a` (`x` int, `n` text);\nINSERT INTO `a` VALUES (1,'p'),(2,'q');\nCREATE TABLE `b` (`y` int);\nINSERT INTO `b` VALUES (3);\n";

    #[test]
    fn one_engine_runs_many_inputs_and_tells_its_observer() {
        let rules = RuleSet::from_yaml(
            "version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      a:\n        columns:\n          n: {fixed: 'z'}\n",
            "r",
        )
        .unwrap();
        let log = Arc::new(Log::default());
        let engine = Engine::build(
            &rules,
            Options {
                threads: 2,
                observer: Some(log.clone()),
                ..Options::default()
            },
        )
        .unwrap();
        for name in ["first", "second"] {
            let mut out = Vec::new();
            let source = Source {
                name,
                ..Source::default()
            };
            engine.run(DUMP, &mut out, &source).unwrap();
            assert!(out.ends_with(b"VALUES (1,'z'),(2,'z');\nCREATE TABLE `b` (`y` int);\nINSERT INTO `b` VALUES (3);\n"));
        }
        let cut = &DUMP[..DUMP.len() - 3];
        let failed = engine.run(
            cut,
            &mut Vec::new(),
            &Source {
                name: "cut",
                ..Source::default()
            },
        );
        assert!(failed.is_err());
        let rows = log.1.lock().unwrap().clone();
        let log = log.0.lock().unwrap().clone();
        let one = |n: &str| {
            vec![
                format!("start {n}"),
                "bytes".into(),
                "table d.a".into(),
                "done d.a".into(),
                "table d.b".into(),
                "done d.b".into(),
                "input done, 2 rows".into(),
                "outcome 0".into(),
            ]
        };
        let mut want = one("first");
        want.extend(one("second"));
        // The cut input fails at its end, before its one batch is handed on.
        want.extend(["start cut".to_string(), "outcome 1".into()]);
        assert_eq!(log, want);
        // Rows of the rewritten table `a`, as they were written.
        assert_eq!(rows, [("first".to_string(), 2), ("second".to_string(), 2)]);
    }

    #[test]
    fn runs_from_several_threads_share_one_pool() {
        let rules = RuleSet::keep_all();
        let engine = Engine::build(
            &rules,
            Options {
                threads: 2,
                ..Options::default()
            },
        )
        .unwrap();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..5 {
                        let mut out = Vec::new();
                        engine.run(DUMP, &mut out, &Source::default()).unwrap();
                        assert_eq!(out, DUMP);
                    }
                });
            }
        });
    }
}
