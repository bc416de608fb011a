//! Issue 23, fail-safe second pass through the binary: an output that is an input (also through
//! a symlink) is refused before anything is read, `encrypt` refuses empty and cut-short dumps,
//! `convert` refuses an out-dir inside its input directory and a missing key, creates a missing
//! out-dir, and never reads its own outputs; a rule naming a column the table lacks stops the run
//! before the table's rows; `verify` judges `null` and `fixed` columns like kept ones.

use std::path::Path;

use base64::Engine;

use crate::util::{run_bin_env, Workdir};

fn b64(k: &[u8; 32]) -> String {
    base64::engine::general_purpose::STANDARD.encode(k)
}

/// Both keys set.
fn keys() -> Vec<(&'static str, String)> {
    vec![
        ("AMRIT_STREAM_KEY", b64(&[0x42; 32])),
        ("AMRIT_STREAM_ENC_KEY", b64(&[0xa1; 32])),
    ]
}

fn bin(args: &[&str], env: &[(&'static str, String)]) -> (i32, String) {
    let e: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let o = run_bin_env(args, b"", &e);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn sample() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/people.sql")).unwrap()
}

#[test]
fn an_output_that_is_an_input_is_refused_before_reading_in_every_command() {
    let w = Workdir::new();
    let dump = w.write("x.sql", &sample());
    let link = w.path("link.sql");
    std::os::unix::fs::symlink(&dump, &link).unwrap();
    let link = link.to_string_lossy().into_owned();
    let before = std::fs::read(&dump).unwrap();
    let enc = w.path("x.sql.amrenc").to_string_lossy().into_owned();
    let (code, said) = bin(&["encrypt", "-o", &enc, &dump], &keys());
    assert_eq!(code, 0, "{said}");
    let enc_before = std::fs::read(&enc).unwrap();
    let report = w.path("r.json").to_string_lossy().into_owned();
    let profile_arg = format!("--report={link}");
    let verify_arg = format!("--report={dump}");
    for args in [
        vec!["transform", "-o", &dump, &dump],
        vec!["transform", "-o", &link, &dump],
        vec![
            "transform",
            "-o",
            "out.sql",
            "--report",
            &report,
            "--fingerprints",
            &link,
            &dump,
        ],
        vec!["transform", "--metrics-file", &link, "-o", &report, &dump],
        vec!["encrypt", "-o", &dump, &dump],
        vec!["decrypt", "-o", &enc, &enc],
        // `--report` takes several paths: the input comes first.
        vec!["profile", &dump, &profile_arg],
        vec!["verify", &dump, &verify_arg],
    ] {
        let (code, said) = bin(&args, &keys());
        assert_eq!(code, 3, "{args:?}: {said}");
        assert!(said.contains("would replace the input"), "{args:?}: {said}");
    }
    assert_eq!(std::fs::read(&dump).unwrap(), before, "the input changed");
    assert_eq!(
        std::fs::read(&enc).unwrap(),
        enc_before,
        "the backup changed"
    );
}

#[test]
fn encrypt_refuses_empty_and_cut_short_dumps_and_publishes_nothing() {
    let w = Workdir::new();
    let whole = sample();
    let empty = w.write("empty.sql", b"");
    let cut = w.write("cut.sql", &whole[..whole.len() / 2]);
    for (input, why) in [(&empty, "empty"), (&cut, "cut short")] {
        let out = w.path("out.sql.amrenc");
        let (code, said) = bin(
            &["encrypt", "-o", out.to_str().unwrap(), input.as_str()],
            &keys(),
        );
        assert_eq!(code, 1, "{why}: {said}");
        assert!(said.contains(why), "{why}: {said}");
        assert!(!out.exists(), "{why}: a backup was published");
    }
    // Empty on stdin too.
    let (code, said) = bin(&["encrypt", "-o", w.path("o2").to_str().unwrap()], &keys());
    assert_eq!(code, 1, "{said}");
    // A dump known to be whole despite its missing line: the override.
    let out = w.path("ok.sql.amrenc");
    let (code, said) = bin(
        &[
            "encrypt",
            "--allow-incomplete",
            "-o",
            out.to_str().unwrap(),
            &cut,
        ],
        &keys(),
    );
    assert_eq!(code, 0, "{said}");
    assert!(out.exists());
    // The file records it, authenticated with its last chunk; `decrypt --check` says so.
    let (code, said) = bin(&["decrypt", "--check", out.to_str().unwrap()], &keys());
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("NOT proven complete"), "{said}");
    let whole_out = w.path("whole.sql.amrenc");
    let whole_in = w.write("whole.sql", &whole);
    let (code, said) = bin(
        &["encrypt", "-o", whole_out.to_str().unwrap(), &whole_in],
        &keys(),
    );
    assert_eq!(code, 0, "{said}");
    let (code, said) = bin(
        &["decrypt", "--check", whole_out.to_str().unwrap()],
        &keys(),
    );
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("the dump inside: complete"), "{said}");
    // And the plaintext comes back byte for byte.
    let o = run_bin_env(
        &["decrypt", whole_out.to_str().unwrap()],
        b"",
        &keys()
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>(),
    );
    assert!(o.status.success());
    assert_eq!(o.stdout, whole);
}

