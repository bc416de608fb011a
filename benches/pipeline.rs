//! Criterion benches on a deterministic synthetic dump: splitting alone, lexing rows, identity
//! passthrough, rewriting 3 columns of every row with 1 and 2 workers, strategies, the AMRIT
//! sample, the encrypted format (seal, zstd + seal, open) and the keyed core per derivation. Every bench asserts
//! its row or byte count, so a broken fast path cannot look fast.
//!
//! `cargo bench --bench pipeline`; `AMRIT_BENCH_MB` sets the dump size (default 64).

use std::hint::black_box;
use std::io::Write;
use std::sync::Arc;

use amrit_stream::dump::insert::{parse_header, TupleLexer};
use amrit_stream::dump::reader::{ReaderOptions, StatementReader};
use amrit_stream::dump::synth::write_people_dump;
use amrit_stream::dump::{classify, StatementKind};
use amrit_stream::io::crypt::{Opener, SealOptions, Sealer};
use amrit_stream::io::keys::{EncKey, Keyring, MasterKey};
use amrit_stream::rules::RuleSet;
use amrit_stream::strategy::keyed::{Derivation, DomainKey};
use amrit_stream::transform::{run, Options, Stats};
use criterion::{criterion_main, Criterion, Throughput};

/// Counts bytes and drops them, like writing to /dev/null.
struct Count(u64);

