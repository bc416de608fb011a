//! The identifier family: integer IDs (`id`, a keyed permutation within the digit count), and
//! identity numbers — `identifier` (voter ID, ration card…), `aadhaar`, `pan`, `abha_number`,
//! `abha_address`, `bank_account`, `ifsc`, `ip`, `pincode`.
//!
//! Every fake here goes through the keyed permutation of [`DomainKey::permute`], so distinct
//! well-formed originals always give distinct outputs, and the original's layout (prefixes,
//! spaces, dashes, length) is kept.

use super::capability::{Describe, Fit, Identity, Sample, NUMBERS, NUMERIC_DETECTORS};
use super::keyed::{DomainKey, Seed};
use super::{Compiled, Form};
use crate::dump::coltype::ColumnType;
use crate::dump::literal::ValueKind;
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
use crate::pii::formats::{verhoeff_digit, verhoeff_valid};
use crate::pii::words;
use crate::rules::spec::Ids;
use crate::rules::spec::OnUnparsed;
use crate::rules::spec::{IdSpec, OutOfRange};
use std::io::Write;

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    s: &Ids,
    v: &[u8],
    kind: ValueKind,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let number = Compiled::same_form(kind);
    let k = c.key();
    let form = match s {
        Ids::Id(spec) => return id(c, spec, v, kind, buf),
        // In an integer column a same-digit-count permutation clamped to the type's range
        // is the one-to-one fake that always fits.
        Ids::Pincode(_) | Ids::BankAccount(_) | Ids::Identifier(_) | Ids::Username(_)
            if matches!(c.ty, ColumnType::Int { .. }) =>
        {
            let spec = IdSpec {
                out_of_range: OutOfRange::Error,
                ..Default::default()
            };
            // Not a whole number in the type's range (negative, too long): the fallback.
            return id(c, &spec, v, kind, buf).or_else(|_| c.unreadable(v, kind, buf));
        }
        Ids::Pincode(p) => {
            if !pincode(k, v, p.keep_digits.unwrap_or(2), buf) {
                return c.unreadable(v, kind, buf);
            }
            number
        }
        Ids::Aadhaar(_) => {
            aadhaar(k, v, buf);
            number
        }
        Ids::Pan(_) => {
            pan(k, v, buf);
            Form::Quoted
        }
        Ids::Identifier(_) => {
            identifier(k, v, buf);
            number
        }
        Ids::Username(spec) => {
            if spec
                .keep_values
                .iter()
                .any(|kv| kv.as_bytes().eq_ignore_ascii_case(v.trim_ascii()))
            {
                return Ok(Form::Original);
            }
            if !username(k, v, buf) {
                return c.unreadable(v, kind, buf);
            }
            number
        }
        Ids::AbhaNumber(_) => {
            abha_number(k, v, buf);
            number
        }
        Ids::AbhaAddress(_) => {
            abha_address(k, v, buf);
            Form::Quoted
        }
        Ids::Digipin(_) => {
            if !digipin(k, v, buf) {
                return c.unreadable(v, kind, buf);
            }
            Form::Quoted
        }
        Ids::BankAccount(_) => {
            if !bank_account(k, v, buf) {
                return c.unreadable(v, kind, buf);
            }
            number
        }
        Ids::Ifsc(_) => {
            ifsc(k, v, buf);
            Form::Quoted
        }
        Ids::Ip(_) => {
            ip(k, v, buf);
            Form::Quoted
        }
    };
    Ok(c.fitted(form, buf))
}

/// DIGIPIN's 16 symbols, in the order of their values.
pub const DIGIPIN_SYMBOLS: &[u8; 16] = b"FC98J327K456LMPT";

