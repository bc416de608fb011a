//! amrit-stream: turn a MySQL/MariaDB dump into an anonymized one as a stream, with no
//! temporary database.
//!
//! # Data flow
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
//! input, the rules and the key. Errors name positions, never values.
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
//!
//! The binary (`src/bin/amrit-stream/`) sits on top: argument parsing, messages,
//! exit codes.
//!
//! # Entry points
//!
//! What the binary, the tests and the benches use is public: [`transform::Engine`] (and
//! [`transform::run`] for one-off runs), [`rules::RuleSet`], the gates ([`gates::schema`],
//! [`gates::leak`], [`gates::scan`], [`gates::fingerprint`]), the reports, the I/O layer
//! ([`io::open_input`], [`io::output::Output`], [`io::crypt`], [`io::keys`]), the dump grammar
//! ([`dump`]), the strategies ([`strategy::Compiled`], [`strategy::ids`], [`strategy::keyed`])
//! and the AMRIT profile ([`amrit`]). Everything else is `pub(crate)`.
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
