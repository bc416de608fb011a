//! What other modules ask of a strategy, answered by the strategy: which family rewrites it,
//! what kind of personal data its column holds, whether it is one-to-one, which leak detectors
//! its output would trip, how its values are fingerprinted, which other columns it reads,
//! whether it fits a column type, and what synthetic value stands for its data. The planner,
//! the gates, the side-file recorders and the sample generator call these methods; only this
//! file and the family files look inside a [`Strategy`].

use crate::dump::coltype::ColumnType;
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
pub use crate::pii::originals::Identity;
use crate::rules::spec::{Basic, Dates, Ids, Media, People, Text};
use crate::rules::spec::{FixedValue, NameKind, OnUnparsed, PlaceKind, Strategy};

/// The family whose module rewrites a strategy's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `keep`, `null`, `empty`, `fixed`, `redact`, `hash`, `noise`, `round` (`super::basic`).
    Basic,
    /// Identifiers: `id`, `identifier`, `aadhaar`, `pan`, ABHA, bank, IFSC, IP, PIN ([`super::ids`]).
    Ids,
    /// Names, phones, emails, addresses, places, coordinates (`super::people`).
    People,
    /// `date_shift`, `birth_date`, `date_generalize` (`super::dates`).
    Dates,
    /// Free text: `scrub`, `lorem` (`super::text`) and JSON documents (`super::json`).
    Text,
    /// Pictures: `image` (`super::image`).
    Media,
}

/// Other columns of the row a strategy reads, by name.
#[derive(Debug, Clone, Copy, Default)]
pub struct ColumnRefs<'a> {
    /// The gender column a name strategy follows.
    pub gender: Option<&'a str>,
    /// The subject column whose dates all move alike.
    pub subject: Option<&'a str>,
    /// Name columns whose values `scrub` replaces in the text.
    pub names: &'a [String],
    /// Phone columns whose values `scrub` replaces in the text.
    pub phones: &'a [String],
}

/// What a synthetic-data generator puts in a column under a strategy: the kind of value its
/// real data would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample<'a> {
    /// An integer ID of a domain (`ben_reg_id`, `beneficiary_id`, …).
    Id(Option<&'a str>),
    /// A person's name of this kind.
    Name(NameKind),
    /// A mobile number.
    Phone,
    /// An email address.
    Email,
    /// An address line.
    Address,
    /// A place name of this kind.
    Place(PlaceKind),
    /// A PIN code.
    Pincode,
    /// An Aadhaar number.
    Aadhaar,
    /// A PAN.
    Pan,
    /// Another identity document number.
    Identifier,
    /// An ABHA number.
    AbhaNumber,
    /// An ABHA address.
    AbhaAddress,
    /// A bank account number.
    BankAccount,
    /// An IFSC code.
    Ifsc,
    /// A coordinate.
    Coordinate,
    /// A date of birth.
    BirthDate,
    /// Free text about the person.
    Note,
    /// A secret (a password hash).
    Secret,
    /// An IP address.
    Ip,
    /// Nothing the strategy knows of: a plain value of the column's type.
    Plain,
}

impl Strategy {
    /// The family that rewrites this strategy's values.
    pub fn family(&self) -> Family {
        match self {
            Strategy::Basic(Basic::Keep)
            | Strategy::Basic(Basic::Null)
            | Strategy::Basic(Basic::Empty)
            | Strategy::Basic(Basic::Fixed(_))
            | Strategy::Basic(Basic::Redact(_))
            | Strategy::Basic(Basic::Hash(_))
            | Strategy::Basic(Basic::Noise(_))
            | Strategy::Basic(Basic::Round(_)) => Family::Basic,
            Strategy::Ids(Ids::Id(_))
            | Strategy::Ids(Ids::Identifier(_))
            | Strategy::Ids(Ids::Username(_))
            | Strategy::Ids(Ids::Aadhaar(_))
            | Strategy::Ids(Ids::Pan(_))
            | Strategy::Ids(Ids::AbhaNumber(_))
            | Strategy::Ids(Ids::AbhaAddress(_))
            | Strategy::Ids(Ids::Digipin(_))
            | Strategy::Ids(Ids::BankAccount(_))
            | Strategy::Ids(Ids::Ifsc(_))
            | Strategy::Ids(Ids::Ip(_))
            | Strategy::Ids(Ids::Pincode(_)) => Family::Ids,
            Strategy::People(People::Name(..))
            | Strategy::People(People::Phone(_))
            | Strategy::People(People::Email(_))
            | Strategy::People(People::Address(_))
            | Strategy::People(People::Place(..))
            | Strategy::People(People::Gps(_)) => Family::People,
            Strategy::Dates(Dates::DateShift(_))
            | Strategy::Dates(Dates::BirthDate(_))
            | Strategy::Dates(Dates::DateGeneralize(_)) => Family::Dates,
            Strategy::Text(Text::Scrub(_))
            | Strategy::Text(Text::Lorem(_))
            | Strategy::Text(Text::Json(_))
            | Strategy::Text(Text::Path(_)) => Family::Text,
            Strategy::Media(Media::Image) => Family::Media,
        }
    }

