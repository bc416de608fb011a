//! Binary and image values: no detector can read them, so they need a rule.

use super::*;

/// Binary or image values.
pub(super) struct Opaque;

impl Detector for Opaque {
    fn judge(&self, s: &ColumnStats, _: &Judging, found: &mut Vec<Finding>) {
        let o = s.tally(Kind::Opaque);
        if o.whole > 0 {
            found.push(Finding::new(
                Kind::Opaque,
                Verdict::Personal,
                o.whole,
                s.values,
                0,
                None,
                "binary or image values no detector can read: they need a rule".into(),
            ));
        }
    }
}
