//! The date family: `date_shift` (every date moved by a keyed number of days, the same for all
//! dates of one subject when the rule names a subject column), `birth_date` (moved within its
//! year, so ages stay right) and `date_generalize` (cut to the year or the month). Only
//! `YYYY-MM-DD` dates (with or without a time) are read; others are left as they are.

use super::{Compiled, Form, Row};
use crate::dump::coltype::ColumnType;
use crate::dump::date::{civil_from_days, days_from_civil, parse_date};
use crate::rules::spec::{Granularity, Strategy};

/// Generate the new value of `v` for a strategy of this family into `buf`.
pub(super) fn generate(
    c: &Compiled,
    v: &[u8],
    row: &Row,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let form = match &c.strategy {
        Strategy::DateShift(d) => {
            let Some(date) = parse_date(v) else {
                return Ok(Form::Original);
            };
            let subject = d
                .subject_column
                .as_ref()
                .and(c.refs.subject)
                .and_then(|col| row.original(col));
            let basis: &[u8] = subject.as_deref().unwrap_or(v);
            let max = d.max_days.unwrap_or(30).max(1) as u64;
            let shift = shift_days(c.key().seed(b"date_shift", basis).below(2 * max), max);
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
            let shift = shift_days(c.key().seed(b"birth_date", v).below(2 * max), max);
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
        other => unreachable!("`{}` is not of the date family", other.name()),
    };
    Ok(c.fitted(form, buf))
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
    out.extend_from_slice(format!("{y:04}-{m:02}-{d:02}").as_bytes());
    out.extend_from_slice(rest);
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
