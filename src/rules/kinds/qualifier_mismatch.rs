//! The `qualifier-mismatch` rule kind.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Figure, FigureKind, Qualifier};
use crate::rules::group::{self, subject_words};
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

/// Whether "about 20,000" against "20,000" is reported by default.
const DEFAULT_INCLUDE_APPROX: bool = true;

declare_kind! {
    /// ## What it flags
    /// One number stated for one subject both as an exact figure and as a bound: "over
    /// 20,000 National Guard members" here, "the 20,000 National Guard members" there.
    /// The two can both be true, but they say different things, and the editor should
    /// choose one.
    ///
    /// Figures are grouped as for `conflict` (subject, kind, unit, scope, year, place,
    /// rate), but a missing year or place does not keep them apart. A pair is reported
    /// when the bound's number lies within the rounding of the exact figure, so "more
    /// than 20,000" against "20,300" is not reported. The later of the two must refer
    /// back ("the 20,000 members", "its 400 residents"; not a hedge after another
    /// noun's determiner, "arrived at the crease inside 10 overs", nor the size of a
    /// change, "raise the tax by up to 5%"): "about five mln barrels" here
    /// and "five mln barrels" there are often two quantities that share a round number. Money and measures whose subject
    /// is not found are tied when the later one refers back ("Roughly 60,000 tonnes of
    /// grain ... The 60,000 tonnes"), within three sentences, unless the approximation
    /// is a speaker's in a quotation and the exact one the reporter's ("'It will cost
    /// about £1.1m,' she said" ... "towards the £1.1m"). A figure given as a rough
    /// level ("in the 90,000 dlr range", "in the 5% region") is not taken for an exact
    /// one. A count of people named by what they did ("The 20,000 marchers") is tied
    /// to a count, up to eight sentences back, whose sentence says they did it
    /// ("More than 20,000 teachers marched"); one named by a noun in "-ee" ("the 12,300
    /// persistent absentees") to a count whose sentence says the word of them, and the
    /// rest of the noun phrase ("were persistently absent"). A count of people that refers back by
    /// what happened to them or by their being employed ("the 14,260 staff") is tied
    /// to a count of people in that role, up to eight sentences back ("employs more
    /// than 14,260 people"). A figure put in the words of others ("the figure of 400
    /// mln dlrs given in some press reports") is their claim, not a restatement. An
    /// exact amount that names nothing ("£2.1m of the £3.2m was claimed") is tied to
    /// a hedged one in the eight sentences before ("to claim more than £3.2m in fake
    /// repayments"), unless an exact one there already states its value. These ties
    /// by role, by "-ee" noun and by an amount that names nothing are looser than a
    /// shared subject, so they report a bound restated as exact, not an approximation
    /// ("valued at about 8.8 mln dlrs" ... "not included in the 8.8 mln dlrs"). Each
    /// pair of statements is reported once. A plain figure in a headline is not held
    /// against a hedged one in the story ("1,200 homes evacuated" over "about 1,200
    /// homes"): headlines drop the hedges of their story. A hedge in the headline
    /// against an exact figure in the story is still reported.
    ///
    /// ## Why it matters
    /// "Over 20,000" and "20,000" are not the same claim. When a draft uses both, one of
    /// them is usually a slip in copying from the source.
    ///
    /// ## Example
    /// ```markdown
    /// The department asked for over 20,000 National Guard members.
    ///
    /// The requested 20,000 National Guard members would help enforce the mandate.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// The department asked for over 20,000 members. Officials later put the figure at
    /// 23,500 members.
    /// ```
    /// ```markdown
    /// About 5,000 people marched. Organisers counted 5,400 people.
    /// ```
    ///
    /// ## Options
    /// - `include_approx` (boolean, default true): also report an approximation ("about
    ///   20,000", "some 700") against the same number stated exactly.
    ///
    /// Message template variables: `{a}`, `{b}` (the figures as written, earlier first),
    /// `{subject}`, `{reason}` ("one is a lower bound, the other exact").
    ///
    /// ```yaml
    /// id: qualifier-mismatch
    /// kind: qualifier-mismatch
    /// severity: warning
    /// include_approx: false
    /// ```
    pub struct QualifierMismatch = "qualifier-mismatch" {
        /// Also report "about N" against "N" (default true).
        include_approx: Option<bool>,
    }
}

