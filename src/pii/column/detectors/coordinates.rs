//! Coordinates written as plain decimals: a range inside India with house-level precision.

use super::*;

/// Share of decimal values inside India's latitude or longitude range for a coordinate column.
pub const GPS_SHARE: f64 = 0.9;

/// Coordinates as plain decimal numbers.
pub(super) struct Coordinates;

impl Detector for Coordinates {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        // Coordinates as plain numbers: a range inside India with house-level precision.
        if s.decimals >= SPREAD_MIN_VALUES {
            let inside = s.lat.max(s.lon);
            let share = inside as f64 / s.decimals as f64;
            let varied = s.distinct_count() as f64 >= 0.5 * s.sampled.min(s.decimals) as f64;
            if share >= GPS_SHARE && varied {
                let (verdict, why) = if j.named(Kind::Gps) {
                    (Verdict::Personal, format!("{:.0}% of decimals lie in India's {} range with 4+ places, and the column name says so", share * 100.0, if s.lat >= s.lon { "latitude" } else { "longitude" }))
                } else {
                    (
                        Verdict::Undecided,
                        format!(
                            "{:.0}% of decimals lie in India's coordinate ranges with 4+ places",
                            share * 100.0
                        ),
                    )
                };
                found.push(Finding::new(
                    Kind::Gps,
                    verdict,
                    inside,
                    s.decimals,
                    inside,
                    None,
                    why,
                ));
            }
        }
    }
}