impl Write for Count {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0 += b.len() as u64;
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const REWRITE_RULES: &str = "version: 1\ndefault: keep\ndatabases:\n  synth:\n    tables:\n      people:\n        columns:\n          name: {fixed: 'Test Person'}\n          email: {fixed: 'user@example.invalid'}\n          phone: null\n";

/// Every column kept; the synthetic people's names and phones under waivers, as a reviewer
/// would write them for a test data set.
const IDENTITY_WAIVED: &str = "version: 1\ndefault: keep\ndatabases:\n  synth:\n    tables:\n      people:\n        waivers:\n          - {column: name, detector: person_name, share: 0.8, reason: bench}\n          - {column: phone, detector: mobile, share: 1.0, reason: bench}\n          - {column: note, detector: person_name, share: 0.5, reason: bench}\n";

/// One run on two threads with `key`, output counted and dropped; `gate`: the data gate on (as
/// every run of the tool) or off (to measure its cost, or the engine on data it would stop).
fn run_keyed(input: &[u8], rules: &RuleSet, key: &Arc<MasterKey>, gate: bool) -> Stats {
    let opts = Options {
        threads: 2,
        key: Some(key.clone()),
        without_data_gate: !gate,
        ..Options::default()
    };
    run(input, &mut Count(0), rules, None, &opts).unwrap()
}

fn benches(c: &mut Criterion) {
    let mb: u64 = std::env::var("AMRIT_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    let mut dump = Vec::new();
    let synth = write_people_dump(&mut dump, mb << 20, 1).unwrap();
    let rewrite = RuleSet::from_yaml(REWRITE_RULES, "bench").unwrap();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(dump.len() as u64));
    g.sample_size(10);

    g.bench_function("split", |b| {
        b.iter(|| {
            let mut r = StatementReader::new(&dump[..], ReaderOptions::default());
            let mut n = 0;
            while let Some(batch) = r.next_batch().unwrap() {
                n += batch.stmts.len();
            }
            assert!(n > 5);
            black_box(n)
        })
    });

    g.bench_function("split+lex", |b| {
        b.iter(|| {
            let mut r = StatementReader::new(&dump[..], ReaderOptions::default());
            let mut rows = 0u64;
            let mut spans = Vec::new();
            while let Some(batch) = r.next_batch().unwrap() {
                for s in &batch.stmts {
                    let bytes = batch.bytes(s);
                    let (kind, body) = classify(bytes);
                    if kind == StatementKind::Insert {
                        let h = parse_header(bytes, body).unwrap();
                        let mut lx = TupleLexer::new(bytes, h.values_start);
                        while lx.next_row(&mut spans).unwrap() {
                            rows += 1;
                        }
                    }
                }
            }
            assert_eq!(rows, synth.rows);
        })
    });

    // Every column kept, the personal ones under reviewed waivers: the output gate's worst
    // case, a pass whose own work is only splitting and copying (compare with identity/j2).
    let waived = RuleSet::from_yaml(IDENTITY_WAIVED, "bench").unwrap();
    g.bench_function("identity_gated/j2", |b| {
        b.iter(|| {
            let mut out = Count(0);
            let opts = Options {
                threads: 2,
                ..Options::default()
            };
            run(&dump[..], &mut out, &waived, None, &opts).unwrap();
            assert_eq!(out.0, dump.len() as u64);
        })
    });
    for threads in [1, 2] {
        g.bench_function(format!("identity/j{threads}"), |b| {
            b.iter(|| {
                let mut out = Count(0);
                // The engine alone: keep-all on this personal data is what the gate stops.
                let opts = Options {
                    threads,
                    without_data_gate: true,
                    ..Options::default()
                };
                run(&dump[..], &mut out, &RuleSet::keep_all(), None, &opts).unwrap();
                assert_eq!(out.0, dump.len() as u64);
            })
        });
        g.bench_function(format!("rewrite_3_columns/j{threads}"), |b| {
            b.iter(|| {
                let mut out = Count(0);
                let opts = Options {
                    threads,
                    without_data_gate: true,
                    ..Options::default()
                };
                let stats = run(&dump[..], &mut out, &rewrite, None, &opts).unwrap();
                assert_eq!(stats.tables["synth.people"].rows, synth.rows);
            })
        });
    }
    g.finish();

    // One strategy at a time on one column of the same dump: relative cost per strategy.
    let mut g = c.benchmark_group("strategy");
    g.throughput(Throughput::Bytes(dump.len() as u64));
    g.sample_size(10);
    let key = Arc::new(MasterKey::from_bytes([7; 32]));
    for (name, column, strategy) in [
        ("fixed", "name", "{fixed: 'Test Person'}"),
        ("full_name", "name", "full_name"),
        ("phone", "phone", "phone"),
        ("email", "email", "email"),
        ("hash", "email", "{hash: {length: 32}}"),
        ("id", "id", "{id: {domain: ben_reg_id}}"),
        ("address", "city", "address"),
        (
            "date_shift",
            "created",
            "{date_shift: {max_days: 30, subject_column: id}}",
        ),
        (
            "scrub",
            "note",
            "{scrub: {name_columns: [name], phone_columns: [phone]}}",
        ),
        ("lorem", "note", "lorem"),
    ] {
        let yaml = format!("version: 1\ndefault: keep\ndatabases:\n  synth:\n    tables:\n      people:\n        columns:\n          {column}: {strategy}\n");
        let rules = RuleSet::from_yaml(&yaml, "bench").unwrap();
        g.bench_function(name, |b| {
            b.iter(|| {
                let stats = run_keyed(&dump, &rules, &key, false);
                assert_eq!(stats.tables["synth.people"].rows, synth.rows);
            })
        });
    }
    g.finish();

    // The committed AMRIT sample (four databases) under the built-in AMRIT rules: the
    // PII-dense real case (every central-table column filled, notes in every row).
    let mut g = c.benchmark_group("amrit");
    g.sample_size(10);
    let amrit = amrit_stream::amrit::rules();
    // AMRIT_BENCH_AMRIT_DIR: a larger generated set (`synth --amrit --size 1G --schema ../shared/amrit-schema -o DIR`).
    let dir = std::env::var_os("AMRIT_BENCH_AMRIT_DIR").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/amrit"),
        std::path::PathBuf::from,
    );
    for db in ["db_identity", "db_iemr", "db_reporting"] {
        let input = std::fs::read(dir.join(format!("{db}.sql"))).unwrap();
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_function(db, |b| {
            b.iter(|| {
                black_box(run_keyed(&input, &amrit, &key, true));
            })
        });
        g.bench_function(format!("{db}/no_data_gate"), |b| {
            b.iter(|| {
                black_box(run_keyed(&input, &amrit, &key, false));
            })
        });
    }
    g.finish();

