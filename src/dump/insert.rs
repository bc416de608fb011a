//! INSERT statements: the header (`INSERT [IGNORE] INTO db.t (cols) VALUES`, `REPLACE INTO …`)
//! parsed with nom, and the tuple lexer that turns the rows into spans over the statement bytes.
//!
//! The lexer works on one complete statement (the splitter guarantees it) and never copies:
//! each row is a reused `Vec<Span>`; a value's bytes stay where they are. Inside string bodies
//! it jumps with `memchr2` to the next quote or backslash; outside, tokens are short and it
//! steps byte by byte.

use memchr::memchr2;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
use nom::combinator::{opt, recognize};
use nom::multi::separated_list1;
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

use std::borrow::Cow;

use super::literal::{decode_hex, unescape, ValueKind};

/// The parsed header of an `INSERT … VALUES` / `REPLACE … VALUES` statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InsertHeader {
    /// Database qualifier (`INSERT INTO db.t`), if written.
    pub db: Option<String>,
    /// Table name, unquoted.
    pub table: String,
    /// The statement's own column list (`--complete-insert`, invisible columns), unquoted.
    pub columns: Option<Vec<String>>,
    /// Offset in the statement just after the `VALUES` keyword.
    pub values_start: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub(crate) fn ws0(i: &[u8]) -> IResult<&[u8], &[u8]> {
    take_while(is_ws).parse(i)
}

pub(crate) fn ws1(i: &[u8]) -> IResult<&[u8], &[u8]> {
    take_while1(is_ws).parse(i)
}

/// A backquoted identifier with doubled backticks, unquoted.
fn quoted_ident(i: &[u8]) -> IResult<&[u8], String> {
    let (rest, body) = delimited(
        tag("`"),
        recognize(nom::multi::many0(alt((
            tag("``"),
            take_while1(|b| b != b'`'),
        )))),
        tag("`"),
    )
    .parse(i)?;
    let name = String::from_utf8_lossy(body).replace("``", "`");
    Ok((rest, name))
}

fn bare_ident(i: &[u8]) -> IResult<&[u8], String> {
    let (rest, body) =
        take_while1(|b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80)
            .parse(i)?;
    Ok((rest, String::from_utf8_lossy(body).into_owned()))
}

fn ident(i: &[u8]) -> IResult<&[u8], String> {
    alt((quoted_ident, bare_ident)).parse(i)
}

/// `ident` or `db.ident`, unquoted: (database, table).
pub(crate) fn table_ref(i: &[u8]) -> IResult<&[u8], (Option<String>, String)> {
    let (i, first) = ident(i)?;
    let (i, second) = opt(preceded((ws0, tag("."), ws0), ident)).parse(i)?;
    Ok((
        i,
        match second {
            Some(t) => (Some(first), t),
            None => (None, first),
        },
    ))
}

fn column_list(i: &[u8]) -> IResult<&[u8], Vec<String>> {
    delimited(
        (tag("("), ws0),
        separated_list1((ws0, tag(","), ws0), ident),
        (ws0, tag(")")),
    )
    .parse(i)
}

/// (database, table, column list) of an INSERT header.
type HeaderParts = (Option<String>, String, Option<Vec<String>>);

fn header(i: &[u8]) -> IResult<&[u8], HeaderParts> {
    let (i, _) = alt((tag_no_case("INSERT"), tag_no_case("REPLACE"))).parse(i)?;
    let modifier = alt((
        tag_no_case("LOW_PRIORITY"),
        tag_no_case("DELAYED"),
        tag_no_case("HIGH_PRIORITY"),
        tag_no_case("IGNORE"),
    ));
    let (i, _) = nom::multi::many0(preceded(ws1, modifier)).parse(i)?;
    let (i, _) = (ws1, tag_no_case("INTO"), ws1).parse(i)?;
    let (i, (db, table)) = table_ref(i)?;
    let (i, columns) = opt(preceded(ws0, column_list)).parse(i)?;
    let (i, _) = (ws0, tag_no_case("VALUE"), opt(tag_no_case("S"))).parse(i)?;
    Ok((i, (db, table, columns)))
}

