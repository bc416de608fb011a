//! Orchestration on top of the engine: the transform [`job`] every writing command shares,
//! mydumper [`directory`] transforms (whole or one shard), batch conversion of stored backups
//! ([`convert`]), retention of their output directories ([`retention`]) and
//! production-to-UAT [`refresh`].

pub mod convert;
pub mod directory;
pub mod job;
pub mod refresh;
pub mod retention;
