//! Who sees the original and the new value of each rewritten value, on the worker threads: the
//! BenRegID mapping (`--mapping-out`) and the fingerprints of a run (`--fingerprints`). Recorders
//! must never log or report what they see.

use std::sync::Arc;

use crate::strategy::Compiled;

/// Sees the original and the new value of rewritten values, from the worker threads: the
/// BenRegID mapping (`--mapping-out`) and the fingerprints of originals (`--fingerprints`) are
/// built from it. Implementations must never log what they see.
pub trait Recorder: Send + Sync {
    /// True when the values of this column are wanted.
    fn wants(&self, column: &Compiled) -> bool;
    /// One value of `table` (`db.table`): the decoded original and the new value as generated
    /// (unescaped; for value-independent strategies, the SQL literal).
    fn record(&self, table: &str, column: &Compiled, original: &[u8], new: &[u8]);
}

/// Several recorders as one.
pub struct Recorders(pub Vec<Arc<dyn Recorder>>);

impl Recorder for Recorders {
    fn wants(&self, column: &Compiled) -> bool {
        self.0.iter().any(|r| r.wants(column))
    }

    fn record(&self, table: &str, column: &Compiled, original: &[u8], new: &[u8]) {
        for r in &self.0 {
            if r.wants(column) {
                r.record(table, column, original, new);
            }
        }
    }
}

impl Recorders {
    /// One recorder for all of `recorders`: `None` when there is none, the one itself when
    /// there is one.
    pub fn combine(mut recorders: Vec<Arc<dyn Recorder>>) -> Option<Arc<dyn Recorder>> {
        match recorders.len() {
            0 => None,
            1 => recorders.pop(),
            _ => Some(Arc::new(Recorders(recorders))),
        }
    }
}
