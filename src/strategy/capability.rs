//! What other modules ask of a strategy, answered by the strategy: what kind of personal data
//! its column holds, whether it is one-to-one, which leak detectors its output would trip, how
//! its values are fingerprinted, which other columns it reads, whether it fits a column type,
//! and what synthetic value stands for its data.
//!
//! Each family describes its own strategies: [`Describe`] is implemented once per family (in
//! the family's module, beside its rewrite), with defaults where most strategies agree, and
//! [`Strategy`]'s methods here hand each question to the strategy's family. The planner, the
//! gates, the side-file recorders and the sample generator call these methods.

use crate::dump::coltype::ColumnType;
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
pub use crate::pii::originals::Identity;
use crate::rules::spec::{Ids, NameKind, OnUnparsed, People, PlaceKind, Strategy};

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

/// What a family says of each of its strategies. The defaults are what most strategies are:
/// keyed, not one-to-one, read every value (the mask for the rest), hold text a leak scan
/// reads, produce no detector's hits and read no other column.
pub trait Describe {
    /// The kind of personal data a column under the strategy holds (`None` for `keep`).
    fn category(&self) -> Option<&'static str>;

    /// True when distinct inputs always give distinct outputs.
    fn one_to_one(&self) -> bool {
        false
    }

    /// True when the output depends on a domain key.
    fn needs_key(&self) -> bool {
        true
    }

    /// What the strategy writes for a value it cannot read.
    fn on_unparsed(&self) -> &OnUnparsed {
        &MASK
    }

    /// Domains whose keys the strategy needs besides its own.
    fn extra_domains(&self) -> &'static [&'static str] {
        &[]
    }

    /// True when every non-NULL value becomes the same literal.
    fn is_value_independent(&self) -> bool {
        false
    }

    /// True when the output holds nothing a leak scan could find.
    fn is_blank(&self) -> bool {
        false
    }

    /// True for free-text strategies (detector hits are fingerprinted, not the text).
    fn is_free_text(&self) -> bool {
        false
    }

    /// The fingerprint domain, when it is not the strategy's key domain.
    fn fingerprint_domain(&self) -> Option<&'static str> {
        None
    }

    /// Leak detectors whose hits in the output are the strategy's own fakes.
    fn exempt_detectors(&self) -> &'static [Detector] {
        &[]
    }

    /// The kinds of personal data the strategy's own output holds.
    fn generated_kinds(&self) -> KindSet;

    /// What kind of identity the original values are, when they name one person.
    fn identity(&self) -> Option<Identity> {
        None
    }

    /// Minimum column length (characters) the output needs.
    fn min_chars(&self) -> u64 {
        1
    }

    /// What synthetic value stands for the strategy's data in a sample dump.
    fn sample(&self) -> Sample<'_> {
        Sample::Plain
    }

    /// Why the strategy cannot fit the column `fit` describes, if it cannot.
    fn misfit(&self, fit: &Fit) -> Option<String>;

    /// The other columns of the row the strategy reads.
    fn column_refs(&self) -> ColumnRefs<'_> {
        ColumnRefs::default()
    }

    /// True when the strategy reads the new values of other columns (compiled after them).
    fn reads_new_values(&self) -> bool {
        false
    }
}

/// The mask: what a strategy without an `on_unparsed` setting writes for a value it cannot read.
static MASK: OnUnparsed = OnUnparsed::Mask;

/// Kinds the keyed number strategies' outputs can look like.
pub(crate) const NUMBERS: KindSet = KindSet::of(&[
    Kind::Mobile,
    Kind::Landline,
    Kind::Aadhaar,
    Kind::AbhaNumber,
    Kind::BankAccount,
]);

/// Kinds generated free text can hold.
pub(crate) const TEXT: KindSet = KindSet::of(&[
    Kind::PersonName,
    Kind::Mobile,
    Kind::Landline,
    Kind::Aadhaar,
    Kind::Pan,
    Kind::AbhaNumber,
    Kind::FreeText,
]);

/// Detectors that fire on keyed identifiers, numbers and dates (their fakes look like numbers).
pub(crate) const NUMERIC_DETECTORS: &[Detector] = &[
    Detector::Mobile,
    Detector::Aadhaar,
    Detector::Pan,
    Detector::Abha,
];

/// A column a strategy is fitted to: its type, whether it takes NULL, and the strategy's name
/// for messages.
pub struct Fit<'a> {
    /// The strategy's name.
    pub name: &'a str,
    /// The column's type.
    pub ty: &'a ColumnType,
    /// True when the column takes NULL.
    pub nullable: bool,
}

impl Fit<'_> {
    /// A character (or JSON) column.
    pub fn text_ok(&self) -> bool {
        self.ty.is_text() || matches!(self.ty, ColumnType::Json)
    }

    /// An integer, decimal or float column.
    pub fn numeric(&self) -> bool {
        matches!(
            self.ty,
            ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float
        )
    }

    /// A column that holds `n` characters.
    pub fn fits_chars(&self, n: u64) -> bool {
        self.ty.max_chars().is_none_or(|m| m >= n)
    }

    /// A character column of at least `n` characters, or why not.
    pub fn need_text(&self, n: u64) -> Option<String> {
        let name = self.name;
        if !self.text_ok() {
            Some(format!("`{name}` needs a character column"))
        } else if !self.fits_chars(n) {
            Some(format!("`{name}` needs at least {n} characters"))
        } else {
            None
        }
    }

    /// A column for long digit strings (phones, Aadhaar, ABHA): BIGINT, or text of `min`.
    pub fn digits(&self, min: u64) -> Option<String> {
        match self.ty {
            ColumnType::Int { max, .. } if *max >= 99_999_999_999_999 => None,
            ColumnType::Int { .. } => Some(format!(
                "`{}` values do not fit this integer type; use BIGINT or a character column",
                self.name
            )),
            _ => self.need_text(min),
        }
    }
}

