//! How one value is rewritten. A rule's [`Strategy`] compiled for one column ([`Compiled`]):
//! its domain key, the column's type, and the columns of the same row it reads.
//! [`Compiled::new`] checks before any row that the output fits the column;
//! [`Compiled::generate`] generates one value, which [`emit`] writes as a SQL literal.
//!
//! The strategies are split by family, each in its own module: `basic` (constants, hashes,
//! numbers), [`ids`] (identifiers), `people` (names, contacts, places), `dates`,
//! `text` (free text), `json` (JSON documents, leaf by leaf), `path`
//! (file paths and URLs) and [`image`] (pictures); [`keyed`] holds the keyed building blocks they share. What the rest of
//! the crate asks of a strategy is answered by its methods in [`capability`]. [`plan`] sits on
//! top: which strategy each column of a table gets.

use crate::rules::spec::{Media, Text};
use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub(crate) mod basic;
pub mod capability;
pub(crate) mod dates;
pub mod ids;
pub mod image;
pub(crate) mod json;
pub mod keyed;
pub(crate) mod path;
pub(crate) mod people;
pub mod plan;
pub(crate) mod record;
pub(crate) mod text;

use crate::dump::coltype::ColumnType;
use crate::dump::insert::{decode, Span};
use crate::dump::literal::{escape_into, ValueKind};
use crate::rules::spec::{OnUnparsed, Strategy};
use keyed::DomainKey;

/// The values of one row, as lexed, for strategies that read other columns.
pub struct Row<'a> {
    /// The statement bytes.
    pub stmt: &'a [u8],
    /// The row's value spans, in INSERT order.
    pub spans: &'a [Span],
    /// For each schema column, the index of its value in `spans` (None: not in this INSERT).
    pub position: &'a [Option<usize>],
    /// Name words an earlier run saw in its name columns (`transform --names-from`), which
    /// `scrub` looks for in notes besides its lexicon.
    pub names: Option<&'a dyn crate::pii::column::NameWords>,
}

