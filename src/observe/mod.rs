//! What a run tells its watchers while it goes: typed [`Event`]s handed to an [`Observer`]. The
//! engine emits them (`transform::Engine`); the binary picks the consumers (a progress display,
//! Prometheus metrics, notifications). Events carry names, counts and exit statuses only, never
//! a value of the data.
//!
//! [`metrics`] renders a run as Prometheus metrics, [`webhook`] posts notifications; the
//! progress display lives in the binary.
//!
//! Observers are called from the engine's reader thread (input, table and byte events) and from
//! the thread that runs the engine (input done, outcome), so they must be cheap and `Sync`.

pub mod metrics;
pub mod webhook;

use std::sync::Arc;

use crate::error::Exit;

/// One thing worth observing. `input` is the input's name as the user gave it (`-` for stdin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// An input is about to be read; `size` is its size on disk when known (for a percentage).
    InputStarted {
        /// The input.
        input: &'a str,
        /// Its raw size in bytes, when known.
        size: Option<u64>,
    },
    /// The reader reached a table's `CREATE TABLE` (its rows follow).
    TableStarted {
        /// The input.
        input: &'a str,
        /// `db.table`.
        table: &'a str,
    },
    /// More of the input was read: `bytes` of plain dump so far.
    BytesRead {
        /// The input.
        input: &'a str,
        /// Plain (decompressed, decrypted) bytes read so far.
        bytes: u64,
    },
    /// The reader is past a table's last statement (the next table began, or the input ended).
    TableDone {
        /// The input.
        input: &'a str,
        /// `db.table`.
        table: &'a str,
    },
    /// More rows were written: `rows` so far for this input (rows of rewritten tables, and of
    /// kept tables when rows are counted).
    RowsWritten {
        /// The input.
        input: &'a str,
        /// Rows written so far.
        rows: u64,
    },
    /// An input was read, rewritten and written completely.
    InputDone {
        /// The input.
        input: &'a str,
        /// Plain bytes read.
        bytes_in: u64,
        /// Bytes written (before compression and encryption).
        bytes_out: u64,
        /// Rows in rewritten tables.
        rows: u64,
    },
    /// How the run over an input ended: `Exit::Ok`, or the exit status of its error.
    Outcome {
        /// The input.
        input: &'a str,
        /// The exit status the run's result maps to.
        exit: Exit,
    },
}

/// Receives [`Event`]s. Every method has a default that ignores the event.
pub trait Observer: Send + Sync {
    /// Called for every event, in the order they happen for one input.
    fn event(&self, _event: &Event<'_>) {}
}

/// The observer that ignores everything (the default).
#[derive(Debug, Default, Clone, Copy)]
pub struct Silent;

impl Observer for Silent {}

/// Several observers as one: each event goes to every one, in order.
#[derive(Default, Clone)]
pub struct Fanout(pub Vec<Arc<dyn Observer>>);

impl Observer for Fanout {
    fn event(&self, event: &Event<'_>) {
        for o in &self.0 {
            o.event(event);
        }
    }
}

/// How often a [`WatchedRead`] reports: every this many bytes.
const REPORT_EVERY: u64 = 1 << 20;

/// A reader that tells an observer how far it has read ([`Event::BytesRead`] every MiB and at
/// the end), for the passes that have no engine of their own (`check`, `verify`, `profile`).
pub struct WatchedRead<'o, R> {
    inner: R,
    observer: &'o dyn Observer,
    input: &'o str,
    read: u64,
    reported: u64,
}

impl<'o, R> WatchedRead<'o, R> {
    /// Watch `inner`, the input named `input`.
    pub fn new(inner: R, observer: &'o dyn Observer, input: &'o str) -> Self {
        observer.event(&Event::InputStarted { input, size: None });
        WatchedRead {
            inner,
            observer,
            input,
            read: 0,
            reported: 0,
        }
    }

    fn report(&mut self) {
        self.reported = self.read;
        self.observer.event(&Event::BytesRead {
            input: self.input,
            bytes: self.read,
        });
    }
}

impl<R: std::io::Read> std::io::Read for WatchedRead<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read - self.reported >= REPORT_EVERY || (n == 0 && self.read > self.reported) {
            self.report();
        }
        Ok(n)
    }
}

/// Tell `observer` how a pass over `input` ended (after a [`WatchedRead`]).
pub fn outcome<T>(observer: &dyn Observer, input: &str, result: &crate::error::Result<T>) {
    let exit = match result {
        Ok(_) => Exit::Ok,
        Err(e) => Exit::of(e),
    };
    observer.event(&Event::Outcome { input, exit });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    struct Count(Mutex<usize>);

    impl Observer for Count {
        fn event(&self, _: &Event<'_>) {
            *self.0.lock().unwrap() += 1;
        }
    }

    #[test]
    fn observers_are_objects_and_silent_ignores() {
        let c = Count(Mutex::new(0));
        let observers: [&dyn Observer; 2] = [&Silent, &c];
        for o in observers {
            o.event(&Event::BytesRead {
                input: "-",
                bytes: 1,
            });
        }
        assert_eq!(*c.0.lock().unwrap(), 1);
    }

    struct Log(Mutex<Vec<String>>);

    impl Observer for Log {
        fn event(&self, e: &Event<'_>) {
            self.0.lock().unwrap().push(match *e {
                Event::InputStarted { input, .. } => format!("start {input}"),
                Event::BytesRead { bytes, .. } => format!("{bytes}"),
                _ => "other".into(),
            });
        }
    }

    #[test]
    fn a_watched_reader_reports_every_mib_and_at_the_end() {
        let log = Log(Mutex::new(Vec::new()));
        let data = vec![b'x'; 5 * (1 << 19)];
        let mut r = WatchedRead::new(&data[..], &log, "a.sql");
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut r, &mut out).unwrap();
        assert_eq!(out.len(), data.len());
        let log = log.0.into_inner().unwrap();
        assert_eq!(log[0], "start a.sql");
        let bytes: Vec<u64> = log[1..].iter().map(|b| b.parse().unwrap()).collect();
        assert_eq!(*bytes.last().unwrap(), data.len() as u64, "{bytes:?}");
        assert!(
            bytes.len() >= 3 && bytes.windows(2).all(|w| w[0] < w[1]),
            "{bytes:?}"
        );
    }
}
