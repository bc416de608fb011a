//! The written forms of Indian identifiers: the Verhoeff check digit of Aadhaar numbers and the
//! patterns of mobile numbers, emails, Aadhaar, PAN and ABHA numbers in text. Detectors
//! ([`super::detect`]) and `scrub` share these, so what one finds the other replaces.

/// An Indian mobile number in text (shared with `scrub`, which replaces what it finds): ten
/// digits from 6–9 with a separator allowed between any two — up to two spaces (any Unicode
/// space), a dot, dash (`-`, `–`, `—`), slash or underscore, with a space either side (`98765
/// 43210`, `98765  43210`, `98765.43210`, `987-654-3210`, `98765 - 43210`, `98765–43210`,
/// `98331_79165`) — its first
/// three to five digits also in parentheses (`(983) 317-9165`, `(98331) 79165`), after any
/// India prefix (`+91`, `(+91)`, `0091`, `91-`, `0`).
pub const MOBILE_PATTERN: &str = concat!(
    // The first group in parentheses: the prefix is optional (`(` is no word boundary).
    r"(?:(?:(?:\+|\b00)91[\s.\-/–—]{0,2}|\(\+?91\)[\s.\-/–—]{0,2}|\b91[\s.\-/–—]{1,2}|\b0[\s.\-/–—]?)?",
    r"\((?:[6-9]\d{2}\)[\s.\-/–—]{0,2}\d(?:\s?[.\-/–—_]?\s?\d){6}",
    r"|[6-9]\d{3}\)[\s.\-/–—]{0,2}\d(?:\s?[.\-/–—_]?\s?\d){5}",
    r"|[6-9]\d{4}\)[\s.\-/–—]{0,2}\d(?:\s?[.\-/–—_]?\s?\d){4})",
    // Ten digits with a separator between any two.
    r"|(?:(?:\+|\b00)91[\s.\-/–—]{0,2}|\(\+?91\)[\s.\-/–—]{0,2}|\b91[\s.\-/–—]{1,2}|\b0[\s.\-/–—]?|\b)",
    r"[6-9](?:\s?[.\-/–—_]?\s?\d){9})\b",
);
/// An email address written so that harvesters miss it: `at` in brackets (`ravi [at] gmail
/// [dot] com`, `ravi(at)gmail.com`, `ravi (@) gmail.com`), or `at`/`@` with every dot spelled
/// (`ravi at gmail dot com`, `ravi@gmail dot com`, `ravi.k@yahoo[dot]co[dot]in`). A plain
/// `at` before real dots (`seen at Hubli.Dharwad`) is no address, nor a bracketed one before a
/// real dot and a word that is no common top-level domain (`pain (at) night.Patient`). Read
/// with [`hidden_emails`], which gives the address each one spells.
pub const HIDDEN_EMAIL_PATTERN: &str = concat!(
    r"(?i)\b[a-z0-9._%+-]+",
    // `at` in brackets, then a domain with dots written any way; a real last dot needs a
    // common top-level domain after it.
    r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*[a-z0-9-]+",
    r"(?:(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)[a-z0-9-]+)*",
    r"(?:(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)[a-z]{2,}",
    r"|\.(?:com|in|org|net|co|edu|gov|info|io|me|biz|us|uk|ac|nic))",
    // `at` or `@`, then a domain whose every dot is spelled.
    r"|(?:\s+at\s+|\s*@\s*)[a-z0-9-]+",
    r"(?:(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)[a-z0-9-]+)*",
    r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)[a-z]{2,})\b",
);

/// True when `v` could hold a [hidden email](HIDDEN_EMAIL_PATTERN): it has `dot`, or `at` or
/// `@` just inside an opening bracket (any case). One pass over the bytes, so the pattern runs
/// on few values.
pub fn might_hide_email(v: &[u8]) -> bool {
    let dot = |i: usize| {
        v.get(i + 1..i + 3)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"ot"))
    };
    let at_inside = |i: usize| {
        let rest = &v[i + 1..];
        // Any blank the pattern's `\s*` reads (a byte above ASCII may be one).
        let rest = &rest[rest
            .iter()
            .take_while(|c| c.is_ascii_whitespace() || **c >= 0x80)
            .count()..];
        rest.first() == Some(&b'@') || rest.get(..2).is_some_and(|w| w.eq_ignore_ascii_case(b"at"))
    };
    memchr::memchr2_iter(b'd', b'D', v).any(dot)
        || memchr::memchr3_iter(b'[', b'(', b'{', v).any(at_inside)
        || memchr::memchr_iter(b'<', v).any(at_inside)
}

