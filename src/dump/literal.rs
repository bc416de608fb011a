//! MySQL literal forms: their kinds, unescaping of string bodies, and escaping of new values
//! exactly as mysqldump writes them.
//!
//! mysqldump escapes string values with `mysql_real_escape_string`, which turns only seven bytes
//! into escapes: NUL `\0`, newline `\n`, CR `\r`, backslash `\\`, `'` `\'`, `"` `\"` and Ctrl-Z
//! `\Z`; every other byte (TAB, backspace, invalid UTF-8, …) is written raw. [`escape_into`]
//! does the same, so `escape(unescape(v)) == v` for every value a dumper wrote.
//!
//! Oracle MySQL's escaper (8.0 with a utf8mb4 connection) also escapes the first byte of anything
//! that *looks* like the start of a multibyte character but is not a valid one (its guard against
//! GBK-style injection), e.g. `\` + 0xF0 inside binary data; MariaDB's does not. Both are modelled
//! by [`EscapeStyle`], chosen from the dump's header comment.

use std::borrow::Cow;

/// The kind of one lexed value in an INSERT tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// `NULL`.
    Null,
    /// A bare number: `12`, `-1.5`, `6.02214e23`.
    Number,
    /// A quoted string, possibly with a charset introducer (`_binary '…'`) or `N'…'`.
    Str,
    /// A hexadecimal literal: `0x…` or `X'…'`.
    Hex,
    /// A bit literal: `0b…` or `b'…'`.
    Bit,
    /// Any other bare word (`TRUE`, `CURRENT_TIMESTAMP`, …).
    Other,
}

/// Byte classes of what `mysql_real_escape_string` escapes.
const fn escape_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    t[0] = b'0';
    t[b'\n' as usize] = b'n';
    t[b'\r' as usize] = b'r';
    t[b'\\' as usize] = b'\\';
    t[b'\'' as usize] = b'\'';
    t[b'"' as usize] = b'"';
    t[0x1a] = b'Z';
    t
}
static ESCAPE: [u8; 256] = escape_table();

/// Which dumper's escaping rules to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EscapeStyle {
    /// mariadb-dump (and MySQL 5.7 with a utf8 connection): only the seven bytes are escaped.
    #[default]
    MariaDb,
    /// Oracle mysqldump 8.x with utf8mb4: also the lead byte of an invalid multibyte sequence.
    MySql8,
}

impl EscapeStyle {
    /// The style of the dumper named in a dump's header comment (`-- MySQL dump 10.13  Distrib 8.0.40`).
    pub fn from_header(head: &[u8]) -> EscapeStyle {
        let line = head
            .split(|&b| b == b'\n')
            .find(|l| l.starts_with(b"-- MySQL dump") || l.starts_with(b"-- MariaDB dump"));
        match line {
            Some(l) if l.starts_with(b"-- MySQL dump") => {
                let distrib = memchr::memmem::find(l, b"Distrib ").map(|k| &l[k + 8..]);
                match distrib.and_then(|d| d.split(|&b| b == b'.').next()) {
                    Some(major) if major.len() == 1 && major[0] >= b'8' || major.len() > 1 => {
                        EscapeStyle::MySql8
                    }
                    _ => EscapeStyle::MariaDb,
                }
            }
            _ => EscapeStyle::MariaDb,
        }
    }
}

/// Length of the valid utf8mb4 character starting at `s[0]` (a byte >= 0x80), as MySQL's
/// `my_ismbchar` judges it; 0 when it is not one.
fn utf8mb4_char_len(s: &[u8]) -> usize {
    let cont = |i: usize| s.get(i).is_some_and(|&b| (b ^ 0x80) < 0x40);
    match s[0] {
        0xc2..=0xdf if cont(1) => 2,
        c @ 0xe0..=0xef if cont(1) && cont(2) && (c >= 0xe1 || s[1] >= 0xa0) => 3,
        c @ 0xf0..=0xf4
            if cont(1)
                && cont(2)
                && cont(3)
                && (c >= 0xf1 || s[1] >= 0x90)
                && (c <= 0xf3 || s[1] <= 0x8f) =>
        {
            4
        }
        _ => 0,
    }
}

/// True for a byte MySQL's utf8mb4 `my_mbcharlen` reports as the start of a multibyte character.
fn looks_like_lead(b: u8) -> bool {
    (0xc2..=0xf7).contains(&b)
}

/// Append `value` as a single-quoted literal escaped in `style`.
pub fn escape_into_styled(out: &mut Vec<u8>, value: &[u8], style: EscapeStyle) {
    if style == EscapeStyle::MariaDb || value.is_ascii() {
        return escape_into(out, value);
    }
    out.reserve(value.len() + 2);
    out.push(b'\'');
    let mut i = 0;
    while i < value.len() {
        let b = value[i];
        if b >= 0x80 {
            let n = utf8mb4_char_len(&value[i..]);
            if n > 0 {
                out.extend_from_slice(&value[i..i + n]);
                i += n;
                continue;
            }
            if looks_like_lead(b) {
                out.push(b'\\');
            }
            out.push(b);
        } else {
            match ESCAPE[b as usize] {
                0 => out.push(b),
                e => out.extend_from_slice(&[b'\\', e]),
            }
        }
        i += 1;
    }
    out.push(b'\'');
}

