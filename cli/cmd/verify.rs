//! `verify`: the leak gate over an anonymized dump. Exit 4 when personal data is found; the
//! report names columns, detectors, counts and row numbers, never values.

use std::path::PathBuf;

use amrit_stream::gates::fingerprint::Fingerprints;
use amrit_stream::gates::leak::{verify, Finding, VerifyReport};
use amrit_stream::io::keys::Keyring;
use amrit_stream::io::open_input;
use amrit_stream::report::{Cell, Report, Section};
use amrit_stream::{ErrorKind, Result};

use crate::args::VerifyArgs;
use crate::ui;

/// Run `verify`.
///
/// # Errors
/// Reading inputs, rules or fingerprints; a leak (exit 4).
pub fn run(args: &VerifyArgs) -> Result<()> {
    let rules = super::load_rules(args.rules.as_deref(), false)?;
    let keyring = Keyring::load(&args.enc.files)?;
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
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec!["-".into()]
    } else {
        args.inputs.clone()
    };
    let mut total = VerifyReport {
        fingerprints: fingerprints.is_some(),
        ..VerifyReport::default()
    };
    for path in &inputs {
        let input = open_input(path, &keyring)?;
        let r = verify(
            input.reader,
            &rules,
            fingerprints.as_ref(),
            args.database.clone(),
        )?;
        merge(&mut total, r);
    }
    if total.tables == 0 {
        return Err(ErrorKind::Schema {
            pos: amrit_stream::Position::default(),
            what: "the input has no CREATE TABLE: verify needs the whole anonymized dump, not an \
                   empty or data-only file"
                .into(),
        }
        .into());
    }
    let report = build_report(&total);
    super::write_reports(&args.report, &report)?;
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

fn rows(r: &[u64]) -> String {
    r.iter().map(u64::to_string).collect::<Vec<_>>().join(", ")
}

fn merge(t: &mut VerifyReport, r: VerifyReport) {
    t.tables += r.tables;
    t.rows += r.rows;
    t.values += r.values;
    t.bytes += r.bytes;
    t.generated_hits += r.generated_hits;
    t.coincidences += r.coincidences;
    t.patterns.extend(r.patterns);
    t.survivors.extend(r.survivors);
    t.weak_matches.extend(r.weak_matches);
    t.unverified.extend(r.unverified);
}

fn section(title: &str, note: &str, findings: &[Finding]) -> Section {
    Section {
        title: title.into(),
        note: note.into(),
        headers: vec![
            "column".into(),
            "found by".into(),
            "values".into(),
            "first rows".into(),
        ],
        rows: findings
            .iter()
            .map(|f| {
                vec![
                    Cell::from(f.column.as_str()),
                    Cell::from(f.kind.as_str()),
                    Cell::Num(f.count),
                    Cell::from(rows(&f.rows)),
                ]
            })
            .collect(),
    }
}

/// The verify report (also used by tests through the binary's JSON).
fn build_report(t: &VerifyReport) -> Report {
    let survivors: u64 = t.survivors.iter().map(|f| f.count).sum();
    let patterns: u64 = t.patterns.iter().map(|f| f.count).sum();
    let weak: u64 = t.weak_matches.iter().map(|f| f.count).sum();
    let unverified: u64 = t.unverified.iter().map(|f| f.count).sum();
    let headline = if t.passes() {
        format!(
            "no personal data found in {} rows ({} values)",
            t.rows, t.values
        )
    } else {
        format!(
            "{} leaked value(s): {patterns} by pattern, {survivors} surviving originals",
            t.leaks()
        )
    };
    Report {
        kind: "verify",
        passed: t.passes(),
        headline,
        summary: vec![
            ("result".into(), if t.passes() { "pass" } else { "fail" }.into()),
            ("leaked values".into(), t.leaks().to_string()),
            ("pattern hits (leaks)".into(), patterns.to_string()),
            ("surviving originals (leaks)".into(), survivors.to_string()),
            ("name/place/date matches (not failing)".into(), weak.to_string()),
            ("unverified free-text hits (not failing)".into(), unverified.to_string()),
            ("generated values recognised".into(), t.generated_hits.to_string()),
            ("rows scanned".into(), t.rows.to_string()),
            ("values scanned".into(), t.values.to_string()),
            ("tables".into(), t.tables.to_string()),
            ("bytes".into(), t.bytes.to_string()),
            ("fingerprints".into(), if t.fingerprints { "yes" } else { "no" }.into()),
        ],
        sections: vec![
            section("Pattern hits", "Personal-data patterns in columns whose rules do not generate them, or in free text the run did not generate.", &t.patterns),
            section("Surviving originals", "Values equal to an original value of the same domain that the run did not generate.", &t.survivors),
            section("Name, place and date matches", "A fake can legitimately equal some real name, place or date: counted, not failing.", &t.weak_matches),
            section("Unverified free-text hits", "Numbers in free text that only the run's fingerprints can tell from generated ones.", &t.unverified),
        ],
        body: serde_json::to_value(t).expect("plain data"),
    }
}
