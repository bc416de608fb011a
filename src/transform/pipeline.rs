//! The pipeline of one run: reader thread → rayon tasks → ordered writer.
//!
//! - The reader thread splits the stream into batches of complete statements and runs the
//!   [`Router`] over them *in order*, so `USE` and `CREATE TABLE` take effect before later
//!   INSERTs, and the fail-closed gate stops the run before a table's first row is sent on.
//! - Each batch becomes one task on the engine's shared rayon pool; a task rewrites the batch's
//!   INSERTs with its worker thread's own scratch buffers (a batch with nothing to rewrite is
//!   passed on without copying). Several runs on one engine share the pool's workers.
//! - The calling thread writes batches strictly by sequence number.
//!
//! Memory is bounded: at most `2 × threads + 2` batches are in flight (a token is taken before a
//! batch is handed to a task and returned after it is written), each about `batch_bytes` plus at
//! most one statement. The output depends only on the input and the rules, never on thread
//! count or sizes. The first error in input order wins, after everything before it has been
//! written; the run returns only after every task it started has finished.

use crate::gates::fingerprint::RunNames;
use crate::pii::column::NameWords;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::Arc;

use crossbeam_channel::{bounded, unbounded, Receiver, Sender};

use super::gate::{test_statement, Gate, GateJob, Segment, Tap, Tested};
use super::rewrite::{rewrite_insert, InsertJob, RewriteCounts, RowTap, Scratch};
use super::router::{Route, Router, RouterReport, TableEvents};
use super::stats::Stats;
use super::stats::TableStats;
use super::{Engine, Source};
use crate::dump::reader::{Batch, StatementReader};
use crate::error::{Error, ErrorKind, Position, Result};
use crate::observe::{Event, Observer};
use crate::strategy::plan::Action;
use crate::strategy::record::Recorder;

struct Work {
    batch: Batch,
    jobs: Vec<Route>,
    /// With the data gate on: per statement, whether it starts a table and its gate job.
    marks: Option<Vec<(bool, Option<GateJob>)>>,
}

