//! What a column test looks for ([`Kind`]), sets of kinds ([`KindSet`]) and a column's answer
//! ([`Verdict`]).

use serde::{Deserialize, Serialize};

/// A column's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
pub(super) const KINDS: usize = 20;

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
    pub(super) fn name_cues(self) -> &'static [&'static str] {
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
