//! The leak gate: scan an anonymized dump, column by column, for personal data that should not
//! be there. Names and counts only in the report: `db.table.column`, detector, how many, and the
//! first row numbers — never a value.
//!
//! Two kinds of evidence:
//! - **patterns** ([`crate::pii::detect`]): mobile numbers, Verhoeff-valid Aadhaar numbers, PAN,
//!   ABHA numbers, emails outside generated domains. A column whose rule generates such values
//!   (a `phone` column holds fake mobiles) is exempt for that pattern; in free text (`scrub`),
//!   a hit is accepted only when the run's fingerprints say the run generated it.
//! - **survivors** (with `--fingerprints`): a value of a rewritten column, or a pattern hit in
//!   free text, equal to an original value of the same domain that the run did not generate.
//!   Matches in weak domains (names, places, dates) are counted apart and do not fail the gate.

use crate::pii::patterns::PerThread;
use crate::rules::spec::Media;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::dump::catalog::display_name;
use crate::dump::insert::decode;
use crate::dump::schema::TableSchema;
use crate::error::{ErrorKind, Position, Result};
use crate::gates::fingerprint::{normalize_value, Fingerprints, RunNames};
use crate::gates::scan::{scan, RowVisit};
use crate::io::keys::Keyring;
use crate::io::open_input;
use crate::observe::{outcome, Observer, WatchedRead};
use crate::pii::column::{names_a_person, ColumnContext, ColumnStats, Kind, NameWords, Verdict};
use crate::pii::detect::{detect, is_generated_domain, Detector};
use crate::rules::spec::Strategy;
use crate::rules::RuleSet;
use crate::strategy::plan::{compile, Action};

/// Row numbers kept per finding.
const ROWS_KEPT: usize = 20;

/// Hits of one kind in one column.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Finding {
    /// `db.table.column`.
    pub column: String,
    /// Detector name (`mobile`, `aadhaar`, `pan`, `abha`, `email`) or `survivor:DOMAIN`.
    pub kind: String,
    /// How many values.
    pub count: u64,
    /// The first row numbers (1-based, among the table's rows in the dump).
    pub rows: Vec<u64>,
}

/// What `verify` found.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct VerifyReport {
    /// Tables declared in the dump.
    pub tables: usize,
    /// Rows scanned.
    pub rows: u64,
    /// Non-NULL values scanned.
    pub values: u64,
    /// Plain bytes read.
    pub bytes: u64,
    /// True when fingerprints of the run were given.
    pub fingerprints: bool,
    /// Pattern hits where no rule generates them: leaks (fail).
    pub patterns: Vec<Finding>,
    /// Originals that survived (fail).
    pub survivors: Vec<Finding>,
    /// Values equal to an original in weak domains (names, places, dates): counted, not failing.
    pub weak_matches: Vec<Finding>,
    /// Pattern hits in free text that cannot be told from generated ones without fingerprints
    /// (not failing; run `verify --fingerprints`).
    pub unverified: Vec<Finding>,
    /// Pattern hits in kept columns whose column test says the column is not personal (a
    /// Verhoeff-valid number in a sorted serial column, or in a column whose pass rate is what
    /// chance gives): reported, not leaks.
    pub pattern_only: Vec<Finding>,
    /// Person names outside name columns (kept and free-text columns), value by value:
    /// reported, not failing. Without fingerprints any name of the embedded lexicon counts
    /// (a `scrub` column's fake names too); with them, only words of this run's original names
    /// that the run did not also generate. A kept column that the column test finds is a name
    /// column fails as a pattern (`person_name`) instead.
    pub names: Vec<Finding>,
    /// Pattern hits the rules or the fingerprints show were generated, and allow-listed values
    /// (UIDAI test numbers, runs of one digit).
    pub generated_hits: u64,
    /// Rewritten values equal to some original that the run also generated for another value
    /// (a permutation's output can equal another input): not failing.
    pub coincidences: u64,
}

impl VerifyReport {
    /// True when no leak was found.
    pub fn passes(&self) -> bool {
        self.patterns.is_empty() && self.survivors.is_empty()
    }

    /// Add the findings of another input to these.
    pub fn merge(&mut self, r: VerifyReport) {
        self.tables += r.tables;
        self.rows += r.rows;
        self.values += r.values;
        self.bytes += r.bytes;
        self.generated_hits += r.generated_hits;
        self.coincidences += r.coincidences;
        self.patterns.extend(r.patterns);
        self.survivors.extend(r.survivors);
        self.weak_matches.extend(r.weak_matches);
        self.unverified.extend(r.unverified);
        self.pattern_only.extend(r.pattern_only);
        self.names.extend(r.names);
    }

