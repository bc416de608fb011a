//! The date family: `date_shift` (every date moved by a keyed number of days, the same for all
//! dates of one subject when the rule names a subject column), `birth_date` (moved within its
//! year, so ages stay right) and `date_generalize` (cut to the year or the month). Dates are
//! read as dumps write them (`YYYY-MM-DD`, with or without a time) and as people type them
//! (`DD/MM/YYYY`, `12 Jan 1980`, a bare year…, see `dump::date`) and written back in the same
//! form. A bare year moves one year either way under `date_shift` and `birth_date`. Anything
//! else takes the rule's `on_unparsed` fallback.

use super::capability::{ColumnRefs, Describe, Fit, Sample, NUMERIC_DETECTORS};
use super::{Compiled, Form, Row};
use crate::dump::coltype::ColumnType;
use crate::dump::date::{civil_from_days, days_from_civil, find_date, parse_date, Written};
use crate::dump::literal::ValueKind;
use crate::pii::column::{Kind, KindSet};
use crate::pii::detect::Detector;
use crate::rules::spec::Dates;
use crate::rules::spec::Granularity;
use crate::rules::spec::OnUnparsed;
use std::io::Write;

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    s: &Dates,
    v: &[u8],
    kind: ValueKind,
    row: &Row,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let form = match s {
        Dates::DateShift(d) => {
            let subject = d
                .subject_column
                .as_ref()
                .and(c.refs.subject)
                .and_then(|col| row.original(col));
            let basis: &[u8] = subject.as_deref().unwrap_or(v);
            let max = d.max_days.unwrap_or(30).max(1) as u64;
            let shift = shift_days(c.key().seed(b"date_shift", basis).below(2 * max), max);
            let Some(date) = parse_date(v) else {
                let Some(w) = find_date(v) else {
                    return c.unreadable(v, kind, buf);
                };
                let moved = if w.is_year_only() {
                    (w.date.0 + shift.signum(), 1, 1)
                } else {
                    shifted(w.date, shift)
                };
                return Ok(written(c, &w, v, moved, false, buf));
            };
            write_date(buf, shifted(date, shift), &v[10..]);
            Form::Quoted
        }
        Dates::BirthDate(b) => {
            let max = b.max_days.unwrap_or(60).max(1) as u64;
            let shift = shift_days(c.key().seed(b"birth_date", v).below(2 * max), max);
            let Some(date) = parse_date(v) else {
                let Some(w) = find_date(v) else {
                    return c.unreadable(v, kind, buf);
                };
                let moved = if w.is_year_only() {
                    (w.date.0 + shift.signum(), 1, 1)
                } else {
                    within_year(w.date, shift)
                };
                return Ok(written(c, &w, v, moved, false, buf));
            };
            write_date(buf, within_year(date, shift), &v[10..]);
            Form::Quoted
        }
        Dates::DateGeneralize(g) => {
            let Some((y, m, _)) = parse_date(v) else {
                let Some(w) = find_date(v) else {
                    return c.unreadable(v, kind, buf);
                };
                let (y, m, _) = w.date;
                let to = match g.to {
                    Granularity::Year => (y, 1, 1),
                    Granularity::Month => (y, m, 1),
                };
                return Ok(written(c, &w, v, to, true, buf));
            };
            let rest: &[u8] = if v.len() > 10 { b" 00:00:00" } else { b"" };
            let rest = if c.ty == ColumnType::Date {
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
    };
    Ok(c.fitted(form, buf))
}

/// `date` moved by `shift` days, kept inside the years a DATE column can hold.
fn shifted((y, m, d): (i64, u32, u32), shift: i64) -> (i64, u32, u32) {
    let lo = days_from_civil(1000, 1, 1);
    let hi = days_from_civil(9999, 12, 31);
    civil_from_days((days_from_civil(y, m, d) + shift).clamp(lo, hi))
}

/// A birth date moved by `shift` days but inside its year (the age in years stays right), and
/// never onto itself.
fn within_year((y, m, d): (i64, u32, u32), shift: i64) -> (i64, u32, u32) {
    let day = days_from_civil(y, m, d);
    let lo = days_from_civil(y, 1, 1);
    let hi = days_from_civil(y, 12, 31);
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
    civil_from_days(moved)
}

/// Write `to` in the form `w` found in `v`, cut to the column.
fn written(
    c: &Compiled,
    w: &Written,
    v: &[u8],
    to: (i64, u32, u32),
    zero_time: bool,
    buf: &mut Vec<u8>,
) -> Form {
    w.write(v, to, zero_time, buf);
    c.fitted(Form::Quoted, buf)
}

/// A shift of `-max..=max` days, never 0, from a keyed draw `r` below `2 × max`.
fn shift_days(r: u64, max: u64) -> i64 {
    let (r, max) = (r as i64, max as i64);
    if r < max {
        r - max
    } else {
        r - max + 1
    }
}

/// Write `YYYY-MM-DD` and then `rest` (the original's time part).
fn write_date(out: &mut Vec<u8>, (y, m, d): (i64, u32, u32), rest: &[u8]) {
    write!(out, "{y:04}-{m:02}-{d:02}").expect("writing to memory");
    out.extend_from_slice(rest);
}

impl Describe for Dates {
    fn category(&self) -> Option<&'static str> {
        Some(match self {
            Dates::BirthDate(_) => "date of birth",
            Dates::DateShift(_) | Dates::DateGeneralize(_) => "date",
        })
    }

    fn on_unparsed(&self) -> &OnUnparsed {
        match self {
            Dates::DateShift(s) => &s.on_unparsed,
            Dates::BirthDate(s) => &s.on_unparsed,
            Dates::DateGeneralize(s) => &s.on_unparsed,
        }
    }

    fn exempt_detectors(&self) -> &'static [Detector] {
        NUMERIC_DETECTORS
    }

    fn generated_kinds(&self) -> KindSet {
        KindSet::of(&[Kind::BirthDate])
    }

    fn min_chars(&self) -> u64 {
        10
    }

    fn sample(&self) -> Sample<'_> {
        match self {
            Dates::BirthDate(_) => Sample::BirthDate,
            _ => Sample::Plain,
        }
    }

    fn misfit(&self, fit: &Fit) -> Option<String> {
        let datey = matches!(fit.ty, ColumnType::Date | ColumnType::DateTime) || fit.text_ok();
        (!datey).then(|| {
            format!(
                "`{}` needs a DATE, DATETIME, TIMESTAMP or character column",
                fit.name
            )
        })
    }

    fn column_refs(&self) -> ColumnRefs<'_> {
        match self {
            Dates::DateShift(d) => ColumnRefs {
                subject: d.subject_column.as_deref(),
                ..ColumnRefs::default()
            },
            _ => ColumnRefs::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_are_never_zero_and_stay_within_max() {
        let max = 30;
        let all: Vec<i64> = (0..2 * max).map(|r| shift_days(r, max)).collect();
        assert!(!all.contains(&0));
        assert_eq!(all.first(), Some(&-30));
        assert_eq!(all.last(), Some(&30));
    }
}
