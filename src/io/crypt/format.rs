//! The wire format's constants and small parts: magic, version, chunk limits, sizes of tags
//! and key slots, what the plaintext is and how it was compressed; and the two byte-level
//! helpers every part uses (random bytes, reading a full buffer).

use std::io::{self, Read};

use crate::error::{Error, Result};

/// The first bytes of every encrypted file.
pub const MAGIC: &[u8; 8] = b"AMRITENC";
/// The file-name extension of the encrypted format.
pub const EXTENSION: &str = "amrenc";
/// The format version this build writes and reads.
pub const VERSION: u8 = 1;
/// Default plaintext bytes per chunk.
pub const DEFAULT_CHUNK: u32 = 1 << 20;
pub(super) const MIN_CHUNK: u32 = 16;
pub(super) const MAX_CHUNK: u32 = 64 << 20;
pub(super) const TAG: usize = 16;
pub(super) const SLOT: usize = 8 + 12 + 32 + TAG;
pub(super) const MAX_SLOTS: usize = 16;
pub(super) const FIXED: usize = 31;

/// How the plaintext inside was compressed (recorded; the reader also sniffs it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None = 0,
    /// zstd frames.
    Zstd = 1,
}

/// What the plaintext is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A SQL dump.
    Dump = 0,
    /// BenRegID pairs, original → new (CSV), from `transform --mapping-out`.
    Mapping = 1,
    /// Keyed fingerprints of original values, from `transform --fingerprints`.
    Fingerprints = 2,
}

/// Whether the plaintext dump ended complete, as its writer saw it: authenticated with the
/// last chunk (its additional data is the header core followed by this byte), so it cannot be
/// changed without failing the file. Files without a record (mapping, fingerprints, files of
/// earlier versions) read as [`Completion::Unrecorded`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    /// Nothing recorded.
    Unrecorded = 0,
    /// The dump ended with its dumper's `-- Dump completed` line (or was written whole by this
    /// tool's `transform`).
    Complete = 1,
    /// Kept with `--allow-incomplete`, or without a dumper's header: its completeness was not
    /// proven.
    Unproven = 2,
}

impl Completion {
    /// Words for `decrypt --check`.
    pub fn describe(self) -> &'static str {
        match self {
            Completion::Unrecorded => "not recorded",
            Completion::Complete => "complete (the dump's closing line was seen)",
            Completion::Unproven => {
                "NOT proven complete (a dump accepted as incomplete, or one without a dumper's header)"
            }
        }
    }

    /// The last chunk's additional data for this record.
    pub(super) fn aad(self, core: &[u8]) -> Vec<u8> {
        let mut a = core.to_vec();
        if self != Completion::Unrecorded {
            a.push(self as u8);
        }
        a
    }
}

pub(super) fn integrity(msg: String) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        crate::error::IntegrityFailure(msg),
    )
}

/// `N` random bytes from the operating system.
pub(super) fn random<const N: usize>() -> Result<[u8; N]> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b)
        .map_err(|e| Error::io("getting random bytes", io::Error::other(e.to_string())))?;
    Ok(b)
}

/// Read until `buf` is full or the input ends; the number of bytes read.
pub(super) fn read_full(r: &mut dyn Read, buf: &mut [u8], name: &str) -> Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Error::io(format!("reading {name}"), e)),
        }
    }
    Ok(n)
}
