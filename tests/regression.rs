//! Regression tests for failures seen in peer tools on this corpus, named after the issue.

use amrit_stream::dump::reader::ReaderOptions;

use crate::util::{corpus, read_dump, rules, transform};

// See issue 2: a peer skipped 94% of MariaDB's row-per-line rows after the first statement.
#[test]
fn issue_2_row_per_line_inserts_are_all_rewritten() {
    let Some(dir) = corpus("issue_2_row_per_line_inserts_are_all_rewritten") else {
        return;
    };
    let input = read_dump(&dir.join("mariadb/employees.default.sql.zst"));
    let r = rules("version: 1\ndefault: keep\ndatabases:\n  employees:\n    tables:\n      employees:\n        columns:\n          first_name: {fixed: Xx}\n      salaries:\n        columns:\n          salary: {fixed: 1}\n");
    let (out, stats) = transform(&input, &r, 2, ReaderOptions::default()).unwrap();
    assert_eq!(stats.tables["employees.employees"].rows, 300_024);
    assert_eq!(
        stats.tables["employees.employees"].values_rewritten,
        300_024
    );
    assert_eq!(stats.tables["employees.salaries"].rows, 2_959_792);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("(10001,'1953-09-02','Xx','Facello','M','1986-06-26'),\n"),
        "first row rewritten"
    );
    assert!(
        text.contains("(310024,'1962-02-16','Xx','Magalhaes','M','1997-03-26');"),
        "last row rewritten"
    );
}

// See issue 2: a peer passed `INSERT IGNORE` (and `REPLACE`) rows through untouched.
#[test]
fn issue_2_insert_ignore_and_replace_rows_are_rewritten() {
    let Some(dir) = corpus("issue_2_insert_ignore_and_replace_rows_are_rewritten") else {
        return;
    };
    let r = rules("version: 1\ndefault: keep\ndatabases:\n  hardcases:\n    tables:\n      customers:\n        columns:\n          phone: {fixed: '000'}\n");
    for f in ["hardcases.insert-ignore.sql", "hardcases.replace.sql"] {
        let input = read_dump(&dir.join("mariadb").join(f));
        let (_, stats) = transform(&input, &r, 2, ReaderOptions::default()).unwrap();
        assert_eq!(
            stats.tables.get("hardcases.customers").map(|t| t.rows),
            Some(500),
            "{f}: {stats:?}"
        );
    }
}

// See issue 2: `--skip-opt` writes CREATE TABLE without table options; MariaDB's PAGE_CHECKSUM and
// PARTITION options defeat sqlparser; every table must still be understood.
#[test]
fn issue_2_create_table_with_and_without_options_parses() {
    let Some(dir) = corpus("issue_2_create_table_with_and_without_options_parses") else {
        return;
    };
    for f in ["hardcases.skip-opt.sql", "hardcases.default.sql"] {
        let input = read_dump(&dir.join("mariadb").join(f));
        let creates = String::from_utf8_lossy(&input)
            .matches("CREATE TABLE `")
            .count();
        let cat = amrit_stream::dump::walk::read_catalog(&input[..], None).unwrap();
        assert_eq!(cat.len(), creates, "{f}: every CREATE TABLE parsed");
        assert_eq!(
            cat.get(Some("hardcases"), "customers")
                .unwrap()
                .columns
                .len(),
            5
        );
        assert_eq!(
            cat.get(Some("hardcases"), "part_tbl")
                .unwrap()
                .primary_key
                .len(),
            2
        );
    }
}

