//! The data gate of `transform` (on by default, fail-closed): the columns a table's rules write
//! unchanged are tested with the column tests of `profile` while the table streams.
//!
//! - Workers test each INSERT of a gated table beside rewriting it ([`test_statement`]) and send
//!   the counts with the output; the writer merges them in input order ([`Gate`]).
//! - The writer holds a table's output back from its first INSERT until [`HOLD_ROWS`] rows or
//!   [`HOLD_BYTES`] bytes (or the table's end), then decides every tested column: a PERSONAL
//!   verdict no waiver covers stops the run (exit 2) with not one row of that table written.
//!   Otherwise the held bytes are written unchanged.
//! - Columns still UNDECIDED go on being tested over the rest of the table; a later PERSONAL
//!   verdict stops the run there (the output is then incomplete and reported failed: `-o`
//!   publishes nothing, an encrypted output has no final chunk).
//! - The held bytes count in the run's memory bound: at most `HOLD_BYTES` plus one statement.
//!
//! Names are not learnt from this run's name columns here (the workers run in parallel and the
//! gate must decide the same way every time); `profile` learns them.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::dump::insert::{Span, TupleLexer};
use crate::dump::schema::TableSchema;
use crate::error::{Error, ErrorKind, Position, Result};
use crate::gates::profile::{observe_row, ColumnProfile, TableProfiler};
use crate::pii::column::{ColumnStats, Verdict};
use crate::rules::RuleSet;

/// Rows of a table held back before its kept columns are decided.
pub const HOLD_ROWS: u64 = 2_000;
/// Bytes of a table's output held back at most before its kept columns are decided.
pub const HOLD_BYTES: usize = 8 << 20;

/// Non-NULL values a column needs before a NOT verdict ends its testing (sparser columns stay
/// tested to their table's end).
pub const NOT_MIN_VALUES: u64 = 100;

/// One gated table of a run, shared by the router, the workers and the writer.
#[derive(Debug)]
pub struct GateState {
    /// A number for the table within the run.
    pub id: u64,
    /// `db.table`.
    pub display: Arc<str>,
    db: Option<String>,
    schema: TableSchema,
    /// Columns the workers still test (the writer clears them as columns are decided).
    tested: Vec<AtomicBool>,
}

impl GateState {
    /// The gate of `schema` when its rules keep a column that could hold personal data.
    pub fn for_table(
        id: u64,
        rules: &RuleSet,
        db: Option<&str>,
        schema: &TableSchema,
    ) -> Option<GateState> {
        // Only the columns written unchanged whose type could hold personal data (no labels or
        // counters are built here: this runs for every table of the dump).
        let tested: Vec<AtomicBool> = schema
            .columns
            .iter()
            .map(|c| {
                let kept = || {
                    rules
                        .rule_for(db, &schema.name, &c.name)
                        .is_none_or(|(s, _)| s == crate::rules::Strategy::Keep)
                };
                AtomicBool::new(could_be_personal(&c.sql_type) && kept())
            })
            .collect();
        tested
            .iter()
            .any(|t| t.load(Ordering::Relaxed))
            .then(|| GateState {
                id,
                display: crate::dump::catalog::display_name(db, &schema.name).into(),
                db: db.map(str::to_string),
                schema: schema.clone(),
                tested,
            })
    }

    fn tests(&self, c: usize) -> bool {
        self.tested[c].load(Ordering::Relaxed)
    }
}

/// True unless the column's type cannot hold personal data: flags, small integers, enums and
/// sets, years and times.
fn could_be_personal(sql_type: &str) -> bool {
    let t = sql_type.trim_start().to_ascii_lowercase();
    ![
        "bit",
        "bool",
        "tinyint",
        "smallint",
        "mediumint",
        "enum",
        "set(",
        "year",
        "time",
    ]
    .iter()
    .any(|p| t.starts_with(p) && !(t.starts_with("timestamp")))
}

/// What a worker tests in one INSERT.
#[derive(Debug, Clone)]
pub struct GateJob {
    /// Offset just after `VALUES`.
    pub values_start: usize,
    /// For each value of a row, its schema column.
    pub columns: Arc<[usize]>,
    /// The table's gate.
    pub state: Arc<GateState>,
    /// The table's first INSERT: its first values are all read by the expensive readers; later
    /// INSERTs are sampled.
    pub first: bool,
}

/// The counts of one tested INSERT.
#[derive(Debug)]
pub struct Tested {
    /// The table's gate.
    pub state: Arc<GateState>,
    /// One per schema column (untested ones empty).
    pub stats: Vec<ColumnStats>,
    /// Rows in the statement.
    pub rows: u64,
}

/// The counts of one INSERT being gathered row by row.
pub struct Tester<'j> {
    job: &'j GateJob,
    stats: Vec<ColumnStats>,
    rows: u64,
}

