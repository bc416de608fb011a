//! Content profiling: stream a dump, run the column tests ([`crate::pii::column`]) over every
//! value of every column, and put each decision beside the column's rule. A column the rules
//! keep (or that no rule covers) that tests PERSONAL fails the profile, unless the rules hold a
//! waiver for it whose evidence still stands. Names of columns, detectors, counts and shapes
//! only; never a value.
//!
//! The same [`TableProfiler`] runs inside `transform` as the data gate (`transform::gate`).

use crate::rules::spec::Basic;
use std::io::Read;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::dump::catalog::display_name;
use crate::dump::insert::decode;
use crate::dump::reader::ReaderOptions;
use crate::dump::schema::TableSchema;
use crate::error::Result;
use crate::gates::scan::{scan_with, RowVisit};
use crate::io::keys::Keyring;
use crate::io::open_input;
use crate::observe::{outcome, Observer, WatchedRead};
use crate::pii::column::{ColumnContext, ColumnStats, Decision, Kind, KindSet, NameWords, Verdict};
use crate::pii::originals::{
    learn, search, Candidate, ColumnHits, Fact, FactKey, Identity, Originals, Searched,
};
use crate::rules::{RuleSet, Strategy};

/// One column's profile.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ColumnProfile {
    /// `db.table.column`.
    pub column: String,
    /// Its SQL type.
    pub sql_type: String,
    /// The rule in force (`keep`, a strategy's name, or `no rule`).
    pub rule: String,
    /// True when the column's values are written unchanged (kept, or no rule).
    pub kept: bool,
    /// True when the decision is of the values the run *wrote* (the output gate): a rewritten
    /// column is then judged like a kept one.
    pub output: bool,
    /// The column tests' decision.
    pub decision: Decision,
    /// The waivers that hold for it, by detector, with their reasons.
    pub waived: Vec<(String, String)>,
    /// Waivers in the rules that no longer hold, with why.
    pub broken_waivers: Vec<(String, String)>,
}

impl ColumnProfile {
    /// True when this column fails the gate: its written values (kept, or as the output gate
    /// saw them) are PERSONAL by a detector no waiver covers.
    pub fn fails(&self) -> bool {
        (self.kept || self.output) && !self.unwaived().is_empty()
    }

    /// The detectors that call it PERSONAL with no waiver that holds.
    pub fn unwaived(&self) -> Vec<Kind> {
        self.decision
            .evidence
            .iter()
            .filter(|e| e.verdict == Verdict::Personal)
            .filter(|e| !self.waived.iter().any(|(d, _)| d == e.kind.name()))
            .map(|e| e.kind)
            .collect()
    }

    /// A waiver to paste under the table's `waivers:` once a reviewer has checked the column.
    pub fn suggested_waiver(&self) -> Option<String> {
        let k = *self.unwaived().first()?;
        let e = self.decision.of(k)?;
        let col = self.column.rsplit('.').next().unwrap_or(&self.column);
        Some(format!(
            "{{column: {col}, detector: {}, share: {:.2}, reason: \"WHY KEEPING IT IS RIGHT\"}}",
            k.name(),
            e.share
        ))
    }
}

/// What `profile` found.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProfileReport {
    /// Tables declared.
    pub tables: usize,
    /// Rows read.
    pub rows: u64,
    /// Plain bytes read.
    pub bytes: u64,
    /// Originals learnt from the identity columns (as keyed fingerprints) and searched for in
    /// the kept columns, as the output gate of `transform` does.
    pub names_learnt: usize,
    /// Every column that had rows, in dump order.
    pub columns: Vec<ColumnProfile>,
}

impl ProfileReport {
    /// The columns that fail the gate.
    pub fn failing(&self) -> impl Iterator<Item = &ColumnProfile> {
        self.columns.iter().filter(|c| c.fails())
    }

    /// True when no column fails.
    pub fn passes(&self) -> bool {
        self.failing().next().is_none()
    }

    /// Count of columns with `verdict`.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.columns
            .iter()
            .filter(|c| c.decision.verdict == verdict)
            .count()
    }
}

