//! `synth`: write a deterministic synthetic dump.

use amrit_stream::synth::write_people_dump;
use amrit_stream::{Error, Result};

use crate::cli::SynthArgs;
use crate::cmd::transform::Sink;

/// Run `synth`.
///
/// # Errors
/// Output errors.
pub fn run(args: &SynthArgs) -> Result<()> {
    let mut sink = Sink::open(args.output.as_deref())?;
    match write_people_dump(sink.writer(), args.size as u64, args.seed) {
        Ok(_) => sink.finish(),
        Err(e) => {
            sink.abandon();
            Err(Error::io("writing the synthetic dump", e))
        }
    }
}