/// Parse the header of an INSERT/REPLACE whose keyword starts at `body_start`.
/// `None` when the statement is not of the `… VALUES (…)` form (e.g. `INSERT … SELECT`).
pub fn parse_header(stmt: &[u8], body_start: usize) -> Option<InsertHeader> {
    let input = &stmt[body_start..];
    let (rest, (db, table, columns)) = header(input).ok()?;
    // `VALUES` must be a whole word: followed by whitespace or `(`.
    match rest.first() {
        Some(&b) if is_ws(b) || b == b'(' => {}
        _ => return None,
    }
    Some(InsertHeader {
        db,
        table,
        columns,
        values_start: stmt.len() - rest.len(),
    })
}

/// One value of a row: its bytes are `stmt[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte of the value (of its introducer, if any).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Where the body starts: after the opening quote, or after `0x`/`0b`.
    pub body: usize,
    /// The literal's kind.
    pub kind: ValueKind,
}

impl Span {
    /// The quoted body (between the quotes) for quoted forms, else the whole token.
    pub fn body<'a>(&self, stmt: &'a [u8]) -> &'a [u8] {
        match self.kind {
            ValueKind::Str => &stmt[self.body..self.end - 1],
            ValueKind::Hex | ValueKind::Bit if stmt[self.end - 1] == b'\'' => {
                &stmt[self.body..self.end - 1]
            }
            ValueKind::Hex | ValueKind::Bit => &stmt[self.body..self.end],
            _ => &stmt[self.start..self.end],
        }
    }

    /// The quote byte of a string value.
    pub fn quote(&self, stmt: &[u8]) -> u8 {
        stmt[self.body - 1]
    }
}

/// The bytes the literal at `span` stands for: strings unescaped, hex decoded, numbers as
/// written; `None` for NULL. Borrows from `stmt` unless a string has escapes or a hex literal
/// is decoded.
pub fn decode<'a>(stmt: &'a [u8], span: &Span) -> Option<Cow<'a, [u8]>> {
    match span.kind {
        ValueKind::Null => None,
        ValueKind::Str => Some(unescape(span.body(stmt), span.quote(stmt))),
        ValueKind::Hex => {
            Some(decode_hex(span.body(stmt)).map_or(Cow::Borrowed(span.body(stmt)), Cow::Owned))
        }
        _ => Some(Cow::Borrowed(span.body(stmt))),
    }
}

/// What the tuple lexer found wrong, with the offset in the statement (never the bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    /// Offset in the statement.
    pub offset: usize,
    /// 1-based row number.
    pub row: u64,
    /// What is wrong.
    pub what: &'static str,
}

/// Iterates over the rows of an INSERT's VALUES list.
pub struct TupleLexer<'a> {
    stmt: &'a [u8],
    pos: usize,
    row: u64,
    done: bool,
    backslash_escapes: bool,
}

impl<'a> TupleLexer<'a> {
    /// A lexer over `stmt` starting at `values_start` (from [`InsertHeader`]).
    pub fn new(stmt: &'a [u8], values_start: usize) -> Self {
        TupleLexer {
            stmt,
            pos: values_start,
            row: 0,
            done: false,
            backslash_escapes: true,
        }
    }

    /// Number of rows lexed so far.
    pub fn rows(&self) -> u64 {
        self.row
    }

    #[cold]
    fn err(&self, offset: usize, what: &'static str) -> LexError {
        LexError {
            offset,
            row: self.row.max(1),
            what,
        }
    }

    fn skip_ws(&mut self) {
        while self.pos < self.stmt.len() && is_ws(self.stmt[self.pos]) {
            self.pos += 1;
        }
    }

