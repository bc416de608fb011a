//! The header of an encrypted file: the core (magic, version, compression, content, chunk
//! size, creation time, nonce prefix, tool version) and the key slots that wrap the data key.

use std::io::{self, Read};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, ErrorKind, Result, Setting};
use crate::io::keys::{hex, EncKey, Keyring};

use super::format::*;

/// One wrapped copy of the data key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySlot {
    /// Fingerprint of the master key that wraps this copy.
    pub key_id: [u8; 8],
    nonce: [u8; 12],
    wrapped: [u8; 32 + TAG],
}

/// The header of an encrypted file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Compression of the plaintext.
    pub compression: Compression,
    /// What the plaintext is.
    pub content: Content,
    /// Plaintext bytes per chunk.
    pub chunk_size: u32,
    /// Creation time, Unix seconds.
    pub created: u64,
    pub(super) nonce_prefix: [u8; 7],
    /// The tool and version that wrote the file.
    pub tool_version: String,
    /// The wrapped data keys.
    pub slots: Vec<KeySlot>,
}

impl Header {
    /// The authenticated core: every field but the key slots.
    pub fn core(&self) -> Vec<u8> {
        let tv = self.tool_version.as_bytes();
        let mut b = Vec::with_capacity(FIXED + tv.len());
        b.extend_from_slice(MAGIC);
        b.push(VERSION);
        b.push(self.compression as u8);
        b.push(self.content as u8);
        b.push(tv.len() as u8);
        b.extend_from_slice(&self.chunk_size.to_le_bytes());
        b.extend_from_slice(&self.created.to_le_bytes());
        b.extend_from_slice(&self.nonce_prefix);
        b.extend_from_slice(tv);
        b
    }

