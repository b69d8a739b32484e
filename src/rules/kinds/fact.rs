//! The `fact` rule kind: figures against the house fact sheet.

use std::collections::HashMap;

use crate::extract::{Figure, Interval};
use crate::rules::group::{self, describe, fmt_num};
use crate::rules::kinds::{Compile, Env, Fact, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// A figure that contradicts the house fact sheet: its subject is a fact's subject
    /// (after normalisation and aliases), its unit is the fact's unit, and no value it
    /// allows is the fact's value. "8 Supreme Court justices" against a fact of 9.
    ///
    /// Rounding and hedges are respected: "about 70 million" agrees with a population
    /// of 68.4 million, "over 60 million" does too, "1.2 million" agrees with 1,215,000.
    /// A fact without `year` is compared only with figures that name no year; a fact
    /// with `year` only with figures of that year or of none. Ends of a change ("rose
    /// from 8 to 9") and figures marked as past or expected ("last year", "forecast")
    /// are left out.
    ///
    /// ## Why it matters
    /// Some numbers are settled (the seats in a parliament, the members of a court, the
    /// population used house-wide). A desk that writes them down once catches every draft
    /// that gets them wrong, with the source quoted in the finding.
    ///
    /// ## Example
    /// With a fact `{subject: "Supreme Court justices", value: 9}`:
    ///
    /// ```markdown
    /// The eight Supreme Court justices heard the case on Monday.
    /// ```
    ///
    /// ## Not flagged
    /// The right value, and a figure of another year:
    ///
    /// ```markdown
    /// The nine Supreme Court justices heard the case.
    /// ```
    ///
    /// ```markdown
    /// In 1868 there were seven Supreme Court justices.
    /// ```
    ///
    /// ## Options
    /// None besides the common fields: the facts are the rule file's top-level `facts:`
    /// list, each with `subject`, `value` and optionally `unit`, `tolerance` (a
    /// fraction of `value`), `year` and `source` (see configuration.md).
    ///
    /// The message template may use `{figure}` (the figure as written), `{subject}`,
    /// `{fact}` (the fact's value), `{source}` and `{allows}` (what the figure allows).
    ///
    /// ```yaml
    /// version: 1
    /// facts:
    ///   - subject: "Supreme Court justices"
    ///     value: 9
    ///     source: "28 U.S.C. § 1"
    /// rules:
    ///   - id: contradicts-fact
    ///     kind: fact
    ///     severity: error
    /// ```
    pub struct FactCheck = "fact" vars ["figure", "subject", "fact", "source", "allows"] {}
}

impl Compile for FactCheck {
    fn compile(&self, env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let mut by_key: HashMap<String, Vec<Fact>> = HashMap::new();
        for fact in &env.facts {
            for key in env.subject_keys(&fact.subject) {
                by_key.entry(key).or_default().push(fact.clone());
            }
        }
        Ok(Box::new(Compiled { by_key }))
    }
}

/// The compiled check: the facts by normalised subject key.
#[derive(Debug)]
struct Compiled {
    by_key: HashMap<String, Vec<Fact>>,
}

/// What a fact allows: its value, widened by its tolerance.
fn allowed(fact: &Fact) -> Interval {
    let t = fact.tolerance.unwrap_or(0.0) * fact.value.abs();
    Interval::closed(fact.value - t, fact.value + t)
}

/// Whether the fact speaks about the figure's unit and year.
fn applies(fact: &Fact, f: &Figure) -> bool {
    let unit_ok = match (&fact.unit, &f.unit) {
        (None, None) => true,
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => false,
    };
    let year_ok = match (fact.year, f.placement.year) {
        (_, None) => true,
        (Some(a), Some(b)) => a == b,
        (None, Some(_)) => false,
    };
    unit_ok && year_ok
}

