//! The router: statement by statement, in input order, it decides what the pipeline does with
//! each one ([`Route`]), on top of the one dump walker (current database, declared tables) and
//! with every table's compiled plan.
//!
//! This is where the fail-closed gate runs: a table's plan is compiled at its `CREATE TABLE`
//! (or, for `--no-create-info` dumps, from the `--schema` catalog at its first INSERT), before
//! any of its rows is handed to a worker.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::dump::catalog::{display_name, key, Catalog};
use crate::dump::insert::InsertHeader;
use crate::dump::reader::{Batch, Stmt};
use crate::dump::schema::TableSchema;
use crate::dump::walk::{Step, Walker};
use crate::error::{Error, ErrorKind, Position, Result};
use crate::observe::{Event, Observer};
use crate::rules::flyway;
use crate::rules::RuleSet;
use crate::strategy::keyed::DomainKeys;
use crate::strategy::plan::{compile, Action, PlanError, TablePlan};

use super::gate::{GateJob, GateState};

/// What the pipeline does with one statement.
#[derive(Debug, Clone)]
pub enum Route {
    /// Copy the statement's bytes unchanged.
    Copy,
    /// Leave the statement out (rows of a `drop_rows` table).
    Drop,
    /// Copy the statement unchanged and count its rows (kept tables, when rows are counted).
    Count {
        /// Offset in the statement just after `VALUES`.
        values_start: usize,
        /// `db.table`.
        table: Arc<str>,
    },
    /// Rewrite the INSERT's rows.
    Rewrite(RewriteJob),
}

/// The work for one INSERT that has rewritten columns.
#[derive(Debug, Clone)]
pub struct RewriteJob {
    /// Offset in the statement just after `VALUES`.
    pub values_start: usize,
    /// One action per value of each row.
    pub actions: Arc<[Action]>,
    /// For each schema column, its value's index in a row.
    pub position: Arc<[Option<usize>]>,
    /// Unique keys guarded against collisions.
    pub unique: Arc<[Arc<crate::strategy::plan::UniqueGuard>]>,
    /// `db.table`, for messages and counts.
    pub table: Arc<str>,
}

enum Entry {
    Planned(Arc<TablePlan>),
    /// The DDL did not parse; its data may only be copied.
    Unparsed,
}

/// Counts and findings of a router over a whole dump.
#[derive(Debug, Default, Clone)]
pub struct RouterReport {
    /// Rules that name no column / table of the dump (`db.table.column` or `db.table`).
    pub unmatched_rules: BTreeSet<String>,
    /// `db.table` of every table the dump declared.
    pub tables_seen: BTreeSet<String>,
    /// (pattern name, `db.table.column`) for every column a pattern covered.
    pub pattern_matches: BTreeSet<(String, String)>,
    /// Every plan compiled, for counts the workers keep in them (fallbacks).
    pub plans: Vec<Arc<TablePlan>>,
}

/// Where the router reports tables starting and ending.
pub struct TableEvents<'r> {
    /// The input's name, for events.
    pub input: &'r str,
    /// Who is told.
    pub observer: &'r dyn Observer,
}

