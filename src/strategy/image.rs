//! `image`: pictures of people (a beneficiary's photo, an examination image, a health worker's
//! attendance selfie) replaced by a valid 1×1 grey picture of the same kind, in the same
//! encoding, so screens that show them still work in UAT:
//!
//! - raw JPEG, PNG or GIF bytes in a binary column → the placeholder's bytes (a hex literal);
//! - base64 text of one (`/9j/…`, `iVBORw0KGgo…`, `R0lGOD…`) → the placeholder in base64;
//! - a `data:image/…;base64,` URI → the same URI prefix with the placeholder (a kind the
//!   placeholders do not cover becomes a PNG URI).
//!
//! Nothing of the original is copied: not its pixels, not the text an image may carry (a JPEG
//! comment, EXIF fields with a name or a phone). A value that is no picture of a known kind,
//! or whose placeholder would not fit the column, becomes NULL (an empty value in a NOT NULL
//! column) and is counted as a fallback.

use super::capability::{Describe, Fit};
use crate::pii::column::{self, KindSet};
use crate::rules::spec::Media;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::sync::OnceLock;

use super::{Compiled, Form};
use crate::dump::coltype::ColumnType;

/// A 1×1 grey baseline JPEG (331 bytes).
pub const JPEG: &[u8] = include_bytes!("placeholders/placeholder.jpg");
/// A 1×1 grey PNG (70 bytes).
pub const PNG: &[u8] = include_bytes!("placeholders/placeholder.png");
/// A 1×1 GIF89a (49 bytes).
pub const GIF: &[u8] = include_bytes!("placeholders/placeholder.gif");

/// The kinds of picture a placeholder stands in for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// JPEG (`FF D8 FF`).
    Jpeg,
    /// PNG (`89 'PNG'`).
    Png,
    /// GIF (`'GIF8'`).
    Gif,
}

impl Kind {
    /// The placeholder picture of this kind.
    pub fn placeholder(self) -> &'static [u8] {
        match self {
            Kind::Jpeg => JPEG,
            Kind::Png => PNG,
            Kind::Gif => GIF,
        }
    }

    /// The placeholder in base64 (standard alphabet, padded).
    pub fn placeholder_base64(self) -> &'static str {
        static TEXT: OnceLock<[String; 3]> = OnceLock::new();
        let t = TEXT.get_or_init(|| [JPEG, PNG, GIF].map(|p| STANDARD.encode(p)));
        &t[self as usize]
    }

    /// The kind of the picture whose bytes start with `b`.
    pub fn of_bytes(b: &[u8]) -> Option<Kind> {
        if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Kind::Jpeg)
        } else if b.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Kind::Png)
        } else if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
            Some(Kind::Gif)
        } else {
            None
        }
    }

    /// The kind of the picture whose base64 text starts with `t` (whitespace already cut).
    fn of_base64(t: &[u8]) -> Option<Kind> {
        if t.starts_with(b"/9j/") {
            Some(Kind::Jpeg)
        } else if t.starts_with(b"iVBORw0KGgo") {
            Some(Kind::Png)
        } else if t.starts_with(b"R0lGOD") {
            Some(Kind::Gif)
        } else {
            None
        }
    }

    /// The kind a `data:` URI's media type names (`image/jpeg`…).
    fn of_media_type(m: &[u8]) -> Option<Kind> {
        let m = m.to_ascii_lowercase();
        match m.as_slice() {
            b"image/jpeg" | b"image/jpg" | b"image/pjpeg" => Some(Kind::Jpeg),
            b"image/png" => Some(Kind::Png),
            b"image/gif" => Some(Kind::Gif),
            _ => None,
        }
    }
}

/// How a picture is written in its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    /// The bytes themselves.
    Raw,
    /// Base64 text, after a `data:` URI prefix of this many bytes (0: none).
    Base64 { prefix: usize },
}