impl Row<'_> {
    /// The original value of schema column `col`, decoded (None for NULL or absent).
    pub fn original(&self, col: usize) -> Option<Cow<'_, [u8]>> {
        let span = self.spans.get(self.position.get(col).copied().flatten()?)?;
        decode(self.stmt, span)
    }

    /// A row with no values (for strategies that read none).
    pub fn empty() -> Row<'static> {
        Row {
            stmt: b"",
            spans: &[],
            position: &[],
            names: None,
        }
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
    /// Its name (looked up once in the registry).
    name: &'static str,
    /// Column name (messages).
    pub column: String,
    /// Column type (fitting).
    pub ty: ColumnType,
    key: Option<DomainKey>,
    /// Other columns read.
    pub refs: Refs,
    /// Keys of [`Strategy::extra_domains`], in that order.
    extra_keys: Box<[DomainKey]>,
    /// The finished SQL literal of strategies whose output does not depend on the value.
    constant: Option<Vec<u8>>,
    /// True when the column takes NULL (the `null` fallback).
    nullable: bool,
    /// Values that took the rule's `on_unparsed` fallback (counted on the worker threads).
    fallbacks: AtomicU64,
    /// Identity-shaped tokens `scrub` could not classify and rewrote shape for shape.
    shaped: AtomicU64,
    /// `json`: the strategies of its keys (lower-cased), compiled for text, and the `scrub`
    /// that judges every other leaf.
    parts: Option<Box<json::Parts>>,
    /// `path`: the phone and id strategies it borrows for numbers.
    path_parts: Option<Box<path::Parts>>,
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
        if let Some(p) = strategy.misfit(&ty, nullable) {
            return Err(format!(
                "rule `{}` cannot fit column `{column}` ({ty}): {p}",
                strategy.name()
            ));
        }
        let key = strategy.needs_key().then(|| key_for(&strategy.domain()));
        let extra_keys = strategy
            .extra_domains()
            .iter()
            .map(|d| key_for(d))
            .collect();
        let parts = match &strategy {
            Strategy::Text(Text::Json(spec)) => {
                Some(Box::new(json::Parts::new(spec, column, key_for)?))
            }
            _ => None,
        };
        let path_parts = match &strategy {
            Strategy::Text(Text::Path(spec)) => {
                Some(Box::new(path::Parts::new(spec, column, key_for)?))
            }
            _ => None,
        };
        let mut c = Compiled {
            name: strategy.name(),
            strategy,
            column: column.to_string(),
            ty,
            key,
            refs,
            extra_keys,
            constant: None,
            nullable,
            fallbacks: AtomicU64::new(0),
            shaped: AtomicU64::new(0),
            parts,
            path_parts,
        };
        if c.strategy.is_value_independent() {
            let mut buf = Vec::new();
            let form = c.generate(Some(b""), ValueKind::Str, &Row::empty(), &mut buf)?;
            let mut lit = Vec::new();
            emit(&mut lit, form, &buf, b"");
            c.constant = Some(lit);
        }
        Ok(c)
    }

    /// The strategy's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Count one value that took a fallback (`on_unparsed`, `on_invalid`).
    fn note_fallback(&self) {
        self.fallbacks.fetch_add(1, Ordering::Relaxed);
    }

    /// `strategy` compiled for a nullable text value inside another value (a JSON leaf, a path
    /// segment), with the same domain keys as the columns.
    ///
    /// # Errors
    /// As [`Compiled::new`].
    pub fn for_text(
        strategy: Strategy,
        column: &str,
        key_for: &mut dyn FnMut(&str) -> DomainKey,
    ) -> Result<Compiled, String> {
        Compiled::new(
            strategy,
            column,
            ColumnType::parse("text"),
            true,
            Refs::default(),
            key_for,
        )
    }

    /// The finished literal written for every non-NULL value, when it does not depend on the
    /// value (`null`, `fixed`, `empty`, `redact`): the hot path skips decoding for these.
    pub fn constant(&self) -> Option<&[u8]> {
        self.constant.as_deref()
    }

    /// Identity-shaped tokens `scrub` could not classify and rewrote shape for shape, so far.
    pub fn shaped(&self) -> u64 {
        self.shaped.load(Ordering::Relaxed)
    }

    /// Count one token rewritten shape for shape.
    fn note_shaped(&self) {
        self.shaped.fetch_add(1, Ordering::Relaxed);
    }

    /// Values of this column that took the rule's `on_unparsed` fallback so far.
    pub fn fallbacks(&self) -> u64 {
        self.fallbacks.load(Ordering::Relaxed)
    }

    /// Write the rule's fallback for `v`, a value the strategy cannot read (never its bytes),
    /// and count it. Values that hold nothing to hide (empty, all zeros, no letter or digit,
    /// a placeholder such as `N/A`) are kept as they are: they carry no personal data.
    ///
    /// # Errors
    /// `on_unparsed: error`: a message naming the column (no value).
    fn unreadable(&self, v: &[u8], kind: ValueKind, buf: &mut Vec<u8>) -> Result<Form, String> {
        buf.clear();
        if nothing_to_hide(v) {
            return Ok(Form::Original);
        }
        self.fallbacks.fetch_add(1, Ordering::Relaxed);
        match self.strategy.on_unparsed() {
            OnUnparsed::Null if self.nullable => Ok(Form::Null),
            OnUnparsed::Fixed(t) => {
                buf.extend_from_slice(t.as_bytes());
                Ok(match self.ty {
                    ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float => {
                        Form::Bare
                    }
                    _ => self.fitted(Form::Quoted, buf),
                })
            }
            OnUnparsed::Error => Err(format!(
                "a value of `{}` is not one `{}` can read; fix the data, or set `on_unparsed: mask`, `null` or `{{fixed: VALUE}}` on the rule",
                self.column,
                self.strategy.name()
            )),
            OnUnparsed::Mask | OnUnparsed::Null
                if matches!(self.ty, ColumnType::Date | ColumnType::DateTime) =>
            {
                // A DATE column cannot hold a mask: NULL, or the first day of 1970.
                if self.nullable {
                    return Ok(Form::Null);
                }
                buf.extend_from_slice(if self.ty == ColumnType::Date {
                    b"1970-01-01"
                } else {
                    b"1970-01-01 00:00:00"
                });
                Ok(Form::Quoted)
            }
            OnUnparsed::Mask | OnUnparsed::Null => {
                ids::mask(self.key(), v, buf);
                if let ColumnType::Int { min, max } = self.ty {
                    // A masked integer keeps its digit count; keep it inside the type too.
                    let n = std::str::from_utf8(buf)
                        .ok()
                        .and_then(|t| t.trim().parse::<i128>().ok())
                        .unwrap_or(0)
                        .clamp(min, max);
                    buf.clear();
                    buf.extend_from_slice(n.to_string().as_bytes());
                    return Ok(Form::Bare);
                }
                Ok(self.fitted(Compiled::same_form(kind), buf))
            }
        }
    }

    /// The column's domain key.
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
        let Some(v) = v else {
            // NULL stays NULL: there is nothing personal in it.
            return Ok(Form::Original);
        };
        match &self.strategy {
            Strategy::Basic(s) => basic::generate(self, s, v, kind, buf),
            Strategy::Ids(s) => ids::generate(self, s, v, kind, buf),
            Strategy::People(s) => people::generate(self, s, v, kind, row, buf),
            Strategy::Dates(s) => dates::generate(self, s, v, kind, row, buf),
            Strategy::Text(s) => text::generate(self, s, v, row, buf),
            Strategy::Media(Media::Image) => Ok(image::generate(self, v, buf)),
        }
    }

    /// `Form::Bare` for a number literal, `Form::Quoted` for a string: identifiers keep the
    /// literal form they came in.
    fn same_form(kind: ValueKind) -> Form {
        if kind == ValueKind::Number {
            Form::Bare
        } else {
            Form::Quoted
        }
    }

    /// A quoted value cut to the column's length; other forms as they are.
    fn fitted(&self, form: Form, buf: &mut Vec<u8>) -> Form {
        if form == Form::Quoted {
            fit(buf, 0, &self.ty);
        }
        form
    }
}