/// The schema state machine. Feed it every statement in order with [`Router::route`].
pub struct Router<'r> {
    rules: &'r RuleSet,
    keys: &'r DomainKeys,
    catalog: Option<&'r Catalog>,
    walker: Walker,
    tables: HashMap<(Option<String>, String), Entry>,
    seen: BTreeSet<(Option<String>, String)>,
    report: RouterReport,
    count_rows: bool,
    watch: TableEvents<'r>,
    /// The table being read, for [`Event::TableDone`].
    current: Option<String>,
    /// The data gate is on.
    /// Stop at a table whose rules name a column it lacks (`default: keep`).
    /// The database of the last table seen (`None` before the first).
    last_db: Option<Option<String>>,
    refuse_unmatched: bool,
    gate: bool,
    /// The gate tests every row (not a sample after the head).
    every_row: bool,
    /// Each planned table's gate (`None`: nothing kept to test).
    gates: HashMap<(Option<String>, String), Option<Arc<GateState>>>,
    /// Gates whose table's first INSERT was routed.
    gates_started: std::collections::HashSet<u64>,
    /// The run's fingerprint function for the output gate's originals.
    fact_key: crate::pii::originals::FactKey,
    /// Email domains the rules generate, made at the first gated table.
    domains: Option<Arc<[String]>>,
    /// An earlier run's originals, searched for too (`--names-from`).
    known: Option<Arc<crate::gates::fingerprint::Fingerprints>>,
    /// The table of the last INSERT, to see where a table's rows start.
    last_rows: Option<(Option<String>, String)>,
    /// What the writer needs of the last statement routed: it starts a table; its gate job.
    mark: (bool, Option<GateJob>),
}

impl<'r> Router<'r> {
    /// A router at the start of a dump. `database` names the database for a dump that does not
    /// say (`mysqldump db` writes no `USE`); `catalog` supplies schemas the stream lacks.
    pub fn new(
        rules: &'r RuleSet,
        keys: &'r DomainKeys,
        catalog: Option<&'r Catalog>,
        database: Option<String>,
        watch: TableEvents<'r>,
    ) -> Self {
        Router {
            rules,
            keys,
            catalog,
            walker: Walker::new(database),
            tables: HashMap::new(),
            seen: BTreeSet::new(),
            report: RouterReport::default(),
            count_rows: false,
            watch,
            current: None,
            gate: false,
            every_row: false,
            refuse_unmatched: false,
            last_db: None,
            gates: HashMap::new(),
            gates_started: Default::default(),
            fact_key: Default::default(),
            domains: None,
            known: None,
            last_rows: None,
            mark: (false, None),
        }
    }

    /// Under `default: keep`, stop at a table whose rules name a column it lacks, before any
    /// of its rows (a misspelled column would be copied unchanged).
    pub fn refusing_unmatched(mut self, on: bool) -> Self {
        self.refuse_unmatched = on;
        self
    }

    /// Test the kept columns of every table with the data gate ([`super::gate`]).
    pub fn gating(mut self, on: bool) -> Self {
        self.gate = on;
        self
    }

    /// Test every written row of a gated table, not its head and then a sample.
    pub fn testing_every_row(mut self, on: bool) -> Self {
        self.every_row = on;
        self
    }

    /// Search the output for an earlier run's originals too (`--names-from`).
    pub fn knowing(mut self, known: Option<Arc<crate::gates::fingerprint::Fingerprints>>) -> Self {
        self.known = known;
        self
    }

    /// What the writer needs of the statement [`Router::route`] routed last: whether it starts a
    /// new table, and its data-gate job.
    pub fn take_mark(&mut self) -> (bool, Option<GateJob>) {
        std::mem::take(&mut self.mark)
    }

    fn gate_for(&mut self, db: Option<&str>, plan: &TablePlan) {
        if !self.gate || plan.drop_rows {
            return;
        }
        let id = self.gates.len() as u64;
        let domains = self
            .domains
            .get_or_insert_with(|| crate::gates::profile::generated_domains(self.rules).into())
            .clone();
        let g = GateState::for_table(
            id,
            db,
            plan,
            &self.fact_key,
            &domains,
            self.known.as_ref(),
            self.every_row,
        )
        .map(Arc::new);
        self.gates.insert(key(db, &plan.schema.name), g);
    }

    /// Also count the rows of tables that are copied unchanged ([`Route::Count`]).
    pub fn counting_rows(mut self, on: bool) -> Self {
        self.count_rows = on;
        self
    }