impl Compile for QualifierMismatch {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        Ok(Box::new(Compiled {
            include_approx: self.include_approx.unwrap_or(DEFAULT_INCLUDE_APPROX),
        }))
    }
}

/// One number with two qualifiers is rarely a coincidence, so a missing year or place
/// does not keep figures apart.
const POLICY: group::ContextPolicy = group::ContextPolicy {
    year_wildcard: true,
    place_wildcard: true,
    headline_place_wildcard: true,
};

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    include_approx: bool,
}

impl Compiled {
    fn hedged(&self, q: Qualifier) -> bool {
        match q {
            Qualifier::LowerBound | Qualifier::UpperBound => true,
            Qualifier::Approx => self.include_approx,
            Qualifier::Exact | Qualifier::Range | Qualifier::Vague => false,
        }
    }
}

fn describe_qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::LowerBound => "a lower bound",
        Qualifier::UpperBound => "an upper bound",
        Qualifier::Approx => "an approximation",
        Qualifier::Range => "a range",
        Qualifier::Vague => "vague",
        Qualifier::Exact => "exact",
    }
}

impl Compiled {
    /// The hedged and the exact figure of a mismatched pair, if `earlier` and `later`
    /// are one.
    /// [`Self::pair`] when the hedged figure is a bound ("more than 14,000"), not an
    /// approximation: "cost about $180 million" ... "Of the $180 million, ..." is the
    /// shorthand of a reporter who has said the figure is rounded, while a bound
    /// restated as exact is a slip. For the ties read from roles and from amounts that
    /// name nothing, which are looser than a shared subject.
    fn bound_pair<'f>(
        &self,
        earlier: &'f Figure,
        later: &'f Figure,
    ) -> Option<(&'f Figure, &'f Figure)> {
        self.pair(earlier, later)
            .filter(|(hedged, _)| hedged.qualifier != Qualifier::Approx)
    }

    fn pair<'f>(&self, earlier: &'f Figure, later: &'f Figure) -> Option<(&'f Figure, &'f Figure)> {
        let (hedged, exact) = match (earlier.qualifier, later.qualifier) {
            (q, Qualifier::Exact) if self.hedged(q) => (earlier, later),
            (Qualifier::Exact, q) if self.hedged(q) => (later, earlier),
            _ => return None,
        };
        // A headline drops the hedges of its story ("1,200 homes evacuated" over "the
        // evacuation of about 1,200 homes"): its plain figure is shorthand, not a claim
        // of exactness. A hedge the headline adds is still reported.
        if exact.placement.headline && !hedged.placement.headline {
            return None;
        }
        // The hedged number must lie inside the rounding of the exact one, not on its
        // edge: "a drop of about 1-1/2 pct" and "the two pct drop" state two numbers,
        // though "two" read at its precision reaches down to 1.5.
        let stated = hedged.value.mid();
        let on_edge = |end: Option<f64>| end.is_some_and(|e| e.to_bits() == stated.to_bits());
        (exact.interval.contains(stated)
            && !on_edge(exact.interval.low)
            && !on_edge(exact.interval.high)
            && hedged.interval.intersects(&exact.interval))
        .then_some((hedged, exact))
    }
}

/// "in the 150,000 dlr range", "in the 5% region": a figure written without a
/// qualifier but given as a rough level.
static ROUGH_LEVEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+)?(?:range|region|ballpark|area)\b")
        .expect("valid regex")
});

/// Whether an exact-looking figure is given as a rough level ([`ROUGH_LEVEL_AFTER`]),
/// so that it does not claim to be exact.
fn loosely_stated(cx: &CheckContext<'_>, f: &Figure) -> bool {
    ROUGH_LEVEL_AFTER.is_match(group::head(group::after(cx, f), 30))
}

/// "the figure of 400 mln dlrs given in some press reports": a figure put in the
/// words of others, after a participle of attribution and "in" or "by".
static ATTRIBUTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+){0,2}?(?:given|cited|quoted|mentioned|floated|circulated|reported|published)\s+(?:in|by)\b",
    )
    .expect("valid regex")
});

/// Whether an exact figure is another source's ([`ATTRIBUTED_AFTER`]): "could raise
/// around 400 mln dlrs" and "the figure of 400 mln dlrs given in some press reports"
/// are two claims, each stated as its maker stated it.
fn attributed(cx: &CheckContext<'_>, f: &Figure) -> bool {
    ATTRIBUTED_AFTER.is_match(group::head(group::after(cx, f), 60))
}

