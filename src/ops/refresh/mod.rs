//! `refresh`: production to UAT in one process, with the client tools as child processes.
//!
//! `full`: fuses → preflight (tools, keys, rules, both servers, disk) → gate 1 (the source's
//! schema through the `check` gate, Flyway versions included) → each database dumped from the
//! source (`--single-transaction --quick --routines --triggers --events`) straight through the
//! engine (with its data gate) into an encrypted anonymized backup, `db_identity` first so its
//! name fingerprints feed the others' notes → gate 2 (`verify --fingerprints`, which reads and
//! so authenticates every chunk) → an encrypted rollback backup of the target databases →
//! drop, recreate, restore → post-restore checks (row counts equal the manifests', the
//! target's tables and columns equal the source's). `anonymize-only` stops after gate 2,
//! `restore-only` starts from a backup directory, `dry-run` stops after gate 1, `rollback`
//! restores a rollback backup. Every run appends one JSON line to `backup_dir/audit.jsonl`
//! and rewrites `backup_dir/latest_refresh.json`.

pub mod client;
pub mod config;
pub mod fuses;
pub use client::sweep_option_files;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use serde::Serialize;

use crate::error::{Error, ErrorKind, Exit, Result};
use crate::gates::fingerprint::Fingerprints;
use crate::io::crypt::Content;
use crate::io::keys::{Keyring, MasterKey};
use crate::io::output::{Output, OutputOptions};
use crate::observe::Observer;
use crate::report::manifest::{self, blake3_hex, rfc3339, Manifest, RulesEntry};
use crate::report::side_files::SideFiles;
use crate::rules::RuleSet;
use crate::transform::{Engine, Options, Source};
use client::{Login, OptionFile, Tool, Tools};
use config::{Config, Target};

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

/// One step of a run, for the audit log.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// Its name (`preflight`, `gate1`, `anonymize db_iemr`…).
    pub step: String,
    /// Seconds it took.
    pub seconds: f64,
    /// `ok`, or the error (names and positions only).
    pub result: String,
}

/// The audit record of one run (one line of `audit.jsonl`).
#[derive(Debug, Clone, Serialize, Default)]
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
    pub source: serde_json::Value,
    /// The target: name, environment, host, port, database map.
    pub target: serde_json::Value,
    /// Files written: path and blake3.
    pub artifacts: Vec<serde_json::Value>,
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
            source: serde_json::json!({
                "host": self.config.source.host, "port": self.config.source.port,
                "databases": self.config.source.databases,
            }),
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

    fn steps(&self, audit: &mut Audit) -> Result<()> {
        let config = self.config;
        let target = config.target(self.target_name)?;
        audit.target = serde_json::json!({
            "name": self.target_name, "environment": target.environment,
            "host": target.host, "port": target.port, "database_map": target.database_map,
        });
        let mut step = |name: &str, f: &mut dyn FnMut(&mut Audit) -> Result<()>| -> Result<()> {
            let t = Instant::now();
            let r = f(audit);
            audit.steps.push(Step {
                step: name.into(),
                seconds: t.elapsed().as_secs_f64(),
                result: r.as_ref().map_or_else(|e| e.to_string(), |()| "ok".into()),
            });
            if r.is_ok() {
                (self.say)(&format!("{name}: ok"));
            }
            r
        };
        step("fuses", &mut |_| {
            fuses::check(
                config,
                self.target_name,
                target,
                self.mode.writes_target(),
                self.confirmed,
            )
        })?;
        let mut pre = None;
        step("preflight", &mut |a| {
            pre = Some(self.preflight(target, a)?);
            Ok(())
        })?;
        let pre = pre.expect("preflight ran");
        if let Mode::Rollback(dir) = &self.mode {
            return step("rollback restore", &mut |a| {
                self.restore_rollback(&pre, target, dir, a)
            });
        }
        let backups = match &self.mode {
            Mode::RestoreOnly(dir) => dir.clone(),
            _ => {
                step("gate1 (schema)", &mut |a| self.gate1(&pre, a))?;
                if self.mode == Mode::DryRun {
                    return Ok(());
                }
                for db in config.ordered_databases() {
                    step(&format!("anonymize {db}"), &mut |a| {
                        self.anonymize(&pre, &db, a)
                    })?;
                }
                pre.run_dir.clone()
            }
        };
        step("gate2 (verify)", &mut |a| self.gate2(&pre, &backups, a))?;
        if self.mode == Mode::AnonymizeOnly {
            return Ok(());
        }
        step("rollback backup", &mut |a| {
            self.rollback_backup(&pre, target, a)?;
            a.rollback_command = Some(format!(
                "amrit-stream refresh --config {} --target {} --confirm-overwrite --rollback {}",
                self.config_path.display(),
                self.target_name,
                pre.run_dir.join("rollback").display()
            ));
            Ok(())
        })?;
        step("restore", &mut |a| self.restore(&pre, target, &backups, a))?;
        step("post-restore checks", &mut |a| {
            self.post_checks(&pre, target, &backups, a)
        })?;
        step("retention", &mut |_| {
            retain(
                &config.backup_dir,
                &pre.run_dir,
                config.retention,
                SystemTime::now(),
            )
        })
    }
}

