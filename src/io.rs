//! Opening inputs: a path or `-` (stdin), with gzip and zstd detected by their magic bytes and
//! decoded as a stream. This is the only place that knows `-` means stdin.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use crate::error::{Error, Result};

/// The container format of an input, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A plain SQL dump.
    Plain,
    /// gzip (`1f 8b`), possibly several members.
    Gzip,
    /// zstd (`28 b5 2f fd`), possibly several frames.
    Zstd,
}

/// Detect the format from the first bytes of a stream.
pub fn sniff(head: &[u8]) -> Format {
    if head.starts_with(&[0x1f, 0x8b]) {
        Format::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Format::Zstd
    } else {
        Format::Plain
    }
}

/// A readable plain dump, with the name it was opened under (for messages).
pub struct Input {
    /// The path, or `<stdin>`.
    pub name: String,
    /// The format that was detected.
    pub format: Format,
    /// The decoded stream.
    pub reader: Box<dyn Read + Send>,
}

/// Open `path` (`-` = stdin) and stack a decoder on it when the bytes say so.
///
/// # Errors
/// When the file cannot be opened, or the zstd decoder cannot start.
pub fn open_input(path: &Path) -> Result<Input> {
    let (name, raw): (String, Box<dyn Read + Send>) = if path == Path::new("-") {
        ("<stdin>".into(), Box::new(io::stdin()))
    } else {
        let f =
            File::open(path).map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
        (path.display().to_string(), Box::new(f))
    };
    decode(name, raw)
}

/// Stack the right decoder on `raw`, a stream that may be compressed.
///
/// # Errors
/// When the stream cannot be read or the decoder cannot start.
pub fn decode(name: String, raw: Box<dyn Read + Send>) -> Result<Input> {
    let mut buf = BufReader::with_capacity(1 << 20, raw);
    let head = buf
        .fill_buf()
        .map_err(|e| Error::io(format!("reading {name}"), e))?;
    let format = sniff(head);
    let reader: Box<dyn Read + Send> = match format {
        Format::Plain => Box::new(buf),
        Format::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(buf)),
        Format::Zstd => Box::new(
            zstd::stream::read::Decoder::with_buffer(buf)
                .map_err(|e| Error::io(format!("starting zstd on {name}"), e))?,
        ),
    };
    Ok(Input {
        name,
        format,
        reader,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(bytes: Vec<u8>) -> (Format, Vec<u8>) {
        let mut inp = decode("t".into(), Box::new(io::Cursor::new(bytes))).unwrap();
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
