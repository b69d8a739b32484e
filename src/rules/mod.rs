//! Rules: the YAML rule set, the checks it compiles to, and the findings they report.
//!
//! A [`RuleSet`] is loaded from the embedded `rules/default.yaml` and the user's files.
//! Every rule has a stable id, a kind (one Rust implementation per kind, see
//! [`kinds`]), a severity, a scope and the kind's options. [`RuleSet::check`] runs every
//! enabled rule over the figures of a document; rules work on figures grouped by key, so
//! the cost stays linear in the length of the draft.

pub mod docs;
mod error;
mod finding;
mod group;
pub mod kinds;
pub(crate) mod load;
mod yaml;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use error::{LoadError, LoadErrors};
pub use finding::{Finding, Hit, Label};
pub use load::{DEFAULT_PATH, DEFAULT_RULES, STYLE_PATH, STYLE_RULES};

use crate::document::Document;
use crate::extract::{ExtractOptions, Extraction, Figure};

/// Room for the transitions one built-in pattern's lazy DFA learns. The patterns that
/// look back over a window (`[^.]{0,60}`, case-insensitive word lists) meet a new
/// state in almost every sentence; with the regex crate's default room (2 MB) the
/// cache fills and is cleared again and again over a long draft, and every state is
/// worked out anew. The room is only taken as states are learnt.
const PATTERN_DFA_ROOM: usize = 64 << 20;

/// Compiles a built-in pattern, as `Regex::new` does but with [`PATTERN_DFA_ROOM`]
/// for its lazy DFA; the matches are the same.
pub(crate) fn pattern(source: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(source)
        .dfa_size_limit(PATTERN_DFA_ROOM)
        .build()
}

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For a reviewer to confirm; never fails a build unless asked to.
    Info,
    /// Probably wrong.
    Warning,
    /// Wrong.
    Error,
}

impl Severity {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How far apart two figures may be and still be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Anywhere in the draft.
    #[default]
    Document,
    /// Within one section (between headings).
    Section,
    /// Within one paragraph.
    Paragraph,
}

impl Scope {
    /// The unit a figure belongs to under this scope: figures with different units are
    /// never compared.
    pub fn unit_of(self, figure: &Figure) -> usize {
        match self {
            Scope::Document => 0,
            Scope::Section => figure.placement.section,
            Scope::Paragraph => figure.placement.paragraph,
        }
    }
}

/// The fields every rule entry has, whatever its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Common {
    /// Stable kebab-case id, shown in every finding.
    pub id: String,
    /// Severity of its findings.
    pub severity: Severity,
    /// A message template with named placeholders, replacing the kind's own message.
    pub message: Option<String>,
    /// How far apart compared figures may be.
    pub scope: Scope,
    /// Whether the rule runs.
    pub enabled: bool,
    /// A one-line description for `numcheck rules`.
    pub description: Option<String>,
}

/// What a check receives: the document and its figures.
#[derive(Debug)]
pub struct CheckContext<'a> {
    /// The draft.
    pub doc: &'a Document,
    /// Its sentences and figures.
    pub extraction: &'a Extraction,
    /// The rule's common fields (scope above all).
    pub common: &'a Common,
    /// What the rules read about figures and sentences, shared by all of them.
    pub(crate) shared: &'a group::Shared,
}

impl CheckContext<'_> {
    /// The figures, in source order.
    pub fn figures(&self) -> &[Figure] {
        &self.extraction.figures
    }

    /// The source text of the sentence holding `figure`.
    pub fn sentence_of(&self, figure: &Figure) -> &str {
        self.extraction
            .sentences
            .get(figure.placement.sentence)
            .map_or("", |s| &self.doc.source[s.span])
    }
}

/// A compiled rule kind. Implementations live in [`kinds`], one file each.
pub trait Check: Send + Sync + fmt::Debug {
    /// Pushes a [`Hit`] for every problem found.
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>);
}

/// A rule ready to run.
#[derive(Debug)]
pub struct Rule {
    /// The fields every entry has.
    pub common: Common,
    /// The kind's name, e.g. `conflict`.
    pub kind: &'static str,
    /// The kind's options as written in the rule file (after overrides), each as
    /// `(key, value in YAML flow style)`, in the order written; for `--explain` and docs.
    pub options: Vec<(String, String)>,
    /// The compiled check.
    pub check: Box<dyn Check>,
}

/// The rules in force, in the order they were declared.
#[derive(Debug, Default)]
pub struct RuleSet {
    /// The rules, enabled and disabled.
    pub rules: Vec<Rule>,
    /// What extraction needs from the rule file: aliases and the approximation
    /// tolerance.
    pub options: ExtractOptions,
}

/// The fewest figures worth a thread of their own in [`RuleSet::check`]: those of
/// about 250 KB of newswire, a few milliseconds of checking (see the extractor's
/// `BYTES_PER_THREAD` for why short documents are not split).
const FIGURES_PER_THREAD: usize = 2048;

impl RuleSet {
    /// The extraction settings of this rule set (subject aliases, `approx_tolerance`):
    /// pass them to [`extract`](crate::extract()) before [`RuleSet::check`].
    pub fn extract_options(&self) -> &ExtractOptions {
        &self.options
    }

