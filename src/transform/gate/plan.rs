//! What the output gate does with each column of a table: whether its written values are
//! tested, which kinds its own strategy writes (not judged), whether its originals are learnt,
//! and whether its written values are searched for the run's originals. Made once per table
//! at its `CREATE TABLE` from the table's plan; shared by the router, the workers and the writer.

use crate::rules::spec::Text;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::dump::schema::TableSchema;
use crate::pii::column::KindSet;
use crate::strategy::capability::Identity;
use crate::strategy::plan::{Action, TablePlan};

use crate::pii::originals::{FactKey, Searched};

/// Rows of a table held back before its columns are first judged.
pub const HOLD_ROWS: u64 = 2_000;
/// Bytes of a table's output held back at most before its columns are first judged.
pub const HOLD_BYTES: usize = 8 << 20;
/// INSERT bytes of a table whose rows are all tested (its head); later rows are sampled.
pub const HEAD_BYTES: u64 = 256 << 10;
/// After the head, one row in this many is tested (counts, originals and the search take
/// every row): every window of [`WINDOW_ROWS`] rows contributes `WINDOW_ROWS / ROW_SAMPLE`.
pub const ROW_SAMPLE: u64 = 32;
/// After the head, the share of a copied INSERT (one that no rule rewrites) that is lexed and
/// tested: its first `1 / COPY_SAMPLE` of bytes. A copy costs next to nothing, so lexing it
/// whole to test it would cost more than the rest of the run.
pub const COPY_SAMPLE: u64 = 128;
/// Rows after the head judged together: a column that turns personal late is caught within a
/// window of this many rows.
pub const WINDOW_ROWS: u64 = 10_000;

/// The gate's view of one column.
#[derive(Debug, Clone)]
pub struct ColumnGate {
    /// Its written values are tested (its type could hold personal data, and its output is not
    /// a constant).
    pub tested: bool,
    /// The rule's name (`keep` for kept columns).
    pub rule: &'static str,
    /// The column is rewritten (not kept).
    pub rewritten: bool,
    /// Kinds its strategy writes, not judged on its changed values.
    pub exempt: KindSet,
    /// Its originals name a person: learnt and searched for in the output.
    pub learn: Option<Identity>,
    /// Its written values are searched for the run's originals.
    pub search: Option<Searched>,
    /// Values its strategy documents it keeps (not counted as passed through), lower-cased.
    pub keep_values: Vec<String>,
}

/// One gated table of a run, shared by the router, the workers and the writer.
#[derive(Debug)]
pub struct GateState {
    /// A number for the table within the run.
    pub id: u64,
    /// `db.table`.
    pub display: Arc<str>,
    /// The database.
    pub db: Option<String>,
    /// The table's schema.
    pub schema: TableSchema,
    /// One per schema column.
    pub columns: Vec<ColumnGate>,
    /// The run's fingerprint function for originals.
    pub key: FactKey,
    /// Email domains the rules generate (never personal).
    pub domains: Arc<[String]>,
    /// An earlier run's originals (`--names-from`: the db_identity run's fingerprints).
    pub known: Option<Arc<crate::gates::fingerprint::Fingerprints>>,
    /// INSERT bytes of the table routed so far (the head is tested row by row).
    pub routed: AtomicU64,
    /// Some column needs every row, tested or not (originals learnt, a rule's output searched
    /// or its unchanged values counted).
    pub every_row: bool,
    /// Every row is tested, not the head and then one in [`ROW_SAMPLE`]
    /// ([`crate::transform::Options::gate_every_row`]).
    pub tests_all_rows: bool,
}

impl GateState {
    /// The gate of a table planned as `plan`, when any column is tested, learnt or searched;
    /// `tests_all_rows`: every row is tested, not a sample after the head.
    pub fn for_table(
        id: u64,
        db: Option<&str>,
        plan: &TablePlan,
        key: &FactKey,
        domains: &Arc<[String]>,
        known: Option<&Arc<crate::gates::fingerprint::Fingerprints>>,
        tests_all_rows: bool,
    ) -> Option<GateState> {
        let columns: Vec<ColumnGate> = plan
            .schema
            .columns
            .iter()
            .zip(plan.actions.iter())
            .map(|(c, a)| column_gate(&c.sql_type, a))
            .collect();
        let every_row = columns.iter().any(|c| c.rewritten || c.learn.is_some());
        columns
            .iter()
            .any(|c| c.tested || c.learn.is_some() || c.search.is_some())
            .then(|| GateState {
                id,
                display: plan.display.as_str().into(),
                db: db.map(str::to_string),
                schema: plan.schema.clone(),
                columns,
                key: key.clone(),
                domains: domains.clone(),
                known: known.cloned(),
                routed: AtomicU64::new(0),
                every_row,
                tests_all_rows,
            })
    }

    /// Count `bytes` of an INSERT routed to the table; true while the table is in its head
    /// (the first [`HEAD_BYTES`] of its rows), whose rows are all tested.
    pub fn route(&self, bytes: u64) -> bool {
        self.routed.fetch_add(bytes, Ordering::Relaxed) < HEAD_BYTES
    }
}

/// The gate of one column of SQL type `sql_type` under `action`.
fn column_gate(sql_type: &str, action: &Action) -> ColumnGate {
    let typed = could_be_personal(sql_type);
    // Dates, times and decimals hold no name, phone or login to search for.
    let text = typed && !crate::pii::detect::type_cannot_match(sql_type);
    match action {
        Action::Keep => ColumnGate {
            tested: typed,
            rule: "keep",
            rewritten: false,
            exempt: KindSet::EMPTY,
            learn: None,
            search: text.then_some(Searched::Kept),
            keep_values: Vec::new(),
        },
        Action::Rewrite(c) => {
            let s = &c.strategy;
            let free_text = matches!(
                s,
                crate::rules::Strategy::Text(Text::Scrub(_))
                    | crate::rules::Strategy::Text(Text::Json(_))
                    | crate::rules::Strategy::Text(Text::Path(_))
            );
            ColumnGate {
                tested: typed && !s.is_blank() && c.constant().is_none(),
                rule: s.name(),
                rewritten: true,
                exempt: s.generated_kinds(),
                learn: s.identity(),
                search: free_text.then_some(Searched::Rewritten),
                keep_values: s.keep_values().iter().map(|v| v.to_lowercase()).collect(),
            }
        }
    }
}

/// True unless the column's type cannot hold personal data: flags, small integers, enums and
/// sets, years and times.
pub fn could_be_personal(sql_type: &str) -> bool {
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

/// What a worker does with one INSERT of a gated table.
#[derive(Debug, Clone)]
pub struct GateJob {
    /// Offset just after `VALUES`.
    pub values_start: usize,
    /// For each value of a row, its schema column (`usize::MAX`: a column the table lacks).
    pub columns: Arc<[usize]>,
    /// The table's gate.
    pub state: Arc<GateState>,
    /// The statement is in the table's head: every row is tested (later ones are sampled).
    pub head: bool,
    /// The table's first INSERT.
    pub first: bool,
}
