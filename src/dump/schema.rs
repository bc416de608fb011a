//! `CREATE TABLE` → [`TableSchema`] (ordered columns, types, nullability, generated and invisible
//! flags, primary and unique keys), parsed with sqlparser's MySQL dialect.
//!
//! Only the table body matters to us; table options after the closing parenthesis vary by
//! server (`PAGE_CHECKSUM=1`, `PARTITION BY …` from MariaDB) and sqlparser does not know all of
//! them, so a statement that fails is parsed again cut after its column list.

use sqlparser::ast::{ColumnOption, Expr, Statement, TableConstraint};
use sqlparser::dialect::MySqlDialect;
use sqlparser::parser::Parser;

/// One column of a table, in CREATE TABLE order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Column name, unquoted.
    pub name: String,
    /// The column type as SQL, lower case (`varchar(50)`, `bigint(20) unsigned`, `enum('a','b')`).
    pub sql_type: String,
    /// False when declared `NOT NULL`.
    pub nullable: bool,
    /// `GENERATED ALWAYS AS (…)` (VIRTUAL or STORED).
    pub generated: bool,
    /// `INVISIBLE` (MariaDB 10.3+, MySQL 8.0.23+).
    pub invisible: bool,
}

/// A table's structure as the dump declares it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableSchema {
    /// Database qualifier written in the CREATE TABLE, if any.
    pub db: Option<String>,
    /// Table name, unquoted.
    pub name: String,
    /// Columns in declaration order.
    pub columns: Vec<Column>,
    /// Columns of the primary key.
    pub primary_key: Vec<String>,
    /// Columns of each UNIQUE key.
    pub unique_keys: Vec<Vec<String>>,
}

impl TableSchema {
    /// Index of the column named `name` (MySQL column names are case-insensitive).
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// True when `column` is part of the primary key or of a UNIQUE key.
    pub fn is_unique(&self, column: &str) -> bool {
        self.primary_key
            .iter()
            .chain(self.unique_keys.iter().flatten())
            .any(|c| c.eq_ignore_ascii_case(column))
    }
}

/// The (database, table) a `CREATE TABLE` statement names, found without parsing the body;
/// `body` is where the statement's `CREATE` keyword starts.
pub fn create_table_name(sql: &[u8], body: usize) -> Option<(Option<String>, String)> {
    use super::insert::{table_ref, ws0, ws1};
    use nom::bytes::complete::tag_no_case;
    use nom::combinator::opt;
    use nom::Parser;
    let (rest, _) = (tag_no_case("CREATE"), ws1).parse(&sql[body..]).ok()?;
    let (rest, _) = opt((tag_no_case("OR"), ws1, tag_no_case("REPLACE"), ws1))
        .parse(rest)
        .ok()?;
    let (rest, _) = opt((tag_no_case("TEMPORARY"), ws1)).parse(rest).ok()?;
    let (rest, _) = (tag_no_case("TABLE"), ws1).parse(rest).ok()?;
    let (rest, _) = opt((
        tag_no_case("IF"),
        ws1,
        tag_no_case("NOT"),
        ws1,
        tag_no_case("EXISTS"),
        ws1,
    ))
    .parse(rest)
    .ok()?;
    let (_, name) = (ws0, table_ref).parse(rest).ok()?;
    Some(name.1)
}

/// Parse the text of one `CREATE TABLE` statement (comments and the delimiter may be included).
///
/// # Errors
/// sqlparser's message when even the table body does not parse.
pub fn parse_create_table(sql: &[u8]) -> Result<TableSchema, String> {
    let text = String::from_utf8_lossy(sql);
    let text = text.trim_end().trim_end_matches(';');
    match parse_text(text) {
        Ok(t) => Ok(t),
        Err(first) => match body_only(text) {
            Some(cut) => parse_text(cut).map_err(|_| first),
            None => Err(first),
        },
    }
}

