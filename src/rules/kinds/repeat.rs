//! The `repeat` rule kind.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Figure, FigureKind, Qualifier};
use crate::rules::group::{self, head_noun};
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

/// Values below this are too common to be a copying slip.
const DEFAULT_MIN_VALUE: f64 = 100.0;
/// How many bare statements of one count make it a name rather than a quantity.
const NAME_BARE: usize = 3;

/// How many sentences apart two figures may be.
const DEFAULT_WINDOW: usize = 3;

declare_kind! {
    /// ## What it flags
    /// One value used for two different subjects close together: "over 20,000 National
    /// Guard members" and, two sentences on, "an additional 20,000 officers". The
    /// repeat may be right, but it is also the classic trace of a figure copied into the
    /// wrong place, so a reviewer should confirm it.
    ///
    /// A second figure that refers back ("the 330,000 staff" after "about 330,000
    /// people") restates the first and is not reported.
    ///
    /// Only counts, money, measures and durations of the same kind and unit are
    /// compared (never "$1,000" against "1,000 immigrants"); years, dates and other
    /// non-quantities never take part, nor does the base of a rate ("26 arrests per
    /// 1,000 people", "for every 1,000 women"); values below `min_value` are skipped; two figures
    /// in one sentence ("20,000 troops and 20,000 vehicles") are taken as deliberate,
    /// and so is a headline figure against the body, which it sums up in other words
    /// ("£115m deal" above "a record fee of £115m"; in a file of several stories, each
    /// top-level heading is its story's headline); and so are two values that are both
    /// bounds or approximations ("about 10,000
    /// troops", "fewer than 10,000 arrests"): one of the two must be stated exactly.
    /// Subjects count as the same when their last word matches ("troops", "National
    /// Guard troops"), when one last word ends with the other ("convertible eurobond",
    /// "convertible bond"), when the last word of one is a word of the other ("loan",
    /// "bullet loan agreement"), when they share a word of four letters or more that is
    /// not a generic one like "total" ("National Guard troops", "Guard members"), and
    /// for people against what happened to them or the population they make ("200
    /// people", "200 feared dead", "200 victims", "a population of 200") or who they
    /// are ("463 passengers and crew", "463 people on board"), and for a few words news
    /// copy uses for one thing ("158 ships" and "158 vessels", "officers" and
    /// "police"; unlike aliases, only a repeat between them goes unreported); after
    /// aliases, also of a last word ("2,300 employees", "the 2,300 Maple Valley
    /// staff"). A clause that opens with the other figure's subject as written speaks
    /// of it, whatever noun follows its figure ("Non-farm payrolls rise 203,000" and
    /// "Non-farm payrolls increased by 203,000 new jobs"). When a subject is missing, the second figure must be marked as
    /// another quantity ("also", "a further", "another"). A count that stands bare,
    /// with no noun, in three places or more is a name, not a quantity ("text messages
    /// to 988", "familiar with 988", "continued support of 988"), and is not reported;
    /// so is a count that in one place names a line one calls ("the 988 Lifeline",
    /// "the 999 number", "call 911 or 112"), wherever else it stands ("one 988
    /// counselor").
    /// A distance that names the race it qualifies ("the 5K final", "a 10,000m road
    /// race") is no value of a subject either. Each value and pair of subjects is
    /// reported once.
    ///
    /// ## Why it matters
    /// A number that jumps from one subject to another is easy to miss in editing and
    /// hard to spot for a reader; a quick confirmation settles it.
    ///
    /// ## Example
    /// ```markdown
    /// The department asked for 20,000 National Guard members. The president had
    /// already ordered an additional 20,000 officers.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// The state will offer $1,000 to each family. Police arrested 1,000 people.
    /// ```
    /// ```markdown
    /// The club has 300 members. It sold 300 tickets and 300 scarves on Sunday.
    /// ```
    ///
    /// ## Options
    /// - `min_value` (number, default 100): smaller values are skipped.
    /// - `window` (integer, default 3): how many sentences apart the two figures may be.
    ///
    /// Message template variables: `{a}`, `{b}` (the figures as written, earlier
    /// first), `{a_subject}`, `{b_subject}` (the subjects as written), `{value}`.
    ///
    /// ```yaml
    /// id: reused-number
    /// kind: repeat
    /// severity: info
    /// min_value: 1000
    /// window: 5
    /// ```
    pub struct Repeat = "repeat" {
        /// Values below this are skipped (default 100).
        min_value: Option<f64>,
        /// How many sentences apart two figures may be (default 3).
        window: Option<usize>,
    }
}