    /// The header as written to the file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = self.core();
        b.push(self.slots.len() as u8);
        for s in &self.slots {
            b.extend_from_slice(&s.key_id);
            b.extend_from_slice(&s.nonce);
            b.extend_from_slice(&s.wrapped);
        }
        b
    }

    /// The key ids of the slots, as hex.
    pub fn key_ids(&self) -> Vec<String> {
        self.slots.iter().map(|s| hex(&s.key_id)).collect()
    }

    /// Read a header from the start of `r` (`name` is for messages).
    ///
    /// # Errors
    /// Not this format, a newer version, or a malformed header.
    pub fn read(r: &mut dyn Read, name: &str) -> Result<Header> {
        let bad = |what: &str| -> Error {
            ErrorKind::Integrity(format!(
                "{name}: {what}; it is not a complete amrit-stream encrypted file"
            ))
            .into()
        };
        let mut fixed = [0u8; FIXED];
        read_full(r, &mut fixed, name).and_then(|n| {
            if n == FIXED {
                Ok(())
            } else {
                Err(bad("the header is cut short"))
            }
        })?;
        if &fixed[..8] != MAGIC {
            return Err(bad("the file does not start with AMRITENC"));
        }
        if fixed[8] != VERSION {
            return Err(ErrorKind::Usage(format!(
                "{name} uses encrypted format version {}; this amrit-stream reads version {VERSION}: use the amrit-stream that wrote it or a newer one",
                fixed[8]
            ))
            .into());
        }
        let compression = match fixed[9] {
            0 => Compression::None,
            1 => Compression::Zstd,
            _ => return Err(bad("unknown compression id")),
        };
        let content = match fixed[10] {
            0 => Content::Dump,
            1 => Content::Mapping,
            2 => Content::Fingerprints,
            _ => return Err(bad("unknown content id")),
        };
        let chunk_size = u32::from_le_bytes(fixed[12..16].try_into().expect("4"));
        if !(MIN_CHUNK..=MAX_CHUNK).contains(&chunk_size) {
            return Err(bad("the chunk size is out of range"));
        }
        let created = u64::from_le_bytes(fixed[16..24].try_into().expect("8"));
        let nonce_prefix: [u8; 7] = fixed[24..31].try_into().expect("7");
        let mut tv = vec![0u8; fixed[11] as usize + 1];
        if read_full(r, &mut tv, name)? != tv.len() {
            return Err(bad("the header is cut short"));
        }
        let count = tv.pop().expect("slot count byte") as usize;
        let tool_version =
            String::from_utf8(tv).map_err(|_| bad("the tool version is not UTF-8"))?;
        if count == 0 || count > MAX_SLOTS {
            return Err(bad("the number of key slots is out of range"));
        }
        let mut slots = Vec::with_capacity(count);
        for _ in 0..count {
            let mut s = [0u8; SLOT];
            if read_full(r, &mut s, name)? != SLOT {
                return Err(bad("the key slots are cut short"));
            }
            slots.push(KeySlot {
                key_id: s[..8].try_into().expect("8"),
                nonce: s[8..20].try_into().expect("12"),
                wrapped: s[20..].try_into().expect("48"),
            });
        }
        Ok(Header {
            compression,
            content,
            chunk_size,
            created,
            nonce_prefix,
            tool_version,
            slots,
        })
    }

    pub(super) fn slot_aad(&self, key_id: &[u8; 8]) -> Vec<u8> {
        let mut aad = self.core();
        aad.extend_from_slice(key_id);
        aad
    }

    /// Wrap `data_key` for `key` and add the slot (replacing one for the same key).
    pub(super) fn add_slot(&mut self, data_key: &[u8; 32], key: &EncKey) -> Result<()> {
        let id = key.id();
        self.slots.retain(|s| s.key_id != id);
        if self.slots.len() == MAX_SLOTS {
            return Err(ErrorKind::Usage(format!(
                "a file holds at most {MAX_SLOTS} master keys; remove one first"
            ))
            .into());
        }
        let nonce: [u8; 12] = random()?;
        let mut wk = Zeroizing::new(key.wrapping_key());
        let cipher = Aes256Gcm::new(&(*wk).into());
        wk.zeroize();
        let aad = self.slot_aad(&id);
        let ct = cipher
            .encrypt(
                &nonce.into(),
                Payload {
                    msg: data_key,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::io("wrapping the data key", io::Error::other("AES-GCM failed")))?;
        self.slots.push(KeySlot {
            key_id: id,
            nonce,
            wrapped: ct.as_slice().try_into().expect("32 + 16 bytes"),
        });
        Ok(())
    }

    /// Unwrap the data key with the first key of `keys` that has a slot.
    ///
    /// # Errors
    /// No key given, no slot for any given key (exit 3), or a slot that fails its tag.
    pub fn open(&self, keys: &Keyring, name: &str) -> Result<Zeroizing<[u8; 32]>> {
        if keys.is_empty() {
            return Err(ErrorKind::Refused(format!(
                "{name} is encrypted; give its master key in {} or {}",
                crate::io::keys::ENC_KEY_ENV,
                Setting::EncKeyFile
            ))
            .into());
        }
        for slot in &self.slots {
            let Some(key) = keys.find(&slot.key_id) else {
                continue;
            };
            let wk = Zeroizing::new(key.wrapping_key());
            let cipher = Aes256Gcm::new(&(*wk).into());
            let aad = self.slot_aad(&slot.key_id);
            let mut pt = cipher
                .decrypt(
                    &slot.nonce.into(),
                    Payload {
                        msg: &slot.wrapped,
                        aad: &aad,
                    },
                )
                .map_err(|_| {
                    Error::from(ErrorKind::Integrity(format!(
                        "{name}: the key slot of key id {} fails authentication: the header was changed",
                        hex(&slot.key_id)
                    )))
                })?;
            let mut k = Zeroizing::new([0u8; 32]);
            k.copy_from_slice(&pt);
            pt.zeroize();
            return Ok(k);
        }
        Err(ErrorKind::Refused(format!(
            "none of the given encryption keys (key ids {}) opens {name}; it is sealed for key ids {}",
            keys.ids().join(", "),
            self.key_ids().join(", ")
        ))
        .into())
    }
}
