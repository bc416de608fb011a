//! Issue 16: `refresh` on a MariaDB server started by the test: the fuses refuse with exit 3
//! before anything is touched, a dry run stops after gate 1, a full run takes production
//! (`db_identity`, `db_iemr`) to UAT databases with both gates, a rollback backup and the
//! post-restore checks, and `--rollback` puts the target back as it was.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::mariadb::Server;
use crate::util::Workdir;

const BIN: &str = env!("CARGO_BIN_EXE_amrit-stream");
const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const ENC: &str = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

fn sample(db: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("samples/amrit/{db}.sql"))
}

fn config(port: u16, backup: &Path, target_extra: &str) -> String {
    format!(
        "source:   {{host: 127.0.0.1, port: {port}, user: root, password_env: AMRIT_TEST_SOURCE_PW,\n           databases: [db_iemr, db_identity]}}\ntargets:\n  uat:    {{environment: UAT, host: 127.0.0.1, port: {port}, user: root,\n           password_env: AMRIT_TEST_TARGET_PW{target_extra},\n           database_map: {{db_identity: uat_identity, db_iemr: uat_iemr}}}}\nbackup_dir: {}\nrules: builtin\nallowed_environments: [UAT, DEV]\nkeys: {{pseudonymization_env: AMRIT_STREAM_KEY, encryption_env: AMRIT_STREAM_ENC_KEY}}\n",
        backup.display()
    )
}

