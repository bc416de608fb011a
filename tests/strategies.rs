//! Strategies end to end: keyed determinism (same key → same bytes in every run and thread
//! count, another key → other output), cross-database BenRegID consistency across processes,
//! key handling (no key on argv, key files private), and property tests of the fakes.

use std::collections::{HashMap, HashSet};

use amrit_stream::dump::coltype::ColumnType;
use amrit_stream::dump::insert::{parse_header, TupleLexer};
use amrit_stream::dump::literal::ValueKind;
use amrit_stream::pii::formats::verhoeff_valid;
use amrit_stream::rules::spec::Strategy;
use amrit_stream::strategy::ids;
use amrit_stream::strategy::keyed::DomainKey;
use amrit_stream::strategy::{Compiled, Form, Refs, Row};
use proptest::prelude::*;

use crate::util::{run_bin_env, Workdir};

const KEY_A: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const KEY_B: &str = "HxwdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

const RULES: &str = "version: 1
databases:
  db_identity:
    tables:
      m:
        columns:
          BenRegID: {id: {domain: ben_reg_id}}
          Name: {full_name: {gender_column: Gender}}
          Gender: keep
          Phone: phone
          Aadhaar: aadhaar
          Email: email
          DOB: birth_date
          Visit: {date_shift: {max_days: 20, subject_column: BenRegID}}
          Note: {scrub: {name_columns: [Name], phone_columns: [Phone]}}
  db_iemr:
    tables:
      v:
        columns:
          BeneficiaryRegID: {id: {domain: ben_reg_id}}
          VisitDate: {date_shift: {max_days: 20, subject_column: BeneficiaryRegID}}
          Complaint: scrub
";

fn identity_dump(rows: usize) -> String {
    let mut s = String::from("USE `db_identity`;\nCREATE TABLE `m` (`BenRegID` bigint NOT NULL, `Name` varchar(60), `Gender` char(1), `Phone` varchar(20), `Aadhaar` varchar(14), `Email` varchar(80), `DOB` date, `Visit` datetime, `Note` text, PRIMARY KEY (`BenRegID`), UNIQUE KEY (`Email`));\nINSERT INTO `m` VALUES ");
    for i in 0..rows {
        if i > 0 {
            s.push_str(",\n");
        }
        s.push_str(&format!(
            "({},'Zqxravi Kumarq {i}','{}','+91 98{:08}','{}','ravi{i}@mail.in','1980-0{}-1{}','2024-03-1{} 10:00:00','Zqxravi Kumarq {i} called from +91 98{:08}')",
            100_000_000 + i * 7,
            if i % 2 == 0 { "M" } else { "F" },
            i,
            aadhaar(i),
            1 + i % 9,
            i % 10,
            i % 10,
            i
        ));
    }
    s.push_str(";\n");
    s
}

/// A Verhoeff-valid Aadhaar number written as `2345 67xx xxxx`.
fn aadhaar(i: usize) -> String {
    let base = format!("234567{:05}", i);
    let check = amrit_stream::pii::formats::verhoeff_digit(base.as_bytes()) as char;
    format!("{} {} {}{check}", &base[..4], &base[4..8], &base[8..])
}

fn iemr_dump(rows: usize) -> String {
    let mut s = String::from("USE `db_iemr`;\nCREATE TABLE `v` (`BeneficiaryRegID` bigint, `VisitDate` date, `Complaint` text);\nINSERT INTO `v` VALUES ");
    for i in 0..rows {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!(
            "({},'2024-03-1{}','fever')",
            100_000_000 + i * 7,
            i % 10
        ));
    }
    s.push_str(";\n");
    s
}