/// The rollback directory's index: the target and, per database, its `state` (`backed-up`
/// or `absent`) and, when backed up, its `charset` and `collation`.
const ROLLBACK_INDEX: &str = "rollback.json";

/// How every database is dumped, from the source and for the rollback backup: one consistent
/// snapshot, streamed, with the code objects.
const DUMP_OPTIONS: [&str; 5] = [
    "--single-transaction",
    "--quick",
    "--routines",
    "--triggers",
    "--events",
];

/// A database to (re)create and load from a backup file.
struct Load {
    db: String,
    file: PathBuf,
    charset: Charset,
}

/// A database's default character set and collation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Charset {
    charset: String,
    collation: String,
}

impl Default for Charset {
    fn default() -> Self {
        Charset {
            charset: "utf8mb4".into(),
            collation: "utf8mb4_general_ci".into(),
        }
    }
}

impl Charset {
    /// What the server says of database `db` (`None`: no such database).
    fn of(tools: &Tools, login: &OptionFile, db: &str) -> Result<Option<Charset>> {
        let row = client::query(
            tools,
            login,
            &format!(
                "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '{}'",
                db.replace(['\\', '\''], "")
            ),
        )?;
        Ok(row.trim().split_once('\t').map(|(c, k)| Charset {
            charset: c.to_string(),
            collation: k.to_string(),
        }))
    }

    /// Both are names (letters, digits, `_`): safe to put in SQL.
    fn is_valid(&self) -> bool {
        let name =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        name(&self.charset) && name(&self.collation)
    }

    /// `DEFAULT CHARACTER SET … COLLATE …` (the default when not valid names).
    fn clause(&self) -> String {
        let c = if self.is_valid() {
            self.clone()
        } else {
            Charset::default()
        };
        format!(
            "DEFAULT CHARACTER SET {} COLLATE {}",
            c.charset, c.collation
        )
    }
}

/// What preflight found.
struct Preflight {
    tools: Tools,
    key: Arc<MasterKey>,
    keyring: Keyring,
    rules: RuleSet,
    rules_entry: RulesEntry,
    source: OptionFile,
    target: Option<OptionFile>,
    run_dir: PathBuf,
}

