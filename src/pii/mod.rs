//! What Indian personal data looks like: the written forms of identifiers ([`formats`], whole
//! values in `shape`), the detectors that find them in values ([`detect`]), the column tests
//! that decide whether a column holds them ([`column`](mod@column)) with their word lists (`lexicon`), the
//! cues that a column or a phrase names a person (`cues`), and the word lists fakes are drawn
//! from (`words`); and how a run's own originals are fingerprinted and searched for in what it
//! writes (`originals`). Knows nothing of rules or dumps.

pub mod column;
pub(crate) mod cues;
pub mod detect;
pub mod formats;
pub(crate) mod lexicon;
pub(crate) mod originals;
pub(crate) mod patterns;
pub(crate) mod shape;
pub(crate) mod words;