/// The rule in force for one column, as the profiler sees it.
#[derive(Debug, Clone)]
pub struct ColumnRule {
    /// `keep`, a strategy's name, or `no rule`.
    pub label: String,
    /// Written unchanged.
    pub kept: bool,
    /// The rule's originals name a person (learnt and searched for, as the output gate does).
    pub identity: Option<Identity>,
}

/// The rules of every column of `table`.
pub fn column_rules(rules: &RuleSet, db: Option<&str>, table: &TableSchema) -> Vec<ColumnRule> {
    table
        .columns
        .iter()
        .map(|c| match rules.rule_for(db, &table.name, &c.name) {
            Some((s, _)) => ColumnRule {
                label: s.name().to_string(),
                kept: s == Strategy::Basic(Basic::Keep),
                identity: s.identity(),
            },
            None => ColumnRule {
                label: "no rule".into(),
                kept: true,
                identity: None,
            },
        })
        .collect()
}

/// Email domains the rules generate (`reserved_domain`s), which are never personal.
pub fn generated_domains(rules: &RuleSet) -> Vec<String> {
    let mut v: Vec<String> = rules
        .tables()
        .flat_map(|t| t.columns.iter())
        .filter_map(|(_, s)| s.generated_email_domain().map(str::to_ascii_lowercase))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The column tests of one table's rows, fed row by row.
pub struct TableProfiler {
    /// `db.table`.
    pub display: String,
    db: Option<String>,
    table: TableSchema,
    rules: Vec<ColumnRule>,
    /// Which columns are tested.
    tested: Vec<bool>,
    stats: Vec<ColumnStats>,
    /// Which kept columns are searched for the run's originals (their type can hold text).
    searched: Vec<bool>,
    hits: Vec<ColumnHits>,
}

impl TableProfiler {
    /// A profiler for `table`; `only_kept` tests only the columns written unchanged (the data
    /// gate), otherwise every column (`profile`).
    pub fn new(rules: &RuleSet, db: Option<&str>, table: &TableSchema, only_kept: bool) -> Self {
        let col_rules = column_rules(rules, db, table);
        let tested = col_rules.iter().map(|r| r.kept || !only_kept).collect();
        TableProfiler {
            display: display_name(db, &table.name),
            db: db.map(str::to_string),
            table: table.clone(),
            searched: table
                .columns
                .iter()
                .zip(&col_rules)
                .map(|(c, r)| r.kept && !crate::pii::detect::type_cannot_match(&c.sql_type))
                .collect(),
            hits: vec![ColumnHits::default(); table.columns.len()],
            tested,
            stats: vec![ColumnStats::default(); table.columns.len()],
            rules: col_rules,
        }
    }

    /// True when no column is tested.
    pub fn is_idle(&self) -> bool {
        !self.tested.contains(&true)
    }

    /// Stop testing column `i` (decided).
    pub fn stop_testing(&mut self, i: usize) {
        self.tested[i] = false;
    }

    /// True when column `i` is tested.
    pub fn tests(&self, i: usize) -> bool {
        self.tested[i]
    }

    /// Feed one row: `columns[k]` is the schema index of value `k`. Identity columns teach
    /// `originals` and kept columns are searched for them, as the output gate does.
    pub fn row(
        &mut self,
        stmt: &[u8],
        spans: &[crate::dump::insert::Span],
        columns: &[usize],
        originals: Option<&mut RunOriginals>,
        domains: &[String],
    ) {
        if let Some(o) = originals {
            o.row(self, stmt, spans, columns);
        }
        let tested = &self.tested;
        observe_row(
            &mut self.stats,
            |c| tested[c],
            stmt,
            spans,
            columns,
            None,
            domains,
        );
    }

    /// The stats of column `i`.
    pub fn stats(&self, i: usize) -> &ColumnStats {
        &self.stats[i]
    }

    /// Add the stats of a piece of the same table (from another thread) for the columns still
    /// tested.
    pub fn merge(&mut self, piece: &[ColumnStats]) {
        for (i, (a, b)) in self.stats.iter_mut().zip(piece).enumerate() {
            if self.tested[i] {
                a.merge(b);
            }
        }
    }

    /// Indexes of the columns still tested.
    pub fn tested_columns(&self) -> Vec<usize> {
        (0..self.tested.len()).filter(|&i| self.tested[i]).collect()
    }

    /// Empty stats for a piece of this table.
    pub fn blank(&self) -> Vec<ColumnStats> {
        vec![ColumnStats::default(); self.stats.len()]
    }

    /// Decide column `i`, with the waivers of `rules` judged on `today` (`YYYY-MM-DD`) and the
    /// originals found in it (`originals`, when the profile searched for them).
    pub fn decide(
        &self,
        i: usize,
        rules: &RuleSet,
        domains: &[String],
        today: &str,
    ) -> ColumnProfile {
        self.decide_with(i, rules, domains, today, None)
    }

    /// [`TableProfiler::decide`] with the originals the profile learnt.
    pub fn decide_with(
        &self,
        i: usize,
        rules: &RuleSet,
        domains: &[String],
        today: &str,
        originals: Option<&Originals>,
    ) -> ColumnProfile {
        let ifsc = self.stats.iter().any(ColumnStats::holds_ifsc);
        let col = &self.table.columns[i];
        let mut decision = self.stats[i].decide(&ColumnContext {
            column: &col.name,
            generated_domains: domains,
            table_has_ifsc: ifsc,
            exempt: KindSet::EMPTY,
        });
        if let Some(e) = originals.and_then(|o| o.evidence(&self.hits[i])) {
            decision.add(e);
        }
        judge(
            Judged {
                rules,
                db: self.db.as_deref(),
                table: &self.table.name,
                display: &self.display,
                column: &col.name,
                sql_type: &col.sql_type,
                rule: &self.rules[i].label,
                kept: self.rules[i].kept,
                output: false,
            },
            decision,
            today,
        )
    }

    /// Decide every tested column that saw a value or a NULL.
    pub fn finish(
        &self,
        rules: &RuleSet,
        domains: &[String],
        today: &str,
        originals: Option<&Originals>,
    ) -> Vec<ColumnProfile> {
        (0..self.stats.len())
            .filter(|&i| self.stats[i].values() > 0)
            .map(|i| self.decide_with(i, rules, domains, today, originals))
            .collect()
    }
}

/// The originals of one profile run: learnt from the identity columns and searched for in the
/// kept columns, statement by statement in dump order (the output gate's order).
#[derive(Default)]
pub struct RunOriginals {
    key: FactKey,
    /// What was learnt so far.
    pub set: Originals,
    learnt: Vec<Fact>,
    pending: Vec<Candidate>,
    /// The statement the pending candidates are from (its address and length).
    stmt: (usize, usize),
}

impl RunOriginals {
    fn row(
        &mut self,
        t: &mut TableProfiler,
        stmt: &[u8],
        spans: &[crate::dump::insert::Span],
        columns: &[usize],
    ) {
        let here = (stmt.as_ptr() as usize, stmt.len());
        if here != self.stmt {
            self.flush(t);
            self.stmt = here;
        }
        for (k, span) in spans.iter().enumerate() {
            let Some(&c) = columns.get(k) else { break };
            let (identity, searched) = (t.rules[c].identity, t.searched[c]);
            if identity.is_none() && !searched {
                continue;
            }
            let Some(v) = decode(stmt, span) else {
                continue;
            };
            if let Some(id) = identity {
                learn(&self.key, id, &v, &mut self.learnt);
            }
            if searched {
                let pending = &mut self.pending;
                search(&self.key, c as u32, &v, Searched::Kept, None, &mut |x| {
                    pending.push(x)
                });
            }
        }
    }

    /// Learn the statement's facts, then search its candidates (as the output gate does).
    fn flush(&mut self, t: &mut TableProfiler) {
        self.set.learn(&self.learnt);
        self.learnt.clear();
        self.pending.sort_unstable();
        self.pending.dedup();
        self.set.search(&self.pending, &mut t.hits);
        self.pending.clear();
    }

    /// The end of a table: what is pending is searched.
    pub fn end_table(&mut self, t: &mut TableProfiler) {
        self.flush(t);
        self.stmt = (0, 0);
    }
}

/// What one column decision is about, for [`judge`].
pub struct Judged<'a> {
    /// The rules (their waivers).
    pub rules: &'a RuleSet,
    /// The database.
    pub db: Option<&'a str>,
    /// The table's name.
    pub table: &'a str,
    /// `db.table`.
    pub display: &'a str,
    /// The column's name.
    pub column: &'a str,
    /// Its SQL type.
    pub sql_type: &'a str,
    /// The rule in force, as reported.
    pub rule: &'a str,
    /// Written unchanged.
    pub kept: bool,
    /// The decision is of the values written (the output gate).
    pub output: bool,
}

