//! Placement: the direction of a change, and the year and place that qualify a figure
//! in its sentence.
//!
//! - **Direction** comes from a sign ("+3.2%", "-5"), a multiplier verb ("doubled",
//!   "halved"), a change noun right after the figure ("a 99% decrease", "a 5% rise"), or
//!   a change verb or adverb shortly before it ("rose 5%", "fell by 3 points", "up 3
//!   points", "fell from 40 to 30"). A "from 40 to 50" pair without such a word takes
//!   the direction of its two values.
//! - **Year**: the year figure nearest to the figure in its sentence ("in 2019").
//! - **Place**: the capitalised name after "in" or "at" nearest to the figure in its sentence
//!   ("in Florida", "in the U.S.").

use super::cx::Cx;
use super::figure::{Direction, FigureKind, Value};
use super::lexer::TokKind;
use super::number;
use super::reader::Draft;

static VERBS_UP: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "increased",
        "increase",
        "increases",
        "increasing",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "jumped",
        "jump",
        "jumps",
        "jumping",
        "surged",
        "surge",
        "surges",
        "surging",
        "soared",
        "soar",
        "soars",
        "soaring",
        "gained",
        "gains",
        "gaining",
        "up",
        "added",
        "add",
        "adds",
        "adding",
        "advanced",
        "advances",
        "advancing",
        "boosted",
        "expanded",
        "expands",
        "spiked",
        "rebounded",
        "swelled",
        "ballooned",
        "hiked",
        "improved",
        "accelerated",
        "rallied",
        "leapt",
        "leaped",
        "doubled",
        "tripled",
        "trebled",
        "quadrupled",
        "widened",
        // "Trade gap widens by $2bn"; not "widen" nor "widening", which may be
        // adjectives before a figure.
        "widens",
        "strengthened",
        "firmed",
        "edged",
        // "Ambulance response times lengthened by four minutes".
        "lengthened",
        "lengthening",
    ])
});
static VERBS_DOWN: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "declined",
        "decline",
        "declines",
        "declining",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "down",
        "lost",
        "loses",
        "losing",
        "slipped",
        "slip",
        "slips",
        "slid",
        "slide",
        "slides",
        "plunged",
        "plunge",
        "plunges",
        "plummeted",
        "plummet",
        "tumbled",
        "tumble",
        "tumbles",
        "sank",
        "sink",
        "sinks",
        "shrank",
        "shrink",
        "shrinks",
        "shrunk",
        "shrinking",
        "cut",
        "cuts",
        "cutting",
        "reduced",
        "reduce",
        "reduces",
        "reducing",
        "lowered",
        "eased",
        "ease",
        "eases",
        "dipped",
        "dip",
        "dips",
        "slumped",
        "slump",
        "slumps",
        "contracted",
        "dived",
        "dove",
        "crashed",
        "collapsed",
        "retreated",
        "retreat",
        "retreats",
        "retreating",
        "weakened",
        "halved",
        "slashed",
        "trimmed",
        "narrowed",
        // "Firm's loss narrows by $35 million"; not "narrow", an adjective before a
        // figure ("a narrow 52% majority").
        "narrows",
        "shed",
        "sheds",
    ])
});
/// Change verbs and adverbs: "rose", "fell", "up", "down".
pub(crate) fn change_verb(w: &str) -> Option<Direction> {
    if VERBS_UP.contains(w) {
        Some(Direction::Increase)
    } else if VERBS_DOWN.contains(w) {
        Some(Direction::Decrease)
    } else {
        None
    }
}

/// Whether the length `d` after a verb of falling is how far something fell or where
/// it sank, not the size of a change: "sank 60 miles off Cape Cod", "plunged 100ft into
/// a ravine", "fell 4 metres from a ladder", and "A worker fell 4 metres", said of a
/// person. "The river fell 2 metres from its peak" and "Sea levels fell 20cm" are
/// changes.
pub(crate) fn distance_fallen(cx: &Cx<'_>, d: &Draft) -> bool {
    let length = matches!(
        d.unit,
        Some("m" | "km" | "mile" | "foot" | "yard" | "nautical_mile")
    );
    if d.kind != FigureKind::Measure || !length || d.a == 0 {
        return false;
    }
    let fell = matches!(
        cx.word_bytes(d.a - 1),
        b"fell"
            | b"falls"
            | b"fall"
            | b"falling"
            | b"fallen"
            | b"sank"
            | b"sunk"
            | b"sink"
            | b"sinks"
            | b"plunged"
            | b"plunge"
            | b"plunges"
            | b"plummeted"
            | b"tumbled"
            | b"dropped"
    );
    if !fell {
        return false;
    }
    let w = cx.word_bytes(d.b);
    let to_a_place = matches!(w, b"off" | b"into" | b"onto" | b"down" | b"through")
        || w == b"from" && matches!(cx.word_bytes(d.b + 1), b"a" | b"an")
        || matches!(w, b"north" | b"south" | b"east" | b"west") && cx.word_is(d.b + 1, "of");
    let person = d.a >= 2
        && matches!(
            cx.word_bytes(d.a - 2),
            b"he"
                | b"she"
                | b"man"
                | b"woman"
                | b"boy"
                | b"girl"
                | b"child"
                | b"toddler"
                | b"worker"
                | b"labourer"
                | b"laborer"
                | b"builder"
                | b"roofer"
                | b"climber"
                | b"hiker"
                | b"walker"
                | b"skier"
                | b"rider"
                | b"jockey"
        );
    to_a_place || person
}

/// Whether the count `drafts[idx]` stands alone for the things an earlier count of its
/// sentence counts: "open 25 stores and close 14 in the year ahead" (14 stores). Only a
/// phrase of time, a preposition or the end may follow it.
fn elliptical_count(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> bool {
    let d = &drafts[idx];
    let alone = !cx.is(d.b, TokKind::Word)
        || matches!(
            cx.word_bytes(d.b),
            b"in" | b"by" | b"this" | b"next" | b"over" | b"across" | b"before" | b"within"
        );
    alone
        && drafts[..idx].iter().any(|p| {
            p.kind == FigureKind::Count
                && cx.is(p.b, TokKind::Word)
                && !cx.capital(p.b)
                && cx.word_bytes(p.b).ends_with(b"s")
                && !matches!(
                    cx.word_bytes(p.b),
                    b"points" | b"cents" | b"pence" | b"pct" | b"times" | b"years" | b"days"
                )
        })
}

/// An epithet that may stand between an article and the size of a change or a level
/// after its verb: "rose an annualised 7.4 pct", "climbed a modest 0.2%", "grew a
/// seasonally adjusted 3.2 pct", "posted a surprise 1.1% fall".
fn is_epithet(w: &str) -> bool {
    matches!(
        w,
        "annualised"
            | "annualized"
            | "adjusted"
            | "modest"
            | "further"
            | "sharp"
            | "steep"
            | "hefty"
            | "healthy"
            | "robust"
            | "slight"
            | "marginal"
            | "solid"
            | "surprise"
            | "unexpected"
            | "underlying"
            | "provisional"
            | "preliminary"
            | "revised"
            | "projected"
            | "whopping"
            | "mere"
            | "meagre"
            | "meager"
            | "paltry"
            | "staggering"
            | "massive"
            | "record"
            | "estimated"
    )
}

/// The article that opens a run of epithets ending right before token `k` ("rose *an*
/// annualised 7.4 pct", "*a* seasonally adjusted 3.2 pct"): an adverb in "-ly" may
/// qualify them. `None` when no epithet stands there, no article opens the run, or no
/// verb of change or level, "by" or "to" comes before the article ("banned for a
/// further five" counts something else).
pub(crate) fn article_before_epithets(cx: &Cx<'_>, k: usize) -> Option<usize> {
    let mut t = k;
    let mut epithets = 0;
    let mut words = 0;
    while t > 0 && words < 3 {
        words += 1;
        // "grew a bigger-than-expected 2.1%", "by a weaker-than-forecast 142,000": a
        // comparison with what was foreseen, in one hyphenated word.
        if t >= 5
            && matches!(
                cx.word_bytes(t - 1),
                b"expected" | b"forecast" | b"anticipated" | b"predicted" | b"estimated"
            )
            && cx.punct_is(t - 2, "-")
            && cx.word_is(t - 3, "than")
            && cx.punct_is(t - 4, "-")
            && (cx.word(t - 5).ends_with("er")
                || matches!(cx.word_bytes(t - 5), b"worse" | b"less"))
        {
            epithets += 1;
            t -= 5;
            continue;
        }
        let w = cx.word(t - 1);
        if is_epithet(w) {
            epithets += 1;
        } else if !(w.len() > 4 && w.ends_with("ly")) {
            break;
        }
        t -= 1;
    }
    // "rose to a provisional 12.18 pct", but not "up to an estimated 300" (a bound)
    // nor "put up a further $9bn" (a particle).
    let verb = |v: usize| {
        let w = cx.word(v);
        change_verb(w).is_some() && !matches!(w, "up" | "down")
            || super::subject::is_linking_verb(w)
            || matches!(w, "by" | "posted" | "posts" | "reported" | "reports")
            || w == "to" && !(v > 0 && cx.word_is(v - 1, "up"))
    };
    (epithets > 0 && t > 1 && matches!(cx.word_bytes(t - 1), b"a" | b"an") && verb(t - 2))
        .then(|| t - 1)
}

/// "from the previous £1,568", "from last year's $310", "from its prior", "from the
/// previous quarter's" just before the figure starting at `a`: the old level of a change
/// named by its time, so that "from the previous £1,568 to £1,717" is two ends of one
/// change. Gives the index of "from". After the size of the change "on" stands for
/// "from": "up by £149 on the previous £1,568 to £1,717", "12% on last year's".
pub(crate) fn prior_level_from(cx: &Cx<'_>, a: usize) -> Option<usize> {
    let word = |back: usize| a.checked_sub(back).map_or(&b""[..], |k| cx.word_bytes(k));
    let earlier = |w: &[u8]| matches!(w, b"previous" | b"prior" | b"former" | b"earlier");
    // The size ends right before "on", a word of change stands a few words before it,
    // and the old level is money or a share ("spent £5m on the previous 10 to 12
    // projects", "rose 5% on the previous 10 to 12 weeks" are no change).
    let from = |back: usize| {
        word(back) == b"from"
            || word(back) == b"on"
                && a.checked_sub(back + 1).is_some_and(|k| {
                    (cx.is(k, TokKind::Num)
                        || cx.punct_is(k, "%")
                        || matches!(
                            cx.word_bytes(k),
                            b"cent" | b"percent" | b"points" | b"bn" | b"m"
                        ))
                        && (k.saturating_sub(5)..k).any(|v| {
                            matches!(cx.word(v), "by" | "up" | "down")
                                || change_verb(cx.word(v)).is_some()
                        })
                })
                && (matches!(cx.punct(a), "£" | "$" | "€")
                    || cx.punct_is(a + 1, "%")
                    || matches!(cx.word_bytes(a + 1), b"per" | b"percent"))
    };
    // "the previous", "its prior", "a previous".
    if earlier(word(1))
        && matches!(word(2), b"the" | b"its" | b"their" | b"a" | b"his" | b"her")
        && from(3)
    {
        return Some(a - 3);
    }
    // "last year's", "this season's", "the previous year's".
    if a < 4
        || word(1) != b"s"
        || !matches!(cx.punct(a - 2), "'" | "’")
        || !matches!(
            word(3),
            b"year" | b"season" | b"quarter" | b"month" | b"week" | b"term" | b"session"
        )
    {
        return None;
    }
    if matches!(word(4), b"last" | b"this") && from(5) {
        Some(a - 5)
    } else if earlier(word(4)) && word(5) == b"the" && from(6) {
        Some(a - 6)
    } else {
        None
    }
}

/// A verb of coming back before "back up" or "back down": "bounced back up to 1.8%",
/// "came back down to 4%".
pub(crate) fn is_return_verb(w: &str) -> bool {
    matches!(
        w,
        "bounced"
            | "bounces"
            | "bouncing"
            | "came"
            | "comes"
            | "coming"
            | "crawled"
            | "moved"
            | "headed"
    )
}

/// A verb that states a move only with "up" or "down" after it: "edges up", "ticked
/// down", "inching up".
pub(crate) fn is_move_verb(w: &str) -> bool {
    matches!(
        w,
        "edges"
            | "edging"
            | "inches"
            | "inched"
            | "inching"
            | "ticks"
            | "ticked"
            | "ticking"
            | "creeps"
            | "crept"
            | "creeping"
            | "nudges"
            | "nudged"
            | "nudging"
            | "moves"
            | "moved"
            | "moving"
    )
}

/// Verbs that state a change only with the size of it after "by": "raise council tax
/// by 4.99%", "lower its benchmark rate by 0.25 points" (but "raised $40m" is
/// fundraising and "lower" alone is mostly a comparative).
pub(crate) fn by_verb(w: &str) -> Option<Direction> {
    match w {
        "raise" | "raises" | "raised" | "raising" | "lift" | "lifts" | "lifted" | "lifting"
        | "hike" | "hikes" | "hiking" | "boost" | "boosts" | "boosting" | "extend" | "extends"
        | "extended" | "extending" | "expand" | "expands" | "expanded" | "expanding"
        | "enlarge" | "enlarges" | "enlarged" | "enlarging" => Some(Direction::Increase),
        "lower" | "lowers" | "lowering" | "trim" | "trims" | "trimming" | "slash" | "slashes"
        | "slashing" | "shorten" | "shortens" | "shortened" => Some(Direction::Decrease),
        _ => None,
    }
}

/// A verb that takes the thing it changes as its object and the size after "by": "cut
/// hospital admissions among people aged 75 and over by 62%".
pub(crate) fn object_change_verb(w: &str) -> Option<Direction> {
    by_verb(w).or(match w {
        "increase" | "increases" | "increased" | "increasing" | "boosted" | "raised" | "lifted" => {
            Some(Direction::Increase)
        }
        "cut" | "cuts" | "cutting" | "reduce" | "reduces" | "reduced" | "reducing" | "lowered"
        | "slashed" | "trimmed" => Some(Direction::Decrease),
        _ => None,
    })
}

/// The verb whose object, with other figures inside it, runs up to the "by" at `by`
/// before the figure `idx`: "cut hospital admissions among people aged 75 and over by
/// 62%" → ("cut", decrease). Only within one clause, at most 14 tokens back.
pub(crate) fn verb_across_figures(
    cx: &Cx<'_>,
    drafts: &[Draft],
    idx: usize,
    by: usize,
) -> Option<(usize, Direction)> {
    let lo = by.saturating_sub(14);
    let mut q = by;
    let mut crossed = false;
    while q > lo {
        if let Some(p) = super::reader::ending_at(&drafts[..idx], cx.ordered, q) {
            crossed = true;
            q = p.a;
            continue;
        }
        if !cx.is(q - 1, TokKind::Word) {
            return None;
        }
        let w = cx.word(q - 1);
        if let Some(dir) = object_change_verb(w) {
            return (crossed && q < by).then_some((q - 1, dir));
        }
        if change_verb(w).is_some()
            || matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "that"
                    | "which"
                    | "who"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "said"
                    | "says"
            )
        {
            return None;
        }
        q -= 1;
    }
    None
}

