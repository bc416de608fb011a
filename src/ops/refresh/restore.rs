//! Writing the target: the rollback backup taken before, the restore of the anonymized
//! backups, and the rollback that undoes a restore.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use super::anonymize::backup_options;
use super::audit::{artifact, write_json, Artifact};
use super::client::{self, OptionFile, Tool, Tools};
use super::config::Target;
use super::preflight::Preflight;
use super::{sql, Audit, Refresh};
use crate::error::{Error, ErrorKind, Result};
use crate::io::output::Output;

/// The rollback directory's index: the target and, per database, its `state` (`backed-up`
/// or `absent`) and, when backed up, its `charset` and `collation`.
const ROLLBACK_INDEX: &str = "rollback.json";

/// The rollback directory's index, as written and read back.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct RollbackIndex {
    /// The target it is a backup of.
    target: String,
    /// What each target database was before the refresh.
    databases: std::collections::BTreeMap<String, Before>,
}

/// What a target database was before a refresh: backed up (with its character set), or absent
/// (a rollback drops it).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
enum Before {
    /// It did not exist.
    Absent,
    /// It was backed up, with its character set and collation.
    BackedUp {
        #[serde(flatten)]
        charset: Charset,
    },
}

/// A target database's backup, written: the file and the database's character set.
type Backup = (Artifact, Charset);

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
        let row = client::query(tools, login, &sql::charset(db))?;
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

