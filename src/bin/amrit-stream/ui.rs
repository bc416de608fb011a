//! Messages on stderr: one `amrit-stream:` prefix, terminal control characters escaped (table
//! names come from an untrusted dump), never a value from the data.

use std::borrow::Cow;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Escape control, bidi-override and zero-width characters so a message cannot drive the terminal.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    };
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if bad(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// Print an error line.
pub fn error(msg: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "amrit-stream: error: {}",
        sanitize(msg)
    );
}

/// Print a warning line.
pub fn warn(msg: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "amrit-stream: warning: {}",
        sanitize(msg)
    );
}

/// Set by `-q`: informational lines are not printed (warnings and errors always are).
static QUIET: AtomicBool = AtomicBool::new(false);

/// Silence informational lines (`-q`).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Print a run's warnings, and its notes unless `-q`.
pub fn say(m: &amrit_stream::transform::Messages) {
    m.warnings.iter().for_each(|w| warn(w));
    m.notes.iter().for_each(|n| info(n));
}

/// Print an informational line (not with `-q`).
pub fn info(msg: &str) {
    if QUIET.load(Ordering::Relaxed) {
        return;
    }
    let _ = writeln!(std::io::stderr().lock(), "amrit-stream: {}", sanitize(msg));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(sanitize("db.t"), "db.t");
        assert_eq!(sanitize("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
    }
}
