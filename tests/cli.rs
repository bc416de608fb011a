//! The binary as a user meets it: exit codes, messages without values, pipes, output files,
//! compressed input.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::util::{run_bin, Workdir};

const SECRET: &str = "SECRET-9876543210";

fn dump() -> Vec<u8> {
    format!(
        "-- MariaDB dump 10.19\n--\n-- Host: localhost    Database: shop\nCREATE TABLE `c` (\n  `id` int NOT NULL,\n  `email` varchar(50) DEFAULT NULL,\n  `note` text\n);\nINSERT INTO `c` VALUES (1,'{SECRET}@x.in','{SECRET}'),\n(2,NULL,'plain');\n\n-- Dump completed on 2026-11-30 10:00:00\n"
    )
    .into_bytes()
}

const RULES: &str = "version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: keep\n          email: {fixed: 'user@example.invalid'}\n          note: null\n";

/// Where to cut `dump()` so that it ends inside a string literal of its last INSERT.
fn cut_in_a_string(full: &[u8]) -> usize {
    full.windows(7).position(|w| w == b"'plain'").unwrap() + 3
}

fn code(o: &std::process::Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn transforms_stdin_to_stdout() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let o = run_bin(&["--rules", &rules], &dump());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.ends_with("INSERT INTO `c` VALUES (1,'user@example.invalid',NULL),\n(2,NULL,NULL);\n\n-- Dump completed on 2026-11-30 10:00:00\n"),
        "{out}"
    );
    assert!(!out.contains(SECRET));
}

#[test]
fn no_rules_uses_the_builtin_amrit_rules_which_stop_other_schemas_with_exit_2() {
    let o = run_bin(&[], &dump());
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("built-in AMRIT rules"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("shop.c"), "{}", stderr(&o));
    assert!(!String::from_utf8_lossy(&o.stdout).contains("INSERT"));
}

#[test]
fn usage_errors_exit_1_and_help_exits_0() {
    assert_eq!(code(&run_bin(&["--no-such-flag"], b"")), 1);
    let h = run_bin(&["--help"], b"");
    assert_eq!(code(&h), 0);
    assert!(String::from_utf8_lossy(&h.stdout).contains("130  interrupted"));
}

#[test]
fn bad_rules_file_names_line_and_column() {
    let w = Workdir::new();
    let rules = w.write("bad.yaml", b"version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: shred\n");
    let o = run_bin(&["--rules", &rules], &dump());
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("bad.yaml:7:"), "{}", stderr(&o));
}

#[test]
fn uncovered_column_exits_2_naming_it_without_values() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", b"version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: keep\n");
    let o = run_bin(&["--rules", &rules], &dump());
    assert_eq!(code(&o), 2);
    let e = stderr(&o);
    assert!(
        e.contains("shop.c.email") && e.contains("shop.c.note"),
        "{e}"
    );
    assert!(!e.contains(SECRET));
    assert!(
        !String::from_utf8_lossy(&o.stdout).contains("INSERT"),
        "no row of the table was written"
    );
}

#[test]
fn malformed_rows_and_truncation_are_errors_without_values() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let mut bad = dump();
    let s = String::from_utf8(bad.clone())
        .unwrap()
        .replace("(2,NULL,'plain')", &format!("(2,'{SECRET}')"));
    bad = s.into_bytes();
    let o = run_bin(&["--rules", &rules], &bad);
    assert_eq!(code(&o), 1);
    let e = stderr(&o);
    assert!(e.contains("shop.c") && e.contains("row 2"), "{e}");
    assert!(!e.contains(SECRET), "{e}");
    let full = dump();
    let o = run_bin(&["--rules", &rules], &full[..cut_in_a_string(&full)]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("truncated"), "{}", stderr(&o));
    assert!(!stderr(&o).contains(SECRET));
}

#[test]
fn failed_run_leaves_no_output_file() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let out = w.path("out.sql");
    let full = dump();
    let o = run_bin(
        &["--rules", &rules, "-o", out.to_str().unwrap()],
        &full[..cut_in_a_string(&full)],
    );
    assert_eq!(code(&o), 1);
    let mut names: Vec<String> = std::fs::read_dir(w.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names_sorted(&mut names);
    assert_eq!(
        names,
        ["out.sql.failed.manifest.json", "r.yaml"],
        "no final file and no temporary left; the failed run's manifest records the failure"
    );
    let m = std::fs::read_to_string(w.path("out.sql.failed.manifest.json")).unwrap();
    assert!(m.contains("\"exit_status\": 1"), "{m}");
    let o = run_bin(&["--rules", &rules, "-o", out.to_str().unwrap()], &full);
    assert_eq!(code(&o), 0);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("user@example.invalid"));
    // The good run's manifest; the record of the failure is gone.
    assert!(w.path("out.sql.manifest.json").exists());
    assert!(!w.path("out.sql.failed.manifest.json").exists());
    // A later failure leaves the good output and its manifest alone (see issue 12).
    let good = std::fs::read(&out).unwrap();
    let o = run_bin(
        &["--rules", &rules, "-o", out.to_str().unwrap()],
        &full[..cut_in_a_string(&full)],
    );
    assert_eq!(code(&o), 1);
    assert_eq!(std::fs::read(&out).unwrap(), good);
    let m = std::fs::read_to_string(w.path("out.sql.manifest.json")).unwrap();
    assert!(m.contains("\"exit_status\": 0"), "{m}");
    assert!(w.path("out.sql.failed.manifest.json").exists());
}

