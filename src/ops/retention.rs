//! Retention, of an output directory (`amrit-stream prune`) and of refresh's runs
//! ([`retain_runs`]). `prune`: anonymized outputs older than
//! `--keep-days` are removed with their manifests and fingerprints files, except the newest
//! `--keep-last` of each database, which are always kept; temporary files of killed runs go too.
//!
//! Only files this tool wrote are candidates: an output is recognised by its manifest
//! (`NAME.manifest.json`, written by `transform` or `convert`, naming `NAME` and its size),
//! never by its name alone — `x.anon.sqlite` or `x.anon.sql.bak` beside the outputs stay.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, ErrorKind, Result, Setting};
use crate::report::manifest;

/// What to keep, of `prune`'s output directories and of `refresh`'s runs (its configuration's
/// `retention:` section: `anonymized_days`, `snapshot_days`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Outputs (refresh: runs) younger than this many days are kept (default 14).
    #[serde(rename = "anonymized_days", default = "default_keep_days")]
    pub keep_days: u64,
    /// The newest this many outputs of each database are kept whatever their age (at least
    /// 1; refresh always keeps its current run).
    #[serde(skip, default = "default_keep_last")]
    pub keep_last: usize,
    /// Refresh's rollback snapshots younger than this many days are kept (default 7).
    #[serde(default = "default_snapshot_days")]
    pub snapshot_days: u64,
}

impl Default for Retention {
    fn default() -> Retention {
        Retention {
            keep_days: default_keep_days(),
            keep_last: default_keep_last(),
            snapshot_days: default_snapshot_days(),
        }
    }
}

fn default_keep_days() -> u64 {
    14
}
fn default_keep_last() -> usize {
    1
}
fn default_snapshot_days() -> u64 {
    7
}

/// One anonymized output and the files that belong to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// The output file.
    pub output: PathBuf,
    /// What `--keep-last` counts per: the output's name before `.anon`, less a trailing date
    /// stamp (`db_iemr` of `db_iemr-2026-12-05.anon.sql.zst`).
    pub stem: String,
    /// Its manifest, failed manifest, fingerprints file and the fingerprints' manifest, where
    /// they exist.
    pub siblings: Vec<PathBuf>,
    /// When the output was last written.
    pub modified: SystemTime,
}

/// The commands whose manifests name an anonymized output.
const OUTPUT_COMMANDS: &[&str] = &["transform", "convert"];

/// The output `manifest` (a `NAME.manifest.json` in its directory) vouches for: a manifest of
/// this tool's `transform` or `convert` whose output is `NAME` with the size on disk.
fn vouched_output(manifest_path: &Path) -> Option<PathBuf> {
    let name = manifest_path.file_name()?.to_str()?;
    let output_name = name.strip_suffix(".manifest.json")?;
    if output_name.is_empty() || output_name.ends_with(".failed") || output_name.starts_with('.') {
        return None;
    }
    let m = manifest::Manifest::read(manifest_path)?;
    let output = manifest_path.with_file_name(output_name);
    OUTPUT_COMMANDS
        .iter()
        .any(|c| m.vouches_for(c, &output))
        .then_some(output)
}

/// The database an output belongs to, for `--keep-last`: its name before `.anon`, less a
/// trailing date or time stamp.
pub fn stem_of(output_name: &str) -> String {
    let base = output_name
        .split_once(".anon")
        .map_or(output_name, |(b, _)| b);
    let trimmed = base.trim_end_matches(|c: char| c.is_ascii_digit() || "-_.:T".contains(c));
    let stamp = &base[trimmed.len()..];
    if !trimmed.is_empty() && stamp.bytes().filter(u8::is_ascii_digit).count() >= 6 {
        trimmed.to_string()
    } else {
        base.to_string()
    }
}

/// The outputs in `dir` that a manifest of this tool vouches for, newest first.
///
/// # Errors
/// The directory cannot be listed.
pub fn artifacts(dir: &Path) -> Result<Vec<Artifact>> {
    let mut out = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| Error::io(format!("listing {}", dir.display()), e))?;
    for e in entries.flatten() {
        let Some(path) = vouched_output(&e.path()) else {
            continue;
        };
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let modified = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .unwrap_or(SystemTime::UNIX_EPOCH);
        let base = name.split_once(".anon").map_or(name, |(b, _)| b);
        let fp = dir.join(format!("{base}.anon.fingerprints.amrenc"));
        let siblings = [
            manifest::path_for(&path),
            manifest::failed_path_for(&path),
            manifest::path_for(&fp),
            manifest::failed_path_for(&fp),
            fp,
        ]
        .into_iter()
        .filter(|p| p.exists())
        .collect();
        out.push(Artifact {
            stem: stem_of(name),
            output: path,
            siblings,
            modified,
        });
    }
    out.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.output.cmp(&b.output)));
    Ok(out)
}

