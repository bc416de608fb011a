//! Fault injection (issue 12): a failed, short or interrupted run never looks like a good one.
//! Truncation at every statement boundary, an empty input, a full disk (`ulimit -f`), a closed
//! downstream pipe, SIGINT/SIGTERM/SIGHUP at random points of `-o` runs with compression,
//! encryption, fingerprints and reports, `kill -9` and a rerun, output paths that cannot be
//! written, cut-short compressed inputs, binary input. Each ends with a clear error, the right
//! exit code, nothing under the final name, no temporary file left, the failure recorded in
//! `NAME.failed.manifest.json`, and — on stdout — a tail that makes `mariadb` fail.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use amrit_stream::dump::reader::{ReaderOptions, StatementReader};

use crate::mariadb::Server;
use crate::util::{run_bin, run_bin_env, Workdir};

const BIN: &str = env!("CARGO_BIN_EXE_amrit-stream");
const KEY: &str = "3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
const ENC: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

fn sample(db: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/amrit/{db}.sql"))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// No file under the final name `out`, no temporary file, and `out.failed.manifest.json`
/// recording `status`.
#[track_caller]
fn nothing_but_a_failed_manifest(dir: &Path, out: &str, status: i32) {
    let all = names(dir);
    assert!(!all.iter().any(|n| n == out), "{out} exists: {all:?}");
    assert!(
        !all.iter()
            .any(|n| n.contains("amrit-tmp") || n.contains("amrit-probe")),
        "{all:?}"
    );
    let m: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join(format!("{out}.failed.manifest.json"))).unwrap(),
    )
    .unwrap();
    assert_eq!(m["exit_status"], status, "{m}");
}

/// Byte offsets where the statements of `dump` end (every statement boundary).
fn boundaries(dump: &[u8]) -> Vec<usize> {
    let opts = ReaderOptions {
        allow_incomplete: true,
        ..ReaderOptions::default()
    };
    let mut r = StatementReader::new(dump, opts);
    let mut ends = Vec::new();
    while let Some(b) = r.next_batch().unwrap() {
        for s in &b.stmts {
            ends.push(s.offset as usize + (s.end - s.start));
        }
    }
    ends
}

