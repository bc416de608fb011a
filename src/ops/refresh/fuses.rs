//! The fuses of `refresh`, checked before anything is read or written; each refusal is exit 3
//! with a message saying what to change. Production can never be a target.

use super::config::{Config, Target};
use crate::error::{ErrorKind, Result, Setting};

/// Check a target before any connection: its environment is allowed and not production, its
/// names are not prod-like (unless the configuration says why), a run that writes to it was
/// confirmed, and it is not the source's server and database.
///
/// # Errors
/// The first fuse that blows (exit 3).
pub fn check(
    config: &Config,
    name: &str,
    target: &Target,
    writes: bool,
    confirmed: bool,
) -> Result<()> {
    let refuse = |what: String| -> Result<()> { Err(ErrorKind::Refused(what).into()) };
    let env = target.environment.to_ascii_uppercase();
    if env == "PROD" || env == "PRODUCTION" {
        return refuse(format!(
            "target `{name}` is environment {env}: production can never be a refresh target"
        ));
    }
    if !config
        .allowed_environments
        .iter()
        .any(|a| a.eq_ignore_ascii_case(&env))
    {
        return refuse(format!(
            "target `{name}` is environment {env}, which is not in allowed_environments ({})",
            config.allowed_environments.join(", ")
        ));
    }
    let prod_like = std::iter::once(target.host.as_str())
        .chain(target.database_map.values().map(String::as_str))
        .find(|n| n.to_ascii_lowercase().contains("prod"));
    if let Some(n) = prod_like {
        let reasoned = target
            .reason
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty());
        if !(target.allow_prod_like_name && reasoned) {
            return refuse(format!(
                "target `{name}` names `{n}`, which looks like production; if it is not, set `allow_prod_like_name: true` and a `reason` on the target"
            ));
        }
    }
    if writes && !confirmed {
        return refuse(format!(
            "this run drops and reloads databases on target `{name}` ({}:{}): add {}",
            target.host,
            target.port,
            Setting::ConfirmOverwrite
        ));
    }
    if same_host(&config.source.host, &target.host) && config.source.port == target.port {
        if let Some((s, t)) = target
            .database_map
            .iter()
            .find(|(s, t)| s.eq_ignore_ascii_case(t))
        {
            return refuse(format!(
                "target `{name}` maps `{s}` to `{t}` on the source's own server: the refresh would overwrite production"
            ));
        }
        if !same_server_allowed(target) {
            return refuse(format!(
                "target `{name}` ({}:{}) is the source's own server: anonymized copies would live beside production and load it, and one wrong line in database_map would overwrite it; use another server, or set `same_server_as_source: true` and a `reason` on the target",
                target.host, target.port
            ));
        }
    }
    for s in target.database_map.keys() {
        if !config.source.databases.iter().any(|d| d == s) {
            return Err(ErrorKind::Usage(format!(
                "target `{name}` maps `{s}`, which is not in source.databases"
            ))
            .into());
        }
    }
    Ok(())
}

/// Check, once connected, that the two servers are not one: the same `@@hostname`, `@@port`
/// and `@@datadir` (what the server says of itself), with a database in common.
///
/// # Errors
/// The same server and database (exit 3).
pub fn check_identities(
    name: &str,
    source_id: &str,
    target_id: &str,
    target: &Target,
) -> Result<()> {
    if source_id == target_id
        && target
            .database_map
            .iter()
            .any(|(s, t)| s.eq_ignore_ascii_case(t))
    {
        return Err(ErrorKind::Refused(format!(
            "target `{name}` is the source's own server (it says so: the same host name, port and data directory) and a database has the same name on both"
        ))
        .into());
    }
    if source_id == target_id && !same_server_allowed(target) {
        return Err(ErrorKind::Refused(format!(
            "target `{name}` is the source's own server (it says so: the same host name, port and data directory, reached under another name); use another server, or set `same_server_as_source: true` and a `reason` on the target"
        ))
        .into());
    }
    Ok(())
}

