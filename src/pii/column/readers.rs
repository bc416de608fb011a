//! The expensive readers, run on a column's sampled values: person names (the lexicon's and the
//! run's own, [`NameWords`]), names inside free text, the leaves of JSON documents and the
//! segments of paths.

use std::collections::HashSet;

use super::Kind;
use crate::pii::detect::is_generated_domain;
use crate::pii::lexicon::{is_ambiguous, is_name, is_place_word, is_surname, name_tokens};
use crate::pii::shape;

/// A set of name words known beside the lexicon: the words of names a run saw in its name
/// columns ([`SeenNames`] in `profile`, the run's fingerprints in `verify`).
pub trait NameWords {
    /// True when `word` (any case) is in the set.
    fn knows(&self, word: &str) -> bool;
}

/// Names this run has seen in name columns, held as keyed 64-bit fingerprints of their words
/// (never the words): free text, JSON and paths are searched for them.
#[derive(Clone)]
pub struct SeenNames {
    key: [u8; 32],
    set: HashSet<u64, foldhash::fast::RandomState>,
}

impl Default for SeenNames {
    fn default() -> Self {
        let mut key = [0u8; 32];
        // A fresh key per run; without randomness the fingerprints are still never printed.
        let _ = getrandom::fill(&mut key);
        SeenNames {
            key,
            set: HashSet::default(),
        }
    }
}

impl SeenNames {
    fn fp(&self, word: &str) -> u64 {
        let h = blake3::keyed_hash(&self.key, word.to_lowercase().as_bytes());
        u64::from_le_bytes(h.as_bytes()[..8].try_into().expect("8 bytes"))
    }

    /// Learn the words of a name value (words of 3+ letters not on the ambiguity list).
    pub fn learn(&mut self, v: &[u8]) {
        let text = String::from_utf8_lossy(v);
        for (_, w) in shape::words(&text) {
            let lw = w.to_lowercase();
            if w.chars().count() >= 3 && !w.as_bytes()[0].is_ascii_digit() && !is_ambiguous(&lw) {
                let f = self.fp(&lw);
                self.set.insert(f);
            }
        }
    }

    /// True when `word` (any case) was learnt.
    pub fn contains(&self, word: &str) -> bool {
        !self.set.is_empty() && self.set.contains(&self.fp(word))
    }

    /// Words learnt.
    pub fn len(&self) -> usize {
        self.set.len()
    }

    /// True when nothing was learnt.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
}

impl NameWords for SeenNames {
    fn knows(&self, word: &str) -> bool {
        self.contains(word)
    }
}

/// The words of `words` that are not numbers.
pub(super) fn letter_words<'t>(words: &[(usize, &'t str)]) -> Vec<&'t str> {
    words
        .iter()
        .map(|w| w.1)
        .filter(|w| !w.as_bytes()[0].is_ascii_digit())
        .collect()
}

/// Free text, not a short value: three words or more and twenty bytes or more.
pub(super) fn is_free_text(text: &str) -> bool {
    text.split_whitespace().count() >= 3 && text.len() >= 20
}

/// A name value: one to four words, all letters, one of them a known name.
pub(super) fn is_name_value(
    text: &str,
    words: &[(usize, &str)],
    letters: &[&str],
    names: Option<&dyn NameWords>,
) -> bool {
    !letters.is_empty()
        && letters.len() <= 4
        && words.len() == letters.len()
        && !text.contains('@')
        && !letters.iter().any(|w| shape::with_lower(w, is_place_word))
        && letters.iter().any(|w| known_name(w, names))
}

/// What names a person in one value, for `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFound {
    /// The whole value is a name (one to four words, one a known name).
    Whole,
    /// A name inside longer text (a known name followed by a surname or a capitalised word).
    Inside,
}

