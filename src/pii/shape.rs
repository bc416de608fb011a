//! What one value is, read without regexes on the hot path: the whole-value formats of Indian
//! identifiers (mobile and landline numbers in every written form, Aadhaar, ABHA, PAN, voter ID,
//! ABHA address, email, IPv4, DIGIPIN, GPS as `lat,long`, dates), opaque binary and image
//! values, a value's *shape* (`dddddddddd`, `Aaaa Aaaa`) for reports, and the pieces of JSON
//! documents and file paths. The column tests ([`super::column`]) count what these say.

use std::net::Ipv4Addr;

use super::formats::verhoeff_valid;

/// India's bounding box: latitude.
pub const INDIA_LAT: (f64, f64) = (6.5, 37.5);
/// India's bounding box: longitude.
pub const INDIA_LON: (f64, f64) = (68.0, 97.5);
/// Decimal places from which a coordinate locates a house (4 places ≈ 11 m).
pub const GPS_MIN_DECIMALS: usize = 4;

/// The digits of a value written as a number with separators (`+91 98765-43210`, `(0832)
/// 2456789`), when it is nothing else: at most 40 digits, and only `+ - ( ) . space` besides.
/// `sep_after` is the number of digits before the first separator (for STD codes).
pub struct Digits {
    /// The digits, ASCII.
    pub buf: [u8; 40],
    /// How many.
    pub len: usize,
    /// Digits before the first separator, when there is one inside the number.
    pub sep_after: Option<usize>,
    /// A `+` led the number.
    pub plus: bool,
}

impl Digits {
    /// The digits as a slice.
    pub fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// The number's value, when it has at most 38 digits.
    pub fn value(&self) -> Option<u128> {
        if self.len == 0 || self.len > 38 {
            return None;
        }
        Some(
            self.as_slice()
                .iter()
                .fold(0u128, |a, d| a * 10 + u128::from(d - b'0')),
        )
    }
}

/// Read `v` as a number with separators; `None` when it holds anything else (letters, a
/// decimal point with digits after it, more than 40 digits).
pub fn digits(v: &[u8]) -> Option<Digits> {
    let mut d = Digits {
        buf: [0; 40],
        len: 0,
        sep_after: None,
        plus: false,
    };
    for (i, &b) in v.iter().enumerate() {
        match b {
            b'0'..=b'9' => {
                if d.len == 40 {
                    return None;
                }
                d.buf[d.len] = b;
                d.len += 1;
            }
            b'+' if i == 0 => d.plus = true,
            b' ' | b'-' | b'(' | b')' => {
                if d.len > 0 && d.sep_after.is_none() {
                    d.sep_after = Some(d.len);
                }
            }
            _ => return None,
        }
    }
    (d.len > 0).then_some(d)
}

/// The 10-digit subscriber number of an Indian mobile written in any form (`9876543210`,
/// `09876543210`, `919876543210`, `+91 98765 43210`), when `d` is one.
pub fn mobile(d: &Digits) -> Option<&[u8]> {
    let s = d.as_slice();
    let n = match s.len() {
        10 => s,
        11 if s[0] == b'0' => &s[1..],
        12 if s.starts_with(b"91") => &s[2..],
        13 if s.starts_with(b"091") => &s[3..],
        _ => return None,
    };
    matches!(n[0], b'6'..=b'9').then_some(n)
}

/// True when `d` is a landline with its STD code written apart (`0832-2456789`,
/// `(011) 23456789`): 10 or 11 digits, a leading 0 and a separator after 3 to 5 digits.
pub fn landline(d: &Digits) -> bool {
    let s = d.as_slice();
    (10..=11).contains(&s.len())
        && s[0] == b'0'
        && !matches!(s[1], b'0')
        && d.sep_after.is_some_and(|k| (3..=5).contains(&k))
}

