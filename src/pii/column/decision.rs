//! A column's decision ([`Decision`]) with the evidence per kind ([`Evidence`]) and what a
//! column test knows besides the values ([`ColumnContext`]).

use serde::{Deserialize, Serialize};

use super::{Kind, KindSet, Verdict};

/// The evidence for one kind in one column.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Evidence {
    /// What was looked for.
    pub kind: Kind,
    /// Its answer.
    pub verdict: Verdict,
    /// Values that matched.
    pub matches: u64,
    /// Values that could have (the denominator).
    pub of: u64,
    /// `matches / of`, with its Wilson 95% interval.
    pub share: f64,
    /// Lower end of the interval.
    pub share_low: f64,
    /// Upper end of the interval.
    pub share_high: f64,
    /// Of the matches, how many passed the kind's check (Verhoeff…).
    pub checked: u64,
    /// Wald log-likelihood ratio of the Aadhaar test (real vs chance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llr: Option<f64>,
    /// The column name said so.
    pub named: bool,
    /// Why, in words.
    pub why: String,
}

/// A column's decision with what it rests on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Decision {
    /// The worst verdict over all kinds.
    pub verdict: Verdict,
    /// One entry per kind with any evidence.
    pub evidence: Vec<Evidence>,
    /// Non-NULL values seen.
    pub values: u64,
    /// NULLs seen.
    pub nulls: u64,
    /// Share of adjacent increases among number values (`None`: too few).
    pub ordered_share: Option<f64>,
    /// Distinct sampled values ÷ sampled values.
    pub distinct_ratio: f64,
    /// How many values of each leading digit (number values).
    pub first_digits: [u64; 10],
    /// The commonest value shapes with counts.
    pub shapes: Vec<(String, u64)>,
    /// Share of sampled text values that are free text.
    pub free_text_score: f64,
}

impl Decision {
    /// The kinds that made the verdict (those with the column's verdict).
    pub fn kinds(&self) -> Vec<Kind> {
        self.evidence
            .iter()
            .filter(|e| e.verdict == self.verdict && e.verdict != Verdict::Not)
            .map(|e| e.kind)
            .collect()
    }

    /// The evidence of `kind`, if any.
    pub fn of(&self, kind: Kind) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.kind == kind)
    }

    /// Add one more piece of evidence (a kind already present keeps its worse verdict).
    pub fn add(&mut self, e: Evidence) {
        match self.evidence.iter_mut().find(|x| x.kind == e.kind) {
            Some(x) if x.verdict >= e.verdict => {}
            Some(x) => *x = e,
            None => self.evidence.push(e),
        }
        self.verdict = self.verdict.max(
            self.evidence
                .iter()
                .map(|e| e.verdict)
                .max()
                .unwrap_or(Verdict::Not),
        );
    }

    /// The decision over two sets of values of one column (those written as they came and
    /// those a rule changed): every piece of evidence of both, each kind's worse verdict.
    pub fn merge(mut self, other: Decision) -> Decision {
        let keep_shapes = self.values >= other.values;
        self.values += other.values;
        self.nulls += other.nulls;
        if !keep_shapes {
            self.shapes = other.shapes.clone();
            self.first_digits = other.first_digits;
            self.ordered_share = other.ordered_share;
            self.distinct_ratio = other.distinct_ratio;
            self.free_text_score = other.free_text_score;
        }
        for e in other.evidence {
            self.add(e);
        }
        self
    }
}

/// What a column test knows besides the values.
#[derive(Debug, Clone, Default)]
pub struct ColumnContext<'a> {
    /// The column's name (its tokens are cues).
    pub column: &'a str,
    /// Email domains the rules generate.
    pub generated_domains: &'a [String],
    /// Another column of the same table holds IFSC codes (bank accounts sit beside them).
    pub table_has_ifsc: bool,
    /// Kinds the column's own strategy writes (a `phone` column holds fake mobiles): no
    /// evidence of these is taken.
    pub exempt: KindSet,
}
