//! Column tests: does what a column holds look like a person? Not a per-value vote: every value
//! feeds cheap counters ([`ColumnStats::observe`]) — format matches, checksum passes and fails,
//! the share of adjacent increases in dump order (keys and serials arrive sorted, phones and
//! Aadhaar numbers do not), leading digits, lengths, nulls — and a bounded systematic sample feeds
//! the expensive readers (names, addresses, free text, JSON documents, file paths, shapes,
//! distinct values). [`ColumnStats::decide`] then runs one documented test per detector and
//! answers PERSONAL, NOT or UNDECIDED with the evidence, never a value.
//!
//! Column-name tokens (`Ph`, `Mob`, `SMS`, `Adhar`, `Acc`, `Lat`…, whole tokens only) may turn
//! UNDECIDED into PERSONAL or lower the evidence needed; they never make a decision alone.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::detect::{detect, is_generated_domain, Detector};
use super::lexicon::{
    is_address_word, is_ambiguous, is_name, is_place_word, is_surname, name_tokens,
};
use super::shape;

/// Values read in full by the expensive readers before sampling starts.
pub const SAMPLE_FIRST: u64 = 512;
/// After [`SAMPLE_FIRST`], one value in this many is read by the expensive readers.
pub const SAMPLE_EVERY: u64 = 8;
/// Distinct sampled values counted exactly, per column.
pub const DISTINCT_CAP: usize = 4_096;
/// Value shapes counted per column (further shapes are counted as "other").
pub const SHAPES_CAP: usize = 32;

/// Share of a column's candidate values that must have a detector's format for a whole-value
/// detector to call the column PERSONAL.
pub const FORMAT_SHARE: f64 = 0.8;
/// Below this share of format matches a whole-value detector says NOT; between it and
/// [`FORMAT_SHARE`], UNDECIDED (PERSONAL when the column name says so).
pub const UNDECIDED_SHARE: f64 = 0.3;
/// Fewest matching values that can make a column PERSONAL, whatever the share (a sparse column:
/// 3 phones in 10,000 notes is a leak).
pub const SPARSE_FLOOR: u64 = 3;
/// Share of adjacent increases in dump order from which a number column is a key or serial (≈0.5
/// for values issued at random, ≈1 for primary keys).
pub const ORDERED_SHARE: f64 = 0.9;
/// Adjacent pairs needed before the order test may veto.
pub const ORDER_MIN_PAIRS: u64 = 20;
/// Values needed before the leading-digit and range tests may veto.
pub const SPREAD_MIN_VALUES: u64 = 20;
/// Leading digits shared by the smallest and largest number from which the numbers are one
/// dense range (an id block), not phones issued all over 6–9.
pub const DENSE_PREFIX: usize = 3;
/// Chance pass rate of a 12-digit number under the Verhoeff check.
pub const VERHOEFF_P0: f64 = 0.10;
/// Pass rate of a column of real Aadhaar numbers (allowing typos).
pub const VERHOEFF_P1: f64 = 0.95;
/// Wald test: chance of calling a random-number column Aadhaar.
pub const SPRT_ALPHA: f64 = 1e-6;
/// Wald test with a column name that says Aadhaar.
pub const SPRT_ALPHA_NAMED: f64 = 1e-3;
/// Wald test: chance of missing an Aadhaar column.
pub const SPRT_BETA: f64 = 1e-3;
/// For sparse columns: largest chance that Verhoeff passes this many by luck.
pub const SPARSE_ALPHA: f64 = 1e-3;
/// Share of sampled text values that are a person's name for a name column.
pub const NAME_SHARE: f64 = 0.3;
/// Share of sampled text values that are addresses for an address column.
pub const ADDRESS_SHARE: f64 = 0.3;
/// Share of sampled text values that are free text (≥ 3 words, ≥ 20 characters).
pub const FREE_TEXT_SHARE: f64 = 0.5;
/// Share of decimal values inside India's latitude or longitude range for a coordinate column.
pub const GPS_SHARE: f64 = 0.9;
/// Ten-digit values needed before their share starting with 6–9 is tested against chance.
pub const MIXED_MIN_VALUES: u64 = 50;
/// Share of random ten-digit numbers that start with 6–9 (four leading digits of nine).
pub const MOBILE_LEAD_CHANCE: f64 = 4.0 / 9.0;
/// Largest chance a column's share of mobile-shaped ten-digit values may have under random
/// numbers for the column to hold phones among other numbers.
pub const MIXED_ALPHA: f64 = 1e-9;
/// Fewest distinct sampled values of a column that holds person names (fewer, over many
/// values, is a closed vocabulary: religions, languages, occupations).
pub const CLOSED_VOCABULARY: usize = 20;
/// Sampled text values needed before a closed vocabulary is told from a name column.
pub const CLOSED_MIN_SAMPLED: u64 = 200;
/// Column-name tokens of place and facility columns (their names are not people's).
const PLACE_COLUMN: &[&str] = &[
    "village",
    "taluka",
    "taluk",
    "tehsil",
    "block",
    "district",
    "state",
    "place",
    "facility",
    "hospital",
    "institution",
    "institute",
    "phc",
    "chc",
    "centre",
    "center",
    "subcentre",
    "location",
    "area",
    "ward",
    "locality",
    "city",
    "town",
    "panchayat",
    "delivery",
];

/// Years between the oldest and youngest date from which dates look like births, not events.
pub const BIRTH_YEAR_SPREAD: u32 = 30;

/// A column's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Verdict {
    /// Nothing personal seen.
    Not,
    /// Some evidence, not enough (reported; kept columns go on being tested).
    Undecided,
    /// Personal data.
    Personal,
}

