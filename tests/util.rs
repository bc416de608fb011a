//! Shared helpers: where the shared corpus is, skipping loudly (or failing under `CI=true`),
//! running the built binary, and transforming in-process.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::rules::RuleSet;
use amrit_stream::transform::{self, Options, Stats};

/// True when running in CI, where a missing prerequisite is a failure, not a skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Skip a test loudly, or fail it under `CI=true`.
pub fn skip(test: &str, why: &str) {
    if in_ci() {
        panic!("{test}: {why} (CI=true: prerequisites must be present)");
    }
    // Straight to the process's stderr: libtest captures `eprintln!` of passing tests, and a
    // skip must be seen.
    let _ = writeln!(std::io::stderr(), "\n*** SKIPPED {test}: {why} ***\n");
}

/// `../shared/corpus`, or `None` (after a loud skip) when it is not there.
pub fn corpus(test: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.join("README.md").is_file() {
        Some(dir)
    } else {
        skip(
            test,
            &format!("the shared corpus is not at {}", dir.display()),
        );
        None
    }
}

/// `../shared/amrit-schema` (the AMRIT schema facts), or `None` after a loud skip.
pub fn amrit_schema(test: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/amrit-schema");
    if dir.join("db_identity.yaml").is_file() {
        Some(dir)
    } else {
        skip(
            test,
            &format!("the AMRIT schema facts are not at {}", dir.display()),
        );
        None
    }
}

/// Every corpus dump of the three dumper families, sorted.
pub fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in ["mariadb", "mysql8", "mysql57"] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if name.ends_with(".sql") || name.ends_with(".sql.zst") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Read a dump, decompressing `.zst`.
pub fn read_dump(path: &Path) -> Vec<u8> {
    let mut input =
        amrit_stream::io::open_input(path, &amrit_stream::io::keys::Keyring::empty()).unwrap();
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut input.reader, &mut out).unwrap();
    out
}

/// Transform in-process with the given sizes: the engine alone, without the data gate (its
/// byte-exactness on any data; the gate has its own tests, [`transform_gated`]).
pub fn transform(
    input: &[u8],
    rules: &RuleSet,
    threads: usize,
    reader: ReaderOptions,
) -> amrit_stream::Result<(Vec<u8>, Stats)> {
    transform_with(input, rules, threads, reader, false)
}

/// Transform in-process as the tool does, data gate on.
pub fn transform_gated(
    input: &[u8],
    rules: &RuleSet,
    threads: usize,
    reader: ReaderOptions,
) -> amrit_stream::Result<(Vec<u8>, Stats)> {
    transform_with(input, rules, threads, reader, true)
}

fn transform_with(
    input: &[u8],
    rules: &RuleSet,
    threads: usize,
    reader: ReaderOptions,
    gate: bool,
) -> amrit_stream::Result<(Vec<u8>, Stats)> {
    let mut out = Vec::new();
    let opts = Options {
        threads,
        reader,
        without_data_gate: !gate,
        ..Options::default()
    };
    let stats = transform::run(input, &mut out, rules, None, &opts)?;
    Ok((out, stats))
}

/// Rules from YAML text.
pub fn rules(yaml: &str) -> RuleSet {
    RuleSet::from_yaml(yaml, "test.yaml").unwrap()
}

/// Run the built binary with `args`, feeding `stdin`.
pub fn run_bin(args: &[&str], stdin: &[u8]) -> Output {
    run_bin_env(args, stdin, &[])
}

/// Run the built binary with `args` and extra environment variables, feeding `stdin`.
pub fn run_bin_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_amrit-stream"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("the binary runs");
    let mut sin = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = sin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// A temporary directory that is removed on drop.
pub struct Workdir {
    /// The directory.
    pub dir: tempfile::TempDir,
}

impl Workdir {
    /// A new empty directory.
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// Path of `name` inside the directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Write `name` with `data`; returns its path as a string.
    pub fn write(&self, name: &str, data: &[u8]) -> String {
        let p = self.path(name);
        std::fs::write(&p, data).unwrap();
        p.to_string_lossy().into_owned()
    }
}

/// Compare two byte strings and, on difference, show where they first differ (lengths and offset
/// only: corpus rows are not printed).
#[track_caller]
pub fn assert_same(got: &[u8], want: &[u8], what: &str) {
    if got != want {
        let at = got
            .iter()
            .zip(want)
            .position(|(a, b)| a != b)
            .unwrap_or(got.len().min(want.len()));
        panic!(
            "{what}: output differs from expected at byte {at} (got {} bytes, want {})",
            got.len(),
            want.len()
        );
    }
}
