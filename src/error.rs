//! The library's one error type: what went wrong, where in the dump, and what to do.
//!
//! Every message names positions (byte offset, statement number, `db.table`, row number,
//! column name) and never a value from the data: the dumps hold citizens' records.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Result alias used across the crate.
pub type Result<T> = std::result::Result<T, Error>;

/// A library error. One pointer wide; the detail is in [`ErrorKind`].
pub struct Error(Box<ErrorKind>);

/// Where in a dump something happened. Every field is optional except the byte offset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Position {
    /// Absolute byte offset of the statement (or of the problem) in the plain dump stream.
    pub byte: u64,
    /// 1-based statement number in the dump.
    pub statement: u64,
    /// `db.table` (or `table` when the database is unknown).
    pub table: Option<String>,
    /// 1-based row number inside the statement.
    pub row: Option<u64>,
    /// Column name.
    pub column: Option<String>,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "statement {} (byte {}", self.statement, self.byte)?;
        if let Some(t) = &self.table {
            write!(f, ", {t}")?;
        }
        if let Some(r) = self.row {
            write!(f, ", row {r}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        f.write_str(")")
    }
}

/// A setting the library's advice names ("…or allow an incomplete dump"). The library does not
/// know how a front end spells it: the binary names its flags once with [`name_settings`];
/// without that, the setting's library name ([`crate::transform::Options`] field or
/// configuration key) is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// Accept a dump cut short of its closing line.
    AllowIncomplete,
    /// Accept rules naming what the input lacks.
    AllowUnmatched,
    /// The cap on one statement's size.
    MaxStatementSize,
    /// A master encryption key file.
    EncKeyFile,
    /// The newest outputs kept per database.
    KeepLast,
    /// Where a batch writes its outputs.
    OutDir,
    /// The encrypted format's chunk size.
    ChunkSize,
    /// The operator's consent to overwrite a target.
    ConfirmOverwrite,
}

impl Setting {
    /// The setting's library name.
    pub fn library_name(self) -> &'static str {
        match self {
            Setting::AllowIncomplete => "allow_incomplete",
            Setting::AllowUnmatched => "allow_unmatched",
            Setting::MaxStatementSize => "max_statement",
            Setting::EncKeyFile => "an encryption key file",
            Setting::KeepLast => "keep_last",
            Setting::OutDir => "out_dir",
            Setting::ChunkSize => "chunk_size",
            Setting::ConfirmOverwrite => "confirm_overwrite",
        }
    }
}

static SETTING_NAMES: std::sync::OnceLock<fn(Setting) -> &'static str> = std::sync::OnceLock::new();

/// Name the settings as the front end spells them (the binary: `--allow-incomplete`); once per
/// process, before any error is shown.
pub fn name_settings(names: fn(Setting) -> &'static str) {
    let _ = SETTING_NAMES.set(names);
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = SETTING_NAMES
            .get()
            .map_or(self.library_name(), |n| n(*self));
        f.write_str(name)
    }
}

/// What kind of failure an [`Error`] is; decides the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// I/O, parse, usage: exit 1.
    Operational,
    /// Schema drift or a column/table no rule covers: exit 2.
    Policy,
    /// A refusal for security reasons: exit 3.
    Security,
    /// `verify` found personal data: exit 4.
    Leak,
    /// The run was stopped by a signal: exit 130 (SIGINT), 143 (SIGTERM) or 129 (SIGHUP).
    Interrupted(Signal),
}

/// The signals that stop a run cleanly (temporary files removed, manifest and report written as
/// interrupted), each with its shell exit status (128 + the signal number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT (Ctrl-C): exit 130.
    Interrupt,
    /// SIGTERM (`kill`, `timeout`, systemd, a Jenkins abort): exit 143.
    Terminate,
    /// SIGHUP (the terminal or ssh session went away): exit 129.
    HangUp,
}

impl Signal {
    /// The signal's name (`SIGTERM`).
    pub fn name(self) -> &'static str {
        match self {
            Signal::Interrupt => "SIGINT",
            Signal::Terminate => "SIGTERM",
            Signal::HangUp => "SIGHUP",
        }
    }
}

/// Process exit codes, documented in `--help` and README: the one table. Manifests and run
/// reports record them; the binary's `main` is the only place that exits with one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// Operational error: I/O, parse, usage.
    Error = 1,
    /// Policy stop: uncovered column, schema drift, no rules.
    Drift = 2,
    /// Security refusal.
    Refused = 3,
    /// `verify` found a leak.
    Leak = 4,
    /// Interrupted (Ctrl-C, SIGINT).
    Interrupted = 130,
    /// Terminated (SIGTERM).
    Terminated = 143,
    /// Hung up (SIGHUP).
    HungUp = 129,
}