/// `$body` with `$f` bound to the strategy's family value.
macro_rules! by_family {
    ($s:expr, $f:ident => $body:expr) => {
        match $s {
            Strategy::Basic($f) => $body,
            Strategy::Ids($f) => $body,
            Strategy::People($f) => $body,
            Strategy::Dates($f) => $body,
            Strategy::Text($f) => $body,
            Strategy::Media($f) => $body,
        }
    };
}

impl Strategy {
    /// The kind of personal data a column under this strategy holds, for inventories and
    /// reports (`None` for `keep`).
    pub fn category(&self) -> Option<&'static str> {
        by_family!(self, f => f.category())
    }

    /// True when distinct inputs always give distinct outputs (allowed on PRIMARY/UNIQUE keys).
    pub fn one_to_one(&self) -> bool {
        by_family!(self, f => f.one_to_one())
    }

    /// True when the strategy may rewrite a column of a PRIMARY or UNIQUE key: one-to-one, and
    /// for `hash` long enough (16+ characters) that collisions do not happen in practice.
    pub fn fits_unique_key(&self) -> bool {
        let short_hash = matches!(self, Strategy::Basic(crate::rules::spec::Basic::Hash(h)) if h.length.is_some_and(|l| l < 16));
        self.one_to_one() && !short_hash
    }

    /// True when the output depends on a domain key (everything but constants; rounding and
    /// generalized dates need one for the mask of values they cannot read).
    pub fn needs_key(&self) -> bool {
        by_family!(self, f => f.needs_key())
    }

    /// What the strategy writes for a value it cannot read: the rule's `on_unparsed`, or the
    /// mask. Strategies that read every value (names, Aadhaar, hashes…) never need it.
    pub fn on_unparsed(&self) -> &OnUnparsed {
        by_family!(self, f => f.on_unparsed())
    }

    /// Domains whose keys the strategy needs besides its own: `scrub` fakes the phones, emails,
    /// Aadhaar numbers, PANs, ABHA numbers and names it finds, each in its own domain (so a
    /// phone in a note becomes the same fake as in a phone column).
    pub fn extra_domains(&self) -> &'static [&'static str] {
        by_family!(self, f => f.extra_domains())
    }

    /// True when every non-NULL value becomes the same literal (`null`, `fixed`, `empty`,
    /// `redact`): it is made once, when the column is compiled.
    pub fn is_value_independent(&self) -> bool {
        by_family!(self, f => f.is_value_independent())
    }

    /// True when the output holds nothing a leak scan could find (`null`, `empty`, `fixed`,
    /// `image`'s placeholders).
    pub fn is_blank(&self) -> bool {
        by_family!(self, f => f.is_blank())
    }

    /// True for free-text strategies, whose detector hits are fingerprinted instead of the text.
    pub fn is_free_text(&self) -> bool {
        by_family!(self, f => f.is_free_text())
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
        by_family!(self, f => f.fingerprint_domain()).unwrap_or_else(|| self.domain_str())
    }

    /// Leak detectors whose hits in this strategy's output are its own fakes, not leaks (a
    /// `phone` column holds fake mobiles); free text (`scrub`) is judged by fingerprints instead.
    /// Emails are never exempt: every generated one is in a reserved domain, so an email column
    /// holding a real address is a leak even without fingerprints.
    pub fn exempt_detectors(&self) -> &'static [Detector] {
        by_family!(self, f => f.exempt_detectors())
    }

    /// The kinds of personal data the strategy's own output holds (a `phone` column holds fake
    /// mobiles, `scrub` puts fake names and phones into notes): the output gate does not judge
    /// a rewritten column by these, but it judges every other kind, and a value written
    /// unchanged is judged as if kept.
    pub fn generated_kinds(&self) -> KindSet {
        by_family!(self, f => f.generated_kinds())
    }

    /// What kind of identity the column's original values are, when they name one person
    /// (the output gate learns them and searches the written output for them).
    pub fn identity(&self) -> Option<Identity> {
        by_family!(self, f => f.identity())
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
        by_family!(self, f => f.column_refs())
    }

    /// True when the strategy reads the *new* values of other columns (`scrub` puts a row's new
    /// name where the note repeats the old one), so it is compiled after them.
    pub fn reads_new_values(&self) -> bool {
        by_family!(self, f => f.reads_new_values())
    }

    /// Minimum column length (characters) the strategy's output needs.
    pub fn min_chars(&self) -> u64 {
        by_family!(self, f => f.min_chars())
    }

    /// What synthetic value stands for this strategy's data in a sample dump.
    pub fn sample(&self) -> Sample<'_> {
        by_family!(self, f => f.sample())
    }

    /// Why the strategy cannot fit a column of type `ty` (`nullable` or not), if it cannot: its
    /// `on_unparsed` value first, then the family's own test.
    pub fn misfit(&self, ty: &ColumnType, nullable: bool) -> Option<String> {
        let fit = Fit {
            name: self.name(),
            ty,
            nullable,
        };
        if let OnUnparsed::Fixed(t) = self.on_unparsed() {
            if fit.numeric() && t.parse::<f64>().is_err() {
                return Some("the `on_unparsed` value is not a number".into());
            }
            if fit.text_ok() && !fit.fits_chars(t.chars().count() as u64) {
                return Some("the `on_unparsed` value is longer than the column".into());
            }
        }
        by_family!(self, f => f.misfit(&fit))
    }
}
