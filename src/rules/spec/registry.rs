//! The strategy registry: one line per strategy, naming it and saying how a rules file's
//! parameters make it. It drives parsing (`phone`, `{phone: {domain: …}}`), every strategy's
//! name, and the list in messages and `--help`. Adding a strategy: its variant in its family's
//! enum, its rewrite and description in its family's module in `strategy`, and one line here.

use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_yaml_ng::Value;

use super::{
    Basic, Dates, FixedScalar, IdSpec, Ids, JsonSpec, Media, NameKind, People, PlaceKind, Strategy,
    Text,
};

/// One strategy as a rules file names it.
pub struct Registered {
    /// Its name (`phone`).
    pub name: &'static str,
    /// The strategy from its parameters (`None`: written as a bare name).
    make: fn(Option<Value>) -> Result<Strategy, String>,
    /// True for the strategies this line makes.
    is: fn(&Strategy) -> bool,
}

/// A line for a strategy with no parameters.
macro_rules! bare {
    ($name:literal, $fam:ident :: $var:ident) => {
        Registered {
            name: $name,
            make: |p| no_params($name, p, Strategy::$fam($fam::$var)),
            is: |s| matches!(s, Strategy::$fam($fam::$var)),
        }
    };
}

/// A line for a strategy whose parameters are its spec (all optional).
macro_rules! spec {
    ($name:literal, $fam:ident :: $var:ident) => {
        Registered {
            name: $name,
            make: |p| Ok(Strategy::$fam($fam::$var(params(p)?))),
            is: |s| matches!(s, Strategy::$fam($fam::$var(..))),
        }
    };
    ($name:literal, $fam:ident :: $var:ident ($kind:expr)) => {
        Registered {
            name: $name,
            make: |p| Ok(Strategy::$fam($fam::$var($kind, params(p)?))),
            is: |s| matches!(s, Strategy::$fam($fam::$var(k, _)) if *k == $kind),
        }
    };
}

/// Every strategy, in the order of the documentation.
pub const REGISTRY: &[Registered] = &[
    bare!("keep", Basic::Keep),
    bare!("null", Basic::Null),
    bare!("empty", Basic::Empty),
    Registered {
        name: "fixed",
        make: fixed,
        is: |s| matches!(s, Strategy::Basic(Basic::Fixed(_))),
    },
    spec!("hash", Basic::Hash),
    Registered {
        name: "id",
        make: id,
        is: |s| matches!(s, Strategy::Ids(Ids::Id(_))),
    },
    spec!("first_name", People::Name(NameKind::First)),
    spec!("last_name", People::Name(NameKind::Last)),
    spec!("full_name", People::Name(NameKind::Full)),
    spec!("father_name", People::Name(NameKind::Father)),
    spec!("mother_name", People::Name(NameKind::Mother)),
    spec!("spouse_name", People::Name(NameKind::Spouse)),
    spec!("phone", People::Phone),
    spec!("email", People::Email),
    spec!("address", People::Address),
    spec!("village", People::Place(PlaceKind::Village)),
    spec!("district", People::Place(PlaceKind::District)),
    spec!("state", People::Place(PlaceKind::State)),
    spec!("pincode", Ids::Pincode),
    spec!("aadhaar", Ids::Aadhaar),
    spec!("pan", Ids::Pan),
    spec!("identifier", Ids::Identifier),
    spec!("username", Ids::Username),
    spec!("abha_number", Ids::AbhaNumber),
    spec!("abha_address", Ids::AbhaAddress),
    spec!("digipin", Ids::Digipin),
    spec!("bank_account", Ids::BankAccount),
    spec!("ifsc", Ids::Ifsc),
    spec!("ip", Ids::Ip),
    spec!("gps", People::Gps),
    spec!("date_shift", Dates::DateShift),
    spec!("date_generalize", Dates::DateGeneralize),
    spec!("birth_date", Dates::BirthDate),
    spec!("noise", Basic::Noise),
    spec!("round", Basic::Round),
    spec!("scrub", Text::Scrub),
    spec!("redact", Basic::Redact),
    spec!("lorem", Text::Lorem),
    Registered {
        name: "json",
        make: json,
        is: |s| matches!(s, Strategy::Text(Text::Json(_))),
    },
    spec!("path", Text::Path),
    bare!("image", Media::Image),
];

