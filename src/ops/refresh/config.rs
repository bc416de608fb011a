//! The `refresh` configuration file (`--config FILE`, YAML). Its key names are the interface:
//! `source`, `targets`, `backup_dir`, `rules`, `allowed_environments`, `keys`, `retention`.
//! Passwords only ever come from the environment variables the file names: a `password` key
//! anywhere in the file is a security refusal (exit 3).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::strategy::keyed::Derivation;

/// The production side: a read replica and the databases to take from it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Host name or address.
    pub host: String,
    /// Port (default 3306).
    #[serde(default = "default_port")]
    pub port: u16,
    /// User (a read-only backup account).
    pub user: String,
    /// The environment variable holding the password.
    pub password_env: String,
    /// Databases to refresh, in order (the names database is always taken first).
    pub databases: Vec<String>,
    /// The database whose name columns feed the others' notes: refreshed first, its
    /// fingerprints searched in the others (default: AMRIT's `db_identity`).
    #[serde(default = "default_names_database")]
    pub names_database: String,
}

/// One target server.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Its environment: must be on `allowed_environments`; never PROD/PRODUCTION.
    pub environment: String,
    /// Host name or address.
    pub host: String,
    /// Port (default 3306).
    #[serde(default = "default_port")]
    pub port: u16,
    /// User.
    pub user: String,
    /// The environment variable holding the password.
    pub password_env: String,
    /// Source database → target database.
    pub database_map: BTreeMap<String, String>,
    /// Allow a host or database name containing `prod` (with `reason`).
    #[serde(default)]
    pub allow_prod_like_name: bool,
    /// Why a prod-like name, or a target on the source's own server, is right for this target
    /// (written to the audit).
    #[serde(default)]
    pub reason: Option<String>,
    /// Allow a target on the source's own server (same host and port, or the same server once
    /// connected), with `reason`; without it such a target is refused whatever its databases
    /// are called.
    #[serde(default)]
    pub same_server_as_source: bool,
}

/// Where the keys come from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    /// The variable holding the pseudonymization key (base64).
    #[serde(default = "default_pseudo_env")]
    pub pseudonymization_env: String,
    /// The variable holding the master encryption key(s) (base64, comma separated).
    #[serde(default = "default_enc_env")]
    pub encryption_env: String,
    /// The key derivation of the pseudonyms (`2`, the default; `1` keeps the pseudonyms of
    /// outputs made before version 2).
    #[serde(default)]
    pub derivation: Derivation,
}

impl Default for Keys {
    fn default() -> Keys {
        Keys {
            pseudonymization_env: default_pseudo_env(),
            encryption_env: default_enc_env(),
            derivation: Derivation::default(),
        }
    }
}

/// A whole configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Production (the read replica).
    pub source: Source,
    /// Targets by name (`--target NAME`).
    pub targets: BTreeMap<String, Target>,
    /// Where backups, rollback snapshots, the audit log and `latest_refresh.json` go.
    pub backup_dir: PathBuf,
    /// `builtin` (the AMRIT rules) or a rules file's path.
    #[serde(default = "default_rules")]
    pub rules: String,
    /// Environments a target may be (default UAT, DEV).
    #[serde(default = "default_allowed")]
    pub allowed_environments: Vec<String>,
    /// Key variables.
    #[serde(default)]
    pub keys: Keys,
    /// Retention of refresh artifacts.
    #[serde(default)]
    pub retention: crate::ops::retention::Retention,
    /// How gate 2 proves a fresh backup clean before it is restored (`evidence`, the default,
    /// or `full`).
    #[serde(default)]
    pub gate2: Gate2,
}

/// How gate 2 proves an anonymized backup of this run clean. A backup directory given to
/// `--restore-only` is always read again in full (its files were at rest).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gate2 {
    /// The run's own evidence: the output gate tested every written row and the run searched
    /// its free text for identifiers it wrote back; the backup's manifest says so, and the
    /// file on disk hashes to what the manifest recorded. No second read of the data.
    #[default]
    Evidence,
    /// `verify --fingerprints` reads every backup again (its output gate samples rows after
    /// each table's head, as `transform` does).
    Full,
}

fn default_port() -> u16 {
    3306
}
fn default_pseudo_env() -> String {
    "AMRIT_STREAM_KEY".into()
}
fn default_enc_env() -> String {
    "AMRIT_STREAM_ENC_KEY".into()
}
fn default_names_database() -> String {
    crate::amrit::NAMES_DATABASE.into()
}
fn default_rules() -> String {
    "builtin".into()
}
fn default_allowed() -> Vec<String> {
    vec!["UAT".into(), "DEV".into()]
}

