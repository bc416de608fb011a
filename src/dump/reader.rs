//! `StatementReader`: reads a plain dump stream and hands out batches of *complete* statements.
//!
//! It owns the read buffer and the [`Splitter`]. Bytes are appended to the buffer with no
//! zero-filling; when enough complete statements are in it, the buffer itself becomes the batch
//! (moved, not copied) and only the unfinished tail is copied into a fresh buffer. A batch's
//! statements cover its bytes exactly, with no gaps, so concatenating batches gives back the
//! input. One statement larger than the configured cap is an error naming its byte offset.
//!
//! A dump must be whole: input that ends inside a statement, an empty input, and a dump whose
//! mysqldump/mariadb-dump header promises a closing `-- Dump completed` line that never comes
//! (cut exactly between two statements) are errors, raised after the last complete batch.
//! A dump without the header (`--skip-comments`) cannot be checked that way:
//! [`StatementReader::has_dumper_header`] says so.

use std::io::Read;

use super::splitter::{Boundary, Split, Splitter, Unterminated};
use crate::error::{Error, ErrorKind, Position, Result, Setting};

/// One complete statement inside a [`Batch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stmt {
    /// Start of the statement in the batch's `data`.
    pub start: usize,
    /// End (exclusive) in the batch's `data`; the next statement starts here.
    pub end: usize,
    /// 1-based statement number in the dump.
    pub number: u64,
    /// Absolute byte offset of the statement in the plain dump stream.
    pub offset: u64,
    /// How the statement ended.
    pub boundary: Boundary,
    /// True when it was read under the default `;` delimiter (not routine/trigger code).
    pub default_delimiter: bool,
}

/// A run of consecutive complete statements, owning their bytes.
#[derive(Default)]
pub struct Batch {
    /// The statements' bytes, exactly as read.
    pub data: Vec<u8>,
    /// The statements, in order, covering `data` without gaps.
    pub stmts: Vec<Stmt>,
}

impl Batch {
    /// The bytes of `stmt`.
    pub fn bytes(&self, stmt: &Stmt) -> &[u8] {
        &self.data[stmt.start..stmt.end]
    }
}

/// Sizes for a [`StatementReader`].
#[derive(Debug, Clone)]
pub struct ReaderOptions {
    /// Bytes asked of the underlying reader at a time.
    pub read_size: usize,
    /// A batch is handed out once it holds at least this many bytes of complete statements.
    pub batch_bytes: usize,
    /// Largest allowed statement; a larger one is an error.
    pub max_statement: usize,
    /// Accept a dump whose header promises a closing `-- Dump completed` line it lacks (a
    /// hand-trimmed file). Never for production dumps: a dump cut short looks exactly so.
    pub allow_incomplete: bool,
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions {
            read_size: 1 << 20,
            batch_bytes: 4 << 20,
            max_statement: 256 << 20,
            allow_incomplete: false,
        }
    }
}

/// Reads statements from a plain (already decompressed and decrypted) dump stream.
pub struct StatementReader<R> {
    rdr: R,
    opts: ReaderOptions,
    splitter: Splitter,
    /// `buf[..start]` are complete statements of the pending batch; `buf[start..]` is the
    /// unfinished statement, of which the splitter has scanned a prefix.
    buf: Vec<u8>,
    start: usize,
    stmts: Vec<Stmt>,
    /// Absolute offset of `buf[0]`.
    offset: u64,
    /// Statements handed out so far.
    count: u64,
    eof: bool,
    done: bool,
    /// The stream starts with a mysqldump / mariadb-dump header (known after the first fill).
    header: bool,
    /// A trailer holding the dumper's `-- Dump completed` line was read.
    completed: bool,
    /// The end-of-input checks ran.
    checked: bool,
    /// The start of the stream was checked for binary data.
    sniffed: bool,
}

/// How many bytes of the stream's start are searched for the dumper's header (the header may
/// follow a sandbox line, a warning the dumper wrote to the same file, or a `CREATE DATABASE`).
const HEADER_WINDOW: usize = 8192;

/// True when `head` has a line starting with a dumper's header (`-- MySQL dump`, `-- MariaDB dump`).
fn dumper_header(head: &[u8]) -> bool {
    head[..head.len().min(HEADER_WINDOW)]
        .split(|&b| b == b'\n')
        .any(|l| l.starts_with(b"-- MySQL dump") || l.starts_with(b"-- MariaDB dump"))
}

/// True when the start of a stream is binary, not SQL: a NUL or a control character (other
/// than tab, newline, carriage return, form feed) before the first quote. Raw bytes in a dump
/// only ever stand inside string literals.
fn binary_start(head: &[u8]) -> bool {
    head.iter()
        .take_while(|&&b| b != b'\'' && b != b'"')
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
}

