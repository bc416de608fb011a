//! Strategy specifications as written in a rules file: a name (`phone`) or a one-key map with
//! parameters (`{id: {domain: ben_reg_id}}`), parsed with positions kept for errors.

pub mod registry;

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

impl Strategy {
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

/// A YAML scalar for `fixed`, keeping strings and numbers apart.
pub(super) struct FixedScalar(pub(super) FixedValue);

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