/// Every strategy name, comma separated (messages, `--help`).
pub fn names() -> String {
    REGISTRY
        .iter()
        .map(|r| r.name)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Strategy {
    /// The strategy's name as written in rules files and reports: its registry line's.
    pub fn name(&self) -> &'static str {
        REGISTRY
            .iter()
            .find(|r| (r.is)(self))
            .map_or("unregistered", |r| r.name)
    }
}

/// The strategy called `name`, with its parameters (`None`: a bare name).
fn make(name: &str, params: Option<Value>) -> Result<Strategy, String> {
    match REGISTRY.iter().find(|r| r.name == name) {
        Some(r) => (r.make)(params),
        None => Err(format!("unknown strategy `{name}` (known: {})", names())),
    }
}

/// A strategy's spec from its parameters: every field optional (`~` or none: the defaults).
fn params<T: DeserializeOwned + Default>(p: Option<Value>) -> Result<T, String> {
    match p {
        None | Some(Value::Null) => Ok(T::default()),
        Some(v) => serde_yaml_ng::from_value(v).map_err(|e| e.to_string()),
    }
}

/// A strategy that takes no parameters (an empty map or `~` is accepted).
fn no_params(name: &str, p: Option<Value>, s: Strategy) -> Result<Strategy, String> {
    match p {
        None | Some(Value::Null) => Ok(s),
        Some(Value::Mapping(m)) if m.is_empty() => Ok(s),
        Some(_) => Err(format!("`{name}` takes no parameters")),
    }
}

/// `{fixed: VALUE}`: a string or a number.
fn fixed(p: Option<Value>) -> Result<Strategy, String> {
    let Some(v) = p else {
        return Err("`fixed` needs a value: write `{fixed: VALUE}`".into());
    };
    let value = serde_yaml_ng::from_value::<FixedScalar>(v).map_err(|e| e.to_string())?;
    Ok(Strategy::Basic(Basic::Fixed(value.0)))
}

/// `{id: {domain: NAME}}`, with an optional `min`/`max` range.
fn id(p: Option<Value>) -> Result<Strategy, String> {
    let spec: IdSpec = params(p)?;
    if spec.domain.is_none() {
        return Err("`id` needs a domain: write `{id: {domain: NAME}}`".into());
    }
    if spec.min.is_some() != spec.max.is_some() || spec.min > spec.max {
        return Err("`id` takes both `min` and `max`, with min <= max".into());
    }
    Ok(Strategy::Ids(Ids::Id(spec)))
}

/// `{json: {keys: …}}`: each key's strategy must rewrite its value.
fn json(p: Option<Value>) -> Result<Strategy, String> {
    let spec: JsonSpec = params(p)?;
    if let Some((k, _)) = spec.keys.iter().find(|(_, s)| {
        matches!(
            s,
            Strategy::Text(Text::Json(_)) | Strategy::Basic(Basic::Keep)
        )
    }) {
        return Err(format!(
            "`json` key `{k}`: give a strategy that rewrites the value (not keep or json)"
        ));
    }
    Ok(Strategy::Text(Text::Json(spec)))
}

struct StrategyVisitor;

impl<'de> Visitor<'de> for StrategyVisitor {
    type Value = Strategy;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a strategy: a name such as `keep` or `phone`, or a one-key map such as `{fixed: VALUE}`")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Strategy, E> {
        Ok(Strategy::Basic(Basic::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Strategy, E> {
        Ok(Strategy::Basic(Basic::Null))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Strategy, E> {
        make(v, None).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strategy, A::Error> {
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom("empty strategy map"));
        };
        let params: Value = map.next_value()?;
        let s = make(&key, Some(params)).map_err(de::Error::custom)?;
        if map.next_key::<String>()?.is_some() {
            return Err(de::Error::custom("a column takes exactly one strategy"));
        }
        Ok(s)
    }
}

impl<'de> Deserialize<'de> for Strategy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrategyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_names_what_it_makes_and_names_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for r in REGISTRY {
            assert!(seen.insert(r.name), "{} twice", r.name);
            let s = match r.name {
                "fixed" => make("fixed", Some(Value::from("x"))),
                "id" => make("id", serde_yaml_ng::from_str("{domain: d}").ok()),
                n => make(n, None),
            }
            .unwrap();
            assert_eq!(s.name(), r.name);
        }
        assert_eq!(REGISTRY.len(), 41);
    }
}
