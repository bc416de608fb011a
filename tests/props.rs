//! Property tests: any bytes in never panic; identity rules give byte-identical output; the
//! output does not depend on threads or chunking; the fast tuple lexer agrees with a slow
//! reference lexer; escaping round-trips any bytes.

use amrit_stream::dump::insert::{parse_header, TupleLexer};
use amrit_stream::dump::literal::{escape_into, unescape, ValueKind};
use amrit_stream::dump::reader::ReaderOptions;
use amrit_stream::rules::RuleSet;
use proptest::prelude::*;

use crate::util::{rules, transform, transform_gated};

fn small(read_size: usize, batch_bytes: usize) -> ReaderOptions {
    ReaderOptions {
        read_size,
        batch_bytes,
        max_statement: 1 << 20,
        allow_incomplete: false,
    }
}

const RULES: &str = "version: 1\ndefault: keep\ndatabases:\n  d:\n    tables:\n      t:\n        columns:\n          b: {fixed: \"new 'v'\"}\n          c: null\n";

/// A literal of any form, as text.
fn literal() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"NULL".to_vec()),
        any::<i64>().prop_map(|n| n.to_string().into_bytes()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:e}").into_bytes()),
        proptest::collection::vec(any::<u8>(), 0..40).prop_map(|v| {
            let mut o = Vec::new();
            escape_into(&mut o, &v);
            o
        }),
        proptest::collection::vec(any::<u8>(), 0..12).prop_map(|v| {
            let mut o = b"_binary ".to_vec();
            escape_into(&mut o, &v);
            o
        }),
        proptest::collection::vec(any::<u8>(), 1..12).prop_map(|v| {
            let mut o = b"0x".to_vec();
            o.extend(v.iter().flat_map(|b| format!("{b:02X}").into_bytes()));
            o
        }),
        "[01]{1,16}".prop_map(|s| format!("b'{s}'").into_bytes()),
    ]
}

fn row() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(literal(), 3).prop_map(|vals| {
        let mut o = b"(".to_vec();
        o.extend(vals.join(&b","[..]));
        o.push(b')');
        o
    })
}

