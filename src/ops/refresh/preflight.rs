//! Preflight: the tools, keys and rules are there, both servers answer (and are not the same
//! server), the target's privileges suffice, the backup directory has room; the run's
//! directory is made.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use super::client::{self, Login, OptionFile, Tools};
use super::config::Target;
use super::{fuses, sql, Audit, Mode, Refresh};
use crate::error::{Error, ErrorKind, Result};
use crate::io::keys::{Keyring, MasterKey};
use crate::report::manifest::{rfc3339, RulesEntry};
use crate::rules::RuleSet;

/// What preflight found.
pub(super) struct Preflight {
    pub(super) tools: Tools,
    pub(super) key: Arc<MasterKey>,
    pub(super) keyring: Keyring,
    pub(super) rules: RuleSet,
    pub(super) rules_entry: RulesEntry,
    pub(super) source: OptionFile,
    pub(super) target: Option<OptionFile>,
    pub(super) run_dir: PathBuf,
}

impl Refresh<'_> {
    pub(super) fn preflight(&self, target: &Target, audit: &mut Audit) -> Result<Preflight> {
        let config = self.config;
        // No child sees a password or a key in its environment.
        let secrets = std::iter::once(&config.source.password_env)
            .chain(config.targets.values().map(|t| &t.password_env))
            .chain([
                &config.keys.pseudonymization_env,
                &config.keys.encryption_env,
            ])
            .cloned()
            .collect();
        let tools = Tools::find(secrets)?;
        audit
            .gates
            .insert("tools".into(), tools.versions()?.join("; "));
        let key = MasterKey::from_env(&config.keys.pseudonymization_env)?.ok_or_else(|| {
            Error::from(ErrorKind::Refused(format!(
                "the pseudonymization key comes from ${}, which is not set",
                config.keys.pseudonymization_env
            )))
        })?;
        let keyring = Keyring::from_env(&config.keys.encryption_env)?;
        if keyring.is_empty() {
            return Err(ErrorKind::Refused(format!(
                "backups are encrypted: set ${} to a master encryption key",
                config.keys.encryption_env
            ))
            .into());
        }
        let (rules, rules_entry) = if config.rules == "builtin" {
            (crate::amrit::rules(), RulesEntry::of(None)?)
        } else {
            let p = PathBuf::from(&config.rules);
            (RuleSet::load(&p)?, RulesEntry::of(Some(&p))?)
        };
        std::fs::create_dir_all(&config.backup_dir)
            .map_err(|e| Error::io(format!("creating {}", config.backup_dir.display()), e))?;
        // Option files (plaintext passwords) and temporaries that killed runs left behind.
        let swept = client::sweep_option_files(&config.backup_dir)
            + crate::io::sweep_dir(&config.backup_dir);
        if swept > 0 {
            audit
                .gates
                .insert("swept".into(), format!("{swept} file(s) of killed runs"));
        }
        let source = OptionFile::new(
            &config.backup_dir,
            &Login {
                host: config.source.host.clone(),
                port: config.source.port,
                user: config.source.user.clone(),
                password_env: config.source.password_env.clone(),
            },
            "source",
        )?;
        let source_id = client::query(&tools, &source, sql::SERVER_IDENTITY)?;
        // A dry run logs in to the target too: a wrong or unset UAT password fails the
        // preflight, not the first real run.
        let target_file = if self.mode.writes_target() || self.mode == Mode::DryRun {
            let t = OptionFile::new(
                &config.backup_dir,
                &Login {
                    host: target.host.clone(),
                    port: target.port,
                    user: target.user.clone(),
                    password_env: target.password_env.clone(),
                },
                "target",
            )?;
            let target_id = client::query(&tools, &t, sql::SERVER_IDENTITY)?;
            fuses::check_identities(self.target_name, source_id.trim(), target_id.trim(), target)?;
            let version = client::query(&tools, &t, sql::VERSION)?;
            let privileges = client::query(&tools, &t, fuses::PRIVILEGES_QUERY)?;
            fuses::check_privileges(self.target_name, target, &privileges)?;
            audit
                .gates
                .insert("target version".into(), version.trim().to_string());
            if target.same_server_as_source {
                audit.gates.insert(
                    "same_server_as_source".into(),
                    target.reason.clone().unwrap_or_default(),
                );
            }
            Some(t)
        } else {
            None
        };
        // Free space for the backups: the source's data size (an upper bound for compressed,
        // anonymized copies plus the rollback backup).
        let size: u64 = client::query(&tools, &source, &sql::data_size(&config.source.databases))?
            .trim()
            .parse()
            .unwrap_or(0);
        if let Some(free) = free_bytes(&config.backup_dir) {
            if free < size {
                return Err(ErrorKind::Usage(format!(
                    "{} has {} MB free; the source's data is {} MB: free space before the refresh",
                    config.backup_dir.display(),
                    free / 1_000_000,
                    size / 1_000_000
                ))
                .into());
            }
        }
        let stamp = rfc3339(SystemTime::now()).replace(':', "");
        let run_dir = config
            .backup_dir
            .join(format!("refresh-{stamp}-{}", std::process::id()));
        std::fs::create_dir_all(&run_dir)
            .map_err(|e| Error::io(format!("creating {}", run_dir.display()), e))?;
        audit.run_dir = run_dir.display().to_string();
        Ok(Preflight {
            tools,
            key: Arc::new(key),
            keyring,
            rules,
            rules_entry,
            source,
            target: target_file,
            run_dir,
        })
    }
}

impl Preflight {
    /// The target's login, which preflight made for every mode that writes the target.
    ///
    /// # Errors
    /// This run's mode does not write the target (a step that writes it was reached anyway).
    pub(super) fn target_login(&self) -> Result<&OptionFile> {
        self.target.as_ref().ok_or_else(|| {
            ErrorKind::Usage("this refresh mode does not log in to the target".into()).into()
        })
    }
}

/// Bytes free for an unprivileged user on the file system of `dir`, when it can be told.
fn free_bytes(dir: &std::path::Path) -> Option<u64> {
    let s = rustix::fs::statvfs(dir).ok()?;
    Some(s.f_bavail.saturating_mul(s.f_frsize))
}

#[cfg(test)]
mod tests {
    #[test]
    fn free_space_is_read_from_the_file_system() {
        let d = tempfile::tempdir().unwrap();
        assert!(super::free_bytes(d.path()).is_some_and(|b| b > 0));
        assert!(super::free_bytes(&d.path().join("missing")).is_none());
    }
}