    /// The kind of personal data a column under this strategy holds, for inventories and
    /// reports (`None` for `keep`).
    pub fn category(&self) -> Option<&'static str> {
        Some(match self {
            Strategy::Basic(Basic::Keep) => return None,
            Strategy::Ids(Ids::Id(s)) => match s.domain.as_deref() {
                Some("ben_reg_id") => "beneficiary registration ID",
                Some("beneficiary_id") => "beneficiary ID",
                Some("rch_id") | Some("emamta_id") => "health programme ID",
                _ => "identifier",
            },
            Strategy::People(People::Name(..)) => "name",
            Strategy::Ids(Ids::Username(_)) => "user name",
            Strategy::People(People::Phone(_)) => "phone",
            Strategy::People(People::Email(_)) => "email",
            Strategy::People(People::Address(_))
            | Strategy::People(People::Place(..))
            | Strategy::Ids(Ids::Pincode(_)) => "address",
            Strategy::People(People::Gps(_))
            | Strategy::Ids(Ids::Ip(_))
            | Strategy::Ids(Ids::Digipin(_)) => "location",
            Strategy::Ids(Ids::Aadhaar(_))
            | Strategy::Ids(Ids::Pan(_))
            | Strategy::Ids(Ids::Identifier(_)) => "government ID",
            Strategy::Ids(Ids::AbhaNumber(_)) | Strategy::Ids(Ids::AbhaAddress(_)) => {
                "health ID (ABHA)"
            }
            Strategy::Ids(Ids::BankAccount(_)) | Strategy::Ids(Ids::Ifsc(_)) => "bank account",
            Strategy::Dates(Dates::BirthDate(_)) => "date of birth",
            Strategy::Dates(Dates::DateShift(_)) | Strategy::Dates(Dates::DateGeneralize(_)) => {
                "date"
            }
            Strategy::Text(Text::Scrub(_))
            | Strategy::Basic(Basic::Redact(_))
            | Strategy::Text(Text::Lorem(_)) => "free text",
            Strategy::Text(Text::Json(_)) => "JSON document",
            Strategy::Text(Text::Path(_)) => "file path",
            Strategy::Media(Media::Image) => "image",
            Strategy::Basic(Basic::Fixed(_)) => "credential / fixed value",
            Strategy::Basic(Basic::Hash(_)) => "pseudonym",
            Strategy::Basic(Basic::Null) | Strategy::Basic(Basic::Empty) => "removed",
            Strategy::Basic(Basic::Noise(_)) | Strategy::Basic(Basic::Round(_)) => "measurement",
        })
    }

    /// True when distinct inputs always give distinct outputs (allowed on PRIMARY/UNIQUE keys).
    pub fn one_to_one(&self) -> bool {
        matches!(
            self,
            Strategy::Basic(Basic::Keep)
                | Strategy::Ids(Ids::Id(_))
                | Strategy::People(People::Phone(_))
                | Strategy::Ids(Ids::Aadhaar(_))
                | Strategy::Ids(Ids::Pan(_))
                | Strategy::Ids(Ids::Identifier(_))
                | Strategy::Ids(Ids::Username(_))
                | Strategy::Ids(Ids::AbhaNumber(_))
                | Strategy::Ids(Ids::AbhaAddress(_))
                | Strategy::Ids(Ids::Digipin(_))
                | Strategy::Ids(Ids::BankAccount(_))
                | Strategy::Ids(Ids::Ifsc(_))
                | Strategy::Ids(Ids::Ip(_))
                | Strategy::People(People::Email(_))
                | Strategy::Basic(Basic::Hash(_))
        )
    }

    /// True when the strategy may rewrite a column of a PRIMARY or UNIQUE key: one-to-one, and
    /// for `hash` long enough (16+ characters) that collisions do not happen in practice.
    pub fn fits_unique_key(&self) -> bool {
        let short_hash =
            matches!(self, Strategy::Basic(Basic::Hash(h)) if h.length.is_some_and(|l| l < 16));
        self.one_to_one() && !short_hash
    }

    /// True when the output depends on a domain key (everything but constants; rounding and
    /// generalized dates need one for the mask of values they cannot read).
    pub fn needs_key(&self) -> bool {
        !matches!(
            self,
            Strategy::Basic(Basic::Keep)
                | Strategy::Basic(Basic::Null)
                | Strategy::Basic(Basic::Empty)
                | Strategy::Basic(Basic::Fixed(_))
                | Strategy::Basic(Basic::Redact(_))
                | Strategy::Media(Media::Image)
        )
    }

    /// What the strategy writes for a value it cannot read: the rule's `on_unparsed`, or the
    /// mask. Strategies that read every value (names, Aadhaar, hashes…) never need it.
    pub fn on_unparsed(&self) -> &OnUnparsed {
        static MASK: OnUnparsed = OnUnparsed::Mask;
        match self {
            Strategy::People(People::Phone(s)) => &s.on_unparsed,
            Strategy::Ids(Ids::Pincode(s)) => &s.on_unparsed,
            Strategy::People(People::Gps(s)) => &s.on_unparsed,
            Strategy::Dates(Dates::DateShift(s)) => &s.on_unparsed,
            Strategy::Dates(Dates::BirthDate(s)) => &s.on_unparsed,
            Strategy::Dates(Dates::DateGeneralize(s)) => &s.on_unparsed,
            Strategy::Basic(Basic::Noise(s)) => &s.on_unparsed,
            Strategy::Basic(Basic::Round(s)) => &s.on_unparsed,
            _ => &MASK,
        }
    }

    /// Domains whose keys the strategy needs besides its own: `scrub` fakes the phones, emails,
    /// Aadhaar numbers, PANs, ABHA numbers and names it finds, each in its own domain (so a
    /// phone in a note becomes the same fake as in a phone column).
    pub fn extra_domains(&self) -> &'static [&'static str] {
        match self {
            Strategy::Text(Text::Scrub(_)) => &[
                "phone",
                "email",
                "aadhaar",
                "pan",
                "abha_number",
                "name",
                "digipin",
                "identifier",
            ],
            Strategy::Text(Text::Path(_)) => &["name", "aadhaar"],
            _ => &[],
        }
    }

    /// True when every non-NULL value becomes the same literal (`null`, `fixed`, `empty`,
    /// `redact`): it is made once, when the column is compiled.
    pub fn is_value_independent(&self) -> bool {
        matches!(
            self,
            Strategy::Basic(Basic::Null)
                | Strategy::Basic(Basic::Fixed(_))
                | Strategy::Basic(Basic::Empty)
                | Strategy::Basic(Basic::Redact(_))
        )
    }

    /// True when the output holds nothing a leak scan could find (`null`, `empty`, `fixed`,
    /// `image`'s placeholders).
    pub fn is_blank(&self) -> bool {
        matches!(
            self,
            Strategy::Basic(Basic::Null)
                | Strategy::Basic(Basic::Empty)
                | Strategy::Basic(Basic::Fixed(_))
                | Strategy::Media(Media::Image)
        )
    }

    /// True for free-text strategies, whose detector hits are fingerprinted instead of the text.
    pub fn is_free_text(&self) -> bool {
        matches!(
            self,
            Strategy::Text(Text::Scrub(_))
                | Strategy::Basic(Basic::Redact(_))
                | Strategy::Text(Text::Lorem(_))
                | Strategy::Text(Text::Json(_))
                | Strategy::Text(Text::Path(_))
        )
    }

    /// True where a fake may legitimately equal some real value (names, places, dates,
    /// measurements): a match there is counted apart and does not fail `verify` by itself.
    pub fn is_weak(&self) -> bool {
        matches!(
            self.category(),
            Some(
                "name"
                    | "address"
                    | "location"
                    | "date"
                    | "date of birth"
                    | "measurement"
                    | "credential / fixed value"
                    | "removed"
            )
        )
    }

    /// The fingerprint domain of a column's values (it also says how they are normalized).
    pub fn fingerprint_domain(&self) -> &str {
        match self {
            Strategy::People(People::Phone(_)) => "phone",
            Strategy::Ids(Ids::Aadhaar(_)) => "aadhaar",
            Strategy::Ids(Ids::Pan(_)) => "pan",
            Strategy::Ids(Ids::AbhaNumber(_)) => "abha",
            Strategy::People(People::Email(_)) => "email",
            Strategy::People(People::Name(..)) => "name",
            other => other.domain_str(),
        }
    }

    /// Leak detectors whose hits in this strategy's output are its own fakes, not leaks (a
    /// `phone` column holds fake mobiles); free text (`scrub`) is judged by fingerprints instead.
    /// Emails are never exempt: every generated one is in a reserved domain, so an email column
    /// holding a real address is a leak even without fingerprints.
    pub fn exempt_detectors(&self) -> &'static [Detector] {
        use Detector::*;
        match self {
            Strategy::People(People::Phone(_)) => &[Mobile],
            Strategy::Ids(Ids::Aadhaar(_)) => &[Aadhaar, Mobile],
            Strategy::Ids(Ids::Pan(_)) => &[Pan],
            Strategy::Ids(Ids::AbhaNumber(_)) => &[Abha, Mobile, Aadhaar],
            // Generated emails are told apart by their reserved domain, not by their column.
            Strategy::People(People::Email(_)) | Strategy::Ids(Ids::AbhaAddress(_)) => &[],
            // A DIGIPIN of digits only reads as a phone number.
            Strategy::Ids(Ids::Digipin(_)) => &[Mobile],
            Strategy::Text(Text::Scrub(_))
            | Strategy::Text(Text::Json(_))
            | Strategy::Text(Text::Path(_)) => &Detector::ALL,
            Strategy::Ids(Ids::Id(_))
            | Strategy::Ids(Ids::Identifier(_))
            | Strategy::Ids(Ids::Username(_))
            | Strategy::Basic(Basic::Hash(_))
            | Strategy::Ids(Ids::BankAccount(_))
            | Strategy::Ids(Ids::Ifsc(_))
            | Strategy::Basic(Basic::Noise(_))
            | Strategy::Basic(Basic::Round(_))
            | Strategy::Ids(Ids::Pincode(_))
            | Strategy::People(People::Gps(_))
            | Strategy::Ids(Ids::Ip(_))
            | Strategy::Dates(Dates::DateShift(_))
            | Strategy::Dates(Dates::DateGeneralize(_))
            | Strategy::Dates(Dates::BirthDate(_)) => &[Mobile, Aadhaar, Pan, Abha],
            _ => &[],
        }
    }

    /// The kinds of personal data the strategy's own output holds (a `phone` column holds fake
    /// mobiles, `scrub` puts fake names and phones into notes): the output gate does not judge
    /// a rewritten column by these, but it judges every other kind, and a value written
    /// unchanged is judged as if kept.
    pub fn generated_kinds(&self) -> KindSet {
        use Kind::*;
        const NUMBERS: KindSet = KindSet::of(&[Mobile, Landline, Aadhaar, AbhaNumber, BankAccount]);
        const TEXT: KindSet = KindSet::of(&[
            PersonName, Mobile, Landline, Aadhaar, Pan, AbhaNumber, FreeText,
        ]);
        match self {
            Strategy::Basic(Basic::Keep) => KindSet::EMPTY,
            Strategy::People(People::Name(..)) => KindSet::of(&[PersonName]),
            Strategy::People(People::Phone(_)) => KindSet::of(&[Mobile, Landline, BankAccount]),
            Strategy::People(People::Email(_)) => KindSet::EMPTY,
            Strategy::People(People::Address(_)) => KindSet::of(&[Address, PersonName, FreeText]),
            Strategy::People(People::Place(..)) => KindSet::of(&[PersonName, Address]),
            Strategy::Ids(Ids::Pincode(_)) | Strategy::Ids(Ids::Ifsc(_)) => KindSet::EMPTY,
            Strategy::Ids(Ids::Aadhaar(_)) => KindSet::of(&[Aadhaar, Mobile, BankAccount]),
            Strategy::Ids(Ids::Pan(_)) => KindSet::of(&[Pan]),
            Strategy::Ids(Ids::Identifier(_)) => KindSet::of(&[VoterId, Pan, BankAccount, Digipin]),
            Strategy::Ids(Ids::Username(_)) => KindSet::of(&[Email, AbhaAddress]),
            Strategy::Ids(Ids::AbhaNumber(_)) | Strategy::Ids(Ids::BankAccount(_)) => NUMBERS,
            Strategy::Ids(Ids::AbhaAddress(_)) => KindSet::of(&[AbhaAddress, Email]),
            Strategy::Ids(Ids::Digipin(_)) => {
                KindSet::of(&[Digipin, Mobile, Landline, BankAccount])
            }
            Strategy::Ids(Ids::Ip(_)) => KindSet::of(&[IpAddress]),
            Strategy::People(People::Gps(_))
            | Strategy::Basic(Basic::Noise(_))
            | Strategy::Basic(Basic::Round(_)) => KindSet::of(&[Gps]),
            Strategy::Dates(Dates::DateShift(_))
            | Strategy::Dates(Dates::DateGeneralize(_))
            | Strategy::Dates(Dates::BirthDate(_)) => KindSet::of(&[BirthDate]),
            Strategy::Ids(Ids::Id(_)) | Strategy::Basic(Basic::Hash(_)) => {
                NUMBERS.union(KindSet::of(&[Pan, VoterId]))
            }
            Strategy::Text(Text::Scrub(_)) => TEXT.union(KindSet::of(&[Email, Digipin])),
            Strategy::Text(Text::Lorem(_)) => TEXT.union(KindSet::of(&[Address])),
            Strategy::Text(Text::Json(spec)) => spec
                .keys
                .values()
                .fold(TEXT.union(KindSet::of(&[Email, Digipin])), |k, s| {
                    k.union(s.generated_kinds())
                }),
            Strategy::Text(Text::Path(_)) => TEXT,
            Strategy::Basic(Basic::Null)
            | Strategy::Basic(Basic::Empty)
            | Strategy::Basic(Basic::Fixed(_))
            | Strategy::Basic(Basic::Redact(_))
            | Strategy::Media(Media::Image) => KindSet::of(&Kind::ALL),
        }
    }

    /// What kind of identity the column's original values are, when they name one person
    /// (the output gate learns them and searches the written output for them).
    pub fn identity(&self) -> Option<Identity> {
        match self {
            Strategy::People(People::Name(..)) => Some(Identity::Name),
            Strategy::People(People::Phone(_))
            | Strategy::Ids(Ids::Aadhaar(_))
            | Strategy::Ids(Ids::AbhaNumber(_))
            | Strategy::Ids(Ids::BankAccount(_)) => Some(Identity::Number),
            Strategy::People(People::Email(_))
            | Strategy::Ids(Ids::Username(_))
            | Strategy::Ids(Ids::AbhaAddress(_))
            | Strategy::Ids(Ids::Pan(_))
            | Strategy::Ids(Ids::Digipin(_))
            | Strategy::Ids(Ids::Identifier(_)) => Some(Identity::Token),
            Strategy::Ids(Ids::Id(_)) if self.category() == Some("health programme ID") => {
                Some(Identity::Number)
            }
            _ => None,
        }
    }

    /// Values the strategy documents it writes unchanged (`username`'s `keep_values`): not
    /// counted as passed through.
    pub fn keep_values(&self) -> &[String] {
        match self {
            Strategy::Ids(Ids::Username(u)) => &u.keep_values,
            _ => &[],
        }
    }

    /// The domain of an `id` rule that names one (`ben_reg_id`).
    pub fn id_domain(&self) -> Option<&str> {
        match self {
            Strategy::Ids(Ids::Id(s)) => s.domain.as_deref(),
            _ => None,
        }
    }

    /// The mail domain of an `email` rule's fakes, when the rule names one.
    pub fn generated_email_domain(&self) -> Option<&str> {
        match self {
            Strategy::People(People::Email(e)) => e.reserved_domain.as_deref(),
            _ => None,
        }
    }

    /// The other columns of the row the strategy reads.
    pub fn column_refs(&self) -> ColumnRefs<'_> {
        match self {
            Strategy::People(People::Name(_, n)) => ColumnRefs {
                gender: n.gender_column.as_deref(),
                ..ColumnRefs::default()
            },
            Strategy::Dates(Dates::DateShift(d)) => ColumnRefs {
                subject: d.subject_column.as_deref(),
                ..ColumnRefs::default()
            },
            Strategy::Text(Text::Scrub(s)) => ColumnRefs {
                names: &s.name_columns,
                phones: &s.phone_columns,
                ..ColumnRefs::default()
            },
            _ => ColumnRefs::default(),
        }
    }

    /// True when the strategy reads the *new* values of other columns (`scrub` puts a row's new
    /// name where the note repeats the old one), so it is compiled after them.
    pub fn reads_new_values(&self) -> bool {
        matches!(self, Strategy::Text(Text::Scrub(_)))
    }

    /// Minimum column length (characters) the strategy's output needs.
    pub fn min_chars(&self) -> u64 {
        match self {
            Strategy::People(People::Phone(_)) => 10,
            Strategy::Ids(Ids::Aadhaar(_)) => 12,
            Strategy::Ids(Ids::Pan(_)) | Strategy::Ids(Ids::Ifsc(_)) => 10,
            Strategy::Ids(Ids::AbhaNumber(_)) => 14,
            Strategy::People(People::Email(_)) => 24,
            Strategy::Ids(Ids::AbhaAddress(_)) => 12,
            Strategy::Ids(Ids::Digipin(_)) => 10,
            Strategy::Ids(Ids::Ip(_)) => 15,
            Strategy::Basic(Basic::Hash(h)) => h.length.unwrap_or(8).min(8) as u64,
            Strategy::Dates(Dates::DateShift(_))
            | Strategy::Dates(Dates::DateGeneralize(_))
            | Strategy::Dates(Dates::BirthDate(_)) => 10,
            _ => 1,
        }
    }

    /// What synthetic value stands for this strategy's data in a sample dump.
    pub fn sample(&self) -> Sample<'_> {
        match self {
            Strategy::Ids(Ids::Id(spec)) => Sample::Id(spec.domain.as_deref()),
            Strategy::People(People::Name(kind, _)) => Sample::Name(*kind),
            Strategy::People(People::Phone(_)) => Sample::Phone,
            Strategy::People(People::Email(_)) => Sample::Email,
            Strategy::People(People::Address(_)) => Sample::Address,
            Strategy::People(People::Place(kind, _)) => Sample::Place(*kind),
            Strategy::Ids(Ids::Pincode(_)) => Sample::Pincode,
            Strategy::Ids(Ids::Aadhaar(_)) => Sample::Aadhaar,
            Strategy::Ids(Ids::Pan(_)) => Sample::Pan,
            Strategy::Ids(Ids::Identifier(_)) | Strategy::Ids(Ids::Username(_)) => {
                Sample::Identifier
            }
            Strategy::Ids(Ids::AbhaNumber(_)) => Sample::AbhaNumber,
            Strategy::Ids(Ids::AbhaAddress(_)) => Sample::AbhaAddress,
            Strategy::Ids(Ids::BankAccount(_)) => Sample::BankAccount,
            Strategy::Ids(Ids::Ifsc(_)) => Sample::Ifsc,
            Strategy::People(People::Gps(_)) => Sample::Coordinate,
            Strategy::Dates(Dates::BirthDate(_)) => Sample::BirthDate,
            Strategy::Text(Text::Scrub(_))
            | Strategy::Basic(Basic::Redact(_))
            | Strategy::Text(Text::Lorem(_))
            | Strategy::Text(Text::Json(_)) => Sample::Note,
            Strategy::Basic(Basic::Fixed(_)) => Sample::Secret,
            Strategy::Ids(Ids::Ip(_)) => Sample::Ip,
            _ => Sample::Plain,
        }
    }

    /// Why the strategy cannot fit a column of type `ty` (`nullable` or not), if it cannot.
    pub fn misfit(&self, ty: &ColumnType, nullable: bool) -> Option<String> {
        let name = self.name();
        let text_ok = ty.is_text() || matches!(ty, ColumnType::Json);
        let fits_chars = |n: u64| ty.max_chars().is_none_or(|m| m >= n);
        let need_text = |n: u64| -> Option<String> {
            if !text_ok {
                Some(format!("`{name}` needs a character column"))
            } else if !fits_chars(n) {
                Some(format!("`{name}` needs at least {n} characters"))
            } else {
                None
            }
        };
        if let OnUnparsed::Fixed(t) = self.on_unparsed() {
            let numeric_col = matches!(
                ty,
                ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float
            );
            if numeric_col && t.parse::<f64>().is_err() {
                return Some("the `on_unparsed` value is not a number".into());
            }
            if text_ok && !fits_chars(t.chars().count() as u64) {
                return Some("the `on_unparsed` value is longer than the column".into());
            }
        }
        let numeric = matches!(
            ty,
            ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float
        );
        let datey = matches!(ty, ColumnType::Date | ColumnType::DateTime) || text_ok;
        match self {
            Strategy::Basic(Basic::Keep) => None,
            Strategy::Basic(Basic::Null) if !nullable => Some("the column is NOT NULL".into()),
            Strategy::Basic(Basic::Null) => None,
            Strategy::Basic(Basic::Empty) => need_text(0),
            Strategy::Basic(Basic::Fixed(FixedValue::Text(t))) => match ty {
                ColumnType::Enum(m) if !m.iter().any(|x| x == t) => {
                    Some(format!("`{t}` is not a member of the ENUM"))
                }
                ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float => t
                    .parse::<f64>()
                    .is_err()
                    .then(|| "a text value in a numeric column".into()),
                _ if text_ok && !fits_chars(t.chars().count() as u64) => {
                    Some("the fixed value is longer than the column".into())
                }
                _ => None,
            },
            Strategy::Basic(Basic::Fixed(FixedValue::Number(n))) => match ty {
                ColumnType::Int { min, max } => match n.parse::<i128>() {
                    Ok(v) if v >= *min && v <= *max => None,
                    _ => Some(format!("{n} is not an integer in the column's range")),
                },
                _ => None,
            },
            Strategy::Ids(Ids::Id(spec)) => match ty {
                ColumnType::Int { max, .. } => match spec.max {
                    Some(m) if (m as i128) > *max => {
                        Some("the id range exceeds the column's integer range".into())
                    }
                    _ => None,
                },
                t if t.is_text() => None,
                _ => Some("`id` needs an integer or character column".into()),
            },
            Strategy::People(People::Phone(_))
            | Strategy::Ids(Ids::Aadhaar(_))
            | Strategy::Ids(Ids::AbhaNumber(_)) => match ty {
                ColumnType::Int { max, .. } if *max >= 99_999_999_999_999 => None,
                ColumnType::Int { .. } => Some(format!(
                "`{name}` values do not fit this integer type; use BIGINT or a character column"
            )),
                _ => need_text(self.min_chars()),
            },
            Strategy::Ids(Ids::BankAccount(_))
            | Strategy::Ids(Ids::Pincode(_))
            | Strategy::Ids(Ids::Identifier(_))
            | Strategy::Ids(Ids::Username(_)) => match ty {
                ColumnType::Int { .. } => None,
                _ => need_text(1),
            },
            Strategy::Basic(Basic::Hash(h)) => {
                let n = h.length.map_or(8, |l| l as u64);
                need_text(n)
            }
            Strategy::Dates(Dates::DateShift(_))
            | Strategy::Dates(Dates::BirthDate(_))
            | Strategy::Dates(Dates::DateGeneralize(_)) => (!datey)
                .then(|| format!("`{name}` needs a DATE, DATETIME, TIMESTAMP or character column")),
            Strategy::Basic(Basic::Noise(_)) | Strategy::Basic(Basic::Round(_)) => {
                (!numeric && !text_ok).then(|| format!("`{name}` needs a numeric column"))
            }
            Strategy::People(People::Gps(_)) => {
                (!matches!(ty, ColumnType::Decimal { .. } | ColumnType::Float) && !text_ok)
                    .then(|| "`gps` needs a DECIMAL, FLOAT or character column".into())
            }
            Strategy::People(People::Name(..))
            | Strategy::People(People::Address(_))
            | Strategy::People(People::Place(..))
            | Strategy::Text(Text::Lorem(_))
            | Strategy::Basic(Basic::Redact(_))
            | Strategy::Text(Text::Scrub(_))
            | Strategy::Text(Text::Json(_))
            | Strategy::Text(Text::Path(_)) => need_text(2),
            Strategy::Media(Media::Image) => need_text(0),
            Strategy::People(People::Email(_))
            | Strategy::Ids(Ids::Pan(_))
            | Strategy::Ids(Ids::Ifsc(_))
            | Strategy::Ids(Ids::AbhaAddress(_))
            | Strategy::Ids(Ids::Digipin(_))
            | Strategy::Ids(Ids::Ip(_)) => need_text(self.min_chars()),
        }
    }
}
