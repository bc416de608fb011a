//! The progress display on stderr (indicatif), fed by the run's events: bytes read with a
//! percentage and ETA when the inputs' sizes are known (plain files), the rate, rows written and
//! rows a second, the table being read, and files done in a batch. No colours (so `NO_COLOR`
//! holds trivially); never a value.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use amrit_stream::observe::{Event, Observer};
use indicatif::{HumanCount, ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

/// A progress bar over every input of a run.
pub struct Progress {
    bar: ProgressBar,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Plain bytes read per input.
    read: HashMap<String, u64>,
    /// Rows written per input.
    rows: HashMap<String, u64>,
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
        use std::io::IsTerminal;
        // On a terminal the bar redraws in place; elsewhere (asked for with `--progress
        // always`: a log file) one plain line a second.
        let target = || {
            if std::io::stderr().is_terminal() {
                ProgressDrawTarget::stderr_with_hz(4)
            } else {
                ProgressDrawTarget::term_like_with_hz(Box::new(Lines), 1)
            }
        };
        let bar = match total {
            Some(n) => {
                let b = ProgressBar::with_draw_target(Some(n), target());
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
                let b = ProgressBar::with_draw_target(None, target());
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
        let rows: u64 = s.rows.values().sum();
        let rows = if rows > 0 {
            let secs = self.bar.elapsed().as_secs_f64().max(0.001);
            format!(
                "{} rows, {}/s · ",
                HumanCount(rows),
                HumanCount((rows as f64 / secs) as u64)
            )
        } else {
            String::new()
        };
        let files = if s.total_files > 1 {
            format!("files {}/{} · ", s.done, s.total_files)
        } else {
            String::new()
        };
        self.bar
            .set_message(format!("{rows}{files}{}", crate::ui::sanitize(&s.table)));
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
            Event::RowsWritten { input, rows } => {
                s.rows.insert(input.to_string(), rows);
                self.message(&s);
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

/// Progress as plain lines on stderr, for a stderr that is not a terminal.
#[derive(Debug)]
struct Lines;

impl TermLike for Lines {
    fn width(&self) -> u16 {
        120
    }
    fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        use std::io::Write;
        if s.trim().is_empty() {
            return Ok(());
        }
        writeln!(
            std::io::stderr().lock(),
            "amrit-stream: progress: {}",
            s.trim_end()
        )
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        self.write_line(s)
    }
    fn clear_line(&self) -> std::io::Result<()> {
        Ok(())
    }
    fn flush(&self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_counts_rows_over_inputs_and_files_done() {
        let p = Progress::new(2, None);
        p.event(&Event::TableStarted {
            input: "a.sql",
            table: "db.t",
        });
        p.event(&Event::RowsWritten {
            input: "a.sql",
            rows: 1_500,
        });
        p.event(&Event::RowsWritten {
            input: "b.sql",
            rows: 500,
        });
        p.event(&Event::Outcome {
            input: "a.sql",
            exit: amrit_stream::Exit::Ok,
        });
        let m = p.bar.message();
        p.finish();
        assert!(m.starts_with("2,000 rows, "), "{m}");
        assert!(m.contains("/s · files 1/2 · db.t"), "{m}");
    }
}