impl Compile for Repeat {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        Ok(Box::new(Compiled {
            min_value: self.min_value.unwrap_or(DEFAULT_MIN_VALUE),
            window: self.window.unwrap_or(DEFAULT_WINDOW),
        }))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    min_value: f64,
    window: usize,
}

/// Words that make the second of two equal values another quantity.
static ADDITIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:also|a\s+further|another|additional|likewise|similarly|same|as\s+well)\b",
    )
    .expect("valid regex")
});

/// "stayed the ", "remained much the ": "same" after these says a level held, not
/// that a figure is another of the same kind.
static HELD_THE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|is|are|was|were|be|been|being|kept|keeps?|held|holds?|much|largely|broadly|roughly|exactly)\s+the\s+$")
        .expect("valid regex")
});

/// Whether `before` marks the figure after it as another quantity ([`ADDITIVE`]); a
/// level said to have stayed the same ("Although the rate has stayed the same,
/// vacancies fell ... to 957,000") marks nothing.
fn marked_additive(before: &str) -> bool {
    ADDITIVE.find_iter(before).any(|m| {
        !m.as_str().eq_ignore_ascii_case("same") || !HELD_THE.is_match(&before[..m.start()])
    })
}

/// Subjects that name people by what happened to them, or as a whole: "200 dead" and
/// "200 victims" are 200 people, and so is "a prison population of 200".
const PEOPLE_BY_FATE: [&str; 14] = [
    "victim",
    "casualty",
    "fatality",
    "population",
    "dead",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "died",
    "evacuated",
    "arrested",
    "rescued",
];

/// Heads of subjects that name people by who they are, which "people" or "persons"
/// may restate: "463 passengers and crew" and "463 people on board".
const PERSON_NOUNS: [&str; 33] = [
    "passenger",
    "crew",
    "resident",
    "civilian",
    "villager",
    "inhabitant",
    "occupant",
    "worker",
    "employee",
    "miner",
    "refugee",
    "migrant",
    "evacuee",
    "survivor",
    "patient",
    "student",
    "pupil",
    "prisoner",
    "inmate",
    "hostage",
    "detainee",
    "soldier",
    "troop",
    "pilgrim",
    "tourist",
    "visitor",
    "spectator",
    "protester",
    "demonstrator",
    "child",
    "adult",
    "man",
    "woman",
];

/// Heads that news copy uses for one thing, told apart only in style, so that a
/// number restated with the other is no second quantity ("158 ships" and "158
/// vessels"). Unlike the rule file's aliases, they are not compared as one subject:
/// only a repeat between them goes unreported.
const SAME_THING: [&[&str]; 3] = [
    &["ship", "vessel", "boat"],
    &["police", "officer", "policeman", "constable"],
    &["people", "person", "individual"],
];

/// Words two subjects may share and still name different things: "total deaths" and
/// "total cases".
const GENERIC: [&str; 12] = [
    "total", "more", "people", "number", "other", "first", "last", "year", "annual", "new",
    "extra", "further",
];

/// Heads that name opposite things, whatever words they share.
const OPPOSITES: [(&str, &str); 6] = [
    ("profit", "loss"),
    ("gain", "loss"),
    ("income", "expense"),
    ("export", "import"),
    ("purchase", "sale"),
    ("surplus", "deficit"),
];

