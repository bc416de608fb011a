//! Flyway, in one place: its history table (`flyway_schema_history`), the version of a history
//! row whose migration succeeded, and the gate that compares a database's highest successful
//! version with the `flyway_version` its rules were reviewed against. `check` reads the history
//! rows of a whole dump with it; `transform` gates each history INSERT before it is written.

use std::collections::BTreeMap;

use super::RuleSet;
use crate::dump::insert::{decode, Span, TupleLexer};

/// Flyway's history table, present in every Flyway-managed database.
pub const TABLE: &str = "flyway_schema_history";

/// Flyway's own DDL of its history table on MySQL (schema facts record only the version, so the
/// table is added to them).
pub const DDL: &str = "CREATE TABLE `flyway_schema_history` (\n  `installed_rank` int NOT NULL,\n  `version` varchar(50) DEFAULT NULL,\n  `description` varchar(200) NOT NULL,\n  `type` varchar(20) NOT NULL,\n  `script` varchar(1000) NOT NULL,\n  `checksum` int DEFAULT NULL,\n  `installed_by` varchar(100) NOT NULL,\n  `installed_on` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  `execution_time` int NOT NULL,\n  `success` tinyint(1) NOT NULL,\n  PRIMARY KEY (`installed_rank`),\n  KEY `flyway_schema_history_s_idx` (`success`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

/// True when `table` is Flyway's history table.
pub fn is_history_table(table: &str) -> bool {
    table.eq_ignore_ascii_case(TABLE)
}

/// One database's Flyway gate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FlywayCheck {
    /// The database.
    pub database: String,
    /// Highest successful version in the dump's `flyway_schema_history` rows (or the facts').
    pub found: String,
    /// The version the rules were verified against (`None`: the rules record none).
    pub rules: Option<u64>,
    /// True when `found` is newer than `rules` (drift: fails the gate); never when the rules
    /// record no version.
    pub newer: bool,
}

/// Parse a Flyway version (`92`, `1.2.3`, `2_1`) into its numeric parts; `None` when it is not
/// one (repeatable migrations have no version).
pub fn parse_version(v: &str) -> Option<Vec<u64>> {
    let parts: Option<Vec<u64>> = v.trim().split(['.', '_']).map(|p| p.parse().ok()).collect();
    parts.filter(|p| !p.is_empty())
}

/// The version of a `flyway_schema_history` row (`stmt` and its value spans) when its migration
/// succeeded (`success` is 1, as a number or a BIT); `None` otherwise.
pub fn successful_version(
    stmt: &[u8],
    version: Option<&Span>,
    success: Option<&Span>,
) -> Option<String> {
    let text =
        |s: Option<&Span>| decode(stmt, s?).map(|c| String::from_utf8_lossy(&c).trim().to_string());
    let ok = text(success).is_some_and(|s| s == "1" || s == "\u{1}");
    if ok {
        text(version)
    } else {
        None
    }
}

/// Where the `version` and `success` values sit in each row of a history INSERT whose values
/// belong to the columns `names`, in order. `None` when either is missing.
pub fn row_layout<'a>(names: impl Iterator<Item = &'a str> + Clone) -> Option<(usize, usize)> {
    let find = |n: &str| names.clone().position(|c| c.eq_ignore_ascii_case(n));
    Some((find("version")?, find("success")?))
}

/// The successful versions in the rows of one history INSERT (`values_start` as the header
/// says; `layout` from [`row_layout`]).
///
/// # Errors
/// A row that does not lex: its 1-based row number and what is wrong.
pub fn versions_in_insert(
    stmt: &[u8],
    values_start: usize,
    (version, success): (usize, usize),
) -> Result<Vec<String>, (u64, &'static str)> {
    let mut lexer = TupleLexer::new(stmt, values_start);
    let mut spans = Vec::new();
    let mut found = Vec::new();
    while lexer.next_row(&mut spans).map_err(|e| (e.row, e.what))? {
        if let Some(v) = successful_version(stmt, spans.get(version), spans.get(success)) {
            found.push(v);
        }
    }
    Ok(found)
}

/// Compare each database's highest successful Flyway version with the rules'. `found` holds
/// (database, version) of every successful migration seen.
pub fn flyway_checks(rules: &RuleSet, found: &[(String, String)]) -> Vec<FlywayCheck> {
    let mut best: BTreeMap<String, (Vec<u64>, String)> = BTreeMap::new();
    for (db, v) in found {
        let Some(parsed) = parse_version(v) else {
            continue;
        };
        let e = best
            .entry(db.clone())
            .or_insert_with(|| (Vec::new(), String::new()));
        if parsed > e.0 {
            *e = (parsed, v.trim().to_string());
        }
    }
    best.into_iter()
        .map(|(db, (parsed, text))| {
            let rules_v = rules.flyway_version(&db);
            // Rules that record no version do not gate on Flyway (`check` says so).
            let newer = rules_v.is_some_and(|r| parsed > vec![r]);
            FlywayCheck {
                database: db,
                found: text,
                rules: rules_v,
                newer,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flyway_versions_compare_numerically() {
        let rules = RuleSet::from_yaml(
            "version: 1\ndatabases:\n  d:\n    flyway_version: 18\n    tables: {}\n",
            "r",
        )
        .unwrap();
        let seen = |v: &[&str]| {
            let f: Vec<(String, String)> = v.iter().map(|x| ("d".into(), x.to_string())).collect();
            flyway_checks(&rules, &f)
        };
        assert!(!seen(&["1", "9", "18"])[0].newer);
        let c = seen(&["2", "19", "10"]);
        assert_eq!(c[0].found, "19");
        assert!(c[0].newer);
        assert!(seen(&["18.1"])[0].newer);
        assert!(!seen(&["17.5"])[0].newer);
        assert_eq!(parse_version("1_2"), Some(vec![1, 2]));
        assert_eq!(parse_version(""), None);
    }

    #[test]
    fn successful_versions_of_a_history_insert() {
        let schema = crate::dump::schema::parse_create_table(DDL.as_bytes()).unwrap();
        let stmt = b"INSERT INTO `flyway_schema_history` VALUES (1,'1','a','SQL','V1.sql',0,'u','2024-01-01 00:00:00',5,1),(2,'2','b','SQL','V2.sql',0,'u','2024-01-01 00:00:00',5,0),(3,NULL,'r','SQL','R.sql',0,'u','2024-01-01 00:00:00',5,1);";
        let values = crate::dump::insert::parse_header(stmt, 0)
            .unwrap()
            .values_start;
        let layout = row_layout(schema.columns.iter().map(|c| c.name.as_str())).unwrap();
        assert_eq!(layout, (1, 9));
        assert_eq!(versions_in_insert(stmt, values, layout).unwrap(), ["1"]);
        assert_eq!(row_layout(["installed_rank", "SUCCESS"].into_iter()), None);
    }
}
