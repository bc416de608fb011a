//! Apply a table's actions to one INSERT statement: every byte that is not a rewritten value is
//! copied as it came; rewritten values are generated and escaped as mysqldump would write them.
//!
//! Workers call [`rewrite_insert`] with their own [`Scratch`], which is cleared and reused, so the
//! hot path does not allocate per row or per value.

use std::sync::Arc;

use super::record::Recorder;

use crate::dump::insert::decode;
use crate::dump::insert::{Span, TupleLexer};
use crate::dump::literal::ValueKind;
use crate::strategy::plan::{Action, UniqueGuard};
use crate::strategy::{emit, Form, Row};

/// Per-worker buffers, reused from statement to statement.
#[derive(Default)]
pub struct Scratch {
    /// Spans of the current row.
    pub spans: Vec<Span>,
    /// The value being generated.
    pub value: Vec<u8>,
    /// Where each value of the row was written in the output (rewritten values only).
    written: Vec<Option<(usize, usize)>>,
    /// Values rewritten per position in the row, for the last statement (per-strategy counts).
    pub per_value: Vec<u64>,
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
    /// The column, when the problem is one value.
    pub column: Option<String>,
    /// What is wrong.
    pub what: String,
}

/// What to do with one INSERT's rows.
pub struct InsertJob<'a> {
    /// Offset in the statement just after `VALUES`.
    pub values_start: usize,
    /// One action per value of each row, in the INSERT's order.
    pub actions: &'a [Action],
    /// For each schema column, its value's index in a row (None: not in this INSERT).
    pub position: &'a [Option<usize>],
    /// Unique keys to guard against collisions.
    pub unique: &'a [Arc<UniqueGuard>],
    /// `db.table`, for the recorder.
    pub table: &'a str,
    /// Who sees original and new values, if anyone.
    pub recorder: Option<&'a dyn Recorder>,
    /// Name words of an earlier run (`--names-from`), for `scrub`.
    pub names: Option<&'a dyn crate::pii::column::NameWords>,
}

/// Sees every row of an INSERT: the statement and the row's original value spans.
pub type RowSeen<'a> = &'a mut dyn FnMut(&[u8], &[Span]);