    // The gates on the committed AMRIT sample: verify of its anonymized form (patterns, no
    // fingerprints), and the schema scan `check` makes of a full dump.
    let mut g = c.benchmark_group("gates");
    g.sample_size(10);
    let iemr = std::fs::read(dir.join("db_iemr.sql")).unwrap();
    let mut anon = Vec::new();
    run(
        &iemr[..],
        &mut anon,
        &amrit,
        None,
        &Options {
            threads: 2,
            key: Some(key.clone()),
            ..Options::default()
        },
    )
    .unwrap();
    g.throughput(Throughput::Bytes(anon.len() as u64));
    g.bench_function("verify", |b| {
        b.iter(|| {
            let r = amrit_stream::gates::leak::verify(&anon[..], &amrit, None, None).unwrap();
            assert!(r.passes() && r.rows > 1000);
        })
    });
    g.throughput(Throughput::Bytes(iemr.len() as u64));
    g.bench_function("profile", |b| {
        b.iter(|| {
            let r = amrit_stream::gates::profile::profile(&iemr[..], &amrit, None, "2026-01-01")
                .unwrap();
            assert!(r.passes() && r.rows > 1000);
        })
    });
    g.bench_function("check_scan", |b| {
        b.iter(|| {
            let cat = amrit_stream::dump::walk::read_catalog(&iemr[..], None).unwrap();
            assert!(cat.len() > 600);
        })
    });
    g.finish();

    // The encrypted format on the synthetic dump: sealing alone, zstd level 3 on two threads
    // and sealing (what `--compress zstd --encrypt` does after the transform), and opening.
    let mut g = c.benchmark_group("crypt");
    g.throughput(Throughput::Bytes(dump.len() as u64));
    g.sample_size(10);
    let keys = Keyring::of(vec![EncKey::from_bytes([9; 32])]);
    let seal = |compress: Option<i32>| -> Vec<u8> {
        let opts = SealOptions::default();
        let sealer = Sealer::new(Vec::with_capacity(dump.len() + (1 << 20)), &keys, opts).unwrap();
        match compress {
            None => {
                let mut s = sealer;
                s.write_all(&dump).unwrap();
                s.finish().unwrap()
            }
            Some(level) => {
                let mut z = zstd::stream::write::Encoder::new(sealer, level).unwrap();
                z.multithread(2).unwrap();
                z.write_all(&dump).unwrap();
                z.finish().unwrap().finish().unwrap()
            }
        }
    };
    g.bench_function("seal", |b| b.iter(|| black_box(seal(None))));
    g.bench_function("zstd3_seal", |b| b.iter(|| black_box(seal(Some(3)))));
    let sealed = seal(None);
    g.bench_function("open", |b| {
        b.iter(|| {
            let mut r = Opener::new(&sealed[..], &keys, "bench").unwrap();
            let n = std::io::copy(&mut r, &mut Count(0)).unwrap();
            assert_eq!(n, dump.len() as u64);
        })
    });
    g.finish();

    // The keyed core alone, per derivation: a 10-digit permutation (phones, IDs), a small
    // permutation with no fixed points (codes), and a seed with three draws (every fake).
    let mut g = c.benchmark_group("keyed");
    const VALUES: u64 = 10_000;
    g.throughput(Throughput::Elements(VALUES));
    for derivation in Derivation::ALL {
        let k = DomainKey::from_bytes_with([7; 32], derivation);
        let v = derivation.number();
        g.bench_function(format!("permute_10_digits/v{v}"), |b| {
            b.iter(|| (0..VALUES).fold(0, |a, x| a ^ k.permute(x * 99_991, 10_000_000_000)))
        });
        g.bench_function(format!("permute_moving_6760/v{v}"), |b| {
            b.iter(|| (0..VALUES).fold(0, |a, x| a ^ k.permute_moving(x % 6760, 6760, 5)))
        });
        g.bench_function(format!("seed_3_draws/v{v}"), |b| {
            b.iter(|| {
                (0..VALUES).fold(0, |a, x| {
                    let mut s = k.seed(b"given name", &x.to_le_bytes());
                    a ^ s.next_u64() ^ s.below(1000) ^ s.below(7)
                })
            })
        });
    }
    g.finish();
}

/// Criterion's generated group function has no doc comment of its own.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(pipeline, super::benches);
}
criterion_main!(group::pipeline);
