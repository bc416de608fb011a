//! Identifiers written as whole text values: PAN, voter ID (not a constant-prefix ascending
//! serial), ABHA address, email outside generated domains, public IP, DIGIPIN, coordinate pairs.

use super::*;

/// Text identifiers that are whole values.
pub(super) struct TextIds;

impl Detector for TextIds {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        let texts = s.values - s.empty - s.numeric;
        for kind in [
            Kind::Pan,
            Kind::VoterId,
            Kind::AbhaAddress,
            Kind::Email,
            Kind::IpAddress,
            Kind::Digipin,
            Kind::Gps,
        ] {
            let tk = s.tally(kind);
            if tk.whole == 0 && tk.inside == 0 {
                continue;
            }
            let share = tk.whole as f64 / texts.max(1) as f64;
            let serial = kind == Kind::VoterId
                && !s.voter_prefixes_vary
                && s.voter_pairs >= ORDER_MIN_PAIRS
                && s.voter_increases as f64 >= ORDERED_SHARE * s.voter_pairs as f64;
            let (verdict, why) = if serial {
                (
                    Verdict::Not,
                    "one constant prefix and ascending digits: a serial, not voter IDs".into(),
                )
            } else if tk.whole >= SPARSE_FLOOR
                && (share >= UNDECIDED_SHARE || j.named(kind))
                && !tk.few_distinct()
            {
                (
                    Verdict::Personal,
                    format!("{:.0}% of text values have the format", share * 100.0),
                )
            } else if tk.inside >= SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!("{} values hold one inside text", tk.inside),
                )
            } else if tk.whole >= SPARSE_FLOOR && !tk.few_distinct() {
                (
                    Verdict::Undecided,
                    format!("{} values have the format", tk.whole),
                )
            } else {
                (
                    Verdict::Undecided,
                    format!("{} value(s) have the format", tk.whole + tk.inside),
                )
            };
            found.push(Finding::new(
                kind,
                verdict,
                tk.whole + tk.inside,
                texts.max(tk.whole),
                tk.valid,
                None,
                why,
            ));
        }
    }
}
