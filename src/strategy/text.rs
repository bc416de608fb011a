//! The free-text family: `scrub` (the personal data inside a note replaced, everything else
//! kept) and `lorem` (keyed synthetic words of about the same length).

use super::capability::{ColumnRefs, Describe, Fit, Sample, TEXT};
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
use crate::pii::patterns::PerThread;
use crate::rules::spec::Text;
use std::borrow::Cow;
use std::sync::Arc;

use regex::bytes::Regex;

use super::keyed::DomainKey;
use super::{ids, people, Compiled, Form, Row};
use crate::dump::literal::ValueKind;
use crate::pii::column::NameWords;
use crate::pii::cues::name_cue_regex;
use crate::pii::formats;
use crate::pii::lexicon;
use crate::pii::words;
use crate::rules::spec::NameKind;

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    s: &Text,
    v: &[u8],
    row: &Row,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    match s {
        Text::Scrub(_) => scrub(c, v, row, buf),
        Text::Lorem(_) => lorem(c.key(), v, buf),
        // A document is never cut to fit: `json` fits it itself.
        Text::Json(_) => return super::json::generate(c, v, row, buf),
        Text::Path(_) => return super::path::generate(c, v, buf),
    }
    Ok(c.fitted(Form::Quoted, buf))
}

/// The patterns `scrub` replaces, in the order of its fakes (mobile, email, Aadhaar, PAN, ABHA).
fn regexes() -> &'static [Regex; 5] {
    static R: PerThread<[Regex; 5]> = PerThread::new(|| {
        [
            Regex::new(formats::MOBILE_PATTERN).expect("phone regex"),
            Regex::new(formats::EMAIL_PATTERN).expect("email regex"),
            Regex::new(formats::AADHAAR_SHAPE).expect("aadhaar regex"),
            Regex::new(formats::PAN_SHAPE).expect("pan regex"),
            Regex::new(formats::ABHA_PATTERN).expect("abha regex"),
        ]
    });
    R.get()
}

fn digipin_regex() -> &'static Regex {
    static R: PerThread<Regex> =
        PerThread::new(|| Regex::new(formats::DIGIPIN_PATTERN).expect("digipin regex"));
    R.get()
}

/// Units after which a number is a measurement or a dose, not an identifier.
const UNITS: &[&str] = &[
    "mg", "mcg", "g", "kg", "gm", "gms", "ml", "l", "dl", "cm", "mm", "m", "km", "iu", "u",
    "units", "bpm", "mmhg", "c", "f", "%", "rs", "inr", "cells", "mm3", "ul", "tabs", "tab",
];

/// Tokens shaped like an identifier that no pattern of `scrub` classified: mixed codes of 8+
/// letters and digits (two of each at least), and runs of 6+ digits that are not a date
/// (`20240612`, `12062024`), a time, part of a decimal (`37.512345`) or a measurement
/// (`500000 IU`).
fn identity_tokens(v: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, i) in crate::pii::shape::alphanumeric_runs(v) {
        let t = &v[a..i];
        let digits = t.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = t.len() - digits;
        let code = t.len() >= 8 && digits >= 2 && letters >= 2;
        let number = letters == 0 && digits >= 6;
        if !(code || number) {
            continue;
        }
        if number {
            let decimal = (a > 1 && v[a - 1] == b'.' && v[a - 2].is_ascii_digit())
                || (i + 1 < v.len() && v[i] == b'.' && v[i + 1].is_ascii_digit());
            let time = (a > 0 && v[a - 1] == b':') || (i < v.len() && v[i] == b':');
            let unit = {
                let rest = &v[i..];
                let rest = rest.strip_prefix(b" ").unwrap_or(rest);
                let n = rest
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic() || **c == b'%')
                    .count();
                n > 0
                    && UNITS
                        .iter()
                        .any(|u| rest[..n].eq_ignore_ascii_case(u.as_bytes()))
            };
            if decimal || time || unit || crate::pii::shape::date_digits(t) {
                continue;
            }
        }
        out.push((a, i));
    }
    out
}

