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
