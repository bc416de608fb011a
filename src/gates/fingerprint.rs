//! Keyed fingerprints of a run's values (`transform --fingerprints FILE`), for `verify
//! --fingerprints FILE` to find originals that survived. Never the values themselves.
//!
//! For every rewritten column, the run records two sets, per fingerprint domain:
//! - **originals**: the value before the rewrite;
//! - **generated**: the value the run wrote.
//!
//! For free-text columns (`scrub`, `redact`, `lorem`) the whole text is not fingerprinted (an
//! unchanged note without personal data is no leak); the detector hits in it are: hits of the
//! original text as originals, hits of the new text that were not in the original as generated.
//!
//! A fingerprint is the first 16 bytes of keyed blake3 over `domain ‖ 0 ‖ normalized value`,
//! under a random key made for the run and stored inside the file. The file is written only in
//! the encrypted format ([`crate::io::crypt`], content `Fingerprints`), so the fingerprints cannot be
//! tested against guesses without the master encryption key. Memory: about 40 bytes per distinct
//! value, in the run and in `verify`.

use crate::rules::spec::People;
use std::collections::{BTreeMap, HashSet};
use std::io::{Read, Write};
use std::sync::Mutex;

use crate::error::{Error, ErrorKind, Result};
use crate::pii::detect::{detect, normalize, Detector};
use crate::rules::spec::Strategy;
use crate::strategy::keyed::keyed_hash_of;
use crate::strategy::record::Recorder;
use crate::strategy::Compiled;

const MAGIC: &[u8; 8] = b"AMRFP01\n";

/// One fingerprint.
pub type Fp = [u8; 16];

/// Fingerprints are uniformly random already: their first 8 bytes are the hash.
#[derive(Debug, Clone, Copy, Default)]
pub struct FpHasher(u64);

impl std::hash::Hasher for FpHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for (i, b) in bytes.iter().take(8).enumerate() {
            self.0 ^= u64::from(*b) << (8 * i);
        }
    }
}

/// A set of fingerprints.
pub type FpSet = HashSet<Fp, std::hash::BuildHasherDefault<FpHasher>>;

/// The fingerprint domain of the single words of name values (`verify` looks for a run's
/// original names outside its name columns).
pub const NAME_WORD: &str = "name_word";

/// The words of a name value that are fingerprinted: lower-cased, three letters or more.
pub fn name_words(v: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(v);
    crate::pii::shape::words(&text)
        .into_iter()
        .filter(|(_, w)| w.chars().count() >= 3 && !w.as_bytes()[0].is_ascii_digit())
        .map(|(_, w)| w.to_lowercase())
        .collect()
}

/// A run's fingerprints as a set of name words: words of original names that the run did not
/// also generate.
pub struct RunNames<'a>(pub &'a Fingerprints);

impl crate::pii::column::NameWords for RunNames<'_> {
    fn knows(&self, word: &str) -> bool {
        let f = self.0.key().fp(NAME_WORD, word.to_lowercase().as_bytes());
        self.0.originals.contains(&f) && !self.0.generated.contains(&f)
    }
}

impl std::fmt::Debug for Fingerprints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Fingerprints({} originals, {} generated)",
            self.originals.len(),
            self.generated.len()
        )
    }
}

impl crate::pii::originals::KnownOriginals for Fingerprints {
    fn knows(&self, class: u8, bytes: &[u8]) -> bool {
        use crate::pii::originals::{CLASS_PAIR, CLASS_TOKEN};
        let original = |domain: &str, v: &[u8]| {
            let f = self.key.fp(domain, v);
            self.originals.contains(&f) && !self.generated.contains(&f)
        };
        match class {
            // Both words of the pair were words of that run's original names.
            CLASS_PAIR => {
                let mut words = bytes.split(|b| *b == b' ');
                match (words.next(), words.next()) {
                    (Some(a), Some(b)) => original(NAME_WORD, a) && original(NAME_WORD, b),
                    _ => false,
                }
            }
            CLASS_TOKEN => ["email", "username", "abha_address", "pan"]
                .iter()
                .any(|d| original(d, &normalize_value(d, bytes))),
            12 => original("aadhaar", bytes) || original("bank_account", bytes),
            14 => original("abha", bytes) || original("bank_account", bytes),
            _ => original("bank_account", bytes),
        }
    }
}