struct Piece {
    data: Vec<u8>,
    /// With the data gate on: per statement, where its output ends and what the gate needs.
    segments: Option<Vec<Segment>>,
    counts: Vec<(Arc<str>, RewriteCounts)>,
    by_strategy: Vec<(&'static str, u64)>,
    kept: Vec<(Arc<str>, u64)>,
    secs: f64,
}

type Done = (u64, Result<Piece>);

thread_local! {
    /// Each pool worker's scratch buffers, reused from batch to batch.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Transform the plain dump `input` into `output` on `engine`.
///
/// # Errors
/// Reading, splitting, gate and rewrite errors (with positions), and write errors. Everything
/// before the failing statement has been written when the error returns.
pub(super) fn run<R: Read + Send>(
    engine: &Engine,
    input: R,
    output: &mut dyn Write,
    source: &Source,
) -> Result<Stats> {
    let in_flight = 2 * engine.threads + 2;
    let (done_tx, done_rx) = unbounded::<Done>();
    let (token_tx, token_rx) = bounded::<()>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(()).expect("token channel has room");
    }
    let mut stats = Stats::default();
    let mut gate = (!engine.opts.without_data_gate)
        .then(|| Gate::new(engine.rules, crate::dump::date::today()));
    let (written, read) = engine.pool.in_place_scope(|tasks| {
        std::thread::scope(|ts| {
            let reader = ts.spawn(|| read_loop(engine, input, source, tasks, done_tx, token_rx));
            let rows = (engine.observer(), source.name);
            let written = write_loop(done_rx, token_tx, output, &mut stats, gate.as_mut(), rows);
            let read = reader
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (written, read)
        })
    });
    written?;
    if let Some(g) = gate {
        stats.gate = g.report;
    }
    let (bytes_in, statements, report, read_secs, header) = read?;
    stats.inputs_unchecked = u64::from(!header);
    stats.read_secs = read_secs;
    stats.bytes_in = bytes_in;
    stats.statements = statements;
    stats.unmatched_rules = report.unmatched_rules.into_iter().collect();
    stats.tables_seen = report.tables_seen.into_iter().collect();
    stats.pattern_matches = report.pattern_matches.into_iter().collect();
    // Every task has finished: the plans' fallback counts are complete.
    for plan in &report.plans {
        for (a, col) in plan.actions.iter().zip(&plan.schema.columns) {
            if let Action::Rewrite(c) = a {
                let shaped = c.shaped();
                if shaped > 0 {
                    *stats
                        .shaped
                        .entry(format!("{}.{}", plan.display, col.name))
                        .or_default() += shaped;
                }
                let n = c.fallbacks();
                if n > 0 {
                    *stats
                        .fallbacks
                        .entry(format!("{}.{}", plan.display, col.name))
                        .or_default() += n;
                }
            }
        }
    }
    Ok(stats)
}

/// Bytes read, statements, the router's findings, busy seconds, and whether the input had a
/// dumper header (so its completeness was checked).
type ReadOutcome = Result<(u64, u64, RouterReport, f64, bool)>;

fn read_loop<'s, R: Read>(
    engine: &'s Engine,
    input: R,
    source: &'s Source,
    tasks: &rayon::Scope<'s>,
    done_tx: Sender<Done>,
    token_rx: Receiver<()>,
) -> ReadOutcome {
    let opts = &engine.opts;
    let observer = engine.observer();
    let mut reader = StatementReader::new(input, opts.reader.clone());
    let watch = TableEvents {
        input: source.name,
        observer,
    };
    let mut router = Router::new(
        engine.rules,
        &engine.keys,
        source.catalog,
        source.database.clone(),
        watch,
    )
    .counting_rows(opts.count_rows)
    .refusing_unmatched(!opts.allow_unmatched)
    .gating(!opts.without_data_gate)
    .testing_every_row(opts.gate_every_row)
    .knowing(source.names_from.clone());
    let gating = !opts.without_data_gate;
    let mut seq = 0u64;
    let mut busy = std::time::Duration::ZERO;
    let fail = |seq: u64, err: Error| {
        // The writer reports it in order; if the writer is gone, it already has an error.
        let _ = done_tx.send((seq, Err(err)));
    };
    let dispatch = |seq: u64, work: Work| {
        let tx = done_tx.clone();
        let recorder = source.recorder.clone().or_else(|| opts.recorder.clone());
        let names_from = source.names_from.clone();
        tasks.spawn(move |_| {
            let names = names_from.as_deref().map(RunNames);
            let piece = SCRATCH.with(|s| {
                process(
                    work,
                    &mut s.borrow_mut(),
                    recorder.as_deref(),
                    names.as_ref().map(|n| n as &dyn NameWords),
                )
            });
            let _ = tx.send((seq, piece));
        });
    };
    loop {
        if let Some(signal) = crate::io::stop::requested() {
            fail(seq, ErrorKind::Interrupted(signal).into());
            break;
        }
        let started = std::time::Instant::now();
        let batch = match reader.next_batch() {
            Ok(Some(b)) => b,
            Ok(None) => break,
            Err(e) => {
                fail(seq, e);
                break;
            }
        };
        observer.event(&Event::BytesRead {
            input: source.name,
            bytes: reader.bytes_read(),
        });
        let mut jobs = Vec::with_capacity(batch.stmts.len());
        let mut marks = gating.then(|| Vec::with_capacity(batch.stmts.len()));
        let mut gate_error = None;
        for stmt in &batch.stmts {
            match router.route(&batch, stmt) {
                Ok(j) => {
                    jobs.push(j);
                    if let Some(m) = marks.as_mut() {
                        m.push(router.take_mark());
                    }
                }
                Err(e) => {
                    gate_error = Some((stmt.start, e));
                    break;
                }
            }
        }
        busy += started.elapsed();
        if token_rx.recv().is_err() {
            break; // the writer stopped
        }
        if let Some((cut, err)) = gate_error {
            // Write what came before the failing statement, then fail.
            let mut batch = batch;
            batch.data.truncate(cut);
            batch.stmts.truncate(jobs.len());
            dispatch(seq, Work { batch, jobs, marks });
            fail(seq + 1, err);
            break;
        }
        dispatch(seq, Work { batch, jobs, marks });
        seq += 1;
    }
    Ok((
        reader.bytes_read(),
        reader.statements(),
        router.finish(),
        busy.as_secs_f64(),
        reader.has_dumper_header(),
    ))
}

