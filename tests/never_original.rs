//! "No strategy ever returns the personal token it was given": for every strategy, random
//! strings, and random text around valid values of the strategy's kind (two phone numbers in one
//! field, dates as people type them, identifiers), come out without the token. A value a
//! strategy cannot read takes the rule's fallback (the mask by default), never its own bytes.
//! Issue 12.

use amrit_stream::dump::coltype::ColumnType;
use amrit_stream::dump::literal::ValueKind;
use amrit_stream::rules::Strategy as Rule;
use amrit_stream::strategy::keyed::DomainKey;
use amrit_stream::strategy::{Compiled, Form, Refs, Row};
use proptest::prelude::*;

/// A string strategy from a regex.
fn re(pattern: &str) -> impl Strategy<Value = String> {
    proptest::string::string_regex(pattern).unwrap()
}

fn compiled(strategy: &str, ty: &str) -> Compiled {
    let s: Rule = serde_yaml_ng::from_str(strategy).unwrap();
    Compiled::new(
        s,
        "c",
        ColumnType::parse(ty),
        true,
        Refs::default(),
        &mut |d: &str| DomainKey::from_bytes(*blake3::hash(d.as_bytes()).as_bytes()),
    )
    .unwrap()
}

/// The value written for `v`, as text (`None` when the strategy refused it with an error, which
/// is no leak).
fn written(c: &Compiled, v: &str) -> Option<String> {
    let mut buf = Vec::new();
    let form = c
        .generate(Some(v.as_bytes()), ValueKind::Str, &Row::empty(), &mut buf)
        .ok()?;
    Some(match form {
        Form::Original => v.to_string(),
        Form::Null => String::new(),
        Form::Quoted | Form::Bare => String::from_utf8_lossy(&buf).into_owned(),
    })
}

