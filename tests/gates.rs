//! The two gates through the binary, on the synthetic AMRIT sample: `check` (a new column, a
//! newer Flyway version, `transform` stopping before the table's rows, `--check-first`),
//! `verify` (a clean run passes; planted leaks are found; a Verhoeff-invalid number is not an
//! Aadhaar), reports in JSON and HTML (the HTML opened in headless Chromium), and no value from
//! the data in any report, log or error.

use std::path::{Path, PathBuf};
use std::process::Output;

use base64::Engine;

use crate::mariadb::find_tool;
use crate::util::{run_bin_env, skip, Workdir};

const PSEUDO: [u8; 32] = [0x42; 32];
const ENC: [u8; 32] = [0xa1; 32];

fn env() -> Vec<(&'static str, String)> {
    let b = |k: &[u8; 32]| base64::engine::general_purpose::STANDARD.encode(k);
    vec![
        ("AMRIT_STREAM_KEY", b(&PSEUDO)),
        ("AMRIT_STREAM_ENC_KEY", b(&ENC)),
    ]
}

fn bin(args: &[&str]) -> Output {
    let e = env();
    let e: Vec<(&str, &str)> = e.iter().map(|(k, v)| (*k, v.as_str())).collect();
    run_bin_env(args, b"", &e)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn sample(db: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/amrit/{db}.sql"))
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

const DATABASES: [&str; 4] = ["db_identity", "db_1097_identity", "db_iemr", "db_reporting"];

/// The dump without its INSERT statements: what `mysqldump --no-data` gives.
fn schema_only(dump: &str) -> String {
    dump.lines()
        .filter(|l| !l.starts_with("INSERT INTO"))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn with_alt_mobile(dump: &str) -> String {
    let at = "CREATE TABLE `i_beneficiarydetails` (\n";
    assert!(dump.contains(at));
    dump.replacen(
        at,
        &format!("{at}  `AltMobileNo` varchar(15) DEFAULT NULL,\n"),
        1,
    )
}

fn flyway_row(version: u32, success: u8) -> String {
    format!(
        "INSERT INTO `flyway_schema_history` (`installed_rank`,`version`,`description`,`type`,`script`,`checksum`,`installed_by`,`installed_on`,`execution_time`,`success`) VALUES ({version},'{version}','new migration','SQL','V{version}__new.sql',1,'amrit','2026-11-01 00:00:00',3,{success});\n"
    )
}

/// The dump `text` with `extra` statements added before its closing `-- Dump completed` line
/// (a dump with statements after that line would be cut short and is refused).
fn before_trailer(text: &str, extra: &str) -> String {
    let at = text
        .rfind("\n-- Dump completed")
        .map_or(text.len(), |i| i + 1);
    format!("{}{extra}{}", &text[..at], &text[at..])
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn a_new_column_fails_check_naming_exactly_it_and_stops_transform_before_its_rows() {
    let w = Workdir::new();
    let mut schemas = Vec::new();
    for db in DATABASES {
        let text = std::fs::read_to_string(sample(db)).unwrap();
        let mut schema = schema_only(&text);
        if db == "db_identity" {
            schema = with_alt_mobile(&schema);
        }
        schemas.push(w.write(&format!("{db}.schema.sql"), schema.as_bytes()));
    }
    let report = w.path("check.json");
    let mut args = vec!["check", "--report", report.to_str().unwrap()];
    args.extend(schemas.iter().map(String::as_str));
    let o = bin(&args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    let uncovered: Vec<&str> = err.lines().filter(|l| l.contains("no rule: ")).collect();
    assert_eq!(uncovered.len(), 1, "{err}");
    assert!(uncovered[0].ends_with("no rule: db_identity.i_beneficiarydetails.AltMobileNo"));
    let r = json(&report);
    assert_eq!(r["passed"], false);
    assert_eq!(
        r["report"]["uncovered"],
        serde_json::json!(["db_identity.i_beneficiarydetails.AltMobileNo"])
    );
    assert_eq!(r["report"]["tables"], 718);

    // The unmodified schema passes, Flyway versions included.
    let clean = w.write(
        "clean.sql",
        schema_only(&std::fs::read_to_string(sample("db_identity")).unwrap()).as_bytes(),
    );
    let o = bin(&["check", &clean]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // The full dump with the new column: transform stops before any row of that table.
    let full = with_alt_mobile(&std::fs::read_to_string(sample("db_identity")).unwrap());
    let full = w.write("full.sql", full.as_bytes());
    let o = bin(&["-q", &full]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("INSERT INTO `i_beneficiaryaccount`"),
        "earlier tables are written"
    );
    assert!(!out.contains("INSERT INTO `i_beneficiarydetails`"));
    assert!(stderr(&o).contains("db_identity.i_beneficiarydetails.AltMobileNo"));
    // With --check-first nothing at all is written.
    let o = bin(&["-q", "--check-first", &full]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_newer_flyway_version_fails_the_gate() {
    let w = Workdir::new();
    let text = std::fs::read_to_string(sample("db_identity")).unwrap();
    let newer = w.write(
        "newer.sql",
        before_trailer(&text, &flyway_row(19, 1)).as_bytes(),
    );
    let o = bin(&["check", &newer]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("flyway: db_identity is at version 19, newer than the 18"),
        "{}",
        stderr(&o)
    );
    let o = bin(&["-q", "--check-first", &newer]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "nothing written before the gate");
    // Without --check-first, transform stops at the history rows, before writing them.
    let o = bin(&["-q", &newer]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("Flyway version 19 of db_identity is newer than the 18"));
    assert!(!String::from_utf8_lossy(&o.stdout).contains("V19__new.sql"));
    // A failed migration does not count; the rules' own version passes.
    let failed = w.write(
        "failed.sql",
        before_trailer(&text, &flyway_row(19, 0)).as_bytes(),
    );
    let o = bin(&["check", &failed]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("flyway: db_identity at version 18 (rules: 18)"));
}

/// The first value of `column` in `table` of a dump.
fn first_value(dump: &Path, table: &str, column: &str) -> String {
    let input = std::fs::read(dump).unwrap();
    let mut found = None;
    amrit_stream::gates::scan::scan(
        &input[..],
        None,
        |_, t| t.name == table,
        |r| {
            if found.is_some() {
                return;
            }
            let ci = r.table.column_index(column).unwrap();
            let vi = r.columns.iter().position(|c| *c == ci).unwrap();
            let v = amrit_stream::dump::insert::decode(r.stmt, &r.spans[vi]).unwrap();
            found = Some(String::from_utf8(v.into_owned()).unwrap());
        },
    )
    .unwrap();
    found.unwrap()
}

#[test]
fn verify_passes_a_clean_run_and_finds_planted_leaks_by_column_and_row() {
    let w = Workdir::new();
    for db in DATABASES {
        let out = w.path(&format!("{db}.anon.sql"));
        let fp = w.path(&format!("{db}.fp.amrenc"));
        let o = bin(&[
            "-q",
            &s(&sample(db)),
            "-o",
            &s(&out),
            "--fingerprints",
            &s(&fp),
        ]);
        assert!(o.status.success(), "{db}: {}", stderr(&o));
        let o = bin(&["verify", &s(&out), "--fingerprints", &s(&fp)]);
        assert_eq!(o.status.code(), Some(0), "{db}: {}", stderr(&o));
    }
    // The source itself is full of personal data: verify with the run's fingerprints fails.
    let o = bin(&[
        "verify",
        &s(&sample("db_identity")),
        "--fingerprints",
        &s(&w.path("db_identity.fp.amrenc")),
    ]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));

    // Plant leaks in the anonymized db_identity.
    let original_phone = first_value(
        &sample("db_identity"),
        "i_beneficiarycontacts",
        "PreferredPhoneNum",
    );
    let anon = std::fs::read_to_string(w.path("db_identity.anon.sql")).unwrap();
    let planted = before_trailer(
        &anon,
        &format!(
            "INSERT INTO `i_beneficiarydetails` (`Remarks`) VALUES ('asked to call back on 98123 45670 after 5pm');\n\
             INSERT INTO `i_beneficiarydetails` (`Others`) VALUES ('UID 2345 6789 0124 seen');\n\
             INSERT INTO `i_beneficiarydetails` (`SyncFailureReason`) VALUES ('ref 2345 6789 0125');\n\
             INSERT INTO `i_beneficiarycontacts` (`PreferredPhoneNum`) VALUES ('{original_phone}');\n"
        ),
    );
    let p = w.write("planted.sql", planted.as_bytes());
    let report = w.path("verify.json");
    let o = bin(&[
        "verify",
        &p,
        "--fingerprints",
        &s(&w.path("db_identity.fp.amrenc")),
        "--report",
        &s(&report),
    ]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let r = json(&report);
    let found = |list: &str| -> Vec<(String, String, u64, Vec<u64>)> {
        r["report"][list]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["column"].as_str().unwrap().to_string(),
                    f["kind"].as_str().unwrap().to_string(),
                    f["count"].as_u64().unwrap(),
                    f["rows"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_u64().unwrap())
                        .collect(),
                )
            })
            .collect()
    };
    let mut patterns = found("patterns");
    patterns.sort();
    assert_eq!(
        patterns,
        vec![
            (
                "db_identity.i_beneficiarydetails.Others".into(),
                "aadhaar".into(),
                1,
                vec![PEOPLE + 2]
            ),
            (
                "db_identity.i_beneficiarydetails.Remarks".into(),
                "mobile".into(),
                1,
                vec![PEOPLE + 1]
            ),
        ],
        "the Verhoeff-invalid number in SyncFailureReason is not an Aadhaar"
    );
    assert_eq!(
        found("survivors"),
        vec![(
            "db_identity.i_beneficiarycontacts.PreferredPhoneNum".into(),
            "survivor:phone".into(),
            1,
            vec![PEOPLE + 1]
        )]
    );
    assert_eq!(r["passed"], false);
    let err = stderr(&o);
    assert!(!err.contains("98123") && !err.contains(&original_phone) && !err.contains("2345 6789"));
}

/// Synthetic people in the committed AMRIT sample (one row each in the identity tables).
const PEOPLE: u64 = 284;

/// Markers planted in the source: none may appear in anything but the dump itself.
const MARKERS: [&str; 6] = [
    "Zqxmarkfirst",
    "Zqxmarklast",
    "9000012345",
    "9000012346",
    "zqx.mark@gmail.com",
    "Zqxmarknote",
];

#[test]
fn no_report_log_or_error_contains_a_value() {
    let w = Workdir::new();
    let text = std::fs::read_to_string(sample("db_identity")).unwrap();
    let src = w.write(
        "src.sql",
        before_trailer(
            &text,
            "INSERT INTO `i_beneficiarydetails` (`FirstName`,`LastName`,`Remarks`) VALUES ('Zqxmarkfirst','Zqxmarklast','Zqxmarknote: Patient Zqxmarkfirst, call 9000012345, mail zqx.mark@gmail.com');\n\
             INSERT INTO `i_beneficiarycontacts` (`PreferredPhoneNum`,`EmailId`) VALUES ('9000012346','zqx.mark@gmail.com');\n",
        )
        .as_bytes(),
    );
    let out = w.path("out.sql.zst.amrenc");
    let fp = w.path("fp.amrenc");
    let mut logs = String::new();
    let mut run = |args: &[&str]| -> Output {
        let o = bin(args);
        logs.push_str(&stderr(&o));
        o
    };
    let o = run(&[
        &src,
        "-o",
        &s(&out),
        "--compress",
        "zstd",
        "--encrypt",
        "--fingerprints",
        &s(&fp),
        "--mapping-out",
        &s(&w.path("map.amrenc")),
        "--report",
        &s(&w.path("run.json")),
        "--report",
        &s(&w.path("run.html")),
        "--check-first",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for (name, args) in [
        ("check", vec!["check", src.as_str(), "--report"]),
        (
            "verify-src",
            vec![
                "verify",
                src.as_str(),
                "--fingerprints",
                fp.to_str().unwrap(),
                "--report",
            ],
        ),
        (
            "verify-out",
            vec![
                "verify",
                out.to_str().unwrap(),
                "--fingerprints",
                fp.to_str().unwrap(),
                "--report",
            ],
        ),
    ] {
        for ext in ["json", "html"] {
            let r = s(&w.path(&format!("{name}.{ext}")));
            let mut a = args.clone();
            a.push(&r);
            run(&a);
        }
    }
    // Errors: an uncovered column (drift), a truncated dump, a bad rules file.
    let strict = w.write(
        "strict.yaml",
        b"version: 1\ndatabases:\n  db_identity:\n    tables:\n      i_beneficiarydetails:\n        columns:\n          FirstName: first_name\n",
    );
    let o = run(&["-q", "--rules", &strict, &src]);
    assert_eq!(o.status.code(), Some(2));
    let cut = w.write("cut.sql", &std::fs::read(&src).unwrap()[..text.len() + 60]);
    let o = run(&["-q", &cut]);
    assert_ne!(o.status.code(), Some(0));
    // The source verify must have failed: it holds the markers.
    assert!(logs.contains("leak found"), "{logs}");

    let mut texts = vec![("logs".to_string(), logs)];
    for e in std::fs::read_dir(w.dir.path()).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name == "src.sql" || name == "cut.sql" {
            continue;
        }
        texts.push((
            name,
            String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned(),
        ));
    }
    assert!(
        texts.len() >= 12,
        "{:?}",
        texts.iter().map(|t| &t.0).collect::<Vec<_>>()
    );
    for (name, t) in &texts {
        for m in MARKERS {
            assert!(!t.contains(m), "{name} contains a value from the data");
        }
    }
}

#[test]
fn the_html_report_renders_its_summary_in_headless_chromium() {
    let Some(chromium) = find_tool(&["chromium", "chromium-browser", "google-chrome"]) else {
        skip(
            "the_html_report_renders_its_summary_in_headless_chromium",
            "Chromium is not installed (apt-get install chromium)",
        );
        return;
    };
    let w = Workdir::new();
    let html = w.path("run.html");
    let jsn = w.path("run.json");
    let o = bin(&[
        "-q",
        &s(&sample("db_iemr")),
        "--report",
        &s(&html),
        "--report",
        &s(&jsn),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = json(&jsn);
    let values = r["summary"]["values rewritten"]
        .as_str()
        .unwrap()
        .to_string();
    let rows = r["summary"]["rows in rewritten tables"]
        .as_str()
        .unwrap()
        .to_string();
    let profile = w.path("profile");
    let out = std::process::Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            &format!("--user-data-dir={}", profile.display()),
            "--dump-dom",
            &format!("file://{}", html.display()),
        ])
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("<div id=\"summary\" class=\"pass\">"), "{dom}");
    assert!(dom.contains(">PASS<"));
    assert!(dom.contains(&format!("<dt>values rewritten</dt><dd>{values}</dd>")));
    assert!(dom.contains(&format!("<dt>rows in rewritten tables</dt><dd>{rows}</dd>")));
    // The page's script ran: each table is sorted by its first count column, largest first.
    assert!(
        dom.contains("data-sorted=\"1:desc\""),
        "the sort script did not run"
    );
    let counts: Vec<u64> = dom
        .split("<table class=\"sortable\" id=\"t0\"")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap()
        .split("<td class=\"num\" data-v=\"")
        .skip(1)
        .step_by(3)
        .map(|c| c.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(counts.len() > 3);
    assert!(counts.windows(2).all(|p| p[0] >= p[1]), "{counts:?}");
}

#[test]
fn verify_reports_the_runs_original_names_outside_name_columns() {
    let w = Workdir::new();
    let (out, fp) = (w.path("iemr.anon.sql"), w.path("iemr.fp.amrenc"));
    let o = bin(&[
        "-q",
        &s(&sample("db_iemr")),
        "-o",
        &s(&out),
        "--fingerprints",
        &s(&fp),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let names = |input: &std::path::Path| -> Vec<String> {
        let report = w.path("names.json");
        let _ = std::fs::remove_file(&report);
        let o = bin(&[
            "verify",
            &s(input),
            "--fingerprints",
            &s(&fp),
            "--report",
            &s(&report),
        ]);
        assert!(matches!(o.status.code(), Some(0 | 4)), "{}", stderr(&o));
        json(&report)["report"]["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["column"].as_str().unwrap().to_string())
            .collect()
    };
    // The scrubbed notes hold fake names only: none of the run's originals.
    assert_eq!(names(&out), Vec::<String>::new());
    // The source's notes name the beneficiaries of the run's name columns.
    let found = names(&sample("db_iemr"));
    assert!(
        found.contains(&"db_iemr.t_bencall.Remarks".to_string()),
        "{found:?}"
    );
}

#[test]
fn names_from_an_earlier_run_are_scrubbed_from_notes_without_a_cue() {
    let w = Workdir::new();
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndatabases:\n  ident:\n    tables:\n      person:\n        columns:\n          id: keep\n          FullName: full_name\n  care:\n    tables:\n      visit:\n        columns:\n          id: keep\n          Notes: scrub\n",
    );
    let people = w.write(
        "ident.sql",
        b"USE `ident`;\nCREATE TABLE `person` (`id` int, `FullName` varchar(60));\nINSERT INTO `person` VALUES (1,'Tejaswini Borkar'),(2,'Hrithvik Zankar');\n",
    );
    let visits = w.write(
        "care.sql",
        b"USE `care`;\nCREATE TABLE `visit` (`id` int, `Notes` text);\nINSERT INTO `visit` VALUES (1,'visited tejaswini borkar at home, fever since two days'),(2,'HRITHVIK referred to CHC');\n",
    );
    let fp = w.path("ident.fp.amrenc");
    let o = bin(&[
        "-q",
        "--rules",
        &rules,
        &people,
        "-o",
        &s(&w.path("ident.anon.sql")),
        "--fingerprints",
        &s(&fp),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Without the earlier run's names the lexicon does not know these: they stay.
    let o = bin(&["-q", "--rules", &rules, &visits]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("tejaswini borkar"));
    let o = bin(&["-q", "--rules", &rules, &visits, "--names-from", &s(&fp)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout).to_lowercase();
    for name in ["tejaswini", "borkar", "hrithvik"] {
        assert!(!out.contains(name), "{name} survived");
    }
    assert!(out.contains(" at home, fever since two days") && out.contains(" referred to chc"));
}
