//! The AMRIT rule set against the real AMRIT schema (facts in `../shared/amrit-schema`), the
//! synthetic AMRIT samples, and the end-to-end proof on MariaDB.

use amrit_stream::amrit::facts;
use amrit_stream::gates::schema::check_catalog;

use crate::util;

/// The schema facts of the four AMRIT databases, or `None` (skipped loudly; fails under CI).
fn schema_facts(test: &str) -> Option<Vec<facts::DatabaseFacts>> {
    let dir = util::amrit_schema(test)?;
    Some(facts::load(&dir).expect("schema facts load"))
}

#[test]
fn amrit_rules_cover_the_full_schema_and_record_flyway_versions() {
    let Some(facts) = schema_facts("amrit_rules_cover_the_full_schema") else {
        return;
    };
    let rules = amrit_stream::amrit::rules();
    let report = check_catalog(&rules, &facts::catalog(&facts));
    assert_eq!(
        report.tables, 718,
        "714 AMRIT tables + 4 flyway_schema_history"
    );
    assert_eq!(report.columns, 15_969);
    assert!(
        report.uncovered.is_empty(),
        "uncovered: {:?}",
        report.uncovered
    );
    assert!(report.unfit.is_empty(), "unfit: {:#?}", report.unfit);
    assert!(report.stale.is_empty(), "stale: {:?}", report.stale);
    for db in &facts {
        assert_eq!(
            rules.flyway_version(&db.database),
            Some(u64::from(db.flyway_version)),
            "{}",
            db.database
        );
    }
    // Every kept column a name heuristic flags was reviewed: its reason is in `kept:`.
    assert!(
        report.personal_keep.is_empty(),
        "kept columns that look personal with no `kept:` reason: {:?}",
        report.personal_keep
    );
    eprintln!("columns by strategy: {:?}", report.by_strategy);
}

#[test]
fn check_fails_with_exit_2_naming_the_one_column_removed_from_the_rules() {
    let Some(schema) = util::amrit_schema("check_fails_with_exit_2") else {
        return;
    };
    let schema = schema.to_string_lossy().to_string();
    let empty = util::run_bin(&["check"], b"-- nothing here\n");
    assert_eq!(
        empty.status.code(),
        Some(1),
        "a schema with no table is not a pass"
    );
    let ok = util::run_bin(&["check", &schema], b"");
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    // Drop `FirstName` of db_identity.i_beneficiarydetails (and nothing else) from the rules.
    let text = amrit_stream::amrit::RULES_YAML;
    let start = text.find("\n  db_identity:\n").unwrap();
    let table = start
        + text[start..]
            .find("\n      i_beneficiarydetails:\n")
            .unwrap();
    let line = table + text[table..].find("\n          FirstName: ").unwrap();
    let end = line + 1 + text[line + 1..].find('\n').unwrap();
    let cut = format!("{}{}", &text[..line], &text[end..]);
    assert_eq!(cut.lines().count() + 1, text.lines().count());
    let w = util::Workdir::new();
    let rules = w.write("cut.yaml", cut.as_bytes());
    let o = util::run_bin(&["check", "--rules", &rules, &schema], b"");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("no rule: db_identity.i_beneficiarydetails.FirstName"),
        "{err}"
    );
    assert_eq!(err.matches("no rule:").count(), 1, "{err}");
}

#[test]
fn the_committed_inventory_is_what_the_rules_say() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/INVENTORY.md");
    let committed = std::fs::read_to_string(&path).unwrap();
    let generated = amrit_stream::report::inventory::markdown(&amrit_stream::amrit::rules());
    assert!(
        committed == generated,
        "rules/INVENTORY.md is stale: run `amrit-stream rules inventory > rules/INVENTORY.md`"
    );
    assert!(generated.contains("| beneficiary registration ID | 209 |"));
}

