//! Prometheus metrics of a run, for node_exporter's textfile collector: an [`Observer`] that
//! counts what the engine reports, plus what the command adds at the end (rows per database,
//! each batch file's result, drift, data-gate stops, leaks), written to a `.prom` file
//! atomically (temporary name, then rename) whenever [`Metrics::write`] is called — the binary
//! calls it every 10 s and at the end. Names and counts only.
//!
//! Every metric carries the label `command` (`transform`, `convert`, `verify`…), so one
//! collector directory can hold the files of several jobs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Instant, SystemTime};

use prometheus::{Encoder, GaugeVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder};

use super::{Event, Observer};
use crate::error::{Error, ErrorKind, Exit, Result};
use crate::io::atomic::AtomicFile;

/// Every metric: name, type, help. README documents the same list.
pub const METRICS: [(&str, &str, &str); 12] = [
    ("amrit_stream_running", "gauge", "1 while the run is going, 0 once it ended"),
    ("amrit_stream_exit_status", "gauge", "Exit status of the last run (0 ok, 1 error, 2 drift or data gate, 3 refused, 4 leak, 129/130/143 interrupted); -1 while running"),
    ("amrit_stream_run_duration_seconds", "gauge", "Seconds since the run started (its duration once it ended)"),
    ("amrit_stream_bytes_read_total", "counter", "Plain dump bytes read, per input file"),
    ("amrit_stream_bytes_written_total", "counter", "Dump bytes written (before compression and encryption), per input file"),
    ("amrit_stream_rows_total", "counter", "Rows read, per database"),
    ("amrit_stream_files_total", "counter", "Batch inputs by result: converted, skipped, failed"),
    ("amrit_stream_drift_detected", "gauge", "1 when the run stopped on schema drift or an uncovered column"),
    ("amrit_stream_data_gate_stops_total", "counter", "Runs or files the data gate stopped (a kept column holds personal data)"),
    ("amrit_stream_leaks_found", "gauge", "Leaks verify found (0 when it found none)"),
    ("amrit_stream_last_success_timestamp_seconds", "gauge", "Unix time of the last run that ended with status 0 (kept across failed runs)"),
    ("amrit_stream_started_timestamp_seconds", "gauge", "Unix time the run started"),
];

#[derive(Default)]
struct State {
    bytes_read: BTreeMap<String, u64>,
    bytes_written: BTreeMap<String, u64>,
    rows: BTreeMap<String, u64>,
    files: BTreeMap<&'static str, u64>,
    exit: Option<Exit>,
    drift: bool,
    gate_stops: u64,
    leaks: u64,
}

/// The metrics of one run of one command, and the file they are written to.
pub struct Metrics {
    command: String,
    path: PathBuf,
    started: Instant,
    started_at: SystemTime,
    last_success: Option<f64>,
    state: Mutex<State>,
}

impl Metrics {
    /// Metrics of `command` written to `path`; the last-success time of an earlier file at
    /// `path` is carried over.
    pub fn new(command: &str, path: &Path) -> Metrics {
        let last_success = std::fs::read_to_string(path)
            .ok()
            .and_then(|t| last_success_in(&t));
        Metrics {
            command: command.to_string(),
            path: path.to_path_buf(),
            started: Instant::now(),
            started_at: SystemTime::now(),
            last_success,
            state: Mutex::new(State::default()),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Add rows per database from `db.table` row counts.
    pub fn add_rows<'a>(&self, tables: impl IntoIterator<Item = (&'a str, u64)>) {
        let mut s = self.state();
        for (table, rows) in tables {
            let db = table.split_once('.').map_or("", |(d, _)| d);
            *s.rows.entry(db.to_string()).or_default() += rows;
        }
    }

    /// Count one batch input's result (`converted`, `skipped`, `failed`) and, for a failure,
    /// what stopped it.
    pub fn file_done(&self, result: &'static str, error: Option<&Error>) {
        *self.state().files.entry(result).or_default() += 1;
        if let Some(e) = error {
            self.note_error(e);
        }
    }

    /// Record the leaks `verify` found.
    pub fn set_leaks(&self, n: u64) {
        self.state().leaks = n;
    }

    fn note_error(&self, e: &Error) {
        let mut s = self.state();
        match e.kind() {
            ErrorKind::DataGate { .. } => s.gate_stops += 1,
            ErrorKind::Drift(_) | ErrorKind::Uncovered { .. } | ErrorKind::Unfit { .. } => {
                s.drift = true;
            }
            _ => {}
        }
    }

    /// Record how the run ended (and what stopped it).
    pub fn finish(&self, exit: Exit, error: Option<&Error>) {
        if let Some(e) = error {
            self.note_error(e);
        }
        self.state().exit = Some(exit);
    }

