//! Checking one document: extraction, the rules, then the draft's own suppressions.
//!
//! [`check_document`] is the one entry point the command line and library users share,
//! so suppression comments (`<!-- numcheck-disable-next-line RULE -->`, see
//! [`crate::document::Suppression`]) apply the same way everywhere. A finding is dropped
//! when its primary span starts inside a region suppressed for its rule; a suppression
//! that drops nothing is reported as an `unused-suppression` info finding, so stale
//! comments do not pile up.

use crate::document::Document;
use crate::extract::{Extraction, extract};
use crate::rules::{Finding, Label, RuleSet, Severity};

/// The id of the finding that reports a suppression comment that silenced nothing.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

/// What checking a document found.
#[derive(Debug, Clone, Default)]
pub struct CheckOutcome {
    /// The sentences and figures of the document.
    pub extraction: Extraction,
    /// The findings left after suppressions, in source order, unused suppressions
    /// included.
    pub findings: Vec<Finding>,
    /// How many findings the draft's suppression comments silenced.
    pub suppressed: usize,
}

/// Extracts the figures of `doc` (with the rule set's extraction settings), runs
/// `rules` over them and applies the draft's suppression comments.
///
/// ```
/// use numcheck::{Document, Format, RuleSet, check_document};
///
/// let doc = Document::new("a.md", "<!-- numcheck-disable -->\nAbout 20 people.\n", Format::Markdown);
/// let outcome = check_document(&doc, &RuleSet::default_rules()?);
/// assert!(outcome.findings.iter().all(|f| f.rule == "unused-suppression"));
/// # Ok::<(), numcheck::Error>(())
/// ```
pub fn check_document(doc: &Document, rules: &RuleSet) -> CheckOutcome {
    let extraction = extract(doc, rules.extract_options());
    let findings = rules.check(doc, &extraction);
    let (findings, suppressed) = apply_suppressions(doc, findings);
    CheckOutcome {
        extraction,
        findings,
        suppressed,
    }
}

/// Drops the findings the suppressions of `doc` cover and adds one info finding per
/// suppression that covered none. Returns the findings (in source order) and how many
/// were dropped.
pub fn apply_suppressions(doc: &Document, findings: Vec<Finding>) -> (Vec<Finding>, usize) {
    if doc.suppressions.is_empty() {
        return (findings, 0);
    }
    let mut used = vec![false; doc.suppressions.len()];
    let before = findings.len();
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|f| {
            let mut covered = false;
            for (i, s) in doc.suppressions.iter().enumerate() {
                if s.covers(&f.rule, f.primary.span.start) {
                    used[i] = true;
                    covered = true;
                }
            }
            !covered
        })
        .collect();
    let suppressed = before - kept.len();
    for (s, used) in doc.suppressions.iter().zip(used) {
        if used {
            continue;
        }
        let written = match &s.rule {
            Some(rule) => format!("{} {rule}", s.directive.as_str()),
            None => s.directive.as_str().to_owned(),
        };
        kept.push(Finding {
            file: doc.path.clone(),
            rule: UNUSED_SUPPRESSION.to_owned(),
            kind: "suppression",
            severity: Severity::Info,
            message: format!("`{written}` silences no finding"),
            primary: Label::new(s.comment, "this comment"),
            related: Vec::new(),
            subject_key: None,
        });
    }
    kept.sort_by(|a, b| {
        (a.primary.span, &a.rule, &a.message).cmp(&(b.primary.span, &b.rule, &b.message))
    });
    (kept, suppressed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, Span};

    fn finding(doc: &Document, rule: &str, at: &str) -> Finding {
        let start = doc.source.find(at).unwrap();
        Finding {
            file: doc.path.clone(),
            rule: rule.to_owned(),
            kind: "test",
            severity: Severity::Warning,
            message: format!("{rule} at {at}"),
            primary: Label::new(Span::new(start, start + at.len()), "here"),
            related: Vec::new(),
            subject_key: None,
        }
    }

    fn rules_left(doc: &Document, findings: Vec<Finding>) -> Vec<String> {
        apply_suppressions(doc, findings)
            .0
            .into_iter()
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn a_next_line_suppression_drops_only_its_rule_on_that_line() {
        let doc = Document::new(
            "a.md",
            "<!-- numcheck-disable-next-line a -->\nOne 5.\nTwo 6.\n",
            Format::Markdown,
        );
        let fs = vec![
            finding(&doc, "a", "5"),
            finding(&doc, "b", "5"),
            finding(&doc, "a", "6"),
        ];
        assert_eq!(rules_left(&doc, fs), ["b", "a"]);
    }

    #[test]
    fn an_unused_suppression_is_an_info_finding_on_the_comment() {
        let doc = Document::new(
            "a.md",
            "<!-- numcheck-disable b -->\nOne 5.\n",
            Format::Markdown,
        );
        let (left, _) = apply_suppressions(&doc, vec![finding(&doc, "a", "5")]);
        assert_eq!(left[0].rule, UNUSED_SUPPRESSION);
        assert_eq!(left[0].severity, Severity::Info);
        assert_eq!(
            doc.text(left[0].primary.span),
            "<!-- numcheck-disable b -->"
        );
        assert_eq!(left[1].rule, "a");
    }

    #[test]
    fn a_region_ends_at_its_enable_comment() {
        let doc = Document::new(
            "a.html",
            "<!-- numcheck-disable --><p>5</p><!-- numcheck-enable --><p>6</p>",
            Format::Html,
        );
        let fs = vec![finding(&doc, "a", "5"), finding(&doc, "a", "6")];
        let (left, suppressed) = apply_suppressions(&doc, fs);
        assert_eq!(suppressed, 1);
        assert_eq!(
            left.iter().map(|f| f.message.as_str()).collect::<Vec<_>>(),
            ["a at 6"]
        );
    }
}