fn transform(w: &Workdir, input: &str, key: &str, extra: &[&str]) -> (i32, Vec<u8>, String) {
    let rules = w.write("r.yaml", RULES.as_bytes());
    let mut args = vec!["--rules", rules.as_str()];
    args.extend_from_slice(extra);
    let o = run_bin_env(&args, input.as_bytes(), &[("AMRIT_STREAM_KEY", key)]);
    (
        o.status.code().unwrap_or(-1),
        o.stdout,
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// First value of every row of every INSERT into `table`, as text.
fn column_values(dump: &[u8], table: &str, col: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(dump);
    let mut out = Vec::new();
    for stmt in text
        .split(";\n")
        .filter(|s| s.contains(&format!("INSERT INTO `{table}`")))
    {
        let b = format!("{stmt};");
        let b = b.trim_start().as_bytes();
        let h = parse_header(b, 0).unwrap();
        let mut lx = TupleLexer::new(b, h.values_start);
        let mut spans = Vec::new();
        while lx.next_row(&mut spans).unwrap() {
            let s = spans[col];
            out.push(String::from_utf8_lossy(&b[s.start..s.end]).into_owned());
        }
    }
    out
}

#[test]
fn same_key_same_bytes_for_any_thread_count_and_another_key_differs() {
    let w = Workdir::new();
    let input = identity_dump(300);
    let (c1, a1, e1) = transform(&w, &input, KEY_A, &["-j1", "--batch-size", "1K"]);
    assert_eq!(c1, 0, "{e1}");
    let (_, a2, _) = transform(&w, &input, KEY_A, &["-j3"]);
    assert_eq!(a1, a2, "same key, other thread count and batch size");
    let (_, b, _) = transform(&w, &input, KEY_B, &[]);
    assert_ne!(a1, b);
    let ids_a = column_values(&a1, "m", 0);
    let ids_b = column_values(&b, "m", 0);
    let same = ids_a.iter().zip(&ids_b).filter(|(x, y)| x == y).count();
    assert!(same < 3, "{same} of 300 ids equal under two keys");
    let out = String::from_utf8_lossy(&a1);
    let aadhaars = column_values(&a1, "m", 4);
    assert_eq!(
        aadhaars.iter().collect::<HashSet<_>>().len(),
        300,
        "one-to-one Aadhaar"
    );
    let (phones, notes) = (column_values(&a1, "m", 3), column_values(&a1, "m", 8));
    for (p, n) in phones.iter().zip(&notes) {
        assert!(
            n.contains(p.trim_matches('\'')),
            "the note carries the row's new phone"
        );
    }
    for original in ["Zqxravi", "Kumarq", "mail.in", "2345 67", "+91 9800"] {
        assert!(!out.contains(original), "{original} survived");
    }
    assert!(!e1.contains("Zqxravi"), "no values on stderr");
}

#[test]
fn ben_reg_ids_map_identically_across_databases_and_processes() {
    let w = Workdir::new();
    let (c1, ident, e1) = transform(&w, &identity_dump(200), KEY_A, &[]);
    let (c2, iemr, e2) = transform(&w, &iemr_dump(200), KEY_A, &["-j1"]);
    assert_eq!((c1, c2), (0, 0), "{e1}{e2}");
    let a = column_values(&ident, "m", 0);
    let b = column_values(&iemr, "v", 0);
    assert_eq!(a.len(), 200);
    assert_eq!(
        a, b,
        "the same original BenRegID gets the same new one in both databases"
    );
    let originals: HashSet<String> = (0..200)
        .map(|i| (100_000_000 + i * 7).to_string())
        .collect();
    assert!(
        a.iter().all(|v| !originals.contains(v) && v.len() == 9),
        "new, nine-digit, BIGINT ids"
    );
    assert_eq!(a.iter().collect::<HashSet<_>>().len(), 200, "one-to-one");
    // Subject date shift: both databases move the same subject's dates by the same days.
    let visits_a = column_values(&ident, "m", 7);
    let visits_b = column_values(&iemr, "v", 1);
    for (x, y) in visits_a.iter().zip(&visits_b) {
        assert_eq!(&x[..11], &y[..11], "same subject, same shift");
    }
}

#[test]
fn keys_never_come_from_argv_and_key_files_must_be_private() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let o = run_bin_env(&["--rules", &rules, "--key", KEY_A], b"", &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        !String::from_utf8_lossy(&o.stderr).contains(KEY_A),
        "the key is not echoed"
    );
    let key = w.path("k.key");
    let o = run_bin_env(&["keygen", key.to_str().unwrap()], b"", &[]);
    assert_eq!(o.status.code(), Some(0));
    let o = run_bin_env(
        &["--rules", &rules, "--key-file", key.to_str().unwrap()],
        identity_dump(3).as_bytes(),
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!String::from_utf8_lossy(&o.stderr).contains("one-off"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        let o = run_bin_env(
            &["--rules", &rules, "--key-file", key.to_str().unwrap()],
            b"",
            &[],
        );
        assert_eq!(o.status.code(), Some(3));
    }
    let o = run_bin_env(
        &["--rules", &rules],
        identity_dump(3).as_bytes(),
        &[("AMRIT_STREAM_KEY", "")],
    );
    assert_eq!(
        o.status.code(),
        Some(3),
        "an empty or malformed key is refused"
    );
}

#[test]
fn no_key_uses_a_one_off_key_and_says_so() {
    let w = Workdir::new();
    let rules = w.write("r.yaml", RULES.as_bytes());
    let mut cmd_env: Vec<(&str, &str)> = Vec::new();
    cmd_env.clear();
    let run = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_amrit-stream"));
        c.args(["--rules", &rules]).env_remove("AMRIT_STREAM_KEY");
        c.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        std::io::Write::write_all(child.stdin.as_mut().unwrap(), identity_dump(20).as_bytes())
            .unwrap();
        drop(child.stdin.take());
        child.wait_with_output().unwrap()
    };
    let (a, b) = (run(), run());
    assert_eq!(a.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&a.stderr).contains("one-off key"));
    assert_ne!(
        a.stdout, b.stdout,
        "two one-off keys give unrelated pseudonyms"
    );
}