/// Aadhaar shape: 12 digits, the first 2–9. `Some(true)` when the Verhoeff digit is valid.
pub fn aadhaar(d: &Digits) -> Option<bool> {
    let s = d.as_slice();
    (s.len() == 12 && matches!(s[0], b'2'..=b'9')).then(|| verhoeff_valid(s))
}

/// ABHA number: 14 digits; `Some(true)` when written `NN-NNNN-NNNN-NNNN`.
pub fn abha_number(v: &[u8], d: &Digits) -> Option<bool> {
    (d.len == 14).then(|| {
        v.len() == 17
            && v[2] == b'-'
            && v[7] == b'-'
            && v[12] == b'-'
            && v.iter().filter(|b| **b == b'-').count() == 3
    })
}

/// PAN: `AAAPA9999A` (or all in small letters) with a holder-type letter in the fourth place.
pub fn pan(v: &[u8]) -> bool {
    // In capitals, or all in small letters (typed on a phone); never mixed (`Covid1234a`).
    let capitals = v.first().is_some_and(u8::is_ascii_uppercase);
    let letter = |b: &u8| match capitals {
        true => b.is_ascii_uppercase(),
        false => b.is_ascii_lowercase(),
    };
    v.len() == 10
        && v[..5].iter().all(letter)
        && b"ABCFGHJLPT".contains(&v[3].to_ascii_uppercase())
        && v[5..9].iter().all(u8::is_ascii_digit)
        && letter(&v[9])
}

