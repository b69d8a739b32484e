//! The registry of rule kinds: one file per kind, registered here in three adjacent
//! places (the [`RuleSpec`] variant, the [`KINDS`] entry and the [`RuleSpec::compile`] arm).
//!
//! Each kind file declares its YAML spec with `declare_kind!`, whose doc comment is the
//! kind's user documentation (shown by `numcheck rules --explain` and in
//! `docs/rules.md`), and implements [`Compile`] for the spec and [`Check`] for the
//! compiled form.

use serde::Deserialize;

use super::{Check, Scope, Severity};

/// Static facts about a rule kind, captured from its declaration.
#[derive(Debug)]
pub struct KindInfo {
    /// The `kind:` tag in rule files.
    pub name: &'static str,
    /// The user documentation (Markdown), from the doc comment; each line keeps the
    /// leading space of the `///` comment.
    pub docs: &'static str,
    /// `file:line` of the declaration.
    pub location: &'static str,
    /// The variables its findings provide to a message template (`{subject}`, ...),
    /// besides `{message}`; `None` when the kind does not declare them, in which case
    /// placeholders are not checked at load.
    pub vars: Option<&'static [&'static str]>,
}

impl KindInfo {
    /// The message-template variables the kind provides (besides `{message}`): those
    /// declared with `vars [...]`, else those its documentation names in backticks
    /// (`` `{subject}` ``). Empty when neither says.
    pub fn template_vars(&self) -> Vec<&'static str> {
        if let Some(vars) = self.vars {
            return vars.to_vec();
        }
        let mut out = Vec::new();
        let mut rest = self.docs;
        while let Some(open) = rest.find("`{") {
            let after = &rest[open + 2..];
            let Some(close) = after.find("}`") else { break };
            let name = &after[..close];
            if !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                && name != "message"
                && !out.contains(&name)
            {
                out.push(name);
            }
            rest = &after[close + 2..];
        }
        out
    }

    /// The documentation with the comment's leading space removed from every line.
    pub fn docs(&self) -> String {
        let mut out = String::with_capacity(self.docs.len());
        for line in self.docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }
}

/// A problem with one option of a rule entry, found when compiling it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The YAML key the problem is about (`pattern`, `min_value`, ...).
    pub field: &'static str,
    /// What is wrong, lowercase, no trailing period.
    pub message: String,
}

/// A reference figure from the rule file's `facts:` list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The subject, as an editor would write it ("Supreme Court justices").
    pub subject: String,
    /// The true value.
    pub value: f64,
    /// Unit (ISO 4217 code, `percent`, or a measure unit), if any.
    #[serde(default)]
    pub unit: Option<String>,
    /// How far a figure may stray from `value` and still agree, as a fraction of it
    /// (0.05 is 5%); the figure's own rounding is always allowed.
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// The year the fact holds for; without it, the fact holds for figures that name
    /// no year.
    #[serde(default)]
    pub year: Option<i32>,
    /// Where the fact comes from, shown in findings.
    #[serde(default)]
    pub source: Option<String>,
}

/// What compiling a rule may need from the rest of the rule file.
#[derive(Debug, Clone)]
pub struct Env {
    /// The house fact sheet.
    pub facts: Vec<Fact>,
    /// Subject aliases: normalised key → the canonical key it stands for.
    pub aliases: std::collections::HashMap<String, String>,
    /// The tolerance of approximate figures (`settings.approx_tolerance`).
    pub approx_tolerance: f64,
}

impl Env {
    /// The normalised key of a subject as written in the rule file, aliases applied.
    pub fn subject_key(&self, text: &str) -> String {
        let key = normalise_subject(text);
        self.aliases.get(&key).cloned().unwrap_or(key)
    }

    /// Every key a figure about `text` may carry: the canonical key and each alias of
    /// it, so that a check matches figures whether or not extraction applied the
    /// aliases.
    pub fn subject_keys(&self, text: &str) -> Vec<String> {
        let canonical = self.subject_key(text);
        let mut keys = vec![canonical.clone()];
        keys.extend(
            self.aliases
                .iter()
                .filter(|(alias, c)| **c == canonical && **alias != canonical)
                .map(|(alias, _)| alias.clone()),
        );
        keys.sort();
        keys.dedup();
        keys
    }
}

