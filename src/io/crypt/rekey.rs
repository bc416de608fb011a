//! Changing who can open an encrypted file: the key slots are rewritten, the body is copied.

use std::io::{self, BufReader, Write};
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};
use crate::io::keys::{hex, Keyring};

use super::header::Header;

/// Rewrite the key slots of the encrypted file at `path`: add a slot for every key of `add`,
/// remove the slots of the key ids in `remove`. The data key is opened with `keys`. The core and
/// the body are copied byte for byte (no re-encryption); the new file replaces the old one
/// atomically (temporary name, fsync, rename).
///
/// # Errors
/// The file cannot be opened with `keys`, no slot would remain, or I/O fails.
pub fn rekey(path: &Path, keys: &Keyring, add: &Keyring, remove: &[String]) -> Result<Header> {
    let name = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| Error::io(format!("opening {name}"), e))?;
    let mut r = BufReader::with_capacity(1 << 20, f);
    let mut header = Header::read(&mut r, &name)?;
    let data_key = header.open(keys, &name)?;
    for id in remove {
        let before = header.slots.len();
        header.slots.retain(|s| &hex(&s.key_id) != id);
        if header.slots.len() == before {
            return Err(ErrorKind::Usage(format!(
                "{name} has no key slot with key id {id}; its key ids are {}",
                header.key_ids().join(", ")
            ))
            .into());
        }
    }
    for k in add.keys() {
        header.add_slot(&data_key, k)?;
    }
    if header.slots.is_empty() {
        return Err(ErrorKind::Refused(format!(
            "removing every key of {name} would make it unreadable; add a key in the same run"
        ))
        .into());
    }
    let perms = r
        .get_ref()
        .metadata()
        .map_err(|e| Error::io(format!("reading {name}"), e))?
        .permissions();
    let mut out = crate::io::atomic::AtomicFile::create(path)?;
    out.write_all(&header.to_bytes())
        .and_then(|()| io::copy(&mut r, &mut out).map(|_| ()))
        .map_err(|e| Error::io(format!("rewriting {name}"), e))?;
    out.commit()?;
    std::fs::set_permissions(path, perms)
        .map_err(|e| Error::io(format!("restoring the permissions of {name}"), e))?;
    Ok(header)
}