/// True when `v` holds nothing a person could be found by: empty, no letter or digit but zeros
/// (`0000-00-00`, `--`, `0`), or a placeholder for "no value" (`N/A`, `NA`, `nil`, `null`,
/// `none`, `unknown`, `not available`).
pub(crate) fn nothing_to_hide(v: &[u8]) -> bool {
    const PLACEHOLDERS: [&[u8]; 9] = [
        b"na",
        b"n/a",
        b"n.a.",
        b"nil",
        b"null",
        b"none",
        b"unknown",
        b"not available",
        b"not applicable",
    ];
    let t = v.trim_ascii();
    t.iter()
        .all(|b| b.is_ascii() && (!b.is_ascii_alphanumeric() || *b == b'0'))
        || PLACEHOLDERS.iter().any(|p| t.eq_ignore_ascii_case(p))
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

/// Write a generated value into the statement output.
pub fn emit(out: &mut Vec<u8>, form: Form, buf: &[u8], original: &[u8]) {
    match form {
        Form::Quoted => escape_into(out, buf),
        Form::Bare => out.extend_from_slice(buf),
        Form::Null => out.extend_from_slice(b"NULL"),
        Form::Original => out.extend_from_slice(original),
    }
}

/// Helpers for the families' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::keyed::DomainKey;

    /// A fixed domain key.
    pub(crate) fn k() -> DomainKey {
        DomainKey::from_bytes([9; 32])
    }

    /// What fake `f` makes of `v` under [`k`], as text.
    pub(crate) fn run(f: impl Fn(&DomainKey, &[u8], &mut Vec<u8>), v: &str) -> String {
        let mut o = Vec::new();
        f(&k(), v.as_bytes(), &mut o);
        String::from_utf8(o).unwrap()
    }
}

/// A rule written as in a rules file (`{json: {keys: …}}`), compiled for a nullable column
/// `column` of SQL type `ty` under fixed test keys.
#[cfg(test)]
pub(crate) fn test_compiled(rule: &str, column: &str, ty: &str) -> Compiled {
    let s: Strategy = serde_yaml_ng::from_str(rule).unwrap();
    Compiled::new(
        s,
        column,
        ColumnType::parse(ty),
        true,
        Refs::default(),
        &mut |d: &str| DomainKey::from_bytes(*blake3::hash(d.as_bytes()).as_bytes()),
    )
    .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_on_character_boundaries() {
        let mut v = "अमृत".as_bytes().to_vec();
        fit(&mut v, 0, &ColumnType::Text { max_chars: Some(2) });
        assert_eq!(String::from_utf8(v).unwrap().chars().count(), 2);
    }
}
