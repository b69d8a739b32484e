//! The `figure` rule kind: flag every figure that matches a filter.

use serde::Deserialize;

use crate::extract::{Direction, Figure, FigureKind, Qualifier};
use crate::rules::group::fmt_num;
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// Every figure that matches a filter on its kind, unit, subject, direction,
    /// qualifier and value: an extraordinary change that needs a source ("a 99%
    /// decrease"), any sum over $1bn in a local story, every casualty figure for a desk
    /// that double-checks them. Each condition given must hold; a list means any of its
    /// values.
    ///
    /// ## Why it matters
    /// Some figures are right but deserve a second look before publication: the bigger
    /// the claim, the stronger the source it needs. A filter turns a desk's checklist
    /// into a finding that points at the figure.
    ///
    /// ## Example
    /// With the rule below, "a 99% decrease" is flagged:
    ///
    /// ```markdown
    /// Officials reported a 99% decrease in border crossings in four months.
    /// ```
    ///
    /// ## Not flagged
    /// A smaller drop, a rise, and a year or a date (never quantities, so never matched
    /// unless `kind` names them):
    ///
    /// ```markdown
    /// Crossings fell 40% in 2024, and arrests rose 95% by March 3.
    /// ```
    ///
    /// ## Options
    /// - `when` (mapping, required): the filter, with any of
    ///   - `kind`: `count`, `money`, `percent`, `percentage_points`, `measure`,
    ///     `duration`, `ratio`, `multiplier` (or `ordinal`, `year`, `date`, `time`,
    ///     `phone`, `identifier`, `score`, `list_number`); a name or a list. Without it,
    ///     only quantities match, never years, dates and the like;
    ///   - `unit`: `percent`, an ISO 4217 code (`USD`), a measure unit (`km`); a name or
    ///     a list;
    ///   - `subject`: subjects as written ("National Guard members"), normalised and
    ///     aliased like figures' subjects; a subject or a list;
    ///   - `direction`: `increase` or `decrease`;
    ///   - `qualifier`: `exact`, `approx`, `lower_bound`, `upper_bound`, `range`,
    ///     `vague`; a name or a list;
    ///   - `min`, `max` (numbers): the value as stated (99 for "99%", 1200000000 for
    ///     "$1.2bn") must be at least `min` and at most `max`; a range matches when it
    ///     overlaps.
    ///
    /// The message template may use `{figure}` (the figure as written), `{value}`,
    /// `{subject}`, `{kind}` and `{unit}`.
    ///
    /// ```yaml
    /// - id: extraordinary-drop
    ///   kind: figure
    ///   severity: info
    ///   when: { kind: percent, direction: decrease, min: 90 }
    ///   message: "\"{figure}\" is an extraordinary drop: confirm the source"
    /// ```
    pub struct FigureFilter = "figure" vars ["figure", "value", "subject", "kind", "unit"] {
        /// The filter.
        when: Option<When>,
    }
}

/// One name or a list of names.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single name.
    One(String),
    /// Several names.
    Many(Vec<String>),
}

impl OneOrMany {
    fn items(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// The filter of a `figure` rule, as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// Figure kinds.
    #[serde(default)]
    pub kind: Option<OneOrMany>,
    /// Units.
    #[serde(default)]
    pub unit: Option<OneOrMany>,
    /// Subjects as written.
    #[serde(default)]
    pub subject: Option<OneOrMany>,
    /// `increase` or `decrease`.
    #[serde(default)]
    pub direction: Option<String>,
    /// Qualifiers.
    #[serde(default)]
    pub qualifier: Option<OneOrMany>,
    /// Smallest value matched.
    #[serde(default)]
    pub min: Option<f64>,
    /// Largest value matched.
    #[serde(default)]
    pub max: Option<f64>,
}

/// Every figure kind, by its name in rule files.
const FIGURE_KINDS: &[FigureKind] = &[
    FigureKind::Count,
    FigureKind::Money,
    FigureKind::Percent,
    FigureKind::PercentagePoints,
    FigureKind::Measure,
    FigureKind::Duration,
    FigureKind::Ratio,
    FigureKind::Multiplier,
    FigureKind::Ordinal,
    FigureKind::Year,
    FigureKind::Date,
    FigureKind::Time,
    FigureKind::Phone,
    FigureKind::Identifier,
    FigureKind::Score,
    FigureKind::ListNumber,
];

const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("exact", Qualifier::Exact),
    ("approx", Qualifier::Approx),
    ("lower_bound", Qualifier::LowerBound),
    ("upper_bound", Qualifier::UpperBound),
    ("range", Qualifier::Range),
    ("vague", Qualifier::Vague),
];

