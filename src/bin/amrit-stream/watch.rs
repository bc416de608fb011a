//! What watches a long run, from `--progress`, `--metrics-file` and `--notify-url`: the
//! progress display, the metrics file (written every 10 s by a ticker thread and at the end)
//! and the webhook (on start and at the end). [`Watch::observer`] goes to the engine;
//! [`Watch::finish`] closes it all with the run's outcome.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use amrit_stream::observe::metrics::Metrics;
use amrit_stream::observe::webhook::{Background, Message, Notifier, Phase};
use amrit_stream::observe::{Fanout, Observer, Silent};
use amrit_stream::{Error, Exit, Result};

use crate::args::{ObserveArgs, ProgressMode};
use crate::progress::Progress;
use crate::ui;

/// How often the metrics file is rewritten during a run.
const METRICS_EVERY: Duration = Duration::from_secs(10);

/// The watchers of one run.
pub struct Watch {
    command: &'static str,
    progress: Option<Arc<Progress>>,
    metrics: Option<Arc<Metrics>>,
    notifier: Option<Background>,
    ticker: Option<(Sender<()>, JoinHandle<()>)>,
}

impl Watch {
    /// Start watching `command` over `inputs` (for the progress display's sizes): the start
    /// notification is sent and the metrics ticker started.
    pub fn start(
        command: &'static str,
        args: &ObserveArgs,
        quiet: bool,
        inputs: &[PathBuf],
    ) -> Watch {
        let show = match args.progress {
            ProgressMode::Always => true,
            ProgressMode::Never => false,
            ProgressMode::Auto => !quiet && std::io::stderr().is_terminal(),
        };
        let progress = show.then(|| Arc::new(Progress::new(inputs.len(), known_size(inputs))));
        let metrics = args
            .metrics_file
            .as_ref()
            .map(|p| Arc::new(Metrics::new(command, p)));
        let ticker = metrics.clone().map(|m| {
            let (tx, rx) = mpsc::channel::<()>();
            let handle = std::thread::spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = rx.recv_timeout(METRICS_EVERY) {
                    if let Err(e) = m.write() {
                        ui::warn(&format!("metrics: {e}"));
                    }
                }
            });
            (tx, handle)
        });
        // An empty URL (an unset `"$VAR"`) means no webhook.
        let notifier = args
            .notify_url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
            .map(|u| Background::start(Notifier::new(u), ui::warn));
        let w = Watch {
            command,
            progress,
            metrics,
            notifier,
            ticker,
        };
        let files = inputs.len();
        w.notify(Message::new(
            command,
            Phase::Start,
            None,
            &format!("{files} input(s)"),
            serde_json::json!({"inputs": files}),
        ));
        w
    }

    /// The observer for the engine (`None` when nothing watches the events).
    pub fn observer(&self) -> Option<Arc<dyn Observer>> {
        let mut all: Vec<Arc<dyn Observer>> = Vec::new();
        if let Some(p) = &self.progress {
            all.push(p.clone());
        }
        if let Some(m) = &self.metrics {
            all.push(m.clone());
        }
        match all.len() {
            0 => None,
            1 => all.pop(),
            _ => Some(Arc::new(Fanout(all))),
        }
    }

    /// The observer for a pass, [`Silent`] when nothing watches.
    pub fn events(&self) -> Arc<dyn Observer> {
        self.observer().unwrap_or_else(|| Arc::new(Silent))
    }

    /// The metrics, for what the command adds (rows per database, batch results, leaks).
    pub fn metrics(&self) -> Option<&Metrics> {
        self.metrics.as_deref()
    }

    fn notify(&self, msg: Message) {
        if let Some(n) = &self.notifier {
            n.send(msg);
        }
    }

    /// The run ended with `result`: clear the progress display, write the metrics a last time
    /// (a failure to write them fails a run that succeeded), and send the final notification
    /// with `detail` and `summary` (a failing webhook is a warning).
    ///
    /// # Errors
    /// The run's own error, or the metrics file's when the run succeeded.
    pub fn finish(
        mut self,
        result: Result<()>,
        detail: &str,
        summary: serde_json::Value,
    ) -> Result<()> {
        if let Some(p) = &self.progress {
            p.finish();
        }
        if let Some((tx, handle)) = self.ticker.take() {
            let _ = tx.send(());
            let _ = handle.join();
        }
        let exit = match &result {
            Ok(()) => Exit::Ok,
            Err(e) => amrit_stream::io::stop::exit_of(e),
        };
        let error: Option<&Error> = result.as_ref().err();
        let written = self.metrics.as_ref().map_or(Ok(()), |m| {
            m.finish(exit, error);
            m.write()
        });
        let detail = match error {
            Some(e) if detail.is_empty() => first_line(&e.to_string()),
            _ => detail.to_string(),
        };
        let result = match (result, written) {
            (Ok(()), Err(e)) => Err(e),
            (r, Err(e)) => {
                ui::warn(&format!("metrics: {e}"));
                r
            }
            (r, Ok(())) => r,
        };
        if let Some(n) = self.notifier.take() {
            let interrupted = matches!(
                result.as_ref().map_err(|e| e.class()),
                Err(amrit_stream::ErrorClass::Interrupted(_))
            );
            let msg = Message::new(self.command, Phase::of(exit), Some(exit), &detail, summary);
            if !n.finish(msg, interrupted) {
                ui::warn("the webhook did not take the last notification in time");
            }
        }
        result
    }
}

/// The inputs' total size when every one is a plain file whose size is its dump's (not
/// compressed or encrypted), for a percentage.
fn known_size(inputs: &[PathBuf]) -> Option<u64> {
    if inputs.is_empty() {
        // Inputs the engine learns of as it goes (`refresh`'s dumps): no percentage.
        return None;
    }
    let mut total = 0;
    for p in inputs {
        let name = p.to_string_lossy();
        if name == "-" || [".gz", ".zst", ".amrenc"].iter().any(|s| name.ends_with(s)) {
            return None;
        }
        total += std::fs::metadata(p).ok().filter(|m| m.is_file())?.len();
    }
    Some(total)
}

/// The first line of a message, cut to 300 characters (a notification, not a report).
fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(300).collect()
}
