//! The report of `profile`: every column's decision beside its rule, the columns that fail (kept
//! or uncovered and PERSONAL, with a waiver to paste once reviewed), and the waivers in force —
//! counts, shares with their intervals, order, distinct ratio and value shapes; never a value.

use super::{Cell, Report, Section};
use crate::gates::profile::{ColumnProfile, ProfileReport};
use crate::pii::column::Verdict;

fn detectors(c: &ColumnProfile) -> String {
    c.decision
        .evidence
        .iter()
        .filter(|e| e.verdict != Verdict::Not)
        .map(|e| format!("{} ({})", e.kind.name(), e.verdict.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn why(c: &ColumnProfile) -> String {
    c.decision
        .evidence
        .iter()
        .filter(|e| e.verdict == c.decision.verdict)
        .map(|e| {
            format!(
                "{}: {}; {} of {} ({:.0}%, 95% CI {:.0}–{:.0}%){}",
                e.kind.name(),
                e.why,
                e.matches,
                e.of,
                e.share * 100.0,
                e.share_low * 100.0,
                e.share_high * 100.0,
                if e.named { "; column name agrees" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn shapes(c: &ColumnProfile) -> String {
    c.decision
        .shapes
        .iter()
        .map(|(s, n)| format!("{s} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The profile report.
pub fn profile_report(p: &ProfileReport) -> Report {
    let failing: Vec<&ColumnProfile> = p.failing().collect();
    let headline = if failing.is_empty() {
        format!(
            "no kept column looks personal: {} columns profiled over {} rows",
            p.columns.len(),
            p.rows
        )
    } else {
        format!(
            "{} kept column(s) hold personal data: give each a rule (or a reviewed waiver)",
            failing.len()
        )
    };
    let fail_rows = failing
        .iter()
        .map(|c| {
            vec![
                Cell::from(c.column.as_str()),
                Cell::from(c.rule.as_str()),
                Cell::from(
                    c.unwaived()
                        .iter()
                        .map(|k| k.name())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Cell::from(why(c)),
                Cell::from(shapes(c)),
                Cell::from(c.suggested_waiver().unwrap_or_default()),
            ]
        })
        .collect();
    let all_rows = p
        .columns
        .iter()
        .map(|c| {
            vec![
                Cell::from(c.column.as_str()),
                Cell::from(c.rule.as_str()),
                Cell::from(c.decision.verdict.name()),
                Cell::from(detectors(c)),
                Cell::Num(c.decision.values),
                Cell::Num(c.decision.nulls),
                Cell::from(
                    c.decision
                        .ordered_share
                        .map_or("-".into(), |s| format!("{s:.2}")),
                ),
                Cell::from(format!("{:.2}", c.decision.distinct_ratio)),
                Cell::from(shapes(c)),
                Cell::from(why(c)),
            ]
        })
        .collect();
    let waiver_rows = p
        .columns
        .iter()
        .flat_map(|c| {
            c.waived
                .iter()
                .map(move |(d, r)| {
                    vec![
                        Cell::from(c.column.as_str()),
                        Cell::from(d.as_str()),
                        Cell::from("holds"),
                        Cell::from(r.as_str()),
                    ]
                })
                .chain(c.broken_waivers.iter().map(move |(d, w)| {
                    vec![
                        Cell::from(c.column.as_str()),
                        Cell::from(d.as_str()),
                        Cell::from("broken"),
                        Cell::from(w.as_str()),
                    ]
                }))
        })
        .collect();
    Report {
        kind: "profile",
        passed: failing.is_empty(),
        headline,
        summary: vec![
            ("result".into(), if failing.is_empty() { "pass" } else { "fail" }.into()),
            ("failing columns".into(), failing.len().to_string()),
            ("PERSONAL".into(), p.count(Verdict::Personal).to_string()),
            ("UNDECIDED".into(), p.count(Verdict::Undecided).to_string()),
            ("NOT".into(), p.count(Verdict::Not).to_string()),
            ("columns profiled".into(), p.columns.len().to_string()),
            ("rows".into(), p.rows.to_string()),
            ("tables".into(), p.tables.to_string()),
        ],
        sections: vec![
            Section {
                title: "Kept columns that hold personal data".into(),
                note: "Written unchanged by the rules (or by no rule) and PERSONAL by a column test: give each a rule, or, after review, paste the waiver under the table's `waivers:`.".into(),
                headers: ["column", "rule", "detectors", "evidence", "shapes", "waiver"].map(String::from).to_vec(),
                rows: fail_rows,
            },
            Section {
                title: "Every column".into(),
                note: "The decision of every column with rows, beside its rule. Ordered = share of adjacent increases in dump order; distinct = distinct ÷ sampled values.".into(),
                headers: ["column", "rule", "decision", "detectors", "values", "nulls", "ordered", "distinct", "shapes", "evidence"].map(String::from).to_vec(),
                rows: all_rows,
            },
            Section {
                title: "Waivers".into(),
                note: "Waivers from the rules file: those that hold, and those whose evidence moved or that expired.".into(),
                headers: ["column", "detector", "state", "reason"].map(String::from).to_vec(),
                rows: waiver_rows,
            },
        ],
        body: serde_json::to_value(p).expect("JSON of plain data"),
    }
}