/// The one decision of `profile`, the output gate and `verify`: a column's
/// [`ColumnStats::decide`] with the waivers of the rules judged on `today` (`YYYY-MM-DD`).
pub fn judge(j: Judged, decision: Decision, today: &str) -> ColumnProfile {
    let mut waived = Vec::new();
    let mut broken = Vec::new();
    for e in &decision.evidence {
        if let Some(w) = j.rules.waiver(j.db, j.table, j.column, e.kind.name()) {
            match w.broken(e.share, (e.share_low, e.share_high), today) {
                None => waived.push((e.kind.name().to_string(), w.reason.clone())),
                Some(why) => broken.push((e.kind.name().to_string(), why)),
            }
        }
    }
    ColumnProfile {
        column: format!("{}.{}", j.display, j.column),
        sql_type: j.sql_type.to_string(),
        rule: j.rule.to_string(),
        kept: j.kept,
        output: j.output,
        decision,
        waived,
        broken_waivers: broken,
    }
}

/// Feed one row's values into `stats` (one per schema column) for the columns `tested` accepts;
/// `columns[k]` is the schema index of value `k`.
pub fn observe_row(
    stats: &mut [ColumnStats],
    tested: impl Fn(usize) -> bool,
    stmt: &[u8],
    spans: &[crate::dump::insert::Span],
    columns: &[usize],
    names: Option<&dyn NameWords>,
    domains: &[String],
) {
    for (k, span) in spans.iter().enumerate() {
        let Some(&c) = columns.get(k) else { break };
        if !tested(c) {
            continue;
        }
        match decode(stmt, span) {
            None => stats[c].observe_null(),
            Some(v) => stats[c].observe(&v, names, domains),
        }
    }
}

