//! The report of `verify`: pattern hits, surviving originals, weak matches and unverified
//! free-text hits, by column, detector, count and first row numbers (never a value).

use super::{Cell, Report, Section};
use crate::gates::leak::{Finding, VerifyReport};

/// Row numbers as a comma-separated list.
pub fn rows(r: &[u64]) -> String {
    r.iter().map(u64::to_string).collect::<Vec<_>>().join(", ")
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

/// The report of the leak gate's findings.
pub fn verify_report(t: &VerifyReport) -> Report {
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
            (
                "pattern-only hits (not failing)".into(),
                t.pattern_only.iter().map(|f| f.count).sum::<u64>().to_string(),
            ),
            (
                "person names outside name columns (not failing)".into(),
                t.names.iter().map(|f| f.count).sum::<u64>().to_string(),
            ),
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
            section("Person names outside name columns", "Values of kept and free-text columns that name a person: without fingerprints any name of the lexicon (a scrub column's fake names too), with them only this run's original names. Not failing; a kept column of names fails as a `person_name` pattern.", &t.names),
            section("Pattern only", "Hits in kept columns whose column test says the column is not personal (a sorted serial, or a Verhoeff pass rate that chance gives): not leaks.", &t.pattern_only),
        ],
        body: serde_json::to_value(t).expect("plain data"),
    }
}
