//! `profile`: the content profile of a dump. Every column's decision is reported beside its
//! rule; exit 2 when a column written unchanged holds personal data. Names, counts and shapes
//! only, never a value.

use amrit_stream::gates::profile::profile_files;
use amrit_stream::observe::Observer;
use amrit_stream::report::profile::profile_report;
use amrit_stream::{ErrorKind, Result};

use crate::args::ProfileArgs;
use crate::ui;

/// Run `profile`.
///
/// # Errors
/// Reading inputs or rules; a kept column that holds personal data (exit 2).
pub fn run(args: &ProfileArgs, observer: &dyn Observer) -> Result<()> {
    super::check_reports(&args.report, &args.input.paths())?;
    let rules = args.rules.load(args.quiet)?;
    let keyring = args.enc.keyring()?;
    let inputs = args.input.paths();
    super::note_terminal(&inputs);
    let total = profile_files(
        &inputs,
        &rules,
        args.database.database.as_deref(),
        &keyring,
        &amrit_stream::dump::date::today(),
        args.allow_incomplete,
        observer,
    )?;
    let report = profile_report(&total);
    args.report.write(&report)?;
    for c in &total.columns {
        for (d, why) in &c.broken_waivers {
            ui::warn(&format!(
                "{}: the waiver for `{d}` no longer holds: {why}",
                c.column
            ));
        }
    }
    let failing: Vec<_> = total.failing().collect();
    for c in &failing {
        let kinds: Vec<&str> = c.unwaived().iter().map(|k| k.name()).collect();
        ui::error(&format!(
            "{} is written unchanged ({}) but holds personal data: {}",
            c.column,
            c.rule,
            kinds.join(", ")
        ));
    }
    ui::info(&report.headline);
    if failing.is_empty() {
        return Ok(());
    }
    Err(ErrorKind::DataGate {
        pos: None,
        what: format!(
            "{} kept column(s) hold personal data; give each a rule in {} (or, after review, a waiver: see the report)",
            failing.len(),
            rules.source.display()
        ),
    }
    .into())
}