impl Verdict {
    /// Name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Not => "NOT",
            Verdict::Undecided => "UNDECIDED",
            Verdict::Personal => "PERSONAL",
        }
    }
}

/// What a column test looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Indian mobile numbers, every written form.
    Mobile,
    /// Landlines with their STD code.
    Landline,
    /// Aadhaar numbers (Verhoeff).
    Aadhaar,
    /// PAN.
    Pan,
    /// Voter ID (EPIC).
    VoterId,
    /// ABHA numbers.
    AbhaNumber,
    /// ABHA addresses (`name@abdm`).
    AbhaAddress,
    /// Bank account numbers.
    BankAccount,
    /// Email addresses outside generated domains.
    Email,
    /// Public IPv4 addresses.
    IpAddress,
    /// GPS coordinates inside India.
    Gps,
    /// DIGIPIN codes.
    Digipin,
    /// Address lines.
    Address,
    /// Dates of birth.
    BirthDate,
    /// Person names.
    PersonName,
    /// JSON documents holding personal data.
    Json,
    /// File paths and URLs holding personal data.
    Path,
    /// Free text.
    FreeText,
    /// Binary or image values no detector can read.
    Opaque,
    /// Values equal to originals the same run rewrote in another column (the output gate).
    Original,
}

/// Number of kinds.
const KINDS: usize = 20;

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; KINDS] = [
        Kind::Mobile,
        Kind::Landline,
        Kind::Aadhaar,
        Kind::Pan,
        Kind::VoterId,
        Kind::AbhaNumber,
        Kind::AbhaAddress,
        Kind::BankAccount,
        Kind::Email,
        Kind::IpAddress,
        Kind::Gps,
        Kind::Digipin,
        Kind::Address,
        Kind::BirthDate,
        Kind::PersonName,
        Kind::Json,
        Kind::Path,
        Kind::FreeText,
        Kind::Opaque,
        Kind::Original,
    ];

    /// Name in reports and waivers.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Mobile => "mobile",
            Kind::Landline => "landline",
            Kind::Aadhaar => "aadhaar",
            Kind::Pan => "pan",
            Kind::VoterId => "voter_id",
            Kind::AbhaNumber => "abha_number",
            Kind::AbhaAddress => "abha_address",
            Kind::BankAccount => "bank_account",
            Kind::Email => "email",
            Kind::IpAddress => "ip_address",
            Kind::Gps => "gps",
            Kind::Digipin => "digipin",
            Kind::Address => "address",
            Kind::BirthDate => "birth_date",
            Kind::PersonName => "person_name",
            Kind::Json => "json",
            Kind::Path => "path",
            Kind::FreeText => "free_text",
            Kind::Opaque => "opaque",
            Kind::Original => "original",
        }
    }

    /// The kind named `s` (as in [`Kind::name`]).
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Column-name tokens that say a column holds this kind (whole tokens; generic words such
    /// as `no`, `num`, `code`, `id` never count).
    fn name_cues(self) -> &'static [&'static str] {
        match self {
            Kind::Mobile | Kind::Landline => &[
                "ph",
                "phone",
                "mob",
                "mobile",
                "contact",
                "sms",
                "caller",
                "cell",
                "whatsapp",
                "msisdn",
                "tel",
                "telephone",
                "landline",
            ],
            Kind::Aadhaar => &["adhar", "aadhar", "aadhaar", "uid", "uidai"],
            Kind::Pan => &["pan"],
            Kind::VoterId => &["voter", "epic"],
            Kind::AbhaNumber | Kind::AbhaAddress => &["abha", "healthid", "health"],
            Kind::BankAccount => &["acc", "account", "acct", "bank"],
            Kind::Email => &["email", "mail"],
            Kind::IpAddress => &["ip"],
            Kind::Gps => &[
                "lat",
                "latitude",
                "long",
                "longitude",
                "lng",
                "lon",
                "gps",
                "coordinate",
                "coordinates",
                "geo",
                "location",
            ],
            Kind::Digipin => &["digipin"],
            Kind::Address => &["address", "addr", "street", "house", "landmark"],
            Kind::BirthDate => &["dob", "birth", "birthdate", "born"],
            Kind::PersonName => &[
                "name",
                "firstname",
                "lastname",
                "father",
                "mother",
                "spouse",
            ],
            Kind::Json | Kind::Path | Kind::FreeText | Kind::Opaque | Kind::Original => &[],
        }
    }
}

/// A set of [`Kind`]s (the kinds a strategy's own output holds, which its column is not judged
/// by).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KindSet(u32);

impl KindSet {
    /// No kind.
    pub const EMPTY: KindSet = KindSet(0);

    /// The set of `kinds`.
    pub const fn of(kinds: &[Kind]) -> KindSet {
        let mut bits = 0u32;
        let mut i = 0;
        while i < kinds.len() {
            bits |= 1 << kinds[i] as u32;
            i += 1;
        }
        KindSet(bits)
    }

    /// True when `k` is in the set.
    pub fn contains(self, k: Kind) -> bool {
        self.0 & (1 << k as u32) != 0
    }

    /// Both sets together.
    pub const fn union(self, o: KindSet) -> KindSet {
        KindSet(self.0 | o.0)
    }

    /// True when the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Hits of one kind in one column.
#[derive(Debug, Clone, Copy, Default, Serialize)]
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
    seen: [u64; 3],
    #[serde(skip)]
    seen_n: u8,
}

