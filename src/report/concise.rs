//! The concise format: one line a finding, `path:line:col: severity[rule]: message`.
//!
//! Related places are not shown: the format is for grep, editors' quickfix lists and
//! logs, where one line must be one finding. A line break inside a message is written
//! as a space for the same reason.

use std::fmt::Write as _;

use super::Item;

pub(super) fn render(items: &[Item<'_>]) -> String {
    let mut out = String::new();
    for item in items {
        let f = item.finding;
        let p = item.primary();
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            f.file,
            p.start.line,
            p.start.column,
            f.severity,
            f.rule,
            one_line(&f.message)
        );
    }
    out
}

/// `text` with every line break (`\r\n`, `\n`, `\r`) replaced by a space.
pub(super) fn one_line(text: &str) -> String {
    text.replace("\r\n", " ").replace(['\n', '\r'], " ")
}
