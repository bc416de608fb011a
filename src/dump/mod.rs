//! The dump grammar: statement splitting and reading, statement kinds, INSERT headers and
//! tuples, literal escaping, and CREATE TABLE schemas.
//!
//! Everything here works on bytes (dumps hold invalid UTF-8 inside strings) and never changes
//! a byte; rewriting lives in `transform`.

pub mod catalog;
pub mod coltype;
pub mod date;
pub mod insert;
pub mod literal;
pub mod mydumper;
pub mod reader;
pub(crate) mod schema;
pub mod splitter;
pub mod synth;
pub mod walk;
pub(crate) mod writer;

/// What a statement does, as far as the pipeline cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    /// `INSERT …` or `REPLACE …`.
    Insert,
    /// `CREATE TABLE …`.
    CreateTable,
    /// `CREATE DATABASE …` / `CREATE SCHEMA …`.
    CreateDatabase,
    /// `USE db`.
    Use,
    /// Anything else (SET, DROP, LOCK, views, routines, comments-only trailers, …).
    Other,
}

/// Offset of the first byte of `stmt` that is neither whitespace nor a plain comment
/// (`-- `, `#`, `/* */`; versioned `/*!…*/` comments are code and stop the skip).
pub fn body_start(stmt: &[u8]) -> usize {
    let mut i = 0;
    while i < stmt.len() {
        match stmt[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' => i += 1,
            b'#' => i = line_end(stmt, i),
            b'-' if stmt.get(i + 1) == Some(&b'-')
                && stmt.get(i + 2).is_none_or(|&c| c <= b' ') =>
            {
                i = line_end(stmt, i)
            }
            b'/' if stmt.get(i + 1) == Some(&b'*')
                && stmt.get(i + 2) != Some(&b'!')
                && !stmt[i..].starts_with(b"/*M!") =>
            {
                i = match memchr::memmem::find(&stmt[i + 2..], b"*/") {
                    Some(k) => i + 2 + k + 2,
                    None => stmt.len(),
                }
            }
            _ => return i,
        }
    }
    i
}

fn line_end(stmt: &[u8], i: usize) -> usize {
    memchr::memchr(b'\n', &stmt[i..]).map_or(stmt.len(), |k| i + k + 1)
}

/// The words of a statement's start, lower-cased, for classification.
fn keyword_at(stmt: &[u8], at: usize) -> (&[u8], usize) {
    let end = stmt[at..]
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(stmt.len(), |k| at + k);
    (&stmt[at..end], end)
}

