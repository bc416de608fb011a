//! The anonymize step: one source database, dumped by `mysqldump` as a child process, through
//! the engine into an encrypted backup in the run's directory.

use std::process::Stdio;
use std::sync::Arc;

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
