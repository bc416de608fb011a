//! The synthetic people: seeded, deterministic, with Indian names, numbers and places, and the
//! notes that mention them as real notes do.

use crate::dump::synth::Rng;
use crate::pii::formats::verhoeff_digit;

/// Given names and surnames of the synthetic people: deliberately not the fakes' lists, so an
/// anonymized name can be told from a source name.
pub(super) const MALE: &[&str] = &[
    "Abhay",
    "Bhupinder",
    "Chiranjeevi",
    "Dhananjay",
    "Eshwar",
    "Girish",
    "Hemant",
    "Jitendra",
    "Kamlesh",
    "Lakshman",
    "Madhav",
    "Narendra",
    "Omkar",
    "Parag",
    "Raghunath",
    "Shailesh",
    "Tushar",
    "Umesh",
    "Vasant",
    "Yogendra",
];
pub(super) const FEMALE: &[&str] = &[
    "Aparna",
    "Bhagyashree",
    "Charulata",
    "Damayanti",
    "Ekta",
    "Gayatri",
    "Hemlata",
    "Jayshree",
    "Kalpana",
    "Leela",
    "Malati",
    "Nirmala",
    "Padmini",
    "Rukmini",
    "Shalini",
    "Trupti",
    "Urmila",
    "Vaishali",
    "Yashoda",
    "Kusum",
];
pub(super) const SURNAMES: &[&str] = &[
    "Deshpande",
    "Pradhan",
    "Chakraborty",
    "Bhattacharya",
    "Srivastava",
    "Mandal",
    "Kushwaha",
    "Choudhary",
    "Nayak",
    "Trivedi",
    "Tripathi",
    "Behera",
    "Mohanty",
    "Bora",
    "Kalita",
    "Hazarika",
    "Upadhyay",
    "Gaikwad",
    "Prajapati",
    "Saikia",
];
const VILLAGES: &[&str] = &[
    "Rampur Khurd",
    "Sonapur",
    "Dhekiajuli",
    "Barpeta Road",
    "Kalyanpur",
    "Bishnupur",
    "Haripur",
    "Moranhat",
    "Tezpur Gaon",
    "Chandrapur",
    "Lakhipur",
    "Narayanpur",
];
const LOCALITIES: &[&str] = &[
    "Gandhi Nagar",
    "Station Road",
    "Nehru Colony",
    "Bazar Para",
    "Shiv Mandir Lane",
    "Ward No 4",
    "Masjid Road",
    "Tea Garden Line",
];
const DISTRICTS: &[(&str, &str)] = &[
    ("Kamrup", "Assam"),
    ("Nagaon", "Assam"),
    ("Dibrugarh", "Assam"),
    ("Pune", "Maharashtra"),
    ("Lucknow", "Uttar Pradesh"),
    ("Mysuru", "Karnataka"),
];
const COMPLAINTS: &[&str] = &[
    "fever and body ache since 3 days",
    "cough with sputum for two weeks",
    "pain in lower abdomen",
    "headache and giddiness",
    "swelling in both legs",
    "loose motions since yesterday",
];

/// One synthetic person: everything the central tables say about them.
#[derive(Debug, Clone)]
pub struct Person {
    /// Beneficiary registration ID (the same in every database).
    pub ben_reg_id: u64,
    /// Public beneficiary number.
    pub beneficiary_id: u64,
    pub(super) male: bool,
    pub(super) first: &'static str,
    pub(super) middle: &'static str,
    pub(super) last: &'static str,
    pub(super) father: &'static str,
    pub(super) mother: &'static str,
    pub(super) spouse: &'static str,
    pub(super) dob: (u32, u32, u32),
    /// Mobile number, 10 digits.
    pub phone: String,
    pub(super) alt_phone: String,
    pub(super) email: String,
    pub(super) aadhaar: String,
    pub(super) pan: String,
    pub(super) voter_id: String,
    pub(super) abha_number: String,
    pub(super) abha_address: String,
    pub(super) account: String,
    pub(super) ifsc: String,
    pub(super) house: String,
    pub(super) village: &'static str,
    pub(super) district: &'static str,
    pub(super) state: &'static str,
    pub(super) pincode: String,
    pub(super) lat: f64,
    pub(super) lon: f64,
    pub(super) rch: u64,
    /// The ASHA or ANM who registered the person.
    pub(super) worker: (&'static str, &'static str),
    pub(super) digipin: String,
}

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| (b'0' + rng.below(10) as u8) as char)
        .collect()
}