fn names<T>(items: &[(&str, T)]) -> String {
    items
        .iter()
        .map(|(n, _)| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Compile for FigureFilter {
    fn compile(&self, env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let Some(when) = &self.when else {
            return Err(vec![OptionError {
                field: "when",
                message: "missing: a `figure` rule needs a filter, e.g. `when: { kind: percent, min: 90 }`"
                    .to_owned(),
            }]);
        };
        let mut errors = Vec::new();
        let kinds: Vec<(&str, FigureKind)> =
            FIGURE_KINDS.iter().map(|k| (k.as_str(), *k)).collect();
        let kind = when.kind.as_ref().map(|k| {
            k.items()
                .into_iter()
                .filter_map(|name| {
                    let found = kinds.iter().find(|(n, _)| *n == name).map(|(_, k)| *k);
                    if found.is_none() {
                        errors.push(OptionError {
                            field: "when",
                            message: format!(
                                "unknown figure kind `{name}`, expected one of {}",
                                names(&kinds)
                            ),
                        });
                    }
                    found
                })
                .collect::<Vec<_>>()
        });
        let qualifier = when.qualifier.as_ref().map(|q| {
            q.items()
                .into_iter()
                .filter_map(|name| {
                    let found = QUALIFIERS.iter().find(|(n, _)| *n == name).map(|(_, q)| *q);
                    if found.is_none() {
                        errors.push(OptionError {
                            field: "when",
                            message: format!(
                                "unknown qualifier `{name}`, expected one of {}",
                                names(QUALIFIERS)
                            ),
                        });
                    }
                    found
                })
                .collect::<Vec<_>>()
        });
        let direction = match when.direction.as_deref() {
            None => None,
            Some("increase") => Some(Direction::Increase),
            Some("decrease") => Some(Direction::Decrease),
            Some(other) => {
                errors.push(OptionError {
                    field: "when",
                    message: format!(
                        "unknown direction `{other}`, expected `increase` or `decrease`"
                    ),
                });
                None
            }
        };
        if let (Some(min), Some(max)) = (when.min, when.max)
            && min > max
        {
            errors.push(OptionError {
                field: "when",
                message: format!(
                    "`min` ({min}) is greater than `max` ({max}): nothing would match"
                ),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Box::new(Compiled {
            kind,
            unit: when
                .unit
                .as_ref()
                .map(|u| u.items().into_iter().map(str::to_lowercase).collect()),
            subject: when.subject.as_ref().map(|s| {
                s.items()
                    .into_iter()
                    .flat_map(|t| env.subject_keys(t))
                    .collect()
            }),
            direction,
            qualifier,
            min: when.min,
            max: when.max,
        }))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    kind: Option<Vec<FigureKind>>,
    unit: Option<Vec<String>>,
    subject: Option<Vec<String>>,
    direction: Option<Direction>,
    qualifier: Option<Vec<Qualifier>>,
    min: Option<f64>,
    max: Option<f64>,
}

impl Compiled {
    fn matches(&self, f: &Figure) -> bool {
        let kind_ok = match &self.kind {
            Some(kinds) => kinds.contains(&f.kind),
            None => f.kind.is_quantity(),
        };
        let unit_ok = self.unit.as_ref().is_none_or(|units| {
            f.unit
                .as_deref()
                .is_some_and(|u| units.iter().any(|w| w.eq_ignore_ascii_case(u)))
        });
        let subject_ok = self
            .subject
            .as_ref()
            .is_none_or(|keys| f.subject_key().is_some_and(|k| keys.iter().any(|w| w == k)));
        let direction_ok = self
            .direction
            .is_none_or(|d| f.placement.direction == Some(d));
        let qualifier_ok = self
            .qualifier
            .as_ref()
            .is_none_or(|qs| qs.contains(&f.qualifier));
        let (low, high) = match f.value {
            crate::extract::Value::Number(v) => (v, v),
            crate::extract::Value::Range(l, h) => (l.min(h), l.max(h)),
        };
        let min_ok = self.min.is_none_or(|m| high >= m);
        let max_ok = self.max.is_none_or(|m| low <= m);
        kind_ok && unit_ok && subject_ok && direction_ok && qualifier_ok && min_ok && max_ok
    }
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        for f in cx.figures().iter().filter(|f| self.matches(f)) {
            let subject = f.subject.as_ref().map_or("", |s| s.text.as_str());
            let mut message = format!("\"{}\"", f.text);
            if !subject.is_empty() {
                message.push(' ');
                message.push_str(subject);
            }
            message.push_str(": a figure this rule asks a reviewer to confirm");
            out.push(
                Hit::new(Label::new(f.span, "this figure"), message)
                    .var("figure", f.text.clone())
                    .var("value", fmt_num(f.value.mid(), 2))
                    .var("subject", subject)
                    .var("kind", f.kind.as_str())
                    .var("unit", f.unit.clone().unwrap_or_default())
                    .subject(f.subject_key()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Direction, FigureKind};
    use crate::rules::RuleSet;
    use crate::rules::group::testing::{Draft, count};

    fn rule(when: &str) -> RuleSet {
        RuleSet::from_yaml(
            "r.yaml",
            &format!("version: 1\nrules:\n  - id: f\n    kind: figure\n    when: {when}\n"),
        )
        .unwrap()
    }

    fn hits(set: &RuleSet, draft: &Draft) -> Vec<String> {
        draft
            .run(set.rules[0].check.as_ref())
            .into_iter()
            .map(|h| draft.doc.source[h.primary.span.start..h.primary.span.end].to_owned())
            .collect()
    }

    fn drop_draft() -> Draft {
        let mut fell = count("99%", 99.0, 0.5).kind(FigureKind::Percent);
        fell.direction = Some(Direction::Decrease);
        let mut rose = count("95%", 95.0, 0.5).kind(FigureKind::Percent);
        rose.direction = Some(Direction::Increase);
        Draft::new("Crossings saw a 99% decrease. Arrests rose 95% and 2024 was busy.")
            .with(&fell)
            .with(&rose)
            .with(&count("2024", 2024.0, 0.5).kind(FigureKind::Year))
    }

    #[test]
    fn an_extraordinary_drop_is_flagged() {
        let set = rule("{ kind: percent, direction: decrease, min: 90 }");
        assert_eq!(hits(&set, &drop_draft()), ["99%"]);
    }

    #[test]
    fn a_rise_is_not_a_drop() {
        let set = rule("{ direction: increase, max: 96 }");
        assert_eq!(hits(&set, &drop_draft()), ["95%"]);
    }

    #[test]
    fn years_never_match_unless_asked_for() {
        assert_eq!(
            hits(&rule("{ min: 1000 }"), &drop_draft()),
            Vec::<String>::new()
        );
        assert_eq!(hits(&rule("{ kind: year }"), &drop_draft()), ["2024"]);
    }

    #[test]
    fn subjects_are_matched_by_normalised_key() {
        let draft = Draft::new("About 300 Supreme Court justices met.").with(
            &count("300", 300.0, 0.5).subject("Supreme Court justices", "supreme court justice"),
        );
        assert_eq!(
            hits(&rule("{ subject: \"Supreme Court justices\" }"), &draft),
            ["300"]
        );
        assert!(hits(&rule("{ subject: [judges, senators] }"), &draft).is_empty());
    }

    #[test]
    fn an_unknown_kind_in_the_filter_is_a_load_error() {
        let err = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nrules:\n  - id: f\n    kind: figure\n    when: { kind: precent }\n",
        )
        .unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].column), (5, 11));
        assert!(
            err.0[0].message.contains("unknown figure kind `precent`"),
            "{err}"
        );
    }

    #[test]
    fn an_unknown_field_in_the_filter_is_located() {
        let err = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nrules:\n  - id: f\n    kind: figure\n    when:\n      kind: percent\n      mni: 3\n",
        )
        .unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].column), (7, 7), "{err}");
    }

    #[test]
    fn a_rule_without_a_filter_is_a_load_error() {
        assert!(
            RuleSet::from_yaml(
                "r.yaml",
                "version: 1\nrules:\n  - id: f\n    kind: figure\n"
            )
            .is_err()
        );
    }
}
