//! Batch conversion of stored backups (`amrit-stream convert`): every input file becomes one
//! anonymized output in an output directory, with its manifest and its fingerprints file, on
//! **one** [`Engine`] (one worker pool, whatever `--jobs` says).
//!
//! - Atomic: an output, its fingerprints and its manifest appear under their final names only
//!   when complete; temporary files of a killed run are swept by the next run.
//! - Resumable: an input whose output manifest records a good run of the same input bytes
//!   (blake3), the same rules (blake3) and the same key ids, with the output file still there
//!   at its recorded size, is skipped.
//! - Isolated: one bad input (corrupt, truncated, drift, data gate) is reported and the batch
//!   goes on; the batch's exit status is the worst of its files'.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use super::job::{JobInput, NoHooks, TransformJob};
use crate::error::{Error, ErrorKind, Exit, Result, Setting};
use crate::io::keys::Keyring;
use crate::io::output::OutputOptions;
use crate::report::convert::FileRow;
use crate::report::manifest::{self, Manifest, RulesEntry};
use crate::report::side_files::SideFiles;
use crate::transform::Engine;

/// File name endings of the inputs a directory contributes.
pub const INPUT_SUFFIXES: [&str; 4] = [".sql", ".sql.gz", ".sql.zst", ".amrenc"];

/// What one conversion writes, and how.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The output directory (must exist).
    pub out_dir: PathBuf,
    /// Files converted at once.
    pub jobs: usize,
    /// Skip inputs whose output is already complete and current.
    pub resume: bool,
    /// How outputs are written (compression, encryption, chunks).
    pub output: OutputOptions,
    /// The rules' file and blake3, recorded in manifests and compared on resume.
    pub rules: RulesEntry,
}

/// One input and the files it becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// The stored backup.
    pub input: PathBuf,
    /// The anonymized dump.
    pub output: PathBuf,
    /// Its fingerprints file (for `verify --fingerprints`).
    pub fingerprints: PathBuf,
}

/// How one input ended.
#[derive(Debug)]
pub enum Outcome {
    /// Converted now.
    Converted {
        /// Rows in the input's tables.
        rows: u64,
        /// Plain bytes read.
        bytes_in: u64,
        /// Seconds it took.
        seconds: f64,
    },
    /// Its output was complete and current (`--resume`).
    Skipped,
    /// It failed; nothing was published under its output names.
    Failed(Error),
}

impl Outcome {
    /// The exit status this outcome stands for.
    pub fn exit(&self) -> Exit {
        match self {
            Outcome::Failed(e) => Exit::of(e),
            _ => Exit::Ok,
        }
    }

    /// One word for summaries: `converted`, `skipped`, `failed`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Converted { .. } => "converted",
            Outcome::Skipped => "skipped",
            Outcome::Failed(_) => "failed",
        }
    }
}

/// How many files of a batch ended each way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Converted.
    pub converted: usize,
    /// Skipped (`--resume`: complete and current).
    pub skipped: usize,
    /// Failed.
    pub failed: usize,
}

impl Counts {
    /// The counts of `outcomes`.
    pub fn of(outcomes: &[Outcome]) -> Counts {
        outcomes.iter().fold(Counts::default(), |mut c, o| {
            match o {
                Outcome::Converted { .. } => c.converted += 1,
                Outcome::Skipped => c.skipped += 1,
                Outcome::Failed(_) => c.failed += 1,
            }
            c
        })
    }
}

/// The inputs named by `args`: files as given, and the dump files (by [`INPUT_SUFFIXES`]) of
/// directories, sorted; each with its output names in `settings.out_dir`.
///
/// # Errors
/// An input that does not exist, a directory without dumps, or two inputs that would write the
/// same output.
pub fn plan(args: &[PathBuf], settings: &Settings) -> Result<Vec<Conversion>> {
    let mut inputs = Vec::new();
    for a in args {
        let meta =
            std::fs::metadata(a).map_err(|e| Error::io(format!("reading {}", a.display()), e))?;
        if meta.is_dir() && crate::dump::mydumper::Layout::is_dump_dir(a) {
            // Its chunk files are no dumps of their own (no schema, no database).
            return Err(ErrorKind::Usage(format!(
                "{} is a mydumper directory: transform it whole with `amrit-stream transform {} \
                 -o OUTDIR` (or one share of it with --shard K/N)",
                a.display(),
                a.display()
            ))
            .into());
        }
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(a)
                .map_err(|e| Error::io(format!("listing {}", a.display()), e))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && stem(p).is_some() && !is_own_output(p))
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(ErrorKind::Usage(format!(
                    "{} holds no dump ({})",
                    a.display(),
                    INPUT_SUFFIXES.join(", ")
                ))
                .into());
            }
            inputs.extend(found);
        } else {
            inputs.push(a.clone());
        }
    }
    let ext = output_extension(&settings.output);
    let mut jobs: Vec<Conversion> = Vec::new();
    for input in inputs {
        let name = input
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let base = stem(&input).unwrap_or(&name).to_string();
        let output = settings.out_dir.join(format!("{base}.anon{ext}"));
        if let Some(other) = jobs.iter().find(|j| j.output == output) {
            return Err(ErrorKind::Usage(format!(
                "{} and {} would both be written to {}; convert them into different {}",
                other.input.display(),
                input.display(),
                output.display(),
                Setting::OutDir
            ))
            .into());
        }
        let fingerprints = settings
            .out_dir
            .join(format!("{base}.anon.fingerprints.amrenc"));
        jobs.push(Conversion {
            input,
            output,
            fingerprints,
        });
    }
    Ok(jobs)
}

