//! The `amrit-stream` binary: parse the command line, dispatch, map errors to exit codes,
//! print each error once on stderr.

mod args;
mod cmd;
mod ui;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use clap::Parser;

use amrit_stream::Exit;
use args::{Cli, Command, RulesCommand};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // clap exits 2 on usage errors, which would read as "drift": map to 1.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                Exit::Error as u8
            } else {
                Exit::Ok as u8
            });
        }
    };
    let interrupt = Arc::new(AtomicBool::new(false));
    let flag = interrupt.clone();
    let interrupted = interrupt.clone();
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            // Second Ctrl-C: stop now.
            std::process::exit(Exit::Interrupted as i32);
        }
    });
    let result = match &cli.command {
        None => cmd::transform::run(&cli.transform, interrupt),
        Some(Command::Transform(args)) => cmd::transform::run(args, interrupt),
        Some(Command::Synth(args)) => cmd::synth::run(args),
        Some(Command::Rules(RulesCommand::Init { schema, database })) => {
            cmd::rules::init(schema, database.database.as_deref())
        }
        Some(Command::Rules(RulesCommand::Inventory { rules })) => cmd::rules::inventory(rules),
        Some(Command::Check(args)) => cmd::check::run(args),
        Some(Command::Decrypt(args)) => cmd::crypt::decrypt(args),
        Some(Command::Encrypt(args)) => cmd::crypt::encrypt(args),
        Some(Command::Rekey(args)) => cmd::crypt::rekey(args),
        Some(Command::Verify(args)) => cmd::verify::run(args),
        Some(Command::Keygen(args)) => {
            amrit_stream::io::keys::keygen(&args.path).map(|(id, enc_id)| {
                ui::info(&format!(
                    "wrote a new key to {} (key id {id} as a pseudonymization key, {enc_id} as an \
                 encryption key); keep it secret",
                    args.path.display()
                ));
            })
        }
    };
    match result {
        Ok(()) => ExitCode::from(Exit::Ok as u8),
        // After Ctrl-C the upstream dies too (truncated input) or the pipe closes: report 130.
        Err(_) if interrupted.load(Ordering::SeqCst) => {
            ui::error("interrupted");
            ExitCode::from(Exit::Interrupted as u8)
        }
        Err(e) if e.is_broken_pipe() => ExitCode::from(Exit::Ok as u8),
        Err(e) => {
            ui::error(&e.to_string());
            ExitCode::from(Exit::of(&e) as u8)
        }
    }
}