static NOUNS_UP: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "increase",
        "increases",
        "rise",
        "rises",
        "raise",
        "raises",
        "gain",
        "gains",
        "jump",
        "surge",
        "growth",
        "climb",
        "hike",
        "hikes",
        "boost",
        "rebound",
        "uptick",
        "advance",
        "rally",
        "higher",
        "dearer",
        "upswing",
        "expansion",
        "improvement",
        "spike",
    ])
});
static NOUNS_DOWN: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "decrease",
        "decreases",
        "fall",
        "falls",
        "drop",
        "drops",
        "decline",
        "declines",
        "cut",
        "cuts",
        "reduction",
        "reductions",
        "loss",
        "slump",
        "plunge",
        "dip",
        "slide",
        "contraction",
        "downturn",
        "lower",
        "cheaper",
        "shrinkage",
        "slowdown",
        "tumble",
    ])
});
/// Change nouns and comparatives after a figure: "a 99% decrease", "5% higher".
pub(crate) fn change_noun(w: &str) -> Option<Direction> {
    if NOUNS_UP.contains(w) {
        Some(Direction::Increase)
    } else if NOUNS_DOWN.contains(w) {
        Some(Direction::Decrease)
    } else {
        None
    }
}

/// The direction of a change noun one word after a figure: a period or manner word
/// ("a 3.4% annual decline"), or a noun or acronym naming what changes ("a 5.5% pay
/// rise", "a 20% tax cut", "3,000 job cuts", "3% GDP growth"), but no function word
/// ("5% of the increase") and no comparative ("5% pay more"). Kept out of
/// [`direction`] so that its walk stays small.
#[inline(never)]
fn change_noun_after_word(cx: &Cx<'_>, j: usize) -> Option<Direction> {
    let next = cx.word(j + 1);
    let dir = change_noun(next)?;
    if matches!(
        next,
        "lower" | "higher" | "more" | "less" | "fewer" | "dearer" | "cheaper"
    ) || !cx.is(j, TokKind::Word)
    {
        return None;
    }
    let w = cx.word(j);
    let acronym = || cx.text(j).bytes().all(|b| b.is_ascii_uppercase());
    ((!cx.capital(j) || acronym()) && !super::reader::is_function_word(w)).then_some(dir)
}

/// The direction stated by a comparative at `j` before "than" and an earlier time:
/// "38 seconds slower than five years ago" is a rise in the time taken, "4mph slower
/// than last year" a fall in a speed, "12 days longer than a decade earlier" a rise.
#[inline(never)]
fn comparative_over_time(cx: &Cx<'_>, drafts: &[Draft], idx: usize, j: usize) -> Option<Direction> {
    let duration = drafts[idx].kind == FigureKind::Duration;
    // A time taken grows as it gets slower; a speed falls.
    let w = cx.word(j);
    let slower = w == "slower";
    let faster = matches!(w, "faster" | "quicker");
    let dir = match w {
        "longer" | "bigger" | "larger" | "greater" | "taller" | "heavier" | "wider" | "older"
        | "deeper" | "warmer" | "hotter" => Direction::Increase,
        "shorter" | "smaller" | "lighter" | "narrower" | "younger" | "shallower" | "colder"
        | "cooler" => Direction::Decrease,
        _ if slower && duration || faster && !duration => Direction::Increase,
        _ if slower || faster => Direction::Decrease,
        _ => return None,
    };
    if !cx.word_is(j + 1, "than") {
        return None;
    }
    let end = (j + 8).min(cx.len());
    let mut t = j + 2;
    while t < end {
        // "than five years ago", "than in 2019": a stretch of time or a year on the way.
        if let Some(p) = drafts[idx + 1..].iter().find(|p| p.a == t) {
            if p.kind.is_quantity() && p.kind != FigureKind::Duration {
                return None;
            }
            t = p.b;
            continue;
        }
        if cx.is(t, TokKind::Punct) {
            return None;
        }
        if matches!(
            cx.word(t),
            "ago" | "earlier" | "previously" | "previous" | "prior" | "last" | "before"
        ) {
            return Some(dir);
        }
        t += 1;
    }
    None
}

/// Whether the phrase after "than" at `than` names an earlier time of the same thing:
/// "than a year earlier", "than in 2019", "than last season", "than now", "than this
/// year's", "than at the same point in 2024". Not another thing ("than his
/// colleague", "than the national average"), nor a forecast or an average of years
/// ("than expected in March", "than the average for 1981 to 2010").
#[inline(never)]
fn than_an_earlier_time(cx: &Cx<'_>, drafts: &[Draft], idx: usize, than: usize) -> bool {
    let end = (than + 14).min(cx.len());
    let mut t = than + 1;
    let mut earlier = false;
    while t < end {
        if let Some(p) = drafts[idx + 1..].iter().find(|p| p.a == t) {
            // "than in 2019", "than the 862 mln spent in 1986": a year or date on the
            // way; a stretch of time or an amount says nothing by itself.
            if matches!(p.kind, FigureKind::Year | FigureKind::Date) {
                earlier = true;
            }
            t = p.b.max(t + 1);
            continue;
        }
        // "than in January", "than the 50.92 billion of February".
        if number::month_bytes(cx.text_bytes(t)).is_some() && cx.capital(t) {
            earlier = true;
        }
        if cx.is(t, TokKind::Punct) && !matches!(cx.punct(t), "'" | "’") {
            break;
        }
        match cx.word(t) {
            "ago" | "earlier" | "before" | "previous" | "previously" | "prior" | "last" | "now"
            // "1,240 more people died than usual": the same thing in ordinary times.
            | "yesterday" | "current" | "usual" | "normal" => earlier = true,
            "this"
                if matches!(
                    cx.word_bytes(t + 1),
                    b"year" | b"month" | b"week" | b"quarter" | b"season" | b"time"
                ) =>
            {
                earlier = true;
            }
            "average" | "forecast" | "forecasts" | "expected" | "predicted" | "budgeted"
            | "planned" | "target" | "estimated" => return false,
            "and" | "but" | "while" | "as" | "after" | "with" | "though" | "although" | "which"
            | "who" | "because" => break,
            _ => {}
        }
        t += 1;
    }
    earlier
}

/// The direction stated by "above" or "below" at `j` (or "up on", "down on", with `j`
/// at "on") when an earlier time of the same thing follows within a few words: "ago",
/// "earlier", "yesterday", "previous", "prior", "last", a weekday ("Friday's close"),
/// or a year or date before "level". "above the group's ceiling" and "below 1981's
/// peak" compare with no earlier time.
#[inline(never)]
fn above_an_earlier_time(cx: &Cx<'_>, drafts: &[Draft], idx: usize, j: usize) -> Option<Direction> {
    let end = (j + 9).min(cx.len());
    let mut t = j + 1;
    while t < end {
        if let Some(p) = drafts[idx + 1..].iter().find(|p| p.a == t) {
            // "the 1985 level", "their level in January 1986".
            if !p.kind.is_quantity()
                && (matches!(cx.word_bytes(p.b), b"level" | b"levels")
                    || p.a >= 2
                        && cx.word_is(p.a - 1, "in")
                        && matches!(cx.word_bytes(p.a - 2), b"level" | b"levels"))
            {
                break;
            }
            if p.kind.is_quantity() {
                return None;
            }
            t = p.b;
            continue;
        }
        if cx.is(t, TokKind::Punct) && !matches!(cx.punct(t), "'" | "’" | "-") {
            return None;
        }
        let w = cx.word(t);
        if matches!(
            w,
            "ago" | "earlier" | "yesterday" | "previous" | "prior" | "last"
        ) || is_weekday(cx.text(t))
        {
            break;
        }
        t += 1;
    }
    if t >= end {
        return None;
    }
    let up = cx.word_is(j, "above") || cx.word_is(j, "on") && cx.word_is(j - 1, "up");
    Some(if up {
        Direction::Increase
    } else {
        Direction::Decrease
    })
}

/// Whether `d` is a time a plan slipped by ("the launch has slipped by two years",
/// "slipped two months"): a delay, not a fall in anything.
fn delay(cx: &Cx<'_>, d: &Draft) -> bool {
    let slip = |t: usize| {
        matches!(
            cx.word_bytes(t),
            b"slipped" | b"slip" | b"slips" | b"slipping"
        )
    };
    d.kind == FigureKind::Duration
        && d.a > 0
        && (slip(d.a - 1) || d.a > 1 && cx.word_is(d.a - 1, "by") && slip(d.a - 2))
}

