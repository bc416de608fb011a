//! Synthetic AMRIT dumps: one mysqldump-format file per AMRIT database, with the real schema
//! (every table, from the schema facts) and rows for the central tables — beneficiary mapping,
//! details, addresses, contacts, identities, accounts, health IDs, visits, calls, complaints and
//! the reporting dimension and facts. Every person is synthetic (seeded, deterministic): Indian
//! names, mobile numbers, Verhoeff-valid Aadhaar numbers, PAN, ABHA, accounts; the same
//! BenRegID in all four databases (db_1097_identity holds every third person); and call remarks
//! and complaints that mention the person's own name and phone, as real notes do.
//!
//! What a column holds comes from this generator's own description of AMRIT data ([`holds`]),
//! never from the rules: the rules are what is under test. Personal data sits where AMRIT's
//! production puts it, including where column names do not say so (`SMS_Ph`,
//! `EmergencyContactNum`, `*AddressValue`, `*Coordinate` text, `digipin`, `HealthCareWorker`,
//! `IdentityFilePath`, `RecordingFilePath`, `ExtraFields` JSON); other columns get plain values of
//! their type. Size is a parameter: the number of people is chosen so that
//! the four files together come to about the requested bytes.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::amrit::facts::DatabaseFacts;
use crate::dump::coltype::ColumnType;
use crate::dump::literal::escape_into;
use crate::dump::schema::TableSchema;
use crate::dump::synth::Rng;
use crate::pii::formats::verhoeff_digit;
use crate::rules::spec::{NameKind, PlaceKind};

/// The tables that get rows: (database, table, rows per person, every n-th person only).
pub const CENTRAL: &[(&str, &str, u64, u64)] = &[
    ("db_identity", "m_beneficiaryregidmapping", 1, 1),
    ("db_identity", "i_beneficiarymapping", 1, 1),
    ("db_identity", "i_beneficiarydetails", 1, 1),
    ("db_identity", "i_beneficiaryaddress", 1, 1),
    ("db_identity", "i_beneficiarycontacts", 1, 1),
    ("db_identity", "i_beneficiaryidentity", 1, 1),
    ("db_identity", "i_beneficiaryaccount", 1, 1),
    ("db_identity", "i_beneficiaryimage", 1, 4),
    ("db_1097_identity", "m_beneficiaryregidmapping", 1, 3),
    ("db_1097_identity", "i_beneficiarymapping", 1, 3),
    ("db_1097_identity", "i_beneficiarydetails", 1, 3),
    ("db_1097_identity", "i_beneficiarycontacts", 1, 3),
    ("db_iemr", "m_benhealthidmapping", 1, 1),
    ("db_iemr", "t_healthid", 1, 1),
    ("db_iemr", "t_benvisitdetail", 2, 1),
    ("db_iemr", "t_bencall", 2, 1),
    ("db_iemr", "t_benchiefcomplaint", 2, 1),
    ("db_iemr", "t_user_activity_logs", 1, 4),
    ("db_reporting", "dim_beneficiary", 1, 1),
    ("db_reporting", "fact_bencall", 2, 1),
    ("db_reporting", "fact_benvisitdetail", 2, 1),
];

