//! Strategy specifications as written in a rules file: a name (`phone`) or a one-key map with
//! parameters (`{id: {domain: ben_reg_id}}`), parsed with positions kept for errors.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// A value written by the `fixed` strategy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixedValue {
    /// A string, written as an escaped, quoted literal.
    Text(String),
    /// A number (or boolean as 1/0), written bare.
    Number(String),
}

/// Parameters shared by strategies that only need a domain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DomainSpec {
    /// The domain: the same value maps to the same fake in every column of this domain.
    /// Defaults to the strategy's name.
    pub domain: Option<String>,
}

/// `username`: login names, one keyed domain for a user's name wherever it is stored
/// (`UserName`, `CreatedBy`, `ModifiedBy`…), so audit trails stay consistent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UsernameSpec {
    /// Domain (default `username`).
    pub domain: Option<String>,
    /// Accounts kept as they are (compared without case): service and test accounts UAT needs,
    /// such as `admin`. Never a person's login.
    pub keep_values: Vec<String>,
}

/// `hash`: keyed hash, hex or base32, sized to the column.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HashSpec {
    /// Domain (default `hash`).
    pub domain: Option<String>,
    /// `hex` (default) or `base32`.
    pub format: HashFormat,
    /// Characters to write (default: the column's length, at most 32).
    pub length: Option<usize>,
}

/// Encoding of `hash`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HashFormat {
    /// Lower-case hexadecimal.
    #[default]
    Hex,
    /// RFC 4648 base32 alphabet, lower case, no padding.
    Base32,
}

/// What `id` does with a value outside its range.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutOfRange {
    /// Stop with an error (default).
    #[default]
    Error,
    /// Copy the value unchanged.
    Keep,
    /// Write NULL.
    Null,
}

/// `id`: keyed one-to-one permutation of integers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IdSpec {
    /// Domain (required in practice: e.g. `ben_reg_id`; default `id`).
    pub domain: Option<String>,
    /// Smallest value of the range (with `max`); default: same digit count as the value.
    pub min: Option<u64>,
    /// Largest value of the range.
    pub max: Option<u64>,
    /// What to do with a value outside the range.
    pub out_of_range: OutOfRange,
}

/// Names: `first_name`, `last_name`, `full_name`, `father_name`, `mother_name`, `spouse_name`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NameSpec {
    /// Domain (default `name`).
    pub domain: Option<String>,
    /// Column of the same row holding the gender (`M`/`F`, `Male`/`Female`, `1`/`2`).
    pub gender_column: Option<String>,
}

/// `email`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmailSpec {
    /// Domain (default `email`).
    pub domain: Option<String>,
    /// Mail domain of the fakes (default `example.org`, reserved by RFC 2606).
    pub reserved_domain: Option<String>,
}

/// What a strategy writes for a value it cannot read (a phone field with no number in it, a date
/// in no known form, a number that is not one). Never the original bytes; every such value is
/// counted in the run report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum OnUnparsed {
    /// Every letter and digit replaced by a keyed one of the same class, everything else kept
    /// (the layout and length stay; no original character survives). The default.
    #[default]
    Mask,
    /// NULL (a NOT NULL column gets the mask).
    Null,
    /// This value.
    Fixed(String),
    /// Stop the run, naming the table, row and column.
    Error,
}

