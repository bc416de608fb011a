//! The column corpus: columns generated here from this file's own description of what each
//! holds (never from the rules), for every detector in several written forms and densities, and
//! decoys that must come out NOT. The expected decision of every column is checked in as
//! `tests/data/column-decisions.tsv`; any change fails. Precision and recall per detector are
//! printed (`cargo test --release column_corpus -- --nocapture`) and published in README.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use amrit_stream::pii::column::{ColumnContext, ColumnStats, Kind, Verdict};
use amrit_stream::pii::formats::verhoeff_digit;

const ROWS: u64 = 3_000;

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
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len() as u64) as usize]
    }
}

const GIVEN: &[&str] = &[
    "Sunita", "Rajesh", "Meena", "Vikram", "Anjali", "Suresh", "Kavita", "Mahesh",
];
const SURNAME: &[&str] = &[
    "Kulkarni", "Patil", "Sharma", "Reddy", "Gowda", "Iyer", "Yadav", "Mishra",
];

fn mobile(r: &mut Rng) -> String {
    format!("{}{}", 6 + r.below(4), r.digits(9))
}

fn aadhaar(r: &mut Rng) -> String {
    let mut s = format!("{}{}", 2 + r.below(8), r.digits(10));
    s.push(char::from(verhoeff_digit(s.as_bytes())));
    s
}

fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(GIVEN), r.pick(SURNAME))
}

/// Value `i` of a column, or `None` for NULL.
type Gen = fn(&mut Rng, u64) -> Option<String>;