impl<'j> Tester<'j> {
    /// A tester for `job`'s INSERT; `None` once every column of the table is decided.
    pub fn new(job: &'j GateJob) -> Option<Tester<'j>> {
        let state = &job.state;
        if !state.tested.iter().any(|t| t.load(Ordering::Relaxed)) {
            return None;
        }
        let blank = if job.first {
            ColumnStats::default()
        } else {
            ColumnStats::later_piece()
        };
        Some(Tester {
            job,
            stats: vec![blank; state.schema.columns.len()],
            rows: 0,
        })
    }

    /// Count one row of the INSERT `stmt` (its value spans).
    pub fn row(&mut self, stmt: &[u8], spans: &[Span]) {
        let state = &self.job.state;
        let n = self.stats.len();
        self.rows += 1;
        observe_row(
            &mut self.stats,
            |c| c < n && state.tests(c),
            stmt,
            spans,
            &self.job.columns,
            None,
            &[],
        );
    }

    /// The counts.
    pub fn finish(self) -> Tested {
        Tested {
            state: self.job.state.clone(),
            stats: self.stats,
            rows: self.rows,
        }
    }
}

/// Test the rows of one INSERT (`bytes`) that is copied unchanged; nothing is read once every
/// column is decided.
pub fn test_statement(bytes: &[u8], job: &GateJob, spans: &mut Vec<Span>) -> Tested {
    let Some(mut t) = Tester::new(job) else {
        return Tested {
            state: job.state.clone(),
            stats: Vec::new(),
            rows: 0,
        };
    };
    let mut lexer = TupleLexer::new(bytes, job.values_start);
    while let Ok(true) = lexer.next_row(spans) {
        t.row(bytes, spans);
    }
    t.finish()
}

/// What the writer knows of one statement of a piece.
#[derive(Debug)]
pub struct Segment {
    /// End of the statement's output in the piece's data.
    pub end: usize,
    /// The statement starts a new table (its `CREATE TABLE`, or an INSERT of another table).
    pub boundary: bool,
    /// 1-based statement number.
    pub statement: u64,
    /// Byte offset in the dump.
    pub offset: u64,
    /// The counts, for an INSERT of a gated table.
    pub tested: Option<Tested>,
}

struct Table {
    profiler: TableProfiler,
    state: Arc<GateState>,
    released: bool,
    rows: u64,
}

/// A run's data-gate outcome, for reports: every kept column that was not NOT, and the waivers
/// used.
#[derive(Debug, Clone, Default)]
pub struct GateReport {
    /// Tables whose kept columns were tested.
    pub tables: u64,
    /// Columns tested.
    pub columns: u64,
    /// Kept columns left UNDECIDED at their table's end (reported, not failing).
    pub undecided: Vec<ColumnProfile>,
    /// Kept columns PERSONAL under a waiver that holds: (`db.table.column`, detector, reason).
    pub waived: Vec<(String, String, String)>,
}

/// The writer's side of the gate.
pub struct Gate<'r> {
    rules: &'r RuleSet,
    domains: Vec<String>,
    today: String,
    tables: HashMap<u64, Table>,
    /// The table whose output is held back, its first held statement's position, and the bytes.
    held: Option<(u64, Position)>,
    hold: Vec<u8>,
    /// What the run found.
    pub report: GateReport,
}

impl<'r> Gate<'r> {
    /// A gate judging with `rules`, waivers expiring after `today` (`YYYY-MM-DD`).
    pub fn new(rules: &'r RuleSet, today: String) -> Self {
        Gate {
            rules,
            domains: crate::gates::profile::generated_domains(rules),
            today,
            tables: HashMap::new(),
            held: None,
            hold: Vec::new(),
            report: GateReport::default(),
        }
    }

    /// Take one statement's output `bytes`, writing it now or holding it back.
    ///
    /// # Errors
    /// A kept column holds personal data ([`ErrorKind::DataGate`]); writing fails.
    pub fn feed(&mut self, bytes: &[u8], seg: Segment, out: &mut dyn Write) -> Result<()> {
        if seg.boundary {
            self.end_held(out)?;
            self.end_released(seg.tested.as_ref().map(|t| t.state.id));
        }
        let Some(tested) = seg.tested else {
            return self.emit(bytes, out);
        };
        let id = tested.state.id;
        let rules = self.rules;
        let t = self.tables.entry(id).or_insert_with(|| {
            let st = &tested.state;
            let profiler = TableProfiler::new(rules, st.db.as_deref(), &st.schema, true);
            Table {
                profiler,
                state: st.clone(),
                released: false,
                rows: 0,
            }
        });
        t.profiler.merge(&tested.stats);
        t.rows += tested.rows;
        let pos = Position {
            byte: seg.offset,
            statement: seg.statement,
            table: Some(tested.state.display.to_string()),
            row: None,
            column: None,
        };
        if t.released {
            self.judge(id, false, &pos)?;
            return out
                .write_all(bytes)
                .map_err(|e| Error::io("writing the output", e));
        }
        if self.held.is_none() {
            self.held = Some((id, pos));
        }
        self.hold.extend_from_slice(bytes);
        let t = &self.tables[&id];
        if t.rows >= HOLD_ROWS || self.hold.len() >= HOLD_BYTES {
            self.release(out)?;
        }
        Ok(())
    }

