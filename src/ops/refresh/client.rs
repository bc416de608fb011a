//! The MySQL/MariaDB client tools as child processes: found on `PATH` (`mariadb-dump` or
//! `mysqldump`, `mariadb` or `mysql`), given their login through a temporary option file with
//! mode 0600 that is removed afterwards — never through argv, which `ps` shows. A failing tool
//! is named with the tail of its stderr (the tools print no row data there).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::error::{Error, ErrorKind, Result};

/// One of the client tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// `mariadb-dump` or `mysqldump`.
    Dump,
    /// `mariadb` or `mysql`.
    Client,
}

/// How every database is dumped, from the source and for the rollback backup: one consistent
/// snapshot, streamed, with the code objects.
pub(super) const DUMP_OPTIONS: [&str; 5] = [
    "--single-transaction",
    "--quick",
    "--routines",
    "--triggers",
    "--events",
];

/// The client tools of this machine, and the environment variables they must never see.
#[derive(Debug, Clone)]
pub struct Tools {
    /// `mariadb-dump` or `mysqldump`.
    pub dump: PathBuf,
    /// `mariadb` or `mysql`.
    pub client: PathBuf,
    /// Variables holding passwords and keys: removed from every child's environment (which
    /// `ps e` and `/proc/PID/environ` show), with `MYSQL_PWD`.
    secrets: Vec<String>,
}

impl Tools {
    /// Find the tools on `PATH` (and the usual system directories); `secrets` names the
    /// environment variables no child may inherit.
    ///
    /// # Errors
    /// A tool is missing (what to install is said).
    pub fn find(secrets: Vec<String>) -> Result<Tools> {
        let find = |names: &[&str]| -> Option<PathBuf> {
            let path = std::env::var("PATH").unwrap_or_default();
            path.split(':')
                .map(PathBuf::from)
                .chain(["/usr/bin", "/usr/local/bin"].map(PathBuf::from))
                .flat_map(|d| names.iter().map(move |n| d.join(n)))
                .find(|p| p.is_file())
        };
        let missing = |what: &str| -> Error {
            ErrorKind::Usage(format!(
                "{what} is not installed (install mariadb-client or mysql-client)"
            ))
            .into()
        };
        Ok(Tools {
            dump: find(&["mariadb-dump", "mysqldump"]).ok_or_else(|| missing("mysqldump"))?,
            client: find(&["mariadb", "mysql"]).ok_or_else(|| missing("the mysql client"))?,
            secrets,
        })
    }

    /// The path of `tool`.
    pub fn path(&self, tool: Tool) -> &Path {
        match tool {
            Tool::Dump => &self.dump,
            Tool::Client => &self.client,
        }
    }

    /// A command running `tool` with no secret in its environment.
    fn command(&self, tool: Tool) -> Command {
        let mut c = Command::new(self.path(tool));
        for v in self.secrets.iter().map(String::as_str).chain(["MYSQL_PWD"]) {
            c.env_remove(v);
        }
        c
    }

    /// `--version` of both tools, one line each.
    ///
    /// # Errors
    /// A tool does not run.
    pub fn versions(&self) -> Result<Vec<String>> {
        [Tool::Dump, Tool::Client]
            .into_iter()
            .map(|t| {
                let o = self
                    .command(t)
                    .arg("--version")
                    .output()
                    .map_err(|e| Error::io(format!("running {}", self.path(t).display()), e))?;
                Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
            })
            .collect()
    }
}

/// How to log in to one server.
#[derive(Debug, Clone)]
pub struct Login {
    /// Host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// User.
    pub user: String,
    /// The environment variable holding the password.
    pub password_env: String,
}

/// A `[client]` option file holding a login, mode 0600, removed on drop.
pub struct OptionFile {
    path: PathBuf,
}

impl OptionFile {
    /// Write `login`'s option file in `dir` (the password read from its variable now).
    ///
    /// # Errors
    /// The password variable is not set (exit 3), or the file cannot be written.
    pub fn new(dir: &Path, login: &Login, label: &str) -> Result<OptionFile> {
        let password = std::env::var(&login.password_env).map_err(|_| {
            Error::from(ErrorKind::Refused(format!(
                "the password of {label} comes from ${}, which is not set",
                login.password_env
            )))
        })?;
        let private = private_dir(dir);
        let mut mk = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            mk.mode(0o700);
        }
        if !private.is_dir() {
            mk.create(&private)
                .map_err(|e| Error::io(format!("creating {}", private.display()), e))?;
        }
        let path = private.join(format!("{label}.cnf"));
        let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let text = format!(
            "[client]\nhost=\"{}\"\nport={}\nuser=\"{}\"\npassword=\"{}\"\nprotocol=TCP\n",
            quote(&login.host),
            login.port,
            quote(&login.user),
            quote(&password)
        );
        let mut open = std::fs::OpenOptions::new();
        open.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            open.mode(0o600);
        }
        let _ = std::fs::remove_file(&path);
        let mut f = open
            .open(&path)
            .map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
        std::io::Write::write_all(&mut f, text.as_bytes())
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        Ok(OptionFile { path })
    }

    /// `--defaults-extra-file=PATH`, which must be a tool's first argument.
    pub fn arg(&self) -> String {
        format!("--defaults-extra-file={}", self.path.display())
    }
}