impl Refresh<'_> {
    fn preflight(&self, target: &Target, audit: &mut Audit) -> Result<Preflight> {
        let config = self.config;
        // No child sees a password or a key in its environment.
        let secrets = std::iter::once(&config.source.password_env)
            .chain(config.targets.values().map(|t| &t.password_env))
            .chain([
                &config.keys.pseudonymization_env,
                &config.keys.encryption_env,
            ])
            .cloned()
            .collect();
        let tools = Tools::find(secrets)?;
        audit
            .gates
            .insert("tools".into(), tools.versions()?.join("; "));
        let key = MasterKey::from_env(&config.keys.pseudonymization_env)?.ok_or_else(|| {
            Error::from(ErrorKind::Refused(format!(
                "the pseudonymization key comes from ${}, which is not set",
                config.keys.pseudonymization_env
            )))
        })?;
        let keyring = Keyring::from_env(&config.keys.encryption_env)?;
        if keyring.is_empty() {
            return Err(ErrorKind::Refused(format!(
                "backups are encrypted: set ${} to a master encryption key",
                config.keys.encryption_env
            ))
            .into());
        }
        let (rules, rules_entry) = if config.rules == "builtin" {
            (crate::amrit::rules(), RulesEntry::of(None)?)
        } else {
            let p = PathBuf::from(&config.rules);
            (RuleSet::load(&p)?, RulesEntry::of(Some(&p))?)
        };
        std::fs::create_dir_all(&config.backup_dir)
            .map_err(|e| Error::io(format!("creating {}", config.backup_dir.display()), e))?;
        // Option files (plaintext passwords) and temporaries that killed runs left behind.
        let swept = client::sweep_option_files(&config.backup_dir)
            + crate::io::sweep_dir(&config.backup_dir);
        if swept > 0 {
            audit
                .gates
                .insert("swept".into(), format!("{swept} file(s) of killed runs"));
        }
        let source = OptionFile::new(
            &config.backup_dir,
            &Login {
                host: config.source.host.clone(),
                port: config.source.port,
                user: config.source.user.clone(),
                password_env: config.source.password_env.clone(),
            },
            "source",
        )?;
        let identity = "SELECT CONCAT_WS('\\t', @@hostname, @@port, @@datadir)";
        let source_id = client::query(&tools, &source, identity)?;
        // A dry run logs in to the target too: a wrong or unset UAT password fails the
        // preflight, not the first real run.
        let target_file = if self.mode.writes_target() || self.mode == Mode::DryRun {
            let t = OptionFile::new(
                &config.backup_dir,
                &Login {
                    host: target.host.clone(),
                    port: target.port,
                    user: target.user.clone(),
                    password_env: target.password_env.clone(),
                },
                "target",
            )?;
            let target_id = client::query(&tools, &t, identity)?;
            fuses::check_identities(self.target_name, source_id.trim(), target_id.trim(), target)?;
            let version = client::query(&tools, &t, "SELECT VERSION()")?;
            let privileges = client::query(&tools, &t, fuses::PRIVILEGES_QUERY)?;
            fuses::check_privileges(self.target_name, target, &privileges)?;
            audit
                .gates
                .insert("target version".into(), version.trim().to_string());
            if target.same_server_as_source {
                audit.gates.insert(
                    "same_server_as_source".into(),
                    target.reason.clone().unwrap_or_default(),
                );
            }
            Some(t)
        } else {
            None
        };
        // Free space for the backups: the source's data size (an upper bound for compressed,
        // anonymized copies plus the rollback backup).
        let list = config
            .source
            .databases
            .iter()
            .map(|d| format!("'{}'", d.replace('\'', "")))
            .collect::<Vec<_>>()
            .join(",");
        let size: u64 = client::query(
            &tools,
            &source,
            &format!("SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.TABLES WHERE table_schema IN ({list})"),
        )?
        .trim()
        .parse()
        .unwrap_or(0);
        if let Some(free) = free_bytes(&config.backup_dir) {
            if free < size {
                return Err(ErrorKind::Usage(format!(
                    "{} has {} MB free; the source's data is {} MB: free space before the refresh",
                    config.backup_dir.display(),
                    free / 1_000_000,
                    size / 1_000_000
                ))
                .into());
            }
        }
        let stamp = rfc3339(SystemTime::now()).replace(':', "");
        let run_dir = config
            .backup_dir
            .join(format!("refresh-{stamp}-{}", std::process::id()));
        std::fs::create_dir_all(&run_dir)
            .map_err(|e| Error::io(format!("creating {}", run_dir.display()), e))?;
        audit.run_dir = run_dir.display().to_string();
        Ok(Preflight {
            tools,
            key: Arc::new(key),
            keyring,
            rules,
            rules_entry,
            source,
            target: target_file,
            run_dir,
        })
    }

    fn gate1(&self, pre: &Preflight, audit: &mut Audit) -> Result<()> {
        let mut files = Vec::new();
        for db in &self.config.source.databases {
            let schema = client::run(
                &pre.tools,
                Tool::Dump,
                &pre.source,
                &[
                    "--no-data",
                    "--skip-comments",
                    "--routines",
                    "--triggers",
                    "--events",
                    db,
                ],
                None,
            )?;
            // Flyway's history rows: the gate reads the applied versions from them.
            let flyway = client::run(
                &pre.tools,
                Tool::Dump,
                &pre.source,
                &[
                    "--no-create-info",
                    "--skip-comments",
                    db,
                    "flyway_schema_history",
                ],
                None,
            )
            .unwrap_or_default();
            let path = pre.run_dir.join(format!("{db}.schema.sql"));
            std::fs::write(&path, format!("{schema}\n{flyway}"))
                .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
            files.push((db.clone(), path));
        }
        for (db, path) in &files {
            let report = crate::gates::schema::gate_inputs(
                &pre.rules,
                std::slice::from_ref(path),
                Some(db),
                &pre.keyring,
                &crate::observe::Silent,
            )?;
            if !report.passes() {
                audit.gates.insert(format!("gate1 {db}"), "drift".into());
                return Err(ErrorKind::Drift(format!(
                    "{db}: {} column(s) without a rule ({}), {} rule(s) that no longer fit, Flyway newer: {}; run `amrit-stream check` on {} and update the rules",
                    report.uncovered.len(),
                    report.uncovered.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
                    report.unfit.len(),
                    report.flyway.iter().any(|f| f.newer),
                    path.display()
                ))
                .into());
            }
            audit.gates.insert(format!("gate1 {db}"), "passed".into());
        }
        Ok(())
    }

    fn anonymize(&self, pre: &Preflight, db: &str, audit: &mut Audit) -> Result<()> {
        let out_path = pre.run_dir.join(format!("{db}.anon.sql.zst.amrenc"));
        let fp_path = pre.run_dir.join(format!("{db}.anon.fingerprints.amrenc"));
        let names_from = if db == "db_identity" {
            None
        } else {
            let p = pre.run_dir.join("db_identity.anon.fingerprints.amrenc");
            match crate::io::open_input(&p, &pre.keyring) {
                Ok(mut i) => Some(Arc::new(Fingerprints::read(&mut i.reader, &i.name)?)),
                Err(_) => None,
            }
        };
        let engine = Engine::build(
            &pre.rules,
            Options {
                key: Some(pre.key.clone()),
                names_from,
                count_rows: true,
                observer: self.observer.clone(),
                ..Options::default()
            },
        )?;
        let mut args = DUMP_OPTIONS.to_vec();
        let gtid = client::query(&pre.tools, &pre.source, "SELECT @@GLOBAL.gtid_mode")
            .map(|v| v.trim().eq_ignore_ascii_case("ON"))
            .unwrap_or(false);
        if gtid && pre.tools.dump.ends_with("mysqldump") {
            args.push("--set-gtid-purged=OFF");
        }
        args.push(db);
        let mut child = client::spawn(&pre.tools, Tool::Dump, &pre.source, &args, Stdio::null())?;
        let stdout = child.stdout.take().expect("piped");
        let side = SideFiles::new(None, Some(&fp_path))?;
        let mut manifest = Manifest::new("refresh", SystemTime::now());
        manifest.rules = Some(pre.rules_entry.clone());
        manifest.set_pseudonymization_key(&pre.key);
        let opts = backup_options();
        let result = (|| {
            let mut out = Output::open(Some(&out_path), &opts, &pre.keyring)?;
            let source = Source {
                name: db,
                database: Some(db.to_string()),
                recorder: side.recorder(),
                ..Source::default()
            };
            let stats = match engine.run(stdout, &mut out, &source) {
                Ok(s) => s,
                Err(e) => {
                    out.abandon();
                    let _ = child.kill();
                    let _ = client::wait(&pre.tools, Tool::Dump, child);
                    return Err(e);
                }
            };
            if let Err(e) = client::wait(&pre.tools, Tool::Dump, child) {
                out.abandon();
                return Err(e);
            }
            side.write(&pre.keyring, opts.chunk_size)?;
            out.record_completion(crate::io::crypt::Completion::Complete);
            let (written, unpublished) = out.seal()?;
            manifest.set_output(&written, opts.compress);
            manifest.add_rows(&stats);
            unpublished.publish()?;
            Ok(stats)
        })();
        manifest.finish(Some(&out_path), &result)?;
        let stats = result?;
        for (t, s) in &stats.tables {
            audit.rows.insert(t.clone(), s.rows);
        }
        for (t, n) in &stats.rows_kept {
            *audit.rows.entry(t.clone()).or_default() += n;
        }
        for p in [&out_path, &fp_path] {
            audit.artifacts.push(artifact(p)?);
        }
        Ok(())
    }

    fn gate2(&self, pre: &Preflight, dir: &Path, audit: &mut Audit) -> Result<()> {
        for db in self.config.ordered_databases() {
            let file = dir.join(format!("{db}.anon.sql.zst.amrenc"));
            let fp = dir.join(format!("{db}.anon.fingerprints.amrenc"));
            if !file.is_file() {
                return Err(ErrorKind::Usage(format!(
                    "{} is missing: the backup directory holds no anonymized {db}",
                    file.display()
                ))
                .into());
            }
            let mut input = crate::io::open_input(&fp, &pre.keyring)?;
            let prints = Fingerprints::read(&mut input.reader, &input.name)?;
            let report = crate::gates::leak::verify_files(
                std::slice::from_ref(&file),
                &pre.rules,
                Some(&prints),
                Some(&db),
                &pre.keyring,
                &crate::observe::Silent,
            )?;
            if !report.passes() {
                audit.gates.insert(format!("gate2 {db}"), "leak".into());
                return Err(ErrorKind::Leak(format!(
                    "{db}: {} value(s) of personal data in the anonymized backup {}; it is not restored (run `amrit-stream verify` on it for the columns)",
                    report.leaks(),
                    file.display()
                ))
                .into());
            }
            audit.gates.insert(format!("gate2 {db}"), "passed".into());
        }
        Ok(())
    }

    fn rollback_backup(&self, pre: &Preflight, target: &Target, audit: &mut Audit) -> Result<()> {
        let login = pre
            .target
            .as_ref()
            .expect("writing modes log in to the target");
        let dir = pre.run_dir.join("rollback");
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        let existing = client::query(&pre.tools, login, "SHOW DATABASES")?;
        // What each target database was before: backed up, or absent (a rollback drops it).
        let mut before = serde_json::Map::new();
        for tdb in target.database_map.values() {
            if !existing.lines().any(|l| l.trim() == tdb) {
                before.insert(tdb.clone(), serde_json::json!({"state": "absent"}));
                continue;
            }
            let path = dir.join(format!("{tdb}.sql.zst.amrenc"));
            let mut child = client::spawn(
                &pre.tools,
                Tool::Dump,
                login,
                &[DUMP_OPTIONS.as_slice(), &[tdb.as_str()]].concat(),
                Stdio::null(),
            )?;
            let mut stdout = child.stdout.take().expect("piped");
            let opts = backup_options();
            let mut out = Output::open(Some(&path), &opts, &pre.keyring)?;
            let copied = std::io::copy(&mut stdout, &mut out)
                .map_err(|e| Error::io(format!("writing {}", path.display()), e));
            match copied.and_then(|_| client::wait(&pre.tools, Tool::Dump, child)) {
                Ok(()) => {
                    out.finish()?;
                }
                Err(e) => {
                    out.abandon();
                    return Err(e);
                }
            }
            audit.artifacts.push(artifact(&path)?);
            let charset = Charset::of(&pre.tools, login, tdb)?.unwrap_or_default();
            let mut entry = serde_json::to_value(&charset).expect("JSON");
            entry["state"] = "backed-up".into();
            before.insert(tdb.clone(), entry);
        }
        // Written last: a rollback directory without it is incomplete and never restored.
        let index = serde_json::json!({ "target": self.target_name, "databases": before });
        write_json(&dir.join(ROLLBACK_INDEX), &index)
    }

    /// Drop, recreate (with its character set and collation) and load each database of
    /// `loads` on the target.
    fn load(&self, pre: &Preflight, loads: &[Load]) -> Result<()> {
        let login = pre
            .target
            .as_ref()
            .expect("writing modes log in to the target");
        for Load { db, file, charset } in loads {
            let q = db.replace('`', "``");
            client::query(
                &pre.tools,
                login,
                &format!(
                    "DROP DATABASE IF EXISTS `{q}`; CREATE DATABASE `{q}` {}",
                    charset.clause()
                ),
            )?;
            let mut input = crate::io::open_input(file, &pre.keyring)?;
            let mut child = client::spawn(&pre.tools, Tool::Client, login, &[db], Stdio::piped())?;
            let mut sin = child.stdin.take().expect("piped");
            let copied = std::io::copy(&mut input.reader, &mut sin)
                .map_err(|e| Error::io(format!("restoring {} into {db}", file.display()), e));
            drop(sin);
            let waited = client::wait(&pre.tools, Tool::Client, child);
            copied?;
            waited?;
        }
        Ok(())
    }

    fn restore(
        &self,
        pre: &Preflight,
        target: &Target,
        dir: &Path,
        _audit: &mut Audit,
    ) -> Result<()> {
        let mut loads = Vec::new();
        for db in self.config.ordered_databases() {
            let Some(tdb) = target.database_map.get(&db) else {
                continue;
            };
            // The target database gets the source's character set and collation.
            loads.push(Load {
                db: tdb.clone(),
                file: dir.join(format!("{db}.anon.sql.zst.amrenc")),
                charset: Charset::of(&pre.tools, &pre.source, &db)?.unwrap_or_default(),
            });
        }
        self.load(pre, &loads)
    }

    fn restore_rollback(
        &self,
        pre: &Preflight,
        target: &Target,
        dir: &Path,
        _audit: &mut Audit,
    ) -> Result<()> {
        let index_path = dir.join(ROLLBACK_INDEX);
        let index: serde_json::Value = std::fs::read(&index_path)
            .ok()
            .and_then(|t| serde_json::from_slice(&t).ok())
            .ok_or_else(|| {
                Error::from(ErrorKind::Usage(format!(
                    "{} holds no complete rollback backup (its {ROLLBACK_INDEX} is missing or unreadable); give the `rollback` directory of a refresh run that reached its restore step",
                    dir.display()
                )))
            })?;
        if index["target"] != self.target_name {
            return Err(ErrorKind::Refused(format!(
                "{} is a rollback backup of target {}, not of {}",
                dir.display(),
                index["target"],
                self.target_name
            ))
            .into());
        }
        let login = pre
            .target
            .as_ref()
            .expect("writing modes log in to the target");
        let mut loads = Vec::new();
        for (tdb, was) in index["databases"].as_object().into_iter().flatten() {
            if !target.database_map.values().any(|t| t == tdb) {
                return Err(ErrorKind::Refused(format!(
                    "{}: database {tdb} is not one of target {}'s databases",
                    dir.display(),
                    self.target_name
                ))
                .into());
            }
            if was["state"] == "absent" {
                // It did not exist before the refresh: the rollback removes it again.
                client::query(
                    &pre.tools,
                    login,
                    &format!("DROP DATABASE IF EXISTS `{}`", tdb.replace('`', "``")),
                )?;
                continue;
            }
            let f = dir.join(format!("{tdb}.sql.zst.amrenc"));
            if !f.is_file() {
                return Err(ErrorKind::Usage(format!(
                    "{} is missing from the rollback backup",
                    f.display()
                ))
                .into());
            }
            let charset = serde_json::from_value::<Charset>(was.clone())
                .ok()
                .filter(Charset::is_valid)
                .ok_or_else(|| {
                    Error::from(ErrorKind::Usage(format!(
                        "{}: the character set of {tdb} is missing or not a name",
                        index_path.display()
                    )))
                })?;
            loads.push(Load {
                db: tdb.clone(),
                file: f,
                charset,
            });
        }
        self.load(pre, &loads)
    }

    fn post_checks(
        &self,
        pre: &Preflight,
        target: &Target,
        dir: &Path,
        audit: &mut Audit,
    ) -> Result<()> {
        let login = pre
            .target
            .as_ref()
            .expect("writing modes log in to the target");
        for (sdb, tdb) in &target.database_map {
            let m: serde_json::Value = std::fs::read(manifest::path_for(
                &dir.join(format!("{sdb}.anon.sql.zst.amrenc")),
            ))
            .ok()
            .and_then(|t| serde_json::from_slice(&t).ok())
            .unwrap_or_default();
            let rows = m["rows_per_table"].as_object().cloned().unwrap_or_default();
            let mut wrong = Vec::new();
            for (key, want) in &rows {
                let Some(table) = key.strip_prefix(&format!("{sdb}.")) else {
                    continue;
                };
                let got = client::query(
                    &pre.tools,
                    login,
                    &format!(
                        "SELECT COUNT(*) FROM `{}`.`{}`",
                        tdb.replace('`', "``"),
                        table.replace('`', "``")
                    ),
                )?;
                if got.trim().parse::<u64>().ok() != want.as_u64() {
                    wrong.push(format!(
                        "{tdb}.{table}: {} rows, the backup has {want}",
                        got.trim()
                    ));
                }
            }
            // The target's tables and columns are the source's.
            let shape = |login: &OptionFile, db: &str| {
                client::query(
                    &pre.tools,
                    login,
                    &format!("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '{}' ORDER BY 1, ORDINAL_POSITION", db.replace('\'', "")),
                )
            };
            if shape(&pre.source, sdb)? != shape(login, tdb)? {
                wrong.push(format!(
                    "{tdb}: its tables and columns differ from the source's {sdb}"
                ));
            }
            if !wrong.is_empty() {
                audit
                    .gates
                    .insert(format!("post-restore {tdb}"), "failed".into());
                return Err(ErrorKind::Usage(format!(
                    "post-restore checks failed: {}",
                    wrong.join("; ")
                ))
                .into());
            }
            audit.gates.insert(
                format!("post-restore {tdb}"),
                format!("passed ({} tables)", rows.len()),
            );
        }
        // The rules' validation queries, on the databases this refresh restored.
        let map = |db: &str| target.database_map.get(db).cloned();
        for v in &pre.rules.validation {
            let Some(sql) = v.bind(&map) else { continue };
            let got = client::query(&pre.tools, login, &sql)?;
            // A count is shown as it is; anything else could be a value, so only its shape.
            let got = match got.trim().parse::<u64>() {
                Ok(0) => None,
                Ok(n) => Some(n.to_string()),
                Err(_) => Some(format!(
                    "not a count, of shape `{}`",
                    crate::pii::shape::shape(got.trim().as_bytes())
                )),
            };
            if let Some(got) = got {
                audit
                    .gates
                    .insert(format!("validation {}", v.name), format!("failed ({got})"));
                return Err(ErrorKind::Usage(format!(
                    "post-restore validation `{}` returned {got} (0 expected; a validation query returns one count)",
                    v.name
                ))
                .into());
            }
            audit
                .gates
                .insert(format!("validation {}", v.name), "passed".into());
        }
        Ok(())
    }
}

