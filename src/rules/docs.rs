//! Rule documentation generated from the code: `docs/rules.md` and the text of
//! `numcheck rules --explain`.
//!
//! The documentation of a kind is the doc comment captured by `declare_kind!` (see
//! [`KindInfo`]); the default-rule instances come from the embedded `rules/default.yaml`
//! and `rules/style.yaml`. A test compares [`render_reference`] with the committed
//! `docs/rules.md`.

use std::fmt::Write as _;

use super::kinds::{KINDS, KindInfo, kind_info};
use super::load::{DEFAULT_PATH, DEFAULT_RULES, STYLE_PATH, STYLE_RULES};
use super::{Rule, RuleSet};

/// The sections every kind's documentation has, in order.
pub const REQUIRED_SECTIONS: &[&str] = &[
    "## What it flags",
    "## Why it matters",
    "## Example",
    "## Not flagged",
    "## Options",
];

/// The embedded rule sets, by the name `extends` uses, with their rules; a set that fails
/// to load (a bug caught by the tests) contributes no rules.
fn embedded_sets() -> Vec<(&'static str, RuleSet)> {
    [
        ("default", DEFAULT_PATH, DEFAULT_RULES),
        ("style", STYLE_PATH, STYLE_RULES),
    ]
    .into_iter()
    .map(|(name, path, text)| (name, RuleSet::from_yaml(path, text).unwrap_or_default()))
    .collect()
}

/// The first sentence of a kind's "What it flags" section, for one-line listings.
pub fn summary(kind: &KindInfo) -> String {
    let docs = kind.docs();
    let body = section(&docs, "## What it flags").unwrap_or_default();
    let paragraph: Vec<&str> = body
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    let text = paragraph.join(" ");
    let end = text
        .match_indices(['.', ':'])
        .map(|(i, _)| i)
        .find(|&i| text[i + 1..].is_empty() || text[i + 1..].starts_with(' '))
        .unwrap_or(text.len());
    text[..end].to_owned()
}

/// The text of a `## ` section of Markdown docs, without its heading; `None` when the
/// docs have no such section.
pub fn section<'a>(docs: &'a str, heading: &str) -> Option<&'a str> {
    let mut offset = 0;
    let mut start = None;
    for line in docs.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if let Some(s) = start {
            if trimmed.starts_with("## ") {
                return Some(&docs[s..offset]);
            }
        } else if trimmed == heading {
            start = Some(offset + line.len());
        }
        offset += line.len();
    }
    start.map(|s| &docs[s..])
}

/// The bodies of the fenced code blocks tagged `lang` in `docs`.
pub fn code_blocks(docs: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in docs.lines() {
        let t = line.trim();
        match &mut current {
            Some(body) if t.starts_with("```") => {
                out.push(std::mem::take(body));
                current = None;
            }
            Some(body) => {
                body.push_str(line);
                body.push('\n');
            }
            None if t.strip_prefix("```") == Some(lang) => current = Some(String::new()),
            None => {}
        }
    }
    out
}

