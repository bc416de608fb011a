//! Column types as far as fitting a generated value needs them: character length, integer range
//! and signedness, DECIMAL precision and scale, temporal kinds, ENUM/SET members.
//! Parsed from the SQL type text (`varchar(50)`, `bigint(20) unsigned`, `enum('a','b')`), which
//! is how both CREATE TABLE and the AMRIT schema facts give it.

/// The shape of a column's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnType {
    /// An integer type with its range.
    Int {
        /// Smallest value.
        min: i128,
        /// Largest value.
        max: i128,
    },
    /// `DECIMAL(p, s)` / `NUMERIC`.
    Decimal {
        /// Total digits.
        precision: u32,
        /// Digits after the point.
        scale: u32,
    },
    /// FLOAT / DOUBLE / REAL.
    Float,
    /// Character data with a maximum length in characters (`None` = practically unbounded).
    Text {
        /// Maximum characters.
        max_chars: Option<u64>,
    },
    /// Binary data with a maximum length in bytes.
    Binary {
        /// Maximum bytes.
        max_bytes: Option<u64>,
    },
    /// DATE.
    Date,
    /// DATETIME / TIMESTAMP.
    DateTime,
    /// TIME.
    Time,
    /// YEAR.
    Year,
    /// ENUM with its members.
    Enum(Vec<String>),
    /// SET with its members.
    Set(Vec<String>),
    /// BIT(n).
    Bit(u32),
    /// JSON.
    Json,
    /// Anything else (geometry, …).
    Other,
}

impl std::fmt::Display for ColumnType {
    /// The type in words, for messages (`a text column of at most 100 characters`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ColumnType::Int { min, max } => write!(f, "an integer column ({min} to {max})"),
            ColumnType::Decimal { precision, scale } => write!(
                f,
                "a decimal column ({precision} digits, {scale} after the point)"
            ),
            ColumnType::Float => f.write_str("a floating-point column"),
            ColumnType::Text { max_chars: Some(n) } => {
                write!(f, "a text column of at most {n} characters")
            }
            ColumnType::Text { max_chars: None } => f.write_str("a text column"),
            ColumnType::Binary { max_bytes: Some(n) } => {
                write!(f, "a binary column of at most {n} bytes")
            }
            ColumnType::Binary { max_bytes: None } => f.write_str("a binary column"),
            ColumnType::Date => f.write_str("a DATE column"),
            ColumnType::DateTime => f.write_str("a DATETIME/TIMESTAMP column"),
            ColumnType::Time => f.write_str("a TIME column"),
            ColumnType::Year => f.write_str("a YEAR column"),
            ColumnType::Enum(m) => write!(f, "an ENUM column of {} values", m.len()),
            ColumnType::Set(m) => write!(f, "a SET column of {} values", m.len()),
            ColumnType::Bit(n) => write!(f, "a BIT({n}) column"),
            ColumnType::Json => f.write_str("a JSON column"),
            ColumnType::Other => f.write_str("a column of another type"),
        }
    }
}

