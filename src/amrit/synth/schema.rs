//! `CREATE TABLE` statements from the AMRIT schema facts.

use std::fmt::Write as _;

use crate::dump::coltype::ColumnType;
use crate::dump::schema::TableSchema;
use crate::dump::writer::ident as quote_ident;

/// `CREATE TABLE` for a table of the facts (columns, primary key, unique keys).
pub fn create_table(schema: &TableSchema, auto_increment: &[String]) -> String {
    let mut s = format!("CREATE TABLE {} (\n", quote_ident(&schema.name));
    let mut wide = 0u64;
    for c in &schema.columns {
        let ty = ColumnType::parse(&c.sql_type);
        if c.sql_type.to_ascii_lowercase().starts_with("varchar") {
            wide += ty.max_chars().unwrap_or(0);
        }
        let mut line = format!("  {} {}", quote_ident(&c.name), c.sql_type);
        if !c.nullable {
            line.push_str(" NOT NULL");
        } else {
            line.push_str(" DEFAULT NULL");
        }
        if auto_increment.iter().any(|a| a == &c.name) {
            line.push_str(" AUTO_INCREMENT");
        }
        let _ = writeln!(s, "{line},");
    }
    let key_part = |name: &str| {
        let c = schema.columns.iter().find(|c| c.name == name);
        let blob = c.is_some_and(|c| {
            let t = c.sql_type.to_ascii_lowercase();
            t.contains("text") || t.contains("blob") || t == "json"
        });
        if blob {
            format!("{}(255)", quote_ident(name))
        } else {
            quote_ident(name)
        }
    };
    let mut keys = Vec::new();
    if !schema.primary_key.is_empty() {
        keys.push(format!(
            "  PRIMARY KEY ({})",
            schema
                .primary_key
                .iter()
                .map(|c| key_part(c))
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    for (i, u) in schema.unique_keys.iter().enumerate() {
        keys.push(format!(
            "  UNIQUE KEY `uk_{}` ({})",
            i + 1,
            u.iter().map(|c| key_part(c)).collect::<Vec<_>>().join(",")
        ));
    }
    if keys.is_empty() {
        // Drop the trailing comma of the last column.
        s.truncate(s.len() - 2);
        s.push('\n');
    } else {
        s.push_str(&keys.join(",\n"));
        s.push('\n');
    }
    // Wide tables do not fit a 65,535-byte row in utf8mb4: use the 3-byte charset, as AMRIT's
    // own MySQL 5.7 servers did.
    let charset = if wide * 4 > 60_000 {
        "utf8mb3"
    } else {
        "utf8mb4"
    };
    let _ = writeln!(s, ") ENGINE=InnoDB DEFAULT CHARSET={charset};");
    s
}
