//! The human format: each finding as a title and a source snippet with every place
//! labelled, then a summary line.
//!
//! ```text
//! error[conflicting-figures]: “€4.2m” and “€4.7m” for the plan do not agree: ...
//!  --> drafts/budget.txt:2:33
//!   |
//! 2 | Café owners said the plan costs €4.2m in total.
//!   |                                 ^^^^^ stated here
//! ...
//! 8 | The council approved the €4.7m plan on Monday.
//!   |                          ----- and here
//! ```
//!
//! Drawn by annotate-snippets, which this module alone names (its API changed between
//! 0.10, 0.11 and 0.12). Lines without a label are folded. Colour only when the caller
//! asks for it.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

use super::Item;
use crate::Severity;

pub(super) fn render(items: &[Item<'_>], color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for item in items {
        out.push_str(&renderer.render(&[group(item)]));
        out.push_str("\n\n");
    }
    out.push_str(&summary(items));
    out.push('\n');
    out
}

fn group<'a>(item: &'a Item<'a>) -> annotate_snippets::Group<'a> {
    let f = item.finding;
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let title = level.primary_title(f.message.as_str()).id(f.rule.as_str());
    // Only the lines from the first place to the last are handed over, so the cost of
    // a finding does not grow with the length of the draft.
    let source = &item.doc.source;
    let first = item.places.iter().map(|p| p.start.line).min().unwrap_or(1);
    let last = item
        .places
        .iter()
        .map(|p| p.end.line)
        .max()
        .unwrap_or(first);
    let index = &item.doc.line_index;
    let from = index.line_start(first).unwrap_or(0);
    let to = index.line_start(last + 1).unwrap_or(source.len());
    let excerpt = source.get(from..to).unwrap_or("");
    if excerpt.len() > MAX_EXCERPT_BYTES {
        return places_without_source(title, item);
    }
    let mut snippet = Snippet::source(excerpt)
        .line_start(first)
        .path(f.file.as_str())
        .fold(true);
    for (i, place) in item.places.iter().enumerate() {
        // A span off the source or off a character boundary cannot be drawn.
        if source.get(place.span.range()).is_none()
            || place.span.start < from
            || place.span.end > to
        {
            continue;
        }
        let kind = if i == 0 {
            AnnotationKind::Primary
        } else {
            AnnotationKind::Context
        };
        snippet = snippet.annotation(
            kind.span(place.span.start - from..place.span.end - from)
                .label(place.label),
        );
    }
    title.element(snippet)
}

/// Lines longer than this are not drawn: a finding on a run-on line of a megabyte would
/// cost the renderer time in proportion to the line, once per finding.
const MAX_EXCERPT_BYTES: usize = 16 * 1024;

/// A finding whose lines are too long to draw: its places as `path:line:col` with their
/// labels, with no source excerpt.
fn places_without_source<'a>(
    title: annotate_snippets::Title<'a>,
    item: &'a Item<'a>,
) -> annotate_snippets::Group<'a> {
    let primary = item.primary();
    let origin = Origin::path(item.finding.file.as_str())
        .line(primary.start.line)
        .char_column(primary.start.column);
    let notes = item.places.iter().map(|p| {
        Level::NOTE.message(format!(
            "{} at {}:{}: `{}`",
            p.label, p.start.line, p.start.column, p.text
        ))
    });
    title.element(origin).elements(notes)
}

/// "4 findings: 1 error, 1 warning, 2 info in 2 files", or "no findings".
fn summary(items: &[Item<'_>]) -> String {
    if items.is_empty() {
        return "no findings".to_owned();
    }
    let count = |s: Severity| items.iter().filter(|i| i.finding.severity == s).count();
    let mut files: Vec<&str> = items.iter().map(|i| i.finding.file.as_str()).collect();
    files.dedup();
    let mut out = format!("{}: ", plural(items.len(), "finding", "findings"));
    let parts: Vec<String> = [
        (count(Severity::Error), "error", "errors"),
        (count(Severity::Warning), "warning", "warnings"),
        (count(Severity::Info), "info", "info"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| plural(n, one, many))
    .collect();
    let _ = write!(
        out,
        "{} in {}",
        parts.join(", "),
        plural(files.len(), "file", "files")
    );
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