/// Remove refresh runs older than `keep.anonymized_days` and the rollback snapshots of runs
/// older than `keep.snapshot_days` (never the current run's); the audit log is never pruned.
///
/// # Errors
/// A directory cannot be removed.
pub fn retain(dir: &Path, current: &Path, keep: config::Retention, now: SystemTime) -> Result<()> {
    let age = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .map_or(0, |d| d.as_secs() / 86_400)
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for e in entries.flatten() {
        let p = e.path();
        let is_run = p.is_dir()
            && p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("refresh-"));
        if !is_run || p == current {
            continue;
        }
        let rm = |p: &Path| {
            std::fs::remove_dir_all(p)
                .map_err(|e| Error::io(format!("removing {}", p.display()), e))
        };
        if age(&p) >= keep.anonymized_days {
            rm(&p)?;
        } else if age(&p) >= keep.snapshot_days && p.join("rollback").is_dir() {
            rm(&p.join("rollback"))?;
        }
    }
    Ok(())
}

/// How refresh writes its backups: zstd level 3, encrypted, 1 MiB chunks.
fn backup_options() -> OutputOptions {
    OutputOptions {
        compress: Some(3),
        compress_threads: 0,
        encrypt: true,
        chunk_size: 1 << 20,
        content: Some(Content::Dump),
        private: false,
    }
}

