//! The progress display on stderr (indicatif), fed by the engine's events: bytes read with a
//! percentage and ETA when the inputs' sizes are known (plain files), the rate, the table being
//! read, and files done in a batch. No colours (so `NO_COLOR` holds trivially); never a value.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use amrit_stream::observe::{Event, Observer};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar over every input of a run.
pub struct Progress {
    bar: ProgressBar,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Plain bytes read per input.
    read: HashMap<String, u64>,
    /// Inputs done, and how many there are.
    done: usize,
    total_files: usize,
    table: String,
}

impl Progress {
    /// A display for `files` inputs of `total` bytes on disk (`None`: some are compressed or
    /// of unknown size, so no percentage), drawn on stderr even when it is not a terminal
    /// (`--progress always`).
    pub fn new(files: usize, total: Option<u64>) -> Progress {
        let bar = match total {
            Some(n) => {
                let b =
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr_with_hz(4));
                b.set_style(
                    ProgressStyle::with_template(
                        "{elapsed_precise} [{bar:30}] {percent:>3}% {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                    )
                    .expect("template")
                    .progress_chars("=> "),
                );
                b
            }
            None => {
                let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
                b.set_style(
                    ProgressStyle::with_template(
                        "{elapsed_precise} {spinner} {bytes} read, {binary_bytes_per_sec} {msg}",
                    )
                    .expect("template"),
                );
                b
            }
        };
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress {
            bar,
            state: Mutex::new(State {
                total_files: files,
                ..State::default()
            }),
        }
    }

    fn message(&self, s: &State) {
        let files = if s.total_files > 1 {
            format!("files {}/{} · ", s.done, s.total_files)
        } else {
            String::new()
        };
        self.bar
            .set_message(format!("{files}{}", crate::ui::sanitize(&s.table)));
    }

    /// Remove the display (at the end of the run).
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Observer for Progress {
    fn event(&self, e: &Event<'_>) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match *e {
            Event::BytesRead { input, bytes } => {
                s.read.insert(input.to_string(), bytes);
                self.bar.set_position(s.read.values().sum());
            }
            Event::TableStarted { table, .. } => {
                s.table = table.to_string();
                self.message(&s);
            }
            Event::Outcome { .. } => {
                s.done += 1;
                self.message(&s);
            }
            _ => {}
        }
    }
}