/// Rewrite the INSERT `stmt` into `out` under `job`, showing every row's original value spans
/// to `seen` if given (the data gate reads the kept values from the same lexing).
///
/// # Errors
/// When the rows do not lex, a row's value count differs from the actions, a value cannot be
/// rewritten under its rule, or two rows of a unique key would get the same output.
pub fn rewrite_insert(
    stmt: &[u8],
    job: &InsertJob,
    scratch: &mut Scratch,
    out: &mut Vec<u8>,
    mut seen: Option<RowSeen>,
) -> Result<RewriteCounts, RewriteError> {
    let mut lexer = TupleLexer::new(stmt, job.values_start);
    let mut counts = RewriteCounts::default();
    let mut copied = 0;
    let Scratch {
        spans,
        value,
        written,
        per_value,
    } = scratch;
    per_value.clear();
    per_value.resize(job.actions.len(), 0);
    loop {
        let more = lexer.next_row(spans).map_err(|e| RewriteError {
            row: e.row,
            column: None,
            what: e.what.to_string(),
        })?;
        if !more {
            break;
        }
        counts.rows += 1;
        if spans.len() != job.actions.len() {
            return Err(RewriteError {
                row: lexer.rows(),
                column: None,
                what: format!(
                    "the row has {} values but the table has {} columns",
                    spans.len(),
                    job.actions.len()
                ),
            });
        }
        if let Some(f) = seen.as_mut() {
            f(stmt, spans);
        }
        written.clear();
        written.resize(spans.len(), None);
        let row = Row {
            stmt,
            spans,
            position: job.position,
            names: job.names,
        };
        for (i, (span, action)) in spans.iter().zip(job.actions.iter()).enumerate() {
            let Action::Rewrite(c) = action else {
                continue;
            };
            let original = &stmt[span.start..span.end];
            if span.kind == ValueKind::Null {
                counts.nulls_kept += 1;
                continue;
            }
            let recorder = job.recorder.filter(|r| r.wants(c));
            if let Some(lit) = c.constant() {
                if let Some(r) = recorder {
                    r.record(job.table, c, &decode(stmt, span).unwrap_or_default(), lit);
                }
                out.extend_from_slice(&stmt[copied..span.start]);
                copied = span.end;
                let at = out.len();
                out.extend_from_slice(lit);
                written[i] = Some((at, out.len()));
                counts.values += 1;
                per_value[i] += 1;
                continue;
            }
            let v = decode(stmt, span);
            let form = c
                .generate(v.as_deref(), span.kind, &row, value)
                .map_err(|what| RewriteError {
                    row: lexer.rows(),
                    column: Some(c.column.clone()),
                    what,
                })?;
            if let (Some(r), Some(orig), Form::Quoted | Form::Bare) = (recorder, v.as_deref(), form)
            {
                r.record(job.table, c, orig, value);
            }
            out.extend_from_slice(&stmt[copied..span.start]);
            copied = span.end;
            let at = out.len();
            emit(out, form, value, original);
            written[i] = Some((at, out.len()));
            if form != Form::Original {
                counts.values += 1;
                per_value[i] += 1;
            }
        }
        for guard in job.unique {
            let mut h = blake3::Hasher::new();
            let mut has_null = false;
            for &col in &guard.columns {
                let Some(vi) = job.position.get(col).copied().flatten() else {
                    continue;
                };
                let sp = &spans[vi];
                has_null |= sp.kind == ValueKind::Null;
                let bytes = match written[vi] {
                    Some((a, b)) => &out[a..b],
                    None => &stmt[sp.start..sp.end],
                };
                h.update(&(bytes.len() as u64).to_le_bytes());
                h.update(bytes);
            }
            let key =
                u128::from_le_bytes(h.finalize().as_bytes()[..16].try_into().expect("16 bytes"));
            if !has_null && !guard.insert(key) {
                return Err(RewriteError {
                    row: lexer.rows(),
                    column: None,
                    what: format!("two rows of unique key {} would get the same rewritten value; use a one-to-one strategy with a wider range", guard.name),
                });
            }
        }
    }
    out.extend_from_slice(&stmt[copied..]);
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::insert::parse_header;
    use crate::dump::schema::parse_create_table;
    use crate::rules::RuleSet;
    use crate::strategy::keyed::DomainKey;
    use crate::strategy::plan::compile;

    fn run(ddl: &str, rules: &str, stmt: &[u8]) -> Result<(Vec<u8>, RewriteCounts), RewriteError> {
        let schema = parse_create_table(ddl.as_bytes()).unwrap();
        let r = RuleSet::from_yaml(&format!("version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n{rules}"), "r").unwrap();
        let plan = compile(&r, Some("d"), &schema, &mut |d: &str| {
            DomainKey::from_bytes(*blake3::hash(d.as_bytes()).as_bytes())
        })
        .unwrap();
        let h = parse_header(stmt, 0).unwrap();
        let position = plan.identity_positions();
        let job = InsertJob {
            values_start: h.values_start,
            actions: &plan.actions,
            position: &position,
            unique: &plan.unique,
            table: "d.t",
            recorder: None,
            names: None,
        };
        let mut out = Vec::new();
        let c = rewrite_insert(stmt, &job, &mut Scratch::default(), &mut out, None)?;
        Ok((out, c))
    }

    const DDL: &str = "CREATE TABLE t (id int, name varchar(40), note text, phone varchar(20))";

    #[test]
    fn rewrites_only_the_named_columns() {
        let stmt = b"INSERT INTO `t` VALUES (1,'O\\'Brien','x','9876543210'),\n(2,NULL,'y',NULL);";
        let (out, c) = run(
            DDL,
            "          name: {fixed: \"it's\"}\n          note: null\n",
            stmt,
        )
        .unwrap();
        assert_eq!(
            out,
            b"INSERT INTO `t` VALUES (1,'it\\'s',NULL,'9876543210'),\n(2,NULL,NULL,NULL);"
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
        let stmt = b"INSERT INTO `t` VALUES (1,_binary '\\0\\'',0xFF,'p') ;\n";
        let (out, _) = run(DDL, "          id: keep\n", stmt).unwrap();
        assert_eq!(out, stmt);
    }

    #[test]
    fn value_count_mismatch_names_the_row() {
        let e = run(
            DDL,
            "          note: null\n",
            b"INSERT INTO t VALUES (1,'a','b','c'),(3);",
        )
        .unwrap_err();
        assert_eq!(e.row, 2);
        assert!(e.what.contains("1 values but the table has 4"));
    }

    #[test]
    fn scrub_replaces_the_rows_own_name_and_phone_and_patterns() {
        let stmt = b"INSERT INTO t VALUES (1,'Ravi Kumar','Ravi Kumar called from 9876543210 and +91 91234 56789 or 08123456789, mail ravi@x.in','9876543210');";
        let rules = "          name: full_name\n          phone: phone\n          note: {scrub: {name_columns: [name], phone_columns: [phone]}}\n";
        let (out, _) = run(DDL, rules, stmt).unwrap();
        let text = String::from_utf8_lossy(&out);
        for secret in [
            "Ravi",
            "9876543210",
            "91234 56789",
            "8123456789",
            "ravi@x.in",
        ] {
            assert!(!text.contains(secret), "{secret} survived: {text}");
        }
        // The note's name is the row's new name.
        let new_name = text.split('\'').nth(1).unwrap().to_string();
        assert!(text.contains(&format!("'{new_name} called from")), "{text}");
    }

    #[test]
    fn colliding_outputs_on_a_unique_key_stop_the_run() {
        let ddl = "CREATE TABLE t (id bigint NOT NULL, name varchar(40), PRIMARY KEY (id))";
        let ok = run(
            ddl,
            "          id: {id: {domain: x}}\n",
            b"INSERT INTO t VALUES (11,'a'),(12,'b');",
        )
        .unwrap();
        assert_ne!(ok.0, b"INSERT INTO t VALUES (11,'a'),(12,'b');");
        let e = run(
            ddl,
            "          id: {id: {domain: x}}\n",
            b"INSERT INTO t VALUES (11,'a'),(11,'b');",
        )
        .unwrap_err();
        assert!(e.what.contains("unique key"), "{e:?}");
    }

    #[test]
    fn id_out_of_range_is_an_error_naming_the_column() {
        let ddl = "CREATE TABLE t (id bigint, name text)";
        let e = run(
            ddl,
            "          id: {id: {domain: x}}\n",
            b"INSERT INTO t VALUES (-5,'a');",
        )
        .unwrap_err();
        assert_eq!(e.column.as_deref(), Some("id"));
        let (out, _) = run(
            ddl,
            "          id: {id: {domain: x, out_of_range: keep}}\n",
            b"INSERT INTO t VALUES (-5,'a');",
        )
        .unwrap();
        assert_eq!(out, b"INSERT INTO t VALUES (-5,'a');");
    }
}
