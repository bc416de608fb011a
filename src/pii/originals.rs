//! Originals seen, originals searched: the output gate learns the original values of the
//! run's identity-bearing columns (names and their word pairs, phones reduced to their ten
//! digits, Aadhaar, ABHA and account numbers, RCH/MCTS IDs, emails, user names, ABHA addresses,
//! PANs, identity document numbers) as keyed 64-bit fingerprints — never the values — and
//! searches every written value of the columns it searches (kept columns and the free-text
//! family's output) for them: the whole value, each token, each pair of adjacent words, and
//! every run of digit groups joined whatever separates them, with any India prefix (`+91`,
//! `0091`, `91`, `0`) removed.
//!
//! Workers collect [`Fact`]s (learnt) and [`Candidate`]s (searched) per statement; the writer
//! learns and searches in input order ([`Originals`]), so the verdict does not depend on the
//! thread count. A column's hits are judged against chance ([`Originals::evidence`]): a kept
//! column of random 12-digit numbers meets some real Aadhaar numbers by chance on a large
//! dump, so digits fail when their hits are far above what chance gives; tokens and name pairs
//! fail from [`TEXT_MIN_DISTINCT`] distinct hits.

use std::collections::HashSet;
use std::hash::BuildHasher;

use foldhash::quality::RandomState;

use super::column::{binomial_tail, Evidence, Kind, Verdict};
use super::shape;

/// What kind of identity a rewritten column's *original* values are, for the output gate's
/// search of the written output for them (`None`: not identity-bearing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Identity {
    /// A person's name: the whole value and its adjacent word pairs.
    Name,
    /// A number that names one person (mobile, Aadhaar, ABHA number, account, RCH/MCTS ID):
    /// its digits.
    Number,
    /// A token that names one person (email, user name, ABHA address, PAN, DIGIPIN, an
    /// identity document number): lower-cased.
    Token,
}

/// Class of a token, a whole value or a user name (lower-cased).
pub const CLASS_TOKEN: u8 = 1;
/// Class of a pair of adjacent name words (lower-cased, one space between).
pub const CLASS_PAIR: u8 = 2;
/// Fewest digits a searched number has (shorter numbers are counters and codes).
pub const MIN_DIGITS: usize = 9;
/// Most digits a searched number has (bank accounts).
pub const MAX_DIGITS: usize = 18;
/// Largest share of chance a column's digit hits may have: below it, they are leaks.
pub const DIGITS_ALPHA: f64 = 1e-5;
/// Distinct token or name-pair hits from which a column fails (one repeated facility named
/// after a person is not a leak; two different original names are).
pub const TEXT_MIN_DISTINCT: u64 = 2;
/// Leading digits of learnt numbers whose distinct values measure how densely they fill their
/// range (real numbering plans and ID ranges are allocated in blocks).
pub const PREFIX_DIGITS: usize = 4;
/// Distinct hits remembered per column.
const HITS_KEPT: usize = 256;
/// Longest whole value searched as a token.
const WHOLE_MAX: usize = 64;

/// One learnt original: its keyed fingerprint and class (digits: their count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fact {
    /// Keyed fingerprint.
    pub fp: u64,
    /// [`CLASS_TOKEN`], [`CLASS_PAIR`], or a digit count.
    pub class: u8,
    /// For digits, their first [`PREFIX_DIGITS`] as a number (how densely the learnt numbers
    /// fill their range: the chance of a random number meeting one). Held in memory only.
    pub prefix: u16,
}

/// One searched piece of a written value: the schema column it was written to and its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Candidate {
    /// Schema column.
    pub column: u32,
    /// The fact to look for.
    pub fact: Fact,
    /// An earlier run's originals ([`KnownOriginals`]) hold it: a hit whatever this run learns.
    pub known: bool,
}

