//! Civil dates as dumps write them (`YYYY-MM-DD`, optionally followed by a time) and as people
//! type them into text columns (`DD/MM/YYYY`, `DD-MM-YYYY`, `12 Jan 1980`, `Jan 12, 1980`,
//! `19800112`, a bare year): reading one with where its parts are ([`Written`]), writing another
//! date the same way, and converting between dates and days since 1970-01-01 (Howard Hinnant's
//! algorithms). Date strategies and the RFC 3339 times of manifests use these, and nothing else
//! does date math.

use std::ops::Range;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Today as `YYYY-MM-DD` (UTC): waiver expiry in `profile` and the gates.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The civil date (year, month, day) of a count of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + if m <= 2 { 1 } else { 0 }, m, d)
}

/// `YYYY-MM-DD` at the start of `v`, when it is a real date (not `0000-00-00`).
pub fn parse_date(v: &[u8]) -> Option<(i64, u32, u32)> {
    if v.len() < 10 || v[4] != b'-' || v[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| std::str::from_utf8(&v[r]).ok()?.parse::<u32>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let ok = (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y as i64, m) && y >= 1;
    ok.then_some((y as i64, m, d))
}

/// Month names, for reading and writing `12 Jan 1980` and `January 12, 1980`.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date found in a value, and where its parts are written, so that another date can be
/// written in the same form ([`Written::write`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The date (year, month, day); month and day are 1 for a bare year.
    pub date: (i64, u32, u32),
    /// Where the year is.
    year: Range<usize>,
    /// Where the month is (digits or a name), unless the value is a bare year.
    month: Option<Range<usize>>,
    /// Where the day is, unless the value is a bare year.
    day: Option<Range<usize>>,
}

impl Written {
    /// True when the value is a year alone (`1980`).
    pub fn is_year_only(&self) -> bool {
        self.month.is_none()
    }

    /// Write `v` with its date replaced by `(y, m, d)`, in the same form: numbers as wide as
    /// they were (zero-padded when the original was), month names in the same length and case.
    /// Text around the date (a time) is kept; `zero_time` writes its digits as zeros.
    pub fn write(&self, v: &[u8], (y, m, d): (i64, u32, u32), zero_time: bool, out: &mut Vec<u8>) {
        let mut parts: Vec<(Range<usize>, Vec<u8>)> =
            vec![(self.year.clone(), format!("{y:04}").into_bytes())];
        if let Some(r) = &self.month {
            parts.push((r.clone(), month_like(&v[r.clone()], m)));
        }
        if let Some(r) = &self.day {
            let width = r.len();
            parts.push((r.clone(), format!("{d:0width$}").into_bytes()));
        }
        parts.sort_by_key(|p| p.0.start);
        let end = parts.iter().map(|p| p.0.end).max().unwrap_or(0);
        let mut at = 0;
        for (r, new) in parts {
            out.extend_from_slice(&v[at..r.start]);
            out.extend_from_slice(&new);
            at = r.end;
        }
        let rest = &v[at.max(end)..];
        if zero_time {
            out.extend(
                rest.iter()
                    .map(|b| if b.is_ascii_digit() { b'0' } else { *b }),
            );
        } else {
            out.extend_from_slice(rest);
        }
    }
}

/// Month `m` written like `like`: a number as wide as it, or a name as long and in the same case.
fn month_like(like: &[u8], m: u32) -> Vec<u8> {
    if like.iter().all(u8::is_ascii_digit) {
        let width = like.len();
        return format!("{m:0width$}").into_bytes();
    }
    let full = MONTHS[(m - 1) as usize];
    let name: String = if like.len() <= 3 {
        full[..3].to_string()
    } else {
        full.to_string()
    };
    let upper = like.iter().all(|b| !b.is_ascii_lowercase());
    let title = like.first().is_some_and(u8::is_ascii_uppercase);
    if upper {
        name.to_ascii_uppercase().into_bytes()
    } else if title {
        let mut n = name.into_bytes();
        n[0] = n[0].to_ascii_uppercase();
        n
    } else {
        name.into_bytes()
    }
}

/// The month a name stands for (`jan`, `January`, `SEPT`).
fn month_of(name: &[u8]) -> Option<u32> {
    let n = std::str::from_utf8(name).ok()?.to_ascii_lowercase();
    if n.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&n) || (n == "sept" && *m == "september"))
        .map(|i| i as u32 + 1)
}