/// The direction of a percentage set "against" or "compared with" the change just
/// before it, which it shares.
fn set_against_a_change(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<Direction> {
    let d = &drafts[idx];
    if !matches!(d.kind, FigureKind::Percent | FigureKind::PercentagePoints) {
        return None;
    }
    // "against an average of 17%": the average of the same change.
    let mut k = d.a;
    if k >= 3
        && cx.word_is(k - 1, "of")
        && matches!(cx.word_bytes(k - 2), b"average" | b"mean")
        && matches!(cx.word_bytes(k - 3), b"an" | b"a")
    {
        k -= 3;
    }
    let connector = k >= 1 && matches!(cx.word_bytes(k - 1), b"against" | b"versus" | b"vs")
        || k >= 2
            && matches!(cx.word_bytes(k - 1), b"with" | b"to")
            && cx.word_is(k - 2, "compared");
    if !connector {
        return None;
    }
    // The noun after it: "against 3% for those given a placebo", "against 3% a year
    // earlier", "against 3% in December" leave it to the change; "against 3% growth"
    // or "a 3% fall" do not.
    if cx.is(d.b, TokKind::Word)
        && !matches!(
            cx.word_bytes(d.b),
            b"for"
                | b"in"
                | b"a"
                | b"an"
                | b"the"
                | b"last"
                | b"on"
                | b"among"
                | b"at"
                | b"by"
                | b"over"
                | b"during"
                | b"before"
                | b"earlier"
                | b"previously"
        )
    {
        return None;
    }
    // "lost 20.2% of their weight over 72 weeks, against 3.1%": the period of the change
    // stands between.
    let period = |q: &Draft| {
        q.kind == FigureKind::Duration
            && q.a > 0
            && matches!(
                cx.word_bytes(q.a - 1),
                b"over" | b"during" | b"in" | b"within"
            )
    };
    let p = (0..idx)
        .rev()
        .find(|&p| drafts[p].kind.is_quantity() && !period(&drafts[p]))?;
    let prev = &drafts[p];
    let inside_a_period = |t: usize| {
        drafts[p + 1..idx]
            .iter()
            .any(|q| period(q) && q.a <= t && t < q.b)
    };
    // "fell to 5.1%, against 5.3%", "to dip below 9.5 pct, against 9.581 pct": a level
    // reached, set against another level.
    if prev.kind != d.kind
        || prev.b >= k
        || prev.a > 0 && matches!(cx.word_bytes(prev.a - 1), b"to" | b"from" | b"at")
        || matches!(
            cx.word_bytes(prev.a),
            b"below" | b"above" | b"under" | b"past"
        )
    {
        return None;
    }
    // Nothing between but words and a comma: no clause of its own, no other figure.
    if (prev.b..k).any(|t| {
        cx.is(t, TokKind::Num) && !inside_a_period(t)
            || matches!(cx.punct(t), ";" | ":" | "(" | ")")
            || matches!(
                cx.word_bytes(t),
                b"to" | b"from" | b"and" | b"but" | b"while"
            ) && t + 1 < k
    }) {
        return None;
    }
    direction(cx, drafts, p)
}

/// "Debt was the issue raised by 3,610 clients", "£2m was raised by 4,000 donors": the
/// people after "raised by" are who raised something, not the size of a rise ("fees
/// were raised by 5%", "capacity was raised by 3,000 places").
fn raised_by_people(cx: &Cx<'_>, d: &Draft) -> bool {
    d.kind == FigureKind::Count
        && d.a >= 2
        && cx.word_is(d.a - 1, "by")
        && cx.word_is(d.a - 2, "raised")
        && (d.b..d.b + 2).any(|t| {
            matches!(
                cx.word_bytes(t),
                b"people"
                    | b"clients"
                    | b"residents"
                    | b"users"
                    | b"customers"
                    | b"voters"
                    | b"members"
                    | b"patients"
                    | b"parents"
                    | b"pupils"
                    | b"students"
                    | b"families"
                    | b"households"
                    | b"donors"
                    | b"supporters"
                    | b"respondents"
                    | b"callers"
                    | b"visitors"
                    | b"shareholders"
                    | b"investors"
                    | b"campaigners"
                    | b"fans"
                    | b"volunteers"
            )
        })
}

/// The direction stated by the size of a change right before "to" and the level
/// `drafts[idx]` it brought a thing to ("rose by 7 cents to $33.88", "fell nine marks
/// to 356"); not the start of a from-to pair or of a range.
fn size_before_level(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<Direction> {
    let d = &drafts[idx];
    if d.a < 2 || !cx.word_is(d.a - 1, "to") {
        return None;
    }
    let p = drafts[..idx].iter().rposition(|p| p.b + 1 == d.a)?;
    if !drafts[p].kind.is_quantity()
        || drafts[p].pair
        || drafts[p].a >= 1
            && matches!(cx.word_bytes(drafts[p].a - 1), b"from" | b"between" | b"to")
    {
        return None;
    }
    direction(cx, drafts, p)
}

/// The direction of `drafts[idx]`.
#[expect(
    clippy::many_single_char_names,
    reason = "d is the draft and j, k, q walk tokens, as in the reader"
)]
pub(crate) fn direction(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<Direction> {
    let d = &drafts[idx];
    if d.direction.is_some() {
        return d.direction;
    }
    if !d.kind.is_quantity() || distance_fallen(cx, d) || delay(cx, d) || raised_by_people(cx, d) {
        return None;
    }
    // "a sheer drop of 40 metres", "a vertical fall of 200ft": the height of a drop in
    // the ground, not a change.
    if d.kind == FigureKind::Measure
        && d.a >= 3
        && cx.word_is(d.a - 1, "of")
        && matches!(
            cx.word_bytes(d.a - 2),
            b"drop" | b"fall" | b"descent" | b"climb" | b"rise"
        )
        && matches!(cx.word_bytes(d.a - 3), b"sheer" | b"vertical" | b"steep")
    {
        return None;
    }
    // After: "a 99% decrease", "5% higher", "a 10-point drop".
    let mut j = d.b;
    if cx.punct_is(j, "-") && cx.glued(j) {
        j += 1;
    }
    // "a $38 million jail expansion", "a £2bn expansion of the airport": money before
    // an expansion or improvement is what the project costs, not a change in anything;
    // and "a $14 million loss", "a 3.4 mln dlr net loss" is a result, a level, as "a loss
    // of £3m" is. So is "a nine-month operating loss": the loss of a period.
    let project = |w: &str| {
        d.kind == FigureKind::Money && matches!(w, "expansion" | "improvement" | "loss" | "losses")
            || d.kind == FigureKind::Duration && matches!(w, "loss" | "losses")
    };
    if let Some(dir) = change_noun(cx.word(j)) {
        return (!project(cx.word(j))).then_some(dir);
    }
    // "a 3.4% annual decline", "a 5.5% pay rise", "3,000 job cuts": a word between;
    // "the 2.99% council tax rise": two.
    if cx.is(j + 1, TokKind::Word)
        && let Some(dir) = change_noun_after_word(cx, j)
    {
        return (!project(cx.word(j + 1))).then_some(dir);
    }
    if matches!(d.kind, FigureKind::Percent | FigureKind::Money)
        && cx.is(j, TokKind::Word)
        && cx.is(j + 2, TokKind::Word)
        && !matches!(cx.word_bytes(j + 2), b"loss" | b"losses")
        && !cx.capital(j)
        && !super::reader::is_function_word(cx.word(j))
        && (j..j + 2).all(|t| {
            let w = cx.word(t);
            number::small(w).is_none()
                && change_verb(w).is_none()
                && !super::subject::is_clause_verb(w)
        })
        && let Some(dir) = change_noun_after_word(cx, j + 1)
    {
        return (!project(cx.word(j + 2))).then_some(dir);
    }
    // "35 cents above Friday's close", "4.4 pct above the year-ago level", "8.6 pct
    // below their level in January 1986": above or below what the same thing was at
    // an earlier time is a change.
    if matches!(cx.word(j), "above" | "below")
        && let Some(dir) = above_an_earlier_time(cx, drafts, idx, j)
    {
        return Some(dir);
    }
    // "20% down on last year", "3.2% up on the previous month": British "up on" and
    // "down on" an earlier time of the same thing (not "5% down on forecasts").
    if matches!(cx.word(j), "up" | "down")
        && cx.word_is(j + 1, "on")
        && let Some(dir) = above_an_earlier_time(cx, drafts, idx, j + 1)
    {
        return Some(dir);
    }
    // "38 seconds slower than five years ago", "a season 12 days longer than a decade
    // earlier": a comparative set against an earlier time of the same thing is a
    // change (not "24% longer than those given a placebo", a comparison).
    if let Some(dir) = comparative_over_time(cx, drafts, idx, j) {
        return Some(dir);
    }
    // "spent £31.1bn, 6% more in real terms", "pay is 4% lower in real terms": more or
    // less once inflation is taken out is more or less than before, a change.
    if matches!(cx.word_bytes(j + 1), b"in")
        && matches!(cx.word_bytes(j + 2), b"real" | b"cash" | b"nominal")
        && cx.word_is(j + 3, "terms")
    {
        match cx.word_bytes(j) {
            b"more" | b"higher" | b"up" => return Some(Direction::Increase),
            b"less" | b"fewer" | b"lower" | b"down" => return Some(Direction::Decrease),
            _ => {}
        }
    }
    // "18% more than", "two fewer than", "3.1% fewer services in October than a year
    // earlier".
    if matches!(cx.word(j), "more" | "fewer" | "less") {
        let end = (j + 8).min(cx.len());
        let than = (j + 1..end).find(|&t| cx.word_is(t, "than"));
        if let Some(than) = than
            && (j + 1..than)
                .all(|t| !cx.is(t, TokKind::Num) && !matches!(cx.punct(t), "," | ";" | ":" | "("))
        {
            // "6% more than his colleague", "20% less than the national average": set
            // against another thing, not an earlier time, it is a comparison.
            if !than_an_earlier_time(cx, drafts, idx, than) {
                return None;
            }
            return Some(if cx.word(j) == "more" {
                Direction::Increase
            } else {
                Direction::Decrease
            });
        }
        // "took on 3% fewer international students this autumn", "flew 12% more
        // passengers so far this year": a part of this year after the noun compares
        // with the same part of the last; for a percentage, so does the next or the
        // last one ("will land 20% less cod next year", "carried 7% more passengers
        // last year"; not "bought two more last year", which were added).
        let percent = d.kind == FigureKind::Percent;
        let this = (j + 1..end).find(|&t| {
            (cx.word_is(t, "this") || percent && matches!(cx.word_bytes(t), b"next" | b"last"))
                && matches!(
                    cx.word_bytes(t + 1),
                    b"year"
                        | b"month"
                        | b"week"
                        | b"quarter"
                        | b"season"
                        | b"term"
                        | b"summer"
                        | b"autumn"
                        | b"winter"
                        | b"spring"
                )
        });
        if let Some(this) = this
            && (j + 1..this).all(|t| {
                cx.is(t, TokKind::Word)
                    && !matches!(cx.word_bytes(t), b"and" | b"or" | b"but" | b"than" | b"of")
            })
        {
            return Some(if cx.word(j) == "more" {
                Direction::Increase
            } else {
                Direction::Decrease
            });
        }
    }
    // "Patients lost 12% of their weight, against 2% on a placebo", "Sales rose 5%,
    // compared with 3% a year earlier": a percentage set against a change of the same
    // kind, with no noun of its own, is the size of the same change elsewhere (not a
    // level set against a level, "fell to 5.1%, against 5.3%", nor "against a 3% fall",
    // whose noun speaks for it).
    if let Some(dir) = set_against_a_change(cx, drafts, idx) {
        return Some(dir);
    }
    // "Homicides fell 17%, with 1,370 fewer killings": more or fewer after "with",
    // following a change, is that change counted.
    if d.a > 0
        && cx.word_is(d.a - 1, "with")
        && matches!(cx.word_bytes(d.b), b"more" | b"fewer" | b"less")
        && (0..idx).any(|p| drafts[p].b < d.a && direction(cx, drafts, p).is_some())
    {
        return Some(if cx.word_is(d.b, "more") {
            Direction::Increase
        } else {
            Direction::Decrease
        });
    }
    // "an extra £6bn a year": a sum added is a rise; so is "hire three more officers,
    // bringing the force to 42", where the total it makes is given (but not "an
    // additional 37.1 pct of the outstanding shares", "sell an additional two cargoes").
    let added = d.a >= 2
        && matches!(cx.word_bytes(d.a - 1), b"extra" | b"additional")
        && matches!(cx.word_bytes(d.a - 2), b"an" | b"a");
    // "found 62 new moons around Saturn, taking its total to 146": new ones too.
    let more_making_a_total = (added
        || matches!(
            cx.word_bytes(d.b),
            b"more" | b"extra" | b"additional" | b"new"
        ))
        && (d.b + 1..(d.b + 10).min(cx.len())).any(|t| {
            cx.punct_is(t, ",")
                && matches!(
                    cx.word_bytes(t + 1),
                    b"bringing" | b"taking" | b"lifting" | b"raising"
                )
        });
    if added && d.kind == FigureKind::Money && !cx.word_is(d.b, "of") || more_making_a_total {
        return Some(Direction::Increase);
    }
    // "taking its gain this year to more than 30%": the figure a change is brought to
    // is the size of that change.
    if d.a > 0
        && cx.word_is(d.a - 1, "to")
        && let Some(dir) = (d.a.saturating_sub(6)..d.a - 1).find_map(|t| {
            let noun = cx.word(t);
            (t >= 2
                && matches!(
                    cx.word_bytes(t - 1),
                    b"its" | b"their" | b"the" | b"his" | b"her"
                )
                && matches!(cx.word_bytes(t - 2), b"taking" | b"bringing" | b"pushing")
                && !matches!(noun, "loss" | "lower" | "cut" | "cuts")
                && (t + 1..d.a - 1).all(|q| cx.is(q, TokKind::Word)))
            .then(|| change_noun(noun))
            .flatten()
        })
    {
        return Some(dir);
    }
    // "will lose 14 of its 38 branches": what is to be lost is a fall ("lose" is no verb
    // of change for the reader, which keeps "lose 5 to 10 pct" one range).
    if d.a > 0 && cx.word_is(d.a - 1, "lose") && d.kind.is_quantity() {
        return Some(Direction::Decrease);
    }
    // "eliminate 85 teaching positions": a count of jobs done away with is a cut.
    if d.kind == super::figure::FigureKind::Count
        && d.a > 0
        && matches!(
            cx.word(d.a - 1),
            "eliminate" | "eliminates" | "eliminated" | "eliminating"
        )
        && (d.b..(d.b + 3).min(cx.len()))
            .take_while(|&t| cx.is(t, TokKind::Word))
            .any(|t| matches!(cx.word(t), "jobs" | "posts" | "roles" | "positions"))
    {
        return Some(Direction::Decrease);
    }
    // "As many as 3,000 jobs could go", "400 posts are to go", "250 jobs would be
    // lost": jobs that go or are lost are a cut (not "jobs could go up").
    if d.kind == FigureKind::Count
        && matches!(
            cx.word_bytes(d.b),
            b"jobs" | b"posts" | b"roles" | b"positions"
        )
    {
        let mut v = d.b + 1;
        while v < d.b + 5
            && matches!(
                cx.word_bytes(v),
                b"could"
                    | b"will"
                    | b"would"
                    | b"may"
                    | b"might"
                    | b"are"
                    | b"is"
                    | b"were"
                    | b"set"
                    | b"to"
                    | b"expected"
                    | b"likely"
                    | b"due"
                    | b"be"
                    | b"been"
            )
        {
            v += 1;
        }
        if v > d.b + 1
            && (cx.word_is(v, "go") && !matches!(cx.word_bytes(v + 1), b"up" | b"on")
                || cx.word_is(v, "lost") && matches!(cx.word_bytes(v - 1), b"be" | b"been"))
        {
            return Some(Direction::Decrease);
        }
    }
    // "340 of its 900 nurses left the service", "120 of the 800 staff were laid off":
    // the verb of a part comes after the whole it is of, read from there.
    let after = if matches!(d.kind, FigureKind::Count | FigureKind::Ratio)
        && cx.word_is(d.b, "of")
        && matches!(cx.word_bytes(d.b + 1), b"its" | b"their" | b"the")
        && cx.is(d.b + 2, TokKind::Num)
        && !cx.glued(d.b + 3)
    {
        d.b + 3
    } else {
        d.b
    };
    // "About 300 workers were laid off", "a quarter of its staff will be made
    // redundant": the count of those let go, told in the passive, is a cut.
    // Not the whole they come from: "341 employees of its remaining 885 employees will
    // be laid off".
    if matches!(d.kind, FigureKind::Count | FigureKind::Ratio)
        && !(1..=3).any(|back| d.a >= back && cx.word_is(d.a - back, "of"))
        && let Some(aux) = (after..(after + 6).min(cx.len()))
            .take_while(|&t| cx.is(t, TokKind::Word))
            .find(|&t| {
                matches!(
                    cx.word_bytes(t),
                    b"were"
                        | b"was"
                        | b"are"
                        | b"is"
                        | b"will"
                        | b"would"
                        | b"have"
                        | b"has"
                        | b"had"
                )
            })
    {
        let mut v = aux + 1;
        while v < aux + 3 && matches!(cx.word_bytes(v), b"be" | b"been" | b"being") {
            v += 1;
        }
        // "1,200 routes have been cut or reduced", "about 400 posts will be axed" (not
        // "200 trees were cut down").
        if cx.word_is(v, "laid") && cx.word_is(v + 1, "off")
            || cx.word_is(v, "made") && cx.word_is(v + 1, "redundant")
            || v > aux + 1
                // Not an old level before a clause of its own: "to 14,754 units from
                // 16,848 and would be cut further".
                && !(d.a > 0 && matches!(cx.word_bytes(d.a - 1), b"from" | b"to"))
                && (d.b..aux).all(|t| !matches!(cx.word_bytes(t), b"and" | b"or" | b"but"))
                && matches!(
                    cx.word_bytes(v),
                    b"cut" | b"axed" | b"scrapped" | b"shed" | b"eliminated" | b"abolished"
                )
                && !matches!(cx.word_bytes(v + 1), b"down" | b"short" | b"off" | b"out")
        {
            return Some(Direction::Decrease);
        }
    }
    // "some 3,500 dentists have left the service", "about 40,000 teachers quit the
    // profession": those who left their work are a fall in its numbers. Not the whole
    // they come from ("340 of its 900 nurses left the service" leaves the 900 alone),
    // nor people who left a place ("12 people left the building").
    if matches!(d.kind, FigureKind::Count | FigureKind::Ratio)
        && !(1..=3).any(|back| d.a >= back && cx.word_is(d.a - back, "of"))
        && let Some(verb) = (after..(after + 5).min(cx.len()))
            .take_while(|&t| cx.is(t, TokKind::Word) && !cx.word_is(t, "of"))
            .find(|&t| matches!(cx.word_bytes(t), b"left" | b"quit"))
        && (after..verb).all(|t| !matches!(cx.word_bytes(t), b"who" | b"that" | b"which"))
        && matches!(cx.word_bytes(verb + 1), b"the" | b"their")
        && matches!(
            cx.word_bytes(verb + 2),
            b"profession"
                | b"service"
                | b"industry"
                | b"workforce"
                | b"sector"
                | b"force"
                | b"army"
                | b"nhs"
                | b"job"
                | b"jobs"
                | b"posts"
        )
    {
        return Some(Direction::Decrease);
    }
    // "Of its 900 nurses, 340 left within two years", "Of the 1,200 apprentices who
    // started in 2022, 430 dropped out": a part of a whole named at the head of the
    // sentence that left, with no place after the verb, is a fall in that whole (not
    // "Of the 300 guests, 40 left the hotel early").
    if d.kind == FigureKind::Count
        && d.a >= 4
        && cx.punct_is(d.a - 1, ",")
        && cx.word_is(0, "of")
        && (1..d.a - 1).any(|t| cx.is(t, TokKind::Num))
        && !(1..d.a - 1).any(|t| cx.punct_is(t, ",") || cx.punct_is(t, ";"))
    {
        let after_verb = match (cx.word_bytes(d.b), cx.word_bytes(d.b + 1)) {
            (b"left" | b"quit" | b"resigned", _) => Some(d.b + 1),
            (b"dropped" | b"walked" | b"pulled", b"out") => Some(d.b + 2),
            _ => None,
        };
        if let Some(v) = after_verb
            && !matches!(
                cx.word_bytes(v),
                b"the" | b"their" | b"its" | b"his" | b"her" | b"a" | b"an" | b"for" | b"to"
            )
        {
            return Some(Direction::Decrease);
        }
    }
    // "create 1,200 jobs": a count of jobs made is a rise.
    if d.kind == super::figure::FigureKind::Count
        && d.a > 0
        && matches!(
            cx.word(d.a - 1),
            "create" | "creates" | "created" | "creating"
        )
        && matches!(cx.word(d.b), "jobs" | "posts" | "roles" | "positions")
    {
        return Some(Direction::Increase);
    }
    // "wiping £2.6bn off its market value", "knocked 5p off the price": taken off.
    if d.a > 0
        && cx.word_is(d.b, "off")
        && matches!(
            cx.word_bytes(d.a - 1),
            b"wipe"
                | b"wipes"
                | b"wiped"
                | b"wiping"
                | b"knock"
                | b"knocks"
                | b"knocked"
                | b"knocking"
                | b"shave"
                | b"shaves"
                | b"shaved"
                | b"shaving"
                | b"lop"
                | b"lopped"
        )
    {
        return Some(Direction::Decrease);
    }
    // "took almost five seconds off the world mile record", "will take 20 minutes off
    // the journey": taken off a thing named after it ("took two weeks off work" is a
    // holiday).
    if d.a > 0
        && cx.word_is(d.b, "off")
        && matches!(
            cx.word_bytes(d.a - 1),
            b"take" | b"takes" | b"took" | b"taking" | b"taken"
        )
        && matches!(
            cx.word_bytes(d.b + 1),
            b"the" | b"its" | b"his" | b"her" | b"their" | b"our" | b"your"
        )
    {
        return Some(Direction::Decrease);
    }
    // "close 103 branches", "axe 40 stores", "lay off 35 staff": a count of things
    // shut or people let go is a cut.
    let laid_off = d.a >= 2
        && cx.word_is(d.a - 1, "off")
        && matches!(
            cx.word_bytes(d.a - 2),
            b"lay" | b"lays" | b"laid" | b"laying"
        );
    if d.kind == super::figure::FigureKind::Count
        && laid_off
        && cx.is(d.b, TokKind::Word)
        && !cx.is(d.b + 1, TokKind::Num)
    {
        return Some(Direction::Decrease);
    }
    if d.kind == super::figure::FigureKind::Count
        && d.a > 0
        && matches!(
            cx.word_bytes(d.a - 1),
            b"close"
                | b"closes"
                | b"closing"
                | b"closed"
                | b"shut"
                | b"shuts"
                | b"shutting"
                | b"axe"
                | b"axes"
                | b"axing"
                | b"axed"
                | b"scrap"
                | b"scraps"
                | b"scrapping"
                | b"scrapped"
                | b"shutter"
                | b"shutters"
                | b"shuttering"
                | b"shuttered"
        )
        // "shutter six elementary campuses": the plural may follow an adjective or two.
        && (elliptical_count(cx, drafts, idx)
            || cx.is(d.b, TokKind::Word)
            && (d.b..(d.b + 3).min(cx.len()))
                .take_while(|&t| cx.is(t, TokKind::Word))
                .any(|t| cx.word_bytes(t).ends_with(b"s"))
            && !matches!(
                cx.word_bytes(d.b),
                b"points" | b"cents" | b"pence" | b"pct" | b"basis" | b"times"
            )
            && !matches!(
                cx.word_bytes(d.b + 1),
                b"higher" | b"lower" | b"up" | b"down" | b"at"
            )
            // "close five of the borough's 12 libraries": some of a whole.
            || cx.word_is(d.b, "of")
                && matches!(
                    cx.word_bytes(d.b + 1),
                    b"the" | b"its" | b"their" | b"our" | b"his" | b"her" | b"these" | b"those"
                )
                && !(d.b..d.b + 8).any(|t| {
                    matches!(
                        cx.word_bytes(t),
                        b"higher" | b"lower" | b"up" | b"down" | b"sessions" | b"days"
                    )
                }))
    {
        return Some(Direction::Decrease);
    }
    // "car sales were off 8.6 pct", "AMC was off 3/8": "off" after "be" is a fall
    // (not "the polls were off by 3 points", a miss).
    if d.a >= 2
        && cx.word_is(d.a - 1, "off")
        && matches!(
            cx.word_bytes(d.a - 2),
            b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"being"
        )
    {
        return Some(Direction::Decrease);
    }
    // "raises pay by 6%, 5% and 4%": the later items of a list after "by" state
    // changes as the first does.
    if let Some(first) = list_head_after_by(cx, drafts, idx) {
        return direction(cx, drafts, first);
    }
    // "cut the risk by 70% in adults and by 84% in children", "fell by 5% in 2020 and
    // by 3% in 2021": a second size after "and by", with only the group or period of
    // the first between them, states the change the first does.
    if d.a >= 2
        && cx.word_is(d.a - 1, "by")
        && cx.word_is(d.a - 2, "and")
        && let Some(p) = drafts[..idx].iter().rposition(|p| p.kind.is_quantity())
        && drafts[p].kind == d.kind
        && drafts[p].a > 0
        && cx.word_is(drafts[p].a - 1, "by")
        && drafts[p].b <= d.a - 2
        && d.a - 2 - drafts[p].b <= 5
        && (drafts[p].b..d.a - 2).all(|t| {
            let w = cx.word(t);
            cx.is(t, TokKind::Word)
                && change_verb(w).is_none()
                && !super::subject::is_clause_verb(w)
                && !matches!(w, "and" | "or" | "but" | "while" | "as")
                || drafts[p + 1..idx].iter().any(|q| q.a <= t && t < q.b)
        })
    {
        return direction(cx, drafts, p);
    }
    // "up 0.2% from August and 4.3% from a year earlier", "raise council tax by 9.99%
    // this year and 7.49% next", "a 4.25% rise this year and 3.75% next year": a second
    // size after "and", its verb left out, with a phrase of base, period or group like
    // the first's, states the change the first does.
    if d.a >= 2
        && cx.word_is(d.a - 1, "and")
        && let Some(p) = drafts[..idx].iter().rposition(|p| p.kind.is_quantity())
        && parallel_after_and(cx, drafts, p, idx)
    {
        return direction(cx, drafts, p);
    }
    // "fell $2.10, or 2.7%": a restatement takes the direction of what it restates,
    // also over a few words of period ("fall by £129 a year, or about 7%").
    if d.a >= 2
        && cx.word_is(d.a - 1, "or")
        && cx.punct_is(d.a - 2, ",")
        && let Some(p) = drafts[..idx].iter().rposition(|p| {
            p.b + 2 <= d.a && d.a - 2 - p.b <= 3 && (p.b..d.a - 2).all(|t| cx.is(t, TokKind::Word))
        })
        && drafts[p].kind.is_quantity()
    {
        // "rose 6.3% to $592.5 billion last year, or 3.3% after inflation": past the
        // level reached, to the size of the change.
        return size_before_level(cx, drafts, p).or_else(|| direction(cx, drafts, p));
    }
    // "raised its prime rate a quarter point", "cut prices 10%": a verb of change, its
    // object, then the size without "by".
    if let Some((_, dir)) = super::subject::object_before_bare_size(cx, drafts, idx) {
        return Some(dir);
    }
    // "dropped for a 29th consecutive quarter, by 26,000", "rose in March, by 2%": a
    // phrase of time in commas may stand between the verb and ", by" and its size.
    if d.a >= 3
        && cx.word_is(d.a - 1, "by")
        && cx.punct_is(d.a - 2, ",")
        && let Some(dir) = (d.a.saturating_sub(12)..d.a - 2)
            .rev()
            .take_while(|&t| {
                !cx.is(t, TokKind::Punct)
                    && super::reader::ending_at(&drafts[..idx], cx.ordered, t + 1)
                        .is_none_or(|p| !p.kind.is_quantity())
            })
            .find_map(|t| {
                let w = cx.word(t);
                // "fell, largely as the result of the rising Taiwan dollar, by 8.18
                // pct": a participle after an article describes a noun.
                if matches!(w, "up" | "down" | "adding" | "adds" | "add")
                    || t > 0
                        && matches!(
                            cx.word_bytes(t - 1),
                            b"the" | b"a" | b"an" | b"its" | b"their" | b"his" | b"her"
                        )
                {
                    return None;
                }
                change_verb(w)
            })
    {
        return Some(dir);
    }
    // "rose by 7 cents to $33.88", "fell nine marks to 356": the level a change of a
    // stated size brought a thing to is no change itself; the size before "to" states
    // the direction ("fell from 40 to 30" and "rose to $10m" keep theirs).
    if size_before_level(cx, drafts, idx).is_some() {
        return None;
    }
    // Before: "rose 5%", "fell by 3 points", "up 3 points", "fell from 40 to 30".
    let mut k = d.a;
    // "rose an annualised 7.4 pct": the epithets and their article, back to the verb.
    if let Some(a) = article_before_epithets(cx, k) {
        k = a;
    }
    let mut steps = 0;
    let mut skipped_figure = false;
    while k > 0 && steps < 8 {
        steps += 1;
        if let Some(p) = super::reader::ending_at(&drafts[..idx], cx.ordered, k) {
            if p.pair || matches!(cx.word_bytes(k), b"to" | b"from") || p.kind == d.kind {
                k = p.a;
                skipped_figure = true;
                continue;
            }
            // "cut its forecast for 2025 by 0.5 points": a year or date names the
            // period, and the verb before it still governs.
            if !p.kind.is_quantity() && cx.word_is(k, "by") {
                k = p.a;
                continue;
            }
            // "cut hospital admissions among people aged 75 and over by 62%".
            if cx.word_is(k, "by")
                && let Some((_, dir)) = verb_across_figures(cx, drafts, idx, k)
            {
                return Some(dir);
            }
            break;
        }
        let w = cx.word(k - 1);
        // "The trust has put up 300 metres of fencing", "put up 40 new signs": things
        // put up are built, not a rise (but "Fuel duty was put up 2p" is).
        if w == "up"
            && k >= 2
            && k == d.a
            && matches!(d.kind, FigureKind::Count | FigureKind::Measure)
            && matches!(cx.word_bytes(k - 2), b"put" | b"puts" | b"putting")
        {
            return None;
        }
        // "Men made up 83% of the total", "takes up 30% of the budget": a share, not
        // a move up.
        if w == "up"
            && k >= 2
            && matches!(
                cx.word_bytes(k - 2),
                b"make"
                    | b"makes"
                    | b"made"
                    | b"making"
                    | b"take"
                    | b"takes"
                    | b"took"
                    | b"taking"
                    | b"taken"
                    // "eating up 41% of take-home pay", "used up 30% of its budget".
                    | b"eat"
                    | b"eats"
                    | b"eating"
                    | b"ate"
                    | b"eaten"
                    | b"use"
                    | b"uses"
                    | b"using"
                    | b"used"
                    | b"soak"
                    | b"soaks"
                    | b"soaking"
                    | b"soaked"
                    // "the bills add up to $4,000": a sum.
                    | b"add"
                    | b"adds"
                    | b"added"
                    | b"adding"
                    // "winding up a two-day visit", "set up a $5m fund", "drew up a
                    // 10-point plan": the particle of another verb.
                    | b"wind"
                    | b"winds"
                    | b"winding"
                    | b"wound"
                    | b"set"
                    | b"sets"
                    | b"setting"
                    | b"draw"
                    | b"draws"
                    | b"drew"
                    | b"drawn"
                    | b"drawing"
                    | b"sign"
                    | b"signs"
                    | b"signed"
                    | b"signing"
                    | b"tie"
                    | b"ties"
                    | b"tied"
            )
        {
            return None;
        }
        // "touched down 4 km from its target", "handed down a 10-year sentence",
        // "turned down a $5bn bid": the particle of a verb that moves nothing.
        if w == "down"
            && k >= 2
            && matches!(
                cx.word_bytes(k - 2),
                b"touch"
                    | b"touches"
                    | b"touched"
                    | b"touching"
                    | b"hand"
                    | b"hands"
                    | b"handed"
                    | b"handing"
                    | b"turn"
                    | b"turns"
                    | b"turned"
                    | b"turning"
                    | b"put"
                    | b"puts"
                    | b"putting"
                    | b"step"
                    | b"steps"
                    | b"stepped"
                    | b"stepping"
                    | b"sit"
                    | b"sits"
                    | b"sat"
                    | b"sitting"
                    | b"shot"
                    | b"shoot"
                    | b"shoots"
                    | b"shooting"
                    | b"track"
                    | b"tracked"
                    | b"tracking"
                    | b"lay"
                    | b"laid"
                    | b"laying"
                    | b"lays"
            )
        {
            return None;
        }
        // "The haddock quota was raised 8% to 57,700 tonnes", "fares were lowered 5%":
        // a verb that wants "by" states a change in the passive with a share right
        // after it (but "was raised £40m" is money raised).
        if k == d.a
            && k >= 2
            && matches!(d.kind, FigureKind::Percent | FigureKind::PercentagePoints)
            && matches!(
                cx.word_bytes(k - 2),
                b"was" | b"were" | b"is" | b"are" | b"be" | b"been" | b"being"
            )
            && w.ends_with("ed")
            && let Some(dir) = by_verb(w)
        {
            return Some(dir);
        }
        // "adding £140 a year to the bill", but not "he said, adding the two largest
        // shareholders might": "add" in the present states a rise only right before
        // its figure.
        if let Some(dir) = change_verb(w)
            && (k == d.a || !matches!(w, "adding" | "adds" | "add"))
        {
            return Some(dir);
        }
        // "raises of 5% for its teachers", "a hike of 40p", "reductions of 10%": a noun
        // of change right before "of" and the figure states its size (not a walk's
        // length: "a hike of 12 miles").
        if k + 1 == d.a
            && cx.word_is(d.a - 1, "of")
            && d.kind != FigureKind::Measure
            && let Some(dir) = match w {
                "raise" | "raises" | "hike" | "hikes" | "boost" | "boosts" | "uptick" => {
                    Some(Direction::Increase)
                }
                "reduction" | "reductions" | "decrease" | "decreases" => Some(Direction::Decrease),
                _ => None,
            }
        {
            return Some(dir);
        }
        // "a loss of 982 students", "with the loss of 1,221 jobs", "a loss of 4%": the
        // people or posts lost, or the share, are a fall (but not a sum lost, "a loss of
        // £3m", nor one with its currency left to the context, "a loss of 627,500 or
        // 35 cts", nor lives lost or barrels of crude). "The loss of up to 2,800 of its
        // 4,000 jobs": the noun may follow the whole the part is of.
        let noun = if cx.word_is(d.b, "of")
            && matches!(cx.word_bytes(d.b + 1), b"its" | b"their" | b"the")
            && cx.is(d.b + 2, TokKind::Num)
            && !cx.glued(d.b + 3)
        {
            d.b + 3
        } else {
            d.b
        };
        if matches!(w, "loss" | "losses")
            && cx.word_is(d.a.wrapping_sub(1), "of")
            && (d.kind == FigureKind::Percent
                || d.kind == FigureKind::Count
                    && d.unit.is_none()
                    && cx.is(noun, TokKind::Word)
                    && !cx.capital(noun)
                    && (cx.word_bytes(noun).ends_with(b"s") || cx.word_is(noun, "staff"))
                    && !matches!(cx.word_bytes(noun), b"lives" | b"dlrs" | b"cts"))
        {
            return Some(Direction::Decrease);
        }
        let skippable = matches!(
            w,
            "by" | "to"
                | "from"
                | "a"
                | "an"
                | "the"
                | "some"
                | "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "been"
                | "be"
                | "would"
                | "will"
                | "could"
                | "about"
                | "nearly"
                | "almost"
                | "around"
                | "roughly"
                | "over"
                | "more"
                | "than"
                | "less"
                | "just"
                | "only"
                | "at"
                | "least"
                | "another"
                | "further"
                | "of"
                | "estimated"
                | "record"
                | "total"
                | "combined"
        ) || (w.len() > 4 && w.ends_with("ly"))
            // "by an average of 15%", "lost an average of 14.9%", "shed a mean 21.8kg"
            || w == "average" && k >= 2 && cx.word_is(k - 2, "an")
            || matches!(w, "mean" | "median") && k >= 2 && cx.word_is(k - 2, "a");
        if !skippable {
            // "cut costs by $3.5bn", "cut the risk of death by a quarter", "reduced
            // weight by an average of 15%": a change verb before the thing that changed.
            // So with a "-fold" multiplier, which needs no "by": "raised the price of
            // subsidised bread fourfold".
            if cx.word_is(d.a.wrapping_sub(1), "by")
                || d.kind == FigureKind::Multiplier
                    && !skipped_figure
                    && (d.a..d.b).any(|t| cx.word_bytes(t).ends_with(b"fold"))
                || !skipped_figure
                    && (k..d.a).any(|t| {
                        cx.word_is(t, "by")
                            // "raised by the two sides": an agent, not an amount.
                            && !matches!(cx.word_bytes(t + 1), b"the" | b"its" | b"their" | b"his" | b"her")
                    })
            {
                // "raised the posted price of West Texas Intermediate crude by 50 cts": the
                // object may run to a name of several words.
                // "cut the risk of heart attack, stroke or death by 20%": the object
                // may be a series, its commas closed by "or" or "and" before the size.
                let series = (k.saturating_sub(10)..=k).any(|t| cx.word_is(t, "or") || cx.word_is(t, "and"));
                let lo = k.saturating_sub(if series { 16 } else { 10 });
                let mut q = k;
                // "raised its full-year guidance by £10m": a hyphen inside the object.
                while q > lo
                    && (cx.is(q - 1, TokKind::Word)
                        || cx.punct_is(q - 1, "-") && cx.glued(q - 1) && cx.glued(q)
                        // "reducing bookmakers' takings by about £700m": the apostrophe
                        // of an owner inside the object.
                        || matches!(cx.punct(q - 1), "'" | "’")
                            && cx.glued(q - 1)
                            && cx.is(q.wrapping_sub(2), TokKind::Word)
                        || series
                            && cx.punct_is(q - 1, ",")
                            && cx.is(q, TokKind::Word)
                            && !cx.capital(q)
                            // ", and exports by 9,000 tonnes" opens a clause.
                            && !matches!(
                                cx.word_bytes(q),
                                b"and" | b"or" | b"but" | b"while" | b"which" | b"who" | b"that"
                            )
                            && (q..=k).any(|t| cx.word_is(t, "or") || cx.word_is(t, "and")))
                {
                    q -= 1;
                    if let Some(dir) = change_verb(cx.word(q)).or_else(|| by_verb(cx.word(q))) {
                        return Some(dir);
                    }
                }
                // "cutting prices on 500 lines by an average of 9%": the object holds a
                // figure of its own.
                if let Some(by) = (k..d.a).find(|&t| cx.word_is(t, "by"))
                    && let Some((_, dir)) = verb_across_figures(cx, drafts, idx, by)
                {
                    return Some(dir);
                }
                // "Applications from Nigeria fell by 46%, and those from India by 21%": a
                // clause after ", and" whose verb is left out repeats the change before
                // it, as its own size after "by" says.
                // So is "and by" alone: "will go up by 30p to £3.30 for cars and by £1 to
                // £11.20 for lorries".
                if (q > lo
                    && q >= 1
                    && cx.word_is(q, "and")
                    && cx.punct_is(q - 1, ",")
                    // No verb of its own: not "and the cliffs are retreating by".
                    && (q + 1..d.a.saturating_sub(1)).all(|t| {
                        let w = cx.word(t);
                        !super::subject::is_clause_verb(w)
                            && !super::subject::is_linking_verb(w)
                            && !(w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
                    })
                    || d.a >= 2 && cx.word_is(d.a - 2, "and"))
                    && cx.word_is(d.a.wrapping_sub(1), "by")
                    && let Some(p) = (0..idx).rev().find(|&p| {
                        drafts[p].b < q && drafts[p].a > 0 && cx.word_is(drafts[p].a - 1, "by")
                    })
                {
                    return direction(cx, drafts, p);
                }
            }
            break;
        }
        k -= 1;
    }
    if let Some(dir) = revised_to_from(cx, drafts, idx) {
        return Some(dir);
    }
    if d.pair {
        // "Accepted bids ranged from 5.61 pct to 5.64 pct": the spread of the values,
        // not a move.
        let first = drafts
            .get(idx + 1)
            .is_some_and(|n| n.pair && n.a == d.b + 1 && cx.word_is(d.b, "to"));
        let start = if !first && idx > 0 && drafts[idx - 1].pair && drafts[idx - 1].b <= d.a {
            drafts[idx - 1].a
        } else {
            d.a
        };
        // "ranged from 75.17 to 78.45 dlrs", "ranged in price from ...".
        if start >= 2
            && cx.word_is(start - 1, "from")
            && (2..=4).any(|back| {
                start >= back
                    && matches!(
                        cx.word_bytes(start - back),
                        b"range"
                            | b"ranges"
                            | b"ranged"
                            | b"ranging"
                            | b"vary"
                            | b"varies"
                            | b"varied"
                            | b"varying"
                            | b"spans"
                            | b"spanned"
                            | b"spanning"
                    )
            })
        {
            return None;
        }
        // A "from 40 to 50" pair: the direction of its values.
        // Both figures of a pair are marked; the first is the one "to" follows, so the
        // end of one pair is never read against the start of the next ("from £6 to £10,
        // while the fee was raised from £2.50 to £4").
        let opens_pair = |p: &Draft| p.pair && cx.word_is(p.b, "to");
        let partner = if opens_pair(d) && drafts.get(idx + 1).is_some_and(|n| n.pair && n.a >= d.b)
        {
            drafts.get(idx + 1).map(|n| (d.value.mid(), n.value.mid()))
        } else if idx > 0 && opens_pair(&drafts[idx - 1]) {
            Some((drafts[idx - 1].value.mid(), d.value.mid()))
        } else {
            None
        };
        if let Some((from, to)) = partner {
            if to > from {
                return Some(Direction::Increase);
            }
            if to < from {
                return Some(Direction::Decrease);
            }
        }
    }
    None
}

/// The direction of a level set by a verb that changes a figure without saying which
/// way, with the new level after "to" and the old one right after it after "from":
/// "Payrolls were revised to 85,000 from 126,000", "growth was adjusted to 2.1% from
/// 1.8%". The values say it, for both figures.
fn revised_to_from(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<Direction> {
    let d = &drafts[idx];
    let (to, from) = if d.a >= 1 && cx.word_is(d.a - 1, "from") && idx > 0 {
        (&drafts[idx - 1], d)
    } else {
        (d, drafts.get(idx + 1)?)
    };
    if to.kind != from.kind
        || to.unit != from.unit
        || to.b + 1 != from.a
        || !cx.word_is(to.b, "from")
        || to.a < 2
        || !cx.word_is(to.a - 1, "to")
    {
        return None;
    }
    // The verb right before "to", or before its object ("revised its forecast to"),
    // or an adverb ("revised sharply to").
    let revises = |t: usize| {
        matches!(
            cx.word_bytes(t),
            b"revised"
                | b"revise"
                | b"revises"
                | b"revising"
                | b"adjusted"
                | b"readjusted"
                | b"restated"
                | b"corrected"
                | b"amended"
                | b"changed"
                | b"rebased"
        )
    };
    let found = (to.a.saturating_sub(6)..to.a - 1)
        .rev()
        .take_while(|&t| {
            cx.is(t, TokKind::Word)
                && super::reader::ending_at(&drafts[..idx], cx.ordered, t + 1).is_none()
        })
        .any(revises);
    if !found {
        return None;
    }
    let (new, old) = (to.value.mid(), from.value.mid());
    if new < old {
        Some(Direction::Decrease)
    } else if new > old {
        Some(Direction::Increase)
    } else {
        None
    }
}

/// The year a year draft names, when it is one (1000 to 2999); a figure takes the
/// year of the year draft nearest to it in its sentence.
/// Whether a year only marks how long a record has stood: "the lowest level since
/// 2014", "the highest since 2016", "the first time since 2009". The figures of its
/// sentence are not of that year.
/// The first figure of a list that the figure at `idx` ends, when the list follows
/// "by" or a verb of change and its items, all quantities, are joined only by commas
/// and "and": "by 6%, 5% and 4%" (but "fell by 5% and 6% of voters" names a share
/// after the change).
fn list_head_after_by(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<usize> {
    let after = drafts[idx].b;
    if cx.is(after, TokKind::Word)
        && !matches!(
            cx.word_bytes(after),
            b"and"
                | b"to"
                | b"in"
                | b"on"
                | b"for"
                | b"at"
                | b"from"
                | b"over"
                | b"since"
                | b"respectively"
        )
        || cx.is(after, TokKind::Num)
    {
        return None;
    }
    let mut i = idx;
    while i > 0 {
        let (p, d) = (&drafts[i - 1], &drafts[i]);
        let joined = p.kind.is_quantity()
            && d.kind.is_quantity()
            && p.b < d.a
            && d.a - p.b <= 2
            && (p.b..d.a).all(|t| cx.punct_is(t, ",") || cx.word_is(t, "and"));
        if !joined {
            break;
        }
        i -= 1;
    }
    // "add about 10 days and 3,500 nautical miles": a list right after a verb of
    // change, which its first item takes.
    (i < idx
        && drafts[i].a > 0
        && (cx.word_is(drafts[i].a - 1, "by") || change_verb(cx.word(drafts[i].a - 1)).is_some()))
    .then_some(i)
}

/// Whether the figure at `idx`, after "and", repeats the frame of the quantity `p`
/// before it with its verb left out: the same kind, only a short phrase of words (or
/// dates and years) between them, and after each a phrase of the same sort, opened by
/// the same preposition ("0.2% from August and 4.3% from a year earlier", "5% in
/// adults and 8% in children") or a period and the next ("9.99% this year and 7.49%
/// next"). A change noun right after `p` is stepped over ("a 4.25% rise this year and
/// 3.75% next year"). Not "rose 5% in May and 40% of staff": no phrase like the first
/// follows; nor a level after "from", "to" or "at".
fn parallel_after_and(cx: &Cx<'_>, drafts: &[Draft], p: usize, idx: usize) -> bool {
    let (first, d) = (&drafts[p], &drafts[idx]);
    let and = d.a - 1;
    if first.kind != d.kind || first.b >= and || and - first.b > 6 || !cx.is(d.b, TokKind::Word) {
        return false;
    }
    // "down from 45.4 mln in January and 47.0 mln in the fourth quarter", "rise to
    // 1.56 mln tonnes in 1987 and 2.11 mln in 1988": the first is a level, the start or
    // end of a change, and so is the second; neither states its size.
    if first.a > 0 && matches!(cx.word_bytes(first.a - 1), b"from" | b"to" | b"at") {
        return false;
    }
    let mut s = first.b;
    if change_noun(cx.word(s)).is_some() {
        s += 1;
    }
    if s >= and {
        return false;
    }
    let between_plain = (s..and).all(|t| {
        drafts[p + 1..idx].iter().any(|q| q.a <= t && t < q.b)
            || cx.is(t, TokKind::Word) && {
                let w = cx.word(t);
                change_verb(w).is_none()
                    && !super::subject::is_clause_verb(w)
                    && !matches!(w, "and" | "or" | "but" | "while" | "as" | "of" | "than")
            }
    });
    if !between_plain {
        return false;
    }
    let (opens, next) = (cx.word(s), cx.word(d.b));
    opens == next
        && matches!(
            opens,
            "from" | "in" | "on" | "at" | "for" | "over" | "since" | "against" | "among" | "across"
        )
        || opens == "this" && matches!(next, "next" | "last")
}

pub(crate) fn is_record_year(cx: &Cx<'_>, y: &Draft) -> bool {
    y.a >= 2
        && cx.word(y.a - 1) == "since"
        && (y.a.saturating_sub(6)..y.a - 1).any(|k| {
            matches!(
                cx.word(k),
                "lowest"
                    | "highest"
                    | "fewest"
                    | "most"
                    | "least"
                    | "biggest"
                    | "largest"
                    | "smallest"
                    | "worst"
                    | "best"
                    | "first"
                    | "fastest"
                    | "slowest"
                    | "weakest"
                    | "strongest"
                    | "deepest"
                    | "sharpest"
                    | "steepest"
            )
        })
}

/// The year of the record a "when" clause right after it goes back to: "the most
/// since 2019, when 1,274 cases were reported". [`is_record_year`] keeps such a year
/// from dating its sentence, but the figures of the clause it opens are of that year.
/// The clause runs from ", when" to the next comma, semicolon or colon.
pub(crate) fn record_year_when(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<i32> {
    let d = &drafts[idx];
    let y = drafts[..idx]
        .iter()
        .rev()
        .find(|y| y.kind == FigureKind::Year)?;
    (y.b + 2 <= d.a
        && cx.punct_is(y.b, ",")
        && cx.word_is(y.b + 1, "when")
        && (y.b + 2..d.a).all(|t| !matches!(cx.punct_bytes(t), b"," | b";" | b":" | b"."))
        && is_record_year(cx, y))
    .then(|| year_of(y))
    .flatten()
}

/// Whether the year `y` labels a comparative in brackets, as annual reports give the
/// figure of the period before: "412,600 meals (2025: 366,900)", "(FY2024: £3.1m)",
/// "(H1 2025: 4.2%)", "(2025 restated: £1.9m)". Such a year places the figure after
/// its colon only, not the level before the bracket.
pub(crate) fn comparative_label(cx: &Cx<'_>, y: &Draft) -> bool {
    let opened = (1..=3).filter(|&back| back <= y.a).any(|back| {
        cx.punct_is(y.a - back, "(")
            && match (cx.tok(y.a - back), cx.tok(y.a)) {
                (Some(open), Some(year)) => matches!(
                    cx.lower_text(open.end, year.start).trim(),
                    "" | "fy" | "h1" | "h2" | "q1" | "q2" | "q3" | "q4"
                ),
                _ => false,
            }
    });
    opened && (cx.punct_is(y.b, ":") || (cx.word_is(y.b, "restated") && cx.punct_is(y.b + 1, ":")))
}

/// Whether the year `drafts[k]` dates only the figure of comparison right before it:
/// "up 31% from 1.08 million in 2024", "compared with 69,500 tonnes in 2023",
/// "against 4.2% in 2019". The level and the change before that figure are of another
/// time, so the year places that figure alone.
pub(crate) fn start_value_label(cx: &Cx<'_>, drafts: &[Draft], k: usize) -> bool {
    let (Some(old), Some(y)) = (k.checked_sub(1).and_then(|j| drafts.get(j)), drafts.get(k)) else {
        return false;
    };
    y.kind == FigureKind::Year
        && old.kind.is_quantity()
        && old.b + 1 == y.a
        && cx.word_is(old.b, "in")
        && old.a >= 1
        && match cx.word_bytes(old.a - 1) {
            b"from" | b"against" | b"versus" | b"vs" => true,
            b"with" => {
                old.a >= 2
                    && matches!(
                        cx.word_bytes(old.a - 2),
                        b"compared" | b"compares" | b"comparison"
                    )
            }
            _ => false,
        }
}

/// The year a year figure names; a span of two years in a row ("2021-22", a
/// financial or crop year) by its first, so that "2020-21" comes before it.
pub(crate) fn year_of(y: &Draft) -> Option<i32> {
    let first = match y.value {
        Value::Number(v) => v,
        Value::Range(v, w) if (w - v - 1.0).abs() < 0.5 => v,
        Value::Range(..) => return None,
    };
    #[expect(clippy::cast_possible_truncation, reason = "years are four digits")]
    (1000.0..3000.0).contains(&first).then_some(first as i32)
}

/// The comma that closes a partitive phrase opening the sentence, when token `a` lies
/// inside it: "Of the 450 jobs, 310 are in Derby" (the whole, before the comma, is
/// not placed or counted by what the clause after it says).
pub(crate) fn fronted_partitive_end(cx: &Cx<'_>, a: usize) -> Option<usize> {
    if !cx.word_is(0, "of") || a == 0 {
        return None;
    }
    let comma = (1..cx.len().min(12)).find(|&t| cx.punct_is(t, ","))?;
    (a < comma).then_some(comma)
}

/// Places named after "in" or "at" in the sentence: token ranges. `in_at` are the
/// indices of the words "in" and "at" in the sentence, in order (see
/// `lexer::Tokens::in_at`).
pub(crate) fn places(
    cx: &Cx<'_>,
    in_at: impl Iterator<Item = usize>,
    out: &mut Vec<(usize, usize)>,
) {
    let n = cx.len();
    // The first token not yet passed: a cue inside the place before is no cue.
    let mut next = 0;
    for i in in_at {
        if i < next {
            continue;
        }
        if i + 1 >= n {
            break;
        }
        let mut j = i + 1;
        if cx.word_is(j, "the") {
            j += 1;
        }
        let start = j;
        // "at Mr Smith's", "in President Biden's plan": a person, not a place.
        if is_title(cx.text(j)) {
            next = j;
            continue;
        }
        let mut words = 0;
        while j < n && words < 3 && cx.capital(j) {
            let t = cx.text(j);
            if number::month(t).is_some() || is_weekday(t) {
                break;
            }
            words += 1;
            j += 1;
            // "U.S.", "U.K."
            while cx.punct_is(j, ".")
                && cx.glued(j)
                && (cx.capital(j + 1) && cx.glued(j + 1) || cx.text_bytes(j - 1).len() == 1)
            {
                j += 1;
                if cx.capital(j) && cx.glued(j) {
                    j += 1;
                }
            }
        }
        if words > 0 && cx.is(start, TokKind::Word) {
            out.push((start, j));
        }
        next = j.max(i + 1);
    }
}

fn is_title(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Dr"
            | "Prof"
            | "Professor"
            | "Sir"
            | "Dame"
            | "President"
            | "Senator"
            | "Sen"
            | "Rep"
            | "Governor"
            | "Gov"
            | "Minister"
            | "Judge"
            | "Chancellor"
            | "Pope"
            | "Captain"
            | "Capt"
            | "Coach"
    )
}

pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

#[cfg(test)]
mod prose_tests {
    use super::Direction;
    use crate::extract::prose::figure;

    fn year(text: &str, span: &str) -> Option<i32> {
        figure(text, span).placement.year
    }

    #[test]
    fn a_when_clause_after_a_record_year_is_of_that_year() {
        let text = "Cases reached 1,046, the most since 2019, when 1,274 cases were reported.";
        assert_eq!(year(text, "1,046"), None);
        assert_eq!(year(text, "1,274"), Some(2019));
        let text = "Sales were the lowest since 2014, when they fell, and 400 shops closed.";
        assert_eq!(year(text, "400"), None);
        let text = "Cases rose to 1,046 in 2019, when 1,274 were expected.";
        assert_eq!(year(text, "1,046"), Some(2019));
    }

    #[test]
    fn a_year_after_the_figure_of_comparison_dates_that_figure_only() {
        let text = "Riders numbered 1.42 million, up 31% from 1.08 million in 2024.";
        assert_eq!(year(text, "1.42 million"), None);
        assert_eq!(year(text, "31%"), None);
        assert_eq!(year(text, "1.08 million"), Some(2024));
        let text = "Exports reached 74,000 tonnes, compared with 69,500 tonnes in 2023.";
        assert_eq!(year(text, "74,000 tonnes"), None);
        assert_eq!(year(text, "69,500 tonnes"), Some(2023));
        let text = "Sales rose 10% to 5,000 in 2025 from 4,000 in 2024.";
        assert_eq!(year(text, "5,000"), Some(2025));
        assert_eq!(year(text, "10%"), Some(2025));
        assert_eq!(year(text, "4,000"), Some(2024));
        // A year after the level the change led to dates the whole sentence.
        let text = "Riders rose 31% to 1.42 million in 2024.";
        assert_eq!(year(text, "31%"), Some(2024));
        // Nor do the figures of a clause after it, which are mostly of the time of
        // the first ("and imports were 4.6 billion").
        let text =
            "Exports rose to 4.3 billion from 4.1 billion in 1985, and imports were 4.6 billion.";
        assert_eq!(year(text, "4.3 billion"), None);
        assert_eq!(year(text, "4.6 billion"), None);
    }

    fn direction(text: &str, span: &str) -> Option<Direction> {
        figure(text, span).placement.direction
    }

    #[test]
    fn the_level_a_change_of_a_stated_size_reached_is_no_change() {
        for (text, size, level, dir) in [
            (
                "The stock rose by 7 cents to $33.88.",
                "7 cents",
                "$33.88",
                Direction::Increase,
            ),
            (
                "Texaco rose 50 cts to 33.88 dlrs.",
                "50 cts",
                "33.88 dlrs",
                Direction::Increase,
            ),
            ("Shares fell 3p to 385p.", "3p", "385p", Direction::Decrease),
            (
                "Deutsche shed 10 marks to 687.",
                "10 marks",
                "687",
                Direction::Decrease,
            ),
            ("Sales rose 5% to $10m.", "5%", "$10m", Direction::Increase),
        ] {
            assert_eq!(direction(text, size), Some(dir), "{text}");
            assert_eq!(direction(text, level), None, "{text}");
        }
        // A restatement after the level still takes the size's direction.
        let text = "Donations rose 6.3% to $592.5 billion last year, or 3.3% after inflation.";
        assert_eq!(direction(text, "3.3%"), Some(Direction::Increase));
        // A level reached with no size, and the ends of a from-to pair, keep theirs.
        let text = "Sales rose to $10m.";
        assert_eq!(direction(text, "$10m"), Some(Direction::Increase));
        let text = "Sales fell from $12m to $10m.";
        assert_eq!(direction(text, "$10m"), Some(Direction::Decrease));
    }

    #[test]
    fn people_after_raised_by_raised_something_and_changed_nothing() {
        let text = "Debt was the biggest issue, raised by 3,610 clients, or 37%.";
        assert_eq!(direction(text, "3,610"), None);
        assert_eq!(direction(text, "37%"), None);
        let text = "The appeal's £2m was raised by 4,000 local donors.";
        assert_eq!(direction(text, "4,000"), None);
        let text = "Capacity was raised by 3,000 places.";
        assert_eq!(direction(text, "3,000"), Some(Direction::Increase));
        let text = "Fees were raised by 5% for 2,000 students.";
        assert_eq!(direction(text, "5%"), Some(Direction::Increase));
    }

    #[test]
    fn each_from_to_pair_takes_its_direction_from_its_own_values() {
        let text = "It increased this from £6 to £10, while the fee was raised from £2.50 to £4.";
        assert_eq!(direction(text, "£10"), Some(Direction::Increase));
        assert_eq!(direction(text, "£2.50"), Some(Direction::Increase));
        let text =
            "Lines for rice went from five mln to zero and for wheat from five mln to 15 mln.";
        assert_eq!(direction(text, "zero"), Some(Direction::Decrease));
        assert_eq!(direction(text, "15 mln"), Some(Direction::Increase));
        let text =
            "Cotton went from 1.5 mln dlrs to 500,000 dlrs, feedgrains from four mln to two mln.";
        assert_eq!(direction(text, "500,000 dlrs"), Some(Direction::Decrease));
        assert_eq!(direction(text, "four mln"), Some(Direction::Decrease));
        let text = "The Fed may add anywhere from 1.5-2.0 billion dlrs of reserves.";
        assert_eq!(direction(text, "2.0 billion dlrs"), None);
    }

    #[test]
    fn a_noun_of_change_before_of_and_its_figure_gives_the_direction() {
        let text = "The budget includes raises of 5% for its 6,200 teachers.";
        assert_eq!(direction(text, "5%"), Some(Direction::Increase));
        let text = "Riders face a hike of 40p a journey.";
        assert_eq!(direction(text, "40p"), Some(Direction::Increase));
        let text = "The plan calls for reductions of 10% in emissions.";
        assert_eq!(direction(text, "10%"), Some(Direction::Decrease));
        let text = "Walkers face a hike of 12 miles.";
        assert_eq!(direction(text, "12 miles"), None);
    }

    #[test]
    fn a_fold_multiplier_after_the_object_of_a_change_verb_changes() {
        let text = "Egypt raised the price of subsidised bread fourfold to 20 piastres a loaf.";
        assert_eq!(direction(text, "fourfold"), Some(Direction::Increase));
        let text = "The drug cut the risk of a second stroke threefold.";
        assert_eq!(direction(text, "threefold"), Some(Direction::Decrease));
        let text = "The firm sold its stake in the mine threefold.";
        assert_eq!(direction(text, "threefold"), None);
    }

    #[test]
    fn a_gap_that_narrows_or_widens_by_an_amount_changes() {
        let text = "Firm's loss narrows by $35 million";
        assert_eq!(direction(text, "$35 million"), Some(Direction::Decrease));
        let text = "Trade gap widens by $2.1 billion";
        assert_eq!(direction(text, "$2.1 billion"), Some(Direction::Increase));
        let text = "Labour won a narrow 52% majority.";
        assert_eq!(direction(text, "52%"), None);
    }

    #[test]
    fn down_as_the_particle_of_a_verb_that_moves_nothing_is_no_fall() {
        let text = "The lander touched down 4 km from its target.";
        assert_eq!(direction(text, "4 km"), None);
        let text = "The judge handed down a 12-year sentence.";
        assert_eq!(direction(text, "12-year"), None);
        let text = "Shares closed down 4% at 310p.";
        assert_eq!(direction(text, "4%"), Some(Direction::Decrease));
    }

    #[test]
    fn above_or_below_an_earlier_time_is_a_change_but_above_a_ceiling_is_not() {
        let text = "Tin traded at 19.10 ringgit a kilo, 35 cents above Friday's close.";
        assert_eq!(direction(text, "35 cents"), Some(Direction::Increase));
        let text = "Sales were 4.4 pct above the year-ago level.";
        assert_eq!(direction(text, "4.4 pct"), Some(Direction::Increase));
        let text = "Prices were 8.6 pct below their level in January 1986.";
        assert_eq!(direction(text, "8.6 pct"), Some(Direction::Decrease));
        let text = "Output was 0.8 mln bpd above the group's ceiling.";
        assert_eq!(direction(text, "0.8 mln bpd"), None);
    }

    #[test]
    fn up_or_down_on_an_earlier_time_is_a_change_but_down_on_a_forecast_is_not() {
        let text = "The harvest came in at 11.1 million tonnes, 20% down on last year.";
        assert_eq!(direction(text, "20%"), Some(Direction::Decrease));
        let text = "Sales in March were 3.2% up on a year earlier.";
        assert_eq!(direction(text, "3.2%"), Some(Direction::Increase));
        let text = "Profits were 5% down on forecasts.";
        assert_eq!(direction(text, "5%"), None);
    }

    #[test]
    fn a_comparative_against_an_earlier_time_is_a_change_but_against_another_thing_not() {
        let text = "Crews took 9 minutes to arrive, 38 seconds slower than five years ago.";
        assert_eq!(direction(text, "38 seconds"), Some(Direction::Increase));
        let text = "Trains ran 4mph slower than last year.";
        assert_eq!(direction(text, "4mph"), Some(Direction::Decrease));
        let text = "The wait is 10 minutes shorter than before the change.";
        assert_eq!(direction(text, "10 minutes"), Some(Direction::Decrease));
        let text = "Mice given the compound lived 24% longer than those given a placebo.";
        assert_eq!(direction(text, "24%"), None);
    }

    #[test]
    fn a_size_after_a_comma_and_by_is_the_change_of_the_verb_before_the_comma() {
        let text = "Vacancies dropped for a 29th consecutive quarter, by 26,000 to 831,000.";
        assert_eq!(direction(text, "26,000"), Some(Direction::Decrease));
        let text = "Imports also fell, by 2.9 pct.";
        assert_eq!(direction(text, "2.9 pct"), Some(Direction::Decrease));
        let text = "Output fell, as the rising yen hit exports, by 8 pct.";
        assert_ne!(direction(text, "8 pct"), Some(Direction::Increase));
    }

    #[test]
    fn shuttering_things_and_eliminating_posts_are_cuts_but_eliminating_rivals_is_not() {
        let text = "Trustees voted to shutter six elementary campuses.";
        assert_eq!(direction(text, "six"), Some(Direction::Decrease));
        let text = "The district will eliminate 85 teaching positions.";
        assert_eq!(direction(text, "85"), Some(Direction::Decrease));
        let text = "The champions eliminated 12 rivals on the way.";
        assert_eq!(direction(text, "12"), None);
    }

    #[test]
    fn a_size_taken_off_a_thing_is_a_cut_but_time_off_work_is_not() {
        let text = "She took almost five seconds off the world mile record.";
        assert_eq!(
            direction(text, "almost five seconds"),
            Some(Direction::Decrease)
        );
        let text = "He took two weeks off work after the crash.";
        assert_eq!(direction(text, "two weeks"), None);
    }

    #[test]
    fn a_count_closed_that_stands_for_an_earlier_plural_is_a_cut() {
        let text = "The retailer will open 25 stores and close 14 in the year ahead.";
        assert_eq!(direction(text, "14"), Some(Direction::Decrease));
        let text = "The bank will close 14 in the year ahead.";
        assert_eq!(direction(text, "14"), None);
    }

    #[test]
    fn new_things_that_bring_a_total_up_are_a_rise() {
        let text = "Astronomers found 62 new moons around Saturn, taking its total to 146.";
        assert_eq!(direction(text, "62"), Some(Direction::Increase));
        let text = "The council built 40 new homes last year.";
        assert_eq!(direction(text, "40"), None);
    }

    #[test]
    fn a_distance_fallen_or_a_place_sunk_at_is_no_change() {
        let text = "The boat sank 60 miles off Cape Cod.";
        assert_eq!(direction(text, "60 miles"), None);
        assert_eq!(direction("A worker fell 4 metres.", "4 metres"), None);
        let text = "He fell 30ft from a ladder.";
        assert_eq!(direction(text, "30ft"), None);
        let text = "The river fell 2 metres from its peak.";
        assert_eq!(direction(text, "2 metres"), Some(Direction::Decrease));
        let text = "Sea levels fell 20 metres.";
        assert_eq!(direction(text, "20 metres"), Some(Direction::Decrease));
    }

    #[test]
    fn a_comparison_with_the_forecast_between_a_verb_and_its_size_keeps_the_direction() {
        let text = "Payrolls grew by a weaker-than-forecast 142,000 last month.";
        assert_eq!(direction(text, "142,000"), Some(Direction::Increase));
        let text = "Durable goods orders fell a steeper-than-anticipated 2.1 pct.";
        assert_eq!(direction(text, "2.1 pct"), Some(Direction::Decrease));
        // Not a comparison with what was foreseen: no direction from "than".
        let text = "The firm hired a better-than-average 40 graduates.";
        assert_eq!(direction(text, "40"), None);
    }

    #[test]
    fn epithets_between_a_verb_of_change_and_its_size_keep_the_direction() {
        let text = "West German money supply rose an annualised 7.4 pct in March.";
        assert_eq!(direction(text, "7.4 pct"), Some(Direction::Increase));
        let text = "Exports fell a seasonally adjusted 3.2 pct in the month.";
        assert_eq!(direction(text, "3.2 pct"), Some(Direction::Decrease));
        let text = "He was banned from driving for a further five after the crash.";
        assert_eq!(direction(text, "five"), None);
    }

    #[test]
    fn what_a_loss_is_of_is_a_fall_unless_it_is_money() {
        let text = "The college recorded a loss of 982 students.";
        assert_eq!(direction(text, "982"), Some(Direction::Decrease));
        let text = "The town's population fell by 2,000, a loss of 4%.";
        assert_eq!(direction(text, "4%"), Some(Direction::Decrease));
        let text = "The firm made a loss of £3m.";
        assert_eq!(direction(text, "£3m"), None);
        let text = "It compared with a loss of 627,500 or 35 cts a share.";
        assert_eq!(direction(text, "627,500"), None);
        let text = "The mill will close with the loss of up to 800 of its 1,100 jobs.";
        assert_eq!(direction(text, "up to 800"), Some(Direction::Decrease));
        assert_eq!(direction(text, "1,100"), None);
        let text = "The fund reported the loss of 40 of its 300 dlrs in the quarter.";
        assert_eq!(direction(text, "40"), None);
    }

    #[test]
    fn a_verb_of_change_states_the_direction_of_a_size_after_its_object() {
        let text = "Citibank cut its base rate half a point to 9.5 pct.";
        assert_eq!(direction(text, "half a point"), Some(Direction::Decrease));
        let text = "It raised its crude postings 50 cts a barrel.";
        assert_eq!(direction(text, "50 cts"), Some(Direction::Increase));
        let text = "It does not plan to boost its stake above 10 pct of the total.";
        assert_eq!(direction(text, "above 10 pct"), None);
    }

    #[test]
    fn lengthened_is_a_rise() {
        let text = "The average workweek lengthened by 0.6 pct.";
        assert_eq!(direction(text, "0.6 pct"), Some(Direction::Increase));
    }

    #[test]
    fn more_or_fewer_before_a_part_of_this_year_is_a_change() {
        let text = "The college took on 3% fewer international students this autumn.";
        assert_eq!(direction(text, "3%"), Some(Direction::Decrease));
        let text = "The airline flew 12% more passengers so far this year.";
        assert_eq!(direction(text, "12%"), Some(Direction::Increase));
        let text = "The diet group ate 30% fewer calories.";
        assert_eq!(direction(text, "30%"), None);
        let text = "Crews will land 20% less North Sea cod next year.";
        assert_eq!(direction(text, "20%"), Some(Direction::Decrease));
        let text = "It carried 7% more passengers on domestic routes last year.";
        assert_eq!(direction(text, "7%"), Some(Direction::Increase));
    }

    #[test]
    fn a_time_a_plan_slipped_by_is_a_delay_not_a_fall() {
        let text = "The launch has slipped by two years to 2031.";
        assert_eq!(direction(text, "two years"), None);
        let text = "Shares slipped 2% on Friday.";
        assert_eq!(direction(text, "2%"), Some(Direction::Decrease));
    }

    #[test]
    fn a_sum_dearer_or_cheaper_is_a_change() {
        let text = "Milk is £1.55, 10p dearer than in January.";
        assert_eq!(direction(text, "10p"), Some(Direction::Increase));
        let text = "Petrol is 4p cheaper than a month ago.";
        assert_eq!(direction(text, "4p"), Some(Direction::Decrease));
    }

    #[test]
    fn the_object_of_a_raise_before_by_may_hold_a_name_of_several_words() {
        let text = "Texaco raised the posted price of West Texas Intermediate crude by 50 cts.";
        assert_eq!(direction(text, "50 cts"), Some(Direction::Increase));
    }

    #[test]
    fn a_cut_states_its_direction_over_the_figures_in_its_object() {
        let text = "The vaccine cut hospital admissions among people aged 75 and over by 62%.";
        assert_eq!(direction(text, "62%"), Some(Direction::Decrease));
        let text = "The study followed people aged 75 and over by 2030.";
        assert_eq!(direction(text, "75 and over"), None);
    }

    #[test]
    fn losing_things_is_a_fall_and_a_change_noun_may_follow_two_words() {
        let text = "The library service will lose 14 of its 38 branches.";
        assert_eq!(direction(text, "14"), Some(Direction::Decrease));
        let text = "The firm could lose 5 to 10 pct of its sales.";
        assert_eq!(direction(text, "5 to 10 pct"), Some(Direction::Decrease));
        let text = "Councillors approved the 2.99% council tax rise.";
        assert_eq!(direction(text, "2.99%"), Some(Direction::Increase));
        let text = "It took 2.99% of the rise.";
        assert_eq!(direction(text, "2.99%"), None);
        let text = "Of the 19 officials, 10 saw two cuts or fewer.";
        assert_eq!(direction(text, "10"), None);
        let text = "It reported a nine month operating loss.";
        assert_eq!(direction(text, "nine month"), None);
        let text = "It reported a nine-month operating loss.";
        assert_eq!(direction(text, "nine-month"), None);
        let text = "It holds a 5% stake in Tesco Bank Rise.";
        assert_eq!(direction(text, "5%"), None);
    }

    #[test]
    fn an_addition_is_a_rise_but_more_alone_is_not() {
        let text = "Britain will raise defence spending, an extra £6bn a year.";
        assert_eq!(direction(text, "£6bn"), Some(Direction::Increase));
        let text = "The township will hire three more officers, bringing the force to 42.";
        assert_eq!(direction(text, "three"), Some(Direction::Increase));
        let text = "Police arrested 12 more people on Friday.";
        assert_eq!(direction(text, "12"), None);
        let text = "It needs the votes of an additional 37.1 pct of the outstanding shares.";
        assert_eq!(direction(text, "37.1 pct"), None);
        let text = "It will send an additional 2,000 troops, bringing the total to 4,000.";
        assert_eq!(direction(text, "2,000"), Some(Direction::Increase));
        let text = "Voters approved a bond to expand the county jail by 120 beds.";
        assert_eq!(direction(text, "120"), Some(Direction::Increase));
    }

    #[test]
    fn more_or_less_than_an_earlier_time_is_a_change_but_than_another_thing_is_not() {
        let text = "Sales were 18% more than the year before.";
        assert_eq!(direction(text, "18%"), Some(Direction::Increase));
        let text = "It sold 1,800 fewer cars than a year ago.";
        assert_eq!(direction(text, "1,800"), Some(Direction::Decrease));
        let text = "Bills will be £241 more than now.";
        assert_eq!(direction(text, "£241"), Some(Direction::Increase));
        let text = "It spent eight pct more than the 862 mln spent in 1986.";
        assert_eq!(direction(text, "eight pct"), Some(Direction::Increase));
        let text = "Borrowing was some 2.8 billion more than in January.";
        assert_eq!(
            direction(text, "some 2.8 billion"),
            Some(Direction::Increase)
        );
        let text = "Some 1,240 more people died than usual during the heatwave.";
        assert_eq!(direction(text, "Some 1,240"), Some(Direction::Increase));
        // Must not fire: set against another thing, a forecast or an average.
        let text = "He earns 6% more than his colleague.";
        assert_eq!(direction(text, "6%"), None);
        let text = "Wages are 20% less than the national average.";
        assert_eq!(direction(text, "20%"), None);
        let text = "The notes yield 73 basis points more than comparable Treasuries.";
        assert_eq!(direction(text, "73 basis points"), None);
        let text = "Receipts were 2.75 billion more than the 1986 Budget forecasts.";
        assert_eq!(direction(text, "2.75 billion"), None);
        let text = "Erosion was 34 pct more than the 1970-84 average.";
        assert_eq!(direction(text, "34 pct"), None);
    }

    #[test]
    fn a_size_off_after_be_is_a_fall_but_off_by_is_a_miss() {
        let text = "GM said car sales were off 8.6 pct to 98,036.";
        assert_eq!(direction(text, "8.6 pct"), Some(Direction::Decrease));
        let text = "Operating earnings, however, were off about four pct.";
        assert_eq!(direction(text, "about four pct"), Some(Direction::Decrease));
        let text = "Gasoline stocks were off 100,000 barrels in the week.";
        assert_eq!(
            direction(text, "100,000 barrels"),
            Some(Direction::Decrease)
        );
        let text = "Dubai was off 12 cts to 18.09 dlrs.";
        assert_eq!(direction(text, "12 cts"), Some(Direction::Decrease));
        // Must not fire: a miss, a discount after the number, an object taken off.
        let text = "The forecast was off by 3%.";
        assert_eq!(direction(text, "3%"), None);
        let text = "Coats are 30% off this week.";
        assert_eq!(direction(text, "30%"), None);
        let text = "She took 10 days off work.";
        assert_eq!(direction(text, "10 days"), None);
    }

    #[test]
    fn the_level_a_change_is_taken_to_is_its_size_but_a_total_or_loss_is_not() {
        let text = "Gold rose, taking its gain this year to more than 30%.";
        assert_eq!(direction(text, "more than 30%"), Some(Direction::Increase));
        let text = "The shares fell, taking the decline since June to 40%.";
        assert_eq!(direction(text, "40%"), Some(Direction::Decrease));
        let text = "The bank cut rates, taking the total to 5%.";
        assert_eq!(direction(text, "5%"), None);
        let text = "It sold 3m units, taking its losses to $5bn.";
        assert_eq!(direction(text, "$5bn"), None);
    }

    #[test]
    fn jobs_that_go_or_are_lost_are_a_cut() {
        let text = "As many as 3,000 jobs could go at the plant.";
        assert_eq!(
            direction(text, "As many as 3,000"),
            Some(Direction::Decrease)
        );
        let text = "The firm said 250 jobs would be lost.";
        assert_eq!(direction(text, "250"), Some(Direction::Decrease));
        let text = "About 700 jobs are at risk.";
        assert_eq!(direction(text, "About 700"), None);
    }

    #[test]
    fn money_before_a_loss_is_the_loss_but_a_share_before_one_is_a_fall() {
        assert_eq!(
            direction("Bristol Bay posts $14 million loss", "$14 million"),
            None
        );
        let text = "MCI reported a 448 mln dlr loss for the quarter.";
        assert_eq!(direction(text, "448 mln dlr"), None);
        let text = "Shares fell after a 5% loss in value.";
        assert_eq!(direction(text, "5%"), Some(Direction::Decrease));
    }

    #[test]
    fn money_before_an_expansion_is_its_cost_but_a_share_before_one_is_a_rise() {
        let text = "Voters approved a $38 million jail expansion.";
        assert_eq!(direction(text, "$38 million"), None);
        let text = "The firm announced a $2bn expansion of its plant.";
        assert_eq!(direction(text, "$2bn"), None);
        let text = "Output rose, a 2% expansion on the year.";
        assert_eq!(direction(text, "2%"), Some(Direction::Increase));
        let text = "A £3bn rise in spending was announced.";
        assert_eq!(direction(text, "£3bn"), Some(Direction::Increase));
    }

    #[test]
    fn wiping_a_sum_off_a_value_is_a_fall() {
        let text = "Shares sank, wiping about £2.6bn off its market value.";
        assert_eq!(direction(text, "about £2.6bn"), Some(Direction::Decrease));
        let text = "Shares sank, wiping about £2.6bn from the books of its rivals.";
        assert_eq!(direction(text, "about £2.6bn"), None);
    }

    #[test]
    fn the_whole_in_a_fronted_partitive_is_not_placed_by_the_clause_after_it() {
        let place = |span| {
            figure("Of the 450 jobs, 310 are in Derby.", span)
                .placement
                .place
        };
        assert_eq!(place("450"), None);
        assert_eq!(place("310").as_deref(), Some("Derby"));
    }

    #[test]
    fn adding_a_count_and_losing_an_average_are_changes() {
        let text = "The plan would add 1,200 police officers over four years.";
        assert_eq!(direction(text, "1,200"), Some(Direction::Increase));
        let text = "Patients lost an average of 14.9% of their body weight.";
        assert_eq!(direction(text, "14.9%"), Some(Direction::Decrease));
        let text = "It is cutting prices on 500 lines by an average of 9%.";
        assert_eq!(direction(text, "9%"), Some(Direction::Decrease));
        let text = "The town had an average of 9% unemployment.";
        assert_eq!(direction(text, "9%"), None);
    }

    #[test]
    fn adding_right_before_a_figure_states_a_rise() {
        let text = "Bills will rise, adding up to £10 a week to some commuters' costs.";
        assert_eq!(direction(text, "up to £10"), Some(Direction::Increase));
        let text = "He said so, adding the two largest shareholders might sell.";
        assert_eq!(direction(text, "two"), None);
    }

    #[test]
    fn the_later_items_of_a_list_after_by_are_changes_but_a_share_after_one_is_not() {
        let text = "The agreement raises pay by 6%, 5% and 4%, from April.";
        assert_eq!(direction(text, "5%"), Some(Direction::Increase));
        assert_eq!(direction(text, "4%"), Some(Direction::Increase));
        let text = "Turnout fell by 5% and 6% of voters spoiled their ballots.";
        assert_eq!(direction(text, "6%"), None);
        let text = "Sales rose by 5%, 10% of them online.";
        assert_eq!(direction(text, "10%"), None);
    }

    #[test]
    fn a_second_size_after_and_by_states_the_change_the_first_does() {
        let text = "A dose cut the risk by 70% in adults and by 84% in children.";
        assert_eq!(direction(text, "84%"), Some(Direction::Decrease));
        let text = "Sales fell by 5% in 2020 and by 3% in 2021.";
        assert_eq!(direction(text, "3%"), Some(Direction::Decrease));
        let text = "It was won by 5% in 2020 and by 3% in 2021.";
        assert_eq!(direction(text, "3%"), None);
    }

    #[test]
    fn a_second_size_after_and_with_a_phrase_like_the_first_states_its_change() {
        let text = "Sales were $726.3 billion, up 0.2% from August and 4.3% from a year earlier.";
        assert_eq!(direction(text, "4.3%"), Some(Direction::Increase));
        let text = "It may raise council tax by 9.99% this year and 7.49% next.";
        assert_eq!(direction(text, "7.49%"), Some(Direction::Increase));
        let text = "Nurses accepted a 4.25% rise this year and 3.75% next year.";
        assert_eq!(direction(text, "3.75%"), Some(Direction::Increase));
        let text = "Same-store sales declined 3.2 pct for the quarter and 2.2 pct for the year.";
        assert_eq!(direction(text, "2.2 pct"), Some(Direction::Decrease));
        let text = "Prices rose 3% in May and 40% of staff were hit.";
        assert_eq!(direction(text, "40%"), None);
        let text = "Supply was 45.0 mln bpd, down from 45.4 mln in January and 47.0 mln in May.";
        assert_eq!(direction(text, "47.0 mln"), None);
        let text = "Output is expected to rise to 1.56 mln tonnes in 1987 and 2.11 mln in 1988.";
        assert_eq!(direction(text, "2.11 mln"), None);
    }

    #[test]
    fn the_object_of_a_cut_before_by_may_be_a_series() {
        let text = "The drug cut the risk of heart attack, stroke or death from heart disease by 20% in adults.";
        assert_eq!(direction(text, "20%"), Some(Direction::Decrease));
        let text =
            "The company cut operating, administrative and marketing expenses by 91 mln dlrs.";
        assert_eq!(direction(text, "91 mln dlrs"), Some(Direction::Decrease));
        // A comma before "and" opens a clause whose verb is left out: the verb before
        // it still gives the direction.
        let text =
            "Maize output is to rise by 48,000 tonnes, or 48 pct, and exports by 34,000 tonnes.";
        assert_eq!(direction(text, "34,000 tonnes"), Some(Direction::Increase));
    }

    #[test]
    fn an_owner_inside_the_object_before_by_keeps_its_verb() {
        let text = "The stake was cut to £2, reducing bookmakers' takings by about £700m a year.";
        assert_eq!(direction(text, "about £700m"), Some(Direction::Decrease));
        let text = "The move cut Britain's deficit by £3bn.";
        assert_eq!(direction(text, "£3bn"), Some(Direction::Decrease));
        let text = "The fee was raised, lifting the council's income by £2m.";
        assert_eq!(direction(text, "£2m"), Some(Direction::Increase));
    }

    #[test]
    fn a_hyphenated_object_before_by_keeps_its_verb() {
        let text = "Next raised its full-year profit guidance by £10m to £1.01bn.";
        assert_eq!(direction(text, "£10m"), Some(Direction::Increase));
    }

    #[test]
    fn a_list_right_after_a_verb_of_change_is_a_list_of_changes() {
        let text = "Ships add about 10 days and 3,500 nautical miles to each voyage.";
        assert_eq!(
            direction(text, "3,500 nautical miles"),
            Some(Direction::Increase)
        );
        let text = "Shares rose 5% and 10% of traders bought.";
        assert_eq!(direction(text, "10%"), None);
        let text = "Profits fell 5% and 300 jobs went.";
        assert_eq!(direction(text, "300"), None);
        let text = "The police and fire authorities added £13 and £5 respectively.";
        assert_eq!(direction(text, "£5"), Some(Direction::Increase));
    }

    #[test]
    fn more_or_less_in_real_terms_is_a_change() {
        let text = "The department spent £31.1bn, 6% more in real terms.";
        assert_eq!(direction(text, "6%"), Some(Direction::Increase));
        let text = "School funding per pupil is 2% down in real terms.";
        assert_eq!(direction(text, "2%"), Some(Direction::Decrease));
        let text = "The grant was worth £40m, £3m less in cash terms.";
        assert_eq!(direction(text, "£3m"), Some(Direction::Decrease));
        // A share of a whole in real terms is no change.
        let text = "Health takes 38% in real terms of day-to-day spending.";
        assert_eq!(direction(text, "38%"), None);
    }

    #[test]
    fn a_percentage_set_against_a_change_shares_its_direction() {
        let text = "Patients lost 12% of their weight, against 2% for those on a placebo.";
        assert_eq!(direction(text, "2%"), Some(Direction::Decrease));
        let text = "Patients lost 9% of their weight over 40 weeks, against 2% on a placebo.";
        assert_eq!(direction(text, "2%"), Some(Direction::Decrease));
        let text = "Exports rose 5.2 pct in January, compared with 3.1 pct in December.";
        assert_eq!(direction(text, "3.1 pct"), Some(Direction::Increase));
        let text = "Colonies fell 27% in the winter, against an average of 17% before.";
        assert_eq!(direction(text, "17%"), Some(Direction::Decrease));
        // A level set against a level, a change with its own noun, another kind.
        let text = "Unemployment fell to 5.1%, against 5.3% a year earlier.";
        assert_eq!(direction(text, "5.3%"), None);
        let text = "The yield may dip below 9.5 pct, against 9.581 pct at the close.";
        assert_eq!(direction(text, "9.581 pct"), None);
        let text = "Sales rose 5%, against a 3% fall at its rivals.";
        assert_eq!(direction(text, "3%"), Some(Direction::Decrease));
        let text = "Sales rose 5%, against 3% of the market.";
        assert_eq!(direction(text, "3%"), None);
        let text = "Sales rose by $2m, against 3% a year earlier.";
        assert_eq!(direction(text, "3%"), None);
    }

    #[test]
    fn more_or_fewer_after_with_following_a_change_is_that_change() {
        let text = "Homicides fell 17% last year, with 1,370 fewer killings in 133 cities.";
        assert_eq!(direction(text, "1,370"), Some(Direction::Decrease));
        let text = "The new model comes with 20 more seats.";
        assert_eq!(direction(text, "20"), None);
    }

    #[test]
    fn a_loss_of_a_mean_is_a_fall_and_closing_some_of_a_whole_is_a_cut() {
        let text = "Those on 15mg shed a mean 21.8kg, or 20.2% of body weight.";
        assert_eq!(direction(text, "21.8kg"), Some(Direction::Decrease));
        assert_eq!(direction(text, "20.2%"), Some(Direction::Decrease));
        let text = "Councillors voted to close five of the borough's 12 libraries.";
        assert_eq!(direction(text, "five"), Some(Direction::Decrease));
        let text = "The index closed four of the last five sessions higher.";
        assert_eq!(direction(text, "four"), None);
    }

    #[test]
    fn a_count_of_those_laid_off_in_the_passive_is_a_cut() {
        let text = "About 300 workers were laid off.";
        assert_eq!(direction(text, "About 300"), Some(Direction::Decrease));
        let text = "A quarter of its staff will be made redundant.";
        assert_eq!(direction(text, "A quarter"), Some(Direction::Decrease));
        let text = "It said 341 employees of its remaining 885 employees will be laid off.";
        assert_eq!(direction(text, "885"), None);
        let text = "About 300 workers were hired.";
        assert_eq!(direction(text, "About 300"), None);
        let text = "About 1,200 bus routes have been cut or reduced since 2019.";
        assert_eq!(direction(text, "About 1,200"), Some(Direction::Decrease));
        let text = "Some 400 posts will be axed.";
        assert_eq!(direction(text, "Some 400"), Some(Direction::Decrease));
        let text = "About 200 trees were cut down for the road.";
        assert_eq!(direction(text, "About 200"), None);
        let text = "Output was cut to 14,754 units from 16,848 and would be cut further.";
        assert_eq!(direction(text, "16,848"), None);
        let text = "About 200 homes were cut off by the flood.";
        assert_eq!(direction(text, "About 200"), None);
    }

    #[test]
    fn a_count_of_those_who_left_their_work_is_a_fall() {
        let text = "About 40,000 teachers left the profession last year.";
        assert_eq!(direction(text, "About 40,000"), Some(Direction::Decrease));
        let text = "Some 3,500 dentists have left the service.";
        assert_eq!(direction(text, "Some 3,500"), Some(Direction::Decrease));
        let text = "It said 340 of its 900 nurses left the service.";
        assert_eq!(direction(text, "900"), None);
        assert_eq!(direction(text, "340"), Some(Direction::Decrease));
        let text = "About 120 of the 800 staff were laid off in May.";
        assert_eq!(direction(text, "About 120"), Some(Direction::Decrease));
        assert_eq!(direction(text, "800"), None);
        let text = "About 12 people left the building.";
        assert_eq!(direction(text, "About 12"), None);
        let text = "Of its 900 nurses, 340 left within two years.";
        assert_eq!(direction(text, "340"), Some(Direction::Decrease));
        assert_eq!(direction(text, "900"), None);
        let text = "Of the 1,200 apprentices who started in 2022, 430 dropped out.";
        assert_eq!(direction(text, "430"), Some(Direction::Decrease));
        let text = "Of the 300 guests, 40 left the hotel early.";
        assert_eq!(direction(text, "40"), None);
        let text = "Of the 300 guests, 40 stayed the night.";
        assert_eq!(direction(text, "40"), None);
        let text = "The trust has put up 300 metres of fencing.";
        assert_eq!(direction(text, "300 metres"), None);
        let text = "The council put up 40 new signs.";
        assert_eq!(direction(text, "40"), None);
        let text = "The path runs beside a sheer drop of 40 metres.";
        assert_eq!(direction(text, "40 metres"), None);
        let text = "The reservoir saw a drop of 4 metres over the summer.";
        assert_eq!(direction(text, "4 metres"), Some(Direction::Decrease));
        let text = "Fuel duty was put up 2p a litre.";
        assert_eq!(direction(text, "2p"), Some(Direction::Increase));
    }

    #[test]
    fn a_share_right_after_a_passive_verb_that_wants_by_is_a_change() {
        let text = "The haddock quota was raised 8% to 57,700 tonnes.";
        assert_eq!(direction(text, "8%"), Some(Direction::Increase));
        let text = "Fares were lowered 5% in January.";
        assert_eq!(direction(text, "5%"), Some(Direction::Decrease));
        // A share of what was raised is no rise.
        let text = "Of the money raised, 8% went to admin.";
        assert_eq!(direction(text, "8%"), None);
    }

    #[test]
    fn retreating_is_a_fall() {
        let text = "The cliffs at one village are retreating by up to 4 metres a year.";
        assert_eq!(direction(text, "up to 4 metres"), Some(Direction::Decrease));
    }

    #[test]
    fn shrinking_by_a_share_is_a_fall() {
        let text = "The epidemic is flat or shrinking by up to 2% a day.";
        assert_eq!(direction(text, "up to 2%"), Some(Direction::Decrease));
    }

    #[test]
    fn a_clause_after_and_without_its_verb_repeats_the_change_before_it() {
        let text = "Applications from Nigeria fell by 46% to 6,900, and those from India by 21%.";
        assert_eq!(direction(text, "21%"), Some(Direction::Decrease));
        let text = "Exports rose by 5%, and imports by 2%.";
        assert_eq!(direction(text, "2%"), Some(Direction::Increase));
        let text = "Tolls will go up by 30p to £3.30 for cars and by £1 to £11.20 for lorries.";
        assert_eq!(direction(text, "£1"), Some(Direction::Increase));
        let text = "Sales fell by 5%, and the cliffs are crumbling by 4 metres a year.";
        assert_eq!(direction(text, "4 metres"), None);
        let text = "The bridge is 40 metres long, and was built by 1,200 workers.";
        assert_eq!(direction(text, "1,200"), None);
    }

    #[test]
    fn a_level_revised_to_one_value_from_another_moves_the_way_the_values_do() {
        let text = "Payrolls were revised to 85,000 from 126,000.";
        assert_eq!(direction(text, "85,000"), Some(Direction::Decrease));
        assert_eq!(direction(text, "126,000"), Some(Direction::Decrease));
        let text = "The board revised its forecast to $4.2bn from $3.9bn.";
        assert_eq!(direction(text, "$4.2bn"), Some(Direction::Increase));
        let text = "Union Texas restated its loss to 57.5 mln dlrs from 49.5 mln dlrs.";
        assert_eq!(direction(text, "57.5 mln dlrs"), Some(Direction::Increase));
        // No verb of revision, or no change in the values: no direction.
        let text = "He moved to Leeds with 1,200 from London.";
        assert_eq!(direction(text, "1,200"), None);
        let text = "The fee was changed to £40 from £40.";
        assert_eq!(direction(text, "£40"), None);
    }
}
