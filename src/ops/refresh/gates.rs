//! The two gates of a refresh: the source's schema before anything is dumped (gate 1), the
//! anonymized backups before anything is restored (gate 2: from the run's own evidence, or a
//! full `verify`).

use std::path::Path;

use super::client::{self, Tool};
use super::config::Gate2;
use super::preflight::Preflight;
use super::{Audit, Refresh};
use crate::error::{Error, ErrorKind, Result};
use crate::gates::fingerprint::Fingerprints;
use crate::report::manifest::{blake3_of_file, path_for, Manifest, OutputGateEntry};

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

    /// Gate 2 of the backups of an earlier run (`--restore-only`): each through `verify
    /// --fingerprints` (which reads, and so authenticates, every chunk).
    pub(super) fn gate2(&self, pre: &Preflight, dir: &Path, audit: &mut Audit) -> Result<()> {
        for db in self.config.ordered_databases() {
            self.gate2_one(pre, dir, &db, Gate2::Full, audit)?;
        }
        Ok(())
    }

    /// Gate 2 of one database's backup in `dir`, as `how` says.
    pub(super) fn gate2_one(
        &self,
        pre: &Preflight,
        dir: &Path,
        db: &str,
        how: Gate2,
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
        if how == Gate2::Evidence {
            evidence(&file, &fp)?;
            audit
                .gates
                .insert(format!("gate2 {db}"), "passed (the run's evidence)".into());
            return Ok(());
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

/// Gate 2 from the run's own evidence for the backup `file` and its fingerprints `fp`: both
/// manifests record a good run whose output is the file as it is on disk (size and blake3),
/// and the backup's records an output gate that tested every written row with fingerprints
/// kept (so free text that wrote back an identifier of its own input stopped the run). What
/// the evidence does not show is not assumed: anything missing stops the refresh.
fn evidence(file: &Path, fp: &Path) -> Result<()> {
    let backup = vouched(file, "refresh")?;
    vouched(fp, "transform (side file)")?;
    let whole = OutputGateEntry {
        every_row: true,
        survivors_searched: true,
    };
    if backup.output_gate != Some(whole) {
        return Err(ErrorKind::Usage(format!(
            "{}: its output gate did not test every row with fingerprints kept; gate 2 has no evidence ({NO_EVIDENCE})",
            file.display()
        ))
        .into());
    }
    Ok(())
}

/// What to do when gate 2 has no evidence.
const NO_EVIDENCE: &str = "or set `gate2: full` to read it again";

/// The manifest of the good `command` run that wrote `path`, when the file on disk is what it
/// recorded (size and blake3).
fn vouched(path: &Path, command: &str) -> Result<Manifest> {
    let manifest_path = path_for(path);
    let Some(m) = Manifest::read(&manifest_path).filter(|m| m.vouches_for(command, path)) else {
        return Err(ErrorKind::Usage(format!(
            "{}: no manifest of a good run vouches for it; gate 2 has no evidence ({NO_EVIDENCE})",
            path.display()
        ))
        .into());
    };
    let recorded = m.output.as_ref().map(|o| o.blake3.as_str());
    if recorded != Some(blake3_of_file(path)?.as_str()) {
        return Err(ErrorKind::Integrity(format!(
            "{} changed after its run wrote it (blake3 differs from {}); it is not restored",
            path.display(),
            manifest_path.display()
        ))
        .into());
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Exit;
    use crate::report::manifest::OutputEntry;
    use std::path::PathBuf;

    /// A backup and its fingerprints file in `dir`, each with the manifest a good run writes.
    fn backup(dir: &Path, gate: Option<OutputGateEntry>) -> (PathBuf, PathBuf) {
        let file = dir.join("db.anon.sql.zst.amrenc");
        let fp = dir.join("db.anon.fingerprints.amrenc");
        for (path, command, body) in [
            (&file, "refresh", &b"sealed backup"[..]),
            (&fp, "transform (side file)", &b"sealed prints"[..]),
        ] {
            std::fs::write(path, body).unwrap();
            let mut m = Manifest::new(command, std::time::SystemTime::now());
            m.output = Some(OutputEntry {
                name: path.display().to_string(),
                bytes: body.len() as u64,
                blake3: blake3::hash(body).to_hex().to_string(),
                ..OutputEntry::default()
            });
            if command == "refresh" {
                m.output_gate = gate;
            }
            std::fs::write(path_for(path), serde_json::to_vec(&m).unwrap()).unwrap();
        }
        (file, fp)
    }

    const WHOLE: Option<OutputGateEntry> = Some(OutputGateEntry {
        every_row: true,
        survivors_searched: true,
    });

    #[test]
    fn evidence_is_taken_only_when_it_covers_every_row_of_the_file_on_disk() {
        let d = tempfile::tempdir().unwrap();
        let (file, fp) = backup(d.path(), WHOLE);
        evidence(&file, &fp).unwrap();
        let exit = |e: Error| Exit::of(&e);
        // Changed after the run (same size): a security refusal.
        std::fs::write(&file, b"sealed backuq").unwrap();
        assert_eq!(exit(evidence(&file, &fp).unwrap_err()), Exit::Refused);
        let (file, fp) = backup(d.path(), WHOLE);
        std::fs::write(&fp, b"sealed printz").unwrap();
        assert_eq!(exit(evidence(&file, &fp).unwrap_err()), Exit::Refused);
        // A sampled gate, no fingerprints, no record of the gate: no evidence.
        for gate in [
            Some(OutputGateEntry {
                every_row: false,
                survivors_searched: true,
            }),
            Some(OutputGateEntry {
                every_row: true,
                survivors_searched: false,
            }),
            None,
        ] {
            let (file, fp) = backup(d.path(), gate);
            let e = evidence(&file, &fp).unwrap_err();
            assert_eq!(Exit::of(&e), Exit::Error, "{gate:?}");
            assert!(e.to_string().contains("gate2: full"), "{e}");
        }
        // No manifest, or one of a failed run.
        let (file, fp) = backup(d.path(), WHOLE);
        std::fs::remove_file(path_for(&fp)).unwrap();
        assert_eq!(exit(evidence(&file, &fp).unwrap_err()), Exit::Error);
        let (file, fp) = backup(d.path(), WHOLE);
        let mut m = Manifest::read(&path_for(&file)).unwrap();
        m.exit_status = 2;
        std::fs::write(path_for(&file), serde_json::to_vec(&m).unwrap()).unwrap();
        assert_eq!(exit(evidence(&file, &fp).unwrap_err()), Exit::Error);
    }
}