/// IFSC code: four capital letters, `0`, six capitals or digits (`SBIN0001234`).
pub fn ifsc(v: &[u8]) -> bool {
    v.len() == 11
        && v[..4].iter().all(u8::is_ascii_uppercase)
        && v[4] == b'0'
        && v[5..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Voter ID (EPIC): three capital letters and seven digits.
pub fn voter_id(v: &[u8]) -> bool {
    v.len() == 10
        && v[..3].iter().all(u8::is_ascii_uppercase)
        && v[3..].iter().all(u8::is_ascii_digit)
}

/// Eight digits that read as a date, `YYYYMMDD` or `DDMMYYYY` (years 1900–2100).
pub fn date_digits(t: &[u8]) -> bool {
    if t.len() != 8 || !t.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = |r: std::ops::Range<usize>| t[r].iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    let ok = |y: u32, m: u32, d: u32| {
        (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    ok(n(0..4), n(4..6), n(6..8)) || ok(n(4..8), n(2..4), n(0..2))
}

/// The runs of ASCII letters and digits in `v`, as `(start, end)`.
pub fn alphanumeric_runs(v: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < v.len() && !v[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let a = i;
        while i < v.len() && v[i].is_ascii_alphanumeric() {
            i += 1;
        }
        (a < i).then_some((a, i))
    })
}

/// Identifiers standing alone inside a longer text that no text pattern reads: voter IDs
/// (`HBD3221732`; not when the digits start like a year, `LAB2024001` is a reference) and ABHA
/// numbers written as 14 plain digits (not a `YYYYMMDDhhmmss` timestamp, nor part of a
/// decimal). Calls `f(kind, token)` with [`Kind::VoterId`](super::column::Kind::VoterId) or
/// [`Kind::AbhaNumber`](super::column::Kind::AbhaNumber); a value that is only the token is
/// not inside text and gives nothing.
pub fn ids_in_text(v: &[u8], mut f: impl FnMut(super::column::Kind, &[u8])) {
    use super::column::Kind;
    // Joined to a word, a decimal, a path or an address, a token is part of something else (a
    // full stop or a dash that ends a sentence or a phrase joins nothing).
    let at = |p: Option<usize>| p.and_then(|p| v.get(p));
    let joined = |next: Option<&u8>, beyond: Option<&u8>| match next {
        Some(b'@') => true,
        Some(b) if *b >= 0x80 => true,
        Some(b) if b"._-/\\".contains(b) => beyond.is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    };
    for (a, i) in alphanumeric_runs(v) {
        let t = &v[a..i];
        if t.len() == v.len() || !matches!(t.len(), 10 | 14) {
            continue;
        }
        if joined(at(a.checked_sub(1)), at(a.checked_sub(2))) || joined(v.get(i), v.get(i + 1)) {
            continue;
        }
        if voter_id(t) && !matches!(&t[3..5], b"19" | b"20") {
            f(Kind::VoterId, t);
        } else if t.len() == 14 && t.iter().all(u8::is_ascii_digit) && !date_digits(&t[..8]) {
            f(Kind::AbhaNumber, t);
        }
    }
}

/// ABHA address: `name@abdm` or `name@sbx`.
pub fn abha_address(v: &[u8]) -> bool {
    let Some(at) = v.iter().rposition(|b| *b == b'@') else {
        return false;
    };
    let (user, host) = (&v[..at], &v[at + 1..]);
    (host.eq_ignore_ascii_case(b"abdm") || host.eq_ignore_ascii_case(b"sbx"))
        && user.len() >= 3
        && user
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_'))
}

/// The domain of `v` when the whole value is one email address.
pub fn email(v: &[u8]) -> Option<&[u8]> {
    let at = v.iter().position(|b| *b == b'@')?;
    let (user, host) = (&v[..at], &v[at + 1..]);
    let user_ok = !user.is_empty()
        && user
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(b));
    let dot = host.iter().rposition(|b| *b == b'.')?;
    let host_ok = dot > 0
        && host.len() - dot > 2
        && host
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
        && host[dot + 1..].iter().all(u8::is_ascii_alphabetic);
    (user_ok && host_ok).then_some(host)
}

/// An IPv4 address; `Some(true)` for a public one (not private, loopback, link-local,
/// documentation, broadcast or unspecified).
pub fn ipv4(v: &[u8]) -> Option<bool> {
    if v.len() < 7 || v.len() > 15 || v.iter().filter(|b| **b == b'.').count() != 3 {
        return None;
    }
    let ip: Ipv4Addr = std::str::from_utf8(v).ok()?.parse().ok()?;
    Some(
        !(ip.is_private()
            || ip.is_loopback()
            || ip.is_link_local()
            || ip.is_documentation()
            || ip.is_broadcast()
            || ip.is_unspecified()),
    )
}

/// DIGIPIN: `XXX-XXX-XXXX` over India Post's 16-symbol alphabet.
pub fn digipin(v: &[u8]) -> bool {
    const A: &[u8] = b"23456789CFJKLMPT";
    v.len() == 12
        && v[3] == b'-'
        && v[7] == b'-'
        && v.iter()
            .enumerate()
            .all(|(i, b)| i == 3 || i == 7 || A.contains(&b.to_ascii_uppercase()))
}

/// A decimal number with its count of decimal places (`18.520430` → 18.52043, 6).
pub fn decimal(v: &[u8]) -> Option<(f64, usize)> {
    // Most values are not numbers: decided on the first byte and the length.
    let first = *v.iter().find(|b| !b.is_ascii_whitespace())?;
    if v.len() > 48 || !(first.is_ascii_digit() || first == b'-') {
        return None;
    }
    let s = std::str::from_utf8(v).ok()?.trim();
    let dot = s.find('.')?;
    let frac = &s[dot + 1..];
    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = s[..dot].strip_prefix('-').unwrap_or(&s[..dot]);
    if whole.is_empty() || whole.len() > 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((s.parse().ok()?, frac.len()))
}

/// True when `x` lies in the range `r`.
pub fn within(x: f64, r: (f64, f64)) -> bool {
    x >= r.0 && x <= r.1
}

/// True for a `lat,long` pair inside India with at least [`GPS_MIN_DECIMALS`] places.
pub fn gps_pair(v: &[u8]) -> bool {
    if v.len() > 64
        || !v
            .first()
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | b' '))
    {
        return false;
    }
    let Some(comma) = v.iter().position(|b| *b == b',') else {
        return false;
    };
    let (a, b) = (trim(&v[..comma]), trim(&v[comma + 1..]));
    match (decimal(a), decimal(b)) {
        (Some((la, pa)), Some((lo, po))) => {
            pa >= GPS_MIN_DECIMALS
                && po >= GPS_MIN_DECIMALS
                && within(la, INDIA_LAT)
                && within(lo, INDIA_LON)
        }
        _ => false,
    }
}

