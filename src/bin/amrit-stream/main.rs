//! The `amrit-stream` binary: parse the command line, dispatch, map errors to exit codes,
//! print each error once on stderr.

mod args;
mod cmd;
mod keys;
mod progress;
mod ui;
mod watch;

use std::process::ExitCode;

use amrit_stream::error::Setting;
use amrit_stream::io::stop;
use amrit_stream::{Exit, Signal};
use args::{Cli, Command, RulesCommand};

/// SIGINT, SIGTERM and SIGHUP stop the run cleanly: the first asks every run to stop (temporary
/// files removed, manifest and report written as interrupted, exit 130/143/129); a second one
/// exits at once.
fn watch_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        ui::warn("signals cannot be watched: Ctrl-C will not stop the run cleanly");
        return;
    };
    std::thread::spawn(move || {
        for sig in signals.forever() {
            let signal = match sig {
                SIGINT => Signal::Interrupt,
                SIGTERM => Signal::Terminate,
                _ => Signal::HangUp,
            };
            if let Some(first) = stop::requested() {
                // A second signal: stop now.
                std::process::exit(Exit::stopped_by(first) as i32);
            }
            stop::request(signal);
        }
    });
}

/// How this binary spells the settings the library's messages name: its flags.
fn flag(setting: Setting) -> &'static str {
    match setting {
        Setting::AllowIncomplete => "--allow-incomplete",
        Setting::AllowUnmatched => "--allow-unmatched",
        Setting::MaxStatementSize => "--max-statement-size",
        Setting::EncKeyFile => "--enc-key-file",
        Setting::KeepLast => "--keep-last",
        Setting::OutDir => "--out-dir",
        Setting::ChunkSize => "--chunk-size",
        Setting::ConfirmOverwrite => "--confirm-overwrite",
    }
}

fn main() -> ExitCode {
    amrit_stream::error::name_settings(flag);
    use clap::FromArgMatches;
    let cli = match args::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
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
    ui::set_quiet(match &cli.command {
        None => cli.transform.quiet,
        Some(Command::Transform(a)) => a.quiet,
        Some(Command::Check(a)) => a.quiet,
        Some(Command::Verify(a)) => a.quiet,
        Some(Command::Profile(a)) => a.quiet,
        Some(Command::Decrypt(a)) => a.quiet,
        Some(Command::Encrypt(a)) => a.quiet,
        Some(Command::Rekey(a)) => a.quiet,
        Some(Command::Convert(a)) => a.quiet,
        Some(Command::Prune(a)) => a.quiet,
        Some(Command::Refresh(a)) => a.quiet,
        _ => false,
    });
    watch_signals();
    let result = match &cli.command {
        None => cmd::transform::run(&cli.transform),
        Some(Command::Transform(args)) => cmd::transform::run(args),
        Some(Command::Synth(args)) => cmd::synth::run(args),
        Some(Command::Rules(RulesCommand::Init { schema, database })) => {
            cmd::rules::init(schema, database.database.as_deref())
        }
        Some(Command::Rules(RulesCommand::Inventory { rules })) => cmd::rules::inventory(rules),
        Some(Command::Check(args)) => cmd::watched(
            "check",
            &args.observe,
            args.quiet,
            &args.input.paths(),
            |w| cmd::check::run(args, &*w.events()),
        ),
        Some(Command::Decrypt(args)) => cmd::crypt::decrypt(args),
        Some(Command::Encrypt(args)) => cmd::crypt::encrypt(args),
        Some(Command::Rekey(args)) => cmd::crypt::rekey(args),
        Some(Command::Verify(args)) => cmd::watched(
            "verify",
            &args.observe,
            args.quiet,
            &args.input.paths(),
            |w| cmd::verify::run(args, w.metrics(), &*w.events()),
        ),
        Some(Command::Profile(args)) => cmd::watched(
            "profile",
            &args.observe,
            args.quiet,
            &args.input.paths(),
            |w| cmd::profile::run(args, &*w.events()),
        ),
        Some(Command::Convert(args)) => cmd::convert::run(args),
        Some(Command::Prune(args)) => cmd::prune::run(args),
        Some(Command::Refresh(args)) => cmd::refresh::run(args),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                *shell,
                &mut args::command(),
                "amrit-stream",
                &mut std::io::stdout(),
            );
            Ok(())
        }
        Some(Command::Man { dir }) => {
            match dir {
                // The top page names a sub-page per command: write them all.
                Some(d) => std::fs::create_dir_all(d)
                    .and_then(|()| clap_mangen::generate_to(args::command(), d))
                    .map_err(|e| {
                        amrit_stream::Error::io(
                            format!("writing the man pages to {}", d.display()),
                            e,
                        )
                    }),
                None => clap_mangen::Man::new(args::command())
                    .render(&mut std::io::stdout())
                    .map_err(|e| amrit_stream::Error::io("writing the man page", e)),
            }
        }
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
        // After a signal the upstream dies too (truncated input) or the pipe closes: whatever
        // error ended the run, it was the signal.
        Err(_) if stop::requested().is_some() => {
            let signal = stop::requested().expect("checked");
            ui::error(&format!("interrupted by {}", signal.name()));
            ExitCode::from(Exit::stopped_by(signal) as u8)
        }
        // The reader went away mid-output: what it got is incomplete, so the run failed.
        Err(e) if e.is_broken_pipe() => {
            ui::error(
                "the program reading the output closed it before the output ended (a `| head`, \
                 or a `mysql` that stopped on an error): the output is incomplete",
            );
            ExitCode::from(Exit::of(&e) as u8)
        }
        Err(e) => {
            ui::error(&e.to_string());
            ExitCode::from(Exit::of(&e) as u8)
        }
    }
}
