//! The layering of `src/`, checked: every `crate::…` and `super::…` path of every library file
//! (outside its `#[cfg(test)]` tests) names a module of the same layer or a lower one, and no
//! two files import each other, directly or round a circle. The layers are the crate docs':
//! `error` → `io::keys` → `io`, `dump`, `observe` → `rules`, `pii`, AMRIT data → `strategy`
//! → `strategy::plan` → `gates` → `transform` → `report` → the AMRIT generator → `ops`
//! (the gates judge what the engine writes and never import it; the recorder trait both use
//! lives in `strategy`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layer of a module path (longest prefix wins).
const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("io::keys", 1),
    ("io", 2),
    ("dump", 2),
    ("observe", 2),
    ("rules", 3),
    ("pii", 3),
    ("amrit", 3),
    ("amrit::facts", 3),
    ("strategy", 4),
    ("strategy::plan", 5),
    ("gates", 6),
    ("transform", 7),
    ("report", 8),
    ("amrit::synth", 9),
    ("ops", 10),
];

fn layer(module: &str) -> u8 {
    LAYERS
        .iter()
        .filter(|(p, _)| module == *p || module.starts_with(&format!("{p}::")))
        .max_by_key(|(p, _)| p.len())
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("module `{module}` has no layer: add it to LAYERS"))
}

/// Every library file with its module path (`dump::walk`; `` for lib.rs).
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                // `src/bin/` holds the binary, which sits on top of every layer.
                if p != src.join("bin") {
                    stack.push(p);
                }
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = p.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
                parts.pop();
            }
            out.insert(parts.join("::"), p);
        }
    }
    out
}

/// The code of a file without its tests and comments.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let body = match text.find("\n#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text,
    };
    body.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Expand the `use` tree or path that starts at `text` (after `crate::` or `super::`) into