impl Default for Env {
    fn default() -> Self {
        Env {
            facts: Vec::new(),
            aliases: std::collections::HashMap::new(),
            approx_tolerance: crate::extract::DEFAULT_APPROX_TOLERANCE,
        }
    }
}

/// Words dropped from the front of a subject key, as the extractor drops them.
const SUBJECT_NOISE: &[&str] = &["the", "a", "an", "additional", "more", "requested", "some"];

/// Normalises a subject as written in a rule file ("National Guard members") to the key
/// the extractor gives figures ("national guard member"): lower case, leading
/// determiners dropped, the last word made singular by the extractor's own rule, so a
/// key written in a rule file meets the key of the figures ("midwives" and "midwife"
/// are one key in both).
pub fn normalise_subject(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    while words.len() > 1 && SUBJECT_NOISE.contains(&words[0]) {
        words.remove(0);
    }
    let Some(last) = words.pop() else {
        return String::new();
    };
    let singular = crate::extract::singular(last);
    words.push(&singular);
    words.join(" ")
}

/// Turns a parsed spec into a runnable check: defaults applied, regexes compiled,
/// ranges checked.
pub trait Compile {
    /// The compiled check, or every problem with the options.
    fn compile(&self, env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>>;
}

/// The common fields of a rule entry as written (all optional but `id`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonSpec {
    /// Stable kebab-case id.
    pub id: String,
    /// Severity, if given.
    pub severity: Option<Severity>,
    /// Message template, if given.
    pub message: Option<String>,
    /// Scope, if given.
    pub scope: Option<Scope>,
    /// Whether the rule runs, if given.
    pub enabled: Option<bool>,
    /// One-line description, if given.
    pub description: Option<String>,
}

/// Declares a kind's YAML spec: the common fields are injected ahead of the kind's own
/// options, unknown fields are rejected, and the doc comment is captured as the kind's
/// [`KindInfo`] in a static named `INFO`.
macro_rules! declare_kind {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident = $tag:literal $(vars [$($var:literal),* $(,)?])? {
            $(
                $(#[doc = $fdoc:literal])*
                $field:ident : $fty:ty
            ),* $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// Stable kebab-case id.
            pub id: String,
            /// Severity of its findings.
            #[serde(default)]
            pub severity: Option<$crate::rules::Severity>,
            /// Message template replacing the kind's own message.
            #[serde(default)]
            pub message: Option<String>,
            /// How far apart compared figures may be.
            #[serde(default)]
            pub scope: Option<$crate::rules::Scope>,
            /// Whether the rule runs.
            #[serde(default)]
            pub enabled: Option<bool>,
            /// One-line description.
            #[serde(default)]
            pub description: Option<String>,
            $(
                $(#[doc = $fdoc])*
                #[serde(default)]
                pub $field: $fty,
            )*
        }

        impl $name {
            /// The common fields as written.
            pub fn common_spec(&self) -> $crate::rules::kinds::CommonSpec {
                $crate::rules::kinds::CommonSpec {
                    id: self.id.clone(),
                    severity: self.severity,
                    message: self.message.clone(),
                    scope: self.scope,
                    enabled: self.enabled,
                    description: self.description.clone(),
                }
            }
        }

        /// What the registry knows about this kind.
        pub static INFO: $crate::rules::kinds::KindInfo = $crate::rules::kinds::KindInfo {
            name: $tag,
            docs: concat!($($doc, "\n"),*),
            location: concat!(file!(), ":", line!()),
            vars: declare_kind!(@vars $([$($var),*])?),
        };
    };
    (@vars) => { None };
    (@vars [$($var:literal),*]) => { Some(&[$($var),*]) };
}

pub mod bound;
pub mod change;
pub mod conflict;
pub(crate) mod conversion;
pub mod fact;
pub mod figure_filter;
pub mod list_count;
pub mod numeral_style;
pub mod pattern;
pub mod qualifier_mismatch;
pub mod ratio;
pub mod repeat;
pub(crate) mod scan;
pub mod total;

/// A rule entry as parsed from YAML, tagged by `kind`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RuleSpec {
    /// See [`conflict`].
    Conflict(conflict::Conflict),
    /// See [`qualifier_mismatch`].
    QualifierMismatch(qualifier_mismatch::QualifierMismatch),
    /// See [`repeat`].
    Repeat(repeat::Repeat),
    /// See [`total`].
    Total(total::Total),
    /// See [`ratio`].
    Ratio(ratio::Ratio),
    /// See [`change`].
    Change(change::Change),
    /// See [`bound`].
    Bound(bound::Bound),
    /// See [`list_count`].
    ListCount(list_count::ListCount),
    /// See [`fact`].
    Fact(fact::FactCheck),
    /// See [`figure_filter`].
    Figure(figure_filter::FigureFilter),
    /// See [`pattern`].
    Pattern(pattern::Pattern),
    /// See [`numeral_style`].
    NumeralStyle(numeral_style::NumeralStyle),
}