#[test]
fn a_dump_cut_at_any_statement_boundary_is_an_error_with_nothing_published() {
    let dump = std::fs::read(sample("db_1097_identity")).unwrap();
    let cuts = boundaries(&dump);
    assert!(cuts.len() > 100, "{}", cuts.len());
    assert_eq!(*cuts.last().unwrap(), dump.len());
    let w = Workdir::new();
    let input = w.path("cut.sql");
    for &cut in &cuts[..cuts.len() - 1] {
        std::fs::write(&input, &dump[..cut]).unwrap();
        let o = run_bin_env(
            &[
                "-q",
                "-o",
                w.path("out.sql").to_str().unwrap(),
                input.to_str().unwrap(),
            ],
            b"",
            &[("AMRIT_STREAM_KEY", KEY)],
        );
        assert_eq!(o.status.code(), Some(1), "cut at {cut}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(
            e.contains("truncated") || e.contains("empty"),
            "cut at {cut}: {e}"
        );
        std::fs::remove_file(&input).unwrap();
        nothing_but_a_failed_manifest(w.dir.path(), "out.sql", 1);
        std::fs::remove_file(w.path("out.sql.failed.manifest.json")).unwrap();
    }
    // The whole dump passes.
    std::fs::write(&input, &dump).unwrap();
    let o = run_bin_env(
        &[
            "-q",
            "-o",
            w.path("out.sql").to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        b"",
        &[("AMRIT_STREAM_KEY", KEY)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn an_empty_input_is_an_error() {
    let o = run_bin(&["--rules", "rules/keep-all.yaml"], b"");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("the input is empty"), "{}", stderr(&o));
}

#[test]
fn a_failed_stdout_run_makes_the_mariadb_at_the_end_of_the_pipe_fail() {
    let Some(server) =
        Server::start("a_failed_stdout_run_makes_the_mariadb_at_the_end_of_the_pipe_fail")
    else {
        return;
    };
    let dump = std::fs::read(sample("db_1097_identity")).unwrap();
    let cuts = boundaries(&dump);
    // Cut in the middle of the data, at a statement boundary: every complete statement before
    // the cut is written, then the failure tail.
    let cut = cuts[cuts.len() * 2 / 3];
    let w = Workdir::new();
    let input = w.write("cut.sql", &dump[..cut]);
    server.sql("CREATE DATABASE uat").unwrap();
    let script = format!(
        "set -o pipefail; '{BIN}' -q '{input}' | '{}' --protocol=TCP -h 127.0.0.1 -uroot --port={} uat",
        server.client.display(),
        server.port
    );
    let o = Command::new("bash")
        .args(["-c", &script])
        .env("AMRIT_STREAM_KEY", KEY)
        .output()
        .unwrap();
    assert!(!o.status.success(), "the pipeline must fail");
    let e = stderr(&o);
    assert!(e.contains("amrit-stream: error: dump truncated"), "{e}");
    assert!(
        e.contains("AMRIT_STREAM_RUN_FAILED"),
        "mariadb names the failure: {e}"
    );
    // Without pipefail the last command's status is what a careless script sees: mariadb's,
    // which fails too.
    let careless = script.replace("set -o pipefail; ", "");
    let o = Command::new("bash")
        .args(["-c", &careless])
        .env("AMRIT_STREAM_KEY", KEY)
        .output()
        .unwrap();
    assert!(!o.status.success(), "mariadb itself fails");
}

#[test]
fn a_full_disk_names_the_output_and_leaves_nothing_under_its_name() {
    let w = Workdir::new();
    let input = w.path("big.sql");
    let o = run_bin(
        &["synth", "--size", "2M", "-o", input.to_str().unwrap()],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = w.path("out.sql");
    let report = w.path("run.json");
    // A file-size limit of 256 KiB: writing the output fails with EFBIG (SIGXFSZ ignored).
    let script = format!(
        "trap '' XFSZ; ulimit -f 256; exec '{BIN}' -q --rules rules/synthetic.yaml -o '{}' --report '{}' '{}'",
        out.display(),
        report.display(),
        input.display()
    );
    let o = Command::new("bash")
        .args(["-c", &script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("AMRIT_STREAM_KEY", KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    let first_error = e.lines().find(|l| l.contains("error:")).unwrap_or_default();
    assert!(
        first_error.contains("out.sql") && first_error.contains("too large"),
        "the primary error names the output: {e}"
    );
    std::fs::remove_file(&input).unwrap();
    let mut left = names(w.dir.path());
    left.retain(|n| n != "run.json");
    assert_eq!(left, ["out.sql.failed.manifest.json"]);
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["passed"], false);
}

#[test]
fn a_downstream_that_closes_early_fails_the_run_and_its_report() {
    // `head` stands for a `mysql` that stopped on an error: what it got is incomplete, so the
    // run fails (exit 1) and its report and manifest say so, under pipefail and without it.
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("run.json");
    let script = format!(
        "set -o pipefail; '{BIN}' --report '{}' samples/amrit/db_iemr.sql | head -c 100 > /dev/null",
        report.display()
    );
    let o = Command::new("bash")
        .args(["-c", &script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("AMRIT_STREAM_KEY", KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("the output is incomplete"), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.contains("error")).count(),
        1,
        "{err}"
    );
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["passed"], false, "{r}");
    assert_eq!(r["report"]["manifest"]["exit_status"], 1, "{r}");
}

/// Start the binary with `args`, feeding it the first half of `dump` and then nothing (the
/// pipe stays open), so that it is mid-run when a signal comes. Returns the child and the
/// writer keeping the pipe open.
fn start_stalled(args: &[&str], dump: &[u8], dir: &Path) -> (Child, std::process::ChildStdin) {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("AMRIT_STREAM_KEY", KEY)
        .env("AMRIT_STREAM_ENC_KEY", ENC)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&dump[..dump.len() / 2]).unwrap();
    stdin.flush().unwrap();
    (child, stdin)
}

/// Send `signal` to `child` and wait for it; it must end within a few seconds although its
/// input stays open and silent.
fn signal_and_wait(child: Child, signal: &str) -> Output {
    let ok = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let started = Instant::now();
    let out = child.wait_with_output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the run ended {:?} after the signal",
        started.elapsed()
    );
    out
}

#[test]
fn signals_at_random_points_of_output_runs_leave_nothing_and_record_the_interruption() {
    let dump = std::fs::read(sample("db_identity")).unwrap();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for (signal, status) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        for heavy in [false, true] {
            let w = Workdir::new();
            let mut args = vec!["-q", "-o", "out.sql", "--report", "run.json"];
            if heavy {
                args.extend([
                    "--compress",
                    "zstd",
                    "--encrypt",
                    "--fingerprints",
                    "fp.amrenc",
                ]);
            }
            let (child, stdin) = start_stalled(&args, &dump, w.dir.path());
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            std::thread::sleep(Duration::from_millis(50 + seed % 400));
            let out = signal_and_wait(child, signal);
            drop(stdin);
            assert_eq!(
                out.status.code(),
                Some(status),
                "{signal}: {}",
                stderr(&out)
            );
            assert!(
                stderr(&out).contains(&format!("SIG{signal}")),
                "{}",
                stderr(&out)
            );
            let mut left = names(w.dir.path());
            left.retain(|n| n != "run.json");
            assert_eq!(
                left,
                ["out.sql.failed.manifest.json"],
                "{signal} heavy={heavy}"
            );
            nothing_but_a_failed_manifest(w.dir.path(), "out.sql", status);
            let r: serde_json::Value =
                serde_json::from_slice(&std::fs::read(w.path("run.json")).unwrap()).unwrap();
            assert_eq!(r["summary"]["exit status"], status.to_string(), "{r}");
        }
    }
}

#[test]
fn after_kill_9_a_rerun_to_the_same_output_sweeps_the_stale_temporary_file() {
    let dump = std::fs::read(sample("db_1097_identity")).unwrap();
    let w = Workdir::new();
    let (mut child, stdin) = start_stalled(&["-q", "-o", "out.sql"], &dump, w.dir.path());
    let started = Instant::now();
    while !names(w.dir.path()).iter().any(|n| n.contains("amrit-tmp")) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no temporary file appeared"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    assert!(
        names(w.dir.path()).iter().any(|n| n.contains("amrit-tmp")),
        "kill -9 leaves it"
    );
    let input = w.write("in.sql", &dump);
    let o = run_bin_env(
        &["-q", "-o", w.path("out.sql").to_str().unwrap(), &input],
        b"",
        &[("AMRIT_STREAM_KEY", KEY)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        names(w.dir.path()),
        ["in.sql", "out.sql", "out.sql.manifest.json"]
    );
}

#[test]
fn output_paths_are_checked_before_any_byte_is_read() {
    let w = Workdir::new();
    std::fs::create_dir(w.path("adir")).unwrap();
    let missing = w.path("no/such/dir/out.sql");
    for (flag, path) in [
        ("-o", missing.to_str().unwrap().to_string()),
        ("-o", w.path("adir").to_str().unwrap().to_string()),
        ("--report", w.path("adir").to_str().unwrap().to_string()),
        ("--fingerprints", missing.to_str().unwrap().to_string()),
        ("--mapping-out", missing.to_str().unwrap().to_string()),
    ] {
        // The input is a pipe that never ends: only a check made before reading can return.
        let mut child = Command::new(BIN)
            .args(["-q", "--rules", "rules/keep-all.yaml", flag, &path])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("AMRIT_STREAM_ENC_KEY", ENC)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let started = Instant::now();
        let out = loop {
            if let Some(_status) = child.try_wait().unwrap() {
                break child.wait_with_output().unwrap();
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{flag} {path}: the run waited for input instead of refusing the path"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(stdin);
        assert_eq!(out.status.code(), Some(1), "{flag}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(&path) || stderr(&out).contains("no/such/dir"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn decrypted_plaintext_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let w = Workdir::new();
    let sealed = w.path("x.sql.amrenc");
    let o = run_bin_env(
        &[
            "encrypt",
            "-o",
            sealed.to_str().unwrap(),
            sample("db_1097_identity").to_str().unwrap(),
        ],
        b"",
        &[("AMRIT_STREAM_ENC_KEY", ENC)],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let plain = w.path("plain.sql");
    let o = run_bin_env(
        &[
            "decrypt",
            "-o",
            plain.to_str().unwrap(),
            sealed.to_str().unwrap(),
        ],
        b"",
        &[("AMRIT_STREAM_ENC_KEY", ENC)],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn cut_compressed_inputs_name_the_file_and_offset_and_binary_input_is_no_dump() {
    let w = Workdir::new();
    let dump = std::fs::read(sample("db_1097_identity")).unwrap();
    let zst = zstd::encode_all(&dump[..], 3).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&dump).unwrap();
    let gz = gz.finish().unwrap();
    for (name, bytes, what) in [("cut.sql.zst", &zst, "zstd"), ("cut.sql.gz", &gz, "gzip")] {
        let half = bytes.len() / 2;
        let p = w.write(name, &bytes[..half]);
        let o = run_bin_env(&["-q", &p], b"", &[("AMRIT_STREAM_KEY", KEY)]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let e = stderr(&o);
        assert!(
            e.contains(name) && e.contains(what) && e.contains("compressed byte"),
            "{e}"
        );
    }
    let noise: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let p = w.write("noise.bin", &noise);
    let o = run_bin_env(&["-q", &p], b"", &[("AMRIT_STREAM_KEY", KEY)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("does not look like a SQL dump"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_mistyped_command_is_suggested_and_quiet_means_quiet() {
    let o = run_bin(&["chek", "dump.sql"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("did you mean `amrit-stream check`"),
        "{}",
        stderr(&o)
    );
    let w = Workdir::new();
    let report = w.path("r.json");
    let o = run_bin_env(
        &[
            "-q",
            "--report",
            report.to_str().unwrap(),
            sample("db_1097_identity").to_str().unwrap(),
        ],
        b"",
        &[("AMRIT_STREAM_KEY", KEY)],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "-q: no note at all");
    let o = run_bin(
        &["check", "-q", sample("db_1097_identity").to_str().unwrap()],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("checked"), "{}", stderr(&o));
}

/// A webhook that accepts connections and never answers.
fn silent_webhook() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in listener.incoming() {
            held.push(c);
        }
    });
    format!("http://ops:PASSWORD@127.0.0.1:{port}/hook/TOKEN?k=SECRET")
}

#[test]
fn a_webhook_that_never_answers_delays_neither_the_run_nor_a_signal() {
    let w = Workdir::new();
    let url = silent_webhook();
    let dump = sample("db_identity");
    // A whole run: the start notification does not wait; the last one waits at most 3 s.
    let started = Instant::now();
    let o = Command::new(BIN)
        .args(["transform", "-q", "--notify-url", &url, "-o", "out.sql"])
        .arg(&dump)
        .current_dir(w.dir.path())
        .env("AMRIT_STREAM_KEY", KEY)
        .output()
        .unwrap();
    let took = started.elapsed();
    let said = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{said}");
    assert!(
        took < Duration::from_secs(8),
        "a run with a silent webhook took {took:?} (each notification used to wait 10 s)"
    );
    for secret in ["PASSWORD", "TOKEN", "SECRET", "ops:"] {
        assert!(!said.contains(secret), "{secret} printed: {said}");
    }
    // A signal mid-run: the run ends within the signal's usual time, not after the webhook's.
    let bytes = std::fs::read(&dump).unwrap();
    let (child, stdin) = start_stalled(
        &["transform", "--notify-url", &url, "-o", "out2.sql"],
        &bytes,
        w.dir.path(),
    );
    std::thread::sleep(Duration::from_millis(300));
    let ok = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let started = Instant::now();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let latency = started.elapsed();
    assert_eq!(out.status.code(), Some(143), "{}", stderr(&out));
    assert!(
        latency < Duration::from_millis(1500),
        "SIGTERM took {latency:?} to act with a silent webhook"
    );
}
