//! Files that appear under their final name only when complete: written under a temporary name
//! in the destination's directory, synced, then renamed. Outputs, manifests, reports and rekeyed
//! files are all written through [`AtomicFile`].
//!
//! Temporary names carry the writer's process id (`.NAME.amrit-tmp-PID`); a file left by a
//! process that was killed (`kill -9`, power loss) is removed by the next writer of the same
//! name once that process is gone. [`check_writable`] tells, before a run reads anything,
//! whether an output path can be written at all.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A file written under a temporary name in the destination's directory. [`AtomicFile::commit`]
/// flushes, syncs and renames it; dropped without a commit, the temporary file is removed, so a
/// failed run never leaves a file under the final name.
pub struct AtomicFile {
    tmp: PathBuf,
    dest: PathBuf,
    file: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Create the temporary file for `dest`.
    ///
    /// # Errors
    /// `dest` has no file name, or the directory is not writable.
    pub fn create(dest: &Path) -> Result<AtomicFile> {
        AtomicFile::create_with(dest, false)
    }

    /// [`AtomicFile::create`] for a file that holds data nobody else may read (plaintext of an
    /// encrypted file): created with mode 0600 on Unix.
    ///
    /// # Errors
    /// As [`AtomicFile::create`].
    pub fn create_private(dest: &Path) -> Result<AtomicFile> {
        AtomicFile::create_with(dest, true)
    }

    fn create_with(dest: &Path, private: bool) -> Result<AtomicFile> {
        let name = dest.file_name().ok_or_else(|| {
            Error::io(
                format!("opening {}", dest.display()),
                io::Error::other("not a file name"),
            )
        })?;
        let prefix = format!(".{}.amrit-tmp-", name.to_string_lossy());
        sweep_stale(dest, &prefix);
        let tmp = dest.with_file_name(format!("{prefix}{}", std::process::id()));
        let mut open = std::fs::OpenOptions::new();
        open.write(true).create(true).truncate(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            open.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let file = open
            .open(&tmp)
            .map_err(|e| Error::io(format!("creating {}", tmp.display()), e))?;
        Ok(AtomicFile {
            tmp,
            dest: dest.to_path_buf(),
            file: Some(BufWriter::with_capacity(1 << 20, file)),
        })
    }

    /// Flush, sync and move the file to its final name.
    ///
    /// # Errors
    /// Writing, syncing or renaming failed (the temporary file is then removed).
    pub fn commit(mut self) -> Result<()> {
        let file = self.file.take().expect("committed once");
        let f = file
            .into_inner()
            .map_err(|e| Error::io(format!("writing {}", self.tmp.display()), e.into_error()))?;
        f.sync_all()
            .map_err(|e| Error::io(format!("syncing {}", self.tmp.display()), e))?;
        drop(f);
        std::fs::rename(&self.tmp, &self.dest)
            .map_err(|e| Error::io(format!("renaming to {}", self.dest.display()), e))?;
        Ok(())
    }
}

/// Remove temporary files `PREFIX<pid>` next to `dest` whose process is gone (Linux: no
/// `/proc/<pid>`); elsewhere, and for live processes, nothing is removed.
fn sweep_stale(dest: &Path, prefix: &str) {
    let dir = match dest.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    sweep(dir, |name| name.strip_prefix(prefix));
}

/// Remove every temporary file in `dir` (any name) left by a process that is gone; returns how
/// many were removed. Batch runs call it on their output directory before they start.
pub fn sweep_dir(dir: &Path) -> usize {
    sweep(dir, |name| {
        name.strip_prefix('.')
            .and_then(|n| n.rsplit_once(".amrit-tmp-"))
            .map(|(_, pid)| pid)
    })
}

/// Remove the files of `dir` whose name `pid_of` maps to the id of a process that is gone.
fn sweep(dir: &Path, pid_of: impl Fn(&str) -> Option<&str>) -> usize {
    if !Path::new("/proc/self").exists() {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let me = std::process::id();
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(&pid_of)
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != me
            && !Path::new(&format!("/proc/{pid}")).exists()
            && std::fs::remove_file(e.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// Check, before anything is read, that `path` can be written as an output: not a directory,
/// in a directory that exists, where a file can be created (a probe file is made and removed).
/// `-` (stdout) is always fine.
///
/// # Errors
/// What is wrong, naming the path.
pub fn check_writable(path: &Path) -> Result<()> {
    if path == Path::new("-") {
        return Ok(());
    }
    let usage = |what: String| -> Result<()> { Err(crate::error::ErrorKind::Usage(what).into()) };
    if path.is_dir() {
        return usage(format!(
            "{} is a directory; give a file name",
            path.display()
        ));
    }
    let Some(name) = path.file_name() else {
        return usage(format!("{} is not a file name", path.display()));
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return usage(format!(
            "cannot write {}: the directory {} does not exist",
            path.display(),
            dir.display()
        ));
    }
    let probe = dir.join(format!(
        ".{}.amrit-probe-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    File::create(&probe).map_err(|e| {
        Error::io(
            format!(
                "cannot write {} (creating a file in {})",
                path.display(),
                dir.display()
            ),
            e,
        )
    })?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.as_mut().expect("not committed").write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.file.as_mut().expect("not committed").write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().expect("not committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}
