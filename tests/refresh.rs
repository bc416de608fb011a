//! Issue 16: `refresh` between two MariaDB servers started by the test on 127.0.0.1 — a
//! "replica" holding the four AMRIT sample databases and a "UAT" — with password logins.
//!
//! - The fuses refuse with exit 3 and touch nothing; a dead server is exit 1 naming the tool.
//! - A full refresh takes all four databases through both gates to UAT (row counts, the rules'
//!   validation queries, no original value), while a watcher reads the argv and environment of
//!   every child it starts: no password or key is ever in them.
//! - `--rollback` puts UAT back to its checksums from before (and drops what was not there).
//! - Failures leave UAT untouched: a dump killed midway (exit 1), personal data planted in a kept
//!   column (the data gate, exit 2), drift (gate 1, exit 2), an unanonymized file among the
//!   backups (gate 2, exit 4); a failure after the rollback backup says the exact command that
//!   puts UAT back, and that command works.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::mariadb::{find_tool, Server};
use crate::util::Workdir;

const BIN: &str = env!("CARGO_BIN_EXE_amrit-stream");
const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const ENC: &str = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
/// The replica's and UAT's passwords: a space, `#` and `"` test the option file's quoting.
const SOURCE_PW: &str = "Src#pw 7\"q!x";
const TARGET_PW: &str = "Uat#pw 3\"z!y";

fn sample(db: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/amrit/{db}.sql"))
}

/// The two servers, each with a password login for the refresh.
struct Servers {
    replica: Server,
    uat: Server,
}

impl Servers {
    fn start(test: &str, dbs: &[&str]) -> Option<Servers> {
        let replica = Server::start(test)?;
        let uat = Server::start(test)?;
        for (s, user, pw) in [
            (&replica, "replica_user", SOURCE_PW),
            (&uat, "uat_admin", TARGET_PW),
        ] {
            for host in ["127.0.0.1", "localhost"] {
                s.sql(&format!(
                    "CREATE USER '{user}'@'{host}' IDENTIFIED BY '{pw}'; GRANT ALL PRIVILEGES ON *.* TO '{user}'@'{host}'"
                ))
                .unwrap();
            }
        }
        for db in dbs {
            replica.sql(&format!("CREATE DATABASE {db}")).unwrap();
            replica.load(&sample(db), Some(db), None).unwrap();
        }
        Some(Servers { replica, uat })
    }

    /// `CHECKSUM TABLE` of every table of every database on UAT but the system ones.
    fn uat_state(&self) -> BTreeMap<String, String> {
        let tables = self
            .uat
            .sql("SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA NOT IN ('mysql','information_schema','performance_schema','sys') AND TABLE_TYPE = 'BASE TABLE'")
            .unwrap();
        tables
            .lines()
            .map(|l| {
                let (db, t) = l.split_once('\t').unwrap();
                (format!("{db}.{t}"), self.uat.checksum(db, t))
            })
            .collect()
    }
}

/// A refresh configuration: the replica's `dbs` to UAT databases of the same names.
fn config(s: &Servers, backup: &Path, dbs: &[&str], extra: &str) -> String {
    let map: Vec<String> = dbs.iter().map(|d| format!("{d}: {d}")).collect();
    format!(
        "source:   {{host: 127.0.0.1, port: {}, user: replica_user, password_env: AMRIT_TEST_SOURCE_PW,\n           databases: [{}]}}\ntargets:\n  uat:    {{environment: UAT, host: 127.0.0.1, port: {}, user: uat_admin,\n           password_env: AMRIT_TEST_TARGET_PW{extra},\n           database_map: {{{}}}}}\nbackup_dir: {}\nrules: builtin\nallowed_environments: [UAT, DEV]\nkeys: {{pseudonymization_env: AMRIT_STREAM_KEY, encryption_env: AMRIT_STREAM_ENC_KEY}}\n",
        s.replica.port,
        dbs.join(", "),
        s.uat.port,
        map.join(", "),
        backup.display()
    )
}

