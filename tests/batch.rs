//! Issue 15: batch conversion (`convert`, `prune`), the metrics file, webhook notifications and
//! the progress display, through the built binary.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::{skip, Workdir};

const BIN: &str = env!("CARGO_BIN_EXE_amrit-stream");
/// Test keys (base64 of 32 bytes): pseudonymization and master encryption.
const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const ENC: &str = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

fn sample(db: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/amrit/{db}.sql"))
}

/// The binary with the test keys in its environment.
fn bin() -> Command {
    let mut c = Command::new(BIN);
    c.env("AMRIT_STREAM_KEY", KEY)
        .env("AMRIT_STREAM_ENC_KEY", ENC)
        .env_remove("AMRIT_STREAM_KEY_FILE");
    c
}

fn run(c: &mut Command) -> (i32, String) {
    let o = c.stdin(Stdio::null()).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A directory of stored backups in every input format, and one truncated file.
fn backups(w: &Workdir) -> PathBuf {
    let dir = w.path("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(sample("db_identity"), dir.join("db_identity.sql")).unwrap();
    let plain = |db: &str| std::fs::read(sample(db)).unwrap();
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(dir.join("db_1097_identity.sql.gz")).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(&plain("db_1097_identity")).unwrap();
    gz.finish().unwrap();
    std::fs::write(
        dir.join("db_reporting.sql.zst"),
        zstd::encode_all(&plain("db_reporting")[..], 3).unwrap(),
    )
    .unwrap();
    let (code, said) = run(bin()
        .args(["encrypt", "--compress", "zstd", "-o"])
        .arg(dir.join("db_iemr.sql.zst.amrenc"))
        .arg(sample("db_iemr")));
    assert_eq!(code, 0, "{said}");
    let iemr = plain("db_iemr");
    std::fs::write(dir.join("cut_short.sql"), &iemr[..iemr.len() / 3]).unwrap();
    dir
}

#[test]
fn convert_turns_every_format_into_verified_outputs_reports_the_bad_file_and_resumes() {
    let w = Workdir::new();
    let input = backups(&w);
    let out = w.path("out");
    std::fs::create_dir(&out).unwrap();
    let (code, said) = run(bin()
        .args(["convert", "--out-dir"])
        .arg(&out)
        .arg("--report")
        .arg(w.path("batch.json"))
        .arg(&input));
    assert_eq!(code, 1, "one truncated input: exit 1\n{said}");
    assert!(
        said.contains("cut_short.sql") && said.contains("truncated"),
        "{said}"
    );
    for db in ["db_identity", "db_1097_identity", "db_iemr", "db_reporting"] {
        let file = out.join(format!("{db}.anon.sql.zst.amrenc"));
        assert!(file.is_file(), "{db}: {:?}", names(&out));
        assert!(out
            .join(format!("{db}.anon.sql.zst.amrenc.manifest.json"))
            .is_file());
        let (code, said) = run(bin()
            .args(["verify", "--fingerprints"])
            .arg(out.join(format!("{db}.anon.fingerprints.amrenc")))
            .arg(&file));
        assert_eq!(code, 0, "{db}: verify\n{said}");
    }
    assert!(!out.join("cut_short.anon.sql.zst.amrenc").exists());
    assert!(out
        .join("cut_short.anon.sql.zst.amrenc.failed.manifest.json")
        .is_file());
    assert!(
        names(&out).iter().all(|n| !n.contains(".amrit-tmp-")),
        "temporary files left: {:?}",
        names(&out)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.path("batch.json")).unwrap()).unwrap();
    let files = report["report"]["files"].as_array().unwrap();
    assert_eq!(files.len(), 5);
    assert_eq!(
        files.iter().filter(|f| f["result"] == "converted").count(),
        4
    );

    // Resumed without the bad file: no work, and it says so.
    std::fs::remove_file(input.join("cut_short.sql")).unwrap();
    let before: Vec<(String, Vec<u8>)> = names(&out)
        .into_iter()
        .map(|n| (n.clone(), std::fs::read(out.join(&n)).unwrap()))
        .collect();
    let (code, said) = run(bin()
        .args(["convert", "--resume", "--out-dir"])
        .arg(&out)
        .arg(&input));
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("nothing to do"), "{said}");
    for (n, bytes) in before {
        assert_eq!(
            std::fs::read(out.join(&n)).unwrap(),
            bytes,
            "{n} was rewritten"
        );
    }
    // A changed input is converted again.
    std::fs::copy(sample("db_reporting"), input.join("db_reporting.sql.zst")).unwrap();
    let (code, said) = run(bin()
        .args(["convert", "--resume", "--out-dir"])
        .arg(&out)
        .arg(&input));
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("converted") && said.matches("skipped").count() >= 3,
        "{said}"
    );
}