impl Exit {
    /// The exit status of a run stopped by `signal`.
    pub fn stopped_by(signal: Signal) -> Exit {
        match signal {
            Signal::Interrupt => Exit::Interrupted,
            Signal::Terminate => Exit::Terminated,
            Signal::HangUp => Exit::HungUp,
        }
    }

    /// The exit code for a library error.
    pub fn of(err: &Error) -> Exit {
        match err.class() {
            ErrorClass::Operational => Exit::Error,
            ErrorClass::Policy => Exit::Drift,
            ErrorClass::Security => Exit::Refused,
            ErrorClass::Interrupted(s) => Exit::stopped_by(s),
            ErrorClass::Leak => Exit::Leak,
        }
    }
}

/// The detail of an [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing failed.
    Io {
        /// What was being done ("reading the dump", "writing the output").
        context: String,
        /// The underlying error.
        source: io::Error,
    },
    /// The dump is not valid where it must be understood (INSERT tuples of a rewritten table).
    Parse {
        /// Where.
        pos: Position,
        /// What is wrong, without any value.
        what: String,
    },
    /// The input ended inside a statement, string or comment.
    Truncated {
        /// Offset of the unfinished statement.
        pos: Position,
        /// Where the input ended ("inside a string literal", ...).
        inside: &'static str,
    },
    /// One statement is larger than the configured cap.
    StatementTooLarge {
        /// Offset where the statement starts.
        pos: Position,
        /// The cap in bytes.
        limit: usize,
    },
    /// The rules file is invalid.
    Rules {
        /// The rules file (or `<embedded>`).
        file: PathBuf,
        /// 1-based line, when known.
        line: Option<usize>,
        /// 1-based column, when known.
        column: Option<usize>,
        /// What is wrong.
        msg: String,
    },
    /// A table has rules but its data cannot be rewritten safely (no schema, unparsable DDL, ...).
    Schema {
        /// Where.
        pos: Position,
        /// What is wrong and what to do.
        what: String,
    },
    /// A rule that cannot work on its column (the column's type, NOT NULL or keys changed, or
    /// the rule is wrong for it): exit 2, as `check` says.
    Unfit {
        /// Where.
        pos: Position,
        /// Which rule and column, and why.
        what: String,
    },
    /// Columns or tables that no rule covers (fail-closed): exit 2.
    Uncovered {
        /// Where the gate stopped the run.
        pos: Position,
        /// Every uncovered `db.table.column` (or `db.table` when the columns are unknown).
        columns: Vec<String>,
    },
    /// The schema drifted from the rules (found by `check`): exit 2. The details were reported.
    Drift(String),
    /// A column written unchanged holds personal data (the data gate of `transform`, or
    /// `profile`): exit 2. Names the column and the detectors, never a value.
    DataGate {
        /// Where the gate stopped the run (`None` for `profile`, which reads the whole dump).
        pos: Option<Position>,
        /// What was found, by `db.table.column` and detector, and what to do.
        what: String,
    },
    /// A security refusal (secret on the command line, no key for an encrypted file, ...): exit 3.
    Refused(String),
    /// An encrypted file failed authentication (changed, cut short, reordered, foreign header):
    /// exit 3. Nothing unauthenticated was written.
    Integrity(String),
    /// The command line asks for something that cannot be done (exit 1), with what to do instead.
    Usage(String),
    /// `verify` found personal data (exit 4); the counts were reported.
    Leak(String),
    /// The run was stopped by a signal.
    Interrupted(Signal),
}

impl Error {
    /// The error's detail.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Which exit-code class this error belongs to.
    pub fn class(&self) -> ErrorClass {
        match *self.0 {
            ErrorKind::Uncovered { .. }
            | ErrorKind::Unfit { .. }
            | ErrorKind::Drift(_)
            | ErrorKind::DataGate { .. } => ErrorClass::Policy,
            ErrorKind::Refused(_) | ErrorKind::Integrity(_) => ErrorClass::Security,
            ErrorKind::Interrupted(s) => ErrorClass::Interrupted(s),
            ErrorKind::Leak(_) => ErrorClass::Leak,
            _ => ErrorClass::Operational,
        }
    }