    /// Values reported as leaks.
    pub fn leaks(&self) -> u64 {
        self.patterns
            .iter()
            .chain(&self.survivors)
            .map(|f| f.count)
            .sum()
    }
}

/// How one column is judged.
#[derive(Debug, Clone)]
struct Policy {
    name: String,
    /// `None`: kept (or no rule).
    strategy: Option<Strategy>,
    /// Constant output (null, empty, fixed): nothing to find.
    skip: bool,
    exempt: [bool; 5],
    free_text: bool,
    domain: String,
    weak: bool,
    /// The column type cannot hold a pattern (dates, decimals, small integers…).
    no_patterns: bool,
    /// Detectors a waiver in the rules covers for this column (`profile`'s names).
    waived: Vec<String>,
}

/// The column-test kind of a pattern detector.
fn kind_of(d: Detector) -> Kind {
    match d {
        Detector::Mobile => Kind::Mobile,
        Detector::Aadhaar => Kind::Aadhaar,
        Detector::Pan => Kind::Pan,
        Detector::Abha => Kind::AbhaNumber,
        Detector::Email => Kind::Email,
    }
}

/// Values that are never a person's: runs of one repeated digit (`9999999999`) and UIDAI's
/// published test Aadhaar numbers (its sandbox UIDs begin `9999`).
pub fn allow_listed(d: Detector, norm: &[u8]) -> bool {
    let one_digit = norm.len() >= 6 && norm.iter().all(|b| *b == norm[0]);
    one_digit || (d == Detector::Aadhaar && norm.starts_with(b"9999"))
}

/// Free text with UUIDs and URLs blanked out: a number inside them is no phone or Aadhaar.
fn without_uuids_and_urls(v: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    static R: PerThread<regex::bytes::Regex> = PerThread::new(|| {
        regex::bytes::Regex::new(
            r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?:https?|ftp)://[^\s]+",
        )
        .expect("uuid/url pattern")
    });
    let re = R.get();
    if !v.contains(&b'-') && !v.contains(&b':') {
        return std::borrow::Cow::Borrowed(v);
    }
    re.replace_all(v, &b" "[..])
}

/// Pattern hits in the kept columns of the table being read, judged at its end by the column
/// tests.
#[derive(Default)]
struct KeptHits {
    /// The table's policies and column names.
    pol: Vec<Policy>,
    names: Vec<String>,
    stats: HashMap<usize, ColumnStats>,
    /// Hits by (`db.table.column`, detector).
    hits: Findings,
}

impl KeptHits {
    /// Judge the hits of the table read so far into `patterns` (leaks) and `only` (pattern
    /// only), and start afresh.
    fn judge(&mut self, patterns: &mut Findings, only: &mut Findings) {
        for ((column, kind), found) in std::mem::take(&mut self.hits.0) {
            let c = self.pol.iter().position(|p| p.name == column);
            let d = Detector::ALL.into_iter().find(|d| d.name() == kind);
            let not = match (c, d) {
                (Some(c), Some(d)) => {
                    self.pol[c].waived.iter().any(|w| w == kind_of(d).name())
                        || self.stats.get(&c).is_some_and(|s| {
                            let dec = s.decide(&ColumnContext {
                                column: &self.names[c],
                                exempt: self.pol[c].generated(),
                                ..ColumnContext::default()
                            });
                            dec.of(kind_of(d))
                                .is_some_and(|e| e.verdict == Verdict::Not)
                        })
                }
                _ => false,
            };
            let target = if not { &mut *only } else { &mut *patterns };
            let e = target.0.entry((column, kind)).or_default();
            e.0 += found.0;
            e.1.extend(found.1);
            e.1.truncate(ROWS_KEPT);
        }
        // Every other kind the column tests find PERSONAL (person names, numbers written in a
        // form no pattern reads, `91` and ten digits…): the same decision as profile and the
        // output gate.
        for (c, st) in &self.stats {
            let dec = st.decide(&ColumnContext {
                column: &self.names[*c],
                exempt: self.pol[*c].generated(),
                ..ColumnContext::default()
            });
            for e in dec
                .evidence
                .iter()
                .filter(|e| e.verdict == Verdict::Personal)
            {
                let name = e.kind.name();
                let detector = Detector::ALL
                    .into_iter()
                    .find(|d| kind_of(*d) == e.kind)
                    .map(Detector::name);
                let seen = |t: &Findings| {
                    t.0.contains_key(&(
                        self.pol[*c].name.clone(),
                        detector.unwrap_or(name).to_string(),
                    ))
                };
                if self.pol[*c].waived.iter().any(|w| w == name) || seen(patterns) || seen(only) {
                    continue;
                }
                let f = patterns
                    .0
                    .entry((self.pol[*c].name.clone(), name.to_string()))
                    .or_default();
                f.0 += e.matches;
            }
        }
        self.stats.clear();
    }
}

