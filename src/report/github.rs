//! The GitHub format: one workflow command a finding, which GitHub Actions turns into an
//! annotation on the pull request.
//!
//! ```text
//! ::error file=P,line=L,col=C,endLine=L2,endColumn=C2,title=numcheck (RULE)::MESSAGE
//! ```
//!
//! `error`, `warning` or `notice` follows the severity (`info` is `notice`). `col` and
//! `endColumn` are given only when the primary span starts and ends on one line, since
//! GitHub ignores columns on annotations that span lines. Columns count characters;
//! `endColumn` is the column just past the span. The related places follow the message,
//! one a line (`%0A`), as `path:line:col: label`.
//!
//! Escaping, as the Actions runner expects it: in the message, `%` → `%25`, CR → `%0D`,
//! LF → `%0A`; in property values (`file`, `title`) also `:` → `%3A` and `,` → `%2C`.

use std::fmt::Write as _;

use super::Item;
use crate::Severity;

pub(super) fn render(items: &[Item<'_>]) -> String {
    let mut out = String::new();
    for item in items {
        let f = item.finding;
        let p = item.primary();
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = write!(
            out,
            "::{command} file={},line={}",
            property(&f.file),
            p.start.line
        );
        if p.one_line() {
            let _ = write!(out, ",col={}", p.start.column);
        }
        let _ = write!(out, ",endLine={}", p.end.line);
        if p.one_line() {
            let _ = write!(out, ",endColumn={}", p.end.column);
        }
        let _ = write!(
            out,
            ",title={}::{}",
            property(&format!("numcheck ({})", f.rule)),
            data(&f.message)
        );
        for r in item.related() {
            let _ = write!(
                out,
                "%0A{}",
                data(&format!(
                    "{}:{}:{}: {}",
                    f.file, r.start.line, r.start.column, r.label
                ))
            );
        }
        out.push('\n');
    }
    out
}

/// Escapes a command's data (the text after `::`).
fn data(text: &str) -> String {
    escape(text, false)
}

/// Escapes a property value (`file=`, `title=`).
fn property(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, property: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_and_line_breaks_but_keeps_colons_and_commas() {
        assert_eq!(data("50%: a,b\r\nc"), "50%25: a,b%0D%0Ac");
    }

    #[test]
    fn properties_also_escape_colons_and_commas() {
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