    /// Lex the next row into `spans` (cleared first). Returns `Ok(false)` after the last row.
    ///
    /// # Errors
    /// When the bytes are not a well-formed VALUES list ending with the delimiter.
    pub fn next_row(&mut self, spans: &mut Vec<Span>) -> Result<bool, LexError> {
        spans.clear();
        if self.done {
            return Ok(false);
        }
        self.skip_ws();
        if self.row > 0 {
            match self.stmt.get(self.pos) {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                _ => return self.finish(),
            }
        }
        if self.stmt.get(self.pos) != Some(&b'(') {
            return Err(self.err(self.pos, "expected '(' at the start of a row"));
        }
        self.row += 1;
        self.pos += 1;
        loop {
            self.skip_ws();
            self.value(spans)?;
            while self.pos < self.stmt.len() && is_ws(self.stmt[self.pos]) {
                self.pos += 1;
            }
            match self.stmt.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b')') => {
                    self.pos += 1;
                    return Ok(true);
                }
                _ => return Err(self.err(self.pos, "expected ',' or ')' after a value")),
            }
        }
    }

    /// After the last row only the delimiter (any bytes that are not SQL tokens) may follow.
    fn finish(&mut self) -> Result<bool, LexError> {
        self.done = true;
        let rest = &self.stmt[self.pos..];
        if rest.iter().all(|&b| is_ws(b) || b == b';') {
            Ok(false)
        } else {
            Err(self.err(self.pos, "unexpected text after the last row"))
        }
    }

    /// Lex one value at `pos` and push its span.
    fn value(&mut self, spans: &mut Vec<Span>) -> Result<(), LexError> {
        let s = self.stmt;
        let start = self.pos;
        let Some(&b) = s.get(start) else {
            return Err(self.err(start, "statement ends inside a row"));
        };
        match b {
            b'\'' | b'"' => spans.push(self.quoted(start, start + 1, ValueKind::Str)?),
            b'_' => {
                // Charset introducer: `_binary '…'`, `_utf8mb4'…'`, `_binary 0x…`.
                let mut i = start + 1;
                while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'_') {
                    i += 1;
                }
                while i < s.len() && is_ws(s[i]) {
                    i += 1;
                }
                match s.get(i) {
                    Some(b'\'') | Some(b'"') => {
                        spans.push(self.quoted(start, i + 1, ValueKind::Str)?)
                    }
                    _ => {
                        self.pos = i;
                        self.value(spans)?;
                        if let Some(last) = spans.last_mut() {
                            last.start = start;
                        }
                    }
                }
            }
            b'x' | b'X' | b'b' | b'B' | b'n' | b'N' if s.get(start + 1) == Some(&b'\'') => {
                let kind = match b {
                    b'x' | b'X' => ValueKind::Hex,
                    b'b' | b'B' => ValueKind::Bit,
                    _ => ValueKind::Str,
                };
                spans.push(self.quoted(start, start + 2, kind)?)
            }
            _ => {
                let mut i = start;
                while i < s.len() && !matches!(s[i], b',' | b')') && !is_ws(s[i]) {
                    if matches!(s[i], b'\'' | b'"' | b'(' | b';') {
                        return Err(self.err(i, "unexpected character inside a value"));
                    }
                    i += 1;
                }
                if i == start {
                    return Err(self.err(start, "empty value"));
                }
                let tok = &s[start..i];
                let kind = if tok.eq_ignore_ascii_case(b"NULL") {
                    ValueKind::Null
                } else if tok.len() > 2 && (tok.starts_with(b"0x") || tok.starts_with(b"0X")) {
                    ValueKind::Hex
                } else if tok.len() > 2 && tok.starts_with(b"0b") {
                    ValueKind::Bit
                } else if matches!(tok[0], b'0'..=b'9' | b'-' | b'+' | b'.') {
                    ValueKind::Number
                } else {
                    ValueKind::Other
                };
                self.pos = i;
                let body = if matches!(kind, ValueKind::Hex | ValueKind::Bit) {
                    start + 2
                } else {
                    start
                };
                spans.push(Span {
                    start,
                    end: i,
                    body,
                    kind,
                });
            }
        }
        Ok(())
    }

    /// A quoted literal whose body starts at `body` (just after the opening quote).
    fn quoted(&mut self, start: usize, body: usize, kind: ValueKind) -> Result<Span, LexError> {
        let s = self.stmt;
        let q = s[body - 1];
        let mut i = body;
        loop {
            let found = if self.backslash_escapes {
                memchr2(q, b'\\', &s[i..])
            } else {
                memchr::memchr(q, &s[i..])
            };
            let Some(k) = found else {
                return Err(self.err(start, "unterminated string literal"));
            };
            let j = i + k;
            if s[j] == b'\\' {
                i = j + 2;
                if i > s.len() {
                    return Err(self.err(start, "unterminated string literal"));
                }
            } else if s.get(j + 1) == Some(&q) {
                i = j + 2;
            } else {
                self.pos = j + 1;
                return Ok(Span {
                    start,
                    end: j + 1,
                    body,
                    kind,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_every_dumper_form() {
        let h = parse_header(b"INSERT INTO `t` VALUES (1);", 0).unwrap();
        assert_eq!(
            (h.db, h.table.as_str(), h.columns, h.values_start),
            (None, "t", None, 22)
        );
        let h = parse_header(
            b"\nINSERT IGNORE INTO `db`.`t` (`a`, `b``c`) VALUES\n(1,2);",
            1,
        )
        .unwrap();
        assert_eq!(h.db.as_deref(), Some("db"));
        assert_eq!(h.columns.unwrap(), ["a", "b`c"]);
        let h = parse_header(b"REPLACE INTO `odd ``name`` with space` VALUES (1);", 0).unwrap();
        assert_eq!(h.table, "odd `name` with space");
        assert!(parse_header(b"INSERT INTO t SELECT * FROM u;", 0).is_none());
        assert!(parse_header(b"INSERT INTO t VALUESX (1);", 0).is_none());
        let h = parse_header("INSERT INTO `नाम` VALUES(1);".as_bytes(), 0).unwrap();
        assert_eq!(h.table, "नाम");
    }

    type Rows = Vec<Vec<(ValueKind, Vec<u8>)>>;

    fn lex(stmt: &[u8]) -> Result<Rows, LexError> {
        let h = parse_header(stmt, 0).unwrap();
        let mut lx = TupleLexer::new(stmt, h.values_start);
        let mut spans = Vec::new();
        let mut rows = Vec::new();
        while lx.next_row(&mut spans)? {
            rows.push(
                spans
                    .iter()
                    .map(|s| (s.kind, s.body(stmt).to_vec()))
                    .collect(),
            );
        }
        Ok(rows)
    }

    #[test]
    fn every_literal_form() {
        let stmt = b"INSERT INTO t VALUES (NULL,-1.5e-3,'a\\'b''c',_binary 'x',_utf8mb4'y',0xAB,X'CD',b'01',0b11,N'z',\"q\"),\n(TRUE,+2,'),(',_binary 0x00);";
        let rows = lex(stmt).unwrap();
        assert_eq!(rows.len(), 2);
        let kinds: Vec<ValueKind> = rows[0].iter().map(|v| v.0).collect();
        use ValueKind::*;
        assert_eq!(
            kinds,
            [Null, Number, Str, Str, Str, Hex, Hex, Bit, Bit, Str, Str]
        );
        assert_eq!(rows[0][2].1, b"a\\'b''c");
        assert_eq!(rows[0][3].1, b"x");
        assert_eq!(rows[0][5].1, b"AB");
        assert_eq!(rows[0][6].1, b"CD");
        assert_eq!(rows[1][2].1, b"),(");
        assert_eq!(rows[1][3].0, Hex);
        assert_eq!(rows[1][0].0, Other);
    }

    #[test]
    fn row_per_line_and_crlf() {
        let rows = lex(b"INSERT INTO `t` VALUES\r\n(1,'a'),\r\n(2,'b');").unwrap();
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn malformed_rows_are_errors_with_row_numbers() {
        let e = lex(b"INSERT INTO t VALUES (1,2),(3 4);").unwrap_err();
        assert_eq!(e.row, 2);
        assert!(lex(b"INSERT INTO t VALUES (1,'abc);").is_err());
        assert!(lex(b"INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a=1;").is_err());
        assert!(lex(b"INSERT INTO t VALUES (1,);").is_err());
        assert!(lex(b"INSERT INTO t VALUES (1").is_err());
    }
}