/// Which of [`regexes`] (then the DIGIPIN pattern, sixth) can match `v`, from one pass over
/// its bytes: a mobile needs ten digits, an Aadhaar twelve, an ABHA number fourteen and three
/// dashes, a PAN five capitals and four digits, an email an `@`, a DIGIPIN two dashes. Every
/// byte above ASCII counts as a digit (the patterns' `\d` also reads other scripts' digits),
/// so a note in another script is always searched.
fn possible_patterns(v: &[u8]) -> [bool; 6] {
    let (mut digits, mut capitals, mut dashes, mut at) = (0usize, 0usize, 0usize, false);
    for &b in v {
        digits += usize::from(b.is_ascii_digit() || b >= 0x80);
        capitals += usize::from(b.is_ascii_uppercase());
        dashes += usize::from(b == b'-');
        at |= b == b'@';
    }
    [
        digits >= 10,
        at,
        digits >= 12,
        capitals >= 5 && digits >= 4,
        digits >= 14 && dashes >= 3,
        dashes >= 2,
    ]
}

/// Keyed synthetic words, about as many characters as the original.
pub fn lorem(k: &DomainKey, v: &[u8], out: &mut Vec<u8>) {
    let target = String::from_utf8_lossy(v).chars().count().max(1);
    let mut s = k.seed(b"lorem", v);
    let start = out.len();
    while out.len() - start < target {
        if out.len() > start {
            out.push(b' ');
        }
        out.extend_from_slice(s.pick(words::LOREM).as_bytes());
    }
    out.truncate(start + target);
}