fn key() -> DomainKey {
    DomainKey::from_bytes([42; 32])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn aadhaar_out_is_verhoeff_valid_for_any_input(v in proptest::collection::vec(any::<u8>(), 0..30)) {
        let mut o = Vec::new();
        ids::aadhaar(&key(), &v, &mut o);
        let d: Vec<u8> = o.iter().copied().filter(u8::is_ascii_digit).collect();
        prop_assert_eq!(d.len(), 12);
        prop_assert!(d[0] >= b'2');
        prop_assert!(verhoeff_valid(&d));
    }

    #[test]
    fn id_is_a_bijection_within_the_digit_count(digits in 1u32..19, seed in any::<u64>()) {
        let lo = if digits == 1 { 0 } else { 10u64.pow(digits - 1) };
        let hi = 10u64.pow(digits) - 1;
        let c = Compiled::new(serde_yaml_ng::from_str("{id: {domain: ben_reg_id}}").unwrap(), "id", ColumnType::parse("bigint(20)"), true, Refs::default(), &mut |_: &str| key()).unwrap();
        let row = Row { stmt: b"", spans: &[], position: &[], names: None };
        let n = (hi - lo + 1).min(200);
        let mut outs = HashMap::new();
        let mut buf = Vec::new();
        for i in 0..n {
            let x = lo + (seed.wrapping_add(i.wrapping_mul(0x9e37_79b9)) % (hi - lo + 1));
            let form = c.generate(Some(x.to_string().as_bytes()), ValueKind::Number, &row, &mut buf).unwrap();
            prop_assert_eq!(form, Form::Bare);
            let y: u64 = std::str::from_utf8(&buf).unwrap().parse().unwrap();
            prop_assert!(y >= lo && y <= hi, "{} out of [{}, {}]", y, lo, hi);
            if let Some(prev) = outs.insert(y, x) {
                prop_assert_eq!(prev, x, "two inputs share an output");
            }
        }
    }

    #[test]
    fn id_maps_alike_in_bigint_int_and_text_columns(x in 1_000_000_000u64..2_147_483_647) {
        let compile = |ty: &str| Compiled::new(serde_yaml_ng::from_str("{id: {domain: ben_id}}").unwrap(), "id", ColumnType::parse(ty), true, Refs::default(), &mut |_: &str| key()).unwrap();
        let row = Row { stmt: b"", spans: &[], position: &[], names: None };
        let out = |c: &Compiled| {
            let mut buf = Vec::new();
            c.generate(Some(x.to_string().as_bytes()), ValueKind::Number, &row, &mut buf).unwrap();
            String::from_utf8(buf).unwrap().parse::<u64>().unwrap()
        };
        let (big, int, text) = (out(&compile("bigint(20)")), out(&compile("int(11)")), out(&compile("mediumtext")));
        prop_assert_eq!(big, text);
        prop_assert!((1_000_000_000..=2_147_483_647).contains(&int));
        // Where the BIGINT result fits an INT, the INT column gets the very same value.
        if big <= 2_147_483_647 {
            prop_assert_eq!(int, big);
        }
    }

    #[test]
    fn every_strategy_output_fits_its_column(
        strat in prop::sample::select(vec![
            "keep", "null", "empty", "hash", "{id: {domain: d}}", "first_name", "last_name", "full_name", "father_name",
            "phone", "email", "address", "village", "district", "state", "pincode", "aadhaar", "pan", "identifier", "abha_number",
            "abha_address", "bank_account", "ifsc", "ip", "gps", "date_shift", "date_generalize", "birth_date",
            "noise", "round", "scrub", "redact", "lorem", "{fixed: 'abc'}", "{fixed: 7}",
        ]),
        ty in prop::sample::select(vec![
            "varchar(5)", "varchar(12)", "varchar(30)", "char(10)", "text", "tinytext", "int(11)", "bigint(20)",
            "bigint(20) unsigned", "tinyint(4)", "decimal(10,2)", "decimal(9,6)", "date", "datetime", "double", "varbinary(16)",
        ]),
        value in prop_oneof![
            "[0-9]{1,12}", "[6-9][0-9]{9}", "\\+91 [6-9][0-9]{4} [0-9]{5}", "[A-Z]{5}[0-9]{4}[A-Z]",
            "(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])( 1[0-2]:00:00)?", "[a-zA-Z '.@-]{0,40}", "-?[0-9]{1,5}\\.[0-9]{2}",
        ],
    ) {
        let strategy: Strategy = serde_yaml_ng::from_str(strat).unwrap();
        let column = ColumnType::parse(ty);
        prop_assume!(strategy.misfit(&column, true).is_none());
        // The original fits its column too.
        prop_assume!(column.max_chars().is_none_or(|m| value.chars().count() as u64 <= m));
        let c = Compiled::new(strategy, "c", column.clone(), true, Refs::default(), &mut |_: &str| key()).unwrap();
        let row = Row { stmt: b"", spans: &[], position: &[], names: None };
        let mut buf = Vec::new();
        // Dumps write integers bare in integer columns and decimals bare in numeric ones.
        let number = match column {
            ColumnType::Int { .. } => value.parse::<i64>().is_ok(),
            ColumnType::Decimal { .. } | ColumnType::Float => value.parse::<f64>().is_ok(),
            _ => false,
        };
        let kind = if number { ValueKind::Number } else { ValueKind::Str };
        let Ok(form) = c.generate(Some(value.as_bytes()), kind, &row, &mut buf) else { return Ok(()) };
        if form == Form::Quoted {
            if let Some(max) = column.max_chars() {
                let n = match column { ColumnType::Binary { .. } => buf.len(), _ => String::from_utf8_lossy(&buf).chars().count() };
                prop_assert!(n as u64 <= max, "{} chars into {}", n, ty);
            }
        }
        if form == Form::Bare {
            if let ColumnType::Int { min, max } = column {
                let v: i128 = std::str::from_utf8(&buf).unwrap().parse().map_err(|_| TestCaseError::fail(format!("{strat} wrote {:?} bare into {ty}", String::from_utf8_lossy(&buf))))?;
                prop_assert!(v >= min && v <= max, "{} outside {}", v, ty);
            }
        }
        // Deterministic: the same input gives the same output.
        let mut again = Vec::new();
        c.generate(Some(value.as_bytes()), kind, &row, &mut again).unwrap();
        prop_assert_eq!(buf, again);
    }
}

