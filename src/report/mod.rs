//! Reporters: findings rendered for people and for machines.
//!
//! The last stage of the pipeline. Every reporter receives the findings of a run and the
//! documents they point into, resolves each span to a line and a character column, and
//! writes one of the documented formats (see `docs/output.md`):
//!
//! - [`OutputFormat::Human`]: both places of a finding labelled in source snippets;
//! - [`OutputFormat::Concise`]: one line a finding, `path:line:col: severity[rule]: message`;
//! - [`OutputFormat::Json`]: the contract described in [`json`];
//! - [`OutputFormat::Sarif`]: SARIF 2.1.0, as GitHub code scanning reads it;
//! - [`OutputFormat::Github`]: GitHub Actions workflow commands.
//!
//! Output is deterministic: findings are sorted by (path, primary start, rule id), and the
//! related places of a finding by position, whatever order they arrive in.

mod concise;
mod github;
mod human;
pub mod json;
mod sarif;

use std::collections::HashMap;
use std::ffi::OsStr;

use clap::ValueEnum;

use crate::document::LineCol;
use crate::rules::Label;
use crate::{Document, Finding, RuleSet, Span};

/// How findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Both places of each finding shown in the source, and a summary line.
    Human,
    /// One line per finding: `path:line:col: severity[rule]: message`.
    Concise,
    /// One JSON object: `{"version": 1, "findings": [...]}`.
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`).
    Github,
}

/// What a reporter may use beyond the findings themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions<'a> {
    /// Whether the human format may use colour. The caller decides, with
    /// [`color_wanted`]. Other formats never use colour.
    pub color: bool,
    /// The rule sets in force (one per configuration, when drafts have different ones),
    /// for the rule descriptions and default levels in SARIF: the first set with a
    /// rule of the finding's id describes it. Without one, SARIF describes each rule by
    /// its kind's documentation and the severity of its findings.
    pub rules: &'a [&'a RuleSet],
}

/// Whether the human format should use colour: only when standard output is a terminal
/// and `NO_COLOR` is unset or empty (<https://no-color.org>). The caller reads both:
///
/// ```
/// use std::io::IsTerminal;
/// let color = numcheck::report::color_wanted(
///     std::io::stdout().is_terminal(),
///     std::env::var_os("NO_COLOR").as_deref(),
/// );
/// # let _ = color;
/// ```
pub fn color_wanted(stdout_is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    stdout_is_terminal && no_color.is_none_or(OsStr::is_empty)
}

/// Renders `findings` (which point into `docs`) as `format`, without colour.
pub fn render(format: OutputFormat, docs: &[Document], findings: &[Finding]) -> String {
    render_with(format, docs, findings, &RenderOptions::default())
}

/// Renders `findings` (which point into `docs`) as `format`.
///
/// A finding is matched to its document by path (`Finding::file` = `Document::path`); a
/// finding whose document is missing is a caller's bug and is left out.
pub fn render_with(
    format: OutputFormat,
    docs: &[Document],
    findings: &[Finding],
    options: &RenderOptions<'_>,
) -> String {
    let items = resolve(docs, findings);
    match format {
        OutputFormat::Human => human::render(&items, options.color),
        OutputFormat::Concise => concise::render(&items),
        OutputFormat::Sarif => sarif::render(&items, options.rules),
        OutputFormat::Json => json::render(&items),
        OutputFormat::Github => github::render(&items),
    }
}

/// One place of a finding, resolved against its document.
#[derive(Debug, Clone, Copy)]
struct Place<'a> {
    /// The byte range.
    span: Span,
    /// Line and character column of the first character.
    start: LineCol,
    /// Line and character column just past the last character (exclusive).
    end: LineCol,
    /// The source text of the span, exactly as written.
    text: &'a str,
    /// What the place is ("stated here", "and here").
    label: &'a str,
}

impl Place<'_> {
    /// Whether the place starts and ends on one line.
    fn one_line(&self) -> bool {
        self.start.line == self.end.line
    }
}

/// A finding with its document and resolved places.
#[derive(Debug)]
struct Item<'a> {
    finding: &'a Finding,
    /// The document the finding points into.
    doc: &'a Document,
    /// The primary place first, then the related places in source order.
    places: Vec<Place<'a>>,
}

impl<'a> Item<'a> {
    /// The primary place.
    fn primary(&self) -> &Place<'a> {
        &self.places[0]
    }

    /// The related places, in source order.
    fn related(&self) -> &[Place<'a>] {
        &self.places[1..]
    }
}

/// Matches findings to their documents, resolves their places and sorts them by (path,
/// primary start, rule id), then by primary end and message so that equal keys still
/// come out in one order.
fn resolve<'a>(docs: &'a [Document], findings: &'a [Finding]) -> Vec<Item<'a>> {
    let mut by_path: HashMap<&str, &Document> = HashMap::with_capacity(docs.len());
    for doc in docs {
        by_path.entry(doc.path.as_str()).or_insert(doc);
    }
    let mut items: Vec<Item<'a>> = findings
        .iter()
        .filter_map(|finding| {
            let doc = by_path.get(finding.file.as_str()).copied()?;
            let mut related: Vec<&Label> = finding.related.iter().collect();
            related.sort_by(|a, b| (a.span, &a.label).cmp(&(b.span, &b.label)));
            let places = std::iter::once(&finding.primary)
                .chain(related)
                .map(|label| place(doc, label))
                .collect();
            Some(Item {
                finding,
                doc,
                places,
            })
        })
        .collect();
    items.sort_by(|a, b| {
        let key = |i: &Item<'a>| {
            (
                i.finding.file.as_str(),
                i.finding.primary.span.start,
                i.finding.rule.as_str(),
                i.finding.primary.span.end,
                i.finding.message.as_str(),
            )
        };
        key(a).cmp(&key(b))
    });
    items
}

fn place<'a>(doc: &'a Document, label: &'a Label) -> Place<'a> {
    Place {
        span: label.span,
        start: doc.line_col(label.span.start),
        end: doc.line_col(label.span.end),
        // A span off the source or off a character boundary is a bug upstream; it is
        // shown as empty rather than taking the run down.
        text: doc.source.get(label.span.range()).unwrap_or(""),
        label: &label.label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_needs_a_terminal() {
        assert!(!color_wanted(false, None));
        assert!(color_wanted(true, None));
    }

    #[test]
    fn a_set_no_color_turns_colour_off_but_an_empty_one_does_not() {
        assert!(!color_wanted(true, Some(OsStr::new("1"))));
        assert!(color_wanted(true, Some(OsStr::new(""))));
    }
}