#[test]
fn dated_backup_tables_carry_the_rules_of_their_originals() {
    let Some(facts) = schema_facts("dated_backup_tables") else {
        return;
    };
    let catalog = facts::catalog(&facts);
    let type_of = |db: &str, t: &str, c: &str| {
        let s = catalog.get(Some(db), t).unwrap();
        s.columns[s.column_index(c).unwrap()].sql_type.clone()
    };
    let rules = amrit_stream::amrit::rules();
    let backup =
        regex::Regex::new(r"^(.*?)(_bkp.*|_backup.*|_\d{4}_\d{2}_\d{2}.*|_\d{6,8}.*)$").unwrap();
    let mut compared = 0;
    for t in rules.tables() {
        let Some(m) = backup.captures(&t.name) else {
            continue;
        };
        let Some(orig) = rules.table(Some(&t.db), &m[1]) else {
            continue;
        };
        for (col, s) in &t.columns {
            // Same column, same type: same rule (a changed type may need another strategy).
            if let Some(o) = orig
                .column(col)
                .filter(|_| type_of(&t.db, &t.name, col) == type_of(&orig.db, &orig.name, col))
            {
                assert_eq!(
                    s.name(),
                    o.name(),
                    "{}.{}.{col} differs from {}",
                    t.db,
                    t.name,
                    orig.name
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 500, "only {compared} backup columns compared");
}

#[test]
fn every_ben_reg_id_column_goes_through_one_id_domain() {
    let rules = amrit_stream::amrit::rules();
    let spelling =
        regex::Regex::new(r"(?i)^(associated|parent)?ben(e|ne|i)?(fi)?(ciary)?_?reg_?id$").unwrap();
    let mut n = 0;
    for t in rules.tables() {
        for (col, s) in &t.columns {
            if spelling.is_match(col) {
                assert_eq!(s.label(), "id (ben_reg_id)", "{}.{}.{col}", t.db, t.name);
                n += 1;
            }
        }
    }
    assert_eq!(n, 209);
}

const DBS: [&str; 4] = ["db_identity", "db_1097_identity", "db_iemr", "db_reporting"];
const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

/// The new BenRegID the key gives an original one (computed here, independently of the run).
fn expected_ben_reg_id(original: u64) -> u64 {
    use amrit_stream::dump::coltype::ColumnType;
    use amrit_stream::dump::literal::ValueKind;
    use amrit_stream::io::keys::MasterKey;
    use amrit_stream::strategy::keyed::DomainKey;
    use amrit_stream::strategy::{Compiled, Refs, Row};
    use base64::Engine as _;
    let bytes: [u8; 32] = base64::engine::general_purpose::STANDARD
        .decode(KEY)
        .unwrap()
        .try_into()
        .unwrap();
    let master = MasterKey::from_bytes(bytes);
    let c = Compiled::new(
        serde_yaml_ng::from_str("{id: {domain: ben_reg_id}}").unwrap(),
        "BenRegID",
        ColumnType::parse("bigint(20)"),
        true,
        Refs::default(),
        &mut |d: &str| DomainKey::new(&master, d),
    )
    .unwrap();
    let row = Row {
        stmt: b"",
        spans: &[],
        position: &[],
        names: None,
    };
    let mut buf = Vec::new();
    c.generate(
        Some(original.to_string().as_bytes()),
        ValueKind::Number,
        &row,
        &mut buf,
    )
    .unwrap();
    String::from_utf8(buf).unwrap().parse().unwrap()
}

/// `(table, column, category)` of every rewritten column of the tables the sample fills.
fn sample_columns(db: &str) -> Vec<(String, String, &'static str)> {
    let rules = amrit_stream::amrit::rules();
    let mut out = Vec::new();
    for &(d, t, _, _) in amrit_stream::amrit::synth::CENTRAL {
        if d != db {
            continue;
        }
        let tr = rules.table(Some(d), t).unwrap();
        for (c, s) in &tr.columns {
            if let Some(cat) = s.category() {
                out.push((t.to_string(), c.clone(), cat));
            }
        }
    }
    out
}

#[test]
fn e2e_amrit_samples_through_mariadb_dump_transform_and_strict_load() {
    use crate::mariadb::{find_tool, Server};
    let test = "e2e_amrit_samples_on_mariadb";
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/amrit");
    let Some(server) = Server::start(test) else {
        return;
    };
    let Some(dumper) = find_tool(&["mariadb-dump", "mysqldump"]) else {
        util::skip(test, "mariadb-dump is not installed");
        return;
    };
    for db in DBS {
        server
            .sql(&format!("CREATE DATABASE {db}; CREATE DATABASE uat_{db}"))
            .unwrap();
        server
            .load(&samples.join(format!("{db}.sql")), Some(db), None)
            .unwrap_or_else(|e| panic!("loading the {db} sample: {e}"));
    }
    // The documented pipeline, verbatim: mariadb-dump | amrit-stream | mariadb (no flags: the
    // built-in AMRIT rules), warnings shown by the client.
    let conn = format!(
        "--protocol=TCP -h 127.0.0.1 -uroot --port={} --default-character-set=utf8mb4",
        server.port
    );
    for db in DBS {
        let script = format!(
            "set -o pipefail; '{}' {conn} {db} | '{}' -q | '{}' {conn} --show-warnings uat_{db}",
            dumper.display(),
            env!("CARGO_BIN_EXE_amrit-stream"),
            server.client.display()
        );
        let o = std::process::Command::new("bash")
            .args(["-c", &script])
            .env("AMRIT_STREAM_KEY", KEY)
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(o.status.success(), "{db}: pipeline failed: {said}");
        // Code 139 is InnoDB's row-size note on CREATE TABLE of the wide AMRIT tables (schema,
        // not data); anything else about the rows is a failure.
        let about_rows: Vec<&str> = said
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.contains("(Code 139)"))
            .collect();
        assert!(about_rows.is_empty(), "{db}: the load said: {about_rows:?}");
    }
    let q = |s: &str| -> String {
        server
            .sql(s)
            .unwrap_or_else(|e| panic!("{e}\n{s}"))
            .trim()
            .to_string()
    };
    let sum = |parts: &[String]| -> u64 {
        if parts.is_empty() {
            return 0;
        }
        q(&format!(
            "SELECT SUM(n) FROM ({}) x",
            parts.join(" UNION ALL ")
        ))
        .parse()
        .unwrap()
    };

    // 1. Row counts equal, table by table, in all four databases.
    for db in DBS {
        let tables = q(&format!(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA='{db}' ORDER BY 1"
        ));
        let parts: Vec<String> = tables
            .lines()
            .map(|t| format!("SELECT '{t}' t, (SELECT COUNT(*) FROM {db}.`{t}`) a, (SELECT COUNT(*) FROM uat_{db}.`{t}`) b"))
            .collect();
        let rows = q(&parts.join(" UNION ALL "));
        let mut filled = 0;
        for line in rows.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f[1], f[2], "{db}.{}: row counts differ", f[0]);
            filled += usize::from(f[1] != "0");
        }
        assert!(filled >= 3, "{db}: only {filled} tables have rows");
    }

    // 2. Every BenRegID of the other databases exists in db_identity's mapping table.
    let ben_cols = |db: &str| -> Vec<(String, String)> {
        amrit_stream::amrit::rules()
            .tables()
            .filter(|t| t.db == db)
            .flat_map(|t| {
                t.columns
                    .iter()
                    .filter(|(_, s)| s.label() == "id (ben_reg_id)")
                    .map(|(c, _)| (t.name.clone(), c.clone()))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let mut checked = 0u64;
    for db in ["db_iemr", "db_1097_identity", "db_reporting"] {
        let cols = ben_cols(db);
        let orphans: Vec<String> = cols
            .iter()
            .map(|(t, c)| format!("SELECT COUNT(*) n FROM uat_{db}.`{t}` x WHERE x.`{c}` IS NOT NULL AND x.`{c}` NOT IN (SELECT BenRegId FROM uat_db_identity.m_beneficiaryregidmapping)"))
            .collect();
        assert_eq!(sum(&orphans), 0, "{db}: orphan BenRegIDs");
        let present: Vec<String> = cols
            .iter()
            .map(|(t, c)| format!("SELECT COUNT(`{c}`) n FROM uat_{db}.`{t}`"))
            .collect();
        checked += sum(&present);
    }
    assert!(checked > 500, "only {checked} BenRegIDs checked");

    // 3. The same original BenRegID has the same new value in all four databases: the value the
    //    key gives it, computed here independently, with the same multiplicity.
    let originals = q("SELECT BenRegId FROM db_identity.m_beneficiaryregidmapping");
    let pairs: Vec<String> = originals
        .lines()
        .map(|o| {
            let o: u64 = o.parse().unwrap();
            format!("({o},{})", expected_ben_reg_id(o))
        })
        .collect();
    q(&format!(
        "CREATE DATABASE chk; CREATE TABLE chk.expected (o BIGINT PRIMARY KEY, n BIGINT); INSERT INTO chk.expected VALUES {}",
        pairs.join(",")
    ));
    for db in DBS {
        for (t, c) in ben_cols(db) {
            let rows: u64 = q(&format!("SELECT COUNT(`{c}`) FROM {db}.`{t}`"))
                .parse()
                .unwrap();
            if rows == 0 {
                continue;
            }
            let wrong = q(&format!(
                "SELECT COUNT(*) FROM (SELECT e.n v, COUNT(*) k FROM {db}.`{t}` s JOIN chk.expected e ON e.o = s.`{c}` GROUP BY e.n) a \
                 LEFT JOIN (SELECT `{c}` v, COUNT(*) k FROM uat_{db}.`{t}` GROUP BY `{c}`) b ON a.v = b.v AND a.k = b.k WHERE b.v IS NULL"
            ));
            assert_eq!(
                wrong, "0",
                "{db}.{t}.{c}: BenRegIDs not mapped as the key says"
            );
            let mapped = q(&format!(
                "SELECT COUNT(*) FROM {db}.`{t}` s JOIN chk.expected e ON e.o = s.`{c}`"
            ));
            assert_eq!(
                mapped,
                rows.to_string(),
                "{db}.{t}.{c}: BenRegIDs unknown to db_identity"
            );
        }
    }

    // 4. No original phone, email, government or health ID, account, address line, note or
    //    beneficiary number survives in its column; no row keeps its original name.
    let mut phones = Vec::new();
    let mut logins = Vec::new();
    let mut compared = 0;
    for db in DBS {
        for (t, c, cat) in sample_columns(db) {
            if cat == "phone" {
                phones.push(format!("SELECT `{c}` v FROM {db}.`{t}`"));
            }
            let survivors = if cat == "name" {
                // Per row: joined on the primary key, which these tables keep.
                let pk = q(&format!("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA='{db}' AND TABLE_NAME='{t}' AND CONSTRAINT_NAME='PRIMARY'"));
                format!("SELECT COUNT(*) FROM uat_{db}.`{t}` d JOIN {db}.`{t}` s ON d.`{pk}` = s.`{pk}` WHERE d.`{c}` = s.`{c}`")
            } else if matches!(
                cat,
                "date of birth" | "address" | "location" | "credential / fixed value" | "removed"
            ) {
                continue;
            } else if cat == "user name" {
                // Staff logins: none survives but the kept service accounts, and each login
                // maps to one fake in every table (collected below).
                let pk = q(&format!("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA='{db}' AND TABLE_NAME='{t}' AND CONSTRAINT_NAME='PRIMARY' LIMIT 1"));
                if !pk.is_empty() {
                    logins.push(format!("SELECT LOWER(s.`{c}`) src, LOWER(d.`{c}`) dst FROM uat_{db}.`{t}` d JOIN {db}.`{t}` s ON d.`{pk}` = s.`{pk}` WHERE s.`{c}` <> ''"));
                }
                format!("SELECT COUNT(*) FROM uat_{db}.`{t}` d JOIN {db}.`{t}` s ON d.`{c}` = s.`{c}` WHERE s.`{c}` <> '' AND LOWER(s.`{c}`) NOT IN ('admin','system','root')")
            } else if cat == "free text" {
                // Free text is rewritten where it holds something personal (here: a phone or
                // an Aadhaar number); a status word without one stays as it was.
                format!("SELECT COUNT(*) FROM uat_{db}.`{t}` d JOIN {db}.`{t}` s ON d.`{c}` = s.`{c}` WHERE s.`{c}` REGEXP '[0-9]{{10}}'")
            } else {
                format!("SELECT COUNT(*) FROM uat_{db}.`{t}` d JOIN {db}.`{t}` s ON d.`{c}` = s.`{c}` WHERE s.`{c}` <> ''")
            };
            assert_eq!(
                q(&survivors),
                "0",
                "{db}.{t}.{c} ({cat}): original values survived"
            );
            compared += 1;
        }
        // Address lines (not villages, districts or PIN prefixes, which may repeat by design).
        for (t, c, _) in sample_columns(db).into_iter().filter(|x| x.2 == "address") {
            let is_line = amrit_stream::amrit::rules()
                .table(Some(db), &t)
                .unwrap()
                .column(&c)
                .unwrap()
                .name()
                == "address";
            if is_line {
                let n = q(&format!(
                    "SELECT COUNT(*) FROM uat_{db}.`{t}` d JOIN {db}.`{t}` s ON d.`{c}` = s.`{c}`"
                ));
                assert_eq!(n, "0", "{db}.{t}.{c}: original address lines survived");
                compared += 1;
            }
        }
    }
    assert!(compared > 100, "only {compared} columns compared");

    // 4a. JSON documents stay valid JSON and keep their keys.
    for db in ["db_identity", "db_1097_identity"] {
        let t = format!("uat_{db}.i_beneficiarydetails");
        let docs = q(&format!(
            "SELECT COUNT(*) FROM {t} WHERE ExtraFields IS NOT NULL"
        ));
        assert_ne!(docs, "0", "{db}: no ExtraFields to check");
        let bad = q(&format!(
            "SELECT COUNT(*) FROM {t} WHERE ExtraFields IS NOT NULL AND (NOT JSON_VALID(ExtraFields) OR JSON_EXTRACT(ExtraFields, '$.relation') IS NULL)"
        ));
        assert_eq!(bad, "0", "{db}: invalid or reshaped ExtraFields");
    }

    // 4b. Each staff login maps to one fake in every table of every database; the kept
    //     service account is still there.
    assert!(logins.len() > 10, "only {} login columns", logins.len());
    let all = logins.join(" UNION ALL ");
    let split = q(&format!(
        "SELECT COUNT(*) FROM (SELECT src FROM ({all}) x GROUP BY src HAVING COUNT(DISTINCT dst) > 1) y"
    ));
    assert_eq!(split, "0", "a login mapped to two fakes");
    let changed = q(&format!(
        "SELECT COUNT(DISTINCT src) FROM ({all}) x WHERE src <> dst"
    ));
    assert!(
        changed.parse::<u64>().unwrap() > 20,
        "{changed} logins changed"
    );
    let admin = q(&format!(
        "SELECT COUNT(*) FROM ({all}) x WHERE src = 'admin' AND dst = 'admin'"
    ));
    assert_ne!(admin, "0", "the kept service account");

    // 5. No phone number of the original data appears inside any scrubbed note (and the
    //    source notes did mention them, so the check means something).
    q(&format!(
        "CREATE TABLE chk.phones (v VARCHAR(20) PRIMARY KEY) SELECT DISTINCT v FROM ({}) x WHERE LENGTH(v) >= 10",
        phones.join(" UNION ")
    ));
    let (mut in_source, mut in_target) = (0u64, 0u64);
    for db in DBS {
        for (t, c, cat) in sample_columns(db) {
            if cat != "free text" && cat != "JSON document" {
                continue;
            }
            let count = |schema: &str| -> u64 {
                q(&format!("SELECT COUNT(*) FROM {schema}.`{t}` d JOIN chk.phones p ON LOCATE(p.v, d.`{c}`) > 0"))
                    .parse()
                    .unwrap()
            };
            in_source += count(db);
            in_target += count(&format!("uat_{db}"));
        }
    }
    assert!(
        in_source > 100,
        "the source notes mention only {in_source} phones"
    );
    assert_eq!(in_target, 0, "original phones inside scrubbed notes");

    // 6. BenRegIDs inside identity-document paths map like the BenRegID columns.
    let in_paths = |schema: &str| {
        format!("SUBSTRING_INDEX(SUBSTRING_INDEX({schema}.IdentityFilePath, '/', 6), '/', -1)")
    };
    let (src, dst) = (in_paths("s"), in_paths("d"));
    let join = format!(
        "FROM uat_db_identity.i_beneficiaryidentity d JOIN db_identity.i_beneficiaryidentity s ON d.BenIdentityId = s.BenIdentityId JOIN chk.expected e ON e.o = {src}"
    );
    let mapped: u64 = q(&format!("SELECT COUNT(*) {join}")).parse().unwrap();
    assert!(mapped > 100, "only {mapped} identity paths hold a BenRegID");
    let wrong = q(&format!("SELECT COUNT(*) {join} WHERE {dst} <> e.n"));
    assert_eq!(wrong, "0", "BenRegIDs in paths not mapped like the columns");

    // 7. Pictures: every beneficiary photo and staff selfie is the placeholder of its kind
    //    (base64 JPEG text, with its data URI prefix where it had one; raw JPEG bytes).
    let jpeg_b64 = amrit_stream::strategy::image::Kind::Jpeg.placeholder_base64();
    let photos = q(&format!(
        "SELECT COUNT(*), SUM(BenImage = '{jpeg_b64}' OR BenImage = CONCAT('data:image/jpeg;base64,', '{jpeg_b64}')) FROM uat_db_identity.i_beneficiaryimage"
    ));
    let f: Vec<&str> = photos.split('\t').collect();
    assert!(f[0].parse::<u64>().unwrap() > 20, "photos: {photos}");
    assert_eq!(f[0], f[1], "photos that are not the placeholder");
    let hex: String = amrit_stream::strategy::image::JPEG
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let selfies = q(&format!(
        "SELECT COUNT(*), SUM(HEX(UserImage) = '{hex}') FROM uat_db_iemr.t_user_activity_logs"
    ));
    let f: Vec<&str> = selfies.split('\t').collect();
    assert!(f[0].parse::<u64>().unwrap() > 20, "selfies: {selfies}");
    assert_eq!(f[0], f[1], "selfies that are not the placeholder");

    // 8. Any cell of any table: the reloaded target, dumped whole, holds none of the source's
    //    names (every word of every name column of the four databases), phones, government,
    //    health and bank numbers, staff logins, address lines or file paths — not inside
    //    JSON, paths, notes or pictures either.
    let mut needles = std::collections::BTreeSet::new();
    for db in DBS {
        for (t, c, cat) in sample_columns(db) {
            let words = matches!(cat, "name");
            let whole = matches!(
                cat,
                "phone"
                    | "government ID"
                    | "health ID (ABHA)"
                    | "bank account"
                    | "user name"
                    | "file path"
                    | "email"
            ) || (cat == "address"
                && amrit_stream::amrit::rules()
                    .table(Some(db), &t)
                    .and_then(|r| r.column(&c))
                    .is_some_and(|s| s.name() == "address"));
            if !words && !whole {
                continue;
            }
            for v in q(&format!(
                "SELECT DISTINCT `{c}` FROM {db}.`{t}` WHERE `{c}` IS NOT NULL"
            ))
            .lines()
            {
                if words {
                    for w in v.split(|ch: char| !ch.is_alphabetic()) {
                        if w.chars().count() >= 4 {
                            needles.insert(w.to_lowercase());
                        }
                    }
                } else if v.len() >= 6 && !["admin", "system", "root"].contains(&v) {
                    needles.insert(v.to_lowercase());
                }
            }
        }
    }
    assert!(needles.len() > 1000, "only {} needles", needles.len());
    let uat: Vec<String> = DBS.iter().map(|d| format!("uat_{d}")).collect();
    let dump = std::process::Command::new(&dumper)
        .args(conn.split(' '))
        .args(["--skip-comments", "--databases"])
        .args(&uat)
        .output()
        .unwrap();
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let text = dump.stdout;
    let needles: Vec<String> = needles.into_iter().collect();
    let ac = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&needles)
        .unwrap();
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    let mut found = std::collections::BTreeMap::new();
    for m in ac.find_overlapping_iter(&text) {
        if word(m.start().checked_sub(1).map(|i| &text[i])) || word(text.get(m.end())) {
            continue;
        }
        let table = text[..m.start()]
            .windows(13)
            .rposition(|w| w == b"INSERT INTO `")
            .map(|i| {
                let rest = &text[i + 13..];
                String::from_utf8_lossy(&rest[..rest.iter().position(|&b| b == b'`').unwrap()])
                    .into_owned()
            })
            .unwrap_or_else(|| "(schema)".into());
        found
            .entry(table)
            .or_insert_with(std::collections::BTreeSet::new)
            .insert(needles[m.pattern().as_usize()].clone());
    }
    assert!(
        found.is_empty(),
        "source values in the reloaded target: {found:#?}"
    );
}

/// The values of the built-in rules' `scrub` columns of a dump, in dump order.
fn notes(dump: &[u8]) -> Vec<(String, String)> {
    let rules = amrit_stream::amrit::rules();
    let mut out = Vec::new();
    amrit_stream::gates::scan::scan(
        dump,
        None,
        |_, _| true,
        |r| {
            for (vi, span) in r.spans.iter().enumerate() {
                let col = &r.table.columns[r.columns[vi]].name;
                let scrub = rules
                    .rule_for(r.db, &r.table.name, col)
                    .is_some_and(|(s, _)| s.name() == "scrub");
                if !scrub {
                    continue;
                }
                let v = amrit_stream::dump::insert::decode(r.stmt, span)
                    .map(|v| String::from_utf8_lossy(&v).into_owned())
                    .unwrap_or_default();
                out.push((format!("{}.{col} row {}", r.table.name, r.row), v));
            }
        },
    )
    .unwrap();
    out
}

/// A token a fake may stand for: a name (capitalised or in capitals), or one with a digit or
/// an `@` (phones, emails, IDs).
fn replaceable(t: &str) -> bool {
    let w = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
    w.chars().next().is_some_and(char::is_uppercase)
        || w.chars().any(|c| c.is_ascii_digit() || c == '@')
}

#[test]
fn scrubbed_notes_keep_every_medical_word() {
    let key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    let mut changed = 0;
    for db in ["db_identity", "db_iemr", "db_reporting"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("samples/amrit/{db}.sql"));
        let src = std::fs::read(&path).unwrap();
        let o = util::run_bin_env(
            &["-q", path.to_str().unwrap()],
            b"",
            &[("AMRIT_STREAM_KEY", key)],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let (a, b) = (notes(&src), notes(&o.stdout));
        assert_eq!(a.len(), b.len());
        for ((at, before), (_, after)) in a.iter().zip(&b) {
            let (x, y): (Vec<&str>, Vec<&str>) = (
                before.split_whitespace().collect(),
                after.split_whitespace().collect(),
            );
            assert_eq!(x.len(), y.len(), "{db}.{at}: the note lost or gained words");
            for (s, t) in x.iter().zip(&y) {
                if s != t {
                    changed += 1;
                    assert!(
                        replaceable(s),
                        "{db}.{at}: a word that is no name, number or ID was changed"
                    );
                }
            }
        }
    }
    assert!(changed > 1_000, "only {changed} words replaced");
}