/// Does `text` name a person? With `only` set, a word counts as a name only when `only` knows
/// it (the originals of a run), not when the embedded lexicon does.
pub fn names_a_person(text: &str, only: Option<&dyn NameWords>) -> Option<NameFound> {
    let words = shape::words(text);
    let letters = letter_words(&words);
    if letters.is_empty() {
        return None;
    }
    let free = is_free_text(text);
    match only {
        None => {
            if is_name_value(text, &words, &letters, None) {
                Some(NameFound::Whole)
            } else if free && names_in_text(&letters, None) {
                Some(NameFound::Inside)
            } else {
                None
            }
        }
        Some(n) => {
            let known = |w: &&str| {
                shape::with_lower(w, |lw| {
                    !is_ambiguous(lw) && lw.chars().count() >= 3 && n.knows(lw)
                })
            };
            let all_letters = words.len() == letters.len() && !text.contains('@');
            if all_letters && letters.len() <= 4 && letters.iter().any(known) {
                Some(NameFound::Whole)
            } else if letters.windows(2).any(|w| known(&w[0]) && known(&w[1])) {
                Some(NameFound::Inside)
            } else {
                None
            }
        }
    }
}

pub(super) fn known_name(word: &str, names: Option<&dyn NameWords>) -> bool {
    shape::with_lower(word, |lw| {
        is_name(lw)
            || (!is_ambiguous(lw) && lw.chars().count() >= 3 && names.is_some_and(|n| n.knows(lw)))
    })
}

/// A person named in free text: a known name followed by a surname, or by a capitalised name or
/// name-like word (`Ramesh Kumar`, `Sunita Devi`), or a name this run saw in a name column.
pub(super) fn names_in_text(letters: &[&str], names: Option<&dyn NameWords>) -> bool {
    letters.windows(2).any(|w| {
        let cap = w[1].chars().next().is_some_and(char::is_uppercase);
        shape::with_lower(w[0], |a| {
            shape::with_lower(w[1], |b| {
                (is_name(a) && (is_surname(b) || (cap && (is_name(b) || is_ambiguous(b)))))
                    || names.is_some_and(|n| {
                        !is_ambiguous(a)
                            && a.chars().count() >= 3
                            && n.knows(a)
                            && (cap || n.knows(b))
                    })
            })
        })
    })
}

/// The kinds found in the leaves of a JSON document (each leaf judged as a whole value, with its
/// key as a cue for names).
pub(super) fn leaf_kinds(
    leaves: &[(String, String)],
    names: Option<&dyn NameWords>,
    domains: &[String],
) -> Vec<Kind> {
    let mut out = Vec::new();
    for (key, v) in leaves {
        let b = v.as_bytes();
        let mut k = None;
        if let Some(d) = shape::digits(b) {
            if shape::mobile(&d).is_some() {
                k = Some(Kind::Mobile);
            } else if shape::aadhaar(&d) == Some(true) {
                k = Some(Kind::Aadhaar);
            } else if shape::abha_number(b, &d) == Some(true) {
                k = Some(Kind::AbhaNumber);
            }
        } else if shape::pan(b) {
            k = Some(Kind::Pan);
        } else if shape::abha_address(b) {
            k = Some(Kind::AbhaAddress);
        } else if shape::email(b).is_some_and(|h| !is_generated_domain(h, domains)) {
            k = Some(Kind::Email);
        } else if shape::gps_pair(b) {
            k = Some(Kind::Gps);
        } else {
            let words = shape::words(v);
            let keyed_name = name_tokens(key).iter().any(|t| t == "name");
            if !words.is_empty()
                && words.len() <= 4
                && words.iter().all(|w| !w.1.as_bytes()[0].is_ascii_digit())
                && (words.iter().any(|w| known_name(w.1, names))
                    || (keyed_name && words.len() >= 2))
            {
                k = Some(Kind::PersonName);
            }
        }
        if let Some(k) = k {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// The kinds found in the segments of a path or URL.
pub(super) fn segment_kinds(segments: &[&str], names: Option<&dyn NameWords>) -> Vec<Kind> {
    let mut out = Vec::new();
    let mut add = |k: Kind| {
        if !out.contains(&k) {
            out.push(k);
        }
    };
    for s in segments {
        let b = s.as_bytes();
        if let Some(d) = shape::digits(b) {
            if d.len == 10 && shape::mobile(&d).is_some() {
                add(Kind::Mobile);
            } else if shape::aadhaar(&d) == Some(true) {
                add(Kind::Aadhaar);
            }
        } else if b.iter().all(|c| c.is_ascii_alphabetic()) && known_name(s, names) {
            add(Kind::PersonName);
        }
    }
    out
}
