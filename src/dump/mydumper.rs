//! The directory layout of mydumper (and myloader): what each file of a dump directory is.
//!
//! mydumper writes one directory per dump: `metadata` (with `Finished dump at:` once the dump is
//! complete), `DB-schema-create.sql`, one `DB.TABLE-schema.sql` per table (its `CREATE
//! TABLE`), views, triggers and routines in their own `-schema-…` files, and the rows of each
//! table in `DB.TABLE.sql` or in chunks `DB.TABLE.NNNNN.sql`, each possibly compressed
//! (`.sql.gz`, `.sql.zst`). Data files hold only `INSERT`s (no `USE`, no `CREATE TABLE`): their
//! database and table come from the file name, their columns from the schema file.
//!
//! Every file must be one of these: a file this module cannot name stops the run (it is never
//! copied through unread).

use std::path::{Path, PathBuf};

use crate::dump::catalog::Catalog;
use crate::dump::walk::read_catalog;
use crate::error::{Error, ErrorKind, Result};
use crate::io::keys::Keyring;
use crate::io::open_input;

/// The line `metadata` ends with once mydumper finished the dump.
const FINISHED: &str = "Finished dump at:";

/// How a file of the directory is compressed (its name says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// `.sql`.
    None,
    /// `.sql.gz`.
    Gzip,
    /// `.sql.zst`.
    Zstd,
}

/// What one file of a mydumper directory is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// `metadata`: start and end of the dump, binary log position.
    Metadata,
    /// Schema: `CREATE DATABASE`, `CREATE TABLE`, views, triggers, routines (copied as they are).
    Schema {
        /// The database the file belongs to.
        database: String,
        /// The table, for a table's `CREATE TABLE` file (`DB.TABLE-schema.sql`).
        table: Option<String>,
    },
    /// Rows of one table (all of them, or one chunk).
    Data {
        /// The database.
        database: String,
        /// The table.
        table: String,
    },
}

/// One file of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirFile {
    /// Its name in the directory.
    pub name: String,
    /// What it holds.
    pub kind: FileKind,
    /// How it is compressed.
    pub compression: Compression,
    /// Its size in bytes.
    pub bytes: u64,
}

/// A mydumper directory, read.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The directory.
    pub dir: PathBuf,
    /// Every file, by name.
    pub files: Vec<DirFile>,
}

impl Layout {
    /// Is `dir` a mydumper directory (a directory with a `metadata` file)?
    pub fn is_dump_dir(dir: &Path) -> bool {
        dir.is_dir() && dir.join("metadata").is_file()
    }

    /// Read the directory `dir`: name every file, and check that mydumper finished the dump.
    ///
    /// # Errors
    /// Not a directory; no `metadata`, or one without `Finished dump at:` (an unfinished dump);
    /// a file that is not part of the layout (named); a subdirectory.
    pub fn read(dir: &Path) -> Result<Layout> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| Error::io(format!("reading the directory {}", dir.display()), e))?;
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry
                .map_err(|e| Error::io(format!("reading the directory {}", dir.display()), e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let meta = entry
                .metadata()
                .map_err(|e| Error::io(format!("reading {}", entry.path().display()), e))?;
            if !meta.is_file() {
                return Err(ErrorKind::Usage(format!(
                    "{}: {name} is not a file; a mydumper directory holds only files",
                    dir.display()
                ))
                .into());
            }
            let (kind, compression) = classify(&name).ok_or_else(|| -> Error {
                ErrorKind::Usage(format!(
                    "{}: {name} is not a file of mydumper's layout (metadata, DB-schema-create.sql, \
                     DB.TABLE-schema.sql, DB.TABLE[.NNNNN].sql[.gz|.zst]); move it out of the \
                     directory — nothing is copied unread",
                    dir.display()
                ))
                .into()
            })?;
            files.push(DirFile {
                name,
                kind,
                compression,
                bytes: meta.len(),
            });
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        let layout = Layout {
            dir: dir.to_path_buf(),
            files,
        };
        layout.check_finished()?;
        Ok(layout)
    }

    /// mydumper writes `Finished dump at:` into `metadata` last: without it the dump was cut
    /// short (killed, disk full) and its chunks may be missing.
    fn check_finished(&self) -> Result<()> {
        let path = self.dir.join("metadata");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        if text.lines().any(|l| l.trim_start().starts_with(FINISHED)) {
            Ok(())
        } else {
            Err(Error::io(
                format!("reading the mydumper directory {}", self.dir.display()),
                std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    format!(
                        "metadata has no \"{FINISHED}\" line: mydumper did not finish this \
                         dump (killed, or still running); dump again"
                    ),
                ),
            ))
        }
    }

    /// The data files, in name order (chunks of a table in their order).
    pub fn data_files(&self) -> impl Iterator<Item = &DirFile> {
        self.files
            .iter()
            .filter(|f| matches!(f.kind, FileKind::Data { .. }))
    }

    /// The `CREATE TABLE` of every table with a schema file, by database.
    ///
    /// # Errors
    /// A schema file cannot be read or parsed.
    pub fn catalog(&self, keys: &Keyring) -> Result<Catalog> {
        let mut catalog = Catalog::default();
        for f in &self.files {
            let FileKind::Schema {
                database,
                table: Some(_),
            } = &f.kind
            else {
                continue;
            };
            let input = open_input(&self.dir.join(&f.name), keys)?;
            let read = read_catalog(input.reader, Some(database.clone()))?;
            for (_, schema) in read.tables() {
                catalog.insert(Some(database), schema.clone());
            }
        }
        Ok(catalog)
    }
}

