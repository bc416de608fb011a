//! A strategy compiled for one column: its domain key, the column's type, and the columns of the
//! same row it reads. [`Compiled::new`] checks before any row that the output fits the column;
//! [`Compiled::generate`] generates one value, which [`emit`] writes as a SQL literal.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use regex::bytes::Regex;

use crate::pii::formats;

pub mod fake;
pub mod keyed;
pub mod plan;

use crate::dump::coltype::ColumnType;
use crate::dump::date::{civil_from_days, days_from_civil, parse_date};
use crate::dump::insert::{decode, Span};
use crate::dump::literal::{escape_into, ValueKind};
use crate::rules::spec::{FixedValue, Granularity, HashFormat, NameKind, OutOfRange, Strategy};
use keyed::DomainKey;

/// The values of one row, as lexed, for strategies that read other columns.
pub struct Row<'a> {
    /// The statement bytes.
    pub stmt: &'a [u8],
    /// The row's value spans, in INSERT order.
    pub spans: &'a [Span],
    /// For each schema column, the index of its value in `spans` (None: not in this INSERT).
    pub position: &'a [Option<usize>],
}

impl Row<'_> {
    /// The original value of schema column `col`, decoded (None for NULL or absent).
    pub fn original(&self, col: usize) -> Option<Cow<'_, [u8]>> {
        let span = self.spans.get(self.position.get(col).copied().flatten()?)?;
        decode(self.stmt, span)
    }
}

/// Columns of the row a strategy reads, as schema indexes.
#[derive(Debug, Clone, Default)]
pub struct Refs {
    /// Gender column (names).
    pub gender: Option<usize>,
    /// Subject column (date shift).
    pub subject: Option<usize>,
    /// Name columns with their own compiled strategy (scrub).
    pub names: Vec<(usize, Option<Arc<Compiled>>)>,
    /// Phone columns with their own compiled strategy (scrub).
    pub phones: Vec<(usize, Option<Arc<Compiled>>)>,
}

/// A strategy ready to run on one column.
#[derive(Debug)]
pub struct Compiled {
    /// The strategy.
    pub strategy: Strategy,
    /// Column name (messages).
    pub column: String,
    /// Column type (fitting).
    pub ty: ColumnType,
    key: Option<DomainKey>,
    /// Other columns read.
    pub refs: Refs,
    /// Keys of the fixed-pattern fakes used by scrub: phone, email, aadhaar, pan, abha.
    scrub_keys: Option<Box<[DomainKey; 6]>>,
    /// The finished SQL literal of strategies whose output does not depend on the value.
    constant: Option<Vec<u8>>,
}

/// Minimum column length (characters) a strategy's output needs.
fn min_chars(s: &Strategy) -> u64 {
    match s {
        Strategy::Phone(_) => 10,
        Strategy::Aadhaar(_) => 12,
        Strategy::Pan(_) | Strategy::Ifsc(_) => 10,
        Strategy::AbhaNumber(_) => 14,
        Strategy::Email(_) => 24,
        Strategy::AbhaAddress(_) => 12,
        Strategy::Ip(_) => 15,
        Strategy::Hash(h) => h.length.unwrap_or(8).min(8) as u64,
        Strategy::DateShift(_) | Strategy::DateGeneralize(_) | Strategy::BirthDate(_) => 10,
        _ => 1,
    }
}

