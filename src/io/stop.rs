//! A stop requested by a signal, for the whole process (signals are process-wide): the binary
//! records the signal with [`request`]; the engine and every read-only pass check [`requested`]
//! between batches of statements, copy loops between chunks, and reads from stdin ([`Stdin`])
//! return within a tenth of a second of it even while no byte comes, so a run blocked on a
//! silent pipe or a terminal still ends at once, cleanly.

use std::io::{self, Read};
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

use crossbeam_channel::{bounded, Receiver, RecvTimeoutError};

use crate::error::{Error, ErrorKind, Exit, Result, Signal};

/// 0: no stop; else 1 + the signal's index.
static STOP: AtomicU8 = AtomicU8::new(0);

/// Ask every run of this process to stop because of `signal` (the first signal wins).
pub fn request(signal: Signal) {
    let code = match signal {
        Signal::Interrupt => 1,
        Signal::Terminate => 2,
        Signal::HangUp => 3,
    };
    let _ = STOP.compare_exchange(0, code, Ordering::SeqCst, Ordering::SeqCst);
}

/// The exit status of a run that ended with `e`: the signal's once a stop was requested
/// (whatever error the stop caused: a cut read, a closed pipe), else `e`'s own. The one place
/// that works it out.
pub fn exit_of(e: &Error) -> Exit {
    match requested() {
        Some(signal) => Exit::stopped_by(signal),
        None => Exit::of(e),
    }
}

/// After a stop, whatever error ended a run is the interruption, with its own exit status.
///
/// # Errors
/// `result`'s error, as [`ErrorKind::Interrupted`] once a stop was requested.
pub fn after_stop<T>(result: Result<T>) -> Result<T> {
    match (result, requested()) {
        (Err(_), Some(signal)) => Err(ErrorKind::Interrupted(signal).into()),
        (r, _) => r,
    }
}

/// The signal a stop was requested for, if any.
pub fn requested() -> Option<Signal> {
    match STOP.load(Ordering::SeqCst) {
        1 => Some(Signal::Interrupt),
        2 => Some(Signal::Terminate),
        3 => Some(Signal::HangUp),
        _ => None,
    }
}

/// The error a read returns once a stop was requested.
fn stopped(signal: Signal) -> io::Error {
    io::Error::other(format!("stopped by {}", signal.name()))
}

/// `std::io::copy` that stops (with an error naming the signal) once a stop is requested,
/// checking between chunks of 1 MiB.
///
/// # Errors
/// Reading, writing, or a requested stop.
pub fn copy(r: &mut dyn Read, w: &mut dyn io::Write) -> io::Result<u64> {
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0;
    loop {
        if let Some(s) = requested() {
            return Err(stopped(s));
        }
        let n = match r.read(&mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        w.write_all(&buf[..n])?;
        total += n as u64;
    }
}

/// The process's stdin, read by a helper thread so that a read returns an error soon after a
/// stop is requested even while the writer at the other end stays silent. Chunks of up to 1 MiB
/// are handed over through a channel of four (bounded memory).
pub struct Stdin {
    rx: Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
    ended: bool,
}

impl Stdin {
    /// Start reading stdin.
    pub fn new() -> Stdin {
        let (tx, rx) = bounded(4);
        std::thread::Builder::new()
            .name("amrit-stdin".into())
            .spawn(move || {
                let mut input = io::stdin().lock();
                loop {
                    // `read_to_end` into spare capacity: no zeroed buffer per chunk.
                    let mut buf = Vec::with_capacity(1 << 20);
                    let msg = match (&mut input).take(1 << 20).read_to_end(&mut buf) {
                        Ok(_) => Ok(buf),
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => Err(e),
                    };
                    let last = !matches!(&msg, Ok(b) if !b.is_empty());
                    if tx.send(msg).is_err() || last {
                        break;
                    }
                }
            })
            .expect("starting the stdin thread");
        Stdin {
            rx,
            chunk: Vec::new(),
            at: 0,
            ended: false,
        }
    }
}

impl Default for Stdin {
    fn default() -> Self {
        Stdin::new()
    }
}

impl Read for Stdin {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(s) = requested() {
                return Err(stopped(s));
            }
            if self.at < self.chunk.len() {
                let n = out.len().min(self.chunk.len() - self.at);
                out[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
                self.at += n;
                return Ok(n);
            }
            if self.ended {
                return Ok(0);
            }
            match self.rx.recv_timeout(Duration::from_millis(100)) {
                Ok(Ok(chunk)) if chunk.is_empty() => self.ended = true,
                Ok(Ok(chunk)) => {
                    self.chunk = chunk;
                    self.at = 0;
                }
                Ok(Err(e)) => return Err(e),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => self.ended = true,
            }
        }
    }
}
