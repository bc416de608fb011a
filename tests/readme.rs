//! Every command block of README.md runs as written (issue 12): the indented blocks are run in
//! order, each by `bash` with `set -euo pipefail`, in a scratch copy of the repository's layout,
//! against a MariaDB server started by the test (`mysqldump` and `mysql` on PATH talk to it;
//! `db_identity` holds the AMRIT sample). Only these changes are made to the text: the built
//! binary stands for `cargo run --release --` and `./target/release/amrit-stream`; `/tmp/` is a
//! scratch directory; benchmark sizes of 1G/4G run at 4M/8M. `cargo test --release` (which runs
//! this test) and `cargo bench` are run by `.ci/run` instead (the benches once, in test mode).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::mariadb::{find_tool, Server};
use crate::util::{skip, Workdir};

const BIN: &str = env!("CARGO_BIN_EXE_amrit-stream");

/// The indented code blocks of `text`, with the line each starts on.
fn blocks(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut fenced = false;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].starts_with("```") {
            fenced = !fenced;
            i += 1;
            continue;
        }
        let starts =
            !fenced && lines[i].starts_with("    ") && (i == 0 || lines[i - 1].trim().is_empty());
        if !starts {
            i += 1;
            continue;
        }
        let first = i + 1;
        let mut body = Vec::new();
        while i < lines.len() && (lines[i].starts_with("    ") || lines[i].trim().is_empty()) {
            body.push(lines[i].strip_prefix("    ").unwrap_or(""));
            i += 1;
        }
        out.push((first, body.join("\n").trim_end().to_string()));
    }
    out
}

/// `block` as it runs here (see the module docs), or `None` for a block `.ci/run` runs.
fn adapt(block: &str, scratch: &Path) -> Option<String> {
    let b = block.trim();
    if b == "cargo test --release" || b.starts_with("cargo bench") {
        return None;
    }
    Some(
        block
            .replace("cargo run --release --", "amrit-stream")
            .replace("cargo build --release", "true")
            .replace("./target/release/amrit-stream", "amrit-stream")
            .replace("/tmp/", &format!("{}/", scratch.display()))
            .replace("--size 1G", "--size 4M")
            .replace("--size 4G", "--size 8M"),
    )
}

#[test]
fn the_blocks_are_found() {
    let text = "Intro\n\n    one a\n    one b\n\n```text\n    not me\n```\n\nx\n\n    two\n";
    let b = blocks(text);
    assert_eq!(
        b,
        [(3, "one a\none b".to_string()), (12, "two".to_string())]
    );
}

#[test]
fn every_readme_command_block_runs_as_written() {
    const TEST: &str = "every_readme_command_block_runs_as_written";
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = repo.join("../shared");
    let tools = ["mariadb-dump", "valgrind", "zstd"];
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|t| find_tool(&[t]).is_none())
        .chain((!Path::new("/usr/bin/time").exists()).then_some("/usr/bin/time (package `time`)"))
        .collect();
    if !missing.is_empty() {
        skip(
            TEST,
            &format!("README commands need {}", missing.join(", ")),
        );
        return;
    }
    if !shared.join("amrit-schema").is_dir() {
        skip(TEST, "../shared/amrit-schema is not here");
        return;
    }
    let Some(server) = Server::start(TEST) else {
        return;
    };
    server
        .sql("CREATE DATABASE db_identity; CREATE DATABASE uat_db")
        .unwrap();
    server
        .load(
            &repo.join("samples/amrit/db_identity.sql"),
            Some("db_identity"),
            None,
        )
        .unwrap();

    // The scratch layout: work/repo (the working directory: samples, rules, target/release),
    // work/shared (the shared data, as ../shared), work/bin (on PATH), work/tmp (for /tmp).
    let w = Workdir::new();
    let root = w.dir.path().to_path_buf();
    let cwd = root.join("repo");
    let bin = root.join("bin");
    let scratch = root.join("tmp");
    for d in [&cwd, &bin, &scratch] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::os::unix::fs::symlink(shared.canonicalize().unwrap(), root.join("shared")).unwrap();
    for d in ["samples", "rules"] {
        std::os::unix::fs::symlink(repo.join(d), cwd.join(d)).unwrap();
    }
    std::os::unix::fs::symlink(BIN, bin.join("amrit-stream")).unwrap();
    let conn = format!(
        "--protocol=TCP -h 127.0.0.1 -uroot --port={} --default-character-set=utf8mb4",
        server.port
    );
    let dumper = find_tool(&["mariadb-dump", "mysqldump"]).unwrap();
    let wrappers: [(&str, PathBuf); 2] = [("mysqldump", dumper), ("mysql", server.client.clone())];
    for (name, real) in wrappers {
        let script = format!("#!/bin/sh\nexec '{}' {conn} \"$@\"\n", real.display());
        let p = bin.join(name);
        std::fs::write(&p, script).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    // Files the README's examples name.
    for d in ["secrets", "uat", "backups"] {
        std::fs::create_dir_all(cwd.join(d)).unwrap();
    }
    std::fs::copy(
        repo.join("samples/amrit/db_identity.sql"),
        cwd.join("prod.sql"),
    )
    .unwrap();
    std::fs::copy(repo.join("rules/amrit.yaml"), cwd.join("r.yaml")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let sh = |script: &str| {
        Command::new("bash")
            .args(["-c", script])
            .current_dir(&cwd)
            .env("PATH", &path)
            .env_remove("AMRIT_STREAM_KEY")
            .env_remove("AMRIT_STREAM_ENC_KEY")
            .output()
            .unwrap()
    };
    let prep = sh("set -euo pipefail; gzip -k prod.sql; mysqldump --no-data db_identity > db_identity.schema.sql");
    assert!(
        prep.status.success(),
        "{}",
        String::from_utf8_lossy(&prep.stderr)
    );

    let text = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let mut ran = 0;
    for (line, block) in blocks(&text) {
        let Some(script) = adapt(&block, &scratch) else {
            continue;
        };
        let o = sh(&format!("set -euo pipefail\n{script}\n"));
        assert!(
            o.status.success(),
            "README.md line {line}: the block failed ({:?}):\n{block}\n--- stderr:\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stderr)
        );
        ran += 1;
    }
    assert!(ran >= 10, "only {ran} blocks ran");
    // What the blocks wrote is there: the anonymized load, the gates' reports.
    let rows = server
        .sql("SELECT COUNT(*) FROM uat_db.i_beneficiarydetails")
        .unwrap();
    assert!(rows.trim().parse::<u64>().unwrap() > 0, "{rows}");
    for f in [
        "anonymized.sql",
        "check.html",
        "run.html",
        "verify.json",
        "uat.sql",
    ] {
        assert!(cwd.join(f).is_file(), "{f} was not written");
    }
}
