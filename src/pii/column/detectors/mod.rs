//! The column tests, one file per detector. Each judges a column's statistics
//! ([`ColumnStats`]) and returns its findings, its thresholds beside it; [`ColumnStats::decide`]
//! is a fold over [`DETECTORS`] that turns the findings into evidence.

use super::{
    binomial_tail, wilson, ColumnContext, ColumnStats, Decision, Evidence, Kind, Verdict,
    DENSE_PREFIX, FORMAT_SHARE, ORDERED_SHARE, ORDER_MIN_PAIRS, SPARSE_FLOOR, SPREAD_MIN_VALUES,
    UNDECIDED_SHARE,
};
use crate::pii::lexicon::name_tokens;

pub(super) mod aadhaar;
pub(super) mod addresses;
pub(super) mod birth_dates;
pub(super) mod coordinates;
pub(super) mod documents;
pub(super) mod free_text;
pub(super) mod numbers;
pub(super) mod opaque;
pub(super) mod person_names;
pub(super) mod text_ids;

/// One column test: what it finds in a column's statistics.
pub(super) trait Detector: Sync {
    /// Add a finding per kind this test has evidence for (none when it saw nothing).
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>);
}

/// Every column test, in the order their evidence is reported.
pub(super) const DETECTORS: &[&dyn Detector] = &[
    &numbers::WholeNumbers,
    &aadhaar::Aadhaar,
    &text_ids::TextIds,
    &coordinates::Coordinates,
    &birth_dates::BirthDates,
    &person_names::PersonNames,
    &addresses::Addresses,
    &documents::Documents,
    &free_text::FreeText,
    &opaque::Opaque,
];

/// What every test may use besides the statistics: the column's context and the facts several
/// tests share.
pub(super) struct Judging<'a> {
    /// The column's name, generated domains, exempt kinds.
    pub ctx: &'a ColumnContext<'a>,
    /// The column name's tokens (cues).
    pub tokens: Vec<String>,
    /// The number values ascend in dump order (a key or serial).
    pub ordered: bool,
    /// Fewer than [`SPARSE_FLOOR`] distinct sampled values.
    pub few_distinct: bool,
}

impl Judging<'_> {
    /// True when the column name says it holds `kind`.
    pub fn named(&self, kind: Kind) -> bool {
        kind.name_cues()
            .iter()
            .any(|c| self.tokens.iter().any(|t| t == c))
    }
}

/// One test's answer for one kind, before the column's exempt kinds are taken out.
pub(super) struct Finding {
    kind: Kind,
    verdict: Verdict,
    matches: u64,
    of: u64,
    checked: u64,
    llr: Option<f64>,
    why: String,
}

impl Finding {
    /// `matches` of `of` values were `kind` (`checked` of them passed its check; `llr`, the
    /// Aadhaar test's log-likelihood ratio), giving `verdict` because of `why`.
    pub fn new(
        kind: Kind,
        verdict: Verdict,
        matches: u64,
        of: u64,
        checked: u64,
        llr: Option<f64>,
        why: String,
    ) -> Finding {
        Finding {
            kind,
            verdict,
            matches,
            of,
            checked,
            llr,
            why,
        }
    }

    /// The evidence, with the share's interval and whether the column name said so.
    fn evidence(self, j: &Judging) -> Evidence {
        let (share_low, share_high) = wilson(self.matches, self.of);
        Evidence {
            kind: self.kind,
            verdict: self.verdict,
            matches: self.matches,
            of: self.of,
            share: if self.of == 0 {
                0.0
            } else {
                self.matches as f64 / self.of as f64
            },
            share_low,
            share_high,
            checked: self.checked,
            llr: self.llr,
            named: j.named(self.kind),
            why: self.why,
        }
    }
}

impl ColumnStats {
    /// Run every column test: the findings of every detector, less the kinds the column's own
    /// strategy writes, make the decision (its verdict the worst of them).
    pub fn decide(&self, ctx: &ColumnContext) -> Decision {
        let j = Judging {
            ctx,
            tokens: name_tokens(ctx.column),
            ordered: self.ordered().is_some_and(|s| s >= ORDERED_SHARE),
            few_distinct: self.distinct_count() < SPARSE_FLOOR as usize,
        };
        let evidence: Vec<Evidence> = DETECTORS
            .iter()
            .fold(Vec::new(), |mut found, d| {
                d.judge(self, &j, &mut found);
                found
            })
            .into_iter()
            .filter(|f| !ctx.exempt.contains(f.kind))
            .map(|f| f.evidence(&j))
            .collect();
        let ts = self.text_sampled;
        let verdict = evidence
            .iter()
            .map(|e| e.verdict)
            .max()
            .unwrap_or(Verdict::Not);
        let mut shapes: Vec<(String, u64)> =
            self.shapes.iter().map(|(s, n)| (s.clone(), *n)).collect();
        shapes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        shapes.truncate(3);
        Decision {
            verdict,
            evidence,
            values: self.values,
            nulls: self.nulls,
            ordered_share: self.ordered(),
            distinct_ratio: if self.sampled == 0 {
                0.0
            } else {
                self.distinct_count() as f64 / self.sampled as f64
            },
            first_digits: self.first_digit,
            shapes,
            free_text_score: if ts == 0 {
                0.0
            } else {
                self.free_text as f64 / ts as f64
            },
        }
    }
}