/// The rows `identity_dump(3)` becomes under `RULES` and `KEY_A` with key derivation 1, as the
/// builds before derivation 2 wrote them (taken from such a build, f5aa6b9).
const DERIVATION_1_ROWS: &str = "(159767728,'Manoj Bhat','M','+91 9737798199','7119 1710 9513','user.cgo3otrpek@example.org','1980-02-02','2024-03-09 10:00:00','Manoj Bhat called from +91 9737798199'),
(147195286,'Bhavna Lyngdoh','F','+91 6307771770','4078 7761 4702','user.vakq46bzmu@example.org','1980-03-19','2024-03-07 10:00:00','Bhavna Lyngdoh called from +91 6307771770'),
(788086111,'Karan Shinde','M','+91 8569990026','2250 3262 2106','user.a2w6f77bhx@example.org','1980-02-28','2024-03-21 10:00:00','Karan Shinde called from +91 8569990026');";

/// The same rows under derivation 2: pinned so that it never changes silently either.
const DERIVATION_2_ROWS: &str = "(908116695,'Yash Malhotra','M','+91 8891077789','7260 0852 4856','user.nznqnff4lh@example.org','1980-01-16','2024-03-09 10:00:00','Yash Malhotra called from +91 8891077789'),
(574906537,'Chitra Mehta','F','+91 6729038508','9978 8604 6357','user.djsd7cb4di@example.org','1980-03-21','2024-03-27 10:00:00','Chitra Mehta called from +91 6729038508'),
(391746750,'Vikram Bhat','M','+91 8154701432','3774 5379 4829','user.m347wu5rtt@example.org','1980-03-30','2024-03-15 10:00:00','Vikram Bhat called from +91 8154701432');";