/// Originals an earlier run saw (the db_identity run's fingerprints, given to the runs of the
/// other databases), asked by a piece's class and its normalized bytes.
pub trait KnownOriginals {
    /// True when the piece `bytes` of `class` ([`CLASS_TOKEN`], [`CLASS_PAIR`] or a digit
    /// count) was an original of that run.
    fn knows(&self, class: u8, bytes: &[u8]) -> bool;
}

/// Digit counts searched in an earlier run's originals: Aadhaar and ABHA numbers and longer,
/// where chance meets no real number (shorter ones need this run's own density of numbers).
pub const KNOWN_MIN_DIGITS: usize = 12;

/// A set of fingerprints (already uniformly distributed: hashed with a fast fixed hasher).
pub type FpSet<T> = HashSet<T, foldhash::fast::FixedState>;

/// The run's fingerprint function: keyed foldhash (quality) under a random seed made for the
/// run.
#[derive(Clone, Default)]
pub struct FactKey(RandomState);

impl std::fmt::Debug for FactKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FactKey(..)")
    }
}

impl FactKey {
    /// The fact of `bytes` in `class`.
    pub fn fact(&self, class: u8, bytes: &[u8]) -> Fact {
        let prefix = if class >= MIN_DIGITS as u8 {
            bytes[..PREFIX_DIGITS.min(bytes.len())]
                .iter()
                .fold(0u16, |a, d| a * 10 + u16::from(d.wrapping_sub(b'0') % 10))
        } else {
            0
        };
        Fact {
            fp: self.0.hash_one((class, bytes)),
            class,
            prefix,
        }
    }
}

/// Lower-case ASCII into `buf` (other bytes as they are); `None` when longer than `buf`.
fn lower_into<'b>(v: &[u8], buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let b = buf.get_mut(..v.len())?;
    b.copy_from_slice(v);
    b.make_ascii_lowercase();
    Some(b)
}