/// Call `f(start, end, address)` for every [hidden email](HIDDEN_EMAIL_PATTERN) in `v`, with
/// the address it spells in lower case (`ravi@gmail.com`): what fingerprints and fakes are
/// taken of, so `ravi [at] gmail [dot] com` is the same person as `ravi@gmail.com`.
pub fn hidden_emails(v: &[u8], mut f: impl FnMut(usize, usize, Vec<u8>)) {
    use super::patterns::PerThread;
    use regex::bytes::Regex;
    static R: PerThread<[Regex; 3]> = PerThread::new(|| {
        [
            Regex::new(HIDDEN_EMAIL_PATTERN).expect("hidden email"),
            Regex::new(r"(?i)\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+").expect("at"),
            Regex::new(r"(?i)\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+").expect("dot"),
        ]
    });
    if !might_hide_email(v) {
        return;
    }
    let [hidden, at, dot] = R.get();
    for m in hidden.find_iter(v) {
        let spelled = at.replace_all(m.as_bytes(), &b"@"[..]);
        let spelled = dot.replace_all(&spelled, &b"."[..]);
        let address: Vec<u8> = spelled
            .iter()
            .filter(|b| !b.is_ascii_whitespace())
            .map(u8::to_ascii_lowercase)
            .collect();
        f(m.start(), m.end(), address);
    }
}

/// A DIGIPIN written in text (`4P3-JK8-52C9`, any case).
pub const DIGIPIN_PATTERN: &str = r"(?i)\b[2-9CFJKLMPT]{3}-[2-9CFJKLMPT]{3}-[2-9CFJKLMPT]{4}\b";
/// An email address in text (shared with `scrub`).
pub const EMAIL_PATTERN: &str = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}";
/// Twelve digits shaped like an Aadhaar number, in groups of four apart or not (`2345 6789
/// 0124`, `2345-6789-0124`, `2345.6789.0124`, `2345/6789/0124`, `2345  6789  0124`, `2345 -
/// 6789 - 0124`); the detector also checks the Verhoeff digit, `scrub` replaces every such
/// shape.
pub const AADHAAR_SHAPE: &str = r"\b[2-9]\d{3}\s?[.\-/–—]?\s?\d{4}\s?[.\-/–—]?\s?\d{4}\b";
/// An ABHA number written with dashes (shared with `scrub`).
pub const ABHA_PATTERN: &str = r"\b\d{2}-\d{4}-\d{4}-\d{4}\b";
/// A PAN with a holder-type letter (`P`, `C`, `H`, `F`, `A`, `T`, `B`, `L`, `J`, `G`) in the
/// fourth place, in capitals or all in small letters (`abcpe1234f`, typed on a phone): what
/// the leak detector accepts as a PAN (it skips a small-letter one inside an email or a path).
pub const PAN_PATTERN: &str =
    r"\b(?:[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]|[a-z]{3}[abcfghjlpt][a-z]\d{4}[a-z])\b";
/// Any PAN shape, holder letter or not: what `scrub` replaces (it errs on the side of replacing).
pub const PAN_SHAPE: &str = r"\b[A-Z]{5}\d{4}[A-Z]\b";

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/// The Verhoeff check digit for `digits` (ASCII digits).
pub fn verhoeff_digit(digits: &[u8]) -> u8 {
    let mut c = 0usize;
    for (i, d) in digits.iter().rev().enumerate() {
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][(d - b'0') as usize] as usize] as usize;
    }
    b'0' + VERHOEFF_INV[c]
}

/// `v` with the digits of the Indian scripts — Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
/// Tamil, Telugu, Kannada, Malayalam (`९८७६५ ४३२१०`) — written as ASCII digits, everything else
/// as it is: what the patterns above read. Borrowed when `v` holds none (the common case costs
/// one byte search).
pub fn with_ascii_digits(v: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    /// The second UTF-8 byte of each script's digit block (U+0966, U+09E6, … U+0D66); the
    /// third byte is 0xA6 for zero to 0xAF for nine.
    const BLOCKS: [u8; 9] = [0xA5, 0xA7, 0xA9, 0xAB, 0xAD, 0xAF, 0xB1, 0xB3, 0xB5];
    let digit_at = |i: usize| -> Option<u8> {
        match v.get(i..i + 3) {
            Some([0xE0, b, c]) if BLOCKS.contains(b) && (0xA6..=0xAF).contains(c) => {
                Some(b'0' + (c - 0xA6))
            }
            _ => None,
        }
    };
    let Some(first) = memchr::memchr_iter(0xE0, v).find(|&i| digit_at(i).is_some()) else {
        return std::borrow::Cow::Borrowed(v);
    };
    let mut out = Vec::with_capacity(v.len());
    out.extend_from_slice(&v[..first]);
    let mut i = first;
    while i < v.len() {
        match digit_at(i) {
            Some(d) => {
                out.push(d);
                i += 3;
            }
            None => {
                out.push(v[i]);
                i += 1;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// True when the last digit of `digits` is their Verhoeff check digit.
pub fn verhoeff_valid(digits: &[u8]) -> bool {
    if digits.len() < 2 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut c = 0usize;
    for (i, d) in digits.iter().rev().enumerate() {
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][(d - b'0') as usize] as usize] as usize;
    }
    c == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verhoeff_known_values() {
        assert_eq!(verhoeff_digit(b"236"), b'3');
        assert!(verhoeff_valid(b"2363"));
        assert!(!verhoeff_valid(b"2364"));
        assert_eq!(verhoeff_digit(b"12345"), b'1');
    }
}