/// Count the rows of an INSERT that is copied unchanged into `kept`. A row the lexer cannot read
/// ends the count of that statement; the bytes are copied unchanged whatever the count says.
fn count_rows(
    bytes: &[u8],
    values_start: usize,
    table: &Arc<str>,
    spans: &mut Vec<crate::dump::insert::Span>,
    kept: &mut Vec<(Arc<str>, u64)>,
) {
    let mut lexer = crate::dump::insert::TupleLexer::new(bytes, values_start);
    let mut n = 0u64;
    while let Ok(true) = lexer.next_row(spans) {
        n += 1;
    }
    add_kept(kept, table, n);
}

fn add_kept(kept: &mut Vec<(Arc<str>, u64)>, table: &Arc<str>, n: u64) {
    match kept.last_mut() {
        Some((t, k)) if **t == **table => *k += n,
        _ => kept.push((table.clone(), n)),
    }
}

/// An INSERT copied unchanged: its rows counted when the run counts them, and the output gate's
/// tap over them, in one lexing pass. Returns what the gate gathered.
fn copied_insert(
    bytes: &[u8],
    job: &Route,
    gate: Option<&GateJob>,
    spans: &mut Vec<crate::dump::insert::Span>,
    kept: &mut Vec<(Arc<str>, u64)>,
) -> Option<Tested> {
    match (job, gate) {
        (Route::Count { table, .. }, Some(g)) => {
            let t = test_statement(bytes, g, spans, true);
            add_kept(kept, table, t.rows);
            Some(t)
        }
        (
            Route::Count {
                values_start,
                table,
            },
            None,
        ) => {
            count_rows(bytes, *values_start, table, spans, kept);
            None
        }
        (_, Some(g)) => Some(test_statement(bytes, g, spans, false)),
        _ => None,
    }
}

