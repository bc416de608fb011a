//! `path`: file paths and URLs (`/opt/amrit/uploads/identity/42117/sunita_kulkarni_2345….jpg`)
//! with what names a person rewritten, segment by segment; separators, directory layout and
//! the extension kept.
//!
//! - Numbers: a mobile becomes the same fake as in a phone column, a Verhoeff-valid Aadhaar the
//!   same fake as in an Aadhaar column, any other number of five digits or more maps through the
//!   `id` domain the rule names (`{path: {ids: ben_reg_id}}`: the BenRegID in a path maps like the
//!   BenRegID columns). Shorter numbers (years, months, page numbers) stay.
//! - Words: a given name or surname of the lexicon becomes a fake name in the same letter case,
//!   in any segment. Every other word of three letters or more in the file name (the last
//!   segment, its extension aside) is replaced one-to-one, letter for letter, unless it is a
//!   common file word (`report`, `scan`, `photo`…): a name the lexicon does not know never stays
//!   in a file name. Directory words other than names stay (they are the layout).

use super::keyed::DomainKey;
use super::{people, Compiled, Form, Row};
use crate::dump::literal::ValueKind;
use crate::pii::lexicon;
use crate::rules::spec::{IdSpec, NameKind, PathSpec, PhoneSpec, Strategy};
use crate::rules::spec::{Ids, People};

/// Words of file names that name no one and stay.
const FILE_WORDS: &[&str] = &[
    "aadhaar",
    "aadhar",
    "abha",
    "archive",
    "audio",
    "back",
    "beneficiary",
    "ben",
    "call",
    "card",
    "case",
    "consent",
    "copy",
    "doc",
    "document",
    "discharge",
    "file",
    "final",
    "front",
    "health",
    "identity",
    "image",
    "img",
    "lab",
    "page",
    "photo",
    "prescription",
    "proof",
    "rec",
    "recording",
    "referral",
    "report",
    "result",
    "scan",
    "summary",
    "upload",
    "visit",
    "voice",
    "xray",
];

/// The compiled strategies a `path` rule borrows for numbers.
#[derive(Debug)]
pub struct Parts {
    phone: Compiled,
    ids: Compiled,
}

impl Parts {
    /// Compile the phone and id strategies of `spec` for column `column`.
    ///
    /// # Errors
    /// Never in practice (text leaves take both).
    pub fn new(
        spec: &PathSpec,
        column: &str,
        key_for: &mut dyn FnMut(&str) -> DomainKey,
    ) -> Result<Parts, String> {
        let phone = Compiled::for_text(
            Strategy::People(People::Phone(PhoneSpec::default())),
            column,
            key_for,
        )?;
        let ids = Compiled::for_text(
            Strategy::Ids(Ids::Id(IdSpec {
                domain: Some(spec.ids.clone().unwrap_or_else(|| "path_id".into())),
                ..IdSpec::default()
            })),
            column,
            key_for,
        )?;
        Ok(Parts { phone, ids })
    }
}

/// Rewrite the path `v` into `buf`.
pub(super) fn generate(c: &Compiled, v: &[u8], buf: &mut Vec<u8>) -> Result<Form, String> {
    let parts = c
        .path_parts
        .as_deref()
        .expect("a path rule has compiled parts");
    let names = &c.extra_keys[0];
    let aadhaar = &c.extra_keys[1];
    let base = v
        .iter()
        .rposition(|b| *b == b'/' || *b == b'\\')
        .map_or(0, |i| i + 1);
    let ext = v[base..]
        .iter()
        .rposition(|b| *b == b'.')
        .map_or(v.len(), |i| base + i);
    buf.clear();
    let mut i = 0;
    let mut tmp = Vec::new();
    while i < v.len() {
        let b = v[i];
        let run = |f: fn(&u8) -> bool| i + v[i..].iter().take_while(|c| f(c)).count();
        if b.is_ascii_digit() {
            let j = run(u8::is_ascii_digit);
            let d = &v[i..j];
            tmp.clear();
            if d.len() == 10 && matches!(d[0], b'6'..=b'9') {
                parts
                    .phone
                    .generate(Some(d), ValueKind::Str, &Row::empty(), &mut tmp)?;
            } else if d.len() == 12
                && matches!(d[0], b'2'..=b'9')
                && crate::pii::formats::verhoeff_valid(d)
            {
                super::ids::aadhaar(aadhaar, d, &mut tmp);
            } else if d.len() >= 5 && d.len() <= 19 {
                parts
                    .ids
                    .generate(Some(d), ValueKind::Str, &Row::empty(), &mut tmp)?;
            }
            buf.extend_from_slice(if tmp.is_empty() { d } else { &tmp });
            i = j;
        } else if b.is_ascii_alphabetic() {
            let j = run(u8::is_ascii_alphabetic);
            word(&v[i..j], i >= base && j <= ext, names, c.key(), buf);
            i = j;
        } else {
            buf.push(b);
            i += 1;
        }
    }
    let fits = c.ty.max_chars().is_none_or(|m| buf.len() as u64 <= m);
    if !fits {
        c.note_fallback();
        super::ids::mask(c.key(), v, buf);
    }
    Ok(c.fitted(Form::Quoted, buf))
}