    /// Decide what to do with `stmt` of `batch`, updating the schema state first.
    ///
    /// # Errors
    /// The gate's errors: uncovered columns (exit 2), rules that do not fit, tables with rules
    /// whose schema is unknown or unparsable, INSERTs of such tables that cannot be lexed.
    pub fn route(&mut self, batch: &Batch, stmt: &Stmt) -> Result<Route> {
        match self.walker.step(batch.bytes(stmt), stmt) {
            Step::Table { db, schema } => {
                if let Some(prev) = self.last_db.replace(db.clone()) {
                    if prev != db && self.refuse_unmatched {
                        self.database_done(prev.as_deref(), stmt)?;
                    }
                }
                let plan = self.plan(db.as_deref(), &schema, stmt)?;
                self.mark.0 = true;
                self.last_rows = None;
                self.gate_for(db.as_deref(), &plan);
                self.started(&plan.display);
                self.tables
                    .insert(key(db.as_deref(), &schema.name), Entry::Planned(plan));
                Ok(Route::Copy)
            }
            Step::UnreadableTable { name, error } => {
                self.unreadable_table(name, &error, stmt)?;
                Ok(Route::Copy)
            }
            Step::Rows { db, header } => self.insert(batch.bytes(stmt), db, header, stmt),
            Step::OtherInsert if self.rules.default == crate::rules::DefaultPolicy::Fail => {
                Err(Error::parse(
                    self.pos(stmt, None),
                    "an INSERT that is not of the `INSERT … VALUES (…)` form; its table and columns cannot be checked against the rules",
                ))
            }
            Step::OtherInsert | Step::Code | Step::Other => Ok(Route::Copy),
        }
    }

    /// Tell the observer that the previous table is done and `table` started.
    fn started(&mut self, table: &str) {
        self.done();
        self.watch.observer.event(&Event::TableStarted {
            input: self.watch.input,
            table,
        });
        self.current = Some(table.to_string());
    }

    fn done(&mut self) {
        if let Some(t) = self.current.take() {
            self.watch.observer.event(&Event::TableDone {
                input: self.watch.input,
                table: &t,
            });
        }
    }

    fn pos(&self, stmt: &Stmt, table: Option<String>) -> Position {
        Position {
            byte: stmt.offset,
            statement: stmt.number,
            table,
            ..Position::default()
        }
    }

    fn unreadable_table(
        &mut self,
        name: Option<(Option<String>, String)>,
        error: &str,
        stmt: &Stmt,
    ) -> Result<()> {
        let Some((db, name)) = name else {
            return Err(Error::parse(
                self.pos(stmt, None),
                "CREATE TABLE without a readable table name",
            ));
        };
        let display = display_name(db.as_deref(), &name);
        self.note_seen(db.as_deref(), &name);
        if self.rules.applies_to(db.as_deref(), &name) {
            return Err(Error::schema(
                self.pos(stmt, Some(display)),
                format!("the CREATE TABLE could not be parsed ({error}), so rules cannot be applied to its data; report this DDL shape as a bug"),
            ));
        }
        self.tables
            .insert(key(db.as_deref(), &name), Entry::Unparsed);
        Ok(())
    }

    /// The dump moved on from database `db` (a table of another one began): under `default:
    /// keep`, rules naming a table of `db` that never came can no longer match, and would leave
    /// a misspelled table's data unanonymized, so they stop the run now, not at the dump's end.
    fn database_done(&self, db: Option<&str>, stmt: &Stmt) -> Result<()> {
        let Some(db) = db else { return Ok(()) };
        let missing: Vec<String> = self
            .rules
            .tables()
            .filter(|t| t.db.eq_ignore_ascii_case(db))
            .filter(|t| !self.seen.contains(&key(Some(db), &t.name)))
            .map(|t| format!("{}.{}", t.db, t.name))
            .collect();
        self.rules.check_unmatched(&missing, false).map_err(|e| {
            let pos = self.pos(stmt, None);
            Error::from(ErrorKind::Drift(format!(
                "{pos}: the dump has moved on from database {db}: {e}"
            )))
        })
    }

