//! Free text: never personal by itself, reported so that someone reviews or scrubs it.

use super::*;

/// Share of sampled text values that are free text (≥ 3 words, ≥ 20 characters).
pub const FREE_TEXT_SHARE: f64 = 0.5;

/// Free text.
pub(super) struct FreeText;

impl Detector for FreeText {
    fn judge(&self, s: &ColumnStats, _: &Judging, found: &mut Vec<Finding>) {
        let ts = s.text_sampled;
        if ts >= SPREAD_MIN_VALUES {
            let score = s.free_text as f64 / ts as f64;
            if score >= FREE_TEXT_SHARE {
                found.push(Finding::new(
                    Kind::FreeText,
                    Verdict::Undecided,
                    s.free_text,
                    ts,
                    0,
                    None,
                    format!(
                        "free text ({:.0}% of sampled values): review it, or scrub it",
                        score * 100.0
                    ),
                ));
            }
        }
    }
}
