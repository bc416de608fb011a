//! Whether an output would overwrite an input: the same file (device and inode), or the same
//! path once symlinks and `..` are resolved (for an output that does not exist yet, its
//! directory resolved and its name compared). Every command refuses such an output before it
//! reads a byte: `transform -o x.sql x.sql` would replace the production dump with its
//! anonymized copy, `decrypt -o f.amrenc f.amrenc` an encrypted backup with plaintext.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::error::{ErrorKind, Result};

/// The path with symlinks resolved, also when the file itself does not exist yet (its
/// directory resolved, its name kept).
fn resolved(p: &Path) -> Option<PathBuf> {
    if let Ok(c) = p.canonicalize() {
        return Some(c);
    }
    let name = p.file_name()?;
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.canonicalize().ok()?,
        _ => std::env::current_dir().ok()?,
    };
    Some(dir.join(name))
}

/// True when `a` and `b` name the same file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        if x.dev() == y.dev() && x.ino() == y.ino() {
            return true;
        }
    }
    matches!((resolved(a), resolved(b)), (Some(x), Some(y)) if x == y)
}

/// True when `dir` is `parent` or lies inside it (symlinks resolved).
pub fn inside(dir: &Path, parent: &Path) -> bool {
    match (resolved(dir), resolved(parent)) {
        (Some(d), Some(p)) => d.starts_with(p),
        _ => false,
    }
}

/// Refuse (exit 3) when any of `outputs` is one of `inputs` (`-`, stdin, is never a file).
///
/// # Errors
/// The output and the input it would overwrite, named.
pub fn refuse_output_over_input<'p>(
    outputs: impl IntoIterator<Item = &'p Path>,
    inputs: &[PathBuf],
) -> Result<()> {
    for out in outputs {
        if out == Path::new("-") {
            continue;
        }
        if let Some(input) = inputs
            .iter()
            .filter(|i| i.as_path() != Path::new("-"))
            .find(|i| same_file(out, i))
        {
            return Err(ErrorKind::Refused(format!(
                "{} is the input {}: writing it would replace the input before it is read; write to another path",
                out.display(),
                input.display()
            ))
            .into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_by_any_name_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let dump = d.path().join("x.sql");
        std::fs::write(&dump, b"-- dump\n").unwrap();
        let link = d.path().join("link.sql");
        std::os::unix::fs::symlink(&dump, &link).unwrap();
        let hard = d.path().join("hard.sql");
        std::fs::hard_link(&dump, &hard).unwrap();
        let dotted = d.path().join("sub/../x.sql");
        std::fs::create_dir(d.path().join("sub")).unwrap();
        for out in [&dump, &link, &hard, &dotted] {
            let e =
                refuse_output_over_input([out.as_path()], std::slice::from_ref(&dump)).unwrap_err();
            assert_eq!(e.class(), crate::error::ErrorClass::Security, "{e}");
        }
        let other = d.path().join("new.sql");
        refuse_output_over_input([other.as_path()], &[dump.clone(), PathBuf::from("-")]).unwrap();
        assert!(inside(&d.path().join("sub"), d.path()));
        assert!(inside(d.path(), d.path()));
        assert!(!inside(d.path(), &d.path().join("sub")));
    }
}