#[test]
fn compressed_inputs_and_thread_counts_give_the_same_output() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let plain = dump().repeat(1).into_iter().collect::<Vec<u8>>();
    let want = run_bin(&["--rules", &rules, "-j1"], &plain).stdout;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&plain).unwrap();
    let gz = gz.finish().unwrap();
    let zst = zstd::encode_all(&plain[..], 3).unwrap();
    let gzf = w.write("d.sql.gz", &gz);
    for (args, input) in [
        (vec!["-j2"], gz.clone()),
        (vec!["-j3"], zst),
        (vec!["-j2", gzf.as_str()], Vec::new()),
    ] {
        let mut a = vec!["--rules", rules.as_str()];
        a.extend(args);
        let o = run_bin(&a, &input);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(o.stdout, want);
    }
}

#[test]
fn oversized_statement_names_its_offset() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let o = run_bin(&["--rules", &rules, "--max-statement-size", "64"], &dump());
    assert_eq!(code(&o), 1);
    let e = stderr(&o);
    assert!(e.contains("exceeds 64 bytes") && e.contains("byte "), "{e}");
}

#[test]
fn closed_downstream_pipe_fails_with_one_clear_line() {
    // The reader got an incomplete output: that is a failed run, said once, without a panic.
    let w = Workdir::new();
    let rules = w.write("r.yaml", b"version: 1\ndefault: keep\n");
    let big = w.write(
        "big.sql",
        &"SET @a = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';\n"
            .repeat(400_000)
            .into_bytes(),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_amrit-stream"))
        .args(["--rules", &rules, &big])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = err.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].contains("the output is incomplete"), "{err}");
}

#[test]
fn no_create_info_dump_needs_schema_file() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let schema = w.write(
        "schema.sql",
        b"USE `shop`;\nCREATE TABLE `c` (`id` int NOT NULL, `email` varchar(50), `note` text);\n",
    );
    let data = format!("USE `shop`;\nINSERT INTO `c` VALUES (1,'{SECRET}','n');\n");
    let o = run_bin(&["--rules", &rules], data.as_bytes());
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("--schema"), "{}", stderr(&o));
    let o = run_bin(&["--rules", &rules, "--schema", &schema], data.as_bytes());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "USE `shop`;\nINSERT INTO `c` VALUES (1,'user@example.invalid',NULL);\n"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_exits_130() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", b"version: 1\ndefault: keep\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_amrit-stream"))
        .args(["--rules", &rules, "-o", w.path("out.sql").to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // A dump that keeps coming, as from a slow mysqldump.
    let feeder = std::thread::spawn(move || {
        let chunk =
            "SET @a = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';\n"
                .repeat(20_000);
        for _ in 0..2_000 {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    });
    std::thread::sleep(std::time::Duration::from_millis(500));
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap()
        .success());
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(w.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names_sorted(&mut names);
    assert_eq!(
        names,
        ["out.sql.failed.manifest.json", "r.yaml"],
        "an interrupted run leaves no output file"
    );
    let m = std::fs::read_to_string(w.path("out.sql.failed.manifest.json")).unwrap();
    assert!(m.contains("\"exit_status\": 130"), "{m}");
}

fn names_sorted(names: &mut [String]) {
    names.sort();
}

#[test]
fn every_command_help_has_examples_and_the_exit_code_table() {
    for cmd in [
        "transform",
        "synth",
        "keygen",
        "rules",
        "check",
        "decrypt",
        "encrypt",
        "rekey",
        "verify",
        "profile",
        "convert",
        "prune",
        "refresh",
        "completions",
        "man",
    ] {
        let o = crate::util::run_bin(&[cmd, "--help"], b"");
        let help = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success(), "{cmd}");
        assert!(help.contains("Example"), "{cmd}: no example\n{help}");
        assert!(
            help.contains("Exit codes:") && help.contains("143"),
            "{cmd}: no exit codes\n{help}"
        );
    }
}

#[test]
fn every_man_page_the_top_page_names_is_written() {
    let w = crate::util::Workdir::new();
    let dir = w.path("man1");
    let o = crate::util::run_bin(&["man", "--dir", dir.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let top = std::fs::read_to_string(dir.join("amrit-stream.1")).unwrap();
    let named: Vec<String> = top
        .replace("\\-", "-")
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("amrit-stream-"))
        .map(str::to_string)
        .collect();
    assert!(!named.is_empty(), "the top page names no sub-page");
    for page in named {
        assert!(
            dir.join(format!("{page}.1")).exists(),
            "{page}.1 is named but not written"
        );
    }
}
