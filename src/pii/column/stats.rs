//! The column statistics: cheap counters fed by every value ([`ColumnStats::observe`]) and a
//! bounded systematic sample for the expensive readers; merged over the pieces of a table.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::readers::{
    is_free_text, is_name_value, leaf_kinds, letter_words, names_in_text, segment_kinds,
};
use super::{
    Kind, NameWords, DENSE_PREFIX, KINDS, ORDER_MIN_PAIRS, SPARSE_FLOOR, SPREAD_MIN_VALUES,
};
use crate::pii::detect::{detect, is_generated_domain, Detector};
use crate::pii::lexicon::is_address_word;
use crate::pii::shape;

/// Values read in full by the expensive readers before sampling starts.
pub const SAMPLE_FIRST: u64 = 512;
/// After [`SAMPLE_FIRST`], one value in this many is read by the expensive readers.
pub const SAMPLE_EVERY: u64 = 8;
/// Distinct sampled values counted exactly, per column.
pub const DISTINCT_CAP: usize = 4_096;
/// Value shapes counted per column (further shapes are counted as "other").
pub const SHAPES_CAP: usize = 32;

/// Hits of one kind in one column.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct Tally {
    /// Values that are wholly this kind's format.
    pub whole: u64,
    /// Of those, values that pass its check (Verhoeff, dashed ABHA, public IP…).
    pub valid: u64,
    /// Of those, values whose check fails.
    pub failed: u64,
    /// Values with a hit inside a longer text, JSON document or path.
    pub inside: u64,
    /// Hashes of the first distinct whole matches (up to [`SPARSE_FLOOR`]).
    #[serde(skip)]
    pub(super) seen: [u64; 3],
    #[serde(skip)]
    pub(super) seen_n: u8,
}

impl Tally {
    /// Count a whole-value match of `v`.
    pub(super) fn whole_match(&mut self, v: &[u8], valid: bool) {
        self.whole += 1;
        self.valid += u64::from(valid);
        if usize::from(self.seen_n) < self.seen.len() {
            let h = fx(v);
            if !self.seen[..usize::from(self.seen_n)].contains(&h) {
                self.seen[usize::from(self.seen_n)] = h;
                self.seen_n += 1;
            }
        }
    }

    /// Fewer than [`SPARSE_FLOOR`] distinct whole matches (one helpline number repeated).
    pub(super) fn few_distinct(&self) -> bool {
        u64::from(self.seen_n) < SPARSE_FLOOR
    }

    pub(super) fn merge(&mut self, o: &Tally) {
        self.whole += o.whole;
        self.valid += o.valid;
        self.failed += o.failed;
        self.inside += o.inside;
        for &h in &o.seen[..usize::from(o.seen_n)] {
            let n = usize::from(self.seen_n);
            if n < self.seen.len() && !self.seen[..n].contains(&h) {
                self.seen[n] = h;
                self.seen_n += 1;
            }
        }
    }
}

/// Counters over one column's values. Merge the stats of consecutive pieces of a table with
/// [`ColumnStats::merge`].
#[derive(Debug, Clone, Default)]
pub struct ColumnStats {
    /// Skip the full reading of the first [`SAMPLE_FIRST`] values (a later piece of a table).
    pub(super) later_piece: bool,
    pub(super) values: u64,
    pub(super) nulls: u64,
    pub(super) empty: u64,
    pub(super) numeric: u64,
    pub(super) pairs: u64,
    pub(super) increases: u64,
    pub(super) last: Option<u128>,
    pub(super) min: Option<(usize, [u8; 40])>,
    pub(super) max: Option<(usize, [u8; 40])>,
    pub(super) first_digit: [u64; 10],
    pub(super) mobile_lead: [u64; 4],
    pub(super) tallies: [Tally; KINDS],
    pub(super) sampled: u64,
    pub(super) text_sampled: u64,
    pub(super) free_text: u64,
    pub(super) decimals: u64,
    pub(super) ifsc: u64,
    pub(super) lat: u64,
    pub(super) lon: u64,
    pub(super) dates: u64,
    pub(super) year_min: u32,
    pub(super) year_max: u32,
    pub(super) json_kinds: BTreeMap<Kind, u64>,
    pub(super) path_kinds: BTreeMap<Kind, u64>,
    pub(super) distinct: HashSet<u64, foldhash::fast::FixedState>,
    pub(super) distinct_capped: bool,
    pub(super) shapes: BTreeMap<String, u64>,
    pub(super) shapes_other: u64,
    /// Ten-digit numbers written without a prefix, and how many of them start with 6–9.
    pub(super) ten_digit: u64,
    pub(super) ten_mobile: u64,
    /// Voter-ID-shaped values: the first one's letters, whether others had other letters, and
    /// adjacent increases of their digits in dump order.
    pub(super) voter_prefix: Option<[u8; 3]>,
    pub(super) voter_prefixes_vary: bool,
    pub(super) voter_last: Option<u32>,
    pub(super) voter_pairs: u64,
    pub(super) voter_increases: u64,
}

