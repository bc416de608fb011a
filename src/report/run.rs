//! The run report of `transform` ("anonymization result"): outcome, rows per table, values
//! rewritten per strategy, NULLs kept, bytes, time per stage, gate results.

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::manifest::Manifest;
use super::{Cell, Report, Section};
use crate::gates::profile::ColumnProfile;
use crate::gates::schema::SchemaReport;
use crate::rules::flyway::FlywayCheck;
use crate::transform::gate::Unchanged;
use crate::transform::{Stats, TableStats};

/// The run report of a transform that started at `started`, from its manifest, its counts
/// (`None` when it failed) and the `--check-first` gate's findings.
pub fn transform_report(
    manifest: &Manifest,
    stats: Option<&Stats>,
    gate: Option<&SchemaReport>,
    started: SystemTime,
) -> Report {
    let secs = started.elapsed().map_or(0.0, |d| d.as_secs_f64());
    let empty = Stats::default();
    let s = stats.unwrap_or(&empty);
    let passed = stats.is_some();
    let body = run_body(manifest, s, gate, secs);
    Report {
        kind: "transform",
        passed,
        headline: headline(manifest, s),
        summary: summary(manifest, s, gate, passed, secs),
        sections: vec![
            tables(s),
            strategies(s),
            fallbacks(s),
            unchanged(s),
            data_gate(s),
        ],
        body: serde_json::to_value(&body).expect("a report serializes"),
    }
}

/// Rows of rewritten tables, values rewritten and NULLs kept, over every table.
fn totals(s: &Stats) -> (u64, u64, u64) {
    let rows: u64 = s.rewritten().map(|(_, t)| t.rows).sum();
    let values: u64 = s.tables.values().map(|t| t.values_rewritten).sum();
    let nulls: u64 = s.tables.values().map(|t| t.nulls_kept).sum();
    (rows, values, nulls)
}

/// One line: what the outcome means.
fn headline(manifest: &Manifest, s: &Stats) -> String {
    let (rows, values, _) = totals(s);
    match &manifest.error {
        None => format!(
            "{} tables passed the gate; {values} values rewritten in {rows} rows",
            s.tables_seen.len()
        ),
        Some(e) => format!("the run failed (exit {}): {e}", manifest.exit_status),
    }
}

/// The key figures at the top of the report.
fn summary(
    manifest: &Manifest,
    s: &Stats,
    gate: Option<&SchemaReport>,
    passed: bool,
    secs: f64,
) -> Vec<(String, String)> {
    let (rows, values, nulls) = totals(s);
    let kept_rows = s.rows() - rows;
    let gate_text = match gate {
        Some(g) => format!(
            "check-first: {} tables, {} columns covered; {} stale rule(s), {} kept column(s) that look personal",
            g.tables, g.columns, g.stale.len(), g.personal_keep.len()
        ),
        None => "gated at each CREATE TABLE".into(),
    };
    vec![
        (
            "result".to_string(),
            if passed { "pass" } else { "fail" }.to_string(),
        ),
        ("exit status".into(), manifest.exit_status.to_string()),
        ("tables".into(), s.tables_seen.len().to_string()),
        ("rows in rewritten tables".into(), rows.to_string()),
        (
            "rows in tables copied unchanged".into(),
            kept_rows.to_string(),
        ),
        ("values rewritten".into(), values.to_string()),
        ("NULLs kept".into(), nulls.to_string()),
        (
            "unreadable values (took the rule's fallback)".into(),
            s.fallbacks.values().sum::<u64>().to_string(),
        ),
        ("bytes in".into(), s.bytes_in.to_string()),
        ("bytes out".into(), s.bytes_out.to_string()),
        ("seconds".into(), format!("{secs:.2}")),
        (
            "read + split + gate (s)".into(),
            format!("{:.2}", s.read_secs),
        ),
        (
            "rewrite, all workers (s)".into(),
            format!("{:.2}", s.rewrite_secs),
        ),
        (
            "write: compress, encrypt, output (s)".into(),
            format!("{:.2}", s.write_secs),
        ),
        ("gate".into(), gate_text),
        (
            "output gate".into(),
            format!(
                "{} columns of {} tables tested on what was written ({} of them rewritten), {} later windows judged; {} originals learnt, {} written pieces searched for them; {} undecided; {} waiver(s) used",
                s.gate.columns,
                s.gate.tables,
                s.gate.rewritten,
                s.gate.windows,
                s.gate.originals_learnt,
                s.gate.originals_searched,
                s.gate.undecided.len(),
                s.gate.waived.len()
            ),
        ),
    ]
}

