//! amrit-stream: turn a MySQL/MariaDB dump into an anonymized one as a stream, with no
//! temporary database.
//!
//! # Data flow
//!
//! A command resolves its arguments once into an [`ops::job::TransformJob`] (output and how it
//! is written, side files, reports, the rules' entry, the input's database, schema and learnt
//! names) and builds one [`transform::Engine`]; [`ops::job::TransformJob::run`] owns the
//! output's life (open, run, side files, completion record, seal, reports, publish, or abandon)
//! and the manifest, and returns a typed [`ops::job::JobOutcome`]. `transform`, each file of
//! `convert` and each database of `refresh` are such jobs.
//!
//! ```text
//! input (path | -) ─ io::open_input (plain / gzip / zstd / .amrenc, by magic)
//!   └─ dump::reader::StatementReader (complete statements, byte offsets)
//!        └─ dump::walk (the one walker: database, declared tables, what each statement is)
//!             ├─ transform: router (plans compiled at CREATE TABLE: the fail-closed gate)
//!             │    └─ pipeline: pool tasks rewrite INSERT rows (strategy::Compiled per column)
//!             │         └─ ordered writer → io::output::Output (zstd, sealing, atomic file)
//!             └─ gates: scan → schema (check), leak + fingerprint (verify)
//!   events → observe::Observer; outcomes → report (JSON/HTML reports, manifests)
//! ```
//!
//! Every byte that is not a rewritten value is copied unchanged; the output depends only on the
//! input, the rules and the key. Errors name positions, never values, and settings by
//! [`error::Setting`] (the binary spells them as its flags).
//!
//! # Strategies
//!
//! A [`rules::Strategy`] is one of six families ([`rules::spec::Basic`], [`rules::spec::Ids`],
//! [`rules::spec::People`], [`rules::spec::Dates`], [`rules::spec::Text`],
//! [`rules::spec::Media`]). [`rules::spec::registry`] has one line per strategy (its name and how
//! a rules file's parameters make it: parsing, names, the list in `rules --help`). Each family's
//! module in [`strategy`] rewrites its strategies and describes them
//! ([`strategy::capability::Describe`]: category, one-to-one, detectors, generated kinds, fit,
//! sample), with defaults where most agree.
//!
//! # Outcomes
//!
//! Outcomes are types: [`transform::Stats`] (one [`transform::TableStats`] per table, with a
//! `kept` flag), [`report::manifest::Manifest`] (written and read back, `Manifest::read`),
//! [`ops::convert::Outcome`], refresh's [`ops::refresh::Audit`].
//!
//! # Layers
//!
//! A module imports only from its own layer or a lower one (`tests/layers.rs` checks it, with
//! no import circle between files):
//!
//! | layer | modules | what they own |
//! |---|---|---|
//! | 0 | [`error`] | errors, positions, the exit-code table |
//! | 1 | [`io::keys`] | pseudonymization and encryption keys |
//! | 2 | [`io`], [`dump`], [`observe`] | bytes in and out, the dump grammar, run events |
//! | 3 | [`rules`], [`pii`], AMRIT data ([`amrit`], [`amrit::facts`]) | what the user wrote, what personal data looks like |
//! | 4 | [`strategy`] | how one value is rewritten (by family) and what a strategy can do |
//! | 5 | [`strategy::plan`] | which strategy each column of a table gets |
//! | 6 | [`gates`] | the read-only passes and the decisions the engine's gate shares |
//! | 7 | [`transform`] | the streaming engine |
//! | 8 | [`report`] | reports, manifests, side files |
//! | 9 | [`amrit::synth`] | the AMRIT sample generator |
//! | 10 | [`ops`] | the transform job, batch conversion, retention, refresh |
//!
//! The binary (`src/bin/amrit-stream/`) sits on top: argument parsing, messages,
//! exit codes.
//!
//! # Entry points
//!
//! What the binary, the tests and the benches use is public, and nothing else: the jobs
//! ([`ops::job`], [`ops::convert`], [`ops::retention`], [`ops::refresh`]), the engine
//! ([`transform::Engine`], [`transform::run`] for one-off runs), [`rules::RuleSet`] and the
//! strategy registry ([`rules::spec`]), the gates ([`gates::schema`], [`gates::leak`],
//! [`gates::scan`], [`gates::profile`], [`gates::fingerprint`]), the reports ([`report`]), the
//! I/O layer ([`io::open_input`], [`io::output`], [`io::crypt`], [`io::keys`], [`io::stop`]),
//! the dump grammar ([`dump`]), the strategies ([`strategy::Compiled`], [`strategy::ids`],
//! [`strategy::keyed`], [`strategy::plan`]), observers ([`observe`]), the detectors the tests
//! judge ([`pii::column`], [`pii::formats`]) and the AMRIT profile ([`amrit`]). Every other
//! module is `pub(crate)`; `tests/layers.rs` keeps the layering.
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
pub mod ops;
pub mod pii;
pub mod report;
pub mod rules;
pub mod strategy;
pub mod transform;

pub use error::{Error, ErrorClass, ErrorKind, Exit, Position, Result, Signal};