impl Tally {
    /// Count a whole-value match of `v`.
    fn whole_match(&mut self, v: &[u8], valid: bool) {
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
    fn few_distinct(&self) -> bool {
        u64::from(self.seen_n) < SPARSE_FLOOR
    }

    fn merge(&mut self, o: &Tally) {
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
    set: HashSet<u64>,
}

impl Default for SeenNames {
    fn default() -> Self {
        let mut key = [0u8; 32];
        // A fresh key per run; without randomness the fingerprints are still never printed.
        let _ = getrandom::fill(&mut key);
        SeenNames {
            key,
            set: HashSet::new(),
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

/// Counters over one column's values. Merge the stats of consecutive pieces of a table with
/// [`ColumnStats::merge`].
#[derive(Debug, Clone, Default)]
pub struct ColumnStats {
    /// Skip the full reading of the first [`SAMPLE_FIRST`] values (a later piece of a table).
    later_piece: bool,
    values: u64,
    nulls: u64,
    empty: u64,
    numeric: u64,
    pairs: u64,
    increases: u64,
    last: Option<u128>,
    min: Option<(usize, [u8; 40])>,
    max: Option<(usize, [u8; 40])>,
    first_digit: [u64; 10],
    mobile_lead: [u64; 4],
    tallies: [Tally; KINDS],
    sampled: u64,
    text_sampled: u64,
    free_text: u64,
    decimals: u64,
    ifsc: u64,
    lat: u64,
    lon: u64,
    dates: u64,
    year_min: u32,
    year_max: u32,
    json_kinds: BTreeMap<Kind, u64>,
    path_kinds: BTreeMap<Kind, u64>,
    distinct: HashSet<u64, foldhash::fast::FixedState>,
    distinct_capped: bool,
    shapes: BTreeMap<String, u64>,
    shapes_other: u64,
    /// Ten-digit numbers written without a prefix, and how many of them start with 6–9.
    ten_digit: u64,
    ten_mobile: u64,
    /// Voter-ID-shaped values: the first one's letters, whether others had other letters, and
    /// adjacent increases of their digits in dump order.
    voter_prefix: Option<[u8; 3]>,
    voter_prefixes_vary: bool,
    voter_last: Option<u32>,
    voter_pairs: u64,
    voter_increases: u64,
}

/// The evidence for one kind in one column.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// What was looked for.
    pub kind: Kind,
    /// Its answer.
    pub verdict: Verdict,
    /// Values that matched.
    pub matches: u64,
    /// Values that could have (the denominator).
    pub of: u64,
    /// `matches / of`, with its Wilson 95% interval.
    pub share: f64,
    /// Lower end of the interval.
    pub share_low: f64,
    /// Upper end of the interval.
    pub share_high: f64,
    /// Of the matches, how many passed the kind's check (Verhoeff…).
    pub checked: u64,
    /// Wald log-likelihood ratio of the Aadhaar test (real vs chance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llr: Option<f64>,
    /// The column name said so.
    pub named: bool,
    /// Why, in words.
    pub why: String,
}

/// A column's decision with what it rests on.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// The worst verdict over all kinds.
    pub verdict: Verdict,
    /// One entry per kind with any evidence.
    pub evidence: Vec<Evidence>,
    /// Non-NULL values seen.
    pub values: u64,
    /// NULLs seen.
    pub nulls: u64,
    /// Share of adjacent increases among number values (`None`: too few).
    pub ordered_share: Option<f64>,
    /// Distinct sampled values ÷ sampled values.
    pub distinct_ratio: f64,
    /// How many values of each leading digit (number values).
    pub first_digits: [u64; 10],
    /// The commonest value shapes with counts.
    pub shapes: Vec<(String, u64)>,
    /// Share of sampled text values that are free text.
    pub free_text_score: f64,
}

impl Decision {
    /// The kinds that made the verdict (those with the column's verdict).
    pub fn kinds(&self) -> Vec<Kind> {
        self.evidence
            .iter()
            .filter(|e| e.verdict == self.verdict && e.verdict != Verdict::Not)
            .map(|e| e.kind)
            .collect()
    }

    /// The evidence of `kind`, if any.
    pub fn of(&self, kind: Kind) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.kind == kind)
    }

    /// Add one more piece of evidence (a kind already present keeps its worse verdict).
    pub fn add(&mut self, e: Evidence) {
        match self.evidence.iter_mut().find(|x| x.kind == e.kind) {
            Some(x) if x.verdict >= e.verdict => {}
            Some(x) => *x = e,
            None => self.evidence.push(e),
        }
        self.verdict = self.verdict.max(
            self.evidence
                .iter()
                .map(|e| e.verdict)
                .max()
                .unwrap_or(Verdict::Not),
        );
    }

    /// The decision over two sets of values of one column (those written as they came and
    /// those a rule changed): every piece of evidence of both, each kind's worse verdict.
    pub fn merge(mut self, other: Decision) -> Decision {
        let keep_shapes = self.values >= other.values;
        self.values += other.values;
        self.nulls += other.nulls;
        if !keep_shapes {
            self.shapes = other.shapes.clone();
            self.first_digits = other.first_digits;
            self.ordered_share = other.ordered_share;
            self.distinct_ratio = other.distinct_ratio;
            self.free_text_score = other.free_text_score;
        }
        for e in other.evidence {
            self.add(e);
        }
        self
    }
}

/// What a column test knows besides the values.
#[derive(Debug, Clone, Default)]
pub struct ColumnContext<'a> {
    /// The column's name (its tokens are cues).
    pub column: &'a str,
    /// Email domains the rules generate.
    pub generated_domains: &'a [String],
    /// Another column of the same table holds IFSC codes (bank accounts sit beside them).
    pub table_has_ifsc: bool,
    /// Kinds the column's own strategy writes (a `phone` column holds fake mobiles): no
    /// evidence of these is taken.
    pub exempt: KindSet,
}