/// (column name, what it holds, generator).
fn columns() -> Vec<(&'static str, &'static str, Gen)> {
    vec![
        ("PhoneNo", "mobiles, 10 digits", |r, _| Some(mobile(r))),
        ("SMS_Ph", "mobiles as +91 98765 43210", |r, _| {
            let m = mobile(r);
            Some(format!("+91 {} {}", &m[..5], &m[5..]))
        }),
        ("CallerID", "mobiles with a leading 0", |r, _| {
            Some(format!("0{}", mobile(r)))
        }),
        ("primaryNumber", "mobiles as 91XXXXXXXXXX", |r, _| {
            Some(format!("91{}", mobile(r)))
        }),
        (
            "EmergencyContactNum",
            "mobiles in 30% of rows, NULL else",
            |r, _| (r.below(10) < 3).then(|| mobile(r)),
        ),
        ("Col7", "3 mobiles in 3,000 rows, empty else", |r, i| {
            Some(if i % 1_000 == 17 {
                mobile(r)
            } else {
                String::new()
            })
        }),
        ("Remarks", "notes, a phone in one of ten", |r, i| {
            Some(if i % 10 == 0 {
                format!("call back on {} about the fever", mobile(r))
            } else {
                "fever and body ache since three days".into()
            })
        }),
        ("OfficePhone", "landlines with STD code", |r, _| {
            Some(format!("0{}-{}", 20 + r.below(800), r.digits(7)))
        }),
        ("IdNo", "Aadhaar, 12 digits", |r, _| Some(aadhaar(r))),
        ("UID", "Aadhaar as 4-4-4", |r, _| {
            let a = aadhaar(r);
            Some(format!("{} {} {}", &a[..4], &a[4..8], &a[8..]))
        }),
        ("Col12", "Aadhaar in 30% of rows", |r, _| {
            (r.below(10) < 3).then(|| aadhaar(r))
        }),
        ("PanNo", "PAN of individuals", |r, _| {
            let l = |r: &mut Rng| char::from(b'A' + r.below(26) as u8);
            Some(format!(
                "{}{}{}P{}{}{}",
                l(r),
                l(r),
                l(r),
                l(r),
                r.digits(4),
                l(r)
            ))
        }),
        ("EpicNo", "voter IDs", |r, _| {
            let l = |r: &mut Rng| char::from(b'A' + r.below(26) as u8);
            Some(format!("{}{}{}{}", l(r), l(r), l(r), r.digits(7)))
        }),
        ("HealthIdNumber", "ABHA numbers, dashed", |r, _| {
            Some(format!(
                "91-{}-{}-{}",
                r.digits(4),
                r.digits(4),
                r.digits(4)
            ))
        }),
        ("HealthId", "ABHA addresses", |r, i| {
            Some(format!("{}{}@abdm", r.pick(GIVEN).to_lowercase(), i))
        }),
        ("Acc_No", "bank accounts, 11–16 digits", |r, _| {
            let n = 11 + r.below(6) as usize;
            Some(format!("{}{}", 1 + r.below(9), r.digits(n - 1)))
        }),
        ("EmailId", "emails at real domains", |r, i| {
            Some(format!(
                "{}.{}{i}@gmail.com",
                r.pick(GIVEN).to_lowercase(),
                r.pick(SURNAME).to_lowercase()
            ))
        }),
        ("ClientIP", "public IPv4 addresses", |r, _| {
            Some(format!(
                "{}.{}.{}.{}",
                49 + r.below(60),
                r.below(256),
                r.below(256),
                1 + r.below(254)
            ))
        }),
        ("PermCoordinate", "lat,long text", |r, _| {
            Some(format!(
                "{:.6}, {:.6}",
                12.0 + r.below(150_000) as f64 / 10_000.0,
                72.0 + r.below(200_000) as f64 / 10_000.0
            ))
        }),
        ("gpsLatitude", "latitudes, 6 places", |r, _| {
            Some(format!(
                "{:.6}",
                12.0 + r.below(150_000_000) as f64 / 10_000_000.0
            ))
        }),
        ("digipin", "DIGIPIN codes", |r, _| {
            const A: &[u8] = b"23456789CFJKLMPT";
            let c = |r: &mut Rng| char::from(A[r.below(16) as usize]);
            Some(format!(
                "{}{}{}-{}{}{}-{}{}{}{}",
                c(r),
                c(r),
                c(r),
                c(r),
                c(r),
                c(r),
                c(r),
                c(r),
                c(r),
                c(r)
            ))
        }),
        ("PermAddressValue", "address lines with a PIN", |r, _| {
            Some(format!(
                "H.No {}, {} Nagar, Pune {}",
                1 + r.below(400),
                r.pick(SURNAME),
                411_000 + r.below(99)
            ))
        }),
        ("DOB", "dates of birth", |r, _| {
            Some(format!(
                "{}-{:02}-{:02} 00:00:00",
                1940 + r.below(70),
                1 + r.below(12),
                1 + r.below(28)
            ))
        }),
        ("HealthCareWorker", "names", |r, _| Some(name(r))),
        ("BENNAME", "names in capitals", |r, _| {
            Some(name(r).to_uppercase())
        }),
        ("Col26", "names in Devanagari", |r, _| {
            Some(
                ["सुनीता शर्मा", "राजेश यादव", "अमित मिश्रा", "पूजा पटेल"][r.below(4) as usize]
                    .to_string(),
            )
        }),
        ("ExtraFields", "JSON with a phone and a name", |r, _| {
            Some(format!(
                r#"{{"contact":{{"mobile":"{}"}},"relation":"wife","name":"{}"}}"#,
                mobile(r),
                name(r)
            ))
        }),
        (
            "IdentityFilePath",
            "file paths with a name and a phone",
            |r, i| {
                Some(format!(
                    "/data/uploads/{}/{}_{}_{}.pdf",
                    2024,
                    r.pick(GIVEN).to_lowercase(),
                    r.pick(SURNAME).to_lowercase(),
                    if i % 2 == 0 { mobile(r) } else { r.digits(4) }
                ))
            },
        ),
        ("Photo", "JPEG images in base64", |r, _| {
            Some(format!("/9j/4AAQSkZJRgABAQ{}", r.digits(40)))
        }),
        (
            "CallID",
            "call IDs, 60% of them the caller's mobile",
            |r, _| {
                Some(if r.below(10) < 6 {
                    mobile(r)
                } else {
                    format!("{}{}", 1 + r.below(9), r.digits(9))
                })
            },
        ),
        // Decoys.
        (
            "RequestNo",
            "constant-prefix sequential request IDs",
            |_, i| Some(format!("REQ{}", 5_000_000 + i * 3)),
        ),
        ("WardNo", "ward, house and door numbers alone", |r, i| {
            Some(format!(
                "{} No. {}",
                ["Ward", "House", "Door"][(i % 3) as usize],
                1 + r.below(40)
            ))
        }),
        ("Religion", "a closed vocabulary", |r, _| {
            Some(
                ["Hindu", "Muslim", "Christian", "Sikh", "Buddhist", "Jain"][r.below(6) as usize]
                    .into(),
            )
        }),
        (
            "FacilityName",
            "facility names, some after people",
            |r, _| {
                Some(
                    [
                        "Rampur PHC",
                        "Indira Gandhi Hospital",
                        "Sub Centre Lakshmipur",
                        "Rajiv Nagar UPHC",
                        "Kasturba Maternity Home",
                        "Sanjay Gandhi Memorial Hospital",
                        "Nehru CHC",
                        "Shivaji Nagar Dispensary",
                    ][r.below(8) as usize]
                        .into(),
                )
            },
        ),
        ("DeliveryPlace", "delivery places", |r, _| {
            Some(
                [
                    "Home",
                    "PHC Rampur",
                    "District Hospital",
                    "Sub Centre",
                    "Private Hospital",
                ][r.below(5) as usize]
                    .into(),
            )
        }),
        (
            "BankAccountID",
            "surrogate keys beside a bank name",
            |r, _| Some(format!("{}{}", 1 + r.below(9), r.digits(9))),
        ),
        ("RandomRef10", "random 10-digit references", |r, _| {
            Some(format!("{}{}", 1 + r.below(9), r.digits(9)))
        }),
        ("ClinicalNote", "clinical measurements in notes", |r, _| {
            Some(format!(
                "BP {}/{}, Hb {}.{} g/dL, temp 37.{} C, given 500 mg paracetamol",
                100 + r.below(40),
                60 + r.below(30),
                9 + r.below(4),
                r.below(10),
                r.below(10)
            ))
        }),
        ("ID", "auto-increment keys", |_, i| {
            Some((i + 1).to_string())
        }),
        ("BenRegID", "10-digit keys starting with 9", |_, i| {
            Some((9_000_000_000 + i * 37).to_string())
        }),
        ("VanSerialNo", "12-digit serials", |_, i| {
            Some((200_000_000_000 + i).to_string())
        }),
        ("VisitCode", "14-digit visit codes", |_, i| {
            Some((30_001_234_560_000 + i * 3).to_string())
        }),
        ("ACADEMIC_YEAR_CODE", "years", |r, _| {
            Some((2000 + r.below(26)).to_string())
        }),
        ("Amount", "amounts", |r, _| {
            Some(format!("{}.{:02}", r.below(100_000), r.below(100)))
        }),
        ("Gender", "an enum", |r, _| {
            Some(["Male", "Female", "Transgender"][r.below(3) as usize].into())
        }),
        ("CreatedDate", "timestamps", |r, _| {
            Some(format!(
                "20{:02}-{:02}-{:02} {:02}:{:02}:00",
                19 + r.below(7),
                1 + r.below(12),
                1 + r.below(28),
                r.below(24),
                r.below(60)
            ))
        }),
        ("DeviceID", "device IDs (hex)", |r, _| {
            Some(format!("{:016x}", r.next() << 20 | r.next()))
        }),
        ("IMEI", "15-digit device numbers", |r, _| {
            Some(format!("35{}", r.digits(13)))
        }),
        ("SCTCode", "codes like SCN-125", |r, _| {
            Some(format!("SCN-{}", 100 + r.below(900)))
        }),
        (
            "RefNo",
            "random 12-digit numbers (10% pass Verhoeff)",
            |r, _| Some(format!("{}{}", 2 + r.below(8), r.digits(11))),
        ),
        ("VehicalNo", "vehicle numbers", |r, _| {
            Some(format!("MH{:02}AB{}", r.below(50), r.digits(4)))
        }),
        ("Status", "a status word", |r, _| {
            Some(["Active", "Closed"][r.below(2) as usize].into())
        }),
        ("ProviderServiceMapID", "small ids", |r, _| {
            Some((1 + r.below(40)).to_string())
        }),
    ]
}