impl ColumnType {
    /// Parse a SQL type.
    pub fn parse(sql: &str) -> ColumnType {
        let t = sql.trim().to_ascii_lowercase();
        let base: String = t
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let args = t
            .find('(')
            .and_then(|i| t[i + 1..].rfind(')').map(|j| &t[i + 1..i + 1 + j]));
        let nums: Vec<u64> = args
            .map(|a| a.split(',').filter_map(|x| x.trim().parse().ok()).collect())
            .unwrap_or_default();
        let unsigned = t.contains("unsigned");
        let int = |bits: u32| {
            if unsigned {
                ColumnType::Int {
                    min: 0,
                    max: (1i128 << bits) - 1,
                }
            } else {
                ColumnType::Int {
                    min: -(1i128 << (bits - 1)),
                    max: (1i128 << (bits - 1)) - 1,
                }
            }
        };
        match base.as_str() {
            "tinyint" | "bool" | "boolean" => int(8),
            "smallint" => int(16),
            "mediumint" => int(24),
            "int" | "integer" => int(32),
            "bigint" => int(64),
            "decimal" | "numeric" | "dec" | "fixed" => ColumnType::Decimal {
                precision: nums.first().copied().unwrap_or(10) as u32,
                scale: nums.get(1).copied().unwrap_or(0) as u32,
            },
            "float" | "double" | "real" => ColumnType::Float,
            "char" | "varchar" | "nchar" | "nvarchar" | "character" => ColumnType::Text {
                max_chars: Some(nums.first().copied().unwrap_or(1)),
            },
            "tinytext" => ColumnType::Text {
                max_chars: Some(255),
            },
            "text" => ColumnType::Text {
                max_chars: Some(nums.first().copied().unwrap_or(65_535)),
            },
            "mediumtext" | "longtext" | "long" => ColumnType::Text { max_chars: None },
            "binary" | "varbinary" => ColumnType::Binary {
                max_bytes: Some(nums.first().copied().unwrap_or(1)),
            },
            "tinyblob" => ColumnType::Binary {
                max_bytes: Some(255),
            },
            "blob" => ColumnType::Binary {
                max_bytes: Some(65_535),
            },
            "mediumblob" | "longblob" => ColumnType::Binary { max_bytes: None },
            "date" => ColumnType::Date,
            "datetime" | "timestamp" => ColumnType::DateTime,
            "time" => ColumnType::Time,
            "year" => ColumnType::Year,
            "enum" => ColumnType::Enum(members(args.unwrap_or(""))),
            "set" => ColumnType::Set(members(args.unwrap_or(""))),
            "bit" => ColumnType::Bit(nums.first().copied().unwrap_or(1) as u32),
            "json" => ColumnType::Json,
            _ => ColumnType::Other,
        }
    }

    /// Maximum characters a text value may have (`None` = unbounded or not text).
    pub fn max_chars(&self) -> Option<u64> {
        match self {
            ColumnType::Text { max_chars } => *max_chars,
            ColumnType::Binary { max_bytes } => *max_bytes,
            _ => None,
        }
    }

    /// True for character or binary string columns.
    pub fn is_text(&self) -> bool {
        matches!(self, ColumnType::Text { .. } | ColumnType::Binary { .. })
    }
}

/// The quoted members of an ENUM/SET argument list.
fn members(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = args.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\'' {
            let mut cur = Vec::new();
            i += 1;
            while i < b.len() {
                if b[i] == b'\'' && b.get(i + 1) == Some(&b'\'') {
                    cur.push(b'\'');
                    i += 2;
                } else if b[i] == b'\\' && i + 1 < b.len() {
                    cur.push(b[i + 1]);
                    i += 2;
                } else if b[i] == b'\'' {
                    break;
                } else {
                    cur.push(b[i]);
                    i += 1;
                }
            }
            out.push(String::from_utf8_lossy(&cur).into_owned());
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_types() {
        assert_eq!(
            ColumnType::parse("bigint(20)"),
            ColumnType::Int {
                min: i64::MIN as i128,
                max: i64::MAX as i128
            }
        );
        assert_eq!(
            ColumnType::parse("INT(10) UNSIGNED"),
            ColumnType::Int {
                min: 0,
                max: u32::MAX as i128
            }
        );
        assert_eq!(
            ColumnType::parse("tinyint(1)"),
            ColumnType::Int {
                min: -128,
                max: 127
            }
        );
        assert_eq!(ColumnType::parse("varchar(50)").max_chars(), Some(50));
        assert_eq!(
            ColumnType::parse("decimal(12,2)"),
            ColumnType::Decimal {
                precision: 12,
                scale: 2
            }
        );
        assert_eq!(
            ColumnType::parse("enum('small', 'it''s big', 'a,b')"),
            ColumnType::Enum(vec!["small".into(), "it's big".into(), "a,b".into()])
        );
        assert_eq!(ColumnType::parse("datetime(6)"), ColumnType::DateTime);
        assert_eq!(
            ColumnType::parse("longtext"),
            ColumnType::Text { max_chars: None }
        );
        assert_eq!(ColumnType::parse("bit(1)"), ColumnType::Bit(1));
        assert_eq!(ColumnType::parse("point"), ColumnType::Other);
    }
}
