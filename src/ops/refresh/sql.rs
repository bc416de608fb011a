//! The SQL text `refresh` sends to the servers, in one place: every name is quoted here
//! (identifiers in backquotes, string literals without quotes or backslashes), so no step
//! builds a query by hand.

/// `@@hostname`, `@@port` and `@@datadir`, tab separated: which server a login reaches.
pub(super) const SERVER_IDENTITY: &str = "SELECT CONCAT_WS('\\t', @@hostname, @@port, @@datadir)";

/// The server's version.
pub(super) const VERSION: &str = "SELECT VERSION()";

/// `ON` when the server writes GTIDs (mysqldump then needs `--set-gtid-purged=OFF`).
pub(super) const GTID_MODE: &str = "SELECT @@GLOBAL.gtid_mode";

/// The databases of a server, one per line.
pub(super) const SHOW_DATABASES: &str = "SHOW DATABASES";

/// `name` as an identifier: in backquotes, a backquote doubled.
pub(super) fn ident(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// `text` as a string literal: in single quotes, with no quote or backslash left in it (the
/// names refresh puts in SQL are database and table names, which hold neither).
pub(super) fn literal(text: &str) -> String {
    format!("'{}'", text.replace(['\\', '\''], ""))
}

/// Data and index bytes of the tables of `databases`.
pub(super) fn data_size(databases: &[String]) -> String {
    let list = databases
        .iter()
        .map(|d| literal(d))
        .collect::<Vec<_>>()
        .join(",");
    format!("SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.TABLES WHERE table_schema IN ({list})")
}

/// The default character set and collation of database `db`, tab separated (no row: no such
/// database).
pub(super) fn charset(db: &str) -> String {
    format!(
        "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = {}",
        literal(db)
    )
}

/// Drop database `db` if it is there and create it empty with `charset_clause`.
pub(super) fn recreate(db: &str, charset_clause: &str) -> String {
    let q = ident(db);
    format!("DROP DATABASE IF EXISTS {q}; CREATE DATABASE {q} {charset_clause}")
}

/// Drop database `db` if it is there.
pub(super) fn drop_if_exists(db: &str) -> String {
    format!("DROP DATABASE IF EXISTS {}", ident(db))
}

/// The rows of `db`.`table`.
pub(super) fn count_rows(db: &str, table: &str) -> String {
    format!("SELECT COUNT(*) FROM {}.{}", ident(db), ident(table))
}

/// Every table, column and column type of `db`, in order: the shape two databases share.
pub(super) fn columns(db: &str) -> String {
    format!(
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = {} ORDER BY 1, ORDINAL_POSITION",
        literal(db)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_so_they_stay_names() {
        assert_eq!(ident("a`b"), "`a``b`");
        assert_eq!(
            literal("x'; DROP DATABASE y; --\\"),
            "'x; DROP DATABASE y; --'"
        );
        assert_eq!(
            recreate("uat", "DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"),
            "DROP DATABASE IF EXISTS `uat`; CREATE DATABASE `uat` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
        );
        assert!(data_size(&["a".into(), "b'".into()]).ends_with("IN ('a','b')"));
    }
}
