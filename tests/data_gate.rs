//! The data gate inside `transform`: a kept column whose content is personal stops the run
//! (exit 2) before any row of its table is written; a later verdict aborts an `-o` run with
//! nothing published; waivers let a reviewed column through and are reported; when the gate
//! passes, the output is byte for byte what the engine writes without it. The planted values
//! never appear in any output but the dump.

use std::path::Path;

use amrit_stream::transform::{self, Options};

use crate::util::{rules, run_bin_env, transform_gated, Workdir};

const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// A phone number that no rule generates, planted in the data (and searched for in outputs).
fn phone(i: u64) -> String {
    format!(
        "{}{:09}",
        6 + i % 4,
        (i * 7_919_113 + 12_345) % 1_000_000_000
    )
}

/// A dump of `db`: table `clean` (codes only), then `calls` whose `SMS_Ph` holds a mobile
/// from row `from` on (NULL before), `rows` rows in INSERTs of 500.
fn dump(rows: u64, from: u64) -> String {
    let mut d = String::from("-- MySQL dump 10.13\nUSE `db`;\nCREATE TABLE `clean` (\n  `id` int NOT NULL,\n  `code` varchar(10) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\nINSERT INTO `clean` VALUES (1,'SCN-125'),(2,'SCN-126');\nCREATE TABLE `calls` (\n  `id` int NOT NULL,\n  `SMS_Ph` varchar(20) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n");
    for chunk in (0..rows).collect::<Vec<_>>().chunks(500) {
        let vals: Vec<String> = chunk
            .iter()
            .map(|&i| {
                if i >= from {
                    format!("({i},'{}')", phone(i))
                } else {
                    format!("({i},NULL)")
                }
            })
            .collect();
        d.push_str(&format!("INSERT INTO `calls` VALUES {};\n", vals.join(",")));
    }
    d.push_str("-- Dump completed on 2026-01-01  0:00:00\n");
    d
}

const KEEP: &str = "version: 1\ndefault: keep\n";

#[test]
fn a_kept_phone_column_stops_the_run_before_its_first_row() {
    let input = dump(600, 0);
    let mut out = Vec::new();
    let opts = Options::default();
    let e = transform::run(input.as_bytes(), &mut out, &rules(KEEP), None, &opts).unwrap_err();
    assert_eq!(amrit_stream::Exit::of(&e) as u8, 2, "{e}");
    let msg = e.to_string();
    assert!(
        msg.contains("db.calls.SMS_Ph") && msg.contains("mobile"),
        "{msg}"
    );
    assert!(msg.contains("no row of the table was written"), "{msg}");
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("INSERT INTO `clean`"),
        "what came before is written"
    );
    assert!(
        !out.contains("INSERT INTO `calls`"),
        "not one row of the table"
    );
    for i in 0..600 {
        assert!(!msg.contains(&phone(i)));
    }
}

#[test]
fn a_rule_for_the_column_passes_the_gate() {
    let r = rules("version: 1\ndefault: keep\ndatabases:\n  db:\n    tables:\n      calls:\n        columns:\n          SMS_Ph: phone\n");
    let (out, stats) = transform_gated(dump(600, 0).as_bytes(), &r, 2, Default::default()).unwrap();
    assert_eq!(stats.tables["db.calls"].rows, 600);
    assert!(!String::from_utf8(out).unwrap().contains(&phone(7)));
}

#[test]
fn a_verdict_after_the_held_rows_aborts_and_publishes_nothing() {
    // The first 3,000 rows hold no phone (the column is too sparse to be called NOT), then
    // phones: the gate has released the table's first rows, so the run fails and `-o` writes
    // nothing under the output's name.
    let w = Workdir::new();
    let input = w.write("in.sql", dump(4_000, 3_000).as_bytes());
    let r = w.write("r.yaml", KEEP.as_bytes());
    let out = w.path("out.sql");
    let report = w.path("run.json");
    let o = run_bin_env(
        &[
            "--rules",
            &r,
            "-o",
            out.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            &input,
        ],
        b"",
        &[("AMRIT_STREAM_KEY", KEY)],
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("the output is incomplete"), "{err}");
    assert!(!out.exists(), "nothing published");
    assert!(!Path::new(&format!("{}.manifest.json", out.display())).exists());
    let report_text = std::fs::read_to_string(&report).unwrap_or_default();
    for i in 3_000..4_000 {
        assert!(!err.contains(&phone(i)) && !report_text.contains(&phone(i)));
    }
}

