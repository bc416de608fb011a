//! The fail-closed gate over a whole schema: every table of a [`Catalog`] compiled against the
//! rules, before any data is read. `check` and the tests use it; `transform` runs the same
//! compilation table by table as each `CREATE TABLE` arrives.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::scan::scan;
use crate::amrit::facts;
use crate::dump::catalog::{display_name, Catalog};
use crate::error::{ErrorKind, Position, Result};
use crate::io::keys::Keyring;
use crate::io::open_input;
use crate::observe::{Observer, WatchedRead};
use crate::rules::flyway;
use crate::rules::RuleSet;
use crate::strategy::plan::{compile, Action, PlanError};

/// What the gate found for a schema. Names only (`db.table.column`), never values.
#[derive(Debug, Default, Clone)]
pub struct SchemaReport {
    /// Tables compiled.
    pub tables: usize,
    /// Columns compiled.
    pub columns: usize,
    /// Columns no rule covers (schema drift under `default: fail`).
    pub uncovered: Vec<String>,
    /// Rules that cannot work on their column (type or key changed), one message each.
    pub unfit: Vec<String>,
    /// Rules naming a table or column the schema does not have, for databases in the schema.
    pub stale: Vec<String>,
    /// Columns per strategy name (`keep` included).
    pub by_strategy: BTreeMap<String, usize>,
    /// Columns kept as they are whose name or type looks like personal data (a warning list
    /// for reviewers, not a failure), with the reason.
    pub personal_keep: Vec<(String, String)>,
    /// Flyway versions per database: found in the dump against the rules' `flyway_version`.
    pub flyway: Vec<flyway::FlywayCheck>,
}

impl SchemaReport {
    /// True when every column is covered by a rule that fits and no database's Flyway version
    /// is newer than the rules'.
    pub fn passes(&self) -> bool {
        self.uncovered.is_empty() && self.unfit.is_empty() && !self.flyway.iter().any(|f| f.newer)
    }
}

/// Compile every table of `catalog` under `rules` and collect every problem (not only the first).
pub fn check_catalog(rules: &RuleSet, catalog: &Catalog) -> SchemaReport {
    // Plans are compiled for their checks only; a throwaway key is enough.
    let mut key_for = crate::strategy::plan::check_only_key;
    let mut report = SchemaReport::default();
    let mut seen_dbs = BTreeSet::new();
    for (db, schema) in catalog.tables() {
        report.tables += 1;
        report.columns += schema.columns.len();
        if let Some(d) = db {
            seen_dbs.insert(d.to_lowercase());
        }
        match compile(rules, db, schema, &mut key_for) {
            Ok(plan) => {
                for (a, col) in plan.actions.iter().zip(&schema.columns) {
                    let name = match a {
                        Action::Keep => {
                            let reviewed = rules
                                .table(db, &schema.name)
                                .and_then(|t| t.kept_reason(&col.name))
                                .is_some();
                            if let Some(why) =
                                crate::pii::cues::looks_personal(&col.name, &col.sql_type)
                                    .filter(|_| !reviewed)
                            {
                                report
                                    .personal_keep
                                    .push((format!("{}.{}", plan.display, col.name), why.into()));
                            }
                            "keep"
                        }
                        Action::Rewrite(c) => c.strategy.name(),
                    };
                    *report.by_strategy.entry(name.to_string()).or_default() += 1;
                }
            }
            Err(PlanError::Uncovered(cols)) => report.uncovered.extend(cols),
            Err(PlanError::Unfit(m)) => report.unfit.push(m),
        }
    }
    for (db, _) in rules.databases() {
        if !seen_dbs.contains(&db.to_lowercase()) {
            report.stale.push(db.to_string());
        }
    }
    for t in rules.tables() {
        if !seen_dbs.contains(&t.db.to_lowercase()) {
            continue;
        }
        let display = display_name(Some(&t.db), &t.name);
        match catalog.get(Some(&t.db), &t.name) {
            None => report.stale.push(display),
            Some(schema) => report.stale.extend(t.stale_columns(&display, schema)),
        }
    }
    report.stale.sort();
    report
}