/// True when `trailer` has the dumper's closing line.
fn completion_line(trailer: &[u8]) -> bool {
    trailer
        .split(|&b| b == b'\n')
        .any(|l| l.starts_with(b"-- Dump completed"))
}

/// The completeness of a dump read as plain bytes (`encrypt`, which does not parse it): empty
/// input, and a dumper's header whose closing `-- Dump completed` line never came. The same
/// rules as [`StatementReader`]'s end-of-input checks.
#[derive(Debug, Default)]
pub struct Completeness {
    head: Vec<u8>,
    tail: Vec<u8>,
    bytes: u64,
}

/// Bytes of a stream's end searched for the closing line.
const TRAILER_WINDOW: usize = 4096;

impl Completeness {
    /// Count and remember the next bytes of the stream.
    pub fn feed(&mut self, b: &[u8]) {
        self.bytes += b.len() as u64;
        if self.head.len() < HEADER_WINDOW {
            let n = (HEADER_WINDOW - self.head.len()).min(b.len());
            self.head.extend_from_slice(&b[..n]);
        }
        if b.len() >= TRAILER_WINDOW {
            self.tail.clear();
            self.tail.extend_from_slice(&b[b.len() - TRAILER_WINDOW..]);
        } else {
            self.tail.extend_from_slice(b);
            let over = self.tail.len().saturating_sub(TRAILER_WINDOW);
            self.tail.drain(..over);
        }
    }

    /// Bytes seen.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// True when the stream began with a dumper's header and ended with its closing line.
    pub fn completed(&self) -> bool {
        dumper_header(&self.head) && completion_line(&self.tail)
    }

    /// Judge the whole stream of `name`: empty is an error; a header promising a closing line
    /// it lacks is one unless `allow_incomplete`.
    ///
    /// # Errors
    /// What is missing and what to do.
    pub fn check(&self, name: &str, allow_incomplete: bool) -> Result<()> {
        if self.bytes == 0 {
            return Err(ErrorKind::Usage(format!(
                "{name} is empty: there is no dump to keep; check the dump command that wrote it"
            ))
            .into());
        }
        if dumper_header(&self.head) && !completion_line(&self.tail) && !allow_incomplete {
            return Err(ErrorKind::Usage(format!(
                "{name} ends after {} bytes without the `-- Dump completed` line its header promises: the dump was cut short; dump again (or, for a dump known to be whole, {})",
                self.bytes,
                Setting::AllowIncomplete
            ))
            .into());
        }
        Ok(())
    }
}

/// A reader that feeds every byte it hands out to a [`Completeness`].
pub struct Checked<'c, R> {
    inner: R,
    seen: &'c mut Completeness,
}

impl<'c, R: Read> Checked<'c, R> {
    /// Read `inner`, feeding `seen`.
    pub fn new(inner: R, seen: &'c mut Completeness) -> Self {
        Checked { inner, seen }
    }
}

impl<R: Read> Read for Checked<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen.feed(&buf[..n]);
        Ok(n)
    }
}

impl<R: Read> StatementReader<R> {
    /// A reader over `rdr` with the given sizes.
    pub fn new(rdr: R, opts: ReaderOptions) -> Self {
        let cap = opts.batch_bytes + opts.read_size;
        StatementReader {
            rdr,
            buf: Vec::with_capacity(cap),
            opts,
            splitter: Splitter::default(),
            start: 0,
            stmts: Vec::new(),
            offset: 0,
            count: 0,
            eof: false,
            done: false,
            header: false,
            completed: false,
            checked: false,
            sniffed: false,
        }
    }

    /// True when the stream began with a mysqldump / mariadb-dump header, so its end is checked
    /// for the closing `-- Dump completed` line. False for `--skip-comments` dumps and other
    /// input, whose completeness cannot be checked.
    pub fn has_dumper_header(&self) -> bool {
        self.header
    }

    /// Bytes read from the underlying reader so far.
    pub fn bytes_read(&self) -> u64 {
        self.offset + self.buf.len() as u64
    }

    /// Statements handed out so far.
    pub fn statements(&self) -> u64 {
        self.count
    }

