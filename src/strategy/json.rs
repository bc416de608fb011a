//! `json`: a JSON document (a MySQL/MariaDB JSON column, or JSON in text) rewritten leaf by
//! leaf. Keys, structure and types are kept and the output is valid JSON.
//!
//! - A leaf under a key the rule names (`{keys: {relativeMobile: phone}}`, any depth, compared
//!   without case; every leaf of an array or object under it) takes that key's strategy, with
//!   the same domain keys as the columns, so a phone inside the document becomes the same fake
//!   as in a phone column.
//! - Every other string and number is judged as `scrub` judges free text: phones, emails,
//!   Aadhaar, PAN and ABHA numbers, and the names the lexicon knows are replaced.
//! - A value that is not JSON takes the rule's `on_invalid`: `scrub` as text (counted as a
//!   fallback) or `error` naming the row; never copied through.
//! - A document that no longer fits its column becomes `{}` (counted as a fallback): JSON is
//!   never cut.

use crate::rules::spec::Text;
use serde_json::Value;

use super::keyed::DomainKey;
use super::{Compiled, Form, Row};
use crate::dump::literal::ValueKind;
use crate::rules::spec::{JsonInvalid, JsonSpec, ScrubSpec, Strategy};

/// The compiled strategies of one `json` rule.
#[derive(Debug)]
pub struct Parts {
    /// Strategies by lower-cased key.
    keys: Vec<(String, Compiled)>,
    /// `scrub`, for every leaf no key names.
    leaf: Compiled,
    on_invalid: JsonInvalid,
}

impl Parts {
    /// Compile the key strategies of `spec` for column `column` (as text leaves).
    ///
    /// # Errors
    /// A key's strategy that cannot write text.
    pub fn new(
        spec: &JsonSpec,
        column: &str,
        key_for: &mut dyn FnMut(&str) -> DomainKey,
    ) -> Result<Parts, String> {
        let mut keys = Vec::new();
        for (k, s) in &spec.keys {
            let c = Compiled::for_text(s.clone(), &format!("{column}.{k}"), key_for)?;
            keys.push((k.to_lowercase(), c));
        }
        let leaf = Compiled::for_text(
            Strategy::Text(Text::Scrub(ScrubSpec::default())),
            column,
            key_for,
        )?;
        Ok(Parts {
            keys,
            leaf,
            on_invalid: spec.on_invalid,
        })
    }

    fn for_key(&self, key: &str) -> Option<&Compiled> {
        self.keys
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, c)| c)
    }
}

/// Rewrite the document `v` of a `json` column into `buf`.
pub(super) fn generate(
    c: &Compiled,
    v: &[u8],
    row: &Row,
    buf: &mut Vec<u8>,
) -> Result<Form, String> {
    let parts = c.parts.as_deref().expect("a json rule has compiled parts");
    let doc = std::str::from_utf8(v)
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(t).ok());
    let Some(mut doc) = doc else {
        return match parts.on_invalid {
            JsonInvalid::Scrub => {
                c.note_fallback();
                let form = parts.leaf.generate(Some(v), ValueKind::Str, row, buf)?;
                Ok(c.fitted(form, buf))
            }
            JsonInvalid::Error => Err(format!(
                "a value of `{}` is not JSON; fix the data, or set `on_invalid: scrub` on the rule",
                c.column
            )),
        };
    };
    rewrite(&mut doc, None, parts, row)?;
    buf.clear();
    serde_json::to_writer(&mut *buf, &doc).map_err(|e| e.to_string())?;
    let fits =
        c.ty.max_chars()
            .is_none_or(|m| String::from_utf8_lossy(buf).chars().count() as u64 <= m);
    if !fits {
        c.note_fallback();
        buf.clear();
        buf.extend_from_slice(b"{}");
    }
    Ok(Form::Quoted)
}