/// A fixed hash of a value for distinct counts (the same value always hashes the same; FNV-1a
/// over 8-byte words, enough to count distinct values).
pub(super) fn fx(v: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ v.len() as u64;
    let mut chunks = v.chunks_exact(8);
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes(c.try_into().expect("8 bytes")))
            .wrapping_mul(0x0000_0100_0000_01b3);
        h ^= h >> 29;
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ (h >> 32)
}

impl ColumnStats {
    /// Stats for a later piece of a table (not its first INSERT): the expensive readers take
    /// only one value in [`SAMPLE_EVERY`], as they do after the first [`SAMPLE_FIRST`] values
    /// of a whole column.
    pub fn later_piece() -> Self {
        ColumnStats {
            later_piece: true,
            ..ColumnStats::default()
        }
    }

    /// A NULL.
    pub fn observe_null(&mut self) {
        self.nulls += 1;
    }

    /// Non-NULL values seen.
    pub fn values(&self) -> u64 {
        self.values
    }

    /// True when the next value is read by the expensive readers.
    fn sample_now(&self) -> bool {
        (!self.later_piece && self.values <= SAMPLE_FIRST) || self.values % SAMPLE_EVERY == 0
    }

    /// Count one non-NULL value (decoded bytes). `names` are the names seen so far in name
    /// columns of the run, if any.
    pub fn observe(&mut self, v: &[u8], names: Option<&dyn NameWords>, domains: &[String]) {
        self.values += 1;
        if v.is_empty() {
            self.empty += 1;
            return;
        }
        let sampled = self.sample_now();
        if sampled {
            self.sampled += 1;
            self.note_shape_and_distinct(v);
        }
        if shape::opaque(v) {
            self.tallies[Kind::Opaque as usize].whole += 1;
            return;
        }
        if let Some(d) = shape::digits(v) {
            self.observe_number(v, &d);
            return;
        }
        self.observe_text_formats(v, domains);
        if sampled && v.iter().any(|b| b.is_ascii_alphabetic() || *b >= 0x80) {
            self.observe_text(v, names, domains);
        }
    }

    fn note_shape_and_distinct(&mut self, v: &[u8]) {
        if !self.distinct_capped {
            self.distinct.insert(fx(v));
            if self.distinct.len() >= DISTINCT_CAP {
                self.distinct_capped = true;
            }
        }
        let mut buf = [0u8; shape::SHAPE_BYTES];
        let s = shape::shape_into(v, &mut buf);
        if let Some(n) = self.shapes.get_mut(s) {
            *n += 1;
        } else if self.shapes.len() < SHAPES_CAP {
            self.shapes.insert(s.to_string(), 1);
        } else {
            self.shapes_other += 1;
        }
    }