/// Given names and surnames of the synthetic people: deliberately not the fakes' lists, so an
/// anonymized name can be told from a source name.
const MALE: &[&str] = &[
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
const FEMALE: &[&str] = &[
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
const SURNAMES: &[&str] = &[
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
    male: bool,
    first: &'static str,
    middle: &'static str,
    last: &'static str,
    father: &'static str,
    mother: &'static str,
    spouse: &'static str,
    dob: (u32, u32, u32),
    /// Mobile number, 10 digits.
    pub phone: String,
    alt_phone: String,
    email: String,
    aadhaar: String,
    pan: String,
    voter_id: String,
    abha_number: String,
    abha_address: String,
    account: String,
    ifsc: String,
    house: String,
    village: &'static str,
    district: &'static str,
    state: &'static str,
    pincode: String,
    lat: f64,
    lon: f64,
    rch: u64,
    /// The ASHA or ANM who registered the person.
    worker: (&'static str, &'static str),
    digipin: String,
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

    fn note(&self, visit: u64, rng: &mut Rng) -> String {
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

/// A value before it is written: text (quoted, cut to the column), a bare number, or NULL.
enum Val {
    Text(String),
    Num(String),
    /// Binary data, written as `mysqldump --hex-blob` writes blobs (`0x…`), which keeps the
    /// sample files text.
    Bytes(Vec<u8>),
    Null,
}

/// A tiny JPEG (start, comment, end) whose comment segment holds `text`: what a camera app's
/// metadata leaves in a picture.
fn jpeg_with_comment(text: &str) -> Vec<u8> {
    let len = (text.len() + 2) as u16;
    let mut p = vec![0xFF, 0xD8, 0xFF, 0xFE];
    p.extend_from_slice(&len.to_be_bytes());
    p.extend_from_slice(text.as_bytes());
    p.extend_from_slice(&[0x00, 0x10, 0xFF, 0x7F, 0xFF, 0xD9]);
    p
}

fn date_val(ty: &ColumnType, (y, m, d): (u32, u32, u32)) -> Val {
    match ty {
        ColumnType::DateTime => Val::Text(format!("{y:04}-{m:02}-{d:02} 00:00:00")),
        ColumnType::Int { .. } | ColumnType::Year => Val::Num(y.to_string()),
        _ => Val::Text(format!("{y:04}-{m:02}-{d:02}")),
    }
}

/// A plain value of the column's type (for `keep` columns), varied by row.
fn filler(col: &str, ty: &ColumnType, row: u64, p: &Person, rng: &mut Rng) -> Val {
    let lc = col.to_ascii_lowercase();
    match ty {
        ColumnType::Int { min, max } => {
            let v: i128 = if lc.ends_with("id") || lc.ends_with("no") {
                row as i128
            } else if lc == "age" {
                (2026 - p.dob.0) as i128
            } else {
                rng.below(5) as i128 + 1
            };
            Val::Num(v.clamp(*min, *max).to_string())
        }
        ColumnType::Decimal { precision, scale } => {
            let int_digits = precision.saturating_sub(*scale).min(3);
            let whole = if int_digits == 0 {
                0
            } else {
                rng.below(10u64.pow(int_digits))
            };
            Val::Num(
                format!("{whole}.{}", "5".repeat(*scale as usize))
                    .trim_end_matches('.')
                    .to_string(),
            )
        }
        ColumnType::Float => Val::Num(format!("{}.25", rng.below(100))),
        ColumnType::Date => Val::Text(format!("2025-{:02}-{:02}", 1 + row % 12, 1 + row % 28)),
        ColumnType::DateTime => Val::Text(format!(
            "2025-{:02}-{:02} {:02}:{:02}:00",
            1 + row % 12,
            1 + row % 28,
            8 + row % 10,
            row % 60
        )),
        ColumnType::Time => Val::Text(format!("{:02}:{:02}:00", 8 + row % 10, row % 60)),
        ColumnType::Year => Val::Num("2025".into()),
        ColumnType::Enum(m) => m.first().map_or(Val::Null, |v| Val::Text(v.clone())),
        ColumnType::Set(_) => Val::Text(String::new()),
        ColumnType::Bit(_) => Val::Num(
            if lc.contains("deleted") {
                "b'0'"
            } else {
                "b'1'"
            }
            .into(),
        ),
        ColumnType::Json => Val::Text("{}".into()),
        ColumnType::Text { .. } => Val::Text(if lc.contains("gender") {
            if p.male { "Male" } else { "Female" }.into()
        } else if lc.contains("district") {
            p.district.into()
        } else if lc.contains("state") {
            p.state.into()
        } else if lc.ends_with("by") {
            "admin".into()
        } else if lc == "processed" {
            "N".into()
        } else {
            format!("{}{}", &col[..col.len().min(6)], row % 97)
        }),
        _ => Val::Null,
    }
}

/// What a column of the central tables holds, in this generator's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// A person's id in a domain (`ben_reg_id`, `beneficiary_id`, anything else: RCH).
    Id(&'static str),
    /// A name of the person or a relative.
    Name(NameKind),
    /// A health worker's full name.
    StaffName,
    /// The login name of the health worker who wrote the row (`ramesh.k`, sometimes
    /// `Ramesh.K`; a few rows by the service account `admin`).
    StaffLogin,
    /// The person's mobile (alternate for emergency and second numbers).
    Phone,
    /// The person's email.
    Email,
    /// A house and locality line.
    AddressLine,
    /// The whole address as one string, with village, district and PIN.
    FullAddress,
    /// A village, district or state.
    Place(PlaceKind),
    /// A PIN code.
    Pincode,
    /// An identity document number: Aadhaar for most people, a voter ID or PAN for some.
    IdentityNo,
    /// The scanned identity document's path, named after the person.
    IdentityFile,
    /// A call recording's path, named after the caller's phone.
    RecordingFile,
    /// A visit report's path, named after the person.
    ReportFile,
    /// ABHA number.
    AbhaNumber,
    /// ABHA address.
    AbhaAddress,
    /// Bank account number.
    BankAccount,
    /// IFSC code.
    Ifsc,
    /// A latitude or longitude as a number.
    Coordinate,
    /// `lat,long` as text.
    CoordinatePair,
    /// The home's DIGIPIN.
    Digipin,
    /// Date of birth.
    BirthDate,
    /// A call or visit note that mentions the person.
    Note,
    /// A JSON document of extra registration fields (relative's phone and name).
    Json,
    /// The person's photo as the registration app stores it: base64 JPEG text, sometimes a
    /// `data:` URI, whose comment segment carries the name and phone.
    Photo,
    /// The health worker's attendance selfie: raw JPEG bytes whose comment carries the
    /// worker's name.
    Selfie,
    /// Nothing personal: a plain value of the column's type.
    Plain,
}

/// What `table.column` of the central tables holds (AMRIT's production layout, as this
/// generator describes it; the rules are never read).
pub fn holds(table: &str, column: &str) -> Holds {
    let c = column.to_ascii_lowercase();
    let t = table.to_ascii_lowercase();
    let phone_cols = [
        "preferredphonenum",
        "preferredsmsphonenum",
        "emergencycontactnum",
        "phonenum1",
        "phonenum2",
        "phonenum3",
        "phonenum4",
        "phonenum5",
        "phoneno",
        "sms_ph",
        "mobile",
    ];
    match c.as_str() {
        "benregid" | "beneficiaryregid" => Holds::Id("ben_reg_id"),
        "beneficiaryid" => Holds::Id("beneficiary_id"),
        "rchid" => Holds::Id("rch_id"),
        "firstname" => Holds::Name(NameKind::First),
        "middlename" => Holds::Name(NameKind::First),
        "lastname" => Holds::Name(NameKind::Last),
        "fathername" => Holds::Name(NameKind::Father),
        "mothername" => Holds::Name(NameKind::Mother),
        "spousename" => Holds::Name(NameKind::Spouse),
        "name" if t == "t_healthid" => Holds::Name(NameKind::Full),
        "healthcareworker" => Holds::StaffName,
        "createdby" | "modifiedby" | "syncedby" | "username" => Holds::StaffLogin,
        "dob" => Holds::BirthDate,
        "emailid" | "email" => Holds::Email,
        x if phone_cols.contains(&x) => Holds::Phone,
        x if x.contains("addrline") => Holds::AddressLine,
        x if x.ends_with("addressvalue") => Holds::FullAddress,
        x if x.ends_with("village") || x.ends_with("habitation") => {
            Holds::Place(PlaceKind::Village)
        }
        x if x.ends_with("district") || x == "districtname" => Holds::Place(PlaceKind::District),
        x if x.ends_with("state") && !x.contains("status") || x == "statename" => {
            Holds::Place(PlaceKind::State)
        }
        x if x.ends_with("pincode") => Holds::Pincode,
        x if x.ends_with("coordinate") => Holds::CoordinatePair,
        "gpslatitude" | "gpslongitude" => Holds::Coordinate,
        "digipin" => Holds::Digipin,
        "identityno" => Holds::IdentityNo,
        "identityfilepath" => Holds::IdentityFile,
        "recordingfilepath" => Holds::RecordingFile,
        "reportfilepath" => Holds::ReportFile,
        "healthidnumber" => Holds::AbhaNumber,
        "healthid" => Holds::AbhaAddress,
        "accountno" => Holds::BankAccount,
        "ifsccode" => Holds::Ifsc,
        "remarks" | "complaintremarks" | "description" => Holds::Note,
        "extrafields" => Holds::Json,
        "benimage" => Holds::Photo,
        "userimage" => Holds::Selfie,
        _ => Holds::Plain,
    }
}

/// The value of a column for one row, from what the column holds.
fn value(
    what: Holds,
    col: &str,
    ty: &ColumnType,
    row: u64,
    visit: u64,
    p: &Person,
    rng: &mut Rng,
) -> Val {
    let lc = col.to_ascii_lowercase();
    let num_or_text = |s: String| match ty {
        ColumnType::Int { .. } => Val::Num(s),
        _ => Val::Text(s),
    };
    let lower = |s: &str| s.to_ascii_lowercase();
    match what {
        Holds::Id(domain) => num_or_text(
            match domain {
                "ben_reg_id" => p.ben_reg_id,
                "beneficiary_id" => p.beneficiary_id,
                _ => p.rch,
            }
            .to_string(),
        ),
        Holds::Name(kind) => Val::Text(match kind {
            NameKind::First if lc.contains("middle") => p.middle.to_string(),
            NameKind::First => p.first.to_string(),
            NameKind::Last => p.last.to_string(),
            NameKind::Father => format!("{} {}", p.father, p.last),
            NameKind::Mother => format!("{} {}", p.mother, p.last),
            NameKind::Spouse => format!("{} {}", p.spouse, p.last),
            NameKind::Full => p.full_name(),
        }),
        Holds::StaffName => Val::Text(format!("{} {}", p.worker.0, p.worker.1)),
        Holds::StaffLogin => Val::Text(match row % 23 {
            0 => "admin".to_string(),
            7 => format!("{}.{}", p.worker.0, &p.worker.1[..1]),
            _ => format!("{}.{}", lower(p.worker.0), lower(&p.worker.1[..1])),
        }),
        Holds::Phone => {
            let ph = if lc.contains("alt") || lc.contains("emerg") || lc.contains('2') {
                &p.alt_phone
            } else {
                &p.phone
            };
            // SMS gateways store the number with the country code: `91` and ten digits.
            if lc == "sms_ph" {
                num_or_text(format!("91{ph}"))
            } else {
                num_or_text(ph.clone())
            }
        }
        Holds::Email => Val::Text(p.email.clone()),
        Holds::AddressLine => Val::Text(p.house.clone()),
        Holds::FullAddress => Val::Text(format!(
            "{}, {}, {}, {} {}",
            p.house, p.village, p.district, p.state, p.pincode
        )),
        Holds::Place(PlaceKind::Village) => Val::Text(p.village.into()),
        Holds::Place(PlaceKind::District) => Val::Text(p.district.into()),
        Holds::Place(PlaceKind::State) => Val::Text(p.state.into()),
        Holds::Pincode => num_or_text(p.pincode.clone()),
        Holds::IdentityNo => Val::Text(match row % 5 {
            3 => p.voter_id.clone(),
            4 => p.pan.clone(),
            _ => p.aadhaar.clone(),
        }),
        Holds::IdentityFile => Val::Text(format!(
            "/opt/amrit/uploads/identity/{}/{}_{}_{}.jpg",
            p.ben_reg_id,
            lower(p.first),
            lower(p.last),
            p.aadhaar
        )),
        Holds::RecordingFile => Val::Text(format!(
            "/recordings/2025/{:02}/{}_{}.wav",
            1 + row % 12,
            p.phone,
            row
        )),
        Holds::ReportFile => Val::Text(format!(
            "/opt/amrit/reports/{}_{}_{}.pdf",
            lower(p.first),
            lower(p.last),
            visit + 1
        )),
        Holds::AbhaNumber => Val::Text(p.abha_number.clone()),
        Holds::AbhaAddress => Val::Text(p.abha_address.clone()),
        Holds::BankAccount => num_or_text(p.account.clone()),
        Holds::Ifsc => Val::Text(p.ifsc.clone()),
        Holds::Coordinate => Val::Num(format!(
            "{:.6}",
            if lc.contains("long") { p.lon } else { p.lat }
        )),
        Holds::CoordinatePair => Val::Text(format!("{:.6},{:.6}", p.lat, p.lon)),
        Holds::Digipin => Val::Text(p.digipin.clone()),
        Holds::BirthDate => date_val(ty, p.dob),
        Holds::Note => Val::Text(p.note(visit + row, rng)),
        Holds::Json => Val::Text(format!(
            r#"{{"relativeName":"{} {}","relativeMobile":"{}","relation":"Father"}}"#,
            p.father, p.last, p.alt_phone
        )),
        Holds::Photo => {
            use base64::Engine;
            let b64 = base64::engine::general_purpose::STANDARD
                .encode(jpeg_with_comment(&format!("{} {}", p.full_name(), p.phone)));
            Val::Text(if row % 2 == 0 {
                format!("data:image/jpeg;base64,{b64}")
            } else {
                b64
            })
        }
        Holds::Selfie => Val::Bytes(jpeg_with_comment(&format!(
            "{} {} attendance",
            p.worker.0, p.worker.1
        ))),
        Holds::Plain => filler(col, ty, row, p, rng),
    }
}

/// Write one value as a SQL literal that fits the column (text cut to its length).
fn write_val(out: &mut Vec<u8>, v: Val, ty: &ColumnType, nullable: bool) {
    match v {
        Val::Null if nullable => out.extend_from_slice(b"NULL"),
        Val::Null => out.extend_from_slice(b"''"),
        Val::Num(n) => out.extend_from_slice(n.as_bytes()),
        Val::Bytes(b) => {
            out.extend_from_slice(b"0x");
            for byte in b {
                let _ = write!(out, "{byte:02X}");
            }
        }
        Val::Text(t) => {
            let cut: String = match ty.max_chars() {
                Some(m) => t.chars().take(m as usize).collect(),
                None => t,
            };
            escape_into(out, cut.as_bytes());
        }
    }
}

fn quote_ident(s: &str) -> String {
    format!("`{}`", s.replace('`', "``"))
}

/// `CREATE TABLE` for a table of the facts (columns, primary key, unique keys).
pub fn create_table(schema: &TableSchema, auto_increment: &[String]) -> String {
    let mut s = format!("CREATE TABLE {} (\n", quote_ident(&schema.name));
    let mut wide = 0u64;
    for c in &schema.columns {
        let ty = ColumnType::parse(&c.sql_type);
        if c.sql_type.to_ascii_lowercase().starts_with("varchar") {
            wide += ty.max_chars().unwrap_or(0);
        }
        let mut line = format!("  {} {}", quote_ident(&c.name), c.sql_type);
        if !c.nullable {
            line.push_str(" NOT NULL");
        } else {
            line.push_str(" DEFAULT NULL");
        }
        if auto_increment.iter().any(|a| a == &c.name) {
            line.push_str(" AUTO_INCREMENT");
        }
        let _ = writeln!(s, "{line},");
    }
    let key_part = |name: &str| {
        let c = schema.columns.iter().find(|c| c.name == name);
        let blob = c.is_some_and(|c| {
            let t = c.sql_type.to_ascii_lowercase();
            t.contains("text") || t.contains("blob") || t == "json"
        });
        if blob {
            format!("{}(255)", quote_ident(name))
        } else {
            quote_ident(name)
        }
    };
    let mut keys = Vec::new();
    if !schema.primary_key.is_empty() {
        keys.push(format!(
            "  PRIMARY KEY ({})",
            schema
                .primary_key
                .iter()
                .map(|c| key_part(c))
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    for (i, u) in schema.unique_keys.iter().enumerate() {
        keys.push(format!(
            "  UNIQUE KEY `uk_{}` ({})",
            i + 1,
            u.iter().map(|c| key_part(c)).collect::<Vec<_>>().join(",")
        ));
    }
    if keys.is_empty() {
        // Drop the trailing comma of the last column.
        s.truncate(s.len() - 2);
        s.push('\n');
    } else {
        s.push_str(&keys.join(",\n"));
        s.push('\n');
    }
    // Wide tables do not fit a 65,535-byte row in utf8mb4: use the 3-byte charset, as AMRIT's
    // own MySQL 5.7 servers did.
    let charset = if wide * 4 > 60_000 {
        "utf8mb3"
    } else {
        "utf8mb4"
    };
    let _ = writeln!(s, ") ENGINE=InnoDB DEFAULT CHARSET={charset};");
    s
}

/// What [`write_amrit_dumps`] wrote.
#[derive(Debug, Clone, Default)]
pub struct AmritSynthStats {
    /// People generated.
    pub people: u64,
    /// The files written, with their sizes in bytes.
    pub files: Vec<(PathBuf, u64)>,
    /// Rows per `db.table`.
    pub rows: Vec<(String, u64)>,
}

const HEAD: &str = "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: {DB}\n-- ------------------------------------------------------\n-- Server version\t8.0.36\n-- Synthetic AMRIT data made by `amrit-stream synth --amrit`: no real person.\n\n/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n/*!50503 SET NAMES utf8mb4 */;\n/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n";
const TAIL: &str = "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n-- Dump completed on 2026-01-01  0:00:00\n";

/// Write the dump of one database with `people` people; returns rows per table.
fn write_database(
    out: &mut dyn Write,
    db: &DatabaseFacts,
    people: u64,
    seed: u64,
) -> io::Result<Vec<(String, u64)>> {
    let mut w = io::BufWriter::with_capacity(1 << 20, out);
    w.write_all(HEAD.replace("{DB}", &db.database).as_bytes())?;
    let mut tables: Vec<&TableSchema> = db.tables.iter().collect();
    tables.sort_by(|a, b| a.name.cmp(&b.name));
    let mut counts = Vec::new();
    let mut buf = Vec::with_capacity(1 << 20);
    for t in tables {
        let name = quote_ident(&t.name);
        write!(
            w,
            "\n--\n-- Table structure for table {name}\n--\n\nDROP TABLE IF EXISTS {name};\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n{}/*!40101 SET character_set_client = @saved_cs_client */;\n",
            create_table(t, db.auto_increment.get(&t.name).map_or(&[][..], |v| v))
        )?;
        if t.name == "flyway_schema_history" {
            write_flyway_rows(&mut w, t, db.flyway_version)?;
            continue;
        }
        let Some(&(_, _, per, every)) = CENTRAL
            .iter()
            .find(|(d, n, _, _)| *d == db.database && *n == t.name)
        else {
            continue;
        };
        write!(
            w,
            "\n--\n-- Dumping data for table {name}\n--\n\nLOCK TABLES {name} WRITE;\n/*!40000 ALTER TABLE {name} DISABLE KEYS */;\n"
        )?;
        let cols: Vec<(ColumnType, Holds, bool)> = t
            .columns
            .iter()
            .map(|c| {
                (
                    ColumnType::parse(&c.sql_type),
                    holds(&t.name, &c.name),
                    c.nullable,
                )
            })
            .collect();
        let unique: Vec<bool> = t
            .columns
            .iter()
            .map(|c| {
                t.primary_key.contains(&c.name) || t.unique_keys.iter().any(|u| u.contains(&c.name))
            })
            .collect();
        let mut row = 0u64;
        buf.clear();
        for i in (0..people).filter(|i| i % every == 0) {
            let p = Person::new(seed, i);
            for visit in 0..per {
                row += 1;
                let mut rng = Rng::new(seed ^ row.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ i);
                if buf.is_empty() {
                    let _ = write!(buf, "INSERT INTO {name} VALUES (");
                } else {
                    buf.extend_from_slice(b",(");
                }
                for (j, c) in t.columns.iter().enumerate() {
                    if j > 0 {
                        buf.push(b',');
                    }
                    let (ty, s, nullable) = &cols[j];
                    let v = match s {
                        // Keys of per-person tables: the row number (unique, and the same
                        // number links a person's rows across the identity tables).
                        Holds::Plain if unique[j] => match ty {
                            ColumnType::Int { .. } => Val::Num(row.to_string()),
                            _ => Val::Text(format!("K{row}")),
                        },
                        _ => value(*s, &c.name, ty, row, visit, &p, &mut rng),
                    };
                    write_val(&mut buf, v, ty, *nullable);
                }
                buf.push(b')');
                if buf.len() > 1 << 20 {
                    buf.extend_from_slice(b";\n");
                    w.write_all(&buf)?;
                    buf.clear();
                }
            }
        }
        if !buf.is_empty() {
            buf.extend_from_slice(b";\n");
            w.write_all(&buf)?;
            buf.clear();
        }
        write!(
            w,
            "/*!40000 ALTER TABLE {name} ENABLE KEYS */;\nUNLOCK TABLES;\n"
        )?;
        counts.push((format!("{}.{}", db.database, t.name), row));
    }
    w.write_all(TAIL.as_bytes())?;
    w.flush()?;
    Ok(counts)
}

/// Counts bytes written, for sizing.
/// The Flyway history of a database at `version`: one successful migration per version, as
/// Flyway writes it (the `check` gate reads the highest one).
fn write_flyway_rows(w: &mut dyn Write, t: &TableSchema, version: u32) -> io::Result<()> {
    if version == 0 {
        return Ok(());
    }
    let name = quote_ident(&t.name);
    let cols: Vec<String> = t.columns.iter().map(|c| quote_ident(&c.name)).collect();
    write!(
        w,
        "\n--\n-- Dumping data for table {name}\n--\n\nLOCK TABLES {name} WRITE;\n/*!40000 ALTER TABLE {name} DISABLE KEYS */;\nINSERT INTO {name} ({}) VALUES ",
        cols.join(",")
    )?;
    for v in 1..=version {
        let vals: Vec<String> = t
            .columns
            .iter()
            .map(|c| match c.name.to_ascii_lowercase().as_str() {
                "installed_rank" | "execution_time" => v.to_string(),
                "version" => format!("'{v}'"),
                "description" => format!("'migration {v}'"),
                "type" => "'SQL'".into(),
                "script" => format!("'V{v}__migration_{v}.sql'"),
                "checksum" => (1_000_000 + v * 7919).to_string(),
                "installed_by" => "'amrit'".into(),
                "installed_on" => "'2025-01-01 00:00:00'".into(),
                "success" => "1".into(),
                _ => "NULL".into(),
            })
            .collect();
        let sep = if v == version { ";\n" } else { "," };
        write!(w, "({}){sep}", vals.join(","))?;
    }
    write!(
        w,
        "/*!40000 ALTER TABLE {name} ENABLE KEYS */;\nUNLOCK TABLES;\n"
    )
}

struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0 += b.len() as u64;
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Write `DIR/<database>.sql` for each database of the facts, about `target_bytes` in all.
///
/// # Errors
/// Write errors (each file is written whole or not at all is up to the caller's directory).
pub fn write_amrit_dumps(
    facts: &[DatabaseFacts],
    dir: &Path,
    target_bytes: u64,
    seed: u64,
) -> io::Result<AmritSynthStats> {
    let size_for = |people: u64| -> io::Result<u64> {
        let mut total = 0;
        for db in facts {
            let mut c = Counter(0);
            write_database(&mut c, db, people, seed)?;
            total += c.0;
        }
        Ok(total)
    };
    let base = size_for(0)?;
    let probe = 60;
    let per_person = ((size_for(probe)? - base) / probe).max(1);
    let people = (target_bytes.saturating_sub(base) / per_person).max(3);
    std::fs::create_dir_all(dir)?;
    let mut stats = AmritSynthStats {
        people,
        ..Default::default()
    };
    for db in facts {
        let path = dir.join(format!("{}.sql", db.database));
        let tmp = dir.join(format!(".{}.sql.tmp", db.database));
        let mut f = std::fs::File::create(&tmp)?;
        let rows = write_database(&mut f, db, people, seed)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &path)?;
        stats
            .files
            .push((path.clone(), std::fs::metadata(&path)?.len()));
        stats.rows.extend(rows);
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_names_are_never_the_fakes_names() {
        // An anonymized name must be told from a source name in the end-to-end checks.
        let fakes = |w: &str| {
            crate::pii::words::MALE
                .iter()
                .chain(crate::pii::words::FEMALE)
                .chain(crate::pii::words::SURNAME)
                .any(|f| f.eq_ignore_ascii_case(w))
        };
        for w in MALE.iter().chain(FEMALE).chain(SURNAMES) {
            assert!(!fakes(w), "{w} is also a fake name");
        }
    }
}
