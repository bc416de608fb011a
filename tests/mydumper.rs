//! mydumper directories: a directory transformed and restored with myloader equals the
//! single-stream path (`mariadb-dump | transform | mariadb`) table by table; shards add up to
//! the unsharded output byte for byte; an unfinished or unknown directory, an uncovered column
//! and personal data planted in a kept column stop the run with nothing published.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::mariadb::{find_tool, Server};
use crate::util::{run_bin_env, skip, Workdir};

const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

fn bin(args: &[&str]) -> (i32, String) {
    let o = run_bin_env(args, b"", &[("AMRIT_STREAM_KEY", KEY)]);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn run(cmd: &mut Command, what: &str) {
    let o = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        o.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Every file of `dir` by name, with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn sample(db: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/amrit/{db}.sql"))
}

#[test]
fn a_mydumper_directory_restores_as_the_single_stream_does_and_its_shards_add_up() {
    let test = "a_mydumper_directory_restores_as_the_single_stream_does_and_its_shards_add_up";
    let (Some(mydumper), Some(myloader), Some(dumper)) = (
        find_tool(&["mydumper"]),
        find_tool(&["myloader"]),
        find_tool(&["mariadb-dump", "mysqldump"]),
    ) else {
        skip(test, "mydumper is not installed (apt-get install mydumper)");
        return;
    };
    let Some(server) = Server::start(test) else {
        return;
    };
    let w = Workdir::new();
    let port = server.port.to_string();
    let conn = ["-h", "127.0.0.1", "-P", port.as_str(), "-u", "root"];
    // db_identity in one file per table; db_iemr in chunks of 100 rows, gzipped.
    for (db, extra) in [
        ("db_identity", &[][..]),
        ("db_iemr", &["--rows", "100", "-c"][..]),
    ] {
        server.sql(&format!("CREATE DATABASE `{db}`")).unwrap();
        server.load(&sample(db), Some(db), None).unwrap();

        // The single stream: mariadb-dump | transform | mariadb.
        let plain = w.path(&format!("{db}.sql"));
        let dump = Command::new(&dumper)
            .args(["--protocol=TCP", "--single-transaction"])
            .args(conn)
            .arg(db)
            .output()
            .unwrap();
        assert!(dump.status.success());
        std::fs::write(&plain, dump.stdout).unwrap();
        let single = w.path(&format!("{db}.anon.sql"));
        let (code, err) = bin(&[
            "transform",
            "-q",
            plain.to_str().unwrap(),
            "-o",
            single.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        server.sql(&format!("CREATE DATABASE `s_{db}`")).unwrap();
        server
            .load(&single, Some(&format!("s_{db}")), None)
            .unwrap();

        // The directory: mydumper, transform DIR -o OUTDIR, myloader.
        let dir = w.path(db);
        run(
            Command::new(&mydumper)
                .args(conn)
                .args(["-B", db, "-o", dir.to_str().unwrap()])
                .args(extra),
            "mydumper",
        );
        let out = w.path(&format!("{db}.anon"));
        let (code, err) = bin(&[
            "transform",
            "-q",
            dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        run(
            Command::new(&myloader).args(conn).args([
                "-d",
                out.to_str().unwrap(),
                "-B",
                &format!("d_{db}"),
            ]),
            "myloader",
        );

        let tables = server
            .sql(&format!(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 's_{db}' \
                 AND table_type = 'BASE TABLE'"
            ))
            .unwrap();
        let (mut with_rows, mut changed) = (0, 0);
        for t in tables.lines() {
            let (s, d) = (
                server.checksum(&format!("s_{db}"), t),
                server.checksum(&format!("d_{db}"), t),
            );
            assert_eq!(s, d, "{db}.{t}: the directory path restored other rows");
            with_rows += usize::from(s != "0");
            changed += usize::from(server.checksum(db, t) != d);
        }
        assert!(with_rows >= 5, "{db}: only {with_rows} tables with rows");
        assert!(changed >= 3, "{db}: only {changed} tables were rewritten");

        // Two shards, each its own run, together write the unsharded directory byte for byte.
        let mut union = Vec::new();
        for k in ["1/2", "2/2"] {
            let part = w.path(&format!("{db}.shard{}", &k[..1]));
            let (code, err) = bin(&[
                "transform",
                "-q",
                "--shard",
                k,
                dir.to_str().unwrap(),
                "-o",
                part.to_str().unwrap(),
            ]);
            assert_eq!(code, 0, "{err}");
            let got = files(&part);
            assert!(!got.is_empty(), "shard {k} of {db} wrote nothing");
            union.extend(got);
        }
        union.sort();
        assert_eq!(union, files(&out), "{db}: shards differ from the whole");

        // One manifest beside the directory lists every file with its blake3.
        let manifest: serde_json::Value = serde_json::from_slice(
            &std::fs::read(w.path(&format!("{db}.anon.manifest.json"))).unwrap(),
        )
        .unwrap();
        let listed = manifest["directory"]["files"].as_array().unwrap();
        assert_eq!(listed.len(), files(&out).len());
        for f in listed {
            let bytes = std::fs::read(out.join(f["name"].as_str().unwrap())).unwrap();
            assert_eq!(f["blake3"], blake3::hash(&bytes).to_hex().as_str());
        }
        assert_eq!(manifest["exit_status"], 0);
    }
}

/// A hand-made directory in mydumper's layout: one table `d.t` with `columns` and `rows`.
fn directory(w: &Workdir, name: &str, create: &str, rows: &[String], finished: bool) -> PathBuf {
    let dir = w.path(name);
    std::fs::create_dir_all(&dir).unwrap();
    let mut metadata = "Started dump at: 2026-12-06 03:25:54\n".to_string();
    if finished {
        metadata.push_str("Finished dump at: 2026-12-06 03:25:55\n");
    }
    std::fs::write(dir.join("metadata"), metadata).unwrap();
    std::fs::write(dir.join("d-schema-create.sql"), "CREATE DATABASE `d`;\n").unwrap();
    std::fs::write(
        dir.join("d.t-schema.sql"),
        format!("/*!40101 SET NAMES binary*/;\n{create}\n"),
    )
    .unwrap();
    for (i, chunk) in rows.chunks(50).enumerate() {
        std::fs::write(
            dir.join(format!("d.t.{i:05}.sql")),
            format!(
                "/*!40101 SET NAMES binary*/;\nINSERT INTO `t` VALUES\n{};\n",
                chunk.join(",\n")
            ),
        )
        .unwrap();
    }
    dir
}

#[test]
fn a_directory_that_is_unfinished_unknown_uncovered_or_leaking_publishes_nothing() {
    let w = Workdir::new();
    let create = "CREATE TABLE `t` (`id` int, `name` varchar(60), `phone` varchar(20));";
    let names = [
        "Ravi Kumar",
        "Sunita Devi",
        "Anil Sharma",
        "Pooja Patel",
        "Mohan Das",
    ];
    // Mobiles as issued: in no order, over the leading digits 6–9 (numbers in dump order, or
    // all under one leading digit, read as IDs).
    let rows: Vec<String> = (0..200u64)
        .map(|i| {
            let scrambled = (i + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20;
            format!(
                "({i},\"{}\",\"{}{:09}\")",
                names[i as usize % names.len()],
                6 + (scrambled >> 32) % 4,
                scrambled % 1_000_000_000
            )
        })
        .collect();
    let rules = |phone: &str| {
        w.write(
            &format!("r-{phone}.yaml"),
            format!(
                "version: 1\ndefault: fail\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          id: keep\n          name: full_name\n{phone}"
            )
            .as_bytes(),
        )
    };
    let covered = rules("          phone: phone\n");
    let attempt = |dir: &Path, rules: &str, out: &str| -> (i32, String, PathBuf) {
        let out = w.path(out);
        let (code, err) = bin(&[
            "transform",
            "-q",
            "--rules",
            rules,
            dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        (code, err, out)
    };
    let nothing_published = |out: &Path| {
        assert!(!out.exists(), "{} was published", out.display());
        let partial = out.with_file_name(format!(
            ".{}.amrit-partial",
            out.file_name().unwrap().to_string_lossy()
        ));
        assert!(!partial.exists(), "the partial directory was left");
    };

    // Unfinished: mydumper never wrote "Finished dump at".
    let dir = directory(&w, "unfinished", create, &rows, false);
    let (code, err, out) = attempt(&dir, &covered, "o-unfinished");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("did not finish"), "{err}");
    nothing_published(&out);

    // A file that is not part of the layout is never copied through unread.
    let dir = directory(&w, "stray", create, &rows, true);
    std::fs::write(dir.join("notes.txt"), "call Ravi on 9876543210").unwrap();
    let (code, err, out) = attempt(&dir, &covered, "o-stray");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("notes.txt"), "{err}");
    assert!(!err.contains("9876543210"));
    nothing_published(&out);

    // A chunk cut short (a copy that stopped): exit 1, the file named even under -q.
    let dir = directory(&w, "cut", create, &rows, true);
    let chunk = dir.join("d.t.00001.sql");
    let bytes = std::fs::read(&chunk).unwrap();
    std::fs::write(&chunk, &bytes[..bytes.len() / 2]).unwrap();
    let (code, err, out) = attempt(&dir, &covered, "o-cut");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("d.t.00001.sql") && err.contains("truncated"),
        "{err}"
    );
    nothing_published(&out);

    // A column no rule covers (default: fail).
    let dir = directory(&w, "uncovered", create, &rows, true);
    let (code, err, out) = attempt(&dir, &rules(""), "o-uncovered");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("d.t.phone"), "{err}");
    nothing_published(&out);

    // Phones planted in a column the rules keep: the output gate stops the run.
    let (code, err, out) = attempt(&dir, &rules("          phone: keep\n"), "o-kept");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("phone"), "{err}");
    for row in &rows[..20] {
        let phone = row.rsplit('"').nth(1).unwrap();
        assert!(!err.contains(phone), "a value in the message: {err}");
    }
    nothing_published(&out);

    // Covered: published whole, schema files and metadata as they were, rows rewritten.
    let (code, err, out) = attempt(&dir, &covered, "o-good");
    assert_eq!(code, 0, "{err}");
    let (got, input) = (files(&out), files(&dir));
    assert_eq!(
        got.iter().map(|f| &f.0).collect::<Vec<_>>(),
        input.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((name, a), (_, b)) in got.iter().zip(&input) {
        if name.ends_with("-schema.sql") || name == "metadata" || name.contains("-schema-") {
            assert_eq!(a, b, "{name} changed");
        } else {
            let text = String::from_utf8_lossy(a);
            assert!(text.starts_with("/*!40101 SET NAMES binary*/;"), "{name}");
            assert!(
                !names.iter().any(|n| text.contains(n)),
                "{name} kept a name"
            );
        }
    }
    // `convert` takes dump files, not a directory's chunks: it says what to run instead.
    let o = run_bin_env(
        &[
            "convert",
            "--no-encrypt",
            "--compress",
            "zstd",
            "--out-dir",
            w.path("").to_str().unwrap(),
            dir.to_str().unwrap(),
        ],
        b"",
        &[
            ("AMRIT_STREAM_KEY", KEY),
            (
                "AMRIT_STREAM_ENC_KEY",
                "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
            ),
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("mydumper directory") && err.contains("transform"),
        "{err}"
    );

    // Written once: a second run does not replace it.
    let (code, err, _) = attempt(&dir, &covered, "o-good");
    assert_eq!(code, 1);
    assert!(err.contains("exists"), "{err}");
}

#[test]
fn the_kubernetes_example_is_an_indexed_job_whose_shards_cover_the_directory() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sharded-job.yaml");
    let job: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let spec = &job["spec"];
    assert_eq!(job["kind"].as_str(), Some("Job"));
    assert_eq!(spec["completionMode"].as_str(), Some("Indexed"));
    assert_eq!(spec["backoffLimit"].as_u64(), Some(0));
    let n = spec["completions"].as_u64().unwrap();
    let args = spec["template"]["spec"]["containers"][0]["args"][0]
        .as_str()
        .unwrap();
    assert!(
        args.contains(&format!("$((JOB_COMPLETION_INDEX + 1))/{n}\"")),
        "{args}"
    );
    // The command as the last pod runs it: every flag is the binary's (the run then stops
    // only because the directory is not here).
    let w = Workdir::new();
    let command = args
        .replace("$((JOB_COMPLETION_INDEX + 1))", &n.to_string())
        .replace("/dumps/", &format!("{}/", w.path("dumps").display()));
    let argv: Vec<String> = command
        .split_whitespace()
        .skip(1)
        .map(|a| a.trim_matches('"').to_string())
        .collect();
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let (code, err) = bin(&argv);
    assert_eq!(code, 1, "{err}");
    assert!(
        !err.contains("unexpected argument") && !err.contains("Usage:"),
        "{err}"
    );
    assert!(err.contains("directory"), "{err}");
}