/// Run `refresh --target uat` with the keys and passwords in its environment, `path` first on
/// `PATH` when given.
fn refresh_with(cfg: &Path, args: &[&str], path: Option<&Path>) -> (i32, String) {
    let mut argv = vec![
        "refresh",
        "--config",
        cfg.to_str().unwrap(),
        "--target",
        "uat",
    ];
    argv.extend(args);
    run_with_secrets(&argv, path)
}

/// Run the binary with `argv`, the keys and passwords in its environment, `path` first on
/// `PATH` when given: its exit code and stderr.
fn run_with_secrets(argv: &[&str], path: Option<&Path>) -> (i32, String) {
    let mut c = Command::new(BIN);
    c.args(argv)
        .env("AMRIT_STREAM_KEY", KEY)
        .env("AMRIT_STREAM_ENC_KEY", ENC)
        .env("AMRIT_TEST_SOURCE_PW", SOURCE_PW)
        .env("AMRIT_TEST_TARGET_PW", TARGET_PW)
        .stdin(Stdio::null());
    if let Some(p) = path {
        let path = std::env::var("PATH").unwrap_or_default();
        c.env("PATH", format!("{}:{path}", p.display()));
    }
    let o = c.output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn refresh(cfg: &Path, args: &[&str]) -> (i32, String) {
    refresh_with(cfg, args, None)
}

fn last_audit(backup: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(backup.join("audit.jsonl")).unwrap();
    serde_json::from_str(text.lines().last().unwrap()).unwrap()
}

/// Reads `/proc` while a refresh runs: the argv and environment of every client-tool child
/// (the processes given `--defaults-extra-file`), looking for the passwords and keys.
struct Watcher {
    stop: Arc<AtomicBool>,
    found: Arc<Mutex<(usize, Vec<String>)>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watcher {
    fn start() -> Watcher {
        let stop = Arc::new(AtomicBool::new(false));
        let found = Arc::new(Mutex::new((0, Vec::new())));
        let (s, f) = (stop.clone(), found.clone());
        let thread = std::thread::spawn(move || {
            let secrets = [SOURCE_PW, TARGET_PW, KEY, ENC];
            let mut seen = std::collections::BTreeSet::new();
            while !s.load(Ordering::Relaxed) {
                for e in std::fs::read_dir("/proc").unwrap().flatten() {
                    let pid = e.file_name().to_string_lossy().into_owned();
                    if !pid.bytes().all(|b| b.is_ascii_digit()) {
                        continue;
                    }
                    let Ok(argv) = std::fs::read(e.path().join("cmdline")) else {
                        continue;
                    };
                    let argv = String::from_utf8_lossy(&argv).replace('\0', " ");
                    if !argv.contains("--defaults-extra-file=") {
                        continue;
                    }
                    let env = std::fs::read(e.path().join("environ")).unwrap_or_default();
                    let env = String::from_utf8_lossy(&env).into_owned();
                    let mut f = f.lock().unwrap();
                    if seen.insert(pid.clone()) {
                        f.0 += 1;
                    }
                    for (i, secret) in secrets.iter().enumerate() {
                        if argv.contains(secret) {
                            f.1.push(format!("secret {i} in the argv of {argv}"));
                        }
                        if env.contains(secret) {
                            f.1.push(format!("secret {i} in the environment of {argv}"));
                        }
                    }
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        });
        Watcher {
            stop,
            found,
            thread: Some(thread),
        }
    }

    /// Children seen, and what was found in them.
    fn finish(mut self) -> (usize, Vec<String>) {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap();
        let f = self.found.lock().unwrap();
        (f.0, f.1.clone())
    }
}

const ALL: [&str; 4] = ["db_identity", "db_1097_identity", "db_iemr", "db_reporting"];

#[test]
fn refresh_takes_the_replica_to_uat_through_both_gates_and_rolls_back() {
    let Some(s) = Servers::start("refresh_on_two_mariadb_servers", &ALL) else {
        return;
    };
    // What UAT held before: last week's db_identity (plus a table of its own) and
    // db_1097_identity; db_iemr and db_reporting are not there yet.
    s.uat.sql("CREATE DATABASE db_identity").unwrap();
    s.uat
        .sql("CREATE DATABASE db_1097_identity CHARACTER SET latin1 COLLATE latin1_swedish_ci")
        .unwrap();
    s.replica
        .sql("ALTER DATABASE db_reporting COLLATE utf8mb4_unicode_ci")
        .unwrap();
    let collation = |server: &Server, db: &str| {
        server
            .sql(&format!("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '{db}'"))
            .unwrap()
            .trim()
            .to_string()
    };
    s.uat
        .load(&sample("db_1097_identity"), Some("db_1097_identity"), None)
        .unwrap();
    s.uat
        .sql("CREATE TABLE db_identity.before_refresh (n INT); INSERT INTO db_identity.before_refresh VALUES (7)")
        .unwrap();
    let before = s.uat_state();
    assert!(before.len() > 10, "{before:?}");

    let w = Workdir::new();
    let backup = w.path("backups");
    let cfg = w.path("refresh.yaml");
    std::fs::write(&cfg, config(&s, &backup, &ALL, "")).unwrap();

    // Fuses: each refusal is exit 3, names what is wrong and touches nothing.
    let (code, said) = refresh(&cfg, &[]);
    assert_eq!(code, 3, "no --confirm-overwrite: {said}");
    assert!(said.contains("--confirm-overwrite"), "{said}");
    let good = config(&s, &backup, &ALL, "");
    let same_server = good
        .replace(
            &format!("port: {}, user: uat_admin", s.uat.port),
            &format!("port: {}, user: uat_admin", s.replica.port),
        )
        .replace("AMRIT_TEST_TARGET_PW", "AMRIT_TEST_SOURCE_PW")
        .replace("user: uat_admin", "user: replica_user");
    for (bad, why) in [
        (
            good.replace("environment: UAT", "environment: PROD"),
            "never",
        ),
        (
            good.replace("environment: UAT", "environment: STAGING"),
            "allowed_environments",
        ),
        (
            good.replace("host: 127.0.0.1, port: ", "host: prod-db.internal, port: ")
                .replacen("host: prod-db.internal", "host: 127.0.0.1", 1),
            "looks like production",
        ),
        (same_server, "overwrite production"),
        (config(&s, &backup, &ALL, ", password: hunter2"), "password"),
    ] {
        let f = w.path("bad.yaml");
        std::fs::write(&f, bad).unwrap();
        let (code, said) = refresh(&f, &["--confirm-overwrite"]);
        assert_eq!(code, 3, "{why}: {said}");
        assert!(said.contains(why), "{why}: {said}");
        assert!(
            !said.contains("hunter2") && !said.contains(SOURCE_PW),
            "{said}"
        );
    }
    let (code, said) = refresh(&cfg, &["--confirm-overwrite", "--password", "x"]);
    assert_eq!(code, 3, "{said}");
    // A server that does not answer: exit 1, the tool named with its own words.
    let f = w.path("dead.yaml");
    std::fs::write(
        &f,
        good.replacen(&format!("port: {}", s.replica.port), "port: 1", 1),
    )
    .unwrap();
    let (code, said) = refresh(&f, &["--dry-run"]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("mariadb failed") || said.contains("mysql failed"),
        "{said}"
    );
    assert_eq!(s.uat_state(), before, "a refused run touched UAT");

    // A dry run logs in to the target: a target password that does not work fails it.
    let f = w.path("wrong-target-pw.yaml");
    std::fs::write(
        &f,
        good.replace("AMRIT_TEST_TARGET_PW", "AMRIT_TEST_SOURCE_PW"),
    )
    .unwrap();
    let (code, said) = refresh(&f, &["--dry-run"]);
    assert_eq!(
        code, 1,
        "a dry run with a wrong UAT password passed: {said}"
    );
    assert!(
        !said.contains(SOURCE_PW) && !said.contains(TARGET_PW),
        "{said}"
    );

    // kill -9 while the option files (plaintext passwords) exist, then a rerun: nothing left.
    let option_dirs = |dir: &Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".amrit-refresh-") || n.ends_with(".cnf"))
            .collect()
    };
    let mut child = Command::new(BIN)
        .args([
            "refresh",
            "--config",
            cfg.to_str().unwrap(),
            "--target",
            "uat",
            "--dry-run",
        ])
        .env("AMRIT_STREAM_KEY", KEY)
        .env("AMRIT_STREAM_ENC_KEY", ENC)
        .env("AMRIT_TEST_SOURCE_PW", SOURCE_PW)
        .env("AMRIT_TEST_TARGET_PW", TARGET_PW)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let waited = std::time::Instant::now();
    while option_dirs(&backup).is_empty() && waited.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        !option_dirs(&backup).is_empty(),
        "the killed run left no option file to sweep: the test proves nothing"
    );
    let (code, said) = refresh(&cfg, &["--dry-run"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        option_dirs(&backup).is_empty(),
        "{:?}",
        option_dirs(&backup)
    );

    // A dry run: fuses, preflight and gate 1.
    let (code, said) = refresh(&cfg, &["--dry-run"]);
    assert_eq!(code, 0, "{said}");
    let a = last_audit(&backup);
    assert_eq!(a["mode"], "dry-run");
    assert!(a["gates"]["target version"].is_string(), "{a:#}");
    assert_ne!(a["user"], "unknown", "{a:#}");
    assert_eq!(a["gates"]["gate1 db_reporting"], "passed");
    assert_eq!(s.uat_state(), before, "a dry run touched UAT");

    // The full refresh, watched: no child ever holds a password or key in argv or environment.
    let report = w.path("refresh.json");
    let watcher = Watcher::start();
    let (code, said) = refresh(
        &cfg,
        &["--confirm-overwrite", "--report", report.to_str().unwrap()],
    );
    let (children, secrets) = watcher.finish();
    assert_eq!(code, 0, "{said}");
    assert!(children >= 4, "the watcher saw {children} client children");
    assert!(secrets.is_empty(), "{secrets:#?}");
    let a = last_audit(&backup);
    assert_eq!(a["exit_status"], 0, "{a:#}");
    for db in ALL {
        assert_eq!(a["gates"][&format!("gate1 {db}")], "passed", "{a:#}");
        // Gate 2 took the output gate's verdict on every row (no second read).
        assert_eq!(
            a["gates"][&format!("gate2 {db}")],
            "passed (the run's evidence)",
            "{a:#}"
        );
        assert!(
            a["gates"][&format!("post-restore {db}")]
                .as_str()
                .unwrap()
                .starts_with("passed"),
            "{a:#}"
        );
    }
    let backup_manifest = |run: &serde_json::Value| -> serde_json::Value {
        let p = Path::new(run["run_dir"].as_str().unwrap())
            .join("db_iemr.anon.sql.zst.amrenc.manifest.json");
        serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
    };
    assert_eq!(
        backup_manifest(&a)["output_gate"],
        serde_json::json!({"every_row": true, "survivors_searched": true})
    );
    let validations: Vec<&String> = a["gates"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| k.starts_with("validation "))
        .collect();
    assert_eq!(validations.len(), 4, "{a:#}");
    assert!(
        validations
            .iter()
            .all(|k| a["gates"][k.as_str()] == "passed"),
        "{a:#}"
    );
    let steps: Vec<&str> = a["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "fuses",
            "preflight",
            "gate1 (schema)",
            "anonymize db_identity",
            "anonymize db_1097_identity",
            "anonymize db_iemr",
            "anonymize db_reporting",
            "gate2 (evidence)",
            "rollback backup",
            "restore",
            "post-restore checks",
            "retention"
        ]
    );
    assert!(a["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["blake3"].as_str().unwrap().len() == 64));
    assert!(!serde_json::to_string(&a).unwrap().contains(SOURCE_PW));
    let latest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(backup.join("latest_refresh.json")).unwrap())
            .unwrap();
    assert_eq!(latest["run_dir"], a["run_dir"]);
    assert!(report.is_file());
    // UAT holds the anonymized data: every table with the replica's row count, no original
    // name or phone, the old table gone.
    for db in ALL {
        let tables = s
            .replica
            .sql(&format!("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '{db}' AND TABLE_TYPE = 'BASE TABLE'"))
            .unwrap();
        assert!(tables.lines().count() > 3, "{db}");
        for t in tables.lines() {
            let n = format!("SELECT COUNT(*) FROM {db}.`{t}`");
            assert_eq!(
                s.uat.sql(&n).unwrap(),
                s.replica.sql(&n).unwrap(),
                "{db}.{t}"
            );
        }
    }
    let pairs = |sql: &str| -> Vec<String> {
        let mut v: Vec<String> = sql.lines().map(str::to_string).collect();
        v.sort();
        v
    };
    let q = "SELECT BeneficiaryDetailsId, FirstName FROM db_identity.i_beneficiarydetails WHERE FirstName <> ''";
    let (orig, anon) = (
        pairs(&s.replica.sql(q).unwrap()),
        pairs(&s.uat.sql(q).unwrap()),
    );
    assert!(orig.len() > 10);
    assert!(orig.iter().all(|p| !anon.contains(p)), "a name survived");
    let q = "SELECT PreferredPhoneNum FROM db_identity.i_beneficiarycontacts WHERE PreferredPhoneNum <> ''";
    let (orig, anon) = (
        pairs(&s.replica.sql(q).unwrap()),
        pairs(&s.uat.sql(q).unwrap()),
    );
    assert!(orig.len() > 10);
    assert!(orig.iter().all(|p| !anon.contains(p)), "a phone survived");
    assert_eq!(
        s.uat
            .sql("SHOW TABLES FROM db_identity LIKE 'before_refresh'")
            .unwrap(),
        ""
    );
    // Each target database has its source's collation.
    for db in ALL {
        assert_eq!(collation(&s.uat, db), collation(&s.replica, db), "{db}");
    }
    assert_eq!(collation(&s.uat, "db_reporting"), "utf8mb4_unicode_ci");
    // No option file (with a password) is left behind.
    let leftovers: Vec<String> = walk(&backup)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "cnf"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // The replica's originals fail the same validation: the checks can fail.
    assert_ne!(
        s.replica
            .sql("SELECT COUNT(*) FROM db_identity.i_beneficiarycontacts WHERE EmailId <> '' AND EmailId NOT LIKE '%@example.org'")
            .unwrap()
            .trim(),
        "0"
    );
    let after_refresh = s.uat_state();

    // Anonymize only, gate 2 reading every backup again (`gate2: full`): verified backups,
    // UAT untouched; then restore-only from them.
    let cfg_full = w.path("refresh-full.yaml");
    std::fs::write(
        &cfg_full,
        format!("{}gate2: full\n", config(&s, &backup, &ALL, "")),
    )
    .unwrap();
    let (code, said) = refresh(&cfg_full, &["--mode", "anonymize-only"]);
    assert_eq!(code, 0, "{said}");
    let only = last_audit(&backup);
    assert_eq!(only["gates"]["gate2 db_iemr"], "passed");
    assert_eq!(backup_manifest(&only)["output_gate"]["every_row"], false);
    assert_eq!(s.uat_state(), after_refresh, "anonymize-only touched UAT");
    let dir = only["run_dir"].as_str().unwrap().to_string();
    s.uat.sql("DROP DATABASE db_reporting").unwrap();
    let (code, said) = refresh(
        &cfg,
        &[
            "--confirm-overwrite",
            "--mode",
            "restore-only",
            "--backup",
            &dir,
        ],
    );
    assert_eq!(code, 0, "{said}");
    assert_eq!(
        s.uat_state(),
        after_refresh,
        "the same key, the same anonymized data"
    );

    // Roll back to before the first refresh: UAT's checksums are what they were, and the
    // databases it did not have are gone again.
    let rollback = Path::new(a["run_dir"].as_str().unwrap()).join("rollback");
    let roll_back = || {
        refresh(
            &cfg,
            &[
                "--confirm-overwrite",
                "--rollback",
                rollback.to_str().unwrap(),
            ],
        )
    };
    let (code, said) = roll_back();
    assert_eq!(code, 0, "{said}");
    assert_eq!(s.uat_state(), before, "rollback did not restore UAT");
    assert_eq!(collation(&s.uat, "db_1097_identity"), "latin1_swedish_ci");
    assert_eq!(s.uat.sql("SHOW DATABASES LIKE 'db_iemr'").unwrap(), "");
    assert_eq!(last_audit(&backup)["mode"], "rollback");
    // An incomplete rollback directory is never restored.
    std::fs::remove_file(rollback.join("rollback.json")).unwrap();
    let (code, said) = roll_back();
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("no complete rollback backup"), "{said}");
    assert_eq!(s.uat_state(), before);
}

