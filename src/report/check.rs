//! The report of `check`: uncovered columns, rules that no longer fit, Flyway versions,
//! columns per strategy, stale rules and kept columns that look personal.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Cell, Report, Section};
use crate::gates::schema::SchemaReport;
use crate::rules::flyway::FlywayCheck;

/// The report of the schema gate's findings `g` under the rules at `rules_source`.
pub fn check_report(g: &SchemaReport, rules_source: &Path) -> Report {
    let newer = g.flyway.iter().filter(|f| f.newer).count();
    let one = |title: &str, note: &str, head: &str, items: &[String]| Section {
        title: title.into(),
        note: note.into(),
        headers: vec![head.into()],
        rows: items.iter().map(|i| vec![Cell::from(i.as_str())]).collect(),
    };
    Report {
        kind: "check",
        passed: g.passes(),
        headline: if g.passes() {
            format!("every column of {} tables is covered by a rule that fits", g.tables)
        } else {
            format!(
                "schema drift: {} uncovered column(s), {} unfit rule(s), {newer} newer Flyway version(s)",
                g.uncovered.len(),
                g.unfit.len()
            )
        },
        summary: vec![
            ("result".into(), if g.passes() { "pass" } else { "fail" }.into()),
            ("rules".into(), rules_source.display().to_string()),
            ("tables".into(), g.tables.to_string()),
            ("columns".into(), g.columns.to_string()),
            ("uncovered columns".into(), g.uncovered.len().to_string()),
            ("rules that no longer fit".into(), g.unfit.len().to_string()),
            ("newer Flyway versions".into(), newer.to_string()),
            ("stale rules (warning)".into(), g.stale.len().to_string()),
            ("kept columns that look personal (warning)".into(), g.personal_keep.len().to_string()),
        ],
        sections: vec![
            one("Uncovered columns", "No rule covers these; the run stops before their table's rows.", "column", &g.uncovered),
            one("Rules that no longer fit", "The column's type or keys changed so that its strategy cannot work.", "problem", &g.unfit),
            Section {
                title: "Flyway versions".into(),
                note: "Highest successful migration in the dump against the version the rules were verified against.".into(),
                headers: vec!["database".into(), "in the dump".into(), "rules".into(), "status".into()],
                rows: g.flyway.iter().map(|f| vec![
                    Cell::from(f.database.as_str()),
                    Cell::from(f.found.as_str()),
                    Cell::from(f.rules.map_or("-".to_string(), |r| r.to_string())),
                    Cell::from(if f.newer { "NEWER: review" } else { "ok" }),
                ]).collect(),
            },
            Section {
                title: "Columns per strategy".into(),
                note: String::new(),
                headers: vec!["strategy".into(), "columns".into()],
                rows: g.by_strategy.iter().map(|(k, v)| vec![Cell::from(k.as_str()), Cell::Num(*v as u64)]).collect(),
            },
            one("Stale rules (warning)", "Rules for tables or columns the schema no longer has.", "rule", &g.stale),
            Section {
                title: "Kept columns that look personal (warning)".into(),
                note: "Kept as they are, but the name or type suggests personal data: look twice.".into(),
                headers: vec!["column".into(), "looks like".into()],
                rows: g.personal_keep.iter().map(|(c, w)| vec![Cell::from(c.as_str()), Cell::from(w.as_str())]).collect(),
            },
        ],
        body: serde_json::to_value(CheckBody {
            tables: g.tables,
            columns: g.columns,
            uncovered: g.uncovered.clone(),
            unfit: g.unfit.clone(),
            stale: g.stale.clone(),
            personal_keep: g
                .personal_keep
                .iter()
                .map(|(c, w)| PersonalKeep {
                    column: c.clone(),
                    looks_like: w.clone(),
                })
                .collect(),
            flyway: g.flyway.clone(),
            by_strategy: g.by_strategy.clone(),
        })
        .expect("a report serializes"),
    }
}

/// The body of a check report (`--report FILE.json`, under `report`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckBody {
    /// Tables checked.
    pub tables: usize,
    /// Columns checked.
    pub columns: usize,
    /// `db.table.column` of every column no rule covers.
    pub uncovered: Vec<String>,
    /// Rules that no longer fit their column, with why.
    pub unfit: Vec<String>,
    /// Rules for what the schema no longer has.
    pub stale: Vec<String>,
    /// Kept columns that look personal.
    pub personal_keep: Vec<PersonalKeep>,
    /// Flyway versions against the rules'.
    pub flyway: Vec<FlywayCheck>,
    /// Columns per strategy.
    pub by_strategy: BTreeMap<String, usize>,
}

/// A kept column whose name or type suggests personal data.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PersonalKeep {
    /// `db.table.column`.
    pub column: String,
    /// What it looks like.
    pub looks_like: String,
}
