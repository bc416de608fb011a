//! `refresh`: production to UAT in one command (see `amrit_stream::ops::refresh`): the run's
//! steps on stderr, its report, progress, metrics and notifications.

use amrit_stream::ops::refresh::config::Config;
use amrit_stream::ops::refresh::{Mode, Refresh};
use amrit_stream::report::{Cell, Report, Section};
use amrit_stream::{ErrorKind, Result};

use crate::args::{RefreshArgs, RefreshMode};
use crate::ui;
use crate::watch::Watch;

/// Run `refresh`.
///
/// # Errors
/// A refusal (3), drift or the data gate (2), a leak (4), any other failure (1).
pub fn run(args: &RefreshArgs) -> Result<()> {
    if args.password.is_some() {
        return Err(ErrorKind::Refused(
            "a password on the command line is visible to every user (ps, shell history); name its environment variable in the configuration's `password_env`".into(),
        )
        .into());
    }
    super::check_reports(&args.report, std::slice::from_ref(&args.config))?;
    let config = Config::load(&args.config)?;
    let mode = match (&args.rollback, args.dry_run, args.mode) {
        (Some(dir), _, _) => Mode::Rollback(dir.clone()),
        (None, true, _) => Mode::DryRun,
        (None, false, RefreshMode::Full) => Mode::Full,
        (None, false, RefreshMode::AnonymizeOnly) => Mode::AnonymizeOnly,
        (None, false, RefreshMode::RestoreOnly) => {
            Mode::RestoreOnly(args.backup.clone().expect("clap requires --backup"))
        }
    };
    super::check_outputs(
        args.observe.metrics_file.as_deref(),
        std::slice::from_ref(&args.config),
    )?;
    let watch = Watch::start("refresh", &args.observe, args.quiet, &[]);
    let say = |line: &str| ui::info(line);
    let refresh = Refresh {
        config: &config,
        target_name: &args.target,
        mode,
        confirmed: args.confirm_overwrite,
        config_path: args.config.clone(),
        observer: watch.observer(),
        say: &say,
    };
    let (result, audit) = refresh.run();
    if let (Err(_), Some(cmd)) = (&result, &audit.rollback_command) {
        ui::warn(&format!(
            "the target may be half-restored; to put it back as it was: {cmd}"
        ));
    }
    let report = Report {
        kind: "refresh",
        passed: result.is_ok(),
        headline: match &result {
            Ok(()) => format!(
                "refresh ({}) of target {} succeeded",
                audit.mode, args.target
            ),
            Err(e) => format!(
                "refresh ({}) of target {} failed: {e}",
                audit.mode, args.target
            ),
        },
        summary: vec![
            ("mode".into(), audit.mode.clone()),
            ("exit status".into(), audit.exit_status.to_string()),
            ("run directory".into(), audit.run_dir.clone()),
        ],
        sections: vec![Section {
            title: "Steps".into(),
            note: "Each step with its duration and result.".into(),
            headers: ["step", "seconds", "result"].map(String::from).to_vec(),
            rows: audit
                .steps
                .iter()
                .map(|s| {
                    vec![
                        Cell::from(s.step.as_str()),
                        Cell::from(format!("{:.1}", s.seconds)),
                        Cell::from(s.result.as_str()),
                    ]
                })
                .collect(),
        }],
        body: serde_json::to_value(&audit).unwrap_or_default(),
    };
    let result = match (result, args.report.write(&report)) {
        (Ok(()), Err(e)) => Err(e),
        (r, _) => r,
    };
    let rows: u64 = audit.rows.values().sum();
    watch.finish(
        result,
        &format!("{} step(s), {rows} rows", audit.steps.len()),
        serde_json::json!({"mode": audit.mode, "rows": rows, "steps": audit.steps.len()}),
    )
}
