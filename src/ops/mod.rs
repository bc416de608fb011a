//! Orchestration on top of the engine: batch conversion of stored backups ([`convert`]),
//! retention of their output directories ([`prune`]) and production-to-UAT [`refresh`].

pub mod convert;
pub mod prune;
pub mod refresh;
