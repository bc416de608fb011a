//! Mobiles, landlines, ABHA numbers and bank accounts written as whole number values: the share
//! of number values in the format, vetoed by dump order, one dense id range, one leading digit or
//! a surrogate key; mobiles among other numbers found by their leading digits against chance.

use super::*;

/// Ten-digit values needed before their share starting with 6–9 is tested against chance.
pub const MIXED_MIN_VALUES: u64 = 50;
/// Share of random ten-digit numbers that start with 6–9 (four leading digits of nine).
pub const MOBILE_LEAD_CHANCE: f64 = 4.0 / 9.0;
/// Largest chance a column's share of mobile-shaped ten-digit values may have under random
/// numbers for the column to hold phones among other numbers.
pub const MIXED_ALPHA: f64 = 1e-9;

/// Numbers that are whole values: mobiles, landlines, ABHA numbers, bank accounts.
pub(super) struct WholeNumbers;

impl Detector for WholeNumbers {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        let dense = s.dense_range();
        // Numbers that are whole values: mobiles, landlines, ABHA numbers, bank accounts.
        for kind in [
            Kind::Mobile,
            Kind::Landline,
            Kind::AbhaNumber,
            Kind::BankAccount,
        ] {
            let tk = s.tally(kind);
            if tk.whole == 0 && tk.inside == 0 {
                continue;
            }
            let share = tk.whole as f64 / s.numeric.max(1) as f64;
            let narrow = kind == Kind::Mobile
                && tk.whole >= SPREAD_MIN_VALUES
                && s.mobile_lead
                    .iter()
                    .filter(|n| **n * 20 >= tk.whole)
                    .count()
                    < 2;
            let (verdict, why) = if tk.inside >= SPARSE_FLOOR && tk.whole < SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!("{} values hold one inside text", tk.inside),
                )
            } else if tk.whole == 0 {
                (
                    Verdict::Undecided,
                    format!("{} value(s) hold one inside text", tk.inside),
                )
            } else if j.ordered {
                (
                    Verdict::Not,
                    "the numbers ascend in dump order: a key or serial".into(),
                )
            } else if dense && kind != Kind::AbhaNumber {
                (
                    Verdict::Not,
                    format!(
                        "smallest and largest share {DENSE_PREFIX}+ leading digits: one id range"
                    ),
                )
            } else if narrow && !(j.named(kind) && j.tokens.last().is_none_or(|t| t != "id")) {
                // A column its name calls a phone (not a phone *id*) keeps its mobiles even
                // when they all start with one digit (a district's 9-series numbers).
                (
                    Verdict::Not,
                    "one leading digit only: not numbers issued over 6–9".into(),
                )
            } else if kind == Kind::BankAccount && !(j.named(kind) || j.ctx.table_has_ifsc) {
                (Verdict::Not, "digits alone cannot tell an account from an id (no account name, no IFSC beside it)".into())
            } else if kind == Kind::BankAccount && j.tokens.last().is_some_and(|t| t == "id") {
                (
                    Verdict::Not,
                    "an id column: a surrogate key, not an account number".into(),
                )
            } else if kind == Kind::AbhaNumber
                && tk.valid * 5 < tk.whole * 4
                && !j.named(kind)
                && s.ordered().is_none()
            {
                (
                    Verdict::Undecided,
                    "14-digit values, too few to test their order".into(),
                )
            } else if share >= FORMAT_SHARE && tk.whole >= SPARSE_FLOOR && !tk.few_distinct() {
                (
                    Verdict::Personal,
                    format!(
                        "{:.0}% of number values have the format, in no order",
                        share * 100.0
                    ),
                )
            } else if kind == Kind::Mobile && mixed_mobiles(s) {
                (
                    Verdict::Personal,
                    format!(
                        "{} of {} ten-digit values start with 6–9, far above the {:.0}% random numbers give: phones among other numbers",
                        s.ten_mobile,
                        s.ten_digit,
                        MOBILE_LEAD_CHANCE * 100.0
                    ),
                )
            } else if kind == Kind::Mobile && !j.named(kind) && random_ten_digits(s) {
                (
                    Verdict::Not,
                    format!(
                        "{} of {} ten-digit values start with 6–9, as random numbers do",
                        s.ten_mobile, s.ten_digit
                    ),
                )
            } else if share >= UNDECIDED_SHARE
                || (tk.whole >= SPARSE_FLOOR && share >= FORMAT_SHARE)
            {
                if j.named(kind) && !tk.few_distinct() {
                    (
                        Verdict::Personal,
                        format!(
                            "{:.0}% of number values have the format and the column name says so",
                            share * 100.0
                        ),
                    )
                } else {
                    (
                        Verdict::Undecided,
                        format!("{:.0}% of number values have the format", share * 100.0),
                    )
                }
            } else {
                (
                    Verdict::Not,
                    format!(
                        "only {:.0}% of number values have the format",
                        share * 100.0
                    ),
                )
            };
            found.push(Finding::new(
                kind,
                verdict,
                tk.whole + tk.inside,
                s.numeric.max(tk.whole),
                tk.valid,
                None,
                why,
            ));
        }
    }
}

/// True when the column's ten-digit values start with 6–9 far more often than random
/// numbers do: mobiles among other numbers (a call ID that is the caller's phone).
fn mixed_mobiles(s: &ColumnStats) -> bool {
    s.ten_digit >= MIXED_MIN_VALUES
        && s.ten_mobile as f64 >= 0.6 * s.ten_digit as f64
        && binomial_tail(s.ten_digit, s.ten_mobile, MOBILE_LEAD_CHANCE) <= MIXED_ALPHA
}

/// True when the column's ten-digit values start with 6–9 about as often as random numbers
/// do (44%), and nearly all its number values are such ten-digit values.
fn random_ten_digits(s: &ColumnStats) -> bool {
    s.ten_digit >= MIXED_MIN_VALUES
        && s.ten_digit * 10 >= s.numeric * 9
        && (s.ten_mobile as f64) <= 0.55 * s.ten_digit as f64
}