/// Replace the personal data in free text `v`: the row's own names and phones by their new
/// values, then every mobile, email, Aadhaar, PAN and ABHA shape, then names after a cue word.
fn scrub(c: &Compiled, v: &[u8], row: &Row, buf: &mut Vec<u8>) {
    // A note with the digits of an Indian script is read, and written, with ASCII digits:
    // the patterns and fakes below work on those.
    let ascii = formats::with_ascii_digits(v);
    let v = &*ascii;
    let keys = &c.extra_keys;
    // The row's own names and phones first, longest first, so full names go before parts.
    // A new value is generated only for an original that occurs in the text.
    let mut own: Vec<OwnValue<'_>> = Vec::new();
    for (col, compiled) in c.refs.names.iter().chain(&c.refs.phones) {
        let Some(orig) = row.original(*col) else {
            continue;
        };
        if orig.trim_ascii().len() < 3 {
            continue;
        }
        own.push((orig, compiled.as_ref()));
    }
    own.sort_by_key(|(o, _)| std::cmp::Reverse(o.trim_ascii().len()));
    // Every replacement is found in the original text and applied in one pass, so a new
    // value is never matched again by a pattern (the note keeps the row's new phone).
    let mut edits: Vec<(usize, usize, Vec<u8>)> = Vec::new();
    let free = |edits: &[(usize, usize, Vec<u8>)], a: usize, b: usize| {
        edits.iter().all(|&(s, e, _)| b <= s || a >= e)
    };
    let mut tmp = Vec::new();
    for (full, compiled) in &own {
        let orig = full.trim_ascii();
        let hits: Vec<usize> = find_ci(v, orig)
            .into_iter()
            .filter(|&a| free(&edits, a, a + orig.len()))
            .collect();
        if hits.is_empty() {
            continue;
        }
        let new = match compiled {
            Some(col) => {
                tmp.clear();
                let form = col
                    .generate(Some(full), ValueKind::Str, row, &mut tmp)
                    .unwrap_or(Form::Original);
                if matches!(form, Form::Original | Form::Null) {
                    b"[REDACTED]".to_vec()
                } else {
                    tmp.clone()
                }
            }
            None => b"[REDACTED]".to_vec(),
        };
        for a in hits {
            edits.push((a, a + orig.len(), new.clone()));
        }
    }
    let fakes: [FakeFn; 5] = [
        people::phone,
        |k, v, o| people::email(k, v, "example.org", o),
        ids::aadhaar,
        ids::pan,
        ids::abha_number,
    ];
    let possible = possible_patterns(v);
    for (i, re) in regexes().iter().enumerate() {
        if !possible[i] {
            continue;
        }
        for m in re.find_iter(v) {
            if free(&edits, m.start(), m.end()) {
                let mut new = Vec::new();
                fakes[i](&keys[i], m.as_bytes(), &mut new);
                edits.push((m.start(), m.end(), new));
            }
        }
    }
    formats::hidden_emails(v, |a, b, address| {
        if free(&edits, a, b) {
            let mut new = Vec::new();
            people::email(&keys[1], &address, "example.org", &mut new);
            edits.push((a, b, new));
        }
    });
    for m in digipin_regex().find_iter(v).filter(|_| possible[5]) {
        let mut new = Vec::new();
        if free(&edits, m.start(), m.end()) && ids::digipin(&keys[6], m.as_bytes(), &mut new) {
            edits.push((m.start(), m.end(), new));
        }
    }
    // Fail closed on identity-shaped tokens nothing above could classify: rewritten shape for
    // shape, and counted.
    for (a, b) in identity_tokens(v) {
        if free(&edits, a, b) {
            let mut new = Vec::new();
            ids::identifier(&keys[7], &v[a..b], &mut new);
            c.note_shaped();
            edits.push((a, b, new));
        }
    }
    // Names after a cue word (`Patient: Renu Kara`, `ASHA: Jagvi Dey`, `Attendant RAVI`), and
    // names the lexicon knows without a cue (`Sunita Devi`, `CHARITA ROY`, `Pooja, 15/F`),
    // where no column of the row names them.
    for (a, b) in cued_names(v)
        .into_iter()
        .chain(lexicon_names(v))
        .chain(run_names(v, row.names))
    {
        let fake = |a: usize, b: usize, kind: NameKind| {
            let name = &v[a..b];
            let mut new = Vec::new();
            people::name(&keys[5], kind, name, None, &mut new);
            if name.iter().all(|c| !c.is_ascii_lowercase())
                && name.iter().any(u8::is_ascii_uppercase)
            {
                new.make_ascii_uppercase();
            }
            (a, b, new)
        };
        if free(&edits, a, b) {
            let kind = if v[a..b].contains(&b' ') {
                NameKind::Full
            } else {
                NameKind::First
            };
            edits.push(fake(a, b, kind));
            continue;
        }
        // Part of the name is already replaced (a word of the row's own name: `ASHA: Renu
        // Kara` where the patient is also a Kara): its other words are replaced one by one.
        let mut start = a;
        for (i, word) in v[a..b].split(|&c| c == b' ').enumerate() {
            let (wa, wb) = (start, start + word.len());
            start = wb + 1;
            if !word.is_empty() && free(&edits, wa, wb) {
                let kind = if i == 0 {
                    NameKind::First
                } else {
                    NameKind::Last
                };
                edits.push(fake(wa, wb, kind));
            }
        }
    }
    edits.sort_by_key(|e| e.0);
    // A note never loses its words to a fake: when the new text would not fit the column,
    // the fakes longer than what they replace are cut to its length instead.
    if let Some(max) = c.ty.max_chars() {
        let chars = |b: &[u8]| String::from_utf8_lossy(b).chars().count();
        let grown: usize = edits
            .iter()
            .map(|(a, b, new)| chars(new).saturating_sub(chars(&v[*a..*b])))
            .sum();
        if chars(v) + grown > max as usize {
            for (a, b, new) in &mut edits {
                let room = chars(&v[*a..*b]);
                if chars(new) > room {
                    let cut = String::from_utf8_lossy(new)
                        .chars()
                        .take(room)
                        .collect::<String>();
                    *new = cut.into_bytes();
                }
            }
        }
    }
    let mut last = 0;
    for (a, b, new) in edits {
        buf.extend_from_slice(&v[last..a]);
        buf.extend_from_slice(&new);
        last = b;
    }
    buf.extend_from_slice(&v[last..]);
}