/// Profile the plain dump `input` under `rules`. `today` (`YYYY-MM-DD`) judges waiver expiry.
///
/// # Errors
/// Reading or lexing the dump (positions only).
pub fn profile<R: Read>(
    input: R,
    rules: &RuleSet,
    database: Option<String>,
    today: &str,
) -> Result<ProfileReport> {
    profile_with(input, rules, database, today, ReaderOptions::default())
}

/// [`profile`] with reader options (`allow_incomplete`: a dump whose closing line is missing,
/// such as the head of a large dump cut at a statement boundary).
///
/// # Errors
/// As [`profile`].
pub fn profile_with<R: Read>(
    input: R,
    rules: &RuleSet,
    database: Option<String>,
    today: &str,
    opts: ReaderOptions,
) -> Result<ProfileReport> {
    let domains = generated_domains(rules);
    let mut originals = RunOriginals::default();
    let mut report = ProfileReport::default();
    let mut current: Option<TableProfiler> = None;
    let summary = scan_with(
        input,
        database,
        opts,
        |_, _| true,
        |r: &RowVisit| {
            let display = display_name(r.db, &r.table.name);
            if current.as_ref().is_none_or(|c| c.display != display) {
                if let Some(mut done) = current.take() {
                    originals.end_table(&mut done);
                    report.columns.extend(done.finish(
                        rules,
                        &domains,
                        today,
                        Some(&originals.set),
                    ));
                }
                current = Some(TableProfiler::new(rules, r.db, r.table, false));
            }
            let p = current.as_mut().expect("set above");
            p.row(r.stmt, r.spans, r.columns, Some(&mut originals), &domains);
        },
    )?;
    if let Some(mut done) = current.take() {
        originals.end_table(&mut done);
        report
            .columns
            .extend(done.finish(rules, &domains, today, Some(&originals.set)));
    }
    report.tables = summary.catalog.len();
    report.rows = summary.rows;
    report.bytes = summary.bytes;
    report.names_learnt = originals.set.len() as usize;
    Ok(report)
}

