//! Which tables a dump declares: [`Catalog`] maps `(database, table)` to its schema, and
//! [`display_name`] is how a table is named in every message and report (`db.table`).
//!
//! Names compare case-insensitively (AMRIT servers run with `lower_case_table_names=1`).

use super::schema::TableSchema;
use std::collections::HashMap;

/// Table schemas by database and name: what a dump declared, a schema-only dump given with
/// `--schema FILE` (for `mysqldump --no-create-info` dumps), or schema facts.
#[derive(Debug, Default, Clone)]
pub struct Catalog {
    tables: HashMap<(Option<String>, String), (Option<String>, TableSchema)>,
}

impl Catalog {
    /// Add a table.
    pub fn insert(&mut self, db: Option<&str>, schema: TableSchema) {
        self.tables
            .insert(key(db, &schema.name), (db.map(str::to_string), schema));
    }

    /// The schema of `db.table`; with no database, a table name that is unique in the catalog.
    pub fn get(&self, db: Option<&str>, table: &str) -> Option<&TableSchema> {
        if let Some((_, s)) = self.tables.get(&key(db, table)) {
            return Some(s);
        }
        let t = table.to_lowercase();
        let mut hits = self
            .tables
            .iter()
            .filter(|((d, n), _)| *n == t && (db.is_none() || d.is_none()));
        match (hits.next(), hits.next()) {
            (Some((_, (_, s))), None) => Some(s),
            _ => None,
        }
    }

    /// Every table with its database, sorted by database and table name.
    pub fn tables(&self) -> Vec<(Option<&str>, &TableSchema)> {
        let mut v: Vec<_> = self
            .tables
            .values()
            .map(|(d, s)| (d.as_deref(), s))
            .collect();
        v.sort_by(|a, b| (a.0, &a.1.name).cmp(&(b.0, &b.1.name)));
        v
    }

    /// Number of tables.
    pub fn len(&self) -> usize {
        self.tables.len()
    }

    /// True when the catalog has no table.
    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }
}

/// The case-folded key of `db.table`, as catalogs and plan maps use it.
pub fn key(db: Option<&str>, table: &str) -> (Option<String>, String) {
    (db.map(str::to_lowercase), table.to_lowercase())
}

/// `db.table` as shown in messages and reports.
pub fn display_name(db: Option<&str>, table: &str) -> String {
    match db {
        Some(d) => format!("{d}.{table}"),
        None => table.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tables_by_name_case_insensitively_and_without_a_database() {
        let dump = b"USE `D`;\nCREATE TABLE `Patients` (`id` int);\nCREATE TABLE `x` (`y` int);\n";
        let cat = crate::dump::walk::read_catalog(&dump[..], None).unwrap();
        assert_eq!(cat.len(), 2);
        assert!(cat.get(Some("d"), "PATIENTS").is_some());
        assert!(
            cat.get(None, "patients").is_some(),
            "a unique name, any database"
        );
        assert!(cat.get(Some("e"), "patients").is_none(), "another database");
        let mut other = Catalog::default();
        other.insert(None, cat.get(Some("d"), "x").unwrap().clone());
        assert!(
            other.get(Some("any"), "X").is_some(),
            "a unique unqualified name"
        );
        assert_eq!(display_name(Some("d"), "t"), "d.t");
        assert_eq!(display_name(None, "t"), "t");
    }
}
