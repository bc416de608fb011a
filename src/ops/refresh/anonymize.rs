//! The anonymize step: each source database dumped by `mysqldump` as a child process, through
//! the engine into an encrypted backup in the run's directory, and verified (gate 2) as soon as it
//! is written.

use std::process::Stdio;
use std::sync::Arc;
use std::time::Instant;

use super::audit::artifact;
use super::client::{self, Tool};
use super::preflight::Preflight;
use super::{sql, Audit, Refresh};
use crate::error::Result;
use crate::gates::fingerprint::Fingerprints;
use crate::io::crypt::Content;
use crate::io::output::OutputOptions;
use crate::ops::job::{JobHooks, JobInput, TransformJob};
use crate::report::side_files::SideFiles;
use crate::transform::Engine;

impl Refresh<'_> {
    /// Dump database `db` from the source straight through the engine into an encrypted
    /// anonymized backup with its fingerprints and manifest (a [`TransformJob`]); databases
    /// after the names database also search its learnt names in their notes.
    pub(super) fn anonymize(
        &self,
        pre: &Preflight,
        engine: &Engine,
        db: &str,
        audit: &mut Audit,
    ) -> Result<()> {
        let out_path = pre.run_dir.join(format!("{db}.anon.sql.zst.amrenc"));
        let fp_path = pre.run_dir.join(format!("{db}.anon.fingerprints.amrenc"));
        let names_db = &self.config.source.names_database;
        let names_from = if db == names_db {
            None
        } else {
            let p = pre
                .run_dir
                .join(format!("{names_db}.anon.fingerprints.amrenc"));
            match crate::io::open_input(&p, &pre.keyring) {
                Ok(mut i) => Some(Arc::new(Fingerprints::read(&mut i.reader, &i.name)?)),
                Err(_) => None,
            }
        };
        let mut args = client::DUMP_OPTIONS.to_vec();
        let gtid = client::query(&pre.tools, &pre.source, sql::GTID_MODE)
            .map(|v| v.trim().eq_ignore_ascii_case("ON"))
            .unwrap_or(false);
        if gtid && pre.tools.dump.ends_with("mysqldump") {
            args.push("--set-gtid-purged=OFF");
        }
        args.push(db);
        let mut child = client::spawn(&pre.tools, Tool::Dump, &pre.source, &args, Stdio::null())?;
        let stdout = child.stdout.take().expect("piped");
        let job = TransformJob {
            command: "refresh",
            output: Some(&out_path),
            output_options: backup_options(),
            keys: &pre.keyring,
            side_files: SideFiles::new(None, Some(&fp_path))?,
            reports: Vec::new(),
            rules: pre.rules_entry.clone(),
            database: Some(db.to_string()),
            catalog: None,
            names_from,
        };
        let mut dump = DumpChild {
            tools: &pre.tools,
            child: Some(child),
        };
        let input = JobInput::Stream {
            name: db,
            reader: Box::new(stdout),
        };
        let outcome = job.run(engine, input, &mut dump);
        // A job that failed before the dump ended: stop mysqldump.
        if let Some(mut child) = dump.child.take() {
            let _ = child.kill();
            let _ = client::wait(&pre.tools, Tool::Dump, child);
        }
        let stats = outcome.result?;
        for (t, s) in &stats.tables {
            audit.rows.insert(t.clone(), s.rows);
        }
        for p in [&out_path, &fp_path] {
            audit.artifacts.push(artifact(p)?);
        }
        Ok(())
    }
}

/// One database's anonymize step and gate 2, as run on its own thread: what it adds to the
/// audit, and each step's seconds and result.
pub(super) struct Part {
    /// The source database.
    pub db: String,
    /// Rows, artifacts and gate results of this database.
    pub audit: Audit,
    /// The anonymize step.
    pub anonymize: (f64, Result<()>),
    /// Gate 2 of its backup (`None`: not reached).
    pub verify: Option<(f64, Result<()>)>,
}

impl Refresh<'_> {
    /// Anonymize every source database and pass each backup through gate 2 as soon as it is
    /// written. The names database goes first and alone (the others' notes are scrubbed with
    /// the names it learns); then the others run at once, each with its own dump, while the
    /// names database's backup is verified. Returns one [`Part`] per database reached, in the
    /// configuration's order.
    pub(super) fn anonymize_and_verify(&self, pre: &Preflight, engine: &Engine) -> Vec<Part> {
        let order = self.config.ordered_databases();
        let names_first = order
            .first()
            .is_some_and(|d| *d == self.config.source.names_database);
        let timed = |f: &mut dyn FnMut() -> Result<()>| {
            let t = Instant::now();
            let r = f();
            (t.elapsed().as_secs_f64(), r)
        };
        let verify = |db: &str, audit: &mut Audit| {
            timed(&mut || self.gate2_one(pre, &pre.run_dir, db, self.config.gate2, audit))
        };
        let whole = |db: &str| -> Part {
            let mut audit = Audit::default();
            let anonymize = timed(&mut || self.anonymize(pre, engine, db, &mut audit));
            let verify = anonymize.1.is_ok().then(|| verify(db, &mut audit));
            Part {
                db: db.to_string(),
                audit,
                anonymize,
                verify,
            }
        };
        let (first, rest) = match names_first {
            true => (order.first(), &order[1..]),
            false => (None, &order[..]),
        };
        std::thread::scope(|s| {
            let mut handles = Vec::new();
            if let Some(db) = first {
                let mut audit = Audit::default();
                let anonymize = timed(&mut || self.anonymize(pre, engine, db, &mut audit));
                if anonymize.1.is_err() {
                    return vec![Part {
                        db: db.clone(),
                        audit,
                        anonymize,
                        verify: None,
                    }];
                }
                let verify = &verify;
                handles.push(s.spawn(move || {
                    let verify = Some(verify(db, &mut audit));
                    Part {
                        db: db.clone(),
                        audit,
                        anonymize,
                        verify,
                    }
                }));
            }
            let whole = &whole;
            handles.extend(rest.iter().map(|db| s.spawn(move || whole(db))));
            handles
                .into_iter()
                .map(|h| h.join().expect("an anonymize thread panicked"))
                .collect()
        })
    }
}

/// The `mysqldump` feeding a job: its exit status is checked once the engine has read all of
/// its output, before anything is sealed (a dump that failed is never published).
struct DumpChild<'a> {
    tools: &'a client::Tools,
    child: Option<std::process::Child>,
}

impl JobHooks for DumpChild<'_> {
    fn after_run(&mut self, _stats: &crate::transform::Stats) -> Result<()> {
        match self.child.take() {
            Some(child) => client::wait(self.tools, Tool::Dump, child),
            None => Ok(()),
        }
    }
}

/// How refresh writes its backups: zstd level 3, encrypted, 1 MiB chunks.
pub(super) fn backup_options() -> OutputOptions {
    OutputOptions {
        compress: Some(3),
        compress_threads: 0,
        encrypt: true,
        chunk_size: 1 << 20,
        content: Some(Content::Dump),
        private: false,
    }
}