    fn observe_number(&mut self, v: &[u8], d: &shape::Digits) {
        let s = d.as_slice();
        self.first_digit[usize::from(s[0] - b'0')] += 1;
        if d.len < 6 {
            return;
        }
        self.numeric += 1;
        if let Some(x) = d.value() {
            if let Some(prev) = self.last {
                self.pairs += 1;
                self.increases += u64::from(x > prev);
            }
            self.last = Some(x);
        }
        let mut key = [0u8; 40];
        key[..d.len].copy_from_slice(s);
        let cur = (d.len, key);
        if self.min.is_none_or(|m| cur < m) {
            self.min = Some(cur);
        }
        if self.max.is_none_or(|m| cur > m) {
            self.max = Some(cur);
        }
        if d.len == 10 && !d.plus {
            self.ten_digit += 1;
            self.ten_mobile += u64::from(matches!(s[0], b'6'..=b'9'));
        }
        if let Some(m) = shape::mobile(d) {
            self.tallies[Kind::Mobile as usize].whole_match(m, true);
            self.mobile_lead[usize::from(m[0] - b'6')] += 1;
        } else if shape::landline(d) {
            self.tallies[Kind::Landline as usize].whole_match(s, true);
        }
        if let Some(ok) = shape::aadhaar(d) {
            let t = &mut self.tallies[Kind::Aadhaar as usize];
            t.whole_match(s, ok);
            t.failed += u64::from(!ok);
        }
        if let Some(dashed) = shape::abha_number(v, d) {
            self.tallies[Kind::AbhaNumber as usize].whole_match(s, dashed);
        }
        if (9..=18).contains(&d.len) && d.sep_after.is_none() && !d.plus {
            self.tallies[Kind::BankAccount as usize].whole_match(s, false);
        }
    }

    /// Remember what real voter IDs differ in: their letters vary by constituency and their
    /// digits come in no order; a request or ticket number has one prefix and ascends.
    fn note_voter_id(&mut self, v: &[u8]) {
        let t = v.trim_ascii();
        let prefix = [
            t[0].to_ascii_uppercase(),
            t[1].to_ascii_uppercase(),
            t[2].to_ascii_uppercase(),
        ];
        match self.voter_prefix {
            None => self.voter_prefix = Some(prefix),
            Some(p) if p != prefix => self.voter_prefixes_vary = true,
            _ => {}
        }
        let n = t[3..]
            .iter()
            .filter(|d| d.is_ascii_digit())
            .fold(0u32, |a, d| {
                a.wrapping_mul(10).wrapping_add(u32::from(d - b'0'))
            });
        if let Some(prev) = self.voter_last {
            self.voter_pairs += 1;
            self.voter_increases += u64::from(n > prev);
        }
        self.voter_last = Some(n);
    }

    fn observe_text_formats(&mut self, v: &[u8], domains: &[String]) {
        let mut hit = |k: Kind, valid: bool| self.tallies[k as usize].whole_match(v, valid);
        if v.contains(&b'@') {
            if shape::abha_address(v) {
                hit(Kind::AbhaAddress, true);
            } else if let Some(host) = shape::email(v) {
                if !is_generated_domain(host, domains) {
                    hit(Kind::Email, true);
                }
            }
            return;
        }
        // Every format below is short or starts with a digit, a sign or a blank: a longer value
        // that starts with a letter (a name, a note) is none of them.
        if (v.len() > 15 && v[0].is_ascii_alphabetic()) || v[0] >= 0x80 {
            return;
        }
        if shape::pan(v) {
            hit(Kind::Pan, true);
        } else if shape::voter_id(v) {
            hit(Kind::VoterId, true);
            self.note_voter_id(v);
        } else if shape::digipin(v) {
            hit(Kind::Digipin, true);
        } else if let Some(public) = shape::ipv4(v) {
            if public {
                hit(Kind::IpAddress, true);
            }
        } else if shape::gps_pair(v) {
            hit(Kind::Gps, true);
        } else if let Some(y) = shape::date_year(v) {
            self.dates += 1;
            if self.dates == 1 || y < self.year_min {
                self.year_min = y;
            }
            self.year_max = self.year_max.max(y);
        } else if shape::ifsc(v) {
            self.ifsc += 1;
        } else if let Some((x, places)) = shape::decimal(v) {
            self.decimals += 1;
            if places >= shape::GPS_MIN_DECIMALS {
                self.lat += u64::from(shape::within(x, shape::INDIA_LAT));
                self.lon += u64::from(shape::within(x, shape::INDIA_LON));
            }
        }
    }

