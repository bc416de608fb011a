//! The rules file: which strategy rewrites each `database.table.column`, and what happens to
//! everything the file does not name.
//!
//! ```yaml
//! version: 1
//! default: fail            # fail (the default): an unnamed column stops the run, exit 2
//!                          # keep: unnamed columns are copied unchanged
//! databases:
//!   hardcases:
//!     flyway_version: 18       # optional: the schema version these rules were reviewed against
//!     tables:
//!       customers:
//!         columns:
//!           email: null                 # write NULL
//!           full_name: {fixed: "Test"}  # write this value
//!           phone: keep                 # copy unchanged
//!       audit_log:
//!         action: keep                  # the whole table, whatever its columns
//! ```
//!
//! Database, table and column names match case-insensitively (AMRIT servers run with
//! `lower_case_table_names=1`, and MySQL column names are case-insensitive). A bad file is an
//! error with its line and column.

pub(crate) mod flyway;
pub mod spec;

pub use spec::{FixedValue, Strategy};

use crate::rules::spec::Basic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::dump::schema::TableSchema;
use crate::error::{Error, ErrorKind, Result, Setting};

/// What happens to a column that no rule names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DefaultPolicy {
    /// Fail closed: stop before the table's first row, exit 2 (the default).
    #[default]
    Fail,
    /// Copy unnamed columns unchanged (identity runs, dumps known to hold no personal data).
    Keep,
}

/// What happens to a whole table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TableAction {
    /// Per-column rules (the default).
    #[default]
    Columns,
    /// Every column is kept, whatever the table's columns are (non-personal master data).
    Keep,
    /// The table's rows are not written at all (its structure is).
    DropRows,
}

fn any_glob() -> String {
    "*".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPattern {
    name: Option<String>,
    #[serde(default = "any_glob")]
    database: String,
    #[serde(default = "any_glob")]
    table: String,
    column: Option<String>,
    column_regex: Option<String>,
    table_regex: Option<String>,
    strategy: Strategy,
}

/// A rule over names: every column whose database, table and column names match gets the
/// strategy, unless a column rule names it. Reported with every column it matched.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Name for reports (the rule's `name`, or `pattern N`).
    pub name: String,
    database: regex::Regex,
    table: regex::Regex,
    column: regex::Regex,
    /// The strategy applied.
    pub strategy: Strategy,
}

impl Pattern {
    /// True when the pattern covers `db.table.column`.
    pub fn matches(&self, db: Option<&str>, table: &str, column: &str) -> bool {
        db.is_none_or(|d| self.database.is_match(d))
            && self.table.is_match(table)
            && self.column.is_match(column)
    }
}

/// A case-insensitive, anchored regex for a glob (`*` any run, `?` one character).
fn glob_regex(glob: &str) -> String {
    let mut r = String::from("(?i)^");
    for c in glob.chars() {
        match c {
            '*' => r.push_str(".*"),
            '?' => r.push('.'),
            c => r.push_str(&regex::escape(&c.to_string())),
        }
    }
    r.push('$');
    r
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default)]
    action: TableAction,
    #[serde(default)]
    columns: BTreeMap<String, Strategy>,
    #[serde(default)]
    waivers: Vec<Waiver>,
    #[serde(default)]
    kept: BTreeMap<String, String>,
}

/// A reviewed exception to the data gate, written next to the column's rule: `column` may be
/// kept although `detector` calls it personal, for `reason`, while the detector's measured share
/// stays within [`WAIVER_TOLERANCE`] of `share` (the share seen when it was written) and until
/// `expires` (`YYYY-MM-DD`), if given. Listed in every run report.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The column, as in `columns`.
    pub column: String,
    /// The detector's name, as `profile` prints it (`address`, `person_name`…).
    pub detector: String,
    /// Why keeping it is right.
    pub reason: String,
    /// The detector's share when the waiver was written (0–1).
    pub share: f64,
    /// Last day the waiver holds.
    #[serde(default)]
    pub expires: Option<String>,
}

/// How far a waived detector's share may move from the waiver's `share` before the waiver
/// breaks (a pass rate moving from chance to near 1 breaks it).
pub const WAIVER_TOLERANCE: f64 = 0.25;