/// Normalize a column value of fingerprint domain `domain`.
pub fn normalize_value<'a>(domain: &str, v: &'a [u8]) -> std::borrow::Cow<'a, [u8]> {
    let trimmed = v.trim_ascii();
    match domain {
        "phone" => normalize(Detector::Mobile, trimmed).into(),
        "aadhaar" | "abha" => normalize(Detector::Aadhaar, trimmed).into(),
        "pan" => trimmed.to_ascii_uppercase().into(),
        "email" => trimmed.to_ascii_lowercase().into(),
        _ => trimmed.into(),
    }
}

/// The fingerprint function of one run.
#[derive(Clone)]
pub struct FpKey([u8; 32]);

impl FpKey {
    /// A fresh random key.
    ///
    /// # Errors
    /// No randomness.
    pub fn random() -> Result<FpKey> {
        let mut k = [0u8; 32];
        getrandom::fill(&mut k)
            .map_err(|e| Error::io("getting random bytes", std::io::Error::other(e.to_string())))?;
        Ok(FpKey(k))
    }

    /// The fingerprint of a normalized value in `domain`.
    /// (The keyed BLAKE3 hash of `domain`, a zero byte and the value.)
    pub fn fp(&self, domain: &str, normalized: &[u8]) -> Fp {
        let hash = keyed_hash_of(&self.0, &[domain.as_bytes(), &[0], normalized]);
        hash.as_bytes()[..16].try_into().expect("16 bytes")
    }
}

/// Fingerprint sets: originals and generated values.
pub struct Fingerprints {
    key: FpKey,
    /// Fingerprints of original values.
    pub originals: FpSet,
    /// Fingerprints of values the run generated.
    pub generated: FpSet,
}

impl Fingerprints {
    /// The key.
    pub fn key(&self) -> &FpKey {
        &self.key
    }

    /// Read the plaintext of a fingerprints file.
    ///
    /// # Errors
    /// Not a fingerprints file, or cut short.
    pub fn read(r: &mut dyn Read, name: &str) -> Result<Fingerprints> {
        let bad = || -> Error {
            ErrorKind::Usage(format!(
                "{name} is not a fingerprints file from `transform --fingerprints`"
            ))
            .into()
        };
        let mut head = [0u8; 8 + 32];
        r.read_exact(&mut head).map_err(|_| bad())?;
        if &head[..8] != MAGIC {
            return Err(bad());
        }
        let key = FpKey(head[8..].try_into().expect("32"));
        let mut sets = [FpSet::default(), FpSet::default()];
        for set in &mut sets {
            let mut n = [0u8; 8];
            r.read_exact(&mut n).map_err(|_| bad())?;
            let n = u64::from_le_bytes(n);
            set.reserve(n.min(1 << 24) as usize);
            for _ in 0..n {
                let mut fp = [0u8; 16];
                r.read_exact(&mut fp).map_err(|_| bad())?;
                set.insert(fp);
            }
        }
        let [originals, generated] = sets;
        Ok(Fingerprints {
            key,
            originals,
            generated,
        })
    }
}

/// Collects fingerprints from the rewriter's workers.
pub struct FingerprintRecorder {
    key: FpKey,
    originals: ThreadSets,
    generated: ThreadSets,
    /// Detector hits a free-text rewrite wrote back from its own input (`db.table.column`,
    /// fingerprint): rare, so one lock.
    kept_hits: Mutex<Vec<(String, Fp)>>,
}

/// Fingerprints added by many worker threads with no lock shared between them: each thread
/// fills its own set (its lock is never contended); readers take the union.
#[derive(Default)]
struct ThreadSets(thread_local::ThreadLocal<Mutex<FpSet>>);

