//! Reports of `check`, `profile`, `verify` and `transform` for machines (`--report FILE.json`) and people
//! (`--report FILE.html`: one self-contained page, a pass/fail summary at the top, then tables
//! that sort by any column when its header is clicked, largest counts first on load). Names,
//! counts and row numbers only: no value from the data is ever put in a report.

pub mod check;
pub mod convert;
pub mod inventory;
pub mod manifest;
pub mod profile;
pub mod run;
pub mod side_files;
pub mod verify;

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::io::atomic::AtomicFile;

/// One cell of a report table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A count (right-aligned, sorted numerically).
    Num(u64),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<u64> for Cell {
    fn from(n: u64) -> Cell {
        Cell::Num(n)
    }
}

/// A table in the HTML report.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// Heading.
    pub title: String,
    /// A sentence under the heading.
    pub note: String,
    /// Column headings.
    pub headers: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<Cell>>,
}

/// A report: the machine-readable body plus what the HTML page shows.
#[derive(Debug, Clone)]
pub struct Report {
    /// `check`, `verify` or `transform`.
    pub kind: &'static str,
    /// True when the gate passed.
    pub passed: bool,
    /// One line: what the outcome means.
    pub headline: String,
    /// Key figures shown at the top, in order.
    pub summary: Vec<(String, String)>,
    /// Tables.
    pub sections: Vec<Section>,
    /// The full report as JSON (the `--report FILE.json` body, under `report`).
    pub body: serde_json::Value,
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    tool: &'static str,
    tool_version: &'static str,
    kind: &'a str,
    passed: bool,
    headline: &'a str,
    summary: serde_json::Map<String, serde_json::Value>,
    report: &'a serde_json::Value,
}

impl Report {
    /// Write the report to `path`: HTML when it ends in `.html` or `.htm`, JSON otherwise.
    ///
    /// # Errors
    /// The file cannot be written.
    pub fn write(&self, path: &Path) -> Result<()> {
        let html = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        let text = if html { self.html() } else { self.json() };
        let mut f = AtomicFile::create(path)?;
        f.write_all(text.as_bytes())
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        f.commit()
    }

    /// The JSON document.
    pub fn json(&self) -> String {
        let summary = self
            .summary
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect();
        let doc = JsonDoc {
            tool: "amrit-stream",
            tool_version: env!("CARGO_PKG_VERSION"),
            kind: self.kind,
            passed: self.passed,
            headline: &self.headline,
            summary,
            report: &self.body,
        };
        let mut s = serde_json::to_string_pretty(&doc).expect("JSON of plain data");
        s.push('\n');
        s
    }

    /// The self-contained HTML page.
    pub fn html(&self) -> String {
        let mut h = String::with_capacity(16 << 10);
        let title = format!("amrit-stream {} report", self.kind);
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\n<style>{CSS}</style></head>\n<body>\n<h1>{}</h1>\n",
            esc(&title),
            esc(&title)
        );
        let _ = write!(
            h,
            "<div id=\"summary\" class=\"{}\"><p class=\"status\">{}</p><p>{}</p><dl>",
            if self.passed { "pass" } else { "fail" },
            if self.passed { "PASS" } else { "FAIL" },
            esc(&self.headline)
        );
        for (k, v) in &self.summary {
            let _ = write!(h, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(v));
        }
        h.push_str("</dl></div>\n");
        for (i, s) in self.sections.iter().enumerate() {
            let _ = writeln!(h, "<h2>{}</h2>", esc(&s.title));
            if !s.note.is_empty() {
                let _ = writeln!(h, "<p>{}</p>", esc(&s.note));
            }
            if s.rows.is_empty() {
                h.push_str("<p class=\"none\">None.</p>\n");
                continue;
            }
            let _ = write!(h, "<table class=\"sortable\" id=\"t{i}\"><thead><tr>");
            for (c, head) in s.headers.iter().enumerate() {
                let numeric = s
                    .rows
                    .iter()
                    .all(|r| matches!(r.get(c), Some(Cell::Num(_))));
                let _ = write!(
                    h,
                    "<th data-col=\"{c}\"{}>{}</th>",
                    if numeric { " class=\"num\"" } else { "" },
                    esc(head)
                );
            }
            h.push_str("</tr></thead><tbody>\n");
            for r in &s.rows {
                h.push_str("<tr>");
                for cell in r {
                    match cell {
                        Cell::Text(t) => {
                            let _ = write!(h, "<td>{}</td>", esc(t));
                        }
                        Cell::Num(n) => {
                            let _ = write!(h, "<td class=\"num\" data-v=\"{n}\">{n}</td>");
                        }
                    }
                }
                h.push_str("</tr>\n");
            }
            h.push_str("</tbody></table>\n");
        }
        let _ = write!(h, "<script>{JS}</script>\n</body></html>\n");
        h
    }
}

/// HTML-escape text.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
#summary{padding:1em;border-radius:6px;margin-bottom:1.5em}\
#summary.pass{background:#e6f4ea;border:1px solid #34a853}\
#summary.fail{background:#fce8e6;border:1px solid #d93025}\
.status{font-size:1.6em;font-weight:bold;margin:0}\
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}dd{margin:0}\
table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #ccc;padding:.25em .6em}\
th{background:#f1f3f4;cursor:pointer}td.num,th.num{text-align:right}.none{color:#666}";

/// Sort by a clicked header (numbers numerically); on load, every table by its first count
/// column, largest first.
const JS: &str = r#"
function sortTable(t, col, desc) {
  var body = t.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  var num = t.tHead.rows[0].cells[col].classList.contains('num');
  rows.sort(function (a, b) {
    var x = a.cells[col], y = b.cells[col], r;
    if (num) { r = Number(x.dataset.v) - Number(y.dataset.v); }
    else { r = x.textContent.localeCompare(y.textContent); }
    return desc ? -r : r;
  });
  rows.forEach(function (r) { body.appendChild(r); });
  t.dataset.sorted = col + (desc ? ':desc' : ':asc');
}
document.querySelectorAll('table.sortable').forEach(function (t) {
  var heads = t.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener('click', function () {
      sortTable(t, i, t.dataset.sorted !== i + ':desc');
    });
  });
  for (var i = 0; i < heads.length; i++) {
    if (heads[i].classList.contains('num')) { sortTable(t, i, true); break; }
  }
});
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_and_json_carries_the_body() {
        let r = Report {
            kind: "verify",
            passed: false,
            headline: "2 leaks <found>".into(),
            summary: vec![("leaks".into(), "2".into())],
            sections: vec![Section {
                title: "Patterns".into(),
                note: String::new(),
                headers: vec!["column".into(), "count".into()],
                rows: vec![vec!["d.t.c".into(), 2u64.into()]],
            }],
            body: serde_json::json!({"x": 1}),
        };
        let h = r.html();
        assert!(h.contains("2 leaks &lt;found&gt;"));
        assert!(h.contains("<th data-col=\"1\" class=\"num\">count</th>"));
        let j: serde_json::Value = serde_json::from_str(&r.json()).unwrap();
        assert_eq!(j["passed"], false);
        assert_eq!(j["report"]["x"], 1);
        assert_eq!(j["summary"]["leaks"], "2");
    }
}
