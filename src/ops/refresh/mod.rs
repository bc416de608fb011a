//! `refresh`: production to UAT in one process, with the client tools as child processes.
//!
//! `full`: fuses → preflight (tools, keys, rules, both servers, disk) → gate 1 (the source's
//! schema through the `check` gate, Flyway versions included) → each database dumped from the
//! source (`--single-transaction --quick --routines --triggers --events`) straight through the
//! engine (with its data gate) into an encrypted anonymized backup, `db_identity` first so its
//! name fingerprints feed the others' notes → gate 2 (by default the run's own evidence: its
//! output gate tested every written row, and the manifests vouch for the files on disk;
//! `gate2: full` runs `verify --fingerprints`, which reads and so authenticates every chunk)
//! → an encrypted rollback backup of the target databases →
//! drop, recreate, restore → post-restore checks (row counts equal the manifests', the
//! target's tables and columns equal the source's). `anonymize-only` stops after gate 2,
//! `restore-only` starts from a backup directory, `dry-run` stops after gate 1, `rollback`
//! restores a rollback backup. Every run appends one JSON line to `backup_dir/audit.jsonl`
//! and rewrites `backup_dir/latest_refresh.json`.

mod anonymize;
mod audit;
pub(crate) mod client;
pub mod config;
pub(crate) mod fuses;
mod gates;
mod post_checks;
mod preflight;
mod restore;
mod sql;
pub use client::sweep_option_files;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use audit::write_audit;
pub use audit::{Artifact, Audit, AuditSource, AuditTarget, Step};
use config::Config;

use crate::error::{Exit, Result};
use crate::observe::Observer;
use crate::report::manifest::rfc3339;
use crate::transform::{Engine, Options};

/// What a refresh does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Everything, production to the target.
    Full,
    /// Up to the verified anonymized backups; the target is not touched.
    AnonymizeOnly,
    /// Restore the anonymized backups in this directory (gate 2 first).
    RestoreOnly(PathBuf),
    /// Fuses, preflight and gate 1 only.
    DryRun,
    /// Restore the target from the rollback backup in this directory.
    Rollback(PathBuf),
}

impl Mode {
    /// The mode's name in the audit log.
    pub fn name(&self) -> &'static str {
        match self {
            Mode::Full => "full",
            Mode::AnonymizeOnly => "anonymize-only",
            Mode::RestoreOnly(_) => "restore-only",
            Mode::DryRun => "dry-run",
            Mode::Rollback(_) => "rollback",
        }
    }

    /// True when the mode writes to the target.
    pub fn writes_target(&self) -> bool {
        matches!(self, Mode::Full | Mode::RestoreOnly(_) | Mode::Rollback(_))
    }
}

/// A refresh about to run.
pub struct Refresh<'a> {
    /// The configuration.
    pub config: &'a Config,
    /// The target's name.
    pub target_name: &'a str,
    /// The mode.
    pub mode: Mode,
    /// `--confirm-overwrite` was given.
    pub confirmed: bool,
    /// The configuration file (for the rollback command).
    pub config_path: PathBuf,
    /// Told about inputs, tables and bytes as the engine goes.
    pub observer: Option<Arc<dyn Observer>>,
    /// Said after each step (one line, no data).
    pub say: &'a (dyn Fn(&str) + Sync),
}