impl<'de> Deserialize<'de> for OnUnparsed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OnUnparsed;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`mask`, `null`, `error` or `{fixed: VALUE}`")
            }
            fn visit_unit<E: de::Error>(self) -> Result<OnUnparsed, E> {
                Ok(OnUnparsed::Null)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OnUnparsed, E> {
                match v {
                    "mask" => Ok(OnUnparsed::Mask),
                    "null" => Ok(OnUnparsed::Null),
                    "error" => Ok(OnUnparsed::Error),
                    other => Err(E::custom(format!(
                        "unknown `on_unparsed` `{other}` (known: mask, null, error, {{fixed: VALUE}})"
                    ))),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OnUnparsed, A::Error> {
                match map.next_key::<String>()?.as_deref() {
                    Some("fixed") => {
                        let v = match map.next_value::<FixedScalar>()?.0 {
                            FixedValue::Text(t) | FixedValue::Number(t) => t,
                        };
                        if map.next_key::<String>()?.is_some() {
                            return Err(de::Error::custom("`on_unparsed` takes one value"));
                        }
                        Ok(OnUnparsed::Fixed(v))
                    }
                    _ => Err(de::Error::custom(
                        "`on_unparsed` is `mask`, `null`, `error` or `{fixed: VALUE}`",
                    )),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// `phone`: Indian phone numbers, one-to-one, every number of a field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PhoneSpec {
    /// Domain (default `phone`).
    pub domain: Option<String>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `pincode`: keep the first digits, fake the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PincodeSpec {
    /// Domain (default `pincode`).
    pub domain: Option<String>,
    /// Leading digits kept (default 2: the postal region).
    pub keep_digits: Option<usize>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `gps`: coordinates with keyed noise.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GpsSpec {
    /// Domain (default `gps`).
    pub domain: Option<String>,
    /// Largest offset in metres (default 1000).
    pub noise_meters: Option<f64>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `date_shift`: keyed shift of dates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DateShiftSpec {
    /// Domain (default `date_shift`).
    pub domain: Option<String>,
    /// Largest shift in days, either way (default 30). Never 0.
    pub max_days: Option<u32>,
    /// Column of the same row identifying the subject: every date of one subject moves by the
    /// same number of days, which keeps intervals between visits real.
    pub subject_column: Option<String>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `birth_date`: shift that stays inside the same year, so ages stay right within a year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BirthDateSpec {
    /// Domain (default `birth_date`).
    pub domain: Option<String>,
    /// Largest shift in days (default 60).
    pub max_days: Option<u32>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// Granularity of `date_generalize`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// First of January of the year.
    #[default]
    Year,
    /// First day of the month.
    Month,
}

/// `date_generalize`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GeneralizeSpec {
    /// `year` (default) or `month`.
    pub to: Granularity,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `noise`: multiply by a keyed factor within ±percent.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NoiseSpec {
    /// Domain (default `noise`).
    pub domain: Option<String>,
    /// Largest change in percent (default 10).
    pub percent: Option<f64>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `round`: round to a multiple.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RoundSpec {
    /// The multiple (default 10).
    pub to: Option<f64>,
    /// What to write for a value the strategy cannot read (default `mask`).
    pub on_unparsed: OnUnparsed,
}

/// `scrub`: replace personal patterns inside free text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScrubSpec {
    /// Columns of the same row whose original values (names) are replaced by their new values.
    pub name_columns: Vec<String>,
    /// Columns of the same row whose original phone values are replaced by their new values.
    pub phone_columns: Vec<String>,
}

/// What `json` does with a value that is not JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonInvalid {
    /// Rewrite it as free text, as `scrub` does (the default).
    #[default]
    Scrub,
    /// Stop the run, naming the row.
    Error,
}

/// `json`: a JSON document rewritten leaf by leaf, keys, structure and types kept.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JsonSpec {
    /// Strategies for the leaves under these keys (any depth, compared without case):
    /// `{relativeName: full_name, relativeMobile: phone}`. Leaves no key names are judged by
    /// the content detectors, as `scrub` judges free text.
    pub keys: std::collections::BTreeMap<String, Strategy>,
    /// A value that is not JSON: `scrub` (default) or `error`.
    pub on_invalid: JsonInvalid,
}

/// `path`: file paths and URLs with the names, phones and IDs in their segments rewritten.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PathSpec {
    /// The `id` domain of the other numbers of five digits or more (default `path_id`): name
    /// the domain of the IDs the paths embed (`ben_reg_id`) and they map like its columns.
    pub ids: Option<String>,
}

/// `redact`: a fixed placeholder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RedactSpec {
    /// The placeholder (default `[REDACTED]`), cut to the column length.
    pub text: Option<String>,
}

/// Which name a name strategy makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// Given name.
    First,
    /// Surname.
    Last,
    /// Given name and surname.
    Full,
    /// A male full name.
    Father,
    /// A female full name.
    Mother,
    /// A full name of the other gender, when the row's gender is known.
    Spouse,
}

/// Which place list `village`/`district`/`state` draws from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// Villages.
    Village,
    /// Districts.
    District,
    /// States.
    State,
}

/// How one column is rewritten: a strategy of one family. Each family's enum lists its
/// strategies; the family's module in `strategy` rewrites and describes them.
#[derive(Debug, Clone, PartialEq)]
pub enum Strategy {
    /// Constants, keyed hashes and numbers (`strategy::basic`).
    Basic(Basic),
    /// Identifiers, each one-to-one in its own format (`strategy::ids`).
    Ids(Ids),
    /// Names, phones, emails, addresses, places and coordinates (`strategy::people`).
    People(People),
    /// Dates (`strategy::dates`).
    Dates(Dates),
    /// Free text, JSON documents and paths (`strategy::text`).
    Text(Text),
    /// Pictures (`strategy::image`).
    Media(Media),
}

/// Constants, keyed hashes and numbers (`strategy::basic`).
#[derive(Debug, Clone, PartialEq)]
pub enum Basic {
    /// Copy the value unchanged.
    Keep,
    /// Write NULL.
    Null,
    /// Write an empty string.
    Empty,
    /// Write this value in every row.
    Fixed(FixedValue),
    /// Keyed hash.
    Hash(HashSpec),
    /// Numbers with keyed noise.
    Noise(NoiseSpec),
    /// Numbers rounded.
    Round(RoundSpec),
    /// A fixed placeholder.
    Redact(RedactSpec),
}

/// Identifiers, each one-to-one in its own format (`strategy::ids`).
#[derive(Debug, Clone, PartialEq)]
pub enum Ids {
    /// Keyed one-to-one integer permutation.
    Id(IdSpec),
    /// PIN codes keeping the first digits.
    Pincode(PincodeSpec),
    /// Aadhaar numbers: 12 digits, first 2–9, valid Verhoeff digit, one-to-one.
    Aadhaar(DomainSpec),
    /// PAN `AAAAA9999A`, one-to-one, holder-type letter kept.
    Pan(DomainSpec),
    /// Other identifiers (voter ID, ration card, identity document numbers): letters and digits
    /// replaced one-to-one within their class and length, layout kept.
    Identifier(DomainSpec),
    /// Login names: letters and digits replaced one-to-one without regard to case (the letter
    /// case of the original kept), layout kept; `keep_values` unchanged.
    Username(UsernameSpec),
    /// ABHA numbers, 14 digits, one-to-one, dashes kept.
    AbhaNumber(DomainSpec),
    /// DIGIPIN codes (a ~4 m location code): a valid-looking DIGIPIN, one-to-one, layout and
    /// letter case kept.
    Digipin(DomainSpec),
    /// ABHA addresses `name@suffix`, suffix kept.
    AbhaAddress(DomainSpec),
    /// Bank account numbers: digits, same length, one-to-one.
    BankAccount(DomainSpec),
    /// IFSC codes keeping the bank code, branch one-to-one.
    Ifsc(DomainSpec),
    /// IPv4 addresses, one-to-one.
    Ip(DomainSpec),
}

/// Names, phones, emails, addresses, places and coordinates (`strategy::people`).
#[derive(Debug, Clone, PartialEq)]
pub enum People {
    /// Indian names.
    Name(NameKind, NameSpec),
    /// Indian mobile numbers, one-to-one, original format kept.
    Phone(PhoneSpec),
    /// Keyed address in a reserved mail domain.
    Email(EmailSpec),
    /// Address lines.
    Address(DomainSpec),
    /// Village, district or state names.
    Place(PlaceKind, DomainSpec),
    /// Coordinates with keyed noise.
    Gps(GpsSpec),
}

/// Dates (`strategy::dates`).
#[derive(Debug, Clone, PartialEq)]
pub enum Dates {
    /// Keyed date shift.
    DateShift(DateShiftSpec),
    /// Dates cut to year or month.
    DateGeneralize(GeneralizeSpec),
    /// Birth dates shifted within their year.
    BirthDate(BirthDateSpec),
}

/// Free text, JSON documents and paths (`strategy::text`).
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// Free text with personal patterns replaced.
    Scrub(ScrubSpec),
    /// Keyed synthetic text of similar length.
    Lorem(DomainSpec),
    /// JSON documents rewritten leaf by leaf.
    Json(JsonSpec),
    /// File paths and URLs, segment by segment.
    Path(PathSpec),
}

/// Pictures (`strategy::image`).
#[derive(Debug, Clone, PartialEq)]
pub enum Media {
    /// Pictures replaced by a valid 1×1 placeholder of the same kind and encoding.
    Image,
}

/// Every strategy name, for messages and docs.
pub const NAMES: &str = "keep, null, empty, fixed, hash, id, first_name, last_name, full_name, father_name, \
mother_name, spouse_name, phone, email, address, village, district, state, pincode, aadhaar, pan, identifier, username, \
abha_number, abha_address, digipin, bank_account, ifsc, ip, gps, date_shift, date_generalize, birth_date, noise, round, scrub, redact, lorem, json, path, image";

impl Strategy {
    /// The strategy's name as written in rules files and reports.
    pub fn name(&self) -> &'static str {
        match self {
            Strategy::Basic(Basic::Keep) => "keep",
            Strategy::Basic(Basic::Null) => "null",
            Strategy::Basic(Basic::Empty) => "empty",
            Strategy::Basic(Basic::Fixed(_)) => "fixed",
            Strategy::Basic(Basic::Hash(_)) => "hash",
            Strategy::Ids(Ids::Id(_)) => "id",
            Strategy::People(People::Name(NameKind::First, _)) => "first_name",
            Strategy::People(People::Name(NameKind::Last, _)) => "last_name",
            Strategy::People(People::Name(NameKind::Full, _)) => "full_name",
            Strategy::People(People::Name(NameKind::Father, _)) => "father_name",
            Strategy::People(People::Name(NameKind::Mother, _)) => "mother_name",
            Strategy::People(People::Name(NameKind::Spouse, _)) => "spouse_name",
            Strategy::People(People::Phone(_)) => "phone",
            Strategy::People(People::Email(_)) => "email",
            Strategy::People(People::Address(_)) => "address",
            Strategy::People(People::Place(PlaceKind::Village, _)) => "village",
            Strategy::People(People::Place(PlaceKind::District, _)) => "district",
            Strategy::People(People::Place(PlaceKind::State, _)) => "state",
            Strategy::Ids(Ids::Pincode(_)) => "pincode",
            Strategy::Ids(Ids::Aadhaar(_)) => "aadhaar",
            Strategy::Ids(Ids::Pan(_)) => "pan",
            Strategy::Ids(Ids::Identifier(_)) => "identifier",
            Strategy::Ids(Ids::Username(_)) => "username",
            Strategy::Ids(Ids::AbhaNumber(_)) => "abha_number",
            Strategy::Ids(Ids::Digipin(_)) => "digipin",
            Strategy::Ids(Ids::AbhaAddress(_)) => "abha_address",
            Strategy::Ids(Ids::BankAccount(_)) => "bank_account",
            Strategy::Ids(Ids::Ifsc(_)) => "ifsc",
            Strategy::Ids(Ids::Ip(_)) => "ip",
            Strategy::People(People::Gps(_)) => "gps",
            Strategy::Dates(Dates::DateShift(_)) => "date_shift",
            Strategy::Dates(Dates::DateGeneralize(_)) => "date_generalize",
            Strategy::Dates(Dates::BirthDate(_)) => "birth_date",
            Strategy::Basic(Basic::Noise(_)) => "noise",
            Strategy::Basic(Basic::Round(_)) => "round",
            Strategy::Text(Text::Scrub(_)) => "scrub",
            Strategy::Basic(Basic::Redact(_)) => "redact",
            Strategy::Text(Text::Lorem(_)) => "lorem",
            Strategy::Text(Text::Json(_)) => "json",
            Strategy::Text(Text::Path(_)) => "path",
            Strategy::Media(Media::Image) => "image",
        }
    }

    /// The domain whose key the strategy uses (its own name unless the rule names one).
    pub fn domain(&self) -> String {
        self.domain_str().to_string()
    }

    /// [`Strategy::domain`], borrowed.
    pub fn domain_str(&self) -> &str {
        let named = match self {
            Strategy::Basic(Basic::Hash(s)) => s.domain.as_deref(),
            Strategy::Ids(Ids::Id(s)) => s.domain.as_deref(),
            Strategy::People(People::Name(_, s)) => s.domain.as_deref().or(Some("name")),
            Strategy::People(People::Email(s)) => s.domain.as_deref(),
            Strategy::Ids(Ids::Pincode(s)) => s.domain.as_deref(),
            Strategy::People(People::Gps(s)) => s.domain.as_deref(),
            Strategy::Dates(Dates::DateShift(s)) => s.domain.as_deref(),
            Strategy::Dates(Dates::BirthDate(s)) => s.domain.as_deref(),
            Strategy::Basic(Basic::Noise(s)) => s.domain.as_deref(),
            Strategy::Ids(Ids::Username(s)) => s.domain.as_deref(),
            Strategy::People(People::Phone(s)) => s.domain.as_deref(),
            Strategy::People(People::Address(s))
            | Strategy::People(People::Place(_, s))
            | Strategy::Ids(Ids::Aadhaar(s))
            | Strategy::Ids(Ids::Pan(s))
            | Strategy::Ids(Ids::Identifier(s))
            | Strategy::Ids(Ids::AbhaNumber(s))
            | Strategy::Ids(Ids::Digipin(s))
            | Strategy::Ids(Ids::AbhaAddress(s))
            | Strategy::Ids(Ids::BankAccount(s))
            | Strategy::Ids(Ids::Ifsc(s))
            | Strategy::Ids(Ids::Ip(s))
            | Strategy::Text(Text::Lorem(s)) => s.domain.as_deref(),
            _ => None,
        };
        named.unwrap_or_else(|| self.name())
    }

    /// The rule as written in a rules file, short form (`id(ben_reg_id)`, `scrub`, `fixed`).
    pub fn label(&self) -> String {
        match self {
            Strategy::Ids(Ids::Id(s)) => match &s.domain {
                Some(d) => format!("id ({d})"),
                None => "id".into(),
            },
            other => other.name().to_string(),
        }
    }
}

