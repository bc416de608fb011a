//! What a run counted: bytes, statements, rows and rewritten values per table and per strategy,
//! and where the time went. Names and counts only.

use std::collections::BTreeMap;

use crate::rules::RuleSet;

/// Per-table counts of a run: one record per table, rewritten or copied unchanged.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TableStats {
    /// Rows of the table written.
    pub rows: u64,
    /// Values replaced.
    pub values_rewritten: u64,
    /// NULLs left as NULL in rewritten columns.
    pub nulls_kept: u64,
    /// True when the table was copied unchanged (no column of it is rewritten; its rows are
    /// counted only with [`Options::count_rows`](super::Options::count_rows)).
    pub kept: bool,
}

impl TableStats {
    /// Add another run's counts of the same table: it is kept only if both copied it.
    pub fn add(&mut self, other: &TableStats) {
        self.rows += other.rows;
        self.values_rewritten += other.values_rewritten;
        self.nulls_kept += other.nulls_kept;
        self.kept &= other.kept;
    }
}

/// What a run did.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Bytes of plain dump read.
    pub bytes_in: u64,
    /// Bytes written.
    pub bytes_out: u64,
    /// Statements in the dump.
    pub statements: u64,
    /// Counts per `db.table`: rewritten tables, and those copied unchanged whose rows were
    /// counted (`kept`).
    pub tables: BTreeMap<String, TableStats>,
    /// Rules that matched nothing in this dump.
    pub unmatched_rules: Vec<String>,
    /// Tables the dump declared.
    pub tables_seen: Vec<String>,
    /// (pattern name, `db.table.column`) for every column a pattern covered.
    pub pattern_matches: Vec<(String, String)>,
    /// Values rewritten per strategy name.
    pub by_strategy: BTreeMap<String, u64>,
    /// Values a strategy could not read, per `db.table.column`: each took the rule's
    /// `on_unparsed` fallback (never its original bytes).
    pub fallbacks: BTreeMap<String, u64>,
    /// Identity-shaped tokens `scrub` could not classify and rewrote shape for shape, per
    /// `db.table.column`.
    pub shaped: BTreeMap<String, u64>,
    /// Inputs without a mysqldump / mariadb-dump header (`--skip-comments` dumps, hand-made
    /// files): whether they are complete could not be checked.
    pub inputs_unchecked: u64,
    /// What the data gate tested, left undecided and let through under waivers.
    pub gate: super::gate::DataGateReport,
    /// Seconds the reader thread spent reading, splitting and gating (not waiting).
    pub read_secs: f64,
    /// Seconds the workers spent rewriting, summed over workers.
    pub rewrite_secs: f64,
    /// Seconds spent writing the output (compression and encryption included).
    pub write_secs: f64,
}

impl Stats {
    /// Add the counts of another run (the next input file) to these.
    pub fn merge(&mut self, s: Stats) {
        self.bytes_in += s.bytes_in;
        self.bytes_out += s.bytes_out;
        self.statements += s.statements;
        for (t, c) in s.tables {
            match self.tables.entry(t) {
                std::collections::btree_map::Entry::Occupied(mut e) => e.get_mut().add(&c),
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(c);
                }
            }
        }
        self.unmatched_rules.extend(s.unmatched_rules);
        self.tables_seen.extend(s.tables_seen);
        self.pattern_matches.extend(s.pattern_matches);
        for (k, v) in s.by_strategy {
            *self.by_strategy.entry(k).or_default() += v;
        }
        self.inputs_unchecked += s.inputs_unchecked;
        self.gate.tables += s.gate.tables;
        self.gate.columns += s.gate.columns;
        self.gate.rewritten += s.gate.rewritten;
        self.gate.windows += s.gate.windows;
        self.gate.originals_learnt += s.gate.originals_learnt;
        self.gate.originals_searched += s.gate.originals_searched;
        self.gate.undecided.extend(s.gate.undecided);
        self.gate.waived.extend(s.gate.waived);
        self.gate.unchanged.extend(s.gate.unchanged);
        for (k, v) in s.shaped {
            *self.shaped.entry(k).or_default() += v;
        }
        for (k, v) in s.fallbacks {
            *self.fallbacks.entry(k).or_default() += v;
        }
        self.read_secs += s.read_secs;
        self.rewrite_secs += s.rewrite_secs;
        self.write_secs += s.write_secs;
    }
}