/// Whether the subject is a possessive ("four justices' clerks", "ten members' votes"):
/// the figure then counts something the subject owns, not the subject.
fn possessive(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.subject.as_ref().is_some_and(|s| {
        let rest = cx.doc.source.get(s.span.end..).unwrap_or("");
        rest.starts_with(['\'', '’'])
    })
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        if self.by_key.is_empty() {
            return;
        }
        for f in cx.figures() {
            if !f.kind.is_quantity() {
                continue;
            }
            let Some(facts) = f.subject_key().and_then(|k| self.by_key.get(k)) else {
                continue;
            };
            let applicable: Vec<&Fact> = facts.iter().filter(|fact| applies(fact, f)).collect();
            // A figure that agrees with any applicable fact is fine; two facts on one
            // subject are alternatives (a range the desk accepts).
            if applicable.is_empty()
                || applicable
                    .iter()
                    .any(|fact| f.interval.intersects(&allowed(fact)))
            {
                continue;
            }
            if group::is_comparison(cx, f)
                || group::in_respectively_sentence(cx, f)
                || possessive(cx, f)
            {
                continue;
            }
            let fact = applicable[0];
            let subject = f
                .subject
                .as_ref()
                .map_or(fact.subject.as_str(), |s| s.text.as_str());
            let value = fmt_num(fact.value, 4);
            let source = fact.source.clone().unwrap_or_default();
            let allows = describe(&f.interval);
            let cited = if source.is_empty() {
                String::new()
            } else {
                format!(" ({source})")
            };
            let message = format!(
                "\"{}\" {subject}: the fact sheet gives {value}{cited}, and the figure allows {allows}",
                f.text
            );
            out.push(
                Hit::new(Label::new(f.span, "stated here"), message)
                    .var("figure", f.text.clone())
                    .var("subject", subject)
                    .var("fact", value)
                    .var("source", source)
                    .var("allows", allows)
                    .subject(f.subject_key()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{FigureKind, Qualifier};
    use crate::rules::RuleSet;
    use crate::rules::group::testing::{Draft, count};

    fn rules(facts: &str) -> RuleSet {
        RuleSet::from_yaml(
            "r.yaml",
            &format!(
                "version: 1\nfacts:\n{facts}rules:\n  - id: contradicts-fact\n    kind: fact\n"
            ),
        )
        .unwrap()
    }

    const JUSTICES: &str =
        "  - subject: Supreme Court justices\n    value: 9\n    source: statute\n";

    fn messages(set: &RuleSet, draft: &Draft) -> Vec<String> {
        draft.messages(set.rules[0].check.as_ref())
    }

    #[test]
    fn a_figure_against_the_fact_sheet_is_flagged_with_the_source() {
        let draft = Draft::new("The 8 Supreme Court justices met.")
            .with(&count("8", 8.0, 0.0).subject("Supreme Court justices", "supreme court justice"));
        assert_eq!(
            messages(&rules(JUSTICES), &draft),
            [
                "\"8\" Supreme Court justices: the fact sheet gives 9 (statute), and the figure allows exactly 8"
            ]
        );
    }

    #[test]
    fn the_right_value_is_quiet() {
        let draft = Draft::new("The nine justices met.")
            .with(&count("nine", 9.0, 0.0).subject("justices", "supreme court justice"));
        assert!(messages(&rules(JUSTICES), &draft).is_empty());
    }

    #[test]
    fn a_rounded_figure_agrees_with_the_fact() {
        let facts = "  - subject: residents\n    value: 1215000\n";
        let draft = Draft::new("Its 1.2 million residents voted.")
            .with(&count("1.2 million", 1.2e6, 50_000.0).subject("residents", "resident"));
        assert!(messages(&rules(facts), &draft).is_empty());
    }

    #[test]
    fn a_bound_that_allows_the_fact_agrees() {
        let facts = "  - subject: residents\n    value: 68400000\n";
        let draft = Draft::new("Over 60 million residents voted.").with(
            &count("Over 60 million", 60e6, 0.5e6)
                .qualifier(Qualifier::LowerBound)
                .subject("residents", "resident"),
        );
        assert!(messages(&rules(facts), &draft).is_empty());
    }

    #[test]
    fn a_figure_of_another_year_is_not_compared() {
        let mut fig =
            count("7", 7.0, 0.0).subject("Supreme Court justices", "supreme court justice");
        fig.year = Some(1868);
        let draft = Draft::new("In 1868 there were 7 Supreme Court justices.").with(&fig);
        assert!(messages(&rules(JUSTICES), &draft).is_empty());
    }

    #[test]
    fn a_percentage_is_not_held_against_a_count() {
        let draft = Draft::new("About 30% of Supreme Court justices agreed.").with(
            &count("30%", 30.0, 0.5)
                .kind(FigureKind::Percent)
                .subject("Supreme Court justices", "supreme court justice"),
        );
        assert!(messages(&rules(JUSTICES), &draft).is_empty());
    }

    #[test]
    fn aliases_reach_the_fact_subject() {
        let set = RuleSet::from_yaml(
            "r.yaml",
            &format!("version: 1\naliases:\n  - [justices, Supreme Court justices]\nfacts:\n{JUSTICES}rules:\n  - id: f\n    kind: fact\n"),
        )
        .unwrap();
        let draft = Draft::new("The 8 justices met.")
            .with(&count("8", 8.0, 0.0).subject("justices", "justice"));
        assert_eq!(messages(&set, &draft).len(), 1);
    }

    #[test]
    fn a_possessive_subject_counts_something_else() {
        let draft = Draft::new("Four justices' clerks attended.")
            .with(&count("Four", 4.0, 0.0).subject("justices", "supreme court justice"));
        assert!(messages(&rules(JUSTICES), &draft).is_empty());
    }

    #[test]
    fn tolerance_widens_the_fact() {
        let facts = "  - subject: residents\n    value: 100\n    tolerance: 0.05\n";
        let near = Draft::new("104 residents.")
            .with(&count("104", 104.0, 0.0).subject("residents", "resident"));
        let far = Draft::new("110 residents.")
            .with(&count("110", 110.0, 0.0).subject("residents", "resident"));
        assert!(messages(&rules(facts), &near).is_empty());
        assert_eq!(messages(&rules(facts), &far).len(), 1);
    }
}