/// The names a cue word announces: one to three words, each capitalised (`Renu`) or in capitals
/// and known to the lexicon (`RAVI`, so `Patient: OPD` keeps its `OPD`).
fn cued_names(v: &[u8]) -> Vec<(usize, usize)> {
    thread_local! {
        /// This thread's capture slots: made once, not per note (making them clones the
        /// pattern's shared group table, an atomic count both workers write).
        static SLOTS: std::cell::RefCell<Option<regex::bytes::CaptureLocations>> =
            const { std::cell::RefCell::new(None) };
    }
    let mut out = Vec::new();
    let re = name_cue_regex();
    SLOTS.with_borrow_mut(|slots| {
        let slots = slots.get_or_insert_with(|| re.capture_locations());
        cued_names_with(re, slots, v, &mut out)
    });
    out
}

/// [`cued_names`] with the capture slots `slots` of `re`.
fn cued_names_with(
    re: &Regex,
    slots: &mut regex::bytes::CaptureLocations,
    v: &[u8],
    out: &mut Vec<(usize, usize)>,
) {
    let mut at = 0;
    while let Some(whole) = re.captures_read_at(slots, v, at) {
        // The pattern cannot match empty; step past the match anyway, never back.
        at = whole.end().max(at + 1);
        let (start, stop) = slots.get(1).expect("group 1");
        let text = String::from_utf8_lossy(&v[start..stop]);
        let mut end = None;
        for (i, w) in crate::pii::shape::words(&text) {
            let caps = w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase());
            if caps
                && !crate::pii::shape::with_lower(w, |l| {
                    lexicon::is_name(l) || lexicon::is_surname(l) || lexicon::is_ambiguous(l)
                })
            {
                break;
            }
            end = Some(start + i + w.len());
        }
        if let Some(e) = end {
            out.push((start, e));
        }
    }
}

/// Names the lexicon knows, without a cue word: a given name followed by a surname or by a
/// capitalised name or name-like word (`Sunita Devi`, `Ramesh Kumar`, `CHARITA ROY`), up to three
/// words; or a capitalised given name alone before an age/sex tag (`Pooja, 15/F`). Words on the
/// ambiguity list (`Asha`, `Abha`, `Kiran`…) start a name only before a surname or a tag.
fn lexicon_names(v: &[u8]) -> Vec<(usize, usize)> {
    let Ok(text) = std::str::from_utf8(v) else {
        return Vec::new();
    };
    let words = crate::pii::shape::words(text);
    // Lexicon lookups lower-case on the stack (no allocation per word of every note).
    use crate::pii::shape::with_lower;
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let given = |w: &str| with_lower(w, lexicon::is_name);
    let ambiguous = |w: &str| with_lower(w, lexicon::is_ambiguous);
    let surname_only = |w: &str| with_lower(w, lexicon::is_surname);
    let surname = |w: &str| {
        with_lower(w, |l| {
            lexicon::is_surname(l) || (cap(w) && (lexicon::is_name(l) || lexicon::is_ambiguous(l)))
        })
    };
    // Only spaces between the words of one name.
    let joined = |a: usize, b: usize| text[a..b].bytes().all(|c| c == b' ');
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (s0, w0) = words[i];
        let e0 = s0 + w0.len();
        let starts = cap(w0) || !w0.is_ascii();
        let j = if starts
            && i + 1 < words.len()
            && joined(e0, words[i + 1].0)
            && (given(w0) || (ambiguous(w0) && surname_only(words[i + 1].1)))
            && surname(words[i + 1].1)
        {
            let next = i + 2;
            if next < words.len()
                && joined(words[i + 1].0 + words[i + 1].1.len(), words[next].0)
                && surname_only(words[next].1)
            {
                next
            } else {
                i + 1
            }
        } else if starts && (given(w0) || ambiguous(w0)) && age_sex_after(&text[e0..]) {
            i
        } else {
            i += 1;
            continue;
        };
        let (sj, wj) = words[j];
        out.push((s0, sj + wj.len()));
        i = j + 1;
    }
    out
}

