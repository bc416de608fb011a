//! Webhook notifications (`--notify-url`): one Slack-compatible JSON POST (`{"text": …}` plus
//! machine fields) when a run starts, succeeds, fails or stops on drift. Counts, names and exit
//! statuses only, never a value of the data. A webhook that fails or times out is a warning for
//! the caller, never a failed run. [`Background`] sends from its own thread: a webhook that
//! never answers delays neither the run nor a signal.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use serde::Serialize;

use crate::error::Exit;

/// How long one POST may take, connection included.
pub const TIMEOUT: Duration = Duration::from_secs(3);
/// How long the end of an interrupted run waits for its last notification.
pub const SIGNAL_WAIT: Duration = Duration::from_millis(200);

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// The run started.
    Start,
    /// It ended with status 0.
    Success,
    /// It stopped on schema drift, an uncovered column or the data gate (status 2).
    Drift,
    /// It failed otherwise.
    Failure,
}

impl Phase {
    /// The phase of a run that ended with `exit`.
    pub fn of(exit: Exit) -> Phase {
        match exit {
            Exit::Ok => Phase::Success,
            Exit::Drift => Phase::Drift,
            _ => Phase::Failure,
        }
    }
}

/// One notification.
#[derive(Debug, Clone, Serialize)]
pub struct Message {
    /// The line chat clients show.
    pub text: String,
    /// `start`, `success`, `drift` or `failure`.
    pub event: Phase,
    /// The command (`transform`, `convert`…).
    pub command: String,
    /// The machine's host name.
    pub host: String,
    /// The exit status (absent at the start).
    pub exit_status: Option<u8>,
    /// Key figures: counts, names, seconds (never data).
    pub summary: serde_json::Value,
}

impl Message {
    /// A message for `command` in `phase`, with `detail` after the headline and `summary`.
    pub fn new(
        command: &str,
        phase: Phase,
        exit: Option<Exit>,
        detail: &str,
        summary: serde_json::Value,
    ) -> Message {
        let host = hostname();
        let what = match phase {
            Phase::Start => "started",
            Phase::Success => "succeeded",
            Phase::Drift => "stopped: schema drift or data gate (exit 2)",
            Phase::Failure => "FAILED",
        };
        let status = exit.map_or(String::new(), |e| format!(" (exit {})", e as u8));
        let text = if detail.is_empty() {
            format!("amrit-stream {command} on {host} {what}{status}")
        } else {
            format!("amrit-stream {command} on {host} {what}{status}: {detail}")
        };
        Message {
            text,
            event: phase,
            command: command.to_string(),
            host,
            exit_status: exit.map(|e| e as u8),
            summary,
        }
    }
}

/// Sends messages to one webhook URL.
#[derive(Debug, Clone)]
pub struct Notifier {
    url: String,
    timeout: Duration,
}

impl Notifier {
    /// A notifier for `url` with the default [`TIMEOUT`].
    pub fn new(url: &str) -> Notifier {
        Notifier {
            url: url.to_string(),
            timeout: TIMEOUT,
        }
    }

    /// The same notifier with another timeout.
    pub fn with_timeout(mut self, timeout: Duration) -> Notifier {
        self.timeout = timeout;
        self
    }

    /// POST `msg`.
    ///
    /// # Errors
    /// Why the webhook did not take it (a message naming the URL's host, never the payload),
    /// for the caller to print as a warning.
    pub fn send(&self, msg: &Message) -> std::result::Result<(), String> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(self.timeout))
            .http_status_as_error(true)
            .build()
            .into();
        agent
            .post(&self.url)
            .send_json(msg)
            .map(|_| ())
            .map_err(|e| {
                let host = host_of(&self.url);
                let why = redact(&e.to_string(), &self.url);
                format!("the webhook at {host} did not take the notification: {why}")
            })
    }
}

/// A notifier on its own thread: [`Background::send`] queues a message and returns at once;
/// [`Background::finish`] queues the last one and waits for the queue at most the notifier's
/// timeout (at most [`SIGNAL_WAIT`] when the run was interrupted).
pub struct Background {
    tx: Option<Sender<Message>>,
    done: Receiver<()>,
    timeout: Duration,
}

impl Background {
    /// Start the thread for `notifier`; `warn` receives its warnings (host names, never the
    /// URL's path, user info or query).
    pub fn start(notifier: Notifier, warn: impl Fn(&str) + Send + 'static) -> Background {
        let (tx, rx) = mpsc::channel::<Message>();
        let (done_tx, done) = mpsc::channel();
        let timeout = notifier.timeout;
        std::thread::spawn(move || {
            for msg in rx {
                if let Err(e) = notifier.send(&msg) {
                    warn(&e);
                }
            }
            let _ = done_tx.send(());
        });
        Background {
            tx: Some(tx),
            done,
            timeout,
        }
    }