/// Append `value` to `out` as a single-quoted MySQL string literal, escaped as mysqldump does.
pub fn escape_into(out: &mut Vec<u8>, value: &[u8]) {
    out.reserve(value.len() + 2);
    out.push(b'\'');
    let mut run = 0;
    for (i, &b) in value.iter().enumerate() {
        let e = ESCAPE[b as usize];
        if e != 0 {
            out.extend_from_slice(&value[run..i]);
            out.push(b'\\');
            out.push(e);
            run = i + 1;
        }
    }
    out.extend_from_slice(&value[run..]);
    out.push(b'\'');
}

/// Unescape the body of a string literal (the bytes between the quotes) quoted with `quote`.
/// Borrows when there is nothing to unescape.
///
/// Follows the MySQL manual's table of escapes: `\0 \' \" \b \n \r \t \Z \\`; `\%` and `\_`
/// keep their backslash; any other `\x` is `x`; a doubled quote is one quote.
pub fn unescape(body: &[u8], quote: u8) -> Cow<'_, [u8]> {
    let first = body.iter().position(|&b| b == b'\\' || b == quote);
    let Some(first) = first else {
        return Cow::Borrowed(body);
    };
    let mut out = Vec::with_capacity(body.len());
    out.extend_from_slice(&body[..first]);
    let mut i = first;
    while i < body.len() {
        let b = body[i];
        if b == b'\\' && i + 1 < body.len() {
            let c = body[i + 1];
            match c {
                b'0' => out.push(0),
                b'b' => out.push(0x08),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'Z' => out.push(0x1a),
                b'%' | b'_' => out.extend_from_slice(&[b'\\', c]),
                _ => out.push(c),
            }
            i += 2;
        } else if b == quote && body.get(i + 1) == Some(&quote) {
            out.push(quote);
            i += 2;
        } else {
            out.push(b);
            i += 1;
        }
    }
    Cow::Owned(out)
}

/// Decode the digits of a hex literal (`0xABCD` or the body of `X'ABCD'`) into bytes.
/// Returns `None` when a digit is not hexadecimal. An odd count gets a leading zero, as MySQL does.
pub fn decode_hex(digits: &[u8]) -> Option<Vec<u8>> {
    fn nib(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let mut out = Vec::with_capacity(digits.len().div_ceil(2));
    let mut rest = digits;
    if digits.len() % 2 == 1 {
        out.push(nib(digits[0])?);
        rest = &digits[1..];
    }
    for pair in rest.chunks_exact(2) {
        out.push(nib(pair[0])? << 4 | nib(pair[1])?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(v: &[u8]) -> Vec<u8> {
        let mut o = Vec::new();
        escape_into(&mut o, v);
        o
    }

    #[test]
    fn escapes_like_mysqldump() {
        assert_eq!(esc(b"plain"), b"'plain'");
        assert_eq!(
            esc(b"O'Brien\\\"\n\r\0\x1a\t\x08"),
            b"'O\\'Brien\\\\\\\"\\n\\r\\0\\Z\t\x08'"
        );
        assert_eq!(esc(&[0xff, 0xfe]), [b'\'', 0xff, 0xfe, b'\'']);
    }

    #[test]
    fn unescape_borrows_when_clean() {
        assert!(matches!(unescape(b"hello", b'\''), Cow::Borrowed(_)));
        assert_eq!(&*unescape(b"it\\'s", b'\''), b"it's");
        assert_eq!(&*unescape(b"it''s", b'\''), b"it's");
        assert_eq!(
            &*unescape(b"a\\0b\\Zc\\\\d\\%e\\qf", b'\''),
            b"a\0b\x1ac\\d\\%eqf"
        );
    }

    #[test]
    fn roundtrip_of_every_byte() {
        let all: Vec<u8> = (0..=255u8).collect();
        let e = esc(&all);
        assert_eq!(&*unescape(&e[1..e.len() - 1], b'\''), &all[..]);
    }

    #[test]
    fn mysql8_escapes_invalid_lead_bytes() {
        let mut o = Vec::new();
        escape_into_styled(
            &mut o,
            &[0, 0xf0, b'?', 0xc3, 0xa9, b'\''],
            EscapeStyle::MySql8,
        );
        assert_eq!(
            o,
            [b'\'', b'\\', b'0', b'\\', 0xf0, b'?', 0xc3, 0xa9, b'\\', b'\'', b'\'']
        );
        assert_eq!(
            &*unescape(&o[1..o.len() - 1], b'\''),
            &[0, 0xf0, b'?', 0xc3, 0xa9, b'\''][..]
        );
    }

    #[test]
    fn style_from_header() {
        assert_eq!(
            EscapeStyle::from_header(b"-- MySQL dump 10.13  Distrib 8.0.40, for Linux"),
            EscapeStyle::MySql8
        );
        assert_eq!(
            EscapeStyle::from_header(b"-- MySQL dump 10.13  Distrib 5.7.27, for Linux"),
            EscapeStyle::MariaDb
        );
        assert_eq!(
            EscapeStyle::from_header(b"-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB"),
            EscapeStyle::MariaDb
        );
        assert_eq!(EscapeStyle::from_header(b"SET a=1;"), EscapeStyle::MariaDb);
    }

    #[test]
    fn hex_decoding() {
        assert_eq!(decode_hex(b"4142"), Some(b"AB".to_vec()));
        assert_eq!(decode_hex(b"141"), Some(vec![1, 0x41]));
        assert_eq!(decode_hex(b"zz"), None);
    }
}
