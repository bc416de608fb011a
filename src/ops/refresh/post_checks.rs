//! The checks after a restore: row counts, tables and columns, and the rules' validation
//! queries on the restored databases.

use std::path::Path;

use super::client::{self, OptionFile};
use super::config::Target;
use super::preflight::Preflight;
use super::{sql, Audit, Refresh};
use crate::error::{Error, ErrorKind, Result};
use crate::report::manifest::{self, Manifest};

impl Refresh<'_> {
    /// After the restore: each table's rows equal its backup manifest's, each database's
    /// tables and columns equal the source's, and the rules' validation queries return 0.
    pub(super) fn post_checks(
        &self,
        pre: &Preflight,
        target: &Target,
        dir: &Path,
        audit: &mut Audit,
    ) -> Result<()> {
        let login = pre.target_login()?;
        for (sdb, tdb) in &target.database_map {
            // No manifest, no count to check against: that fails the check, never passes it.
            let manifest_path = manifest::path_for(&dir.join(format!("{sdb}.anon.sql.zst.amrenc")));
            let rows = Manifest::read(&manifest_path)
                .map(|m| m.rows_per_table)
                .ok_or_else(|| {
                    Error::from(ErrorKind::Usage(format!(
                        "post-restore checks: {} is missing or unreadable, so the rows of {tdb} cannot be checked",
                        manifest_path.display()
                    )))
                })?;
            let mut wrong = Vec::new();
            for (key, want) in &rows {
                let Some(table) = key.strip_prefix(&format!("{sdb}.")) else {
                    continue;
                };
                let got = client::query(&pre.tools, login, &sql::count_rows(tdb, table))?;
                if got.trim().parse::<u64>().ok() != Some(*want) {
                    wrong.push(format!(
                        "{tdb}.{table}: {} rows, the backup has {want}",
                        got.trim()
                    ));
                }
            }
            // The target's tables and columns are the source's.
            let shape =
                |login: &OptionFile, db: &str| client::query(&pre.tools, login, &sql::columns(db));
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
