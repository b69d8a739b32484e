//! What a rule reports.

use serde::Serialize;

use super::Severity;
use crate::document::Span;

/// One place a finding points at, with what it says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The figure or text the label marks.
    pub span: Span,
    /// What the place is: "stated here", "and here", "counts it as".
    pub label: String,
}

impl Label {
    /// A label on `span`.
    pub fn new(span: Span, label: impl Into<String>) -> Self {
        Label {
            span,
            label: label.into(),
        }
    }
}

/// What a check reports before the engine stamps it with its rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The default message, already filled in.
    pub message: String,
    /// Named values for a user's message template (`{subject}`, `{a}`, `{b}`, ...).
    pub vars: Vec<(&'static str, String)>,
    /// The main place.
    pub primary: Label,
    /// The other places, in any order (the engine sorts them).
    pub related: Vec<Label>,
    /// The normalised subject key the finding is about, when there is one.
    pub subject_key: Option<String>,
}

impl Hit {
    /// A hit at `primary` with `message`.
    pub fn new(primary: Label, message: impl Into<String>) -> Self {
        Hit {
            message: message.into(),
            vars: Vec::new(),
            primary,
            related: Vec::new(),
            subject_key: None,
        }
    }

    /// Adds a related place.
    #[must_use]
    pub fn related(mut self, label: Label) -> Self {
        self.related.push(label);
        self
    }

    /// Adds a template variable.
    #[must_use]
    pub fn var(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.vars.push((name, value.into()));
        self
    }

    /// Sets the subject key.
    #[must_use]
    pub fn subject(mut self, key: Option<&str>) -> Self {
        self.subject_key = key.map(str::to_owned);
        self
    }
}

/// A problem found in a draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The path of the draft, as given.
    pub file: String,
    /// The id of the rule that fired.
    pub rule: String,
    /// The kind of that rule.
    pub kind: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// One sentence saying what is wrong, with the figures quoted.
    pub message: String,
    /// The main place.
    pub primary: Label,
    /// The other places, in source order.
    pub related: Vec<Label>,
    /// The normalised subject key, when the finding is about one subject.
    pub subject_key: Option<String>,
}
