//! The output gate's row tap, on the workers: every written row of a gated table feeds the
//! column tests (values written as they came into one set of counters, values a rule changed
//! into another), the unchanged counts of rewritten columns, the originals the row's identity
//! columns carried, and the candidates its written text is searched for. The first rows of a
//! table's head are all tested, later rows one in [`ROW_SAMPLE`] (the unchanged counts, the
//! originals and the search of what a rule wrote take every row); of an INSERT copied
//! unchanged after the head, the rows of its first `1 / COPY_SAMPLE` bytes (copying costs next
//! to nothing, so lexing it whole to test it would cost more than the rest of the run).

use std::borrow::Cow;

use crate::dump::insert::{decode, Span, TupleLexer};
use crate::dump::literal::ValueKind;
use crate::pii::column::ColumnStats;
use crate::transform::rewrite::{RowTap, Written};
use std::hash::BuildHasher;

use crate::pii::originals::{learn, search, Candidate, Fact};

/// Slots of the tap's cache of recent candidates.
const RECENT: usize = 4096;
use super::plan::{GateJob, COPY_SAMPLE, HOLD_ROWS, ROW_SAMPLE};

/// What the tap gathered from one INSERT, for the writer.
#[derive(Debug)]
pub struct Tested {
    /// The table's gate.
    pub state: std::sync::Arc<super::plan::GateState>,
    /// Per schema column: the tested values written as they came (kept columns, and values a
    /// rule passed through).
    pub kept: Vec<ColumnStats>,
    /// Per schema column: the tested values a rule changed.
    pub changed: Vec<ColumnStats>,
    /// Per schema column of a rewritten column: values written byte-equal to their input, and
    /// values that could have been (not NULL, not empty, not a documented kept value).
    pub unchanged: Vec<[u64; 2]>,
    /// Rows in the statement.
    pub rows: u64,
    /// Originals of the identity columns.
    pub learnt: Vec<Fact>,
    /// What the written values are searched for (distinct).
    pub candidates: Vec<Candidate>,
}

/// The tap over one INSERT of a gated table.
pub struct Tap<'j> {
    job: &'j GateJob,
    t: Tested,
    /// Every row is tested (the sampled prefix of a copied INSERT).
    every_row: bool,
    /// One row in this many is tested after the head.
    sample: u64,
    /// The candidates seen last, direct-mapped by fingerprint: a repeated value (a status word,
    /// a facility) is sent once, cheaply; the writer's distinct counts do the rest.
    recent: Box<[u64; RECENT]>,
}