fn skip_ws(stmt: &[u8], mut i: usize) -> usize {
    while i < stmt.len() && stmt[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Classify a statement; also returns where its body starts (see [`body_start`]).
pub fn classify(stmt: &[u8]) -> (StatementKind, usize) {
    let start = body_start(stmt);
    let (w, end) = keyword_at(stmt, start);
    let kind = if w.eq_ignore_ascii_case(b"insert") || w.eq_ignore_ascii_case(b"replace") {
        StatementKind::Insert
    } else if w.eq_ignore_ascii_case(b"use") {
        StatementKind::Use
    } else if w.eq_ignore_ascii_case(b"create") {
        let (mut w2, mut e2) = keyword_at(stmt, skip_ws(stmt, end));
        if w2.eq_ignore_ascii_case(b"temporary") || w2.eq_ignore_ascii_case(b"or") {
            // CREATE TEMPORARY TABLE / CREATE OR REPLACE TABLE
            let (w3, e3) = keyword_at(stmt, skip_ws(stmt, e2));
            (w2, e2) = if w3.eq_ignore_ascii_case(b"replace") {
                keyword_at(stmt, skip_ws(stmt, e3))
            } else {
                (w3, e3)
            };
        }
        let _ = e2;
        if w2.eq_ignore_ascii_case(b"table") {
            StatementKind::CreateTable
        } else if w2.eq_ignore_ascii_case(b"database") || w2.eq_ignore_ascii_case(b"schema") {
            StatementKind::CreateDatabase
        } else {
            StatementKind::Other
        }
    } else {
        StatementKind::Other
    };
    (kind, start)
}

/// The database named by a `USE db` statement whose body starts at `body`.
pub fn use_database(stmt: &[u8], body: usize) -> Option<String> {
    let (_, end) = keyword_at(stmt, body);
    let i = skip_ws(stmt, end);
    let rest = &stmt[i..];
    if let Some(r) = rest.strip_prefix(b"`") {
        let mut name = Vec::new();
        let mut k = 0;
        while k < r.len() {
            if r[k] == b'`' {
                if r.get(k + 1) == Some(&b'`') {
                    name.push(b'`');
                    k += 2;
                    continue;
                }
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
            name.push(r[k]);
            k += 1;
        }
        None
    } else {
        let end = rest
            .iter()
            .position(|&b| b == b';' || b.is_ascii_whitespace())
            .unwrap_or(rest.len());
        (end > 0).then(|| String::from_utf8_lossy(&rest[..end]).into_owned())
    }
}

/// The database named in a mysqldump header comment (`-- Host: x    Database: db`), which is how a
/// single-database dump without `USE` says where it came from.
pub fn header_database(stmt: &[u8]) -> Option<String> {
    // The sandbox line `/*M!999999\- … */` of recent mariadb-dump comes before the comments, so
    // look at every line of the (first) statement, not only its leading comments.
    let head = &stmt[..stmt.len().min(8192)];
    for line in head.split(|&b| b == b'\n') {
        if line.starts_with(b"-- Host:") {
            let k = memchr::memmem::find(line, b"Database: ")?;
            let name = String::from_utf8_lossy(&line[k + 10..]).trim().to_string();
            return (!name.is_empty()).then_some(name);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_statements() {
        let k = |s: &str| classify(s.as_bytes()).0;
        assert_eq!(
            k("\n--\n-- Dumping data\n--\n\nINSERT INTO t VALUES (1);"),
            StatementKind::Insert
        );
        assert_eq!(
            k("/* c */ REPLACE INTO t VALUES (1);"),
            StatementKind::Insert
        );
        assert_eq!(k("CREATE TABLE `t` (a int);"), StatementKind::CreateTable);
        assert_eq!(
            k("CREATE DATABASE /*!32312 IF NOT EXISTS*/ `d`;"),
            StatementKind::CreateDatabase
        );
        assert_eq!(k("USE `d`;"), StatementKind::Use);
        assert_eq!(
            k("/*!40000 ALTER TABLE `t` DISABLE KEYS */;"),
            StatementKind::Other
        );
        assert_eq!(
            k("/*!50001 CREATE VIEW v AS SELECT 1 */;"),
            StatementKind::Other
        );
        assert_eq!(
            k("mysqldump: Error: 'x' when\nDROP TABLE t;"),
            StatementKind::Other
        );
        assert_eq!(classify(b"-- c\nSET a=1;").1, 5);
    }

    #[test]
    fn use_and_header_database() {
        assert_eq!(
            use_database(b"USE `weird-db`;", 0).as_deref(),
            Some("weird-db")
        );
        assert_eq!(use_database(b"USE `a``b`;", 0).as_deref(), Some("a`b"));
        assert_eq!(use_database(b"USE world;", 0).as_deref(), Some("world"));
        let head = b"-- MariaDB dump 10.19\n--\n-- Host: localhost    Database: hardcases\n-- ---\n/*!40101 SET x=1 */;";
        assert_eq!(header_database(head).as_deref(), Some("hardcases"));
        let sandbox = b"/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump\n-- Host: localhost    Database: hc\n/*!40101 SET x=1 */;";
        assert_eq!(header_database(sandbox).as_deref(), Some("hc"));
        assert_eq!(
            header_database(b"-- Host: localhost    Database: \nSET a=1;"),
            None
        );
    }
}