/// Whether an approximation is a speaker's, quoted, and the exact figure the
/// reporter's own: "'Overhauling them will cost about £1.1m,' he said" ... "has raised
/// £412,000 towards the £1.1m". Someone speaking rounds; the copy around the quote
/// states the figure as its source gives it, and neither is a slip.
fn spoken_round(cx: &CheckContext<'_>, hedged: &Figure, exact: &Figure) -> bool {
    hedged.qualifier == Qualifier::Approx
        && group::in_quotation(cx, hedged)
        && !group::in_quotation(cx, exact)
}

/// How many earlier figures of one group a figure is paired with.
const MAX_PAIRED: usize = 64;

/// How many sentences back the doers of a verb are looked for ("More than 20,000
/// teachers marched" ... "The 20,000 marchers"): the same number with the verb is
/// rarely a coincidence, so the window is wider than for an unlabelled figure.
const DOER_WINDOW: usize = 8;

/// How many sentences back an unlabelled figure is looked for.
const UNLABELLED_WINDOW: usize = 3;

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        let groups = group::quantity_groups(cx);
        let mut reported_at: HashSet<crate::document::Span> = HashSet::new();
        for members in groups {
            // A group with no hedged figure has no pair to report.
            if !members.iter().any(|&i| self.hedged(figures[i].qualifier)) {
                continue;
            }
            let members: Vec<&Figure> = members
                .iter()
                .map(|&i| &figures[i])
                .filter(|f| !group::is_comparison(cx, f))
                .collect();
            // (hedged figure, exact figure) pairs already reported, by their statements.
            let mut reported: Vec<(Qualifier, f64)> = Vec::new();
            // Where the hedged figures are: an exact figure pairs only with them.
            let hedged_at: Vec<usize> = (0..members.len())
                .filter(|&k| self.hedged(members[k].qualifier))
                .collect();
            for (j, &later) in members.iter().enumerate() {
                // Only the nearest earlier figures are paired, so a subject stated
                // thousands of times stays linear.
                let from = j.saturating_sub(MAX_PAIRED);
                let definite = std::cell::OnceCell::new();
                // Reports `earlier` and `later` if they are a mismatched pair not yet
                // reported; true when it did.
                let mut report = |earlier: &Figure| {
                    let Some((hedged, exact)) = self.pair(earlier, later) else {
                        return false;
                    };
                    if loosely_stated(cx, exact) || attributed(cx, exact) {
                        return false;
                    }
                    // The later statement must refer back ("the 20,000 members"):
                    // "about five mln barrels" in one story and "five mln barrels"
                    // later are usually two quantities that share a round number.
                    if !group::same_subject(earlier, later)
                        || !group::same_context(earlier, later, POLICY)
                        || !*definite.get_or_init(|| group::is_definite(cx, later))
                    {
                        return false;
                    }
                    let key = (hedged.qualifier, hedged.value.mid());
                    if reported.contains(&key) {
                        return false;
                    }
                    reported.push(key);
                    reported_at.insert(later.span);
                    out.push(hit(earlier, later, hedged));
                    true
                };
                if later.qualifier == Qualifier::Exact {
                    let first = hedged_at.partition_point(|&k| k < from);
                    let last = hedged_at.partition_point(|&k| k < j);
                    for &k in &hedged_at[first..last] {
                        if report(members[k]) {
                            break;
                        }
                    }
                } else if self.hedged(later.qualifier) {
                    for &earlier in &members[from..j] {
                        if report(earlier) {
                            break;
                        }
                    }
                }
            }
        }
        self.doers(cx, &mut reported_at, out);
        self.by_role(cx, &mut reported_at, out);
        // "Roughly 60,000 tonnes of grain ... The 60,000 tonnes": money and measures
        // whose subject was not found, tied by the later figure referring back.
        for later in figures {
            if !matches!(later.kind, FigureKind::Money | FigureKind::Measure)
                || !(later.qualifier == Qualifier::Exact || self.hedged(later.qualifier))
                || reported_at.contains(&later.span)
                || !group::may_have_unlabelled_antecedent(cx, later, UNLABELLED_WINDOW)
                || !group::refers_back_directly(cx, later)
                || group::is_comparison(cx, later)
            {
                continue;
            }
            let found = group::unlabelled_antecedents(cx, later, UNLABELLED_WINDOW)
                .into_iter()
                .find_map(|earlier| {
                    self.pair(earlier, later)
                        .filter(|(hedged, exact)| {
                            !loosely_stated(cx, exact)
                                && !attributed(cx, exact)
                                && !spoken_round(cx, hedged, exact)
                        })
                        .map(|(h, _)| (earlier, h))
                });
            if let Some((earlier, hedged)) = found {
                reported_at.insert(later.span);
                out.push(hit(earlier, later, hedged));
            }
        }
        self.bare_amounts(cx, &reported_at, out);
    }
}