impl Refresh<'_> {
    /// An encrypted backup of each target database as it is (or a note that it is absent), and
    /// the index that makes the directory a complete rollback backup, written last.
    pub(super) fn rollback_backup(
        &self,
        pre: &Preflight,
        target: &Target,
        audit: &mut Audit,
    ) -> Result<()> {
        let login = pre.target_login()?;
        let dir = pre.run_dir.join("rollback");
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        let existing = client::query(&pre.tools, login, sql::SHOW_DATABASES)?;
        // What each target database was before: backed up, or absent (a rollback drops it).
        // The databases are dumped at once, one `mariadb-dump` each.
        let dumped: Vec<(String, Result<Option<Backup>>)> = std::thread::scope(|s| {
            let handles: Vec<_> = target
                .database_map
                .values()
                .map(|tdb| {
                    let dir = &dir;
                    let present = existing.lines().any(|l| l.trim() == tdb);
                    let handle = s.spawn(move || -> Result<Option<Backup>> {
                        if !present {
                            return Ok(None);
                        }
                        let path = dir.join(format!("{tdb}.sql.zst.amrenc"));
                        back_up(pre, login, tdb, &path)?;
                        let charset = Charset::of(&pre.tools, login, tdb)?.unwrap_or_default();
                        Ok(Some((artifact(&path)?, charset)))
                    });
                    (tdb.clone(), handle)
                })
                .collect();
            handles
                .into_iter()
                .map(|(tdb, h)| (tdb, h.join().expect("a backup thread panicked")))
                .collect()
        });
        let mut before = std::collections::BTreeMap::new();
        for (tdb, r) in dumped {
            match r? {
                None => {
                    before.insert(tdb, Before::Absent);
                }
                Some((a, charset)) => {
                    audit.artifacts.push(a);
                    before.insert(tdb, Before::BackedUp { charset });
                }
            }
        }
        // Written last: a rollback directory without it is incomplete and never restored.
        let index = RollbackIndex {
            target: self.target_name.to_string(),
            databases: before,
        };
        write_json(&dir.join(ROLLBACK_INDEX), &index)
    }

    /// Drop, recreate (with its character set and collation) and load each database of
    /// `loads` on the target, all at once (one `mariadb` client each: one stream restores
    /// about 18 MB/s, the server's other cores idle). Every load runs to its end; the first
    /// failure, in the order given, is the result.
    fn load(&self, pre: &Preflight, loads: &[Load]) -> Result<()> {
        let login = pre.target_login()?;
        let results: Vec<Result<()>> = std::thread::scope(|s| {
            let handles: Vec<_> = loads
                .iter()
                .map(|l| s.spawn(move || load_one(pre, login, l)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a restore thread panicked"))
                .collect()
        });
        results.into_iter().collect()
    }

    /// Load the anonymized backups of `dir` into the target's databases.
    pub(super) fn restore(
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

    /// Put the target back as a rollback backup found it.
    pub(super) fn restore_rollback(
        &self,
        pre: &Preflight,
        target: &Target,
        dir: &Path,
        _audit: &mut Audit,
    ) -> Result<()> {
        let index_path = dir.join(ROLLBACK_INDEX);
        let index: RollbackIndex = std::fs::read(&index_path)
            .ok()
            .and_then(|t| serde_json::from_slice(&t).ok())
            .ok_or_else(|| {
                Error::from(ErrorKind::Usage(format!(
                    "{} holds no complete rollback backup (its {ROLLBACK_INDEX} is missing or unreadable); give the `rollback` directory of a refresh run that reached its restore step",
                    dir.display()
                )))
            })?;
        if index.target != self.target_name {
            return Err(ErrorKind::Refused(format!(
                "{} is a rollback backup of target {}, not of {}",
                dir.display(),
                index.target,
                self.target_name
            ))
            .into());
        }
        let login = pre.target_login()?;
        let mut loads = Vec::new();
        for (tdb, was) in &index.databases {
            if !target.database_map.values().any(|t| t == tdb) {
                return Err(ErrorKind::Refused(format!(
                    "{}: database {tdb} is not one of target {}'s databases",
                    dir.display(),
                    self.target_name
                ))
                .into());
            }
            let charset = match was {
                Before::Absent => {
                    // It did not exist before the refresh: the rollback removes it again.
                    client::query(&pre.tools, login, &sql::drop_if_exists(tdb))?;
                    continue;
                }
                Before::BackedUp { charset } => charset,
            };
            let f = dir.join(format!("{tdb}.sql.zst.amrenc"));
            if !f.is_file() {
                return Err(ErrorKind::Usage(format!(
                    "{} is missing from the rollback backup",
                    f.display()
                ))
                .into());
            }
            if !charset.is_valid() {
                return Err(ErrorKind::Usage(format!(
                    "{}: the character set of {tdb} is not a name",
                    index_path.display()
                ))
                .into());
            }
            loads.push(Load {
                db: tdb.clone(),
                file: f,
                charset: charset.clone(),
            });
        }
        self.load(pre, &loads)
    }
}

/// `mariadb-dump` of target database `tdb` into the encrypted backup `path`.
fn back_up(pre: &Preflight, login: &OptionFile, tdb: &str, path: &Path) -> Result<()> {
    let mut child = client::spawn(
        &pre.tools,
        Tool::Dump,
        login,
        &[client::DUMP_OPTIONS.as_slice(), &[tdb]].concat(),
        Stdio::null(),
    )?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut out = Output::open(Some(path), &backup_options(), &pre.keyring)?;
    let copied = std::io::copy(&mut stdout, &mut out)
        .map_err(|e| Error::io(format!("writing {}", path.display()), e));
    match copied.and_then(|_| client::wait(&pre.tools, Tool::Dump, child)) {
        Ok(()) => out.finish().map(|_| ()),
        Err(e) => {
            out.abandon();
            Err(e)
        }
    }
}

/// Drop, recreate and load one database.
fn load_one(pre: &Preflight, login: &OptionFile, load: &Load) -> Result<()> {
    let Load { db, file, charset } = load;
    client::query(&pre.tools, login, &sql::recreate(db, &charset.clause()))?;
    let mut input = crate::io::open_input(file, &pre.keyring)?;
    let mut child = client::spawn(&pre.tools, Tool::Client, login, &[db], Stdio::piped())?;
    let mut sin = child.stdin.take().expect("piped");
    let copied = std::io::copy(&mut input.reader, &mut sin)
        .map_err(|e| Error::io(format!("restoring {} into {db}", file.display()), e));
    drop(sin);
    let waited = client::wait(&pre.tools, Tool::Client, child);
    copied?;
    waited
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
}
