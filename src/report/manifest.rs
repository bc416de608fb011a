//! `NAME.manifest.json`, written next to every output file: what went in, what came out, with
//! sizes and blake3 hashes, rows per table, the rules' hash, key ids (never keys), the tool
//! version, start and end times, and the exit status. Names and counts only: no value from the
//! data ever appears in it.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Exit, Result};
use crate::io::atomic::AtomicFile;
use crate::io::crypt::Content;
use crate::io::keys::{KeySource, Keyring, MasterKey};
use crate::io::output::{Output, OutputOptions, Written};
use crate::strategy::keyed::Derivation;
use crate::transform::{InputDigest, Stats};

/// One input file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct InputEntry {
    /// The path as given (or `<stdin>`).
    pub name: String,
    /// Raw bytes read (before decompression or decryption).
    pub bytes: u64,
    /// blake3 of the raw bytes, hex.
    pub blake3: String,
}

/// The output file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct OutputEntry {
    /// The path.
    pub name: String,
    /// Bytes written.
    pub bytes: u64,
    /// blake3 of the bytes written, hex.
    pub blake3: String,
    /// `zstd:LEVEL` or `none`.
    pub compression: String,
    /// True when sealed in the encrypted format.
    pub encrypted: bool,
}

/// What the output gate of a run tested: `refresh` takes a backup's manifest as gate 2's
/// evidence only when the gate tested every row and the run searched its free text for the
/// identifiers it held before the rewrite.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct OutputGateEntry {
    /// Every written row was tested (`false`: each table's head, then a sample).
    pub every_row: bool,
    /// The run kept fingerprints and found no free-text value that still holds an identifier
    /// it held before the rewrite (what `verify --fingerprints` calls a survivor).
    pub survivors_searched: bool,
}

/// A directory output: its layout, the share written, and every file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DirectoryEntry {
    /// `mydumper`.
    pub layout: String,
    /// `K/N` when the run wrote one share of the input's files (`--shard`).
    pub shard: Option<String>,
    /// The files written, by name.
    pub files: Vec<FileEntry>,
}

/// One file of a directory output.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FileEntry {
    /// Its name in the directory.
    pub name: String,
    /// Bytes written.
    pub bytes: u64,
    /// blake3 of the bytes written, hex.
    pub blake3: String,
}

/// The rules a run used.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RulesEntry {
    /// The rules file, or `<built-in AMRIT rules>`.
    pub file: String,
    /// blake3 of the rules text, hex.
    pub blake3: String,
}

impl RulesEntry {
    /// The rules file at `path` (its name and blake3), or the built-in AMRIT rules.
    ///
    /// # Errors
    /// The rules file cannot be read.
    pub fn of(path: Option<&Path>) -> Result<RulesEntry> {
        Ok(match path {
            Some(p) => RulesEntry {
                file: p.display().to_string(),
                blake3: blake3_hex(
                    &std::fs::read(p)
                        .map_err(|e| Error::io(format!("reading {}", p.display()), e))?,
                ),
            },
            None => RulesEntry {
                file: "<built-in AMRIT rules>".into(),
                blake3: blake3_hex(crate::amrit::RULES_YAML.as_bytes()),
            },
        })
    }
}

/// Key ids of a run (fingerprints; never the keys).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct KeyIds {
    /// The pseudonymization key's id (`None` when the command uses none).
    pub pseudonymization: Option<String>,
    /// True when the pseudonymization key was a random one-off key.
    pub pseudonymization_one_off: bool,
    /// The master encryption keys the output is sealed for.
    pub encryption: Vec<String>,
}

/// The manifest of one run.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Manifest {
    /// `amrit-stream`.
    pub tool: String,
    /// The tool version.
    pub tool_version: String,
    /// The subcommand (`transform`, `decrypt`, `encrypt`).
    pub command: String,
    /// The inputs, in order.
    pub inputs: Vec<InputEntry>,
    /// The output; `None` when the run failed before finishing it.
    pub output: Option<OutputEntry>,
    /// The rules, for commands that use them.
    pub rules: Option<RulesEntry>,
    /// Key ids.
    pub key_ids: KeyIds,
    /// The key derivation of the pseudonyms (`--derivation`); absent for commands that make
    /// none, and in manifests written before version 2 existed (those used 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derivation: Option<Derivation>,
    /// For a directory output (mydumper's layout): its files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directory: Option<DirectoryEntry>,
    /// What the output gate tested (absent in manifests written before it was recorded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_gate: Option<OutputGateEntry>,
    /// Rows per rewritten `db.table`.
    pub rows_per_table: BTreeMap<String, u64>,
    /// Start time, UTC, RFC 3339.
    pub started: String,
    /// End time, UTC, RFC 3339.
    pub finished: String,
    /// The process exit status of the run.
    /// (A manifest read without one never vouches for its output.)
    #[serde(default = "no_status")]
    pub exit_status: u8,
    /// The error that ended the run (positions and names only), when it failed.
    pub error: Option<String>,
}

