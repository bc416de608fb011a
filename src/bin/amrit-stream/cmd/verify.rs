//! `verify`: the leak gate over an anonymized dump. Exit 4 when personal data is found; the
//! report names columns, detectors, counts and row numbers, never values.

use amrit_stream::gates::fingerprint::Fingerprints;
use amrit_stream::gates::leak::verify_files;
use amrit_stream::io::open_input;
use amrit_stream::observe::Observer;
use amrit_stream::report::verify::{rows, verify_report};
use amrit_stream::{ErrorKind, Result};

use crate::args::VerifyArgs;
use crate::ui;

/// Run `verify`; the leaks it finds go to `metrics` too.
///
/// # Errors
/// Reading inputs, rules or fingerprints; a leak (exit 4).
pub fn run(
    args: &VerifyArgs,
    metrics: Option<&amrit_stream::observe::metrics::Metrics>,
    observer: &dyn Observer,
) -> Result<()> {
    super::check_reports(&args.report, &args.input.paths())?;
    let rules = args.rules.load(false)?;
    let keyring = args.enc.keyring()?;
    let fingerprints = match &args.fingerprints {
        Some(p) => {
            let mut input = open_input(p, &keyring)?;
            Some(Fingerprints::read(&mut input.reader, &input.name)?)
        }
        None => {
            ui::warn("no --fingerprints: originals that survived are not looked for, and numbers in free text cannot be told from generated ones");
            None
        }
    };
    let inputs = args.input.paths();
    super::note_terminal(&inputs);
    let total = verify_files(
        &inputs,
        &rules,
        fingerprints.as_ref(),
        args.database.database.as_deref(),
        &keyring,
        observer,
    )?;
    if let Some(m) = metrics {
        m.set_leaks(total.leaks());
    }
    let report = verify_report(&total);
    args.report.write(&report)?;
    for f in total.patterns.iter().chain(&total.survivors) {
        ui::error(&format!(
            "{}: {} value(s) found by `{}` (first rows {})",
            f.column,
            f.count,
            f.kind,
            rows(&f.rows)
        ));
    }
    let unverified: u64 = total.unverified.iter().map(|f| f.count).sum();
    if unverified > 0 {
        ui::warn(&format!(
            "{unverified} number(s) in free-text columns were not checked: give the run's --fingerprints to tell real from generated ones"
        ));
    }
    for f in &total.names {
        let whose = if total.fingerprints {
            "original name(s) of this run"
        } else {
            "person name(s) (fake names a scrub wrote count too; give --fingerprints to see only originals)"
        };
        ui::warn(&format!(
            "{}: {} value(s) with {whose} (first rows {})",
            f.column,
            f.count,
            rows(&f.rows)
        ));
    }
    ui::info(&report.headline);
    if total.passes() {
        Ok(())
    } else {
        Err(ErrorKind::Leak(format!(
            "{} value(s) in {} column(s); see the list above",
            total.leaks(),
            total.patterns.len() + total.survivors.len()
        ))
        .into())
    }
}