    /// The next batch of complete statements, or `None` at the end of the dump.
    ///
    /// # Errors
    /// I/O errors, a statement over the size cap, and input that ends inside a statement.
    pub fn next_batch(&mut self) -> Result<Option<Batch>> {
        if self.done {
            return self.check_end().map(|()| None);
        }
        loop {
            let default_delimiter = self.splitter.default_delimiter();
            match self.splitter.feed(&self.buf[self.start..], self.eof) {
                Ok(Split::Statement { end, boundary }) => {
                    if end > self.opts.max_statement {
                        return Err(ErrorKind::StatementTooLarge {
                            pos: self.here(),
                            limit: self.opts.max_statement,
                        }
                        .into());
                    }
                    self.count += 1;
                    if boundary == Boundary::Trailer
                        && completion_line(&self.buf[self.start..self.start + end])
                    {
                        self.completed = true;
                    }
                    self.stmts.push(Stmt {
                        start: self.start,
                        end: self.start + end,
                        number: self.count,
                        offset: self.offset + self.start as u64,
                        boundary,
                        default_delimiter,
                    });
                    self.start += end;
                    if self.start >= self.opts.batch_bytes {
                        return Ok(Some(self.take_batch()));
                    }
                }
                Ok(Split::NeedMore) if self.eof => {
                    self.done = true;
                    if self.stmts.is_empty() {
                        return self.check_end().map(|()| None);
                    }
                    return Ok(Some(self.take_batch()));
                }
                Ok(Split::NeedMore) => {
                    let pending = self.buf.len() - self.start;
                    if pending > self.opts.max_statement {
                        return Err(ErrorKind::StatementTooLarge {
                            pos: self.here(),
                            limit: self.opts.max_statement,
                        }
                        .into());
                    }
                    self.fill()?;
                }
                Err(Unterminated(inside)) => {
                    return Err(ErrorKind::Truncated {
                        pos: self.here(),
                        inside,
                    }
                    .into());
                }
            }
        }
    }

    /// At the end of the input: an empty input, or a header whose closing line never came, is
    /// an error (once; later calls are fine).
    fn check_end(&mut self) -> Result<()> {
        if std::mem::replace(&mut self.checked, true) {
            return Ok(());
        }
        let inside = if self.bytes_read() == 0 {
            "before any statement (the input is empty)"
        } else if self.header && !self.completed && !self.opts.allow_incomplete {
            "between two statements, without the `-- Dump completed` line its header promises (the dump was cut short, or its end is missing)"
        } else {
            return Ok(());
        };
        Err(ErrorKind::Truncated {
            pos: self.here(),
            inside,
        }
        .into())
    }

    fn here(&self) -> Position {
        Position {
            byte: self.offset + self.start as u64,
            statement: self.count + 1,
            ..Position::default()
        }
    }

    fn fill(&mut self) -> Result<()> {
        let want = self.opts.read_size.max(1) as u64;
        let got = (&mut self.rdr)
            .take(want)
            .read_to_end(&mut self.buf)
            .map_err(|e| Error::io("reading the dump", e))?;
        if got == 0 {
            self.eof = true;
        }
        if self.offset == 0 && !self.header && self.buf.len() <= HEADER_WINDOW + got {
            self.header = dumper_header(&self.buf);
        }
        if !self.sniffed && (self.buf.len() >= 4096 || self.eof) {
            self.sniffed = true;
            if self.offset == 0 && binary_start(&self.buf[..self.buf.len().min(4096)]) {
                return Err(Error::parse(
                    Position::default(),
                    "the input does not look like a SQL dump: it starts with binary data (a \
                     compressed or encrypted format this build does not read, or not a dump at all)",
                ));
            }
        }
        Ok(())
    }

    fn take_batch(&mut self) -> Batch {
        let mut next = Vec::with_capacity(
            self.buf
                .capacity()
                .max(self.opts.batch_bytes + self.opts.read_size),
        );
        next.extend_from_slice(&self.buf[self.start..]);
        self.buf.truncate(self.start);
        let data = std::mem::replace(&mut self.buf, next);
        self.offset += self.start as u64;
        self.start = 0;
        Batch {
            data,
            stmts: std::mem::take(&mut self.stmts),
        }
    }
}

impl<R: Read> Iterator for StatementReader<R> {
    type Item = Result<Batch>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_batch().transpose()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn completeness_of_plain_bytes() {
        let whole = b"-- MariaDB dump 10.19\n--\nCREATE TABLE t (a int);\n\n-- Dump completed on 2026-11-30\n";
        let judge = |bytes: &[u8], chunk: usize| {
            let mut c = Completeness::default();
            for part in bytes.chunks(chunk.max(1)) {
                c.feed(part);
            }
            c
        };
        for chunk in [1, 7, 4096, 100_000] {
            assert!(judge(whole, chunk).check("d", false).is_ok());
            assert!(judge(whole, chunk).completed());
            let cut = judge(&whole[..whole.len() - 40], chunk);
            assert!(cut
                .check("d", false)
                .unwrap_err()
                .to_string()
                .contains("cut short"));
            assert!(cut.check("d", true).is_ok() && !cut.completed());
        }
        assert!(judge(b"", 1)
            .check("d", true)
            .unwrap_err()
            .to_string()
            .contains("empty"));
        // Without a dumper's header nothing can be promised: not an error.
        assert!(judge(b"CREATE TABLE t (a int);\n", 3)
            .check("d", false)
            .is_ok());
    }
    use super::*;

