//! `check`: the schema drift gate. Compiles the rules against every table of the given schema
//! (dumps or schema facts) and reports uncovered columns, rules that no longer fit (type or key
//! changed), stale rules, kept columns that look personal, and Flyway versions newer than the
//! rules', by name only. Exit 2 on drift. `transform --check-first` runs the same gate.

use std::path::{Path, PathBuf};

use amrit_stream::amrit::facts;
use amrit_stream::dump::catalog::Catalog;
use amrit_stream::gates::scan::scan;
use amrit_stream::gates::schema::{check_catalog, GateReport};
use amrit_stream::io::keys::Keyring;
use amrit_stream::io::open_input;
use amrit_stream::report::{Cell, Report, Section};
use amrit_stream::rules::flyway;
use amrit_stream::rules::RuleSet;
use amrit_stream::{ErrorKind, Result};

use crate::args::CheckArgs;
use crate::ui;

/// Run the gate over `inputs` (dumps in any format, or schema facts).
///
/// # Errors
/// Reading inputs; an input with no table at all.
pub fn gate_inputs(
    rules: &RuleSet,
    inputs: &[PathBuf],
    database: Option<&str>,
    keyring: &Keyring,
) -> Result<GateReport> {
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
            input.reader,
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
        )?;
        for (db, schema) in summary.catalog.tables() {
            catalog.insert(db, schema.clone());
        }
    }
    if catalog.is_empty() {
        return Err(ErrorKind::Schema {
            pos: amrit_stream::Position::default(),
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

/// Print the gate's findings; an [`ErrorKind::Drift`] error (exit 2) when it fails.
///
/// # Errors
/// The gate failing.
pub fn judge(report: &GateReport, rules_source: &Path) -> Result<()> {
    ui::info(&format!(
        "checked {} tables, {} columns against {}",
        report.tables,
        report.columns,
        rules_source.display()
    ));
    for s in &report.stale {
        ui::warn(&format!("stale rule: {s} is not in the schema"));
    }
    for (c, why) in &report.personal_keep {
        ui::warn(&format!("kept but looks personal ({why}): {c}"));
    }
    for f in &report.flyway {
        match (f.newer, f.rules) {
            (true, Some(r)) => ui::error(&format!(
                "flyway: {} is at version {}, newer than the {r} the rules were verified against",
                f.database, f.found
            )),
            (_, None) => ui::warn(&format!(
                "flyway: {} is at version {} and the rules record no flyway_version for it, so \
                 Flyway drift is not gated; add `flyway_version:` to the database in the rules",
                f.database, f.found
            )),
            (false, _) => ui::info(&format!(
                "flyway: {} at version {} (rules: {})",
                f.database,
                f.found,
                f.rules.map_or("-".into(), |r| r.to_string())
            )),
        }
    }
    for u in &report.unfit {
        ui::error(&format!("rule does not fit: {u}"));
    }
    for u in &report.uncovered {
        ui::error(&format!("no rule: {u}"));
    }
    if report.passes() {
        ui::info("every column is covered by a rule that fits");
        return Ok(());
    }
    let newer = report.flyway.iter().filter(|f| f.newer).count();
    Err(ErrorKind::Drift(format!(
        "{} column(s) without a rule, {} rule(s) that no longer fit, {newer} database(s) with a newer Flyway version; review the schema change and update {}",
        report.uncovered.len(),
        report.unfit.len(),
        rules_source.display()
    ))
    .into())
}

/// The check report.
pub fn build_report(g: &GateReport, rules_source: &Path) -> Report {
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
        body: serde_json::json!({
            "tables": g.tables,
            "columns": g.columns,
            "uncovered": g.uncovered,
            "unfit": g.unfit,
            "stale": g.stale,
            "personal_keep": g.personal_keep.iter().map(|(c, w)| serde_json::json!({"column": c, "looks_like": w})).collect::<Vec<_>>(),
            "flyway": g.flyway,
            "by_strategy": g.by_strategy,
        }),
    }
}

/// Run `check`.
///
/// # Errors
/// Reading inputs or rules; the gate failing (exit 2).
pub fn run(args: &CheckArgs) -> Result<()> {
    let rules = super::load_rules(args.rules.as_deref(), false)?;
    let keyring = Keyring::load(&args.enc.files)?;
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec!["-".into()]
    } else {
        args.inputs.clone()
    };
    let report = gate_inputs(&rules, &inputs, args.database.as_deref(), &keyring)?;
    super::write_reports(&args.report, &build_report(&report, &rules.source))?;
    judge(&report, &rules.source)
}