fn refresh(cfg: &Path, args: &[&str]) -> (i32, String) {
    let o = Command::new(BIN)
        .arg("refresh")
        .arg("--config")
        .arg(cfg)
        .args(["--target", "uat"])
        .args(args)
        .env("AMRIT_STREAM_KEY", KEY)
        .env("AMRIT_STREAM_ENC_KEY", ENC)
        .env("AMRIT_TEST_SOURCE_PW", "")
        .env("AMRIT_TEST_TARGET_PW", "")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn last_audit(backup: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(backup.join("audit.jsonl")).unwrap();
    serde_json::from_str(text.lines().last().unwrap()).unwrap()
}

#[test]
fn refresh_takes_production_to_uat_through_both_gates_and_rolls_back() {
    let Some(server) = Server::start("refresh_on_mariadb") else {
        return;
    };
    for db in ["db_identity", "db_iemr"] {
        server.sql(&format!("CREATE DATABASE {db}")).unwrap();
        server.load(&sample(db), Some(db), None).unwrap();
    }
    // What UAT held before: a table the rollback must bring back.
    server
        .sql("CREATE DATABASE uat_identity; CREATE TABLE uat_identity.before_refresh (n INT); INSERT INTO uat_identity.before_refresh VALUES (7)")
        .unwrap();
    let w = Workdir::new();
    let backup = w.path("backups");
    let cfg = w.path("refresh.yaml");
    std::fs::write(&cfg, config(server.port, &backup, "")).unwrap();
    let q = |s: &str| server.sql(s).unwrap().trim().to_string();

    // Fuses: each refusal is exit 3 and touches nothing.
    let (code, said) = refresh(&cfg, &[]);
    assert_eq!(code, 3, "no --confirm-overwrite: {said}");
    assert!(said.contains("--confirm-overwrite"), "{said}");
    for (bad, why) in [
        (
            config(server.port, &backup, "").replace("environment: UAT", "environment: PROD"),
            "never",
        ),
        (
            config(server.port, &backup, "").replace("uat_identity", "db_identity"),
            "production",
        ),
        (
            config(server.port, &backup, ", password: hunter2"),
            "password",
        ),
    ] {
        let f = w.path("bad.yaml");
        std::fs::write(&f, bad).unwrap();
        let (code, said) = refresh(&f, &["--confirm-overwrite"]);
        assert_eq!(code, 3, "{why}: {said}");
        assert!(said.contains(why) && !said.contains("hunter2"), "{said}");
    }
    // A server that does not answer: exit 1, the tool named with its own words.
    let f = w.path("dead.yaml");
    std::fs::write(
        &f,
        config(server.port, &backup, "").replacen(&format!("port: {}", server.port), "port: 1", 1),
    )
    .unwrap();
    let (code, said) = refresh(&f, &["--dry-run"]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("mariadb failed") || said.contains("mysql failed"),
        "{said}"
    );
    let (code, said) = refresh(&cfg, &["--confirm-overwrite", "--password", "x"]);
    assert_eq!(code, 3, "{said}");
    assert_eq!(q("SELECT COUNT(*) FROM uat_identity.before_refresh"), "1");
    assert_eq!(q("SHOW DATABASES LIKE 'uat_iemr'"), "");

    // A dry run: fuses, preflight and gate 1.
    let (code, said) = refresh(&cfg, &["--dry-run"]);
    assert_eq!(code, 0, "{said}");
    let a = last_audit(&backup);
    assert_eq!(a["mode"], "dry-run");
    assert_eq!(a["gates"]["gate1 db_identity"], "passed");
    assert_eq!(q("SHOW DATABASES LIKE 'uat_iemr'"), "");

    // The full refresh.
    let report = w.path("refresh.json");
    let (code, said) = refresh(
        &cfg,
        &["--confirm-overwrite", "--report", report.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{said}");
    let a = last_audit(&backup);
    assert_eq!(a["exit_status"], 0, "{a:#}");
    for g in ["gate1 db_iemr", "gate2 db_identity", "gate2 db_iemr"] {
        assert_eq!(a["gates"][g], "passed", "{g}: {a:#}");
    }
    assert!(a["gates"]["post-restore uat_iemr"]
        .as_str()
        .unwrap()
        .starts_with("passed"));
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
            "anonymize db_iemr",
            "gate2 (verify)",
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
    let latest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(backup.join("latest_refresh.json")).unwrap())
            .unwrap();
    assert_eq!(latest["run_dir"], a["run_dir"]);
    assert!(report.is_file());
    // UAT holds the anonymized data: the same rows, no original name, the old table gone.
    assert_eq!(
        q("SELECT COUNT(*) FROM uat_identity.i_beneficiarydetails"),
        q("SELECT COUNT(*) FROM db_identity.i_beneficiarydetails")
    );
    assert_eq!(
        q("SELECT COUNT(*) FROM uat_identity.i_beneficiarydetails d JOIN db_identity.i_beneficiarydetails s ON d.BeneficiaryDetailsId = s.BeneficiaryDetailsId WHERE d.FirstName = s.FirstName"),
        "0"
    );
    assert_ne!(q("SELECT COUNT(*) FROM uat_iemr.t_bencall"), "0");
    assert_eq!(q("SHOW TABLES FROM uat_identity LIKE 'before_refresh'"), "");
    // No option file (with a password) is left behind.
    let leftovers: Vec<String> = std::fs::read_dir(&backup)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".cnf"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // The source's originals fail the same validation: the checks can fail.
    assert_ne!(
        q("SELECT COUNT(*) FROM db_identity.i_beneficiarycontacts WHERE EmailId <> '' AND EmailId NOT LIKE '%@example.org'"),
        "0"
    );

    // Anonymize only: verified backups, the target untouched; then restore-only from them.
    server.sql("DROP DATABASE uat_iemr").unwrap();
    let (code, said) = refresh(&cfg, &["--mode", "anonymize-only"]);
    assert_eq!(code, 0, "{said}");
    let only = last_audit(&backup);
    assert_eq!(only["gates"]["gate2 db_iemr"], "passed");
    assert_eq!(
        q("SHOW DATABASES LIKE 'uat_iemr'"),
        "",
        "anonymize-only touched the target"
    );
    let dir = only["run_dir"].as_str().unwrap().to_string();
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
    assert_ne!(q("SELECT COUNT(*) FROM uat_iemr.t_bencall"), "0");

    // Roll back: the target is what it was before the refresh.
    let rollback = Path::new(a["run_dir"].as_str().unwrap()).join("rollback");
    let (code, said) = refresh(
        &cfg,
        &[
            "--confirm-overwrite",
            "--rollback",
            rollback.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{said}");
    assert_eq!(q("SELECT n FROM uat_identity.before_refresh"), "7");
    assert_eq!(last_audit(&backup)["mode"], "rollback");

    // Drift in production stops the run at gate 1 (exit 2), before anything is dumped.
    server
        .sql("ALTER TABLE db_identity.i_beneficiarydetails ADD COLUMN AltMobile VARCHAR(15)")
        .unwrap();
    let (code, said) = refresh(&cfg, &["--confirm-overwrite"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("AltMobile"), "{said}");
    assert_eq!(
        q("SELECT n FROM uat_identity.before_refresh"),
        "7",
        "the target was touched"
    );
}
