//! The basic family: values copied, removed or replaced by a constant (`keep`, `null`, `empty`,
//! `fixed`, `redact`), keyed hashes (`hash`), and numbers with keyed noise or rounded (`noise`,
//! `round`).

use super::{Compiled, Form};
use crate::dump::coltype::ColumnType;
use crate::dump::literal::ValueKind;
use crate::rules::spec::Basic;
use crate::rules::spec::{FixedValue, HashFormat};

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