/// The exit status of a manifest that records none: not a success.
fn no_status() -> u8 {
    u8::MAX
}

impl Manifest {
    /// The manifest at `path`, as this tool wrote it (`None`: no file, or not a manifest of
    /// this tool). Fields a manifest lacks take their empty values.
    pub fn read(path: &Path) -> Option<Manifest> {
        let text = std::fs::read(path).ok()?;
        let m: Manifest = serde_json::from_slice(&text).ok()?;
        (m.tool == "amrit-stream").then_some(m)
    }

    /// True when this manifest records a good run of `command` whose output is `output` with
    /// the size it has on disk.
    pub fn vouches_for(&self, command: &str, output: &Path) -> bool {
        let Some(o) = &self.output else { return false };
        let named = Path::new(&o.name).file_name();
        let on_disk = std::fs::symlink_metadata(output)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| m.len());
        self.command == command
            && self.exit_status == 0
            && named.is_some()
            && named == output.file_name()
            && on_disk == Some(o.bytes)
    }

    /// Record what the run's output gate tested: every row or a sample (`every_row`; `None`
    /// for a run without the gate), and whether fingerprints searched its free text for
    /// identifiers written back.
    pub fn set_output_gate(&mut self, every_row: Option<bool>, survivors_searched: bool) {
        self.output_gate = every_row.map(|every_row| OutputGateEntry {
            every_row,
            survivors_searched,
        });
    }

    /// A manifest for `command` started at `started`.
    pub fn new(command: &str, started: SystemTime) -> Manifest {
        Manifest {
            tool: "amrit-stream".into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            command: command.into(),
            inputs: Vec::new(),
            output: None,
            rules: None,
            key_ids: KeyIds::default(),
            derivation: None,
            directory: None,
            output_gate: None,
            rows_per_table: BTreeMap::new(),
            started: rfc3339(started),
            finished: String::new(),
            exit_status: 0,
            error: None,
        }
    }

    /// Record the finished output.
    pub fn set_output(&mut self, w: &Written, compress: Option<i32>) {
        self.output = Some(OutputEntry {
            name: w
                .path
                .as_ref()
                .map_or_else(|| "<stdout>".into(), |p| p.display().to_string()),
            bytes: w.bytes,
            blake3: w.blake3.clone(),
            compression: compress.map_or_else(|| "none".into(), |l| format!("zstd:{l}")),
            encrypted: !w.key_ids.is_empty(),
        });
        self.key_ids.encryption = w.key_ids.clone();
    }

    /// Record the pseudonymization key's id (never the key), whether it was a one-off key, and
    /// the derivation that made the pseudonyms.
    pub fn set_pseudonymization_key(&mut self, key: &MasterKey, derivation: Derivation) {
        self.derivation = Some(derivation);
        self.key_ids.pseudonymization = Some(key.id());
        self.key_ids.pseudonymization_one_off = key.source() == KeySource::OneOff;
    }

    /// Record the inputs a run read, in order.
    pub fn add_inputs(&mut self, digests: Vec<InputDigest>) {
        self.inputs.extend(digests.into_iter().map(|d| InputEntry {
            name: d.name,
            bytes: d.bytes,
            blake3: d.blake3,
        }));
    }

    /// Record rows per table from a run's counts: rewritten tables and those copied unchanged.
    pub fn add_rows(&mut self, stats: &Stats) {
        for (t, s) in &stats.tables {
            self.rows_per_table.insert(t.clone(), s.rows);
        }
    }

    /// Stamp the outcome of `result` (exit status 0, or the failure's status and message) and
    /// write the manifest next to `output` (stdout has no manifest file: only the stamp).
    ///
    /// # Errors
    /// The manifest cannot be written.
    pub fn finish<T>(&mut self, output: Option<&Path>, result: &Result<T>) -> Result<()> {
        let (status, error) = match result {
            Ok(_) => (Exit::Ok as u8, None),
            Err(e) => (Exit::of(e) as u8, Some(e.to_string())),
        };
        match output.filter(|p| *p != Path::new("-")) {
            Some(path) => self.write_for(path, status, error).map(|_| ()),
            // Stdout has no manifest file, but the run report shows the same stamp.
            None => {
                self.stamp(status, error);
                Ok(())
            }
        }
    }

    /// Stamp the end time, exit status and error (without writing the manifest): for a report
    /// made before the manifest is written.
    pub fn stamp(&mut self, exit_status: u8, error: Option<String>) {
        self.finished = rfc3339(SystemTime::now());
        self.exit_status = exit_status;
        self.error = error;
    }

    /// Stamp the end time and exit status, then write the manifest next to `output`.
    ///
    /// # Errors
    /// The manifest cannot be written.
    pub fn write_for(
        &mut self,
        output: &Path,
        exit_status: u8,
        error: Option<String>,
    ) -> Result<PathBuf> {
        self.stamp(exit_status, error);
        // A failed run never replaces the manifest of an earlier good output of the same name;
        // a good run removes the record of an earlier failure.
        let (path, other) = if exit_status == 0 {
            (path_for(output), failed_path_for(output))
        } else {
            (failed_path_for(output), path_for(output))
        };
        if exit_status == 0 {
            let _ = std::fs::remove_file(other);
        }
        let mut f = AtomicFile::create(&path)?;
        let text = serde_json::to_vec_pretty(self)
            .map_err(|e| Error::io("writing the manifest", std::io::Error::other(e.to_string())))?;
        f.write_all(&text)
            .and_then(|()| f.write_all(b"\n"))
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        f.commit()?;
        Ok(path)
    }
}

