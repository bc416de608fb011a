//! Dates of birth: dates over a lifetime's spread of years, in a column named for births.

use super::*;

/// Years between the oldest and youngest date from which dates look like births, not events.
pub const BIRTH_YEAR_SPREAD: u32 = 30;

/// Dates of birth.
pub(super) struct BirthDates;

impl Detector for BirthDates {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        // Dates of birth: dates over a lifetime's spread of years, in a column named for births.
        if s.dates >= SPARSE_FLOOR {
            let spread = s.year_max.saturating_sub(s.year_min);
            let (verdict, why) = if j.named(Kind::BirthDate)
                && (spread >= BIRTH_YEAR_SPREAD || s.dates < SPREAD_MIN_VALUES)
            {
                (
                    Verdict::Personal,
                    format!("dates over {spread} years in a birth-date column"),
                )
            } else if spread >= BIRTH_YEAR_SPREAD && !j.ordered {
                (Verdict::Undecided, format!("dates over {spread} years"))
            } else {
                (
                    Verdict::Not,
                    format!("dates over {spread} years: events, not births"),
                )
            };
            found.push(Finding::new(
                Kind::BirthDate,
                verdict,
                s.dates,
                s.values - s.empty,
                s.dates,
                None,
                why,
            ));
        }
    }
}
