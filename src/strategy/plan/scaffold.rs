//! `rules init`: a complete starter rules file for a schema — every database, table and
//! column, each with a strategy suggested from its name and type (marked for review) or `keep`.
//! Suggestions are checked like real rules: they fit the column, and unique keys get only
//! one-to-one strategies, so the file loads and passes the gate as written.

use std::fmt::Write as _;

use crate::dump::catalog::Catalog;
use crate::dump::coltype::ColumnType;
use crate::dump::schema::TableSchema;
use crate::rules::spec::Strategy;

/// The strategy suggested for a column name, as YAML, when it looks personal.
pub fn suggest(column: &str) -> Option<&'static str> {
    let c: String = column
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let has = |s: &str| c.contains(s);
    Some(
        if (has("ben") || has("beneficiary")) && has("reg") && c.ends_with("id") {
            "{id: {domain: ben_reg_id}}"
        } else if has("password") || has("salt") || has("token") || has("otp") || has("secret") {
            "{fixed: \"UAT-NOT-A-SECRET\"}"
        } else if has("phone") || has("mobile") || has("contactno") || has("whatsapp") {
            "phone"
        } else if has("email") {
            "email"
        } else if has("aadha") || has("aadhar") {
            "aadhaar"
        } else if c == "pan" || has("panno") || has("pannumber") || has("pancard") {
            "pan"
        } else if (has("abha") || has("healthid")) && has("address") {
            "abha_address"
        } else if has("abha") || has("healthid") {
            "abha_number"
        } else if has("ifsc") {
            "ifsc"
        } else if has("accountno") || has("accountnumber") || has("bankaccount") {
            "bank_account"
        } else if has("father") && has("name") {
            "father_name"
        } else if has("mother") && has("name") {
            "mother_name"
        } else if (has("spouse") || has("husband") || has("wife")) && has("name") {
            "spouse_name"
        } else if has("firstname") {
            "first_name"
        } else if has("lastname") || has("surname") {
            "last_name"
        } else if has("middlename")
            || has("fullname")
            || c == "name"
            || has("benname")
            || has("patientname")
        {
            "full_name"
        } else if has("dob") || has("dateofbirth") || has("birthdate") {
            "birth_date"
        } else if has("addrline")
            || has("addressline")
            || c.ends_with("address")
            || has("street")
            || has("houseno")
        {
            "address"
        } else if has("pincode") || has("pin") && has("code") || has("zipcode") {
            "pincode"
        } else if has("village") || has("habitation") {
            "village"
        } else if has("latitude") || has("longitude") {
            "gps"
        } else if c == "ip" || has("ipaddress") {
            "ip"
        } else if has("remark")
            || has("note")
            || has("comment")
            || has("complaint")
            || has("description")
            || has("history")
        {
            "scrub"
        } else {
            return None;
        },
    )
}

fn yaml_key(s: &str) -> String {
    if !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

fn column_line(schema: &TableSchema, i: usize) -> String {
    let col = &schema.columns[i];
    let ty = ColumnType::parse(&col.sql_type);
    let key = yaml_key(&col.name);
    let Some(yaml) = suggest(&col.name) else {
        return match crate::pii::cues::looks_personal(&col.name, &col.sql_type) {
            Some(why) => format!(
                "          {key}: keep   # review: looks like {why} ({}); give it a strategy or confirm keep\n",
                col.sql_type
            ),
            None => format!("          {key}: keep\n"),
        };
    };
    let strategy: Strategy =
        serde_yaml_ng::from_str(yaml).expect("suggestions are valid strategies");
    let unique = schema.is_unique(&col.name);
    let problem = strategy.misfit(&ty, col.nullable).or_else(|| {
        (unique && !strategy.one_to_one())
            .then(|| "in a unique key, needs a one-to-one strategy".to_string())
    });
    match problem {
        None => format!(
            "          {key}: {yaml}   # review: suggested from the name ({})\n",
            col.sql_type
        ),
        Some(p) if col.nullable && !unique => format!(
            "          {key}: null   # review: looks personal, `{}` does not fit: {p}\n",
            strategy.name()
        ),
        Some(p) => format!(
            "          {key}: keep   # review: looks personal, `{}` does not fit: {p}\n",
            strategy.name()
        ),
    }
}

/// A complete rules file (YAML text) covering every table and column of `catalog`.
pub fn init(catalog: &Catalog) -> String {
    let mut out = String::from(
        "# Starter rules made by `amrit-stream rules init`. Review every line marked `review:`.\n\
         # Fail-closed: a table or column added later stops the run until it has a rule.\n\
         version: 1\ndefault: fail\ndatabases:\n",
    );
    let mut current: Option<Option<&str>> = None;
    for (db, schema) in catalog.tables() {
        if current != Some(db) {
            let _ = writeln!(
                out,
                "  {}:\n    tables:",
                yaml_key(db.unwrap_or("UNKNOWN_DATABASE"))
            );
            current = Some(db);
        }
        let _ = writeln!(out, "      {}:\n        columns:", yaml_key(&schema.name));
        for i in 0..schema.columns.len() {
            out.push_str(&column_line(schema, i));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::keys::MasterKey;
    use crate::rules::RuleSet;
    use crate::strategy::keyed::DomainKey;
    use crate::strategy::plan::compile;

    #[test]
    fn suggestions_from_names() {
        assert_eq!(
            suggest("BeneficiaryRegID"),
            Some("{id: {domain: ben_reg_id}}")
        );
        assert_eq!(suggest("BenRegId"), Some("{id: {domain: ben_reg_id}}"));
        assert_eq!(suggest("PhoneNo"), Some("phone"));
        assert_eq!(suggest("AadharNo"), Some("aadhaar"));
        assert_eq!(suggest("FatherName"), Some("father_name"));
        assert_eq!(suggest("DOB"), Some("birth_date"));
        assert_eq!(suggest("CreatedDate"), None);
        assert_eq!(suggest("VanID"), None);
    }

    #[test]
    fn starter_file_loads_and_passes_the_gate() {
        let ddl = b"USE `shop`;\nCREATE TABLE `c` (`id` bigint NOT NULL, `FirstName` varchar(50), `PhoneNo` varchar(5), `Email` varchar(100) NOT NULL, `BenRegID` bigint, `Remarks` text, `x y` int, PRIMARY KEY (`id`), UNIQUE KEY (`Email`));\n";
        let cat = crate::dump::walk::read_catalog(&ddl[..], None).unwrap();
        let yaml = init(&cat);
        let rules = RuleSet::from_yaml(&yaml, "init.yaml").unwrap();
        let (db, schema) = cat.tables()[0];
        let key = MasterKey::from_bytes([1; 32]);
        let plan = compile(&rules, db, schema, &mut |d: &str| DomainKey::new(&key, d)).unwrap();
        let names: Vec<&str> = plan.actions.iter().map(|a| a.name()).collect();
        assert_eq!(
            names,
            ["keep", "first_name", "null", "email", "id", "scrub", "keep"]
        );
        assert!(yaml.contains("PhoneNo: null   # review"), "{yaml}");
    }
}
