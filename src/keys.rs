//! The pseudonymization key: 32 secret bytes that make every pseudonym keyed and repeatable.
//!
//! It comes from the environment (`AMRIT_STREAM_KEY`, base64) or a key file (base64 text, made by
//! `amrit-stream keygen` with mode 0600), never from the command line. Every strategy derives its
//! own subkey per purpose with `blake3::derive_key`, so outputs of different domains and
//! strategies are unrelated, and the master key never leaves this module. Key material is
//! zeroed on drop.

use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use zeroize::Zeroize;

use crate::error::{Error, ErrorKind, Result};

/// Environment variable holding the base64 pseudonymization key.
pub const KEY_ENV: &str = "AMRIT_STREAM_KEY";

/// Where a key came from (for messages; never the key itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// `AMRIT_STREAM_KEY`.
    Environment,
    /// `--key-file`.
    File,
    /// A random key for this run only: pseudonyms will not match other runs.
    OneOff,
}

/// The master pseudonymization key.
pub struct MasterKey {
    bytes: [u8; 32],
    source: KeySource,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MasterKey({:?}, id {})", self.source, self.id())
    }
}

impl Drop for MasterKey {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

fn decode(text: &str, what: &str) -> Result<[u8; 32]> {
    let mut raw = STANDARD.decode(text.trim()).map_err(|_| {
        Error::from(ErrorKind::Refused(format!(
            "{what} is not base64; make one with `amrit-stream keygen`"
        )))
    })?;
    if raw.len() != 32 {
        let n = raw.len();
        raw.zeroize();
        return Err(ErrorKind::Refused(format!(
            "{what} must hold 32 bytes, it holds {n}; make one with `amrit-stream keygen`"
        ))
        .into());
    }
    let mut k = [0u8; 32];
    k.copy_from_slice(&raw);
    raw.zeroize();
    Ok(k)
}

impl MasterKey {
    /// A key from raw bytes (tests, benches).
    pub fn from_bytes(bytes: [u8; 32]) -> MasterKey {
        MasterKey {
            bytes,
            source: KeySource::File,
        }
    }

    /// A fresh random key for this run only.
    ///
    /// # Errors
    /// When the operating system has no randomness to give.
    pub fn one_off() -> Result<MasterKey> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::io("getting random bytes", std::io::Error::other(e.to_string())))?;
        Ok(MasterKey {
            bytes,
            source: KeySource::OneOff,
        })
    }

    /// Load the key: `--key-file` if given, else `AMRIT_STREAM_KEY`, else `None`.
    ///
    /// # Errors
    /// An unreadable or malformed key (exit 3: a refusal), or a key file others can read.
    pub fn load(key_file: Option<&Path>) -> Result<Option<MasterKey>> {
        if let Some(p) = key_file {
            check_private(p)?;
            let mut text = std::fs::read_to_string(p)
                .map_err(|e| Error::io(format!("reading the key file {}", p.display()), e))?;
            let k = decode(&text, &format!("the key file {}", p.display()));
            text.zeroize();
            return Ok(Some(MasterKey {
                bytes: k?,
                source: KeySource::File,
            }));
        }
        match std::env::var(KEY_ENV) {
            Ok(mut v) => {
                let k = decode(&v, KEY_ENV);
                v.zeroize();
                Ok(Some(MasterKey {
                    bytes: k?,
                    source: KeySource::Environment,
                }))
            }
            Err(_) => Ok(None),
        }
    }

    /// Where the key came from.
    pub fn source(&self) -> KeySource {
        self.source
    }

    /// A public fingerprint of the key (16 hex digits), safe to print and record.
    pub fn id(&self) -> String {
        let h = blake3::derive_key("amrit-stream 2026 key id", &self.bytes);
        h[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The subkey for `purpose` (domain-separated; unrelated across purposes).
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        let mut material = self.bytes.to_vec();
        material.extend_from_slice(purpose.as_bytes());
        let k = blake3::derive_key("amrit-stream 2026 pseudonymization subkey", &material);
        material.zeroize();
        k
    }
}

/// Refuse a key file that group or others can read (Unix).
fn check_private(p: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(p)
            .map_err(|e| Error::io(format!("reading the key file {}", p.display()), e))?;
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(ErrorKind::Refused(format!(
                "the key file {} can be read by other users; run `chmod 600 {}`",
                p.display(),
                p.display()
            ))
            .into());
        }
    }
    Ok(())
}

/// Write a new random key to `path` (base64, mode 0600). Refuses to overwrite.
///
/// # Errors
/// When the file exists or cannot be written.
pub fn keygen(path: &Path) -> Result<String> {
    let key = MasterKey::one_off()?;
    let mut text = STANDARD.encode(key.bytes);
    text.push('\n');
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(|e| {
        Error::io(
            format!(
                "creating the key file {} (it must not exist yet)",
                path.display()
            ),
            e,
        )
    })?;
    std::io::Write::write_all(&mut f, text.as_bytes())
        .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    text.zeroize();
    Ok(key.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keygen_writes_a_private_loadable_key() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        let id = keygen(&p).unwrap();
        let k = MasterKey::load(Some(&p)).unwrap().unwrap();
        assert_eq!(k.id(), id);
        assert!(keygen(&p).is_err(), "never overwrites");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
            let e = MasterKey::load(Some(&p)).unwrap_err();
            assert_eq!(e.class(), crate::ErrorClass::Security);
        }
    }

    #[test]
    fn subkeys_are_domain_separated_and_key_dependent() {
        let a = MasterKey::from_bytes([1; 32]);
        let b = MasterKey::from_bytes([2; 32]);
        assert_ne!(a.derive("x"), a.derive("y"));
        assert_ne!(a.derive("x"), b.derive("x"));
        assert_eq!(a.derive("x"), MasterKey::from_bytes([1; 32]).derive("x"));
        assert!(!format!("{a:?}").contains("1, 1"));
    }

    #[test]
    fn malformed_keys_are_refused() {
        assert!(decode("not base64!!", "k").is_err());
        assert!(decode(&STANDARD.encode([0u8; 16]), "k").is_err());
        assert_eq!(decode(&STANDARD.encode([7u8; 32]), "k").unwrap(), [7u8; 32]);
    }
}