#[test]
fn a_batch_killed_mid_run_and_resumed_is_byte_identical_to_a_clean_one() {
    let w = Workdir::new();
    let input = w.path("in");
    std::fs::create_dir(&input).unwrap();
    for (i, size) in ["24M", "24M", "24M", "24M"].iter().enumerate() {
        let (code, said) = run(bin()
            .args(["synth", "--size", size, "--seed"])
            .arg((i + 1).to_string())
            .arg("-o")
            .arg(input.join(format!("part{i}.sql"))));
        assert_eq!(code, 0, "{said}");
    }
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/synthetic.yaml");
    let convert = |out: &Path, resume: bool| {
        let mut c = bin();
        c.args(["convert", "--rules"])
            .arg(&rules)
            .args([
                "--no-encrypt",
                "--compress",
                "zstd:3",
                "--jobs",
                "1",
                "-q",
                "--out-dir",
            ])
            .arg(out)
            .arg(&input);
        if resume {
            c.arg("--resume");
        }
        c
    };
    let clean = w.path("clean");
    std::fs::create_dir(&clean).unwrap();
    let (code, said) = run(&mut convert(&clean, false));
    assert_eq!(code, 0, "{said}");

    let killed = w.path("killed");
    std::fs::create_dir(&killed).unwrap();
    let mut child = convert(&killed, false)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill -9 once the first file is published and the second is being written.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let n = names(&killed);
        if n.iter().any(|f| f.ends_with(".manifest.json"))
            && n.iter().any(|f| f.contains(".amrit-tmp-"))
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the batch never got going: {n:?}"
        );
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    let published = names(&killed)
        .iter()
        .filter(|n| n.ends_with(".anon.sql.zst"))
        .count();
    assert!(published < 4, "the kill came after the batch ended");
    assert!(
        names(&killed).iter().any(|n| n.contains(".amrit-tmp-")),
        "the kill left no half-written file to clean up: {:?}",
        names(&killed)
    );
    let (code, said) = run(&mut convert(&killed, true));
    assert_eq!(code, 0, "{said}");
    let outputs = |d: &Path| -> Vec<String> {
        names(d)
            .into_iter()
            .filter(|n| n.ends_with(".anon.sql.zst"))
            .collect()
    };
    assert_eq!(outputs(&clean).len(), 4);
    assert_eq!(outputs(&killed), outputs(&clean));
    for n in outputs(&clean) {
        assert!(
            std::fs::read(clean.join(&n)).unwrap() == std::fs::read(killed.join(&n)).unwrap(),
            "{n} differs from the clean run's"
        );
    }
    assert!(
        names(&killed).iter().all(|n| !n.contains(".amrit-tmp-")),
        "temporary files left: {:?}",
        names(&killed)
    );
}