/// Whether two subject keys may name one thing: the same last word ("troops",
/// "National Guard troops"), a last word that ends with the other's ("convertible
/// eurobond", "convertible bond"), the last word of one among the words of the other
/// ("loan", "bullet loan agreement"), or people and what happened to them ("200
/// people", "200 feared dead").
fn related(a: &str, b: &str) -> bool {
    let (x, y) = (head_noun(a), head_noun(b));
    let in_words = |word: &str, key: &str| key.split(' ').any(|w| w == word);
    let people = |key: &str| matches!(head_noun(key), "people" | "person");
    let fate = |key: &str| key.split(' ').any(|w| PEOPLE_BY_FATE.contains(&w));
    // "national guard troop" and "guard member": a name both share; not opposites
    // ("extraordinary profit", "extraordinary loss").
    let opposite = |p: &str, q: &str| {
        OPPOSITES
            .iter()
            .any(|&(l, r)| (p == l && q == r) || (p == r && q == l))
    };
    let shared_name = || {
        !opposite(x, y)
            && a.split(' ')
                .any(|w| w.len() >= 4 && !GENERIC.contains(&w) && b.split(' ').any(|v| v == w))
    };
    // "463 passengers and crew" and "463 people"; "158 ships" and "158 vessels".
    let person = |key: &str| PERSON_NOUNS.contains(&head_noun(key));
    let same_thing = || {
        SAME_THING
            .iter()
            .any(|words| words.contains(&x) && words.contains(&y))
    };
    x == y
        || same_thing()
        || (people(a) && person(b))
        || (people(b) && person(a))
        || shared_name()
        || (x.len() > y.len() && x.ends_with(y))
        || (y.len() > x.len() && y.ends_with(x))
        || in_words(x, b)
        || in_words(y, a)
        || (people(a) && fate(b))
        || (people(b) && fate(a))
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        // Group by (kind, unit, value as written, scope unit).
        let mut index: HashMap<(FigureKind, Option<&str>, u64, usize), usize, group::QuickHash> =
            HashMap::default();
        let mut by_value: Vec<Vec<&Figure>> = Vec::new();
        for f in cx.figures() {
            let eligible = matches!(
                f.kind,
                FigureKind::Count | FigureKind::Money | FigureKind::Measure | FigureKind::Duration
            ) && matches!(
                f.qualifier,
                Qualifier::Exact
                    | Qualifier::Approx
                    | Qualifier::LowerBound
                    | Qualifier::UpperBound
            );
            let v = f.value.mid();
            // A headline sums up its story in other words: "£115m deal" above "a
            // record fee of £115m" is one figure. So does the headline of each story in
            // a file of several, a top-level heading after the first.
            let story_headline = matches!(
                cx.doc.blocks.get(f.placement.paragraph).map(|b| b.kind),
                Some(crate::document::BlockKind::Heading(1))
            );
            if !eligible
                || names_a_race(f)
                || f.placement.headline
                || story_headline
                || !v.is_finite()
                || v.abs() < self.min_value
                || rate_base(cx, f)
            {
                continue;
            }
            let key = (
                f.kind,
                f.unit.as_deref(),
                v.to_bits(),
                cx.common.scope.unit_of(f),
            );
            let g = *index.entry(key).or_insert_with(|| {
                by_value.push(Vec::new());
                by_value.len() - 1
            });
            by_value[g].push(f);
        }
        // "messages to 988", "familiar with 988", "support of 988": a count that
        // stands bare in three places or more is a name, such as a helpline's.
        let is_name = |m: &[&Figure]| {
            m.len() >= NAME_BARE
                && m.iter()
                    .filter(|f| plain_count(f) && f.subject.is_none())
                    .count()
                    >= NAME_BARE
                || m.iter().any(|f| used_as_name(cx, f))
        };
        for members in by_value.iter().filter(|m| m.len() > 1 && !is_name(m)) {
            let mut reported: Vec<(&str, &str)> = Vec::new();
            for (j, &later) in members.iter().enumerate() {
                let later_key = later.subject_key().unwrap_or("");
                // Earlier figures of the value in other sentences nearby; most figures
                // have none, and then nothing about them needs reading.
                let mut nearby = members[..j]
                    .iter()
                    .rev()
                    .take_while(|e| e.placement.sentence + self.window >= later.placement.sentence)
                    .filter(|e| {
                        e.placement.sentence != later.placement.sentence
                            && e.placement.sentence.abs_diff(later.placement.sentence)
                                <= self.window
                            // "about 10,000 troops" and "fewer than 10,000 arrests": two
                            // round, loosely stated values are no trace of a copied figure.
                            && (e.qualifier == Qualifier::Exact
                                || later.qualifier == Qualifier::Exact)
                    })
                    .peekable();
                // "the 330,000 staff" after "about 330,000 people" names the same
                // quantity again.
                if nearby.peek().is_none() || group::is_anaphoric(cx, later) {
                    continue;
                }
                let additive = std::cell::OnceCell::new();
                // The closest earlier figure of another subject. Without both subjects,
                // "also", "a further", "another" say the second is another quantity.
                // A key that is only a unit or "number" ("The number of measles cases
                // ... has risen to 223") names no subject to tell apart.
                let named = |k: &str| !k.is_empty() && !group::is_unit_word(k);
                let earlier = nearby.find(|e| match (e.subject_key(), later.subject_key()) {
                    (Some(a), Some(b)) if named(a) && named(b) => {
                        !related(a, b)
                            && !opens_with_subject_of(cx, later, e)
                            && !opens_with_subject_of(cx, e, later)
                    }
                    _ => *additive.get_or_init(|| marked_additive(group::before(cx, later))),
                });
                let Some(&earlier) = earlier else { continue };
                let pair = (earlier.subject_key().unwrap_or(""), later_key);
                if reported
                    .iter()
                    .any(|&(a, b)| (a, b) == pair || (b, a) == pair)
                {
                    continue;
                }
                reported.push(pair);
                out.push(hit(earlier, later));
            }
        }
    }
}