/// True when `token` stands in `text` as a token of its own: not inside a longer run of letters
/// and digits (`22-8-1956` does not hold the date `2-8-1956`).
fn holds(text: &str, token: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices(token).any(|(i, t)| {
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + t.len()).copied();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// Every strategy but `keep`, with a text column that fits it.
const ALL: &[&str] = &[
    "null",
    "empty",
    "{fixed: 'X'}",
    "redact",
    "hash",
    "{id: {domain: d}}",
    "first_name",
    "last_name",
    "full_name",
    "father_name",
    "mother_name",
    "spouse_name",
    "phone",
    "email",
    "address",
    "village",
    "district",
    "state",
    "pincode",
    "aadhaar",
    "pan",
    "identifier",
    "username",
    "abha_number",
    "abha_address",
    "bank_account",
    "ifsc",
    "ip",
    "gps",
    "date_shift",
    "date_generalize",
    "birth_date",
    "noise",
    "round",
    "scrub",
    "lorem",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any string of six or more letters and digits: no strategy writes it back. (`scrub` keeps
    /// text with no personal pattern by design; generalizing strategies may write back a value
    /// that already is general: a round number, a first-of-January date.)
    #[test]
    fn no_strategy_writes_back_a_random_token(
        strategy in prop::sample::select(ALL.iter().copied().filter(|s| *s != "scrub").collect::<Vec<_>>()),
        token in "[A-Za-z0-9]{6,24}",
        around in prop::sample::select(vec![("", ""), (" ", " "), ("(", ")"), ("x ", " y")]),
    ) {
        let c = compiled(strategy, "varchar(255)");
        let general = matches!(strategy, "round" | "date_generalize")
            && (token.parse::<f64>().is_ok() || token.len() == 4 || token.len() == 8);
        prop_assume!(!general);
        let v = format!("{}{token}{}", around.0, around.1);
        if let Some(out) = written(&c, &v) {
            prop_assert!(!holds(&out, &token), "`{}` wrote the token of {:?} back: {:?}", strategy, v, out);
        }
    }

    /// Two mobile numbers in one phone field, however they are written together, and any words
    /// around them: neither number survives.
    #[test]
    fn every_number_of_a_phone_field_is_rewritten(
        a in "[6-9][0-9]{9}",
        b in "[6-9][0-9]{9}",
        prefix in prop::sample::select(vec!["", "+91 ", "0", "+91-"]),
        sep in prop::sample::select(vec!["/", ", ", " ; ", " Office: ", " or ", " ", "-", " / +91 "]),
        lead in prop::sample::select(vec!["", "Home: ", "Ravi ", "Mob "]),
    ) {
        let c = compiled("phone", "varchar(120)");
        let v = format!("{lead}{prefix}{a}{sep}{b}");
        let out = written(&c, &v).unwrap();
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        prop_assert!(!digits(&out).contains(&a) && !digits(&out).contains(&b), "{:?} -> {:?}", v, out);
        prop_assert!(!out.contains("Ravi"), "a word that is no label is masked: {:?}", out);
    }

    /// Dates as people type them: birth dates, shifted dates and their text never come back.
    #[test]
    fn dates_in_every_written_form_are_moved(
        y in 1940i64..2020,
        m in 1u32..=12,
        d in 1u32..=28,
        form in 0usize..7,
        strategy in prop::sample::select(vec!["birth_date", "date_shift"]),
    ) {
        const MON: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let v = match form {
            0 => format!("{d:02}/{m:02}/{y}"),
            1 => format!("{d}-{m}-{y}"),
            2 => format!("{d:02}.{m:02}.{y}"),
            3 => format!("{d} {} {y}", MON[m as usize - 1]),
            4 => format!("{} {d}, {y}", MON[m as usize - 1]),
            5 => format!("{y}{m:02}{d:02}"),
            _ => format!("{y}"),
        };
        let c = compiled(strategy, "varchar(40)");
        let out = written(&c, &v).unwrap();
        prop_assert_ne!(&out, &v);
        prop_assert!(!holds(&out, &v), "{} wrote {:?} back: {:?}", strategy, v, out);
    }

    /// Free text holding identifiers: `scrub` leaves none of them.
    #[test]
    fn scrub_leaves_no_identifier_in_text(
        mobile in "[6-9][0-9]{9}",
        aadhaar in "[2-9][0-9]{3} [0-9]{4} [0-9]{4}",
        pan in "[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]",
        email in "[a-z]{3,8}\\.[a-z]{2,5}@(gmail|yahoo|rediffmail)\\.com",
        abha in "[0-9]{2}-[0-9]{4}-[0-9]{4}-[0-9]{4}",
    ) {
        let c = compiled("scrub", "text");
        let v = format!("Called {mobile} re card {aadhaar}; PAN {pan}, mail {email}, ABHA {abha}.");
        let out = written(&c, &v).unwrap();
        for token in [&mobile, &aadhaar, &pan, &email, &abha] {
            prop_assert!(!holds(&out, token), "{:?} survived in {:?}", token, out);
        }
    }

    /// Identifiers of each kind, alone or in text: the identifier strategies never write them
    /// back.
    #[test]
    fn identifier_strategies_never_write_back_their_value(
        (strategy, token) in prop_oneof![
            re(r"[2-9][0-9]{11}").prop_map(|t| ("aadhaar", t)),
            re(r"[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]").prop_map(|t| ("pan", t)),
            re(r"[0-9]{14}").prop_map(|t| ("abha_number", t)),
            re(r"[0-9]{9,18}").prop_map(|t| ("bank_account", t)),
            re(r"[A-Z]{4}0[A-Z0-9]{6}").prop_map(|t| ("ifsc", t)),
            re(r"[A-Z]{3}[0-9]{7}").prop_map(|t| ("identifier", t)),
            re(r"[A-Za-z][a-z]{2,12}(\.|_)?[a-z0-9]{0,4}").prop_map(|t| ("username", t)),
            re(r"[1-9][0-9]{5}").prop_map(|t| ("pincode", t)),
            re(r"[a-z]{3,10}@(gmail|yahoo)\.com").prop_map(|t| ("email", t)),
            re(r"[a-z]{4,10}\.[a-z]{2,8}@abdm").prop_map(|t| ("abha_address", t)),
        ],
    ) {
        let c = compiled(strategy, "varchar(60)");
        let out = written(&c, &token).unwrap();
        prop_assert!(!holds(&out, &token), "{} wrote {:?} back: {:?}", strategy, token, out);
    }
}

#[test]
fn unreadable_values_take_the_rules_fallback_and_placeholders_stay() {
    let mask = compiled("phone", "varchar(40)");
    assert_eq!(
        written(&mask, "N/A").as_deref(),
        Some("N/A"),
        "a placeholder holds nothing"
    );
    assert_eq!(written(&mask, "").as_deref(), Some(""));
    let masked = written(&mask, "call Ravi").unwrap();
    assert_eq!(masked.len(), "call Ravi".len());
    assert!(
        !masked.contains("Ravi") && !masked.contains("call"),
        "{masked}"
    );
    assert_eq!(
        mask.fallbacks(),
        1,
        "the placeholder and the empty value are not counted"
    );
    let null = compiled("{phone: {on_unparsed: null}}", "varchar(40)");
    let mut buf = Vec::new();
    let form = null
        .generate(Some(b"call Ravi"), ValueKind::Str, &Row::empty(), &mut buf)
        .unwrap();
    assert_eq!(form, Form::Null);
    let fixed = compiled(
        "{birth_date: {on_unparsed: {fixed: 'unknown'}}}",
        "varchar(40)",
    );
    assert_eq!(
        written(&fixed, "sometime in spring").as_deref(),
        Some("unknown")
    );
    let error = compiled("{round: {on_unparsed: error}}", "varchar(40)");
    let e = error
        .generate(
            Some(b"about forty"),
            ValueKind::Str,
            &Row::empty(),
            &mut buf,
        )
        .unwrap_err();
    assert!(e.contains("on_unparsed") && !e.contains("forty"), "{e}");
    // A DATE column takes no mask: NULL, or 1970-01-01 in a NOT NULL column.
    let date = compiled("birth_date", "date");
    assert_eq!(written(&date, "2020-00-00").as_deref(), Some(""));
    assert_eq!(written(&date, "0000-00-00").as_deref(), Some("0000-00-00"));
}

#[test]
fn username_keeps_its_listed_accounts_and_rewrites_the_rest() {
    let c = compiled(
        "{username: {keep_values: [admin, uat.tester]}}",
        "varchar(50)",
    );
    assert_eq!(written(&c, "Admin").as_deref(), Some("Admin"));
    assert_eq!(written(&c, "UAT.Tester").as_deref(), Some("UAT.Tester"));
    let anm = written(&c, "anm.pune04").unwrap();
    assert_ne!(anm, "anm.pune04");
    assert_eq!(written(&c, "ANM.Pune04").unwrap().to_ascii_lowercase(), anm);
    // Devanagari login names take the fallback (masked), never themselves.
    let dev = written(&c, "रमेश").unwrap();
    assert!(!dev.contains("रमेश"), "{dev}");
}