/// The private directory (mode 0700) of this process's option files in `dir`, removed with
/// its last file; [`sweep_option_files`] removes those of processes that were killed.
fn private_dir(dir: &Path) -> PathBuf {
    dir.join(format!(".amrit-refresh-{}", std::process::id()))
}

/// Remove the option files that killed runs left in `dir` (their private directories, and
/// the `.source.PID.cnf` / `.target.PID.cnf` files of older versions) whose process is gone;
/// returns how many were removed. Runs at the start of every refresh and in `prune`.
pub fn sweep_option_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let me = std::process::id();
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let pid = name.strip_prefix(".amrit-refresh-").or_else(|| {
            name.strip_suffix(".cnf").and_then(|n| {
                n.strip_prefix(".source.")
                    .or_else(|| n.strip_prefix(".target."))
            })
        });
        let Some(pid) = pid.and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid == me || Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        let path = e.path();
        let gone = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed += usize::from(gone.is_ok());
    }
    removed
}

impl Drop for OptionFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        if let Some(dir) = self.path.parent() {
            // Fails while the other login's file is still there; the last one removes it.
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// Run `tool` with `args` (after the option file) and return its stdout.
///
/// # Errors
/// The tool fails (named, with the tail of its stderr).
pub fn run(
    tools: &Tools,
    tool: Tool,
    login: &OptionFile,
    args: &[&str],
    stdin: Option<&[u8]>,
) -> Result<String> {
    let path = tools.path(tool);
    let mut child = tools
        .command(tool)
        .arg(login.arg())
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::io(format!("starting {}", path.display()), e))?;
    if let (Some(data), Some(mut sin)) = (stdin, child.stdin.take()) {
        std::io::Write::write_all(&mut sin, data)
            .map_err(|e| Error::io(format!("writing to {}", path.display()), e))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Error::io(format!("running {}", path.display()), e))?;
    if !out.status.success() {
        return Err(failed(path, &out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A query's result rows (tab-separated, no header).
///
/// # Errors
/// As [`run`].
pub fn query(tools: &Tools, login: &OptionFile, sql: &str) -> Result<String> {
    run(tools, Tool::Client, login, &["-N", "-B", "-e", sql], None)
}

/// Start `tool` with `args`, its stdout piped to the caller.
///
/// # Errors
/// The tool cannot start.
pub fn spawn(
    tools: &Tools,
    tool: Tool,
    login: &OptionFile,
    args: &[&str],
    stdin: Stdio,
) -> Result<Child> {
    tools
        .command(tool)
        .arg(login.arg())
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::io(format!("starting {}", tools.path(tool).display()), e))
}

/// Wait for a spawned tool; its failure named with the tail of its stderr.
///
/// # Errors
/// The tool exited with an error.
pub fn wait(tools: &Tools, tool: Tool, mut child: Child) -> Result<()> {
    let tool = tools.path(tool);
    let mut err = Vec::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_end(&mut err);
    }
    let status = child
        .wait()
        .map_err(|e| Error::io(format!("waiting for {}", tool.display()), e))?;
    if status.success() {
        Ok(())
    } else {
        Err(failed(tool, &err))
    }
}

fn failed(tool: &Path, stderr: &[u8]) -> Error {
    let text = String::from_utf8_lossy(stderr);
    let tail: Vec<String> = text.lines().rev().take(3).map(without_values).collect();
    let tail: Vec<String> = tail.into_iter().rev().collect();
    ErrorKind::Usage(format!(
        "{} failed: {}",
        tool.file_name().map_or_else(
            || tool.display().to_string(),
            |n| n.to_string_lossy().into_owned()
        ),
        tail.join(" | ")
    ))
    .into()
}

/// A line of a tool's stderr with every quoted text (`'…'`, `"…"`) replaced by its shape: the
/// servers quote row values there (`Duplicate entry '9876543210' for key 'PRIMARY'`), and no
/// value may reach an error, a log or the audit. Backquoted names stay; a quote that is never
/// closed shapes the rest of the line.
fn without_values(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut prev: Option<char> = None;
    while let Some((i, q)) = rest.char_indices().find(|&(i, c)| {
        let before = if i == 0 {
            prev
        } else {
            rest[..i].chars().next_back()
        };
        matches!(c, '\'' | '"') && !before.is_some_and(char::is_alphanumeric)
    }) {
        out.push_str(&rest[..=i]);
        let after = &rest[i + 1..];
        let end = after.char_indices().find(|&(j, c)| {
            c == q
                && !after[j + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        });
        let Some((j, _)) = end else {
            out.push_str(&crate::pii::shape::shape(after.as_bytes()));
            return out;
        };
        out.push_str(&crate::pii::shape::shape(&after.as_bytes()[..j]));
        out.push(q);
        prev = Some(q);
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_errors_lose_their_quoted_values() {
        assert_eq!(
            without_values(
                "ERROR 1062 (23000) at line 42: Duplicate entry '9876543210' for key 'PRIMARY'"
            ),
            "ERROR 1062 (23000) at line 42: Duplicate entry 'dddddddddd' for key 'AAAAAAA'"
        );
        assert_eq!(
            without_values("ERROR 2002 (HY000): Can't connect to server on '127.0.0.1' (115)"),
            "ERROR 2002 (HY000): Can't connect to server on 'ddd.d.d.d' (115)"
        );
        assert_eq!(
            without_values("Incorrect value: \"Renu Kara\" for column `db`.`t`.`Name` at row 1"),
            "Incorrect value: \"Aaaa Aaaa\" for column `db`.`t`.`Name` at row 1"
        );
        let open = without_values("Data: 'Jagvi Dey, 15/F");
        assert!(
            !open.contains("Jagvi") && open.starts_with("Data: '"),
            "{open}"
        );
        let e = failed(
            Path::new("/usr/bin/mariadb"),
            b"ERROR 1062: Duplicate entry 'Abha Modi' for key 'n'\n",
        );
        assert!(!e.to_string().contains("Abha"), "{e}");
    }

    #[test]
    fn children_never_inherit_a_secret_variable() {
        let tools = Tools {
            dump: "mariadb-dump".into(),
            client: "mariadb".into(),
            secrets: vec!["PROD_DB_PASSWORD".into(), "AMRIT_STREAM_KEY".into()],
        };
        let c = tools.command(Tool::Dump);
        let removed: Vec<String> = c
            .get_envs()
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| k.to_string_lossy().into_owned())
            .collect();
        for v in ["PROD_DB_PASSWORD", "AMRIT_STREAM_KEY", "MYSQL_PWD"] {
            assert!(
                removed.iter().any(|r| r == v),
                "{v} is inherited: {removed:?}"
            );
        }
    }

    #[test]
    fn option_files_are_private_and_removed() {
        let d = tempfile::tempdir().unwrap();
        std::env::set_var("AMRIT_TEST_OPTFILE_PW", "s3cr\"et");
        let login = Login {
            host: "db".into(),
            port: 3307,
            user: "u".into(),
            password_env: "AMRIT_TEST_OPTFILE_PW".into(),
        };
        let f = OptionFile::new(d.path(), &login, "target").unwrap();
        let path = f.path.clone();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("password=\"s3cr\\\"et\"") && text.contains("port=3307"),
            "{text}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        assert!(f.arg().starts_with("--defaults-extra-file="));
        drop(f);
        assert!(!path.exists());
        let missing = Login {
            password_env: "AMRIT_TEST_NOT_SET_ANYWHERE".into(),
            ..login
        };
        let e = OptionFile::new(d.path(), &missing, "source").err().unwrap();
        assert_eq!(crate::error::Exit::of(&e), crate::error::Exit::Refused);
    }

    #[test]
    fn option_files_live_in_a_private_directory_and_killed_runs_are_swept() {
        let d = tempfile::tempdir().unwrap();
        std::env::set_var("AMRIT_TEST_OPTION_PW", "pw-marker");
        let login = Login {
            host: "h".into(),
            port: 3306,
            user: "u".into(),
            password_env: "AMRIT_TEST_OPTION_PW".into(),
        };
        let f = OptionFile::new(d.path(), &login, "source").unwrap();
        let t = OptionFile::new(d.path(), &login, "target").unwrap();
        let private = private_dir(d.path());
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&private).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
        assert!(f.arg().contains(&*private.to_string_lossy()));
        drop(f);
        drop(t);
        assert!(
            !private.exists(),
            "the private directory outlived its files"
        );
        // What a kill -9 leaves: a dead process's directory and an older version's file.
        let dead = std::process::Command::new("true").spawn().unwrap();
        let pid = dead.id();
        let mut dead = dead;
        dead.wait().unwrap();
        let stale = d.path().join(format!(".amrit-refresh-{pid}"));
        std::fs::create_dir(&stale).unwrap();
        std::fs::write(stale.join("source.cnf"), "password=x").unwrap();
        std::fs::write(d.path().join(format!(".target.{pid}.cnf")), "password=x").unwrap();
        let live = OptionFile::new(d.path(), &login, "source").unwrap();
        assert_eq!(sweep_option_files(d.path()), 2);
        assert!(!stale.exists());
        assert!(live.path.exists(), "a live run's file was swept");
    }
}
