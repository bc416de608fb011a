//! What each column of a central table holds ([`Holds`], this generator's own description of
//! AMRIT data, never the rules) and the value it gets for one row.

use crate::dump::coltype::ColumnType;
use crate::dump::synth::Rng;
use crate::dump::writer::DumpWriter;
use crate::rules::spec::{NameKind, PlaceKind};

use super::person::Person;

/// A value before it is written: text (quoted, cut to the column), a bare number, or NULL.
pub(super) enum Val {
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
pub(super) fn value(
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
pub(super) fn write_val<W: std::io::Write>(
    w: &mut DumpWriter<W>,
    v: Val,
    ty: &ColumnType,
    nullable: bool,
) {
    match v {
        Val::Null if nullable => w.value_null(),
        Val::Null => w.value_text(b""),
        Val::Num(n) => w.value_number(&n),
        Val::Bytes(b) => w.value_hex(&b),
        Val::Text(t) => match ty.max_chars() {
            Some(m) => {
                let cut: String = t.chars().take(m as usize).collect();
                w.value_text(cut.as_bytes());
            }
            None => w.value_text(t.as_bytes()),
        },
    }
}
