//! The one walker over a dump's statements, in input order: it follows `USE`, `--databases` and
//! the mysqldump header comment to know which database each statement belongs to, records every
//! `CREATE TABLE` in a [`Catalog`], and says what each statement is ([`Step`]). The transform
//! router and every read-only pass (check, verify, the Flyway scan) stand on it, so they can
//! never disagree about which table a row belongs to.

use std::io::Read;

use super::catalog::Catalog;
use super::insert::{parse_header, InsertHeader};
use super::reader::{ReaderOptions, StatementReader, Stmt};
use super::schema::{create_table_name, parse_create_table, TableSchema};
use super::splitter::Boundary;
use super::{classify, header_database, use_database, StatementKind};
use crate::error::Result;

/// What one statement is.
#[derive(Debug)]
pub enum Step {
    /// Routine, trigger and event bodies (read under a `DELIMITER` other than `;`) and the
    /// trailer after the last statement: code, never data.
    Code,
    /// Anything else that is neither a table nor rows: `SET`, `USE`, `DROP`, `LOCK`, views…
    Other,
    /// A `CREATE TABLE` that parsed (now also in the walker's catalog).
    Table {
        /// Its database (`None` when the dump does not say).
        db: Option<String>,
        /// Its schema.
        schema: TableSchema,
    },
    /// A `CREATE TABLE` that did not parse.
    UnreadableTable {
        /// Its database and table name, when at least the name could be read.
        name: Option<(Option<String>, String)>,
        /// Why it did not parse.
        error: String,
    },
    /// An `INSERT … VALUES` / `REPLACE … VALUES`.
    Rows {
        /// The table's database (`None` when the dump does not say).
        db: Option<String>,
        /// The statement's table, column list and where its values start.
        header: InsertHeader,
    },
    /// An `INSERT` that is not of the `VALUES (…)` form (`INSERT … SELECT`, `… SET`).
    OtherInsert,
}

/// Which database statements belong to.
#[derive(Debug, Default, Clone)]
struct DbState {
    /// Forced by the caller (`--database`): used when the dump does not name one.
    forced: Option<String>,
    /// From the last `USE`.
    used: Option<String>,
    /// From the mysqldump header comment of a single-database dump.
    header: Option<String>,
    /// True once the first statement was seen.
    started: bool,
}

impl DbState {
    fn observe(&mut self, bytes: &[u8], kind: StatementKind, body: usize) {
        if !self.started {
            self.started = true;
            self.header = header_database(bytes);
        }
        if kind == StatementKind::Use {
            if let Some(db) = use_database(bytes, body) {
                self.used = Some(db);
            }
        }
    }

    /// The database of a statement that names `qualifier` (or none).
    fn current(&self, qualifier: Option<&str>) -> Option<String> {
        qualifier
            .map(str::to_string)
            .or_else(|| self.used.clone())
            .or_else(|| self.forced.clone())
            .or_else(|| self.header.clone())
    }
}

/// The walker's state over one dump stream. Feed it every statement in order.
#[derive(Debug, Default)]
pub struct Walker {
    db: DbState,
    catalog: Catalog,
}

impl Walker {
    /// A walker at the start of a dump; `database` names the database of a dump that does not
    /// say (`mysqldump db` writes no `USE`).
    pub fn new(database: Option<String>) -> Walker {
        Walker {
            db: DbState {
                forced: database,
                ..DbState::default()
            },
            catalog: Catalog::default(),
        }
    }

    /// Advance over `stmt` (whose bytes are `bytes`) and say what it is.
    pub fn step(&mut self, bytes: &[u8], stmt: &Stmt) -> Step {
        let (kind, body) = classify(bytes);
        self.db.observe(bytes, kind, body);
        if !stmt.default_delimiter || stmt.boundary != Boundary::Delimiter {
            return Step::Code;
        }
        match kind {
            StatementKind::CreateTable => match parse_create_table(&bytes[body..]) {
                Ok(schema) => {
                    let db = self.db.current(schema.db.as_deref());
                    self.catalog.insert(db.as_deref(), schema.clone());
                    Step::Table { db, schema }
                }
                Err(error) => Step::UnreadableTable {
                    name: create_table_name(bytes, body)
                        .map(|(q, name)| (self.db.current(q.as_deref()), name)),
                    error,
                },
            },
            StatementKind::Insert => match parse_header(bytes, body) {
                Some(header) => Step::Rows {
                    db: self.db.current(header.db.as_deref()),
                    header,
                },
                None => Step::OtherInsert,
            },
            _ => Step::Other,
        }
    }