struct StrategyVisitor;

fn opt<'de, T: Deserialize<'de> + Default, A: MapAccess<'de>>(map: &mut A) -> Result<T, A::Error> {
    Ok(map.next_value::<Option<T>>()?.unwrap_or_default())
}

fn by_name<E: de::Error>(name: &str) -> Result<Strategy, E> {
    use Strategy as S;
    Ok(match name {
        "keep" => S::Basic(Basic::Keep),
        "null" => S::Basic(Basic::Null),
        "empty" => S::Basic(Basic::Empty),
        "hash" => S::Basic(Basic::Hash(HashSpec::default())),
        "first_name" => S::People(People::Name(NameKind::First, NameSpec::default())),
        "last_name" => S::People(People::Name(NameKind::Last, NameSpec::default())),
        "full_name" => S::People(People::Name(NameKind::Full, NameSpec::default())),
        "father_name" => S::People(People::Name(NameKind::Father, NameSpec::default())),
        "mother_name" => S::People(People::Name(NameKind::Mother, NameSpec::default())),
        "spouse_name" => S::People(People::Name(NameKind::Spouse, NameSpec::default())),
        "phone" => S::People(People::Phone(PhoneSpec::default())),
        "email" => S::People(People::Email(EmailSpec::default())),
        "address" => S::People(People::Address(DomainSpec::default())),
        "village" => S::People(People::Place(PlaceKind::Village, DomainSpec::default())),
        "district" => S::People(People::Place(PlaceKind::District, DomainSpec::default())),
        "state" => S::People(People::Place(PlaceKind::State, DomainSpec::default())),
        "pincode" => S::Ids(Ids::Pincode(PincodeSpec::default())),
        "aadhaar" => S::Ids(Ids::Aadhaar(DomainSpec::default())),
        "pan" => S::Ids(Ids::Pan(DomainSpec::default())),
        "identifier" => S::Ids(Ids::Identifier(DomainSpec::default())),
        "username" => S::Ids(Ids::Username(UsernameSpec::default())),
        "abha_number" => S::Ids(Ids::AbhaNumber(DomainSpec::default())),
        "digipin" => S::Ids(Ids::Digipin(DomainSpec::default())),
        "abha_address" => S::Ids(Ids::AbhaAddress(DomainSpec::default())),
        "bank_account" => S::Ids(Ids::BankAccount(DomainSpec::default())),
        "ifsc" => S::Ids(Ids::Ifsc(DomainSpec::default())),
        "ip" => S::Ids(Ids::Ip(DomainSpec::default())),
        "gps" => S::People(People::Gps(GpsSpec::default())),
        "date_shift" => S::Dates(Dates::DateShift(DateShiftSpec::default())),
        "date_generalize" => S::Dates(Dates::DateGeneralize(GeneralizeSpec::default())),
        "birth_date" => S::Dates(Dates::BirthDate(BirthDateSpec::default())),
        "noise" => S::Basic(Basic::Noise(NoiseSpec::default())),
        "round" => S::Basic(Basic::Round(RoundSpec::default())),
        "scrub" => S::Text(Text::Scrub(ScrubSpec::default())),
        "redact" => S::Basic(Basic::Redact(RedactSpec::default())),
        "lorem" => S::Text(Text::Lorem(DomainSpec::default())),
        "json" => S::Text(Text::Json(JsonSpec::default())),
        "path" => S::Text(Text::Path(PathSpec::default())),
        "image" => S::Media(Media::Image),
        "fixed" => return Err(E::custom("`fixed` needs a value: write `{fixed: VALUE}`")),
        "id" => {
            return Err(E::custom(
                "`id` needs a domain: write `{id: {domain: NAME}}`",
            ))
        }
        other => {
            return Err(E::custom(format!(
                "unknown strategy `{other}` (known: {NAMES})"
            )))
        }
    })
}