/// full paths relative to `base`.
fn expand(base: &[String], text: &str, out: &mut Vec<Vec<String>>) {
    let mut path = base.to_vec();
    let mut rest = text;
    loop {
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            if let Some(group) = rest.strip_prefix('{') {
                // Split the group at top-level commas.
                let (mut depth, mut start) = (0, 0);
                let bytes = group.as_bytes();
                for (i, &b) in bytes.iter().enumerate() {
                    match b {
                        b'{' => depth += 1,
                        b'}' if depth == 0 => {
                            let item = group[start..i].trim();
                            if !item.is_empty() {
                                expand(&path, item, out);
                            }
                            return;
                        }
                        b'}' => depth -= 1,
                        b',' if depth == 0 => {
                            let item = group[start..i].trim();
                            if !item.is_empty() {
                                expand(&path, item, out);
                            }
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
            }
            out.push(path);
            return;
        }
        if ident != "self" {
            path.push(ident.clone());
        }
        rest = &rest[ident.len()..];
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => {
                out.push(path);
                return;
            }
        }
    }
}

/// The library module a path lands in: its longest prefix that is a module file.
fn resolve(path: &[String], mods: &BTreeMap<String, PathBuf>) -> Option<String> {
    for n in (1..=path.len()).rev() {
        let m = path[..n].join("::");
        if mods.contains_key(&m) {
            return Some(m);
        }
    }
    // `crate::Error` and friends are re-exported at the root from `error`.
    path.first()
        .filter(|p| p.starts_with(char::is_uppercase))
        .map(|_| "error".to_string())
}

/// (importing module, imported module) for every import of a library file.
fn imports(mods: &BTreeMap<String, PathBuf>) -> BTreeSet<(String, String)> {
    let mut edges = BTreeSet::new();
    for (m, file) in mods {
        if m.is_empty() {
            continue;
        }
        let text = code(file);
        let me: Vec<String> = m.split("::").map(str::to_string).collect();
        let is_mod_rs = file.file_name().is_some_and(|f| f == "mod.rs");
        // `super::` of `a/b.rs` is `a`; of `a/mod.rs` it is the parent of `a`.
        let parent: Vec<String> = me[..me.len() - 1].to_vec();
        let mut paths = Vec::new();
        for (i, _) in text.match_indices("crate::") {
            expand(&[], &text[i + 7..], &mut paths);
        }
        for (i, _) in text.match_indices("super::") {
            if text[..i].ends_with("::") {
                continue; // `super::super::` is read from its first `super::`
            }
            let mut base = parent.clone();
            let mut rest = &text[i + 7..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            expand(&base, rest, &mut paths);
        }
        // `use child::…` / `pub use child::…` of a module's own children.
        if is_mod_rs {
            for line in text.lines() {
                let t = line.trim_start();
                let Some(r) = t
                    .strip_prefix("pub use ")
                    .or_else(|| t.strip_prefix("use "))
                else {
                    continue;
                };
                let mut base = me.clone();
                base.truncate(me.len());
                let child: String = r
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if mods.contains_key(&format!("{m}::{child}")) {
                    expand(&base, r, &mut paths);
                }
            }
        }
        for p in paths {
            if let Some(target) = resolve(&p, mods) {
                // A module naming itself or one of its ancestors' own items is no import.
                if target != *m && !target.is_empty() {
                    edges.insert((m.clone(), target));
                }
            }
        }
    }
    edges
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_library_module_imports_from_a_higher_layer() {
    let mods = modules(&src());
    let edges = imports(&mods);
    assert!(
        edges.len() > 100,
        "the import scan found too little: {}",
        edges.len()
    );
    let upward: Vec<String> = edges
        .iter()
        .filter(|(a, b)| layer(b) > layer(a))
        .map(|(a, b)| format!("{a} (layer {}) imports {b} (layer {})", layer(a), layer(b)))
        .collect();
    assert!(
        upward.is_empty(),
        "imports from a higher layer:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_two_library_files_import_each_other_even_round_a_circle() {
    let mods = modules(&src());
    let edges = imports(&mods);
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in &edges {
        next.entry(a).or_default().push(b);
    }
    // Depth-first search for a back edge; report the circle.
    fn visit<'a>(
        m: &'a str,
        next: &BTreeMap<&'a str, Vec<&'a str>>,
        state: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        state.insert(m, 1);
        path.push(m);
        for &n in next.get(m).map_or(&[][..], |v| v.as_slice()) {
            match state.get(n) {
                Some(1) => {
                    let at = path.iter().position(|p| *p == n).unwrap();
                    let mut circle: Vec<String> =
                        path[at..].iter().map(|s| s.to_string()).collect();
                    circle.push(n.to_string());
                    return Some(circle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(n, next, state, path) {
                        return Some(c);
                    }
                }
            }
        }
        path.pop();
        state.insert(m, 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in mods.keys() {
        if !state.contains_key(m.as_str()) {
            if let Some(c) = visit(m, &next, &mut state, &mut Vec::new()) {
                panic!("an import circle: {}", c.join(" → "));
            }
        }
    }
}

#[test]
fn src_has_at_most_fourteen_entries() {
    // The layers of ARCHITECTURE.md with `ops` on top, and `bin/` (the binary) above them.
    let n = std::fs::read_dir(src()).unwrap().count();
    assert!(
        n <= 14,
        "src/ has {n} entries; group them into folders per layer"
    );
}

#[test]
fn the_scanner_sees_groups_and_super_paths() {
    let mut out = Vec::new();
    expand(
        &[],
        "dump::{catalog::Catalog, insert::{decode, Span}};",
        &mut out,
    );
    let flat: Vec<String> = out.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        flat,
        [
            "dump::catalog::Catalog",
            "dump::insert::decode",
            "dump::insert::Span"
        ]
    );
    assert_eq!(layer("strategy::plan::scaffold"), 5);
    assert_eq!(layer("io::keys"), 1);
    assert_eq!(layer("io::crypt::header"), 2);
}

/// The concern (top-level folder of `src/`) a library file belongs to: `strategy` of
/// `strategy/plan/mod.rs`, `` for the files directly in `src/`. A subfolder is part of its
/// folder's concern (`io/crypt` is the encrypted format of `io`), so imports between a folder
/// and its subfolders stay inside one concern.
fn folder(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap();
    let mut parts = rel.components();
    match (parts.next(), parts.next()) {
        (Some(first), Some(_)) => first.as_os_str().to_string_lossy().into_owned(),
        _ => String::new(),
    }
}

#[test]
fn no_two_concerns_import_each_other_even_round_a_circle() {
    let mods = modules(&src());
    let edges = imports(&mods);
    let mut next: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in &edges {
        let (fa, fb) = (folder(&mods[a]), folder(&mods[b]));
        // A folder's files and the files at the crate root are one level: the root is not a
        // folder of its own.
        if fa != fb && !fa.is_empty() && !fb.is_empty() {
            next.entry(fa).or_default().insert(fb);
        }
    }
    fn reach(from: &str, to: &str, next: &BTreeMap<String, BTreeSet<String>>) -> bool {
        let mut stack = vec![from.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(f) = stack.pop() {
            if f == to {
                return true;
            }
            if seen.insert(f.clone()) {
                stack.extend(next.get(&f).into_iter().flatten().cloned());
            }
        }
        false
    }
    let circles: Vec<String> = next
        .iter()
        .flat_map(|(a, bs)| bs.iter().map(move |b| (a, b)))
        .filter(|(a, b)| reach(b, a, &next))
        .map(|(a, b)| {
            let by: Vec<String> = edges
                .iter()
                .filter(|(x, y)| folder(&mods[x]) == **a && folder(&mods[y]) == **b)
                .map(|(x, y)| format!("{x} imports {y}"))
                .collect();
            format!("{a} → {b} → … → {a} ({})", by.join("; "))
        })
        .collect();
    assert!(
        circles.is_empty(),
        "folders importing each other:\n{}",
        circles.join("\n")
    );
}

#[test]
fn nothing_below_ops_imports_ops() {
    let mods = modules(&src());
    let up: Vec<String> = imports(&mods)
        .into_iter()
        .filter(|(a, b)| {
            let (a_ops, b_ops) = (
                a == "ops" || a.starts_with("ops::"),
                b == "ops" || b.starts_with("ops::"),
            );
            b_ops && !a_ops
        })
        .map(|(a, b)| format!("{a} imports {b}"))
        .collect();
    assert!(up.is_empty(), "{}", up.join("\n"));
}
