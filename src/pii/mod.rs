//! What Indian personal data looks like: the written forms of identifiers ([`formats`]), the
//! detectors that find them in values ([`detect`]), the cues that a column or a phrase names a
//! person (`cues`), and the word lists fakes are drawn from (`words`). Knows nothing of
//! rules or dumps.

pub(crate) mod cues;
pub mod detect;
pub mod formats;
pub(crate) mod words;
