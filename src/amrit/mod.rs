//! The AMRIT profile: the reviewed rules for the four AMRIT databases (built into the binary
//! and used when no `--rules` is given), the loader of schema facts (the real AMRIT schema as
//! YAML, `../shared/amrit-schema`), and the generator of the synthetic AMRIT sample dumps.
//! Data on top of the engine: nothing below this module knows AMRIT.

pub mod facts;
pub mod synth;

use crate::rules::RuleSet;

/// The text of `rules/amrit.yaml`, embedded at build time.
pub const RULES_YAML: &str = include_str!("../../rules/amrit.yaml");

/// The name the built-in rules go by in messages, manifests and reports.
/// The database whose name columns feed the others' notes (`--names-from`): refreshed first.
pub const NAMES_DATABASE: &str = "db_identity";

/// The built-in rules' name in messages.
pub const RULES_NAME: &str = "<built-in rules/amrit.yaml>";

/// The AMRIT rules built into the binary (`rules/amrit.yaml` at build time): the default
/// when no `--rules` is given.
pub fn rules() -> RuleSet {
    RuleSet::from_yaml(RULES_YAML, RULES_NAME)
        .expect("rules/amrit.yaml is checked by the test suite")
}