/// Refuse (exit 3) an `out_dir` that is an input directory or lies inside one: the next run
/// would read its own outputs as dumps, and the directory would grow every night.
///
/// # Errors
/// The input directory, named.
pub fn refuse_out_dir_in_inputs(out_dir: &Path, inputs: &[PathBuf]) -> Result<()> {
    for a in inputs.iter().filter(|a| a.is_dir()) {
        if crate::io::same_file::inside(out_dir, a) {
            return Err(ErrorKind::Refused(format!(
                "{} {} is inside the input directory {}: the outputs would be read as dumps by the next run; write them elsewhere",
                Setting::OutDir,
                out_dir.display(),
                a.display()
            ))
            .into());
        }
    }
    Ok(())
}

/// True for the files this tool writes beside its outputs, which are never dumps to convert:
/// anonymized outputs (`*.anon.*`), manifests, fingerprints and temporary files.
fn is_own_output(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_none_or(|n| {
        n.contains(".anon.")
            || n.ends_with(".manifest.json")
            || n.contains(".fingerprints.")
            || n.starts_with('.')
    })
}

/// The name of `path` without its dump ending (`db_iemr` of `db_iemr.sql.zst`), or `None`
/// when it has none of [`INPUT_SUFFIXES`].
fn stem(path: &Path) -> Option<&str> {
    let name = path.file_name()?.to_str()?;
    let mut best: Option<&str> = None;
    for s in INPUT_SUFFIXES {
        if let Some(b) = name.strip_suffix(s) {
            // `x.sql.zst.amrenc`: strip the longest dump ending left after `.amrenc` too.
            let b = INPUT_SUFFIXES
                .iter()
                .find_map(|t| b.strip_suffix(t))
                .unwrap_or(b);
            if !b.is_empty() && best.is_none_or(|x| b.len() < x.len()) {
                best = Some(b);
            }
        }
    }
    best
}

/// `.sql`, then `.zst` when compressed, then `.amrenc` when encrypted.
fn output_extension(o: &OutputOptions) -> String {
    let mut ext = String::from(".sql");
    if o.compress.is_some() {
        ext.push_str(".zst");
    }
    if o.encrypt {
        ext.push_str(".amrenc");
    }
    ext
}

/// Convert every job on `engine`, `settings.jobs` at a time; `on_done` hears each outcome as
/// it happens. Outcomes come back in job order.
pub fn convert(
    engine: &Engine,
    jobs: &[Conversion],
    settings: &Settings,
    keys: &Keyring,
    on_done: &(dyn Fn(&Conversion, &Outcome) + Sync),
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> = Mutex::new(jobs.iter().map(|_| None).collect());
    let workers = settings.jobs.clamp(1, jobs.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(i) else { break };
                let outcome = match crate::io::stop::requested() {
                    // After a signal no new file is started.
                    Some(signal) => Outcome::Failed(ErrorKind::Interrupted(signal).into()),
                    None => convert_one(engine, job, settings, keys),
                };
                on_done(job, &outcome);
                outcomes.lock().expect("outcomes")[i] = Some(outcome);
            });
        }
    });
    outcomes
        .into_inner()
        .expect("outcomes")
        .into_iter()
        .map(|o| o.expect("every job ran"))
        .collect()
}

/// The batch's exit status: 0 when every file succeeded or was skipped; after a signal, the
/// signal's; 1 when any file failed with an error; else the worst policy status (2 drift or
/// data gate, 3 refusal).
pub fn batch_exit(outcomes: &[Outcome]) -> Exit {
    let exits: Vec<Exit> = outcomes.iter().map(Outcome::exit).collect();
    if let Some(e) = exits
        .iter()
        .find(|e| matches!(e, Exit::Interrupted | Exit::Terminated | Exit::HungUp))
    {
        return *e;
    }
    if exits.contains(&Exit::Error) {
        return Exit::Error;
    }
    exits
        .into_iter()
        .max_by_key(|e| *e as u8)
        .unwrap_or(Exit::Ok)
}