/// A DIGIPIN (`XXX-XXX-XXXX`, or its ten symbols written any other way) to a keyed one, one
/// to one over all 16¹⁰ codes, with every separator where it was and the letter case of the
/// value;
/// false when `v` does not hold exactly ten DIGIPIN symbols.
pub fn digipin(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) -> bool {
    let value = |b: u8| {
        DIGIPIN_SYMBOLS
            .iter()
            .position(|s| *s == b.to_ascii_uppercase())
            .map(|p| p as u64)
    };
    let mut x = 0u64;
    let mut n = 0;
    for &b in v {
        if b.is_ascii_alphanumeric() {
            match value(b) {
                Some(d) if n < 10 => {
                    x = x << 4 | d;
                    n += 1;
                }
                _ => return false,
            }
        } else if !matches!(b, b'-' | b' ') {
            return false;
        }
    }
    if n != 10 {
        return false;
    }
    let mut y = k.permute_moving(x, 1 << 40, 0);
    let lower = v.iter().any(u8::is_ascii_lowercase) && !v.iter().any(u8::is_ascii_uppercase);
    let start = out.len();
    out.extend_from_slice(v);
    for b in out[start..].iter_mut().rev() {
        if b.is_ascii_alphanumeric() {
            let s = DIGIPIN_SYMBOLS[(y & 15) as usize];
            *b = if lower { s.to_ascii_lowercase() } else { s };
            y >>= 4;
        }
    }
    true
}

/// The keyed permutation of an integer ID within its digit count (or `min..=max`): one-to-one,
/// the same in BIGINT, INT and text columns. Values that are not whole numbers in range take
/// the rule's `out_of_range` policy.
fn id(
    c: &Compiled,
    spec: &IdSpec,
    v: &[u8],
    kind: ValueKind,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let text = v.trim_ascii();
    let digits_only = !text.is_empty() && text.len() <= 19 && text.iter().all(u8::is_ascii_digit);
    let out_of_range = |buf: &mut Vec<u8>| {
        match spec.out_of_range {
            OutOfRange::Error => Err(format!("a value of `{}` is outside the `id` range (negative, not a whole number, or too long); set `out_of_range: keep` or `null` to allow it", c.column)),
            OutOfRange::Keep => Ok(Form::Original),
            OutOfRange::Null => {
                buf.clear();
                Ok(Form::Null)
            }
        }
    };
    if !digits_only {
        return out_of_range(buf);
    }
    let x: u64 = std::str::from_utf8(text)
        .expect("ascii digits")
        .parse()
        .expect("at most 19 digits");
    let (lo, hi) = match (spec.min, spec.max) {
        (Some(a), Some(b)) => (a, b),
        _ if text.len() > 1 && text[0] == b'0' => (0, 10u64.pow(text.len() as u32) - 1),
        _ => {
            let d = text.len() as u32;
            let lo = if d == 1 { 0 } else { 10u64.pow(d - 1) };
            let hi = if d >= 19 {
                9_999_999_999_999_999_999
            } else {
                10u64.pow(d) - 1
            };
            (lo, hi)
        }
    };
    // The permutation is over the digit-count range whatever the column type, so a value
    // maps alike in BIGINT, INT and text columns; a result above the column's integer type
    // walks on along the permutation's cycle until it fits (a bijection on the fitting part).
    let cap = match &c.ty {
        ColumnType::Int { max, .. } if spec.max.is_none() => {
            hi.min((*max).clamp(0, u64::MAX as i128) as u64)
        }
        _ => hi,
    };
    if x < lo || x > cap {
        return out_of_range(buf);
    }
    let n = hi - lo + 1;
    let mut y = lo + c.key().permute_moving(x - lo, n, 0);
    while y > cap {
        y = lo + c.key().permute_moving(y - lo, n, 0);
    }
    if text[0] == b'0' && text.len() > 1 && spec.min.is_none() {
        write!(buf, "{:0width$}", y, width = text.len()).expect("writing to memory");
    } else {
        write!(buf, "{y}").expect("writing to memory");
    }
    Ok(if kind == ValueKind::Number {
        Form::Bare
    } else {
        Form::Quoted
    })
}

pub(super) const POW10: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// Positions of the ASCII digits of `v`.
pub(super) fn digit_positions(v: &[u8]) -> Vec<usize> {
    v.iter()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_digit())
        .map(|(i, _)| i)
        .collect()
}

