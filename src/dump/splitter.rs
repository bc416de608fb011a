//! Resumable, push-style statement splitter: finds where each SQL statement of a dump ends.
//!
//! It is the only component that sees chunk boundaries. The caller hands it the bytes of the
//! current statement *so far* (always starting at the statement's first byte); the splitter
//! remembers how far it has scanned and in which state, so it never rescans, and answers either
//! "the statement ends at `end`" or "give me more bytes". Its output depends only on the bytes,
//! never on how they were chunked.
//!
//! READ THIS BEFORE CHANGING ME. The grammar follows the `mysql` client's own splitting:
//! - `'…'` and `"…"` strings with backslash escapes and doubled quotes, `` `…` `` identifiers
//!   with doubled backticks;
//! - `-- ` (dash dash + whitespace/control), `#` and `/* */` comments, which hide quotes and
//!   delimiters; but `/*!NNNNN … */` and MariaDB's `/*M!NNNNNN … */` are *code* (the server runs
//!   them), so quotes inside them are tracked and their `*/` is an ordinary byte;
//! - `DELIMITER x` at the start of a statement is a client command that ends at the end of its
//!   line and changes the delimiter (mysqldump writes `DELIMITER ;;` around triggers and routines).
//!
//! Every lookahead that would run past the available bytes returns `NeedMore` *without*
//! consuming the token, so the scan resumes at the same byte once more input arrived.

use memchr::{memchr, memchr2};

/// What [`Splitter::feed`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// `buf[..end]` is one complete statement.
    Statement {
        /// Length of the statement, delimiter (or command line) included.
        end: usize,
        /// How the statement ended.
        boundary: Boundary,
    },
    /// More input is needed before the statement ends.
    NeedMore,
}

/// How a statement ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boundary {
    /// By the current delimiter.
    Delimiter,
    /// A `DELIMITER x` client command (its line, newline included).
    DelimiterCommand,
    /// End of input after only whitespace and comments.
    Trailer,
}

/// The input ended inside something that must be closed; names what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unterminated(pub &'static str);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Normal,
    Quoted(u8),
    LineComment,
    BlockComment,
    DelimiterCommand,
}

/// Byte classes for the fast path of the normal state: 0 = nothing to do.
const BORING: u8 = 0;
const INTERESTING: u8 = 1;

/// The resumable statement splitter. See the module docs for the grammar.
#[derive(Clone)]
pub struct Splitter {
    /// Current lexical state at `pos`.
    state: State,
    /// Bytes of the current statement already scanned; always `<=` the caller's buffer length.
    pos: usize,
    /// True once the statement has a byte that is neither whitespace nor a plain comment.
    significant: bool,
    /// Where the argument of a `DELIMITER` command starts (valid in that state only).
    command_arg: usize,
    /// The current statement delimiter; never empty.
    delimiter: Vec<u8>,
    /// Normal-state byte classes; rebuilt when the delimiter changes.
    class: [u8; 256],
    /// False under `NO_BACKSLASH_ESCAPES`.
    backslash_escapes: bool,
}

impl Default for Splitter {
    fn default() -> Self {
        Splitter::new(true)
    }
}

impl Splitter {
    /// A splitter at the start of a dump, delimiter `;`.
    /// `backslash_escapes` is false only for dumps made under `NO_BACKSLASH_ESCAPES`.
    pub fn new(backslash_escapes: bool) -> Splitter {
        let mut s = Splitter {
            state: State::Normal,
            pos: 0,
            significant: false,
            command_arg: 0,
            delimiter: b";".to_vec(),
            class: [BORING; 256],
            backslash_escapes,
        };
        s.rebuild_class();
        s
    }

    /// The delimiter in force for the next statement.
    pub fn delimiter(&self) -> &[u8] {
        &self.delimiter
    }

    /// True when the delimiter is the default `;` (statements under another delimiter are
    /// routine/trigger code and are never rewritten).
    pub fn default_delimiter(&self) -> bool {
        self.delimiter == b";"
    }

    fn rebuild_class(&mut self) {
        self.class = [BORING; 256];
        for b in [b'\'', b'"', b'`', b'#', b'-', b'/'] {
            self.class[b as usize] = INTERESTING;
        }
        self.class[self.delimiter[0] as usize] = INTERESTING;
    }

