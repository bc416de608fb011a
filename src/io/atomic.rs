//! Files that appear under their final name only when complete: written under a temporary name
//! in the destination's directory, synced, then renamed. Outputs, manifests, reports and rekeyed
//! files are all written through [`AtomicFile`].

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
        let name = dest.file_name().ok_or_else(|| {
            Error::io(
                format!("opening {}", dest.display()),
                io::Error::other("not a file name"),
            )
        })?;
        let tmp = dest.with_file_name(format!(
            ".{}.amrit-tmp-{}",
            name.to_string_lossy(),
            std::process::id()
        ));
        let file =
            File::create(&tmp).map_err(|e| Error::io(format!("creating {}", tmp.display()), e))?;
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
