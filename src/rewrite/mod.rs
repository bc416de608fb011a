//! Apply a table's actions to one INSERT statement: every byte that is not a rewritten value is
//! copied as it came; rewritten values are generated and escaped as mysqldump would write them.
//!
//! Workers call [`rewrite_insert`] with their own [`Scratch`], which is cleared and reused, so the
//! hot path does not allocate per row or per value.

pub mod pseudonym;

use crate::dump::insert::{Span, TupleLexer};
use crate::dump::literal::{escape_into, ValueKind};
use crate::rules::plan::Action;
use crate::rules::{FixedValue, Strategy};

/// Per-worker buffers, reused from statement to statement.
#[derive(Default)]
pub struct Scratch {
    /// Spans of the current row.
    pub spans: Vec<Span>,
}

/// Counts from rewriting one statement.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RewriteCounts {
    /// Rows in the statement.
    pub rows: u64,
    /// Values replaced.
    pub values: u64,
    /// NULL values left as NULL.
    pub nulls_kept: u64,
}

/// Why a statement could not be rewritten (offsets and row numbers only, never values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RewriteError {
    /// 1-based row number in the statement.
    pub row: u64,
    /// 0-based value index in the row, when the problem is one value.
    pub column: Option<usize>,
    /// What is wrong.
    pub what: String,
}

/// Rewrite the INSERT `stmt` (rows from `values_start`) into `out` with one action per value.
///
/// # Errors
/// When the rows do not lex, or a row's value count differs from `actions.len()`.
pub fn rewrite_insert(
    stmt: &[u8],
    values_start: usize,
    actions: &[Action],
    scratch: &mut Scratch,
    out: &mut Vec<u8>,
) -> Result<RewriteCounts, RewriteError> {
    let mut lexer = TupleLexer::new(stmt, values_start);
    let mut counts = RewriteCounts::default();
    let mut copied = 0;
    loop {
        let more = lexer
            .next_row(&mut scratch.spans)
            .map_err(|e| RewriteError {
                row: e.row,
                column: None,
                what: e.what.to_string(),
            })?;
        if !more {
            break;
        }
        counts.rows += 1;
        if scratch.spans.len() != actions.len() {
            return Err(RewriteError {
                row: lexer.rows(),
                column: None,
                what: format!(
                    "the row has {} values but the table has {} columns",
                    scratch.spans.len(),
                    actions.len()
                ),
            });
        }
        for (span, action) in scratch.spans.iter().zip(actions.iter()) {
            let Action::Rewrite(strategy) = action else {
                continue;
            };
            out.extend_from_slice(&stmt[copied..span.start]);
            copied = span.end;
            if span.kind == ValueKind::Null {
                // NULL stays NULL: there is nothing personal in it, and NOT NULL stays valid.
                out.extend_from_slice(&stmt[span.start..span.end]);
                counts.nulls_kept += 1;
                continue;
            }
            write_value(strategy, out);
            counts.values += 1;
        }
    }
    out.extend_from_slice(&stmt[copied..]);
    Ok(counts)
}

fn write_value(strategy: &Strategy, out: &mut Vec<u8>) {
    match strategy {
        Strategy::Keep => unreachable!("keep is never a rewrite action"),
        Strategy::Null => out.extend_from_slice(b"NULL"),
        Strategy::Fixed(FixedValue::Text(s)) => escape_into(out, s.as_bytes()),
        Strategy::Fixed(FixedValue::Number(n)) => out.extend_from_slice(n.as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::insert::parse_header;

    fn run(stmt: &[u8], actions: &[Action]) -> Result<(Vec<u8>, RewriteCounts), RewriteError> {
        let h = parse_header(stmt, 0).unwrap();
        let mut out = Vec::new();
        let c = rewrite_insert(
            stmt,
            h.values_start,
            actions,
            &mut Scratch::default(),
            &mut out,
        )?;
        Ok((out, c))
    }

    #[test]
    fn rewrites_only_the_named_columns() {
        let stmt = b"INSERT INTO `t` VALUES (1,'O\\'Brien','x'),\n(2,NULL,'y');";
        let acts = [
            Action::Keep,
            Action::Rewrite(Strategy::Fixed(FixedValue::Text("it's".into()))),
            Action::Rewrite(Strategy::Null),
        ];
        let (out, c) = run(stmt, &acts).unwrap();
        assert_eq!(
            out,
            b"INSERT INTO `t` VALUES (1,'it\\'s',NULL),\n(2,NULL,NULL);"
        );
        assert_eq!(
            c,
            RewriteCounts {
                rows: 2,
                values: 3,
                nulls_kept: 1
            }
        );
    }

    #[test]
    fn keep_everything_is_byte_identical() {
        let stmt = b"INSERT INTO `t` VALUES (1,_binary '\\0\\'',0xFF) ;\n";
        let (out, _) = run(stmt, &[Action::Keep, Action::Keep, Action::Keep]).unwrap();
        assert_eq!(out, stmt);
    }

    #[test]
    fn value_count_mismatch_names_the_row() {
        let e = run(
            b"INSERT INTO t VALUES (1,2),(3);",
            &[Action::Keep, Action::Keep],
        )
        .unwrap_err();
        assert_eq!(e.row, 2);
        assert!(e.what.contains("1 values but the table has 2"));
    }
}
