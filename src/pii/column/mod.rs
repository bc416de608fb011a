//! Column tests: does what a column holds look like a person? Not a per-value vote: every value
//! feeds cheap counters ([`ColumnStats::observe`]) — format matches, checksum passes and fails,
//! the share of adjacent increases in dump order (keys and serials arrive sorted, phones and
//! Aadhaar numbers do not), leading digits, lengths, nulls — and a bounded systematic sample feeds
//! the expensive readers (names, addresses, free text, JSON documents, file paths, shapes,
//! distinct values). [`ColumnStats::decide`] then runs one documented test per detector and
//! answers PERSONAL, NOT or UNDECIDED with the evidence, never a value.
//!
//! Column-name tokens (`Ph`, `Mob`, `SMS`, `Adhar`, `Acc`, `Lat`…, whole tokens only) may turn
//! UNDECIDED into PERSONAL or lower the evidence needed; they never make a decision alone.
//!
//! The layout: [`ColumnStats`] (`stats.rs`) counts; the readers (`readers.rs`) read sampled text;
//! one file per detector under `detectors/` judges the statistics, its thresholds beside it;
//! [`ColumnStats::decide`] folds the detectors' findings into a [`Decision`].

mod chance;
mod decision;
mod detectors;
mod kind;
mod readers;
mod stats;
#[cfg(test)]
mod tests;

pub use chance::{binomial_tail, wilson};
pub use decision::{ColumnContext, Decision, Evidence};
pub use detectors::aadhaar::{
    SPARSE_ALPHA, SPRT_ALPHA, SPRT_ALPHA_NAMED, SPRT_BETA, VERHOEFF_P0, VERHOEFF_P1,
};
pub use detectors::addresses::ADDRESS_SHARE;
pub use detectors::birth_dates::BIRTH_YEAR_SPREAD;
pub use detectors::coordinates::GPS_SHARE;
pub use detectors::free_text::FREE_TEXT_SHARE;
pub use detectors::numbers::{MIXED_ALPHA, MIXED_MIN_VALUES, MOBILE_LEAD_CHANCE};
pub use detectors::person_names::{
    CLOSED_MIN_SAMPLED, CLOSED_VOCABULARY, NAME_SHARE, PLACE_COLUMN,
};
use kind::KINDS;
pub use kind::{Kind, KindSet, Verdict};
pub use readers::{names_a_person, NameFound, NameWords, SeenNames};
pub use stats::{ColumnStats, Tally, DISTINCT_CAP, SAMPLE_EVERY, SAMPLE_FIRST, SHAPES_CAP};

// Thresholds several detectors share.

/// Share of a column's candidate values that must have a detector's format for a whole-value
/// detector to call the column PERSONAL.
pub const FORMAT_SHARE: f64 = 0.8;
/// Below this share of format matches a whole-value detector says NOT; between it and
/// [`FORMAT_SHARE`], UNDECIDED (PERSONAL when the column name says so).
pub const UNDECIDED_SHARE: f64 = 0.3;
/// Fewest matching values that can make a column PERSONAL, whatever the share (a sparse column:
/// 3 phones in 10,000 notes is a leak).
pub const SPARSE_FLOOR: u64 = 3;
/// Share of adjacent increases in dump order from which a number column is a key or serial (≈0.5
/// for values issued at random, ≈1 for primary keys).
pub const ORDERED_SHARE: f64 = 0.9;
/// Adjacent pairs needed before the order test may veto.
pub const ORDER_MIN_PAIRS: u64 = 20;
/// Values needed before the leading-digit and range tests may veto.
pub const SPREAD_MIN_VALUES: u64 = 20;
/// Leading digits shared by the smallest and largest number from which the numbers are one
/// dense range (an id block), not phones issued all over 6–9.
pub const DENSE_PREFIX: usize = 3;