impl Config {
    /// Read and validate the configuration at `path`.
    ///
    /// # Errors
    /// The file cannot be read or parsed (a message naming the file and the key); a password
    /// written in it (exit 3).
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        Config::parse(&text, &path.display().to_string())
    }

    /// [`Config::load`] from text; `name` for messages.
    ///
    /// # Errors
    /// As [`Config::load`].
    pub fn parse(text: &str, name: &str) -> Result<Config> {
        let value: serde_yaml_ng::Value =
            serde_yaml_ng::from_str(text).map_err(|e| ErrorKind::Usage(format!("{name}: {e}")))?;
        if let Some(at) = password_key(&value, "") {
            return Err(ErrorKind::Refused(format!(
                "{name}: `{at}` holds a password; passwords come only from the environment variable named by `password_env`"
            ))
            .into());
        }
        let config: Config = serde_yaml_ng::from_value(value)
            .map_err(|e| ErrorKind::Usage(format!("{name}: {e}")))?;
        if config.source.databases.is_empty() {
            return Err(ErrorKind::Usage(format!("{name}: `source.databases` is empty")).into());
        }
        Ok(config)
    }

    /// The target called `name`.
    ///
    /// # Errors
    /// No such target (the known ones are listed).
    pub fn target(&self, name: &str) -> Result<&Target> {
        self.targets.get(name).ok_or_else(|| {
            ErrorKind::Usage(format!(
                "no target `{name}` in the configuration (targets: {})",
                self.targets.keys().cloned().collect::<Vec<_>>().join(", ")
            ))
            .into()
        })
    }

    /// The source databases in refresh order: the names database first (its names feed the
    /// others' notes), the rest as written.
    pub fn ordered_databases(&self) -> Vec<String> {
        let mut dbs = self.source.databases.clone();
        dbs.sort_by_key(|d| *d != self.source.names_database);
        dbs
    }
}

/// The path of the first key named like a password (`password`, `passwd`, `pwd`), if any.
fn password_key(v: &serde_yaml_ng::Value, at: &str) -> Option<String> {
    match v {
        serde_yaml_ng::Value::Mapping(m) => m.iter().find_map(|(k, v)| {
            let key = k.as_str().unwrap_or("");
            let path = if at.is_empty() {
                key.to_string()
            } else {
                format!("{at}.{key}")
            };
            let lower = key.to_ascii_lowercase();
            if matches!(lower.as_str(), "password" | "passwd" | "pwd" | "pass") {
                Some(path)
            } else {
                password_key(v, &path)
            }
        }),
        serde_yaml_ng::Value::Sequence(s) => s.iter().find_map(|v| password_key(v, at)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const EXAMPLE: &str = "source:   {host: replica.internal, port: 3306, user: backup_ro, password_env: PROD_DB_PASSWORD,\n           databases: [db_iemr, db_identity]}\ntargets:\n  uat:    {environment: UAT, host: uat-db.internal, port: 3306, user: uat_admin,\n           password_env: UAT_DB_PASSWORD,\n           database_map: {db_identity: db_identity, db_iemr: db_iemr}}\nbackup_dir: /var/backups/amrit\nrules: builtin\nallowed_environments: [UAT, DEV]\nkeys: {pseudonymization_env: AMRIT_STREAM_KEY, encryption_env: AMRIT_STREAM_ENC_KEY}\n";

    #[test]
    fn the_documented_example_loads_and_orders_db_identity_first() {
        let c = Config::parse(EXAMPLE, "c.yaml").unwrap();
        assert_eq!(c.ordered_databases(), ["db_identity", "db_iemr"]);
        assert_eq!(c.target("uat").unwrap().database_map["db_iemr"], "db_iemr");
        assert!(c
            .target("prod")
            .unwrap_err()
            .to_string()
            .contains("targets: uat"));
        assert_eq!(c.retention.keep_days, 14);
    }

    #[test]
    fn a_password_in_the_file_is_refused() {
        let text = EXAMPLE.replace(
            "password_env: UAT_DB_PASSWORD,",
            "password_env: X, password: hunter2,",
        );
        let e = Config::parse(&text, "c.yaml").unwrap_err();
        assert_eq!(crate::error::Exit::of(&e), crate::error::Exit::Refused);
        let msg = e.to_string();
        assert!(
            msg.contains("targets.uat.password") && !msg.contains("hunter2"),
            "{msg}"
        );
    }
}