#[test]
fn prune_removes_old_outputs_with_their_files_and_keeps_the_newest() {
    let w = Workdir::new();
    let out = w.path("out");
    std::fs::create_dir(&out).unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(20 * 86_400);
    for (name, aged) in [("db_iemr-20261101", true), ("db_iemr-20261201", false)] {
        // Look-alikes beside the outputs: never candidates, never a --keep-last slot.
        for f in [
            format!("{name}.anon.sql.zst.amrenc"),
            format!("{name}.anon.sql.zst.amrenc.manifest.json"),
            format!("{name}.anon.fingerprints.amrenc"),
            format!("{name}.anon.sqlite"),
            format!("{name}.anon.sql.bak"),
        ] {
            let p = out.join(&f);
            let body = if f.ends_with(".manifest.json") {
                format!(
                    r#"{{"tool":"amrit-stream","command":"convert","exit_status":0,"output":{{"name":"{name}.anon.sql.zst.amrenc","bytes":1}}}}"#
                )
            } else {
                "x".to_string()
            };
            std::fs::write(&p, body).unwrap();
            if aged {
                std::fs::File::options()
                    .write(true)
                    .open(&p)
                    .unwrap()
                    .set_modified(old)
                    .unwrap();
            }
        }
    }
    let (code, said) = run(bin()
        .args(["prune", "--keep-days", "14", "--dry-run", "--out-dir"])
        .arg(&out));
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("would remove") && said.contains("db_iemr-20261101.anon.sql.zst.amrenc"),
        "{said}"
    );
    assert!(
        !said.contains(".anon.sqlite") && !said.contains(".anon.sql.bak"),
        "{said}"
    );
    assert_eq!(names(&out).len(), 10, "a dry run removes nothing");
    let (code, said) = run(bin()
        .args(["prune", "--keep-days", "14", "--out-dir"])
        .arg(&out));
    assert_eq!(code, 0, "{said}");
    assert_eq!(
        names(&out),
        [
            "db_iemr-20261101.anon.sql.bak",
            "db_iemr-20261101.anon.sqlite",
            "db_iemr-20261201.anon.fingerprints.amrenc",
            "db_iemr-20261201.anon.sql.bak",
            "db_iemr-20261201.anon.sql.zst.amrenc",
            "db_iemr-20261201.anon.sql.zst.amrenc.manifest.json",
            "db_iemr-20261201.anon.sqlite"
        ]
    );
    let (code, said) = run(bin()
        .args([
            "prune",
            "--keep-days",
            "14",
            "--keep-last",
            "0",
            "--out-dir",
        ])
        .arg(&out));
    assert_eq!(code, 1, "{said}");
}

/// Parse a metrics file with Python's `prometheus_client` parser; the metric names it holds.
fn parse_metrics(test: &str, path: &Path) -> Option<Vec<String>> {
    let script = "import sys\nfrom prometheus_client.parser import text_string_to_metric_families\nfor f in text_string_to_metric_families(open(sys.argv[1]).read()):\n    print(f.name, f.type)\n";
    let o = Command::new("python3")
        .args(["-c", script])
        .arg(path)
        .output();
    match o {
        Ok(o) if o.status.success() => Some(
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(String::from)
                .collect(),
        ),
        Ok(o) if String::from_utf8_lossy(&o.stderr).contains("No module named") => {
            skip(
                test,
                "Python's prometheus_client is not installed (pip install prometheus_client)",
            );
            None
        }
        Ok(o) => panic!(
            "the metrics file does not parse: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => {
            skip(test, &format!("python3 cannot run: {e}"));
            None
        }
    }
}

#[test]
fn the_metrics_file_parses_as_prometheus_text_and_has_every_documented_metric() {
    let test = "metrics_file_parses";
    let w = Workdir::new();
    let prom = w.path("amrit.prom");
    let (code, said) = run(bin()
        .args(["transform", "-q", "--metrics-file"])
        .arg(&prom)
        .arg("-o")
        .arg(w.path("out.sql"))
        .arg(sample("db_iemr")));
    assert_eq!(code, 0, "{said}");
    let text = std::fs::read_to_string(&prom).unwrap();
    assert!(
        text.contains("amrit_stream_rows_total{command=\"transform\",database=\"db_iemr\"}"),
        "{text}"
    );
    assert!(
        text.contains("amrit_stream_exit_status{command=\"transform\"} 0"),
        "{text}"
    );
    let Some(families) = parse_metrics(test, &prom) else {
        return;
    };
    for (name, ty, _) in amrit_stream::observe::metrics::METRICS {
        // The parser names counters without their `_total`.
        let family = name.strip_suffix("_total").unwrap_or(name);
        assert!(
            families.iter().any(|f| f == &format!("{family} {ty}")),
            "{name} ({ty}) missing: {families:?}"
        );
    }
    // A failed run keeps the last success time and says how it failed.
    let cut = std::fs::read(sample("db_iemr")).unwrap();
    let short = w.write("short.sql", &cut[..cut.len() / 2]);
    let (code, _) = run(bin()
        .args(["transform", "-q", "--metrics-file"])
        .arg(&prom)
        .arg("-o")
        .arg(w.path("o2.sql"))
        .arg(&short));
    assert_eq!(code, 1);
    let after = std::fs::read_to_string(&prom).unwrap();
    assert!(
        after.contains("amrit_stream_exit_status{command=\"transform\"} 1"),
        "{after}"
    );
    assert!(
        after.contains("amrit_stream_last_success_timestamp_seconds{command=\"transform\"}"),
        "{after}"
    );
}