/// A fixed hash of a value for distinct counts (the same value always hashes the same; FNV-1a
/// over 8-byte words, enough to count distinct values).
fn fx(v: &[u8]) -> u64 {
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

/// Wilson 95% interval of `k` successes in `n`.
pub fn wilson(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let (k, n, z) = (k as f64, n as f64, 1.96f64);
    let p = k / n;
    let d = 1.0 + z * z / n;
    let c = (p + z * z / (2.0 * n)) / d;
    let h = z * ((p * (1.0 - p) + z * z / (4.0 * n)) / n).sqrt() / d;
    ((c - h).max(0.0), (c + h).min(1.0))
}

/// P(Bin(n, p) ≥ k).
pub fn binomial_tail(n: u64, k: u64, p: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if k > n || p <= 0.0 {
        return 0.0;
    }
    if p >= 1.0 {
        return 1.0;
    }
    // The first term in ln space, then each next one by its ratio to the one before: a few
    // hundred multiplications, whatever `n`.
    let ln_choose = ln_factorial(n) - ln_factorial(k) - ln_factorial(n - k);
    let mut ln_term = ln_choose + k as f64 * p.ln() + (n - k) as f64 * (1.0 - p).ln();
    let odds = (p / (1.0 - p)).ln();
    let mut sum = 0.0;
    for i in k..=n.min(k + 200) {
        sum += ln_term.exp();
        ln_term += ((n - i) as f64).ln() - ((i + 1) as f64).ln() + odds;
    }
    sum.min(1.0)
}

/// ln(x!): exact below 32, Stirling's series above (error below 1e-10).
fn ln_factorial(x: u64) -> f64 {
    if x < 32 {
        return (2..=x).map(|j| (j as f64).ln()).sum();
    }
    let x = x as f64;
    x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x * x * x)
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

    /// True when the column's ten-digit values start with 6–9 far more often than random
    /// numbers do: mobiles among other numbers (a call ID that is the caller's phone).
    fn mixed_mobiles(&self) -> bool {
        self.ten_digit >= MIXED_MIN_VALUES
            && self.ten_mobile as f64 >= 0.6 * self.ten_digit as f64
            && binomial_tail(self.ten_digit, self.ten_mobile, MOBILE_LEAD_CHANCE) <= MIXED_ALPHA
    }

    /// True when the column's ten-digit values start with 6–9 about as often as random numbers
    /// do (44%), and nearly all its number values are such ten-digit values.
    fn random_ten_digits(&self) -> bool {
        self.ten_digit >= MIXED_MIN_VALUES
            && self.ten_digit * 10 >= self.numeric * 9
            && (self.ten_mobile as f64) <= 0.55 * self.ten_digit as f64
    }

    fn ordered(&self) -> Option<f64> {
        (self.pairs >= ORDER_MIN_PAIRS).then(|| self.increases as f64 / self.pairs as f64)
    }

    fn dense_range(&self) -> bool {
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

    fn distinct_count(&self) -> usize {
        self.distinct.len()
    }

    /// Run every column test.
    pub fn decide(&self, ctx: &ColumnContext) -> Decision {
        let tokens = name_tokens(ctx.column);
        let named = |k: Kind| k.name_cues().iter().any(|c| tokens.iter().any(|t| t == c));
        let ordered = self.ordered().is_some_and(|s| s >= ORDERED_SHARE);
        let dense = self.dense_range();
        let mut ev = Vec::new();
        let mut push = |kind: Kind,
                        verdict: Verdict,
                        matches: u64,
                        of: u64,
                        checked: u64,
                        llr: Option<f64>,
                        why: String| {
            if ctx.exempt.contains(kind) {
                return;
            }
            let (lo, hi) = wilson(matches, of);
            ev.push(Evidence {
                kind,
                verdict,
                matches,
                of,
                share: if of == 0 {
                    0.0
                } else {
                    matches as f64 / of as f64
                },
                share_low: lo,
                share_high: hi,
                checked,
                llr,
                named: named(kind),
                why,
            });
        };
        let few_distinct = self.distinct_count() < SPARSE_FLOOR as usize;
        let t = |k: Kind| self.tallies[k as usize];

        // Numbers that are whole values: mobiles, landlines, ABHA numbers, bank accounts.
        for kind in [
            Kind::Mobile,
            Kind::Landline,
            Kind::AbhaNumber,
            Kind::BankAccount,
        ] {
            let tk = t(kind);
            if tk.whole == 0 && tk.inside == 0 {
                continue;
            }
            let share = tk.whole as f64 / self.numeric.max(1) as f64;
            let narrow = kind == Kind::Mobile
                && tk.whole >= SPREAD_MIN_VALUES
                && self
                    .mobile_lead
                    .iter()
                    .filter(|n| **n * 20 >= tk.whole)
                    .count()
                    < 2;
            let (verdict, why) = if tk.inside >= SPARSE_FLOOR && tk.whole < SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!("{} values hold one inside text", tk.inside),
                )
            } else if tk.whole == 0 {
                (
                    Verdict::Undecided,
                    format!("{} value(s) hold one inside text", tk.inside),
                )
            } else if ordered {
                (
                    Verdict::Not,
                    "the numbers ascend in dump order: a key or serial".into(),
                )
            } else if dense && kind != Kind::AbhaNumber {
                (
                    Verdict::Not,
                    format!(
                        "smallest and largest share {DENSE_PREFIX}+ leading digits: one id range"
                    ),
                )
            } else if narrow {
                (
                    Verdict::Not,
                    "one leading digit only: not numbers issued over 6–9".into(),
                )
            } else if kind == Kind::BankAccount && !(named(kind) || ctx.table_has_ifsc) {
                (Verdict::Not, "digits alone cannot tell an account from an id (no account name, no IFSC beside it)".into())
            } else if kind == Kind::BankAccount && tokens.last().is_some_and(|t| t == "id") {
                (
                    Verdict::Not,
                    "an id column: a surrogate key, not an account number".into(),
                )
            } else if kind == Kind::AbhaNumber
                && tk.valid * 5 < tk.whole * 4
                && !named(kind)
                && self.ordered().is_none()
            {
                (
                    Verdict::Undecided,
                    "14-digit values, too few to test their order".into(),
                )
            } else if share >= FORMAT_SHARE && tk.whole >= SPARSE_FLOOR && !tk.few_distinct() {
                (
                    Verdict::Personal,
                    format!(
                        "{:.0}% of number values have the format, in no order",
                        share * 100.0
                    ),
                )
            } else if kind == Kind::Mobile && self.mixed_mobiles() {
                (
                    Verdict::Personal,
                    format!(
                        "{} of {} ten-digit values start with 6–9, far above the {:.0}% random numbers give: phones among other numbers",
                        self.ten_mobile,
                        self.ten_digit,
                        MOBILE_LEAD_CHANCE * 100.0
                    ),
                )
            } else if kind == Kind::Mobile && !named(kind) && self.random_ten_digits() {
                (
                    Verdict::Not,
                    format!(
                        "{} of {} ten-digit values start with 6–9, as random numbers do",
                        self.ten_mobile, self.ten_digit
                    ),
                )
            } else if share >= UNDECIDED_SHARE
                || (tk.whole >= SPARSE_FLOOR && share >= FORMAT_SHARE)
            {
                if named(kind) && !tk.few_distinct() {
                    (
                        Verdict::Personal,
                        format!(
                            "{:.0}% of number values have the format and the column name says so",
                            share * 100.0
                        ),
                    )
                } else {
                    (
                        Verdict::Undecided,
                        format!("{:.0}% of number values have the format", share * 100.0),
                    )
                }
            } else {
                (
                    Verdict::Not,
                    format!(
                        "only {:.0}% of number values have the format",
                        share * 100.0
                    ),
                )
            };
            push(
                kind,
                verdict,
                tk.whole + tk.inside,
                self.numeric.max(tk.whole),
                tk.valid,
                None,
                why,
            );
        }

        // Aadhaar: a Wald sequential test of the Verhoeff pass rate, real vs chance.
        let a = t(Kind::Aadhaar);
        if a.whole > 0 || a.inside > 0 {
            let llr = a.valid as f64 * (VERHOEFF_P1 / VERHOEFF_P0).ln()
                + a.failed as f64 * ((1.0 - VERHOEFF_P1) / (1.0 - VERHOEFF_P0)).ln();
            let alpha = if named(Kind::Aadhaar) {
                SPRT_ALPHA_NAMED
            } else {
                SPRT_ALPHA
            };
            let accept = ((1.0 - SPRT_BETA) / alpha).ln();
            let reject = (SPRT_BETA / (1.0 - alpha)).ln();
            let tail = binomial_tail(a.whole, a.valid, VERHOEFF_P0);
            let (verdict, why) = if a.whole == 0 {
                if a.inside >= SPARSE_FLOOR {
                    (
                        Verdict::Personal,
                        format!(
                            "{} values hold a Verhoeff-valid number inside text",
                            a.inside
                        ),
                    )
                } else {
                    (
                        Verdict::Undecided,
                        format!(
                            "{} value(s) hold a Verhoeff-valid number inside text",
                            a.inside
                        ),
                    )
                }
            } else if ordered {
                (
                    Verdict::Not,
                    "12-digit numbers ascending in dump order: a serial".into(),
                )
            } else if llr <= reject {
                (
                    Verdict::Not,
                    format!(
                        "{} of {} pass Verhoeff: what chance gives",
                        a.valid, a.whole
                    ),
                )
            } else if llr >= accept || (a.valid >= SPARSE_FLOOR && tail <= SPARSE_ALPHA) {
                (
                    Verdict::Personal,
                    format!("{} of {} pass Verhoeff (chance: 10%)", a.valid, a.whole),
                )
            } else {
                (
                    Verdict::Undecided,
                    format!(
                        "{} of {} pass Verhoeff: not enough values to tell",
                        a.valid, a.whole
                    ),
                )
            };
            push(
                Kind::Aadhaar,
                verdict,
                a.whole,
                self.numeric.max(a.whole),
                a.valid,
                Some(llr),
                why,
            );
        }

        // Text identifiers that are whole values.
        let texts = self.values - self.empty - self.numeric;
        for kind in [
            Kind::Pan,
            Kind::VoterId,
            Kind::AbhaAddress,
            Kind::Email,
            Kind::IpAddress,
            Kind::Digipin,
            Kind::Gps,
        ] {
            let tk = t(kind);
            if tk.whole == 0 && tk.inside == 0 {
                continue;
            }
            let share = tk.whole as f64 / texts.max(1) as f64;
            let serial = kind == Kind::VoterId
                && !self.voter_prefixes_vary
                && self.voter_pairs >= ORDER_MIN_PAIRS
                && self.voter_increases as f64 >= ORDERED_SHARE * self.voter_pairs as f64;
            let (verdict, why) = if serial {
                (
                    Verdict::Not,
                    "one constant prefix and ascending digits: a serial, not voter IDs".into(),
                )
            } else if tk.whole >= SPARSE_FLOOR
                && (share >= UNDECIDED_SHARE || named(kind))
                && !tk.few_distinct()
            {
                (
                    Verdict::Personal,
                    format!("{:.0}% of text values have the format", share * 100.0),
                )
            } else if tk.inside >= SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!("{} values hold one inside text", tk.inside),
                )
            } else if tk.whole >= SPARSE_FLOOR && !tk.few_distinct() {
                (
                    Verdict::Undecided,
                    format!("{} values have the format", tk.whole),
                )
            } else {
                (
                    Verdict::Undecided,
                    format!("{} value(s) have the format", tk.whole + tk.inside),
                )
            };
            push(
                kind,
                verdict,
                tk.whole + tk.inside,
                texts.max(tk.whole),
                tk.valid,
                None,
                why,
            );
        }

        // Coordinates as plain numbers: a range inside India with house-level precision.
        if self.decimals >= SPREAD_MIN_VALUES {
            let inside = self.lat.max(self.lon);
            let share = inside as f64 / self.decimals as f64;
            let varied =
                self.distinct_count() as f64 >= 0.5 * self.sampled.min(self.decimals) as f64;
            if share >= GPS_SHARE && varied {
                let (verdict, why) = if named(Kind::Gps) {
                    (Verdict::Personal, format!("{:.0}% of decimals lie in India's {} range with 4+ places, and the column name says so", share * 100.0, if self.lat >= self.lon { "latitude" } else { "longitude" }))
                } else {
                    (
                        Verdict::Undecided,
                        format!(
                            "{:.0}% of decimals lie in India's coordinate ranges with 4+ places",
                            share * 100.0
                        ),
                    )
                };
                push(Kind::Gps, verdict, inside, self.decimals, inside, None, why);
            }
        }

        // Dates of birth: dates over a lifetime's spread of years, in a column named for births.
        if self.dates >= SPARSE_FLOOR {
            let spread = self.year_max.saturating_sub(self.year_min);
            let (verdict, why) = if named(Kind::BirthDate)
                && (spread >= BIRTH_YEAR_SPREAD || self.dates < SPREAD_MIN_VALUES)
            {
                (
                    Verdict::Personal,
                    format!("dates over {spread} years in a birth-date column"),
                )
            } else if spread >= BIRTH_YEAR_SPREAD && !ordered {
                (Verdict::Undecided, format!("dates over {spread} years"))
            } else {
                (
                    Verdict::Not,
                    format!("dates over {spread} years: events, not births"),
                )
            };
            push(
                Kind::BirthDate,
                verdict,
                self.dates,
                self.values - self.empty,
                self.dates,
                None,
                why,
            );
        }

        // Names, addresses, free text: on the sample.
        let ts = self.text_sampled;
        let n = t(Kind::PersonName);
        if n.whole + n.inside > 0 {
            let share = n.whole as f64 / ts.max(1) as f64;
            // A few values over many rows, most of them no name (religions, languages,
            // occupations with a surname among them): a vocabulary, not people.
            let closed = !named(Kind::PersonName)
                && ts >= CLOSED_MIN_SAMPLED
                && self.distinct_count() <= CLOSED_VOCABULARY
                && share < 0.5;
            let place = tokens.iter().any(|t| PLACE_COLUMN.contains(&t.as_str()));
            let (verdict, why) = if closed {
                (
                    Verdict::Not,
                    format!(
                        "a closed vocabulary: {} distinct values over {ts} sampled",
                        self.distinct_count()
                    ),
                )
            } else if place && n.whole > 0 {
                (
                    Verdict::Undecided,
                    format!(
                        "{} sampled value(s) hold a name word, in a place or facility column",
                        n.whole + n.inside
                    ),
                )
            } else if n.whole >= SPARSE_FLOOR && share >= NAME_SHARE && !few_distinct {
                (
                    Verdict::Personal,
                    format!("{:.0}% of sampled text values are names", share * 100.0),
                )
            } else if n.inside >= SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!("{} sampled texts name a person", n.inside),
                )
            } else if n.whole >= SPARSE_FLOOR && named(Kind::PersonName) && !few_distinct {
                (
                    Verdict::Personal,
                    format!(
                        "{} sampled values are names and the column name says so",
                        n.whole
                    ),
                )
            } else {
                (
                    Verdict::Undecided,
                    format!("{} sampled value(s) hold a name", n.whole + n.inside),
                )
            };
            push(
                Kind::PersonName,
                verdict,
                n.whole + n.inside,
                ts,
                n.valid,
                None,
                why,
            );
        }
        let ad = t(Kind::Address);
        if ad.whole + ad.inside > 0 {
            let share = ad.whole as f64 / ts.max(1) as f64;
            let (verdict, why) = if ad.whole >= SPARSE_FLOOR
                && (share >= ADDRESS_SHARE || named(Kind::Address))
                && !few_distinct
            {
                (
                    Verdict::Personal,
                    format!(
                        "{:.0}% of sampled text values are address lines",
                        share * 100.0
                    ),
                )
            } else if ad.whole + ad.inside >= SPARSE_FLOOR {
                (
                    Verdict::Undecided,
                    format!(
                        "{} sampled value(s) read like addresses",
                        ad.whole + ad.inside
                    ),
                )
            } else {
                (
                    Verdict::Not,
                    format!(
                        "{} sampled value(s) read like addresses",
                        ad.whole + ad.inside
                    ),
                )
            };
            push(
                Kind::Address,
                verdict,
                ad.whole + ad.inside,
                ts,
                ad.whole,
                None,
                why,
            );
        }
        for (kind, kinds, total) in [
            (Kind::Json, &self.json_kinds, t(Kind::Json).whole),
            (Kind::Path, &self.path_kinds, t(Kind::Path).whole),
        ] {
            if total == 0 {
                continue;
            }
            // Kinds the column's own strategy writes into its documents are its fakes.
            let judged = || kinds.iter().filter(|(k, _)| !ctx.exempt.contains(**k));
            let hits: u64 = if kind == Kind::Path && ctx.exempt.is_empty() {
                t(Kind::Path).valid
            } else {
                judged().map(|(_, n)| *n).max().unwrap_or(0)
            };
            let found = judged()
                .map(|(k, _)| k.name())
                .collect::<Vec<_>>()
                .join(", ");
            let (verdict, why) = if hits >= SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!(
                        "{hits} sampled {} hold {found}",
                        if kind == Kind::Json {
                            "documents"
                        } else {
                            "paths"
                        }
                    ),
                )
            } else if hits > 0 {
                (
                    Verdict::Undecided,
                    format!("{hits} sampled value(s) hold {found}"),
                )
            } else {
                (
                    Verdict::Not,
                    format!("{total} sampled value(s) hold nothing personal"),
                )
            };
            push(kind, verdict, hits, total, hits, None, why);
        }
        if ts >= SPREAD_MIN_VALUES {
            let score = self.free_text as f64 / ts as f64;
            if score >= FREE_TEXT_SHARE {
                push(
                    Kind::FreeText,
                    Verdict::Undecided,
                    self.free_text,
                    ts,
                    0,
                    None,
                    format!(
                        "free text ({:.0}% of sampled values): review it, or scrub it",
                        score * 100.0
                    ),
                );
            }
        }
        let o = t(Kind::Opaque);
        if o.whole > 0 {
            push(
                Kind::Opaque,
                Verdict::Personal,
                o.whole,
                self.values,
                0,
                None,
                "binary or image values no detector can read: they need a rule".into(),
            );
        }

        let verdict = ev.iter().map(|e| e.verdict).max().unwrap_or(Verdict::Not);
        let mut shapes: Vec<(String, u64)> =
            self.shapes.iter().map(|(s, n)| (s.clone(), *n)).collect();
        shapes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        shapes.truncate(3);
        Decision {
            verdict,
            evidence: ev,
            values: self.values,
            nulls: self.nulls,
            ordered_share: self.ordered(),
            distinct_ratio: if self.sampled == 0 {
                0.0
            } else {
                self.distinct_count() as f64 / self.sampled as f64
            },
            first_digits: self.first_digit,
            shapes,
            free_text_score: if ts == 0 {
                0.0
            } else {
                self.free_text as f64 / ts as f64
            },
        }
    }

    /// True when this column holds IFSC codes (for the bank-account test of its neighbours).
    pub fn holds_ifsc(&self) -> bool {
        self.ifsc >= SPARSE_FLOOR && self.ifsc * 5 >= (self.values - self.empty) * 4
    }
}

