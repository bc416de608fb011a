//! The output gate's ordered sink, at the writer: it holds a table's output back from its first
//! INSERT until [`super::plan::HOLD_ROWS`] rows or [`super::plan::HOLD_BYTES`] bytes (or the table's end),
//! then judges every tested column on what the run *wrote*: a PERSONAL verdict no waiver covers
//! stops the run (exit 2) with not one row of that table written. After the head it never stops
//! looking: every [`super::plan::WINDOW_ROWS`] rows the window's values are judged on their own (a
//! column that was NOT and turns personal later), and at the table's end the whole table. A
//! verdict after the head aborts the run there (the output is then incomplete and reported
//! failed: `-o` publishes nothing, an encrypted output has no final chunk).
//!
//! The run's originals are learnt and searched here, statement by statement in input order, so
//! the verdict is the same for any thread count. The held bytes count in the run's memory bound:
//! at most `HOLD_BYTES` plus one statement.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Position, Result};
use crate::gates::profile::{generated_domains, judge, ColumnProfile, Judged};
use crate::pii::column::{ColumnContext, ColumnStats, KindSet, Verdict};
use crate::rules::RuleSet;

use super::plan::GateState;
use super::tap::Tested;
use crate::pii::originals::{ColumnHits, Originals};

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
    /// What the tap gathered, for an INSERT of a gated table.
    pub tested: Option<Tested>,
}

/// The share of a rewritten column's values its rule wrote unchanged.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Unchanged {
    /// `db.table.column`.
    pub column: String,
    /// The rule.
    pub rule: String,
    /// Values written byte-equal to their input.
    pub unchanged: u64,
    /// Values that could have been changed (not NULL, not empty, not a documented kept value).
    pub of: u64,
}

/// A run's output-gate outcome, for reports.
#[derive(Debug, Clone, Default)]
pub struct DataGateReport {
    /// Tables whose written values were tested.
    pub tables: u64,
    /// Columns tested.
    pub columns: u64,
    /// Of those, rewritten columns (judged on their output).
    pub rewritten: u64,
    /// Windows of [`super::plan::WINDOW_ROWS`] rows judged after the tables' heads.
    pub windows: u64,
    /// Distinct originals learnt (as keyed fingerprints).
    pub originals_learnt: u64,
    /// Distinct written pieces searched for them.
    pub originals_searched: u64,
    /// Columns left UNDECIDED at their table's end (reported, not failing).
    pub undecided: Vec<ColumnProfile>,
    /// Columns PERSONAL under a waiver that holds: (`db.table.column`, detector, reason).
    pub waived: Vec<(String, String, String)>,
    /// Every rewritten column with values that could have been changed: how many were not.
    pub unchanged: Vec<Unchanged>,
}

/// The tested values of one column: written as they came, and changed by a rule.
#[derive(Debug, Clone, Default)]
struct Pair {
    kept: ColumnStats,
    changed: ColumnStats,
}

impl Pair {
    fn merge(&mut self, kept: &ColumnStats, changed: &ColumnStats) {
        self.kept.merge(kept);
        self.changed.merge(changed);
    }
}

struct Table {
    state: Arc<GateState>,
    /// Everything judged so far (windows merged in as they close).
    total: Vec<Pair>,
    /// The current window (the head until the table is released).
    window: Vec<Pair>,
    window_rows: u64,
    rows: u64,
    unchanged: Vec<[u64; 2]>,
    hits: Vec<ColumnHits>,
    /// Distinct hits when the columns were last judged.
    hits_judged: u64,
    released: bool,
    /// The table's last statement (where a verdict at its end is reported).
    last: Position,
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
    originals: Originals,
    /// What the run found.
    pub report: DataGateReport,
}

/// Which values a judgement looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// The held head, before any row of the table is written.
    Head,
    /// A window after the head.
    Window,
    /// The whole table, at its end.
    Table,
}

impl<'r> Gate<'r> {
    /// A gate judging with `rules`, waivers expiring after `today` (`YYYY-MM-DD`).
    pub fn new(rules: &'r RuleSet, today: String) -> Self {
        Gate {
            rules,
            domains: generated_domains(rules),
            today,
            tables: HashMap::new(),
            held: None,
            hold: Vec::new(),
            originals: Originals::default(),
            report: DataGateReport::default(),
        }
    }