/// A webhook on 127.0.0.1 that answers 200 and keeps every body it gets.
fn webhook() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hooks/T0K3N", listener.local_addr().unwrap());
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let keep = bodies.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut r = BufReader::new(s.try_clone().unwrap());
            let mut len = 0usize;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; len];
            let _ = r.read_exact(&mut body);
            keep.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&body).into_owned());
            let _ =
                s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    });
    (url, bodies)
}

#[test]
fn webhooks_hear_start_success_failure_and_drift_without_a_value_of_the_data() {
    let w = Workdir::new();
    let (url, bodies) = webhook();
    // Marker values planted in a kept-free table the rules rewrite, and in a new column.
    let marker_phone = "9123456780";
    let marker_name = "Zorawarqx";
    let dump = format!(
        "CREATE TABLE `m_user` (`UserID` int, `FirstName` varchar(50), `ContactNo` varchar(15));\nINSERT INTO `m_user` VALUES (1,'{marker_name}','{marker_phone}');\n"
    );
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndefault: fail\ndatabases:\n  db:\n    tables:\n      m_user:\n        columns:\n          UserID: keep\n          FirstName: first_name\n          ContactNo: phone\n",
    );
    let good = w.write("good.sql", format!("USE `db`;\n{dump}").as_bytes());
    let drift = w.write(
        "drift.sql",
        format!("USE `db`;\nCREATE TABLE `other` (`Secret` varchar(20));\nINSERT INTO `other` VALUES ('{marker_phone}');\n{dump}").as_bytes(),
    );
    let short = w.write(
        "short.sql",
        format!("USE `db`;\n{dump}")
            .trim_end_matches(";\n")
            .as_bytes(),
    );
    for (input, want) in [(&good, 0), (&drift, 2), (&short, 1)] {
        let (code, said) = run(bin()
            .args([
                "transform",
                "-q",
                "--rules",
                &rules,
                "--notify-url",
                &url,
                "-o",
            ])
            .arg(w.path("out.sql"))
            .arg(input));
        assert_eq!(code, want, "{input}: {said}");
    }
    let got = bodies.lock().unwrap().clone();
    assert_eq!(got.len(), 6, "{got:#?}");
    let events: Vec<String> = got
        .iter()
        .map(|b| {
            serde_json::from_str::<serde_json::Value>(b).unwrap()["event"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        events,
        ["start", "success", "start", "drift", "start", "failure"]
    );
    for b in &got {
        let v: serde_json::Value = serde_json::from_str(b).unwrap();
        assert!(
            v["text"]
                .as_str()
                .unwrap()
                .contains("amrit-stream transform"),
            "{b}"
        );
        assert!(
            !b.contains(marker_phone) && !b.contains(marker_name),
            "a value of the data in {b}"
        );
    }

    // A dead webhook: a warning, and the run still succeeds.
    let dead = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (code, said) = run(bin()
        .args(["transform", "--rules", &rules, "--notify-url"])
        .arg(format!("http://127.0.0.1:{dead}/hooks/T0K3N"))
        .arg("-o")
        .arg(w.path("out2.sql"))
        .arg(&good));
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("warning") && said.contains("webhook"),
        "{said}"
    );
    assert!(
        !said.contains("T0K3N"),
        "the webhook's token in a message: {said}"
    );
}