/// Convert one input: skipped when current (`--resume`), else a [`TransformJob`] into its
/// output with its fingerprints and manifest.
fn convert_one(engine: &Engine, job: &Conversion, settings: &Settings, keys: &Keyring) -> Outcome {
    if settings.resume {
        match is_current(job, settings, engine, keys) {
            Ok(true) => return Outcome::Skipped,
            Ok(false) => {}
            Err(e) => return Outcome::Failed(e),
        }
    }
    let clock = Instant::now();
    let side_files = match SideFiles::new(None, Some(&job.fingerprints)) {
        Ok(s) => s,
        Err(e) => return Outcome::Failed(e),
    };
    let transform = TransformJob {
        command: "convert",
        output: Some(&job.output),
        output_options: settings.output.clone(),
        keys,
        side_files,
        reports: Vec::new(),
        rules: settings.rules.clone(),
        database: None,
        catalog: None,
        names_from: None,
    };
    let inputs = std::slice::from_ref(&job.input);
    match transform
        .run(engine, JobInput::Files(inputs), &mut NoHooks)
        .result
    {
        Ok(stats) => Outcome::Converted {
            rows: stats.rows(),
            bytes_in: stats.bytes_in,
            seconds: clock.elapsed().as_secs_f64(),
        },
        Err(e) => Outcome::Failed(e),
    }
}

/// True when `job`'s output is complete and current: its manifest records a good run of an
/// input with the same blake3, the same rules and key ids, and the output (and fingerprints)
/// are there at the recorded size.
fn is_current(
    job: &Conversion,
    settings: &Settings,
    engine: &Engine,
    keys: &Keyring,
) -> Result<bool> {
    let Some(m) = Manifest::read(&manifest::path_for(&job.output)) else {
        return Ok(false);
    };
    if !m.vouches_for("convert", &job.output)
        || !job.fingerprints.exists()
        || m.rules.as_ref().map(|r| r.blake3.as_str()) != Some(settings.rules.blake3.as_str())
        || m.key_ids.pseudonymization.as_deref() != Some(engine.key().id().as_str())
    {
        return Ok(false);
    }
    if settings.output.encrypt {
        let mut want = keys.ids();
        want.sort();
        let mut had = m.key_ids.encryption.clone();
        had.sort();
        if had != want {
            return Ok(false);
        }
    }
    Ok(m.inputs.first().map(|i| i.blake3.as_str())
        == Some(manifest::blake3_of_file(&job.input)?.as_str()))
}

/// The rows of `jobs` with their `outcomes`, in order.
pub fn file_rows(jobs: &[Conversion], outcomes: &[Outcome]) -> Vec<FileRow> {
    jobs.iter()
        .zip(outcomes)
        .map(|(j, o)| {
            let (rows, rate, error) = match o {
                Outcome::Converted {
                    rows,
                    bytes_in,
                    seconds,
                } => (
                    *rows,
                    format!("{:.1}", *bytes_in as f64 / 1e6 / seconds.max(1e-9)),
                    String::new(),
                ),
                Outcome::Skipped => (0, "-".into(), String::new()),
                Outcome::Failed(e) => (
                    0,
                    "-".into(),
                    e.to_string().lines().next().unwrap_or("").to_string(),
                ),
            };
            FileRow {
                input: j.input.display().to_string(),
                output: j
                    .output
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                rows,
                rate,
                result: o.label(),
                error,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_strip_every_dump_ending() {
        for (name, want) in [
            ("db_iemr.sql", Some("db_iemr")),
            ("db_iemr.sql.gz", Some("db_iemr")),
            ("db_iemr.sql.zst", Some("db_iemr")),
            ("db_iemr.sql.zst.amrenc", Some("db_iemr")),
            ("2026-11-01.amrenc", Some("2026-11-01")),
            ("notes.txt", None),
            (".sql", None),
        ] {
            assert_eq!(stem(Path::new(name)), want, "{name}");
        }
    }

    #[test]
    fn the_batch_exit_is_the_worst_with_errors_above_drift() {
        let error = || Outcome::Failed(ErrorKind::Usage("x".into()).into());
        let drift = || Outcome::Failed(ErrorKind::Drift("x".into()).into());
        let stop =
            || Outcome::Failed(ErrorKind::Interrupted(crate::error::Signal::Terminate).into());
        let ok = || Outcome::Skipped;
        assert_eq!(batch_exit(&[ok(), ok()]), Exit::Ok);
        assert_eq!(batch_exit(&[ok(), drift()]), Exit::Drift);
        assert_eq!(batch_exit(&[drift(), error(), ok()]), Exit::Error);
        assert_eq!(batch_exit(&[error(), stop()]), Exit::Terminated);
        assert_eq!(batch_exit(&[]), Exit::Ok);
    }
}