/// Byte classes: a letter (ASCII letters and every non-ASCII byte, other scripts), a digit,
/// a token's inner punctuation (`. _ @ -`).
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const INNER: u8 = 4;
static CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() || c >= 0x80 {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'.' | b'_' | b'@' | b'-') {
            INNER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// A letter of a word: ASCII letters and every non-ASCII byte (other scripts).
fn is_letter(b: u8) -> bool {
    CLASSES[usize::from(b)] == LETTER
}

/// A byte of a token: letters, digits and `. _ @ -`.
fn is_token_byte(b: u8) -> bool {
    CLASSES[usize::from(b)] != 0
}

/// Call `f` with the digit strings of `v`'s numbers: every run of digit groups separated by up
/// to three of ` . - / ( ) + _ ,`, joined, from each group on, of [`MIN_DIGITS`] to
/// [`MAX_DIGITS`] digits; a mobile written with an India prefix also as its ten digits.
pub fn numbers(v: &[u8], mut f: impl FnMut(&[u8])) {
    let mut groups: [(usize, usize); 8] = [(0, 0); 8];
    let mut n = 0;
    let mut i = 0;
    let flush = |groups: &[(usize, usize)], f: &mut dyn FnMut(&[u8])| {
        for s in 0..groups.len() {
            // A country or trunk prefix written apart (`+91 `, `0091-`, `0 `) is not part of
            // a number: from it, only a mobile's ten digits count.
            let (a0, b0) = groups[s];
            let prefix =
                groups.len() > s + 1 && matches!(&v[a0..b0], b"0" | b"91" | b"091" | b"0091");
            let mut buf = [0u8; MAX_DIGITS];
            let mut len = 0;
            for &(a, b) in &groups[s..] {
                if len + (b - a) > MAX_DIGITS {
                    break;
                }
                buf[len..len + (b - a)].copy_from_slice(&v[a..b]);
                len += b - a;
                if len >= MIN_DIGITS {
                    if prefix {
                        if let Some(t) = ten_digits(&buf[..len]) {
                            f(t);
                        }
                    } else {
                        emit_digits(&buf[..len], f);
                    }
                }
            }
        }
    };
    while i < v.len() {
        if !v[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < v.len() && v[i].is_ascii_digit() {
            i += 1;
        }
        if n == groups.len() {
            flush(&groups[..n], &mut f);
            groups[0] = groups[n - 1];
            n = 1;
        }
        groups[n] = (start, i);
        n += 1;
        // The gap to the next group: up to three separators, then a digit.
        let mut j = i;
        while j < v.len()
            && j - i < 3
            && matches!(
                v[j],
                b' ' | b'.' | b'-' | b'/' | b'(' | b')' | b'+' | b'_' | b','
            )
        {
            j += 1;
        }
        let joined = j > i && j < v.len() && v[j].is_ascii_digit();
        if !joined {
            flush(&groups[..n], &mut f);
            n = 0;
        }
        i = j.max(i);
    }
    if n > 0 {
        flush(&groups[..n], &mut f);
    }
}

/// The digit string `d` and, for a mobile with an India prefix, its ten digits.
fn emit_digits(d: &[u8], f: &mut dyn FnMut(&[u8])) {
    f(d);
    if let Some(t) = ten_digits(d) {
        f(t);
    }
}

/// The ten digits of a mobile written with an India prefix glued to it.
fn ten_digits(d: &[u8]) -> Option<&[u8]> {
    let ten = match d.len() {
        11 if d[0] == b'0' => Some(&d[1..]),
        12 if d.starts_with(b"91") => Some(&d[2..]),
        13 if d.starts_with(b"091") => Some(&d[3..]),
        14 if d.starts_with(b"0091") => Some(&d[4..]),
        _ => None,
    };
    ten.filter(|t| matches!(t[0], b'6'..=b'9'))
}

/// The digits of a value that is one number (a phone, Aadhaar or account written with
/// separators), a mobile reduced to its ten digits.
fn one_number(v: &[u8]) -> Option<([u8; 40], usize)> {
    let d = shape::digits(v.trim_ascii())?;
    let s = shape::mobile(&d).unwrap_or(d.as_slice());
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&s.len()) {
        return None;
    }
    let mut buf = [0u8; 40];
    buf[..s.len()].copy_from_slice(s);
    Some((buf, s.len()))
}

/// Call `f` with the letter words of `v` (runs of letters), lower-cased ASCII in `buf`.
fn letter_words(v: &[u8], mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while i < v.len() {
        if !is_letter(v[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < v.len() && is_letter(v[i]) {
            i += 1;
        }
        f(s, i);
    }
}

/// True when `w` (any case) is a word of the tool's own fake names.
fn fake_word(w: &[u8]) -> bool {
    use std::sync::OnceLock;
    static S: OnceLock<FpSet<Vec<u8>>> = OnceLock::new();
    let set = S.get_or_init(|| {
        let w = super::words::fake_name_words();
        w.map(|x| x.to_ascii_lowercase().into_bytes()).collect()
    });
    let mut buf = [0u8; 32];
    lower_into(w, &mut buf).is_some_and(|l| set.contains(l))
}

/// Learn the facts of one original value `v` of an identity column into `out`.
pub fn learn(key: &FactKey, identity: Identity, v: &[u8], out: &mut Vec<Fact>) {
    let v = v.trim_ascii();
    let mut buf = [0u8; 128];
    match identity {
        Identity::Number => {
            if let Some((d, n)) = one_number(v) {
                out.push(key.fact(n as u8, &d[..n]));
            }
        }
        Identity::Token => {
            if let Some((d, n)) = one_number(v) {
                out.push(key.fact(n as u8, &d[..n]));
            } else if v.len() >= 4 && v.iter().any(u8::is_ascii_alphanumeric) {
                token(key, v, &mut |f, _| out.push(f));
            }
        }
        Identity::Name => {
            let mut words: Vec<(usize, usize)> = Vec::new();
            letter_words(v, |a, b| words.push((a, b)));
            if words.is_empty() {
                return;
            }
            let mut n = 0;
            for (k, &(a, b)) in words.iter().enumerate() {
                if n + (b - a) + 1 > buf.len() {
                    return;
                }
                if k > 0 {
                    buf[n] = b' ';
                    n += 1;
                }
                buf[n..n + (b - a)].copy_from_slice(&v[a..b]);
                n += b - a;
            }
            buf[..n].make_ascii_lowercase();
            if n >= 3 {
                out.push(key.fact(CLASS_TOKEN, &buf[..n]));
            }
            for w in words.windows(2) {
                if let Some((f, _)) = pair(key, v, w[0], w[1], false) {
                    out.push(f);
                }
            }
        }
    }
}

/// The fact of the word pair `a`, `b` of `v` (two letters or more each); `skip_fakes`: `None`
/// when both are words of the tool's own fakes.
fn pair(
    key: &FactKey,
    v: &[u8],
    a: (usize, usize),
    b: (usize, usize),
    skip_fakes: bool,
) -> Option<(Fact, ([u8; 64], usize))> {
    let (x, y) = (&v[a.0..a.1], &v[b.0..b.1]);
    if x.len() < 2 || y.len() < 2 || x.len() + y.len() + 1 > 64 {
        return None;
    }
    if skip_fakes && fake_word(x) && fake_word(y) {
        return None;
    }
    let mut buf = [0u8; 64];
    buf[..x.len()].copy_from_slice(x);
    buf[x.len()] = b' ';
    buf[x.len() + 1..x.len() + 1 + y.len()].copy_from_slice(y);
    let n = x.len() + 1 + y.len();
    buf[..n].make_ascii_lowercase();
    Some((key.fact(CLASS_PAIR, &buf[..n]), (buf, n)))
}

/// How one written value is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Searched {
    /// A kept column: the whole value is a token too (a kept name column holding `Meena`).
    Kept,
    /// The output of a free-text strategy: pairs of the tool's own fake name words are its
    /// fakes, not originals.
    Rewritten,
}

/// Add the candidates of written value `v` of schema column `column` to `out`.
pub fn search(
    key: &FactKey,
    column: u32,
    v: &[u8],
    how: Searched,
    known: Option<&dyn KnownOriginals>,
    out: &mut dyn FnMut(Candidate),
) {
    let v = v.trim_ascii();
    if v.len() < 3 {
        return;
    }
    let mut push = |fact: Fact, bytes: &[u8]| {
        let known = known.is_some_and(|k| {
            (fact.class < MIN_DIGITS as u8 || usize::from(fact.class) >= KNOWN_MIN_DIGITS)
                && k.knows(fact.class, bytes)
        });
        out(Candidate {
            column,
            fact,
            known,
        })
    };
    // One pass: tokens (runs of letters, digits and `. _ @ -`) and the letter words inside them.
    let mut digits = 0usize;
    let mut words_only = true;
    let mut prev: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < v.len() {
        if !is_token_byte(v[i]) {
            words_only &= v[i].is_ascii_whitespace() || v[i] == b'\'';
            i += 1;
            continue;
        }
        let s = i;
        let (mut marked, mut letter) = (false, false);
        while i < v.len() && is_token_byte(v[i]) {
            let c = v[i];
            if is_letter(c) {
                let w = i;
                while i < v.len() && is_letter(v[i]) {
                    i += 1;
                }
                letter = true;
                // Adjacent capitalised words (only blanks and punctuation between them): how
                // names are written in text (`Sunita Kulkarni`, `SUNITA KULKARNI`; other
                // scripts have no case).
                if v[w].is_ascii_uppercase() || v[w] >= 0x80 {
                    if let Some(p) = prev {
                        if w - p.1 <= 3 {
                            if let Some((f, b)) =
                                pair(key, v, p, (w, i), how == Searched::Rewritten)
                            {
                                push(f, &b.0[..b.1]);
                            }
                        }
                    }
                    prev = Some((w, i));
                } else {
                    prev = None;
                }
                continue;
            }
            if c.is_ascii_digit() {
                digits += 1;
                prev = None;
                words_only = false;
            } else {
                words_only &= c == b'.';
            }
            marked = true;
            i += 1;
        }
        // Tokens with a digit or a `. _ @ -` inside: logins, emails, ABHA addresses, codes.
        let mut t = &v[s..i];
        while let [b'.' | b'_' | b'-' | b'@', rest @ ..] = t {
            t = rest;
        }
        while let [rest @ .., b'.' | b'_' | b'-' | b'@'] = t {
            t = rest;
        }
        if marked && letter && t.len() >= 4 {
            token(key, t, &mut push);
        }
    }
    if digits >= MIN_DIGITS {
        numbers(v, |d| push(key.fact(d.len() as u8, d), d));
    }
    if how == Searched::Kept && words_only && v.len() <= WHOLE_MAX {
        // The whole value (a kept name column holding `Meena`), words joined by one space.
        let mut buf = [0u8; WHOLE_MAX + 1];
        let mut n = 0;
        letter_words(v, |a, b| {
            if n > 0 {
                buf[n] = b' ';
                n += 1;
            }
            buf[n..n + (b - a)].copy_from_slice(&v[a..b]);
            n += b - a;
        });
        if n >= 3 {
            buf[..n].make_ascii_lowercase();
            push(key.fact(CLASS_TOKEN, &buf[..n]), &buf[..n]);
        }
    }
}

/// The facts of token `t` (lower-cased), and without its dashes when it has some, with the
/// bytes each was made of.
fn token(key: &FactKey, t: &[u8], push: &mut dyn FnMut(Fact, &[u8])) {
    let mut buf = [0u8; 128];
    let Some(l) = lower_into(t, &mut buf) else {
        return;
    };
    push(key.fact(CLASS_TOKEN, l), l);
    if l.contains(&b'-') {
        let mut nd = [0u8; 128];
        let mut n = 0;
        for &b in l.iter().filter(|b| **b != b'-') {
            nd[n] = b;
            n += 1;
        }
        push(key.fact(CLASS_TOKEN, &nd[..n]), &nd[..n]);
    }
}

/// Hits of one column.
#[derive(Debug, Clone, Default)]
pub struct ColumnHits {
    /// Distinct candidates searched, by class (a digit class is its count).
    pub searched: [u64; 20],
    /// Distinct hits by class, and the first fingerprints.
    hits: [u64; 20],
    seen: FpSet<u64>,
}

impl ColumnHits {
    /// Distinct hits in all classes.
    pub fn total(&self) -> u64 {
        self.hits.iter().sum()
    }
}

/// The writer's side: the facts learnt so far, in input order.
#[derive(Debug, Default)]
pub struct Originals {
    set: FpSet<u64>,
    /// Distinct facts learnt, by class.
    learnt: [u64; 20],
    /// The distinct leading digits of the learnt numbers, by digit count.
    prefixes: Vec<HashSet<u16, foldhash::fast::RandomState>>,
}

impl Originals {
    /// Facts learnt.
    pub fn len(&self) -> u64 {
        self.learnt.iter().sum()
    }

    /// True when nothing was learnt.
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// Learn `facts`.
    pub fn learn(&mut self, facts: &[Fact]) {
        if self.prefixes.is_empty() {
            self.prefixes = vec![HashSet::default(); 20];
        }
        for f in facts {
            if self.set.insert(f.fp) {
                let class = usize::from(f.class).min(19);
                self.learnt[class] += 1;
                if class >= MIN_DIGITS {
                    self.prefixes[class].insert(f.prefix);
                }
            }
        }
    }

    /// Search `candidates` (distinct per statement); hits go to `hits[column]`.
    pub fn search(&self, candidates: &[Candidate], hits: &mut [ColumnHits]) {
        for c in candidates {
            let Some(h) = hits.get_mut(c.column as usize) else {
                continue;
            };
            let class = usize::from(c.fact.class).min(19);
            h.searched[class] += 1;
            if (c.known || (!self.set.is_empty() && self.set.contains(&c.fact.fp)))
                && h.seen.len() < HITS_KEPT
                && h.seen.insert(c.fact.fp)
            {
                h.hits[class] += 1;
            }
        }
    }

    /// How many chance hits `h` should have: per digit count, the values searched times the
    /// share of the numbers in the learnt numbers' blocks that were learnt. The blocks are the
    /// distinct leading [`PREFIX_DIGITS`] digits the learnt numbers have: phones and IDs are
    /// issued in blocks, so a random number in a block meets one far more often than a random
    /// number in the whole range would.
    fn chance(&self, h: &ColumnHits) -> f64 {
        (MIN_DIGITS..=MAX_DIGITS)
            .map(|n| {
                let blocks = self.prefixes.get(n).map_or(0, HashSet::len).max(1) as f64;
                let space = blocks * 10f64.powi((n - PREFIX_DIGITS) as i32);
                h.searched[n] as f64 * self.learnt[n] as f64 / space
            })
            .sum()
    }

    /// The evidence of column hits `h`: PERSONAL when digit hits are far above chance, or
    /// [`TEXT_MIN_DISTINCT`] distinct tokens or name pairs were originals; `None` without hits.
    pub fn evidence(&self, h: &ColumnHits) -> Option<Evidence> {
        let total = h.total();
        if total == 0 {
            return None;
        }
        let digits: u64 = h.hits[MIN_DIGITS..=MAX_DIGITS].iter().sum();
        let text = h.hits[usize::from(CLASS_TOKEN)] + h.hits[usize::from(CLASS_PAIR)];
        let searched: u64 = h.searched.iter().sum();
        let lambda = self.chance(h);
        // P(at least `digits` chance hits): Poisson tail through the binomial with a large n.
        let p = if digits == 0 {
            1.0
        } else {
            let n = h.searched[MIN_DIGITS..=MAX_DIGITS]
                .iter()
                .sum::<u64>()
                .max(digits);
            binomial_tail(n, digits, (lambda / n as f64).min(1.0))
        };
        let personal = (digits > 0 && p <= DIGITS_ALPHA) || text >= TEXT_MIN_DISTINCT;
        let why = format!(
            "{total} distinct written value(s) equal originals this run rewrote ({digits} number(s), chance {lambda:.1e}; {text} name(s) or token(s))"
        );
        Some(Evidence {
            kind: Kind::Original,
            verdict: if personal {
                Verdict::Personal
            } else {
                Verdict::Undecided
            },
            matches: total,
            of: searched.max(total),
            share: total as f64 / searched.max(total) as f64,
            share_low: 0.0,
            share_high: 1.0,
            checked: total,
            llr: None,
            named: false,
            why,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(v: &str) -> Vec<String> {
        let mut out = Vec::new();
        numbers(v.as_bytes(), |d| {
            out.push(String::from_utf8(d.to_vec()).unwrap())
        });
        out
    }

    #[test]
    fn digit_groups_are_joined_whatever_separates_them() {
        for written in [
            "9876543210",
            "98765 43210",
            "98765.43210",
            "987/654/3210",
            "+91 98765-43210",
            "0091 98765 43210",
            "(+91) 98765.43210",
            "91-9876543210",
            "09876543210",
            "call 98 76 54 32 10 today",
        ] {
            assert!(
                nums(written).contains(&"9876543210".to_string()),
                "{written}: {:?}",
                nums(written)
            );
        }
        // A prefix written apart is no part of a shorter number.
        assert!(!nums("+91 82830135").contains(&"9182830135".to_string()));
        // Two numbers in a list are each found.
        let two = nums("9876543210, 9123456789");
        assert!(two.contains(&"9876543210".into()) && two.contains(&"9123456789".into()));
        // Measurements and dates give nothing a mobile could be.
        assert!(nums("BP 120/80, Hb 11.2, 37.5 C, 500 mg on 12/06/2024").is_empty());
        assert!(!nums("12/06/2024 10:30")
            .iter()
            .any(|d| d.len() == 10 && d.as_bytes()[0] >= b'6'));
    }

    #[test]
    fn learnt_originals_are_found_in_written_text() {
        let key = FactKey::default();
        let mut facts = Vec::new();
        learn(&key, Identity::Number, b"+91 98765 43210", &mut facts);
        learn(&key, Identity::Name, b"Tejaswini Borkar", &mut facts);
        learn(&key, Identity::Token, b"sunita.k12", &mut facts);
        learn(&key, Identity::Token, b"4P3-JK8-52C9", &mut facts);
        let mut o = Originals::default();
        o.learn(&facts);
        let mut hits = vec![ColumnHits::default(); 1];
        for (text, how) in [
            ("called on 98765.43210 yesterday", Searched::Rewritten),
            ("seen by Tejaswini  Borkar at home", Searched::Rewritten),
            ("created by SUNITA.K12", Searched::Kept),
            ("home at 4p3jk852c9", Searched::Kept),
        ] {
            let mut c = Vec::new();
            search(&key, 0, text.as_bytes(), how, None, &mut |x| c.push(x));
            let before = hits[0].total();
            o.search(&c, &mut hits);
            assert_eq!(hits[0].total(), before + 1, "{text}");
        }
        assert_eq!(o.evidence(&hits[0]).unwrap().verdict, Verdict::Personal);
    }

    #[test]
    fn fake_name_pairs_in_rewritten_text_are_not_searched() {
        let key = FactKey::default();
        let mut facts = Vec::new();
        learn(&key, Identity::Name, b"Suresh Patel", &mut facts);
        let mut o = Originals::default();
        o.learn(&facts);
        let mut c = Vec::new();
        search(
            &key,
            0,
            b"seen by Suresh Patel",
            Searched::Rewritten,
            None,
            &mut |x| c.push(x),
        );
        let mut hits = vec![ColumnHits::default(); 1];
        o.search(&c, &mut hits);
        assert_eq!(hits[0].total(), 0);
    }

    #[test]
    fn chance_hits_of_random_numbers_are_not_leaks() {
        let key = FactKey::default();
        let mut o = Originals::default();
        // 100,000 learnt mobiles over all 4,000 blocks; a column searched with 1,000,000
        // random mobiles meets ~25 by chance: the evidence stays below PERSONAL at 30 hits,
        // and 200 hits are a leak.
        o.learnt[10] = 100_000;
        o.prefixes = vec![HashSet::default(); 20];
        o.prefixes[10] = (6000..10_000).collect();
        o.prefixes[12] = (2000..10_000).collect();
        let mut h = ColumnHits::default();
        h.searched[10] = 1_000_000;
        h.hits[10] = 30;
        h.seen.insert(key.fact(10, b"x").fp);
        assert_eq!(o.evidence(&h).unwrap().verdict, Verdict::Undecided);
        h.hits[10] = 200;
        assert_eq!(o.evidence(&h).unwrap().verdict, Verdict::Personal);
        // One Aadhaar-length hit among a few searched values is far above chance; among
        // millions it is what chance gives.
        let mut h = ColumnHits::default();
        o.learnt[12] = 100_000;
        h.searched[12] = 50;
        h.hits[12] = 1;
        assert_eq!(o.evidence(&h).unwrap().verdict, Verdict::Personal);
        h.searched[12] = 5_000_000;
        assert_eq!(o.evidence(&h).unwrap().verdict, Verdict::Undecided);
    }
}