impl<'de> Visitor<'de> for StrategyVisitor {
    type Value = Strategy;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a strategy: a name such as `keep` or `phone`, or a one-key map such as `{fixed: VALUE}`")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Strategy, E> {
        Ok(Strategy::Basic(Basic::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Strategy, E> {
        Ok(Strategy::Basic(Basic::Null))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Strategy, E> {
        by_name(v)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strategy, A::Error> {
        use Strategy as S;
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom("empty strategy map"));
        };
        let m = &mut map;
        let s = match key.as_str() {
            "fixed" => S::Basic(Basic::Fixed(m.next_value::<FixedScalar>()?.0)),
            "hash" => S::Basic(Basic::Hash(opt(m)?)),
            "id" => {
                let spec: IdSpec = opt(m)?;
                if spec.domain.is_none() {
                    return Err(de::Error::custom(
                        "`id` needs a domain: write `{id: {domain: NAME}}`",
                    ));
                }
                if spec.min.is_some() != spec.max.is_some() || spec.min > spec.max {
                    return Err(de::Error::custom(
                        "`id` takes both `min` and `max`, with min <= max",
                    ));
                }
                S::Ids(Ids::Id(spec))
            }
            "first_name" => S::People(People::Name(NameKind::First, opt(m)?)),
            "last_name" => S::People(People::Name(NameKind::Last, opt(m)?)),
            "full_name" => S::People(People::Name(NameKind::Full, opt(m)?)),
            "father_name" => S::People(People::Name(NameKind::Father, opt(m)?)),
            "mother_name" => S::People(People::Name(NameKind::Mother, opt(m)?)),
            "spouse_name" => S::People(People::Name(NameKind::Spouse, opt(m)?)),
            "email" => S::People(People::Email(opt(m)?)),
            "phone" => S::People(People::Phone(opt(m)?)),
            "pincode" => S::Ids(Ids::Pincode(opt(m)?)),
            "gps" => S::People(People::Gps(opt(m)?)),
            "date_shift" => S::Dates(Dates::DateShift(opt(m)?)),
            "date_generalize" => S::Dates(Dates::DateGeneralize(opt(m)?)),
            "birth_date" => S::Dates(Dates::BirthDate(opt(m)?)),
            "noise" => S::Basic(Basic::Noise(opt(m)?)),
            "round" => S::Basic(Basic::Round(opt(m)?)),
            "scrub" => S::Text(Text::Scrub(opt(m)?)),
            "redact" => S::Basic(Basic::Redact(opt(m)?)),
            "username" => S::Ids(Ids::Username(opt(m)?)),
            "path" => S::Text(Text::Path(opt(m)?)),
            "json" => {
                let spec: JsonSpec = opt(m)?;
                if let Some((k, _)) = spec
                    .keys
                    .iter()
                    .find(|(_, s)| matches!(s, S::Text(Text::Json(_)) | S::Basic(Basic::Keep)))
                {
                    return Err(de::Error::custom(format!(
                        "`json` key `{k}`: give a strategy that rewrites the value (not keep or json)"
                    )));
                }
                S::Text(Text::Json(spec))
            }
            other => {
                let base = by_name::<A::Error>(other)?;
                let spec: DomainSpec = opt(m)?;
                match base {
                    S::People(People::Address(_)) => S::People(People::Address(spec)),
                    S::People(People::Place(k, _)) => S::People(People::Place(k, spec)),
                    S::Ids(Ids::Aadhaar(_)) => S::Ids(Ids::Aadhaar(spec)),
                    S::Ids(Ids::Pan(_)) => S::Ids(Ids::Pan(spec)),
                    S::Ids(Ids::Identifier(_)) => S::Ids(Ids::Identifier(spec)),
                    S::Ids(Ids::AbhaNumber(_)) => S::Ids(Ids::AbhaNumber(spec)),
                    S::Ids(Ids::Digipin(_)) => S::Ids(Ids::Digipin(spec)),
                    S::Ids(Ids::AbhaAddress(_)) => S::Ids(Ids::AbhaAddress(spec)),
                    S::Ids(Ids::BankAccount(_)) => S::Ids(Ids::BankAccount(spec)),
                    S::Ids(Ids::Ifsc(_)) => S::Ids(Ids::Ifsc(spec)),
                    S::Ids(Ids::Ip(_)) => S::Ids(Ids::Ip(spec)),
                    S::Text(Text::Lorem(_)) => S::Text(Text::Lorem(spec)),
                    plain if spec.domain.is_none() => plain,
                    _ => return Err(de::Error::custom(format!("`{other}` takes no parameters"))),
                }
            }
        };
        if map.next_key::<String>()?.is_some() {
            return Err(de::Error::custom("a column takes exactly one strategy"));
        }
        Ok(s)
    }
}

impl<'de> Deserialize<'de> for Strategy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrategyVisitor)
    }
}