impl Refresh<'_> {
    /// Run it. The audit line and `latest_refresh.json` are written whatever happens (a
    /// failure to write them fails a run that succeeded).
    ///
    /// # Errors
    /// The first step that fails: fuses and keys (3), drift or the data gate (2), a leak (4),
    /// anything else (1).
    pub fn run(&self) -> (Result<()>, Audit) {
        let started = SystemTime::now();
        let mut audit = Audit {
            // The process's own user (uid → name): cron sets no USER or LOGNAME.
            user: uzers::get_current_username()
                .map(|u| u.to_string_lossy().into_owned())
                .unwrap_or_else(|| format!("uid {}", uzers::get_current_uid())),
            host: crate::observe::webhook::hostname(),
            started: rfc3339(started),
            mode: self.mode.name().into(),
            source: AuditSource {
                host: self.config.source.host.clone(),
                port: self.config.source.port,
                databases: self.config.source.databases.clone(),
            },
            ..Audit::default()
        };
        let result = self.steps(&mut audit);
        audit.finished = rfc3339(SystemTime::now());
        audit.exit_status = match &result {
            Ok(()) => 0,
            Err(e) => Exit::of(e) as u8,
        };
        audit.error = result.as_ref().err().map(|e| e.to_string());
        let written = write_audit(&self.config.backup_dir, &audit);
        let result = match (result, written) {
            (Ok(()), Err(e)) => Err(e),
            (r, _) => r,
        };
        (result, audit)
    }

    /// Record a step that took `seconds` with result `r` in the audit, say it when it passed,
    /// and hand `r` on.
    fn record(&self, audit: &mut Audit, name: &str, seconds: f64, r: Result<()>) -> Result<()> {
        audit.steps.push(Step {
            step: name.into(),
            seconds,
            result: r.as_ref().map_or_else(|e| e.to_string(), |()| "ok".into()),
        });
        if r.is_ok() {
            (self.say)(&format!("{name}: ok"));
        }
        r
    }

    fn steps(&self, audit: &mut Audit) -> Result<()> {
        let config = self.config;
        let target = config.target(self.target_name)?;
        audit.target = Some(AuditTarget {
            name: self.target_name.to_string(),
            environment: target.environment.clone(),
            host: target.host.clone(),
            port: target.port,
            database_map: target.database_map.clone(),
        });
        let step = |audit: &mut Audit, name: &str, f: &mut dyn FnMut(&mut Audit) -> Result<()>| {
            let t = Instant::now();
            let r = f(audit);
            self.record(audit, name, t.elapsed().as_secs_f64(), r)
        };
        step(audit, "fuses", &mut |_| {
            fuses::check(
                config,
                self.target_name,
                target,
                self.mode.writes_target(),
                self.confirmed,
            )
        })?;
        let mut pre = None;
        step(audit, "preflight", &mut |a| {
            pre = Some(self.preflight(target, a)?);
            Ok(())
        })?;
        let pre = pre.expect("preflight ran");
        if let Mode::Rollback(dir) = &self.mode {
            return step(audit, "rollback restore", &mut |a| {
                self.restore_rollback(&pre, target, dir, a)
            });
        }
        let rollback_command = || {
            format!(
                "amrit-stream refresh --config {} --target {} --confirm-overwrite --rollback {}",
                self.config_path.display(),
                self.target_name,
                pre.run_dir.join("rollback").display()
            )
        };
        let backups = match &self.mode {
            Mode::RestoreOnly(dir) => {
                step(audit, "gate2 (verify)", &mut |a| self.gate2(&pre, dir, a))?;
                step(audit, "rollback backup", &mut |a| {
                    self.rollback_backup(&pre, target, a)?;
                    a.rollback_command = Some(rollback_command());
                    Ok(())
                })?;
                dir.clone()
            }
            _ => {
                step(audit, "gate1 (schema)", &mut |a| self.gate1(&pre, a))?;
                if self.mode == Mode::DryRun {
                    return Ok(());
                }
                // One engine for every database: the names one database learnt are an input
                // of the next database's job.
                let engine = Engine::build(
                    &pre.rules,
                    Options {
                        key: Some(pre.key.clone()),
                        derivation: self.config.keys.derivation,
                        count_rows: true,
                        // Gate 2 takes the output gate's verdict on every row as its evidence.
                        gate_every_row: self.config.gate2 == config::Gate2::Evidence,
                        observer: self.observer.clone(),
                        ..Options::default()
                    },
                )?;
                // The rollback backup reads the target while the source is anonymized (other
                // servers, other work): it is joined, and recorded, before anything is
                // restored, and waited for whatever happens.
                std::thread::scope(|s| -> Result<()> {
                    let backup = self.mode.writes_target().then(|| {
                        s.spawn(|| {
                            let t = Instant::now();
                            let mut a = Audit::default();
                            let r = self.rollback_backup(&pre, target, &mut a);
                            (r, a, t.elapsed().as_secs_f64())
                        })
                    });
                    let mut anonymized = || -> Result<()> {
                        // Recorded in the configuration's order; the steps overlapped.
                        let parts = self.anonymize_and_verify(&pre, &engine);
                        let mut verify = (0.0, Ok(()));
                        for part in parts {
                            audit.rows.extend(part.audit.rows);
                            audit.artifacts.extend(part.audit.artifacts);
                            audit.gates.extend(part.audit.gates);
                            let (seconds, r) = part.anonymize;
                            self.record(audit, &format!("anonymize {}", part.db), seconds, r)?;
                            if let Some((seconds, r)) = part.verify {
                                verify.0 += seconds;
                                verify.1 = verify.1.and(r);
                            }
                        }
                        let name = match self.config.gate2 {
                            config::Gate2::Evidence => "gate2 (evidence)",
                            config::Gate2::Full => "gate2 (verify)",
                        };
                        self.record(audit, name, verify.0, verify.1)
                    };
                    let anonymized = anonymized();
                    let Some(backup) = backup else {
                        return anonymized;
                    };
                    let (r, a, seconds) = backup.join().expect("the rollback backup panicked");
                    anonymized?;
                    self.record(audit, "rollback backup", seconds, r)?;
                    audit.artifacts.extend(a.artifacts);
                    audit.rollback_command = Some(rollback_command());
                    Ok(())
                })?;
                pre.run_dir.clone()
            }
        };
        if self.mode == Mode::AnonymizeOnly {
            return Ok(());
        }
        step(audit, "restore", &mut |a| {
            self.restore(&pre, target, &backups, a)
        })?;
        step(audit, "post-restore checks", &mut |a| {
            self.post_checks(&pre, target, &backups, a)
        })?;
        step(audit, "retention", &mut |_| {
            crate::ops::retention::retain_runs(
                &config.backup_dir,
                &pre.run_dir,
                config.retention,
                SystemTime::now(),
            )
        })
    }
}