/// Words an earlier run saw in its name columns (`--names-from`), alone or in pairs, in any
/// case: the name of a beneficiary of db_identity in a note of db_iemr.
fn run_names(v: &[u8], names: Option<&dyn NameWords>) -> Vec<(usize, usize)> {
    let (Some(names), Ok(text)) = (names, std::str::from_utf8(v)) else {
        return Vec::new();
    };
    let known = |w: &str| {
        crate::pii::shape::with_lower(w, |l| {
            l.chars().count() >= 3 && !lexicon::is_ambiguous(l) && names.knows(l)
        })
    };
    let words = crate::pii::shape::words(text);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (s, w) in words {
        if w.as_bytes()[0].is_ascii_digit() || !known(w) {
            continue;
        }
        let e = s + w.len();
        match out.last_mut() {
            Some(last) if text[last.1..s].bytes().all(|c| c == b' ') => last.1 = e,
            _ => out.push((s, e)),
        }
    }
    out
}

/// True when `rest` starts with an age/sex tag: `, 15/F`, ` (32 M)`, ` 45y/M`.
fn age_sex_after(rest: &str) -> bool {
    static R: PerThread<regex::Regex> = PerThread::new(|| {
        regex::Regex::new(r"^\s*[,(]?\s*\d{1,3}\s*(?:y(?:rs?)?|years?)?\s*[/,\s]\s*(?:[MFmf]|male|female|Male|Female)\b")
            .expect("age/sex regex")
    });
    R.get().is_match(rest)
}

/// One of the row's own values a note may repeat: the original, and how its column rewrites it.
type OwnValue<'a> = (Cow<'a, [u8]>, Option<&'a Arc<Compiled>>);

/// A fake generator: (key, original, output).
type FakeFn = fn(&DomainKey, &[u8], &mut Vec<u8>);

/// Start offsets of the non-overlapping ASCII-case-insensitive occurrences of `what` in `text`.
fn find_ci(text: &[u8], what: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while !what.is_empty() && i + what.len() <= text.len() {
        if text[i..i + what.len()].eq_ignore_ascii_case(what) {
            out.push(i);
            i += what.len();
        } else {
            i += 1;
        }
    }
    out
}