/// The rewritten columns whose rule wrote values unchanged.
fn unchanged(s: &Stats) -> Section {
    Section {
        title: "Rewritten columns: values written unchanged".into(),
        note: "For every rewritten column, the values its rule wrote byte-equal to their input (not NULL, not empty, not a documented kept value such as `admin`). The output gate judges those values as if the column were kept.".into(),
        headers: vec!["column".into(), "rule".into(), "unchanged".into(), "of".into(), "share".into()],
        rows: s
            .gate
            .unchanged
            .iter()
            .filter(|u| u.unchanged > 0)
            .map(|u| {
                vec![
                    Cell::from(u.column.as_str()),
                    Cell::from(u.rule.as_str()),
                    Cell::Num(u.unchanged),
                    Cell::Num(u.of),
                    Cell::from(format!("{:.1}%", 100.0 * u.unchanged as f64 / u.of.max(1) as f64)),
                ]
            })
            .collect(),
    }
}

/// What the output gate waived or left undecided.
fn data_gate(s: &Stats) -> Section {
    Section {
        title: "Output gate".into(),
        note: "Columns the output gate let through under a waiver from the rules, and those it left UNDECIDED (reported, not failing): review them.".into(),
        headers: vec!["column".into(), "detector".into(), "state".into(), "why".into()],
        rows: s
            .gate
            .waived
            .iter()
            .map(|(c, d, r)| {
                vec![Cell::from(c.as_str()), Cell::from(d.as_str()), Cell::from("waived"), Cell::from(r.as_str())]
            })
            .chain(s.gate.undecided.iter().flat_map(|p| {
                p.decision
                    .evidence
                    .iter()
                    .filter(|e| e.verdict == crate::pii::column::Verdict::Undecided)
                    .map(|e| {
                        vec![
                            Cell::from(p.column.as_str()),
                            Cell::from(e.kind.name()),
                            Cell::from("undecided"),
                            Cell::from(e.why.as_str()),
                        ]
                    })
            }))
            .collect(),
    }
}

/// Rows per table.
fn tables(s: &Stats) -> Section {
    Section {
        title: "Rows per table".into(),
        note: "Every table with rows: rewritten ones, and those copied unchanged (no values rewritten).".into(),
        headers: vec!["table".into(), "rows".into(), "values rewritten".into(), "NULLs kept".into()],
        rows: s
            .tables
            .iter()
            .map(|(t, c)| {
                vec![
                    Cell::from(t.as_str()),
                    Cell::Num(c.rows),
                    Cell::Num(c.values_rewritten),
                    Cell::Num(c.nulls_kept),
                ]
            })
            .collect(),
    }
}

/// Values that took their rule's fallback.
fn fallbacks(s: &Stats) -> Section {
    Section {
        title: "Values the rule could not read".into(),
        note: "A phone field with no number, a date in no known form, a number that is not one: each was written as the rule's `on_unparsed` fallback (mask by default), never as it was.".into(),
        headers: vec!["column".into(), "values".into()],
        rows: s
            .fallbacks
            .iter()
            .map(|(c, n)| vec![Cell::from(c.as_str()), Cell::Num(*n)])
            .collect(),
    }
}

/// Values rewritten per strategy.
fn strategies(s: &Stats) -> Section {
    Section {
        title: "Values rewritten per strategy".into(),
        note: String::new(),
        headers: vec!["strategy".into(), "values".into()],
        rows: s
            .by_strategy
            .iter()
            .map(|(k, v)| vec![Cell::from(k.as_str()), Cell::Num(*v)])
            .collect(),
    }
}

/// The report's body, as its type.
fn run_body(manifest: &Manifest, s: &Stats, gate: Option<&SchemaReport>, secs: f64) -> RunReport {
    let (_, _, nulls) = totals(s);
    RunReport {
        manifest: manifest.clone(),
        tables: s.tables.clone(),
        values_per_strategy: s.by_strategy.clone(),
        fallbacks: s.fallbacks.clone(),
        shaped_tokens: s.shaped.clone(),
        nulls_kept: nulls,
        bytes_in: s.bytes_in,
        bytes_out: s.bytes_out,
        seconds: Seconds {
            total: secs,
            read_split_gate: s.read_secs,
            rewrite: s.rewrite_secs,
            write: s.write_secs,
        },
        gate: RunGates {
            tables: s.tables_seen.len(),
            check_first: gate.map(|g| CheckFirst {
                tables: g.tables,
                columns: g.columns,
                stale: g.stale.clone(),
                personal_keep: g.personal_keep.len(),
                flyway: g.flyway.clone(),
            }),
            data_gate: DataGate {
                tables: s.gate.tables,
                columns: s.gate.columns,
                rewritten_columns: s.gate.rewritten,
                windows: s.gate.windows,
                originals_learnt: s.gate.originals_learnt,
                originals_searched: s.gate.originals_searched,
                waived: s
                    .gate
                    .waived
                    .iter()
                    .map(|(c, d, r)| Waived {
                        column: c.clone(),
                        detector: d.clone(),
                        reason: r.clone(),
                    })
                    .collect(),
                undecided: s.gate.undecided.clone(),
                unchanged: s.gate.unchanged.clone(),
            },
        },
    }
}