impl Policy {
    /// The kinds the column's own rule writes (nothing for a kept column).
    fn generated(&self) -> crate::pii::column::KindSet {
        self.strategy.as_ref().map_or(
            crate::pii::column::KindSet::EMPTY,
            Strategy::generated_kinds,
        )
    }
}

fn exemptions(s: &Strategy) -> [bool; 5] {
    let mut e = [false; 5];
    for d in s.exempt_detectors() {
        e[*d as usize] = true;
    }
    e
}

fn policies(rules: &RuleSet, db: Option<&str>, table: &TableSchema) -> Vec<Policy> {
    let mut key_for = crate::strategy::plan::check_only_key;
    let display = display_name(db, &table.name);
    let actions = compile(rules, db, table, &mut key_for).map(|p| p.actions);
    table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // A `null`, `empty` or `fixed` column can never write a phone or a name: what
            // verify finds there was not written by the rule (a raw dump read under the
            // rules), so it is judged like a kept column. Images hold no text to read.
            let strategy = match &actions {
                Ok(a) => match &a[i] {
                    Action::Keep => None,
                    Action::Rewrite(c) if c.strategy.is_blank() => None,
                    Action::Rewrite(c) => Some(c.strategy.clone()),
                },
                Err(_) => None,
            };
            let skip = matches!(&actions, Ok(a) if matches!(&a[i], Action::Rewrite(c) if matches!(c.strategy, Strategy::Media(Media::Image))));
            Policy {
                name: format!("{display}.{}", c.name),
                exempt: strategy.as_ref().map(exemptions).unwrap_or_default(),
                free_text: strategy.as_ref().is_some_and(Strategy::is_free_text),
                domain: strategy
                    .as_ref()
                    .map(|s| s.fingerprint_domain().to_string())
                    .unwrap_or_default(),
                weak: strategy.as_ref().is_some_and(Strategy::is_weak),
                no_patterns: crate::pii::detect::type_cannot_match(&c.sql_type),
                waived: rules
                    .table(db, &table.name)
                    .map(|t| {
                        t.waivers
                            .iter()
                            .filter(|w| w.column.eq_ignore_ascii_case(&c.name))
                            .map(|w| w.detector.clone())
                            .collect()
                    })
                    .unwrap_or_default(),
                strategy,
                skip,
            }
        })
        .collect()
}

/// Collected findings: (column, kind) → (count, rows).
#[derive(Default)]
struct Findings(BTreeMap<(String, String), (u64, Vec<u64>)>);

impl Findings {
    fn add(&mut self, column: &str, kind: &str, row: u64) {
        let e = self
            .0
            .entry((column.to_string(), kind.to_string()))
            .or_default();
        e.0 += 1;
        if e.1.len() < ROWS_KEPT && e.1.last() != Some(&row) {
            e.1.push(row);
        }
    }

    fn into_findings(self) -> Vec<Finding> {
        let mut v: Vec<Finding> = self
            .0
            .into_iter()
            .map(|((column, kind), (count, rows))| Finding {
                column,
                kind,
                count,
                rows,
            })
            .collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.column.cmp(&b.column)));
        v
    }
}

/// Email domains the rules generate (`reserved_domain`s).
fn rule_domains(rules: &RuleSet) -> Vec<String> {
    let mut v = Vec::new();
    for t in rules.tables() {
        for (_, s) in &t.columns {
            if let Some(d) = s.generated_email_domain() {
                v.push(d.to_ascii_lowercase());
            }
        }
    }
    v.sort();
    v.dedup();
    v
}