impl Compiled {
    /// Compile `strategy` for a column of type `ty`; `key_for` gives a domain's key.
    ///
    /// # Errors
    /// A message naming why the strategy cannot fit the column.
    pub fn new(
        strategy: Strategy,
        column: &str,
        ty: ColumnType,
        nullable: bool,
        refs: Refs,
        key_for: &mut dyn FnMut(&str) -> DomainKey,
    ) -> Result<Compiled, String> {
        let name = strategy.name();
        let problem = fit_problem(&strategy, &ty, nullable);
        if let Some(p) = problem {
            return Err(format!(
                "rule `{name}` cannot fit column `{column}` ({}): {p}",
                type_text(&ty)
            ));
        }
        let key = (!matches!(
            strategy,
            Strategy::Keep
                | Strategy::Null
                | Strategy::Empty
                | Strategy::Fixed(_)
                | Strategy::Redact(_)
                | Strategy::Round(_)
                | Strategy::DateGeneralize(_)
        ))
        .then(|| key_for(&strategy.domain()));
        let scrub_keys = matches!(strategy, Strategy::Scrub(_)).then(|| {
            Box::new([
                key_for("phone"),
                key_for("email"),
                key_for("aadhaar"),
                key_for("pan"),
                key_for("abha_number"),
                key_for("name"),
            ])
        });
        let mut c = Compiled {
            strategy,
            column: column.to_string(),
            ty,
            key,
            refs,
            scrub_keys,
            constant: None,
        };
        if matches!(
            c.strategy,
            Strategy::Null | Strategy::Fixed(_) | Strategy::Empty | Strategy::Redact(_)
        ) {
            let row = Row {
                stmt: b"",
                spans: &[],
                position: &[],
            };
            let mut buf = Vec::new();
            let form = c.generate(Some(b""), ValueKind::Str, &row, &mut buf)?;
            let mut lit = Vec::new();
            emit(&mut lit, form, &buf, b"");
            c.constant = Some(lit);
        }
        Ok(c)
    }
}

fn type_text(ty: &ColumnType) -> String {
    format!("{ty:?}").to_lowercase()
}

/// Why `strategy` cannot fit a column of type `ty`, if it cannot.
pub fn fit_problem(strategy: &Strategy, ty: &ColumnType, nullable: bool) -> Option<String> {
    let name = strategy.name();
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
    let numeric = matches!(
        ty,
        ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float
    );
    let datey = matches!(ty, ColumnType::Date | ColumnType::DateTime) || text_ok;
    match strategy {
        Strategy::Keep => None,
        Strategy::Null if !nullable => Some("the column is NOT NULL".into()),
        Strategy::Null => None,
        Strategy::Empty => need_text(0),
        Strategy::Fixed(FixedValue::Text(t)) => match ty {
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
        Strategy::Fixed(FixedValue::Number(n)) => match ty {
            ColumnType::Int { min, max } => match n.parse::<i128>() {
                Ok(v) if v >= *min && v <= *max => None,
                _ => Some(format!("{n} is not an integer in the column's range")),
            },
            _ => None,
        },
        Strategy::Id(spec) => match ty {
            ColumnType::Int { max, .. } => match spec.max {
                Some(m) if (m as i128) > *max => {
                    Some("the id range exceeds the column's integer range".into())
                }
                _ => None,
            },
            t if t.is_text() => None,
            _ => Some("`id` needs an integer or character column".into()),
        },
        Strategy::Phone(_) | Strategy::Aadhaar(_) | Strategy::AbhaNumber(_) => match ty {
            ColumnType::Int { max, .. } if *max >= 99_999_999_999_999 => None,
            ColumnType::Int { .. } => Some(format!(
                "`{name}` values do not fit this integer type; use BIGINT or a character column"
            )),
            _ => need_text(min_chars(strategy)),
        },
        Strategy::BankAccount(_) | Strategy::Pincode(_) | Strategy::Identifier(_) => match ty {
            ColumnType::Int { .. } => None,
            _ => need_text(1),
        },
        Strategy::Hash(h) => {
            let n = h.length.map_or(8, |l| l as u64);
            need_text(n)
        }
        Strategy::DateShift(_) | Strategy::BirthDate(_) | Strategy::DateGeneralize(_) => (!datey)
            .then(|| format!("`{name}` needs a DATE, DATETIME, TIMESTAMP or character column")),
        Strategy::Noise(_) | Strategy::Round(_) => {
            (!numeric && !text_ok).then(|| format!("`{name}` needs a numeric column"))
        }
        Strategy::Gps(_) => (!matches!(ty, ColumnType::Decimal { .. } | ColumnType::Float)
            && !text_ok)
            .then(|| "`gps` needs a DECIMAL, FLOAT or character column".into()),
        Strategy::Name(..)
        | Strategy::Address(_)
        | Strategy::Place(..)
        | Strategy::Lorem(_)
        | Strategy::Redact(_)
        | Strategy::Scrub(_) => need_text(1),
        Strategy::Email(_)
        | Strategy::Pan(_)
        | Strategy::Ifsc(_)
        | Strategy::AbhaAddress(_)
        | Strategy::Ip(_) => need_text(min_chars(strategy)),
    }
}

/// How a generated value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// As a quoted, escaped string.
    Quoted,
    /// Bare (numbers).
    Bare,
    /// `NULL`.
    Null,
    /// The original literal, unchanged.
    Original,
}