#[test]
fn a_waiver_lets_a_reviewed_column_through_and_is_reported() {
    let w = Workdir::new();
    let input = w.write("in.sql", dump(600, 0).as_bytes());
    let r = w.write(
        "r.yaml",
        b"version: 1\ndefault: keep\ndatabases:\n  db:\n    tables:\n      calls:\n        waivers:\n          - {column: SMS_Ph, detector: mobile, share: 1.0, reason: helpline test numbers}\n",
    );
    let out = w.path("out.sql");
    let report = w.path("run.json");
    let o = run_bin_env(
        &[
            "-q",
            "--rules",
            &r,
            "-o",
            out.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            &input,
        ],
        b"",
        &[("AMRIT_STREAM_KEY", KEY)],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(std::fs::read(&out).unwrap(), dump(600, 0).as_bytes());
    let report = std::fs::read_to_string(&report).unwrap();
    assert!(report.contains("helpline test numbers"), "{report}");
    assert!(!report.contains(&phone(5)));
}

#[test]
fn when_the_gate_passes_the_bytes_are_the_engines() {
    let Some(samples) =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/amrit")).ok()
    else {
        panic!("samples/amrit is part of the repository");
    };
    let rules = amrit_stream::amrit::rules();
    let key = std::sync::Arc::new(amrit_stream::io::keys::MasterKey::from_bytes([7; 32]));
    for f in samples {
        let input = std::fs::read(f.unwrap().path()).unwrap();
        let run = |gate: bool| {
            let mut out = Vec::new();
            let opts = Options {
                key: Some(key.clone()),
                without_data_gate: !gate,
                ..Options::default()
            };
            transform::run(&input[..], &mut out, &rules, None, &opts).unwrap();
            out
        };
        assert!(run(true) == run(false));
    }
}

#[test]
fn profile_exits_2_names_the_column_and_prints_no_value() {
    let w = Workdir::new();
    let input = w.write("in.sql", dump(600, 0).as_bytes());
    let r = w.write("r.yaml", KEEP.as_bytes());
    let (json, html) = (w.path("p.json"), w.path("p.html"));
    let o = run_bin_env(
        &[
            "profile",
            "--rules",
            &r,
            "--report",
            json.to_str().unwrap(),
            "--report",
            html.to_str().unwrap(),
            &input,
        ],
        b"",
        &[],
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("db.calls.SMS_Ph") && err.contains("mobile"),
        "{err}"
    );
    let outputs = [
        err,
        String::from_utf8_lossy(&o.stdout).to_string(),
        std::fs::read_to_string(&json).unwrap(),
        std::fs::read_to_string(&html).unwrap(),
    ];
    assert!(outputs[2].contains("\"PERSONAL\""));
    for i in 0..600 {
        let p = phone(i);
        for text in &outputs {
            assert!(!text.contains(&p), "the value of row {i} is in an output");
        }
    }
}

/// The built-in rules with `t_bencall.SMS_Ph` (phones, as the sample generator describes it)
/// turned back to `keep`, as they were before the data gate found it.
fn rules_keeping_sms_ph(w: &Workdir) -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/amrit.yaml"))
        .unwrap()
        .replace("SMS_Ph: phone", "SMS_Ph: keep");
    w.write("kept.yaml", text.as_bytes())
}

#[test]
fn a_planted_kept_column_fails_profile_transform_and_verify_and_its_rule_fixes_all() {
    let w = Workdir::new();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/amrit/db_iemr.sql");
    let bad = rules_keeping_sms_ph(&w);
    let env = [("AMRIT_STREAM_KEY", KEY)];
    let err = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).to_string();

    let o = run_bin_env(&["profile", "-q", "--rules", &bad, sample], b"", &env);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("db_iemr.t_bencall.SMS_Ph"), "{}", err(&o));

    let o = run_bin_env(&["-q", "--rules", &bad, sample], b"", &env);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("db_iemr.t_bencall.SMS_Ph"), "{}", err(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        !out.contains("INSERT INTO `t_bencall`"),
        "no row of the table"
    );

    let o = run_bin_env(&["verify", "-q", "--rules", &bad, sample], b"", &env);
    assert_eq!(o.status.code(), Some(4), "{}", err(&o));
    assert!(err(&o).contains("db_iemr.t_bencall.SMS_Ph"), "{}", err(&o));

    // With the built-in rule (`phone`): all three pass.
    let o = run_bin_env(&["profile", "-q", sample], b"", &env);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let anon = w.path("anon.sql");
    let o = run_bin_env(&["-q", "-o", anon.to_str().unwrap(), sample], b"", &env);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = run_bin_env(&["verify", "-q", anon.to_str().unwrap()], b"", &env);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
}

#[test]
fn profile_reads_the_head_of_a_dump_only_when_allowed() {
    let w = Workdir::new();
    // The head of a dump, cut at a statement boundary: no closing line.
    let full = dump(2_000, 0);
    let cut = full.match_indices("INSERT INTO `calls`").nth(2).unwrap().0;
    let head = &full[..cut];
    assert!(!head.contains("Dump completed"));
    let path = w.write("head.sql", head.as_bytes());
    let keep = w.write("keep.yaml", KEEP.as_bytes());
    let err = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).to_string();
    let o = run_bin_env(&["profile", "-q", "--rules", &keep, &path], b"", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("Dump completed"), "{}", err(&o));
    let o = run_bin_env(
        &[
            "profile",
            "-q",
            "--allow-incomplete",
            "--rules",
            &keep,
            &path,
        ],
        b"",
        &[],
    );
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("db.calls.SMS_Ph"), "{}", err(&o));
}