impl Waiver {
    /// Why the waiver no longer holds for a measured `share` on `today` (`YYYY-MM-DD`), if it
    /// does not. `interval` is the measured share's 95% interval: the evidence has moved only
    /// when the whole interval lies more than [`WAIVER_TOLERANCE`] from the waiver's share (a
    /// stretch of rows with fifteen sampled values cannot break a waiver by chance).
    pub fn broken(&self, share: f64, interval: (f64, f64), today: &str) -> Option<String> {
        if let Some(e) = &self.expires {
            if today > e.as_str() {
                return Some(format!("it expired on {e}"));
            }
        }
        let (low, high) = (interval.0.min(share), interval.1.max(share));
        let moved = low - self.share > WAIVER_TOLERANCE || self.share - high > WAIVER_TOLERANCE;
        moved.then(|| {
            format!(
                "the evidence moved: share {share:.2} now, {:.2} when it was written",
                self.share
            )
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDatabase {
    #[serde(default)]
    flyway_version: Option<u64>,
    #[serde(default)]
    tables: BTreeMap<String, RawTable>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    version: u32,
    #[serde(default)]
    default: DefaultPolicy,
    #[serde(default)]
    databases: BTreeMap<String, RawDatabase>,
    #[serde(default)]
    patterns: Vec<RawPattern>,
    #[serde(default)]
    validation: Vec<Validation>,
}

/// A query that must return 0 on a restored target (`refresh`'s post-restore checks): orphan
/// BenRegIDs, phones or emails that are not fakes. `{db_name}` stands for the target database
/// that `db_name` was restored into; a query naming a database the refresh did not restore is
/// skipped.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Validation {
    /// A short name for reports.
    pub name: String,
    /// SQL returning one number, 0 when the data is right.
    pub sql: String,
}

impl Validation {
    /// The source databases the query names (`{db_identity}` → `db_identity`).
    pub fn databases(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = self.sql.as_str();
        while let Some(i) = rest.find('{') {
            let Some(j) = rest[i..].find('}') else { break };
            let name = &rest[i + 1..i + j];
            // A database name starts with a letter (`{9}` is a regex repetition).
            if name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                out.push(name.to_string());
            }
            rest = &rest[i + j + 1..];
        }
        out
    }

    /// The query with each `{db}` replaced by `map(db)` (backquoted).
    pub fn bind(&self, map: &dyn Fn(&str) -> Option<String>) -> Option<String> {
        let mut sql = self.sql.clone();
        for db in self.databases() {
            let t = map(&db)?;
            sql = sql.replace(&format!("{{{db}}}"), &format!("`{}`", t.replace('`', "``")));
        }
        Some(sql)
    }
}

/// The rules for one table.
#[derive(Debug, Clone)]
pub struct TableRules {
    /// Database name as written in the rules.
    pub db: String,
    /// Table name as written in the rules.
    pub name: String,
    /// Whole-table action.
    pub action: TableAction,
    /// Column rules: (name as written, strategy), sorted by lower-cased name.
    pub columns: Vec<(String, Strategy)>,
    /// Data-gate waivers of the table's columns.
    pub waivers: Vec<Waiver>,
    /// Columns kept on purpose although a name heuristic flags them, with the reason each is
    /// kept (`kept:` in the rules; `check` does not warn about them, the inventory lists them).
    pub kept: Vec<(String, String)>,
}

impl TableRules {
    /// `display.column` for every column rule naming a column `schema` does not have.
    pub fn stale_columns(&self, display: &str, schema: &TableSchema) -> Vec<String> {
        self.columns
            .iter()
            .filter(|(n, _)| schema.column_index(n).is_none())
            .map(|(n, _)| format!("{display}.{n}"))
            .collect()
    }

    /// The strategy for `column`, if a rule names it.
    pub fn column(&self, column: &str) -> Option<&Strategy> {
        self.columns
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(column))
            .map(|(_, s)| s)
    }

    /// Why `column` is kept although it looks personal, when the rules say.
    pub fn kept_reason(&self, column: &str) -> Option<&str> {
        self.kept
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(column))
            .map(|(_, r)| r.as_str())
    }
}

/// A loaded, validated rules file.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Where the rules came from (for messages).
    pub source: PathBuf,
    /// Policy for unnamed columns.
    pub default: DefaultPolicy,
    /// Table rules keyed by lower-cased (database, table).
    tables: BTreeMap<(String, String), TableRules>,
    /// Lower-cased database names named by the file, with the name as written and the
    /// Flyway version the rules were verified against.
    databases: BTreeMap<String, (String, Option<u64>)>,
    /// Name patterns, in file order (the first match wins).
    pub patterns: Vec<Pattern>,
    /// Queries that must return 0 on a restored target.
    pub validation: Vec<Validation>,
}