/// What `v` is: the kind of picture and its encoding, or None for anything else.
fn read(v: &[u8]) -> Option<(Kind, Encoding)> {
    if let Some(k) = Kind::of_bytes(v) {
        return Some((k, Encoding::Raw));
    }
    let t = v.trim_ascii_start();
    let lead = v.len() - t.len();
    if t.len() > 5 && t[..5].eq_ignore_ascii_case(b"data:") {
        let comma = memchr::memchr(b',', t)?;
        let head = &t[5..comma];
        let media = head.split(|&b| b == b';').next()?;
        let is_base64 = head
            .rsplit(|&b| b == b';')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case(b"base64"));
        if !is_base64 || !media.to_ascii_lowercase().starts_with(b"image/") {
            return None;
        }
        let kind = Kind::of_media_type(media).unwrap_or(Kind::Png);
        return Some((
            kind,
            Encoding::Base64 {
                prefix: lead + comma + 1,
            },
        ));
    }
    Kind::of_base64(t).map(|k| (k, Encoding::Base64 { prefix: 0 }))
}

/// Rewrite picture `v` into `buf` and say how to write it.
pub(super) fn generate(c: &Compiled, v: &[u8], buf: &mut Vec<u8>) -> Form {
    buf.clear();
    if v.trim_ascii().is_empty() {
        return Form::Original;
    }
    let binary = matches!(c.ty, ColumnType::Binary { .. });
    let fits = |n: usize| c.ty.max_chars().is_none_or(|m| n as u64 <= m);
    match read(v) {
        Some((kind, Encoding::Raw)) if binary && fits(kind.placeholder().len()) => {
            buf.extend_from_slice(b"0x");
            for b in kind.placeholder() {
                buf.extend_from_slice(format!("{b:02X}").as_bytes());
            }
            Form::Bare
        }
        Some((kind, Encoding::Base64 { prefix })) => {
            if prefix > 0 {
                // A media type the placeholders do not cover is written as PNG.
                let named = Kind::of_media_type(media_type(&v[..prefix]));
                if named.is_none() {
                    buf.extend_from_slice(b"data:image/png;base64,");
                } else {
                    buf.extend_from_slice(v[..prefix].trim_ascii_start());
                }
            }
            buf.extend_from_slice(kind.placeholder_base64().as_bytes());
            if fits(buf.len()) {
                Form::Quoted
            } else {
                unreadable(c, buf)
            }
        }
        // A raw picture in a character column, one that does not fit, or no picture at all.
        _ => unreadable(c, buf),
    }
}

/// The media type of a `data:` URI prefix (`image/png` of `data:image/png;base64,`).
fn media_type(prefix: &[u8]) -> &[u8] {
    let t = prefix.trim_ascii_start();
    let body = &t[5.min(t.len())..];
    body.split(|&b| b == b';' || b == b',')
        .next()
        .unwrap_or(b"")
}

/// The fallback for a value that is no picture the placeholders stand in for: NULL, or an
/// empty value in a NOT NULL column; counted.
fn unreadable(c: &Compiled, buf: &mut Vec<u8>) -> Form {
    buf.clear();
    c.note_fallback();
    if c.nullable {
        Form::Null
    } else {
        Form::Quoted
    }
}