// See issue 2: INSERTs inside `DELIMITER ;;` trigger and routine bodies are code.
#[test]
fn issue_2_delimiter_bodies_are_left_alone() {
    let Some(dir) = corpus("issue_2_delimiter_bodies_are_left_alone") else {
        return;
    };
    let input = read_dump(&dir.join("mariadb/hardcases.routines-triggers-events.sql"));
    let r = rules("version: 1\ndefault: keep\ndatabases:\n  hardcases:\n    tables:\n      audit_log:\n        columns:\n          msg: {fixed: M}\n      customers:\n        columns:\n          email: email\n          full_name: {fixed: f}\n");
    let (out, stats) = transform(&input, &r, 2, ReaderOptions::default()).unwrap();
    assert_eq!(
        stats.tables["hardcases.audit_log"].rows, 2,
        "only the two data rows"
    );
    let (i, o) = (
        String::from_utf8_lossy(&input),
        String::from_utf8_lossy(&out),
    );
    for body in [
        "INSERT INTO audit_log (msg) VALUES ('second),(insert'), ('third -- row');",
        "INSERT INTO audit_log (msg) VALUES (CONCAT('order ', NEW.id, '; total=', NEW.total));",
    ] {
        assert!(
            i.contains(body) && o.contains(body),
            "trigger body kept: {body}"
        );
    }
    let routine_inserts = |s: &str| s.matches("INSERT INTO customers").count();
    assert!(routine_inserts(&i) > 0);
    assert_eq!(routine_inserts(&o), routine_inserts(&i));
    assert!(o.contains("(1,'M','2000-01-01 00:00:00'),\n(2,'M','2000-01-01 00:00:00');"));
}

// See issue 2: identifiers with doubled backticks, spaces and Devanagari map to the right columns.
#[test]
fn issue_2_doubled_backtick_identifiers_map_to_the_right_columns() {
    let Some(dir) = corpus("issue_2_doubled_backtick_identifiers_map_to_the_right_columns") else {
        return;
    };
    let r = rules("version: 1\ndefault: keep\ndatabases:\n  hardcases:\n    tables:\n      \"odd `name` with space\":\n        columns:\n          \"back`tick\": {fixed: Z}\n          \"नाम\": {fixed: N}\n");
    for f in ["hardcases.default.sql", "hardcases.complete-insert.sql"] {
        let input = read_dump(&dir.join("mariadb").join(f));
        let (out, stats) = transform(&input, &r, 1, ReaderOptions::default()).unwrap();
        assert_eq!(
            stats.tables["hardcases.odd `name` with space"].rows, 3,
            "{f}"
        );
        let o = String::from_utf8_lossy(&out);
        assert!(o.contains("(1,'a b','Z','N','VALUES (',1),\n(2,NULL,'Z','N',');',-2),\n(3,'\\'','Z','N','x),(y',NULL);"), "{f}");
    }
}

mod issue_12 {
    //! See issue 12: values a strategy cannot read, rules that match nothing, rules that do not
    //! fit, and a raw dump that `verify` passed.

    use crate::util::{run_bin, Workdir};

    fn code(o: &std::process::Output) -> i32 {
        o.status.code().unwrap_or(-1)
    }

    fn stderr(o: &std::process::Output) -> String {
        String::from_utf8_lossy(&o.stderr).into_owned()
    }

    const DUMP: &str = "-- MariaDB dump 10.19\n--\n-- Host: localhost    Database: shop\nCREATE TABLE `c` (\n  `id` int NOT NULL,\n  `phone` varchar(60) DEFAULT NULL,\n  `dob` varchar(20) DEFAULT NULL,\n  `email` varchar(60) DEFAULT NULL\n);\nINSERT INTO `c` VALUES (1,'9876543210/9123456789','12/05/1980','ravi.kumar@gmail.com'),(2,'Home: 09811122233 Office: +91 99887 76655','Jan 3, 1975','x@example.org'),(3,'call Suresh','sometime','n/a'),(4,'N/A','1969',NULL);\n-- Dump completed on 2026-11-30 10:00:00\n";

