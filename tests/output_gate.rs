//! The output gate's planted-leak matrix. The data is generated here from this file's own
//! description of what each column holds (never from the rules): a `people` table whose
//! columns the rules below rewrite or keep, and, in each variant, personal data planted where
//! a rule cannot read it — an ID column where 60% of the values are the caller's mobile,
//! phones that start at row 5,000 of a kept column, another person's original name inside a
//! kept free-text column, user names and ABHA addresses inside notes and JSON, user names in
//! file paths. Every such variant must stop `transform` (exit 2) with `-o` publishing nothing,
//! fail that file in `convert`, and show no planted value in stderr, reports or metrics. A phone
//! inside an address is the control: `address` replaces the whole value, so the run passes and
//! the phone is nowhere in the output. The decoys (closed vocabularies, constant-prefix sequential IDs,
//! ward/house/door numbers, surrogate keys beside a bank name, timestamps, amounts, clinical
//! measurements) pass with exit 0 and come out byte-identical to a gate-off run.

use std::path::Path;

use crate::util::{run_bin_env, Workdir};

const KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
/// A master encryption key (convert seals its fingerprints).
const ENC: &str = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
const ROWS: u64 = 6_000;

/// The rules the run uses (what the operator wrote; the data below never reads them).
const RULES: &str = "version: 1
default: fail
databases:
  plant:
    tables:
      people:
        columns:
          id: keep
          FullName: full_name
          Mobile: phone
          UserName: username
          AbhaAddress: abha_address
          Note: {scrub: {name_columns: [FullName], phone_columns: [Mobile]}}
          Extra: json
          FilePath: path
          Addr: address
          Remarks: keep
          CallRef: keep
          Religion: keep
          RequestNo: keep
          WardNo: keep
          BankName: keep
          BankAccountID: keep
          CreatedDate: keep
          Amount: keep
";

/// A small deterministic generator, the test's own.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

const GIVEN: &[&str] = &[
    "Tejaswini",
    "Omkar",
    "Leela",
    "Basavaraj",
    "Hemalatha",
    "Raghunath",
    "Kusum",
    "Yallappa",
    "Shantabai",
    "Dnyaneshwar",
    "Parvathamma",
    "Siddharth",
];
const FAMILY: &[&str] = &[
    "Borkar",
    "Kadam",
    "Hiremath",
    "Naikwadi",
    "Gaonkar",
    "Kulkarni",
    "Salunkhe",
    "Patil",
    "Angadi",
    "Deshpande",
];

/// One person of the table, as the generator describes them.
struct Person {
    name: String,
    mobile: String,
    user: String,
    abha: String,
}

fn person(r: &mut Rng, i: u64) -> Person {
    let first = GIVEN[r.below(GIVEN.len() as u64) as usize];
    let last = FAMILY[r.below(FAMILY.len() as u64) as usize];
    Person {
        name: format!("{first} {last}"),
        mobile: format!("{}{}", 6 + r.below(4), r.digits(9)),
        user: format!(
            "{}.{}{}",
            first.to_lowercase(),
            &last[..1].to_lowercase(),
            i % 97
        ),
        abha: format!("{}{}{}@abdm", first.to_lowercase(), last.to_lowercase(), i),
    }
}

/// Where personal data is planted (the clean dump when `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plant {
    /// `CallRef` (kept): 60% of the values are the row's own mobile.
    CallRefIsTheMobile,
    /// `Remarks` (kept): clinical text, then from row 5,000 a phone in every row.
    LatePhonesInKeptText,
    /// `Remarks` (kept): another person's original full name in one row in 50.
    OriginalNameInKeptText,
    /// `Note` (scrub): the operator's login in one row in 20 (scrub knows no logins).
    UserNameInNotes,
    /// `Extra` (json): `changedBy` a login and `abha` an ABHA address in every document.
    UserNameAndAbhaInJson,
    /// `FilePath` (path): the owner's login as a directory.
    UserNameInPaths,
    /// `Addr` (address): the mobile written inside the address.
    MobileInAddress,
    /// `Remarks` (kept): a phone in one row in 10, its first digits in parentheses, with a
    /// typographic dash, two spaces or a spaced dash, or in Devanagari digits (`+91 (983)
    /// 317-9165`, `98331–79165`, `983  317  9165`, `98331 - 79165`, `९८३३१७९१६५`).
    OddPhonesInKeptText,
    /// `Remarks` (kept): a PAN typed in small letters (`woxpn3574f`) in one row in 10.
    SmallLetterPanInKeptText,
    /// `Note` (scrub): another person's mobile in those notations in one row in 5; `scrub`
    /// replaces them, so the run passes and none is written.
    OddPhonesInNotes,
    /// `Remarks` (kept): a voter ID (`HBD3221732`) in one row in 10.
    VoterIdsInKeptText,
    /// `Remarks` (kept): an ABHA number written as 14 plain digits in one row in 10.
    PlainAbhaNumbersInKeptText,
    /// `Remarks` (kept): an email written to dodge harvesters (`ravi [at] gmail [dot] com`,
    /// `ravi(at)yahoo.co.in`, `ravi at gmail dot com`) in one row in 10.
    HiddenEmailsInKeptText,
    /// `Note` (scrub): a hidden email, a voter ID and a plain ABHA number in one row in 5;
    /// `scrub` replaces them, so the run passes and none is written.
    HiddenEmailsAndIdsInNotes,
}