/// The verb an agent noun names the doers of: "marchers" → "march", "protesters" →
/// "protest", "voters" → "vot" (as in "voted"); read only against "-ed" and "-ing"
/// forms. None for a subject of more than one word.
fn doer_root(key: &str) -> Option<&str> {
    let word = group::head_noun(key);
    let root = word.strip_suffix("er")?;
    (root.chars().count() >= 4 && !key.contains(' ')).then_some(root)
}

/// The word a noun in "-ee" names people by: "absentees" → "absent", "evacuees" →
/// "evacu" (as in "evacuated"), "detainees" → "detain", "retirees" → "retir". The
/// people are those the word is said of, in any of its forms.
fn patient_root(key: &str) -> Option<&str> {
    let root = group::head_noun(key).strip_suffix("ee")?;
    (root.chars().count() >= 5).then_some(root)
}

/// Whether `sentence` says what a noun in "-ee" names its people by ([`patient_root`]),
/// and every other word of the subject (`key`), in some form: "12,300 pupils were
/// persistently absent" for "persistent absentees".
fn says_of_them(sentence: &str, key: &str, root: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |stem: &str, slack: usize| {
        words.iter().any(|w| {
            w.len() >= stem.len()
                && w.len() <= stem.len() + slack
                && w.get(..stem.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(stem))
        })
    };
    let modifiers = key
        .split(' ')
        .take(key.split(' ').count().saturating_sub(1));
    has(root, 4) && modifiers.into_iter().all(|m| m.len() < 3 || has(m, 4))
}

impl Compiled {
    /// "More than 20,000 teachers marched ... The 20,000 marchers": a count of people
    /// named by what they did, referring back, states the count of those who did it
    /// in the sentences before, whatever that one called them. Reported when the two
    /// are a mismatched pair, within [`DOER_WINDOW`] sentences.
    fn doers(
        &self,
        cx: &CheckContext<'_>,
        reported_at: &mut HashSet<crate::document::Span>,
        out: &mut Vec<Hit>,
    ) {
        for later in cx.figures() {
            if later.kind != FigureKind::Count
                || later.qualifier != Qualifier::Exact
                || reported_at.contains(&later.span)
            {
                continue;
            }
            let Some(key) = later.subject_key() else {
                continue;
            };
            let (root, patient) = match (doer_root(key), patient_root(key)) {
                (Some(r), _) => (r, false),
                (None, Some(r)) => (r, true),
                (None, None) => continue,
            };
            if !group::is_definite(cx, later) || group::is_comparison(cx, later) {
                continue;
            }
            let found = group::earlier_alike(cx, later, DOER_WINDOW).find_map(|earlier| {
                let (hedged, exact) = if patient {
                    self.bound_pair(earlier, later)?
                } else {
                    self.pair(earlier, later)?
                };
                let sentence = group::sentence_text(cx, earlier);
                let did = if patient {
                    says_of_them(sentence, key, root)
                } else {
                    sentence.split(|c: char| !c.is_alphabetic()).any(|w| {
                        // The verb in a past or running form: "marched", "marching".
                        w.get(..root.len())
                            .is_some_and(|p| p.eq_ignore_ascii_case(root))
                            && ["ed", "ing"]
                                .iter()
                                .any(|end| w[root.len()..].eq_ignore_ascii_case(end))
                    })
                };
                (did && !loosely_stated(cx, exact)
                    && !attributed(cx, exact)
                    && group::same_context(earlier, later, POLICY))
                .then_some((earlier, hedged))
            });
            if let Some((earlier, hedged)) = found {
                reported_at.insert(later.span);
                out.push(hit(earlier, later, hedged));
            }
        }
    }