/// The artifacts of `dir` that `keep` lets go, as of `now`, newest first: older than
/// `keep_days` and not among the newest `keep_last` of their database.
///
/// # Errors
/// The directory cannot be listed; `keep_last` is 0.
pub fn expired(dir: &Path, keep: Retention, now: SystemTime) -> Result<Vec<Artifact>> {
    if keep.keep_last == 0 {
        return Err(ErrorKind::Usage(format!(
            "{} must be at least 1: the newest output of each database is always kept",
            Setting::KeepLast
        ))
        .into());
    }
    let cutoff = now
        .checked_sub(Duration::from_secs(keep.keep_days * 86_400))
        .unwrap_or(SystemTime::UNIX_EPOCH);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    Ok(artifacts(dir)?
        .into_iter()
        .filter(|a| {
            let n = seen.entry(a.stem.clone()).or_default();
            *n += 1;
            *n > keep.keep_last && a.modified < cutoff
        })
        .collect())
}

/// Remove `artifacts` (each output with its siblings, the output last so a half-pruned output
/// is still seen as one); returns the files removed.
///
/// # Errors
/// A file cannot be removed.
pub fn remove(artifacts: &[Artifact]) -> Result<usize> {
    let mut n = 0;
    for a in artifacts {
        for p in a.siblings.iter().chain(std::iter::once(&a.output)) {
            std::fs::remove_file(p)
                .map_err(|e| Error::io(format!("removing {}", p.display()), e))?;
            n += 1;
        }
    }
    Ok(n)
}

