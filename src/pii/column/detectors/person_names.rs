//! Person names on the sampled text values: whole names or names inside text; a closed vocabulary
//! and place or facility columns are not people.

use super::*;

/// Share of sampled text values that are a person's name for a name column.
pub const NAME_SHARE: f64 = 0.3;
/// Fewest distinct sampled values of a column that holds person names (fewer, over many
/// values, is a closed vocabulary: religions, languages, occupations).
pub const CLOSED_VOCABULARY: usize = 20;
/// Sampled text values needed before a closed vocabulary is told from a name column.
pub const CLOSED_MIN_SAMPLED: u64 = 200;
/// Column-name tokens of place and facility columns (their names are not people's).
pub const PLACE_COLUMN: &[&str] = &[
    "village",
    "taluka",
    "taluk",
    "tehsil",
    "block",
    "district",
    "state",
    "place",
    "facility",
    "hospital",
    "institution",
    "institute",
    "phc",
    "chc",
    "centre",
    "center",
    "subcentre",
    "location",
    "area",
    "ward",
    "locality",
    "city",
    "town",
    "panchayat",
    "delivery",
];

/// Person names.
pub(super) struct PersonNames;

impl Detector for PersonNames {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        let ts = s.text_sampled;
        let n = s.tally(Kind::PersonName);
        if n.whole + n.inside > 0 {
            let share = n.whole as f64 / ts.max(1) as f64;
            // A few values over many rows, most of them no name (religions, languages,
            // occupations with a surname among them): a vocabulary, not people.
            let closed = !j.named(Kind::PersonName)
                && ts >= CLOSED_MIN_SAMPLED
                && s.distinct_count() <= CLOSED_VOCABULARY
                && share < 0.5;
            let place = j.tokens.iter().any(|t| PLACE_COLUMN.contains(&t.as_str()));
            let (verdict, why) = if closed {
                (
                    Verdict::Not,
                    format!(
                        "a closed vocabulary: {} distinct values over {ts} sampled",
                        s.distinct_count()
                    ),
                )
            } else if place && n.whole > 0 {
                (
                    Verdict::Undecided,
                    format!(
                        "{} sampled value(s) hold a name word, in a place or facility column",
                        n.whole + n.inside
                    ),
                )
            } else if n.whole >= SPARSE_FLOOR && share >= NAME_SHARE && !j.few_distinct {
                (
                    Verdict::Personal,
                    format!("{:.0}% of sampled text values are names", share * 100.0),
                )
            } else if n.inside >= SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!("{} sampled texts name a person", n.inside),
                )
            } else if n.whole >= SPARSE_FLOOR && j.named(Kind::PersonName) && !j.few_distinct {
                (
                    Verdict::Personal,
                    format!(
                        "{} sampled values are names and the column name says so",
                        n.whole
                    ),
                )
            } else {
                (
                    Verdict::Undecided,
                    format!("{} sampled value(s) hold a name", n.whole + n.inside),
                )
            };
            found.push(Finding::new(
                Kind::PersonName,
                verdict,
                n.whole + n.inside,
                ts,
                n.valid,
                None,
                why,
            ));
        }
    }
}
