//! Aadhaar numbers: a Wald sequential test of the Verhoeff pass rate, real numbers against chance
//! (a tenth of random 12-digit numbers pass), with a binomial tail for sparse columns.

use super::*;

/// Chance pass rate of a 12-digit number under the Verhoeff check.
pub const VERHOEFF_P0: f64 = 0.10;
/// Pass rate of a column of real Aadhaar numbers (allowing typos).
pub const VERHOEFF_P1: f64 = 0.95;
/// Wald test: chance of calling a random-number column Aadhaar.
pub const SPRT_ALPHA: f64 = 1e-6;
/// Wald test with a column name that says Aadhaar.
pub const SPRT_ALPHA_NAMED: f64 = 1e-3;
/// Wald test: chance of missing an Aadhaar column.
pub const SPRT_BETA: f64 = 1e-3;
/// For sparse columns: largest chance that Verhoeff passes this many by luck.
pub const SPARSE_ALPHA: f64 = 1e-3;

/// Aadhaar numbers by their Verhoeff pass rate.
pub(super) struct Aadhaar;

impl Detector for Aadhaar {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        // Aadhaar: a Wald sequential test of the Verhoeff pass rate, real vs chance.
        let a = s.tally(Kind::Aadhaar);
        if a.whole > 0 || a.inside > 0 {
            let llr = a.valid as f64 * (VERHOEFF_P1 / VERHOEFF_P0).ln()
                + a.failed as f64 * ((1.0 - VERHOEFF_P1) / (1.0 - VERHOEFF_P0)).ln();
            let alpha = if j.named(Kind::Aadhaar) {
                SPRT_ALPHA_NAMED
            } else {
                SPRT_ALPHA
            };
            let accept = ((1.0 - SPRT_BETA) / alpha).ln();
            let reject = (SPRT_BETA / (1.0 - alpha)).ln();
            let tail = binomial_tail(a.whole, a.valid, VERHOEFF_P0);
            let (verdict, why) = if a.whole == 0 {
                if a.inside >= SPARSE_FLOOR {
                    (
                        Verdict::Personal,
                        format!(
                            "{} values hold a Verhoeff-valid number inside text",
                            a.inside
                        ),
                    )
                } else {
                    (
                        Verdict::Undecided,
                        format!(
                            "{} value(s) hold a Verhoeff-valid number inside text",
                            a.inside
                        ),
                    )
                }
            } else if j.ordered {
                (
                    Verdict::Not,
                    "12-digit numbers ascending in dump order: a serial".into(),
                )
            } else if llr <= reject {
                (
                    Verdict::Not,
                    format!(
                        "{} of {} pass Verhoeff: what chance gives",
                        a.valid, a.whole
                    ),
                )
            } else if llr >= accept || (a.valid >= SPARSE_FLOOR && tail <= SPARSE_ALPHA) {
                (
                    Verdict::Personal,
                    format!("{} of {} pass Verhoeff (chance: 10%)", a.valid, a.whole),
                )
            } else {
                (
                    Verdict::Undecided,
                    format!(
                        "{} of {} pass Verhoeff: not enough values to tell",
                        a.valid, a.whole
                    ),
                )
            };
            found.push(Finding::new(
                Kind::Aadhaar,
                verdict,
                a.whole,
                s.numeric.max(a.whole),
                a.valid,
                Some(llr),
                why,
            ));
        }
    }
}
