//! `synth`: write a deterministic synthetic dump.

use amrit_stream::dump::synth::write_people_dump;
use amrit_stream::io::keys::Keyring;
use amrit_stream::io::output::{Output, OutputOptions};
use amrit_stream::{Error, Result};

use crate::args::SynthArgs;

/// Run `synth`.
///
/// # Errors
/// Output errors.
pub fn run(args: &SynthArgs) -> Result<()> {
    if args.amrit {
        return amrit(args);
    }
    let mut out = Output::open(
        args.output.as_deref(),
        &OutputOptions::default(),
        &Keyring::empty(),
    )?;
    write_people_dump(&mut out, args.size as u64, args.seed)
        .map_err(|e| Error::io("writing the synthetic dump", e))?;
    out.finish().map(|_| ())
}

/// `synth --amrit`: the four AMRIT sample dumps.
fn amrit(args: &SynthArgs) -> Result<()> {
    let dir = args
        .output
        .as_deref()
        .expect("clap requires -o with --amrit");
    let schema = args
        .schema
        .as_deref()
        .expect("clap requires --schema with --amrit");
    let facts = amrit_stream::amrit::facts::load(schema)?;
    let stats =
        amrit_stream::amrit::synth::write_amrit_dumps(&facts, dir, args.size as u64, args.seed)
            .map_err(|e| Error::io(format!("writing the AMRIT sample to {}", dir.display()), e))?;
    let total: u64 = stats.files.iter().map(|f| f.1).sum();
    crate::ui::info(&format!(
        "wrote {} synthetic people, {} bytes in {} files under {}",
        stats.people,
        total,
        stats.files.len(),
        dir.display()
    ));
    Ok(())
}