impl Person {
    /// Person number `i` of the data set seeded by `seed`.
    pub fn new(seed: u64, i: u64) -> Person {
        let mut rng = Rng::new(seed ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let male = rng.below(2) == 0;
        let first = if male {
            rng.pick(MALE)
        } else {
            rng.pick(FEMALE)
        };
        let last = rng.pick(SURNAMES);
        let mut aadhaar = format!("{}{}", 2 + rng.below(8), digits(&mut rng, 10));
        let check = verhoeff_digit(aadhaar.as_bytes());
        aadhaar.push(check as char);
        let letters = |rng: &mut Rng, n: usize| -> String {
            (0..n)
                .map(|_| (b'A' + rng.below(26) as u8) as char)
                .collect()
        };
        let pan = format!(
            "{}P{}{}{}",
            letters(&mut rng, 3),
            letters(&mut rng, 1),
            digits(&mut rng, 4),
            letters(&mut rng, 1)
        );
        let voter_id = format!("{}{}", letters(&mut rng, 3), digits(&mut rng, 7));
        let (district, state) = DISTRICTS[rng.below(DISTRICTS.len() as u64) as usize];
        let phone = format!("{}{}", 6 + rng.below(4), digits(&mut rng, 9));
        let alt_phone = format!("{}{}", 6 + rng.below(4), digits(&mut rng, 9));
        let account_len = 11 + rng.below(5) as usize;
        Person {
            ben_reg_id: 1_000_000_000 + i * 37 + 11,
            beneficiary_id: 500_000_000 + i * 53 + 7,
            male,
            first,
            middle: if male {
                rng.pick(MALE)
            } else {
                rng.pick(FEMALE)
            },
            last,
            father: rng.pick(MALE),
            mother: rng.pick(FEMALE),
            spouse: if male {
                rng.pick(FEMALE)
            } else {
                rng.pick(MALE)
            },
            dob: (
                1950 + rng.below(65) as u32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            ),
            email: format!(
                "{}.{}{}@gmail.com",
                first.to_lowercase(),
                last.to_lowercase(),
                i
            ),
            abha_number: format!(
                "91-{}-{}-{}",
                digits(&mut rng, 4),
                digits(&mut rng, 4),
                digits(&mut rng, 4)
            ),
            abha_address: format!("{}{}{}@abdm", first.to_lowercase(), last.to_lowercase(), i),
            account: digits(&mut rng, account_len),
            ifsc: format!("SBIN0{}", digits(&mut rng, 6)),
            house: format!("H.No {}, {}", 1 + rng.below(400), rng.pick(LOCALITIES)),
            village: rng.pick(VILLAGES),
            district,
            state,
            pincode: format!("{}{}", 11 + rng.below(88), digits(&mut rng, 4)),
            lat: 20.0 + rng.below(80_000) as f64 / 10_000.0,
            lon: 75.0 + rng.below(150_000) as f64 / 10_000.0,
            rch: 1_000_000_000 + rng.below(8_000_000_000),
            worker: (rng.pick(FEMALE), rng.pick(SURNAMES)),
            digipin: {
                const A: &[u8] = b"23456789CFJKLMPT";
                let mut c = || char::from(A[rng.below(16) as usize]);
                format!(
                    "{}{}{}-{}{}{}-{}{}{}{}",
                    c(),
                    c(),
                    c(),
                    c(),
                    c(),
                    c(),
                    c(),
                    c(),
                    c(),
                    c()
                )
            },
            phone,
            alt_phone,
            aadhaar,
            pan,
            voter_id,
        }
    }

    /// Full name as registered.
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    pub(super) fn note(&self, visit: u64, rng: &mut Rng) -> String {
        let c = rng.pick(COMPLAINTS);
        let sex = if self.male { 'M' } else { 'F' };
        let age = 2026 - self.dob.0;
        match visit % 6 {
            // Names the way staff write them, without a cue word: in capitals, after a colon,
            // before an age/sex tag, the health worker by name.
            3 => {
                return format!(
                    "{} {} C/O {}. ASHA: {} {} visited.",
                    self.first.to_uppercase(),
                    self.last.to_uppercase(),
                    c.to_uppercase(),
                    self.worker.0,
                    self.worker.1
                )
            }
            4 => return format!("{}, {age}/{sex}, {c}; referred to CHC.", self.first),
            5 => {
                return format!(
                    "Seen with {} {} at home: {c}, Malaria RDT negative.",
                    self.mother, self.last
                )
            }
            _ => {}
        }
        match visit % 3 {
            0 => format!(
                "Caller {} (mobile {}) reports {c}; advised visit to PHC.",
                self.full_name(),
                self.phone
            ),
            1 => format!(
                "Patient {} complains of {c}. Relative reachable on +91 {}. Aadhaar {} seen.",
                self.full_name(),
                self.alt_phone,
                self.aadhaar
            ),
            _ => format!(
                "Follow-up call to {} on {}: {c}, improving.",
                self.first, self.phone
            ),
        }
    }
}
