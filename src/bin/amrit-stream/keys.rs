//! The pseudonymization key of a run, from the command line's point of view: never from argv,
//! from `--key-file` or `AMRIT_STREAM_KEY`, or a one-off key that the user is told about.

use std::sync::Arc;

use amrit_stream::io::keys::MasterKey;
use amrit_stream::{ErrorKind, Result};

use crate::args::KeyArgs;
use crate::ui;

impl KeyArgs {
    /// True when a key is given (`--key-file` or `AMRIT_STREAM_KEY`); whether it can be read is
    /// [`KeyArgs::load`]'s question.
    pub fn given(&self) -> bool {
        self.key_file.is_some()
            || std::env::var_os("AMRIT_STREAM_KEY").is_some_and(|v| !v.is_empty())
    }

    /// The pseudonymization key: `--key-file`, else `AMRIT_STREAM_KEY`, else a random one-off
    /// key (said on stderr: pseudonyms then match no other run).
    ///
    /// # Errors
    /// A key given on the command line (exit 3), an unreadable, malformed or group-readable key.
    pub fn load(&self) -> Result<Arc<MasterKey>> {
        if self.key.is_some() {
            return Err(ErrorKind::Refused(
                "a key given on the command line is visible to every user (ps, shell history); \
                 use AMRIT_STREAM_KEY or --key-file"
                    .into(),
            )
            .into());
        }
        Ok(Arc::new(match MasterKey::load(self.key_file.as_deref())? {
            Some(k) => k,
            None => {
                ui::warn("no key (AMRIT_STREAM_KEY or --key-file): using a random one-off key; pseudonyms will not match other runs");
                MasterKey::one_off()?
            }
        }))
    }
}
