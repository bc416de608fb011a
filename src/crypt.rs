//! The encrypted file format (`.amrenc`): zstd-compressed (optionally) dumps sealed with
//! AES-256-GCM in authenticated chunks, using the STREAM construction of the RustCrypto
//! `aead-stream` crate, with envelope keys. No cipher code is written here.
//!
//! # Format, version 1
//!
//! All integers little-endian.
//!
//! ```text
//! offset  size  field
//! 0       8     magic "AMRITENC"
//! 8       1     format version = 1
//! 9       1     compression of the plaintext: 0 none, 1 zstd
//! 10      1     content: 0 SQL dump, 1 BenRegID mapping (CSV), 2 value fingerprints
//! 11      1     n = length of the tool version
//! 12      4     chunk size C: plaintext bytes per chunk (16 B ..= 64 MiB)
//! 16      8     creation time, Unix seconds
//! 24      7     nonce prefix, random per file
//! 31      n     tool version, UTF-8 ("amrit-stream 0.1.0")
//! ---- the header core ends here: bytes [0, 31+n) ----
//! 31+n    1     k = number of key slots (1..=16)
//! …       68×k  key slots: key id (8) ‖ wrap nonce (12) ‖ wrapped data key (32 + 16-byte tag)
//! ---- the body: chunks ----
//! …             chunk i = AES-256-GCM(data key,
//!                                     nonce = prefix ‖ BE32(i) ‖ (1 if last chunk else 0),
//!                                     associated data = the header core,
//!                                     plaintext bytes [i·C, i·C + C))  ‖ 16-byte tag
//! ```
//!
//! Every chunk but the last holds exactly C plaintext bytes; the last holds 0..=C (an empty
//! plaintext is one empty last chunk). So the reader knows each chunk's length and which chunk
//! is last, and:
//! - changing any bit of the core or a chunk fails that chunk's tag;
//! - reordering, dropping or duplicating chunks changes the counter a chunk was sealed under;
//! - cutting the file at a chunk boundary makes a non-last chunk read as last (tag fails), and
//!   cutting inside a chunk shortens it (tag fails);
//! - a header from another file brings another nonce prefix and data key (tags fail).
//!
//! **Envelope keys.** Each file has its own random 32-byte data key. Each key slot holds it
//! wrapped with AES-256-GCM under a key derived from one master encryption key
//! ([`crate::keys::EncKey::wrapping_key`]), with the header core ‖ key id as associated data; the
//! key id is a fingerprint of the master key, never the key. Adding or removing a master key
//! ([`rekey`]) rewrites the key slots only: the core and the body stay byte for byte the same.
//!
//! The reader ([`Opener`]) hands out a chunk's plaintext only after its tag verified, so no
//! unauthenticated byte is ever written; the writer ([`Sealer`]) writes the last chunk only in
//! [`Sealer::finish`], so an interrupted writer leaves a file that fails as truncated.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

use aead_stream::{DecryptorBE32, EncryptorBE32};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, ErrorKind, Result};
use crate::keys::{hex, EncKey, Keyring};

/// The first bytes of every encrypted file.
pub const MAGIC: &[u8; 8] = b"AMRITENC";
/// The file-name extension of the encrypted format.
pub const EXTENSION: &str = "amrenc";
/// The format version this build writes and reads.
pub const VERSION: u8 = 1;
/// Default plaintext bytes per chunk.
pub const DEFAULT_CHUNK: u32 = 1 << 20;
const MIN_CHUNK: u32 = 16;
const MAX_CHUNK: u32 = 64 << 20;
const TAG: usize = 16;
const SLOT: usize = 8 + 12 + 32 + TAG;
const MAX_SLOTS: usize = 16;
const FIXED: usize = 31;

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

/// An authentication failure: the file was changed, cut, reordered or mixed. Carried inside an
/// `io::Error` through readers; [`Error::io`] turns it into [`ErrorKind::Integrity`] (exit 3).
#[derive(Debug)]
pub struct IntegrityFailure(pub String);

impl std::fmt::Display for IntegrityFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for IntegrityFailure {}