/// A dump-shaped input: DDL, INSERTs (row per line or one line), comments, routines.
fn dump() -> impl Strategy<Value = Vec<u8>> {
    let insert = (
        proptest::collection::vec(row(), 1..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(rows, per_line, ignore)| {
            let mut o = if ignore {
                b"INSERT IGNORE INTO `t` VALUES ".to_vec()
            } else {
                b"INSERT INTO `t` VALUES ".to_vec()
            };
            let sep: &[u8] = if per_line { b",\n" } else { b"," };
            o.extend(rows.join(sep));
            o.extend(b";\n");
            o
        });
    let other = prop_oneof![
        Just(b"-- comment; with 'quote\n".to_vec()),
        Just(b"/*!40101 SET NAMES utf8mb4 */;\n".to_vec()),
        Just(b"/* block ; ' */\n".to_vec()),
        Just(b"DELIMITER ;;\nCREATE TRIGGER x BEGIN INSERT INTO `t` VALUES (1,'a','b'); END ;;\nDELIMITER ;\n".to_vec()),
        Just(b"LOCK TABLES `t` WRITE;\r\n".to_vec()),
    ];
    let part = prop_oneof![3 => insert, 1 => other];
    proptest::collection::vec(part, 0..8).prop_map(|parts| {
        let mut o = b"USE `d`;\nCREATE TABLE `t` (`a` text, `b` text, `c` text);\n".to_vec();
        for p in parts {
            o.extend(p);
        }
        o
    })
}

/// A slow, obviously correct lexer: values of each row as (kind, raw bytes).
fn reference_rows(stmt: &[u8], start: usize) -> Vec<Vec<Vec<u8>>> {
    let mut rows = Vec::new();
    let mut i = start;
    let mut depth = 0;
    let mut cur: Vec<Vec<u8>> = Vec::new();
    let mut val: Vec<u8> = Vec::new();
    while i < stmt.len() {
        let b = stmt[i];
        if depth == 0 {
            if b == b'(' {
                depth = 1;
            }
            i += 1;
            continue;
        }
        match b {
            b'\'' => {
                val.push(b);
                i += 1;
                loop {
                    let c = stmt[i];
                    val.push(c);
                    i += 1;
                    if c == b'\\' {
                        val.push(stmt[i]);
                        i += 1;
                    } else if c == b'\'' {
                        break;
                    }
                }
            }
            b',' => {
                cur.push(std::mem::take(&mut val));
                i += 1;
            }
            b')' => {
                cur.push(std::mem::take(&mut val));
                rows.push(std::mem::take(&mut cur));
                depth = 0;
                i += 1;
            }
            _ => {
                val.push(b);
                i += 1;
            }
        }
    }
    rows
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_in_never_panic(input in proptest::collection::vec(any::<u8>(), 0..400)) {
        let keep = transform(&input, &RuleSet::keep_all(), 2, small(13, 7));
        if let Ok((out, _)) = keep {
            prop_assert_eq!(out, input.clone());
        }
        let _ = transform(&input, &rules(RULES), 1, small(5, 0));
    }

    #[test]
    fn dump_like_bytes_with_noise_never_panic(mut input in dump(), at in any::<usize>(), noise in any::<u8>()) {
        if !input.is_empty() {
            let k = at % input.len();
            input[k] = noise;
        }
        let _ = transform(&input, &rules(RULES), 2, small(11, 3));
    }

    #[test]
    fn identity_rules_give_identical_bytes(input in dump(), read in 1usize..300, batch in 0usize..500, threads in 1usize..4) {
        let (out, _) = transform(&input, &RuleSet::keep_all(), threads, small(read, batch)).unwrap();
        prop_assert_eq!(&out, &input);
        // With the data gate: the same bytes, or a stop by the gate (exit 2), nothing else.
        match transform_gated(&input, &RuleSet::keep_all(), threads, small(read, batch)) {
            Ok((gated, _)) => prop_assert_eq!(gated, input),
            Err(e) => prop_assert_eq!(amrit_stream::Exit::of(&e) as u8, 2, "{}", e),
        }
    }

    #[test]
    fn output_does_not_depend_on_threads_or_chunking(input in dump(), read in 1usize..300, batch in 0usize..500, threads in 2usize..5) {
        let r = rules(RULES);
        let (want, _) = transform(&input, &r, 1, ReaderOptions::default()).unwrap();
        let (got, _) = transform(&input, &r, threads, small(read, batch)).unwrap();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn fast_lexer_agrees_with_reference(rows in proptest::collection::vec(row(), 1..8)) {
        let mut stmt = b"INSERT INTO `t` VALUES ".to_vec();
        stmt.extend(rows.join(&b",\n"[..]));
        stmt.push(b';');
        let h = parse_header(&stmt, 0).unwrap();
        let mut lx = TupleLexer::new(&stmt, h.values_start);
        let mut spans = Vec::new();
        let mut got = Vec::new();
        while lx.next_row(&mut spans).unwrap() {
            got.push(spans.iter().map(|s| stmt[s.start..s.end].to_vec()).collect::<Vec<_>>());
        }
        prop_assert_eq!(got, reference_rows(&stmt, h.values_start));
    }

    #[test]
    fn escape_then_unescape_is_identity(v in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut lit = Vec::new();
        escape_into(&mut lit, &v);
        let stmt = [b"INSERT INTO t VALUES (".as_slice(), &lit, b");"].concat();
        let h = parse_header(&stmt, 0).unwrap();
        let mut lx = TupleLexer::new(&stmt, h.values_start);
        let mut spans = Vec::new();
        prop_assert!(lx.next_row(&mut spans).unwrap());
        prop_assert_eq!(spans[0].kind, ValueKind::Str);
        prop_assert_eq!(&*unescape(spans[0].body(&stmt), b'\''), &v[..]);
    }
}