/// Remove refresh runs (`refresh-*` directories of `dir`) older than `keep.keep_days` and the
/// rollback snapshots of runs
/// older than `keep.snapshot_days` (never the current run's); the audit log is never pruned.
///
/// # Errors
/// A directory cannot be removed.
pub fn retain_runs(dir: &Path, current: &Path, keep: Retention, now: SystemTime) -> Result<()> {
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
        if age(&p) >= keep.keep_days {
            rm(&p)?;
        } else if age(&p) >= keep.snapshot_days && p.join("rollback").is_dir() {
            rm(&p.join("rollback"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(dir: &Path, name: &str, age_days: u64) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, b"x").unwrap();
        age(&p, age_days);
        p
    }

    fn age(p: &Path, days: u64) {
        let t = SystemTime::now() - Duration::from_secs(days * 86_400);
        std::fs::File::options()
            .write(true)
            .open(p)
            .unwrap()
            .set_modified(t)
            .unwrap();
    }

    /// An output as `transform`/`convert` leaves it: the file and its manifest.
    fn output(dir: &Path, name: &str, age_days: u64, command: &str) -> PathBuf {
        let p = touch(dir, name, age_days);
        let m = serde_json::json!({
            "tool": "amrit-stream", "command": command, "exit_status": 0,
            "output": {"name": p.to_string_lossy(), "bytes": 1, "blake3": "00", "compression": "none", "encrypted": false}
        });
        let mp = manifest::path_for(&p);
        std::fs::write(&mp, m.to_string()).unwrap();
        age(&mp, age_days);
        p
    }

    fn names(v: Vec<Artifact>) -> Vec<String> {
        v.iter()
            .map(|a| a.output.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    }

    fn keep(keep_days: u64, keep_last: usize) -> Retention {
        Retention {
            keep_days,
            keep_last,
            ..Retention::default()
        }
    }

    #[test]
    fn old_outputs_go_with_their_siblings_but_the_newest_stay() {
        let d = tempfile::tempdir().unwrap();
        for age in [30, 20, 3] {
            let n = format!("db-2026-11-{age:02}");
            output(
                d.path(),
                &format!("{n}.anon.sql.zst.amrenc"),
                age,
                "convert",
            );
            let fp = output(
                d.path(),
                &format!("{n}.anon.fingerprints.amrenc"),
                age,
                "transform (side file)",
            );
            let _ = fp;
        }
        touch(d.path(), "unrelated.sql", 400);
        let now = SystemTime::now();
        assert_eq!(
            names(expired(d.path(), keep(14, 1), now).unwrap()),
            [
                "db-2026-11-20.anon.sql.zst.amrenc",
                "db-2026-11-30.anon.sql.zst.amrenc"
            ]
        );
        // The newest two are kept whatever their age.
        assert_eq!(
            names(expired(d.path(), keep(0, 2), now).unwrap()),
            ["db-2026-11-30.anon.sql.zst.amrenc"]
        );
        let gone = expired(d.path(), keep(14, 1), now).unwrap();
        assert_eq!(remove(&gone).unwrap(), 8);
        let left: Vec<String> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left.len(), 5, "{left:?}");
        assert!(left
            .iter()
            .all(|n| n.starts_with("db-2026-11-03.") || n == "unrelated.sql"));
    }

    #[test]
    fn look_alike_files_are_never_candidates_nor_take_a_slot() {
        let d = tempfile::tempdir().unwrap();
        let real = output(d.path(), "db_iemr.anon.sql", 30, "transform");
        for name in [
            "x.anon.sqlite",
            "x.anon.sql.bak",
            "x.anon.sql.txt",
            "db_iemr.anon.sql.old",
        ] {
            touch(d.path(), name, 1);
        }
        // A manifest that does not vouch: another tool, a decrypt, a wrong size.
        let other = touch(d.path(), "y.anon.sql", 40);
        std::fs::write(
            manifest::path_for(&other),
            r#"{"tool":"mysqldump","command":"transform","output":{"name":"y.anon.sql","bytes":1}}"#,
        )
        .unwrap();
        let plain = touch(d.path(), "z.anon.sql", 40);
        std::fs::write(
            manifest::path_for(&plain),
            r#"{"tool":"amrit-stream","command":"decrypt","output":{"name":"z.anon.sql","bytes":1}}"#,
        )
        .unwrap();
        let grown = touch(d.path(), "w.anon.sql", 40);
        std::fs::write(
            manifest::path_for(&grown),
            r#"{"tool":"amrit-stream","command":"transform","output":{"name":"w.anon.sql","bytes":99}}"#,
        )
        .unwrap();
        let all = artifacts(d.path()).unwrap();
        assert_eq!(names(all), ["db_iemr.anon.sql"]);
        // The only output of its database is its newest: kept, whatever its age.
        assert!(expired(d.path(), keep(14, 1), SystemTime::now())
            .unwrap()
            .is_empty());
        assert!(real.exists());
    }

    #[test]
    fn keep_last_counts_per_database_and_must_be_one_or_more() {
        let d = tempfile::tempdir().unwrap();
        for db in ["db_identity", "db_iemr", "db_reporting", "db_1097_identity"] {
            output(d.path(), &format!("{db}-20261101.anon.sql"), 40, "convert");
        }
        output(d.path(), "db_iemr-20261201.anon.sql", 30, "convert");
        output(d.path(), "db_iemr-20261202.anon.sql", 20, "convert");
        // Every database keeps its newest two: only db_iemr has a third to let go.
        assert_eq!(
            names(expired(d.path(), keep(14, 2), SystemTime::now()).unwrap()),
            ["db_iemr-20261101.anon.sql"]
        );
        let e = expired(d.path(), keep(14, 0), SystemTime::now()).unwrap_err();
        assert!(e.to_string().contains("at least 1"), "{e}");
    }

    #[test]
    fn stems_drop_date_stamps_only() {
        assert_eq!(stem_of("db_iemr-2026-12-05.anon.sql.zst"), "db_iemr");
        assert_eq!(stem_of("db_iemr_20261205T0200.anon.sql"), "db_iemr");
        assert_eq!(stem_of("db_1097_identity.anon.sql"), "db_1097_identity");
        assert_eq!(stem_of("db_iemr2.anon.sql"), "db_iemr2");
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
        retain_runs(d.path(), &current, Retention::default(), SystemTime::now()).unwrap();
        assert!(!old.exists());
        assert!(mid.exists() && !mid.join("rollback").exists());
        assert!(new.join("rollback").exists());
        assert!(current.join("rollback").exists());
        assert!(d.path().join("audit.jsonl").exists());
    }
}
