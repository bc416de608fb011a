//! `check`: the schema drift gate. Compiles the rules against every table of the given schema
//! (dumps or schema facts) and reports uncovered columns, rules that no longer fit (type or key
//! changed), stale rules, kept columns that look personal, and Flyway versions newer than the
//! rules', by name only. Exit 2 on drift. `transform --check-first` runs the same gate.

use amrit_stream::gates::schema::{gate_inputs, SchemaReport};
use amrit_stream::observe::Observer;
use amrit_stream::report::check::check_report;
use amrit_stream::rules::RuleSet;
use amrit_stream::{ErrorKind, Result};

use crate::args::CheckArgs;
use crate::ui;

/// Run `check`.
///
/// # Errors
/// Reading inputs or rules; the gate failing (exit 2).
pub fn run(args: &CheckArgs, observer: &dyn Observer) -> Result<()> {
    super::check_reports(&args.report, &args.input.paths())?;
    let rules = args.rules.load(false)?;
    let keyring = args.enc.keyring()?;
    let inputs = args.input.paths();
    super::note_terminal(&inputs);
    let report = gate_inputs(
        &rules,
        &inputs,
        args.database.database.as_deref(),
        &keyring,
        observer,
    )?;
    args.report.write(&check_report(&report, &rules.source))?;
    judge(&report, &rules)?;
    rules.check_unmatched(&report.stale, args.allow_unmatched)
}

/// Print the gate's findings; an [`ErrorKind::Drift`] error (exit 2) when it fails.
///
/// # Errors
/// The gate failing.
pub fn judge(report: &SchemaReport, rules: &RuleSet) -> Result<()> {
    let rules_source = &rules.source;
    ui::info(&format!(
        "checked {} tables, {} columns against {}",
        report.tables,
        report.columns,
        rules_source.display()
    ));
    let (note, stale) = rules.unmatched_messages(&report.stale);
    if let Some(n) = note {
        ui::info(&n);
    }
    for s in stale {
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