/// Kind docs with their `## ` headings demoted to `### `, to sit under a kind heading.
fn demoted(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len() + 64);
    let mut in_code = false;
    for line in docs.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with("## ") {
            out.push('#');
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A rule's options as `key: value`, comma-separated; "—" when it has none.
fn options_text(rule: &Rule) -> String {
    if rule.options.is_empty() {
        return "—".to_owned();
    }
    rule.options
        .iter()
        .map(|(k, v)| format!("`{k}: {v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The whole of `docs/rules.md`.
pub fn render_reference() -> String {
    let sets = embedded_sets();
    let mut out = String::new();
    out.push_str(
        "<!-- Generated from the kind docs in src/rules/kinds/ and from rules/default.yaml and\n     rules/style.yaml. Do not edit: run `NUMCHECK_BLESS=1 cargo test --test it docs`. -->\n\n",
    );
    out.push_str("# Rule reference\n\n");
    out.push_str(
        "Every rule has a stable id, a kind and a severity. The *kind* is the check (one Rust\n\
         implementation each); a *rule* is a kind with its settings, declared in YAML. The\n\
         built-in `default` set runs unless a rule file or configuration says otherwise; the\n\
         `style` set is opt-in (`extends: [default, style]`). See\n\
         [configuration.md](configuration.md) for rule files, overrides and message templates.\n\n",
    );
    out.push_str("| kind | built-in rules | what it flags |\n|---|---|---|\n");
    for kind in KINDS {
        let ids: Vec<String> = sets
            .iter()
            .flat_map(|(_, set)| set.rules.iter().filter(|r| r.kind == kind.name))
            .map(|r| format!("`{}`", r.common.id))
            .collect();
        let _ = writeln!(
            out,
            "| [`{0}`](#{0}) | {1} | {2} |",
            kind.name,
            if ids.is_empty() {
                "—".to_owned()
            } else {
                ids.join(", ")
            },
            summary(kind).replace('|', "\\|")
        );
    }
    for kind in KINDS {
        let _ = write!(out, "\n## `{}`\n\n", kind.name);
        out.push_str(&demoted(&kind.docs()));
        out.push_str("\n### Built-in rules\n\n");
        let mut any = false;
        for (set_name, set) in &sets {
            for rule in set.rules.iter().filter(|r| r.kind == kind.name) {
                if !any {
                    out.push_str(
                        "| id | set | severity | enabled | settings |\n|---|---|---|---|---|\n",
                    );
                    any = true;
                }
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} | {} | {} |",
                    rule.common.id,
                    set_name,
                    rule.common.severity,
                    if rule.common.enabled { "yes" } else { "no" },
                    options_text(rule).replace('|', "\\|")
                );
            }
        }
        if !any {
            out.push_str("None: declare a rule of this kind in your rule file to use it.\n");
        }
    }
    out
}

/// The `--explain` text for a rule id (its settings, then its kind's docs) or a kind
/// name; `None` when `query` is neither.
pub fn explain(query: &str, rules: &RuleSet) -> Option<String> {
    let mut out = String::new();
    let kind = if let Some(rule) = rules.get(query) {
        let c = &rule.common;
        let _ = writeln!(out, "# {} (kind `{}`)\n", c.id, rule.kind);
        let _ = writeln!(out, "- severity: {}", c.severity);
        let _ = writeln!(out, "- enabled: {}", if c.enabled { "yes" } else { "no" });
        let _ = writeln!(out, "- scope: {}", scope_name(c.scope));
        if let Some(d) = &c.description {
            let _ = writeln!(out, "- description: {d}");
        }
        if let Some(m) = &c.message {
            let _ = writeln!(out, "- message: {m}");
        }
        for (k, v) in &rule.options {
            let _ = writeln!(out, "- {k}: {v}");
        }
        out.push('\n');
        kind_info(rule.kind)?
    } else {
        let kind = kind_info(query)?;
        let _ = writeln!(out, "# Kind `{}`\n", kind.name);
        kind
    };
    out.push_str(&demoted(&kind.docs()));
    Some(out)
}

fn scope_name(scope: super::Scope) -> &'static str {
    match scope {
        super::Scope::Document => "document",
        super::Scope::Section => "section",
        super::Scope::Paragraph => "paragraph",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCS: &str =
        "## What it flags\nA thing. More: here.\n\n## Options\n- `x`\n\n```yaml\n- id: a\n```\n";

    #[test]
    fn a_section_runs_to_the_next_heading() {
        assert_eq!(
            section(DOCS, "## What it flags"),
            Some("A thing. More: here.\n\n")
        );
        assert_eq!(section(DOCS, "## Example"), None);
    }

    #[test]
    fn code_blocks_are_found_by_language() {
        assert_eq!(code_blocks(DOCS, "yaml"), ["- id: a\n"]);
        assert!(code_blocks(DOCS, "markdown").is_empty());
    }

    #[test]
    fn headings_are_demoted_outside_code() {
        assert_eq!(demoted("## A\n```\n## b\n```\n"), "### A\n```\n## b\n```\n");
    }

    #[test]
    fn the_reference_lists_every_kind_and_default_rule() {
        let text = render_reference();
        for kind in KINDS {
            assert!(
                text.contains(&format!("\n## `{}`\n", kind.name)),
                "{}",
                kind.name
            );
        }
        assert!(text.contains("| `conflicting-figures` | default | error | yes |"));
    }

    #[test]
    fn explain_knows_ids_and_kinds() {
        let rules = RuleSet::default_rules().unwrap();
        assert!(
            explain("conflicting-figures", &rules)
                .unwrap()
                .starts_with("# conflicting-figures (kind `conflict`)")
        );
        assert!(
            explain("pattern", &rules)
                .unwrap()
                .starts_with("# Kind `pattern`")
        );
        assert!(explain("no-such-thing", &rules).is_none());
    }
}
