//! The read-only passes over a dump: the schema gate (`check`, [`schema`]), the leak gate
//! (`verify`, [`leak`], with the run's [`fingerprint`]s) and content profiling (`profile` and
//! the data gate, [`profile`]), all reading rows through [`scan`].

pub mod fingerprint;
pub mod leak;
pub mod profile;
pub mod scan;
pub mod schema;
