//! `rules …`: rules-file tools.

use std::io::Write;
use std::path::Path;

use amrit_stream::amrit::facts;
use amrit_stream::io::keys::Keyring;
use amrit_stream::report::inventory as inv;
use amrit_stream::strategy::plan::scaffold;
use amrit_stream::{Error, Result};

use crate::args::RulesArgs;

/// `rules init`: print a starter rules file for the schema of `schema` (a dump, or AMRIT schema
/// facts: a `.yaml` file or a directory of them).
///
/// # Errors
/// Reading the dump, writing stdout.
pub fn init(schema: &Path, database: Option<&str>) -> Result<()> {
    let cat = facts::schema_catalog(schema, database, &Keyring::load(&[])?)?;
    let text = scaffold::init(&cat);
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| Error::io("writing the rules", e))
}

/// `rules inventory`: print the personal-data inventory of a rules file (default: built-in).
///
/// # Errors
/// Reading the rules, writing stdout.
pub fn inventory(rules: &RulesArgs) -> Result<()> {
    let rules = rules.load(true)?;
    std::io::stdout()
        .lock()
        .write_all(inv::markdown(&rules).as_bytes())
        .map_err(|e| Error::io("writing the inventory", e))
}