impl RuleSet {
    /// Parse rules from YAML text; `source` names the file in errors.
    ///
    /// # Errors
    /// [`ErrorKind::Rules`] with line and column for syntax or schema errors.
    pub fn from_yaml(text: &str, source: impl Into<PathBuf>) -> Result<RuleSet> {
        let source = source.into();
        let raw: RawRules = serde_yaml_ng::from_str(text).map_err(|e| {
            let loc = e.location();
            Error::from(ErrorKind::Rules {
                file: source.clone(),
                line: loc.as_ref().map(|l| l.line()),
                column: loc.as_ref().map(|l| l.column()),
                msg: e.to_string(),
            })
        })?;
        if raw.version != 1 {
            return Err(Error::rules(
                &source,
                format!(
                    "unsupported rules version {} (this build reads version 1)",
                    raw.version
                ),
            ));
        }
        let mut tables = BTreeMap::new();
        let mut databases = BTreeMap::new();
        for (db, rdb) in raw.databases {
            if databases
                .insert(db.to_lowercase(), (db.clone(), rdb.flyway_version))
                .is_some()
            {
                return Err(Error::rules(
                    &source,
                    format!("database `{db}` is named twice (names are case-insensitive)"),
                ));
            }
            for (t, rt) in rdb.tables {
                let mut columns: Vec<(String, Strategy)> = rt.columns.into_iter().collect();
                columns.sort_by_key(|(n, _)| n.to_lowercase());
                if let Some(w) = columns
                    .windows(2)
                    .find(|w| w[0].0.eq_ignore_ascii_case(&w[1].0))
                {
                    return Err(Error::rules(
                        &source,
                        format!("column `{db}.{t}.{}` is named twice", w[0].0),
                    ));
                }
                if rt.action == TableAction::Keep && !columns.is_empty() {
                    return Err(Error::rules(
                        &source,
                        format!("table `{db}.{t}` has `action: keep` and column rules; choose one"),
                    ));
                }
                for w in &rt.waivers {
                    if crate::pii::column::Kind::parse(&w.detector).is_none() {
                        return Err(Error::rules(
                            &source,
                            format!(
                                "waiver of `{db}.{t}.{}`: unknown detector `{}` (known: {})",
                                w.column,
                                w.detector,
                                crate::pii::column::Kind::ALL.map(|k| k.name()).join(", ")
                            ),
                        ));
                    }
                    if !(0.0..=1.0).contains(&w.share) {
                        return Err(Error::rules(
                            &source,
                            format!(
                                "waiver of `{db}.{t}.{}`: `share` is between 0 and 1",
                                w.column
                            ),
                        ));
                    }
                    if w.reason.trim().is_empty() {
                        return Err(Error::rules(
                            &source,
                            format!("waiver of `{db}.{t}.{}`: say why in `reason`", w.column),
                        ));
                    }
                }
                for (c, reason) in &rt.kept {
                    let kept = rt.action == TableAction::Keep
                        || columns.iter().any(|(n, s)| {
                            n.eq_ignore_ascii_case(c) && *s == Strategy::Basic(Basic::Keep)
                        });
                    if !kept {
                        return Err(Error::rules(
                            &source,
                            format!("`kept` names `{db}.{t}.{c}`, which the rules do not keep; remove it or set `{c}: keep`"),
                        ));
                    }
                    if reason.trim().is_empty() {
                        return Err(Error::rules(
                            &source,
                            format!("`kept` of `{db}.{t}.{c}`: say why it is kept"),
                        ));
                    }
                }
                let key = (db.to_lowercase(), t.to_lowercase());
                let rules = TableRules {
                    db: db.clone(),
                    name: t.clone(),
                    action: rt.action,
                    columns,
                    waivers: rt.waivers,
                    kept: rt.kept.into_iter().collect(),
                };
                if tables.insert(key, rules).is_some() {
                    return Err(Error::rules(
                        &source,
                        format!("table `{db}.{t}` is named twice"),
                    ));
                }
            }
        }
        let mut patterns = Vec::new();
        for (i, p) in raw.patterns.into_iter().enumerate() {
            let name = p
                .name
                .clone()
                .unwrap_or_else(|| format!("pattern {}", i + 1));
            let column = match (&p.column, &p.column_regex) {
                (Some(g), None) => glob_regex(g),
                (None, Some(r)) => format!("(?i){r}"),
                _ => {
                    return Err(Error::rules(
                        &source,
                        format!("{name}: give exactly one of `column` (a glob) or `column_regex`"),
                    ))
                }
            };
            let table = match &p.table_regex {
                Some(r) => format!("(?i){r}"),
                None => glob_regex(&p.table),
            };
            let re = |r: &str| {
                regex::Regex::new(r)
                    .map_err(|e| Error::rules(&source, format!("{name}: bad pattern: {e}")))
            };
            let (database, table, column) =
                (re(&glob_regex(&p.database))?, re(&table)?, re(&column)?);
            patterns.push(Pattern {
                name,
                database,
                table,
                column,
                strategy: p.strategy,
            });
        }
        Ok(RuleSet {
            source,
            default: raw.default,
            tables,
            databases,
            patterns,
            validation: raw.validation,
        })
    }

