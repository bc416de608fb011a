//! The output gate of `transform` (on in every run, fail-closed): every run proves that what it
//! *writes* holds no one's personal data. Named stages of the pipeline:
//!
//! - [`plan`]: per table, at its `CREATE TABLE`, what each column gets: tested (kept and
//!   rewritten alike, a rewritten column not judged by the kinds its own strategy writes),
//!   its originals learnt (identity columns), its written values searched for them.
//! - [`tap`]: a row tap on the workers, fed by the rewriter's own output (no second lexing):
//!   the column tests' counters, the unchanged counts of rewritten columns, learnt originals
//!   and search candidates. A table's head is tested row by row, then one row in
//!   [`ROW_SAMPLE`](plan::ROW_SAMPLE) to its end.
//! - [`sink`]: an ordered sink at the writer: hold-back, verdicts on the head, on every window of
//!   [`WINDOW_ROWS`](plan::WINDOW_ROWS) rows and on the whole table, originals learnt and searched in input order,
//!   abort.
//! - [`crate::pii::originals`]: the keyed fingerprints of originals and how written text is
//!   searched (shared with `profile`).
//!
//! A value written unchanged by a rewriting rule is judged as if kept; the run report shows the
//! unchanged share of every rewritten column.

pub(crate) mod plan;
pub(crate) mod sink;
pub(crate) mod tap;

pub use plan::{GateJob, GateState};
pub use sink::{DataGateReport, Gate, Segment, Unchanged};
pub use tap::{test_statement, Tap, Tested};
