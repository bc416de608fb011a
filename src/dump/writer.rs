//! The writer twin of the reader: a dump in mysqldump's own layout (header, per-table structure
//! and data blocks with their `LOCK TABLES` / `DISABLE KEYS` framing, extended INSERTs cut at a
//! size, the closing `-- Dump completed` line), so generators write SQL through one place that
//! quotes identifiers and escapes literals as the reader expects them.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::literal::escape_into;

/// `name` as an identifier: in backquotes, a backquote doubled.
pub fn ident(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// The session settings mysqldump saves at the top of a dump …
const SESSION_SAVE: &str = "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n/*!50503 SET NAMES utf8mb4 */;\n/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n";

/// … and restores at its end.
const SESSION_RESTORE: &str = "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n";

/// Writes one database's dump in mysqldump's layout.
pub struct DumpWriter<W: Write> {
    out: W,
    /// The INSERT being built for the current table.
    insert: Vec<u8>,
    /// The current table, quoted.
    table: String,
    /// An INSERT is written out once it is longer than this.
    max_insert: usize,
}

impl<W: Write> DumpWriter<W> {
    /// A writer into `out` whose extended INSERTs hold up to about `max_insert` bytes.
    pub fn new(out: W, max_insert: usize) -> DumpWriter<W> {
        DumpWriter {
            out,
            insert: Vec::with_capacity(max_insert + (64 << 10)),
            table: String::new(),
            max_insert,
        }
    }

    /// mysqldump's header for `database` (server `version`), with `note` as one comment line.
    ///
    /// # Errors
    /// The output cannot be written.
    pub fn header(&mut self, database: &str, version: &str, note: &str) -> io::Result<()> {
        write!(
            self.out,
            "-- MySQL dump 10.13  Distrib {version}, for Linux (x86_64)\n--\n-- Host: localhost    Database: {database}\n-- ------------------------------------------------------\n-- Server version\t{version}\n-- {note}\n\n{SESSION_SAVE}"
        )
    }

    /// A table's structure block: `DROP TABLE IF EXISTS` and `create` (a whole `CREATE TABLE`
    /// statement, ending in `;\n`).
    ///
    /// # Errors
    /// The output cannot be written.
    pub fn structure(&mut self, table: &str, create: &str) -> io::Result<()> {
        let name = ident(table);
        write!(
            self.out,
            "\n--\n-- Table structure for table {name}\n--\n\nDROP TABLE IF EXISTS {name};\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n{create}/*!40101 SET character_set_client = @saved_cs_client */;\n"
        )
    }

    /// Start the data block of `table`; `columns` (quoted here) gives INSERTs a column list.
    ///
    /// # Errors
    /// The output cannot be written.
    pub fn begin_data(&mut self, table: &str, columns: Option<&[&str]>) -> io::Result<()> {
        self.table = ident(table);
        if let Some(cols) = columns {
            let list: Vec<String> = cols.iter().map(|c| ident(c)).collect();
            let _ = write!(self.table, " ({})", list.join(","));
        }
        let name = ident(table);
        write!(
            self.out,
            "\n--\n-- Dumping data for table {name}\n--\n\nLOCK TABLES {name} WRITE;\n/*!40000 ALTER TABLE {name} DISABLE KEYS */;\n"
        )
    }

    /// Start a row of the current table; its values follow with the `value_*` calls.
    pub fn begin_row(&mut self) {
        if self.insert.is_empty() {
            self.insert.extend_from_slice(b"INSERT INTO ");
            self.insert.extend_from_slice(self.table.as_bytes());
            self.insert.extend_from_slice(b" VALUES (");
        } else {
            self.insert.extend_from_slice(b",(");
        }
    }

    /// The separator before every value of a row but its first.
    pub fn next_value(&mut self) {
        self.insert.push(b',');
    }

    /// `NULL`.
    pub fn value_null(&mut self) {
        self.insert.extend_from_slice(b"NULL");
    }

    /// A number, written as it is.
    pub fn value_number(&mut self, n: &str) {
        self.insert.extend_from_slice(n.as_bytes());
    }

    /// A string literal, escaped.
    pub fn value_text(&mut self, t: &[u8]) {
        escape_into(&mut self.insert, t);
    }

    /// Bytes as a hex literal (`0x…`, as `--hex-blob` writes them).
    pub fn value_hex(&mut self, b: &[u8]) {
        self.insert.extend_from_slice(b"0x");
        for byte in b {
            let _ = write!(self.insert, "{byte:02X}");
        }
    }

    /// End the row; the INSERT is written out once it is long enough.
    ///
    /// # Errors
    /// The output cannot be written.
    pub fn end_row(&mut self) -> io::Result<()> {
        self.insert.push(b')');
        if self.insert.len() > self.max_insert {
            self.flush_insert()?;
        }
        Ok(())
    }

    /// End the current table's data block.
    ///
    /// # Errors
    /// The output cannot be written.
    pub fn end_data(&mut self) -> io::Result<()> {
        self.flush_insert()?;
        let name = self.table.split(' ').next().unwrap_or_default().to_string();
        write!(
            self.out,
            "/*!40000 ALTER TABLE {name} ENABLE KEYS */;\nUNLOCK TABLES;\n"
        )
    }

    /// mysqldump's footer, with the closing line that says the dump is complete (`when`:
    /// `2026-01-01  0:00:00`).
    ///
    /// # Errors
    /// The output cannot be written.
    pub fn footer(&mut self, when: &str) -> io::Result<()> {
        write!(self.out, "{SESSION_RESTORE}\n-- Dump completed on {when}\n")?;
        self.out.flush()
    }

    fn flush_insert(&mut self) -> io::Result<()> {
        if !self.insert.is_empty() {
            self.insert.extend_from_slice(b";\n");
            self.out.write_all(&self.insert)?;
            self.insert.clear();
        }
        Ok(())
    }

    /// The output, back.
    #[cfg(test)]
    pub fn into_inner(self) -> W {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::reader::{ReaderOptions, StatementReader};

    #[test]
    fn what_it_writes_reads_back_as_complete_statements() {
        let mut w = DumpWriter::new(Vec::new(), 100);
        w.header("db", "8.0.36", "test").unwrap();
        w.structure("t`x", "CREATE TABLE `t``x` (`a` int, `b` text);\n")
            .unwrap();
        w.begin_data("t`x", None).unwrap();
        for i in 0..5 {
            w.begin_row();
            w.value_number(&i.to_string());
            w.next_value();
            w.value_text(b"it's \\ 'quoted'");
            w.end_row().unwrap();
        }
        w.end_data().unwrap();
        w.footer("2026-01-01  0:00:00").unwrap();
        let dump = w.into_inner();
        let text = String::from_utf8(dump.clone()).unwrap();
        assert!(text.contains("INSERT INTO `t``x` VALUES (0,'it\\'s \\\\ \\'quoted\\''),(1,"));
        assert!(text.ends_with("-- Dump completed on 2026-01-01  0:00:00\n"));
        let mut r = StatementReader::new(&dump[..], ReaderOptions::default());
        let mut inserts = 0;
        while let Some(b) = r.next_batch().unwrap() {
            inserts += b
                .stmts
                .iter()
                .filter(|s| b.bytes(s).windows(11).any(|w| w == b"INSERT INTO"))
                .count();
        }
        assert!(inserts >= 2, "cut at the size: {inserts}");
    }
}
