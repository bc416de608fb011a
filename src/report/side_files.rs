//! The side files of a transform run, each written sealed (zstd, encrypted) with its own
//! manifest: the BenRegID mapping (`--mapping-out`) and the fingerprints of the run's values
//! (`--fingerprints`). Their recorders watch the rewrite; the files are written after it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::manifest::write_side_file;
use crate::error::{ErrorKind, Result};
use crate::gates::fingerprint::FingerprintRecorder;
use crate::io::crypt::Content;
use crate::io::keys::Keyring;
use crate::transform::mapping::MappingRecorder;
use crate::transform::{Recorder, Recorders};

/// The side files a run was asked for.
#[derive(Default)]
pub struct SideFiles {
    mapping: Option<(PathBuf, Arc<MappingRecorder>)>,
    fingerprints: Option<(PathBuf, Arc<FingerprintRecorder>)>,
}

impl SideFiles {
    /// Side files at these paths (either may be absent).
    ///
    /// # Errors
    /// No randomness for the fingerprints' key.
    pub fn new(mapping: Option<&Path>, fingerprints: Option<&Path>) -> Result<SideFiles> {
        Ok(SideFiles {
            mapping: mapping.map(|p| {
                (
                    p.to_path_buf(),
                    Arc::new(MappingRecorder::new("ben_reg_id")),
                )
            }),
            fingerprints: match fingerprints {
                Some(p) => Some((p.to_path_buf(), Arc::new(FingerprintRecorder::new()?))),
                None => None,
            },
        })
    }

    /// The recorder that feeds them, for the engine (`None` when no side file is wanted).
    pub fn recorder(&self) -> Option<Arc<dyn Recorder>> {
        let mut all: Vec<Arc<dyn Recorder>> = Vec::new();
        if let Some((_, m)) = &self.mapping {
            all.push(m.clone());
        }
        if let Some((_, f)) = &self.fingerprints {
            all.push(f.clone());
        }
        Recorders::combine(all)
    }

    /// True when the run keeps fingerprints (and so searches its free text for survivors).
    pub fn has_fingerprints(&self) -> bool {
        self.fingerprints.is_some()
    }

    /// Write every side file, encrypted for `keys` in chunks of `chunk_size`; one line per
    /// file saying what was written (counts and paths only).
    ///
    /// # Errors
    /// A file or its manifest cannot be written; a free-text column wrote back an identifier
    /// its value held before (a leak, exit 4: the output is then not published).
    pub fn write(&self, keys: &Keyring, chunk_size: u32) -> Result<Vec<String>> {
        if let Some((_, f)) = &self.fingerprints {
            // Checked before any file is written: a failed run leaves no side file.
            let survivors = f.survivors();
            if !survivors.is_empty() {
                let total: u64 = survivors.values().sum();
                let columns: Vec<String> = survivors
                    .iter()
                    .map(|(c, n)| format!("{c} ({n})"))
                    .collect();
                return Err(ErrorKind::Leak(format!(
                "{total} identifier(s) written back unchanged inside rewritten free text: {}; the output is not published. The column's strategy did not replace what the detectors read there: report it, and give the column `redact` until it is fixed",
                columns.join(", ")
            ))
            .into());
            }
        }
        let mut said = Vec::new();
        if let Some((path, m)) = &self.mapping {
            write_side_file(path, Content::Mapping, keys, chunk_size, &mut |w| {
                m.write_csv(w)
            })?;
            said.push(format!(
                "wrote {} BenRegID pairs, encrypted, to {}",
                m.len(),
                path.display()
            ));
        }
        if let Some((path, f)) = &self.fingerprints {
            let (mut o, mut g) = (0, 0);
            write_side_file(path, Content::Fingerprints, keys, chunk_size, &mut |w| {
                (o, g) = f.write(w)?;
                Ok(())
            })?;
            said.push(format!(
                "wrote fingerprints of {o} original and {g} generated values, encrypted, to {}",
                path.display()
            ));
        }
        Ok(said)
    }
}