    /// A reader that returns at most `step` bytes per read call.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }
    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(out.len()).min(self.data.len());
            out[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn collect(input: &[u8], opts: ReaderOptions, step: usize) -> Result<Vec<(Vec<u8>, u64, u64)>> {
        let mut r = StatementReader::new(Trickle { data: input, step }, opts);
        let mut out = Vec::new();
        while let Some(b) = r.next_batch()? {
            let mut covered = 0;
            for s in &b.stmts {
                assert_eq!(s.start, covered, "statements cover the batch without gaps");
                covered = s.end;
                out.push((b.bytes(s).to_vec(), s.number, s.offset));
            }
            assert_eq!(covered, b.data.len());
        }
        Ok(out)
    }

    const DUMP: &[u8] = b"-- head\nSET a=1;\nINSERT INTO t VALUES ('x;y'),(2);\nDELIMITER ;;\nCREATE P() BEGIN SELECT 1; END ;;\nDELIMITER ;\nSET b=2;\n";

    #[test]
    fn any_buffer_sizes_give_the_same_statements() {
        let reference = collect(DUMP, ReaderOptions::default(), 1 << 20).unwrap();
        assert_eq!(reference.len(), 7);
        assert_eq!(
            reference.iter().map(|s| s.0.len()).sum::<usize>(),
            DUMP.len()
        );
        for read_size in [0, 1, 7, 64] {
            for batch_bytes in [0, 1, 10, 1 << 20] {
                for step in [1, 3, 100] {
                    let opts = ReaderOptions {
                        read_size,
                        batch_bytes,
                        max_statement: 1 << 20,
                        allow_incomplete: false,
                    };
                    assert_eq!(collect(DUMP, opts, step).unwrap(), reference);
                }
            }
        }
    }

    #[test]
    fn delimiter_state_is_recorded() {
        let mut r = StatementReader::new(DUMP, ReaderOptions::default());
        let b = r.next_batch().unwrap().unwrap();
        let flags: Vec<bool> = b.stmts.iter().map(|s| s.default_delimiter).collect();
        assert_eq!(flags, [true, true, true, false, false, true, true]);
    }

    #[test]
    fn oversized_statement_is_an_error_with_offset() {
        let opts = ReaderOptions {
            read_size: 4,
            batch_bytes: 1,
            max_statement: 8,
            allow_incomplete: false,
        };
        let err = collect(b"SET a=1;\nSET bbbbbbbbbbbbbbbbbbbbbb=2;", opts, 4).unwrap_err();
        match err.kind() {
            ErrorKind::StatementTooLarge { pos, limit } => {
                assert_eq!((pos.byte, pos.statement, *limit), (8, 2, 8));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn truncated_input_is_an_error() {
        let err = collect(
            b"SET a=1;\nINSERT INTO t VALUES ('abc",
            ReaderOptions::default(),
            5,
        )
        .unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Truncated { .. }), "{err}");
        assert!(err.to_string().contains("byte 8"), "{err}");
    }

    #[test]
    fn binary_input_is_not_a_dump() {
        let bin: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let err = collect(&bin, ReaderOptions::default(), 1).unwrap_err();
        assert!(
            err.to_string().contains("does not look like a SQL dump"),
            "{err}"
        );
        // Raw bytes inside a string literal are fine.
        let ok = b"INSERT INTO t VALUES ('\x01\x02\x00');\n";
        assert!(collect(ok, ReaderOptions::default(), 1).is_ok());
    }

    #[test]
    fn empty_input_is_an_error() {
        let err = collect(b"", ReaderOptions::default(), 1).unwrap_err();
        assert!(err.to_string().contains("the input is empty"), "{err}");
    }

    #[test]
    fn a_dump_with_a_header_must_end_with_its_completion_line() {
        let whole = b"-- MariaDB dump 10.19\n--\nCREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\n\n-- Dump completed on 2026-11-30\n";
        for cut in [whole.len() - 33, whole.len() - 60] {
            let part = &whole[..cut];
            let err = collect(part, ReaderOptions::default(), 1).unwrap_err();
            assert!(err.to_string().contains("-- Dump completed"), "{err}");
        }
        assert!(collect(whole, ReaderOptions::default(), 1).is_ok());
        // Without a header (a --skip-comments dump) nothing can be checked.
        let bare = b"CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\n";
        assert!(collect(bare, ReaderOptions::default(), 1).is_ok());
        let mut r = StatementReader::new(&whole[..], ReaderOptions::default());
        while r.next_batch().unwrap().is_some() {}
        assert!(r.has_dumper_header());
    }
}
