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
}