impl Describe for Media {
    fn category(&self) -> Option<&'static str> {
        Some("image")
    }

    fn needs_key(&self) -> bool {
        false
    }

    fn is_blank(&self) -> bool {
        true
    }

    fn generated_kinds(&self) -> KindSet {
        KindSet::of(&column::Kind::ALL)
    }

    fn misfit(&self, fit: &Fit) -> Option<String> {
        fit.need_text(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::spec::{Media, Strategy};
    use crate::strategy::{test_compiled, Refs};

    fn run(c: &Compiled, v: &[u8]) -> (Form, Vec<u8>) {
        let mut buf = Vec::new();
        let form = generate(c, v, &mut buf);
        (form, buf)
    }

    /// A JPEG whose comment segment carries a person's name and phone, as phone cameras and
    /// registration apps write them.
    fn photo_with_text() -> Vec<u8> {
        let mut p = vec![0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x1D];
        p.extend_from_slice(b"Charulata Bhonsle 9876501234");
        p.extend_from_slice(&[0xFF, 0xD9]);
        p
    }

    #[test]
    fn placeholders_are_valid_one_pixel_pictures_of_their_kind() {
        for (bytes, format) in [
            (JPEG, ::image::ImageFormat::Jpeg),
            (PNG, ::image::ImageFormat::Png),
            (GIF, ::image::ImageFormat::Gif),
        ] {
            let img = ::image::load_from_memory_with_format(bytes, format).unwrap();
            assert_eq!((img.width(), img.height()), (1, 1), "{format:?}");
            assert_eq!(::image::guess_format(bytes).unwrap(), format);
        }
    }

    #[test]
    fn a_raw_picture_in_a_blob_becomes_the_placeholder_as_a_hex_literal() {
        let c = test_compiled("image", "UserImage", "mediumblob");
        let (form, out) = run(&c, &photo_with_text());
        assert_eq!(form, Form::Bare);
        let hex = std::str::from_utf8(&out).unwrap();
        let bytes: Vec<u8> = (2..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        assert_eq!(bytes, JPEG);
        assert_eq!(c.fallbacks(), 0);
        let (_, png) = run(&c, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR Renu Kara");
        assert!(png.starts_with(b"0x89504E47"));
    }

    #[test]
    fn base64_pictures_and_data_uris_keep_their_encoding_and_kind() {
        let c = test_compiled("image", "BenImage", "longtext");
        let original = STANDARD.encode(photo_with_text());
        assert!(original.starts_with("/9j/"));
        let (form, out) = run(&c, original.as_bytes());
        assert_eq!(form, Form::Quoted);
        assert_eq!(STANDARD.decode(&out).unwrap(), JPEG);

        let uri = format!(
            "data:image/png;base64,{}",
            STANDARD.encode(b"\x89PNG\r\n\x1a\nXYZ")
        );
        let (_, out) = run(&c, uri.as_bytes());
        let out = String::from_utf8(out).unwrap();
        let body = out.strip_prefix("data:image/png;base64,").unwrap();
        assert_eq!(STANDARD.decode(body).unwrap(), PNG);

        // A kind the placeholders do not cover: a PNG URI, never the original's bytes.
        let webp = format!(
            "data:image/webp;base64,{}",
            STANDARD.encode(b"RIFF0000WEBPVP8 ")
        );
        let (_, out) = run(&c, webp.as_bytes());
        assert!(out.starts_with(b"data:image/png;base64,iVBORw0KGgo"));
        assert_eq!(c.fallbacks(), 0);
    }

    #[test]
    fn anything_else_becomes_null_or_empty_and_is_counted() {
        let c = test_compiled("image", "Image", "blob");
        for v in [
            &b"%PDF-1.4 Renu Kara 9876501234"[..],
            b"not a picture",
            b"data:text/plain;base64,UmVudSBLYXJh",
        ] {
            assert_eq!(run(&c, v), (Form::Null, vec![]));
        }
        assert_eq!(c.fallbacks(), 3);
        // A raw picture cannot sit in a character column; a placeholder that does not fit.
        let text = test_compiled("image", "photo", "text");
        assert_eq!(run(&text, &photo_with_text()).0, Form::Null);
        let short = test_compiled("image", "photo", "varchar(50)");
        assert_eq!(run(&short, STANDARD.encode(JPEG).as_bytes()).0, Form::Null);
        assert_eq!(text.fallbacks() + short.fallbacks(), 2);
        // NOT NULL: an empty value.
        let strict = Compiled::new(
            Strategy::Media(Media::Image),
            "Image",
            ColumnType::parse("blob"),
            false,
            Refs::default(),
            &mut |_| unreachable!("image needs no key"),
        )
        .unwrap();
        assert_eq!(run(&strict, b"garbage"), (Form::Quoted, vec![]));
        // Empty values hold nothing.
        assert_eq!(run(&c, b"").0, Form::Original);
    }
}