/// Whether `f` is the base of a rate, a round power of ten after "per" or "every" ("35
/// arrests per 1,000 people", "10 arrests for every 1,000 White people"): a convention
/// of the rate, not a figure of its subject.
fn rate_base(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let v = f.value.mid();
    if f.kind != FigureKind::Count || v < 100.0 || v.log10().fract() != 0.0 {
        return false;
    }
    let before = group::tail(group::before(cx, f), 12).trim_end();
    let last = before.rsplit(' ').next().unwrap_or("");
    last.eq_ignore_ascii_case("per") || last.eq_ignore_ascii_case("every")
}

/// Whether `f` is a distance that names the race it qualifies: "the 5K final", "a
/// 10,000m road race", "the 400m heats". Two races over one distance are no value
/// copied from one subject to another.
fn names_a_race(f: &Figure) -> bool {
    const RACE: [&str; 7] = [
        "race",
        "final",
        "heat",
        "semi-final",
        "semifinal",
        "event",
        "relay",
    ];
    matches!(f.kind, FigureKind::Count | FigureKind::Measure)
        && f.subject_key()
            .is_some_and(|k| RACE.contains(&group::head_noun(k)))
        && (matches!(f.unit.as_deref(), Some("m" | "km" | "mile"))
            || (f.kind == FigureKind::Count && f.text.ends_with(['k', 'K'])))
}

/// Whether the bare count `f` names a line one calls rather than counting anything:
/// right before a noun for a line or number ("the 988 Lifeline", "the 999 number"), or
/// right after a verb of calling with no noun of its own ("call 911", "dial 999 or
/// 112", "text 988."). A count that names in one place names in all ("988 data");
/// "called 300 people", "the 988 lines" and "the 2,000 number" count.
fn used_as_name(cx: &CheckContext<'_>, f: &Figure) -> bool {
    const LINE: [&str; 6] = ["lifeline", "helpline", "hotline", "line", "number", "code"];
    const CALL: [&str; 9] = [
        "call", "calling", "called", "dial", "dialling", "dialing", "dialled", "text", "texting",
    ];
    if !plain_count(f) || !f.text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let after = group::after(cx, f);
    // The word after the figure and its spaces; empty when no word follows.
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    let next = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    if after.starts_with([' ', '\u{a0}']) && LINE.iter().any(|w| next.eq_ignore_ascii_case(w)) {
        return true;
    }
    let before = group::tail(group::before(cx, f), 16);
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    CALL.iter().any(|w| last.eq_ignore_ascii_case(w))
        && before.ends_with(' ')
        && (next.is_empty() || matches!(next, "or" | "for" | "if"))
}