    /// The expensive readers, on sampled values with letters.
    fn observe_text(&mut self, v: &[u8], names: Option<&dyn NameWords>, domains: &[String]) {
        self.text_sampled += 1;
        let Ok(text) = std::str::from_utf8(v) else {
            return;
        };
        if let Some(leaves) = shape::json_leaves(v) {
            for k in leaf_kinds(&leaves, names, domains) {
                *self.json_kinds.entry(k).or_default() += 1;
            }
            self.tallies[Kind::Json as usize].whole += 1;
            return;
        }
        if let Some(segments) = shape::path_segments(text) {
            let kinds = segment_kinds(&segments, names);
            if !kinds.is_empty() {
                self.tallies[Kind::Path as usize].valid += 1;
            }
            for k in kinds {
                *self.path_kinds.entry(k).or_default() += 1;
            }
            self.tallies[Kind::Path as usize].whole += 1;
            return;
        }
        let words = shape::words(text);
        let letters = letter_words(&words);
        let free = is_free_text(text);
        if free {
            self.free_text += 1;
        }
        let is_name_value = is_name_value(text, &words, &letters, names);
        if is_name_value {
            let t = &mut self.tallies[Kind::PersonName as usize];
            t.whole += 1;
            t.valid += 1;
        } else if free && names_in_text(&letters, names) {
            self.tallies[Kind::PersonName as usize].inside += 1;
        }
        // An address: an address word or a PIN among at least three words.
        let pin = words.iter().any(|(_, w)| {
            w.len() == 6
                && w.as_bytes()[0].is_ascii_digit()
                && matches!(w.as_bytes()[0], b'1'..=b'8')
        });
        let address_word = letters
            .iter()
            .any(|w| shape::with_lower(w, is_address_word))
            || text
                .as_bytes()
                .windows(4)
                .any(|w| w.eq_ignore_ascii_case(b"h.no"));
        // A ward, house or door number alone (`Ward No. 9`) is no address line: a street,
        // locality or place must be named too.
        let named_place = letters.iter().any(|w| {
            shape::with_lower(w, |l| {
                !is_address_word(l) && !matches!(l, "no" | "number" | "num" | "nr" | "h")
            })
        });
        if text.split_whitespace().count() >= 3 && ((address_word && named_place) || pin) {
            let t = &mut self.tallies[Kind::Address as usize];
            let number = words.iter().any(|w| w.1.as_bytes()[0].is_ascii_digit());
            if address_word && number {
                t.whole += 1;
            } else {
                t.inside += 1;
            }
        }
        if free || words.len() > letters.len() {
            // Numbers and emails inside text.
            let mut seen = [false; 5];
            detect(v, |d, _, domain| {
                if d == Detector::Email && domain.is_some_and(|x| is_generated_domain(x, domains)) {
                    return;
                }
                seen[d as usize] = true;
            });
            for (d, k) in [
                (Detector::Mobile, Kind::Mobile),
                (Detector::Aadhaar, Kind::Aadhaar),
                (Detector::Pan, Kind::Pan),
                (Detector::Abha, Kind::AbhaNumber),
                (Detector::Email, Kind::Email),
            ] {
                if seen[d as usize] {
                    self.tallies[k as usize].inside += 1;
                }
            }
            // Voter IDs and plain 14-digit ABHA numbers, which no text pattern reads.
            let (mut voter, mut abha) = (false, false);
            shape::ids_in_text(v, |k, t| match k {
                Kind::VoterId => {
                    voter = true;
                    self.note_voter_id(t);
                }
                _ => abha = true,
            });
            if voter {
                self.tallies[Kind::VoterId as usize].inside += 1;
            }
            if abha && !seen[Detector::Abha as usize] {
                self.tallies[Kind::AbhaNumber as usize].inside += 1;
            }
        }
    }