impl Describe for Text {
    fn category(&self) -> Option<&'static str> {
        Some(match self {
            Text::Scrub(_) | Text::Lorem(_) => "free text",
            Text::Json(_) => "JSON document",
            Text::Path(_) => "file path",
        })
    }

    fn extra_domains(&self) -> &'static [&'static str] {
        match self {
            Text::Scrub(_) => &[
                "phone",
                "email",
                "aadhaar",
                "pan",
                "abha_number",
                "name",
                "digipin",
                "identifier",
            ],
            Text::Path(_) => &["name", "aadhaar"],
            _ => &[],
        }
    }

    fn is_free_text(&self) -> bool {
        true
    }

    fn exempt_detectors(&self) -> &'static [Detector] {
        match self {
            Text::Scrub(_) | Text::Json(_) | Text::Path(_) => &Detector::ALL,
            Text::Lorem(_) => &[],
        }
    }

    fn generated_kinds(&self) -> KindSet {
        use Kind::*;
        match self {
            // Identifier-shaped tokens are rewritten shape for shape (a voter ID stays one).
            Text::Scrub(_) => TEXT.union(KindSet::of(&[Email, Digipin, VoterId])),
            Text::Lorem(_) => TEXT.union(KindSet::of(&[Address])),
            Text::Json(spec) => spec.keys.values().fold(
                TEXT.union(KindSet::of(&[Email, Digipin, VoterId])),
                |k, s| k.union(s.generated_kinds()),
            ),
            Text::Path(_) => TEXT,
        }
    }

    fn sample(&self) -> Sample<'_> {
        match self {
            Text::Scrub(_) | Text::Lorem(_) | Text::Json(_) => Sample::Note,
            Text::Path(_) => Sample::Plain,
        }
    }

    fn misfit(&self, fit: &Fit) -> Option<String> {
        fit.need_text(2)
    }

    fn column_refs(&self) -> ColumnRefs<'_> {
        match self {
            Text::Scrub(s) => ColumnRefs {
                names: &s.name_columns,
                phones: &s.phone_columns,
                ..ColumnRefs::default()
            },
            _ => ColumnRefs::default(),
        }
    }

    fn reads_new_values(&self) -> bool {
        matches!(self, Text::Scrub(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::spec::{People, Strategy};
    use proptest::prelude::*;

    /// Every pattern `scrub` searches for can match `v` only where the prefilter says so.
    fn prefilter_agrees(v: &[u8]) -> bool {
        let possible = possible_patterns(v);
        regexes()
            .iter()
            .chain([digipin_regex()])
            .enumerate()
            .all(|(i, re)| possible[i] || !re.is_match(v))
    }

    proptest! {
        #[test]
        fn the_prefilter_never_skips_a_pattern_that_matches(
            parts in prop::collection::vec(
                prop_oneof![
                    "[6-9][0-9]{4}[ .-]?[0-9]{5}",
                    "[6-9][0-9 .٣९-]{9,13}",
                    "[2-9][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}",
                    "[A-Z]{5}[0-9]{4}[A-Z]",
                    "[0-9]{2}-[0-9]{4}-[0-9]{4}-[0-9]{4}",
                    "[a-z]{1,5}@[a-z]{1,5}\\.in",
                    "[2-9CFJKLMPT]{3}-[2-9CFJKLMPT]{3}-[2-9CFJKLMPT]{4}",
                    "[a-zA-Z ().+/@-]{0,8}",
                    "[0-9]{1,4}",
                ],
                0..5,
            )
        ) {
            prop_assert!(prefilter_agrees(parts.concat().as_bytes()));
        }
    }

    #[test]
    fn the_prefilter_passes_every_shape_scrub_replaces() {
        for v in [
            "call 98765 43210",
            "call 9٨٧٦٥٤٣٢١٠ now",
            "mail a@b.in",
            "UID 2345 6789 0124",
            "PAN ABCPE1234F",
            "ABHA 91-1234-5678-9012",
            "at 4P3-JK8-52C9",
        ] {
            let possible = possible_patterns(v.as_bytes());
            let matched: Vec<bool> = regexes()
                .iter()
                .chain([digipin_regex()])
                .map(|re| re.is_match(v.as_bytes()))
                .collect();
            assert!(matched.contains(&true), "{v}");
            assert!(prefilter_agrees(v.as_bytes()), "{v}: {possible:?}");
        }
        assert_eq!(possible_patterns(b"fever since 3 days"), [false; 6]);
    }

    #[test]
    fn scrub_replaces_names_after_cue_words() {
        let c = scrubber("text");
        let row = Row::empty();
        let run = |text: &str| {
            let mut buf = Vec::new();
            c.generate(Some(text.as_bytes()), ValueKind::Str, &row, &mut buf)
                .unwrap();
            String::from_utf8(buf).unwrap()
        };
        let out =
            run("Patient Omkar Joshi c/o fever. Follow-up call to Leela on Monday, Smt. Kusum.");
        for name in ["Omkar", "Joshi", "Leela", "Kusum"] {
            assert!(!out.contains(name), "{out}");
        }
        assert!(
            out.starts_with("Patient ") && out.contains(" c/o fever. Follow-up call to "),
            "{out}"
        );
        assert_eq!(
            run("Fever since Monday, advised ORS."),
            "Fever since Monday, advised ORS."
        );
    }

    #[test]
    fn scrub_fails_closed_on_phones_digipins_and_identity_shaped_tokens() {
        let c = scrubber("text");
        let row = Row::empty();
        let run = |text: &str| {
            let mut buf = Vec::new();
            c.generate(Some(text.as_bytes()), ValueKind::Str, &row, &mut buf)
                .unwrap();
            String::from_utf8(buf).unwrap()
        };
        let before = c.shaped();
        for (text, secrets) in [
            ("call 98765.43210 today", &["98765.43210", "9876543210"][..]),
            ("or (+91) 98765-43210", &["98765-43210"]),
            (
                "on 0091 9876543210 and 987/654/3210",
                &["9876543210", "987/654/3210"],
            ),
            ("home at 4P3-JK8-52C9 near the well", &["4P3-JK8-52C9"]),
            (
                "RCH 123456789012, card MH12AB34CD56",
                &["123456789012", "MH12AB34CD56"],
            ),
            ("MCTS no 30412345 given", &["30412345"]),
        ] {
            let out = run(text);
            for s in secrets {
                assert!(!out.contains(s), "{s} survived in {out}");
            }
            assert_eq!(out.len(), text.len(), "shape for shape: {out}");
        }
        assert!(c.shaped() > before, "counted");
        // Emails written to dodge harvesters become a generated address; phones joined by an
        // underscore are phones.
        for (text, secrets) in [
            (
                "son kusum.gaonkar [at] gmail [dot] com",
                &["kusum", "gaonkar", "gmail"][..],
            ),
            ("mail omkar at yahoo dot co dot in", &["omkar", "yahoo"]),
            ("ring 98331_79165 after six", &["98331", "79165"]),
        ] {
            let out = run(text);
            for s in secrets {
                assert!(!out.contains(s), "{s} survived in {out}");
            }
        }
        assert!(run("son kusum.gaonkar [at] gmail [dot] com").ends_with("@example.org"));
        let digipin = run("home at 4P3-JK8-52C9 near the well");
        assert!(
            crate::pii::shape::digipin(&digipin.as_bytes()[8..20]),
            "{digipin}"
        );
        // Clinical measurements, doses, dates and times stay.
        for text in [
            "BP 120/80, Hb 11.2 g/dL, 37.5 C, 500 mg twice",
            "Vit A 200000 IU given on 20240612 at 10:30:45",
            "weight 3.250 kg, temp 98.6 F, SpO2 97%",
        ] {
            assert_eq!(run(text), text);
        }
    }

    fn scrubber(ty: &str) -> Compiled {
        crate::strategy::test_compiled("scrub", "note", ty)
    }

    fn scrubbed(c: &Compiled, text: &str) -> String {
        let mut buf = Vec::new();
        c.generate(
            Some(text.as_bytes()),
            ValueKind::Str,
            &Row::empty(),
            &mut buf,
        )
        .unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn scrub_finds_names_without_cue_words_and_in_capitals() {
        let c = scrubber("text");
        for (note, names, kept) in [
            (
                "Seen with Sunita Devi at the PHC, Malaria RDT negative.",
                &["Sunita"][..],
                "at the PHC, Malaria RDT negative.",
            ),
            (
                "Patient: Renu Kara, fever 3 days",
                &["Renu", "Kara"],
                "fever 3 days",
            ),
            (
                "ASHA: Jagvi Dey visited the house",
                &["Jagvi", "Dey"],
                "visited the house",
            ),
            (
                "Attendant RAVI SHARMA present",
                &["RAVI", "SHARMA"],
                "present",
            ),
            (
                "Pooja, 15/F, c/o pain abdomen",
                &["Pooja"],
                "15/F, c/o pain abdomen",
            ),
            ("REFERRED BY RAMESH KUMAR TO CHC", &["RAMESH"], "TO CHC"),
        ] {
            let out = scrubbed(&c, note);
            for n in names {
                assert!(!out.contains(n), "{n} in {out:?} (from {note:?})");
            }
            assert!(out.ends_with(kept), "{out:?} lost words of {note:?}");
        }
        // Medical words, abbreviations in capitals and the ASHA programme stay.
        for note in [
            "Patient: OPD follow-up, BP 120/80",
            "ASHA visited, ORS given, Malaria RDT negative",
            "Kiran therapy advised",
        ] {
            assert_eq!(scrubbed(&c, note), note);
        }
    }

    #[test]
    fn a_longer_fake_never_cuts_the_note() {
        // The note fills its column; the fake names are cut, never the note's last words.
        let note = "Smt. Ira Dey: Malaria RDT";
        let c = scrubber(&format!("varchar({})", note.chars().count()));
        for _ in 0..3 {
            let out = scrubbed(&c, note);
            assert!(out.ends_with(": Malaria RDT"), "{out:?}");
            assert!(!out.contains("Ira") || !out.contains("Dey"), "{out:?}");
            assert!(out.chars().count() <= note.chars().count());
        }
    }

    #[test]
    fn scrub_finds_text_embedded_in_binary_values() {
        // A scanned form in a blob: bytes that are not UTF-8 around a patient's details.
        let c = scrubber("blob");
        let mut doc = vec![0x00, 0xFF, 0xFE, 0x10];
        doc.extend_from_slice(b"Patient: Renu Kara Mob 9876501234 Aadhaar 2345 6789 0124");
        doc.extend_from_slice(&[0xC3, 0x28, 0x00]);
        let mut out = Vec::new();
        c.generate(Some(&doc), ValueKind::Str, &Row::empty(), &mut out)
            .unwrap();
        for token in [&b"Renu"[..], b"Kara", b"9876501234", b"2345 6789 0124"] {
            assert!(find_ci(&out, token).is_empty(), "{token:?} survived");
        }
        assert!(out.starts_with(&[0x00, 0xFF, 0xFE, 0x10]) && out.ends_with(&[0xC3, 0x28, 0x00]));
    }

    #[test]
    fn a_name_sharing_a_word_with_the_rows_own_name_loses_every_word() {
        // The patient is a Tripathi; so is the ASHA worker the note names after a cue.
        let yaml = "{scrub: {name_columns: [last]}}";
        let s: Strategy = serde_yaml_ng::from_str(yaml).unwrap();
        let key = |d: &str| {
            crate::strategy::keyed::DomainKey::from_bytes(*blake3::hash(d.as_bytes()).as_bytes())
        };
        let last = Compiled::for_text(
            Strategy::People(People::Name(NameKind::Last, Default::default())),
            "last",
            &mut |d: &str| key(d),
        )
        .unwrap();
        let mut refs = crate::strategy::Refs::default();
        refs.names.push((0, Some(std::sync::Arc::new(last))));
        let c = Compiled::new(
            s,
            "note",
            crate::dump::coltype::ColumnType::parse("text"),
            true,
            refs,
            &mut |d: &str| key(d),
        )
        .unwrap();
        let stmt = b"'Tripathi'";
        let spans = [crate::dump::insert::Span {
            start: 0,
            end: stmt.len(),
            body: 1,
            kind: ValueKind::Str,
        }];
        let row = Row {
            stmt,
            spans: &spans,
            position: &[Some(0)],
            names: None,
        };
        let mut out = Vec::new();
        c.generate(
            Some(b"Fever. ASHA: Vaishali Tripathi visited."),
            ValueKind::Str,
            &row,
            &mut out,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            !out.contains("Vaishali") && !out.contains("Tripathi"),
            "{out}"
        );
        assert!(
            out.starts_with("Fever. ASHA: ") && out.ends_with(" visited."),
            "{out}"
        );
    }

    #[test]
    fn find_is_case_insensitive() {
        assert_eq!(find_ci(b"Ravi met RAVI", b"ravi"), [0, 9]);
    }
}
