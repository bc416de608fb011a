//! AMRIT schema facts (`../shared/amrit-schema/*.yaml`: tables, columns, types, keys and the
//! Flyway version of each database, read from the AMRIT-DB migrations) as table schemas, so
//! rules can be scaffolded and checked against the real schema without a database.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::dump::catalog::Catalog;
use crate::dump::schema::{Column, TableSchema};
use crate::error::{Error, ErrorKind, Result};

#[derive(Deserialize)]
struct RawColumn {
    name: String,
    #[serde(rename = "type")]
    sql_type: String,
    nullable: bool,
    #[serde(default)]
    auto_increment: bool,
}

#[derive(Deserialize)]
struct RawTable {
    #[serde(default)]
    primary_key: Vec<String>,
    #[serde(default)]
    unique: Vec<Vec<String>>,
    columns: Vec<RawColumn>,
}

#[derive(Deserialize)]
struct RawFacts {
    database: String,
    flyway_version: u32,
    tables: BTreeMap<String, RawTable>,
}

/// The schema of one database, as the facts give it.
#[derive(Debug, Clone)]
pub struct DatabaseFacts {
    /// Database name.
    pub database: String,
    /// Highest Flyway migration applied.
    pub flyway_version: u32,
    /// Its tables.
    pub tables: Vec<TableSchema>,
    /// AUTO_INCREMENT columns per table name.
    pub auto_increment: BTreeMap<String, Vec<String>>,
}

impl DatabaseFacts {
    /// Number of columns over all tables.
    pub fn column_count(&self) -> usize {
        self.tables.iter().map(|t| t.columns.len()).sum()
    }
}

/// Read one facts file.
///
/// # Errors
/// I/O errors, and YAML errors with line and column.
pub fn load_file(path: &Path) -> Result<DatabaseFacts> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    let raw: RawFacts = serde_yaml_ng::from_str(&text).map_err(|e| {
        let loc = e.location();
        Error::from(ErrorKind::Rules {
            file: path.to_path_buf(),
            line: loc.as_ref().map(|l| l.line()),
            column: loc.as_ref().map(|l| l.column()),
            msg: format!("not a schema facts file: {e}"),
        })
    })?;
    let auto_increment = raw
        .tables
        .iter()
        .map(|(name, t)| {
            let cols = t.columns.iter().filter(|c| c.auto_increment);
            (name.clone(), cols.map(|c| c.name.clone()).collect())
        })
        .collect();
    let tables = raw
        .tables
        .into_iter()
        .map(|(name, t)| TableSchema {
            db: Some(raw.database.clone()),
            name,
            columns: t
                .columns
                .into_iter()
                .map(|c| Column {
                    name: c.name,
                    sql_type: c.sql_type,
                    nullable: c.nullable,
                    generated: false,
                    invisible: false,
                })
                .collect(),
            primary_key: t.primary_key,
            unique_keys: t.unique,
        })
        .collect::<Vec<_>>();
    let mut tables = tables;
    if raw.flyway_version > 0 && !tables.iter().any(|t| t.name == crate::rules::flyway::TABLE) {
        let mut t = crate::dump::schema::parse_create_table(crate::rules::flyway::DDL.as_bytes())
            .expect("the Flyway DDL parses");
        t.db = Some(raw.database.clone());
        tables.push(t);
    }
    Ok(DatabaseFacts {
        database: raw.database,
        flyway_version: raw.flyway_version,
        tables,
        auto_increment,
    })
}

/// Read a facts file, or every `*.yaml` of a directory (sorted).
///
/// # Errors
/// As [`load_file`]; an empty directory is an error.
pub fn load(path: &Path) -> Result<Vec<DatabaseFacts>> {
    if !path.is_dir() {
        return Ok(vec![load_file(path)?]);
    }
    let mut files: Vec<_> = std::fs::read_dir(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::rules(
            path,
            "no schema facts (*.yaml) in this directory",
        ));
    }
    files.iter().map(|f| load_file(f)).collect()
}

/// Every table of the facts as a [`Catalog`].
pub fn catalog(facts: &[DatabaseFacts]) -> Catalog {
    let mut cat = Catalog::default();
    for db in facts {
        for t in &db.tables {
            cat.insert(Some(&db.database), t.clone());
        }
    }
    cat
}

/// True when `path` holds schema facts rather than a dump (a directory or a `.yaml` file).
pub fn is_facts(path: &Path) -> bool {
    path.is_dir() || path.extension().is_some_and(|x| x == "yaml" || x == "yml")
}

/// The tables of `path`: schema facts (a `.yaml` file or a directory of them), or a dump read
/// for its `CREATE TABLE`s (any input format; `database` for a dump that does not say).
///
/// # Errors
/// Reading or parsing the input.
pub fn schema_catalog(
    path: &Path,
    database: Option<&str>,
    keys: &crate::io::keys::Keyring,
) -> Result<Catalog> {
    if is_facts(path) {
        Ok(catalog(&load(path)?))
    } else {
        let input = crate::io::open_input(path, keys)?;
        crate::dump::walk::read_catalog(input.reader, database.map(str::to_string))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_real_amrit_schema_when_present() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/amrit-schema");
        if !dir.is_dir() {
            eprintln!("*** SKIPPED: ../shared/amrit-schema is not here ***");
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "CI must have ../shared"
            );
            return;
        }
        let facts = load(&dir).unwrap();
        let tables: usize = facts.iter().map(|f| f.tables.len()).sum();
        let columns: usize = facts.iter().map(DatabaseFacts::column_count).sum();
        assert_eq!((facts.len(), tables, columns), (4, 718, 15_969));
        let v: BTreeMap<&str, u32> = facts
            .iter()
            .map(|f| (f.database.as_str(), f.flyway_version))
            .collect();
        assert_eq!(v["db_identity"], 18);
        assert_eq!(v["db_iemr"], 92);
        assert_eq!(catalog(&facts).len(), 718);
    }
}