fn trim(v: &[u8]) -> &[u8] {
    let s = v.iter().position(|b| *b != b' ').unwrap_or(v.len());
    let e = v.iter().rposition(|b| *b != b' ').map_or(s, |i| i + 1);
    &v[s..e.max(s)]
}

/// The year of a date written `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` at the start of `v`
/// (a time may follow).
pub fn date_year(v: &[u8]) -> Option<u32> {
    if v.len() < 10 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &v[r];
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0')))
    };
    let (y, m, d) = if v[4] == b'-' && v[7] == b'-' {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else if (v[2] == b'-' || v[2] == b'/') && v[5] == v[2] {
        (num(6..10)?, num(3..5)?, num(0..2)?)
    } else {
        return None;
    };
    let tail_ok = v.len() == 10 || v[10] == b' ' || v[10] == b'T';
    ((1800..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) && tail_ok)
        .then_some(y)
}

/// True for a value no text detector can read: invalid UTF-8 or control bytes (a BLOB), an
/// embedded image (`data:image/`, base64 JPEG/PNG/GIF/PDF headers), or a long unbroken base64
/// or hex run.
pub fn opaque(v: &[u8]) -> bool {
    if v.len() < 16 {
        return false;
    }
    if std::str::from_utf8(v).is_err() || v.iter().any(|b| *b < 0x09 || (*b > 0x0d && *b < 0x20)) {
        return true;
    }
    const HEADS: [&[u8]; 6] = [
        b"data:image/",
        b"/9j/",
        b"iVBORw0KGgo",
        b"R0lGOD",
        b"JVBERi0",
        b"UklGR",
    ];
    if HEADS.iter().any(|h| v.starts_with(h)) {
        return true;
    }
    // Base64 of binary data mixes capitals, small letters and digits; a run of one letter
    // (test filler) does not.
    v.len() >= 256
        && v.iter().any(u8::is_ascii_uppercase)
        && v.iter().any(u8::is_ascii_lowercase)
        && v.iter().any(u8::is_ascii_digit)
        && v.iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'\n' | b'\r'))
}

/// Longest shape written out; longer values end in `…`.
const SHAPE_MAX: usize = 24;
/// Bytes a shape can take ([`shape_into`]'s buffer).
pub const SHAPE_BYTES: usize = SHAPE_MAX * 4 + 3;

/// The shape of a value for reports: digits `d`, capitals `A`, small letters `a`, other letters
/// `L`, anything else as it is; at most 24 characters, then `…`.
pub fn shape(v: &[u8]) -> String {
    let mut buf = [0u8; SHAPE_BYTES];
    shape_into(v, &mut buf).to_string()
}

/// [`shape`] written into `buf` without allocating (ASCII values; other characters take the
/// slow path once per value).
pub fn shape_into<'b>(v: &[u8], buf: &'b mut [u8; SHAPE_BYTES]) -> &'b str {
    let mut n = 0;
    let mut push = |c: char, buf: &mut [u8; SHAPE_BYTES]| {
        n += c.encode_utf8(&mut buf[n..]).len();
    };
    let text = String::from_utf8_lossy(v);
    for (i, c) in text.chars().enumerate() {
        if i == SHAPE_MAX {
            push('…', buf);
            break;
        }
        push(
            match c {
                '0'..='9' => 'd',
                'A'..='Z' => 'A',
                'a'..='z' => 'a',
                c if c.is_alphabetic() => 'L',
                c if c.is_numeric() => 'd',
                c if c.is_control() => '?',
                c if c.len_utf8() > 1 => '*',
                c => c,
            },
            buf,
        );
    }
    std::str::from_utf8(&buf[..n]).expect("shape characters are UTF-8")
}