#[test]
fn refresh_failures_leave_uat_untouched_and_say_what_to_do() {
    const DBS: [&str; 2] = ["db_identity", "db_iemr"];
    let Some(s) = Servers::start("refresh_failures_on_two_mariadb_servers", &DBS) else {
        return;
    };
    s.uat
        .sql("CREATE DATABASE db_identity; CREATE TABLE db_identity.before_refresh (n INT); INSERT INTO db_identity.before_refresh VALUES (7)")
        .unwrap();
    let before = s.uat_state();
    let w = Workdir::new();
    let backup = w.path("backups");
    let cfg = w.path("refresh.yaml");
    std::fs::write(&cfg, config(&s, &backup, &DBS, "")).unwrap();

    // The source dump killed midway (a `mariadb-dump` on PATH that dies by SIGKILL after
    // 300 KB): exit 1 naming the tool, nothing anonymized published, UAT untouched.
    let real = find_tool(&["mariadb-dump", "mysqldump"]).unwrap();
    let bin = w.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let fake = bin.join(real.file_name().unwrap());
    std::fs::write(
        &fake,
        format!(
            "#!/bin/bash\ncase \" $* \" in *' --single-transaction '*db_iemr*) ;; *) exec '{}' \"$@\" ;; esac\n'{}' \"$@\" | head -c 300000\nkill -9 $$\n",
            real.display(),
            real.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let (code, said) = refresh_with(&cfg, &["--confirm-overwrite"], Some(&bin));
    assert_eq!(code, 1, "{said}");
    let a = last_audit(&backup);
    assert_eq!(a["exit_status"], 1, "{a:#}");
    let run = PathBuf::from(a["run_dir"].as_str().unwrap());
    assert!(!run.join("db_iemr.anon.sql.zst.amrenc").exists());
    assert_eq!(s.uat_state(), before, "a killed dump touched UAT");

    // Gate 2: an unanonymized dump among the backups (encrypted with the right key) is a
    // leak: exit 4, not restored.
    let (code, said) = refresh(&cfg, &["--mode", "anonymize-only"]);
    assert_eq!(code, 0, "{said}");
    let dir = PathBuf::from(last_audit(&backup)["run_dir"].as_str().unwrap());
    let o = Command::new(BIN)
        .args(["encrypt", "--compress", "zstd", "-o"])
        .arg(dir.join("db_iemr.anon.sql.zst.amrenc.new"))
        .arg(sample("db_iemr"))
        .env("AMRIT_STREAM_ENC_KEY", ENC)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::rename(
        dir.join("db_iemr.anon.sql.zst.amrenc.new"),
        dir.join("db_iemr.anon.sql.zst.amrenc"),
    )
    .unwrap();
    let (code, said) = refresh(
        &cfg,
        &[
            "--confirm-overwrite",
            "--mode",
            "restore-only",
            "--backup",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 4, "{said}");
    assert_eq!(last_audit(&backup)["gates"]["gate2 db_iemr"], "leak");
    assert_eq!(s.uat_state(), before, "a leaking backup touched UAT");

    // A failure after the rollback backup (a validation query that cannot pass): exit 1, and
    // stderr says the exact command that puts UAT back — which does.
    let rules = w.path("rules.yaml");
    std::fs::write(
        &rules,
        format!(
            "{}\n  - name: planted failure\n    sql: \"SELECT COUNT(*) + 1 FROM {{db_iemr}}.t_bencall\"\n",
            amrit_stream::amrit::RULES_YAML.trim_end()
        ),
    )
    .unwrap();
    let failing = w.path("failing.yaml");
    std::fs::write(
        &failing,
        config(&s, &backup, &DBS, "")
            .replace("rules: builtin", &format!("rules: {}", rules.display())),
    )
    .unwrap();
    let (code, said) = refresh(&failing, &["--confirm-overwrite"]);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("planted failure"), "{said}");
    let cmd = said
        .lines()
        .find_map(|l| l.split_once("to put it back as it was: ").map(|(_, c)| c))
        .unwrap_or_else(|| panic!("no rollback command in: {said}"));
    assert_ne!(s.uat_state(), before);
    let argv: Vec<&str> = cmd.split_whitespace().collect();
    assert_eq!(argv[0], "amrit-stream", "{cmd}");
    let (code, said) = run_with_secrets(&argv[1..], None);
    assert_eq!(code, 0, "{cmd}: {said}");
    assert_eq!(
        s.uat_state(),
        before,
        "the said rollback did not restore UAT"
    );

    // The data gate: mobiles (in no order, as phones are) planted in a column the rules keep stop the run (exit 2) before
    // UAT is touched, and no planted value is in anything it says or writes beside the dump.
    s.replica
        .sql("UPDATE db_iemr.t_bencall SET CallDuration = CONCAT(6 + FLOOR(RAND(BenCallID) * 4), LPAD(FLOOR(RAND(BenCallID + 100000) * 1000000000), 9, '0'))")
        .unwrap();
    let planted = s
        .replica
        .sql("SELECT CallDuration FROM db_iemr.t_bencall")
        .unwrap();
    let planted: Vec<&str> = planted.lines().collect();
    assert!(planted.len() > 50, "{}", planted.len());
    let (code, said) = refresh(&cfg, &["--confirm-overwrite"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("t_bencall.CallDuration"), "{said}");
    let a = last_audit(&backup);
    let run = PathBuf::from(a["run_dir"].as_str().unwrap());
    assert!(!run.join("db_iemr.anon.sql.zst.amrenc").exists());
    assert_eq!(s.uat_state(), before, "the data gate let UAT be touched");
    let mut said_and_written = said.clone();
    for f in [
        backup.join("audit.jsonl"),
        backup.join("latest_refresh.json"),
    ] {
        said_and_written.push_str(&std::fs::read_to_string(f).unwrap());
    }
    for p in &planted {
        assert!(!said_and_written.contains(p), "a planted value was written");
    }
    s.replica
        .sql("UPDATE db_iemr.t_bencall SET CallDuration = NULL")
        .unwrap();

    // Drift on the replica stops the run at gate 1 (exit 2), before anything is dumped.
    s.replica
        .sql("ALTER TABLE db_identity.i_beneficiarydetails ADD COLUMN AltMobile VARCHAR(15)")
        .unwrap();
    let (code, said) = refresh(&cfg, &["--confirm-overwrite"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("AltMobile"), "{said}");
    let a = last_audit(&backup);
    assert_eq!(a["gates"]["gate1 db_identity"], "drift", "{a:#}");
    assert!(!PathBuf::from(a["run_dir"].as_str().unwrap())
        .join("db_identity.anon.sql.zst.amrenc")
        .exists());
    assert_eq!(s.uat_state(), before, "drift let UAT be touched");
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