/// The target's configuration allows it on the source's server, and says why.
fn same_server_allowed(target: &Target) -> bool {
    target.same_server_as_source
        && target
            .reason
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty())
}

/// The query that lists the logged-in user's privileges, one `SCOPE<TAB>PRIVILEGE` line each
/// (`*` for global ones, else the schema name or pattern as granted).
pub const PRIVILEGES_QUERY: &str = "SELECT '*', PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''', SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''') UNION ALL SELECT TABLE_SCHEMA, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''', SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''')";

/// Check that the target's login may drop and create every mapped database, from the lines
/// of [`PRIVILEGES_QUERY`] (`listing`): globally or on a schema pattern that matches it.
///
/// # Errors
/// The databases it may not drop or create (exit 1), and what to grant.
pub fn check_privileges(name: &str, target: &Target, listing: &str) -> Result<()> {
    let grants: Vec<(&str, String)> = listing
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(scope, p)| (scope, p.trim().to_ascii_uppercase()))
        .collect();
    let may = |db: &str, what: &str| {
        grants
            .iter()
            .any(|(scope, p)| p == what && (*scope == "*" || schema_matches(scope, db)))
    };
    let missing: Vec<&str> = target
        .database_map
        .values()
        .filter(|db| !(may(db, "CREATE") && may(db, "DROP")))
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(ErrorKind::Usage(format!(
        "target `{name}`: user `{}` may not drop and create {}; grant it CREATE and DROP on them (the refresh drops and reloads them)",
        target.user,
        missing.join(", ")
    ))
    .into())
}

