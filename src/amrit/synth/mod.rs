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

mod person;
mod schema;
mod values;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use person::Person;
pub use schema::create_table;
pub use values::{holds, Holds};

use crate::amrit::facts::DatabaseFacts;
use crate::dump::coltype::ColumnType;
use crate::dump::schema::TableSchema;
use crate::dump::synth::Rng;
use crate::dump::writer::DumpWriter;
use values::{value, write_val, Val};

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

/// The dumps' server version, and the date of their closing line (fixed: the files depend
/// on the seed and size only).
const SERVER_VERSION: &str = "8.0.36";
const COMPLETED: &str = "2026-01-01  0:00:00";

/// Write the dump of one database with `people` people; returns rows per table.
fn write_database(
    out: &mut dyn Write,
    db: &DatabaseFacts,
    people: u64,
    seed: u64,
) -> io::Result<Vec<(String, u64)>> {
    let mut w = DumpWriter::new(io::BufWriter::with_capacity(1 << 20, out), 1 << 20);
    w.header(
        &db.database,
        SERVER_VERSION,
        "Synthetic AMRIT data made by `amrit-stream synth --amrit`: no real person.",
    )?;
    let mut tables: Vec<&TableSchema> = db.tables.iter().collect();
    tables.sort_by(|a, b| a.name.cmp(&b.name));
    let mut counts = Vec::new();
    for t in tables {
        let auto_increment = db.auto_increment.get(&t.name).map_or(&[][..], |v| v);
        w.structure(&t.name, &create_table(t, auto_increment))?;
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
        w.begin_data(&t.name, None)?;
        let rows = write_rows(&mut w, t, people, seed, per, every)?;
        w.end_data()?;
        counts.push((format!("{}.{}", db.database, t.name), rows));
    }
    w.footer(COMPLETED)?;
    Ok(counts)
}

/// The rows of a central table: `per` rows for every `every`-th of `people` people.
fn write_rows<W: Write>(
    w: &mut DumpWriter<W>,
    t: &TableSchema,
    people: u64,
    seed: u64,
    per: u64,
    every: u64,
) -> io::Result<u64> {
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
    for i in (0..people).filter(|i| i % every == 0) {
        let p = Person::new(seed, i);
        for visit in 0..per {
            row += 1;
            let mut rng = Rng::new(seed ^ row.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ i);
            w.begin_row();
            for (j, c) in t.columns.iter().enumerate() {
                if j > 0 {
                    w.next_value();
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
                write_val(w, v, ty, *nullable);
            }
            w.end_row()?;
        }
    }
    Ok(row)
}

/// The Flyway history of a database at `version`: one successful migration per version, as
/// Flyway writes it (the `check` gate reads the highest one).
fn write_flyway_rows<W: Write>(
    w: &mut DumpWriter<W>,
    t: &TableSchema,
    version: u32,
) -> io::Result<()> {
    if version == 0 {
        return Ok(());
    }
    let cols: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
    w.begin_data(&t.name, Some(&cols))?;
    for v in 1..=version {
        w.begin_row();
        for (j, c) in t.columns.iter().enumerate() {
            if j > 0 {
                w.next_value();
            }
            match c.name.to_ascii_lowercase().as_str() {
                "installed_rank" | "execution_time" => w.value_number(&v.to_string()),
                "version" => w.value_text(v.to_string().as_bytes()),
                "description" => w.value_text(format!("migration {v}").as_bytes()),
                "type" => w.value_text(b"SQL"),
                "script" => w.value_text(format!("V{v}__migration_{v}.sql").as_bytes()),
                "checksum" => w.value_number(&(1_000_000 + v * 7919).to_string()),
                "installed_by" => w.value_text(b"amrit"),
                "installed_on" => w.value_text(b"2025-01-01 00:00:00"),
                "success" => w.value_number("1"),
                _ => w.value_null(),
            }
        }
        w.end_row()?;
    }
    w.end_data()
}

/// Counts bytes written, for sizing.
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
        for w in person::MALE
            .iter()
            .chain(person::FEMALE)
            .chain(person::SURNAMES)
        {
            assert!(!fakes(w), "{w} is also a fake name");
        }
    }
}
