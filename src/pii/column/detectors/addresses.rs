//! Address lines on the sampled text values.

use super::*;

/// Share of sampled text values that are addresses for an address column.
pub const ADDRESS_SHARE: f64 = 0.3;

/// Address lines.
pub(super) struct Addresses;

impl Detector for Addresses {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        let ts = s.text_sampled;
        let ad = s.tally(Kind::Address);
        if ad.whole + ad.inside > 0 {
            let share = ad.whole as f64 / ts.max(1) as f64;
            let (verdict, why) = if ad.whole >= SPARSE_FLOOR
                && (share >= ADDRESS_SHARE || j.named(Kind::Address))
                && !j.few_distinct
            {
                (
                    Verdict::Personal,
                    format!(
                        "{:.0}% of sampled text values are address lines",
                        share * 100.0
                    ),
                )
            } else if ad.whole + ad.inside >= SPARSE_FLOOR {
                (
                    Verdict::Undecided,
                    format!(
                        "{} sampled value(s) read like addresses",
                        ad.whole + ad.inside
                    ),
                )
            } else {
                (
                    Verdict::Not,
                    format!(
                        "{} sampled value(s) read like addresses",
                        ad.whole + ad.inside
                    ),
                )
            };
            found.push(Finding::new(
                Kind::Address,
                verdict,
                ad.whole + ad.inside,
                ts,
                ad.whole,
                None,
                why,
            ));
        }
    }
}