    /// Load rules from a YAML file.
    ///
    /// # Errors
    /// I/O errors and the errors of [`RuleSet::from_yaml`].
    pub fn load(path: &Path) -> Result<RuleSet> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("reading the rules file {}", path.display()), e))?;
        RuleSet::from_yaml(&text, path)
    }

    /// Rules that keep everything: for identity runs and tests.
    pub fn keep_all() -> RuleSet {
        RuleSet {
            source: PathBuf::from("<keep-all>"),
            default: DefaultPolicy::Keep,
            tables: BTreeMap::new(),
            databases: BTreeMap::new(),
            patterns: Vec::new(),
            validation: Vec::new(),
        }
    }

    /// The first pattern covering `db.table.column`.
    pub fn pattern_for(&self, db: Option<&str>, table: &str, column: &str) -> Option<&Pattern> {
        self.patterns.iter().find(|p| p.matches(db, table, column))
    }

    /// The rules for `db.table`. With no database known, a table named under exactly one
    /// database of the rules is found there.
    pub fn table(&self, db: Option<&str>, table: &str) -> Option<&TableRules> {
        let t = table.to_lowercase();
        match db {
            Some(d) => self.tables.get(&(d.to_lowercase(), t)),
            None => {
                let mut hits = self
                    .tables
                    .iter()
                    .filter(|((_, tn), _)| *tn == t)
                    .map(|(_, r)| r);
                let first = hits.next();
                if hits.next().is_some() {
                    None
                } else {
                    first
                }
            }
        }
    }

    /// True when data of `db.table` could be changed or stopped by these rules: the table is
    /// named with column rules, or unnamed columns fail closed.
    pub fn applies_to(&self, db: Option<&str>, table: &str) -> bool {
        match self.table(db, table) {
            Some(t) => t.action == TableAction::Columns,
            None => self.default == DefaultPolicy::Fail || !self.patterns.is_empty(),
        }
    }

    /// The waiver of `detector` for `db.table.column`, if the rules hold one.
    pub fn waiver(
        &self,
        db: Option<&str>,
        table: &str,
        column: &str,
        detector: &str,
    ) -> Option<&Waiver> {
        self.table(db, table)?
            .waivers
            .iter()
            .find(|w| w.column.eq_ignore_ascii_case(column) && w.detector == detector)
    }

    /// The strategy in force for `db.table.column` — its table's rule, the first pattern that
    /// covers it, or `keep` under `default: keep` — with the pattern when one chose it; `None`
    /// when no rule covers it.
    pub fn rule_for(
        &self,
        db: Option<&str>,
        table: &str,
        column: &str,
    ) -> Option<(Strategy, Option<&Pattern>)> {
        let table_rules = self.table(db, table);
        let explicit = match table_rules.map_or(TableAction::Columns, |t| t.action) {
            TableAction::Keep | TableAction::DropRows => Some(Strategy::Basic(Basic::Keep)),
            TableAction::Columns => table_rules.and_then(|t| t.column(column)).cloned(),
        };
        if let Some(s) = explicit {
            return Some((s, None));
        }
        if let Some(p) = self.pattern_for(db, table, column) {
            return Some((p.strategy.clone(), Some(p)));
        }
        (self.default == DefaultPolicy::Keep).then_some((Strategy::Basic(Basic::Keep), None))
    }

    /// Every table rule, in name order.
    pub fn tables(&self) -> impl Iterator<Item = &TableRules> {
        self.tables.values()
    }

    /// True when the file names database `db`.
    pub fn has_database(&self, db: &str) -> bool {
        self.databases.contains_key(&db.to_lowercase())
    }

    /// The Flyway schema version the rules for `db` were verified against (`flyway_version:`
    /// under the database), if the file records one.
    pub fn flyway_version(&self, db: &str) -> Option<u64> {
        self.databases.get(&db.to_lowercase()).and_then(|d| d.1)
    }

    /// With `default: keep`, rules that match nothing in the input (`unmatched`: databases,
    /// tables or columns) are an error unless `allowed`: a misspelled name would leave that data
    /// copied unchanged with no other sign. With `default: fail` they are only worth a warning
    /// (a misspelled name leaves its columns uncovered, which stops the run anyway).
    ///
    /// # Errors
    /// `default: keep`, something unmatched, and not `allowed` (exit 2).
    pub fn check_unmatched(&self, unmatched: &[String], allowed: bool) -> Result<()> {
        if self.default != DefaultPolicy::Keep || unmatched.is_empty() || allowed {
            return Ok(());
        }
        let shown: Vec<&str> = unmatched.iter().take(5).map(String::as_str).collect();
        Err(ErrorKind::Drift(format!(
            "{} rule(s) of {} name a database, table or column the input does not have ({}{}); \
             with `default: keep` a misspelled name leaves that data unanonymized: fix the rules, \
             or pass {} if the input is meant to lack them",
            unmatched.len(),
            self.source.display(),
            shown.join(", "),
            if unmatched.len() > shown.len() {
                ", …"
            } else {
                ""
            },
            Setting::AllowUnmatched,
        ))
        .into())
    }

    /// What to say of rules that matched nothing: a note for whole databases the input does
    /// not hold under `default: fail` (multi-database rules over a one-database dump: a
    /// misspelled name leaves columns uncovered, which stops the run anyway), and the names
    /// every other one that deserve a warning.
    pub fn unmatched_messages<'u>(
        &self,
        unmatched: &'u [String],
    ) -> (Option<String>, Vec<&'u str>) {
        let fail_closed = self.default == DefaultPolicy::Fail;
        let (dbs, rest): (Vec<&String>, Vec<&String>) = unmatched
            .iter()
            .partition(|r| fail_closed && !r.contains('.'));
        let note = (!dbs.is_empty()).then(|| {
            let names: Vec<&str> = dbs.iter().map(|s| s.as_str()).collect();
            format!(
                "the rules also cover databases this input does not hold: {}",
                names.join(", ")
            )
        });
        (note, rest.into_iter().map(String::as_str).collect())
    }

    /// The databases the file names, as written, with their recorded Flyway versions.
    pub fn databases(&self) -> impl Iterator<Item = (&str, Option<u64>)> {
        self.databases.values().map(|(n, v)| (n.as_str(), *v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "version: 1\ndefault: fail\ndatabases:\n  Shop:\n    flyway_version: 18\n    tables:\n      customers:\n        columns:\n          email: null\n          name: {fixed: \"X Y\"}\n          age: {fixed: 42}\n          phone: keep\n          note: ~\n      log:\n        action: keep\n";

    #[test]
    fn a_waiver_breaks_only_when_the_whole_interval_moved() {
        let w = Waiver {
            column: "name".into(),
            detector: "person_name".into(),
            reason: "r".into(),
            share: 0.82,
            expires: Some("2027-01-01".into()),
        };
        // Fifteen sampled values at 50%: the interval still reaches 0.82.
        let few = crate::pii::column::wilson(7, 15);
        assert_eq!(w.broken(7.0 / 15.0, few, "2026-12-05"), None);
        // Two thousand at 50%: it moved.
        let many = crate::pii::column::wilson(1000, 2000);
        assert!(w.broken(0.5, many, "2026-12-05").is_some());
        // A pass rate from chance to nearly all: moved, whatever the count.
        let w = Waiver { share: 0.1, ..w };
        assert!(w
            .broken(0.95, crate::pii::column::wilson(95, 100), "2026-12-05")
            .is_some());
        assert!(
            w.broken(0.1, (0.05, 0.15), "2027-01-02").is_some(),
            "expired"
        );
    }

    #[test]
    fn loads_a_rules_file() {
        let r = RuleSet::from_yaml(GOOD, "r.yaml").unwrap();
        let t = r.table(Some("shop"), "CUSTOMERS").unwrap();
        assert_eq!(t.column("EMAIL"), Some(&Strategy::Basic(Basic::Null)));
        assert_eq!(t.column("note"), Some(&Strategy::Basic(Basic::Null)));
        assert_eq!(
            t.column("name"),
            Some(&Strategy::Basic(Basic::Fixed(FixedValue::Text(
                "X Y".into()
            ))))
        );
        assert_eq!(
            t.column("age"),
            Some(&Strategy::Basic(Basic::Fixed(FixedValue::Number(
                "42".into()
            ))))
        );
        assert_eq!(t.column("phone"), Some(&Strategy::Basic(Basic::Keep)));
        assert!(r.table(None, "customers").is_some());
        assert!(!r.applies_to(Some("shop"), "log"));
        assert!(r.applies_to(Some("shop"), "other"));
        assert!(r.has_database("SHOP"));
        assert_eq!(r.flyway_version("shop"), Some(18));
        assert_eq!(r.databases().collect::<Vec<_>>(), [("Shop", Some(18))]);
    }

    #[test]
    fn validation_queries_bind_their_databases() {
        let r = RuleSet::from_yaml(
            "version: 1\nvalidation:\n  - {name: orphans, sql: 'SELECT COUNT(*) FROM {db_iemr}.t x WHERE x.id NOT IN (SELECT id FROM {db_identity}.m) AND x.p REGEXP \"[0-9]{9}\"'}\n",
            "r.yaml",
        )
        .unwrap();
        let v = &r.validation[0];
        assert_eq!(v.databases(), ["db_iemr", "db_identity"]);
        let map = |d: &str| (d == "db_iemr" || d == "db_identity").then(|| format!("uat_{d}"));
        assert_eq!(
            v.bind(&map).unwrap(),
            "SELECT COUNT(*) FROM `uat_db_iemr`.t x WHERE x.id NOT IN (SELECT id FROM `uat_db_identity`.m) AND x.p REGEXP \"[0-9]{9}\""
        );
        assert!(v
            .bind(&|d: &str| (d == "db_iemr").then(|| d.to_string()))
            .is_none());
    }

    #[test]
    fn kept_reasons_name_kept_columns_only() {
        let with = |kept: &str| {
            RuleSet::from_yaml(
                &format!("version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          a: keep\n          b: phone\n        kept:\n{kept}"),
                "r.yaml",
            )
        };
        let r = with("          A: an office address\n").unwrap();
        let t = r.table(Some("d"), "t").unwrap();
        assert_eq!(t.kept_reason("a"), Some("an office address"));
        assert_eq!(t.kept_reason("b"), None);
        let e = with("          b: why not\n").unwrap_err().to_string();
        assert!(e.contains("`d.t.b`") && e.contains("do not keep"), "{e}");
        let e = with("          a: ' '\n").unwrap_err().to_string();
        assert!(e.contains("say why"), "{e}");
    }

    #[test]
    fn patterns_match_case_insensitively_and_first_wins() {
        let y = "version: 1\npatterns:\n  - name: benregid\n    column_regex: '^ben(efi|nefi|ifi)?(ciary)?_?reg_?id$'\n    strategy: {id: {domain: ben_reg_id}}\n  - table: '*_bkp*'\n    column: '*name'\n    strategy: full_name\n";
        let r = RuleSet::from_yaml(y, "r").unwrap();
        assert_eq!(
            r.pattern_for(Some("db_iemr"), "t", "BeneficiaryRegID")
                .unwrap()
                .name,
            "benregid"
        );
        assert_eq!(
            r.pattern_for(None, "t", "BenRegId").unwrap().name,
            "benregid"
        );
        assert_eq!(
            r.pattern_for(None, "t", "beneficiary_reg_id").unwrap().name,
            "benregid"
        );
        assert!(r.pattern_for(None, "t", "BenRegIDx").is_none());
        assert_eq!(
            r.pattern_for(None, "i_bkp_2023", "FirstName").unwrap().name,
            "pattern 2"
        );
        assert!(r.applies_to(None, "anything"));
        let bad = "version: 1\npatterns:\n  - column: a\n    column_regex: b\n    strategy: keep\n";
        assert!(RuleSet::from_yaml(bad, "r").is_err());
    }

    #[test]
    fn errors_carry_line_and_column() {
        let bad = "version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          a: shred\n";
        let e = RuleSet::from_yaml(bad, "r.yaml").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("r.yaml:7:"), "{msg}");
        assert!(msg.contains("unknown strategy `shred`"), "{msg}");
        let typo = "version: 1\ndatabses: {}\n";
        let e = RuleSet::from_yaml(typo, "r.yaml").unwrap_err();
        assert!(e.to_string().contains("r.yaml:2:"), "{e}");
        assert!(RuleSet::from_yaml("version: 2\n", "r").is_err());
        let dup = "version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          a: keep\n          A: null\n";
        assert!(RuleSet::from_yaml(dup, "r")
            .unwrap_err()
            .to_string()
            .contains("twice"));
    }
}
