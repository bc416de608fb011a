//! The column tests on generated columns: formats, checksums, order, thresholds at their
//! boundaries.
use super::*;

fn decide(col: &str, values: &[String]) -> Decision {
    let mut s = ColumnStats::default();
    for v in values {
        s.observe(v.as_bytes(), None, &[]);
    }
    s.decide(&ColumnContext {
        column: col,
        ..ColumnContext::default()
    })
}

fn lcg(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn sequential_twelve_digit_serials_are_not_aadhaar() {
    let v: Vec<String> = (0..500u64)
        .map(|i| (200_000_000_000 + i).to_string())
        .collect();
    let d = decide("SerialNo", &v);
    assert_eq!(d.verdict, Verdict::Not, "{d:?}");
}

#[test]
fn random_twelve_digit_numbers_fail_the_verhoeff_rate_test() {
    let mut seed = 7;
    let v: Vec<String> = (0..500)
        .map(|_| {
            format!(
                "{}{:011}",
                2 + lcg(&mut seed) % 8,
                lcg(&mut seed) * 3 % 100_000_000_000
            )
        })
        .collect();
    let d = decide("RefNo", &v);
    assert_eq!(d.of(Kind::Aadhaar).unwrap().verdict, Verdict::Not, "{d:?}");
}

#[test]
fn verhoeff_valid_random_numbers_are_aadhaar_within_ten_values() {
    let mut seed = 11;
    let v: Vec<String> = (0..10)
        .map(|_| {
            let mut s = format!(
                "{}{:010}",
                2 + lcg(&mut seed) % 8,
                lcg(&mut seed) % 10_000_000_000
            );
            s.push(super::super::formats::verhoeff_digit(s.as_bytes()) as char);
            s
        })
        .collect();
    assert_eq!(decide("RefNo", &v).verdict, Verdict::Personal);
}

#[test]
fn sms_ph_of_mobiles_is_personal_without_a_rule_hint() {
    let mut seed = 3;
    let v: Vec<String> = (0..200)
        .map(|_| {
            format!(
                "{}{:09}",
                6 + lcg(&mut seed) % 4,
                lcg(&mut seed) % 1_000_000_000
            )
        })
        .collect();
    let d = decide("SMS_Ph", &v);
    assert_eq!(d.verdict, Verdict::Personal);
    assert_eq!(d.kinds(), [Kind::Mobile]);
}

#[test]
fn ten_digit_keys_starting_with_nine_are_not_mobiles() {
    let v: Vec<String> = (0..300u64)
        .map(|i| (9_000_000_000 + i * 7).to_string())
        .collect();
    assert_eq!(decide("CallerID", &v).verdict, Verdict::Not);
}

#[test]
fn mobiles_of_one_leading_digit_are_personal_where_the_name_says_phone() {
    let mut seed = 5;
    let v: Vec<String> = (0..300)
        .map(|_| format!("9{:09}", lcg(&mut seed) % 1_000_000_000))
        .collect();
    for col in ["PhoneNo", "phone", "MobileNumber"] {
        let d = decide(col, &v);
        assert_eq!(
            d.of(Kind::Mobile).unwrap().verdict,
            Verdict::Personal,
            "{col}: {d:?}"
        );
    }
    // Without the name, or named an id, one leading digit is read as an issued range.
    for col in ["RefNo", "PhoneID"] {
        let d = decide(col, &v);
        assert_eq!(d.verdict, Verdict::Not, "{col}: {d:?}");
    }
}

#[test]
fn academic_year_codes_stay_not() {
    let v: Vec<String> = (0..100).map(|i| (2000 + i % 25).to_string()).collect();
    assert_eq!(decide("ACADEMIC_YEAR_CODE", &v).verdict, Verdict::Not);
}

#[test]
fn thresholds_at_their_boundaries() {
    // FORMAT_SHARE: 8 mobiles in 10 number values is personal, 7 is undecided.
    let mut seed = 5;
    let mut mk = |n: usize, other: usize| -> Vec<String> {
        let mut v: Vec<String> = (0..n)
            .map(|_| format!("9{:09}", lcg(&mut seed) % 1_000_000_000))
            .collect();
        v.extend((0..other).map(|_| format!("4{:09}", lcg(&mut seed) % 1_000_000_000)));
        v
    };
    assert_eq!(
        decide("x", &mk(8, 2)).of(Kind::Mobile).unwrap().verdict,
        Verdict::Personal
    );
    assert_eq!(
        decide("x", &mk(7, 3)).of(Kind::Mobile).unwrap().verdict,
        Verdict::Undecided
    );
    // UNDECIDED_SHARE: 3 in 10 is undecided, 2 in 10 is not.
    assert_eq!(
        decide("x", &mk(3, 7)).of(Kind::Mobile).unwrap().verdict,
        Verdict::Undecided
    );
    assert_eq!(
        decide("x", &mk(2, 8)).of(Kind::Mobile).unwrap().verdict,
        Verdict::Not
    );
    // SPARSE_FLOOR: three mobiles among empty values are personal, two are not enough.
    let mut sparse: Vec<String> = vec![String::new(); 100];
    sparse.extend(["9876543210", "8123456789", "7012345678"].map(String::from));
    assert_eq!(decide("x", &sparse).verdict, Verdict::Personal);
    sparse.pop();
    assert_ne!(decide("x", &sparse).verdict, Verdict::Personal);
}

#[test]
fn order_veto_needs_enough_pairs() {
    // ORDER_MIN_PAIRS: 20 ascending phones are a serial, 20 values = 19 pairs are not judged.
    let asc: Vec<String> = (0..21u64)
        .map(|i| (6_000_000_000 + i * 111_111_111).to_string())
        .collect();
    assert_eq!(
        decide("x", &asc).of(Kind::Mobile).unwrap().verdict,
        Verdict::Not
    );
    let mut short = asc.clone();
    short.pop();
    assert_ne!(
        decide("x", &short).of(Kind::Mobile).unwrap().verdict,
        Verdict::Not
    );
}

#[test]
fn statistics() {
    let (lo, hi) = wilson(10, 10);
    assert!(lo > 0.69 && hi == 1.0);
    assert!((binomial_tail(3, 3, 0.1) - 1e-3).abs() < 1e-9);
    assert!((binomial_tail(20, 16, 0.1) - 3.0e-13).abs() < 1e-13);
}

#[test]
fn names_json_paths_and_images() {
    let names = ["Sunita Kulkarni", "Rajesh Patil", "Meena", "Vikram Rathore"];
    let v: Vec<String> = (0..40).map(|i| names[i % 4].to_string()).collect();
    assert_eq!(decide("HealthCareWorker", &v).kinds(), [Kind::PersonName]);
    let j: Vec<String> = (0..10)
        .map(|i| {
            format!(
                r#"{{"contact":{{"mobile":"98765{:05}"}},"relation":"self"}}"#,
                i * 7919
            )
        })
        .collect();
    assert_eq!(decide("ExtraFields", &j).kinds(), [Kind::Json]);
    let p: Vec<String> = (0..10)
        .map(|i| format!("/uploads/ben/{}/sunita_kulkarni_{}.pdf", 1000 + i, i))
        .collect();
    assert_eq!(decide("IdentityFilePath", &p).kinds(), [Kind::Path]);
    let img = vec!["data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD".to_string()];
    assert_eq!(decide("Photo", &img).kinds(), [Kind::Opaque]);
}

#[test]
fn seen_names_are_found_in_notes_without_a_cue() {
    let mut seen = SeenNames::default();
    seen.learn(b"Tejaswini Borkar");
    let mut s = ColumnStats::default();
    for i in 0..30 {
        let note = if i % 5 == 0 {
            "visited Tejaswini Borkar at home, fever since two days"
        } else {
            "fever and body ache since three days, advised rest"
        };
        s.observe(note.as_bytes(), Some(&seen), &[]);
    }
    let d = s.decide(&ColumnContext {
        column: "Remarks",
        ..ColumnContext::default()
    });
    assert_eq!(
        d.of(Kind::PersonName).unwrap().verdict,
        Verdict::Personal,
        "{d:?}"
    );
    let mut s = ColumnStats::default();
    for _ in 0..30 {
        s.observe(
            b"ASHA visited the house, fever since two days",
            Some(&seen),
            &[],
        );
    }
    let d = s.decide(&ColumnContext {
        column: "Remarks",
        ..ColumnContext::default()
    });
    assert!(d.of(Kind::PersonName).is_none(), "{d:?}");
}
