//! The SARIF format: a SARIF 2.1.0 log with one run, as GitHub code scanning reads it.
//!
//! A small hand-written subset of the standard, serialised with serde:
//!
//! - `tool.driver`: `name`, `version`, `informationUri` (when the package names a
//!   homepage or repository), and `rules[]` for the rules that appear in the results,
//!   sorted by id, each with `id`, `name` (the id in PascalCase), `shortDescription`
//!   (the rule's description, or the first sentence of its kind's documentation),
//!   `fullDescription` (the first paragraph of the kind's documentation), `help` (the
//!   whole kind documentation, as text and Markdown), `defaultConfiguration.level` and
//!   `properties.tags` (the kind).
//! - `columnKind`: `unicodeCodePoints`, since columns count characters (Unicode scalar
//!   values), as in every other format.
//! - `results[]`, in the order of the other formats: `ruleId`, `ruleIndex`, `level`
//!   (`error`, `warning`, or `note` for `info`), `message.text` (the message with `[`
//!   and `]` escaped, then links to the related places: `([and here](1))`, since GitHub
//!   shows related locations only through such links), one location (the
//!   primary place), `relatedLocations` (the other places, with ids from 1 and their
//!   labels as messages), and `partialFingerprints."numcheck/v1"`, a hash of the rule
//!   id, the subject and the texts of the places that does not depend on line numbers.
//! - Locations: `artifactLocation.uri` is the path as given, as a relative URI reference
//!   with `uriBaseId` `%SRCROOT%` (or a `file://` URI for an absolute path); `region` has
//!   1-based `startLine`, `startColumn`, `endLine`, `endColumn` (exclusive, the column
//!   just past the last character) and `snippet.text`, the source text of the span.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::{Item, Place};
use crate::rules::kinds::{KindInfo, kind_info};
use crate::{RuleSet, Severity};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: String,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: Properties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties {
    tags: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[expect(
    clippy::struct_field_names,
    reason = "the field names are SARIF's property names"
)]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Snippet<'a>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

pub(super) fn render(items: &[Item<'_>], rules: &[&RuleSet]) -> String {
    // The rules that appear, sorted by id; the index of each is its `ruleIndex`.
    let mut used: BTreeMap<&str, (&'static str, Severity)> = BTreeMap::new();
    for item in items {
        let f = item.finding;
        used.entry(&f.rule).or_insert((f.kind, f.severity));
    }
    let index: BTreeMap<&str, usize> = used.keys().enumerate().map(|(i, id)| (*id, i)).collect();
    let descriptors = used
        .iter()
        .map(|(id, (kind, severity))| descriptor(id, kind, *severity, rules))
        .collect();
    let results = items
        .iter()
        .map(|item| {
            let f = item.finding;
            let uri = artifact(&f.file);
            SarifResult {
                rule_id: &f.rule,
                rule_index: index.get(f.rule.as_str()).copied().unwrap_or_default(),
                level: level(f.severity),
                message: Text {
                    text: message_text(&f.message, item.related()),
                },
                locations: [location(item.primary(), &uri, None)],
                related_locations: item
                    .related()
                    .iter()
                    .enumerate()
                    .map(|(i, p)| location(p, &uri, Some(i + 1)))
                    .collect(),
                partial_fingerprints: BTreeMap::from([("numcheck/v1", fingerprint(item))]),
            }
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "numcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: information_uri(),
                    rules: descriptors,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    // Serialising plain structs with string keys cannot fail.
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

/// The message as SARIF plain text, with square brackets escaped and, when there are
/// related places, links to them appended (`([and here](1))`): GitHub code scanning
/// shows related locations only through links embedded in the message.
fn message_text(message: &str, related: &[Place<'_>]) -> String {
    let mut text = escape_brackets(message);
    if !related.is_empty() {
        let links: Vec<String> = related
            .iter()
            .enumerate()
            .map(|(i, p)| format!("[{}]({})", escape_brackets(p.label), i + 1))
            .collect();
        let _ = write!(text, " ({})", links.join(", "));
    }
    text
}

/// `[` and `]` escaped with a backslash, so that they never read as a link.
fn escape_brackets(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
}

/// The package's homepage, else its repository, when Cargo.toml names one.
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty())
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn descriptor(id: &str, kind: &str, severity: Severity, rules: &[&RuleSet]) -> ReportingDescriptor {
    let rule = rules
        .iter()
        .find_map(|set| set.rules.iter().find(|r| r.common.id == id));
    let docs = kind_info(kind).map(KindInfo::docs).unwrap_or_default();
    let paragraph = first_paragraph(&docs);
    let fallback = format!("A numcheck rule of kind `{kind}`.");
    let summary = rule
        .and_then(|r| r.common.description.clone())
        .or_else(|| first_sentence(&paragraph))
        .unwrap_or_else(|| fallback.clone());
    let full = if paragraph.is_empty() {
        fallback
    } else {
        paragraph
    };
    let help = if docs.trim().is_empty() {
        format!("Run `numcheck rules --explain {id}` for the rule's documentation.")
    } else {
        docs.trim_end().to_owned()
    };
    ReportingDescriptor {
        id: id.to_owned(),
        name: pascal_case(id),
        short_description: Text { text: summary },
        full_description: Text { text: full },
        help: Help {
            text: help.clone(),
            markdown: help,
        },
        default_configuration: Configuration {
            level: level(rule.map_or(severity, |r| r.common.severity)),
        },
        properties: Properties {
            tags: vec![kind.to_owned()],
        },
    }
}

/// The first paragraph of Markdown docs that is not a heading, joined into one line.
fn first_paragraph(docs: &str) -> String {
    let mut lines = Vec::new();
    for line in docs.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        lines.push(line);
    }
    lines.join(" ")
}

/// The first sentence of `text` (up to the first `. ` or the end), when there is text.
fn first_sentence(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match text.find(". ") {
        Some(i) => text[..=i].to_owned(),
        None => text.to_owned(),
    })
}

/// `conflicting-figures` → `ConflictingFigures`.
fn pascal_case(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect()
}

fn location<'a>(
    place: &Place<'a>,
    artifact: &(String, Option<&'static str>),
    id: Option<usize>,
) -> Location<'a> {
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: artifact.0.clone(),
                uri_base_id: artifact.1,
            },
            region: Region {
                start_line: place.start.line,
                start_column: place.start.column,
                end_line: place.end.line,
                end_column: place.end.column,
                snippet: Snippet { text: place.text },
            },
        },
        message: id.map(|_| Text {
            text: place.label.to_owned(),
        }),
    }
}

