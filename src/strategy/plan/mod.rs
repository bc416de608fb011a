//! Compile the rules against one table's schema into a [`TablePlan`]: one action per column,
//! type-fitted and checked before any row of the table is read (the fail-closed gate).
//!
//! Columns of a PRIMARY or UNIQUE key accept only one-to-one strategies; on top of that, every
//! unique key with a rewritten column gets a [`UniqueGuard`] that remembers a 128-bit hash of
//! each output key (about 40 bytes per row with the set's overhead) and stops the run if two
//! rows would ever collide.

use crate::rules::spec::Basic;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

pub mod scaffold;

use crate::dump::catalog::display_name;
use crate::dump::coltype::ColumnType;
use crate::dump::schema::TableSchema;
use crate::rules::spec::Strategy;
use crate::rules::{RuleSet, TableAction};
use crate::strategy::keyed::DomainKey;
use crate::strategy::{Compiled, Refs};

/// What happens to one column's values.
#[derive(Debug, Clone)]
pub enum Action {
    /// Copied as the original bytes.
    Keep,
    /// Rewritten by this compiled strategy.
    Rewrite(Arc<Compiled>),
}

impl Action {
    /// The strategy name (`keep` for [`Action::Keep`]).
    pub fn name(&self) -> &'static str {
        match self {
            Action::Keep => "keep",
            Action::Rewrite(c) => c.name(),
        }
    }
}

/// Remembers the output values of one unique key and refuses a second row with the same.
#[derive(Debug)]
pub struct UniqueGuard {
    /// `db.table (col, col)` for messages.
    pub name: String,
    /// Schema indexes of the key's columns.
    pub columns: Vec<usize>,
    shards: Vec<Mutex<HashSet<u128, foldhash::fast::RandomState>>>,
}

impl UniqueGuard {
    fn new(name: String, columns: Vec<usize>) -> UniqueGuard {
        UniqueGuard {
            name,
            columns,
            shards: (0..16).map(|_| Mutex::new(HashSet::default())).collect(),
        }
    }

    /// Record one output key (already hashed); false when it was seen before.
    pub fn insert(&self, h: u128) -> bool {
        self.shards[(h & 15) as usize]
            .lock()
            .expect("guard lock")
            .insert(h)
    }
}

/// For each schema column, the index of its value in an INSERT row.
pub type Positions = Arc<[Option<usize>]>;

/// The compiled plan for one table.
#[derive(Debug, Clone)]
pub struct TablePlan {
    /// `db.table` for messages.
    pub display: String,
    /// The schema the plan was compiled against.
    pub schema: TableSchema,
    /// One action per schema column, in column order.
    pub actions: Arc<[Action]>,
    /// True when at least one column is rewritten.
    pub rewrites: bool,
    /// True when the table's rows are dropped.
    pub drop_rows: bool,
    /// Column rules that name no column of the table (`db.table.column`): reported, not fatal.
    pub unmatched_rules: Vec<String>,
    /// (pattern name, `db.table.column`) for every column a pattern covered.
    pub pattern_matches: Vec<(String, String)>,
    /// Guards of the unique keys that have a rewritten column.
    pub unique: Vec<Arc<UniqueGuard>>,
}

/// Why a table cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// Columns no rule covers under a fail-closed policy (`db.table.column` each).
    Uncovered(Vec<String>),
    /// A rule that cannot work on this column; the message names it.
    Unfit(String),
}

impl TablePlan {
    /// The actions for an INSERT's own column list, in the list's order, and the position of
    /// each schema column in the list. Returns the name of a listed column the table does not
    /// have, as the error.
    pub fn actions_for(&self, columns: &[String]) -> Result<(Arc<[Action]>, Positions), String> {
        let mut position = vec![None; self.schema.columns.len()];
        let mut actions = Vec::with_capacity(columns.len());
        for (i, c) in columns.iter().enumerate() {
            let idx = self.schema.column_index(c).ok_or_else(|| c.clone())?;
            position[idx] = Some(i);
            actions.push(self.actions[idx].clone());
        }
        Ok((actions.into(), position.into()))
    }

    /// Positions when the INSERT has no column list: every column, in order.
    pub fn identity_positions(&self) -> Arc<[Option<usize>]> {
        (0..self.schema.columns.len()).map(Some).collect()
    }
}

/// A domain key for plans compiled only to be checked or read (gate, verify), never to write
/// pseudonyms: derived from the domain name alone, no secret.
pub fn check_only_key(domain: &str) -> DomainKey {
    DomainKey::from_bytes(*blake3::hash(domain.as_bytes()).as_bytes())
}

