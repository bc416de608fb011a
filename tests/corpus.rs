//! Tests over the real dumps in `../shared/corpus`: identity is byte-identical for every file,
//! independent of threads and chunking; every row the dumpers wrote is lexed; every string
//! value unescapes and re-escapes to the same bytes.

use amrit_stream::dump::insert::{parse_header, Span, TupleLexer};
use amrit_stream::dump::literal::{escape_into_styled, unescape, EscapeStyle, ValueKind};
use amrit_stream::dump::reader::{ReaderOptions, StatementReader};
use amrit_stream::dump::splitter::Boundary;
use amrit_stream::dump::{classify, StatementKind};
use amrit_stream::rules::RuleSet;

use crate::util::{assert_same, corpus, corpus_files, read_dump, transform};

#[test]
fn identity_is_byte_identical_on_every_corpus_file() {
    let Some(dir) = corpus("identity_is_byte_identical_on_every_corpus_file") else {
        return;
    };
    let files = corpus_files(&dir);
    assert!(
        files.len() >= 29,
        "expected the whole corpus, found {}",
        files.len()
    );
    for f in files {
        let input = read_dump(&f);
        let mut opts = ReaderOptions::default();
        if f.ends_with(CUT_SHORT) {
            // Its header promises a `-- Dump completed` line the file lacks: refused, unless
            // the user says it is meant to be partial.
            let e = transform(&input, &RuleSet::keep_all(), 2, opts.clone()).unwrap_err();
            assert!(e.to_string().contains("-- Dump completed"), "{e}");
            opts.allow_incomplete = true;
        }
        let (out, _) = transform(&input, &RuleSet::keep_all(), 2, opts)
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert_same(&out, &input, &f.display().to_string());
    }
}

/// The one corpus file that was cut short by whoever published it: it ends after a
/// `CREATE TABLE`, without mysqldump's closing lines.
const CUT_SHORT: &str = "mysql57/gtid-empty-collations.mysql-5.7.25.sql";

#[test]
fn identity_does_not_depend_on_threads_or_chunking() {
    let Some(dir) = corpus("identity_does_not_depend_on_threads_or_chunking") else {
        return;
    };
    for name in [
        "mariadb/hardcases.routines-triggers-events.sql",
        "mariadb/multi.single-transaction-quick-databases.sql",
        "mysql8/crlf-win64-routines.mysql-8.0.17.sql",
        "mysql8/alltypes-binary.mysql-8.0.40.sql",
    ] {
        let input = read_dump(&dir.join(name));
        for threads in [1, 2, 4] {
            for (read_size, batch_bytes) in [(997, 0), (64 << 10, 100 << 10), (1 << 20, 8 << 20)] {
                let opts = ReaderOptions {
                    read_size,
                    batch_bytes,
                    max_statement: 256 << 20,
                    allow_incomplete: true, // lexing, not completeness (one corpus file is cut short)
                };
                let (out, _) = transform(&input, &RuleSet::keep_all(), threads, opts).unwrap();
                assert_same(
                    &out,
                    &input,
                    &format!("{name} -j{threads} read {read_size} batch {batch_bytes}"),
                );
            }
        }
    }
}

/// Call `f(statement bytes, spans)` for every row of every data INSERT of `input`.
fn for_each_row(input: &[u8], mut f: impl FnMut(&[u8], &[Span])) -> u64 {
    let opts = ReaderOptions {
        allow_incomplete: true, // lexing, not completeness (one corpus file is cut short)
        ..ReaderOptions::default()
    };
    let mut reader = StatementReader::new(input, opts);
    let mut rows = 0;
    let mut spans = Vec::new();
    while let Some(batch) = reader.next_batch().unwrap() {
        for stmt in &batch.stmts {
            if !stmt.default_delimiter || stmt.boundary != Boundary::Delimiter {
                continue;
            }
            let bytes = batch.bytes(stmt);
            let (kind, body) = classify(bytes);
            if kind != StatementKind::Insert {
                continue;
            }
            let h = parse_header(bytes, body).expect("every corpus INSERT has a VALUES header");
            let mut lx = TupleLexer::new(bytes, h.values_start);
            while lx
                .next_row(&mut spans)
                .unwrap_or_else(|e| panic!("statement {}: {e:?}", stmt.number))
            {
                rows += 1;
                f(bytes, &spans);
            }
        }
    }
    rows
}

/// `"key": value` of a flat JSON line, as text.
fn json_field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let k = format!("\"{key}\": ");
    let at = line.find(&k)? + k.len();
    let rest = &line[at..];
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    Some(rest[..end].trim().trim_matches('"'))
}

#[test]
fn every_row_the_dumpers_wrote_is_lexed() {
    let Some(dir) = corpus("every_row_the_dumpers_wrote_is_lexed") else {
        return;
    };
    let stats = std::fs::read_to_string(dir.join("stats.jsonl")).unwrap();
    let mut checked = 0;
    for line in stats.lines().filter(|l| !l.trim().is_empty()) {
        let file = json_field(line, "file").unwrap();
        let want: u64 = json_field(line, "rows").unwrap().parse().unwrap();
        let input = read_dump(&dir.join(file));
        let got = for_each_row(&input, |_, _| {});
        assert_eq!(got, want, "{file}: rows lexed vs rows in stats.jsonl");
        checked += 1;
    }
    assert!(checked >= 29, "stats.jsonl lists {checked} files");
}

#[test]
fn unescape_then_escape_gives_back_every_corpus_string() {
    let Some(dir) = corpus("unescape_then_escape_gives_back_every_corpus_string") else {
        return;
    };
    let mut strings = 0u64;
    let mut out = Vec::new();
    for f in corpus_files(&dir) {
        let input = read_dump(&f);
        let style = EscapeStyle::from_header(&input[..input.len().min(4096)]);
        for_each_row(&input, |stmt, spans| {
            for s in spans
                .iter()
                .filter(|s| s.kind == ValueKind::Str && s.quote(stmt) == b'\'')
            {
                out.clear();
                escape_into_styled(&mut out, &unescape(s.body(stmt), b'\''), style);
                let original = &stmt[s.body - 1..s.end];
                assert!(
                    out == original,
                    "{}: a string literal does not round-trip at byte {}",
                    f.display(),
                    s.start
                );
                strings += 1;
            }
        });
    }
    assert!(strings > 1_000_000, "only {strings} strings checked");
}
