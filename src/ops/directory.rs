//! A mydumper directory transformed into another (`transform DIR -o OUTDIR`), for `myloader`
//! to restore in parallel.
//!
//! Every data file (a table, or one chunk of it) runs through the one [`Engine`] with its
//! database from the file name and its columns from the directory's schema files; several run
//! at once. Each output file keeps its input's name and compression; schema files and
//! `metadata` are copied as they are. The directory appears under its name only when every
//! file is complete (it is built beside it and renamed); one manifest beside it
//! (`OUTDIR.manifest.json`) lists every input and output file with its blake3.
//!
//! **Shards.** `--shard K/N` takes only the K-th of N shares of the files: data files are dealt
//! largest first to the least-loaded shard (ties to the lower shard), schema files and
//! `metadata` go to shard 1. The split depends only on the directory, so N machines given the
//! same directory and key each write their share with no coordinator, and the shares together
//! are the unsharded output, byte for byte (every transform is keyed and stateless per file).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use super::job::JobHooks;
use crate::dump::catalog::Catalog;
use crate::dump::mydumper::{Compression, DirFile, FileKind, Layout};
use crate::error::{Error, ErrorKind, Result};
use crate::gates::fingerprint::Fingerprints;
use crate::io::keys::Keyring;
use crate::io::open_input_hashed;
use crate::io::stop::after_stop;
use crate::report::manifest::{DirectoryEntry, FileEntry, Manifest, OutputEntry, RulesEntry};
use crate::rules::RuleSet;
use crate::transform::{Engine, InputDigest, Source, Stats};

/// One of N shares of a directory's files (`--shard K/N`, K from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which share, 1..=count.
    pub index: usize,
    /// How many shares.
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let bad = || format!("--shard takes K/N with 1 <= K <= N (such as 2/4), not {s:?}");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (index, count) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// The whole directory.
    pub const ALL: Shard = Shard { index: 1, count: 1 };

    /// The files of `layout` this shard writes, in name order.
    pub fn files<'l>(&self, layout: &'l Layout) -> Vec<&'l DirFile> {
        let mut load = vec![0u64; self.count];
        let mut owner = std::collections::HashMap::new();
        let mut data: Vec<&DirFile> = layout.data_files().collect();
        data.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
        for f in data {
            let least = (0..self.count).min_by_key(|&i| (load[i], i)).unwrap_or(0);
            // Every file weighs at least one byte, so empty chunks spread too.
            load[least] += f.bytes.max(1);
            owner.insert(f.name.as_str(), least);
        }
        layout
            .files
            .iter()
            .filter(|f| match f.kind {
                FileKind::Data { .. } => owner.get(f.name.as_str()) == Some(&(self.index - 1)),
                _ => self.index == 1,
            })
            .collect()
    }
}

/// A directory job, resolved: everything but the engine.
pub struct DirectoryJob<'a> {
    /// The mydumper directory read.
    pub input: &'a Path,
    /// The directory written (must not exist yet).
    pub output: &'a Path,
    /// This run's share of the files.
    pub shard: Shard,
    /// Opening encrypted inputs (none are expected; the same rule as for files).
    pub keys: &'a Keyring,
    /// The rules' file and blake3, for the manifest.
    pub rules: RulesEntry,
    /// Names learnt by an earlier run (db_identity's fingerprints), searched in notes.
    pub names_from: Option<Arc<Fingerprints>>,
    /// Data files transformed at once.
    pub files_at_once: usize,
    /// Report files (`.json` or `.html`), written before the directory is published.
    pub reports: Vec<PathBuf>,
}

/// How a directory job ended.
pub struct DirectoryOutcome {
    /// The summed counts, or the error that stopped the job.
    pub result: Result<Stats>,
    /// The manifest as written.
    pub manifest: Manifest,
    /// The data file that failed, by name.
    pub failed_file: Option<String>,
    /// Warnings that did not change the outcome.
    pub warnings: Vec<String>,
}

