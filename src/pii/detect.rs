//! Pattern detectors for personal data in values: Indian mobile numbers, Aadhaar numbers
//! (Verhoeff-valid only), PAN, ABHA numbers and email addresses. Each hit comes with its
//! normalized form (digits only, upper- or lower-cased), which is what fingerprints are taken
//! of; hits are never printed.

use regex::bytes::Regex;

use super::patterns::PerThread;

use super::formats::{
    verhoeff_valid, AADHAAR_SHAPE, ABHA_PATTERN, EMAIL_PATTERN, MOBILE_PATTERN, PAN_PATTERN,
};

/// What a detector looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Detector {
    /// 10 digits starting 6–9, optionally `+91`/`0` in front, spaces or dashes inside.
    Mobile,
    /// 12 digits, first 2–9, with a valid Verhoeff check digit.
    Aadhaar,
    /// Five capital letters (the fourth a holder type: P, C, H, F, A, T, B, L, J, G), four
    /// digits, one capital letter.
    Pan,
    /// 14-digit ABHA number written `NN-NNNN-NNNN-NNNN`, or a whole value of 14 digits.
    Abha,
    /// An email address (filtered by domain by the caller), also one written with `[at]` and
    /// `[dot]` (its hit is the address it spells).
    Email,
}

impl Detector {
    /// Every detector.
    pub const ALL: [Detector; 5] = [
        Detector::Mobile,
        Detector::Aadhaar,
        Detector::Pan,
        Detector::Abha,
        Detector::Email,
    ];

    /// Name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Detector::Mobile => "mobile",
            Detector::Aadhaar => "aadhaar",
            Detector::Pan => "pan",
            Detector::Abha => "abha",
            Detector::Email => "email",
        }
    }

    /// The fingerprint domain of this detector's hits (shared with the strategies that generate
    /// such values).
    pub fn domain(self) -> &'static str {
        match self {
            Detector::Mobile => "phone",
            Detector::Aadhaar => "aadhaar",
            Detector::Pan => "pan",
            Detector::Abha => "abha",
            Detector::Email => "email",
        }
    }
}

fn regexes() -> &'static [Regex; 5] {
    static R: PerThread<[Regex; 5]> = PerThread::new(|| {
        [
            Regex::new(MOBILE_PATTERN).expect("mobile"),
            Regex::new(AADHAAR_SHAPE).expect("aadhaar"),
            Regex::new(PAN_PATTERN).expect("pan"),
            Regex::new(&format!(r"{ABHA_PATTERN}|^\d{{14}}$")).expect("abha"),
            Regex::new(EMAIL_PATTERN).expect("email"),
        ]
    });
    R.get()
}

/// Which detectors can possibly match `v`, from one pass over its bytes: the numbers need ten
/// digits, PAN six capital letters and four digits, email an `@`.
fn candidates(v: &[u8]) -> [bool; 5] {
    let (mut digits, mut upper, mut lower, mut at) = (0usize, 0usize, 0usize, false);
    for &b in v {
        digits += usize::from(b.is_ascii_digit());
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
        at |= b == b'@';
    }
    let numbers = digits >= 10;
    [
        numbers,
        numbers && digits >= 12,
        (upper >= 6 || lower >= 6) && digits >= 4,
        numbers && digits >= 14,
        at,
    ]
}

/// The normal form of a hit: digits only for numbers, upper case for PAN, lower case for email.
pub fn normalize(d: Detector, hit: &[u8]) -> Vec<u8> {
    match d {
        Detector::Mobile => {
            let digits: Vec<u8> = hit.iter().copied().filter(u8::is_ascii_digit).collect();
            digits[digits.len().saturating_sub(10)..].to_vec()
        }
        Detector::Aadhaar | Detector::Abha => {
            hit.iter().copied().filter(u8::is_ascii_digit).collect()
        }
        Detector::Pan => hit.to_ascii_uppercase(),
        Detector::Email => hit.to_ascii_lowercase(),
    }
}