fn process(
    work: Work,
    scratch: &mut Scratch,
    recorder: Option<&dyn Recorder>,
    names: Option<&dyn NameWords>,
) -> Result<Piece> {
    let started = std::time::Instant::now();
    let Work { batch, jobs, marks } = work;
    let mut kept: Vec<(Arc<str>, u64)> = Vec::new();
    let mut marks = marks.map(Vec::into_iter);
    let mut segments: Option<Vec<Segment>> = marks.as_ref().map(|m| Vec::with_capacity(m.len()));
    // The gate's view of a statement whose output ends at `end`: its counts, from the rewrite's
    // own lexing (`tested`) or, for an INSERT copied unchanged, from lexing it here.
    let mut segment = |stmt: &crate::dump::reader::Stmt,
                       bytes: &[u8],
                       end: usize,
                       (boundary, job): (bool, Option<GateJob>),
                       tested: Option<Tested>,
                       spans: &mut Vec<crate::dump::insert::Span>| {
        if let Some(segs) = segments.as_mut() {
            segs.push(Segment {
                end,
                boundary,
                statement: stmt.number,
                offset: stmt.offset,
                tested: tested.or_else(|| job.map(|j| test_statement(bytes, &j, spans, false))),
            });
        }
    };
    if jobs
        .iter()
        .all(|j| matches!(j, Route::Copy | Route::Count { .. }))
    {
        for (stmt, job) in batch.stmts.iter().zip(&jobs) {
            let mark = marks.as_mut().and_then(Iterator::next).unwrap_or_default();
            let bytes = batch.bytes(stmt);
            let tested = copied_insert(bytes, job, mark.1.as_ref(), &mut scratch.spans, &mut kept);
            segment(stmt, bytes, stmt.end, mark, tested, &mut scratch.spans);
        }

        return Ok(Piece {
            data: batch.data,
            segments,
            counts: Vec::new(),
            by_strategy: Vec::new(),
            kept,
            secs: started.elapsed().as_secs_f64(),
        });
    }
    let mut by_strategy: Vec<(&'static str, u64)> = Vec::new();
    let mut out = Vec::with_capacity(batch.data.len() + batch.data.len() / 8);
    let mut counts = Vec::new();
    for (stmt, job) in batch.stmts.iter().zip(&jobs) {
        let bytes = batch.bytes(stmt);
        let mark = marks.as_mut().and_then(Iterator::next).unwrap_or_default();
        let mut tested = None;
        match job {
            Route::Copy | Route::Count { .. } => {
                out.extend_from_slice(bytes);
                tested = copied_insert(bytes, job, mark.1.as_ref(), &mut scratch.spans, &mut kept);
            }
            Route::Drop => {}
            Route::Rewrite(rj) => {
                let job = InsertJob {
                    values_start: rj.values_start,
                    actions: &rj.actions,
                    position: &rj.position,
                    unique: &rj.unique,
                    table: &rj.table,
                    recorder,
                    names,
                };
                // The gate taps the written rows from the rewrite's own lexing and buffers.
                let mut tap = mark.1.as_ref().map(Tap::new);
                let c = rewrite_insert(
                    bytes,
                    &job,
                    scratch,
                    &mut out,
                    tap.as_mut().map(|t| t as &mut dyn RowTap),
                );
                tested = tap.map(Tap::finish);
                let c = c.map_err(|e| {
                    let pos = Position {
                        byte: stmt.offset,
                        statement: stmt.number,
                        table: Some(rj.table.to_string()),
                        row: Some(e.row),
                        column: e.column,
                    };
                    Error::parse(pos, e.what)
                })?;
                counts.push((rj.table.clone(), c));
                for (i, n) in scratch.per_value.iter().enumerate() {
                    if *n == 0 {
                        continue;
                    }
                    let name = rj.actions[i].name();
                    match by_strategy.iter_mut().find(|(s, _)| *s == name) {
                        Some(e) => e.1 += n,
                        None => by_strategy.push((name, *n)),
                    }
                }
            }
        }
        segment(stmt, bytes, out.len(), mark, tested, &mut scratch.spans);
    }

    Ok(Piece {
        data: out,
        segments,
        counts,
        by_strategy,
        kept,
        secs: started.elapsed().as_secs_f64(),
    })
}

fn write_loop(
    done_rx: Receiver<Done>,
    token_tx: Sender<()>,
    output: &mut dyn Write,
    stats: &mut Stats,
    mut gate: Option<&mut Gate>,
    (observer, input): (&dyn Observer, &str),
) -> Result<()> {
    let mut next = 0u64;
    let mut rows = 0u64;
    let mut pending: BTreeMap<u64, Result<Piece>> = BTreeMap::new();
    // An error after what the gate holds: the held table is decided first (input order).
    let fail = |e: Error, gate: Option<&mut Gate>, output: &mut dyn Write| -> Result<()> {
        if let Some(g) = gate {
            g.finish(output)?;
        }
        Err(e)
    };
    while let Ok((seq, res)) = done_rx.recv() {
        pending.insert(seq, res);
        while let Some(res) = pending.remove(&next) {
            let mut piece = match res {
                Ok(p) => p,
                Err(e) => return fail(e, gate.as_deref_mut(), output),
            };
            let started = std::time::Instant::now();
            match (piece.segments.take(), gate.as_deref_mut()) {
                (Some(segments), Some(g)) => {
                    let mut start = 0;
                    for seg in segments {
                        let end = seg.end;
                        g.feed(&piece.data[start..end], seg, output)?;
                        start = end;
                    }
                }
                _ => output
                    .write_all(&piece.data)
                    .map_err(|e| Error::io("writing the output", e))?,
            }
            stats.write_secs += started.elapsed().as_secs_f64();
            stats.rewrite_secs += piece.secs;
            for (s, n) in piece.by_strategy {
                *stats.by_strategy.entry(s.to_string()).or_default() += n;
            }
            let rows_before = rows;
            for (t, n) in piece.kept {
                let e = stats.tables.entry(t.to_string()).or_insert(TableStats {
                    kept: true,
                    ..TableStats::default()
                });
                e.rows += n;
                rows += n;
            }
            stats.bytes_out += piece.data.len() as u64;
            for (table, c) in piece.counts {
                let t = stats.tables.entry(table.to_string()).or_default();
                t.kept = false;
                t.rows += c.rows;
                t.values_rewritten += c.values;
                t.nulls_kept += c.nulls_kept;
                rows += c.rows;
            }
            if rows > rows_before {
                observer.event(&Event::RowsWritten { input, rows });
            }
            next += 1;
            let _ = token_tx.send(());
        }
    }
    // A message after a gap can only be the error that ended the reader early.
    if let Some((_, Err(e))) = pending.into_iter().next() {
        return fail(e, gate, output);
    }
    match gate {
        Some(g) => g.finish(output),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::reader::ReaderOptions;
    use crate::rules::RuleSet;
    use crate::transform::{run, Options, TableStats};

    /// Tiny reads and the given batch size, so statements cross every boundary.
    fn small_opts(threads: usize, batch: usize) -> Options {
        Options {
            threads,
            reader: ReaderOptions {
                read_size: 7,
                batch_bytes: batch,
                max_statement: 1 << 20,
                allow_incomplete: false,
            },
            ..Options::default()
        }
    }

    fn transform(
        input: &[u8],
        rules: &RuleSet,
        threads: usize,
        batch: usize,
    ) -> Result<(Vec<u8>, Stats)> {
        let mut out = Vec::new();
        let opts = small_opts(threads, batch);
        let stats = run(input, &mut out, rules, None, &opts)?;
        Ok((out, stats))
    }

    const DUMP: &[u8] = b"-- Host: h    Database: shop\nCREATE TABLE `c` (`id` int NOT NULL, `email` varchar(50), `n` text);\nINSERT INTO `c` VALUES (1,'a@b.c','x'),(2,NULL,'y');\nDELIMITER ;;\nCREATE TRIGGER t BEGIN INSERT INTO `c` VALUES (9,'z','z'); END ;;\nDELIMITER ;\nINSERT INTO `c` (`n`,`email`,`id`) VALUES ('q','r',3);\n";

    #[test]
    fn identity_is_byte_identical_for_any_threads_and_batches() {
        for threads in [1, 2, 3] {
            for batch in [0, 10, 1 << 20] {
                let (out, _) = transform(DUMP, &RuleSet::keep_all(), threads, batch).unwrap();
                assert_eq!(out, DUMP);
            }
        }
    }

    #[test]
    fn rewrites_by_position_and_by_column_list_but_not_in_triggers() {
        let rules = RuleSet::from_yaml(
            "version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: keep\n          email: {fixed: 'x@example.invalid'}\n          n: keep\n",
            "r",
        )
        .unwrap();
        let (out, stats) = transform(DUMP, &rules, 2, 16).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("VALUES (1,'x@example.invalid','x'),(2,NULL,'y');"),
            "{text}"
        );
        assert!(
            text.contains("VALUES (9,'z','z'); END ;;"),
            "trigger body untouched: {text}"
        );
        assert!(
            text.contains("VALUES ('q','x@example.invalid',3);"),
            "{text}"
        );
        assert_eq!(
            stats.tables["shop.c"],
            TableStats {
                rows: 3,
                values_rewritten: 2,
                nulls_kept: 1,
                kept: false
            }
        );
    }

    #[test]
    fn uncovered_columns_stop_before_any_row_and_keep_prior_output() {
        let rules = RuleSet::from_yaml("version: 1\ndatabases:\n  shop:\n    tables:\n      c:\n        columns:\n          id: keep\n", "r").unwrap();
        let mut out = Vec::new();
        let err = run(DUMP, &mut out, &rules, None, &Options::default()).unwrap_err();
        match err.kind() {
            ErrorKind::Uncovered { pos, columns } => {
                assert_eq!(columns, &["shop.c.email", "shop.c.n"]);
                assert_eq!(pos.statement, 1);
            }
            other => panic!("{other:?}"),
        }
        assert!(!out.windows(6).any(|w| w == b"INSERT"));
    }

    #[test]
    fn rows_of_kept_tables_are_counted_on_request_without_changing_a_byte() {
        for (threads, batch) in [(1, 0), (2, 16), (3, 1 << 20)] {
            let opts = Options {
                count_rows: true,
                ..small_opts(threads, batch)
            };
            let mut out = Vec::new();
            let stats = run(DUMP, &mut out, &RuleSet::keep_all(), None, &opts).unwrap();
            assert_eq!(out, DUMP);
            // Two rows, then one (the trigger body's INSERT is code, not data).
            assert_eq!(
                stats
                    .tables
                    .get("shop.c")
                    .filter(|t| t.kept)
                    .map(|t| t.rows),
                Some(3),
                "{:?}",
                stats.tables
            );
        }
        let stats = transform(DUMP, &RuleSet::keep_all(), 2, 0).unwrap().1;
        assert!(stats.tables.is_empty(), "not counted unless asked");
    }

    #[test]
    fn truncated_dump_is_an_error_after_the_complete_part() {
        let cut = &DUMP[..DUMP.len() - 10];
        let err = transform(cut, &RuleSet::keep_all(), 2, 0).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Truncated { .. }), "{err}");
    }
}
