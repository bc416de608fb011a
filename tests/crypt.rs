//! The encrypted format through the binary: round trips on the corpus and the AMRIT sample,
//! the tamper matrix, rekey, atomic output with manifests, the BenRegID mapping, and refusals.

use std::path::Path;

use base64::Engine;

use crate::util::{corpus, corpus_files, run_bin_env, skip, Workdir};

const ENC_A: [u8; 32] = [0xa1; 32];
const ENC_B: [u8; 32] = [0xb2; 32];
const PSEUDO: [u8; 32] = [0x42; 32];

fn b64(k: &[u8; 32]) -> String {
    base64::engine::general_purpose::STANDARD.encode(k)
}

/// Environment with pseudonymization key and master key `enc`.
fn env(enc: &[u8; 32]) -> Vec<(&'static str, String)> {
    vec![
        ("AMRIT_STREAM_KEY", b64(&PSEUDO)),
        ("AMRIT_STREAM_ENC_KEY", b64(enc)),
    ]
}

fn bin(args: &[&str], env: &[(&'static str, String)]) -> std::process::Output {
    let e: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    run_bin_env(args, b"", &e)
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn root(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(p)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn transform_encrypt_decrypt_is_byte_identical_to_the_plain_transform_on_the_corpus() {
    let Some(dir) = corpus("crypt round trip") else {
        return;
    };
    let w = Workdir::new();
    let keep = root("tests/data/corpus.yaml");
    let e = env(&ENC_A);
    for f in corpus_files(&dir) {
        let f = f.to_string_lossy().into_owned();
        // One corpus file was cut short by its publisher: accepted as meant to be partial.
        let plain = bin(
            &[
                "-q",
                "--allow-incomplete",
                "--allow-unmatched",
                "--rules",
                &keep,
                &f,
            ],
            &e,
        );
        assert!(plain.status.success(), "{f}: {}", stderr(&plain));
        let sealed = w.path("x.sql.zst.amrenc");
        let s = sealed.to_string_lossy();
        let o = bin(
            &[
                "-q",
                "--allow-incomplete",
                "--allow-unmatched",
                "--rules",
                &keep,
                &f,
                "--compress",
                "zstd:3",
                "--encrypt",
                "--chunk-size",
                "64K",
                "-o",
                &s,
            ],
            &e,
        );
        assert!(o.status.success(), "{f}: {}", stderr(&o));
        let d = bin(&["decrypt", &s], &e);
        assert!(d.status.success(), "{f}: {}", stderr(&d));
        crate::util::assert_same(&d.stdout, &plain.stdout, &f);
        // Any command reads the encrypted file as input: transforming it again gives the same.
        let again = bin(
            &[
                "-q",
                "--allow-incomplete",
                "--allow-unmatched",
                "--rules",
                &keep,
                &s,
            ],
            &e,
        );
        assert!(again.status.success(), "{f}: {}", stderr(&again));
        crate::util::assert_same(&again.stdout, &plain.stdout, &f);
    }
}

#[test]
fn the_amrit_sample_round_trips_with_the_built_in_rules_and_a_manifest() {
    let w = Workdir::new();
    let input = root("samples/amrit/db_identity.sql");
    let e = env(&ENC_A);
    let plain = bin(&["-q", &input], &e);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let out = w.path("db_identity.sql.zst.amrenc");
    let s = out.to_string_lossy();
    let o = bin(
        &["-q", &input, "--compress", "zstd", "--encrypt", "-o", &s],
        &e,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let d = bin(&["decrypt", &s], &e);
    assert_eq!(d.stdout, plain.stdout);
    let check = bin(&["decrypt", "--check", &s], &e);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(check.stdout.is_empty(), "--check writes no plaintext");

    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{s}.manifest.json")).unwrap()).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    let raw = std::fs::read(&input).unwrap();
    assert_eq!(m["exit_status"], 0);
    assert_eq!(m["output"]["bytes"], bytes.len() as u64);
    assert_eq!(
        m["output"]["blake3"],
        blake3::hash(&bytes).to_hex().as_str()
    );
    assert_eq!(m["output"]["encrypted"], true);
    assert_eq!(m["inputs"][0]["bytes"], raw.len() as u64);
    assert_eq!(
        m["inputs"][0]["blake3"],
        blake3::hash(&raw).to_hex().as_str()
    );
    assert_eq!(
        m["rules"]["blake3"],
        blake3::hash(amrit_stream::amrit::RULES_YAML.as_bytes())
            .to_hex()
            .as_str()
    );
    assert_eq!(
        m["key_ids"]["encryption"][0],
        amrit_stream::io::keys::EncKey::from_bytes(ENC_A).id_hex()
    );
    assert_eq!(
        m["rows_per_table"]["db_identity.i_beneficiarydetails"], 284,
        "{m}"
    );
    assert_eq!(
        m["rows_per_table"]["db_identity.flyway_schema_history"], 18,
        "tables copied unchanged are counted too"
    );
    let text = serde_json::to_string(&m).unwrap();
    assert!(!text.contains(&b64(&ENC_A)) && !text.contains(&b64(&PSEUDO)));
}

/// A small encrypted file of `plain` in chunks of 64 bytes, not compressed.
fn small_sealed(w: &Workdir, plain: &[u8]) -> Vec<u8> {
    let src = w.write("small.sql", plain);
    let dst = w.path("small.amrenc");
    let o = bin(
        &[
            "encrypt",
            &src,
            "--chunk-size",
            "64",
            "-o",
            &dst.to_string_lossy(),
        ],
        &env(&ENC_A),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read(dst).unwrap()
}

fn header_len(file: &[u8]) -> usize {
    amrit_stream::io::crypt::Header::read(&mut &file[..], "t")
        .unwrap()
        .to_bytes()
        .len()
}

/// Decrypt `file` through the binary; it must fail with exit 3 and an integrity or key
/// message (exit 1 when the magic or version no longer says it is this format), and write
/// nothing but whole verified chunks of `plain`.
#[track_caller]
fn assert_rejected(w: &Workdir, file: &[u8], plain: &[u8], what: &str, enc: &[u8; 32]) {
    let p = w.write("t.amrenc", file);
    let o = bin(&["decrypt", &p], &env(enc));
    let err = stderr(&o);
    if file.len() > 8 && (&file[..8] != amrit_stream::io::crypt::MAGIC || file[8] != 1) {
        assert_eq!(o.status.code(), Some(1), "{what}: {err}");
        assert!(o.stdout.is_empty());
        return;
    }
    assert_eq!(o.status.code(), Some(3), "{what}: {err}");
    assert!(
        err.contains("integrity check failed") || err.contains("refused"),
        "{what}: {err}"
    );
    assert!(
        o.stdout.len() % 64 == 0 && plain.starts_with(&o.stdout),
        "{what}: unverified plaintext was written"
    );
    let c = bin(&["decrypt", "--check", &p], &env(enc));
    assert_eq!(c.status.code(), Some(3), "{what} (--check): {}", stderr(&c));
    assert!(c.stdout.is_empty());
}

#[test]
fn tamper_matrix_every_change_is_rejected_by_the_binary() {
    let w = Workdir::new();
    let plain: Vec<u8> = b"INSERT INTO `t` VALUES (1,'Ramesh','9876543210');\n".repeat(5);
    let f = small_sealed(&w, &plain);
    let h = header_len(&f);
    let c = 64 + 16;
    let chunks: Vec<&[u8]> = f[h..].chunks(c).collect();
    assert_eq!(chunks.len(), plain.len().div_ceil(64));
    // Single bit flips: in every header field and slot, and at the start, middle and tag of
    // every chunk (the library test flips every bit of a file).
    let mut positions = vec![0, 8, 9, 10, 11, 12, 16, 24, 31, h - 60, h - 30, h - 1];
    for i in 0..chunks.len() {
        let start = h + i * c;
        let end = (start + c).min(f.len());
        positions.extend([start, (start + end) / 2, end - 1]);
    }
    for at in positions {
        let mut g = f.clone();
        g[at] ^= 0x10;
        assert_rejected(&w, &g, &plain, &format!("bit flip at byte {at}"), &ENC_A);
    }
    // Truncation at every chunk boundary and in the middle of every chunk.
    for i in 0..chunks.len() {
        let start = h + i * c;
        assert_rejected(
            &w,
            &f[..start],
            &plain,
            &format!("cut before chunk {i}"),
            &ENC_A,
        );
        assert_rejected(
            &w,
            &f[..start + c / 2],
            &plain,
            &format!("cut in chunk {i}"),
            &ENC_A,
        );
    }
    let build = |order: &[usize]| {
        let mut g = f[..h].to_vec();
        for &i in order {
            g.extend_from_slice(chunks[i]);
        }
        g
    };
    let n = chunks.len();
    let mut swapped: Vec<usize> = (0..n).collect();
    swapped.swap(1, 2);
    assert_rejected(&w, &build(&swapped), &plain, "swapped chunks", &ENC_A);
    let mut dup: Vec<usize> = (0..n).collect();
    dup.insert(2, 1);
    assert_rejected(&w, &build(&dup), &plain, "duplicated chunk", &ENC_A);
    // A changed header field: the chunk size.
    let mut g = f.clone();
    g[12..16].copy_from_slice(&128u32.to_le_bytes());
    assert_rejected(&w, &g, &plain, "changed chunk size", &ENC_A);
    // Wrong key.
    assert_rejected(&w, &f, &plain, "wrong key", &ENC_B);
    // The header of another file (same key, same plaintext) on this body.
    let other = small_sealed(&w, &plain);
    let mut g = other[..h].to_vec();
    g.extend_from_slice(&f[h..]);
    assert_rejected(&w, &g, &plain, "another file's header", &ENC_A);
    // And the untouched file decrypts.
    let p = w.write("ok.amrenc", &f);
    let o = bin(&["decrypt", &p], &env(&ENC_A));
    assert!(o.status.success());
    assert_eq!(o.stdout, plain);
}

#[test]
fn rekey_adds_b_removes_a_and_leaves_the_body_unchanged() {
    let w = Workdir::new();
    let plain = b"SELECT 1;\n".repeat(100);
    let f = small_sealed(&w, &plain);
    let path = w.write("r.amrenc", &f);
    let b_file = w.path("b.key");
    std::fs::write(&b_file, b64(&ENC_B)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&b_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let a_id = amrit_stream::io::keys::EncKey::from_bytes(ENC_A).id_hex();
    let o = bin(
        &[
            "rekey",
            &path,
            "--add-key-file",
            &b_file.to_string_lossy(),
            "--remove-key-id",
            &a_id,
        ],
        &env(&ENC_A),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let g = std::fs::read(&path).unwrap();
    assert_eq!(
        f[header_len(&f)..],
        g[header_len(&g)..],
        "the body bytes are unchanged"
    );
    let with_b = bin(&["decrypt", &path], &env(&ENC_B));
    assert!(with_b.status.success(), "{}", stderr(&with_b));
    assert_eq!(with_b.stdout, plain);
    let with_a = bin(&["decrypt", &path], &env(&ENC_A));
    assert_eq!(with_a.status.code(), Some(3));
    assert!(with_a.stdout.is_empty());
}

#[test]
fn a_failed_run_leaves_no_output_but_a_manifest_with_its_exit_status() {
    let w = Workdir::new();
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndatabases:\n  shop:\n    tables:\n      t:\n        columns:\n          id: keep\n",
    );
    let dump = w.write(
        "d.sql",
        b"USE `shop`;\nCREATE TABLE `t` (`id` int, `email` text);\nINSERT INTO `t` VALUES (1,'a@b.in');\n",
    );
    let out = w.path("out.sql.zst.amrenc");
    let s = out.to_string_lossy();
    let o = bin(
        &[
            "--rules",
            &rules,
            &dump,
            "--compress",
            "zstd",
            "--encrypt",
            "-o",
            &s,
        ],
        &env(&ENC_A),
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!out.exists(), "no file under the final name");
    let names: Vec<String> = std::fs::read_dir(w.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("amrit-tmp")),
        "no temporary file left: {names:?}"
    );
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{s}.failed.manifest.json")).unwrap())
            .unwrap();
    assert_eq!(m["exit_status"], 2);
    assert!(m["output"].is_null());
    assert!(m["error"].as_str().unwrap().contains("shop.t.email"));
    assert!(!m.to_string().contains("a@b.in"));
}

#[test]
fn encryption_needs_a_key_and_never_goes_to_a_terminal() {
    let input = root("samples/people.sql");
    let no_enc = [("AMRIT_STREAM_KEY", b64(&PSEUDO))];
    let o = bin(
        &[
            "-q",
            "--rules",
            &root("rules/synthetic.yaml"),
            &input,
            "--encrypt",
        ],
        &no_enc,
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let o = bin(
        &["-q", &input, "--mapping-out", "/nonexistent/m.amrenc"],
        &no_enc,
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    // A terminal: run under `script`, which gives the command a pseudo-terminal.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        skip(
            "encryption_never_goes_to_a_terminal",
            "`script` (util-linux) is not installed",
        );
        return;
    }
    let cmd = format!(
        "{} -q --rules {} --compress zstd {}",
        env!("CARGO_BIN_EXE_amrit-stream"),
        root("rules/synthetic.yaml"),
        input
    );
    let o = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env("AMRIT_STREAM_KEY", b64(&PSEUDO))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{text}");
    assert!(text.contains("refusing to write compressed or encrypted bytes to a terminal"));
}

#[test]
fn mapping_out_holds_every_ben_reg_id_pair_encrypted() {
    let w = Workdir::new();
    let input = root("samples/amrit/db_identity.sql");
    let map = w.path("map.csv.amrenc");
    let m = map.to_string_lossy();
    let e = env(&ENC_A);
    let o = bin(&["-q", &input, "--mapping-out", &m], &e);
    assert!(o.status.success(), "{}", stderr(&o));
    let raw = std::fs::read(&map).unwrap();
    assert!(raw.starts_with(amrit_stream::io::crypt::MAGIC));
    let d = bin(&["decrypt", &m], &e);
    assert!(d.status.success(), "{}", stderr(&d));
    let csv = String::from_utf8(d.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("original_ben_reg_id,new_ben_reg_id"));
    let out = String::from_utf8(o.stdout).unwrap();
    let src = std::fs::read_to_string(&input).unwrap();
    let mut n = 0;
    let mut news = std::collections::HashSet::new();
    for l in lines {
        let (a, b) = l.split_once(',').unwrap();
        assert!(src.contains(a), "an original BenRegID from the source");
        assert!(out.contains(b), "its new value is in the output");
        assert!(news.insert(b.to_string()), "one-to-one");
        n += 1;
    }
    assert_eq!(n, 284, "one pair per synthetic person");
}

#[test]
fn an_encrypted_refresh_restores_through_decrypt_exactly_like_the_plain_pipeline() {
    use crate::mariadb::{find_tool, Server};
    let test = "encrypted_refresh_on_mariadb";
    let Some(server) = Server::start(test) else {
        return;
    };
    let Some(dumper) = find_tool(&["mariadb-dump", "mysqldump"]) else {
        skip(test, "mariadb-dump is not installed");
        return;
    };
    let w = Workdir::new();
    server
        .sql("CREATE DATABASE db_identity; CREATE DATABASE uat_plain; CREATE DATABASE uat_sealed")
        .unwrap();
    server
        .load(
            Path::new(&root("samples/amrit/db_identity.sql")),
            Some("db_identity"),
            None,
        )
        .unwrap();
    let conn = format!(
        "--protocol=TCP -h 127.0.0.1 -uroot --port={} --default-character-set=utf8mb4",
        server.port
    );
    let sealed = w.path("uat.sql.zst.amrenc");
    let bin = env!("CARGO_BIN_EXE_amrit-stream");
    let client = server.client.display();
    let dumper = dumper.display();
    let s = sealed.display();
    let script = format!(
        "set -o pipefail; \
         '{dumper}' {conn} db_identity | '{bin}' -q | '{client}' {conn} uat_plain && \
         '{dumper}' {conn} db_identity | '{bin}' -q --compress zstd --encrypt -o '{s}' && \
         '{bin}' decrypt --check '{s}' && \
         '{bin}' decrypt '{s}' | '{client}' {conn} uat_sealed"
    );
    let mut cmd = std::process::Command::new("bash");
    cmd.args(["-c", &script]);
    for (k, v) in env(&ENC_A) {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let tables = server
        .sql("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA='db_identity' AND TABLE_ROWS > 0 ORDER BY 1")
        .unwrap();
    let tables: Vec<&str> = tables
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    assert!(tables.len() >= 7, "{tables:?}");
    for t in tables {
        assert_eq!(
            server.checksum("uat_sealed", t),
            server.checksum("uat_plain", t),
            "{t}: the restore through decrypt differs from the plain pipeline"
        );
        if t != "flyway_schema_history" {
            assert_ne!(
                server.checksum("uat_sealed", t),
                server.checksum("db_identity", t),
                "{t}: anonymized"
            );
        }
    }
}