/// Write a side file of a run (the BenRegID mapping, the fingerprints) at `path`: zstd level 3,
/// always encrypted for `keys`, in chunks of `chunk_size`, with its own manifest. `body` writes
/// the plaintext.
///
/// # Errors
/// Opening, writing or finishing the file (the manifest then records the failure), or writing
/// the manifest of a complete file.
pub fn write_side_file(
    path: &Path,
    content: Content,
    keys: &Keyring,
    chunk_size: u32,
    body: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let mut manifest = Manifest::new("transform (side file)", SystemTime::now());
    let opts = OutputOptions {
        compress: Some(3),
        compress_threads: 0,
        encrypt: true,
        chunk_size,
        content: Some(content),
        private: false,
    };
    let result = Output::open(Some(path), &opts, keys).and_then(|mut out| {
        body(&mut out).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        let w = out.finish()?;
        manifest.set_output(&w, Some(3));
        Ok(())
    });
    match manifest.finish(Some(path), &result) {
        Err(e) if result.is_ok() => Err(e),
        _ => result,
    }
}

/// `NAME.failed.manifest.json` next to `output`: the manifest of a run that failed.
pub fn failed_path_for(output: &Path) -> PathBuf {
    let mut name = output
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".failed.manifest.json");
    output.with_file_name(name)
}

/// `NAME.manifest.json` next to `output`.
pub fn path_for(output: &Path) -> PathBuf {
    let mut name = output
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".manifest.json");
    output.with_file_name(name)
}

/// blake3 of `bytes`, hex.
pub fn blake3_hex(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// blake3 of a file's bytes, hex, read as a stream (never held in memory).
///
/// # Errors
/// The file cannot be read.
pub fn blake3_of_file(path: &Path) -> Result<String> {
    let mut h = blake3::Hasher::new();
    let f = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    h.update_reader(f)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    Ok(h.finalize().to_hex().to_string())
}

/// A time as UTC RFC 3339 (`2026-11-22T10:04:05Z`).
pub fn rfc3339(t: SystemTime) -> String {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = crate::dump::date::civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_manifest_reads_back_as_written_and_vouches_only_for_its_output() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("db_iemr.anon.sql");
        std::fs::write(&out, b"12345").unwrap();
        let mut m = Manifest::new("convert", SystemTime::now());
        m.output = Some(OutputEntry {
            name: out.display().to_string(),
            bytes: 5,
            blake3: blake3_hex(b"12345"),
            compression: "none".into(),
            encrypted: false,
        });
        m.key_ids.encryption = vec!["00ff".into()];
        let path = path_for(&out);
        std::fs::write(&path, serde_json::to_vec(&m).unwrap()).unwrap();
        let back = Manifest::read(&path).unwrap();
        assert_eq!(back.output, m.output);
        assert_eq!(back.key_ids, m.key_ids);
        assert!(back.vouches_for("convert", &out));
        assert!(!back.vouches_for("transform", &out));
        std::fs::write(&out, b"123456").unwrap();
        assert!(!back.vouches_for("convert", &out), "the size moved");
        let name = out.display().to_string().replace('\\', "\\\\");
        std::fs::write(
            &path,
            format!(r#"{{"tool":"amrit-stream","command":"convert","output":{{"name":"{name}","bytes":6}}}}"#),
        )
        .unwrap();
        let silent = Manifest::read(&path).unwrap();
        assert!(
            !silent.vouches_for("convert", &out),
            "no exit status, no vouching"
        );
        std::fs::write(&path, br#"{"tool":"other","command":"convert"}"#).unwrap();
        assert!(Manifest::read(&path).is_none());
    }

    #[test]
    fn rfc3339_dates() {
        let at = |s| rfc3339(SystemTime::UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_795_341_845), "2026-11-22T10:04:05Z");
    }

    #[test]
    fn manifest_sits_next_to_the_output() {
        assert_eq!(
            path_for(Path::new("/x/out.sql.zst.amrenc")),
            Path::new("/x/out.sql.zst.amrenc.manifest.json")
        );
    }
}
