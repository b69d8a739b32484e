//! The `ratio` rule kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Figure, FigureKind, Interval};
use crate::rules::group::{self, ends, fmt_pct, head};
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

/// How loosely "one in five", "half", "a third" may be used, as a fraction of the value.
const DEFAULT_TOLERANCE: f64 = 0.10;

declare_kind! {
    /// ## What it flags
    /// A percentage that does not follow from the counts it is given with: "13 out of
    /// 659 patients, or 6%" (13 of 659 is 2.0%), "6% (13 of 659)", "6% of the 659
    /// patients, or 13 people". Also a proportion in words against the percentage that
    /// restates it: "one in five, or 25%"; "half (42%)".
    ///
    /// The percentage must be tied to the counts: right after them with ", or",
    /// brackets, a dash, "representing", "equal to" and the like. The arithmetic uses
    /// the figures' intervals, so "13 of 659, or 2%" and "about 2%" are fine; words such
    /// as "half" and "one in five" are taken to be `tolerance` loose.
    ///
    /// ## Why it matters
    /// A wrong percentage next to its own counts is an error any reader can check.
    ///
    /// ## Example
    /// ```markdown
    /// Doctors found that 13 out of 659 patients, or 6%, had reacted badly.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// Doctors found that 13 of the 659 patients, or 2%, had reacted badly.
    /// ```
    /// ```markdown
    /// Nearly half of voters, 48%, backed the plan.
    /// ```
    /// ```markdown
    /// Of the 659 patients, 13 reacted badly, and 6% of all patients nationally did.
    /// ```
    ///
    /// ## Options
    /// - `tolerance` (number, default 0.10): how loosely a proportion in words ("half",
    ///   "one in five") may be used, as a fraction of its value.
    ///
    /// Message template variables: `{computed}` (the percentage the counts give),
    /// `{stated}` (the percentage as written), `{part}`, `{whole}` (the counts as
    /// written; for a proportion in words, `{part}` is the words and `{whole}` is empty).
    ///
    /// ```yaml
    /// id: percentage-mismatch
    /// kind: ratio
    /// severity: error
    /// tolerance: 0.05
    /// ```
    pub struct Ratio = "ratio" {
        /// How loosely a proportion in words may be used (default 0.10).
        tolerance: Option<f64>,
    }
}

impl Compile for Ratio {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let tolerance = self.tolerance.unwrap_or(DEFAULT_TOLERANCE);
        if !(0.0..1.0).contains(&tolerance) {
            return Err(vec![OptionError {
                field: "tolerance",
                message: format!("must be at least 0 and below 1, found {tolerance}"),
            }]);
        }
        Ok(Box::new(Compiled { tolerance }))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    tolerance: f64,
}

static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:out\s+of|of)\s+(?:the|all|its|their|these|those)?\s*$")
        .expect("valid regex")
});

/// Words that tie a percentage to the figures just before it.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)(?:,\s*or\b|\bor\s+(?:about|around|roughly|some|nearly|almost|just)?\s*$|\(\s*$|[—–]\s*$|\s-\s*$|\brepresenting\b|\bthat\s+is\b|\bi\.e\.|\bequal\s+to\b|\bequivalent\s+to\b|\bamounting\s+to\b|\baccounting\s+for\b|\ba\s+(?:rate|share|proportion)\s+of\b|\bor\s+\w+\s+in\s+\w+)",
    )
    .expect("valid regex")
});

/// Words that break the tie: a new clause about something else.
static BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:and|but|while|whereas|compared|than|up|down|from|to|by|increase|rise|fall|drop)\b|;")
        .expect("valid regex")
});

fn linked(gap: &str) -> bool {
    gap.len() <= 70 && !gap.contains(['.', ';']) && LINK.is_match(gap) && !BREAK.is_match(gap)
}