/// One word of a path: a lexicon name becomes a fake name; in the file name (`in_file`) every
/// other word of three letters or more but the common file words is replaced.
fn word(w: &[u8], in_file: bool, names: &DomainKey, k: &DomainKey, out: &mut Vec<u8>) {
    let lower = w.to_ascii_lowercase();
    let l = std::str::from_utf8(&lower).expect("ASCII letters");
    let kind = if lexicon::is_name(l) {
        Some(NameKind::First)
    } else if lexicon::is_surname(l) && !lexicon::is_ambiguous(l) {
        Some(NameKind::Last)
    } else {
        None
    };
    let start = out.len();
    match kind {
        Some(kind) => {
            people::name(names, kind, w, None, out);
            // The original's letter case: all lower, all capitals, or a capital first.
            let fake = &mut out[start..];
            if w.iter().all(u8::is_ascii_lowercase) {
                fake.make_ascii_lowercase();
            } else if w.iter().all(u8::is_ascii_uppercase) {
                fake.make_ascii_uppercase();
            }
        }
        None if in_file && w.len() >= 3 && !FILE_WORDS.contains(&l) => {
            super::ids::identifier(k, w, out);
        }
        None => out.extend_from_slice(w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(rule: &str) -> Compiled {
        crate::strategy::test_compiled(rule, "IdentityFilePath", "varchar(300)")
    }

    fn run(c: &Compiled, v: &str) -> String {
        let mut buf = Vec::new();
        c.generate(Some(v.as_bytes()), ValueKind::Str, &Row::empty(), &mut buf)
            .unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn names_phones_and_ids_in_a_path_are_rewritten_and_the_layout_stays() {
        let c = compiled("{path: {ids: ben_reg_id}}");
        let src = "/opt/amrit/uploads/identity/42117893/sunita_kulkarni_234567890124.jpg";
        let out = run(&c, src);
        for personal in ["42117893", "sunita", "kulkarni", "234567890124"] {
            assert!(!out.contains(personal), "{personal} in {out}");
        }
        assert!(out.starts_with("/opt/amrit/uploads/identity/"), "{out}");
        assert!(out.ends_with(".jpg"), "{out}");
        assert_eq!(out.matches('/').count(), src.matches('/').count());
        // The same id as the BenRegID column of the same domain.
        let id = compiled("{id: {domain: ben_reg_id}}");
        let mut buf = Vec::new();
        id.generate(Some(b"42117893"), ValueKind::Str, &Row::empty(), &mut buf)
            .unwrap();
        assert!(out.contains(std::str::from_utf8(&buf).unwrap()), "{out}");
        // Recordings named after the caller's phone; years and months stay.
        let out = run(&c, "/recordings/2025/03/9876543210_17.wav");
        assert!(
            out.starts_with("/recordings/2025/03/") && out.ends_with("_17.wav"),
            "{out}"
        );
        assert!(!out.contains("9876543210"), "{out}");
        // Common file words stay; a directory that is a name does not.
        let out = run(&c, "/data/Ramesh/visit_report_final.pdf");
        assert!(
            out.ends_with("/visit_report_final.pdf") && !out.contains("Ramesh"),
            "{out}"
        );
    }
}