/// True for a real date.
fn valid(y: i64, m: u32, d: u32) -> bool {
    (1000..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Read a date in any of the forms people write (see the module docs) at the start of `v`
/// (after spaces); what follows it may only be a time (`10:30`, `10:30:00 AM`, `T10:30Z`).
/// `None` when `v` is no such date.
pub fn find_date(v: &[u8]) -> Option<Written> {
    let start = v.iter().take_while(|b| **b == b' ').count();
    let t = &v[start..];
    // Tokens: runs of digits or letters with where they start, separators between them.
    let mut toks: Vec<(Range<usize>, bool)> = Vec::new(); // (range in v, is digits)
    let mut i = 0;
    while i < t.len() && toks.len() < 3 {
        let b = t[i];
        if b.is_ascii_digit() || b.is_ascii_alphabetic() {
            let digits = b.is_ascii_digit();
            let s = i;
            while i < t.len() && (t[i].is_ascii_digit() == digits) && (t[i].is_ascii_alphanumeric())
            {
                i += 1;
            }
            toks.push((start + s..start + i, digits));
        } else if matches!(b, b'/' | b'-' | b'.' | b' ' | b',') && !toks.is_empty() {
            i += 1;
        } else {
            break;
        }
    }
    let num = |r: &Range<usize>| std::str::from_utf8(&v[r.clone()]).ok()?.parse::<i64>().ok();
    let tail_ok = |end: usize| {
        v[end..].iter().all(|b| {
            b.is_ascii_digit()
                || matches!(
                    b,
                    b' ' | b':'
                        | b'.'
                        | b'-'
                        | b'+'
                        | b'T'
                        | b'Z'
                        | b'A'
                        | b'P'
                        | b'M'
                        | b'a'
                        | b'p'
                        | b'm'
                )
        })
    };
    let date = |y: i64, m: u32, d: u32, yr: &Range<usize>, mr: &Range<usize>, dr: &Range<usize>| {
        let end = yr.end.max(mr.end).max(dr.end);
        (valid(y, m, d) && tail_ok(end)).then(|| Written {
            date: (y, m, d),
            year: yr.clone(),
            month: Some(mr.clone()),
            day: Some(dr.clone()),
        })
    };
    // A bare year, or YYYYMMDD (then maybe a time).
    if let Some((r, true)) = toks.first() {
        let r = r.clone();
        if r.len() == 4 && toks.len() == 1 && v[r.end..].is_empty() {
            let y = num(&r)?;
            return (1000..=9999).contains(&y).then_some(Written {
                date: (y, 1, 1),
                year: r,
                month: None,
                day: None,
            });
        }
        if r.len() == 8 {
            let (yr, mr, dr) = (
                r.start..r.start + 4,
                r.start + 4..r.start + 6,
                r.start + 6..r.end,
            );
            return date(num(&yr)?, num(&mr)? as u32, num(&dr)? as u32, &yr, &mr, &dr);
        }
    }
    match toks.as_slice() {
        [(a, true), (b, true), (c, true)] => {
            let (x, y, z) = (num(a)?, num(b)?, num(c)?);
            if a.len() == 4 {
                return date(x, y as u32, z as u32, a, b, c);
            }
            if c.len() != 4 || a.len() > 2 || b.len() > 2 {
                return None;
            }
            // Day first (as India writes dates); month first only when day first cannot be.
            date(z, y as u32, x as u32, c, b, a).or_else(|| date(z, x as u32, y as u32, c, a, b))
        }
        [(a, true), (b, false), (c, true)] if c.len() == 4 && a.len() <= 2 => {
            date(num(c)?, month_of(&v[b.clone()])?, num(a)? as u32, c, b, a)
        }
        [(a, false), (b, true), (c, true)] if c.len() == 4 && b.len() <= 2 => {
            date(num(c)?, month_of(&v[a.clone()])?, num(b)? as u32, c, a, b)
        }
        _ => None,
    }
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(v: &str, to: (i64, u32, u32)) -> Option<String> {
        let w = find_date(v.as_bytes())?;
        let mut out = Vec::new();
        w.write(v.as_bytes(), to, false, &mut out);
        Some(String::from_utf8(out).unwrap())
    }

    #[test]
    fn dates_people_write_are_read_and_written_back_alike() {
        let to = (1981, 3, 7);
        for (v, want) in [
            ("12/05/1980", "07/03/1981"),
            ("5-6-1980", "7-3-1981"),
            ("12.05.1980 10:30", "07.03.1981 10:30"),
            ("1980/05/12", "1981/03/07"),
            ("12 Jan 1980", "07 Mar 1981"),
            ("12-JAN-1980", "07-MAR-1981"),
            ("January 12, 1980", "March 07, 1981"),
            ("19800512", "19810307"),
            ("1980", "1981"),
        ] {
            assert_eq!(rewritten(v, to).as_deref(), Some(want), "{v}");
        }
        assert_eq!(
            find_date(b"12/05/1980").unwrap().date,
            (1980, 5, 12),
            "day first"
        );
        assert_eq!(
            find_date(b"05/25/1980").unwrap().date,
            (1980, 5, 25),
            "month first when it must"
        );
        for not in [
            "",
            "N/A",
            "32/01/1980",
            "12/05/1980 Ravi",
            "98765 43210",
            "12345",
            "abc",
        ] {
            assert!(find_date(not.as_bytes()).is_none(), "{not}");
        }
    }

    #[test]
    fn civil_dates_round_trip() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (1999, 12, 31),
            (1000, 1, 1),
            (9999, 12, 31),
        ] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(parse_date(b"0000-00-00"), None);
        assert_eq!(parse_date(b"2023-02-29"), None);
        assert_eq!(parse_date(b"2024-02-29 10:00:00"), Some((2024, 2, 29)));
    }
}