/// Run the gate over `inputs` (dumps in any format, or schema facts); `observer` hears how
/// far each dump is read.
///
/// # Errors
/// Reading inputs; an input with no table at all.
pub fn gate_inputs(
    rules: &RuleSet,
    inputs: &[PathBuf],
    database: Option<&str>,
    keyring: &Keyring,
    observer: &dyn Observer,
) -> Result<SchemaReport> {
    let mut catalog = Catalog::default();
    let mut versions: Vec<(String, String)> = Vec::new();
    for path in inputs {
        if facts::is_facts(path) {
            for db in facts::load(path)? {
                versions.push((db.database.clone(), db.flyway_version.to_string()));
                for t in &db.tables {
                    catalog.insert(Some(&db.database), t.clone());
                }
            }
            continue;
        }
        let input = open_input(path, keyring)?;
        let summary = scan(
            WatchedRead::new(input.reader, observer, &input.name),
            database.map(str::to_string),
            |_, t| flyway::is_history_table(&t.name),
            |r| {
                let names = r.columns.iter().map(|&c| r.table.columns[c].name.as_str());
                let (Some((v, ok)), Some(db)) = (flyway::row_layout(names), r.db) else {
                    return;
                };
                if let Some(version) =
                    flyway::successful_version(r.stmt, r.spans.get(v), r.spans.get(ok))
                {
                    versions.push((db.to_string(), version));
                }
            },
        );
        crate::observe::outcome(observer, &input.name, &summary);
        let summary = summary?;
        for (db, schema) in summary.catalog.tables() {
            catalog.insert(db, schema.clone());
        }
    }
    if catalog.is_empty() {
        return Err(ErrorKind::Schema {
            pos: Position::default(),
            what: format!(
                "no CREATE TABLE in {}: give a schema-only dump (mysqldump --no-data), a full \
                 dump, or schema facts",
                inputs
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
        .into());
    }
    let mut report = check_catalog(rules, &catalog);
    report.flyway = flyway::flyway_checks(rules, &versions);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_uncovered_unfit_and_stale_together() {
        let ddl = b"USE `d`;\nCREATE TABLE `a` (`id` int NOT NULL, `email` varchar(10), `new_col` text, PRIMARY KEY (`id`));\nCREATE TABLE `b` (`x` int);\n";
        let cat = crate::dump::walk::read_catalog(&ddl[..], None).unwrap();
        let rules = RuleSet::from_yaml(
            "version: 1\ndatabases:\n  d:\n    tables:\n      a:\n        columns:\n          id: keep\n          email: email\n          gone: null\n      b:\n        columns:\n          x: keep\n      old:\n        columns:\n          y: keep\n",
            "r.yaml",
        )
        .unwrap();
        let r = check_catalog(&rules, &cat);
        assert_eq!(r.tables, 2);
        assert_eq!(r.uncovered, ["d.a.new_col"]);
        assert!(
            r.unfit.is_empty(),
            "uncovered tables are not compiled further"
        );
        assert_eq!(r.stale, ["d.a.gone", "d.old"]);
        assert!(!r.passes());
        let fixed = RuleSet::from_yaml(
            "version: 1\ndatabases:\n  d:\n    tables:\n      a:\n        columns:\n          id: keep\n          email: email\n          new_col: scrub\n          gone: null\n      b:\n        columns:\n          x: keep\n",
            "r.yaml",
        )
        .unwrap();
        let r = check_catalog(&fixed, &cat);
        assert_eq!(r.unfit.len(), 1, "email needs 24 characters: {:?}", r.unfit);
        assert_eq!(r.stale, ["d.a.gone"]);
        assert_eq!(r.by_strategy.get("keep"), Some(&1));
    }
}

#[cfg(test)]
mod type_and_key_change_tests {
    use super::*;

    #[test]
    fn a_type_change_and_a_new_unique_key_make_rules_unfit() {
        let rules = RuleSet::from_yaml(
            "version: 1\ndatabases:\n  d:\n    tables:\n      a:\n        columns:\n          id: keep\n          name: full_name\n          phone: phone\n",
            "r.yaml",
        )
        .unwrap();
        let before = b"USE `d`;\nCREATE TABLE `a` (`id` int NOT NULL, `name` varchar(60), `phone` varchar(15), PRIMARY KEY (`id`));\n";
        assert!(check_catalog(
            &rules,
            &crate::dump::walk::read_catalog(&before[..], None).unwrap()
        )
        .passes());
        // The phone column became an INT(5): a phone cannot fit.
        let typed = b"USE `d`;\nCREATE TABLE `a` (`id` int NOT NULL, `name` varchar(60), `phone` int(5), PRIMARY KEY (`id`));\n";
        let r = check_catalog(
            &rules,
            &crate::dump::walk::read_catalog(&typed[..], None).unwrap(),
        );
        assert!(!r.passes());
        assert!(r.unfit[0].contains("phone"), "{:?}", r.unfit);
        // The name column got a UNIQUE key: full_name is not one-to-one.
        let unique = b"USE `d`;\nCREATE TABLE `a` (`id` int NOT NULL, `name` varchar(60), `phone` varchar(15), PRIMARY KEY (`id`), UNIQUE KEY `u` (`name`));\n";
        let r = check_catalog(
            &rules,
            &crate::dump::walk::read_catalog(&unique[..], None).unwrap(),
        );
        assert!(!r.passes());
        assert!(
            r.unfit[0].contains("name") && r.unfit[0].to_lowercase().contains("unique"),
            "{:?}",
            r.unfit
        );
    }
}
