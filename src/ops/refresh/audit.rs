//! The audit record of a refresh: one JSON line per run appended to `backup_dir/audit.jsonl`,
//! and the same record as `backup_dir/latest_refresh.json`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::report::manifest::blake3_of_file;

/// One step of a run, for the audit log.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    /// Its name (`preflight`, `gate1`, `anonymize db_iemr`…).
    pub step: String,
    /// Seconds it took.
    pub seconds: f64,
    /// `ok`, or the error (names and positions only).
    pub result: String,
}

/// The audit record of one run (one line of `audit.jsonl`).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Audit {
    /// The OS user.
    pub user: String,
    /// This machine.
    pub host: String,
    /// Start, RFC 3339 UTC.
    pub started: String,
    /// End, RFC 3339 UTC.
    pub finished: String,
    /// The mode.
    pub mode: String,
    /// The source: host, port, databases (never a password).
    pub source: AuditSource,
    /// The target: name, environment, host, port, database map (none before it is known).
    pub target: Option<AuditTarget>,
    /// Files written: path, size and blake3.
    pub artifacts: Vec<Artifact>,
    /// Rows per `db.table` of the anonymized backups.
    pub rows: BTreeMap<String, u64>,
    /// Each gate's result.
    pub gates: BTreeMap<String, String>,
    /// Steps with their durations.
    pub steps: Vec<Step>,
    /// The exit status.
    pub exit_status: u8,
    /// The error that ended the run, if any.
    pub error: Option<String>,
    /// This run's directory under `backup_dir`.
    pub run_dir: String,
    /// The command that restores the target as it was before this run (after a failure past
    /// the rollback backup).
    pub rollback_command: Option<String>,
}

/// The source of a run, as the audit records it (never a password).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct AuditSource {
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// The databases refreshed.
    pub databases: Vec<String>,
}

/// The target of a run, as the audit records it.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct AuditTarget {
    /// Its name in the configuration.
    pub name: String,
    /// Its environment (UAT, DEV).
    pub environment: String,
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Source database → target database.
    pub database_map: BTreeMap<String, String>,
}

/// A file a run wrote.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Artifact {
    /// Its path.
    pub path: String,
    /// Its size.
    pub bytes: u64,
    /// blake3 of its bytes, hex.
    pub blake3: String,
}

/// The [`Artifact`] of a file written (hashed as it is read, never held in memory).
pub(super) fn artifact(p: &Path) -> Result<Artifact> {
    let bytes = std::fs::metadata(p)
        .map_err(|e| Error::io(format!("reading {}", p.display()), e))?
        .len();
    Ok(Artifact {
        path: p.display().to_string(),
        bytes,
        blake3: blake3_of_file(p)?,
    })
}

/// Append the audit line and rewrite `latest_refresh.json`.
pub(super) fn write_audit(dir: &Path, audit: &Audit) -> Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    let line = serde_json::to_string(audit).expect("audit serializes");
    let path = dir.join("audit.jsonl");
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
    writeln!(f, "{line}").map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    write_json(&dir.join("latest_refresh.json"), audit)
}

/// Write `value` as pretty JSON to `path`, atomically.
pub(super) fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<()> {
    use std::io::Write;
    let mut a = crate::io::atomic::AtomicFile::create(path)?;
    a.write_all(
        serde_json::to_string_pretty(value)
            .expect("serializes")
            .as_bytes(),
    )
    .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    a.commit()
}