/// Values a rewritten column needs before a majority written unchanged is noted.
pub const UNCHANGED_NOTE_MIN: u64 = 100;

/// What a run has to say besides its counts: notes (said unless quiet) and warnings (always).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Messages {
    /// Informational lines.
    pub notes: Vec<String>,
    /// Lines the user must see.
    pub warnings: Vec<String>,
}

impl Stats {
    /// The notes and warnings of a run under `rules`: rules that matched nothing, name
    /// patterns and the columns they covered, values that took a rule's fallback, inputs whose
    /// completeness could not be checked. Names and counts only.
    pub fn messages(&self, rules: &RuleSet) -> Messages {
        let mut m = Messages::default();
        let (note, unmatched) = rules.unmatched_messages(&self.unmatched_rules);
        m.notes.extend(note);
        for (p, n) in self.pattern_counts() {
            m.notes.push(format!("pattern `{p}` covered {n} column(s)"));
        }
        for r in unmatched {
            m.warnings
                .push(format!("rule for {r} matched nothing in this dump"));
        }
        for (c, n) in &self.shaped {
            m.notes.push(format!(
                "{n} identity-shaped token(s) in {c} that scrub could not classify were rewritten shape for shape"
            ));
        }
        for (c, n) in &self.fallbacks {
            m.warnings.push(format!(
                "{n} value(s) of {c} could not be read by its rule and took its fallback (on_unparsed)"
            ));
        }
        if self.gate.tables > 0 {
            m.notes.push(format!(
                "output gate: {} columns of {} tables tested on what was written ({} rewritten), {} originals learnt and searched for; {} undecided, {} waiver(s) used",
                self.gate.columns,
                self.gate.tables,
                self.gate.rewritten,
                self.gate.originals_learnt,
                self.gate.undecided.len(),
                self.gate.waived.len()
            ));
        }
        // A note with nothing to scrub is written as it was; a name, phone or id is not.
        let free_text = |rule: &str| matches!(rule, "scrub" | "json" | "path" | "lorem");
        for u in &self.gate.unchanged {
            if u.of >= UNCHANGED_NOTE_MIN && u.unchanged * 2 >= u.of && !free_text(&u.rule) {
                m.notes.push(format!(
                    "{}: {} of {} values written unchanged by `{}` (judged as kept)",
                    u.column, u.unchanged, u.of, u.rule
                ));
            }
        }
        if self.inputs_unchecked > 0 {
            m.warnings.push(format!(
                "{} input(s) have no mysqldump/mariadb-dump header (a --skip-comments dump?): \
                 whether they are complete cannot be checked",
                self.inputs_unchecked
            ));
        }
        m
    }

    /// Columns each name pattern of the rules covered.
    pub fn pattern_counts(&self) -> BTreeMap<&str, usize> {
        let mut per = BTreeMap::new();
        for (p, _) in &self.pattern_matches {
            *per.entry(p.as_str()).or_default() += 1;
        }
        per
    }

    /// Rows written, of every table counted (rewritten and kept).
    pub fn rows(&self) -> u64 {
        self.tables.values().map(|t| t.rows).sum()
    }

    /// The rewritten tables and their counts.
    pub fn rewritten(&self) -> impl Iterator<Item = (&String, &TableStats)> {
        self.tables.iter().filter(|(_, t)| !t.kept)
    }

    /// One line saying what the run did (counts only).
    pub fn headline(&self) -> String {
        let rows: u64 = self.rewritten().map(|(_, t)| t.rows).sum();
        let values: u64 = self.tables.values().map(|t| t.values_rewritten).sum();
        format!(
            "done: {} bytes in, {} bytes out, {} tables, {} rows in {} rewritten tables, {} values rewritten",
            self.bytes_in,
            self.bytes_out,
            self.tables_seen.len(),
            rows,
            self.rewritten().count(),
            values
        )
    }
}
