//! Reading a dump for what is in it rather than rewriting it: the rows of the tables a caller
//! asks for, lexed into value spans, over the one [`walk`](crate::dump::walk::walk) (which also learns every table). `check`
//! reads `flyway_schema_history` rows with it and `verify` every row; INSERTs of tables nobody
//! asked for are skipped without lexing.

use std::io::Read;

use std::collections::HashMap;

use crate::dump::catalog::{display_name, Catalog};
use crate::dump::insert::{Span, TupleLexer};
use crate::dump::reader::ReaderOptions;
use crate::dump::schema::TableSchema;
use crate::dump::walk::{walk_with, Step};
use crate::error::{Error, Position, Result};

/// One row of a table, as a visitor sees it.
pub struct RowVisit<'a> {
    /// The database (`None` when the dump does not say).
    pub db: Option<&'a str>,
    /// The table.
    pub table: &'a TableSchema,
    /// For each value of the row, the index of its column in `table.columns`.
    pub columns: &'a [usize],
    /// The INSERT statement the row is in.
    pub stmt: &'a [u8],
    /// The row's value spans (into `stmt`).
    pub spans: &'a [Span],
    /// 1-based number of the row among the table's rows in this dump.
    pub row: u64,
}

/// What a scan saw besides the rows.
#[derive(Debug, Default)]
pub struct ScanSummary {
    /// Every table the dump declared.
    pub catalog: Catalog,
    /// Plain bytes read.
    pub bytes: u64,
    /// Statements read.
    pub statements: u64,
    /// Rows visited.
    pub rows: u64,
}

/// Scan `input`: learn every table; for the INSERTs of tables `want` accepts, call `visit` for
/// every row. `database` names the database of a dump that does not say.
///
/// # Errors
/// I/O and splitting errors; a row that does not lex, or an INSERT of a wanted table whose
/// column list names a column the table lacks (positions only).
pub fn scan<R: Read>(
    input: R,
    database: Option<String>,
    want: impl FnMut(Option<&str>, &TableSchema) -> bool,
    visit: impl FnMut(&RowVisit),
) -> Result<ScanSummary> {
    scan_with(input, database, ReaderOptions::default(), want, visit)
}

/// [`scan`] with reader options (`allow_incomplete` for a dump without its closing line).
///
/// # Errors
/// As [`scan`].
pub fn scan_with<R: Read>(
    input: R,
    database: Option<String>,
    opts: ReaderOptions,
    mut want: impl FnMut(Option<&str>, &TableSchema) -> bool,
    mut visit: impl FnMut(&RowVisit),
) -> Result<ScanSummary> {
    let mut rows: u64 = 0;
    let mut rows_of: HashMap<(Option<String>, String), u64> = HashMap::new();
    let mut spans = Vec::new();
    let mut columns = Vec::new();
    let walked = walk_with(input, database, opts, |bytes, stmt, step, walker| {
        let Step::Rows { db, header: h } = step else {
            return Ok(());
        };
        let pos = |row: Option<u64>| Position {
            byte: stmt.offset,
            statement: stmt.number,
            table: Some(display_name(db.as_deref(), &h.table)),
            row,
            column: None,
        };
        let Some(table) = walker.catalog().get(db.as_deref(), &h.table) else {
            return Ok(());
        };
        if !want(db.as_deref(), table) {
            return Ok(());
        }
        columns.clear();
        match &h.columns {
            None => columns.extend(0..table.columns.len()),
            Some(list) => {
                for c in list {
                    let i = table.column_index(c).ok_or_else(|| {
                        Error::schema(
                            pos(None),
                            format!("the INSERT names column {c}, which the table does not have"),
                        )
                    })?;
                    columns.push(i);
                }
            }
        }
        let counter = rows_of
            .entry((db.clone(), table.name.to_lowercase()))
            .or_default();
        let mut lexer = TupleLexer::new(bytes, h.values_start);
        loop {
            let more = lexer
                .next_row(&mut spans)
                .map_err(|e| Error::parse(pos(Some(e.row)), e.what))?;
            if !more {
                break;
            }
            if spans.len() != columns.len() {
                return Err(Error::parse(
                    pos(Some(lexer.rows())),
                    format!(
                        "the row has {} values but {} columns are listed",
                        spans.len(),
                        columns.len()
                    ),
                ));
            }
            *counter += 1;
            rows += 1;
            visit(&RowVisit {
                db: db.as_deref(),
                table,
                columns: &columns,
                stmt: bytes,
                spans: &spans,
                row: *counter,
            });
        }
        Ok(())
    })?;
    Ok(ScanSummary {
        catalog: walked.catalog,
        bytes: walked.bytes,
        statements: walked.statements,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visits_wanted_rows_with_columns_and_row_numbers() {
        let dump = b"USE `d`;\nCREATE TABLE `a` (`x` int, `y` text);\nCREATE TABLE `b` (`z` int);\nINSERT INTO `a` VALUES (1,'p'),(2,'q');\nINSERT INTO `b` VALUES (9);\nINSERT INTO `a` (`y`,`x`) VALUES ('r',3);\n";
        let mut seen = Vec::new();
        let s = scan(
            &dump[..],
            None,
            |_, t| t.name == "a",
            |r| {
                let first = &r.stmt[r.spans[0].start..r.spans[0].end];
                seen.push((
                    r.db.unwrap().to_string(),
                    r.row,
                    r.columns.to_vec(),
                    String::from_utf8_lossy(first).into_owned(),
                ));
            },
        )
        .unwrap();
        assert_eq!(s.catalog.len(), 2);
        assert_eq!(s.rows, 3);
        assert_eq!(
            seen,
            vec![
                ("d".into(), 1, vec![0, 1], "1".into()),
                ("d".into(), 2, vec![0, 1], "2".into()),
                ("d".into(), 3, vec![1, 0], "'r'".into()),
            ]
        );
    }
}