impl DirectoryJob<'_> {
    /// Run the job: read the layout, transform this shard's files into a directory built
    /// beside the output, then rename it into place; the manifest is written also for a
    /// failed run (and nothing is then under the output's name).
    pub fn run(
        &self,
        engine: &Engine,
        rules: &RuleSet,
        hooks: &mut dyn JobHooks,
    ) -> DirectoryOutcome {
        let mut manifest = Manifest::new("transform", SystemTime::now());
        manifest.rules = Some(self.rules.clone());
        manifest.set_pseudonymization_key(engine.key(), engine.derivation());
        manifest.set_output_gate(engine.gate_every_row(), false);
        let (mut failed_file, mut warnings) = (None, Vec::new());
        let result = after_stop(self.write(
            engine,
            rules,
            hooks,
            &mut manifest,
            &mut failed_file,
            &mut warnings,
        ));
        let result = match manifest.finish(Some(self.output), &result) {
            Err(e) if result.is_ok() => Err(e),
            _ => result,
        };
        DirectoryOutcome {
            result,
            manifest,
            failed_file,
            warnings,
        }
    }

    fn write(
        &self,
        engine: &Engine,
        rules: &RuleSet,
        hooks: &mut dyn JobHooks,
        manifest: &mut Manifest,
        failed_file: &mut Option<String>,
        warnings: &mut Vec<String>,
    ) -> Result<Stats> {
        if self.output.exists() {
            return Err(ErrorKind::Usage(format!(
                "{} exists: a directory output is written whole under a new name; remove it or \
                 give another -o",
                self.output.display()
            ))
            .into());
        }
        let layout = Layout::read(self.input)?;
        let catalog = layout.catalog(self.keys)?;
        let partial = partial_dir(self.output);
        let _ = std::fs::remove_dir_all(&partial);
        std::fs::create_dir_all(&partial)
            .map_err(|e| Error::io(format!("creating {}", partial.display()), e))?;
        let written = self.write_files(engine, &layout, &catalog, &partial, failed_file);
        let (mut stats, digests, files) = match written {
            Ok(w) => w,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&partial);
                return Err(e);
            }
        };
        manifest.add_inputs(digests);
        // The directory's `metadata` proved it complete: no file lacks a header that matters.
        stats.inputs_unchecked = 0;
        stats.unmatched_rules = unmatched_rules(rules, &layout);
        let mut publish = || -> Result<()> {
            hooks.after_run(&stats)?;
            manifest.directory = Some(DirectoryEntry {
                layout: "mydumper".into(),
                shard: (self.shard != Shard::ALL).then(|| self.shard.to_string()),
                files: files.clone(),
            });
            manifest.output = Some(OutputEntry {
                name: self.output.display().to_string(),
                bytes: files.iter().map(|f| f.bytes).sum(),
                blake3: listing_hash(&files),
                compression: "as the input's files".into(),
                encrypted: false,
            });
            manifest.add_rows(&stats);
            manifest.stamp(0, None);
            if let Some(report) = hooks.report(manifest, Some(&stats)) {
                self.reports.iter().try_for_each(|p| report.write(p))?;
            }
            sync_dir(&partial)?;
            std::fs::rename(&partial, self.output).map_err(|e| {
                Error::io(
                    format!(
                        "renaming {} to {}",
                        partial.display(),
                        self.output.display()
                    ),
                    e,
                )
            })?;
            Ok(())
        };
        match publish() {
            Ok(()) => {
                // Published: a failure to flush the parent's entry is only worth a warning.
                let parent = self
                    .output
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                if let Err(e) = sync_dir(parent) {
                    warnings.push(e.to_string());
                }
                Ok(stats)
            }
            Err(e) => {
                let _ = std::fs::remove_dir_all(&partial);
                Err(e)
            }
        }
    }

    /// Transform this shard's data files (several at once) and copy its other files into
    /// `partial`. Returns the summed counts (in file-name order), the inputs' digests and the
    /// output files.
    fn write_files(
        &self,
        engine: &Engine,
        layout: &Layout,
        catalog: &Catalog,
        partial: &Path,
        failed_file: &mut Option<String>,
    ) -> Result<(Stats, Vec<InputDigest>, Vec<FileEntry>)> {
        let mine = self.shard.files(layout);
        // Largest first, so that the last file to finish is a small one.
        let mut order: Vec<usize> = (0..mine.len()).collect();
        order.sort_by(|&a, &b| mine[b].bytes.cmp(&mine[a].bytes));
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        type Done = (usize, Result<(Stats, InputDigest, FileEntry)>);
        let done: Mutex<Vec<Done>> = Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for _ in 0..self.files_at_once.clamp(1, mine.len().max(1)) {
                s.spawn(|| loop {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) else {
                        return;
                    };
                    let r = self.write_file(engine, layout, catalog, mine[i], partial);
                    if r.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    done.lock().expect("results lock").push((i, r));
                });
            }
        });
        let mut done = done.into_inner().expect("results lock");
        done.sort_by_key(|(i, _)| *i);
        let mut total = Stats::default();
        let (mut digests, mut files) = (Vec::new(), Vec::new());
        for (i, r) in done {
            match r {
                Ok((stats, digest, file)) => {
                    total.merge(stats);
                    digests.push(digest);
                    files.push(file);
                }
                Err(e) => {
                    *failed_file = Some(mine[i].name.clone());
                    return Err(e);
                }
            }
        }
        Ok((total, digests, files))
    }

    /// One file into `partial`: a data file through the engine, any other copied.
    fn write_file(
        &self,
        engine: &Engine,
        layout: &Layout,
        catalog: &Catalog,
        file: &DirFile,
        partial: &Path,
    ) -> Result<(Stats, InputDigest, FileEntry)> {
        let from = layout.dir.join(&file.name);
        let to = partial.join(&file.name);
        let out = std::fs::File::create(&to)
            .map_err(|e| Error::io(format!("creating {}", to.display()), e))?;
        let mut sink = Sink::new(
            Tee {
                inner: BufWriter::with_capacity(1 << 20, out),
                hash: blake3::Hasher::new(),
                bytes: 0,
            },
            file.compression,
        )
        .map_err(|e| Error::io(format!("writing {}", to.display()), e))?;
        let (input, raw) = open_input_hashed(&from, self.keys)?;
        let mut reader = input.reader;
        let stats = match &file.kind {
            FileKind::Data { database, .. } => {
                let source = Source {
                    name: &file.name,
                    size: Some(file.bytes),
                    database: Some(database.clone()),
                    catalog: Some(catalog),
                    names_from: self.names_from.clone(),
                    ..Source::default()
                };
                engine.run(reader, &mut sink, &source)?
            }
            _ => {
                std::io::copy(&mut reader, &mut sink)
                    .map_err(|e| Error::io(format!("copying {}", from.display()), e))?;
                Stats::default()
            }
        };
        let tee = sink
            .finish()
            .map_err(|e| Error::io(format!("writing {}", to.display()), e))?;
        let (bytes, blake3) = raw.get();
        let entry = FileEntry {
            name: file.name.clone(),
            bytes: tee.bytes,
            blake3: tee.hash.finalize().to_hex().to_string(),
        };
        let file_out = tee
            .inner
            .into_inner()
            .map_err(|e| Error::io(format!("writing {}", to.display()), e.into_error()))?;
        file_out
            .sync_all()
            .map_err(|e| Error::io(format!("syncing {}", to.display()), e))?;
        let digest = InputDigest {
            name: from.display().to_string(),
            bytes,
            blake3,
        };
        Ok((stats, digest, entry))
    }
}