#[test]
fn convert_guards_its_directories_and_its_key() {
    let w = Workdir::new();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("rules/synthetic.yaml")
        .to_string_lossy()
        .into_owned();
    let raw = w.path("raw");
    std::fs::create_dir(&raw).unwrap();
    std::fs::write(raw.join("people.sql"), sample()).unwrap();
    let raw_s = raw.to_string_lossy().into_owned();
    // An out-dir inside the input directory: refused, nothing written.
    let inside = raw.join("anon");
    let (code, said) = bin(
        &[
            "convert",
            "--rules",
            &rules,
            "--out-dir",
            inside.to_str().unwrap(),
            &raw_s,
        ],
        &keys(),
    );
    assert_eq!(code, 3, "{said}");
    assert!(!inside.exists());
    let (code, said) = bin(
        &["convert", "--rules", &rules, "--out-dir", &raw_s, &raw_s],
        &keys(),
    );
    assert_eq!(code, 3, "{said}");
    // No key: refused unless a one-off key is meant.
    let out = w.path("new/anon");
    let enc_only = vec![("AMRIT_STREAM_ENC_KEY", b64(&[0xa1; 32]))];
    let (code, said) = bin(
        &[
            "convert",
            "--rules",
            &rules,
            "--out-dir",
            out.to_str().unwrap(),
            &raw_s,
        ],
        &enc_only,
    );
    assert_eq!(code, 3, "{said}");
    assert!(said.contains("--one-off-key"), "{said}");
    // A missing out-dir is created.
    let (code, said) = bin(
        &[
            "convert",
            "--rules",
            &rules,
            "--out-dir",
            out.to_str().unwrap(),
            &raw_s,
        ],
        &keys(),
    );
    assert_eq!(code, 0, "{said}");
    assert!(out.join("people.anon.sql.zst.amrenc").exists());
    // Outputs copied back beside the inputs are not read as dumps the next night.
    for e in std::fs::read_dir(&out).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), raw.join(e.file_name())).unwrap();
    }
    let again = w.path("again");
    let (code, said) = bin(
        &[
            "convert",
            "--rules",
            &rules,
            "--out-dir",
            again.to_str().unwrap(),
            &raw_s,
        ],
        &keys(),
    );
    assert_eq!(code, 0, "{said}");
    let made: Vec<String> = std::fs::read_dir(&again)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(made.iter().all(|n| !n.contains(".anon.anon.")), "{made:?}");
    // An empty --notify-url is no webhook, and says nothing.
    let quiet = w.path("quiet");
    let (code, said) = bin(
        &[
            "convert",
            "--rules",
            &rules,
            "--notify-url",
            "",
            "--out-dir",
            quiet.to_str().unwrap(),
            &raw_s,
        ],
        &keys(),
    );
    assert_eq!(code, 0, "{said}");
    assert!(!said.to_lowercase().contains("webhook"), "{said}");
}

#[test]
fn a_rule_for_a_missing_column_stops_before_the_tables_rows() {
    let w = Workdir::new();
    let dump = w.write("x.sql", &sample());
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndefault: keep\ndatabases:\n  synth:\n    tables:\n      people:\n        columns:\n          name: {fixed: X}\n          phone: phone\n          email: null\n          note: null\n          mobile_no: phone\n",
    );
    let out = run_bin_env(&["transform", "--rules", &rules, &dump], b"", &[]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains("mobile_no") && said.contains("before any row"),
        "{said}"
    );
    let written = String::from_utf8_lossy(&out.stdout);
    assert!(
        !written.contains("INSERT INTO `people`"),
        "rows of the table were written"
    );
}

#[test]
fn verify_judges_null_and_fixed_columns_like_kept_ones() {
    let w = Workdir::new();
    // A raw dump read under rules that rewrite its phone column to NULL: the phones are there.
    let dump = w.write("x.sql", &sample());
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndefault: keep\ndatabases:\n  synth:\n    tables:\n      people:\n        columns:\n          name: {fixed: X}\n          phone: null\n          email: null\n          note: null\n",
    );
    let (code, said) = bin(&["verify", "--rules", &rules, &dump], &keys());
    assert_eq!(code, 4, "a raw dump passed verify: {said}");
}

#[test]
fn a_bad_metrics_path_fails_before_anything_is_read_or_published() {
    let w = Workdir::new();
    let dump = w.write("x.sql", &sample());
    let rules = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("rules/synthetic.yaml")
        .to_string_lossy()
        .into_owned();
    let out = w.path("out.sql");
    let (code, said) = bin(
        &[
            "transform",
            "--rules",
            &rules,
            "--metrics-file",
            "/nonexistent-dir/m.prom",
            "-o",
            out.to_str().unwrap(),
            &dump,
        ],
        &keys(),
    );
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("/nonexistent-dir"), "{said}");
    assert!(!out.exists(), "the output was published");
    assert!(
        !w.path("out.sql.manifest.json").exists(),
        "a manifest says the run happened"
    );
}

#[test]
fn a_rule_for_a_missing_table_stops_when_the_dump_moves_to_the_next_database() {
    let w = Workdir::new();
    let dump = w.write(
        "two.sql",
        b"-- MariaDB dump 10.19\n\
USE `db1`;\nCREATE TABLE `t1` (`id` int, `name` varchar(20));\nINSERT INTO `t1` VALUES (1,'a');\n\
USE `db2`;\nCREATE TABLE `t2` (`id` int, `note` varchar(20));\nINSERT INTO `t2` VALUES (1,'MARKER_ROW_OF_DB2');\n\
-- Dump completed on 2026-12-05\n",
    );
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndefault: keep\ndatabases:\n  db1:\n    tables:\n      t1:\n        columns:\n          name: {fixed: X}\n      patients:\n        columns:\n          name: {fixed: X}\n",
    );
    let out = run_bin_env(&["transform", "--rules", &rules, &dump], b"", &[]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains("db1.patients") && said.contains("moved on"),
        "{said}"
    );
    let written = String::from_utf8_lossy(&out.stdout);
    assert!(
        !written.contains("MARKER_ROW_OF_DB2"),
        "the next database's rows were written"
    );
    // --allow-unmatched says the dump is meant to lack it.
    let out = run_bin_env(
        &["transform", "--allow-unmatched", "--rules", &rules, &dump],
        b"",
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
