//! The people family: names (`first_name` … `spouse_name`, following the row's gender), mobile
//! numbers (`phone`), emails in reserved domains (`email`), address lines (`address`),
//! villages, districts and states (`village`, `district`, `state`), and coordinates with keyed
//! noise (`gps`). Names and places come from the embedded word lists and never map to
//! themselves; phones are permuted one-to-one and stay mobile numbers.

use super::basic::{decimals, parse_number};
use super::capability::{ColumnRefs, Describe, Fit, Identity, Sample, NUMERIC_DETECTORS};
use super::ids::{digit_positions, number_at, tag, with_digits, POW10};
use super::keyed::{DomainKey, Seed};
use super::{Compiled, Form, Row};
use crate::dump::coltype::ColumnType;
use crate::dump::literal::ValueKind;
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
use crate::pii::words;
use crate::rules::spec::OnUnparsed;
use crate::rules::spec::People;
use crate::rules::spec::{NameKind, PlaceKind};
use std::io::Write;

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    s: &People,
    v: &[u8],
    kind: ValueKind,
    row: &Row,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let k = c.key();
    let form = match s {
        People::Name(kind_, _) => {
            let male = c
                .refs
                .gender
                .and_then(|g| row.original(g))
                .and_then(|g| gender_of(&g));
            name(k, *kind_, v, male, buf);
            Form::Quoted
        }
        People::Phone(_) => {
            if !phone_field(k, v, buf) {
                return c.unreadable(v, kind, buf);
            }
            Compiled::same_form(kind)
        }
        People::Email(e) => {
            email(
                k,
                v,
                e.reserved_domain.as_deref().unwrap_or("example.org"),
                buf,
            );
            Form::Quoted
        }
        People::Address(_) => {
            address(k, v, buf);
            Form::Quoted
        }
        People::Place(p, _) => {
            place(k, *p, v, buf);
            Form::Quoted
        }
        People::Gps(g) => {
            let meters = g.noise_meters.unwrap_or(1000.0);
            let noisy = |part: &[u8], label: &[u8], x: f64| {
                let u = k.seed(label, v).below(2_000_001) as f64 / 1_000_000.0 - 1.0;
                let places = decimals(part).max(4);
                let moved = moved_coordinate(x, u * meters / 111_320.0, places);
                format!("{moved:.places$}")
            };
            if let Some(x) = parse_number(v) {
                buf.extend_from_slice(noisy(v, b"gps", x).as_bytes());
                return Ok(c.fitted(Compiled::same_form(kind), buf));
            }
            // `lat,long` text (AMRIT's *Coordinate columns): each number gets its own noise;
            // the separator is kept.
            let comma = v.iter().position(|b| *b == b',');
            let pair = comma.and_then(|i| {
                let (a, b) = (&v[..i], &v[i + 1..]);
                let lead = b.iter().take_while(|x| **x == b' ').count();
                Some((i, lead, parse_number(a)?, parse_number(&b[lead..])?))
            });
            let Some((i, lead, lat, lon)) = pair else {
                return c.unreadable(v, kind, buf);
            };
            buf.extend_from_slice(noisy(&v[..i], b"gps-lat", lat).as_bytes());
            buf.extend_from_slice(&v[i..i + 1 + lead]);
            buf.extend_from_slice(noisy(&v[i + 1 + lead..], b"gps-lon", lon).as_bytes());
            Compiled::same_form(kind)
        }
    };
    Ok(c.fitted(form, buf))
}

/// `x` moved by `offset` degrees, as written with `places` decimals: when the offset rounds
/// away (a small draw on a value written with few places), one unit of the last place in the
/// offset's direction instead, so the written coordinate is never the original.
fn moved_coordinate(x: f64, offset: f64, places: usize) -> f64 {
    let unit = 10f64.powi(-(places as i32));
    let round = |y: f64| (y / unit).round();
    if round(x + offset) != round(x) {
        x + offset
    } else if offset < 0.0 {
        x - unit
    } else {
        x + unit
    }
}