/// `{path, blake3}` of a file written.
fn artifact(p: &Path) -> Result<serde_json::Value> {
    let bytes = std::fs::read(p).map_err(|e| Error::io(format!("reading {}", p.display()), e))?;
    Ok(
        serde_json::json!({"path": p.display().to_string(), "bytes": bytes.len(), "blake3": blake3_hex(&bytes)}),
    )
}

/// Append the audit line and rewrite `latest_refresh.json`.
fn write_audit(dir: &Path, audit: &Audit) -> Result<()> {
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
fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<()> {
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

/// Bytes free on the file system of `dir` (`df`), when it can be told.
fn free_bytes(dir: &Path) -> Option<u64> {
    let o = std::process::Command::new("df")
        .args(["-Pk"])
        .arg(dir)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&o.stdout);
    let line = text.lines().nth(1)?;
    line.split_whitespace()
        .nth(3)?
        .parse::<u64>()
        .ok()
        .map(|k| k * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charset_is_put_in_sql_only_when_both_are_names() {
        let c = Charset {
            charset: "latin1".into(),
            collation: "latin1_swedish_ci".into(),
        };
        assert_eq!(
            c.clause(),
            "DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci"
        );
        let bad = Charset {
            charset: "latin1; DROP DATABASE x".into(),
            ..c
        };
        assert!(!bad.is_valid());
        assert_eq!(bad.clause(), Charset::default().clause());
    }

    #[test]
    fn retention_removes_old_runs_and_old_snapshots_but_never_the_current_run() {
        let d = tempfile::tempdir().unwrap();
        let mk = |name: &str, days: u64| {
            let p = d.path().join(name);
            std::fs::create_dir_all(p.join("rollback")).unwrap();
            let t = SystemTime::now() - std::time::Duration::from_secs(days * 86_400);
            for q in [p.clone(), p.join("rollback")] {
                std::fs::File::open(&q).unwrap().set_modified(t).unwrap();
            }
            p
        };
        let old = mk("refresh-old", 20);
        let mid = mk("refresh-mid", 10);
        let new = mk("refresh-new", 1);
        let current = mk("refresh-current", 30);
        std::fs::write(d.path().join("audit.jsonl"), b"{}\n").unwrap();
        retain(
            d.path(),
            &current,
            config::Retention::default(),
            SystemTime::now(),
        )
        .unwrap();
        assert!(!old.exists());
        assert!(mid.exists() && !mid.join("rollback").exists());
        assert!(new.join("rollback").exists());
        assert!(current.join("rollback").exists());
        assert!(d.path().join("audit.jsonl").exists());
    }
}