    /// True when nothing was counted (no value, no NULL).
    pub fn is_empty(&self) -> bool {
        self.values == 0 && self.nulls == 0
    }

    /// Add the stats of the next piece of the same column.
    pub fn merge(&mut self, o: &ColumnStats) {
        if o.is_empty() {
            return;
        }
        self.values += o.values;
        self.nulls += o.nulls;
        self.empty += o.empty;
        self.numeric += o.numeric;
        self.pairs += o.pairs;
        self.increases += o.increases;
        self.last = o.last.or(self.last);
        self.min = match (self.min, o.min) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.max = match (self.max, o.max) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        for i in 0..10 {
            self.first_digit[i] += o.first_digit[i];
        }
        for i in 0..4 {
            self.mobile_lead[i] += o.mobile_lead[i];
        }
        for (a, b) in self.tallies.iter_mut().zip(&o.tallies) {
            a.merge(b);
        }
        self.sampled += o.sampled;
        self.text_sampled += o.text_sampled;
        self.free_text += o.free_text;
        self.decimals += o.decimals;
        self.ifsc += o.ifsc;
        self.lat += o.lat;
        self.lon += o.lon;
        if o.dates > 0 {
            self.year_min = if self.dates == 0 {
                o.year_min
            } else {
                self.year_min.min(o.year_min)
            };
            self.year_max = self.year_max.max(o.year_max);
        }
        self.dates += o.dates;
        for (k, n) in &o.json_kinds {
            *self.json_kinds.entry(*k).or_default() += n;
        }
        for (k, n) in &o.path_kinds {
            *self.path_kinds.entry(*k).or_default() += n;
        }
        if !self.distinct_capped {
            self.distinct.extend(o.distinct.iter().copied());
            self.distinct_capped = o.distinct_capped || self.distinct.len() >= DISTINCT_CAP;
        }
        for (s, n) in &o.shapes {
            if let Some(m) = self.shapes.get_mut(s) {
                *m += n;
            } else if self.shapes.len() < SHAPES_CAP {
                self.shapes.insert(s.clone(), *n);
            } else {
                self.shapes_other += n;
            }
        }
        self.shapes_other += o.shapes_other;
        self.ten_digit += o.ten_digit;
        self.ten_mobile += o.ten_mobile;
        match (self.voter_prefix, o.voter_prefix) {
            (None, p) => self.voter_prefix = p,
            (Some(a), Some(b)) if a != b => self.voter_prefixes_vary = true,
            _ => {}
        }
        self.voter_prefixes_vary |= o.voter_prefixes_vary;
        self.voter_pairs += o.voter_pairs;
        self.voter_increases += o.voter_increases;
        if o.voter_last.is_some() {
            self.voter_last = o.voter_last;
        }
    }

    /// Share of adjacent increases among number values in dump order (`None`: too few pairs).
    pub(super) fn ordered(&self) -> Option<f64> {
        (self.pairs >= ORDER_MIN_PAIRS).then(|| self.increases as f64 / self.pairs as f64)
    }

    /// True when the smallest and largest number share [`DENSE_PREFIX`]+ leading digits: one
    /// id range.
    pub(super) fn dense_range(&self) -> bool {
        match (self.min, self.max) {
            (Some((la, a)), Some((lb, b))) if la == lb && self.numeric >= SPREAD_MIN_VALUES => {
                a[..la]
                    .iter()
                    .zip(&b[..lb])
                    .take_while(|(x, y)| x == y)
                    .count()
                    >= DENSE_PREFIX
            }
            _ => false,
        }
    }

    /// Distinct sampled values (exact up to [`DISTINCT_CAP`]).
    pub(super) fn distinct_count(&self) -> usize {
        self.distinct.len()
    }

    /// One kind's hits.
    pub(super) fn tally(&self, k: Kind) -> Tally {
        self.tallies[k as usize]
    }

    /// True when this column holds IFSC codes (for the bank-account test of its neighbours).
    pub fn holds_ifsc(&self) -> bool {
        self.ifsc >= SPARSE_FLOOR && self.ifsc * 5 >= (self.values - self.empty) * 4
    }
}
