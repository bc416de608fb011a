//! The basic family: values copied, removed or replaced by a constant (`keep`, `null`, `empty`,
//! `fixed`, `redact`), keyed hashes (`hash`), and numbers with keyed noise or rounded (`noise`,
//! `round`).

use super::capability::{Describe, Fit, Sample, NUMBERS, NUMERIC_DETECTORS};
use super::{Compiled, Form};
use crate::dump::coltype::ColumnType;
use crate::dump::literal::ValueKind;
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
use crate::rules::spec::Basic;
use crate::rules::spec::OnUnparsed;
use crate::rules::spec::{FixedValue, HashFormat};
use std::io::Write;

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    s: &Basic,
    v: &[u8],
    kind: ValueKind,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let form = match s {
        Basic::Keep => Form::Original,
        Basic::Null => Form::Null,
        Basic::Empty => Form::Quoted,
        Basic::Fixed(FixedValue::Text(t)) => {
            buf.extend_from_slice(t.as_bytes());
            Form::Quoted
        }
        Basic::Fixed(FixedValue::Number(n)) => {
            buf.extend_from_slice(n.as_bytes());
            Form::Bare
        }
        Basic::Redact(r) => {
            buf.extend_from_slice(r.text.as_deref().unwrap_or("[REDACTED]").as_bytes());
            Form::Quoted
        }
        Basic::Hash(h) => {
            let len = h
                .length
                .unwrap_or(32)
                .min(c.ty.max_chars().unwrap_or(64) as usize)
                .max(1);
            let mut s = c.key().seed(b"hash", v);
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
        Basic::Noise(n) => {
            let Some(x) = parse_number(v) else {
                return c.unreadable(v, kind, buf);
            };
            let p = n.percent.unwrap_or(10.0) / 100.0;
            let u = c.key().seed(b"noise", v).below(2_000_001) as f64 / 1_000_000.0 - 1.0;
            number(&c.ty, x * (1.0 + u * p), decimals(v), buf);
            Compiled::same_form(kind)
        }
        Basic::Round(r) => {
            let Some(x) = parse_number(v) else {
                return c.unreadable(v, kind, buf);
            };
            let to = r.to.unwrap_or(10.0);
            let to = if to > 0.0 { to } else { 1.0 };
            number(&c.ty, (x / to).round() * to, decimals(v), buf);
            Compiled::same_form(kind)
        }
    };
    Ok(c.fitted(form, buf))
}

/// The number a value's text writes, if it is one.
pub(super) fn parse_number(v: &[u8]) -> Option<f64> {
    std::str::from_utf8(v)
        .ok()
        .and_then(|t| t.trim().parse::<f64>().ok())
}