/// A YAML scalar for `fixed`, keeping strings and numbers apart.
struct FixedScalar(FixedValue);

impl<'de> Deserialize<'de> for FixedScalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = FixedScalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FixedScalar, E> {
                Ok(FixedScalar(FixedValue::Text(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FixedScalar, E> {
                Ok(FixedScalar(FixedValue::Number(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FixedScalar, E> {
                Ok(FixedScalar(FixedValue::Number(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<FixedScalar, E> {
                if v.is_finite() {
                    Ok(FixedScalar(FixedValue::Number(v.to_string())))
                } else {
                    Err(E::custom("a fixed number must be finite"))
                }
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<FixedScalar, E> {
                Ok(FixedScalar(FixedValue::Number(
                    if v { "1" } else { "0" }.into(),
                )))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(y: &str) -> Result<Strategy, String> {
        serde_yaml_ng::from_str::<Strategy>(y).map_err(|e| e.to_string())
    }

    #[test]
    fn names_and_maps() {
        assert_eq!(
            parse("phone").unwrap(),
            Strategy::People(People::Phone(PhoneSpec::default()))
        );
        assert_eq!(parse("~").unwrap(), Strategy::Basic(Basic::Null));
        assert_eq!(
            parse("{phone: {domain: mobile}}").unwrap().domain(),
            "mobile"
        );
        assert_eq!(
            parse("{aadhaar: }").unwrap(),
            Strategy::Ids(Ids::Aadhaar(DomainSpec::default()))
        );
        let id = parse("{id: {domain: ben_reg_id}}").unwrap();
        assert_eq!(id.domain(), "ben_reg_id");
        assert!(id.one_to_one());
        assert_eq!(
            parse("{full_name: {gender_column: GenderID}}")
                .unwrap()
                .name(),
            "full_name"
        );
        assert_eq!(
            parse("{date_shift: {max_days: 15, subject_column: BenRegID}}")
                .unwrap()
                .domain(),
            "date_shift"
        );
        assert!(parse("id").unwrap_err().contains("needs a domain"));
        assert!(parse("{id: {domain: x, min: 5}}").is_err());
        assert!(parse("{phone: {digits: 3}}").is_err());
        assert!(parse("{keep: {domain: x}}").is_err());
        assert!(parse("shred").unwrap_err().contains("unknown strategy"));
        assert!(!parse("full_name").unwrap().one_to_one());
    }
}