/// The number written by the digits of `v` at `pos` (at most 19 of them).
pub(super) fn number_at(v: &[u8], pos: &[usize]) -> u64 {
    pos.iter().fold(0u64, |n, &i| n * 10 + (v[i] - b'0') as u64)
}

/// Write `v` to `out` with the digits at `pos` replaced by `n`, zero-padded to `pos.len()`.
pub(super) fn with_digits(v: &[u8], pos: &[usize], n: u64, out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(v);
    let mut n = n;
    for &i in pos.iter().rev() {
        out[start + i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// Replace every letter and digit with a keyed *different* one of the same class — ASCII
/// digits, lower and upper case letters, and letters and digits of other scripts within their
/// Unicode block — and keep everything else: the layout and the character count stay, and no
/// original letter or digit survives in its place. The fallback for values a strategy cannot
/// read.
pub fn mask(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    let mut s = k.seed(b"mask", v);
    let Ok(text) = std::str::from_utf8(v) else {
        // Not UTF-8: bytes at a time, high bytes replaced by other high bytes.
        for &b in v {
            out.push(match b {
                b'0'..=b'9' => b'0' + other_than(&mut s, 10, b - b'0') as u8,
                b'a'..=b'z' => b'a' + other_than(&mut s, 26, b - b'a') as u8,
                b'A'..=b'Z' => b'A' + other_than(&mut s, 26, b - b'A') as u8,
                0x80..=0xFF => 0x80 + other_than(&mut s, 128, b - 0x80) as u8,
                other => other,
            });
        }
        return;
    };
    let mut utf8 = [0u8; 4];
    for c in text.chars() {
        let m = match c {
            '0'..='9' => (b'0' + other_than(&mut s, 10, c as u8 - b'0') as u8) as char,
            'a'..='z' => (b'a' + other_than(&mut s, 26, c as u8 - b'a') as u8) as char,
            'A'..='Z' => (b'A' + other_than(&mut s, 26, c as u8 - b'A') as u8) as char,
            c if !c.is_ascii() && c.is_alphabetic() => {
                other_in_block(&mut s, c, char::is_alphabetic)
            }
            c if !c.is_ascii() && c.is_numeric() => other_in_block(&mut s, c, char::is_numeric),
            c => c,
        };
        out.extend_from_slice(m.encode_utf8(&mut utf8).as_bytes());
    }
}

/// A keyed number below `n` that is not `orig`.
fn other_than(s: &mut Seed, n: u64, orig: u8) -> u64 {
    let r = s.below(n - 1);
    if r >= u64::from(orig) {
        r + 1
    } else {
        r
    }
}

/// A keyed character of `c`'s 128-code-point block that is `like` it and is not `c` (a
/// Devanagari letter for a Devanagari letter); `x` when the block has no other.
fn other_in_block(s: &mut Seed, c: char, like: fn(char) -> bool) -> char {
    let base = u32::from(c) & !0x7F;
    let pick = |s: &mut Seed| char::from_u32(base + s.below(128) as u32);
    for _ in 0..32 {
        if let Some(m) = pick(s).filter(|m| *m != c && like(*m)) {
            return m;
        }
    }
    (base..base + 128)
        .filter_map(char::from_u32)
        .find(|m| *m != c && like(*m))
        .unwrap_or('x')
}

/// Login names: the letters and digits of the lower-cased name go through [`identifier`] and
/// each letter then takes the original's case, so `Ramesh.K` and `ramesh.k` (one account to a
/// case-insensitive MySQL collation) become the same name in the same two spellings. False
/// (nothing written) for a name with characters other than ASCII: those go to the rule's
/// fallback, never through unchanged.
pub fn username(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) -> bool {
    if !v.is_ascii() {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    let start = out.len();
    identifier(k, &lower, out);
    for (o, b) in out[start..].iter_mut().zip(v) {
        if b.is_ascii_uppercase() {
            o.make_ascii_uppercase();
        }
    }
    true
}

/// Identifiers of any layout (voter IDs, ration cards, identity document numbers): each digit
/// stays a digit and each letter a letter of the same case, other characters are kept, and the
/// whole is one-to-one. The letters and digits are read as mixed-radix numbers in chunks below
/// 10^18; each chunk is permuted under a tweak derived from the original characters before it,
/// so the map can be undone chunk by chunk (a bijection) while equal chunks do not map alike.
pub fn identifier(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    const LIMIT: u64 = 1_000_000_000_000_000_000;
    let radix = |b: u8| match b {
        b'0'..=b'9' => 10u64,
        b'a'..=b'z' | b'A'..=b'Z' => 26,
        _ => 1,
    };
    let start = out.len();
    out.extend_from_slice(v);
    let mut i = 0;
    while i < v.len() {
        // One chunk: positions i..j whose radix product stays below LIMIT.
        let (mut j, mut n, mut x) = (i, 1u64, 0u64);
        while j < v.len() && n.saturating_mul(radix(v[j])) <= LIMIT {
            let r = radix(v[j]);
            let d = match v[j] {
                b'0'..=b'9' => v[j] - b'0',
                b'a'..=b'z' => v[j] - b'a',
                b'A'..=b'Z' => v[j] - b'A',
                _ => 0,
            };
            x = x * r + d as u64;
            n *= r;
            j += 1;
        }
        if n > 1 {
            let tweak = k.seed(b"identifier", &v[..i]).below(n);
            let mut y = k.permute_moving(x, n, tweak);
            for p in (i..j).rev() {
                let r = radix(v[p]);
                if r == 1 {
                    continue;
                }
                let d = (y % r) as u8;
                y /= r;
                out[start + p] = match v[p] {
                    b'0'..=b'9' => b'0' + d,
                    b'a'..=b'z' => b'a' + d,
                    _ => b'A' + d,
                };
            }
        }
        i = j;
    }
}

/// Aadhaar: 12 digits, first 2–9, valid Verhoeff check digit, for any input; one-to-one on
/// well-formed numbers (first 11 digits permuted, check digit recomputed), layout kept. Other
/// inputs get a keyed valid number (collisions between them are caught on unique keys).
pub fn aadhaar(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    const SPAN: u64 = 80_000_000_000;
    let pos = digit_positions(v);
    let digits: Vec<u8> = pos.iter().map(|&i| v[i]).collect();
    // Only well-formed numbers use the permutation: a typo'd copy (wrong check digit) must not
    // land on the same fake as the real number.
    let base = if pos.len() == 12 && v[pos[0]] >= b'2' && verhoeff_valid(&digits) {
        20_000_000_000 + k.permute(number_at(v, &pos[..11]) - 20_000_000_000, SPAN)
    } else {
        20_000_000_000 + k.seed(b"aadhaar", v).below(SPAN)
    };
    // The eleven digits on the stack (`base` has eleven), then their check digit.
    let mut digits = [b'0'; 11];
    let mut rest = base;
    for d in digits.iter_mut().rev() {
        *d = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    let check = verhoeff_digit(&digits);
    let full = base * 10 + (check - b'0') as u64;
    if pos.len() == 12 {
        with_digits(v, &pos, full, out);
    } else {
        write!(out, "{full:012}").expect("writing to memory");
    }
}

/// PAN `AAAAA9999A`: one-to-one on well-formed PANs; the fourth letter (holder type) is kept.
pub fn pan(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    const N: u64 = 26u64.pow(4) * 10_000 * 26;
    let well_formed = v.len() == 10
        && v[..5].iter().all(u8::is_ascii_alphabetic)
        && v[5..9].iter().all(u8::is_ascii_digit)
        && v[9].is_ascii_alphabetic();
    let (x, kind) = if well_formed {
        let l = |i: usize| (v[i].to_ascii_uppercase() - b'A') as u64;
        let letters = ((l(0) * 26 + l(1)) * 26 + l(2)) * 26 + l(4);
        let digits = std::str::from_utf8(&v[5..9])
            .expect("ascii")
            .parse::<u64>()
            .expect("digits");
        (
            k.permute((letters * 10_000 + digits) * 26 + l(9), N),
            v[3].to_ascii_uppercase(),
        )
    } else {
        (k.seed(b"pan", v).below(N), b'P')
    };
    let last = (x % 26) as u8;
    let digits = (x / 26) % 10_000;
    let mut letters = x / 26 / 10_000;
    let mut l = [0u8; 4];
    for c in l.iter_mut().rev() {
        *c = b'A' + (letters % 26) as u8;
        letters /= 26;
    }
    out.extend_from_slice(&[l[0], l[1], l[2], kind, l[3]]);
    write!(out, "{digits:04}").expect("writing to memory");
    out.push(b'A' + last);
}

/// ABHA numbers: 14 digits permuted one-to-one; `xx-xxxx-xxxx-xxxx` when the original has dashes.
pub fn abha_number(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    let pos = digit_positions(v);
    if pos.len() == 14 {
        with_digits(v, &pos, k.permute(number_at(v, &pos), POW10[14]), out);
        return;
    }
    let d = format!("{:014}", k.seed(b"abha", v).below(POW10[14]));
    if v.contains(&b'-') {
        out.extend_from_slice(
            format!("{}-{}-{}-{}", &d[..2], &d[2..6], &d[6..10], &d[10..]).as_bytes(),
        );
    } else {
        out.extend_from_slice(d.as_bytes());
    }
}

const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

pub(super) fn tag(s: &mut Seed, len: usize, out: &mut Vec<u8>) {
    for _ in 0..len {
        out.push(BASE32[s.below(32) as usize]);
    }
}

/// ABHA addresses `name@suffix`: a keyed name and tag; the suffix (`@abdm`, `@sbx`) is kept.
pub fn abha_address(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    let mut s = k.seed(b"abha_address", v);
    let first = s
        .pick(
            words::MALE
                .iter()
                .chain(words::FEMALE)
                .copied()
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .to_ascii_lowercase();
    out.extend_from_slice(first.as_bytes());
    out.push(b'.');
    tag(&mut s, 8, out);
    match memchr::memrchr(b'@', v) {
        Some(i) => out.extend_from_slice(&v[i..]),
        None => out.extend_from_slice(b"@abdm"),
    }
}

/// Bank account numbers: digits permuted one-to-one within their length (the last 19 digits
/// of longer numbers); other characters kept. False for a value with fewer than six digits,
/// which is no account number (the caller applies the rule's fallback).
pub fn bank_account(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) -> bool {
    let pos = digit_positions(v);
    if pos.len() < 6 {
        return false;
    }
    let tail = &pos[pos.len().saturating_sub(19)..];
    with_digits(
        v,
        tail,
        k.permute_moving(number_at(v, tail), POW10[tail.len()], 0),
        out,
    );
    true
}

/// IFSC `AAAA0XXXXXX`: the bank code and the `0` are kept, the branch code is permuted.
pub fn ifsc(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    const ALNUM: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let idx = |b: u8| ALNUM.iter().position(|&c| c == b.to_ascii_uppercase());
    if v.len() != 11 || !v[..4].iter().all(u8::is_ascii_alphabetic) {
        return mask(k, v, out);
    }
    let Some(x) = v[5..]
        .iter()
        .try_fold(0u64, |n, &b| idx(b).map(|d| n * 36 + d as u64))
    else {
        return mask(k, v, out);
    };
    let mut y = k.permute(x, 36u64.pow(6));
    out.extend(v[..5].iter().map(u8::to_ascii_uppercase));
    let mut branch = [0u8; 6];
    for c in branch.iter_mut().rev() {
        *c = ALNUM[(y % 36) as usize];
        y /= 36;
    }
    out.extend_from_slice(&branch);
}

/// IPv4 addresses permuted one-to-one; anything else is masked.
pub fn ip(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    let parsed = std::str::from_utf8(v)
        .ok()
        .and_then(|s| s.parse::<std::net::Ipv4Addr>().ok());
    match parsed {
        Some(a) => {
            let y = k.permute(u32::from(a) as u64, 1 << 32) as u32;
            out.extend_from_slice(std::net::Ipv4Addr::from(y).to_string().as_bytes());
        }
        None => mask(k, v, out),
    }
}

/// PIN codes: the first `keep` digits stay, the rest are permuted one-to-one. False when the
/// value has no digit past the kept ones, or more than 19 (not a PIN code).
pub fn pincode(k: &DomainKey, v: &[u8], keep: usize, out: &mut Vec<u8>) -> bool {
    let pos = digit_positions(v);
    if pos.len() <= keep || pos.len() - keep > 19 {
        return false;
    }
    let rest = &pos[keep..];
    with_digits(
        v,
        rest,
        k.permute_moving(number_at(v, rest), POW10[rest.len()], 0),
        out,
    );
    true
}

impl Describe for Ids {
    fn category(&self) -> Option<&'static str> {
        Some(match self {
            Ids::Id(s) => match s.domain.as_deref() {
                Some("ben_reg_id") => "beneficiary registration ID",
                Some("beneficiary_id") => "beneficiary ID",
                Some("rch_id") | Some("emamta_id") => "health programme ID",
                _ => "identifier",
            },
            Ids::Username(_) => "user name",
            Ids::Pincode(_) => "address",
            Ids::Ip(_) | Ids::Digipin(_) => "location",
            Ids::Aadhaar(_) | Ids::Pan(_) | Ids::Identifier(_) => "government ID",
            Ids::AbhaNumber(_) | Ids::AbhaAddress(_) => "health ID (ABHA)",
            Ids::BankAccount(_) | Ids::Ifsc(_) => "bank account",
        })
    }

    fn one_to_one(&self) -> bool {
        !matches!(self, Ids::Pincode(_))
    }

    fn on_unparsed(&self) -> &OnUnparsed {
        match self {
            Ids::Pincode(s) => &s.on_unparsed,
            _ => &OnUnparsed::Mask,
        }
    }

    fn fingerprint_domain(&self) -> Option<&'static str> {
        match self {
            Ids::Aadhaar(_) => Some("aadhaar"),
            Ids::Pan(_) => Some("pan"),
            Ids::AbhaNumber(_) => Some("abha"),
            _ => None,
        }
    }

    fn exempt_detectors(&self) -> &'static [Detector] {
        use Detector::*;
        match self {
            Ids::Aadhaar(_) => &[Aadhaar, Mobile],
            Ids::Pan(_) => &[Pan],
            Ids::AbhaNumber(_) => &[Abha, Mobile, Aadhaar],
            // Generated ABHA addresses are told apart by their suffix, not by their column.
            Ids::AbhaAddress(_) => &[],
            // A DIGIPIN of digits only reads as a phone number.
            Ids::Digipin(_) => &[Mobile],
            Ids::Id(_)
            | Ids::Identifier(_)
            | Ids::Username(_)
            | Ids::BankAccount(_)
            | Ids::Ifsc(_)
            | Ids::Pincode(_)
            | Ids::Ip(_) => NUMERIC_DETECTORS,
        }
    }

    fn generated_kinds(&self) -> KindSet {
        use Kind::*;
        match self {
            Ids::Pincode(_) | Ids::Ifsc(_) => KindSet::EMPTY,
            Ids::Aadhaar(_) => KindSet::of(&[Aadhaar, Mobile, BankAccount]),
            Ids::Pan(_) => KindSet::of(&[Pan]),
            Ids::Identifier(_) => KindSet::of(&[VoterId, Pan, BankAccount, Digipin]),
            Ids::Username(_) => KindSet::of(&[Email, AbhaAddress]),
            Ids::AbhaNumber(_) | Ids::BankAccount(_) => NUMBERS,
            Ids::AbhaAddress(_) => KindSet::of(&[AbhaAddress, Email]),
            Ids::Digipin(_) => KindSet::of(&[Digipin, Mobile, Landline, BankAccount]),
            Ids::Ip(_) => KindSet::of(&[IpAddress]),
            Ids::Id(_) => NUMBERS.union(KindSet::of(&[Pan, VoterId])),
        }
    }

    fn identity(&self) -> Option<Identity> {
        match self {
            Ids::Aadhaar(_) | Ids::AbhaNumber(_) | Ids::BankAccount(_) => Some(Identity::Number),
            Ids::Username(_)
            | Ids::AbhaAddress(_)
            | Ids::Pan(_)
            | Ids::Digipin(_)
            | Ids::Identifier(_) => Some(Identity::Token),
            Ids::Id(_) if self.category() == Some("health programme ID") => Some(Identity::Number),
            _ => None,
        }
    }

    fn min_chars(&self) -> u64 {
        match self {
            Ids::Aadhaar(_) | Ids::AbhaAddress(_) => 12,
            Ids::Pan(_) | Ids::Ifsc(_) | Ids::Digipin(_) => 10,
            Ids::AbhaNumber(_) => 14,
            Ids::Ip(_) => 15,
            _ => 1,
        }
    }

    fn sample(&self) -> Sample<'_> {
        match self {
            Ids::Id(spec) => Sample::Id(spec.domain.as_deref()),
            Ids::Pincode(_) => Sample::Pincode,
            Ids::Aadhaar(_) => Sample::Aadhaar,
            Ids::Pan(_) => Sample::Pan,
            Ids::Identifier(_) | Ids::Username(_) => Sample::Identifier,
            Ids::AbhaNumber(_) => Sample::AbhaNumber,
            Ids::AbhaAddress(_) => Sample::AbhaAddress,
            Ids::BankAccount(_) => Sample::BankAccount,
            Ids::Ifsc(_) => Sample::Ifsc,
            Ids::Ip(_) => Sample::Ip,
            Ids::Digipin(_) => Sample::Plain,
        }
    }

    fn misfit(&self, fit: &Fit) -> Option<String> {
        match self {
            Ids::Id(spec) => match fit.ty {
                ColumnType::Int { max, .. } => match spec.max {
                    Some(m) if (m as i128) > *max => {
                        Some("the id range exceeds the column's integer range".into())
                    }
                    _ => None,
                },
                t if t.is_text() => None,
                _ => Some("`id` needs an integer or character column".into()),
            },
            Ids::Aadhaar(_) | Ids::AbhaNumber(_) => fit.digits(self.min_chars()),
            Ids::BankAccount(_) | Ids::Pincode(_) | Ids::Identifier(_) | Ids::Username(_) => {
                match fit.ty {
                    ColumnType::Int { .. } => None,
                    _ => fit.need_text(1),
                }
            }
            Ids::Pan(_) | Ids::Ifsc(_) | Ids::AbhaAddress(_) | Ids::Digipin(_) | Ids::Ip(_) => {
                fit.need_text(self.min_chars())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::testing::{k, run};
    use std::collections::HashSet;

    #[test]
    fn aadhaar_is_always_valid() {
        for v in [
            "234567890123",
            "2345 6789 0123",
            "12",
            "",
            "999999999999",
            "abc",
        ] {
            let out = run(aadhaar, v);
            let d: Vec<u8> = out.bytes().filter(u8::is_ascii_digit).collect();
            assert_eq!(d.len(), 12, "{v} -> {out}");
            assert!(d[0] >= b'2' && verhoeff_valid(&d), "{v} -> {out}");
        }
        assert_eq!(run(aadhaar, "2345 6789 0123").len(), 14);
    }

    #[test]
    fn digipin_is_a_valid_keyed_digipin_one_to_one_in_its_layout() {
        let k = k();
        let mut seen = HashSet::new();
        for i in 0..2_000u64 {
            let mut code: Vec<u8> = (0..10)
                .map(|j| DIGIPIN_SYMBOLS[((i * 7 + j * 3 + i / 16) % 16) as usize])
                .collect();
            code.insert(3, b'-');
            code.insert(7, b'-');
            let mut out = Vec::new();
            assert!(digipin(&k, &code, &mut out));
            assert!(
                crate::pii::shape::digipin(&out),
                "{}",
                String::from_utf8_lossy(&out)
            );
            assert_ne!(out, code);
            seen.insert((code, out));
        }
        let outs: HashSet<_> = seen.iter().map(|(_, o)| o.clone()).collect();
        assert_eq!(outs.len(), seen.len());
        let mut out = Vec::new();
        assert!(digipin(&k, b"4p3jk852c9", &mut out));
        assert!(out.iter().all(|b| !b.is_ascii_uppercase()) && out.len() == 10);
        assert!(!digipin(&k, b"4P3-JK8-52CA", &mut Vec::new()));
        assert!(!digipin(&k, b"4P3-JK8", &mut Vec::new()));
    }

    #[test]
    fn identifier_keeps_layout_and_is_one_to_one() {
        let k = k();
        let mut seen = HashSet::new();
        for a in 0..26u8 {
            for n in 0..400u32 {
                let v = format!(
                    "{}{}X/{n:03}",
                    (b'A' + a) as char,
                    (b'a' + (n % 26) as u8) as char
                );
                let mut out = Vec::new();
                identifier(&k, v.as_bytes(), &mut out);
                assert_eq!(out.len(), v.len());
                for (o, i) in out.iter().zip(v.as_bytes()) {
                    assert_eq!(o.is_ascii_digit(), i.is_ascii_digit());
                    assert_eq!(o.is_ascii_uppercase(), i.is_ascii_uppercase());
                    assert_eq!(o.is_ascii_lowercase(), i.is_ascii_lowercase());
                    if !i.is_ascii_alphanumeric() {
                        assert_eq!(o, i);
                    }
                }
                assert!(seen.insert(out), "collision on {v}");
            }
        }
        // Longer than one chunk (30 digits): still a digit string of the same length.
        let long = b"123456789012345678901234567890";
        let mut out = Vec::new();
        identifier(&k, long, &mut out);
        assert!(out.len() == 30 && out.iter().all(u8::is_ascii_digit) && out != long);
    }

    #[test]
    fn usernames_map_alike_in_any_case_and_keep_their_layout() {
        let k = k();
        let map = |v: &str| {
            let mut out = Vec::new();
            assert!(username(&k, v.as_bytes(), &mut out));
            String::from_utf8(out).unwrap()
        };
        let a = map("ramesh.k01");
        assert_eq!(a.len(), 10);
        assert_ne!(a, "ramesh.k01");
        assert_eq!(&a[6..7], ".");
        assert!(a[8..].bytes().all(|b| b.is_ascii_digit()));
        // One account to a case-insensitive collation: the same name, the original's case.
        let b = map("Ramesh.K01");
        assert_eq!(b.to_ascii_lowercase(), a);
        assert!(b.as_bytes()[0].is_ascii_uppercase() && b.as_bytes()[7].is_ascii_uppercase());
        // Not ASCII: nothing written, the rule's fallback decides.
        assert!(!username(&k, "रमेश".as_bytes(), &mut Vec::new()));
    }

    #[test]
    fn pan_ifsc_abha_account_ip_formats() {
        let p = run(pan, "ABCPE1234F");
        assert!(
            p.len() == 10 && p.as_bytes()[3] == b'P' && p[5..9].bytes().all(|b| b.is_ascii_digit()),
            "{p}"
        );
        let i = run(ifsc, "SBIN0001234");
        assert!(
            i.starts_with("SBIN0") && i.len() == 11 && i != "SBIN0001234",
            "{i}"
        );
        let a = run(abha_number, "12-3456-7890-1234");
        assert!(a.len() == 17 && a.as_bytes()[2] == b'-', "{a}");
        let b = run(
            |k, v, o| {
                bank_account(k, v, o);
            },
            "000123456789",
        );
        assert_eq!(b.len(), 12);
        let ipv = run(ip, "10.1.2.3");
        assert!(ipv.parse::<std::net::Ipv4Addr>().is_ok());
        assert!(run(abha_address, "ravi.k@abdm").ends_with("@abdm"));
        assert_eq!(
            &run(
                |k, v, o| {
                    pincode(k, v, 2, o);
                },
                "110001"
            )[..2],
            "11"
        );
        assert!(run(
            |k, v, o| super::super::people::email(k, v, "example.org", o),
            "A@b.in"
        )
        .ends_with("@example.org"));
    }
}
