//! The report of a `convert` batch: one row per input (rows, plain MB/s, result, the error's
//! first line), as JSON and HTML.

use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::manifest::rfc3339;
use super::{Cell, Report, Section};
use crate::error::Exit;

/// One input of the batch, as the summary shows it.
#[derive(Debug, Clone)]
pub struct FileRow {
    /// The input as given.
    pub input: String,
    /// The output's file name.
    pub output: String,
    /// Rows read (0 when skipped or failed).
    pub rows: u64,
    /// Plain MB/s, or `-`.
    pub rate: String,
    /// `converted`, `skipped` or `failed`.
    pub result: &'static str,
    /// The error's first line (names and positions only), or empty.
    pub error: String,
}

/// The batch's report.
pub fn convert_report(rows: &[FileRow], exit: Exit, headline: &str, started: SystemTime) -> Report {
    let count = |r: &str| rows.iter().filter(|x| x.result == r).count().to_string();
    Report {
        kind: "convert",
        passed: exit == Exit::Ok,
        headline: headline.to_string(),
        summary: vec![
            ("files".into(), rows.len().to_string()),
            ("converted".into(), count("converted")),
            ("skipped".into(), count("skipped")),
            ("failed".into(), count("failed")),
            ("exit status".into(), (exit as u8).to_string()),
        ],
        sections: vec![Section {
            title: "Files".into(),
            note: "One row per input: rows read, plain MB/s, the result and, for a failure, why."
                .into(),
            headers: ["input", "output", "rows", "MB/s", "result", "error"]
                .map(String::from)
                .to_vec(),
            rows: rows
                .iter()
                .map(|r| {
                    vec![
                        Cell::from(r.input.as_str()),
                        Cell::from(r.output.as_str()),
                        Cell::Num(r.rows),
                        Cell::from(r.rate.as_str()),
                        Cell::from(r.result),
                        Cell::from(r.error.as_str()),
                    ]
                })
                .collect(),
        }],
        body: serde_json::to_value(ConvertBody {
            started: rfc3339(started),
            exit_status: exit as u8,
            files: rows.iter().map(ConvertedFile::of).collect(),
        })
        .expect("a report serializes"),
    }
}

/// The body of a convert report (`--report FILE.json`, under `report`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConvertBody {
    /// When the batch started, RFC 3339 UTC.
    pub started: String,
    /// The batch's exit status.
    pub exit_status: u8,
    /// One entry per input.
    pub files: Vec<ConvertedFile>,
}

/// One input of a convert report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConvertedFile {
    /// The input as given.
    pub input: String,
    /// The output's file name.
    pub output: String,
    /// Rows read.
    pub rows: u64,
    /// Plain MB/s, or `-`.
    pub mb_per_s: String,
    /// `converted`, `skipped` or `failed`.
    pub result: String,
    /// The error's first line, or empty.
    pub error: String,
}

impl ConvertedFile {
    fn of(r: &FileRow) -> ConvertedFile {
        ConvertedFile {
            input: r.input.clone(),
            output: r.output.clone(),
            rows: r.rows,
            mb_per_s: r.rate.clone(),
            result: r.result.to_string(),
            error: r.error.clone(),
        }
    }
}