fn regexes() -> &'static [Regex; 5] {
    static R: OnceLock<[Regex; 5]> = OnceLock::new();
    R.get_or_init(|| {
        [
            Regex::new(formats::MOBILE_PATTERN).expect("phone regex"),
            Regex::new(formats::EMAIL_PATTERN).expect("email regex"),
            Regex::new(formats::AADHAAR_SHAPE).expect("aadhaar regex"),
            Regex::new(formats::PAN_SHAPE).expect("pan regex"),
            Regex::new(formats::ABHA_PATTERN).expect("abha regex"),
        ]
    })
}

fn write_date(out: &mut Vec<u8>, (y, m, d): (i64, u32, u32), rest: &[u8]) {
    out.extend_from_slice(format!("{y:04}-{m:02}-{d:02}").as_bytes());
    out.extend_from_slice(rest);
}

/// Decimal places written in a number's text.
fn decimals(v: &[u8]) -> usize {
    v.iter().position(|&b| b == b'.').map_or(0, |p| {
        v[p + 1..].iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Cut `out[start..]` to `max` characters (bytes for binary columns), on a UTF-8 boundary.
fn fit(out: &mut Vec<u8>, start: usize, ty: &ColumnType) {
    let Some(max) = ty.max_chars() else { return };
    if (out.len() - start) as u64 <= max {
        return;
    }
    let cut = match ty {
        ColumnType::Binary { .. } => start + max as usize,
        _ => {
            let s = &out[start..];
            let mut chars = 0u64;
            let mut end = s.len();
            for (i, &b) in s.iter().enumerate() {
                if b & 0xC0 != 0x80 {
                    if chars == max {
                        end = i;
                        break;
                    }
                    chars += 1;
                }
            }
            start + end
        }
    };
    out.truncate(cut);
}

impl Compiled {
    /// The finished literal written for every non-NULL value, when it does not depend on the
    /// value (`null`, `fixed`, `empty`, `redact`): the hot path skips decoding for these.
    pub fn constant(&self) -> Option<&[u8]> {
        self.constant.as_deref()
    }

    fn key(&self) -> &DomainKey {
        self.key
            .as_ref()
            .expect("strategies that need a key get one when compiled")
    }

    /// Generate the new value for original `v` (decoded; `None` = NULL) of a literal of kind
    /// `kind` into `buf` (cleared first), and say how to write it.
    ///
    /// # Errors
    /// A message (no value in it) when the value cannot be rewritten under the rule.
    pub fn generate(
        &self,
        v: Option<&[u8]>,
        kind: ValueKind,
        row: &Row,
        buf: &mut Vec<u8>,
    ) -> Result<Form, String> {
        buf.clear();
        let bare_if_number = if kind == ValueKind::Number {
            Form::Bare
        } else {
            Form::Quoted
        };
        let Some(v) = v else {
            // NULL stays NULL: there is nothing personal in it.
            return Ok(Form::Original);
        };
        let form = match &self.strategy {
            Strategy::Keep => Form::Original,
            Strategy::Null => Form::Null,
            Strategy::Empty => Form::Quoted,
            Strategy::Fixed(FixedValue::Text(t)) => {
                buf.extend_from_slice(t.as_bytes());
                Form::Quoted
            }
            Strategy::Fixed(FixedValue::Number(n)) => {
                buf.extend_from_slice(n.as_bytes());
                Form::Bare
            }
            Strategy::Hash(h) => {
                let len = h
                    .length
                    .unwrap_or(32)
                    .min(self.ty.max_chars().unwrap_or(64) as usize)
                    .max(1);
                let mut s = self.key().seed(b"hash", v);
                let mut bytes = [0u8; 64];
                s.fill(&mut bytes);
                match h.format {
                    HashFormat::Hex => buf.extend(
                        bytes
                            .iter()
                            .flat_map(|b| [b >> 4, b & 15])
                            .take(len)
                            .map(|n| b"0123456789abcdef"[n as usize]),
                    ),
                    HashFormat::Base32 => buf.extend(
                        bytes
                            .iter()
                            .take(len)
                            .map(|b| b"abcdefghijklmnopqrstuvwxyz234567"[(b & 31) as usize]),
                    ),
                }
                Form::Quoted
            }
            Strategy::Id(spec) => return self.id(spec, v, kind, buf),
            Strategy::Name(kind_, _) => {
                let male = self
                    .refs
                    .gender
                    .and_then(|g| row.original(g))
                    .and_then(|g| fake::gender_of(&g));
                fake::name(self.key(), *kind_, v, male, buf);
                Form::Quoted
            }
            Strategy::Phone(_) => {
                fake::phone(self.key(), v, buf);
                bare_if_number
            }
            Strategy::Email(e) => {
                fake::email(
                    self.key(),
                    v,
                    e.reserved_domain.as_deref().unwrap_or("example.org"),
                    buf,
                );
                Form::Quoted
            }
            Strategy::Address(_) => {
                fake::address(self.key(), v, buf);
                Form::Quoted
            }
            Strategy::Place(k, _) => {
                fake::place(self.key(), *k, v, buf);
                Form::Quoted
            }
            // In an integer column a same-digit-count permutation clamped to the type's range
            // is the one-to-one fake that always fits.
            Strategy::Pincode(_) | Strategy::BankAccount(_) | Strategy::Identifier(_)
                if matches!(self.ty, ColumnType::Int { .. }) =>
            {
                let spec = crate::rules::spec::IdSpec {
                    out_of_range: OutOfRange::Keep,
                    ..Default::default()
                };
                return self.id(&spec, v, kind, buf);
            }
            Strategy::Pincode(p) => {
                fake::pincode(self.key(), v, p.keep_digits.unwrap_or(2), buf);
                bare_if_number
            }
            Strategy::Aadhaar(_) => {
                fake::aadhaar(self.key(), v, buf);
                bare_if_number
            }
            Strategy::Pan(_) => {
                fake::pan(self.key(), v, buf);
                Form::Quoted
            }
            Strategy::Identifier(_) => {
                fake::identifier(self.key(), v, buf);
                bare_if_number
            }
            Strategy::AbhaNumber(_) => {
                fake::abha_number(self.key(), v, buf);
                bare_if_number
            }
            Strategy::AbhaAddress(_) => {
                fake::abha_address(self.key(), v, buf);
                Form::Quoted
            }
            Strategy::BankAccount(_) => {
                fake::bank_account(self.key(), v, buf);
                bare_if_number
            }
            Strategy::Ifsc(_) => {
                fake::ifsc(self.key(), v, buf);
                Form::Quoted
            }
            Strategy::Ip(_) => {
                fake::ip(self.key(), v, buf);
                Form::Quoted
            }
            Strategy::Gps(g) => {
                let Some(x) = std::str::from_utf8(v)
                    .ok()
                    .and_then(|t| t.trim().parse::<f64>().ok())
                else {
                    return Ok(Form::Original);
                };
                let meters = g.noise_meters.unwrap_or(1000.0);
                let u = self.key().seed(b"gps", v).below(2_000_001) as f64 / 1_000_000.0 - 1.0;
                let y = x + u * meters / 111_320.0;
                buf.extend_from_slice(format!("{:.*}", decimals(v).max(4), y).as_bytes());
                bare_if_number
            }
            Strategy::DateShift(d) => {
                let Some(date) = parse_date(v) else {
                    return Ok(Form::Original);
                };
                let subject = d
                    .subject_column
                    .as_ref()
                    .and(self.refs.subject)
                    .and_then(|c| row.original(c));
                let basis: &[u8] = subject.as_deref().unwrap_or(v);
                let max = d.max_days.unwrap_or(30).max(1) as u64;
                let r = self.key().seed(b"date_shift", basis).below(2 * max) as i64;
                let shift = if r < max as i64 {
                    r - max as i64
                } else {
                    r - max as i64 + 1
                };
                let moved = civil_from_days(days_from_civil(date.0, date.1, date.2) + shift);
                if !(1000..=9999).contains(&moved.0) {
                    return Ok(Form::Original);
                }
                write_date(buf, moved, &v[10..]);
                Form::Quoted
            }
            Strategy::BirthDate(b) => {
                let Some(date) = parse_date(v) else {
                    return Ok(Form::Original);
                };
                let max = b.max_days.unwrap_or(60).max(1) as u64;
                let r = self.key().seed(b"birth_date", v).below(2 * max) as i64;
                let shift = if r < max as i64 {
                    r - max as i64
                } else {
                    r - max as i64 + 1
                };
                let day = days_from_civil(date.0, date.1, date.2);
                // Stay inside the birth year: the age in years stays right.
                let lo = days_from_civil(date.0, 1, 1);
                let hi = days_from_civil(date.0, 12, 31);
                let moved = (day + shift).clamp(lo, hi);
                let moved = if moved == day {
                    if day < hi {
                        day + 1
                    } else {
                        day - 1
                    }
                } else {
                    moved
                };
                write_date(buf, civil_from_days(moved), &v[10..]);
                Form::Quoted
            }
            Strategy::DateGeneralize(g) => {
                let Some((y, m, _)) = parse_date(v) else {
                    return Ok(Form::Original);
                };
                let rest: &[u8] = if v.len() > 10 { b" 00:00:00" } else { b"" };
                let rest = if self.ty == ColumnType::Date {
                    &b""[..]
                } else {
                    rest
                };
                match g.to {
                    Granularity::Year => write_date(buf, (y, 1, 1), rest),
                    Granularity::Month => write_date(buf, (y, m, 1), rest),
                }
                Form::Quoted
            }
            Strategy::Noise(n) => {
                let Some(x) = std::str::from_utf8(v)
                    .ok()
                    .and_then(|t| t.trim().parse::<f64>().ok())
                else {
                    return Ok(Form::Original);
                };
                let p = n.percent.unwrap_or(10.0) / 100.0;
                let u = self.key().seed(b"noise", v).below(2_000_001) as f64 / 1_000_000.0 - 1.0;
                self.number(x * (1.0 + u * p), decimals(v), buf);
                bare_if_number
            }
            Strategy::Round(r) => {
                let Some(x) = std::str::from_utf8(v)
                    .ok()
                    .and_then(|t| t.trim().parse::<f64>().ok())
                else {
                    return Ok(Form::Original);
                };
                let to = r.to.unwrap_or(10.0);
                let to = if to > 0.0 { to } else { 1.0 };
                self.number((x / to).round() * to, decimals(v), buf);
                bare_if_number
            }
            Strategy::Scrub(_) => {
                self.scrub(v, row, buf);
                Form::Quoted
            }
            Strategy::Redact(r) => {
                buf.extend_from_slice(r.text.as_deref().unwrap_or("[REDACTED]").as_bytes());
                Form::Quoted
            }
            Strategy::Lorem(_) => {
                fake::lorem(self.key(), v, buf);
                Form::Quoted
            }
        };
        if form == Form::Quoted {
            fit(buf, 0, &self.ty);
        }
        Ok(form)
    }

    fn number(&self, y: f64, places: usize, buf: &mut Vec<u8>) {
        match &self.ty {
            ColumnType::Int { min, max } => {
                let v = (y.round() as i128).clamp(*min, *max);
                buf.extend_from_slice(v.to_string().as_bytes());
            }
            ColumnType::Decimal { precision, scale } => {
                let limit = 10f64.powi((*precision - *scale) as i32) - 10f64.powi(-(*scale as i32));
                buf.extend_from_slice(
                    format!("{:.*}", *scale as usize, y.clamp(-limit, limit)).as_bytes(),
                );
            }
            _ => buf.extend_from_slice(format!("{:.*}", places, y).as_bytes()),
        }
    }

    fn id(
        &self,
        spec: &crate::rules::spec::IdSpec,
        v: &[u8],
        kind: ValueKind,
        buf: &mut Vec<u8>,
    ) -> Result<Form, String> {
        let text = v.trim_ascii();
        let digits_only =
            !text.is_empty() && text.len() <= 19 && text.iter().all(u8::is_ascii_digit);
        let out_of_range = |buf: &mut Vec<u8>| {
            match spec.out_of_range {
            OutOfRange::Error => Err(format!("a value of `{}` is outside the `id` range (negative, not a whole number, or too long); set `out_of_range: keep` or `null` to allow it", self.column)),
            OutOfRange::Keep => Ok(Form::Original),
            OutOfRange::Null => {
                buf.clear();
                Ok(Form::Null)
            }
        }
        };
        if !digits_only {
            return out_of_range(buf);
        }
        let x: u64 = std::str::from_utf8(text)
            .expect("ascii digits")
            .parse()
            .expect("at most 19 digits");
        let (lo, hi) = match (spec.min, spec.max) {
            (Some(a), Some(b)) => (a, b),
            _ if text.len() > 1 && text[0] == b'0' => (0, 10u64.pow(text.len() as u32) - 1),
            _ => {
                let d = text.len() as u32;
                let lo = if d == 1 { 0 } else { 10u64.pow(d - 1) };
                let hi = if d >= 19 {
                    9_999_999_999_999_999_999
                } else {
                    10u64.pow(d) - 1
                };
                (lo, hi)
            }
        };
        // The permutation is over the digit-count range whatever the column type, so a value
        // maps alike in BIGINT, INT and text columns; a result above the column's integer type
        // walks on along the permutation's cycle until it fits (a bijection on the fitting part).
        let cap = match &self.ty {
            ColumnType::Int { max, .. } if spec.max.is_none() => {
                hi.min((*max).clamp(0, u64::MAX as i128) as u64)
            }
            _ => hi,
        };
        if x < lo || x > cap {
            return out_of_range(buf);
        }
        let n = hi - lo + 1;
        let mut y = lo + self.key().permute(x - lo, n);
        while y > cap {
            y = lo + self.key().permute(y - lo, n);
        }
        if text[0] == b'0' && text.len() > 1 && spec.min.is_none() {
            buf.extend_from_slice(format!("{:0width$}", y, width = text.len()).as_bytes());
        } else {
            buf.extend_from_slice(y.to_string().as_bytes());
        }
        Ok(if kind == ValueKind::Number {
            Form::Bare
        } else {
            Form::Quoted
        })
    }

    fn scrub(&self, v: &[u8], row: &Row, buf: &mut Vec<u8>) {
        let keys = self.scrub_keys.as_ref().expect("scrub keys");
        // The row's own names and phones first, longest first, so full names go before parts.
        // A new value is generated only for an original that occurs in the text.
        let mut own: Vec<OwnValue<'_>> = Vec::new();
        for (col, compiled) in self.refs.names.iter().chain(&self.refs.phones) {
            let Some(orig) = row.original(*col) else {
                continue;
            };
            if orig.trim_ascii().len() < 3 {
                continue;
            }
            own.push((orig, compiled.as_ref()));
        }
        own.sort_by_key(|(o, _)| std::cmp::Reverse(o.trim_ascii().len()));
        // Every replacement is found in the original text and applied in one pass, so a new
        // value is never matched again by a pattern (the note keeps the row's new phone).
        let mut edits: Vec<(usize, usize, Vec<u8>)> = Vec::new();
        let free = |edits: &[(usize, usize, Vec<u8>)], a: usize, b: usize| {
            edits.iter().all(|&(s, e, _)| b <= s || a >= e)
        };
        let mut tmp = Vec::new();
        for (full, compiled) in &own {
            let orig = full.trim_ascii();
            let hits: Vec<usize> = find_ci(v, orig)
                .into_iter()
                .filter(|&a| free(&edits, a, a + orig.len()))
                .collect();
            if hits.is_empty() {
                continue;
            }
            let new = match compiled {
                Some(c) => {
                    tmp.clear();
                    let form = c
                        .generate(Some(full), ValueKind::Str, row, &mut tmp)
                        .unwrap_or(Form::Original);
                    if matches!(form, Form::Original | Form::Null) {
                        b"[REDACTED]".to_vec()
                    } else {
                        tmp.clone()
                    }
                }
                None => b"[REDACTED]".to_vec(),
            };
            for a in hits {
                edits.push((a, a + orig.len(), new.clone()));
            }
        }
        let fakes: [FakeFn; 5] = [
            fake::phone,
            |k, v, o| fake::email(k, v, "example.org", o),
            fake::aadhaar,
            fake::pan,
            fake::abha_number,
        ];
        for (i, re) in regexes().iter().enumerate() {
            for m in re.find_iter(v) {
                if free(&edits, m.start(), m.end()) {
                    let mut new = Vec::new();
                    fakes[i](&keys[i], m.as_bytes(), &mut new);
                    edits.push((m.start(), m.end(), new));
                }
            }
        }
        // Names after a cue word, where no column of the row names them.
        for c in crate::pii::cues::name_cue_regex().captures_iter(v) {
            let m = c.get(1).expect("group 1");
            if free(&edits, m.start(), m.end()) {
                let kind = if m.as_bytes().contains(&b' ') {
                    NameKind::Full
                } else {
                    NameKind::First
                };
                let mut new = Vec::new();
                fake::name(&keys[5], kind, m.as_bytes(), None, &mut new);
                edits.push((m.start(), m.end(), new));
            }
        }
        edits.sort_by_key(|e| e.0);
        let mut last = 0;
        for (a, b, new) in edits {
            buf.extend_from_slice(&v[last..a]);
            buf.extend_from_slice(&new);
            last = b;
        }
        buf.extend_from_slice(&v[last..]);
    }
}

/// One of the row's own values a note may repeat: the original, and how its column rewrites it.
type OwnValue<'a> = (Cow<'a, [u8]>, Option<&'a Arc<Compiled>>);

/// A fake generator: (key, original, output).
type FakeFn = fn(&DomainKey, &[u8], &mut Vec<u8>);

/// Start offsets of the non-overlapping ASCII-case-insensitive occurrences of `what` in `text`.
fn find_ci(text: &[u8], what: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while !what.is_empty() && i + what.len() <= text.len() {
        if text[i..i + what.len()].eq_ignore_ascii_case(what) {
            out.push(i);
            i += what.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Write a generated value into the statement output.
pub fn emit(out: &mut Vec<u8>, form: Form, buf: &[u8], original: &[u8]) {
    match form {
        Form::Quoted => escape_into(out, buf),
        Form::Bare => out.extend_from_slice(buf),
        Form::Null => out.extend_from_slice(b"NULL"),
        Form::Original => out.extend_from_slice(original),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_replaces_names_after_cue_words() {
        let c = Compiled::new(
            Strategy::Scrub(Default::default()),
            "note",
            ColumnType::parse("text"),
            true,
            Refs::default(),
            &mut |d: &str| DomainKey::from_bytes(*blake3::hash(d.as_bytes()).as_bytes()),
        )
        .unwrap();
        let row = Row {
            stmt: b"",
            spans: &[],
            position: &[],
        };
        let run = |text: &str| {
            let mut buf = Vec::new();
            c.generate(Some(text.as_bytes()), ValueKind::Str, &row, &mut buf)
                .unwrap();
            String::from_utf8(buf).unwrap()
        };
        let out =
            run("Patient Omkar Joshi c/o fever. Follow-up call to Leela on Monday, Smt. Kusum.");
        for name in ["Omkar", "Joshi", "Leela", "Kusum"] {
            assert!(!out.contains(name), "{out}");
        }
        assert!(
            out.starts_with("Patient ") && out.contains(" c/o fever. Follow-up call to "),
            "{out}"
        );
        assert_eq!(
            run("Fever since Monday, advised ORS."),
            "Fever since Monday, advised ORS."
        );
    }

    #[test]
    fn fit_cuts_on_character_boundaries() {
        let mut v = "अमृत".as_bytes().to_vec();
        fit(&mut v, 0, &ColumnType::Text { max_chars: Some(2) });
        assert_eq!(String::from_utf8(v).unwrap().chars().count(), 2);
    }

    #[test]
    fn find_is_case_insensitive() {
        assert_eq!(find_ci(b"Ravi met RAVI", b"ravi"), [0, 9]);
    }
}