    /// The rule with this id, enabled or not.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.common.id == id)
    }

    /// Runs every enabled rule over `extraction` and returns the findings sorted by
    /// position, then rule id. The rules over a long document run on several threads
    /// (see [`crate::parallel`]); the findings are the same on any number.
    pub fn check(&self, doc: &Document, extraction: &Extraction) -> Vec<Finding> {
        let threads = crate::parallel::threads_for(extraction.figures.len(), FIGURES_PER_THREAD);
        self.check_on(doc, extraction, threads)
    }

    /// [`RuleSet::check`] on at most `threads` threads.
    pub(crate) fn check_on(
        &self,
        doc: &Document,
        extraction: &Extraction,
        threads: usize,
    ) -> Vec<Finding> {
        let mut findings = Vec::new();
        let shared = group::Shared::new(extraction);
        let rules: Vec<&Rule> = self.rules.iter().filter(|r| r.common.enabled).collect();
        // Each rule on whichever thread is free; the hits come back in rule order.
        let hits_by_rule = crate::parallel::in_order(rules.len(), threads, |i| {
            let cx = CheckContext {
                doc,
                extraction,
                common: &rules[i].common,
                shared: &shared,
            };
            let mut hits = Vec::new();
            rules[i].check.check(&cx, &mut hits);
            one_hit_per_verdict(&mut hits);
            hits
        });
        for (rule, hits) in rules.iter().zip(hits_by_rule) {
            for hit in hits {
                let message = match &rule.common.message {
                    Some(template) => render_template(template, &hit),
                    None => hit.message,
                };
                let mut related = hit.related;
                related.sort_by_key(|l| l.span);
                findings.push(Finding {
                    file: doc.path.clone(),
                    rule: rule.common.id.clone(),
                    kind: rule.kind,
                    severity: rule.common.severity,
                    message,
                    primary: hit.primary,
                    related,
                    subject_key: hit.subject_key,
                });
            }
        }
        findings.sort_by(|a, b| {
            (a.primary.span, &a.rule, &a.message).cmp(&(b.primary.span, &b.rule, &b.message))
        });
        // A user's template may give two hits of one rule at one place one message.
        findings.dedup_by(|later, kept| {
            later.primary.span == kept.primary.span
                && later.rule == kept.rule
                && later.message == kept.message
        });
        findings
    }
}

/// One hit per place and message: a kind may reach the same verdict on one figure
/// through two readings ("Some 58% of members, 43 of 89" with an earlier "89 members"
/// as well; one list of parts found by two readings). The reading whose other places
/// lie nearest the figure is kept, where the first of them stood.
pub(crate) fn one_hit_per_verdict(hits: &mut Vec<Hit>) {
    let reach = |h: &Hit| {
        h.related
            .iter()
            .map(|l| l.span.start.abs_diff(h.primary.span.start))
            .sum::<usize>()
    };
    // Where each verdict stands in `kept`, the slot of its first hit.
    let mut slot: std::collections::HashMap<(crate::document::Span, String), usize> =
        std::collections::HashMap::new();
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        match slot.entry((h.primary.span, h.message.clone())) {
            std::collections::hash_map::Entry::Occupied(e) => {
                let k = &mut kept[*e.get()];
                if reach(&h) < reach(k) {
                    *k = h;
                }
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(kept.len());
                kept.push(h);
            }
        }
    }
    *hits = kept;
}

/// Fills `{name}` placeholders from the hit's variables; `{message}` is the kind's own
/// message. Unknown placeholders are left as written.
fn render_template(template: &str, hit: &Hit) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let name = &after[..close];
        if name == "message" {
            out.push_str(&hit.message);
        } else if let Some((_, v)) = hit.vars.iter().find(|(k, _)| *k == name) {
            out.push_str(v);
        } else {
            out.push_str(&rest[open..=open + 1 + close]);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    #[test]
    fn the_findings_are_the_same_on_one_thread_and_several() {
        let rules = RuleSet::default_rules().expect("the default rules load");
        let doc = crate::extract::thread_tests::checkset_drafts("positives");
        let extraction = crate::extract::extract(&doc, &rules.options);
        let one = rules.check_on(&doc, &extraction, 1);
        assert!(one.len() > 100, "{}", one.len());
        for threads in [2, 3, 8] {
            assert_eq!(
                rules.check_on(&doc, &extraction, threads),
                one,
                "{threads} threads"
            );
        }
    }

    #[test]
    fn one_verdict_on_one_figure_is_reported_once_with_its_nearest_places() {
        let rules = RuleSet::default_rules().expect("the default rules load");
        let doc = crate::document::Document::plain(
            "Turnout was 58%, with 43 of 89 members voting.\n\nThe Hawks made 58% of their shots, hitting 43 of 89.\n\nSome 58% of members, 43 of 89, backed the deal.\n",
        );
        let extraction = crate::extract::extract(&doc, &rules.options);
        let findings = rules.check_on(&doc, &extraction, 1);
        let second: Vec<&Finding> = findings
            .iter()
            .filter(|f| doc.text(f.primary.span) == "Some 58%")
            .collect();
        assert_eq!(second.len(), 1, "{findings:#?}");
        // The whole in its own sentence, not the earlier "89".
        assert!(
            second[0]
                .related
                .iter()
                .all(|l| l.span.start > second[0].primary.span.start),
            "{:#?}",
            second[0]
        );
    }

    #[test]
    fn templates_fill_named_placeholders_and_keep_unknown_ones() {
        let hit = Hit::new(Label::new(Span::new(0, 1), "here"), "base")
            .var("a", "20,000")
            .var("subject", "troops");
        assert_eq!(
            render_template("{a} {subject}: {message} {nope}", &hit),
            "20,000 troops: base {nope}"
        );
    }
}
