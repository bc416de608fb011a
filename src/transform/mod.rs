//! The streaming engine: a reader thread walks the dump in order and gates each table
//! ([`router`]), workers rewrite INSERT rows ([`rewrite`]), an ordered writer puts the output
//! back together ([`pipeline`]).

pub mod mapping;
pub mod pipeline;
pub mod rewrite;
pub mod router;