    /// The end of the output: decide what is still held or tested.
    ///
    /// # Errors
    /// As [`Gate::feed`].
    pub fn finish(&mut self, out: &mut dyn Write) -> Result<()> {
        self.end_held(out)?;
        self.end_released(None);
        Ok(())
    }

    fn emit(&mut self, bytes: &[u8], out: &mut dyn Write) -> Result<()> {
        if self.held.is_some() {
            self.hold.extend_from_slice(bytes);
            return Ok(());
        }
        out.write_all(bytes)
            .map_err(|e| Error::io("writing the output", e))
    }

    /// Decide the held table with what it has and, when it passes, write what was held.
    fn release(&mut self, out: &mut dyn Write) -> Result<()> {
        let Some((id, pos)) = self.held.take() else {
            return Ok(());
        };
        if let Err(e) = self.judge(id, true, &pos) {
            self.hold.clear();
            return Err(e);
        }
        if let Some(t) = self.tables.get_mut(&id) {
            t.released = true;
        }
        let r = out
            .write_all(&self.hold)
            .map_err(|e| Error::io("writing the output", e));
        self.hold.clear();
        r
    }

    /// The held table ended: decide it finally.
    fn end_held(&mut self, out: &mut dyn Write) -> Result<()> {
        let Some(id) = self.held.as_ref().map(|h| h.0) else {
            return Ok(());
        };
        self.release(out)?;
        self.close(id);
        Ok(())
    }

    /// Released tables other than `keep` ended: note what stayed undecided.
    fn end_released(&mut self, keep: Option<u64>) {
        let ids: Vec<u64> = self
            .tables
            .iter()
            .filter(|(id, t)| t.released && Some(**id) != keep)
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            self.close(id);
        }
    }

    fn close(&mut self, id: u64) {
        let Some(t) = self.tables.remove(&id) else {
            return;
        };
        self.report.tables += 1;
        for c in t.profiler.tested_columns() {
            let p = t.profiler.decide(c, self.rules, &self.domains, &self.today);
            self.report.columns += 1;
            for (d, reason) in &p.waived {
                self.report
                    .waived
                    .push((p.column.clone(), d.clone(), reason.clone()));
            }
            if p.decision.verdict == Verdict::Undecided {
                self.report.undecided.push(p);
            }
        }
    }

    /// Decide the tested columns of table `id`. At the hold's end (`first`), NOT columns stop
    /// being tested; any PERSONAL column without a holding waiver is an error.
    fn judge(&mut self, id: u64, first: bool, pos: &Position) -> Result<()> {
        let Some(t) = self.tables.get_mut(&id) else {
            return Ok(());
        };
        let mut failing = Vec::new();
        for c in t.profiler.tested_columns() {
            let p = t.profiler.decide(c, self.rules, &self.domains, &self.today);
            if p.fails() {
                failing.push(p);
                continue;
            }
            // NOT on enough values: no longer tested. Too few values (a sparse column) is no
            // answer yet.
            if p.decision.verdict == Verdict::Not && p.decision.values >= NOT_MIN_VALUES {
                t.profiler.stop_testing(c);
                t.state.tested[c].store(false, Ordering::Relaxed);
            }
        }
        if failing.is_empty() {
            return Ok(());
        }
        Err(ErrorKind::DataGate {
            pos: Some(pos.clone()),
            what: failure(&failing, self.rules, first, t.rows),
        }
        .into())
    }
}

fn failure(failing: &[ColumnProfile], rules: &RuleSet, first: bool, rows: u64) -> String {
    let columns: Vec<String> = failing
        .iter()
        .map(|p| {
            let kinds: Vec<String> = p
                .unwaived()
                .iter()
                .filter_map(|k| p.decision.of(*k))
                .map(|e| format!("{} ({})", e.kind.name(), e.why))
                .collect();
            format!(
                "{} is written unchanged ({}) but holds personal data: {}",
                p.column,
                p.rule,
                kinds.join("; ")
            )
        })
        .collect();
    let written = if first {
        format!("no row of the table was written (tested its first {rows} rows)")
    } else {
        format!("found after {rows} rows; the output is incomplete")
    };
    let waivers: Vec<String> = failing
        .iter()
        .filter_map(ColumnProfile::suggested_waiver)
        .collect();
    format!(
        "{}; {written}. Give each a rule in {} or, after review, a waiver under the table's `waivers:`: {}",
        columns.join("; "),
        rules.source.display(),
        waivers.join(", ")
    )
}
