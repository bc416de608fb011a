//! The BenRegID mapping of a run (`transform --mapping-out`): every pair original → new seen in
//! the columns of one `id` domain, for support staff who hold the key. Written only encrypted
//! ([`crate::io::crypt`], content `Mapping`), as CSV sorted by the original value. Memory: about
//! 40 bytes per distinct value.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Mutex;

use crate::strategy::record::Recorder;
use crate::strategy::Compiled;

/// Collects the pairs of one `id` domain.
#[derive(Debug)]
pub struct MappingRecorder {
    domain: String,
    pairs: Mutex<HashMap<u64, u64>>,
}

impl MappingRecorder {
    /// Record the columns whose strategy is `id` in `domain` (AMRIT: `ben_reg_id`).
    pub fn new(domain: &str) -> MappingRecorder {
        MappingRecorder {
            domain: domain.to_string(),
            pairs: Mutex::new(HashMap::new()),
        }
    }

    /// The number of distinct original values seen.
    pub fn len(&self) -> usize {
        self.pairs.lock().expect("mapping lock").len()
    }

    /// Write the pairs as CSV (`original,new`, sorted by original) to `out`.
    ///
    /// # Errors
    /// Writing failed.
    pub fn write_csv(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let mut pairs: Vec<(u64, u64)> = self
            .pairs
            .lock()
            .expect("mapping lock")
            .iter()
            .map(|(a, b)| (*a, *b))
            .collect();
        pairs.sort_unstable();
        writeln!(out, "original_{0},new_{0}", self.domain)?;
        for (a, b) in pairs {
            writeln!(out, "{a},{b}")?;
        }
        Ok(())
    }
}

fn number(bytes: &[u8]) -> Option<u64> {
    std::str::from_utf8(bytes).ok()?.trim().parse().ok()
}

impl Recorder for MappingRecorder {
    fn wants(&self, column: &Compiled) -> bool {
        column.strategy.id_domain() == Some(self.domain.as_str())
    }

    fn record(&self, _table: &str, _column: &Compiled, original: &[u8], new: &[u8]) {
        if let (Some(a), Some(b)) = (number(original), number(new)) {
            self.pairs.lock().expect("mapping lock").insert(a, b);
        }
    }
}