    fn note_seen(&mut self, db: Option<&str>, table: &str) {
        if self.seen.insert(key(db, table)) {
            self.report.tables_seen.insert(display_name(db, table));
        }
    }

    fn plan(
        &mut self,
        db: Option<&str>,
        schema: &TableSchema,
        stmt: &Stmt,
    ) -> Result<Arc<TablePlan>> {
        self.note_seen(db, &schema.name);
        let display = display_name(db, &schema.name);
        let keys = self.keys;
        let mut key_for = |d: &str| keys.get(d);
        match compile(self.rules, db, schema, &mut key_for) {
            Ok(plan) => {
                if self.refuse_unmatched {
                    self.rules
                        .check_unmatched(&plan.unmatched_rules, false)
                        .map_err(|e| {
                            let pos = self.pos(stmt, Some(display.clone()));
                            Error::from(ErrorKind::Drift(format!(
                                "{pos}: stopped before any row of {display}: {e}"
                            )))
                        })?;
                }
                self.report
                    .unmatched_rules
                    .extend(plan.unmatched_rules.iter().cloned());
                self.report
                    .pattern_matches
                    .extend(plan.pattern_matches.iter().cloned());
                let plan = Arc::new(plan);
                self.report.plans.push(plan.clone());
                Ok(plan)
            }
            Err(PlanError::Uncovered(columns)) => Err(ErrorKind::Uncovered {
                pos: self.pos(stmt, Some(display)),
                columns,
            }
            .into()),
            Err(PlanError::Unfit(what)) => Err(ErrorKind::Unfit {
                pos: self.pos(stmt, Some(display)),
                what,
            }
            .into()),
        }
    }

    /// The Flyway gate inside `transform`: the history rows of a database whose rules record a
    /// `flyway_version` must not hold a newer successful migration (exit 2, before the rows are
    /// written).
    fn check_flyway(
        &self,
        bytes: &[u8],
        header: &InsertHeader,
        db: &str,
        stmt: &Stmt,
    ) -> Result<()> {
        let Some(rules_version) = self.rules.flyway_version(db) else {
            return Ok(());
        };
        let schema = match self.tables.get(&key(Some(db), &header.table)) {
            Some(Entry::Planned(p)) => &p.schema,
            _ => return Ok(()),
        };
        let layout = match &header.columns {
            Some(c) => flyway::row_layout(c.iter().map(String::as_str)),
            None => flyway::row_layout(schema.columns.iter().map(|c| c.name.as_str())),
        };
        let Some(layout) = layout else {
            return Ok(());
        };
        let pos = || self.pos(stmt, Some(display_name(Some(db), &header.table)));
        let found: Vec<(String, String)> =
            flyway::versions_in_insert(bytes, header.values_start, layout)
                .map_err(|(_, what)| Error::parse(pos(), what))?
                .into_iter()
                .map(|v| (db.to_string(), v))
                .collect();
        for f in flyway::flyway_checks(self.rules, &found) {
            if f.newer {
                return Err(ErrorKind::Drift(format!(
                    "{}: Flyway version {} of {db} is newer than the {rules_version} the rules were verified against; \
                     review the migration with `amrit-stream check` and update the rules",
                    pos(),
                    f.found
                ))
                .into());
            }
        }
        Ok(())
    }