/// One Indian phone number: the last 10 digits are permuted one-to-one, a 6–9 mobile number
/// stays a 6–9 mobile number; `+91`, `0`, spaces and dashes are kept. With fewer than 10
/// digits, all of them are permuted within their count.
pub fn phone(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    // Digit positions on the stack: a phone number has a handful (no allocation per value).
    let mut stack = [0usize; 32];
    let mut n = 0;
    for (i, b) in v.iter().enumerate() {
        if b.is_ascii_digit() {
            if n == stack.len() {
                // Not one phone number: every digit run permuted as the general case does.
                let pos = digit_positions(v);
                let tail = &pos[pos.len() - 19..];
                return with_digits(
                    v,
                    tail,
                    k.permute_moving(number_at(v, tail), POW10[19], 0),
                    out,
                );
            }
            stack[n] = i;
            n += 1;
        }
    }
    let pos = &stack[..n];
    if pos.len() >= 10 {
        let last = &pos[pos.len() - 10..];
        let x = number_at(v, last);
        let y = if x >= 6_000_000_000 {
            6_000_000_000 + k.permute(x - 6_000_000_000, 4_000_000_000)
        } else {
            k.permute(x, 6_000_000_000)
        };
        with_digits(v, last, y, out);
    } else if !pos.is_empty() {
        let d = pos.len();
        with_digits(
            v,
            pos,
            k.permute_moving(number_at(v, pos), POW10[d], 0),
            out,
        );
    } else {
        out.extend_from_slice(v);
    }
}

/// Characters that may stand inside one written phone number (`+91 98765-43210`, `(080) 2345`).
fn inside_number(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'(' | b')')
}

/// Words a phone field may hold besides numbers; any other word is masked.
const PHONE_LABELS: &[&str] = &[
    "alt",
    "alternate",
    "alternative",
    "and",
    "anm",
    "asha",
    "aww",
    "cell",
    "contact",
    "daughter",
    "emergency",
    "ext",
    "extn",
    "father",
    "fax",
    "guardian",
    "home",
    "husband",
    "landline",
    "mo",
    "mob",
    "mobile",
    "mother",
    "neighbor",
    "neighbour",
    "no",
    "num",
    "number",
    "off",
    "office",
    "or",
    "other",
    "own",
    "personal",
    "ph",
    "phone",
    "primary",
    "relative",
    "res",
    "resi",
    "residence",
    "secondary",
    "self",
    "son",
    "std",
    "tel",
    "telephone",
    "wa",
    "whatsapp",
    "wife",
    "work",
];

/// Every phone number of a phone field rewritten (`A/B`, `A, B`, `Home: A Office: B`, two
/// numbers run together), label words kept, any other word masked. False when the field holds
/// no digit at all (the caller applies the rule's fallback).
pub fn phone_field(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) -> bool {
    // The common case first: one written number and nothing else (what `numbers` would do).
    let mut digits = 0;
    let mut plain = true;
    for &b in v {
        if b.is_ascii_digit() {
            digits += 1;
        } else if !(inside_number(b) || b == b'+') {
            plain = false;
            break;
        }
    }
    if plain && (1..=13).contains(&digits) {
        phone(k, v, out);
        return true;
    }
    if !v.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let mut i = 0;
    while i < v.len() {
        let b = v[i];
        let digit_at = |j: usize| v.get(j).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || (matches!(b, b'+' | b'(') && digit_at(i + 1)) {
            let end = number_end(v, i);
            numbers(k, &v[i..end], out);
            i = end;
        } else if b.is_ascii_alphabetic() || b >= 0x80 {
            let end = v[i..]
                .iter()
                .position(|c| !(c.is_ascii_alphabetic() || *c >= 0x80))
                .map_or(v.len(), |n| i + n);
            let word = &v[i..end];
            let label = std::str::from_utf8(word)
                .is_ok_and(|w| PHONE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(w)));
            if label {
                out.extend_from_slice(word);
            } else {
                super::ids::mask(k, word, out);
            }
            i = end;
        } else {
            out.push(b);
            i += 1;
        }
    }
    true
}

/// Where the written number starting at `i` ends: after its last digit, crossing at most three
/// separator characters (`inside_number`) at a time.
fn number_end(v: &[u8], i: usize) -> usize {
    let (mut j, mut end) = (i, i);
    if matches!(v[j], b'+' | b'(') {
        j += 1;
    }
    while j < v.len() {
        if v[j].is_ascii_digit() {
            j += 1;
            end = j;
            continue;
        }
        let seps = v[j..].iter().take_while(|b| inside_number(**b)).count();
        if seps == 0 || seps > 3 || !v.get(j + seps).is_some_and(u8::is_ascii_digit) {
            break;
        }
        j += seps;
    }
    end
}