/// The URI of a path and its base: a relative reference against `%SRCROOT%`, or a
/// `file://` URI for an absolute path. Backslashes become slashes and a leading `./` is
/// dropped; every byte outside the unreserved set and `/` is percent-encoded, which also
/// keeps a `:` in a file name from reading as a scheme.
fn artifact(path: &str) -> (String, Option<&'static str>) {
    let path = path.replace('\\', "/");
    let mut rest = path.as_str();
    while let Some(r) = rest.strip_prefix("./") {
        rest = r;
    }
    let windows_drive =
        rest.len() >= 2 && rest.as_bytes()[0].is_ascii_alphabetic() && rest.as_bytes()[1] == b':';
    if rest.starts_with('/') {
        (format!("file://{}", encode(rest)), None)
    } else if windows_drive {
        (
            format!("file:///{}:{}", &rest[..1], encode(&rest[2..])),
            None,
        )
    } else {
        (encode(rest), Some(SRCROOT))
    }
}

fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// FNV-1a (64 bits) over the rule id, the subject key and the texts of the places,
/// each followed by a NUL: stable across releases and platforms, unlike std's hasher.
fn fingerprint(item: &Item<'_>) -> String {
    let f = item.finding;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [f.rule.as_str(), f.subject_key.as_deref().unwrap_or("")]
        .into_iter()
        .chain(item.places.iter().map(|p| p.text));
    for part in parts {
        for b in part.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_escape_brackets_and_link_the_related_places() {
        let place = Place {
            span: crate::Span::new(0, 1),
            start: crate::LineCol { line: 1, column: 1 },
            end: crate::LineCol { line: 1, column: 2 },
            text: "5",
            label: "and [here]",
        };
        assert_eq!(
            message_text("a [b]", &[place]),
            r"a \[b\] ([and \[here\]](1))"
        );
    }

    #[test]
    fn rule_names_are_the_ids_in_pascal_case() {
        assert_eq!(pascal_case("conflicting-figures"), "ConflictingFigures");
    }

    #[test]
    fn relative_paths_are_encoded_references_against_the_source_root() {
        assert_eq!(
            artifact("./drafts/a b:c.md"),
            ("drafts/a%20b%3Ac.md".to_owned(), Some(SRCROOT))
        );
    }

    #[test]
    fn absolute_paths_become_file_uris() {
        assert_eq!(
            artifact("/tmp/é.md"),
            ("file:///tmp/%C3%A9.md".to_owned(), None)
        );
        assert_eq!(
            artifact(r"C:\d\x.md"),
            ("file:///C:/d/x.md".to_owned(), None)
        );
    }

    #[test]
    fn the_first_paragraph_skips_headings_and_joins_lines() {
        assert_eq!(
            first_paragraph("## What it flags\nTwo values\nfor one thing.\n\nMore."),
            "Two values for one thing."
        );
    }

    #[test]
    fn the_first_sentence_stops_at_the_first_full_stop() {
        assert_eq!(
            first_sentence("One thing. Another."),
            Some("One thing.".to_owned())
        );
    }
}
