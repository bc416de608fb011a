//! Orchestration on top of the engine: batch conversion of stored backups ([`convert`]) and
//! retention of their output directories ([`prune`]).

pub mod convert;
pub mod prune;