/// Run [`profile`] over every file of `paths` (`-` = stdin; any input format); `observer`
/// hears how far each input is read.
///
/// # Errors
/// Reading or lexing an input.
pub fn profile_files(
    paths: &[PathBuf],
    rules: &RuleSet,
    database: Option<&str>,
    keys: &Keyring,
    today: &str,
    allow_incomplete: bool,
    observer: &dyn Observer,
) -> Result<ProfileReport> {
    let mut total = ProfileReport::default();
    for path in paths {
        let input = open_input(path, keys)?;
        let opts = ReaderOptions {
            allow_incomplete,
            ..ReaderOptions::default()
        };
        let r = profile_with(
            WatchedRead::new(input.reader, observer, &input.name),
            rules,
            database.map(str::to_string),
            today,
            opts,
        );
        outcome(observer, &input.name, &r);
        let r = r?;
        total.tables += r.tables;
        total.rows += r.rows;
        total.bytes += r.bytes;
        total.names_learnt += r.names_learnt;
        total.columns.extend(r.columns);
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rules: &str, rows: &str) -> ProfileReport {
        let dump = format!(
            "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  `SMS_Ph` varchar(20) DEFAULT NULL,\n  `note` varchar(200) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\nINSERT INTO `t` VALUES {rows};\n"
        );
        let rules = RuleSet::from_yaml(rules, "r.yaml").unwrap();
        profile(dump.as_bytes(), &rules, Some("db".into()), "2026-11-30").unwrap()
    }

    fn rows() -> String {
        (0..60)
            .map(|i| {
                format!(
                    "({i},'{}{:09}','ok')",
                    6 + (i * 7) % 4,
                    (i * 7_919_113) % 1_000_000_000
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn a_kept_phone_column_fails_and_a_rewritten_one_does_not() {
        let r = run("version: 1\ndefault: keep\n", &rows());
        let bad: Vec<&str> = r.failing().map(|c| c.column.as_str()).collect();
        assert_eq!(bad, ["db.t.SMS_Ph"]);
        let r = run(
            "version: 1\ndefault: keep\ndatabases:\n  db:\n    tables:\n      t:\n        columns:\n          SMS_Ph: phone\n",
            &rows(),
        );
        assert!(r.passes());
        assert_eq!(
            r.columns
                .iter()
                .find(|c| c.column == "db.t.SMS_Ph")
                .unwrap()
                .decision
                .verdict,
            Verdict::Personal
        );
    }

    #[test]
    fn account_numbers_beside_ifsc_codes_are_personal_without_a_name_cue() {
        let rows: Vec<String> = (0..60u64)
            .map(|i| {
                format!(
                    "({i},'{}','SBIN000{:04}')",
                    31_000_000_000 + (i * 7_919_113_911) % 9_000_000_000,
                    i
                )
            })
            .collect();
        let dump = format!(
            "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  `Ref` varchar(20) DEFAULT NULL,\n  `Code` varchar(11) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\nINSERT INTO `t` VALUES {};\n",
            rows.join(",")
        );
        let rules = RuleSet::from_yaml("version: 1\ndefault: keep\n", "r.yaml").unwrap();
        let r = profile(dump.as_bytes(), &rules, Some("db".into()), "2026-11-30").unwrap();
        let bad: Vec<&str> = r.failing().map(|c| c.column.as_str()).collect();
        assert_eq!(bad, ["db.t.Ref"]);
    }

    #[test]
    fn waivers_hold_until_the_evidence_moves() {
        let waiver = |share: &str| {
            format!("version: 1\ndefault: keep\ndatabases:\n  db:\n    tables:\n      t:\n        columns:\n          SMS_Ph: keep\n        waivers:\n          - {{column: SMS_Ph, detector: mobile, share: {share}, reason: helpline numbers}}\n")
        };
        let r = run(&waiver("1.0"), &rows());
        assert!(r.passes());
        let r = run(&waiver("0.5"), &rows());
        assert!(!r.passes());
        assert!(!r
            .columns
            .iter()
            .find(|c| c.column == "db.t.SMS_Ph")
            .unwrap()
            .broken_waivers
            .is_empty());
    }
}