/// `word` lower-cased, passed to `f` (ASCII words of up to 32 bytes without allocating).
pub fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if word.is_ascii() && word.len() <= 32 {
        let mut buf = [0u8; 32];
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        f(std::str::from_utf8(b).expect("ASCII"))
    } else {
        f(&word.to_lowercase())
    }
}

/// The words of a text: runs of letters (any script, with combining marks) and runs of ASCII
/// digits, each with where it starts.
pub fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, bool)> = None; // (start, digits)
    for (i, c) in text.char_indices() {
        let class = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() || is_mark(c) {
            Some(false)
        } else {
            None
        };
        match (cur, class) {
            (Some((_, d)), Some(k)) if d == k => {}
            (Some((s, _)), k) => {
                out.push((s, &text[s..i]));
                cur = k.map(|k| (i, k));
            }
            (None, Some(k)) => cur = Some((i, k)),
            (None, None) => {}
        }
    }
    if let Some((s, _)) = cur {
        out.push((s, &text[s..]));
    }
    out
}

/// Devanagari and other Indic vowel signs and viramas are marks, not letters.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

/// The leaves of a JSON document with their keys (the innermost key, lower-cased), strings and
/// numbers as text; `None` when `v` is no JSON object or array.
pub fn json_leaves(v: &[u8]) -> Option<Vec<(String, String)>> {
    let first = v.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first != b'{' && *first != b'[' {
        return None;
    }
    let doc: serde_json::Value = serde_json::from_slice(v).ok()?;
    let mut out = Vec::new();
    fn walk(key: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    walk(&k.to_lowercase(), x, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(key, x, out)),
            serde_json::Value::String(s) => out.push((key.to_string(), s.clone())),
            serde_json::Value::Number(n) => out.push((key.to_string(), n.to_string())),
            _ => {}
        }
    }
    walk("", &doc, &mut out);
    Some(out)
}