/// MySQL's schema-grant pattern match: `%` any run, `_` one character, `\_` and `\%` literal.
fn schema_matches(pattern: &str, db: &str) -> bool {
    fn go(p: &[char], d: &[char]) -> bool {
        match p.first() {
            None => d.is_empty(),
            Some('%') => (0..=d.len()).any(|i| go(&p[1..], &d[i..])),
            Some('_') => !d.is_empty() && go(&p[1..], &d[1..]),
            Some('\\') if p.len() > 1 => d.first() == Some(&p[1]) && go(&p[2..], &d[1..]),
            Some(c) => d.first() == Some(c) && go(&p[1..], &d[1..]),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let d: Vec<char> = db.chars().collect();
    go(&p, &d)
}

/// Host names that reach the same machine.
fn same_host(a: &str, b: &str) -> bool {
    let local = |h: &str| matches!(h, "localhost" | "127.0.0.1" | "::1");
    a.eq_ignore_ascii_case(b) || (local(a) && local(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Exit;

    fn config(target: &str) -> Config {
        Config::parse(
            &format!("source: {{host: replica, port: 3306, user: ro, password_env: P, databases: [db_identity, db_iemr]}}\ntargets:\n  t: {target}\nbackup_dir: /tmp/b\n"),
            "c.yaml",
        )
        .unwrap()
    }

    fn fuse(target: &str, writes: bool, confirmed: bool) -> std::result::Result<(), String> {
        let c = config(target);
        let t = c.target("t").unwrap().clone();
        check(&c, "t", &t, writes, confirmed).map_err(|e| {
            assert_eq!(Exit::of(&e), Exit::Refused, "{e}");
            e.to_string()
        })
    }

    #[test]
    fn every_fuse_refuses_with_exit_3() {
        let uat = "{environment: UAT, host: uat-db, user: u, password_env: U, database_map: {db_identity: db_identity}}";
        assert!(fuse(uat, true, true).is_ok());
        assert!(
            fuse(uat, false, false).is_ok(),
            "a dry run needs no confirmation"
        );
        // The library names the setting; the binary spells it as its flag.
        assert!(fuse(uat, true, false)
            .unwrap_err()
            .contains(&Setting::ConfirmOverwrite.to_string()));
        for env in ["PROD", "production", "Prod"] {
            let t = uat.replace("UAT", env);
            assert!(fuse(&t, true, true).unwrap_err().contains("never"), "{env}");
        }
        let staging = uat.replace("UAT", "STAGING");
        assert!(fuse(&staging, true, true)
            .unwrap_err()
            .contains("allowed_environments"));
        let prodlike = uat.replace("uat-db", "prod-replica-2");
        assert!(fuse(&prodlike, true, true)
            .unwrap_err()
            .contains("allow_prod_like_name"));
        let prod_db = uat.replace("db_identity: db_identity", "db_identity: db_identity_prod");
        assert!(fuse(&prod_db, true, true).is_err());
        let allowed = prodlike.replace("password_env: U,", "password_env: U, allow_prod_like_name: true, reason: 'UAT box named after the old prod host',");
        assert!(fuse(&allowed, true, true).is_ok());
        let no_reason = prodlike.replace(
            "password_env: U,",
            "password_env: U, allow_prod_like_name: true,",
        );
        assert!(fuse(&no_reason, true, true).is_err());
        let same = uat.replace("uat-db", "replica");
        assert!(fuse(&same, true, true)
            .unwrap_err()
            .contains("overwrite production"));
        // The source's server under another database name: refused too, unless the target's
        // configuration says so, with a reason.
        let same_other_db = same.replace("db_identity: db_identity", "db_identity: uat_identity");
        assert!(fuse(&same_other_db, true, true)
            .unwrap_err()
            .contains("same_server_as_source"));
        let said = same_other_db.replace(
            "password_env: U,",
            "password_env: U, same_server_as_source: true, reason: 'a lab box',",
        );
        assert!(fuse(&said, true, true).is_ok());
        let unsaid = same_other_db.replace(
            "password_env: U,",
            "password_env: U, same_server_as_source: true,",
        );
        assert!(fuse(&unsaid, true, true).is_err());
        let t = Config::parse(&format!("source: {{host: replica, port: 3306, user: ro, password_env: P, databases: [db_identity]}}\ntargets:\n  t: {same_other_db}\nbackup_dir: /tmp/b\n"), "c.yaml").unwrap().target("t").unwrap().clone();
        assert!(check_identities("t", "h\t3306\t/d", "h\t3306\t/d", &t).is_err());
        assert!(check_identities("t", "h\t3306\t/d", "h2\t3306\t/d", &t).is_ok());
    }

    #[test]
    fn one_server_seen_from_both_sides_is_refused() {
        let c = config("{environment: UAT, host: uat-db, user: u, password_env: U, database_map: {db_identity: db_identity}}");
        let t = c.target("t").unwrap();
        assert!(check_identities(
            "t",
            "h\t3306\t/var/lib/mysql/",
            "h\t3306\t/var/lib/mysql/",
            t
        )
        .is_err());
        assert!(check_identities(
            "t",
            "h\t3306\t/var/lib/mysql/",
            "u\t3306\t/var/lib/mysql/",
            t
        )
        .is_ok());
    }
    #[test]
    fn the_target_login_must_drop_and_create_every_mapped_database() {
        let c = config("{environment: UAT, host: uat-db, user: u, password_env: U, database_map: {db_identity: uat_identity, db_iemr: uat_iemr}}");
        let t = c.target("t").unwrap().clone();
        assert!(check_privileges("t", &t, "*\tSELECT\n*\tCREATE\n*\tDROP\n").is_ok());
        assert!(check_privileges("t", &t, "uat\\_%\tCREATE\nuat\\_%\tDROP\n").is_ok());
        let e = check_privileges(
            "t",
            &t,
            "uat_identity\tCREATE\nuat_identity\tDROP\n*\tSELECT\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("uat_iemr") && !e.contains("uat_identity,"),
            "{e}"
        );
        assert!(check_privileges("t", &t, "").is_err());
        assert!(schema_matches("uat%", "uat_iemr") && !schema_matches("uat\\_x", "uatax"));
    }
}
