//! Cues that something is personal: column names that look like personal data (the `check`
//! warning for kept columns) and the words that announce a person's name in free text (`scrub`).

use regex::bytes::Regex;

use super::patterns::PerThread;

/// Why a kept column looks personal, from its name and type; `None` when it does not. Tuned
/// to flag what a reviewer should look at twice, not every `…Name` of a master table.
pub fn looks_personal(column: &str, sql_type: &str) -> Option<&'static str> {
    let n: String = column
        .to_ascii_lowercase()
        .chars()
        .filter(|c| *c != '_')
        .collect();
    let t = sql_type.to_ascii_lowercase();
    let texty =
        t.contains("char") || t.contains("text") || t.contains("blob") || t.contains("json");
    let wide_int = t.starts_with("bigint");
    let datey = t.starts_with("date") || t.starts_with("timestamp") || texty;
    let has = |cues: &[&str]| cues.iter().any(|c| n.contains(c));
    let flag_like = n.starts_with("is")
        || has(&[
            "typ", "attempt", "count", "flag", "verified", "consent", "share", "param",
        ]);
    if (texty || wide_int) && has(&["aadha", "aadhar", "uidno", "uidnumber"]) && !flag_like {
        return Some("Aadhaar");
    }
    if (texty || wide_int) && has(&["abha", "healthid", "healthidnumber"]) && !flag_like {
        return Some("ABHA");
    }
    if texty && (n == "pan" || has(&["panno", "pannumber", "pancard"])) {
        return Some("PAN");
    }
    if (texty || wide_int)
        && has(&["phone", "mobile", "contactno", "contactnumber", "whatsapp"])
        && !flag_like
    {
        return Some("phone");
    }
    if texty && has(&["email"]) && !flag_like {
        return Some("email");
    }
    if (texty || wide_int)
        && has(&["accountno", "accountnumber", "bankaccount", "acctno"])
        && !flag_like
    {
        return Some("bank account");
    }
    if datey && (n == "dob" || n.ends_with("dob") || has(&["dateofbirth", "birthdate", "birthday"]))
    {
        return Some("date of birth");
    }
    const PERSON_NAMES: [&str; 24] = [
        "firstname",
        "lastname",
        "middlename",
        "fullname",
        "patientname",
        "beneficiaryname",
        "benname",
        "personname",
        "childname",
        "membername",
        "callername",
        "contactname",
        "informantname",
        "nomineename",
        "mothername",
        "fathername",
        "spousename",
        "husbandname",
        "wifename",
        "guardianname",
        "relativename",
        "respondentname",
        "ashaname",
        "householdhead",
    ];
    if texty && has(&PERSON_NAMES) {
        return Some("name");
    }
    if texty && has(&["address", "landmark", "street"]) && !flag_like {
        return Some("address");
    }
    if t.contains("text") && has(&["remark", "note", "complaint", "comment", "narrative"]) {
        return Some("free text");
    }
    None
}

/// Names announced by a cue word in free text (`Patient Ramesh Kumar`, `Smt. Sita Devi`,
/// `call to Omkar`, `S/o Hari Das`, `Patient: Renu Kara`, `ASHA: Jagvi Dey`, `Attendant RAVI`):
/// group 1 is the name, one to three capitalised words or words in capitals (the caller keeps
/// the capitals that the lexicon knows as names, so `Patient: OPD` is no name).
pub fn name_cue_regex() -> &'static Regex {
    static R: PerThread<Regex> = PerThread::new(|| {
        Regex::new(
            r"(?i:\b(?:patient|pt\.?|caller|beneficiary|mr\.?|mrs\.?|ms\.?|smt\.?|shri|sri|kumari|km\.?|dr\.?|name|[sdwc]/o|call(?:ed)?\s+to|spoke\s+to|relative|husband|wife|son|daughter|mother|father|attendant|informer|guardian|(?:asha|anm|aww|mpw)\s*:))(?:[ \t]*[:\-][ \t]*|[ \t]+)((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2})",
        )
        .expect("name cue regex")
    });
    R.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_looking_kept_columns() {
        assert_eq!(looks_personal("AltMobileNo", "varchar(15)"), Some("phone"));
        assert_eq!(looks_personal("FatherName", "varchar(50)"), Some("name"));
        assert_eq!(looks_personal("District_Name", "varchar(50)"), None);
        assert_eq!(looks_personal("PhoneTyp1", "varchar(50)"), None);
        assert_eq!(looks_personal("Remarks", "text"), Some("free text"));
        assert_eq!(looks_personal("DOB", "datetime"), Some("date of birth"));
        assert_eq!(looks_personal("EmailID", "varchar(50)"), Some("email"));
        assert_eq!(looks_personal("AddressTypeID", "int(11)"), None);
        assert_eq!(looks_personal("Deleted", "bit(1)"), None);
    }
}
