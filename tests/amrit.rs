//! The AMRIT rule set against the real AMRIT schema (facts in `../shared/amrit-schema`), the
//! synthetic AMRIT samples, and the end-to-end proof on MariaDB.

use amrit_stream::facts;
use amrit_stream::rules::gate::check_catalog;
use amrit_stream::rules::RuleSet;

use crate::util;

/// The schema facts of the four AMRIT databases, or `None` (skipped loudly; fails under CI).
fn schema_facts(test: &str) -> Option<Vec<facts::DatabaseFacts>> {
    let dir = util::amrit_schema(test)?;
    Some(facts::load(&dir).expect("schema facts load"))
}

#[test]
fn amrit_rules_cover_the_full_schema_and_record_flyway_versions() {
    let Some(facts) = schema_facts("amrit_rules_cover_the_full_schema") else {
        return;
    };
    let rules = RuleSet::builtin_amrit();
    let report = check_catalog(&rules, &facts::catalog(&facts));
    assert_eq!(report.tables, 714);
    assert_eq!(report.columns, 15_929);
    assert!(
        report.uncovered.is_empty(),
        "uncovered: {:?}",
        report.uncovered
    );
    assert!(report.unfit.is_empty(), "unfit: {:#?}", report.unfit);
    assert!(report.stale.is_empty(), "stale: {:?}", report.stale);
    for db in &facts {
        assert_eq!(
            rules.flyway_version(&db.database),
            Some(u64::from(db.flyway_version)),
            "{}",
            db.database
        );
    }
    eprintln!("columns by strategy: {:?}", report.by_strategy);
}

#[test]
fn check_fails_with_exit_2_naming_the_one_column_removed_from_the_rules() {
    let Some(schema) = util::amrit_schema("check_fails_with_exit_2") else {
        return;
    };
    let schema = schema.to_string_lossy().to_string();
    let ok = util::run_bin(&["check", &schema], b"");
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    // Drop `FirstName` of db_identity.i_beneficiarydetails (and nothing else) from the rules.
    let text = amrit_stream::rules::AMRIT_YAML;
    let start = text.find("\n  db_identity:\n").unwrap();
    let table = start
        + text[start..]
            .find("\n      i_beneficiarydetails:\n")
            .unwrap();
    let line = table + text[table..].find("\n          FirstName: ").unwrap();
    let end = line + 1 + text[line + 1..].find('\n').unwrap();
    let cut = format!("{}{}", &text[..line], &text[end..]);
    assert_eq!(cut.lines().count() + 1, text.lines().count());
    let w = util::Workdir::new();
    let rules = w.write("cut.yaml", cut.as_bytes());
    let o = util::run_bin(&["check", "--rules", &rules, &schema], b"");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("no rule: db_identity.i_beneficiarydetails.FirstName"),
        "{err}"
    );
    assert_eq!(err.matches("no rule:").count(), 1, "{err}");
}

#[test]
fn dated_backup_tables_carry_the_rules_of_their_originals() {
    let Some(facts) = schema_facts("dated_backup_tables") else {
        return;
    };
    let catalog = facts::catalog(&facts);
    let type_of = |db: &str, t: &str, c: &str| {
        let s = catalog.get(Some(db), t).unwrap();
        s.columns[s.column_index(c).unwrap()].sql_type.clone()
    };
    let rules = RuleSet::builtin_amrit();
    let backup =
        regex::Regex::new(r"^(.*?)(_bkp.*|_backup.*|_\d{4}_\d{2}_\d{2}.*|_\d{6,8}.*)$").unwrap();
    let mut compared = 0;
    for t in rules.tables() {
        let Some(m) = backup.captures(&t.name) else {
            continue;
        };
        let Some(orig) = rules.table(Some(&t.db), &m[1]) else {
            continue;
        };
        for (col, s) in &t.columns {
            // Same column, same type: same rule (a changed type may need another strategy).
            if let Some(o) = orig
                .column(col)
                .filter(|_| type_of(&t.db, &t.name, col) == type_of(&orig.db, &orig.name, col))
            {
                assert_eq!(
                    s.name(),
                    o.name(),
                    "{}.{}.{col} differs from {}",
                    t.db,
                    t.name,
                    orig.name
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 500, "only {compared} backup columns compared");
}

#[test]
fn every_ben_reg_id_column_goes_through_one_id_domain() {
    let rules = RuleSet::builtin_amrit();
    let spelling =
        regex::Regex::new(r"(?i)^(associated|parent)?ben(e|ne|i)?(fi)?(ciary)?_?reg_?id$").unwrap();
    let mut n = 0;
    for t in rules.tables() {
        for (col, s) in &t.columns {
            if spelling.is_match(col) {
                assert_eq!(s.label(), "id (ben_reg_id)", "{}.{}.{col}", t.db, t.name);
                n += 1;
            }
        }
    }
    assert_eq!(n, 209);
}