/// Decimal places written in a number's text.
pub(super) fn decimals(v: &[u8]) -> usize {
    v.iter().position(|&b| b == b'.').map_or(0, |p| {
        v[p + 1..].iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Write `y` as a column of type `ty` holds it: integers rounded and clamped to the type,
/// DECIMAL at its scale and within its precision, others with `places` decimals.
fn number(ty: &ColumnType, y: f64, places: usize, buf: &mut Vec<u8>) {
    match ty {
        ColumnType::Int { min, max } => {
            let v = (y.round() as i128).clamp(*min, *max);
            write!(buf, "{v}").expect("writing to memory");
        }
        ColumnType::Decimal { precision, scale } => {
            let limit = 10f64.powi((*precision - *scale) as i32) - 10f64.powi(-(*scale as i32));
            write!(buf, "{:.*}", *scale as usize, y.clamp(-limit, limit))
                .expect("writing to memory");
        }
        _ => write!(buf, "{:.*}", places, y).expect("writing to memory"),
    }
}

impl Describe for Basic {
    fn category(&self) -> Option<&'static str> {
        Some(match self {
            Basic::Keep => return None,
            Basic::Fixed(_) => "credential / fixed value",
            Basic::Hash(_) => "pseudonym",
            Basic::Null | Basic::Empty => "removed",
            Basic::Noise(_) | Basic::Round(_) => "measurement",
            Basic::Redact(_) => "free text",
        })
    }

    fn one_to_one(&self) -> bool {
        matches!(self, Basic::Keep | Basic::Hash(_))
    }

    fn needs_key(&self) -> bool {
        matches!(self, Basic::Hash(_) | Basic::Noise(_) | Basic::Round(_))
    }

    fn on_unparsed(&self) -> &OnUnparsed {
        match self {
            Basic::Noise(s) => &s.on_unparsed,
            Basic::Round(s) => &s.on_unparsed,
            _ => &OnUnparsed::Mask,
        }
    }

    fn is_value_independent(&self) -> bool {
        matches!(
            self,
            Basic::Null | Basic::Fixed(_) | Basic::Empty | Basic::Redact(_)
        )
    }

    fn is_blank(&self) -> bool {
        matches!(self, Basic::Null | Basic::Empty | Basic::Fixed(_))
    }

    fn is_free_text(&self) -> bool {
        matches!(self, Basic::Redact(_))
    }

    fn exempt_detectors(&self) -> &'static [Detector] {
        match self {
            Basic::Hash(_) | Basic::Noise(_) | Basic::Round(_) => NUMERIC_DETECTORS,
            _ => &[],
        }
    }

    fn generated_kinds(&self) -> KindSet {
        match self {
            Basic::Keep => KindSet::EMPTY,
            Basic::Noise(_) | Basic::Round(_) => KindSet::of(&[Kind::Gps]),
            Basic::Hash(_) => NUMBERS.union(KindSet::of(&[Kind::Pan, Kind::VoterId])),
            Basic::Null | Basic::Empty | Basic::Fixed(_) | Basic::Redact(_) => {
                KindSet::of(&Kind::ALL)
            }
        }
    }

    fn min_chars(&self) -> u64 {
        match self {
            Basic::Hash(h) => h.length.unwrap_or(8).min(8) as u64,
            _ => 1,
        }
    }

    fn sample(&self) -> Sample<'_> {
        match self {
            Basic::Redact(_) => Sample::Note,
            Basic::Fixed(_) => Sample::Secret,
            _ => Sample::Plain,
        }
    }

    fn misfit(&self, fit: &Fit) -> Option<String> {
        let ty = fit.ty;
        match self {
            Basic::Keep => None,
            Basic::Null if !fit.nullable => Some("the column is NOT NULL".into()),
            Basic::Null => None,
            Basic::Empty => fit.need_text(0),
            Basic::Fixed(FixedValue::Text(t)) => match ty {
                ColumnType::Enum(m) if !m.iter().any(|x| x == t) => {
                    Some(format!("`{t}` is not a member of the ENUM"))
                }
                ColumnType::Int { .. } | ColumnType::Decimal { .. } | ColumnType::Float => t
                    .parse::<f64>()
                    .is_err()
                    .then(|| "a text value in a numeric column".into()),
                _ if fit.text_ok() && !fit.fits_chars(t.chars().count() as u64) => {
                    Some("the fixed value is longer than the column".into())
                }
                _ => None,
            },
            Basic::Fixed(FixedValue::Number(n)) => match ty {
                ColumnType::Int { min, max } => match n.parse::<i128>() {
                    Ok(v) if v >= *min && v <= *max => None,
                    _ => Some(format!("{n} is not an integer in the column's range")),
                },
                _ => None,
            },
            Basic::Hash(h) => fit.need_text(h.length.map_or(8, |l| l as u64)),
            Basic::Noise(_) | Basic::Round(_) => (!fit.numeric() && !fit.text_ok())
                .then(|| format!("`{}` needs a numeric column", fit.name)),
            Basic::Redact(_) => fit.need_text(2),
        }
    }
}
