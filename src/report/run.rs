//! The run report of `transform` ("anonymization result"): outcome, rows per table, values
//! rewritten per strategy, NULLs kept, bytes, time per stage, gate results.

use std::time::SystemTime;

use super::manifest::Manifest;
use super::{Cell, Report, Section};
use crate::gates::schema::SchemaReport;
use crate::transform::Stats;

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
    let rows: u64 = s.rewritten().map(|(_, t)| t.rows).sum();
    let values: u64 = s.tables.values().map(|t| t.values_rewritten).sum();
    let nulls: u64 = s.tables.values().map(|t| t.nulls_kept).sum();
    let kept_rows: u64 = s.rows() - rows;
    let passed = stats.is_some();
    let headline = match &manifest.error {
        None => format!(
            "{} tables passed the gate; {values} values rewritten in {rows} rows",
            s.tables_seen.len()
        ),
        Some(e) => format!("the run failed (exit {}): {e}", manifest.exit_status),
    };
    let gate_text = match gate {
        Some(g) => format!(
            "check-first: {} tables, {} columns covered; {} stale rule(s), {} kept column(s) that look personal",
            g.tables, g.columns, g.stale.len(), g.personal_keep.len()
        ),
        None => "gated at each CREATE TABLE".into(),
    };
    let summary = vec![
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
    ];
    let unchanged = Section {
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
    };
    let data_gate = Section {
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
    };
    let tables = Section {
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
    };
    let fallbacks = Section {
        title: "Values the rule could not read".into(),
        note: "A phone field with no number, a date in no known form, a number that is not one: each was written as the rule's `on_unparsed` fallback (mask by default), never as it was.".into(),
        headers: vec!["column".into(), "values".into()],
        rows: s
            .fallbacks
            .iter()
            .map(|(c, n)| vec![Cell::from(c.as_str()), Cell::Num(*n)])
            .collect(),
    };
    let strategies = Section {
        title: "Values rewritten per strategy".into(),
        note: String::new(),
        headers: vec!["strategy".into(), "values".into()],
        rows: s
            .by_strategy
            .iter()
            .map(|(k, v)| vec![Cell::from(k.as_str()), Cell::Num(*v)])
            .collect(),
    };
    let body = serde_json::json!({
        "manifest": manifest,
        "tables": s.tables,
        "values_per_strategy": s.by_strategy,
        "fallbacks": s.fallbacks,
        "shaped_tokens": s.shaped,
        "nulls_kept": nulls,
        "bytes_in": s.bytes_in,
        "bytes_out": s.bytes_out,
        "seconds": {"total": secs, "read_split_gate": s.read_secs, "rewrite": s.rewrite_secs, "write": s.write_secs},
        "gate": {
            "tables": s.tables_seen.len(),
            "check_first": gate.map(|g| serde_json::json!({
                "tables": g.tables, "columns": g.columns, "stale": g.stale,
                "personal_keep": g.personal_keep.len(), "flyway": g.flyway,
            })),
            "data_gate": {
                "tables": s.gate.tables,
                "columns": s.gate.columns,
                "rewritten_columns": s.gate.rewritten,
                "windows": s.gate.windows,
                "originals_learnt": s.gate.originals_learnt,
                "originals_searched": s.gate.originals_searched,
                "waived": s.gate.waived.iter().map(|(c, d, r)| serde_json::json!({"column": c, "detector": d, "reason": r})).collect::<Vec<_>>(),
                "undecided": s.gate.undecided,
                "unchanged": s.gate.unchanged,
            },
        },
    });
    Report {
        kind: "transform",
        passed,
        headline,
        summary,
        sections: vec![tables, strategies, fallbacks, unchanged, data_gate],
        body,
    }
}