    #[test]
    fn issue_12_every_phone_and_date_is_rewritten_and_unreadable_values_take_the_fallback() {
        let w = Workdir::new();
        let rules = w.write("r.yaml", b"version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: keep\n          phone: phone\n          dob: birth_date\n          email: email\n");
        let report = w.path("run.json");
        let o = run_bin(
            &["--rules", &rules, "--report", report.to_str().unwrap()],
            DUMP.as_bytes(),
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let out = String::from_utf8(o.stdout.clone()).unwrap();
        for original in [
            "9876543210",
            "9123456789",
            "9811122233",
            "99887 76655",
            "12/05/1980",
            "Jan 3, 1975",
            "Suresh",
            "sometime",
            "'1969'",
            "ravi.kumar",
        ] {
            assert!(!out.contains(original), "{original} survived:\n{out}");
        }
        assert!(
            out.contains("Home: 0") && out.contains(" Office: +91 "),
            "labels and prefixes stay: {out}"
        );
        assert!(out.contains("'N/A'"), "a placeholder holds nothing: {out}");
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
        let fb = &json["report"]["fallbacks"];
        assert_eq!(fb["shop.c.phone"], 1, "{fb}");
        assert_eq!(fb["shop.c.dob"], 1, "{fb}");
        assert!(stderr(&o).contains("took its fallback"), "{}", stderr(&o));
    }

    #[test]
    fn issue_12_a_misspelled_database_with_default_keep_is_an_error() {
        let w = Workdir::new();
        let typo = w.write("r.yaml", b"version: 1\ndefault: keep\ndatabases:\n  shpo:\n    tables:\n      c:\n        columns:\n          phone: phone\n");
        let dump = w.write("d.sql", DUMP.as_bytes());
        let out = w.path("out.sql");
        let o = run_bin(&["--rules", &typo, "-o", out.to_str().unwrap(), &dump], b"");
        assert_eq!(code(&o), 2, "{}", stderr(&o));
        assert!(
            stderr(&o).contains("shpo") && stderr(&o).contains("--allow-unmatched"),
            "{}",
            stderr(&o)
        );
        assert!(!out.exists(), "no output under the final name");
        let c = run_bin(&["check", "--rules", &typo, &dump], b"");
        assert_eq!(code(&c), 2, "{}", stderr(&c));
        let ok = run_bin(
            &[
                "--rules",
                &typo,
                "--allow-unmatched",
                "-o",
                out.to_str().unwrap(),
                &dump,
            ],
            b"",
        );
        assert_eq!(code(&ok), 0, "{}", stderr(&ok));
        assert!(
            stderr(&ok).contains("rule for shpo matched nothing"),
            "{}",
            stderr(&ok)
        );
    }

    #[test]
    fn issue_12_a_rule_that_does_not_fit_exits_2_and_names_the_type_in_words() {
        let w = Workdir::new();
        let rules = w.write("r.yaml", b"version: 1\ndefault: keep\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          dob: email\n");
        let o = run_bin(&["--rules", &rules], DUMP.as_bytes());
        assert_eq!(code(&o), 2, "{}", stderr(&o));
        assert!(
            stderr(&o).contains("a text column of at most 20 characters"),
            "{}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("max_chars"), "{}", stderr(&o));
    }

    #[test]
    fn issue_12_verify_finds_real_emails_in_an_email_column_without_fingerprints() {
        let w = Workdir::new();
        let rules = w.write("r.yaml", b"version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: keep\n          phone: phone\n          dob: birth_date\n          email: email\n");
        let raw = w.write("raw.sql", DUMP.as_bytes());
        let o = run_bin(&["verify", "--rules", &rules, &raw], b"");
        assert_eq!(code(&o), 4, "{}", stderr(&o));
        assert!(stderr(&o).contains("shop.c.email"), "{}", stderr(&o));
        assert!(!stderr(&o).contains("gmail"), "no value in messages");
    }

    #[test]
    fn issue_12_rules_init_marks_personal_looking_columns_it_keeps() {
        let w = Workdir::new();
        let schema = w.write(
            "s.sql",
            b"USE `d`;\nCREATE TABLE `t` (`id` int, `InformantName` varchar(50), `Landmark` varchar(100));\n",
        );
        let o = run_bin(&["rules", "init", "--schema", &schema], b"");
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let text = String::from_utf8(o.stdout).unwrap();
        assert!(
            text.contains("InformantName: keep   # review: looks like name"),
            "{text}"
        );
        assert!(
            text.contains("Landmark: keep   # review: looks like address"),
            "{text}"
        );
        assert!(text.contains("          id: keep\n"), "{text}");
    }
}