/// Rewrite a run of digits and separators that holds one or more numbers: one number when it
/// has at most 13 digits (`+91` or `0` and ten digits), else its separator-split pieces grouped
/// into numbers of at least ten digits, each rewritten as one.
fn numbers(k: &DomainKey, span: &[u8], out: &mut Vec<u8>) {
    let digits = span.iter().filter(|b| b.is_ascii_digit()).count();
    if digits <= 13 {
        return phone(k, span, out);
    }
    // Pieces: (start, end, digits) of each run of non-separators.
    let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
    let mut j = 0;
    while j < span.len() {
        if inside_number(span[j]) {
            j += 1;
            continue;
        }
        let start = j;
        while j < span.len() && !inside_number(span[j]) {
            j += 1;
        }
        let d = span[start..j].iter().filter(|b| b.is_ascii_digit()).count();
        pieces.push((start, j, d));
    }
    // Groups of pieces with at least ten digits each; a short tail joins the last group when
    // that keeps it a single number (at most 13 digits).
    let mut groups: Vec<(usize, usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize, usize)> = None;
    for (s, e, d) in pieces {
        let g = match open {
            Some((gs, _, gd)) => (gs, e, gd + d),
            None => (s, e, d),
        };
        if g.2 >= 10 {
            groups.push(g);
            open = None;
        } else {
            open = Some(g);
        }
    }
    if let Some(tail) = open {
        match groups.last_mut() {
            Some(last) if last.2 + tail.2 <= 13 => *last = (last.0, tail.1, last.2 + tail.2),
            _ => groups.push(tail),
        }
    }
    let mut at = 0;
    for (s, e, _) in groups {
        out.extend_from_slice(&span[at..s]);
        // A piece of more than 13 digits jammed together: ten digits at a time from the end.
        let piece = &span[s..e];
        let pos = digit_positions(piece);
        if pos.len() <= 13 {
            phone(k, piece, out);
        } else {
            let base = out.len();
            out.extend_from_slice(piece);
            let mut chunks: Vec<&[usize]> = pos.rchunks(10).collect();
            chunks.reverse();
            for chunk in chunks {
                let mut one = Vec::new();
                let digits: Vec<u8> = chunk.iter().map(|&p| piece[p]).collect();
                phone(k, &digits, &mut one);
                for (n, &p) in chunk.iter().enumerate() {
                    out[base + p] = one[n];
                }
            }
        }
        at = e;
    }
    out.extend_from_slice(&span[at..]);
}

/// An address `user.<tag>@domain` in a reserved mail domain; 50 keyed bits in the tag.
pub fn email(k: &DomainKey, v: &[u8], domain: &str, out: &mut Vec<u8>) {
    let mut s = k.seed(b"email", &v.to_ascii_lowercase());
    out.extend_from_slice(b"user.");
    tag(&mut s, 10, out);
    out.push(b'@');
    out.extend_from_slice(domain.as_bytes());
}

/// Gender read from a gender column's value: `Some(true)` male, `Some(false)` female.
pub fn gender_of(v: &[u8]) -> Option<bool> {
    let v = v.trim_ascii();
    if v.eq_ignore_ascii_case(b"m") || v.eq_ignore_ascii_case(b"male") || v == b"1" {
        Some(true)
    } else if v.eq_ignore_ascii_case(b"f") || v.eq_ignore_ascii_case(b"female") || v == b"2" {
        Some(false)
    } else {
        None
    }
}

fn given(s: &mut Seed, male: Option<bool>) -> &'static str {
    match male {
        Some(true) => s.pick(words::MALE),
        Some(false) => s.pick(words::FEMALE),
        None if s.below(2) == 0 => s.pick(words::MALE),
        None => s.pick(words::FEMALE),
    }
}

/// Indian names of `kind` for the original `v`, with the row's gender when known.
pub fn name(k: &DomainKey, kind: NameKind, v: &[u8], male: Option<bool>, out: &mut Vec<u8>) {
    let purpose: &[u8] = match kind {
        NameKind::First => b"first",
        NameKind::Last => b"last",
        _ => b"full",
    };
    let mut s = k.seed(purpose, &v.to_ascii_lowercase());
    let g = match kind {
        NameKind::Father => Some(true),
        NameKind::Mother => Some(false),
        NameKind::Spouse => male.map(|m| !m),
        _ => male,
    };
    let start = out.len();
    // A name never maps to itself: draw again (from the same seed stream) when it would.
    for _ in 0..8 {
        out.truncate(start);
        match kind {
            NameKind::First => out.extend_from_slice(given(&mut s, g).as_bytes()),
            NameKind::Last => out.extend_from_slice(s.pick(words::SURNAME).as_bytes()),
            _ => {
                out.extend_from_slice(given(&mut s, g).as_bytes());
                out.push(b' ');
                out.extend_from_slice(s.pick(words::SURNAME).as_bytes());
            }
        }
        if !out[start..].eq_ignore_ascii_case(v.trim_ascii()) {
            break;
        }
    }
}

