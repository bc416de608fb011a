//! Reload proof on a real MariaDB server started by the test on 127.0.0.1 in a temp dir:
//! transformed corpus dumps load, and `CHECKSUM TABLE … EXTENDED` matches `checksums.tsv` for
//! every untouched table. Without `mariadbd` the tests skip loudly; under `CI=true` they fail.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{corpus, run_bin, skip, Workdir};

pub fn find_tool(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_default();
    let dirs = path
        .split(':')
        .map(PathBuf::from)
        .chain(["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"].map(PathBuf::from));
    for d in dirs {
        for n in names {
            let p = d.join(n);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A MariaDB server private to one test; stopped and deleted on drop.
pub struct Server {
    child: Child,
    /// The `mariadb` client binary.
    pub client: PathBuf,
    /// The TCP port on 127.0.0.1.
    pub port: u16,
    /// The server's data directory (canonical): how we know the port answers with our server.
    datadir: PathBuf,
    _dir: Option<Workdir>,
}

impl Server {
    /// Start a server, or skip (fail under CI) when MariaDB is not installed.
    pub fn start(test: &str) -> Option<Server> {
        let (Some(mariadbd), Some(install), Some(client)) = (
            find_tool(&["mariadbd", "mysqld"]),
            find_tool(&["mariadb-install-db", "mysql_install_db"]),
            find_tool(&["mariadb", "mysql"]),
        ) else {
            skip(
                test,
                "MariaDB is not installed (apt-get install mariadb-server mariadb-client)",
            );
            return None;
        };
        let dir = Workdir::new();
        let data = dir.path("data");
        let tmp = dir.path("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        // No system option files, and private temp files: concurrent installs in one /tmp
        // collided on MariaDB's internal temp tables ("Error on delete of '/tmp/#sql-...'").
        let out = Command::new(&install)
            .arg("--no-defaults")
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--tmpdir={}", tmp.display()))
            .args([
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--user=root",
            ])
            .output()
            .expect("mariadb-install-db runs");
        assert!(
            out.status.success(),
            "mariadb-install-db failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let data = data.canonicalize().unwrap();
        // Another test's server may take the port between our probe and mariadbd's bind: then
        // our server exits, or "our" port answers with another datadir. Try again on a new port,
        // and only ever talk to (and shut down) the server whose datadir is ours.
        for _attempt in 0..5 {
            let port = TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let child = Command::new(&mariadbd)
                .arg("--no-defaults")
                .arg(format!("--datadir={}", data.display()))
                .arg(format!("--socket={}", dir.path("sock").display()))
                .arg(format!("--pid-file={}", dir.path("pid").display()))
                .arg(format!("--log-error={}", dir.path("err.log").display()))
                // Private temp files: concurrent servers never share internal temp tables.
                .arg(format!("--tmpdir={}", tmp.display()))
                .arg(format!("--port={port}"))
                .args([
                    "--bind-address=127.0.0.1",
                    "--user=root",
                    "--skip-networking=0",
                    "--max-allowed-packet=256M",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_general_ci",
                    "--default-time-zone=+00:00",
                    "--innodb-buffer-pool-size=256M",
                    "--innodb-flush-log-at-trx-commit=0",
                    "--innodb-doublewrite=0",
                    // AMRIT's wide tables (hundreds of VARCHARs) exceed InnoDB's strict
                    // row-size check, as on AMRIT's own servers; SQL strict mode is unaffected.
                    "--innodb-strict-mode=0",
                    "--skip-log-bin",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("mariadbd starts");
            let mut server = Server {
                child,
                client: client.clone(),
                port,
                datadir: data.clone(),
                _dir: None,
            };
            let t0 = Instant::now();
            loop {
                if let Ok(Some(_)) = server.child.try_wait() {
                    break; // ours exited (port taken): next attempt
                }
                match server.sql("SELECT @@datadir") {
                    Ok(d) if Path::new(d.trim().trim_end_matches('/')) == data => {
                        server._dir = Some(dir);
                        return Some(server);
                    }
                    Ok(_) => break, // another test's server on this port
                    Err(_) => {}
                }
                assert!(
                    t0.elapsed() < Duration::from_secs(60),
                    "mariadbd did not answer within 60 s"
                );
                std::thread::sleep(Duration::from_millis(200));
            }
            let _ = server.child.kill();
            let _ = server.child.wait();
            std::mem::forget(server);
        }
        panic!("could not start a private mariadbd after 5 attempts");
    }

    fn client(&self) -> Command {
        let mut c = Command::new(&self.client);
        c.args([
            "--protocol=TCP",
            "-h",
            "127.0.0.1",
            "-uroot",
            "--default-character-set=utf8mb4",
        ])
        .arg(format!("--port={}", self.port));
        c
    }

    /// Run SQL; returns the tab-separated result rows.
    pub fn sql(&self, sql: &str) -> Result<String, String> {
        let out = self
            .client()
            .args(["-N", "-B", "-e", sql])
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// Load a dump file into `db` (or with no default database when `None`).
    pub fn load(&self, file: &Path, db: Option<&str>, init: Option<&str>) -> Result<(), String> {
        let mut c = self.client();
        if let Some(i) = init {
            c.arg(format!("--init-command={i}"));
        }
        if let Some(d) = db {
            c.arg(d);
        }
        let out = c
            .stdin(std::fs::File::open(file).unwrap())
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// `CHECKSUM TABLE db.t EXTENDED`.
    pub fn checksum(&self, db: &str, table: &str) -> String {
        let q = format!(
            "CHECKSUM TABLE `{}`.`{}` EXTENDED",
            db.replace('`', "``"),
            table.replace('`', "``")
        );
        let row = self.sql(&q).unwrap();
        row.trim_end().rsplit('\t').next().unwrap().to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Shut down only our own server, never another test's on a reused port.
        let ours = self
            .sql("SELECT @@datadir")
            .is_ok_and(|d| Path::new(d.trim().trim_end_matches('/')) == self.datadir);
        if ours {
            let _ = self.sql("SHUTDOWN");
        }
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// checksums.tsv: db → table → checksum.
fn checksums(dir: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let text = std::fs::read_to_string(dir.join("checksums.tsv")).unwrap();
    let mut m: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        m.entry(f[0].to_string())
            .or_default()
            .insert(f[1].to_string(), f[4].to_string());
    }
    m
}

fn transform_file(input: &Path, rules: &Path, out: &Path) {
    let o = run_bin(
        &[
            "-q",
            "--allow-unmatched",
            "--rules",
            rules.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        o.status.success(),
        "{}: transform failed: {}",
        input.display(),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Compare every table of `source_db` in checksums.tsv with `target_db` on the server.
fn compare(
    server: &Server,
    sums: &BTreeMap<String, BTreeMap<String, String>>,
    source_db: &str,
    target_db: &str,
    changed: &[&str],
    file: &str,
) {
    for (table, want) in &sums[source_db] {
        let got = server.checksum(target_db, table);
        if changed.contains(&table.as_str()) {
            assert_ne!(
                &got, want,
                "{file}: {source_db}.{table} was rewritten but its checksum did not change"
            );
        } else {
            assert_eq!(
                &got, want,
                "{file}: {source_db}.{table} checksum differs after the round trip"
            );
        }
    }
}

#[test]
fn transformed_corpus_reloads_with_identical_checksums() {
    const TEST: &str = "transformed_corpus_reloads_with_identical_checksums";
    let Some(dir) = corpus(TEST) else { return };
    let Some(server) = Server::start(TEST) else {
        return;
    };
    let sums = checksums(&dir);
    let work = Workdir::new();
    // Everything kept; the gate's finds in these public sample databases are waived.
    let keep = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus.yaml");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("mariadb"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 17);
    for (n, f) in files.iter().enumerate() {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let out = work.path("out.sql");
        transform_file(f, &keep, &out);
        if name.starts_with("multi.") || name.starts_with("all.") {
            // --databases dumps create and USE their own databases.
            server
                .load(&out, None, None)
                .unwrap_or_else(|e| panic!("{name}: load failed: {e}"));
            if name.starts_with("multi.") {
                for db in ["sakila", "world", "hardcases", "weird-db"] {
                    compare(&server, &sums, db, db, &[], &name);
                }
            }
            for db in ["sakila", "world", "hardcases", "weird-db", "employees"] {
                server
                    .sql(&format!("DROP DATABASE IF EXISTS `{db}`"))
                    .unwrap();
            }
            continue;
        }
        let source_db = name.split('.').next().unwrap();
        let target = format!("t{n}");
        server.sql(&format!("CREATE DATABASE `{target}`")).unwrap();
        // --compact drops the header that sets SQL_MODE (corpus README).
        let init = name
            .contains("compact")
            .then_some("SET SESSION sql_mode='NO_AUTO_VALUE_ON_ZERO'");
        server
            .load(&out, Some(&target), init)
            .unwrap_or_else(|e| panic!("{name}: load failed: {e}"));
        // --skip-opt drops table options: latin1_tbl comes back as utf8mb4 (corpus README).
        let mut sums_here = sums.clone();
        if name.contains("skip-opt") {
            sums_here.get_mut(source_db).unwrap().remove("latin1_tbl");
        }
        compare(&server, &sums_here, source_db, &target, &[], &name);
        server.sql(&format!("DROP DATABASE `{target}`")).unwrap();
    }
}

#[test]
fn rewritten_columns_reload_and_everything_else_is_intact() {
    const TEST: &str = "rewritten_columns_reload_and_everything_else_is_intact";
    let Some(dir) = corpus(TEST) else { return };
    let Some(server) = Server::start(TEST) else {
        return;
    };
    let sums = checksums(&dir);
    let work = Workdir::new();
    let rules = work.path("rules.yaml");
    std::fs::write(
        &rules,
        "version: 1\ndefault: keep\ndatabases:\n  hardcases:\n    tables:\n      customers:\n        columns:\n          phone: null\n          full_name: {fixed: \"Test O'Person\"}\n      orders:\n        columns:\n          note: null\n          total: {fixed: 1.5}\n      long_values:\n        waivers:\n          - {column: big_blob, detector: opaque, share: 0.67, reason: test blobs}\n          - {column: big_text, detector: opaque, share: 0.25, reason: test text}\n      types_zoo:\n        waivers:\n          - {column: bin, detector: opaque, share: 0.93, reason: test blobs}\n          - {column: pt, detector: opaque, share: 1.0, reason: test geometry}\n          - {column: txt, detector: opaque, share: 0.66, reason: test text}\n          - {column: vbin, detector: opaque, share: 0.25, reason: test blobs}\n",
    )
    .unwrap();
    for file in [
        "hardcases.default.sql",
        "hardcases.complete-insert.sql",
        "hardcases.skip-extended-insert.sql",
        "hardcases.hex-blob.sql",
    ] {
        let out = work.path("out.sql");
        transform_file(&dir.join("mariadb").join(file), &rules, &out);
        server
            .sql("DROP DATABASE IF EXISTS r; CREATE DATABASE r")
            .unwrap();
        server
            .load(&out, Some("r"), None)
            .unwrap_or_else(|e| panic!("{file}: load failed: {e}"));
        compare(
            &server,
            &sums,
            "hardcases",
            "r",
            &["customers", "orders"],
            file,
        );
        let q = |sql: &str| server.sql(sql).unwrap().trim().to_string();
        assert_eq!(q("SELECT COUNT(*) FROM r.customers"), "500");
        assert_eq!(
            q("SELECT COUNT(*) FROM r.customers WHERE phone IS NOT NULL"),
            "0"
        );
        assert_eq!(
            q("SELECT COUNT(DISTINCT full_name), MIN(full_name) FROM r.customers"),
            "1\tTest O'Person"
        );
        assert_eq!(
            q("SELECT COUNT(*), SUM(note IS NULL), MIN(total), MAX(total) FROM r.orders"),
            "2000\t2000\t1.50\t1.50"
        );
    }
}

/// A Verhoeff-valid 12-digit Aadhaar-like number from `i`.
fn aadhaar_like(i: u64) -> String {
    let base = format!("{}", 30_000_000_000u64 + i * 7_919);
    let check = amrit_stream::pii::formats::verhoeff_digit(base.as_bytes()) as char;
    format!("{base}{check}")
}

#[test]
fn strategies_reload_in_strict_mode_and_no_original_survives() {
    const TEST: &str = "strategies_reload_in_strict_mode_and_no_original_survives";
    let Some(server) = Server::start(TEST) else {
        return;
    };
    let Some(dumper) = find_tool(&["mariadb-dump", "mysqldump"]) else {
        skip(TEST, "mariadb-dump is not installed");
        return;
    };
    let work = Workdir::new();
    let mut sql = String::from(
        "CREATE DATABASE src; USE src;\nCREATE TABLE people (id bigint NOT NULL, name varchar(40) NOT NULL, gender char(1), phone varchar(16), email varchar(60) NOT NULL, aadhaar varchar(14), pan char(10), dob date, visit datetime, pin varchar(6), account varchar(18), ifsc varchar(11), note text, PRIMARY KEY (id), UNIQUE KEY (email)) DEFAULT CHARSET=utf8mb4;\n",
    );
    for i in 0..400u64 {
        sql.push_str(&format!(
            "INSERT INTO people VALUES ({id}, 'Qzname{i} Qzsurname', '{g}', '+91 98{i:08}', 'person{i}@realmail.in', '{a}', 'ABCPQ{i:04}Z', '19{y:02}-0{m}-1{d}', '2024-0{m}-1{d} 09:30:00', '1100{p:02}', '0000{i:08}', 'SBIN000{i:04}', 'Qzname{i} Qzsurname called from +91 98{i:08}; Aadhaar {a}, it''s urgent');\n",
            id = 500_000_000 + i * 104_729,
            g = if i % 2 == 0 { "M" } else { "F" },
            a = aadhaar_like(i),
            y = 40 + i % 50,
            m = 1 + i % 9,
            d = i % 10,
            p = i % 100,
        ));
    }
    let seed = work.path("seed.sql");
    std::fs::write(&seed, sql).unwrap();
    server.load(&seed, None, None).unwrap();
    // --compact: no SET SQL_MODE header, so the load below really runs in strict mode.
    let dump = work.path("src.sql");
    let out = Command::new(&dumper)
        .args([
            "--protocol=TCP",
            "-h",
            "127.0.0.1",
            "-uroot",
            "--compact",
            "--default-character-set=utf8mb4",
        ])
        .arg(format!("--port={}", server.port))
        .arg("src")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&dump, &out.stdout).unwrap();
    let rules = work.path("rules.yaml");
    std::fs::write(
        &rules,
        "version: 1\ndatabases:\n  src:\n    tables:\n      people:\n        columns:\n          id: {id: {domain: ben_reg_id}}\n          name: {full_name: {gender_column: gender}}\n          gender: keep\n          phone: phone\n          email: email\n          aadhaar: aadhaar\n          pan: pan\n          dob: birth_date\n          visit: {date_shift: {max_days: 30, subject_column: id}}\n          pin: pincode\n          account: bank_account\n          ifsc: ifsc\n          note: {scrub: {name_columns: [name], phone_columns: [phone]}}\n",
    )
    .unwrap();
    let anon = work.path("anon.sql");
    let o = crate::util::run_bin_env(
        &[
            "-q",
            "--rules",
            rules.to_str().unwrap(),
            "--database",
            "src",
            "-o",
            anon.to_str().unwrap(),
            dump.to_str().unwrap(),
        ],
        b"",
        &[(
            "AMRIT_STREAM_KEY",
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        )],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    server.sql("CREATE DATABASE dst").unwrap();
    let load = server
        .client()
        .args([
            "--show-warnings",
            "--init-command=SET SESSION sql_mode='STRICT_ALL_TABLES'",
            "dst",
        ])
        .stdin(std::fs::File::open(&anon).unwrap())
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&load.stdout),
        String::from_utf8_lossy(&load.stderr)
    );
    assert!(load.status.success(), "strict load failed: {said}");
    assert!(
        !said.contains("Warning") && !said.contains("Note"),
        "warnings on load: {said}"
    );
    let q = |s: &str| server.sql(s).unwrap().trim().to_string();
    assert_eq!(q("SELECT COUNT(*) FROM dst.people"), "400");
    for col in ["id", "phone", "email", "aadhaar", "pan", "account", "name"] {
        let n = q(&format!(
            "SELECT COUNT(*) FROM dst.people d JOIN src.people s ON d.{col} = s.{col}"
        ));
        assert_eq!(n, "0", "original {col} values survived");
    }
    for col in ["phone", "aadhaar", "name", "email"] {
        let n = q(&format!(
            "SELECT COUNT(*) FROM dst.people d JOIN src.people s ON INSTR(d.note, s.{col}) > 0"
        ));
        assert_eq!(n, "0", "an original {col} appears inside a scrubbed note");
    }
    assert_eq!(
        q("SELECT COUNT(*) FROM dst.people WHERE note LIKE '%Qz%' OR name LIKE '%Qz%'"),
        "0"
    );
    assert_eq!(
        q("SELECT COUNT(DISTINCT ifsc LIKE 'SBIN0%') FROM dst.people"),
        "1",
        "bank code kept"
    );
    assert_eq!(
        q("SELECT MIN(LEFT(pin, 2)), MAX(LEFT(pin, 2)) FROM dst.people"),
        "11\t11",
        "PIN region kept"
    );
    let years = |db: &str| {
        q(&format!(
            "SELECT YEAR(dob), COUNT(*) FROM {db}.people GROUP BY 1 ORDER BY 1"
        ))
    };
    assert_eq!(
        years("dst"),
        years("src"),
        "birth dates move within their year"
    );
    assert_ne!(
        q("SELECT GROUP_CONCAT(dob ORDER BY dob) FROM dst.people"),
        q("SELECT GROUP_CONCAT(dob ORDER BY dob) FROM src.people")
    );
}