#[test]
fn progress_shows_on_a_terminal_and_not_in_a_file() {
    let test = "progress_shows_on_a_terminal";
    if Command::new("script").arg("--version").output().is_err() {
        skip(test, "`script` (util-linux/bsdutils) is not installed");
        return;
    }
    let w = Workdir::new();
    let big = w.path("big.sql");
    let (code, said) = run(bin().args(["synth", "--size", "48M", "-o"]).arg(&big));
    assert_eq!(code, 0, "{said}");
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/synthetic.yaml");
    let cmd = format!(
        "'{BIN}' transform -j1 --rules '{}' -o '{}' '{}'",
        rules.display(),
        w.path("out.sql").display(),
        big.display()
    );
    let typescript = w.path("typescript");
    // `cmd` under a pseudo-terminal: did it succeed, and what did the terminal show.
    let on_a_terminal = |cmd: &str| {
        let o = Command::new("script")
            .args(["-qec", cmd])
            .arg(&typescript)
            .env("AMRIT_STREAM_KEY", KEY)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let seen = String::from_utf8_lossy(&std::fs::read(&typescript).unwrap()).into_owned();
        (o.status.success(), seen)
    };
    let (ok, seen) = on_a_terminal(&cmd);
    assert!(ok, "{seen}");
    assert!(
        seen.contains('%') && seen.contains("ETA"),
        "no progress on a terminal: {seen}"
    );
    // stderr to a file: no progress, unless asked.
    let (code, said) = run(bin()
        .args(["transform", "-j1", "--rules"])
        .arg(&rules)
        .arg("-o")
        .arg(w.path("out2.sql"))
        .arg(&big));
    assert_eq!(code, 0, "{said}");
    assert!(!said.contains("ETA"), "progress in a file: {said}");
    // Asked for: plain lines.
    let (code, said) = run(bin()
        .args(["transform", "-j1", "--progress", "always", "--rules"])
        .arg(&rules)
        .arg("-o")
        .arg(w.path("out3.sql"))
        .arg(&big));
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("amrit-stream: progress:"),
        "no progress when asked: {said}"
    );
    // The passes without an engine show it too: on a terminal, and as lines when asked.
    let out = w.path("out.sql");
    let verify = format!(
        "'{BIN}' verify --rules '{}' '{}'",
        rules.display(),
        out.display()
    );
    let (ok, seen) = on_a_terminal(&verify);
    assert!(ok, "{seen}");
    assert!(
        seen.contains('%') && seen.contains("ETA"),
        "no verify progress on a terminal: {seen}"
    );
    for command in ["verify", "check", "profile"] {
        let (code, said) = run(bin()
            .args([command, "--progress", "always", "--rules"])
            .arg(&rules)
            .arg(&out));
        assert_eq!(code, 0, "{command}: {said}");
        assert!(
            said.contains("amrit-stream: progress:") && said.contains('%'),
            "no {command} progress when asked: {said}"
        );
        let (_, said) = run(bin().args([command, "--rules"]).arg(&rules).arg(&out));
        assert!(
            !said.contains("progress"),
            "{command} progress in a file: {said}"
        );
    }
}

#[test]
fn verify_and_check_write_their_outcome_to_the_metrics_file() {
    let w = Workdir::new();
    let prom = w.path("verify.prom");
    // The source sample itself: full of real-looking phones and IDs.
    let (code, said) = run(bin()
        .args(["verify", "-q", "--metrics-file"])
        .arg(&prom)
        .arg(sample("db_identity")));
    assert_eq!(code, 4, "{said}");
    let text = std::fs::read_to_string(&prom).unwrap();
    assert!(
        text.contains("amrit_stream_exit_status{command=\"verify\"} 4"),
        "{text}"
    );
    let leaks: u64 = text
        .lines()
        .find(|l| l.starts_with("amrit_stream_leaks_found{"))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert!(leaks > 100, "{text}");
    let prom = w.path("check.prom");
    let (code, said) = run(bin()
        .args(["check", "-q", "--metrics-file"])
        .arg(&prom)
        .arg(sample("db_iemr")));
    assert_eq!(code, 0, "{said}");
    let text = std::fs::read_to_string(&prom).unwrap();
    assert!(
        text.contains("amrit_stream_exit_status{command=\"check\"} 0"),
        "{text}"
    );
    assert!(
        text.contains("amrit_stream_drift_detected{command=\"check\"} 0"),
        "{text}"
    );
}
