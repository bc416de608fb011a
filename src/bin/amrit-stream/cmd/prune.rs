//! `prune`: retention of an output directory (see `amrit_stream::ops::prune`).

use std::time::SystemTime;

use amrit_stream::ops::retention::{self as prune, Retention};
use amrit_stream::Result;

use crate::args::PruneArgs;
use crate::ui;

/// Run `prune`.
///
/// # Errors
/// The directory cannot be listed or a file cannot be removed.
pub fn run(args: &PruneArgs) -> Result<()> {
    let keep = Retention {
        keep_days: args.keep_days,
        keep_last: usize::try_from(args.keep_last).unwrap_or(usize::MAX),
        ..Retention::default()
    };
    let swept = if args.dry_run {
        0
    } else {
        amrit_stream::io::sweep_dir(&args.out_dir)
            + amrit_stream::ops::refresh::sweep_option_files(&args.out_dir)
    };
    let gone = prune::expired(&args.out_dir, keep, SystemTime::now())?;
    for a in &gone {
        let verb = if args.dry_run {
            "would remove"
        } else {
            "removing"
        };
        ui::info(&format!(
            "{verb} {} and {} file(s) beside it",
            a.output.display(),
            a.siblings.len()
        ));
    }
    if args.dry_run {
        ui::info(&format!(
            "dry run: {} output(s) older than {} day(s) would be removed (the newest {} of each database kept)",
            gone.len(),
            args.keep_days,
            args.keep_last
        ));
        return Ok(());
    }
    let files = prune::remove(&gone)?;
    ui::info(&format!(
        "removed {} output(s), {files} file(s) in all{}",
        gone.len(),
        if swept > 0 {
            format!(", and {swept} temporary file(s) of killed runs")
        } else {
            String::new()
        }
    ));
    Ok(())
}