/// The kind and compression of the file called `name`, when it is part of the layout.
///
/// mydumper's names are `DB.TABLE…` with the first dot between database and table (database
/// names with dots are escaped by mydumper), so a table name may itself hold dots.
pub fn classify(name: &str) -> Option<(FileKind, Compression)> {
    if name == "metadata" {
        return Some((FileKind::Metadata, Compression::None));
    }
    let (stem, compression) = if let Some(s) = name.strip_suffix(".sql.gz") {
        (s, Compression::Gzip)
    } else if let Some(s) = name.strip_suffix(".sql.zst") {
        (s, Compression::Zstd)
    } else {
        (name.strip_suffix(".sql")?, Compression::None)
    };
    if let Some(db) = stem.strip_suffix("-schema-create") {
        return (!db.is_empty() && !db.contains('.')).then(|| {
            let kind = FileKind::Schema {
                database: db.to_string(),
                table: None,
            };
            (kind, compression)
        });
    }
    if let Some(db) = stem.strip_suffix("-schema-post") {
        return (!db.is_empty()).then(|| {
            let kind = FileKind::Schema {
                database: db.to_string(),
                table: None,
            };
            (kind, compression)
        });
    }
    let (db, rest) = stem.split_once('.')?;
    if db.is_empty() || rest.is_empty() {
        return None;
    }
    for (suffix, is_table) in [
        ("-schema", true),
        ("-schema-view", false),
        ("-schema-triggers", false),
    ] {
        if let Some(table) = rest.strip_suffix(suffix) {
            return (!table.is_empty()).then(|| {
                let kind = FileKind::Schema {
                    database: db.to_string(),
                    table: is_table.then(|| table.to_string()),
                };
                (kind, compression)
            });
        }
    }
    if rest.contains("-schema") {
        return None;
    }
    // `TABLE` or `TABLE.NNNNN` (a chunk).
    let table = match rest.rsplit_once('.') {
        Some((t, chunk)) if !chunk.is_empty() && chunk.bytes().all(|b| b.is_ascii_digit()) => t,
        _ => rest,
    };
    (!table.is_empty()).then(|| {
        let kind = FileKind::Data {
            database: db.to_string(),
            table: table.to_string(),
        };
        (kind, compression)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(db: &str, t: &str) -> FileKind {
        FileKind::Data {
            database: db.into(),
            table: t.into(),
        }
    }

    #[test]
    fn every_name_of_the_layout_is_classified() {
        let schema = |db: &str, t: Option<&str>| FileKind::Schema {
            database: db.into(),
            table: t.map(str::to_string),
        };
        for (name, kind, c) in [
            ("metadata", FileKind::Metadata, Compression::None),
            (
                "db_identity-schema-create.sql",
                schema("db_identity", None),
                Compression::None,
            ),
            (
                "db_iemr-schema-post.sql",
                schema("db_iemr", None),
                Compression::None,
            ),
            (
                "db_iemr.t_x-schema.sql",
                schema("db_iemr", Some("t_x")),
                Compression::None,
            ),
            (
                "db_iemr.t_x-schema.sql.gz",
                schema("db_iemr", Some("t_x")),
                Compression::Gzip,
            ),
            (
                "db_iemr.v_x-schema-view.sql",
                schema("db_iemr", None),
                Compression::None,
            ),
            (
                "db_iemr.t_x-schema-triggers.sql",
                schema("db_iemr", None),
                Compression::None,
            ),
            ("db_iemr.t_x.sql", data("db_iemr", "t_x"), Compression::None),
            (
                "db_iemr.t_x.00003.sql",
                data("db_iemr", "t_x"),
                Compression::None,
            ),
            (
                "db_iemr.t_x.00003.sql.gz",
                data("db_iemr", "t_x"),
                Compression::Gzip,
            ),
            (
                "db_iemr.t_x.sql.zst",
                data("db_iemr", "t_x"),
                Compression::Zstd,
            ),
            ("db.a.b.sql", data("db", "a.b"), Compression::None),
        ] {
            assert_eq!(classify(name), Some((kind, c)), "{name}");
        }
        for name in [
            "notes.txt",
            "db.sql.bak",
            ".sql",
            "db.sql",
            "db..sql",
            "db.t-schema-other.sql",
            "run.manifest.json",
        ] {
            assert_eq!(classify(name), None, "{name}");
        }
    }

    #[test]
    fn a_directory_is_read_only_when_finished_and_known() {
        let dir = std::env::temp_dir().join(format!("amrit-mydumper-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let put = |n: &str, s: &str| std::fs::write(dir.join(n), s).unwrap();
        put("metadata", "Started dump at: 2026-12-06 03:25:54\n");
        put("d-schema-create.sql", "CREATE DATABASE `d`;\n");
        put(
            "d.t-schema.sql",
            "CREATE TABLE `t` (`id` int, `name` text);\n",
        );
        put("d.t.00000.sql", "INSERT INTO `t` VALUES (1,\"a\");\n");
        let err = Layout::read(&dir).unwrap_err().to_string();
        assert!(err.contains("did not finish"), "{err}");
        put(
            "metadata",
            "Started dump at: 2026-12-06 03:25:54\nFinished dump at: 2026-12-06 03:25:55\n",
        );
        let layout = Layout::read(&dir).unwrap();
        assert_eq!(layout.files.len(), 4);
        assert_eq!(layout.data_files().count(), 1);
        let catalog = layout.catalog(&Keyring::default()).unwrap();
        assert_eq!(catalog.get(Some("d"), "t").unwrap().columns.len(), 2);
        put("notes.txt", "x");
        let err = Layout::read(&dir).unwrap_err().to_string();
        assert!(
            err.contains("notes.txt") && err.contains("not a file of mydumper"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