/// Whether `f` is an exact count with no unit, the only figure a name is read in.
fn plain_count(f: &Figure) -> bool {
    f.kind == FigureKind::Count && f.unit.is_none() && f.qualifier == Qualifier::Exact
}

/// Whether the clause of `f` opens with the subject of `other` as written and comes to
/// `f` without a comma: "Non-farm payrolls increased by 203,000 new jobs" after
/// "Non-farm payrolls rise 203,000" speaks of the payrolls, whatever noun follows.
fn opens_with_subject_of(cx: &CheckContext<'_>, f: &Figure, other: &Figure) -> bool {
    let Some(subject) = other.subject.as_ref().map(|s| s.text.trim()) else {
        return false;
    };
    let before = group::before(cx, f);
    let before = before.trim_start_matches(|c: char| !c.is_alphanumeric());
    let before = ["The ", "the "]
        .iter()
        .find_map(|a| before.strip_prefix(a))
        .unwrap_or(before);
    subject.len() >= 4
        && before.len() <= subject.len() + 40
        && before
            .get(..subject.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(subject))
        && before[subject.len()..].starts_with(' ')
        && !before.contains([',', ';', ':'])
}

fn hit(earlier: &Figure, later: &Figure) -> Hit {
    let a_subject = subject_text(earlier);
    let b_subject = subject_text(later);
    let value = group::fmt_num(later.value.mid(), 2);
    // A figure and its subject, if it has one: "\"20,000\" officers" or "\"$1,000\"".
    let named = |text: &str, subject: &str| {
        if subject.is_empty() {
            format!("\"{text}\"")
        } else {
            format!("\"{text}\" {subject}")
        }
    };
    let message = format!(
        "{} and {}: the same value for two subjects, confirm both",
        named(&later.text, &b_subject),
        named(&earlier.text, &a_subject)
    );
    Hit::new(Label::new(later.span, "stated here"), message)
        .related(Label::new(earlier.span, "also used here"))
        .var("a", &earlier.text)
        .var("b", &later.text)
        .var("a_subject", a_subject)
        .var("b_subject", b_subject)
        .var("value", value)
        .subject(later.subject_key())
}

