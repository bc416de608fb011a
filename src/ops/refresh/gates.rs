//! The two gates of a refresh: the source's schema before anything is dumped (gate 1), the
//! anonymized backups before anything is restored (gate 2).

use std::path::Path;

use super::client::{self, Tool};
use super::preflight::Preflight;
use super::{Audit, Refresh};
use crate::error::{Error, ErrorKind, Result};
use crate::gates::fingerprint::Fingerprints;

impl Refresh<'_> {
    /// Gate 1: each source database's schema (and Flyway history) through the `check` gate.
    pub(super) fn gate1(&self, pre: &Preflight, audit: &mut Audit) -> Result<()> {
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

    /// Gate 2: each anonymized backup through `verify --fingerprints` (which reads, and so
    /// authenticates, every chunk).
    pub(super) fn gate2(&self, pre: &Preflight, dir: &Path, audit: &mut Audit) -> Result<()> {
        for db in self.config.ordered_databases() {
            self.gate2_one(pre, dir, &db, audit)?;
        }
        Ok(())
    }

    /// Gate 2 of one database's backup in `dir`.
    pub(super) fn gate2_one(
        &self,
        pre: &Preflight,
        dir: &Path,
        db: &str,
        audit: &mut Audit,
    ) -> Result<()> {
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
            Some(db),
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
        Ok(())
    }
}