/// An apposition: "half of voters, 48%, backed it": a short gap ending in a comma and
/// a comma, bracket or dash right after the percentage.
fn apposition(cx: &CheckContext<'_>, gap: &str, pct: &Figure) -> bool {
    let after = group::after(cx, pct).trim_start();
    gap.len() <= 40
        && gap.trim_end().ends_with(',')
        && !gap
            .trim_end()
            .trim_end_matches(',')
            .contains([',', '.', ';'])
        && !BREAK.is_match(gap)
        && after.starts_with([',', ')', '—', '–'])
}

/// The percentages `part / whole` allows, from the two intervals.
fn quotient(part: &Figure, whole: &Figure) -> Option<Interval> {
    let (pl, ph) = ends(&part.interval);
    let (wl, wh) = ends(&whole.interval);
    if wl <= 0.0 || pl < 0.0 || !ph.is_finite() {
        return None;
    }
    let low = if wh.is_finite() { pl / wh } else { 0.0 };
    Some(Interval::closed(low * 100.0, ph / wl * 100.0))
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let figures: Vec<&Figure> = cx
            .figures()
            .iter()
            .filter(|f| f.kind.is_quantity())
            .collect();
        for (i, &f) in figures.iter().enumerate() {
            let next = figures.get(i + 1).copied();
            let after_next = figures.get(i + 2).copied();
            let same_sentence = |g: &Figure| g.placement.sentence == f.placement.sentence;
            match f.kind {
                // "13 of 659 ..., or 6%" and "6% (13 of 659)".
                FigureKind::Count => {
                    let (Some(whole), Some(pct)) = (next, after_next) else {
                        continue;
                    };
                    if whole.kind != FigureKind::Count
                        || !same_sentence(whole)
                        || !PART_OF.is_match(group::text(cx, f.span.end, whole.span.start))
                    {
                        continue;
                    }
                    let gap = group::text(cx, whole.span.end, pct.span.start);
                    if pct.kind == FigureKind::Percent
                        && same_sentence(pct)
                        && (linked(gap) || apposition(cx, gap, pct))
                        && !own_base_differs(cx, pct, whole)
                    {
                        Self::compare_counts(f, whole, pct, out);
                    }
                    if i > 0 {
                        let pct = figures[i - 1];
                        if pct.kind == FigureKind::Percent
                            && same_sentence(pct)
                            && linked(group::text(cx, pct.span.end, f.span.start))
                        {
                            Self::compare_counts(f, whole, pct, out);
                        }
                    }
                }
                // "6% of the 659 patients, or 13 people".
                FigureKind::Percent => {
                    let (Some(whole), Some(part)) = (next, after_next) else {
                        continue;
                    };
                    if whole.kind == FigureKind::Count
                        && part.kind == FigureKind::Count
                        && same_sentence(whole)
                        && same_sentence(part)
                        && PART_OF.is_match(group::text(cx, f.span.end, whole.span.start))
                        && linked(group::text(cx, whole.span.end, part.span.start))
                    {
                        Self::compare_counts(part, whole, f, out);
                    }
                }
                // "one in five, or 25%" and "25% (one in five)".
                FigureKind::Ratio => {
                    let forward = next.filter(|p| {
                        let gap = group::text(cx, f.span.end, p.span.start);
                        p.kind == FigureKind::Percent
                            && same_sentence(p)
                            && (linked(gap) || apposition(cx, gap, p))
                    });
                    let backward = i.checked_sub(1).map(|j| figures[j]).filter(|p| {
                        p.kind == FigureKind::Percent
                            && same_sentence(p)
                            && linked(group::text(cx, p.span.end, f.span.start))
                    });
                    if let Some(pct) = forward.or(backward) {
                        self.compare_words(f, pct, out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether the percentage names its own base ("6% of all patients") other than the
/// counts' whole.
fn own_base_differs(cx: &CheckContext<'_>, pct: &Figure, whole: &Figure) -> bool {
    let after = head(group::after(cx, pct), 20);
    if !after.trim_start().to_ascii_lowercase().starts_with("of ") {
        return false;
    }
    match (pct.subject_key(), whole.subject_key()) {
        (Some(a), Some(b)) => a != b,
        _ => true,
    }
}

impl Compiled {
    fn compare_counts(part: &Figure, whole: &Figure, pct: &Figure, out: &mut Vec<Hit>) {
        let Some(computed) = quotient(part, whole) else {
            return;
        };
        if computed.intersects(&pct.interval) {
            return;
        }
        let exact = part.value.mid() / whole.value.mid() * 100.0;
        let computed_text = fmt_pct(exact);
        let message = format!(
            "{} of {} is {computed_text}, but the draft says {}",
            part.text, whole.text, pct.text
        );
        out.push(
            Hit::new(Label::new(pct.span, "stated here"), message)
                .related(Label::new(part.span, "part"))
                .related(Label::new(whole.span, "whole"))
                .var("computed", computed_text)
                .var("stated", &pct.text)
                .var("part", &part.text)
                .var("whole", &whole.text)
                .subject(whole.subject_key()),
        );
    }

    fn compare_words(&self, words: &Figure, pct: &Figure, out: &mut Vec<Hit>) {
        let (low, high) = ends(&words.interval);
        let v = words.value.mid();
        let slack = v * self.tolerance;
        let claimed = Interval {
            low: low.is_finite().then_some((low - slack) * 100.0),
            high: high.is_finite().then_some((high + slack) * 100.0),
            low_open: words.interval.low_open,
            high_open: words.interval.high_open,
        };
        if claimed.intersects(&pct.interval) {
            return;
        }
        let computed_text = fmt_pct(v * 100.0);
        let message = format!(
            "{} is {computed_text}, but the draft says {}",
            words.text, pct.text
        );
        out.push(
            Hit::new(Label::new(pct.span, "stated here"), message)
                .related(Label::new(words.span, "in words here"))
                .var("computed", computed_text)
                .var("stated", &pct.text)
                .var("part", &words.text)
                .var("whole", "")
                .subject(words.subject_key()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::group::testing::{Draft, count};

    fn check() -> Compiled {
        Compiled {
            tolerance: DEFAULT_TOLERANCE,
        }
    }

    fn pct(text: &str, v: f64) -> crate::rules::group::testing::Fig<'_> {
        count(text, v, 0.5).kind(FigureKind::Percent)
    }

    #[test]
    fn thirteen_of_six_hundred_fifty_nine_is_not_six_percent() {
        let d = Draft::new("Of them, 13 out of 659 patients, or 6%, reacted.")
            .with(&count("13", 13.0, 0.5))
            .with(&count("659", 659.0, 0.5))
            .with(&pct("6%", 6.0));
        let hits = d.run(&check());
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].message, "13 of 659 is 2.0%, but the draft says 6%");
    }

    #[test]
    fn a_rounded_percentage_is_fine() {
        let d = Draft::new("Of them, 13 of the 659 patients, or 2%, reacted.")
            .with(&count("13", 13.0, 0.5))
            .with(&count("659", 659.0, 0.5))
            .with(&pct("2%", 2.0));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn one_in_five_is_not_a_quarter() {
        let d = Draft::new("One in five adults, or 25%, smoke.")
            .with(&count("One in five", 0.2, 0.0).kind(FigureKind::Ratio))
            .with(&pct("25%", 25.0));
        assert_eq!(d.run(&check()).len(), 1);
    }

    #[test]
    fn half_is_close_enough_to_forty_eight_percent() {
        let d = Draft::new("Half of voters, 48%, backed it.")
            .with(&count("Half", 0.5, 0.0).kind(FigureKind::Ratio))
            .with(&pct("48%", 48.0));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn half_is_not_forty_percent() {
        let d = Draft::new("Half of voters, 40%, backed it.")
            .with(&count("Half", 0.5, 0.0).kind(FigureKind::Ratio))
            .with(&pct("40%", 40.0));
        assert_eq!(d.run(&check()).len(), 1);
    }
}