fn integrity(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, IntegrityFailure(msg))
}

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
    nonce_prefix: [u8; 7],
    /// The tool and version that wrote the file.
    pub tool_version: String,
    /// The wrapped data keys.
    pub slots: Vec<KeySlot>,
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b)
        .map_err(|e| Error::io("getting random bytes", io::Error::other(e.to_string())))?;
    Ok(b)
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

    fn slot_aad(&self, key_id: &[u8; 8]) -> Vec<u8> {
        let mut aad = self.core();
        aad.extend_from_slice(key_id);
        aad
    }

    /// Wrap `data_key` for `key` and add the slot (replacing one for the same key).
    fn add_slot(&mut self, data_key: &[u8; 32], key: &EncKey) -> Result<()> {
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
                "{name} is encrypted; give its master key in {} or --enc-key-file",
                crate::keys::ENC_KEY_ENV
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

/// Read until `buf` is full or the input ends; the number of bytes read.
fn read_full(r: &mut dyn Read, buf: &mut [u8], name: &str) -> Result<usize> {
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

/// Options of a new encrypted file.
#[derive(Debug, Clone, Copy)]
pub struct SealOptions {
    /// Recorded compression of the plaintext.
    pub compression: Compression,
    /// What the plaintext is.
    pub content: Content,
    /// Plaintext bytes per chunk.
    pub chunk_size: u32,
}

impl Default for SealOptions {
    fn default() -> SealOptions {
        SealOptions {
            compression: Compression::None,
            content: Content::Dump,
            chunk_size: DEFAULT_CHUNK,
        }
    }
}

/// A writer that seals everything written to it into `inner`. Call [`Sealer::finish`]: without
/// it, the last chunk is never written and the file reads as truncated.
pub struct Sealer<W: Write> {
    inner: W,
    enc: Option<EncryptorBE32<Aes256Gcm>>,
    aad: Vec<u8>,
    buf: Zeroizing<Vec<u8>>,
    chunk: usize,
    header: Header,
}

impl<W: Write> Sealer<W> {
    /// Write a new header for `keys` to `inner` and start sealing.
    ///
    /// # Errors
    /// No key, bad options, or the header cannot be written.
    pub fn new(mut inner: W, keys: &Keyring, opts: SealOptions) -> Result<Sealer<W>> {
        if keys.is_empty() {
            return Err(ErrorKind::Refused(format!(
                "encrypting needs a master encryption key in {} or --enc-key-file (make one with `amrit-stream keygen`)",
                crate::keys::ENC_KEY_ENV
            ))
            .into());
        }
        if !(MIN_CHUNK..=MAX_CHUNK).contains(&opts.chunk_size) {
            return Err(ErrorKind::Usage(format!(
                "the chunk size must be between {MIN_CHUNK} bytes and {} MiB",
                MAX_CHUNK >> 20
            ))
            .into());
        }
        let created = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut header = Header {
            compression: opts.compression,
            content: opts.content,
            chunk_size: opts.chunk_size,
            created,
            nonce_prefix: random()?,
            tool_version: concat!("amrit-stream ", env!("CARGO_PKG_VERSION")).into(),
            slots: Vec::new(),
        };
        let data_key = Zeroizing::new(random::<32>()?);
        for k in keys.keys() {
            header.add_slot(&data_key, k)?;
        }
        inner
            .write_all(&header.to_bytes())
            .map_err(|e| Error::io("writing the encrypted header", e))?;
        let cipher = Aes256Gcm::new(&(*data_key).into());
        let enc = EncryptorBE32::from_aead(cipher, &header.nonce_prefix.into());
        let chunk = opts.chunk_size as usize;
        Ok(Sealer {
            inner,
            enc: Some(enc),
            aad: header.core(),
            buf: Zeroizing::new(Vec::with_capacity(chunk + TAG)),
            chunk,
            header,
        })
    }

    /// The header written at the start.
    pub fn header(&self) -> &Header {
        &self.header
    }

    fn seal_full_chunk(&mut self) -> io::Result<()> {
        let enc = self.enc.as_mut().expect("not finished");
        enc.encrypt_next_in_place(&self.aad, &mut *self.buf)
            .map_err(|_| io::Error::other("the file is too large for one STREAM (2^32 chunks)"))?;
        self.inner.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// Seal the last chunk and return the inner writer (flushed).
    ///
    /// # Errors
    /// Writing failed.
    pub fn finish(mut self) -> io::Result<W> {
        let enc = self.enc.take().expect("finish once");
        enc.encrypt_last_in_place(&self.aad, &mut *self.buf)
            .map_err(|_| io::Error::other("AES-GCM failed"))?;
        self.inner.write_all(&self.buf)?;
        self.buf.zeroize();
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Sealer<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if data.is_empty() {
            return Ok(0);
        }
        if self.buf.len() == self.chunk {
            // More data follows, so the full chunk is not the last one.
            self.seal_full_chunk()?;
        }
        let n = data.len().min(self.chunk - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        // A partial chunk stays buffered: sealing it early would end the stream.
        self.inner.flush()
    }
}

/// A reader of an encrypted file's plaintext: every chunk is verified before any of its bytes
/// are handed out. Errors are `io::Error`s carrying an [`IntegrityFailure`].
pub struct Opener<R: Read> {
    inner: BufReader<R>,
    dec: Option<DecryptorBE32<Aes256Gcm>>,
    aad: Vec<u8>,
    buf: Zeroizing<Vec<u8>>,
    pos: usize,
    chunk: usize,
    index: u64,
    offset: u64,
    name: String,
    header: Header,
}

impl<R: Read> Opener<R> {
    /// Read the header from `inner` and open it with `keys`.
    ///
    /// # Errors
    /// Not this format, no matching key, or a changed header.
    pub fn new(inner: R, keys: &Keyring, name: &str) -> Result<Opener<R>> {
        let mut inner = BufReader::with_capacity(1 << 20, inner);
        let header = Header::read(&mut inner, name)?;
        Self::with_header(inner, header, keys, name)
    }

    fn with_header(
        inner: BufReader<R>,
        header: Header,
        keys: &Keyring,
        name: &str,
    ) -> Result<Opener<R>> {
        let data_key = header.open(keys, name)?;
        let cipher = Aes256Gcm::new(&(*data_key).into());
        let dec = DecryptorBE32::from_aead(cipher, &header.nonce_prefix.into());
        let chunk = header.chunk_size as usize;
        Ok(Opener {
            inner,
            dec: Some(dec),
            aad: header.core(),
            buf: Zeroizing::new(Vec::with_capacity(chunk + TAG)),
            pos: 0,
            chunk,
            index: 0,
            offset: header.to_bytes().len() as u64,
            name: name.to_string(),
            header,
        })
    }

    /// The file's header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Read and verify the next chunk into `buf`. False at the end.
    fn next_chunk(&mut self) -> io::Result<bool> {
        if self.dec.is_none() {
            return Ok(false);
        }
        self.buf.clear();
        self.pos = 0;
        let want = self.chunk + TAG;
        (&mut self.inner)
            .take(want as u64)
            .read_to_end(&mut self.buf)?;
        let last = self.buf.len() < want || self.inner.fill_buf()?.is_empty();
        let at = self.offset;
        self.offset += self.buf.len() as u64;
        let fail = |what: &str| {
            integrity(format!(
                "{}: chunk {} (byte {at}) {what}: the file was changed, cut short, reordered, or \
                 carries another file's header; nothing of this chunk was written",
                self.name, self.index
            ))
        };
        if self.buf.len() < TAG {
            self.buf.clear();
            return Err(fail("is missing or incomplete"));
        }
        let ok = if last {
            let dec = self.dec.take().expect("checked");
            dec.decrypt_last_in_place(&self.aad, &mut *self.buf)
        } else {
            let dec = self.dec.as_mut().expect("checked");
            dec.decrypt_next_in_place(&self.aad, &mut *self.buf)
        };
        if ok.is_err() {
            self.buf.clear();
            self.dec = None;
            return Err(fail("fails authentication"));
        }
        self.index += 1;
        Ok(true)
    }
}

impl<R: Read> Read for Opener<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.buf.len() {
            if !self.next_chunk()? {
                return Ok(0);
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Verify every chunk of an encrypted stream without keeping any plaintext; the header and the
/// number of plaintext bytes.
///
/// # Errors
/// As [`Opener`]: no key, a changed, cut or reordered file.
pub fn check<R: Read>(inner: R, keys: &Keyring, name: &str) -> Result<(Header, u64)> {
    let mut o = Opener::new(inner, keys, name)?;
    let mut n = 0u64;
    while o
        .next_chunk()
        .map_err(|e| Error::io(format!("reading {name}"), e))?
    {
        n += o.buf.len() as u64;
    }
    Ok((o.header.clone(), n))
}

/// Rewrite the key slots of the encrypted file at `path`: add a slot for every key of `add`,
/// remove the slots of the key ids in `remove`. The data key is opened with `keys`. The core and
/// the body are copied byte for byte (no re-encryption); the new file replaces the old one
/// atomically (temporary name, fsync, rename).
///
/// # Errors
/// The file cannot be opened with `keys`, no slot would remain, or I/O fails.
pub fn rekey(path: &Path, keys: &Keyring, add: &Keyring, remove: &[String]) -> Result<Header> {
    let name = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| Error::io(format!("opening {name}"), e))?;
    let mut r = BufReader::with_capacity(1 << 20, f);
    let mut header = Header::read(&mut r, &name)?;
    let data_key = header.open(keys, &name)?;
    for id in remove {
        let before = header.slots.len();
        header.slots.retain(|s| &hex(&s.key_id) != id);
        if header.slots.len() == before {
            return Err(ErrorKind::Usage(format!(
                "{name} has no key slot with key id {id}; its key ids are {}",
                header.key_ids().join(", ")
            ))
            .into());
        }
    }
    for k in add.keys() {
        header.add_slot(&data_key, k)?;
    }
    if header.slots.is_empty() {
        return Err(ErrorKind::Refused(format!(
            "removing every key of {name} would make it unreadable; add a key in the same run"
        ))
        .into());
    }
    let perms = r
        .get_ref()
        .metadata()
        .map_err(|e| Error::io(format!("reading {name}"), e))?
        .permissions();
    let mut out = crate::output::AtomicFile::create(path)?;
    out.write_all(&header.to_bytes())
        .and_then(|()| io::copy(&mut r, &mut out).map(|_| ()))
        .map_err(|e| Error::io(format!("rewriting {name}"), e))?;
    out.commit()?;
    std::fs::set_permissions(path, perms)
        .map_err(|e| Error::io(format!("restoring the permissions of {name}"), e))?;
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(b: u8) -> Keyring {
        Keyring::of(vec![EncKey::from_bytes([b; 32])])
    }

    fn seal(plain: &[u8], keys: &Keyring, chunk: u32) -> Vec<u8> {
        let opts = SealOptions {
            chunk_size: chunk,
            ..SealOptions::default()
        };
        let mut s = Sealer::new(Vec::new(), keys, opts).unwrap();
        // Odd write sizes, to cross chunk boundaries every way.
        for piece in plain.chunks(7) {
            s.write_all(piece).unwrap();
        }
        s.finish().unwrap()
    }

    /// Everything the opener hands out before it stops, and whether it stopped with an error.
    fn open(file: &[u8], keys: &Keyring) -> (Vec<u8>, Option<String>) {
        let mut out = Vec::new();
        let mut o = match Opener::new(file, keys, "t.amrenc") {
            Ok(o) => o,
            Err(e) => return (out, Some(e.to_string())),
        };
        let mut buf = [0u8; 13];
        loop {
            match o.read(&mut buf) {
                Ok(0) => return (out, None),
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => return (out, Some(Error::io("reading", e).to_string())),
            }
        }
    }

    fn plaintext(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn round_trips_any_length_including_chunk_multiples() {
        let k = ring(1);
        for n in [0, 1, 15, 16, 17, 32, 33, 100, 1000] {
            let p = plaintext(n);
            let f = seal(&p, &k, 16);
            assert!(f.starts_with(MAGIC));
            assert_eq!(open(&f, &k), (p.clone(), None), "length {n}");
            assert_eq!(check(&f[..], &k, "t").unwrap().1, n as u64);
        }
    }

    /// The prefix of the plaintext made of whole chunks before chunk `bad`.
    fn verified_prefix(p: &[u8], chunk: usize, bad: usize) -> &[u8] {
        &p[..(bad * chunk).min(p.len())]
    }

    #[test]
    fn every_single_bit_flip_is_rejected_and_no_unverified_byte_comes_out() {
        let k = ring(1);
        let p = plaintext(16 * 3 + 5);
        let f = seal(&p, &k, 16);
        let body = Header::read(&mut &f[..], "t").unwrap().to_bytes().len();
        for byte in 0..f.len() {
            for bit in 0..8 {
                let mut g = f.clone();
                g[byte] ^= 1 << bit;
                let (out, err) = open(&g, &k);
                assert!(err.is_some(), "flip at byte {byte} bit {bit} not detected");
                // Only whole chunks before the changed one may have come out.
                let bad = if byte < body {
                    0
                } else {
                    (byte - body) / (16 + TAG)
                };
                assert!(
                    verified_prefix(&p, 16, bad).starts_with(&out),
                    "flip at byte {byte}: unverified bytes came out"
                );
            }
        }
    }

    #[test]
    fn truncation_anywhere_is_rejected() {
        let k = ring(1);
        let p = plaintext(16 * 4);
        let f = seal(&p, &k, 16);
        for cut in 0..f.len() {
            let (out, err) = open(&f[..cut], &k);
            assert!(err.is_some(), "cut at {cut} not detected");
            assert!(p.starts_with(&out));
            assert!(out.len() < p.len());
        }
    }

    #[test]
    fn swapped_duplicated_and_dropped_chunks_are_rejected() {
        let k = ring(1);
        let p = plaintext(16 * 4 + 3);
        let f = seal(&p, &k, 16);
        let h = Header::read(&mut &f[..], "t").unwrap().to_bytes().len();
        let c = 16 + TAG;
        let chunks: Vec<&[u8]> = f[h..].chunks(c).collect();
        assert_eq!(chunks.len(), 5);
        let build = |order: &[usize]| {
            let mut g = f[..h].to_vec();
            for &i in order {
                g.extend_from_slice(chunks[i]);
            }
            g
        };
        for order in [
            vec![1, 0, 2, 3, 4],
            vec![0, 1, 1, 2, 3, 4],
            vec![0, 2, 3, 4],
            vec![0, 1, 2, 3],
            vec![0, 1, 2, 3, 4, 4],
            vec![0, 1, 2, 4, 3],
        ] {
            let (_, err) = open(&build(&order), &k);
            assert!(err.is_some(), "order {order:?} not detected");
        }
        assert_eq!(open(&build(&[0, 1, 2, 3, 4]), &k), (p, None));
    }

    #[test]
    fn changed_header_fields_wrong_key_and_foreign_header_are_rejected() {
        let k = ring(1);
        let p = plaintext(100);
        let f = seal(&p, &k, 16);
        let g = seal(&p, &k, 16);
        let h = Header::read(&mut &f[..], "t").unwrap();
        let hl = h.to_bytes().len();
        // Another file's header on this body.
        let mut mixed = g[..hl].to_vec();
        mixed.extend_from_slice(&f[hl..]);
        assert!(open(&mixed, &k).1.is_some());
        // Wrong key: refused before any chunk.
        let (out, err) = open(&f, &ring(2));
        assert!(out.is_empty());
        assert!(err.unwrap().contains("none of the given encryption keys"));
        // No key at all.
        assert!(open(&f, &Keyring::empty())
            .1
            .unwrap()
            .contains("AMRIT_STREAM_ENC_KEY"));
        // A changed creation time (a valid header otherwise) fails every chunk.
        let mut t = f.clone();
        t[16] ^= 1;
        let (out, err) = open(&t, &k);
        assert!(out.is_empty() && err.is_some());
    }

    #[test]
    fn slots_for_several_keys_each_open_the_file() {
        let both = Keyring::of(vec![
            EncKey::from_bytes([1; 32]),
            EncKey::from_bytes([2; 32]),
        ]);
        let p = plaintext(50);
        let f = seal(&p, &both, 16);
        assert_eq!(open(&f, &ring(1)).0, p);
        assert_eq!(open(&f, &ring(2)).0, p);
        assert!(open(&f, &ring(3)).1.is_some());
    }

    #[test]
    fn rekey_adds_and_removes_keys_and_keeps_the_body() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.amrenc");
        let p = plaintext(200);
        let f = seal(&p, &ring(1), 16);
        std::fs::write(&path, &f).unwrap();
        let a_id = EncKey::from_bytes([1; 32]).id_hex();
        let h = rekey(&path, &ring(1), &ring(2), &[a_id]).unwrap();
        assert_eq!(h.slots.len(), 1);
        let g = std::fs::read(&path).unwrap();
        let old_header = Header::read(&mut &f[..], "t").unwrap();
        let new_header = Header::read(&mut &g[..], "t").unwrap();
        assert_eq!(old_header.core(), new_header.core());
        assert_eq!(
            f[old_header.to_bytes().len()..],
            g[new_header.to_bytes().len()..],
            "the body is unchanged"
        );
        assert_eq!(open(&g, &ring(2)), (p, None));
        assert!(open(&g, &ring(1)).1.is_some());
        // Removing the last key is refused.
        let b_id = EncKey::from_bytes([2; 32]).id_hex();
        assert!(rekey(&path, &ring(2), &Keyring::empty(), &[b_id]).is_err());
    }
}