/// Rewrite every leaf under `v`; `named` is the strategy of the nearest key above that the rule
/// names.
fn rewrite(
    v: &mut Value,
    named: Option<&Compiled>,
    parts: &Parts,
    row: &Row,
) -> Result<(), String> {
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                rewrite(x, parts.for_key(k).or(named), parts, row)?;
            }
        }
        Value::Array(items) => {
            for x in items {
                rewrite(x, named, parts, row)?;
            }
        }
        Value::String(s) => {
            let c = named.unwrap_or(&parts.leaf);
            if let Some(new) = leaf(c, s.as_bytes(), ValueKind::Str, row)? {
                *v = new.map_or(Value::Null, Value::String);
            }
        }
        Value::Number(n) => {
            let c = named.unwrap_or(&parts.leaf);
            let text = n.to_string();
            if let Some(new) = leaf(c, text.as_bytes(), ValueKind::Number, row)? {
                *v = match new {
                    None => Value::Null,
                    Some(t) => serde_json::from_str::<serde_json::Number>(&t)
                        .map(Value::Number)
                        .unwrap_or(Value::String(t)),
                };
            }
        }
        Value::Bool(_) | Value::Null => {}
    }
    Ok(())
}

/// The new value of one leaf: `None` when it stays as it was, `Some(None)` for JSON null.
fn leaf(
    c: &Compiled,
    v: &[u8],
    kind: ValueKind,
    row: &Row,
) -> Result<Option<Option<String>>, String> {
    let mut out = Vec::new();
    Ok(match c.generate(Some(v), kind, row, &mut out)? {
        Form::Original => None,
        Form::Null => Some(None),
        Form::Quoted | Form::Bare => {
            (out != v).then(|| Some(String::from_utf8_lossy(&out).into_owned()))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(rule: &str, ty: &str) -> Compiled {
        crate::strategy::test_compiled(rule, "ExtraFields", ty)
    }

    fn run(c: &Compiled, v: &str) -> Result<String, String> {
        let mut buf = Vec::new();
        c.generate(Some(v.as_bytes()), ValueKind::Str, &Row::empty(), &mut buf)?;
        Ok(String::from_utf8(buf).unwrap())
    }

    #[test]
    fn named_leaves_take_their_strategy_and_the_rest_is_scrubbed() {
        let c = compiled(
            "{json: {keys: {relativeName: full_name, relativeMobile: phone}}}",
            "json",
        );
        let src = r#"{"relativeName":"Omkar Joshi","relativeMobile":"9876543210","relation":"Father","visits":[3,4],"note":"call Sunita Devi on 9123456780","ok":true,"n":null,"contacts":{"RELATIVEMOBILE":["9812345670"]}}"#;
        let out = run(&c, src).unwrap();
        let doc: Value = serde_json::from_str(&out).unwrap();
        let before: Value = serde_json::from_str(src).unwrap();
        // Keys, order and types kept.
        let keys = |d: &Value| d.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&doc), keys(&before));
        assert_eq!(doc["relation"], "Father");
        assert_eq!(doc["visits"], serde_json::json!([3, 4]));
        assert_eq!(
            (doc["ok"].clone(), doc["n"].clone()),
            (Value::Bool(true), Value::Null)
        );
        for personal in [
            "Omkar",
            "Joshi",
            "9876543210",
            "9123456780",
            "9812345670",
            "Sunita",
        ] {
            assert!(!out.contains(personal), "{personal} in {out}");
        }
        assert_eq!(doc["relativeMobile"].as_str().unwrap().len(), 10);
        assert!(doc["note"].as_str().unwrap().starts_with("call "));
    }

    #[test]
    fn invalid_json_is_scrubbed_or_stops_and_nothing_is_cut() {
        let c = compiled("json", "text");
        let out = run(&c, "relative 9876543210 {broken").unwrap();
        assert!(
            !out.contains("9876543210") && out.ends_with("{broken"),
            "{out}"
        );
        assert_eq!(c.fallbacks(), 1);
        let strict = compiled("{json: {on_invalid: error}}", "text");
        assert!(run(&strict, "{broken").unwrap_err().contains("not JSON"));
        // A document that would not fit its column is `{}`, never a cut one.
        let small = compiled("{json: {keys: {e: email}}}", "varchar(20)");
        assert_eq!(run(&small, r#"{"e":"a@b.in"}"#).unwrap(), "{}");
    }
}
