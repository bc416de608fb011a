//! MySQL literal forms: their kinds, unescaping of string bodies, and escaping of new values
//! exactly as mysqldump writes them.
//!
//! mysqldump escapes string values with `mysql_real_escape_string`, which turns only seven bytes
//! into escapes: NUL `\0`, newline `\n`, CR `\r`, backslash `\\`, `'` `\'`, `"` `\"` and Ctrl-Z
//! `\Z`; every other byte (TAB, backspace, invalid UTF-8, …) is written raw. [`escape_into`]
//! does the same, so `escape(unescape(v)) == v` for every value a dumper wrote.

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
    fn hex_decoding() {
        assert_eq!(decode_hex(b"4142"), Some(b"AB".to_vec()));
        assert_eq!(decode_hex(b"141"), Some(vec![1, 0x41]));
        assert_eq!(decode_hex(b"zz"), None);
    }
}