/// Compile `rules` for table `schema` of database `db`; `key_for` gives a domain's key.
///
/// # Errors
/// [`PlanError::Uncovered`] listing every column no rule covers when the policy is fail-closed;
/// [`PlanError::Unfit`] when a rule cannot work on its column (type, NOT NULL, unique key,
/// a referenced column the table lacks).
pub fn compile(
    rules: &RuleSet,
    db: Option<&str>,
    schema: &TableSchema,
    key_for: &mut dyn FnMut(&str) -> DomainKey,
) -> Result<TablePlan, PlanError> {
    let display = display_name(db, &schema.name);
    let table_rules = rules.table(db, &schema.name);
    let action = table_rules.map_or(TableAction::Columns, |t| t.action);
    let mut chosen: Vec<Option<Strategy>> = Vec::with_capacity(schema.columns.len());
    let mut uncovered = Vec::new();
    let mut pattern_matches = Vec::new();
    for col in &schema.columns {
        match rules.rule_for(db, &schema.name, &col.name) {
            Some((s, pattern)) => {
                if let Some(p) = pattern {
                    pattern_matches.push((p.name.clone(), format!("{display}.{}", col.name)));
                }
                chosen.push(Some(s));
            }
            None => {
                uncovered.push(format!("{display}.{}", col.name));
                chosen.push(None);
            }
        }
    }
    if !uncovered.is_empty() {
        return Err(PlanError::Uncovered(uncovered));
    }
    let index = |name: &str, what: &str, col: &str| {
        schema.column_index(name).ok_or_else(|| {
            PlanError::Unfit(format!(
                "{display}.{col}: the {what} `{name}` is not a column of the table"
            ))
        })
    };
    let mut actions: Vec<Action> = vec![Action::Keep; schema.columns.len()];
    // Strategies that read other columns' new values (scrub) are compiled after the rest.
    let reads_new = |i: &usize| chosen[*i].as_ref().is_some_and(Strategy::reads_new_values);
    let order: Vec<usize> = (0..chosen.len())
        .filter(|i| !reads_new(i))
        .chain((0..chosen.len()).filter(|i| reads_new(i)))
        .collect();
    for i in order {
        let strategy = chosen[i].clone().expect("covered");
        if strategy == Strategy::Basic(Basic::Keep) {
            continue;
        }
        let col = &schema.columns[i];
        let wanted = strategy.column_refs();
        let mut refs = Refs::default();
        if let Some(g) = wanted.gender {
            refs.gender = Some(index(g, "gender_column", &col.name)?);
        }
        if let Some(s) = wanted.subject {
            refs.subject = Some(index(s, "subject_column", &col.name)?);
        }
        let compiled = |j: usize| match &actions[j] {
            Action::Rewrite(c) => Some(c.clone()),
            Action::Keep => None,
        };
        for n in wanted.names {
            let j = index(n, "name column", &col.name)?;
            refs.names.push((j, compiled(j)));
        }
        for n in wanted.phones {
            let j = index(n, "phone column", &col.name)?;
            refs.phones.push((j, compiled(j)));
        }
        let ty = ColumnType::parse(&col.sql_type);
        let c = Compiled::new(strategy, &col.name, ty, col.nullable, refs, key_for)
            .map_err(|m| PlanError::Unfit(format!("{display}: {m}")))?;
        actions[i] = Action::Rewrite(Arc::new(c));
    }
    let mut keys: Vec<Vec<String>> = Vec::new();
    if !schema.primary_key.is_empty() {
        keys.push(schema.primary_key.clone());
    }
    keys.extend(schema.unique_keys.iter().cloned());
    let mut unique = Vec::new();
    for key in keys {
        let cols: Vec<usize> = key.iter().filter_map(|c| schema.column_index(c)).collect();
        let mut rewritten = false;
        for &j in &cols {
            if let Action::Rewrite(c) = &actions[j] {
                rewritten = true;
                if !c.strategy.fits_unique_key() {
                    return Err(PlanError::Unfit(format!(
                        "{display}.{}: the column is in a PRIMARY or UNIQUE key, so it needs a one-to-one strategy (id, phone, email, aadhaar, pan, abha_number, bank_account, hash of 16+ characters, …), not `{}`",
                        schema.columns[j].name,
                        c.strategy.name()
                    )));
                }
            }
        }
        if rewritten && !cols.is_empty() {
            unique.push(Arc::new(UniqueGuard::new(
                format!("{display} ({})", key.join(", ")),
                cols,
            )));
        }
    }
    let unmatched_rules = table_rules
        .map(|t| t.stale_columns(&display, schema))
        .unwrap_or_default();
    let rewrites = actions.iter().any(|a| matches!(a, Action::Rewrite(_)));
    Ok(TablePlan {
        display,
        schema: schema.clone(),
        actions: actions.into(),
        rewrites,
        drop_rows: action == TableAction::DropRows,
        unmatched_rules,
        pattern_matches,
        unique,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::schema::parse_create_table;

    fn schema() -> TableSchema {
        parse_create_table(b"CREATE TABLE t (id int NOT NULL, email varchar(50) NOT NULL, note text, extra int, PRIMARY KEY (id), UNIQUE KEY (email))").unwrap()
    }

    fn keys() -> impl FnMut(&str) -> DomainKey {
        check_only_key
    }

    fn plan(yaml: &str) -> Result<TablePlan, PlanError> {
        let r = RuleSet::from_yaml(yaml, "r").unwrap();
        compile(&r, Some("d"), &schema(), &mut keys())
    }

    #[test]
    fn fail_closed_lists_every_uncovered_column() {
        match plan("version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          id: keep\n          note: null\n") {
            Err(PlanError::Uncovered(c)) => assert_eq!(c, ["d.t.email", "d.t.extra"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn plan_maps_columns_reports_unmatched_rules_and_patterns() {
        let p = plan("version: 1\ndefault: keep\npatterns:\n  - column: ext*\n    strategy: {noise: {percent: 5}}\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          NOTE: null\n          gone: null\n").unwrap();
        assert!(p.rewrites);
        assert_eq!(p.actions[2].name(), "null");
        assert_eq!(p.actions[0].name(), "keep");
        assert_eq!(p.actions[3].name(), "noise");
        assert_eq!(p.unmatched_rules, ["d.t.gone"]);
        assert_eq!(
            p.pattern_matches,
            [("pattern 1".to_string(), "d.t.extra".to_string())]
        );
        let (a, pos) = p.actions_for(&["note".into(), "id".into()]).unwrap();
        assert_eq!(a[0].name(), "null");
        assert_eq!(pos[2], Some(0));
        assert_eq!(p.actions_for(&["nope".into()]).unwrap_err(), "nope");
    }

    #[test]
    fn unfit_rules_are_refused_before_any_row() {
        let y = |col: &str, s: &str| {
            format!("version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          {col}: {s}\n")
        };
        assert!(
            matches!(plan(&y("email", "null")), Err(PlanError::Unfit(_))),
            "null on NOT NULL"
        );
        assert!(
            matches!(plan(&y("email", "full_name")), Err(PlanError::Unfit(m)) if m.contains("one-to-one")),
            "unique needs one-to-one"
        );
        assert!(plan(&y("email", "email")).is_ok());
        assert!(
            matches!(plan(&y("extra", "phone")), Err(PlanError::Unfit(m)) if m.contains("BIGINT")),
            "10 digits do not fit INT"
        );
        assert!(
            matches!(plan(&y("note", "{full_name: {gender_column: sex}}")), Err(PlanError::Unfit(m)) if m.contains("sex"))
        );
        assert!(matches!(
            plan(&y("extra", "{fixed: 'abc'}")),
            Err(PlanError::Unfit(_))
        ));
        let small = "version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      s:\n        columns:\n          p: phone\n";
        let r = RuleSet::from_yaml(small, "r").unwrap();
        let s = parse_create_table(b"CREATE TABLE s (p varchar(5))").unwrap();
        assert!(
            matches!(compile(&r, Some("d"), &s, &mut keys()), Err(PlanError::Unfit(m)) if m.contains("at least 10"))
        );
    }

    #[test]
    fn drop_rows_and_keep_tables_need_no_column_rules() {
        let p = plan(
            "version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        action: drop_rows\n",
        )
        .unwrap();
        assert!(p.drop_rows && !p.rewrites);
        assert_eq!(p.unique.len(), 0);
    }

    #[test]
    fn unique_keys_with_rewritten_columns_get_guards() {
        let p = plan("version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          email: email\n").unwrap();
        assert_eq!(p.unique.len(), 1);
        assert!(p.unique[0].insert(7) && !p.unique[0].insert(7));
    }
}