/// The words of `words` that are not numbers.
fn letter_words<'t>(words: &[(usize, &'t str)]) -> Vec<&'t str> {
    words
        .iter()
        .map(|w| w.1)
        .filter(|w| !w.as_bytes()[0].is_ascii_digit())
        .collect()
}

/// Free text, not a short value: three words or more and twenty bytes or more.
fn is_free_text(text: &str) -> bool {
    text.split_whitespace().count() >= 3 && text.len() >= 20
}

/// A name value: one to four words, all letters, one of them a known name.
fn is_name_value(
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

fn known_name(word: &str, names: Option<&dyn NameWords>) -> bool {
    shape::with_lower(word, |lw| {
        is_name(lw)
            || (!is_ambiguous(lw) && lw.chars().count() >= 3 && names.is_some_and(|n| n.knows(lw)))
    })
}

/// A person named in free text: a known name followed by a surname, or by a capitalised name or
/// name-like word (`Ramesh Kumar`, `Sunita Devi`), or a name this run saw in a name column.
fn names_in_text(letters: &[&str], names: Option<&dyn NameWords>) -> bool {
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
fn leaf_kinds(
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
fn segment_kinds(segments: &[&str], names: Option<&dyn NameWords>) -> Vec<Kind> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn decide(col: &str, values: &[String]) -> Decision {
        let mut s = ColumnStats::default();
        for v in values {
            s.observe(v.as_bytes(), None, &[]);
        }
        s.decide(&ColumnContext {
            column: col,
            ..ColumnContext::default()
        })
    }

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sequential_twelve_digit_serials_are_not_aadhaar() {
        let v: Vec<String> = (0..500u64)
            .map(|i| (200_000_000_000 + i).to_string())
            .collect();
        let d = decide("SerialNo", &v);
        assert_eq!(d.verdict, Verdict::Not, "{d:?}");
    }

    #[test]
    fn random_twelve_digit_numbers_fail_the_verhoeff_rate_test() {
        let mut seed = 7;
        let v: Vec<String> = (0..500)
            .map(|_| {
                format!(
                    "{}{:011}",
                    2 + lcg(&mut seed) % 8,
                    lcg(&mut seed) * 3 % 100_000_000_000
                )
            })
            .collect();
        let d = decide("RefNo", &v);
        assert_eq!(d.of(Kind::Aadhaar).unwrap().verdict, Verdict::Not, "{d:?}");
    }

    #[test]
    fn verhoeff_valid_random_numbers_are_aadhaar_within_ten_values() {
        let mut seed = 11;
        let v: Vec<String> = (0..10)
            .map(|_| {
                let mut s = format!(
                    "{}{:010}",
                    2 + lcg(&mut seed) % 8,
                    lcg(&mut seed) % 10_000_000_000
                );
                s.push(super::super::formats::verhoeff_digit(s.as_bytes()) as char);
                s
            })
            .collect();
        assert_eq!(decide("RefNo", &v).verdict, Verdict::Personal);
    }

    #[test]
    fn sms_ph_of_mobiles_is_personal_without_a_rule_hint() {
        let mut seed = 3;
        let v: Vec<String> = (0..200)
            .map(|_| {
                format!(
                    "{}{:09}",
                    6 + lcg(&mut seed) % 4,
                    lcg(&mut seed) % 1_000_000_000
                )
            })
            .collect();
        let d = decide("SMS_Ph", &v);
        assert_eq!(d.verdict, Verdict::Personal);
        assert_eq!(d.kinds(), [Kind::Mobile]);
    }

    #[test]
    fn ten_digit_keys_starting_with_nine_are_not_mobiles() {
        let v: Vec<String> = (0..300u64)
            .map(|i| (9_000_000_000 + i * 7).to_string())
            .collect();
        assert_eq!(decide("CallerID", &v).verdict, Verdict::Not);
    }

    #[test]
    fn academic_year_codes_stay_not() {
        let v: Vec<String> = (0..100).map(|i| (2000 + i % 25).to_string()).collect();
        assert_eq!(decide("ACADEMIC_YEAR_CODE", &v).verdict, Verdict::Not);
    }

    #[test]
    fn thresholds_at_their_boundaries() {
        // FORMAT_SHARE: 8 mobiles in 10 number values is personal, 7 is undecided.
        let mut seed = 5;
        let mut mk = |n: usize, other: usize| -> Vec<String> {
            let mut v: Vec<String> = (0..n)
                .map(|_| format!("9{:09}", lcg(&mut seed) % 1_000_000_000))
                .collect();
            v.extend((0..other).map(|_| format!("4{:09}", lcg(&mut seed) % 1_000_000_000)));
            v
        };
        assert_eq!(
            decide("x", &mk(8, 2)).of(Kind::Mobile).unwrap().verdict,
            Verdict::Personal
        );
        assert_eq!(
            decide("x", &mk(7, 3)).of(Kind::Mobile).unwrap().verdict,
            Verdict::Undecided
        );
        // UNDECIDED_SHARE: 3 in 10 is undecided, 2 in 10 is not.
        assert_eq!(
            decide("x", &mk(3, 7)).of(Kind::Mobile).unwrap().verdict,
            Verdict::Undecided
        );
        assert_eq!(
            decide("x", &mk(2, 8)).of(Kind::Mobile).unwrap().verdict,
            Verdict::Not
        );
        // SPARSE_FLOOR: three mobiles among empty values are personal, two are not enough.
        let mut sparse: Vec<String> = vec![String::new(); 100];
        sparse.extend(["9876543210", "8123456789", "7012345678"].map(String::from));
        assert_eq!(decide("x", &sparse).verdict, Verdict::Personal);
        sparse.pop();
        assert_ne!(decide("x", &sparse).verdict, Verdict::Personal);
    }

    #[test]
    fn order_veto_needs_enough_pairs() {
        // ORDER_MIN_PAIRS: 20 ascending phones are a serial, 20 values = 19 pairs are not judged.
        let asc: Vec<String> = (0..21u64)
            .map(|i| (6_000_000_000 + i * 111_111_111).to_string())
            .collect();
        assert_eq!(
            decide("x", &asc).of(Kind::Mobile).unwrap().verdict,
            Verdict::Not
        );
        let mut short = asc.clone();
        short.pop();
        assert_ne!(
            decide("x", &short).of(Kind::Mobile).unwrap().verdict,
            Verdict::Not
        );
    }

    #[test]
    fn statistics() {
        let (lo, hi) = wilson(10, 10);
        assert!(lo > 0.69 && hi == 1.0);
        assert!((binomial_tail(3, 3, 0.1) - 1e-3).abs() < 1e-9);
        assert!((binomial_tail(20, 16, 0.1) - 3.0e-13).abs() < 1e-13);
    }

    #[test]
    fn names_json_paths_and_images() {
        let names = ["Sunita Kulkarni", "Rajesh Patil", "Meena", "Vikram Rathore"];
        let v: Vec<String> = (0..40).map(|i| names[i % 4].to_string()).collect();
        assert_eq!(decide("HealthCareWorker", &v).kinds(), [Kind::PersonName]);
        let j: Vec<String> = (0..10)
            .map(|i| {
                format!(
                    r#"{{"contact":{{"mobile":"98765{:05}"}},"relation":"self"}}"#,
                    i * 7919
                )
            })
            .collect();
        assert_eq!(decide("ExtraFields", &j).kinds(), [Kind::Json]);
        let p: Vec<String> = (0..10)
            .map(|i| format!("/uploads/ben/{}/sunita_kulkarni_{}.pdf", 1000 + i, i))
            .collect();
        assert_eq!(decide("IdentityFilePath", &p).kinds(), [Kind::Path]);
        let img = vec!["data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD".to_string()];
        assert_eq!(decide("Photo", &img).kinds(), [Kind::Opaque]);
    }

    #[test]
    fn seen_names_are_found_in_notes_without_a_cue() {
        let mut seen = SeenNames::default();
        seen.learn(b"Tejaswini Borkar");
        let mut s = ColumnStats::default();
        for i in 0..30 {
            let note = if i % 5 == 0 {
                "visited Tejaswini Borkar at home, fever since two days"
            } else {
                "fever and body ache since three days, advised rest"
            };
            s.observe(note.as_bytes(), Some(&seen), &[]);
        }
        let d = s.decide(&ColumnContext {
            column: "Remarks",
            ..ColumnContext::default()
        });
        assert_eq!(
            d.of(Kind::PersonName).unwrap().verdict,
            Verdict::Personal,
            "{d:?}"
        );
        let mut s = ColumnStats::default();
        for _ in 0..30 {
            s.observe(
                b"ASHA visited the house, fever since two days",
                Some(&seen),
                &[],
            );
        }
        let d = s.decide(&ColumnContext {
            column: "Remarks",
            ..ColumnContext::default()
        });
        assert!(d.of(Kind::PersonName).is_none(), "{d:?}");
    }
}
