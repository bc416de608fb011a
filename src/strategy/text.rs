//! The free-text family: `scrub` (the personal data inside a note replaced, everything else
//! kept) and `lorem` (keyed synthetic words of about the same length).

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use regex::bytes::Regex;

use super::keyed::DomainKey;
use super::{ids, people, Compiled, Form, Row};
use crate::dump::literal::ValueKind;
use crate::pii::cues::name_cue_regex;
use crate::pii::formats;
use crate::pii::words;
use crate::rules::spec::{NameKind, Strategy};

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    v: &[u8],
    row: &Row,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    match &c.strategy {
        Strategy::Scrub(_) => scrub(c, v, row, buf),
        Strategy::Lorem(_) => lorem(c.key(), v, buf),
        other => unreachable!("`{}` is not of the free-text family", other.name()),
    }
    Ok(c.fitted(Form::Quoted, buf))
}

/// The patterns `scrub` replaces, in the order of its fakes (mobile, email, Aadhaar, PAN, ABHA).
fn regexes() -> &'static [Regex; 5] {
    static R: OnceLock<[Regex; 5]> = OnceLock::new();
    R.get_or_init(|| {
        [
            Regex::new(formats::MOBILE_PATTERN).expect("phone regex"),
            Regex::new(formats::EMAIL_PATTERN).expect("email regex"),
            Regex::new(formats::AADHAAR_SHAPE).expect("aadhaar regex"),
            Regex::new(formats::PAN_SHAPE).expect("pan regex"),
            Regex::new(formats::ABHA_PATTERN).expect("abha regex"),
        ]
    })
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
    for (i, re) in regexes().iter().enumerate() {
        for m in re.find_iter(v) {
            if free(&edits, m.start(), m.end()) {
                let mut new = Vec::new();
                fakes[i](&keys[i], m.as_bytes(), &mut new);
                edits.push((m.start(), m.end(), new));
            }
        }
    }
    // Names after a cue word, where no column of the row names them.
    for cap in name_cue_regex().captures_iter(v) {
        let m = cap.get(1).expect("group 1");
        if free(&edits, m.start(), m.end()) {
            let kind = if m.as_bytes().contains(&b' ') {
                NameKind::Full
            } else {
                NameKind::First
            };
            let mut new = Vec::new();
            people::name(&keys[5], kind, m.as_bytes(), None, &mut new);
            edits.push((m.start(), m.end(), new));
        }
    }
    edits.sort_by_key(|e| e.0);
    let mut last = 0;
    for (a, b, new) in edits {
        buf.extend_from_slice(&v[last..a]);
        buf.extend_from_slice(&new);
        last = b;
    }
    buf.extend_from_slice(&v[last..]);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::coltype::ColumnType;
    use crate::strategy::Refs;

    #[test]
    fn scrub_replaces_names_after_cue_words() {
        let c = Compiled::new(
            Strategy::Scrub(Default::default()),
            "note",
            ColumnType::parse("text"),
            true,
            Refs::default(),
            &mut |d: &str| DomainKey::from_bytes(*blake3::hash(d.as_bytes()).as_bytes()),
        )
        .unwrap();
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
    fn find_is_case_insensitive() {
        assert_eq!(find_ci(b"Ravi met RAVI", b"ravi"), [0, 9]);
    }
}
