//! amrit-stream: turn a MySQL/MariaDB dump into an anonymized one as a stream, with no
//! temporary database.
//!
//! Data flow:
//!
//! ```text
//! input (path | -) ─ io::open_input (plain / gzip / zstd / encrypted, by magic)
//!   └─ dump::reader::StatementReader (complete statements, byte offsets)
//!        └─ tracker::Tracker, in order: USE / CREATE TABLE → rules::plan (fail-closed gate)
//!             └─ pipeline: rayon workers rewrite INSERT rows (dump::insert lexer → rewrite)
//!                  └─ ordered writer → output::Output (zstd, crypt::Sealer, atomic file)
//! ```
//!
//! Around it: `crypt` (the encrypted `.amrenc` format) and `output` (atomic files, zstd,
//! sealing) with `manifest`; the gates — `rules::gate` and `scan` for `check`, `detect`,
//! `fingerprint` and `verify` for the leak gate — and `report` (JSON and HTML).
//!
//! Every byte that is not a rewritten value is copied unchanged; the output depends only on
//! the input and the rules. Errors name positions, never values.
//!
//! # Example
//! ```
//! use amrit_stream::{rules::RuleSet, transform};
//! let rules = RuleSet::from_yaml(
//!     "version: 1\ndatabases:\n  shop:\n    tables:\n      t:\n        columns:\n          id: keep\n          email: {fixed: 'x@example.invalid'}\n",
//!     "inline",
//! )?;
//! let dump = b"USE `shop`;\nCREATE TABLE `t` (`id` int, `email` text);\nINSERT INTO `t` VALUES (1,'a@b.in');\n";
//! let mut out = Vec::new();
//! transform::run(&dump[..], &mut out, &rules, None, &transform::Options::default())?;
//! assert!(out.ends_with(b"INSERT INTO `t` VALUES (1,'x@example.invalid');\n"));
//! # Ok::<(), amrit_stream::Error>(())
//! ```

pub mod amrit;
pub mod dump;
pub mod error;
pub mod gates;
pub mod io;
pub mod observe;
pub mod pii;
pub mod report;
pub mod rules;
pub mod strategy;
pub mod transform;

pub use error::{Error, ErrorClass, ErrorKind, Exit, Position, Result};
