//! The JSON format of `numcheck check --format json`: a stable contract.
//!
//! The output is one JSON object (pretty-printed, ending in a newline):
//!
//! ```json
//! {
//!   "version": 1,
//!   "findings": [
//!     {
//!       "file": "drafts/budget.txt",
//!       "rule": "conflicting-figures",
//!       "kind": "conflict",
//!       "severity": "error",
//!       "message": "“€4.2m” and “€4.7m” for the plan do not agree: …",
//!       "subject_key": "plan",
//!       "spans": [
//!         {
//!           "start": 52, "end": 59,
//!           "line": 2, "column": 33, "end_line": 2, "end_column": 38,
//!           "text": "€4.2m",
//!           "label": "stated here"
//!         }
//!       ]
//!     }
//!   ]
//! }
//! ```
//!
//! - `version` (integer): the version of this contract, `1`. It changes only with a
//!   breaking change.
//! - `findings` (array): every finding, sorted by `file`, then the byte offset of the
//!   primary span, then `rule`. Empty when there is nothing to report.
//!
//! Each finding:
//! - `file` (string): the path of the draft as given on the command line (or by
//!   `--stdin-filename`).
//! - `rule` (string): the stable kebab-case id of the rule that fired.
//! - `kind` (string): the rule's kind (`conflict`, `qualifier-mismatch`, `repeat`, ...).
//! - `severity` (string): `error`, `warning` or `info`.
//! - `message` (string): one sentence saying what is wrong, with the figures quoted.
//! - `subject_key` (string or null): the normalised subject key the finding is about, when
//!   there is one.
//! - `spans` (array, never empty): the places the finding points at, the primary place
//!   first, then the related places in source order.
//!
//! Each span:
//! - `start`, `end` (integers): byte offsets into the file as read, `end` exclusive.
//! - `line`, `column` (integers): 1-based line and column of the first character;
//!   columns count characters (Unicode scalar values), not bytes or UTF-16 units.
//! - `end_line`, `end_column` (integers): the same for the position just past the last
//!   character (exclusive, like `end`).
//! - `text` (string): exactly the source bytes `start..end`.
//! - `label` (string): what the place is, e.g. `stated here`, `and here`.
//!
//! Fields may be added in any release; a change to an existing field (its name, type,
//! unit or meaning) is a breaking change, recorded in the CHANGELOG.

use serde::Serialize;

use super::Item;
use crate::Severity;

/// The version of the JSON contract.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    rule: &'a str,
    kind: &'a str,
    severity: Severity,
    message: &'a str,
    subject_key: Option<&'a str>,
    spans: Vec<JsonSpan<'a>>,
}

#[derive(Serialize)]
struct JsonSpan<'a> {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: &'a str,
    label: &'a str,
}

pub(super) fn render(items: &[Item<'_>]) -> String {
    let output = Output {
        version: VERSION,
        findings: items
            .iter()
            .map(|item| JsonFinding {
                file: &item.finding.file,
                rule: &item.finding.rule,
                kind: item.finding.kind,
                severity: item.finding.severity,
                message: &item.finding.message,
                subject_key: item.finding.subject_key.as_deref(),
                spans: item
                    .places
                    .iter()
                    .map(|p| JsonSpan {
                        start: p.span.start,
                        end: p.span.end,
                        line: p.start.line,
                        column: p.start.column,
                        end_line: p.end.line,
                        end_column: p.end.column,
                        text: p.text,
                        label: p.label,
                    })
                    .collect(),
            })
            .collect(),
    };
    // Serialising plain structs with string keys cannot fail.
    let mut out = serde_json::to_string_pretty(&output).unwrap_or_default();
    out.push('\n');
    out
}