/// The body of a run report (`--report FILE.json`, under `report`): what the run did, as types
/// that serialize and read back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunReport {
    /// The run's manifest.
    pub manifest: Manifest,
    /// Counts per `db.table` (rewritten, and kept ones with `kept`).
    pub tables: BTreeMap<String, TableStats>,
    /// Values rewritten per strategy.
    pub values_per_strategy: BTreeMap<String, u64>,
    /// Values that took their rule's fallback, per column.
    pub fallbacks: BTreeMap<String, u64>,
    /// Identity-shaped tokens `scrub` rewrote shape for shape, per column.
    pub shaped_tokens: BTreeMap<String, u64>,
    /// NULLs kept in rewritten columns.
    pub nulls_kept: u64,
    /// Plain bytes read.
    pub bytes_in: u64,
    /// Bytes written.
    pub bytes_out: u64,
    /// Where the time went.
    pub seconds: Seconds,
    /// The gates' results.
    pub gate: RunGates,
}

/// Where a run's time went, in seconds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Seconds {
    /// The whole run.
    pub total: f64,
    /// The reader thread: reading, splitting, gating.
    pub read_split_gate: f64,
    /// The workers, summed.
    pub rewrite: f64,
    /// Writing the output.
    pub write: f64,
}

/// The gates of a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunGates {
    /// Tables the dump declared (each gated at its CREATE TABLE).
    pub tables: usize,
    /// `--check-first`'s result, when given.
    pub check_first: Option<CheckFirst>,
    /// The output gate.
    pub data_gate: DataGate,
}

/// `--check-first`'s result in a run report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckFirst {
    /// Tables checked.
    pub tables: usize,
    /// Columns checked.
    pub columns: usize,
    /// Rules for what the schema no longer has.
    pub stale: Vec<String>,
    /// Kept columns that look personal.
    pub personal_keep: usize,
    /// Flyway versions against the rules'.
    pub flyway: Vec<FlywayCheck>,
}

/// The output gate's result in a run report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DataGate {
    /// Tables whose written values were tested.
    pub tables: u64,
    /// Columns tested.
    pub columns: u64,
    /// Of those, rewritten columns.
    pub rewritten_columns: u64,
    /// Windows judged after the tables' heads.
    pub windows: u64,
    /// Distinct originals learnt.
    pub originals_learnt: u64,
    /// Written pieces searched for them.
    pub originals_searched: u64,
    /// Columns personal under a waiver that holds.
    pub waived: Vec<Waived>,
    /// Columns left undecided.
    pub undecided: Vec<ColumnProfile>,
    /// Rewritten columns' values written unchanged.
    pub unchanged: Vec<Unchanged>,
}

/// A waiver the output gate used.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Waived {
    /// `db.table.column`.
    pub column: String,
    /// The detector waived.
    pub detector: String,
    /// The waiver's reason.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_body_reads_back_as_its_type() {
        let mut stats = Stats::default();
        stats.tables.insert(
            "db.t".into(),
            TableStats {
                rows: 3,
                kept: true,
                ..TableStats::default()
            },
        );
        let manifest = Manifest::new("transform", SystemTime::now());
        let report = transform_report(&manifest, Some(&stats), None, SystemTime::now());
        let back: RunReport = serde_json::from_value(report.body.clone()).unwrap();
        assert_eq!(back.tables["db.t"], stats.tables["db.t"]);
        assert_eq!(serde_json::to_value(&back).unwrap(), report.body);
        let check = crate::report::check::check_report(
            &SchemaReport::default(),
            std::path::Path::new("r.yaml"),
        );
        let _: crate::report::check::CheckBody = serde_json::from_value(check.body).unwrap();
    }
}