fn decide(col: &str, g: Gen) -> (Verdict, Vec<Kind>) {
    let mut r = Rng(col.bytes().fold(17, |a, b| a * 31 + u64::from(b)));
    let mut s = ColumnStats::default();
    for i in 0..ROWS {
        match g(&mut r, i) {
            Some(v) => s.observe(v.as_bytes(), None, &[]),
            None => s.observe_null(),
        }
    }
    let d = s.decide(&ColumnContext {
        column: col,
        ..ColumnContext::default()
    });
    (d.verdict, d.kinds())
}

/// The checked-in table: column → (what it truly holds, as detector names; the expected
/// decision; the expected detectors).
fn expected() -> BTreeMap<String, (String, String, String)> {
    include_str!("data/column-decisions.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let at = |i: usize| f.get(i).map_or("", |s| s.trim()).to_string();
            (at(0), (at(1), at(2), at(3)))
        })
        .collect()
}

#[test]
fn every_column_decision_is_the_checked_in_one() {
    let want = expected();
    let mut table = String::from("# column\ttruth\tdecision\tdetectors\t(what it holds)\n");
    let mut diffs = Vec::new();
    // Per detector: (true positives, false positives, false negatives).
    let mut score: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new();
    for (col, holds, g) in columns() {
        let (v, kinds) = decide(col, g);
        let kinds_s: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
        let got = (v.name().to_string(), kinds_s.join(","));
        let truth_s = want.get(col).map_or("?", |w| w.0.as_str());
        let _ = writeln!(table, "{col}\t{truth_s}\t{}\t{}\t{holds}", got.0, got.1);
        match want.get(col) {
            Some(w) if (w.1.as_str(), w.2.as_str()) == (got.0.as_str(), got.1.as_str()) => {}
            w => diffs.push(format!("{col} ({holds}): expected {w:?}, got {got:?}")),
        }
        let truth: Vec<&str> = truth_s
            .split(',')
            .filter(|s| *s != "-" && *s != "?")
            .collect();
        for k in Kind::ALL {
            let n = k.name();
            let (t, p) = (
                truth.contains(&n),
                v == Verdict::Personal && kinds_s.contains(&n),
            );
            let e = score.entry(n).or_default();
            match (t, p) {
                (true, true) => e.0 += 1,
                (false, true) => e.1 += 1,
                (true, false) => e.2 += 1,
                _ => {}
            }
        }
    }
    println!("{table}");
    println!("| detector | columns | precision | recall |\n| --- | ---: | ---: | ---: |");
    for (k, (tp, fp, fn_)) in &score {
        if tp + fp + fn_ == 0 {
            continue;
        }
        let p = if tp + fp == 0 {
            1.0
        } else {
            f64::from(*tp) / f64::from(tp + fp)
        };
        let r = if tp + fn_ == 0 {
            1.0
        } else {
            f64::from(*tp) / f64::from(tp + fn_)
        };
        println!("| {k} | {} | {:.2} | {:.2} |", tp + fn_, p, r);
    }
    assert!(
        diffs.is_empty(),
        "decisions changed:\n{}\n\nnew table:\n{table}",
        diffs.join("\n")
    );
}