    /// The metrics in Prometheus text format (0.0.4).
    pub fn render(&self) -> String {
        let s = self.state();
        let registry = Registry::new();
        let command = self.command.as_str();
        let gauge = |name: &str| {
            let help = help_of(name);
            let g = GaugeVec::new(Opts::new(name, help), &["command"]).expect("metric");
            registry
                .register(Box::new(g.clone()))
                .expect("unique metric");
            g
        };
        let labelled = |name: &str, label: &str| {
            let help = help_of(name);
            let c = IntCounterVec::new(Opts::new(name, help), &["command", label]).expect("metric");
            registry
                .register(Box::new(c.clone()))
                .expect("unique metric");
            c
        };
        let running = s.exit.is_none();
        gauge("amrit_stream_running")
            .with_label_values(&[command])
            .set(if running { 1.0 } else { 0.0 });
        gauge("amrit_stream_exit_status")
            .with_label_values(&[command])
            .set(s.exit.map_or(-1.0, |e| f64::from(e as u8)));
        gauge("amrit_stream_run_duration_seconds")
            .with_label_values(&[command])
            .set(self.started.elapsed().as_secs_f64());
        let read = labelled("amrit_stream_bytes_read_total", "input");
        for (input, n) in &s.bytes_read {
            read.with_label_values(&[command, input]).inc_by(*n);
        }
        let written = labelled("amrit_stream_bytes_written_total", "input");
        for (input, n) in &s.bytes_written {
            written.with_label_values(&[command, input]).inc_by(*n);
        }
        let rows = labelled("amrit_stream_rows_total", "database");
        for (db, n) in &s.rows {
            rows.with_label_values(&[command, db]).inc_by(*n);
        }
        let files = labelled("amrit_stream_files_total", "result");
        for result in ["converted", "skipped", "failed"] {
            files
                .with_label_values(&[command, result])
                .inc_by(s.files.get(result).copied().unwrap_or(0));
        }
        let ints = |name: &str| {
            let help = help_of(name);
            let g = IntGaugeVec::new(Opts::new(name, help), &["command"]).expect("metric");
            registry
                .register(Box::new(g.clone()))
                .expect("unique metric");
            g
        };
        ints("amrit_stream_drift_detected")
            .with_label_values(&[command])
            .set(i64::from(s.drift));
        let stops = labelled("amrit_stream_data_gate_stops_total", "scope");
        stops
            .with_label_values(&[command, "run"])
            .inc_by(s.gate_stops);
        ints("amrit_stream_leaks_found")
            .with_label_values(&[command])
            .set(s.leaks as i64);
        let now = unix(SystemTime::now());
        let last = match s.exit {
            Some(Exit::Ok) => Some(now),
            _ => self.last_success,
        };
        let last_g = gauge("amrit_stream_last_success_timestamp_seconds");
        if let Some(t) = last {
            last_g.with_label_values(&[command]).set(t);
        }
        gauge("amrit_stream_started_timestamp_seconds")
            .with_label_values(&[command])
            .set(unix(self.started_at));
        let mut out = Vec::new();
        TextEncoder::new()
            .encode(&registry.gather(), &mut out)
            .expect("text encoding");
        String::from_utf8(out).expect("UTF-8 metrics")
    }

    /// Write the metrics file atomically.
    ///
    /// # Errors
    /// The file cannot be written.
    pub fn write(&self) -> Result<()> {
        use std::io::Write;
        let text = self.render();
        let mut f = AtomicFile::create(&self.path)?;
        f.write_all(text.as_bytes())
            .map_err(|e| Error::io(format!("writing {}", self.path.display()), e))?;
        f.commit()
    }
}

impl Observer for Metrics {
    fn event(&self, e: &Event<'_>) {
        match *e {
            Event::BytesRead { input, bytes } => {
                self.state().bytes_read.insert(input.to_string(), bytes);
            }
            Event::InputDone {
                input,
                bytes_in,
                bytes_out,
                ..
            } => {
                let mut s = self.state();
                s.bytes_read.insert(input.to_string(), bytes_in);
                s.bytes_written.insert(input.to_string(), bytes_out);
            }
            _ => {}
        }
    }
}

/// The documented help text of a metric.
fn help_of(name: &str) -> &'static str {
    METRICS.iter().find(|m| m.0 == name).map_or("", |m| m.2)
}

fn unix(t: SystemTime) -> f64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs() as f64)
}

/// The last-success time recorded in an earlier metrics file.
fn last_success_in(text: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with("amrit_stream_last_success_timestamp_seconds{"))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_metric_is_rendered_with_its_type() {
        let d = tempfile::tempdir().unwrap();
        let m = Metrics::new("convert", &d.path().join("m.prom"));
        m.event(&Event::BytesRead {
            input: "a.sql",
            bytes: 10,
        });
        m.event(&Event::InputDone {
            input: "a.sql",
            bytes_in: 12,
            bytes_out: 11,
            rows: 7,
        });
        m.add_rows([("db_iemr.t_bencall", 5), ("db_iemr.t_x", 2)]);
        m.file_done("converted", None);
        let text = m.render();
        for (name, ty, _) in METRICS {
            if name == "amrit_stream_last_success_timestamp_seconds" {
                continue;
            }
            assert!(
                text.contains(&format!("# TYPE {name} {ty}")),
                "{name}\n{text}"
            );
        }
        assert!(
            text.contains("amrit_stream_running{command=\"convert\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("amrit_stream_rows_total{command=\"convert\",database=\"db_iemr\"} 7"),
            "{text}"
        );
        assert!(!text.contains("amrit_stream_last_success_timestamp_seconds{"));
    }

    #[test]
    fn the_last_success_survives_a_failed_run() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("m.prom");
        let ok = Metrics::new("transform", &path);
        ok.finish(Exit::Ok, None);
        ok.write().unwrap();
        let first = last_success_in(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(first > 1.7e9);
        let failed = Metrics::new("transform", &path);
        let e: Error = ErrorKind::DataGate {
            pos: None,
            what: "x".into(),
        }
        .into();
        failed.finish(Exit::of(&e), Some(&e));
        failed.write().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(last_success_in(&text), Some(first));
        assert!(
            text.contains("amrit_stream_exit_status{command=\"transform\"} 2"),
            "{text}"
        );
        assert!(
            text.contains(
                "amrit_stream_data_gate_stops_total{command=\"transform\",scope=\"run\"} 1"
            ),
            "{text}"
        );
    }
}
