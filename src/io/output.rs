//! Writing outputs: stdout or a file written under a temporary name and renamed only when
//! complete (`AtomicFile`), with optional zstd compression and encryption ([`crate::io::crypt`])
//! layered on top, and a running blake3 and byte count of the bytes that reach the target (for
//! the manifest). Compressed or encrypted bytes are never written to a terminal.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result, Setting};
use crate::io::atomic::AtomicFile;
use crate::io::crypt::{Completion, Compression, Content, SealOptions, Sealer};
use crate::io::keys::Keyring;

/// Where the bytes finally go.
enum Target {
    Stdout(io::StdoutLock<'static>),
    File(AtomicFile),
}

impl Write for Target {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Target::Stdout(s) => s.write(buf),
            Target::File(f) => f.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Target::Stdout(s) => s.write_all(buf),
            Target::File(f) => f.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Target::Stdout(s) => s.flush(),
            Target::File(f) => f.flush(),
        }
    }
}

/// Counts and hashes what passes through.
struct Digest<W> {
    inner: W,
    hasher: blake3::Hasher,
    bytes: u64,
}

impl<W: Write> Write for Digest<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

enum Sealed {
    Yes(Box<Sealer<Digest<Target>>>),
    No(Box<Digest<Target>>),
}

impl Write for Sealed {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sealed::Yes(s) => s.write(buf),
            Sealed::No(d) => d.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sealed::Yes(s) => s.flush(),
            Sealed::No(d) => d.flush(),
        }
    }
}

enum Stage {
    Zstd(zstd::stream::write::Encoder<'static, Sealed>),
    Direct(Sealed),
}

/// How to write an output.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    /// zstd level to compress with; `None` = no compression.
    pub compress: Option<i32>,
    /// zstd worker threads (0 = compress on the writing thread).
    pub compress_threads: u32,
    /// Seal the output for the master keys given to [`Output::open`].
    pub encrypt: bool,
    /// Plaintext bytes per encrypted chunk (0 = [`crate::io::crypt::DEFAULT_CHUNK`]).
    pub chunk_size: u32,
    /// What the output holds (recorded in the encrypted header).
    pub content: Option<Content>,
    /// The file holds data nobody else may read (decrypted plaintext): mode 0600.
    pub private: bool,
}

/// zstd worker threads for `threads` engine workers (0 = one per core).
pub fn compress_threads(threads: usize) -> u32 {
    let n = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        threads
    };
    n as u32
}

/// A chunk size for the encrypted format, checked.
///
/// # Errors
/// Out of the format's range (16 bytes to 64 MiB).
pub fn chunk_size(n: usize) -> Result<u32> {
    u32::try_from(n)
        .ok()
        .filter(|n| (16..=64 << 20).contains(n))
        .ok_or_else(|| {
            ErrorKind::Usage(format!(
                "{} must be from 16 bytes to 64M",
                Setting::ChunkSize
            ))
            .into()
        })
}

/// Parse `zstd` or `zstd:LEVEL` (1..=19) into a level.
///
/// # Errors
/// Anything else.
pub fn parse_compress(s: &str) -> std::result::Result<i32, String> {
    match s.split_once(':') {
        None if s == "zstd" => Ok(3),
        Some(("zstd", level)) => match level.parse::<i32>() {
            Ok(l) if (1..=19).contains(&l) => Ok(l),
            _ => Err(format!("`{level}` is not a zstd level from 1 to 19")),
        },
        _ => Err(format!("`{s}`: the compression is `zstd` or `zstd:LEVEL`")),
    }
}

/// What was written: size and blake3 of the final bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The file, or `None` for stdout.
    pub path: Option<PathBuf>,
    /// Bytes written.
    pub bytes: u64,
    /// blake3 of the bytes written, hex.
    pub blake3: String,
    /// Key ids the output was sealed for (empty when not encrypted).
    pub key_ids: Vec<String>,
}

/// An output being written. Dropped without [`Output::finish`], nothing appears under the final
/// name and an encrypted stream has no last chunk.
pub struct Output {
    stage: Stage,
    path: Option<PathBuf>,
    key_ids: Vec<String>,
    completion: Completion,
}

