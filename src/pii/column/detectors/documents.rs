//! JSON documents and file paths: the kinds found in their leaves and segments, less the kinds the
//! column's own strategy writes.

use super::*;

/// Personal data inside JSON documents and paths.
pub(super) struct Documents;

impl Detector for Documents {
    fn judge(&self, s: &ColumnStats, j: &Judging, found: &mut Vec<Finding>) {
        for (kind, kinds, total) in [
            (Kind::Json, &s.json_kinds, s.tally(Kind::Json).whole),
            (Kind::Path, &s.path_kinds, s.tally(Kind::Path).whole),
        ] {
            if total == 0 {
                continue;
            }
            // Kinds the column's own strategy writes into its documents are its fakes.
            let judged = || kinds.iter().filter(|(k, _)| !j.ctx.exempt.contains(**k));
            let hits: u64 = if kind == Kind::Path && j.ctx.exempt.is_empty() {
                s.tally(Kind::Path).valid
            } else {
                judged().map(|(_, n)| *n).max().unwrap_or(0)
            };
            let held = judged()
                .map(|(k, _)| k.name())
                .collect::<Vec<_>>()
                .join(", ");
            let (verdict, why) = if hits >= SPARSE_FLOOR {
                (
                    Verdict::Personal,
                    format!(
                        "{hits} sampled {} hold {held}",
                        if kind == Kind::Json {
                            "documents"
                        } else {
                            "paths"
                        }
                    ),
                )
            } else if hits > 0 {
                (
                    Verdict::Undecided,
                    format!("{hits} sampled value(s) hold {held}"),
                )
            } else {
                (
                    Verdict::Not,
                    format!("{total} sampled value(s) hold nothing personal"),
                )
            };
            found.push(Finding::new(kind, verdict, hits, total, hits, None, why));
        }
    }
}
