//! Keys. The pseudonymization key: 32 secret bytes that make every pseudonym keyed and
//! repeatable. The master encryption keys ([`Keyring`]): 32 bytes each, which wrap the data key
//! of every encrypted file; kept apart, so rotating one never changes the other.
//!
//! It comes from the environment (`AMRIT_STREAM_KEY`, base64) or a key file (base64 text, made by
//! `amrit-stream keygen` with mode 0600), never from the command line. Every strategy derives its
//! own subkey per purpose with `blake3::derive_key`, so outputs of different domains and
//! strategies are unrelated, and the master key never leaves this module. Encryption keys come
//! from `AMRIT_STREAM_ENC_KEY` or `--enc-key-file` in the same format (`keygen` makes both).
//! Key material is zeroed on drop; only key ids (fingerprints) are ever printed or recorded.

use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use zeroize::Zeroize;

use crate::error::{Error, ErrorKind, Result, Setting};

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
        MasterKey::from_env(KEY_ENV)
    }

    /// The key in environment variable `var` (base64), or `None` when it is not set.
    ///
    /// # Errors
    /// A malformed key (exit 3).
    pub fn from_env(var: &str) -> Result<Option<MasterKey>> {
        match std::env::var(var) {
            Ok(mut v) => {
                let k = decode(&v, var);
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
        hex(&h[..8])
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

/// Environment variable holding one or more base64 master encryption keys (separated by commas
/// or whitespace). Separate from [`KEY_ENV`]: rotating one never changes the other.
pub const ENC_KEY_ENV: &str = "AMRIT_STREAM_ENC_KEY";

/// A master encryption key: wraps the random data key of each encrypted file (see
/// [`crate::io::crypt`]). Never used for pseudonyms.
pub struct EncKey {
    bytes: [u8; 32],
}

impl Drop for EncKey {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

impl std::fmt::Debug for EncKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EncKey(id {})", self.id_hex())
    }
}

impl EncKey {
    /// A key from raw bytes (tests, benches).
    pub fn from_bytes(bytes: [u8; 32]) -> EncKey {
        EncKey { bytes }
    }

    /// The key id stored in encrypted files: a fingerprint of the key, not the key.
    pub fn id(&self) -> [u8; 8] {
        let h = blake3::derive_key("amrit-stream 2026 encryption key id", &self.bytes);
        h[..8].try_into().expect("8 bytes")
    }

    /// [`EncKey::id`] as 16 hex digits.
    pub fn id_hex(&self) -> String {
        hex(&self.id())
    }

    /// The AES-256 key that wraps data keys (derived, so the master key itself never keys AES).
    pub fn wrapping_key(&self) -> [u8; 32] {
        blake3::derive_key("amrit-stream 2026 encryption key wrap", &self.bytes)
    }

    /// Load one key file (base64, mode 0600).
    ///
    /// # Errors
    /// An unreadable or malformed file, or one other users can read.
    pub fn load_file(p: &Path) -> Result<EncKey> {
        check_private(p)?;
        let mut text = std::fs::read_to_string(p)
            .map_err(|e| Error::io(format!("reading the key file {}", p.display()), e))?;
        let k = decode(&text, &format!("the key file {}", p.display()));
        text.zeroize();
        Ok(EncKey { bytes: k? })
    }
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The master encryption keys of a run: from `--enc-key-file` (each) and `AMRIT_STREAM_ENC_KEY`.
#[derive(Debug, Default)]
pub struct Keyring {
    keys: Vec<EncKey>,
}

impl Keyring {
    /// No keys: encrypted inputs are refused, `--encrypt` is refused.
    pub fn empty() -> Keyring {
        Keyring::default()
    }

    /// A keyring of the given keys (tests, `rekey`).
    pub fn of(keys: Vec<EncKey>) -> Keyring {
        let mut ring = Keyring::default();
        for k in keys {
            ring.push(k);
        }
        ring
    }

    /// The keys of `files`, then those of `AMRIT_STREAM_ENC_KEY`; the same key twice counts once.
    ///
    /// # Errors
    /// A malformed key (exit 3) or an unreadable or group-readable key file.
    pub fn load(files: &[std::path::PathBuf]) -> Result<Keyring> {
        let mut ring = Keyring::default();
        for f in files {
            ring.push(EncKey::load_file(f)?);
        }
        ring.add_env(ENC_KEY_ENV)?;
        Ok(ring)
    }

    /// The keys in environment variable `var` (base64, several separated by commas).
    ///
    /// # Errors
    /// A malformed key (exit 3).
    pub fn from_env(var: &str) -> Result<Keyring> {
        let mut ring = Keyring::default();
        ring.add_env(var)?;
        Ok(ring)
    }

    fn add_env(&mut self, var: &str) -> Result<()> {
        if let Ok(mut v) = std::env::var(var) {
            let parsed: Result<Vec<[u8; 32]>> = v
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(|s| decode(s, var))
                .collect();
            v.zeroize();
            for bytes in parsed? {
                self.push(EncKey { bytes });
            }
        }
        Ok(())
    }

    fn push(&mut self, k: EncKey) {
        if !self.keys.iter().any(|o| o.id() == k.id()) {
            self.keys.push(k);
        }
    }

    /// True when there is no key.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Refuse (exit 3) when there is no key: `what` (a command or flag) needs one.
    ///
    /// # Errors
    /// The keyring is empty.
    pub fn require(&self, what: &str) -> Result<()> {
        if self.is_empty() {
            return Err(ErrorKind::Refused(format!(
                "{what} needs a master encryption key in {ENC_KEY_ENV} or {} \
                 (make one with `amrit-stream keygen`)",
                Setting::EncKeyFile
            ))
            .into());
        }
        Ok(())
    }

    /// The keys, in the order given.
    pub fn keys(&self) -> &[EncKey] {
        &self.keys
    }

    /// The key with this id.
    pub fn find(&self, id: &[u8; 8]) -> Option<&EncKey> {
        self.keys.iter().find(|k| &k.id() == id)
    }

    /// The key ids, as hex (safe to print and record).
    pub fn ids(&self) -> Vec<String> {
        self.keys.iter().map(EncKey::id_hex).collect()
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

/// Write a new random key to `path` (base64, mode 0600). Refuses to overwrite. The same file
/// serves as a pseudonymization key (`--key-file`) or a master encryption key
/// (`--enc-key-file`); use different keys for the two. Returns both key ids.
///
/// # Errors
/// When the file exists or cannot be written.
pub fn keygen(path: &Path) -> Result<(String, String)> {
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
    let enc_id = EncKey { bytes: key.bytes }.id_hex();
    Ok((key.id(), enc_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keygen_writes_a_private_loadable_key() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        let (id, enc_id) = keygen(&p).unwrap();
        let k = MasterKey::load(Some(&p)).unwrap().unwrap();
        assert_eq!(k.id(), id);
        assert_eq!(EncKey::load_file(&p).unwrap().id_hex(), enc_id);
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
    fn encryption_key_ids_differ_from_pseudonymization_key_ids() {
        let e = EncKey::from_bytes([3; 32]);
        let m = MasterKey::from_bytes([3; 32]);
        assert_ne!(e.id_hex(), m.id());
        assert_ne!(e.wrapping_key(), [3; 32]);
        let ring = Keyring::of(vec![
            EncKey::from_bytes([3; 32]),
            EncKey::from_bytes([3; 32]),
        ]);
        assert_eq!(ring.keys().len(), 1, "the same key twice counts once");
        assert!(ring.find(&e.id()).is_some());
        assert!(!format!("{e:?}").contains("3, 3"));
    }

    #[test]
    fn malformed_keys_are_refused() {
        assert!(decode("not base64!!", "k").is_err());
        assert!(decode(&STANDARD.encode([0u8; 16]), "k").is_err());
        assert_eq!(decode(&STANDARD.encode([7u8; 32]), "k").unwrap(), [7u8; 32]);
    }
}
