//! Orchestration on top of the engine: the transform [`job`] every writing command shares,
//! batch conversion of stored backups ([`convert`]), retention of their output directories
//! ([`prune`]) and production-to-UAT [`refresh`].

pub mod convert;
pub mod job;
pub mod prune;
pub mod refresh;