impl<'j> Tap<'j> {
    /// A tap for `job`'s INSERT.
    pub fn new(job: &'j GateJob) -> Tap<'j> {
        let n = job.state.columns.len();
        let blank = if job.first {
            ColumnStats::default()
        } else {
            ColumnStats::later_piece()
        };
        Tap {
            job,
            every_row: false,
            sample: ROW_SAMPLE,
            t: Tested {
                state: job.state.clone(),
                kept: vec![blank.clone(); n],
                changed: vec![blank; n],
                unchanged: vec![[0; 2]; n],
                rows: 0,
                learnt: Vec::new(),
                candidates: Vec::new(),
            },
            recent: Box::new([0; RECENT]),
        }
    }

    /// What was gathered (candidates made distinct).
    pub fn finish(self) -> Tested {
        self.t
    }
}

impl RowTap for Tap<'_> {
    fn row(&mut self, stmt: &[u8], spans: &[Span], written: &[Written], arena: &[u8]) {
        let state = &self.job.state;
        let t = &mut self.t;
        let recent = &mut self.recent;
        // A head statement is tested for its first rows (what the hold decides on), then
        // sampled like the rest.
        let tested_row = self.every_row
            || state.tests_all_rows
            || (self.job.head && t.rows < HOLD_ROWS)
            || t.rows % self.sample == 0;
        t.rows += 1;
        if !tested_row && !state.every_row {
            return;
        }
        for (k, span) in spans.iter().enumerate() {
            let Some(&c) = self.job.columns.get(k) else {
                break;
            };
            let Some(g) = state.columns.get(c) else {
                continue;
            };
            if let Some(identity) = g.learn {
                if let Some(v) = decode(stmt, span) {
                    learn(&state.key, identity, &v, &mut t.learnt);
                }
            }
            let w = written.get(k).copied().unwrap_or(Written::Input);
            if w == Written::Input
                && !g.rewritten
                && !(tested_row && (g.tested || worth_searching(span)))
            {
                // A kept value nobody reads in this row: no decoding.
                continue;
            }
            let (value, passed): (Option<Cow<[u8]>>, bool) = match w {
                Written::Input => (decode(stmt, span), true),
                Written::Null => (None, false),
                Written::Constant => continue,
                Written::Generated { start, end, same } => (
                    Some(Cow::Borrowed(&arena[start as usize..end as usize])),
                    same,
                ),
            };
            let mut continue_search = false;
            if g.rewritten {
                if let Some(v) = value.as_deref() {
                    let hides = !crate::strategy::nothing_to_hide(v)
                        && !g
                            .keep_values
                            .iter()
                            .any(|k| k.as_bytes().eq_ignore_ascii_case(v.trim_ascii()));
                    if hides {
                        t.unchanged[c][1] += 1;
                        t.unchanged[c][0] += u64::from(passed);
                    }
                }
            }
            // Kept columns are searched on the tested rows (a column that holds originals holds
            // many); what a rule wrote, on every row.
            let searched = g.search.filter(|_| g.rewritten || tested_row);
            if let (Some(_), Some(v)) = (searched, value.as_deref()) {
                // A value this column wrote a moment ago (a status word, a facility, a
                // village) was searched then.
                let h = foldhash::fast::FixedState::with_seed(c as u64).hash_one(v);
                let slot = &mut recent[(h % RECENT as u64) as usize];
                if *slot == h {
                    continue_search = false;
                } else {
                    *slot = h;
                    continue_search = true;
                }
            }
            if let (Some(how), Some(v), true) = (searched, value.as_deref(), continue_search) {
                let candidates = &mut t.candidates;
                let known = state
                    .known
                    .as_deref()
                    .map(|k| k as &dyn crate::pii::originals::KnownOriginals);
                search(&state.key, c as u32, v, how, known, &mut |x| {
                    let tag = x.fact.fp ^ u64::from(x.column).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                    let slot = &mut recent[(tag % RECENT as u64) as usize];
                    if *slot != tag {
                        *slot = tag;
                        candidates.push(x);
                    }
                });
            }
            if g.tested && tested_row {
                let stats = if passed || !g.rewritten {
                    &mut t.kept[c]
                } else {
                    &mut t.changed[c]
                };
                match value.as_deref() {
                    None => stats.observe_null(),
                    Some(v) => stats.observe(v, None, &state.domains),
                }
            }
        }
    }
}

/// True when a kept literal could hold something the originals search finds: a string or
/// binary value of three bytes or more, or a number of [`crate::pii::originals::MIN_DIGITS`]
/// digits or more.
fn worth_searching(span: &Span) -> bool {
    let len = span.end - span.start;
    match span.kind {
        ValueKind::Null | ValueKind::Bit | ValueKind::Other => false,
        ValueKind::Number => len >= crate::pii::originals::MIN_DIGITS,
        ValueKind::Str | ValueKind::Hex => len >= 5,
    }
}

/// Tap the rows of one INSERT (`bytes`) that is copied unchanged. With `all_rows` (the run
/// counts them) every row is lexed and one in [`COPY_SAMPLE`] tested; otherwise, after the
/// table's head, only the first `1 / COPY_SAMPLE` of the statement's bytes is lexed and every
/// row there tested (each INSERT contributes, at a fraction of the lexing), and the
/// statement's rows are estimated from its bytes.
pub fn test_statement(
    bytes: &[u8],
    job: &GateJob,
    spans: &mut Vec<Span>,
    all_rows: bool,
) -> Tested {
    let body = bytes.len().saturating_sub(job.values_start);
    let prefix = !all_rows && !job.head && !job.state.tests_all_rows;
    let mut tap = Tap::new(job);
    // A copied INSERT is sampled as thinly as its prefix would be: copying it costs nothing.
    tap.sample = COPY_SAMPLE;
    let limit = if prefix {
        job.values_start + body / COPY_SAMPLE as usize
    } else {
        bytes.len()
    };
    tap.every_row |= prefix;
    let mut lexer = TupleLexer::new(bytes, job.values_start);
    let mut end = job.values_start;
    while let Ok(true) = lexer.next_row(spans) {
        tap.row(bytes, spans, &[], &[]);
        end = spans.last().map_or(end, |s| s.end);
        if end >= limit {
            break;
        }
    }
    let mut t = tap.finish();
    if prefix && end > job.values_start && end < bytes.len() {
        let read = (end - job.values_start) as u64;
        t.rows = (t.rows * body as u64).div_ceil(read);
    }
    t
}
