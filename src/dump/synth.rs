//! Deterministic synthetic dumps in mariadb-dump's format, for benchmarks, demos and tests.
//! No real personal data: names and places are drawn from small built-in lists by a seeded
//! generator, so the same seed and size always give the same bytes.

use std::io::{self, Write};

const FIRST: &[&str] = &[
    "Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan", "Krishna", "Ishaan",
    "Ananya", "Diya", "Saanvi", "Aadhya", "Pari", "Anika", "Navya", "Myra", "Sara", "Kavya",
    "Lakshmi", "Meena", "Ravi", "Suresh",
];
const LAST: &[&str] = &[
    "Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Nair", "Iyer", "Das", "Bose",
    "Mehta", "Rao", "Yadav", "D'Souza", "Pillai", "Mishra", "Jha", "Khan", "Chauhan",
];
const CITY: &[&str] = &[
    "Lucknow",
    "Patna",
    "Bhopal",
    "Jaipur",
    "Guwahati",
    "Ranchi",
    "Dehradun",
    "Shimla",
    "Raipur",
    "Bhubaneswar",
    "Kohima",
    "Imphal",
    "Agartala",
    "Aizawl",
    "Gangtok",
    "Shillong",
];
/// Clinical-style notes, already escaped as mysqldump writes them.
const NOTE: &[&str] = &[
    "fever for 3 days; advised rest",
    "follow-up after 2 weeks, BP 130/85",
    "patient\\'s mother reports cough\\nno travel history",
    "referred to PHC -- see \\\"remarks\\\"; (urgent),(x)",
    "",
];

/// A small, fast, seeded generator (SplitMix64): deterministic across platforms.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Statement size at which a new INSERT starts, as mysqldump's `net_buffer_length`.
const STATEMENT_BYTES: usize = 1 << 20;

/// What [`write_people_dump`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthStats {
    /// Rows of the `people` table.
    pub rows: u64,
    /// Bytes written.
    pub bytes: u64,
}

/// Write a dump of database `synth` with one table `people` (id, name, email, phone, city,
/// note, created) of at least `target_bytes`, seeded by `seed`.
///
/// # Errors
/// Write errors.
pub fn write_people_dump(
    out: &mut dyn Write,
    target_bytes: u64,
    seed: u64,
) -> io::Result<SynthStats> {
    let mut rng = Rng::new(seed);
    let mut w = io::BufWriter::with_capacity(1 << 20, out);
    let head = "-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)\n--\n-- Host: localhost    Database: synth\n-- ------------------------------------------------------\n\n/*!40101 SET NAMES utf8mb4 */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n\nDROP TABLE IF EXISTS `people`;\nCREATE TABLE `people` (\n  `id` bigint(20) NOT NULL,\n  `name` varchar(100) NOT NULL,\n  `email` varchar(120) DEFAULT NULL,\n  `phone` varchar(20) DEFAULT NULL,\n  `city` varchar(40) DEFAULT NULL,\n  `note` text DEFAULT NULL,\n  `created` datetime NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;\n\nLOCK TABLES `people` WRITE;\n";
    w.write_all(head.as_bytes())?;
    let mut bytes = head.len() as u64;
    let mut rows = 0u64;
    let mut stmt_len = 0usize;
    let mut line = String::with_capacity(256);
    let tail = "UNLOCK TABLES;\n/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n\n-- Dump completed\n";
    while bytes + (tail.len() as u64) < target_bytes || rows == 0 {
        if stmt_len == 0 {
            w.write_all(b"INSERT INTO `people` VALUES\n")?;
            bytes += 28;
        }
        rows += 1;
        line.clear();
        let (f, l) = (rng.pick(FIRST), rng.pick(LAST));
        let esc_l = l.replace('\'', "\\'");
        use std::fmt::Write as _;
        let _ = write!(
            line,
            "({},'{} {}','{}.{}{}@example.com',",
            1_000_000 + rows,
            f,
            esc_l,
            f.to_lowercase(),
            esc_l.to_lowercase().replace("\\'", ""),
            rng.below(1000)
        );
        if rng.below(10) == 0 {
            line.push_str("NULL,");
        } else {
            let _ = write!(
                line,
                "'+91 {}{:09}',",
                6 + rng.below(4),
                rng.below(1_000_000_000)
            );
        }
        let _ = write!(
            line,
            "'{}','{}','20{:02}-{:02}-{:02} {:02}:{:02}:{:02}')",
            rng.pick(CITY),
            rng.pick(NOTE),
            rng.below(25),
            1 + rng.below(12),
            1 + rng.below(28),
            rng.below(24),
            rng.below(60),
            rng.below(60)
        );
        stmt_len += line.len() + 2;
        let last = bytes + line.len() as u64 + 2 + tail.len() as u64 >= target_bytes;
        line.push_str(if stmt_len >= STATEMENT_BYTES || last {
            ";\n"
        } else {
            ",\n"
        });
        if stmt_len >= STATEMENT_BYTES || last {
            stmt_len = 0;
        }
        w.write_all(line.as_bytes())?;
        bytes += line.len() as u64;
        if last {
            break;
        }
    }
    w.write_all(tail.as_bytes())?;
    bytes += tail.len() as u64;
    w.flush()?;
    Ok(SynthStats { rows, bytes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::transform::{run, Options};

    #[test]
    fn deterministic_and_sized() {
        let mut a = Vec::new();
        let sa = write_people_dump(&mut a, 3 << 20, 7).unwrap();
        let mut b = Vec::new();
        write_people_dump(&mut b, 3 << 20, 7).unwrap();
        assert_eq!(a, b);
        assert_eq!(sa.bytes, a.len() as u64);
        assert!(a.len() >= 3 << 20 && a.len() < (3 << 20) + 1000);
        let mut c = Vec::new();
        write_people_dump(&mut c, 3 << 20, 8).unwrap();
        assert_ne!(a, c);
    }

    #[test]
    fn synthetic_dump_is_valid_and_every_row_rewrites() {
        let mut d = Vec::new();
        let s = write_people_dump(&mut d, 2_500_000, 1).unwrap();
        let rules = RuleSet::from_yaml(
            "version: 1\ndefault: keep\ndatabases:\n  synth:\n    tables:\n      people:\n        columns:\n          name: {fixed: N}\n          phone: null\n          note: null\n",
            "r",
        )
        .unwrap();
        let mut out = Vec::new();
        let stats = run(&d[..], &mut out, &rules, None, &Options::default()).unwrap();
        assert_eq!(stats.tables["synth.people"].rows, s.rows);
        let t = stats.tables["synth.people"];
        assert_eq!(t.values_rewritten + t.nulls_kept, 3 * s.rows);
    }
}