impl Output {
    /// Open stdout (`None` or `-`) or a file at `path`.
    ///
    /// # Errors
    /// Compressed or encrypted bytes to a terminal, encryption without a key, or I/O.
    pub fn open(path: Option<&Path>, opts: &OutputOptions, keys: &Keyring) -> Result<Output> {
        let path = path.filter(|p| *p != Path::new("-"));
        let target = match path {
            None => {
                let out = io::stdout();
                if (opts.compress.is_some() || opts.encrypt) && out.is_terminal() {
                    return Err(ErrorKind::Usage(
                        "refusing to write compressed or encrypted bytes to a terminal; \
                         use -o FILE or a pipe"
                            .into(),
                    )
                    .into());
                }
                Target::Stdout(out.lock())
            }
            Some(p) if opts.private => Target::File(AtomicFile::create_private(p)?),
            Some(p) => Target::File(AtomicFile::create(p)?),
        };
        let digest = Digest {
            inner: target,
            hasher: blake3::Hasher::new(),
            bytes: 0,
        };
        let mut key_ids = Vec::new();
        let sealed = if opts.encrypt {
            let seal = SealOptions {
                compression: if opts.compress.is_some() {
                    Compression::Zstd
                } else {
                    Compression::None
                },
                content: opts.content.unwrap_or(Content::Dump),
                chunk_size: if opts.chunk_size == 0 {
                    crate::io::crypt::DEFAULT_CHUNK
                } else {
                    opts.chunk_size
                },
            };
            let s = Sealer::new(digest, keys, seal)?;
            key_ids = s.header().key_ids();
            Sealed::Yes(Box::new(s))
        } else {
            Sealed::No(Box::new(digest))
        };
        let stage = match opts.compress {
            None => Stage::Direct(sealed),
            Some(level) => {
                let mut e = zstd::stream::write::Encoder::new(sealed, level)
                    .map_err(|e| Error::io("starting zstd", e))?;
                if opts.compress_threads > 0 {
                    e.multithread(opts.compress_threads)
                        .map_err(|e| Error::io("starting zstd worker threads", e))?;
                }
                Stage::Zstd(e)
            }
        };
        Ok(Output {
            stage,
            path: path.map(Path::to_path_buf),
            key_ids,
            completion: Completion::Unrecorded,
        })
    }

    /// Record, in an encrypted output, whether the dump it holds ended complete (authenticated
    /// with its last chunk; `decrypt --check` reports it). Ignored for plain outputs.
    pub fn record_completion(&mut self, completion: Completion) {
        self.completion = completion;
    }

    /// End the compression frame and the encrypted stream, then flush (and for a file: sync and
    /// rename to the final name).
    ///
    /// # Errors
    /// Any write error; the file then never appears under its final name.
    pub fn finish(self) -> Result<Written> {
        let (written, unpublished) = self.seal()?;
        unpublished.publish()?;
        Ok(written)
    }

    /// End the compression frame and the encrypted stream and flush, without publishing a file
    /// under its final name yet: what must also succeed before the output counts (reports) goes
    /// between this and [`Unpublished::publish`]. Dropping the [`Unpublished`] removes the file.
    ///
    /// # Errors
    /// Any write error; the file then never appears under its final name.
    pub fn seal(self) -> Result<(Written, Unpublished)> {
        let what = || match &self.path {
            Some(p) => format!("writing {}", p.display()),
            None => "writing the output".into(),
        };
        let context = what();
        let sealed = match self.stage {
            Stage::Zstd(e) => e.finish().map_err(|e| Error::io(context.clone(), e))?,
            Stage::Direct(s) => s,
        };
        let mut digest = match sealed {
            Sealed::Yes(s) => s
                .finish_recording(self.completion)
                .map_err(|e| Error::io(context.clone(), e))?,
            Sealed::No(d) => *d,
        };
        digest.flush().map_err(|e| Error::io(context, e))?;
        let written = Written {
            path: self.path,
            bytes: digest.bytes,
            blake3: digest.hasher.finalize().to_hex().to_string(),
            key_ids: self.key_ids,
        };
        let file = match digest.inner {
            Target::File(f) => Some(f),
            Target::Stdout(_) => None,
        };
        Ok((written, Unpublished { file }))
    }
}