    /// Take one statement's output `bytes`, writing it now or holding it back.
    ///
    /// # Errors
    /// A written column holds personal data ([`ErrorKind::DataGate`]); writing fails.
    pub fn feed(&mut self, bytes: &[u8], seg: Segment, out: &mut dyn Write) -> Result<()> {
        if seg.boundary {
            self.end_held(out)?;
            self.end_released(seg.tested.as_ref().map(|t| t.state.id))?;
        }
        let Some(tested) = seg.tested else {
            return self.emit(bytes, out);
        };
        let id = tested.state.id;
        let pos = Position {
            byte: seg.offset,
            statement: seg.statement,
            table: Some(tested.state.display.to_string()),
            row: None,
            column: None,
        };
        self.originals.learn(&tested.learnt);
        let n = tested.state.columns.len();
        let t = self.tables.entry(id).or_insert_with(|| Table {
            state: tested.state.clone(),
            total: vec![Pair::default(); n],
            window: vec![Pair::default(); n],
            window_rows: 0,
            rows: 0,
            unchanged: vec![[0; 2]; n],
            hits: vec![ColumnHits::default(); n],
            hits_judged: 0,
            released: false,
            last: pos.clone(),
        });
        t.last = pos.clone();
        self.originals.search(&tested.candidates, &mut t.hits);
        self.report.originals_searched += tested.candidates.len() as u64;
        for c in 0..n {
            if t.state.columns[c].tested {
                t.window[c].merge(&tested.kept[c], &tested.changed[c]);
            }
            t.unchanged[c][0] += tested.unchanged[c][0];
            t.unchanged[c][1] += tested.unchanged[c][1];
        }
        t.rows += tested.rows;
        t.window_rows += tested.rows;
        if t.released {
            let window_full = t.window_rows >= super::plan::WINDOW_ROWS;
            let new_hits = t.hits.iter().map(ColumnHits::total).sum::<u64>() > t.hits_judged;
            if window_full {
                self.judge(id, Scope::Window, &pos)?;
            } else if new_hits {
                // An original in the output: judged now, not at the window's end.
                self.judge_hits(id, &pos)?;
            }
            return out
                .write_all(bytes)
                .map_err(|e| Error::io("writing the output", e));
        }
        if self.held.is_none() {
            self.held = Some((id, pos));
        }
        self.hold.extend_from_slice(bytes);
        let t = &self.tables[&id];
        if t.rows >= super::plan::HOLD_ROWS || self.hold.len() >= super::plan::HOLD_BYTES {
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
        self.end_released(None)?;
        self.report.originals_learnt = self.originals.len();
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
        if let Err(e) = self.judge(id, Scope::Head, &pos) {
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
        self.close(id)
    }

    /// Released tables other than `keep` ended: judge their last window and the whole table.
    fn end_released(&mut self, keep: Option<u64>) -> Result<()> {
        let mut ids: Vec<u64> = self
            .tables
            .iter()
            .filter(|(id, t)| t.released && Some(**id) != keep)
            .map(|(id, _)| *id)
            .collect();
        ids.sort_unstable();
        for id in ids {
            self.close(id)?;
        }
        Ok(())
    }

    /// The table `id` ended: its last window, then the whole table; what stays undecided is
    /// reported.
    fn close(&mut self, id: u64) -> Result<()> {
        let Some(last) = self.tables.get(&id).map(|t| t.last.clone()) else {
            return Ok(());
        };
        if self.tables[&id].window_rows > 0 {
            self.judge(id, Scope::Window, &last)?;
        }
        let profiles = self.judge(id, Scope::Table, &last)?;
        let Some(t) = self.tables.remove(&id) else {
            return Ok(());
        };
        self.report.tables += 1;
        for (c, g) in t.state.columns.iter().enumerate() {
            let [same, of] = t.unchanged[c];
            if g.rewritten && of > 0 {
                self.report.unchanged.push(Unchanged {
                    column: format!("{}.{}", t.state.display, t.state.schema.columns[c].name),
                    rule: g.rule.to_string(),
                    unchanged: same,
                    of,
                });
            }
        }
        self.report.rewritten += t
            .state
            .columns
            .iter()
            .filter(|g| g.tested && g.rewritten)
            .count() as u64;
        for p in profiles {
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
        Ok(())
    }

    /// The decision of column `c` of `t` over `pair` (with the table's IFSC context).
    fn decide(&self, t: &Table, c: usize, pair: &Pair, ifsc: bool) -> ColumnProfile {
        let g = &t.state.columns[c];
        let col = &t.state.schema.columns[c];
        let ctx = |exempt: KindSet| ColumnContext {
            column: &col.name,
            generated_domains: &self.domains,
            table_has_ifsc: ifsc,
            exempt,
        };
        let mut decision = pair.kept.decide(&ctx(KindSet::EMPTY));
        if g.rewritten {
            decision = decision.merge(pair.changed.decide(&ctx(g.exempt)));
        }
        if let Some(e) = self.originals.evidence(&t.hits[c]) {
            decision.add(e);
        }
        judge(
            Judged {
                rules: self.rules,
                db: t.state.db.as_deref(),
                table: &t.state.schema.name,
                display: &t.state.display,
                column: &col.name,
                sql_type: &col.sql_type,
                rule: g.rule,
                kept: !g.rewritten,
                output: true,
            },
            decision,
            &self.today,
        )
    }

    /// Judge the tested and searched columns of table `id` over `scope`; a window's values
    /// then join the table's. Returns the profiles (for the report at the table's end).
    fn judge(&mut self, id: u64, scope: Scope, pos: &Position) -> Result<Vec<ColumnProfile>> {
        let Some(mut t) = self.tables.remove(&id) else {
            return Ok(Vec::new());
        };
        if scope != Scope::Table {
            // The window joins the whole table's values, then starts again.
            let window = std::mem::replace(&mut t.window, vec![Pair::default(); t.total.len()]);
            let rows = std::mem::take(&mut t.window_rows);
            let judged = self.judge_pairs(&t, &window, scope, rows);
            for (total, w) in t.total.iter_mut().zip(&window) {
                total.merge(&w.kept, &w.changed);
            }
            if scope == Scope::Window {
                self.report.windows += 1;
            }
            t.hits_judged = t.hits.iter().map(ColumnHits::total).sum();
            self.tables.insert(id, t);
            return judged
                .map(|_| Vec::new())
                .map_err(|what| gate_error(pos, what));
        }
        let rows = t.rows;
        let r = self.judge_pairs(&t, &t.total, scope, rows);
        self.tables.insert(id, t);
        r.map_err(|what| gate_error(pos, what))
    }

    /// The column profiles of `pairs`; `Err` with the failure's text when a column fails.
    fn judge_pairs(
        &self,
        t: &Table,
        pairs: &[Pair],
        scope: Scope,
        rows: u64,
    ) -> std::result::Result<Vec<ColumnProfile>, String> {
        let ifsc = pairs
            .iter()
            .any(|p| p.kept.holds_ifsc() || p.changed.holds_ifsc());
        let profiles: Vec<ColumnProfile> = t
            .state
            .columns
            .iter()
            .enumerate()
            .filter(|(c, g)| g.tested || t.hits[*c].total() > 0)
            .map(|(c, _)| self.decide(t, c, &pairs[c], ifsc))
            .collect();
        let failing: Vec<&ColumnProfile> = profiles.iter().filter(|p| p.fails()).collect();
        if failing.is_empty() {
            return Ok(profiles);
        }
        Err(failure(&failing, self.rules, scope, rows, t.rows))
    }

    /// Judge only the originals found in table `id` (between windows).
    fn judge_hits(&mut self, id: u64, pos: &Position) -> Result<()> {
        let Some(t) = self.tables.get_mut(&id) else {
            return Ok(());
        };
        t.hits_judged = t.hits.iter().map(ColumnHits::total).sum();
        let t = &self.tables[&id];
        let failing: Vec<ColumnProfile> = (0..t.hits.len())
            .filter(|&c| t.hits[c].total() > 0)
            .map(|c| self.decide(t, c, &Pair::default(), false))
            .filter(ColumnProfile::fails)
            .collect();
        if failing.is_empty() {
            return Ok(());
        }
        let what = failure(
            &failing.iter().collect::<Vec<_>>(),
            self.rules,
            Scope::Window,
            0,
            t.rows,
        );
        Err(gate_error(pos, what))
    }
}

fn gate_error(pos: &Position, what: String) -> Error {
    ErrorKind::DataGate {
        pos: Some(pos.clone()),
        what,
    }
    .into()
}

fn failure(
    failing: &[&ColumnProfile],
    rules: &RuleSet,
    scope: Scope,
    window_rows: u64,
    rows: u64,
) -> String {
    let columns: Vec<String> = failing
        .iter()
        .map(|p| {
            let kinds: Vec<String> = p
                .unwaived()
                .iter()
                .filter_map(|k| p.decision.of(*k))
                .map(|e| format!("{} ({})", e.kind.name(), e.why))
                .collect();
            let how = if p.kept {
                format!("is written unchanged ({})", p.rule)
            } else {
                format!("is rewritten by `{}`", p.rule)
            };
            format!(
                "{} {how} but what is written holds personal data: {}",
                p.column,
                kinds.join("; ")
            )
        })
        .collect();
    let written = match scope {
        Scope::Head => format!("no row of the table was written (tested its first {rows} rows)"),
        Scope::Window if window_rows > 0 => format!(
            "found in the {window_rows} rows up to row {rows}, after the table's first rows were written; the output is incomplete"
        ),
        Scope::Window => {
            format!("found after {rows} rows; the output is incomplete")
        }
        Scope::Table => format!(
            "found over the table's {rows} rows, after they were written; the output is incomplete"
        ),
    };
    let waivers: Vec<String> = failing
        .iter()
        .filter_map(|p| p.suggested_waiver())
        .collect();
    format!(
        "{}; {written}. Give each a rule in {} (or a strategy that reads these values) or, after review, a waiver under the table's `waivers:`: {}",
        columns.join("; "),
        rules.source.display(),
        waivers.join(", ")
    )
}