/// An address line: house number and locality.
pub fn address(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    let mut s = k.seed(b"address", v);
    let n = 1 + s.below(499);
    let loc = s.pick(words::LOCALITY);
    write!(out, "House No. {n}, {loc}").expect("writing to memory");
}

/// A village, district or state name.
pub fn place(k: &DomainKey, kind: PlaceKind, v: &[u8], out: &mut Vec<u8>) {
    let list = match kind {
        PlaceKind::Village => words::VILLAGE,
        PlaceKind::District => words::DISTRICT,
        PlaceKind::State => words::STATE,
    };
    let mut s = k.seed(b"place", v);
    let mut pick = s.pick(list);
    // A place never maps to itself.
    while pick.as_bytes().eq_ignore_ascii_case(v.trim_ascii()) {
        pick = s.pick(list);
    }
    out.extend_from_slice(pick.as_bytes());
}

impl Describe for People {
    fn category(&self) -> Option<&'static str> {
        Some(match self {
            People::Name(..) => "name",
            People::Phone(_) => "phone",
            People::Email(_) => "email",
            People::Address(_) | People::Place(..) => "address",
            People::Gps(_) => "location",
        })
    }

    fn one_to_one(&self) -> bool {
        matches!(self, People::Phone(_) | People::Email(_))
    }

    fn on_unparsed(&self) -> &OnUnparsed {
        match self {
            People::Phone(s) => &s.on_unparsed,
            People::Gps(s) => &s.on_unparsed,
            _ => &OnUnparsed::Mask,
        }
    }

    fn fingerprint_domain(&self) -> Option<&'static str> {
        match self {
            People::Phone(_) => Some("phone"),
            People::Email(_) => Some("email"),
            People::Name(..) => Some("name"),
            _ => None,
        }
    }

    fn exempt_detectors(&self) -> &'static [Detector] {
        match self {
            People::Phone(_) => &[Detector::Mobile],
            // Generated emails are told apart by their reserved domain, not by their column.
            People::Email(_) => &[],
            People::Gps(_) => NUMERIC_DETECTORS,
            People::Name(..) | People::Address(_) | People::Place(..) => &[],
        }
    }

    fn generated_kinds(&self) -> KindSet {
        use Kind::*;
        match self {
            People::Name(..) => KindSet::of(&[PersonName]),
            People::Phone(_) => KindSet::of(&[Mobile, Landline, BankAccount]),
            People::Email(_) => KindSet::EMPTY,
            People::Address(_) => KindSet::of(&[Address, PersonName, FreeText]),
            People::Place(..) => KindSet::of(&[PersonName, Address]),
            People::Gps(_) => KindSet::of(&[Gps]),
        }
    }

    fn identity(&self) -> Option<Identity> {
        match self {
            People::Name(..) => Some(Identity::Name),
            People::Phone(_) => Some(Identity::Number),
            People::Email(_) => Some(Identity::Token),
            _ => None,
        }
    }

    fn min_chars(&self) -> u64 {
        match self {
            People::Phone(_) => 10,
            People::Email(_) => 24,
            _ => 1,
        }
    }

    fn sample(&self) -> Sample<'_> {
        match self {
            People::Name(kind, _) => Sample::Name(*kind),
            People::Phone(_) => Sample::Phone,
            People::Email(_) => Sample::Email,
            People::Address(_) => Sample::Address,
            People::Place(kind, _) => Sample::Place(*kind),
            People::Gps(_) => Sample::Coordinate,
        }
    }

    fn misfit(&self, fit: &Fit) -> Option<String> {
        match self {
            People::Phone(_) => fit.digits(self.min_chars()),
            People::Gps(_) => (!matches!(fit.ty, ColumnType::Decimal { .. } | ColumnType::Float)
                && !fit.text_ok())
            .then(|| "`gps` needs a DECIMAL, FLOAT or character column".into()),
            People::Name(..) | People::Address(_) | People::Place(..) => fit.need_text(2),
            People::Email(_) => fit.need_text(self.min_chars()),
        }
    }

    fn column_refs(&self) -> ColumnRefs<'_> {
        match self {
            People::Name(_, n) => ColumnRefs {
                gender: n.gender_column.as_deref(),
                ..ColumnRefs::default()
            },
            _ => ColumnRefs::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::testing::{k, run};
    use std::collections::HashSet;

    #[test]
    fn phones_keep_their_format_and_stay_mobile() {
        for v in [
            "9876543210",
            "+91 98765 43210",
            "09876-543210",
            "+91-9876543210",
        ] {
            let out = run(phone, v);
            assert_eq!(out.len(), v.len());
            assert_ne!(out, v);
            let digits: String = out.chars().filter(char::is_ascii_digit).collect();
            assert!(
                matches!(digits.as_bytes()[digits.len() - 10], b'6'..=b'9'),
                "{v} -> {out}"
            );
            assert_eq!(
                out.chars()
                    .filter(|c| !c.is_ascii_digit())
                    .collect::<String>(),
                v.chars()
                    .filter(|c| !c.is_ascii_digit())
                    .collect::<String>()
            );
        }
        assert!(run(phone, "+91 98765 43210").starts_with("+91 "));
    }

    #[test]
    fn coordinates_are_never_written_back_as_they_were() {
        // A server writes a DOUBLE in its shortest form (`20.7553`): with four places, one draw
        // in two hundred rounded back to the original before.
        let c = crate::strategy::test_compiled("gps", "gpsLatitude", "double");
        let row = crate::strategy::Row {
            stmt: b"",
            spans: &[],
            position: &[],
            names: None,
        };
        let mut buf = Vec::new();
        for i in 0..20_000u32 {
            let v = format!("{:.4}", 20.0 + f64::from(i) * 0.0137);
            buf.clear();
            c.generate(Some(v.as_bytes()), ValueKind::Number, &row, &mut buf)
                .unwrap();
            let out: f64 = std::str::from_utf8(&buf).unwrap().parse().unwrap();
            let orig: f64 = v.parse().unwrap();
            assert!((out - orig).abs() >= 0.00005, "{v} written back as {out}");
            assert!((out - orig).abs() <= 0.0091, "{v} moved too far: {out}");
        }
        // The pair form of AMRIT's *Coordinate columns too.
        let c = crate::strategy::test_compiled("gps", "coordinate", "varchar(40)");
        for i in 0..5_000u32 {
            let v = format!("{:.4},{:.4}", 20.0 + f64::from(i) * 0.0137, 88.9219);
            buf.clear();
            c.generate(Some(v.as_bytes()), ValueKind::Str, &row, &mut buf)
                .unwrap();
            let out = String::from_utf8(buf.clone()).unwrap();
            let (a, b) = out.split_once(',').unwrap();
            let (x, y) = v.split_once(',').unwrap();
            assert_ne!(
                a.parse::<f64>().unwrap(),
                x.parse::<f64>().unwrap(),
                "{v} -> {out}"
            );
            assert_ne!(
                b.parse::<f64>().unwrap(),
                y.parse::<f64>().unwrap(),
                "{v} -> {out}"
            );
        }
        let moved = |offset| format!("{:.4}", moved_coordinate(20.7553, offset, 4));
        assert_eq!(moved(0.00001), "20.7554");
        assert_eq!(moved(-0.00001), "20.7552");
        assert_eq!(moved(0.001), "20.7563");
    }

    #[test]
    fn phones_are_one_to_one() {
        let outs: HashSet<String> = (0..20_000u64)
            .map(|i| run(phone, &format!("98{:08}", i)))
            .collect();
        assert_eq!(outs.len(), 20_000);
    }

    #[test]
    fn names_and_places_never_map_to_themselves() {
        let k = k();
        for n in words::MALE.iter().chain(words::FEMALE) {
            let mut out = Vec::new();
            name(&k, NameKind::First, n.as_bytes(), None, &mut out);
            assert_ne!(out, n.as_bytes());
        }
        for v in words::VILLAGE {
            let mut out = Vec::new();
            place(&k, PlaceKind::Village, v.as_bytes(), &mut out);
            assert_ne!(out, v.as_bytes());
        }
    }

    #[test]
    fn names_follow_gender() {
        let mut o = Vec::new();
        name(&k(), NameKind::First, b"Sita", Some(false), &mut o);
        assert!(words::FEMALE.contains(&std::str::from_utf8(&o).unwrap()));
        o.clear();
        name(&k(), NameKind::Father, b"x", None, &mut o);
        let first = std::str::from_utf8(&o)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .to_string();
        assert!(words::MALE.contains(&first.as_str()));
    }
}