impl ThreadSets {
    /// Add to this thread's set.
    fn with(&self, f: impl FnOnce(&mut FpSet)) {
        f(&mut self.0.get_or_default().lock().expect("fp lock"));
    }

    /// True when some thread's set holds `fp`.
    fn contains(&self, fp: &Fp) -> bool {
        self.0
            .iter()
            .any(|s| s.lock().expect("fp lock").contains(fp))
    }

    /// Every thread's fingerprints.
    fn union(&self) -> FpSet {
        let mut all = FpSet::default();
        for set in self.0.iter() {
            all.extend(set.lock().expect("fp lock").iter().copied());
        }
        all
    }
}

impl FingerprintRecorder {
    /// A recorder with a fresh random key.
    ///
    /// # Errors
    /// No randomness.
    pub fn new() -> Result<FingerprintRecorder> {
        Ok(FingerprintRecorder {
            key: FpKey::random()?,
            originals: ThreadSets::default(),
            generated: ThreadSets::default(),
            kept_hits: Mutex::new(Vec::new()),
        })
    }

    /// Free-text columns whose rewrite wrote back an identifier (mobile, Aadhaar, PAN, ABHA,
    /// email) that the same value held before, and that the run generated nowhere: what
    /// `verify --fingerprints` reports as survivors of this run, found without reading the
    /// output again. Per `db.table.column`, how many; empty when none.
    pub fn survivors(&self) -> BTreeMap<String, u64> {
        let mut by_column = BTreeMap::new();
        for (column, fp) in self.kept_hits.lock().expect("fp lock").iter() {
            if !self.generated.contains(fp) {
                *by_column.entry(column.clone()).or_default() += 1;
            }
        }
        by_column
    }

    /// Write the plaintext of the fingerprints file; returns how many (originals, generated)
    /// fingerprints it holds.
    ///
    /// # Errors
    /// Writing failed.
    pub fn write(&self, out: &mut dyn Write) -> std::io::Result<(usize, usize)> {
        out.write_all(MAGIC)?;
        out.write_all(&self.key.0)?;
        let mut counts = [0; 2];
        for (set, count) in [&self.originals, &self.generated]
            .into_iter()
            .zip(&mut counts)
        {
            let set = set.union();
            let mut v: Vec<&Fp> = set.iter().collect();
            v.sort_unstable();
            *count = v.len();
            out.write_all(&(v.len() as u64).to_le_bytes())?;
            for fp in v {
                out.write_all(fp)?;
            }
        }
        Ok((counts[0], counts[1]))
    }
}

impl Recorder for FingerprintRecorder {
    fn wants(&self, column: &Compiled) -> bool {
        column.constant().is_none() && !column.strategy.is_blank()
    }

