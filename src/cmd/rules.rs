//! `rules …`: rules-file tools.

use std::io::Write;
use std::path::Path;

use amrit_stream::io::open_input;
use amrit_stream::rules::scaffold;
use amrit_stream::tracker::Catalog;
use amrit_stream::{Error, Result};

/// `rules init`: print a starter rules file for the schema of `schema`.
///
/// # Errors
/// Reading the dump, writing stdout.
pub fn init(schema: &Path, database: Option<&str>) -> Result<()> {
    let input = open_input(schema)?;
    let cat = Catalog::from_dump_in(input.reader, database.map(str::to_string))?;
    let text = scaffold::init(&cat);
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| Error::io("writing the rules", e))
}