    /// Queue `msg`.
    pub fn send(&self, msg: Message) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(msg);
        }
    }

    /// Queue the last message and wait until it is sent, at most the timeout (or
    /// [`SIGNAL_WAIT`] with `interrupted`); returns whether everything was sent.
    pub fn finish(mut self, msg: Message, interrupted: bool) -> bool {
        self.send(msg);
        drop(self.tx.take());
        let wait = if interrupted {
            SIGNAL_WAIT
        } else {
            self.timeout
        };
        match self.done.recv_timeout(wait) {
            Ok(()) | Err(RecvTimeoutError::Disconnected) => true,
            Err(RecvTimeoutError::Timeout) => false,
        }
    }
}

/// The host part of a URL, for messages: no scheme, path, query or fragment (a webhook URL's
/// path is often a secret token) and no `user:password@`.
pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    authority.rsplit_once('@').map_or(authority, |(_, h)| h)
}

/// `text` with every occurrence of `url` (whole, or its part after the host) replaced by its
/// host: for error messages of the HTTP client, which may quote the URL.
fn redact(text: &str, url: &str) -> String {
    let host = host_of(url);
    let mut out = text.replace(url, host);
    if let Some((secret, _)) = url
        .split_once("://")
        .map(|(_, r)| r)
        .and_then(|r| r.split(['/', '?', '#']).next())
        .and_then(|a| a.rsplit_once('@'))
    {
        out = out.replace(secret, "");
    }
    if let Some(i) = url.find(host).map(|i| i + host.len()) {
        let tail = &url[i..];
        if tail.len() > 1 {
            out = out.replace(tail, "");
        }
    }
    out
}

/// This machine's host name (`HOSTNAME`, `/etc/hostname`, or `unknown`).
pub fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty())
        })
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn messages_say_what_happened_and_hide_the_webhook_token() {
        let m = Message::new(
            "convert",
            Phase::of(Exit::Drift),
            Some(Exit::Drift),
            "3 files, 1 failed",
            serde_json::json!({"files": 3}),
        );
        assert!(
            m.text.contains("convert")
                && m.text.contains("exit 2")
                && m.text.ends_with("3 files, 1 failed")
        );
        let j = serde_json::to_value(&m).unwrap();
        assert_eq!(j["event"], "drift");
        assert_eq!(j["exit_status"], 2);
        assert_eq!(
            host_of("https://hooks.slack.com/services/T0/B0/SECRET"),
            "hooks.slack.com"
        );
        assert_eq!(
            host_of("https://ops:PASSWORD@hooks.example.org:8443/x?token=SECRET"),
            "hooks.example.org:8443"
        );
        let r = redact(
            "error posting https://ops:PASSWORD@h.example/x/SECRET?k=SECRET2: refused (ops:PASSWORD)",
            "https://ops:PASSWORD@h.example/x/SECRET?k=SECRET2",
        );
        assert!(!r.contains("PASSWORD") && !r.contains("SECRET"), "{r}");
    }

    #[test]
    fn a_dead_webhook_is_an_error_for_the_caller_not_a_panic() {
        // A port nothing listens on.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let n = Notifier::new(&format!("http://127.0.0.1:{port}/hook/TOKEN"))
            .with_timeout(Duration::from_secs(2));
        let e = n
            .send(&Message::new(
                "transform",
                Phase::Start,
                None,
                "",
                serde_json::json!({}),
            ))
            .unwrap_err();
        assert!(e.contains("127.0.0.1") && !e.contains("TOKEN"), "{e}");
    }

    #[test]
    fn a_webhook_that_never_answers_delays_neither_the_run_nor_a_signal() {
        // Accepts connections and never answers.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for c in listener.incoming() {
                held.push(c);
            }
        });
        let msg = || Message::new("transform", Phase::Start, None, "", serde_json::json!({}));
        let n = Notifier::new(&format!("http://u:PASSWORD@127.0.0.1:{port}/hook/TOKEN"));
        let warned = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let w = warned.clone();
        let t = Instant::now();
        let b = Background::start(n.clone(), move |e| w.lock().unwrap().push(e.to_string()));
        b.send(msg());
        assert!(t.elapsed() < Duration::from_millis(100), "send waits");
        // An interrupted run waits at most SIGNAL_WAIT for its last notification.
        let t = Instant::now();
        assert!(!b.finish(msg(), true));
        assert!(t.elapsed() < SIGNAL_WAIT + Duration::from_millis(100));
        // A finished run waits at most the timeout.
        let b = Background::start(n, |_| {});
        let t = Instant::now();
        assert!(!b.finish(msg(), false));
        let waited = t.elapsed();
        assert!(
            waited >= TIMEOUT && waited < TIMEOUT + Duration::from_millis(500),
            "{waited:?}"
        );
        std::thread::sleep(Duration::from_millis(300));
        for e in warned.lock().unwrap().iter() {
            assert!(!e.contains("PASSWORD") && !e.contains("TOKEN"), "{e}");
        }
    }
}
