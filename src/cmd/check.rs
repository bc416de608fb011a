//! `check`: the schema drift gate. Compiles the rules against every table of the given schema
//! (dumps or schema facts) and reports uncovered columns, rules that no longer fit, and stale
//! rules, by name only. Exit 2 when a column is uncovered or a rule does not fit.

use amrit_stream::facts;
use amrit_stream::rules::gate::check_catalog;
use amrit_stream::tracker::Catalog;
use amrit_stream::{ErrorKind, Result};

use crate::cli::CheckArgs;
use crate::ui;

/// Run the gate; a failing gate is an [`ErrorKind::Uncovered`] error (exit 2).
///
/// # Errors
/// Reading inputs or rules; the gate failing.
pub fn run(args: &CheckArgs) -> Result<()> {
    let rules = super::load_rules(args.rules.as_deref(), false)?;
    let keyring = amrit_stream::keys::Keyring::load(&args.enc.files)?;
    let mut catalog = Catalog::default();
    let inputs: Vec<std::path::PathBuf> = if args.inputs.is_empty() {
        vec!["-".into()]
    } else {
        args.inputs.clone()
    };
    for path in &inputs {
        let part = facts::schema_catalog(path, args.database.as_deref(), &keyring)?;
        for (db, schema) in part.tables() {
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
    let report = check_catalog(&rules, &catalog);
    ui::info(&format!(
        "checked {} tables, {} columns against {}",
        report.tables,
        report.columns,
        rules.source.display()
    ));
    for s in &report.stale {
        ui::warn(&format!("stale rule: {s} is not in the schema"));
    }
    for u in &report.unfit {
        ui::error(&format!("rule does not fit: {u}"));
    }
    if report.passes() {
        ui::info("every column is covered by a rule that fits");
        return Ok(());
    }
    for u in &report.uncovered {
        ui::error(&format!("no rule: {u}"));
    }
    Err(ErrorKind::Drift(format!(
        "{} column(s) without a rule, {} rule(s) that no longer fit; add or fix them in {}",
        report.uncovered.len(),
        report.unfit.len(),
        rules.source.display()
    ))
    .into())
}