/// True when a column of SQL type `sql_type` cannot hold any pattern (dates, times, decimals,
/// floats, ENUM/SET, BIT, YEAR): `verify` does not scan it.
pub fn type_cannot_match(sql_type: &str) -> bool {
    let t = sql_type.trim_start().to_ascii_lowercase();
    [
        "date",
        "time",
        "year",
        "decimal",
        "numeric",
        "float",
        "double",
        "real",
        "enum",
        "set(",
        "bit",
        "bool",
        "tinyint",
        "smallint",
        "mediumint",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// Call `f(detector, normalized hit, email domain)` for every hit in `v`. The email domain is
/// given (lower case) for [`Detector::Email`] hits so callers can skip generated domains.
pub fn detect(v: &[u8], mut f: impl FnMut(Detector, Vec<u8>, Option<&[u8]>)) {
    // Digits of the Indian scripts read as ASCII (`९८३३१ ७९१६५` is a mobile too).
    let v = &*crate::pii::formats::with_ascii_digits(v);
    // Emails written to dodge harvesters (`ravi [at] gmail [dot] com`), as the address.
    super::formats::hidden_emails(v, |_, _, address| {
        let at = address
            .iter()
            .rposition(|b| *b == b'@')
            .map_or(0, |i| i + 1);
        let domain = address[at..].to_vec();
        f(Detector::Email, address, Some(&domain));
    });
    let wanted = candidates(v);
    if !wanted.contains(&true) {
        return;
    }
    let r = regexes();
    for d in Detector::ALL {
        if !wanted[d as usize] {
            continue;
        }
        let re = &r[d as usize];
        for m in re.find_iter(v) {
            let hit = m.as_bytes();
            let norm = normalize(d, hit);
            if d == Detector::Aadhaar && !verhoeff_valid(&norm) {
                continue;
            }
            // A PAN in small letters joined to an email or a path is part of that token.
            let joined = |b: Option<&u8>| b.is_some_and(|b| b"@._-/\\".contains(b));
            if d == Detector::Pan
                && hit[0].is_ascii_lowercase()
                && (joined(m.start().checked_sub(1).and_then(|i| v.get(i)))
                    || joined(v.get(m.end())))
            {
                continue;
            }
            if d == Detector::Email {
                // The domain: after the last `@` of the match.
                let at = hit.iter().rposition(|b| *b == b'@').map_or(0, |i| i + 1);
                let domain = hit[at..].to_ascii_lowercase();
                f(d, norm, Some(&domain));
            } else {
                f(d, norm, None);
            }
        }
    }
}

/// True when `domain` is one the tool's fakes use or that can never be a real mailbox: the
/// RFC 2606 / 6761 names (`example.org|com|net`, `*.example`, `*.invalid`, `*.test`,
/// `localhost`) or one of `extra` (the rules' own `reserved_domain`s).
pub fn is_generated_domain(domain: &[u8], extra: &[String]) -> bool {
    // Compared without case and without allocating: this runs for every email the gate reads.
    let d = domain;
    let is = |s: &str| d.eq_ignore_ascii_case(s.as_bytes());
    let ends =
        |s: &str| d.len() >= s.len() && d[d.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
    let reserved = ["example.org", "example.com", "example.net", "localhost"];
    reserved
        .iter()
        .any(|r| is(r) || (ends(r) && d.len() > r.len() && d[d.len() - r.len() - 1] == b'.'))
        || [".example", ".invalid", ".test", ".localhost"]
            .iter()
            .any(|s| ends(s) || is(&s[1..]))
        || extra.iter().any(|e| is(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(v: &str) -> Vec<(Detector, String)> {
        let mut out = Vec::new();
        detect(v.as_bytes(), |d, n, _| {
            out.push((d, String::from_utf8(n).unwrap()))
        });
        out
    }

    #[test]
    fn finds_each_kind_in_free_text() {
        let h = hits("call +91 98765 43210 or 09123456789; UID 2345 6789 0124; PAN ABCPE1234F; ABHA 91-1234-5678-9012; mail ravi.k@gmail.com");
        assert!(
            h.contains(&(Detector::Mobile, "9876543210".into())),
            "{h:?}"
        );
        assert!(
            h.contains(&(Detector::Mobile, "9123456789".into())),
            "{h:?}"
        );
        assert!(h.contains(&(Detector::Pan, "ABCPE1234F".into())));
        assert!(h.contains(&(Detector::Abha, "91123456789012".into())));
        assert!(h.contains(&(Detector::Email, "ravi.k@gmail.com".into())));
    }

    #[test]
    fn numbers_in_the_digits_of_indian_scripts() {
        for v in [
            "संपर्क ९८३३१७९१६५",
            "ফোন ৯৮৩৩১ ৭৯১৬৫",
            "ಫೋನ್ +91 ೯೮೩೩೧-೭೯೧೬೫",
            "mob ९८३३१79165",
        ] {
            assert_eq!(
                hits(v),
                vec![(Detector::Mobile, "9833179165".to_string())],
                "{v}"
            );
        }
        assert!(
            hits("आधार २३४५ ६७८९ ०१२४").contains(&(Detector::Aadhaar, "234567890124".to_string()))
        );
        assert!(hits("३ दिन से बुखार, ५०० mg").is_empty());
    }

    #[test]
    fn aadhaar_in_groups_with_any_separator() {
        for v in [
            "UID 2345 6789 0124",
            "UID 2345.6789.0124",
            "UID 2345/6789/0124",
            "UID 2345  6789  0124",
            "UID 2345 - 6789 - 0124.",
        ] {
            assert_eq!(
                hits(v),
                vec![(Detector::Aadhaar, "234567890124".to_string())],
                "{v}"
            );
        }
    }

    #[test]
    fn aadhaar_needs_a_valid_verhoeff_digit() {
        // 234567890124 is Verhoeff-valid; changing the last digit makes it invalid.
        assert!(verhoeff_valid(b"234567890124"));
        assert!(hits("id 234567890124")
            .iter()
            .any(|h| h.0 == Detector::Aadhaar));
        assert!(!hits("id 234567890125")
            .iter()
            .any(|h| h.0 == Detector::Aadhaar));
        assert!(!hits("id 134567890124")
            .iter()
            .any(|h| h.0 == Detector::Aadhaar));
    }

    #[test]
    fn pan_is_upper_case_with_a_holder_type() {
        assert!(hits("ABCPE1234F").iter().any(|h| h.0 == Detector::Pan));
        assert_eq!(
            hits("pan no. woxpn3574f given"),
            vec![(Detector::Pan, "WOXPN3574F".to_string())]
        );
        for not in [
            "woxpn3574f@gmail.com",
            "mail x.woxpn3574f@gmail.com",
            "/uploads/woxpn3574f/scan.pdf",
            "Woxpn3574f",
            "woxdn3574f",
        ] {
            assert!(!hits(not).iter().any(|h| h.0 == Detector::Pan), "{not}");
        }
        assert!(!hits("abcpe1234f@example.org")
            .iter()
            .any(|h| h.0 == Detector::Pan));
        assert!(
            !hits("ABCDE1234F").iter().any(|h| h.0 == Detector::Pan),
            "D is no holder type"
        );
    }

    #[test]
    fn not_mobiles() {
        assert!(hits("5876543210 12345 2024-01-05 10:00:00").is_empty());
        assert!(hits("no digits here").is_empty());
        // Readings with parentheses around a short number are no phone.
        assert!(hits("Hb 9.8 (11) g/dL, BP 120/80 (sitting), pulse 88 (reg) 72").is_empty());
        assert!(hits("ward (9) bed 12, (983) items").is_empty());
        assert!(hits("Temp 98.6 - 99.1 - 98.4, BP 90/60 - 92/64, 2024-01-05").is_empty());
    }

    #[test]
    fn mobiles_in_parentheses_and_with_typographic_dashes() {
        for v in [
            "husband +91 (983) 317-9165 evenings",
            "call (983) 317-9165",
            "call (9833) 179-165",
            "ph:(98331) 79165.",
            "0091 (983) 317 9165",
            "(+91) (983)-317-9165",
            "ring 98331–79165 or",
            "ring +91—98331—79165",
            "ring 98331\u{a0}79165",
            "ring 983  317  9165",
            "ring 98331 - 79165 after six",
            "ring 98331_79165 after six",
        ] {
            assert_eq!(
                hits(v),
                vec![(Detector::Mobile, "9833179165".to_string())],
                "{v}"
            );
        }
    }

    #[test]
    fn emails_written_to_dodge_harvesters_are_the_address_they_spell() {
        for v in [
            "mail ravi.k [at] gmail [dot] com today",
            "mail Ravi.K(at)Gmail(dot)com",
            "mail ravi.k (@) gmail.com",
            "mail ravi.k at gmail dot com",
            "mail ravi.k@gmail DOT com",
            "mail ravi.k{at}gmail.com",
        ] {
            assert_eq!(
                hits(v),
                vec![(Detector::Email, "ravi.k@gmail.com".to_string())],
                "{v}"
            );
        }
        for v in [
            "son: anu [at] yahoo [dot] co [dot] in",
            "son: anu(at)yahoo.co.in.",
        ] {
            assert_eq!(
                hits(v),
                vec![(Detector::Email, "anu@yahoo.co.in".to_string())],
                "{v}"
            );
        }
        // `at` before a place, dots in numbers, `dot` alone: no address.
        for v in [
            "seen at Hubli.Dharwad on 12.05.2024",
            "BP taken (at) rest, 120/80",
            "a dot on the skin at the elbow",
            "review at PHC dot 5",
            "pain (at) night.Patient advised rest",
        ] {
            assert!(hits(v).is_empty(), "{v}");
        }
    }

    #[test]
    fn generated_domains() {
        assert!(is_generated_domain(b"example.org", &[]));
        assert!(is_generated_domain(b"mail.example.com", &[]));
        assert!(is_generated_domain(b"uat.invalid", &[]));
        assert!(!is_generated_domain(b"gmail.com", &[]));
        assert!(is_generated_domain(b"fake.in", &["fake.in".into()]));
    }
}