/// Every kind, in the order of the documentation.
pub const KINDS: &[&KindInfo] = &[
    &conflict::INFO,
    &qualifier_mismatch::INFO,
    &repeat::INFO,
    &total::INFO,
    &ratio::INFO,
    &change::INFO,
    &bound::INFO,
    &list_count::INFO,
    &fact::INFO,
    &figure_filter::INFO,
    &pattern::INFO,
    &numeral_style::INFO,
];

/// The kind named `name`, if there is one.
pub fn kind_info(name: &str) -> Option<&'static KindInfo> {
    KINDS.iter().copied().find(|k| k.name == name)
}

impl RuleSpec {
    /// The kind's static information.
    pub fn info(&self) -> &'static KindInfo {
        match self {
            RuleSpec::Conflict(_) => &conflict::INFO,
            RuleSpec::QualifierMismatch(_) => &qualifier_mismatch::INFO,
            RuleSpec::Repeat(_) => &repeat::INFO,
            RuleSpec::Total(_) => &total::INFO,
            RuleSpec::Ratio(_) => &ratio::INFO,
            RuleSpec::Change(_) => &change::INFO,
            RuleSpec::Bound(_) => &bound::INFO,
            RuleSpec::ListCount(_) => &list_count::INFO,
            RuleSpec::Fact(_) => &fact::INFO,
            RuleSpec::Figure(_) => &figure_filter::INFO,
            RuleSpec::Pattern(_) => &pattern::INFO,
            RuleSpec::NumeralStyle(_) => &numeral_style::INFO,
        }
    }

    /// The common fields as written.
    pub fn common_spec(&self) -> CommonSpec {
        match self {
            RuleSpec::Conflict(s) => s.common_spec(),
            RuleSpec::QualifierMismatch(s) => s.common_spec(),
            RuleSpec::Repeat(s) => s.common_spec(),
            RuleSpec::Total(s) => s.common_spec(),
            RuleSpec::Ratio(s) => s.common_spec(),
            RuleSpec::Change(s) => s.common_spec(),
            RuleSpec::Bound(s) => s.common_spec(),
            RuleSpec::ListCount(s) => s.common_spec(),
            RuleSpec::Fact(s) => s.common_spec(),
            RuleSpec::Figure(s) => s.common_spec(),
            RuleSpec::Pattern(s) => s.common_spec(),
            RuleSpec::NumeralStyle(s) => s.common_spec(),
        }
    }

    /// Compiles the kind's options.
    pub fn compile(&self, env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        match self {
            RuleSpec::Conflict(s) => s.compile(env),
            RuleSpec::QualifierMismatch(s) => s.compile(env),
            RuleSpec::Repeat(s) => s.compile(env),
            RuleSpec::Total(s) => s.compile(env),
            RuleSpec::Ratio(s) => s.compile(env),
            RuleSpec::Change(s) => s.compile(env),
            RuleSpec::Bound(s) => s.compile(env),
            RuleSpec::ListCount(s) => s.compile(env),
            RuleSpec::Fact(s) => s.compile(env),
            RuleSpec::Figure(s) => s.compile(env),
            RuleSpec::Pattern(s) => s.compile(env),
            RuleSpec::NumeralStyle(s) => s.compile(env),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::normalise_subject;

    #[test]
    fn a_subject_in_a_rule_file_gets_the_extractors_key() {
        assert_eq!(
            normalise_subject("National Guard members"),
            "national guard member"
        );
        assert_eq!(normalise_subject("the midwives"), "midwife");
        assert_eq!(normalise_subject("Criteria"), "criterion");
        assert_eq!(normalise_subject("people"), "people");
        assert_eq!(normalise_subject("  "), "");
    }
}