/// Scan the plain dump `input` under `rules`, with the run's fingerprints if given.
///
/// # Errors
/// Reading or lexing the dump (positions only).
pub fn verify<R: Read>(
    input: R,
    rules: &RuleSet,
    fingerprints: Option<&Fingerprints>,
    database: Option<String>,
) -> Result<VerifyReport> {
    let domains = rule_domains(rules);
    let mut cache: HashMap<(Option<String>, String), Vec<Policy>> = HashMap::new();
    let mut patterns = Findings::default();
    let mut survivors = Findings::default();
    let mut weak = Findings::default();
    let mut unverified = Findings::default();
    let mut only = Findings::default();
    let mut names = Findings::default();
    let run_names = fingerprints.map(RunNames);
    let only_names: Option<&dyn NameWords> = run_names.as_ref().map(|n| n as &dyn NameWords);
    let mut kept = KeptHits::default();
    let mut current: Option<(Option<String>, String)> = None;
    let mut report = VerifyReport {
        fingerprints: fingerprints.is_some(),
        ..VerifyReport::default()
    };
    let summary = scan(
        input,
        database,
        |_, _| true,
        |r: &RowVisit| {
            let key = (r.db.map(str::to_string), r.table.name.to_lowercase());
            let changed = current.as_ref() != Some(&key);
            if changed {
                kept.judge(&mut patterns, &mut only);
                current = Some(key.clone());
            }
            let pol = cache
                .entry(key)
                .or_insert_with(|| policies(rules, r.db, r.table));
            if changed {
                kept.pol = pol.clone();
                kept.names = r.table.columns.iter().map(|c| c.name.clone()).collect();
            }
            for (vi, span) in r.spans.iter().enumerate() {
                let p = &pol[r.columns[vi]];
                if p.skip {
                    continue;
                }
                let Some(v) = decode(r.stmt, span) else {
                    continue;
                };
                report.values += 1;
                // Survivors: the whole value of a rewritten structured column.
                if let (Some(fp), Some(_), false) = (fingerprints, &p.strategy, p.free_text) {
                    let f = fp.key().fp(&p.domain, &normalize_value(&p.domain, &v));
                    if fp.originals.contains(&f) {
                        if fp.generated.contains(&f) {
                            report.coincidences += 1;
                        } else if p.weak {
                            weak.add(&p.name, &format!("survivor:{}", p.domain), r.row);
                        } else {
                            survivors.add(&p.name, &format!("survivor:{}", p.domain), r.row);
                        }
                    }
                }
                if p.no_patterns {
                    continue;
                }
                let c = r.columns[vi];
                let is_kept = p.strategy.is_none();
                // Kept and structured rewritten columns are judged by the column tests, as the
                // output gate judges them: a pattern is a leak only where the column's share of
                // it is more than chance gives (a phone column's `91`-prefixed fakes pass the
                // Aadhaar check one time in ten, and are no Aadhaar column).
                let by_column = is_kept || !p.free_text;
                if by_column {
                    kept.stats.entry(c).or_default().observe(&v, None, &domains);
                }
                // Person names outside name columns.
                if (is_kept || p.free_text)
                    && v.iter().any(|b| b.is_ascii_alphabetic() || *b >= 0x80)
                    && std::str::from_utf8(&v)
                        .is_ok_and(|t| names_a_person(t, only_names).is_some())
                {
                    names.add(&p.name, Kind::PersonName.name(), r.row);
                }
                let text = if p.free_text {
                    without_uuids_and_urls(&v)
                } else {
                    std::borrow::Cow::Borrowed(&v[..])
                };
                detect(&text, |d, norm, domain| {
                    if d == Detector::Email
                        && domain.is_some_and(|x| is_generated_domain(x, &domains))
                    {
                        return;
                    }
                    if allow_listed(d, &norm) {
                        report.generated_hits += 1;
                        return;
                    }
                    if is_kept {
                        kept.hits.add(&p.name, d.name(), r.row);
                        return;
                    }
                    let generated = fingerprints.map(|fp| {
                        let f = fp.key().fp(d.domain(), &norm);
                        (fp.generated.contains(&f), fp.originals.contains(&f))
                    });
                    if !p.free_text
                        && !p.exempt[d as usize]
                        && !matches!(generated, Some((true, _)))
                    {
                        kept.hits.add(&p.name, d.name(), r.row);
                        return;
                    }
                    if p.free_text {
                        match generated {
                            Some((true, _)) => report.generated_hits += 1,
                            Some((false, true)) => {
                                survivors.add(&p.name, &format!("survivor:{}", d.domain()), r.row)
                            }
                            Some((false, false)) => patterns.add(&p.name, d.name(), r.row),
                            None => unverified.add(&p.name, d.name(), r.row),
                        }
                    } else if p.exempt[d as usize] || matches!(generated, Some((true, _))) {
                        report.generated_hits += 1;
                    } else {
                        patterns.add(&p.name, d.name(), r.row);
                    }
                });
            }
        },
    )?;
    kept.judge(&mut patterns, &mut only);
    report.tables = summary.catalog.len();
    report.rows = summary.rows;
    report.pattern_only = only.into_findings();
    report.bytes = summary.bytes;
    report.patterns = patterns.into_findings();
    report.survivors = survivors.into_findings();
    report.weak_matches = weak.into_findings();
    report.unverified = unverified.into_findings();
    report.names = names.into_findings();
    Ok(report)
}