/// Where the output directory is built: beside it, under a name that says what it is.
fn partial_dir(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!(".{name}.amrit-partial"))
}

/// One hash for a directory's files: blake3 over `name blake3` lines in name order.
fn listing_hash(files: &[FileEntry]) -> String {
    let mut sorted: Vec<&FileEntry> = files.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut h = blake3::Hasher::new();
    for f in sorted {
        h.update(f.name.as_bytes());
        h.update(b" ");
        h.update(f.blake3.as_bytes());
        h.update(b"\n");
    }
    h.finalize().to_hex().to_string()
}

/// Flush a directory's entries to disk.
fn sync_dir(dir: &Path) -> Result<()> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(format!("syncing {}", dir.display()), e))
}

/// Rules naming a database or table the directory does not have (by its schema files), as the
/// router says them for one stream: `db` for a database with no table here, `db.table` for a
/// table. The same for every shard.
fn unmatched_rules(rules: &RuleSet, layout: &Layout) -> Vec<String> {
    let declared: std::collections::BTreeSet<(String, String)> = layout
        .files
        .iter()
        .filter_map(|f| match &f.kind {
            FileKind::Schema {
                database,
                table: Some(t),
            } => Some((database.to_lowercase(), t.to_lowercase())),
            _ => None,
        })
        .collect();
    let dbs: std::collections::BTreeSet<&str> = declared.iter().map(|(d, _)| d.as_str()).collect();
    let mut out = Vec::new();
    for (db, _) in rules.databases() {
        let tables: Vec<_> = rules
            .tables()
            .filter(|t| t.db.eq_ignore_ascii_case(db))
            .collect();
        let here = |t: &&crate::rules::TableRules| {
            declared.contains(&(t.db.to_lowercase(), t.name.to_lowercase()))
        };
        if !dbs.contains(db.to_lowercase().as_str()) && !tables.iter().any(here) {
            out.push(db.to_string());
            continue;
        }
        out.extend(
            tables
                .iter()
                .filter(|t| !here(t))
                .map(|t| format!("{}.{}", t.db, t.name)),
        );
    }
    out
}