    /// Every table declared so far.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
}

/// Every `CREATE TABLE` of the plain dump `input` (following `USE`, `--databases` and the
/// header comment); `database` names the database of a dump that does not say.
///
/// # Errors
/// I/O and splitting errors of the dump.
pub fn read_catalog<R: Read>(input: R, database: Option<String>) -> Result<Catalog> {
    Ok(walk(input, database, |_, _, _, _| Ok(()))?.catalog)
}

/// What a whole walk saw.
#[derive(Debug, Default)]
pub struct WalkSummary {
    /// Every table the dump declared.
    pub catalog: Catalog,
    /// Plain bytes read.
    pub bytes: u64,
    /// Statements read.
    pub statements: u64,
}

/// Walk the whole plain dump `input`, calling `visit(statement bytes, statement, step, walker)`
/// for every statement in order; `database` names the database of a dump that does not say.
///
/// # Errors
/// I/O and splitting errors, and the first error `visit` returns.
pub fn walk<R: Read>(
    input: R,
    database: Option<String>,
    visit: impl FnMut(&[u8], &Stmt, Step, &Walker) -> Result<()>,
) -> Result<WalkSummary> {
    walk_with(input, database, ReaderOptions::default(), visit)
}

/// [`walk`] with reader options (`allow_incomplete` for a dump without its closing line).
///
/// # Errors
/// As [`walk`].
pub fn walk_with<R: Read>(
    input: R,
    database: Option<String>,
    opts: ReaderOptions,
    mut visit: impl FnMut(&[u8], &Stmt, Step, &Walker) -> Result<()>,
) -> Result<WalkSummary> {
    let mut walker = Walker::new(database);
    let mut reader = StatementReader::new(input, opts);
    while let Some(batch) = reader.next_batch()? {
        if let Some(signal) = crate::io::stop::requested() {
            return Err(crate::error::ErrorKind::Interrupted(signal).into());
        }
        for stmt in &batch.stmts {
            let bytes = batch.bytes(stmt);
            let step = walker.step(bytes, stmt);
            visit(bytes, stmt, step, &walker)?;
        }
    }
    Ok(WalkSummary {
        catalog: walker.catalog,
        bytes: reader.bytes_read(),
        statements: reader.statements(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(dump: &[u8], database: Option<&str>) -> Vec<String> {
        let mut out = Vec::new();
        walk(dump, database.map(str::to_string), |_, _, step, _| {
            out.push(match step {
                Step::Code => "code".to_string(),
                Step::Other => "other".into(),
                Step::Table { db, schema } => format!("table {db:?}.{}", schema.name),
                Step::UnreadableTable { name, .. } => format!("unreadable {name:?}"),
                Step::Rows { db, header } => format!("rows {db:?}.{}", header.table),
                Step::OtherInsert => "other insert".into(),
            });
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn follows_header_use_and_qualifiers() {
        let dump = b"-- Host: h    Database: first\nCREATE TABLE `a` (`x` int);\nINSERT INTO `a` VALUES (1);\nUSE `second`;\nINSERT INTO `other`.`b` VALUES (2);\nINSERT INTO `c` SELECT 1;\nDELIMITER ;;\nCREATE TRIGGER t BEGIN INSERT INTO `a` VALUES (9); END ;;\nDELIMITER ;\n";
        assert_eq!(
            steps(dump, None),
            [
                "table Some(\"first\").a",
                "rows Some(\"first\").a",
                "other",
                "rows Some(\"other\").b",
                "other insert",
                "code", // DELIMITER ;;
                "code", // the trigger, read under `;;`
                "code", // DELIMITER ;
            ]
        );
        let bare = b"CREATE TABLE `a` (`x` int);\nINSERT INTO `a` VALUES (1);\n";
        assert_eq!(
            steps(bare, Some("forced")),
            [
                "table Some(\"forced\").a",
                "rows Some(\"forced\").a",
                "code", // the trailer: the last newline
            ]
        );
    }
}
