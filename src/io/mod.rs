//! Opening inputs: a path or `-` (stdin), with gzip, zstd and the encrypted format
//! ([`crate::io::crypt`]) detected by their magic bytes and decoded as a stream (an encrypted file's
//! plaintext may itself be zstd or gzip). This is the only place that knows `-` means stdin.

pub(crate) mod atomic;
pub mod crypt;
pub mod keys;
pub mod output;
pub(crate) mod same_file;
pub mod stop;

pub use atomic::{check_writable, sweep_dir};
pub use same_file::refuse_output_over_input;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};
use crate::io::keys::Keyring;

/// The container format of an input, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A plain SQL dump.
    Plain,
    /// gzip (`1f 8b`), possibly several members.
    Gzip,
    /// zstd (`28 b5 2f fd`), possibly several frames.
    Zstd,
    /// The encrypted format (`AMRITENC`).
    Encrypted,
}

/// Detect the format from the first bytes of a stream.
pub fn sniff(head: &[u8]) -> Format {
    if head.starts_with(&[0x1f, 0x8b]) {
        Format::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Format::Zstd
    } else if head.starts_with(crate::io::crypt::MAGIC) {
        Format::Encrypted
    } else {
        Format::Plain
    }
}

/// A readable plain dump, with the name it was opened under (for messages).
pub struct Input {
    /// The path, or `<stdin>`.
    pub name: String,
    /// The format that was detected (the outer one: `Encrypted` for an encrypted zstd dump).
    pub format: Format,
    /// The decoded stream.
    pub reader: Box<dyn Read + Send>,
}

/// Open `path` (`-` = stdin) and stack a decoder on it when the bytes say so; `keys` open
/// encrypted inputs.
///
/// # Errors
/// When the file cannot be opened, a decoder cannot start, or an encrypted file has no key.
pub fn open_input(path: &Path, keys: &Keyring) -> Result<Input> {
    let (name, raw) = open_raw(path)?;
    decode(name, raw, keys)
}

/// Size and blake3 of the raw bytes of an input as read (before any decoding), filled in as the
/// input is consumed.
#[derive(Debug, Clone, Default)]
pub struct RawDigest(Arc<Mutex<(blake3::Hasher, u64)>>);

impl RawDigest {
    /// Bytes read so far and their blake3 (hex).
    pub fn get(&self) -> (u64, String) {
        let g = self.0.lock().expect("digest lock");
        (g.1, g.0.finalize().to_hex().to_string())
    }
}

struct Hashing<R> {
    inner: R,
    digest: RawDigest,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut g = self.digest.0.lock().expect("digest lock");
        g.0.update(&buf[..n]);
        g.1 += n as u64;
        Ok(n)
    }
}

/// As [`open_input`], also hashing the raw bytes (for manifests).
///
/// # Errors
/// As [`open_input`].
pub fn open_input_hashed(path: &Path, keys: &Keyring) -> Result<(Input, RawDigest)> {
    let (name, raw) = open_raw(path)?;
    let digest = RawDigest::default();
    let raw = Box::new(Hashing {
        inner: raw,
        digest: digest.clone(),
    });
    Ok((decode(name, raw, keys)?, digest))
}

/// Open `path` (`-` = stdin) without decoding: its display name and its raw bytes.
///
/// # Errors
/// The file cannot be opened.
pub fn open_raw(path: &Path) -> Result<(String, Box<dyn Read + Send>)> {
    if path == Path::new("-") {
        Ok(("<stdin>".into(), Box::new(stop::Stdin::new())))
    } else {
        let f =
            File::open(path).map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
        Ok((path.display().to_string(), Box::new(f)))
    }
}

/// Stack the right decoder on `raw`, a stream that may be compressed or encrypted.
///
/// # Errors
/// When the stream cannot be read, a decoder cannot start, or an encrypted stream cannot be
/// opened with `keys`.
pub fn decode(name: String, raw: Box<dyn Read + Send>, keys: &Keyring) -> Result<Input> {
    let mut buf = BufReader::with_capacity(1 << 20, raw);
    let head = buf
        .fill_buf()
        .map_err(|e| Error::io(format!("reading {name}"), e))?;
    let format = sniff(head);
    if format == Format::Encrypted {
        let opener = crate::io::crypt::Opener::new(buf, keys, &name)?;
        let inner = decompress(name.clone(), Box::new(opener))?;
        return Ok(Input {
            name,
            format,
            reader: inner.reader,
        });
    }
    decompress_buffered(name, buf, format)
}