/// A file being written, with its size and blake3.
struct Tee {
    inner: BufWriter<std::fs::File>,
    hash: blake3::Hasher,
    bytes: u64,
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// An output file compressed as its input was.
enum Sink {
    Plain(Tee),
    Gzip(flate2::write::GzEncoder<Tee>),
    Zstd(zstd::Encoder<'static, Tee>),
}

impl Sink {
    fn new(tee: Tee, compression: Compression) -> std::io::Result<Sink> {
        Ok(match compression {
            Compression::None => Sink::Plain(tee),
            Compression::Gzip => Sink::Gzip(flate2::write::GzEncoder::new(
                tee,
                flate2::Compression::fast(),
            )),
            Compression::Zstd => Sink::Zstd(zstd::Encoder::new(tee, 3)?),
        })
    }

    /// End the compressed stream and flush: the file, whole.
    fn finish(self) -> std::io::Result<Tee> {
        let mut tee = match self {
            Sink::Plain(t) => t,
            Sink::Gzip(g) => g.finish()?,
            Sink::Zstd(z) => z.finish()?,
        };
        tee.flush()?;
        Ok(tee)
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Plain(t) => t.write(buf),
            Sink::Gzip(g) => g.write(buf),
            Sink::Zstd(z) => z.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Plain(t) => t.flush(),
            Sink::Gzip(g) => g.flush(),
            Sink::Zstd(z) => z.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(sizes: &[(&str, u64)]) -> Layout {
        let mut files: Vec<DirFile> = sizes
            .iter()
            .map(|(n, b)| {
                let (kind, compression) = crate::dump::mydumper::classify(n).unwrap();
                DirFile {
                    name: n.to_string(),
                    kind,
                    compression,
                    bytes: *b,
                }
            })
            .collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Layout {
            dir: PathBuf::from("/nowhere"),
            files,
        }
    }

    #[test]
    fn shards_partition_the_files_and_balance_bytes() {
        let l = layout(&[
            ("metadata", 10),
            ("d-schema-create.sql", 10),
            ("d.a-schema.sql", 10),
            ("d.a.00000.sql", 900),
            ("d.a.00001.sql", 800),
            ("d.b.sql", 700),
            ("d.c.sql", 100),
            ("d.e.sql", 0),
        ]);
        for n in 1..=4 {
            let mut seen = Vec::new();
            for k in 1..=n {
                let files = Shard { index: k, count: n }.files(&l);
                seen.extend(files.iter().map(|f| f.name.clone()));
            }
            seen.sort();
            let all: Vec<String> = l.files.iter().map(|f| f.name.clone()).collect();
            assert_eq!(seen, all, "{n} shards cover every file once");
        }
        let names = |k| -> Vec<String> {
            Shard { index: k, count: 2 }
                .files(&l)
                .iter()
                .map(|f| f.name.clone())
                .collect()
        };
        // 900 → 1, 800 → 2, 700 → 2 (800 < 900)? no: 1 has 900, 2 has 800 → 700 to 2 … then
        // 100 to 1 (900 < 1500), the empty file to 1 (1000 < 1500).
        assert_eq!(
            names(1),
            [
                "d-schema-create.sql",
                "d.a-schema.sql",
                "d.a.00000.sql",
                "d.c.sql",
                "d.e.sql",
                "metadata"
            ]
        );
        assert_eq!(names(2), ["d.a.00001.sql", "d.b.sql"]);
    }

    #[test]
    fn shard_specs_parse_or_say_what_they_take() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, count: 4 }));
        assert_eq!("1/1".parse::<Shard>(), Ok(Shard::ALL));
        for bad in ["0/2", "3/2", "2", "a/b", "1/0", ""] {
            assert!(bad.parse::<Shard>().unwrap_err().contains("K/N"), "{bad}");
        }
    }
}