fn subject_text(f: &Figure) -> String {
    f.subject
        .as_ref()
        .map_or_else(String::new, |s| s.text.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::group::testing::{Draft, count};

    fn check() -> Compiled {
        Compiled {
            min_value: DEFAULT_MIN_VALUE,
            window: DEFAULT_WINDOW,
        }
    }

    #[test]
    fn a_distance_that_names_a_race_is_no_value_for_a_subject() {
        for text in [
            "She made the 5K final. Later she won a 5K road race in London.",
            "He made the 10,000m final. Later he won a 10,000m road race in Boston.",
            "She ran in the 400m heats. Later she won the 400m final.",
            "He won the 5 mile race in May. Later he ran a 5 mile relay.",
        ] {
            assert!(Draft::read(text).run(&check()).is_empty(), "{text}");
        }
        // A count of runners is still a count.
        let d = Draft::read(
            "The 5,000 runners set off at nine. Later 5,000 spectators lined the route.",
        );
        assert!(!d.run(&check()).is_empty());
    }

    #[test]
    fn a_count_that_stands_bare_in_three_places_is_a_name() {
        let text = "Despite 988’s growth, 3 in 4 Americans say they are not content with treatment, a poll found.\n\n\
             The poll also found that only 23% of Americans say they are familiar with 988.\n\n\
             Of those who had contacted 988 this year, nearly 7 in 10 said they had received help.";
        assert!(Draft::read(text).run(&check()).is_empty());
        // Two bare statements are still asked about.
        let d = Draft::read(
            "The survey asked 1,000 drivers. A week later 1,000 were asked again. Another 1,000 cyclists were asked a week later.",
        );
        assert!(!d.run(&check()).is_empty());
    }

    #[test]
    fn a_count_that_names_a_line_in_one_place_is_a_name_in_all() {
        for text in [
            "The 988 Lifeline took more calls last winter. One 988 counselor said nights were busiest.",
            "Staff who answer the 999 number are trained. Some 999 operators work nights.",
            "Anyone can call 988 or text the line. One 988 counselor said demand had grown.",
            "Callers should dial 112. The 112 service is free.",
            "In an emergency, text 988. The 988 data show calls rose.",
        ] {
            assert!(Draft::read(text).run(&check()).is_empty(), "{text}");
        }
        // A count after a verb of calling with its own noun counts; so does a plural
        // line noun or a figure with a thousands separator before "number".
        for text in [
            "The firm called 300 customers in May. Volunteers visited 300 shops.",
            "The network has 988 lines in all. Engineers fixed 988 faults.",
            "Officials said 2,000 homes flooded. The 2,000 number was revised, and 2,000 families moved.",
            "He texted 500 friends. Later 500 strangers replied.",
        ] {
            assert!(!Draft::read(text).run(&check()).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_number_of_something_names_no_other_subject() {
        let d = Draft::read(
            "# Measles cases climb to 223\n\nThe number of measles cases has risen to 223, officials said.",
        );
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn the_base_of_a_rate_is_no_figure_of_its_subject() {
        let d = Draft::read(
            "Black women were twice as likely to be arrested: there were 7 arrests for every \
             1,000 Black women, and 3 for every 1,000 White women. Rates fell from 26 arrests \
             per 1,000 people in 2006 to 14 arrests per 1,000 people in 2016.",
        );
        assert!(d.run(&check()).is_empty());
        // The same value as a count of people is still asked about.
        let d = Draft::read(
            "The survey asked 1,000 drivers. Another 1,000 cyclists were asked a week later.",
        );
        assert_eq!(d.run(&check()).len(), 1);
    }

    #[test]
    fn subjects_that_may_name_one_thing_are_related() {
        assert!(related("national guard troop", "troop"));
        assert!(related("convertible eurobond", "convertible bond"));
        assert!(related("bullet loan agreement", "loan"));
        assert!(related("people", "feared dead"));
        assert!(!related("national guard member", "officer"));
        assert!(related("national guard troop", "guard member"));
        assert!(!related("total death", "total case"));
        assert!(!related("extraordinary profit", "extraordinary loss"));
        assert!(!related("net profit", "net loss"));
        assert!(related("people", "victim"));
        assert!(related("average daily population", "people"));
        assert!(!related("people", "household"));
    }

    #[test]
    fn people_and_who_they_are_or_one_thing_in_other_words_are_related() {
        assert!(related("people", "passenger"));
        assert!(related("passenger and crew", "people"));
        assert!(related("person", "resident"));
        assert!(related("vessel", "ship"));
        assert!(related("officer", "police"));
        assert!(related("individual", "people"));
        // Two kinds of people, or people against things, are told apart.
        assert!(!related("passenger", "resident"));
        assert!(!related("officer", "soldier"));
        assert!(!related("people", "ship"));
        assert!(!related("vessel", "container"));
        assert!(!related("people", "household"));
    }

    #[test]
    fn a_figure_without_a_subject_is_named_by_its_text_alone() {
        let d = Draft::new("It raised 4,500 dlrs. It also raised 4,500 dlrs for the fund.")
            .with(&count("4,500 dlrs", 4_500.0, 0.5).kind(FigureKind::Money))
            .with(&count("4,500 dlrs", 4_500.0, 0.5).kind(FigureKind::Money));
        let hits = d.run(&check());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "\"4,500 dlrs\" and \"4,500 dlrs\": the same value for two subjects, confirm both"
        );
    }

    #[test]
    fn one_value_for_two_subjects_nearby_is_reported() {
        let d = Draft::new("They want 20,000 members. Trump ordered 20,000 officers.")
            .with(&count("20,000", 20_000.0, 500.0).subject("members", "member"))
            .with(&count("20,000", 20_000.0, 500.0).subject("officers", "officer"));
        let hits = d.run(&check());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "\"20,000\" officers and \"20,000\" members: the same value for two subjects, confirm both"
        );
    }

    #[test]
    fn a_clause_that_opens_with_the_other_subject_speaks_of_it() {
        let run = |text: &str| Draft::read(text).run(&check()).len();
        let before = "Non-farm payrolls rose 203,000 in November, the department said. ";
        assert_eq!(
            run(&format!(
                "{before}Non-farm payrolls increased by 203,000 new jobs last month."
            )),
            0
        );
        // Another clause, or another subject, is another quantity.
        assert_eq!(
            run(&format!(
                "{before}As payrolls grew, factories added 203,000 new jobs last month."
            )),
            1
        );
        assert_eq!(
            run(&format!(
                "{before}Retailers added 203,000 new jobs last month."
            )),
            1
        );
    }

    #[test]
    fn a_level_that_stayed_the_same_marks_no_other_quantity() {
        let run = |text: &str| Draft::read(text).run(&check()).len();
        let lede = "Vacancies fell for a ninth month, down 58,000 on the quarter at 957,000. ";
        for held in [
            "Although the jobless rate has stayed the same, vacancies fell, down 58,000 on the quarter at 957,000.",
            "The jobless rate remained much the same while vacancies fell to 957,000.",
            "Real pay was broadly the same as a year ago, and openings were at 957,000.",
        ] {
            assert_eq!(run(&format!("{lede}{held}")), 0, "{held}");
        }
        // "also" and "a further" still mark another quantity.
        assert_eq!(run(&format!("{lede}Openings also rose to 957,000.")), 1);
        assert_eq!(
            run(&format!("{lede}A further 957,000 were listed by agencies.")),
            1
        );
    }

    #[test]
    fn money_never_meets_a_count() {
        let d = Draft::new("They offer $1,000 to migrants. Police held 1,000 migrants.")
            .with(
                &count("$1,000", 1_000.0, 0.5)
                    .kind(FigureKind::Money)
                    .subject("migrants", "migrant"),
            )
            .with(&count("1,000", 1_000.0, 0.5).subject("migrants", "migrant"));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn two_loosely_stated_values_are_not_reported() {
        let run = |text: &str| Draft::read(text).run(&check()).len();
        assert_eq!(
            run(
                "Arrests stayed below 10,000 for a second month. The state sent about 10,000 troops to the border."
            ),
            0
        );
        assert_eq!(
            run(
                "Arrests stayed at 10,000 for a second month. The state sent about 10,000 troops to the border."
            ),
            1
        );
    }

    #[test]
    fn a_headline_figure_is_not_held_against_the_body() {
        let run = |text: &str| Draft::read(text).run(&check()).len();
        assert_eq!(
            run(
                "# Chelsea agree £115m deal for Caicedo\n\nChelsea agreed a record fee of £115m with Brighton."
            ),
            0
        );
        assert_eq!(
            run(
                "Chelsea agreed a £115m deal for Caicedo.\n\nChelsea agreed a record fee of £115m with Brighton."
            ),
            1
        );
        // Each story's headline in a file of several stories.
        let stories = |second: &str| {
            Draft::read_markdown(&format!(
                "# Chelsea sign Caicedo\n\nChelsea agreed a fee with Brighton.\n\n{second}\n\nArsenal agreed a record fee of £105m with West Ham."
            ))
            .run(&check())
            .len()
        };
        assert_eq!(stories("# Arsenal agree £105m deal for Rice"), 0);
        assert_eq!(stories("## Arsenal agree £105m deal for Rice"), 1);
    }

    #[test]
    fn small_numbers_are_skipped() {
        let d = Draft::new("They have 12 boats. They have 12 planes.")
            .with(&count("12", 12.0, 0.5).subject("boats", "boat"))
            .with(&count("12", 12.0, 0.5).subject("planes", "plane"));
        assert!(d.run(&check()).is_empty());
    }
}