/// The segments of a file path or URL (split at `/ \ _ - . ? = & :` and spaces), when `v` is
/// one: it has at least two `/` or `\` and no run of spaces that would make it prose.
pub fn path_segments(v: &str) -> Option<Vec<&str>> {
    let slashes = v.bytes().filter(|b| *b == b'/' || *b == b'\\').count();
    let url = v.starts_with("http://") || v.starts_with("https://") || v.starts_with("ftp://");
    if (slashes < 2 && !url) || v.split(' ').count() > 4 {
        return None;
    }
    Some(
        v.split(['/', '\\', '_', '-', '.', '?', '=', '&', ':', ' '])
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &str) -> Vec<(super::super::column::Kind, String)> {
        let mut out = Vec::new();
        ids_in_text(v.as_bytes(), |k, t| {
            out.push((k, String::from_utf8(t.to_vec()).unwrap()))
        });
        out
    }

    #[test]
    fn voter_ids_and_plain_abha_numbers_inside_text() {
        use super::super::column::Kind;
        assert_eq!(
            ids("EPIC HBD3221732, ABHA no 91123456789012."),
            vec![
                (Kind::VoterId, "HBD3221732".to_string()),
                (Kind::AbhaNumber, "91123456789012".to_string())
            ]
        );
        assert_eq!(
            ids("voter id:XYZ0012345 seen"),
            vec![(Kind::VoterId, "XYZ0012345".to_string())]
        );
        // A reference that starts like a year, a timestamp, a decimal, a path, an address, a
        // longer code, the whole value: nothing.
        for v in [
            "Ref LAB2024001 sent",
            "synced 20240612103000 ok",
            "reading 12345678901234.5 units",
            "/scans/HBD3221732/x.pdf",
            "HBD3221732@abdm",
            "code XHBD3221732 and 123456789012345",
            "HBD3221732",
        ] {
            assert!(ids(v).is_empty(), "{v}");
        }
    }

    fn d(v: &str) -> Digits {
        digits(v.as_bytes()).unwrap()
    }

    #[test]
    fn mobiles_in_every_written_form() {
        for v in [
            "9876543210",
            "09876543210",
            "919876543210",
            "+91 98765 43210",
            "+91-98765-43210",
        ] {
            assert_eq!(mobile(&d(v)), Some(&b"9876543210"[..]), "{v}");
        }
        assert_eq!(mobile(&d("5876543210")), None);
        assert_eq!(mobile(&d("98765432")), None);
        assert!(digits(b"98765x43210").is_none());
    }

    #[test]
    fn landlines_need_their_std_code_apart() {
        assert!(landline(&d("0832-2456789")));
        assert!(landline(&d("(011) 23456789")));
        assert!(!landline(&d("08322456789")));
    }

    #[test]
    fn identifiers() {
        assert_eq!(aadhaar(&d("2345 6789 0124")), Some(true));
        assert_eq!(aadhaar(&d("234567890125")), Some(false));
        assert_eq!(aadhaar(&d("134567890124")), None);
        assert_eq!(
            abha_number(b"91-1234-5678-9012", &d("91-1234-5678-9012")),
            Some(true)
        );
        assert_eq!(
            abha_number(b"30001234560001", &d("30001234560001")),
            Some(false)
        );
        assert!(pan(b"ABCPE1234F") && !pan(b"ABCDE1234F"));
        assert!(pan(b"abcpe1234f") && !pan(b"Abcpe1234f") && !pan(b"abcpe1234F"));
        assert!(voter_id(b"XYZ1234567") && !voter_id(b"XY12345678"));
        assert!(ifsc(b"SBIN0001234") && !ifsc(b"SBIN1001234"));
        assert!(abha_address(b"ravi.kumar12@abdm") && !abha_address(b"ravi@gmail.com"));
        assert_eq!(email(b"ravi.k@gmail.com"), Some(&b"gmail.com"[..]));
        assert_eq!(email(b"not an email"), None);
        assert_eq!(ipv4(b"49.36.12.7"), Some(true));
        assert_eq!(ipv4(b"10.0.0.1"), Some(false));
        assert!(digipin(b"4P3-JK8-52C9") && !digipin(b"SCN-125-0000"));
    }

    #[test]
    fn coordinates_and_dates() {
        assert!(gps_pair(b"18.520430, 73.856743"));
        assert!(!gps_pair(b"18.52, 73.85"), "too coarse");
        assert!(!gps_pair(b"51.507400, -0.127800"), "outside India");
        assert_eq!(date_year(b"1987-03-14"), Some(1987));
        assert_eq!(date_year(b"14-03-1987"), Some(1987));
        assert_eq!(date_year(b"14/03/1987 00:00:00"), Some(1987));
        assert_eq!(date_year(b"SCN-125"), None);
    }

    #[test]
    fn opaque_values_and_shapes() {
        assert!(opaque(b"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"));
        assert!(opaque(&[
            0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1
        ]));
        assert!(!opaque(b"fever and body ache since three days"));
        assert_eq!(shape(b"98765 43210"), "ddddd ddddd");
        assert_eq!(shape(b"Ravi Kumar"), "Aaaa Aaaaa");
        assert_eq!(shape("रवि".as_bytes()), "LLL");
    }

    #[test]
    fn words_json_and_paths() {
        let w: Vec<&str> = words("Ravi (9876543210) रवि, ok")
            .into_iter()
            .map(|x| x.1)
            .collect();
        assert_eq!(w, ["Ravi", "9876543210", "रवि", "ok"]);
        let leaves = json_leaves(br#"{"contact":{"mobile":"9876543210"},"tags":["a"]}"#).unwrap();
        assert!(leaves.contains(&("mobile".into(), "9876543210".into())));
        assert!(json_leaves(b"plain").is_none());
        let p = path_segments("/data/uploads/2024/ravi_kulkarni_9876543210.pdf").unwrap();
        assert!(p.contains(&"kulkarni") && p.contains(&"9876543210"));
        assert!(path_segments("fever and body ache").is_none());
    }
}