fn parse_text(text: &str) -> Result<TableSchema, String> {
    let stmts = Parser::parse_sql(&MySqlDialect {}, text).map_err(|e| e.to_string())?;
    let Some(Statement::CreateTable(ct)) = stmts.into_iter().next() else {
        return Err("not a CREATE TABLE statement".into());
    };
    let parts: Vec<String> = ct
        .name
        .0
        .iter()
        .map(|p| p.to_string())
        .map(unquote)
        .collect();
    let (db, name) = match parts.as_slice() {
        [t] => (None, t.clone()),
        [d, t] => (Some(d.clone()), t.clone()),
        _ => return Err("unexpected table name".into()),
    };
    let mut schema = TableSchema {
        db,
        name,
        ..TableSchema::default()
    };
    for col in &ct.columns {
        let mut c = Column {
            name: col.name.value.clone(),
            sql_type: col.data_type.to_string().to_ascii_lowercase(),
            nullable: true,
            generated: false,
            invisible: false,
        };
        for opt in &col.options {
            match &opt.option {
                ColumnOption::NotNull => c.nullable = false,
                ColumnOption::Generated { .. } => c.generated = true,
                ColumnOption::Invisible => c.invisible = true,
                ColumnOption::PrimaryKey(_) => {
                    c.nullable = false;
                    schema.primary_key = vec![c.name.clone()];
                }
                ColumnOption::Unique(_) => schema.unique_keys.push(vec![c.name.clone()]),
                _ => {}
            }
        }
        schema.columns.push(c);
    }
    for con in &ct.constraints {
        match con {
            TableConstraint::PrimaryKey(pk) => {
                schema.primary_key = pk
                    .columns
                    .iter()
                    .filter_map(|c| expr_name(&c.column.expr))
                    .collect();
            }
            TableConstraint::Unique(u) => {
                schema.unique_keys.push(
                    u.columns
                        .iter()
                        .filter_map(|c| expr_name(&c.column.expr))
                        .collect(),
                );
            }
            _ => {}
        }
    }
    Ok(schema)
}

fn expr_name(e: &Expr) -> Option<String> {
    match e {
        Expr::Identifier(id) => Some(id.value.clone()),
        // A prefix index `name`(191) parses as a function call.
        Expr::Function(f) => f.name.0.last().map(|p| unquote(p.to_string())),
        _ => None,
    }
}

fn unquote(s: String) -> String {
    match s.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        Some(inner) => inner.replace("``", "`"),
        None => s,
    }
}

/// The statement cut just after the parenthesis that closes its column list.
fn body_only(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let open = b.iter().position(|&c| c == b'(')?;
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[..=i]);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_columns_keys_and_flags() {
        let sql = b"-- c\nCREATE TABLE `db`.`t` (\n  `id` int(11) NOT NULL,\n  `e` varchar(255) NOT NULL,\n  `g` int GENERATED ALWAYS AS (`id` * 2) VIRTUAL,\n  `s` varchar(10) INVISIBLE DEFAULT 'x',\n  PRIMARY KEY (`id`),\n  UNIQUE KEY `u` (`e`(191))\n) ENGINE=Aria PAGE_CHECKSUM=1;";
        let t = parse_create_table(sql).unwrap();
        assert_eq!(t.db.as_deref(), Some("db"));
        assert_eq!(t.name, "t");
        let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["id", "e", "g", "s"]);
        assert_eq!(t.columns[1].sql_type, "varchar(255)");
        assert!(!t.columns[0].nullable && t.columns[2].generated && t.columns[3].invisible);
        assert_eq!(t.primary_key, ["id"]);
        assert_eq!(t.unique_keys, [vec!["e".to_string()]]);
        assert!(t.is_unique("E") && !t.is_unique("g"));
    }

    #[test]
    fn odd_names_and_partitions() {
        let sql = "CREATE TABLE `odd ``name`` with space` (`back``tick` int, `नाम` text) ENGINE=InnoDB\n PARTITION BY RANGE (`x`) (PARTITION p0 VALUES LESS THAN (10));";
        let t = parse_create_table(sql.as_bytes()).unwrap();
        assert_eq!(t.name, "odd `name` with space");
        assert_eq!(t.columns[0].name, "back`tick");
        assert_eq!(t.columns[1].name, "नाम");
    }

    #[test]
    fn table_name_without_parsing() {
        let n = create_table_name(b"CREATE TABLE IF NOT EXISTS `d`.`t x` (((", 0).unwrap();
        assert_eq!(n, (Some("d".to_string()), "t x".to_string()));
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(parse_create_table(b"CREATE TABLE (((").is_err());
    }
}
