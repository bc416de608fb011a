//! Compile the rules against one table's schema into a [`TablePlan`]: one action per column,
//! checked before any row of the table is read (the fail-closed gate).

use std::sync::Arc;

use super::{DefaultPolicy, RuleSet, Strategy, TableAction};
use crate::dump::schema::TableSchema;

/// What happens to one column's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Copied as the original bytes.
    Keep,
    /// Rewritten by this strategy (never [`Strategy::Keep`]).
    Rewrite(Strategy),
}

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
    /// Column rules that name no column of the table (`db.table.column`): reported, not fatal.
    pub unmatched_rules: Vec<String>,
}

/// Why a table cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// Columns no rule covers under a fail-closed policy (`db.table.column` each).
    Uncovered(Vec<String>),
    /// A rule that cannot work on this column; the message names it.
    Unfit(String),
}

/// `db.table` as shown in messages.
pub fn display_name(db: Option<&str>, table: &str) -> String {
    match db {
        Some(d) => format!("{d}.{table}"),
        None => table.to_string(),
    }
}

impl TablePlan {
    /// The actions for an INSERT's own column list, in the list's order.
    /// Returns the name of a listed column the table does not have, as the error.
    pub fn actions_for(&self, columns: &[String]) -> Result<Arc<[Action]>, String> {
        columns
            .iter()
            .map(|c| match self.schema.column_index(c) {
                Some(i) => Ok(self.actions[i].clone()),
                None => Err(c.clone()),
            })
            .collect()
    }
}

/// Compile `rules` for table `schema` of database `db`.
///
/// # Errors
/// [`PlanError::Uncovered`] listing every column no rule covers when the policy is fail-closed;
/// [`PlanError::Unfit`] when a rule cannot work on its column (e.g. `null` on `NOT NULL`).
pub fn compile(
    rules: &RuleSet,
    db: Option<&str>,
    schema: &TableSchema,
) -> Result<TablePlan, PlanError> {
    let display = display_name(db, &schema.name);
    let table_rules = rules.table(db, &schema.name);
    let mut actions = Vec::with_capacity(schema.columns.len());
    let mut uncovered = Vec::new();
    for col in &schema.columns {
        let strategy = match table_rules {
            Some(t) if t.action == TableAction::Keep => Some(&Strategy::Keep),
            Some(t) => t.column(&col.name),
            None => None,
        };
        let action = match strategy {
            Some(Strategy::Keep) => Action::Keep,
            Some(s) => {
                if *s == Strategy::Null && !col.nullable {
                    return Err(PlanError::Unfit(format!(
                        "{display}.{}: rule `null` on a NOT NULL column; use `fixed` or another strategy",
                        col.name
                    )));
                }
                Action::Rewrite(s.clone())
            }
            None if rules.default == DefaultPolicy::Keep => Action::Keep,
            None => {
                uncovered.push(format!("{display}.{}", col.name));
                Action::Keep
            }
        };
        actions.push(action);
    }
    if !uncovered.is_empty() {
        return Err(PlanError::Uncovered(uncovered));
    }
    let unmatched_rules = table_rules
        .map(|t| {
            t.columns
                .iter()
                .filter(|(n, _)| schema.column_index(n).is_none())
                .map(|(n, _)| format!("{display}.{n}"))
                .collect()
        })
        .unwrap_or_default();
    let rewrites = actions.iter().any(|a| matches!(a, Action::Rewrite(_)));
    Ok(TablePlan {
        display,
        schema: schema.clone(),
        actions: actions.into(),
        rewrites,
        unmatched_rules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::schema::parse_create_table;

    fn schema() -> TableSchema {
        parse_create_table(
            b"CREATE TABLE t (id int NOT NULL, email varchar(50) NOT NULL, note text, extra int)",
        )
        .unwrap()
    }

    #[test]
    fn fail_closed_lists_every_uncovered_column() {
        let r = RuleSet::from_yaml("version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          id: keep\n          note: null\n", "r").unwrap();
        match compile(&r, Some("d"), &schema()) {
            Err(PlanError::Uncovered(c)) => assert_eq!(c, ["d.t.email", "d.t.extra"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn plan_maps_columns_and_reports_unmatched_rules() {
        let r = RuleSet::from_yaml("version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          NOTE: null\n          gone: null\n", "r").unwrap();
        let p = compile(&r, Some("d"), &schema()).unwrap();
        assert!(p.rewrites);
        assert_eq!(p.actions[2], Action::Rewrite(Strategy::Null));
        assert_eq!(p.actions[0], Action::Keep);
        assert_eq!(p.unmatched_rules, ["d.t.gone"]);
        let a = p.actions_for(&["note".into(), "id".into()]).unwrap();
        assert_eq!(a[0], Action::Rewrite(Strategy::Null));
        assert_eq!(p.actions_for(&["nope".into()]).unwrap_err(), "nope");
    }

    #[test]
    fn null_on_not_null_is_unfit() {
        let r = RuleSet::from_yaml("version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          email: null\n", "r").unwrap();
        assert!(matches!(
            compile(&r, Some("d"), &schema()),
            Err(PlanError::Unfit(_))
        ));
    }
}