    /// Scan `buf`, the current statement so far (it must start where the previous statement
    /// ended and must extend what was passed before). `eof` says no more bytes will follow.
    ///
    /// # Termination
    /// At end of input call with `eof = true`: a statement that is only whitespace and comments
    /// comes back as a [`Boundary::Trailer`]; an empty `buf` gives `NeedMore`.
    ///
    /// # Errors
    /// [`Unterminated`] when `eof` is set and the input ends inside a string, identifier,
    /// comment or statement.
    ///
    /// One function on purpose: it is the lexer's state machine (string, identifier, comment,
    /// `DELIMITER` states) run over every byte of the dump, and splitting it would put a call
    /// and the state's reload on the hottest loop of the tool.
    pub fn feed(&mut self, buf: &[u8], eof: bool) -> Result<Split, Unterminated> {
        assert!(
            self.pos <= buf.len(),
            "splitter fed a shorter buffer than before"
        );
        let n = buf.len();
        let mut i = self.pos;
        loop {
            match self.state {
                State::Normal => {
                    if self.significant {
                        while i < n && self.class[buf[i] as usize] == BORING {
                            i += 1;
                        }
                    }
                    if i >= n {
                        break;
                    }
                    let b = buf[i];
                    if b == self.delimiter[0] {
                        let d = self.delimiter.len();
                        if n - i < d && !eof && self.delimiter.starts_with(&buf[i..]) {
                            break;
                        }
                        if buf[i..].starts_with(&self.delimiter) {
                            self.reset();
                            return Ok(Split::Statement {
                                end: i + d,
                                boundary: Boundary::Delimiter,
                            });
                        }
                    }
                    match b {
                        b'\'' | b'"' | b'`' => {
                            self.state = State::Quoted(b);
                            self.significant = true;
                            i += 1;
                        }
                        b'#' => {
                            self.state = State::LineComment;
                            i += 1;
                        }
                        b'-' => {
                            if i + 2 >= n && !eof {
                                break;
                            }
                            let dash = buf.get(i + 1) == Some(&b'-');
                            if dash && buf.get(i + 2).is_none_or(|&c| c <= b' ') {
                                self.state = State::LineComment;
                                i += 2;
                            } else {
                                self.significant = true;
                                i += 1;
                            }
                        }
                        b'/' => {
                            if i + 3 >= n && !eof {
                                break;
                            }
                            if buf.get(i + 1) == Some(&b'*') {
                                match (buf.get(i + 2), buf.get(i + 3)) {
                                    (Some(b'!'), _) => {
                                        self.significant = true;
                                        i += 3;
                                    }
                                    (Some(b'M'), Some(b'!')) => {
                                        self.significant = true;
                                        i += 4;
                                    }
                                    _ => {
                                        self.state = State::BlockComment;
                                        i += 2;
                                    }
                                }
                            } else {
                                self.significant = true;
                                i += 1;
                            }
                        }
                        b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' if !self.significant => {
                            i += 1;
                        }
                        b'd' | b'D' if !self.significant => {
                            const KW: &[u8] = b"delimiter";
                            if n - i <= KW.len() && !eof {
                                break;
                            }
                            let is_cmd = buf.len() > i + KW.len()
                                && buf[i..i + KW.len()].eq_ignore_ascii_case(KW)
                                && matches!(buf[i + KW.len()], b' ' | b'\t');
                            self.significant = true;
                            if is_cmd {
                                self.state = State::DelimiterCommand;
                                self.command_arg = i + KW.len();
                                i += KW.len();
                            } else {
                                i += 1;
                            }
                        }
                        _ => {
                            self.significant = true;
                            i += 1;
                        }
                    }
                }
                State::Quoted(q) => {
                    let found = if q != b'`' && self.backslash_escapes {
                        memchr2(q, b'\\', &buf[i..])
                    } else {
                        memchr(q, &buf[i..])
                    };
                    match found {
                        None => {
                            i = n;
                            break;
                        }
                        Some(k) => {
                            let j = i + k;
                            if buf[j] == b'\\' {
                                if j + 1 >= n {
                                    // The escaped byte is not here yet; resume at the backslash.
                                    i = j;
                                    break;
                                }
                                i = j + 2;
                            } else {
                                self.state = State::Normal;
                                i = j + 1;
                            }
                        }
                    }
                }
                State::LineComment => match memchr(b'\n', &buf[i..]) {
                    Some(k) => {
                        self.state = State::Normal;
                        i += k + 1;
                    }
                    None => {
                        i = n;
                        break;
                    }
                },
                State::BlockComment => match memchr::memmem::find(&buf[i..], b"*/") {
                    Some(k) => {
                        self.state = State::Normal;
                        i += k + 2;
                    }
                    None => {
                        // Keep a trailing '*' unscanned: its '/' may arrive with the next chunk.
                        i = if buf.last() == Some(&b'*') { n - 1 } else { n };
                        break;
                    }
                },
                State::DelimiterCommand => match memchr(b'\n', &buf[i..]) {
                    Some(k) => {
                        let end = i + k + 1;
                        self.set_delimiter_from(&buf[self.command_arg..end]);
                        self.reset();
                        return Ok(Split::Statement {
                            end,
                            boundary: Boundary::DelimiterCommand,
                        });
                    }
                    None => {
                        i = n;
                        break;
                    }
                },
            }
        }
        self.pos = i;
        if !eof {
            return Ok(Split::NeedMore);
        }
        self.finish(buf)
    }

    fn finish(&mut self, buf: &[u8]) -> Result<Split, Unterminated> {
        let n = buf.len();
        match self.state {
            State::DelimiterCommand => {
                self.set_delimiter_from(&buf[self.command_arg..]);
                self.reset();
                Ok(Split::Statement {
                    end: n,
                    boundary: Boundary::DelimiterCommand,
                })
            }
            State::Quoted(b'`') => Err(Unterminated("inside a quoted identifier")),
            State::Quoted(_) => Err(Unterminated("inside a string literal")),
            State::BlockComment => Err(Unterminated("inside a /* */ comment")),
            State::Normal | State::LineComment if self.significant => {
                Err(Unterminated("inside a statement (no closing delimiter)"))
            }
            State::Normal | State::LineComment => {
                if n == 0 {
                    return Ok(Split::NeedMore);
                }
                self.reset();
                Ok(Split::Statement {
                    end: n,
                    boundary: Boundary::Trailer,
                })
            }
        }
    }

    fn reset(&mut self) {
        self.state = State::Normal;
        self.pos = 0;
        self.significant = false;
    }

    fn set_delimiter_from(&mut self, arg: &[u8]) {
        let word: Vec<u8> = arg
            .iter()
            .copied()
            .skip_while(|b| b.is_ascii_whitespace())
            .take_while(|b| !b.is_ascii_whitespace())
            .collect();
        // `DELIMITER` with no argument keeps the old delimiter, as the mysql client does.
        if !word.is_empty() {
            self.delimiter = word;
            self.rebuild_class();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Split `input` feeding it in pieces of `step` bytes (0 = all at once); returns the
    /// statements and their boundaries.
    pub(crate) fn split_with(
        input: &[u8],
        step: usize,
    ) -> Result<Vec<(Vec<u8>, Boundary)>, Unterminated> {
        let mut sp = Splitter::default();
        let mut out = Vec::new();
        let mut start = 0;
        let mut avail = if step == 0 {
            input.len()
        } else {
            step.min(input.len())
        };
        loop {
            let eof = avail == input.len();
            match sp.feed(&input[start..avail], eof)? {
                Split::Statement { end, boundary } => {
                    out.push((input[start..start + end].to_vec(), boundary));
                    start += end;
                }
                Split::NeedMore if eof => return Ok(out),
                Split::NeedMore => avail = (avail + step.max(1)).min(input.len()),
            }
        }
    }

    fn stmts(input: &str) -> Vec<String> {
        split_with(input.as_bytes(), 0)
            .unwrap()
            .into_iter()
            .map(|(s, _)| String::from_utf8(s).unwrap())
            .collect()
    }

    #[test]
    fn splits_simple_statements() {
        assert_eq!(
            stmts("SET a=1;\nSET b=2;\n"),
            ["SET a=1;", "\nSET b=2;", "\n"]
        );
    }

    #[test]
    fn strings_hide_delimiters_and_comments() {
        let s = "INSERT INTO t VALUES ('a;b','c\\';d','e'';f','-- x','/* y */','#z');\nSET x=1;";
        assert_eq!(stmts(s).len(), 2);
        let s2 = "INSERT INTO t VALUES (\"a;\\\"b\");X;";
        assert_eq!(stmts(s2), ["INSERT INTO t VALUES (\"a;\\\"b\");", "X;"]);
    }

    #[test]
    fn backticks_with_doubled_backticks() {
        assert_eq!(
            stmts("SELECT `a``;b`;SELECT 1;"),
            ["SELECT `a``;b`;", "SELECT 1;"]
        );
    }

    #[test]
    fn comments_hide_quotes() {
        assert_eq!(
            stmts("-- it's\nSET a=1;\n# don't\nSET b=2;/* it's; */SET c=3;").len(),
            3
        );
        // `--x` is not a comment: the quote after it counts.
        assert_eq!(stmts("SELECT 1--1, ';';SELECT 2;").len(), 2);
    }

    #[test]
    fn versioned_comments_are_code() {
        let s = "/*!40101 SET NAMES 'x;y' */;\n/*M!999999\\- enable the sandbox mode */ \nSET a=1;";
        assert_eq!(
            stmts(s),
            [
                "/*!40101 SET NAMES 'x;y' */;",
                "\n/*M!999999\\- enable the sandbox mode */ \nSET a=1;"
            ]
        );
    }

    #[test]
    fn delimiter_blocks() {
        let s = "DELIMITER ;;\nCREATE TRIGGER t BEGIN INSERT INTO x VALUES (1); END ;;\nDELIMITER ;\nSET a=1;";
        let got = split_with(s.as_bytes(), 0).unwrap();
        let b: Vec<_> = got.iter().map(|g| g.1).collect();
        assert_eq!(
            b,
            [
                Boundary::DelimiterCommand,
                Boundary::Delimiter,
                Boundary::DelimiterCommand,
                Boundary::Delimiter
            ]
        );
        assert_eq!(
            got[1].0,
            b"CREATE TRIGGER t BEGIN INSERT INTO x VALUES (1); END ;;"
        );
    }

    #[test]
    fn crlf_delimiter_command() {
        let s = "DELIMITER ;;\r\nCREATE PROCEDURE p() BEGIN SELECT 1; END ;;\r\nDELIMITER ;\r\nSET a=1;\r\n";
        assert_eq!(stmts(s).len(), 5);
    }

    #[test]
    fn trailer_and_truncation() {
        let got = split_with(b"SET a=1;\n-- Dump completed\n", 0).unwrap();
        assert_eq!(got[1].1, Boundary::Trailer);
        assert_eq!(
            split_with(b"INSERT INTO t VALUES ('ab", 0),
            Err(Unterminated("inside a string literal"))
        );
        assert!(split_with(b"INSERT INTO t VALUES (1)", 0).is_err());
        assert!(split_with(b"SET a=1; /* open", 0).is_err());
        assert!(split_with(b"SELECT `open", 0).is_err());
    }

    #[test]
    fn every_chunking_gives_the_same_statements() {
        let s = b"/*M!999999\\- x */ \nSET x=1;\n-- c\nDELIMITER ;;\nCREATE T BEGIN 'a;;' ; END;;\nDELIMITER ;\n\
                  INSERT INTO `t``x` VALUES ('a\\\\',\"b\\\"\",'c''d'),(/* c */ -1,--x\n2);\r\n# end;\n";
        let whole = split_with(s, 0).unwrap();
        assert_eq!(whole.len(), 6);
        for step in 1..s.len() {
            assert_eq!(split_with(s, step).unwrap(), whole, "step {step}");
        }
    }

    #[test]
    fn no_backslash_escapes_mode() {
        let mut sp = Splitter::new(false);
        let got = sp.feed(b"SELECT 'a\\';", true).unwrap();
        assert_eq!(
            got,
            Split::Statement {
                end: 12,
                boundary: Boundary::Delimiter
            }
        );
    }
}