    /// "employs more than 14,000 people" ... "the 14,000 staff"; "killed at least 46
    /// people" ... "the 46 dead": a count of people that refers back by what happened
    /// to them, or by their being employed, states the count of people in that role
    /// in the sentences before ([`group::role_of`]), whatever that one called them.
    /// Reported when the two are a mismatched pair, within [`DOER_WINDOW`] sentences;
    /// the later must name people or nobody in particular ("the 36 adults killed" are
    /// some of them).
    fn by_role(
        &self,
        cx: &CheckContext<'_>,
        reported_at: &mut HashSet<crate::document::Span>,
        out: &mut Vec<Hit>,
    ) {
        for later in cx.figures() {
            if later.kind != FigureKind::Count
                || later.qualifier != Qualifier::Exact
                || later.placement.headline
                || reported_at.contains(&later.span)
                || later.subject_key().is_some_and(|k| !group::names_people(k))
                || !group::earlier_alike(cx, later, DOER_WINDOW)
                    .any(|e| self.bound_pair(e, later).is_some())
                || !group::is_definite(cx, later)
                || group::is_comparison(cx, later)
                || loosely_stated(cx, later)
                || attributed(cx, later)
            {
                continue;
            }
            let Some(role) = group::role_of(cx, later) else {
                continue;
            };
            let found = group::earlier_alike(cx, later, DOER_WINDOW).find_map(|earlier| {
                let (hedged, _) = self.bound_pair(earlier, later)?;
                (!earlier.placement.headline
                    && earlier.subject_key().is_none_or(group::names_people)
                    && group::role_of(cx, earlier) == Some(role)
                    && !group::is_comparison(cx, earlier)
                    && group::same_context(earlier, later, POLICY))
                .then_some((earlier, hedged))
            });
            if let Some((earlier, hedged)) = found {
                reported_at.insert(later.span);
                out.push(hit(earlier, later, hedged));
            }
        }
    }

    /// "used the dealership to claim more than £3.2m" ... "£2.1m of the £3.2m was
    /// claimed": an exact amount that names nothing and refers back
    /// ([`group::is_bare_amount`]) restates an amount of its kind and unit in the
    /// [`group::BARE_WINDOW`] sentences before, whatever that one was called. Reported
    /// against the nearest body figure it pairs with, unless an exact one before it
    /// already states its value.
    fn bare_amounts(
        &self,
        cx: &CheckContext<'_>,
        reported_at: &HashSet<crate::document::Span>,
        out: &mut Vec<Hit>,
    ) {
        for later in cx.figures() {
            if !matches!(later.kind, FigureKind::Money | FigureKind::Measure)
                || later.qualifier != Qualifier::Exact
                || reported_at.contains(&later.span)
                || !group::earlier_alike(cx, later, group::BARE_WINDOW)
                    .any(|e| !e.placement.headline && self.bound_pair(e, later).is_some())
                || !group::is_bare_amount(cx, later)
                || group::is_comparison(cx, later)
                || loosely_stated(cx, later)
                || attributed(cx, later)
            {
                continue;
            }
            let rate = group::rate_of(cx, later);
            let earlier: Vec<&Figure> = group::earlier_alike(cx, later, group::BARE_WINDOW)
                .filter(|e| !e.placement.headline && group::rate_of(cx, e) == rate)
                .collect();
            let figures = cx.figures();
            let at = figures.partition_point(|g| g.span.start < later.span.start);
            let stated_exactly = |e: &Figure| {
                e.kind == later.kind
                    && e.unit == later.unit
                    && e.qualifier == Qualifier::Exact
                    && e.interval.intersects(&later.interval)
            };
            if earlier.iter().any(|e| stated_exactly(e))
                || figures[..at]
                    .iter()
                    .rev()
                    .take_while(|g| g.placement.sentence == later.placement.sentence)
                    .any(stated_exactly)
            {
                continue;
            }
            let found = earlier.iter().find_map(|earlier| {
                let (hedged, _) = self.bound_pair(earlier, later)?;
                (!group::is_comparison(cx, earlier) && group::same_context(earlier, later, POLICY))
                    .then_some((*earlier, hedged))
            });
            if let Some((earlier, hedged)) = found {
                out.push(hit(earlier, later, hedged));
            }
        }
    }
}

