//! Retention of an output directory (`amrit-stream prune`): anonymized outputs older than
//! `--keep-days` are removed with their manifests and fingerprints files, except the newest
//! `--keep-last`, which are always kept; temporary files of killed runs go too.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};
use crate::report::manifest;

/// What to keep.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    /// Outputs younger than this many days are kept.
    pub keep_days: u64,
    /// The newest this many outputs are kept whatever their age.
    pub keep_last: usize,
}

/// One anonymized output and the files that belong to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// The output file.
    pub output: PathBuf,
    /// Its manifest, failed manifest, fingerprints file and the fingerprints' manifest, where
    /// they exist.
    pub siblings: Vec<PathBuf>,
    /// When the output was last written.
    pub modified: SystemTime,
}

/// The outputs in `dir` (files named `*.anon.sql*` that are not manifests), newest first.
///
/// # Errors
/// The directory cannot be listed.
pub fn artifacts(dir: &Path) -> Result<Vec<Artifact>> {
    let mut out = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| Error::io(format!("listing {}", dir.display()), e))?;
    for e in entries.flatten() {
        let path = e.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some((base, _)) = name.split_once(".anon.sql") else {
            continue;
        };
        if name.ends_with(".json") || name.starts_with('.') || !path.is_file() {
            continue;
        }
        let modified = e
            .metadata()
            .and_then(|m| m.modified())
            .unwrap_or(SystemTime::UNIX_EPOCH);
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
            output: path,
            siblings,
            modified,
        });
    }
    out.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.output.cmp(&b.output)));
    Ok(out)
}

/// The artifacts of `dir` that `keep` lets go, as of `now`, newest first.
///
/// # Errors
/// The directory cannot be listed.
pub fn expired(dir: &Path, keep: Retention, now: SystemTime) -> Result<Vec<Artifact>> {
    let cutoff = now
        .checked_sub(Duration::from_secs(keep.keep_days * 86_400))
        .unwrap_or(SystemTime::UNIX_EPOCH);
    Ok(artifacts(dir)?
        .into_iter()
        .skip(keep.keep_last)
        .filter(|a| a.modified < cutoff)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(dir: &Path, name: &str, age_days: u64) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, b"x").unwrap();
        let t = SystemTime::now() - Duration::from_secs(age_days * 86_400);
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(t)
            .unwrap();
        p
    }

    #[test]
    fn old_outputs_go_with_their_siblings_but_the_newest_stay() {
        let d = tempfile::tempdir().unwrap();
        for (name, age) in [("a", 30), ("b", 20), ("c", 3)] {
            touch(d.path(), &format!("{name}.anon.sql.zst.amrenc"), age);
            touch(
                d.path(),
                &format!("{name}.anon.sql.zst.amrenc.manifest.json"),
                age,
            );
            touch(d.path(), &format!("{name}.anon.fingerprints.amrenc"), age);
            touch(
                d.path(),
                &format!("{name}.anon.fingerprints.amrenc.manifest.json"),
                age,
            );
        }
        touch(d.path(), "unrelated.sql", 400);
        let now = SystemTime::now();
        let keep = |keep_days, keep_last| Retention {
            keep_days,
            keep_last,
        };
        let names = |v: Vec<Artifact>| -> Vec<String> {
            v.iter()
                .map(|a| a.output.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            names(expired(d.path(), keep(14, 1), now).unwrap()),
            ["b.anon.sql.zst.amrenc", "a.anon.sql.zst.amrenc"]
        );
        // The newest two are kept whatever their age.
        assert_eq!(
            names(expired(d.path(), keep(0, 2), now).unwrap()),
            ["a.anon.sql.zst.amrenc"]
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
            .all(|n| n.starts_with("c.") || n == "unrelated.sql"));
    }
}