/// Run [`verify`] over every file of `paths` (`-` = stdin; any input format, `keys` open
/// encrypted ones) and add up the findings; `observer` hears how far each input is read.
///
/// # Errors
/// Reading or lexing an input; inputs with no table at all (verify needs the whole dump).
pub fn verify_files(
    paths: &[PathBuf],
    rules: &RuleSet,
    fingerprints: Option<&Fingerprints>,
    database: Option<&str>,
    keys: &Keyring,
    observer: &dyn Observer,
) -> Result<VerifyReport> {
    let mut total = VerifyReport {
        fingerprints: fingerprints.is_some(),
        ..VerifyReport::default()
    };
    for path in paths {
        let input = open_input(path, keys)?;
        let r = verify(
            WatchedRead::new(input.reader, observer, &input.name),
            rules,
            fingerprints,
            database.map(str::to_string),
        );
        outcome(observer, &input.name, &r);
        total.merge(r?);
    }
    if total.tables == 0 {
        return Err(ErrorKind::Schema {
            pos: Position::default(),
            what: "the input has no CREATE TABLE: verify needs the whole anonymized dump, not an \
                   empty or data-only file"
                .into(),
        }
        .into());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = "version: 1\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          id: keep\n          phone: phone\n          note: scrub\n          code: keep\n";
    const DDL: &str = "USE `d`;\nCREATE TABLE `t` (`id` int, `phone` varchar(20), `note` text, `code` varchar(20));\n";

    fn run(rows: &str) -> VerifyReport {
        let rules = RuleSet::from_yaml(RULES, "r").unwrap();
        let dump = format!("{DDL}INSERT INTO `t` VALUES {rows};\n");
        verify(dump.as_bytes(), &rules, None, None).unwrap()
    }

    #[test]
    fn random_surrogate_keys_that_pass_verhoeff_are_pattern_only() {
        // 10,000 random 12-digit keys in a kept column: ~10% pass Verhoeff by chance; the
        // column test sees the chance rate, so none is a leak.
        let mut x = 99u64;
        let rows: Vec<String> = (0..10_000)
            .map(|i| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                format!(
                    "({i},NULL,NULL,'{}{:011}')",
                    2 + (x >> 60) % 8,
                    (x >> 20) % 100_000_000_000
                )
            })
            .collect();
        let r = run(&rows.join(","));
        assert_eq!(r.leaks(), 0, "{:?}", r.patterns);
        assert!(r
            .pattern_only
            .iter()
            .any(|f| f.kind == "aadhaar" && f.count > 500));
        // Sorted serials that happen to pass: pattern only too.
        let rows: Vec<String> = (0..500)
            .map(|i| format!("({i},NULL,NULL,'{}')", 234_567_890_000u64 + i))
            .collect();
        assert_eq!(run(&rows.join(",")).leaks(), 0);
    }

    #[test]
    fn uuids_urls_and_allow_listed_numbers_are_no_leaks() {
        let r = run("(1,NULL,'ref 123e4567-e89b-12d3-a456-234567890124 see https://x.org/a/9876543210',NULL),(2,NULL,NULL,'9999999999'),(3,NULL,NULL,'999941057058')");
        assert_eq!(r.leaks(), 0, "{:?}", r.patterns);
        assert!(r.unverified.is_empty(), "{:?}", r.unverified);
    }

    #[test]
    fn kept_columns_with_patterns_are_leaks_and_generated_columns_are_not() {
        let r = run("(1,'9876543210','nothing here','ok'),(2,'9876543211','x','234567890124')");
        assert_eq!(r.rows, 2);
        assert_eq!(r.generated_hits, 2, "the phone column holds fakes");
        assert_eq!(
            r.patterns,
            vec![Finding {
                column: "d.t.code".into(),
                kind: "aadhaar".into(),
                count: 1,
                rows: vec![2]
            }]
        );
        assert!(!r.passes());
    }

    #[test]
    fn verhoeff_invalid_numbers_and_generated_emails_are_not_leaks() {
        let r = run("(1,NULL,NULL,'234567890125'),(2,NULL,NULL,'user@example.org')");
        assert!(r.passes(), "{r:?}");
    }

    /// Rows of a kept `code` column of full names, with a note naming a person.
    fn named_rows() -> String {
        let names = [
            "Ramesh Kumar",
            "Sunita Devi",
            "Anil Patil",
            "Kavita Sharma",
            "Suresh Yadav",
        ];
        (0..200)
            .map(|i| {
                format!(
                    "({i},NULL,'{}','{}')",
                    if i == 7 {
                        "fever since two days, seen with Ramesh Kumar at the PHC"
                    } else {
                        "fever since two days"
                    },
                    names[i % names.len()]
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn a_kept_column_of_names_fails_and_names_in_notes_are_reported() {
        let r = run(&named_rows());
        assert!(!r.passes());
        let f = r.patterns.iter().find(|f| f.kind == "person_name").unwrap();
        assert_eq!(f.column, "d.t.code");
        assert!(f.count > 100, "{f:?}");
        let note = r.names.iter().find(|f| f.column == "d.t.note").unwrap();
        assert_eq!((note.count, note.rows.clone()), (1, vec![8]));
        // A column of place or product words is no name column.
        let rows: Vec<String> = (0..200)
            .map(|i| {
                format!(
                    "({i},NULL,NULL,'{}')",
                    ["Paracetamol 500", "Ward B", "OPD"][i % 3]
                )
            })
            .collect();
        let r = run(&rows.join(","));
        assert!(r.passes() && r.names.is_empty(), "{r:?}");
    }

    #[test]
    fn a_waiver_makes_a_kept_name_column_pass() {
        let rules = RuleSet::from_yaml(
            &format!(
                "{RULES}        waivers:\n          - {{column: code, detector: person_name, share: 1.0, reason: 'doctors on the public roster'}}\n"
            ),
            "r",
        )
        .unwrap();
        let dump = format!("{DDL}INSERT INTO `t` VALUES {};\n", named_rows());
        let r = verify(dump.as_bytes(), &rules, None, None).unwrap();
        assert!(r.passes(), "{:?}", r.patterns);
    }

    #[test]
    fn with_fingerprints_only_the_runs_original_names_count() {
        use crate::gates::fingerprint::{FingerprintRecorder, Fingerprints};
        use crate::strategy::record::Recorder;
        let rules = RuleSet::from_yaml(
            "version: 1\ndatabases:\n  d:\n    tables:\n      p:\n        columns:\n          n: full_name\n",
            "r",
        )
        .unwrap();
        let table = crate::dump::schema::parse_create_table(b"CREATE TABLE `p` (`n` varchar(40));")
            .unwrap();
        let mut key = crate::strategy::plan::check_only_key;
        let plan = compile(&rules, Some("d"), &table, &mut key).unwrap();
        let Action::Rewrite(c) = &plan.actions[0] else {
            panic!("a name column is rewritten")
        };
        let rec = FingerprintRecorder::new().unwrap();
        rec.record("d.p", c, b"Tejaswini Borkar", b"Kavita Sharma");
        let mut buf = Vec::new();
        rec.write(&mut buf).unwrap();
        let fp = Fingerprints::read(&mut &buf[..], "t").unwrap();
        let rules = RuleSet::from_yaml(RULES, "r").unwrap();
        let dump = format!(
            "{DDL}INSERT INTO `t` VALUES (1,NULL,'met Tejaswini Borkar today at home',NULL),(2,NULL,'met Kavita Sharma today at home',NULL),(3,NULL,'met Ramesh Kumar today at home',NULL);\n"
        );
        let r = verify(dump.as_bytes(), &rules, Some(&fp), None).unwrap();
        let f = &r.names[0];
        assert_eq!(
            (r.names.len(), f.count, f.rows.clone()),
            (1, 1, vec![1]),
            "{r:?}"
        );
    }

    #[test]
    fn free_text_hits_without_fingerprints_are_unverified_not_failing() {
        let r = run("(1,NULL,'call 9876543210',NULL)");
        assert!(r.passes());
        assert_eq!(r.unverified[0].kind, "mobile");
    }
}