#[test]
fn each_key_derivation_keeps_its_pseudonyms_and_the_manifest_names_it() {
    let w = Workdir::new();
    let rows = |out: &[u8]| {
        let text = String::from_utf8_lossy(out).into_owned();
        let at = text.find("INSERT INTO `m` VALUES ").expect("an INSERT") + 23;
        let end = at + text[at..].find(";\n").expect("its end") + 1;
        text[at..end].to_string()
    };
    let (code, v1, err) = transform(&w, &identity_dump(3), KEY_A, &["--derivation", "1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(rows(&v1), DERIVATION_1_ROWS, "derivation 1 changed");
    let (code, v2, err) = transform(&w, &identity_dump(3), KEY_A, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        rows(&v2),
        DERIVATION_2_ROWS,
        "derivation 2 (the default) changed"
    );
    let (_, explicit, _) = transform(&w, &identity_dump(3), KEY_A, &["--derivation", "2"]);
    assert_eq!(explicit, v2);

    // The manifest of an `-o` run says which derivation made the pseudonyms.
    for (flag, number) in [("1", 1), ("2", 2)] {
        let out = w.path(&format!("v{flag}.sql")).display().to_string();
        let (code, _, err) = transform(
            &w,
            &identity_dump(3),
            KEY_A,
            &["--derivation", flag, "-o", &out],
        );
        assert_eq!(code, 0, "{err}");
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(format!("{out}.manifest.json")).unwrap())
                .unwrap();
        assert_eq!(manifest["derivation"], number, "{manifest}");
    }

    // A version this build does not know is refused before anything is read.
    let (code, out, err) = transform(&w, &identity_dump(3), KEY_A, &["--derivation", "3"]);
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert!(err.contains("derivation"), "{err}");
}