fn hit(earlier: &Figure, later: &Figure, hedged: &Figure) -> Hit {
    let reason = format!(
        "one is {}, the other exact",
        describe_qualifier(hedged.qualifier)
    );
    let subject = subject_words(earlier);
    let message = format!(
        "\"{}\" and \"{}\"{subject}: {reason}",
        earlier.text, later.text
    );
    Hit::new(Label::new(later.span, "stated here"), message)
        .related(Label::new(earlier.span, "and here"))
        .var("a", &earlier.text)
        .var("b", &later.text)
        .var("subject", subject.trim())
        .var("reason", reason)
        .subject(earlier.subject_key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::group::testing::{Draft, count};

    fn check() -> Compiled {
        Compiled {
            include_approx: false,
        }
    }

    #[test]
    fn over_twenty_thousand_against_twenty_thousand_is_a_mismatch() {
        let d = Draft::new("They asked for over 20,000 members. The 20,000 members wait.")
            .with(
                &count("over 20,000", 20_000.0, 0.0)
                    .qualifier(Qualifier::LowerBound)
                    .subject("members", "member"),
            )
            .with(&count("20,000", 20_000.0, 500.0).subject("members", "member"));
        let hits = d.run(&check());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "\"over 20,000\" and \"20,000\" members: one is a lower bound, the other exact"
        );
    }

    #[test]
    fn a_hedge_after_another_noun_s_determiner_does_not_refer_back() {
        let findings = |source: &str| Draft::read(source).messages(&check());
        for text in [
            "It took Australia just 10 overs to pass their target. Smith arrived at the crease inside 10 overs as Australia slipped to 33-2.",
            "Council tax is expected to rise by 5% a year. Councils have the power to raise the tax by up to 5% every year.",
            "The club sold 2,000 tickets. Fans queued at the ground for over 2,000 tickets in all.",
        ] {
            assert!(findings(text).is_empty(), "{text}");
        }
        for text in [
            "They asked for over 20,000 members. The 20,000 members wait.",
            "The scheme will cost £3m. The council said the nearly £3m scheme would start in May.",
        ] {
            assert_eq!(findings(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_headline_drops_the_hedge_of_its_story_but_may_not_add_one() {
        let findings = |source: &str| Draft::read(source).messages(&check());
        assert!(findings("Fire forces 1,200 homes to evacuate\n\nThe fire forced the evacuation of more than 1,200 homes on Monday.").is_empty());
        assert_eq!(
            findings("More than 1,200 homes evacuated\n\nThe fire forced the evacuation of 1,200 homes on Monday.").len(),
            1
        );
    }

    #[test]
    fn an_agent_noun_names_the_doers_of_its_verb() {
        assert_eq!(doer_root("marcher"), Some("march"));
        assert_eq!(doer_root("protester"), Some("protest"));
        assert_eq!(doer_root("teacher"), Some("teach"));
        assert_eq!(doer_root("officer"), Some("offic"));
        assert_eq!(doer_root("water"), None);
        assert_eq!(doer_root("junior doctor"), None);
    }

    #[test]
    fn the_marchers_are_those_who_marched() {
        let run = |text: &str| {
            Draft::read(text)
                .run(&Compiled {
                    include_approx: true,
                })
                .len()
        };
        assert_eq!(
            run(
                "More than 20,000 teachers marched through Edinburgh on Saturday.\n\nThe 20,000 marchers carried banners."
            ),
            1
        );
        assert_eq!(
            run(
                "More than 20,000 teachers marched through Edinburgh on Saturday.\n\nThe 24,000 marchers carried banners."
            ),
            0
        );
        assert_eq!(
            run(
                "More than 20,000 teachers work in Edinburgh.\n\nThe 20,000 marchers carried banners."
            ),
            0
        );
        assert_eq!(
            run("About 200 people work in the offices.\n\nThe 200 officers were moved."),
            0
        );
    }

    #[test]
    fn a_bound_below_a_larger_exact_figure_is_consistent() {
        let d = Draft::new("They asked for over 20,000 members. The 23,500 members wait.")
            .with(
                &count("over 20,000", 20_000.0, 0.0)
                    .qualifier(Qualifier::LowerBound)
                    .subject("members", "member"),
            )
            .with(&count("23,500", 23_500.0, 50.0).subject("members", "member"));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn a_later_figure_that_does_not_refer_back_is_another_quantity() {
        let d = Draft::new("About 40 ships were idle. Customs cleared 40 ships on Monday.")
            .with(
                &count("About 40", 40.0, 0.0)
                    .qualifier(Qualifier::Approx)
                    .subject("ships", "ship"),
            )
            .with(&count("40", 40.0, 0.5).subject("ships", "ship"));
        assert!(
            d.run(&Compiled {
                include_approx: true
            })
            .is_empty()
        );
    }

    #[test]
    fn an_approximation_is_left_alone_when_asked() {
        let d = Draft::new("About 5,000 people came. The 5,000 people had registered.")
            .with(
                &count("About 5,000", 5_000.0, 0.0)
                    .qualifier(Qualifier::Approx)
                    .subject("people", "people"),
            )
            .with(&count("5,000", 5_000.0, 500.0).subject("people", "people"));
        assert!(d.run(&check()).is_empty());
        assert_eq!(
            d.run(&Compiled {
                include_approx: true
            })
            .len(),
            1
        );
    }

    fn read(source: &str) -> Vec<String> {
        Draft::read(source).messages(&Compiled {
            include_approx: true,
        })
    }

    #[test]
    fn a_hedged_number_on_the_edge_of_an_exact_one_s_rounding_is_another_number() {
        // "two" read at its precision reaches from 1.5 to 2.5; "about 1-1/2" is not it.
        assert!(read("Money supply showed a drop of about 1-1/2 pct. Spending reversed most of the two pct drop.").is_empty());
        assert!(
            read("Exports showed a drop of about 2.5 pct. Traders blamed the three pct drop.")
                .is_empty()
        );
        assert!(read("Sales rose by about 150 units. The 200 units were sold abroad.").is_empty());
        // Inside the rounding, the pair is still a mismatch.
        assert_eq!(read("Money supply showed a drop of about two pct. Spending reversed most of the two pct drop.").len(), 1);
        assert_eq!(
            read("Exports showed a drop of about 2.5 pct. Traders blamed the 2.5 pct drop.").len(),
            1
        );
    }

    #[test]
    fn a_speaker_s_rounded_sum_is_no_mismatch_with_the_reporter_s_exact_one() {
        assert!(read("Only five run. \"Overhauling the other three will cost about £1.1m.\"\n\nAn appeal has raised £412,000 towards the £1.1m.").is_empty());
        assert_eq!(read("Only five run. Overhauling the other three will cost about £1.1m.\n\nAn appeal has raised £412,000 towards the £1.1m.").len(), 1);
    }

    #[test]
    fn a_count_of_staff_refers_back_to_the_people_an_employer_employs() {
        assert_eq!(read("The group employs more than 14,260 people in 22 countries. It will open a plant near Bristol next year. The 14,260 staff will each receive 40 free shares.").len(), 1);
        assert!(read("The group employs more than 14,000 people in 22 countries. It will open a plant near Bristol next year. The 14,260 staff will each receive 40 free shares.").is_empty());
        assert!(read("The group employs more than 14,260 people in 22 countries. It will open a plant near Bristol next year. The 14,260 shareholders will each receive a letter.").is_empty());
    }

    #[test]
    fn a_figure_put_in_the_words_of_others_is_their_claim() {
        assert!(read("The share offer could raise around 400 mln dlrs, the chairman said. He said the figure of 400 mln dlrs given in some press reports was about right.").is_empty());
        assert_eq!(read("The share offer could raise around 400 mln dlrs, the chairman said. He said the 400 mln dlrs would repay debt.").len(), 1);
    }

    #[test]
    fn an_exact_amount_that_names_nothing_restates_a_hedged_one_before_it() {
        assert_eq!(read("Four men used a car dealership to claim more than £3.2m in fake VAT repayments. The trial lasted 11 weeks. The court heard that £2.1m of the £3.2m was claimed on phantom exports.").len(), 1);
        assert!(read("Four men used a car dealership to claim more than £3.2m in fake VAT repayments. The trial lasted 11 weeks. The court heard that £2.1m of the £3.3m was claimed on phantom exports.").is_empty());
    }

    #[test]
    fn a_noun_in_ee_names_the_people_its_word_is_said_of() {
        assert_eq!(read("Across the county, more than 12,300 of the 58,000 pupils were persistently absent. Of the 12,300 persistent absentees, 7,400 were in the oldest years.").len(), 1);
        assert_eq!(read("More than 2,000 people were evacuated from the town. The 2,000 evacuees were housed in schools.").len(), 1);
        assert!(
            read(
                "More than 400 people were detained on Friday. The 400 trainees started on Monday."
            )
            .is_empty()
        );
    }
}