/// Stack a gzip or zstd decoder on a plaintext stream when its bytes say so (never another
/// encryption layer).
fn decompress(name: String, raw: Box<dyn Read + Send>) -> Result<Input> {
    let mut buf = BufReader::with_capacity(1 << 20, raw);
    let head = buf
        .fill_buf()
        .map_err(|e| Error::io(format!("reading {name}"), e))?;
    let format = match sniff(head) {
        Format::Encrypted => Format::Plain,
        f => f,
    };
    decompress_buffered(name, buf, format)
}

fn decompress_buffered(
    name: String,
    buf: BufReader<Box<dyn Read + Send>>,
    format: Format,
) -> Result<Input> {
    // Plain bytes go straight through: a wrapper here would cost a zeroed buffer per read
    // (wrappers cannot forward `read_buf` on stable Rust).
    let reader: Box<dyn Read + Send> = match format {
        Format::Plain | Format::Encrypted => Box::new(buf),
        Format::Gzip => {
            let (buf, consumed) = Counted::wrap(buf);
            Box::new(Decompressed {
                inner: flate2::bufread::MultiGzDecoder::new(buf),
                what: format!("{name}: the gzip data"),
                consumed,
            })
        }
        Format::Zstd => {
            let (buf, consumed) = Counted::wrap(buf);
            Box::new(Decompressed {
                inner: zstd::stream::read::Decoder::with_buffer(buf)
                    .map_err(|e| Error::io(format!("starting zstd on {name}"), e))?,
                what: format!("{name}: the zstd data"),
                consumed,
            })
        }
    };
    Ok(Input {
        name,
        format,
        reader,
    })
}

/// A buffered reader that counts the bytes its consumer takes (the compressed offset).
struct Counted<R> {
    inner: R,
    consumed: Arc<AtomicU64>,
}

impl<R: BufRead> Counted<R> {
    fn wrap(inner: R) -> (Counted<R>, Arc<AtomicU64>) {
        let consumed = Arc::new(AtomicU64::new(0));
        (
            Counted {
                inner,
                consumed: consumed.clone(),
            },
            consumed,
        )
    }
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        self.consumed.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.consumed.fetch_add(n as u64, Ordering::Relaxed);
        self.inner.consume(n);
    }
}

/// A decompressor whose errors say which file, which format and at which compressed byte the
/// data ends or breaks.
struct Decompressed<R> {
    inner: R,
    what: String,
    consumed: Arc<AtomicU64>,
}

impl<R: Read> Read for Decompressed<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        self.inner.read(out).map_err(|e| {
            if e.get_ref()
                .is_some_and(|r| r.is::<crate::error::IntegrityFailure>())
            {
                return e;
            }
            io::Error::new(
                e.kind(),
                format!(
                    "{} is cut short or damaged at compressed byte {} ({e}); is the file complete?",
                    self.what,
                    self.consumed.load(Ordering::Relaxed)
                ),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(bytes: Vec<u8>) -> (Format, Vec<u8>) {
        let mut inp = decode(
            "t".into(),
            Box::new(io::Cursor::new(bytes)),
            &Keyring::empty(),
        )
        .unwrap();
        let mut out = Vec::new();
        inp.reader.read_to_end(&mut out).unwrap();
        (inp.format, out)
    }

    #[test]
    fn plain_gzip_and_zstd_are_detected() {
        let text = b"SET a=1;\n".repeat(1000);
        assert_eq!(read_all(text.clone()), (Format::Plain, text.clone()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&text).unwrap();
        let mut two = gz.finish().unwrap();
        two.extend_from_slice(&two.clone());
        let mut doubled = text.clone();
        doubled.extend_from_slice(&text);
        assert_eq!(read_all(two), (Format::Gzip, doubled));
        let z = zstd::encode_all(&text[..], 3).unwrap();
        assert_eq!(read_all(z), (Format::Zstd, text));
    }

    #[test]
    fn empty_input_is_plain() {
        assert_eq!(read_all(Vec::new()), (Format::Plain, Vec::new()));
    }
}