    fn insert(
        &mut self,
        bytes: &[u8],
        db: Option<String>,
        header: InsertHeader,
        stmt: &Stmt,
    ) -> Result<Route> {
        let k = key(db.as_deref(), &header.table);
        let display = display_name(db.as_deref(), &header.table);
        if flyway::is_history_table(&header.table) {
            if let Some(d) = db.as_deref() {
                self.check_flyway(bytes, &header, d, stmt)?;
            }
        }
        if !self.tables.contains_key(&k) {
            if let Some(schema) = self
                .catalog
                .and_then(|c| c.get(db.as_deref(), &header.table))
                .cloned()
            {
                let plan = self.plan(db.as_deref(), &schema, stmt)?;
                self.gate_for(db.as_deref(), &plan);
                self.started(&plan.display);
                self.tables.insert(k.clone(), Entry::Planned(plan));
            }
        }
        if self.last_rows.as_ref() != Some(&k) {
            self.mark.0 = true;
            self.last_rows = Some(k.clone());
        }
        let plan = match self.tables.get(&k) {
            Some(Entry::Planned(p)) => p.clone(),
            Some(Entry::Unparsed) => return Ok(Route::Copy),
            None => {
                self.note_seen(db.as_deref(), &header.table);
                if self.rules.applies_to(db.as_deref(), &header.table) {
                    return Err(Error::schema(
                        self.pos(stmt, Some(display)),
                        "rows for a table whose CREATE TABLE the dump does not contain; give its schema with --schema FILE (a --no-data dump)",
                    ));
                }
                return Ok(Route::Copy);
            }
        };
        if plan.drop_rows {
            return Ok(Route::Drop);
        }
        if let Some(Some(g)) = self.gates.get(&k) {
            let columns: Arc<[usize]> = match &header.columns {
                None => (0..plan.schema.columns.len()).collect(),
                Some(cols) => cols
                    .iter()
                    .map(|c| plan.schema.column_index(c).unwrap_or(usize::MAX))
                    .collect(),
            };
            // A column the table lacks is reported below (rewrites) or by the gate's lexer
            // skipping it; its values are not tested.
            self.mark.1 = Some(GateJob {
                values_start: header.values_start,
                columns,
                state: g.clone(),
                head: g.route(bytes.len() as u64),
                first: self.gates_started.insert(g.id),
            });
        }
        if !plan.rewrites {
            if self.count_rows {
                return Ok(Route::Count {
                    values_start: header.values_start,
                    table: plan.display.as_str().into(),
                });
            }
            return Ok(Route::Copy);
        }
        let (actions, position) = match &header.columns {
            None => (plan.actions.clone(), plan.identity_positions()),
            Some(cols) => plan.actions_for(cols).map_err(|c| {
                let mut pos = self.pos(stmt, Some(display.clone()));
                pos.column = Some(c);
                Error::schema(
                    pos,
                    "the INSERT names a column the CREATE TABLE does not have",
                )
            })?,
        };
        Ok(Route::Rewrite(RewriteJob {
            values_start: header.values_start,
            actions,
            position,
            unique: plan.unique.clone().into(),
            table: plan.display.as_str().into(),
        }))
    }

    /// Findings so far; call after the last statement. Rules for tables of a database the dump
    /// has but not declared are added to the unmatched list here.
    pub fn finish(mut self) -> RouterReport {
        self.done();
        let seen_dbs: BTreeSet<Option<String>> = self.seen.iter().map(|(d, _)| d.clone()).collect();
        let declared = |db: &str, table: &str| {
            let tk = table.to_lowercase();
            self.seen.contains(&(Some(db.to_lowercase()), tk.clone()))
                || self.seen.contains(&(None, tk))
        };
        for (db, _) in self.rules.databases() {
            let dk = Some(db.to_lowercase());
            let tables: Vec<_> = self
                .rules
                .tables()
                .filter(|t| t.db.eq_ignore_ascii_case(db))
                .collect();
            let any = tables.iter().any(|t| declared(&t.db, &t.name));
            if !seen_dbs.contains(&dk) && !any {
                // The dump has no table of this database (or the name is misspelled).
                self.report.unmatched_rules.insert(db.to_string());
                continue;
            }
            for t in tables {
                if !declared(&t.db, &t.name) {
                    self.report
                        .unmatched_rules
                        .insert(format!("{}.{}", t.db, t.name));
                }
            }
        }
        self.report
    }
}