    fn record(&self, table: &str, column: &Compiled, original: &[u8], new: &[u8]) {
        if column.strategy.is_free_text() {
            let mut orig = Vec::new();
            detect(original, |d, n, _| orig.push(self.key.fp(d.domain(), &n)));
            let mut gen = Vec::new();
            detect(new, |d, n, _| {
                let fp = self.key.fp(d.domain(), &n);
                if !orig.contains(&fp) {
                    gen.push(fp);
                } else {
                    self.kept_hits
                        .lock()
                        .expect("fp lock")
                        .push((format!("{table}.{}", column.column), fp));
                }
            });
            if !orig.is_empty() {
                self.originals.with(|set| set.extend(orig));
            }
            if !gen.is_empty() {
                self.generated.with(|set| set.extend(gen));
            }
            return;
        }
        let domain = column.strategy.fingerprint_domain();
        let names = matches!(column.strategy, Strategy::People(People::Name(..)));
        // The whole value, and for a name column every word of it (for `verify` and
        // `--names-from`).
        let add = |sets: &ThreadSets, v: &[u8]| {
            let whole = self.key.fp(domain, &normalize_value(domain, v));
            let words: Vec<Fp> = if names {
                name_words(v)
                    .iter()
                    .map(|w| self.key.fp(NAME_WORD, w.as_bytes()))
                    .collect()
            } else {
                Vec::new()
            };
            sets.with(|set| {
                set.insert(whole);
                set.extend(words);
            });
        };
        add(&self.originals, original);
        add(&self.generated, new);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled rule of column `n` of table `d.p` under `rule`.
    fn column(rule: &str) -> std::sync::Arc<Compiled> {
        let rules = crate::rules::RuleSet::from_yaml(
            &format!("version: 1\ndatabases:\n  d:\n    tables:\n      p:\n        columns:\n          n: {rule}\n"),
            "r",
        )
        .unwrap();
        let table =
            crate::dump::schema::parse_create_table(b"CREATE TABLE `p` (`n` text);").unwrap();
        let mut key = crate::strategy::plan::check_only_key;
        let plan = crate::strategy::plan::compile(&rules, Some("d"), &table, &mut key).unwrap();
        match plan.actions.first() {
            Some(crate::strategy::plan::Action::Rewrite(c)) => c.clone(),
            _ => panic!("{rule} rewrites"),
        }
    }

    #[test]
    fn free_text_that_writes_back_its_own_identifier_is_a_survivor() {
        let c = column("scrub");
        let rec = FingerprintRecorder::new().unwrap();
        rec.record(
            "d.p",
            &c,
            b"call 9876543210 today",
            b"call 7012345678 today",
        );
        assert!(rec.survivors().is_empty(), "a replaced phone is none");
        rec.record("d.p", &c, b"ring (983) 317-9165", b"ring (983) 317-9165");
        rec.record("d.p", &c, b"PAN ABCPE1234F", b"PAN ABCPE1234F");
        assert_eq!(rec.survivors(), BTreeMap::from([("d.p.n".to_string(), 2)]));
        // Written back here, but generated for another value: what verify calls a
        // coincidence, not a survivor.
        let rec = FingerprintRecorder::new().unwrap();
        rec.record("d.p", &c, b"ring 9833179165", b"ring 9833179165");
        rec.record("d.p", &c, b"ring 9000000001", b"ring 9833179165");
        assert!(rec.survivors().is_empty());
    }

    #[test]
    fn a_fingerprint_is_the_keyed_hash_of_domain_zero_and_value_at_any_length() {
        let k = FpKey([4; 32]);
        for len in [0, 1, 200, 246, 247, 248, 300, 5000] {
            let v = vec![b'7'; len];
            let mut h = blake3::Hasher::new_keyed(&[4; 32]);
            h.update(b"mobile");
            h.update(&[0]);
            h.update(&v);
            let want: Fp = h.finalize().as_bytes()[..16].try_into().unwrap();
            assert_eq!(k.fp("mobile", &v), want, "length {len}");
        }
    }

    #[test]
    fn a_file_round_trips() {
        let r = FingerprintRecorder::new().unwrap();
        r.originals.with(|s| {
            s.insert([1; 16]);
        });
        r.generated.with(|s| s.extend([[2; 16], [3; 16]]));
        // Another thread's fingerprints are in the file too, once.
        std::thread::scope(|t| {
            t.spawn(|| r.generated.with(|s| s.extend([[3; 16], [4; 16]])));
        });
        let mut buf = Vec::new();
        let counts = r.write(&mut buf).unwrap();
        let f = Fingerprints::read(&mut &buf[..], "t").unwrap();
        assert_eq!(f.originals.len(), 1);
        assert_eq!(f.generated.len(), 3);
        assert_eq!(counts, (1, 3));
        assert_eq!(f.key().fp("phone", b"1"), r.key.fp("phone", b"1"));
        assert!(Fingerprints::read(&mut &buf[..20], "t").is_err());
    }

    #[test]
    fn phone_forms_share_a_fingerprint() {
        let k = FpKey([7; 32]);
        let a = k.fp("phone", &normalize_value("phone", b"+91 98765-43210"));
        let b = k.fp("phone", &normalize_value("phone", b"9876543210"));
        assert_eq!(a, b);
        assert_ne!(
            a,
            k.fp("aadhaar", &normalize_value("aadhaar", b"9876543210"))
        );
    }
}
