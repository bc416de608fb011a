//! `decrypt`, `encrypt` and `rekey`: the encrypted format's commands (see
//! `amrit_stream::io::crypt` for the format).

use std::io;
use std::path::PathBuf;
use std::time::SystemTime;

use amrit_stream::dump::reader::{Checked, Completeness};
use amrit_stream::io::crypt::{self, Completion, Content};
use amrit_stream::io::keys::{EncKey, Keyring};
use amrit_stream::io::output::{chunk_size, compress_threads, Output, OutputOptions};
use amrit_stream::io::{decode, open_input_hashed, open_raw, sniff, stop, Format};
use amrit_stream::report::manifest::{InputEntry, Manifest};
use amrit_stream::{Error, ErrorKind, Result};

use crate::args::{DecryptArgs, EncryptArgs, RekeyArgs};
use crate::ui;

/// Run `decrypt`.
///
/// # Errors
/// Not an encrypted file, no key, a failed chunk (exit 3), or I/O.
pub fn decrypt(args: &DecryptArgs) -> Result<()> {
    let started = SystemTime::now();
    let path = args.input.clone().unwrap_or_else(|| PathBuf::from("-"));
    super::check_outputs(args.output.as_deref(), std::slice::from_ref(&path))?;
    let keyring = args.enc.keyring()?;
    super::note_terminal(std::slice::from_ref(&path));
    let (name, raw) = open_raw(&path)?;
    let mut raw = io::BufReader::with_capacity(1 << 20, raw);
    let head =
        io::BufRead::fill_buf(&mut raw).map_err(|e| Error::io(format!("reading {name}"), e))?;
    if sniff(head) != Format::Encrypted {
        return Err(ErrorKind::Usage(format!(
            "{name} is not an amrit-stream encrypted file (it does not start with AMRITENC)"
        ))
        .into());
    }
    if args.check {
        let (header, plain, completion) = crypt::check(raw, &keyring, &name)?;
        if completion == Completion::Unproven {
            ui::warn(&format!(
                "{name}: the dump inside is {}: check it before restoring it",
                completion.describe()
            ));
        }
        ui::info(&format!(
            "{name}: ok: every chunk verified ({plain} plaintext bytes in chunks of {}, {}, written by {}, sealed for key ids {}); the dump inside: {}",
            header.chunk_size,
            match header.compression {
                crypt::Compression::Zstd => "zstd-compressed",
                crypt::Compression::None => "not compressed",
            },
            header.tool_version,
            header.key_ids().join(", "),
            completion.describe()
        ));
        return Ok(());
    }
    let mut manifest = Manifest::new("decrypt", started);
    let result = (|| {
        let mut input = decode(name.clone(), Box::new(raw), &keyring)?;
        // Decrypted plaintext may be raw production data: nobody else may read it.
        let private = OutputOptions {
            private: true,
            ..OutputOptions::default()
        };
        let mut out = Output::open(args.output.as_deref(), &private, &keyring)?;
        stop::copy(&mut input.reader, &mut out)
            .map_err(|e| Error::io(format!("decrypting {name}"), e))?;
        let w = out.finish()?;
        manifest.set_output(&w, None);
        Ok(())
    })();
    let result = super::stopped(result);
    super::finish_manifest(args.output.as_deref(), &mut manifest, &result)?;
    result
}

/// Run `encrypt`.
///
/// # Errors
/// No key, unreadable input, or I/O.
pub fn encrypt(args: &EncryptArgs) -> Result<()> {
    let started = SystemTime::now();
    super::check_outputs(args.output.as_deref(), &args.input.paths())?;
    let keyring = args.enc.keyring()?;
    keyring.require("encrypt")?;
    let inputs = args.input.paths();
    super::note_terminal(&inputs);
    let opts = OutputOptions {
        compress: args.compress,
        compress_threads: compress_threads(0),
        encrypt: true,
        chunk_size: chunk_size(args.chunk_size)?,
        content: Some(Content::Dump),
        private: false,
    };
    let mut manifest = Manifest::new("encrypt", started);
    let result = (|| {
        let mut out = Output::open(args.output.as_deref(), &opts, &keyring)?;
        let mut complete = true;
        for path in &inputs {
            let (mut input, digest) = open_input_hashed(path, &keyring)?;
            // The same completeness checks as `transform`: a backup of an empty or cut-short
            // dump is refused, and nothing is published.
            let mut seen = Completeness::default();
            stop::copy(&mut Checked::new(&mut input.reader, &mut seen), &mut out)
                .map_err(|e| Error::io(format!("encrypting {}", input.name), e))?;
            seen.check(&input.name, args.allow_incomplete)?;
            complete &= seen.completed();
            let (bytes, blake3) = digest.get();
            manifest.inputs.push(InputEntry {
                name: input.name,
                bytes,
                blake3,
            });
        }
        out.record_completion(if complete {
            Completion::Complete
        } else {
            Completion::Unproven
        });
        let w = out.finish()?;
        manifest.set_output(&w, args.compress);
        Ok(())
    })();
    let result = super::stopped(result);
    super::finish_manifest(args.output.as_deref(), &mut manifest, &result)?;
    result
}

/// Run `rekey`.
///
/// # Errors
/// The file cannot be opened with the given keys, a key id is not in it, or I/O.
pub fn rekey(args: &RekeyArgs) -> Result<()> {
    if args.add.is_empty() && args.remove.is_empty() {
        return Err(ErrorKind::Usage(
            "rekey needs --add-key-file PATH and/or --remove-key-id ID".into(),
        )
        .into());
    }
    let keyring = args.enc.keyring()?;
    let add = Keyring::of(
        args.add
            .iter()
            .map(|p| EncKey::load_file(p))
            .collect::<Result<Vec<_>>>()?,
    );
    let header = crypt::rekey(&args.file, &keyring, &add, &args.remove)?;
    ui::info(&format!(
        "{}: key slots rewritten, body unchanged; sealed for key ids {}",
        args.file.display(),
        header.key_ids().join(", ")
    ));
    Ok(())
}
