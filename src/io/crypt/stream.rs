//! The chunked AES-256-GCM STREAM body: [`Sealer`] writes it, [`Opener`] reads it (every chunk
//! verified before any of its bytes is handed out), [`check`] verifies a whole file.

use std::io::{self, BufRead, BufReader, Read, Write};

use aead_stream::{DecryptorBE32, EncryptorBE32, NewStream, StreamBE32, StreamPrimitive};
use aes_gcm::aead::KeyInit;
use aes_gcm::Aes256Gcm;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, ErrorKind, Result, Setting};
use crate::io::keys::Keyring;

use super::format::*;
use super::header::Header;

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
                "encrypting needs a master encryption key in {} or {} (make one with `amrit-stream keygen`)",
                crate::io::keys::ENC_KEY_ENV,
                Setting::EncKeyFile
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
    pub fn finish(self) -> io::Result<W> {
        self.finish_recording(Completion::Unrecorded)
    }

    /// Seal the last chunk with `completion` recorded in its authenticated data, and return
    /// the inner writer (flushed).
    ///
    /// # Errors
    /// Writing failed.
    pub fn finish_recording(mut self, completion: Completion) -> io::Result<W> {
        let enc = self.enc.take().expect("finish once");
        let aad = completion.aad(&self.aad);
        enc.encrypt_last_in_place(&aad, &mut *self.buf)
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
/// are handed out. Errors are `io::Error`s carrying an [`IntegrityFailure`](crate::error::IntegrityFailure).
pub struct Opener<R: Read> {
    inner: BufReader<R>,
    dec: Option<DecryptorBE32<Aes256Gcm>>,
    /// The same STREAM, addressed by position: the last chunk is tried under each completion
    /// record.
    last: StreamBE32<Aes256Gcm>,
    completion: Option<Completion>,
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
        let last = StreamBE32::from_aead(cipher.clone(), &header.nonce_prefix.into());
        let dec = DecryptorBE32::from_aead(cipher, &header.nonce_prefix.into());
        let chunk = header.chunk_size as usize;
        Ok(Opener {
            inner,
            dec: Some(dec),
            last,
            completion: None,
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

    /// What the file records of its plaintext's completeness, once the last chunk was read.
    pub fn completion(&self) -> Option<Completion> {
        self.completion
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
            self.dec = None;
            // A failed tag leaves the buffer as it was: try each record in turn.
            let position = u32::try_from(self.index).map_err(|_| fail("is past the end"))?;
            let found = [
                Completion::Unrecorded,
                Completion::Complete,
                Completion::Unproven,
            ]
            .into_iter()
            .find(|c| {
                self.last
                    .decrypt_in_place(position, true, &c.aad(&self.aad), &mut *self.buf)
                    .is_ok()
            });
            self.completion = found;
            found.map(|_| ()).ok_or(aes_gcm::aead::Error)
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
pub fn check<R: Read>(inner: R, keys: &Keyring, name: &str) -> Result<(Header, u64, Completion)> {
    let mut o = Opener::new(inner, keys, name)?;
    let mut n = 0u64;
    while o
        .next_chunk()
        .map_err(|e| Error::io(format!("reading {name}"), e))?
    {
        n += o.buf.len() as u64;
    }
    Ok((
        o.header.clone(),
        n,
        o.completion.unwrap_or(Completion::Unrecorded),
    ))
}