/// A sealed output not yet under its final name (see [`Output::seal`]).
pub struct Unpublished {
    file: Option<AtomicFile>,
}

impl Unpublished {
    /// Sync the file and move it to its final name (nothing for stdout).
    ///
    /// # Errors
    /// Syncing or renaming failed (the temporary file is then removed).
    pub fn publish(self) -> Result<()> {
        match self.file {
            Some(f) => f.commit(),
            None => Ok(()),
        }
    }
}

/// Written at the end of a plain stdout output whose run failed: the `mysql` client at the end
/// of the pipe stops there with a syntax error that names amrit-stream, so a partial load never
/// exits 0 (`DELIMITER ;` first, in case the output stopped inside a routine block).
pub const FAILED_RUN_TAIL: &[u8] = b"\n-- amrit-stream: THE RUN FAILED; THIS OUTPUT IS INCOMPLETE AND MUST NOT BE USED (see amrit-stream's messages)\nDELIMITER ;\nAMRIT_STREAM_RUN_FAILED_THIS_OUTPUT_IS_INCOMPLETE;\n";

impl Output {
    /// Give up on this output after a failure: a file never appears under its final name; a
    /// compressed or encrypted stream is left without its end (its reader fails); plain bytes on
    /// stdout get [`FAILED_RUN_TAIL`], so that the `mysql` loading them fails too.
    pub fn abandon(self) {
        let Stage::Direct(Sealed::No(mut digest)) = self.stage else {
            return;
        };
        if let Target::Stdout(s) = &mut digest.inner {
            // Best effort: when stdout itself is what failed, there is nobody to tell.
            let _ = s.write_all(FAILED_RUN_TAIL).and_then(|()| s.flush());
        }
    }
}

impl Output {
    /// An error of writing this output, naming the file (a full disk must say which).
    fn named(&self, e: io::Error) -> io::Error {
        match &self.path {
            Some(p) => io::Error::new(e.kind(), format!("{}: {e}", p.display())),
            None => e,
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = match &mut self.stage {
            Stage::Zstd(e) => e.write(buf),
            Stage::Direct(s) => s.write(buf),
        };
        r.map_err(|e| self.named(e))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let r = match &mut self.stage {
            Stage::Zstd(e) => e.write_all(buf),
            Stage::Direct(s) => s.write_all(buf),
        };
        r.map_err(|e| self.named(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = match &mut self.stage {
            Stage::Zstd(e) => e.flush(),
            Stage::Direct(s) => s.flush(),
        };
        r.map_err(|e| self.named(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::keys::EncKey;
    use std::io::Read;

    #[test]
    fn compression_levels_parse() {
        assert_eq!(parse_compress("zstd"), Ok(3));
        assert_eq!(parse_compress("zstd:19"), Ok(19));
        assert!(parse_compress("zstd:0").is_err());
        assert!(parse_compress("gzip").is_err());
    }

    #[test]
    fn a_dropped_output_leaves_no_file_and_a_finished_one_is_complete() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.sql.zst.amrenc");
        let keys = Keyring::of(vec![EncKey::from_bytes([5; 32])]);
        let opts = OutputOptions {
            compress: Some(3),
            compress_threads: 2,
            encrypt: true,
            ..OutputOptions::default()
        };
        let mut o = Output::open(Some(&p), &opts, &keys).unwrap();
        o.write_all(b"partial").unwrap();
        drop(o);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

        let text = b"INSERT INTO t VALUES (1);\n".repeat(10_000);
        let mut o = Output::open(Some(&p), &opts, &keys).unwrap();
        o.write_all(&text).unwrap();
        let w = o.finish().unwrap();
        let bytes = std::fs::read(&p).unwrap();
        assert_eq!(w.bytes, bytes.len() as u64);
        assert_eq!(w.blake3, blake3::hash(&bytes).to_hex().to_string());
        assert_eq!(w.key_ids, keys.ids());
        let mut plain = Vec::new();
        crate::io::decode("t".into(), Box::new(io::Cursor::new(bytes)), &keys)
            .unwrap()
            .reader
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(plain, text);
    }
}