    /// True when the error is a closed downstream pipe: the reader went away, the output is
    /// incomplete.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&*self.0, ErrorKind::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    /// Wrap an I/O error with what was being done. An [`IntegrityFailure`] carried by the I/O
    /// error (from reading an encrypted file) becomes [`ErrorKind::Integrity`].
    pub fn io(context: impl Into<String>, source: io::Error) -> Error {
        if let Some(f) = source
            .get_ref()
            .and_then(|e| e.downcast_ref::<IntegrityFailure>())
        {
            return ErrorKind::Integrity(f.0.clone()).into();
        }
        ErrorKind::Io {
            context: context.into(),
            source,
        }
        .into()
    }

    /// A dump parse error at `pos`.
    pub fn parse(pos: Position, what: impl Into<String>) -> Error {
        ErrorKind::Parse {
            pos,
            what: what.into(),
        }
        .into()
    }

    /// A schema error at `pos`.
    pub fn schema(pos: Position, what: impl Into<String>) -> Error {
        ErrorKind::Schema {
            pos,
            what: what.into(),
        }
        .into()
    }

    /// A rules-file error without a position.
    pub fn rules(file: impl Into<PathBuf>, msg: impl Into<String>) -> Error {
        ErrorKind::Rules {
            file: file.into(),
            line: None,
            column: None,
            msg: msg.into(),
        }
        .into()
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Io { context, source } => write!(f, "I/O error while {context}: {source}"),
            ErrorKind::Parse { pos, what } => write!(f, "dump parse error: {pos}: {what}"),
            ErrorKind::Truncated { pos, inside } => write!(
                f,
                "dump truncated: {pos}: the input ended {inside}; is the dump complete?"
            ),
            ErrorKind::StatementTooLarge { pos, limit } => write!(
                f,
                "statement too large: {pos}: one statement exceeds {limit} bytes; \
                 raise {} if the dump is genuine",
                Setting::MaxStatementSize
            ),
            ErrorKind::Rules {
                file,
                line,
                column,
                msg,
            } => {
                write!(f, "rules error: {}", file.display())?;
                if let Some(l) = line {
                    write!(f, ":{l}")?;
                    if let Some(c) = column {
                        write!(f, ":{c}")?;
                    }
                }
                write!(f, ": {msg}")
            }
            ErrorKind::Schema { pos, what } => write!(f, "schema error: {pos}: {what}"),
            ErrorKind::Unfit { pos, what } => write!(f, "rule does not fit: {pos}: {what}"),
            ErrorKind::Uncovered { pos, columns } => {
                write!(
                    f,
                    "uncovered columns: {pos}: {} column(s) have no rule and the policy is \
                     fail-closed; add rules for them (or `keep` them explicitly): ",
                    columns.len()
                )?;
                f.write_str(&columns.join(", "))
            }
            ErrorKind::Drift(what) => write!(f, "schema drift: {what}"),
            ErrorKind::DataGate {
                pos: Some(pos),
                what,
            } => {
                write!(f, "data gate: {pos}: {what}")
            }
            ErrorKind::DataGate { pos: None, what } => write!(f, "data gate: {what}"),
            ErrorKind::Refused(why) => write!(f, "refused: {why}"),
            ErrorKind::Integrity(what) => write!(f, "integrity check failed: {what}"),
            ErrorKind::Usage(what) => f.write_str(what),
            ErrorKind::Leak(what) => write!(f, "leak found: {what}"),
            ErrorKind::Interrupted(s) => write!(f, "interrupted by {}", s.name()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// An authentication failure: the file was changed, cut, reordered or mixed. Carried inside an
/// `io::Error` through readers; [`Error::io`] turns it into [`ErrorKind::Integrity`] (exit 3).
#[derive(Debug)]
pub struct IntegrityFailure(pub String);

impl std::fmt::Display for IntegrityFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for IntegrityFailure {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_map_to_exit_kinds() {
        let unc = ErrorKind::Uncovered {
            pos: Position::default(),
            columns: vec!["a.b.c".into()],
        };
        assert_eq!(Error::from(unc).class(), ErrorClass::Policy);
        assert_eq!(
            Error::from(ErrorKind::Refused("x".into())).class(),
            ErrorClass::Security
        );
        assert_eq!(
            Error::io("x", io::Error::other("y")).class(),
            ErrorClass::Operational
        );
    }

    #[test]
    fn broken_pipe_is_recognised() {
        let e = Error::io("writing", io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(e.is_broken_pipe());
    }

    #[test]
    fn position_display_names_everything_but_values() {
        let p = Position {
            byte: 10,
            statement: 3,
            table: Some("db.t".into()),
            row: Some(2),
            column: Some("c".into()),
        };
        assert_eq!(
            p.to_string(),
            "statement 3 (byte 10, db.t, row 2, column c)"
        );
    }
}