impl Plant {
    /// True when the rule cannot read what is planted, so the output gate must stop the run;
    /// `address` replaces the whole value, so nothing planted in it can be written at all.
    fn stops(self) -> bool {
        !matches!(
            self,
            Plant::MobileInAddress | Plant::OddPhonesInNotes | Plant::HiddenEmailsAndIdsInNotes
        )
    }
}

/// The dump, its clean columns described above; `plant` puts personal data where named.
fn dump(plant: Option<Plant>) -> (String, Vec<String>) {
    let mut r = Rng(7);
    let people: Vec<Person> = (0..ROWS).map(|i| person(&mut r, i)).collect();
    let mut planted = Vec::new();
    let mut d = String::from(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: plant\n\
         USE `plant`;\nCREATE TABLE `people` (\n  `id` int NOT NULL,\n  `FullName` varchar(80) DEFAULT NULL,\n  \
         `Mobile` varchar(20) DEFAULT NULL,\n  `UserName` varchar(50) DEFAULT NULL,\n  `AbhaAddress` varchar(80) DEFAULT NULL,\n  \
         `Note` text,\n  `Extra` text,\n  `FilePath` varchar(200) DEFAULT NULL,\n  `Addr` varchar(200) DEFAULT NULL,\n  \
         `Remarks` text,\n  `CallRef` varchar(20) DEFAULT NULL,\n  `Religion` varchar(20) DEFAULT NULL,\n  \
         `RequestNo` varchar(20) DEFAULT NULL,\n  `WardNo` varchar(20) DEFAULT NULL,\n  `BankName` varchar(40) DEFAULT NULL,\n  \
         `BankAccountID` bigint DEFAULT NULL,\n  `CreatedDate` datetime DEFAULT NULL,\n  `Amount` decimal(10,2) DEFAULT NULL,\n  \
         PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n",
    );
    let q = |s: &str| format!("'{}'", s.replace('\'', "\\'"));
    for chunk in (0..ROWS).collect::<Vec<_>>().chunks(400) {
        let rows: Vec<String> = chunk
            .iter()
            .map(|&i| {
                let p = &people[i as usize];
                let other = &people[((i * 7 + 3) % ROWS) as usize];
                let mut note = format!("fever since {} days, advised ORS", 1 + r.below(5));
                let mut extra = format!(r#"{{"visit":{},"status":"closed"}}"#, 1 + r.below(9));
                let mut path = format!("/uploads/2025/{:02}/scan_{i}.pdf", 1 + r.below(12));
                let mut addr = format!(
                    "H.No {}, {} Road, Dharwad 580001",
                    1 + r.below(300),
                    ["Station", "Market", "Temple"][r.below(3) as usize]
                );
                let mut remarks = format!(
                    "BP {}/{}, Hb {}.{} g/dL, 500 mg given",
                    100 + r.below(40),
                    60 + r.below(30),
                    9 + r.below(4),
                    r.below(10)
                );
                let mut call_ref = format!("{}{}", 1 + r.below(9), r.digits(9));
                match plant {
                    Some(Plant::CallRefIsTheMobile) if r.below(10) < 6 => {
                        call_ref = p.mobile.clone();
                        planted.push(p.mobile.clone());
                    }
                    Some(Plant::LatePhonesInKeptText) if i >= 5_000 => {
                        let m = format!("{}{}", 6 + r.below(4), r.digits(9));
                        remarks = format!("call back on {m} about the fever");
                        planted.push(m);
                    }
                    Some(Plant::OriginalNameInKeptText) if i % 50 == 0 => {
                        remarks = format!("seen with {} at the camp", other.name);
                        planted.push(other.name.clone());
                    }
                    Some(Plant::UserNameInNotes) if i % 20 == 0 => {
                        note = format!("{note}; entered by {}", other.user);
                        planted.push(other.user.clone());
                    }
                    Some(Plant::UserNameAndAbhaInJson) => {
                        extra = format!(
                            r#"{{"visit":{},"changedBy":"{}","abha":"{}"}}"#,
                            1 + r.below(9),
                            other.user,
                            other.abha
                        );
                        planted.push(other.user.clone());
                        planted.push(other.abha.clone());
                    }
                    Some(Plant::UserNameInPaths) => {
                        path = format!("/uploads/{}/scan_{i}.pdf", p.user);
                        planted.push(p.user.clone());
                    }
                    Some(Plant::OddPhonesInKeptText) if i % 10 == 0 => {
                        let m = format!("{}{}", 6 + r.below(4), r.digits(9));
                        remarks = format!("call back on {} about the fever", odd_notation(&m, i));
                        planted.push(odd_notation(&m, i));
                        planted.push(m);
                    }
                    Some(Plant::SmallLetterPanInKeptText) if i % 10 == 0 => {
                        let letter = |r: &mut Rng| char::from(b'a' + r.below(26) as u8);
                        let holder = b"abcfghjlpt"[r.below(10) as usize] as char;
                        let pan = format!(
                            "{}{}{}{holder}{}{}{}",
                            letter(&mut r),
                            letter(&mut r),
                            letter(&mut r),
                            letter(&mut r),
                            r.digits(4),
                            letter(&mut r)
                        );
                        remarks = format!("{remarks}; PAN {pan} for the claim");
                        planted.push(pan);
                    }
                    Some(Plant::OddPhonesInNotes) if i % 5 == 0 => {
                        let m = other.mobile.clone();
                        note = format!("{note}; husband {}", odd_notation(&m, i));
                        planted.push(odd_notation(&m, i));
                        planted.push(m);
                    }
                    Some(Plant::VoterIdsInKeptText) if i % 10 == 0 => {
                        let id = voter_id(&mut r);
                        remarks = format!("{remarks}; EPIC {id} seen");
                        planted.push(id);
                    }
                    Some(Plant::PlainAbhaNumbersInKeptText) if i % 10 == 0 => {
                        let abha = format!("91{}", r.digits(12));
                        remarks = format!("ABHA no {abha}, {remarks}");
                        planted.push(abha);
                    }
                    Some(Plant::HiddenEmailsInKeptText) if i % 10 == 0 => {
                        let mailbox = mailbox(&mut r, false);
                        remarks = format!("{remarks}; mail {}", hidden_email(&mailbox, i));
                        planted.extend([hidden_email(&mailbox, i), mailbox]);
                    }
                    Some(Plant::HiddenEmailsAndIdsInNotes) if i % 5 == 0 => {
                        let mailbox = mailbox(&mut r, true);
                        let (id, abha) = (voter_id(&mut r), format!("91{}", r.digits(12)));
                        note = format!(
                            "{note}; son {}, EPIC {id}, ABHA {abha}",
                            hidden_email(&mailbox, i)
                        );
                        planted.extend([hidden_email(&mailbox, i), mailbox, id, abha]);
                    }
                    Some(Plant::MobileInAddress) if i % 10 == 0 => {
                        addr = format!("{addr} (mob {})", p.mobile);
                        planted.push(p.mobile.clone());
                    }
                    _ => {}
                }
                format!(
                    "({i},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{})",
                    q(&p.name),
                    q(&p.mobile),
                    q(&p.user),
                    q(&p.abha),
                    q(&note),
                    q(&extra),
                    q(&path),
                    q(&addr),
                    q(&remarks),
                    q(&call_ref),
                    q(["Hindu", "Muslim", "Christian", "Sikh", "Buddhist", "Jain"]
                        [r.below(6) as usize]),
                    q(&format!("REQ{}", 5_000_000 + i * 3)),
                    q(&format!(
                        "{} No. {}",
                        ["Ward", "House", "Door"][(i % 3) as usize],
                        1 + r.below(40)
                    )),
                    q(["State Bank of India", "Canara Bank", "Bank of Baroda"]
                        [r.below(3) as usize]),
                    format_args!("{}{}", 1 + r.below(9), r.digits(9)),
                    q(&format!(
                        "2025-{:02}-{:02} {:02}:{:02}:00",
                        1 + r.below(12),
                        1 + r.below(28),
                        r.below(24),
                        r.below(60)
                    )),
                    format_args!("{}.{:02}", r.below(100_000), r.below(100)),
                )
            })
            .collect();
        d.push_str(&format!(
            "INSERT INTO `people` VALUES {};\n",
            rows.join(",")
        ));
    }
    d.push_str("-- Dump completed on 2026-01-01  0:00:00\n");
    (d, planted)
}

/// A voter ID: three capital letters, seven digits.
fn voter_id(r: &mut Rng) -> String {
    let letter = |r: &mut Rng| char::from(b'A' + r.below(26) as u8);
    format!("{}{}{}{}", letter(r), letter(r), letter(r), r.digits(7))
}

/// A mailbox name of nobody in the table, `kusum.gaonkar` when `dotted`, else
/// `kusumgaonkar1958`: the planted emails are found by their notation, not as some column's
/// original.
fn mailbox(r: &mut Rng, dotted: bool) -> String {
    let given = GIVEN[r.below(GIVEN.len() as u64) as usize].to_lowercase();
    let family = FAMILY[r.below(FAMILY.len() as u64) as usize].to_lowercase();
    match dotted {
        true => format!("{given}.{family}"),
        false => format!("{given}{family}{}", 1950 + r.below(60)),
    }
}

/// The email of mailbox `user` written to dodge harvesters, in a notation chosen by `i`.
fn hidden_email(user: &str, i: u64) -> String {
    match (i / 10) % 4 {
        0 => format!("{user} [at] gmail [dot] com"),
        1 => format!("{user}(at)yahoo.co.in"),
        2 => format!("{user} at gmail dot com"),
        _ => format!("{user}@rediffmail DOT com"),
    }
}

/// Mobile `m` in a notation chosen by `i`: the first digits in parentheses, a typographic
/// dash between the halves, two spaces between groups, a dash with spaces around it, in
/// Devanagari digits, or joined by an underscore.
fn odd_notation(m: &str, i: u64) -> String {
    match i % 7 {
        0 => format!("+91 ({}) {}-{}", &m[..3], &m[3..6], &m[6..]),
        1 => format!("({}) {}", &m[..5], &m[5..]),
        2 => format!("{}\u{2013}{}", &m[..5], &m[5..]),
        3 => format!("{}  {}  {}", &m[..3], &m[3..6], &m[6..]),
        4 => format!("{} - {}", &m[..5], &m[5..]),
        5 => m
            .chars()
            .map(|d| char::from_u32(0x966 + d.to_digit(10).unwrap()).unwrap())
            .collect(),
        _ => format!("{}_{}", &m[..5], &m[5..]),
    }
}

/// Every planted value, and its digits alone for numbers, must be absent from `text`.
fn assert_absent(planted: &[String], text: &str, what: &str) {
    for p in planted {
        assert!(
            !text.contains(p.as_str()),
            "a planted value is in the {what}"
        );
    }
}

#[test]
fn decoys_pass_and_come_out_as_the_engine_writes_them() {
    let w = Workdir::new();
    let (dump, planted) = dump(None);
    assert!(planted.is_empty());
    let input = w.write("in.sql", dump.as_bytes());
    let rules = w.write("r.yaml", RULES.as_bytes());
    let gated = w.path("gated.sql");
    let plain = w.path("plain.sql");
    for (out, extra) in [
        (&gated, None),
        (&plain, Some("--bench-without-output-gate")),
    ] {
        let mut args = vec!["--rules", &rules, "-o", out.to_str().unwrap(), "-q", &input];
        args.extend(extra);
        let o = run_bin_env(&args, b"", &[("AMRIT_STREAM_KEY", KEY)]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    assert!(
        std::fs::read(&gated).unwrap() == std::fs::read(&plain).unwrap(),
        "the gate changes no byte"
    );
}

#[test]
fn every_planted_leak_stops_transform_and_convert_and_no_value_is_shown() {
    for plant in [
        Plant::CallRefIsTheMobile,
        Plant::LatePhonesInKeptText,
        Plant::OriginalNameInKeptText,
        Plant::UserNameInNotes,
        Plant::UserNameAndAbhaInJson,
        Plant::UserNameInPaths,
        Plant::MobileInAddress,
        Plant::OddPhonesInKeptText,
        Plant::SmallLetterPanInKeptText,
        Plant::OddPhonesInNotes,
        Plant::VoterIdsInKeptText,
        Plant::PlainAbhaNumbersInKeptText,
        Plant::HiddenEmailsInKeptText,
        Plant::HiddenEmailsAndIdsInNotes,
    ] {
        let w = Workdir::new();
        let (dump, planted) = dump(Some(plant));
        assert!(!planted.is_empty(), "{plant:?} planted something");
        let input = w.write("in.sql", dump.as_bytes());
        let rules = w.write("r.yaml", RULES.as_bytes());
        let out = w.path("out.sql");
        let report = w.path("run.json");
        let metrics = w.path("run.prom");
        let o = run_bin_env(
            &[
                "--rules",
                &rules,
                "-o",
                out.to_str().unwrap(),
                "--report",
                report.to_str().unwrap(),
                "--metrics-file",
                metrics.to_str().unwrap(),
                &input,
            ],
            b"",
            &[("AMRIT_STREAM_KEY", KEY)],
        );
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_absent(&planted, &err, "stderr");
        if !plant.stops() {
            assert_eq!(o.status.code(), Some(0), "{plant:?}: {err}");
            let written = std::fs::read_to_string(&out).unwrap();
            assert_absent(&planted, &written, "output");
            continue;
        }
        assert_eq!(o.status.code(), Some(2), "{plant:?}: {err}");
        assert!(
            err.contains("data gate") && err.contains("plant.people."),
            "{plant:?}: {err}"
        );
        assert!(!out.exists(), "{plant:?}: nothing published");
        for side in [&report, &metrics] {
            let text = std::fs::read_to_string(side).unwrap_or_default();
            assert_absent(&planted, &text, "report or metrics");
        }
        // convert fails that file and says so.
        let outdir = w.path("converted");
        std::fs::create_dir_all(&outdir).unwrap();
        let o = run_bin_env(
            &[
                "convert",
                "--rules",
                &rules,
                "--out-dir",
                outdir.to_str().unwrap(),
                &input,
            ],
            b"",
            &[("AMRIT_STREAM_KEY", KEY), ("AMRIT_STREAM_ENC_KEY", ENC)],
        );
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_eq!(o.status.code(), Some(2), "{plant:?}: convert: {err}");
        assert_absent(&planted, &err, "convert's stderr");
        let published = std::fs::read_dir(&outdir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .any(|e| e.file_name().to_string_lossy().ends_with(".anon.sql"))
            })
            .unwrap_or(false);
        assert!(!published, "{plant:?}: convert published the file");
        let _ = Path::new(&input);
    }
}

/// One kept column per table, each holding what its name says (the test's own description).
fn one_column_tables() -> (String, Vec<&'static str>) {
    let mut r = Rng(11);
    let mut d = String::from(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: same\nUSE `same`;\n",
    );
    type Gen = fn(&mut Rng, u64) -> String;
    let columns: [(&str, bool, Gen); 7] = [
        ("SMS_Ph", true, |r, _| {
            format!("{}{}", 6 + r.below(4), r.digits(9))
        }),
        ("CallID", true, |r, _| {
            if r.below(10) < 6 {
                format!("{}{}", 6 + r.below(4), r.digits(9))
            } else {
                format!("{}{}", 1 + r.below(9), r.digits(9))
            }
        }),
        ("RequestNo", false, |_, i| {
            format!("REQ{}", 5_000_000 + i * 3)
        }),
        ("WardNo", false, |r, i| {
            format!(
                "{} No. {}",
                ["Ward", "House", "Door"][(i % 3) as usize],
                1 + r.below(40)
            )
        }),
        ("Religion", false, |r, _| {
            ["Hindu", "Muslim", "Christian", "Sikh", "Buddhist", "Jain"][r.below(6) as usize].into()
        }),
        ("RefNo", false, |r, _| {
            format!("{}{}", 2 + r.below(8), r.digits(11))
        }),
        ("HealthCareWorker", true, |r, _| {
            format!(
                "{} {}",
                GIVEN[r.below(GIVEN.len() as u64) as usize],
                FAMILY[r.below(FAMILY.len() as u64) as usize]
            )
        }),
    ];
    let mut personal = Vec::new();
    for (col, is_personal, g) in columns {
        if is_personal {
            personal.push(col);
        }
        d.push_str(&format!(
            "CREATE TABLE `t_{col}` (\n  `id` int NOT NULL,\n  `{col}` varchar(40) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
        ));
        let rows: Vec<String> = (0..1_500)
            .map(|i| format!("({i},'{}')", g(&mut r, i)))
            .collect();
        d.push_str(&format!(
            "INSERT INTO `t_{col}` VALUES {};\n",
            rows.join(",")
        ));
    }
    d.push_str("-- Dump completed on 2026-01-01  0:00:00\n");
    (d, personal)
}

#[test]
fn profile_the_output_gate_and_verify_give_the_same_verdict_on_the_same_column() {
    let (dump, personal) = one_column_tables();
    let w = Workdir::new();
    let input = w.write("in.sql", dump.as_bytes());
    let rules = w.write("r.yaml", b"version: 1\ndefault: keep\n");
    let failing = |o: &std::process::Output, tool: &str| -> Vec<String> {
        let err = String::from_utf8_lossy(&o.stderr);
        [
            "SMS_Ph",
            "CallID",
            "RequestNo",
            "WardNo",
            "Religion",
            "RefNo",
            "HealthCareWorker",
        ]
        .iter()
        .filter(|c| {
            err.lines()
                .any(|l| l.contains(&format!("same.t_{c}.{c}")) && !l.contains("warning"))
        })
        .map(|c| format!("{tool}:{c}"))
        .collect()
    };
    let env = [("AMRIT_STREAM_KEY", KEY)];
    // profile: every column at once.
    let o = run_bin_env(&["profile", "--rules", &rules, &input], b"", &env);
    assert_eq!(o.status.code(), Some(2));
    let by_profile: Vec<String> = failing(&o, "profile");
    // verify of the same (unchanged) values.
    let o = run_bin_env(&["verify", "--rules", &rules, &input], b"", &env);
    assert_eq!(o.status.code(), Some(4));
    let by_verify: Vec<String> = failing(&o, "verify");
    // transform stops at the first failing table: one run per table.
    let mut by_gate = Vec::new();
    for col in [
        "SMS_Ph",
        "CallID",
        "RequestNo",
        "WardNo",
        "Religion",
        "RefNo",
        "HealthCareWorker",
    ] {
        let one: String = dump
            .split("CREATE TABLE")
            .enumerate()
            .filter(|(i, part)| *i == 0 || part.starts_with(&format!(" `t_{col}`")))
            .map(|(i, part)| {
                if i == 0 {
                    part.to_string()
                } else {
                    format!("CREATE TABLE{part}")
                }
            })
            .collect();
        let one = if one.contains("-- Dump completed") {
            one
        } else {
            format!("{one}-- Dump completed on 2026-01-01  0:00:00\n")
        };
        let file = w.write(&format!("{col}.sql"), one.as_bytes());
        let o = run_bin_env(
            &[
                "--rules",
                &rules,
                "-q",
                "-o",
                w.path("o.sql").to_str().unwrap(),
                &file,
            ],
            b"",
            &env,
        );
        by_gate.extend(failing(&o, "gate"));
    }
    let names = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|s| s.split(':').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&by_profile), personal, "profile: {by_profile:?}");
    assert_eq!(names(&by_gate), personal, "the output gate: {by_gate:?}");
    assert_eq!(names(&by_verify), personal, "verify: {by_verify:?}");
}

#[test]
fn the_identity_runs_originals_are_searched_in_the_other_databases_runs() {
    let w = Workdir::new();
    let (dump, _) = dump(None);
    let input = w.write("identity.sql", dump.as_bytes());
    let rules = w.write("r.yaml", RULES.as_bytes());
    let fp = w.path("identity.fp.amrenc");
    let env = [("AMRIT_STREAM_KEY", KEY), ("AMRIT_STREAM_ENC_KEY", ENC)];
    let o = run_bin_env(
        &[
            "--rules",
            &rules,
            "-q",
            "--fingerprints",
            fp.to_str().unwrap(),
            "-o",
            w.path("identity.anon.sql").to_str().unwrap(),
            &input,
        ],
        b"",
        &env,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // Another database keeps a notes column in which some notes name people of the first.
    let mut r = Rng(7);
    let people: Vec<Person> = (0..ROWS).map(|i| person(&mut r, i)).collect();
    let rows: Vec<String> = (0..2_000u64)
        .map(|i| {
            let note = if i % 40 == 0 {
                format!(
                    "referred by ASHA, patient {} seen",
                    people[(i * 13 % ROWS) as usize].name
                )
            } else {
                "fever since 2 days, advised ORS".to_string()
            };
            format!("({i},'{note}')")
        })
        .collect();
    let other = format!(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: visits\nUSE `visits`;\nCREATE TABLE `visit` (\n  `id` int NOT NULL,\n  `Remarks` text,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\nINSERT INTO `visit` VALUES {};\n-- Dump completed on 2026-01-01  0:00:00\n",
        rows.join(",")
    );
    let other = w.write("visits.sql", other.as_bytes());
    let keep = w.write("keep.yaml", b"version: 1\ndefault: keep\n");
    let out = w.path("visits.anon.sql");
    let run = |names_from: bool| {
        let mut args = vec!["--rules", &keep, "-q", "-o", out.to_str().unwrap()];
        if names_from {
            args.extend(["--names-from", fp.to_str().unwrap()]);
        }
        args.push(&other);
        run_bin_env(&args, b"", &env)
    };
    // Without the first run's originals these names are words nobody taught the run.
    let o = run(false);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    std::fs::remove_file(&out).unwrap();
    let o = run(true);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("visits.visit.Remarks") && err.contains("original"),
        "{err}"
    );
    for p in &people {
        assert!(!err.contains(&p.name));
    }
    assert!(!out.exists());
}

/// Phones planted after the table's head in every row but the ones a sampling gate reads (the
/// first of each 32 rows of every INSERT): the default gate, which tests one row in 32 there,
/// passes them; `--gate-every-row` (what `refresh` takes as gate 2's evidence) stops the run,
/// and `verify`, which reads every row, finds them in the sampled run's output.
#[test]
fn phones_between_the_sampled_rows_are_found_by_the_gate_that_tests_every_row() {
    let mut r = Rng(11);
    let mut d = String::from(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: plant\n\
         USE `plant`;\nCREATE TABLE `visits` (\n  `id` int NOT NULL,\n  `Remarks` text,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n",
    );
    let mut planted = Vec::new();
    for start in (0..30_000u64).step_by(400) {
        let rows: Vec<String> = (start..start + 400)
            .map(|i| {
                let mut remarks = format!(
                    "BP {}/{}, review in {} days",
                    100 + r.below(40),
                    60 + r.below(30),
                    1 + r.below(9)
                );
                if i >= 12_000 && (i - start) % 32 != 0 {
                    let m = format!("{}{}", 6 + r.below(4), r.digits(9));
                    remarks = format!("{remarks}; call {m}");
                    planted.push(m);
                }
                format!("({i},'{remarks}')")
            })
            .collect();
        d.push_str(&format!(
            "INSERT INTO `visits` VALUES {};\n",
            rows.join(",")
        ));
    }
    d.push_str("-- Dump completed on 2026-01-01  0:00:00\n");
    let w = Workdir::new();
    let input = w.write("in.sql", d.as_bytes());
    let rules = w.write(
        "r.yaml",
        b"version: 1\ndefault: fail\ndatabases:\n  plant:\n    tables:\n      visits:\n        columns:\n          id: keep\n          Remarks: keep\n",
    );
    let out = w.path("out.sql");
    let run = |extra: &[&str]| {
        let mut args = vec!["--rules", &rules, "-q", "-o", out.to_str().unwrap()];
        args.extend(extra);
        args.push(&input);
        let o = run_bin_env(&args, b"", &[("AMRIT_STREAM_KEY", KEY)]);
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_absent(&planted, &err, "stderr");
        (o.status.code(), err)
    };
    let (code, err) = run(&[]);
    assert_eq!(code, Some(0), "the sampling gate reads none of them: {err}");
    let o = run_bin_env(
        &["verify", "--rules", &rules, "-q", out.to_str().unwrap()],
        b"",
        &[],
    );
    assert_eq!(o.status.code(), Some(4), "verify reads every row");
    std::fs::remove_file(&out).unwrap();
    let (code, err) = run(&["--gate-every-row"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("plant.visits.Remarks"), "{err}");
    assert!(!out.exists(), "nothing published");
}
