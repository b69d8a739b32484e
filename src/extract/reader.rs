//! The figure grammar: reads the figures of one sentence from its tokens.
//!
//! The reader walks the tokens once. At a number ("20,000", "twenty", "a dozen",
//! "doubled") it first asks whether the number is something that is never a quantity
//! (a year, date, time, phone number, ordinal, score, identifier, address or list
//! number), then reads the amount (sign, currency, scale), its unit, the qualifier
//! before and after it, and a range or a "from X to Y" pair that continues it. Nothing
//! is read to the left of the previous figure, so figures never overlap.

use super::cx::Cx;
use super::figure::{Direction, FigureKind, Value};
use super::lexer::TokKind;
use super::number::{self, Digits};
use super::placement;
use super::qualifier::{self, Hedge};
use super::unit::{self, UnitClass};

/// A figure being read, by token indices into its sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    /// First token.
    pub(crate) a: usize,
    /// One past the last token.
    pub(crate) b: usize,
    /// First token of the number itself (after the qualifier and currency).
    pub(crate) core: usize,
    pub(crate) kind: FigureKind,
    pub(crate) value: Value,
    pub(crate) rounding: f64,
    pub(crate) hedge: Hedge,
    pub(crate) unit: Option<&'static str>,
    pub(crate) direction: Option<Direction>,
    /// A "from X to Y" pair: the direction comes from the values when no word says it.
    pub(crate) pair: bool,
}

/// Whether `drafts` start and end in source order (neither ever decreasing).
pub(crate) fn in_order(drafts: &[Draft]) -> bool {
    drafts
        .windows(2)
        .all(|w| w[0].a <= w[1].a && w[0].b <= w[1].b)
}

/// The last of `drafts` that ends at token `k`; by binary search when `ordered` says
/// they are [`in_order`].
pub(crate) fn ending_at(drafts: &[Draft], ordered: bool, k: usize) -> Option<&Draft> {
    if ordered {
        let after = drafts.partition_point(|p| p.b <= k);
        after
            .checked_sub(1)
            .map(|i| &drafts[i])
            .filter(|p| p.b == k)
    } else {
        drafts.iter().rev().find(|p| p.b == k)
    }
}

/// The first of `drafts` that starts at token `k`; by binary search when `ordered`
/// says they are [`in_order`].
pub(crate) fn starting_at(drafts: &[Draft], ordered: bool, k: usize) -> Option<&Draft> {
    if ordered {
        drafts
            .get(drafts.partition_point(|p| p.a < k))
            .filter(|p| p.a == k)
    } else {
        drafts.iter().find(|p| p.a == k)
    }
}

/// An amount: a number with its sign, currency and scale.
#[derive(Debug, Clone, Copy)]
struct Amount {
    a: usize,
    core: usize,
    b: usize,
    value: f64,
    rounding: f64,
    currency: Option<&'static str>,
    scaled: Option<f64>,
    digits: Option<Digits>,
    signed: Option<Direction>,
}

/// Reads every figure of the sentence `cx` into `out`. `leads` are the indices, in
/// order and within the sentence, of the tokens a figure may start at (see
/// `lexer::Tokens::leads`); no other token can start one.
pub(crate) fn read_sentence(
    cx: &Cx<'_>,
    leads: impl Iterator<Item = usize> + Clone,
    out: &mut Vec<Draft>,
    nums: &mut Vec<Option<Digits>>,
) {
    if leads.clone().next().is_none() {
        return;
    }
    // Every number of the sentence is parsed once, here. Every number is a lead; every
    // other slot stays `None`.
    nums.clear();
    nums.resize(cx.len(), None);
    for i in leads.clone() {
        if cx.is(i, TokKind::Num) {
            nums[i] = number::digits(cx.text(i));
        }
    }
    let mut r = Reader {
        cx: *cx,
        nums,
        out,
        first: 0,
        floor: 0,
        first_counted: std::cell::OnceCell::new(),
    };
    r.first = r.out.len();
    // The next token to read; every token before the next lead reads as nothing.
    let mut i = 0;
    for lead in leads {
        if lead < i {
            continue;
        }
        i = lead;
        let start = r.out.len();
        let next = match cx.tok(i) {
            Some(t) if t.kind == TokKind::Num => r.at_digits(i),
            // The lexer let the word through by its first letters and length; most
            // such words are still no number.
            Some(t) if t.kind == TokKind::Word => {
                if number::is_number_word(cx.lower_text(t.start, t.end)) {
                    r.at_word(i)
                } else {
                    None
                }
            }
            _ => None,
        };
        match next {
            Some(end) if end > i && r.out.len() > start => {
                i = end;
                r.floor = end;
            }
            _ => {
                r.out.truncate(start);
                i += 1;
            }
        }
    }
    // "cut his sentence from 10 years to seven": a bare number ending a change takes
    // the unit of its start.
    let first = r.first;
    for k in first + 1..r.out.len() {
        let (p, d) = (&r.out[k - 1], &r.out[k]);
        if p.b + 1 == d.a
            && d.kind == FigureKind::Count
            && d.unit.is_none()
            && d.hedge == Hedge::Exact
            && matches!(
                p.kind,
                FigureKind::Duration | FigureKind::Measure | FigureKind::Percent
            )
            && p.unit.is_some()
            && cx.word_is(p.b, "to")
            && p.a > 0
            && cx.word_is(p.a - 1, "from")
            && (!cx.is(d.b, TokKind::Word) || is_function_word(cx.word(d.b)))
        {
            let (kind, unit) = (p.kind, p.unit);
            let d = &mut r.out[k];
            d.kind = kind;
            d.unit = unit;
        }
    }
    old_level_after_new(cx, &mut r.out[first..]);
    change_beside_share(cx, &mut r.out[first..]);
    cents_of_the_sentence(cx, &mut r.out[first..]);
    suspended_compounds(cx, &mut r.out[first..]);
    second_days(cx, &mut r.out[first..]);
}

/// "Tin closed 12 cents lower at 16.94 ringgit a kilo": bare cents, read as US cents,
/// are hundredths of the one other currency the sentence quotes, when no sum in it is
/// in dollars of the US ("six U.S. cents") and no rate is quoted against "the dollar"
/// ("The June pound, which added 6.3 cents").
fn cents_of_the_sentence(cx: &Cx<'_>, drafts: &mut [Draft]) {
    let bare_cents = |d: &Draft| {
        d.kind == FigureKind::Money
            && d.unit == Some("USD")
            && d.b > d.a
            && matches!(cx.word_bytes(d.b - 1), b"cents" | b"cent" | b"cts" | b"ct")
            && !(d.a..d.b).any(|t| matches!(cx.word_bytes(t), b"us" | b"u" | b"american"))
    };
    if !drafts.iter().any(bare_cents) {
        return;
    }
    // "a bar now costs €1.99, up 50 cents", "the fare rose 20 cents to A$4.50": cents
    // that move an amount beside them are hundredths of its money, whatever else the
    // sentence quotes.
    for k in 0..drafts.len() {
        if !bare_cents(&drafts[k]) {
            continue;
        }
        let d = &drafts[k];
        let moved = |p: &Draft| p.kind == FigureKind::Money && !bare_cents(p);
        let after = k.checked_sub(1).map(|j| &drafts[j]).filter(|p| {
            moved(p)
                && p.b + 2 <= d.a
                && cx.punct_is(p.b, ",")
                && (p.b + 1..d.a).all(|t| matches!(cx.word_bytes(t), b"up" | b"down" | b"by"))
                && matches!(cx.word_bytes(p.b + 1), b"up" | b"down")
        });
        let before = drafts.get(k + 1).filter(|n| {
            moved(n)
                && n.a == d.b + 1
                && cx.word_is(d.b, "to")
                && d.a >= 2
                && (placement::change_verb(cx.word(d.a - 1)).is_some()
                    || cx.word_is(d.a - 1, "by")
                        && placement::change_verb(cx.word(d.a - 2)).is_some())
        });
        if let Some(code) = after.or(before).and_then(|p| p.unit) {
            drafts[k].unit = Some(code);
        }
    }
    if (1..cx.len())
        .any(|t| matches!(cx.word_bytes(t), b"dollar" | b"dlr") && cx.word_is(t - 1, "the"))
    {
        return;
    }
    let mut other = None;
    for d in drafts.iter() {
        if d.kind != FigureKind::Money || bare_cents(d) {
            continue;
        }
        match (d.unit, other) {
            (Some("USD") | None, _) => return,
            (Some(code), None) => other = Some(code),
            (Some(code), Some(seen)) if code != seen => return,
            _ => {}
        }
    }
    let Some(code) = other else { return };
    // "stay at 200 CFA francs (65 cents) per kilo": cents in brackets right after an
    // amount in the other money restate it in US money.
    let restated: Vec<bool> = drafts
        .iter()
        .map(|d| {
            d.a >= 1
                && cx.punct_is(d.a - 1, "(")
                && drafts
                    .iter()
                    .any(|p| p.kind == FigureKind::Money && p.unit == Some(code) && p.b + 1 == d.a)
        })
        .collect();
    for (d, restated) in drafts.iter_mut().zip(restated) {
        if bare_cents(d) && !restated {
            d.unit = Some(code);
        }
    }
}

/// "on March 26 and 30", "March 3 or 4": a bare day after a date of a month and a day,
/// joined by "and" or "or", is a day of that month.
fn second_days(cx: &Cx<'_>, drafts: &mut [Draft]) {
    for k in 1..drafts.len() {
        let (p, d) = (&drafts[k - 1], &drafts[k]);
        let Value::Number(day) = d.value else {
            continue;
        };
        if p.kind == FigureKind::Date
            && p.b == p.a + 2
            && number::month_bytes(cx.text_bytes(p.a)).is_some()
            && cx.is(p.a + 1, TokKind::Num)
            && d.kind == FigureKind::Count
            && d.unit.is_none()
            && d.hedge == Hedge::Exact
            && d.a == p.b + 1
            && d.b == d.a + 1
            && matches!(cx.word_bytes(p.b), b"and" | b"or")
            && cx.is(d.a, TokKind::Num)
            && (1.0..=31.0).contains(&day)
            && day.fract() == 0.0
            && (!cx.is(d.b, TokKind::Word) || is_function_word(cx.word(d.b)))
        {
            drafts[k].kind = FigureKind::Date;
        }
    }
}

/// "two- and 10-year yields", "one- or two-bedroom flats": a number left hanging on its
/// hyphen shares the compound after it, and is of its kind and unit.
fn suspended_compounds(cx: &Cx<'_>, drafts: &mut [Draft]) {
    for k in 1..drafts.len() {
        let (p, d) = (&drafts[k - 1], &drafts[k]);
        if p.kind == FigureKind::Count
            && p.unit.is_none()
            && p.b + 2 == d.a
            && cx.punct_is(p.b, "-")
            && cx.glued(p.b)
            && !cx.glued(p.b + 1)
            && matches!(cx.word_bytes(p.b + 1), b"and" | b"or" | b"to")
            && d.kind.is_quantity()
            && d.b == d.a + 3
            && cx.punct_is(d.a + 1, "-")
            && cx.glued(d.a + 1)
            && cx.glued(d.a + 2)
            && cx.is(d.a + 2, TokKind::Word)
        {
            let (kind, unit) = (d.kind, d.unit);
            let p = &mut drafts[k - 1];
            p.kind = kind;
            p.unit = unit;
            p.b += 1;
        }
    }
}

/// "fell to 14 minutes from 19", "rose to $4.2bn from 3.9", "takes 45 minutes,
/// down from 70": a bare number after the new level is its old level, in the same
/// unit and at the same scale.
fn old_level_after_new(cx: &Cx<'_>, drafts: &mut [Draft]) {
    for k in 1..drafts.len() {
        let (p, d) = (&drafts[k - 1], &drafts[k]);
        let Value::Number(v) = d.value else { continue };
        let from_at = d.a.wrapping_sub(1);
        // Already read in the level's kind and unit ("3.5" after "3.2 million barrels"),
        // or a bare count.
        let alike = d.kind == p.kind && d.unit == p.unit;
        if !(alike || d.kind == FigureKind::Count && d.unit.is_none())
            || d.hedge != Hedge::Exact
            || d.a == 0
            || !cx.word_is(from_at, "from")
            || cx.is(d.b, TokKind::Word) && !is_function_word(cx.word(d.b))
        {
            continue;
        }
        let to_before = p.a > 0 && cx.word_is(p.a - 1, "to");
        let moved = |at: usize| cx.word_is(at, "down") || cx.word_is(at, "up");
        // The level ends after a percent sign or a rate ("barrels a day").
        let mut end = p.b + usize::from(cx.punct_is(p.b, "%"));
        if matches!(cx.word_bytes(end), b"a" | b"per")
            && matches!(
                cx.word_bytes(end + 1),
                b"day" | b"week" | b"month" | b"year"
            )
        {
            end += 2;
        }
        let joined = (end == from_at || end + 1 == from_at && cx.punct_is(end, ",")) && to_before
            || end + 1 == from_at && moved(end)
            || end + 2 == from_at && cx.punct_is(end, ",") && moved(end + 1);
        let Value::Number(level) = p.value else {
            continue;
        };
        if !(joined && level.is_finite() && level > 0.0 && v > 0.0) {
            continue;
        }
        // The scale "$4.2bn" was written with, when the old level needs it to be of
        // the same order: the level was written short (its rounding is large) and the
        // bare number is small.
        let scale = [1e3, 1e6, 1e9, 1e12].into_iter().find(|&s| {
            p.rounding >= s * 5e-4 && v < 1e3 && (level / 3.0..=level * 3.0).contains(&(v * s))
        });
        // "less than six weeks, up from 38,500": a number thousands of times the level
        // is no old level of it, but of something before.
        let comparable = (level / 50.0..=level * 50.0).contains(&scale.map_or(v, |s| v * s));
        let unit_to_take = d.kind == FigureKind::Count
            && d.unit.is_none()
            && comparable
            && (p.kind == FigureKind::Percent
                || matches!(
                    p.kind,
                    FigureKind::Duration
                        | FigureKind::Measure
                        | FigureKind::Money
                        | FigureKind::PercentagePoints
                ) && p.unit.is_some());
        // "512 are women, or 41%, up from 463": after a share set off by ", or", a bare
        // number nearer the figure before it than the share is that figure's old level.
        // So after a relative clause on that figure's noun: "412 members, who pay $40 a
        // year, up from 380".
        let of_figure_before = k >= 2 && p.a >= 2 && {
            let before = &drafts[k - 2];
            let share_set_off = p.kind == FigureKind::Percent
                && before.kind != FigureKind::Percent
                && cx.punct_is(p.a - 2, ",")
                && cx.word_is(p.a - 1, "or");
            before.kind.is_quantity()
                && (share_set_off && nearer_the_figure_before(before, v, level)
                    // "38 contracts worth $2.1bn, up from 1.6": compared at the
                    // level's scale when the bare number takes it.
                    || clause_on_figure_before(cx, before, p, scale.map_or(v, |s| v * s)))
        };
        if !unit_to_take && scale.is_none() || of_figure_before {
            continue;
        }
        let (kind, unit) = (p.kind, p.unit);
        let d = &mut drafts[k];
        if unit_to_take {
            d.kind = kind;
            d.unit = unit;
        }
        if let Some(scale) = scale {
            d.value = Value::Number(v * scale);
            d.rounding *= scale;
        }
    }
}

/// "Conservative: 559 [55.2%, +25.9]", "Labour 12,400 (41.2%; -3.4)", "31% (+2)": a
/// bare number written with its sign right after a share, in the share's own brackets
/// or in brackets of its own, is the share's change in percentage points. So in a
/// result written without the percent sign, "Labour: 312 (48.4; -12.7)": a share with
/// decimals and its signed change in brackets right after a count.
fn change_beside_share(cx: &Cx<'_>, drafts: &mut [Draft]) {
    let signed = |d: &Draft| {
        d.kind == FigureKind::Count
            && d.unit.is_none()
            && d.hedge == Hedge::Exact
            && d.a < d.core
            && matches!(cx.punct(d.a), "+" | "-" | "−")
    };
    let opens = |t: usize| matches!(cx.punct(t), "(" | "[");
    let closes = |t: usize| matches!(cx.punct(t), ")" | "]");
    for k in 1..drafts.len() {
        let (p, d) = (&drafts[k - 1], &drafts[k]);
        if !signed(d) || !closes(d.b) || p.a == 0 {
            continue;
        }
        let apart = |p: &Draft| {
            // "[55.2%, +25.9]": inside the share's brackets.
            p.b + 1 == d.a && matches!(cx.punct(p.b), "," | ";") && opens(p.a - 1)
        };
        // "31% (+2)": in brackets of its own.
        let share = p.kind == FigureKind::Percent && (apart(p) || p.b + 1 == d.a && opens(p.b));
        let bare_share = !share
            && k >= 2
            && p.kind == FigureKind::Count
            && p.unit.is_none()
            && p.hedge == Hedge::Exact
            && p.a == p.core
            && cx.text(p.core).contains('.')
            && matches!(p.value, Value::Number(v) if v > 0.0 && v < 100.0)
            && apart(p)
            && drafts[k - 2].kind == FigureKind::Count
            && drafts[k - 2].b + 1 == p.a;
        if share || bare_share {
            if bare_share {
                let p = &mut drafts[k - 1];
                p.kind = FigureKind::Percent;
                p.unit = Some("percent");
            }
            let d = &mut drafts[k];
            d.kind = FigureKind::PercentagePoints;
            d.unit = Some("percentage_point");
        }
    }
}

/// Whether `v` is nearer in size to the figure `before` than to `level`.
fn nearer_the_figure_before(before: &Draft, v: f64, level: f64) -> bool {
    matches!(before.value, Value::Number(count) if count > 0.0
        && (v / count).ln().abs() < (v / level).ln().abs())
}

/// "412 members, who pay $40 a year, up from 380": `level` ends a relative clause on
/// the noun (of up to three words) of the figure `before`, of another kind or unit, and
/// a bare old level `v` after it, nearer that figure in size, is that figure's. So does
/// a phrase of what the noun has: "1,484 banks with assets of 253 billion dlrs were on
/// its list, up from 1,140", and one of what each is worth: "signed 214 deals worth more
/// than $1 million, up from 171".
fn clause_on_figure_before(cx: &Cx<'_>, before: &Draft, level: &Draft, v: f64) -> bool {
    let Value::Number(at) = level.value else {
        return false;
    };
    before.kind.is_quantity()
        && (before.kind, before.unit) != (level.kind, level.unit)
        && (before.b..(before.b + 4).min(level.a)).any(|c| {
            (cx.punct_is(c, ",") && matches!(cx.word_bytes(c + 1), b"who" | b"which" | b"that")
                || c > before.b && matches!(cx.word_bytes(c), b"with" | b"whose" | b"worth"))
                && (before.b..c).all(|w| cx.is(w, TokKind::Word) && !is_function_word(cx.word(w)))
        })
        && nearer_the_figure_before(before, v, at)
}

struct Reader<'a, 'o> {
    cx: Cx<'a>,
    /// The parsed value of each number token of the sentence.
    nums: &'o [Option<Digits>],
    out: &'o mut Vec<Draft>,
    /// Index in `out` of this sentence's first draft.
    first: usize,
    /// No figure may start before this token.
    floor: usize,
    /// The first number of the sentence followed by a plural noun ("31 deaths"), looked
    /// for once: [`Reader::gapped_count`] asks of every name before a number.
    first_counted: std::cell::OnceCell<Option<usize>>,
}

/// Whether an ordinal suffix agrees with its number: "1st", "22nd", "13th", not "15st".
fn ordinal_suffix_fits(value: f64, suffix: &str) -> bool {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a whole number of a few digits, only its last two digits are read"
    )]
    let n = (value.abs() % 100.0) as u32;
    let expected = match (n % 10, n / 10) {
        (_, 1) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    suffix == expected
}

/// Whether tokens from `k` are a length in feet, yards or inches in brackets: "(138
/// ft)", "(1,017ft)", "(4 in)".
fn converted_into_feet(cx: &Cx<'_>, k: usize) -> bool {
    cx.punct_is(k, "(")
        && cx.is(k + 1, TokKind::Num)
        && matches!(
            cx.word_bytes(k + 2),
            b"ft" | b"feet" | b"foot" | b"yards" | b"yd" | b"yds" | b"in" | b"inches"
        )
}

/// Whether a word names a structure or a thing measured by its height or length: "a
/// 244 m tower", "the 30 m wall", "a 60 m yacht".
fn is_structure(w: &[u8]) -> bool {
    matches!(
        w,
        b"tower"
            | b"towers"
            | b"wall"
            | b"walls"
            | b"cliff"
            | b"cliffs"
            | b"bridge"
            | b"mast"
            | b"spire"
            | b"statue"
            | b"yacht"
            | b"ship"
            | b"vessel"
            | b"tunnel"
            | b"wave"
            | b"waves"
            | b"crane"
            | b"chimney"
            | b"dam"
            | b"skyscraper"
            | b"building"
            | b"pier"
            | b"hull"
            | b"ladder"
            | b"tree"
            | b"turbine"
            | b"turbines"
            | b"embankment"
    )
}

/// Whether a word after a bare "m" shows the "m" is metres, not millions: a race or an
/// event ("100m sprint", "200m freestyle", "110m hurdles", "the 100m final"), a record
/// or a dimension ("a 10m height", "50m long", "2m above").
fn metres_follow(w: &[u8]) -> bool {
    matches!(
        w,
        b"sprint"
            | b"sprints"
            | b"race"
            | b"races"
            | b"runner"
            | b"runners"
            | b"record"
            | b"champions"
            | b"height"
            | b"width"
            | b"length"
            | b"depth"
            | b"clearance"
            | b"tall"
            | b"high"
            | b"long"
            | b"wide"
            | b"deep"
            | b"thick"
            | b"across"
            // "piers spaced 80m apart": a distance between things.
            | b"apart"
            | b"hurdles"
            | b"freestyle"
            | b"relay"
            | b"dash"
            | b"above"
            | b"below"
            | b"butterfly"
            | b"backstroke"
            | b"breaststroke"
            | b"medley"
            | b"final"
            | b"finals"
            | b"heat"
            | b"heats"
            | b"semi"
            | b"champion"
            | b"title"
            // "Olympic 200m silver", "the 100m and 200m events".
            | b"gold"
            | b"silver"
            | b"bronze"
            | b"medal"
            | b"medals"
            | b"medallist"
            | b"medalist"
            | b"event"
            | b"events"
            | b"crown"
    )
}

/// Whether a word names a running or swimming event by its stroke or kind:
/// "freestyle", "relay", "hurdles".
fn race_event(w: &[u8]) -> bool {
    matches!(
        w,
        b"medley"
            | b"freestyle"
            | b"butterfly"
            | b"backstroke"
            | b"breaststroke"
            | b"relay"
            | b"sprint"
            | b"hurdles"
            | b"steeplechase"
    )
}

/// The distances, in metres, of the running and swimming races most often named by
/// them alone ("the 400m", "the 1500m").
const RACE_DISTANCES: [f64; 11] = [
    50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0,
];

/// Whether a word after a bare scaled amount names a balance or a result that only
/// money sizes: "a 7.3 billion surplus", "a 1.2 billion loss".
fn sizes_a_balance(w: &[u8]) -> bool {
    matches!(
        w,
        b"surplus" | b"deficit" | b"shortfall" | b"overspend" | b"profit" | b"loss"
    )
}

/// Whether the change whose figure starts at token `a` is said of people or things
/// counted, named just before its verb: "subscribers had grown 9% to 125 million",
/// "users rose by 4% to 1.2 billion". Such a level is a count, whatever money an
/// earlier level was reached in.
fn people_or_things_changed(cx: &Cx<'_>, a: usize) -> bool {
    let mut k = a;
    if k > 0 && cx.word_is(k - 1, "by") {
        k -= 1;
    }
    if k == 0 || placement::change_verb(cx.word(k - 1)).is_none() {
        return false;
    }
    k -= 1;
    while k > 0
        && matches!(
            cx.word_bytes(k - 1),
            b"has" | b"have" | b"had" | b"also" | b"already" | b"now" | b"each" | b"all"
        )
    {
        k -= 1;
    }
    k > 0
        && matches!(
            cx.word_bytes(k - 1),
            b"subscribers"
                | b"users"
                | b"customers"
                | b"members"
                | b"passengers"
                | b"visitors"
                | b"viewers"
                | b"listeners"
                | b"readers"
                | b"followers"
                | b"players"
                | b"accounts"
                | b"households"
                | b"employees"
                | b"workers"
                | b"staff"
                | b"jobs"
                | b"people"
                | b"shareholders"
                | b"students"
                | b"pupils"
                | b"patients"
                | b"voters"
                | b"clients"
                | b"downloads"
                | b"subscriptions"
                | b"tourists"
                | b"arrivals"
                | b"admissions"
        )
}

fn is_dash(p: &str) -> bool {
    matches!(p, "–" | "—" | "‒" | "−")
}

/// Capitalised words that name a numbered thing: "Section 230", "Boeing 737".
static KNOWN_NAMES: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "episode",
        "recommendation",
        "season",
        "round",
        "game",
        "question",
        "option",
        "step",
        "section",
        "article",
        "chapter",
        "title",
        "windows",
        "boeing",
        "airbus",
        "flight",
        "route",
        "highway",
        "interstate",
        "room",
        "apollo",
        // Spacecraft and rockets: "Voyager 1 is now more than 24 billion km away".
        "voyager",
        "pioneer",
        "mariner",
        "sputnik",
        "soyuz",
        "ariane",
        "falcon",
        "artemis",
        "chandrayaan",
        "iphone",
        "galaxy",
        "pixel",
        "xbox",
        "playstation",
        "version",
        "no",
        "number",
        "vol",
        "volume",
        "page",
        "figure",
        "fig",
        "table",
        "amendment",
        "proposition",
        "prop",
        "issue",
        "measure",
        "rule",
        "clause",
        "paragraph",
        "part",
        "schedule",
        "annex",
        "appendix",
        "level",
        "grade",
        "category",
        "class",
        "type",
        "model",
        "series",
        "mark",
        "phase",
        "stage",
        "gate",
        "platform",
        "terminal",
        "pier",
        "unit",
        "suite",
        "apartment",
        // "write to PO Box 4120 by 30 June": a post office box.
        "box",
        "lot",
        "district",
        "ward",
        "precinct",
        "station",
        "channel",
        "formula",
        "bill",
        "resolution",
        "form",
        "regulation",
        "tier",
        "camp",
        "block",
        "building",
        "floor",
        "row",
        "seat",
        "lane",
        "pillar",
        "item",
        "exhibit",
        "act",
        "law",
        "covid",
        "ios",
        "android",
        "office",
        "ps",
        "ward's",
        "division",
        "league",
        "premier",
        "ftse",
        "dow",
        "nasdaq",
        "s&p",
        "euro",
        "fortune",
        "russell",
        "nikkei",
        "stoxx",
        "cac",
        "dax",
        // "Wi-Fi 7", "Bluetooth 5.3", "USB 4", "Geekbench 6": standards and benchmarks.
        "fi",
        "bluetooth",
        "usb",
        "hdmi",
        "pcie",
        "thunderbolt",
        "geekbench",
        "cinebench",
    ])
});

#[expect(
    clippy::many_single_char_names,
    reason = "a and b bound a token range and i, j, k walk tokens, throughout the reader"
)]
#[expect(
    clippy::unnecessary_wraps,
    reason = "the push helpers return the reader's step result, which callers return directly"
)]
impl Reader<'_, '_> {
    /// The number at token `i`, parsed.
    fn digits_at(&self, i: usize) -> Option<Digits> {
        self.nums.get(i).copied().flatten()
    }

    fn push_plain(&mut self, a: usize, b: usize, kind: FigureKind, value: f64) -> Option<usize> {
        self.push_value(a, b, kind, Value::Number(value))
    }

    fn push_value(&mut self, a: usize, b: usize, kind: FigureKind, value: Value) -> Option<usize> {
        self.out.push(Draft {
            a,
            b,
            core: a,
            kind,
            value,
            rounding: 0.0,
            hedge: Hedge::Exact,
            unit: None,
            direction: None,
            pair: false,
        });
        Some(b)
    }

    /// A year span "2019-20", "1986/87", "1981-2010" as a range of years.
    fn push_year_span(&mut self, a: usize, b: usize, first: f64, second: &str) -> Option<usize> {
        let Some(d2) = number::digits(second) else {
            return self.push_plain(a, b, FigureKind::Year, first);
        };
        let mut last = d2.value;
        if d2.whole_len <= 2 {
            last += first - first % 100.0;
            if last < first {
                last += 100.0;
            }
        }
        self.push_value(a, b, FigureKind::Year, Value::Range(first, last))
    }

    /// Whether points at token `a` are percentage points by a percentage in the
    /// sentence: one in the same clause ("fell to 18%, a lead of 3 points"), or one in
    /// another clause of a sentence with no word of a league or a match ("Support fell
    /// to 18%, and its lead shrank to 3 points"). "Liverpool have won 80% of their
    /// league games, but their lead has been cut to five points" counts league points.
    /// Whether the words ending before token `k` are a verb of travel and the place
    /// it reaches: "call at York", "arrives in Leeds", "departs from Kings Cross".
    fn travel_to_a_place_before(&self, k: usize) -> bool {
        let cx = self.cx;
        let mut j = k;
        while j > self.floor && cx.is(j - 1, TokKind::Word) && cx.capital(j - 1) && k - j < 3 {
            j -= 1;
        }
        j < k
            && j >= self.floor + 2
            && matches!(cx.word_bytes(j - 1), b"at" | b"in" | b"from" | b"into")
            && matches!(
                cx.word_bytes(j - 2),
                b"call"
                    | b"calls"
                    | b"calling"
                    | b"arrive"
                    | b"arrives"
                    | b"arrived"
                    | b"arriving"
                    | b"depart"
                    | b"departs"
                    | b"departed"
                    | b"departing"
                    | b"leave"
                    | b"leaves"
                    | b"leaving"
                    | b"stop"
                    | b"stops"
                    | b"stopping"
                    | b"land"
                    | b"lands"
                    | b"landing"
                    | b"due"
            )
    }

    fn percent_beside_points(&self, a: usize) -> bool {
        let cx = self.cx;
        self.percent_in_clause(a)
            || (0..cx.len()).any(|k| cx.percent_sign(k) || cx.word_is(k, "pc"))
                && !self.sentence_mentions_league()
    }

    /// Whether a percentage stands in the clause of the figure at token `a`.
    fn percent_in_clause(&self, a: usize) -> bool {
        let cx = self.cx;
        let percent = |k: usize| cx.percent_sign(k) || cx.word_is(k, "pc");
        let boundary = |k: usize| {
            cx.punct_is(k, ";")
                || matches!(cx.word_bytes(k), b"but" | b"yet" | b"while" | b"whereas")
                || cx.punct_is(k, ",") && cx.word_is(k + 1, "and")
        };
        // A percentage in the clause of the figure, looked for outwards from it up to
        // the first boundary on each side.
        for t in (0..a).rev() {
            if percent(t) {
                return true;
            }
            if boundary(t) {
                break;
            }
        }
        for t in a..cx.len() {
            if percent(t) {
                return true;
            }
            if boundary(t) {
                break;
            }
        }
        false
    }

    /// The kind and unit of points at token `a` whose change noun stands at `noun`: "a
    /// one point cut in base lending rates" is in percentage points, as is a change in
    /// a sentence with a poll, or with a percentage when `beside` says one makes it so
    /// (not for a compound: "The FTSE 100 fell 2.3%, a 170-point drop"); "a 2.5 point
    /// fall in the index" is in index points.
    fn points_of_change(&self, a: usize, noun: usize, beside: bool) -> (FigureKind, &'static str) {
        let cx = self.cx;
        let rate = (noun + 1..(noun + 9).min(cx.len()))
            .take_while(|&t| !matches!(cx.punct(t), "," | ";" | ":" | "("))
            .any(|t| {
                matches!(
                    cx.word_bytes(t),
                    b"rate" | b"rates" | b"margin" | b"yield" | b"yields"
                )
            });
        if rate || beside && self.percent_beside_points(a) || self.sentence_mentions_poll() {
            (FigureKind::PercentagePoints, "percentage_point")
        } else {
            (FigureKind::Measure, "point")
        }
    }

    /// Whether the sentence has a word of a league, a match or a race: points there are
    /// a side's or a driver's ("five points clear", "trails by 34 points").
    fn sentence_mentions_league(&self) -> bool {
        let cx = self.cx;
        (0..cx.len()).any(|k| {
            matches!(
                cx.word_bytes(k),
                b"league"
                    | b"game"
                    | b"games"
                    | b"match"
                    | b"matches"
                    | b"fixtures"
                    | b"table"
                    | b"standings"
                    | b"relegation"
                    | b"unbeaten"
                    | b"goals"
                    | b"race"
                    | b"races"
                    | b"podium"
            )
        })
    }

    /// Whether a "N-point" compound before `noun` at token `a` is a move between two
    /// shares named before it: "77.9% of departures left on time, compared with 74.2% a
    /// year earlier, a 3.7-point improvement". Not beside a market index ("The FTSE 100
    /// fell 2.3% to 7,204, a 170-point drop"), nor with only one percentage before it.
    fn move_between_shares(&self, a: usize, noun: &str) -> bool {
        let cx = self.cx;
        let change_noun = matches!(
            noun,
            "improvement"
                | "rise"
                | "fall"
                | "drop"
                | "increase"
                | "decrease"
                | "decline"
                | "gain"
                | "jump"
                | "slide"
                | "dip"
                | "deterioration"
        );
        let shares_before = (0..a).filter(|&k| cx.percent_sign(k)).count();
        let market = (0..cx.len()).any(|k| {
            matches!(
                cx.word_bytes(k),
                b"index"
                    | b"indices"
                    | b"dow"
                    | b"ftse"
                    | b"nasdaq"
                    | b"nikkei"
                    | b"stoxx"
                    | b"dax"
                    | b"cac"
                    | b"kospi"
                    | b"sensex"
                    | b"s&p"
                    | b"score"
                    | b"scores"
            )
        });
        change_noun && shares_before >= 2 && !market && !self.sentence_mentions_league()
    }

    /// Whether the sentence speaks of a poll or a vote ("the poll", "voters", "the
    /// election"): a lead there is in percentage points.
    fn sentence_mentions_poll(&self) -> bool {
        let cx = self.cx;
        (0..cx.len()).any(|k| {
            matches!(
                cx.word_bytes(k),
                b"poll"
                    | b"polls"
                    | b"poll's"
                    | b"polling"
                    | b"pollster"
                    | b"pollsters"
                    | b"survey"
                    | b"voters"
                    | b"vote"
                    | b"votes"
                    | b"election"
                    | b"ballot"
                    | b"approval"
                    | b"primary"
                    | b"referendum"
            )
        })
    }

    /// Whether the sentence has a word of a running or swimming race: a stroke or
    /// event ("medley", "relay", "hurdles"), a race, a lap or a medal, or a time in
    /// seconds.
    fn sentence_mentions_race(&self) -> bool {
        let cx = self.cx;
        (0..cx.len()).any(|k| {
            let w = cx.word_bytes(k);
            race_event(w)
                || matches!(
                    w,
                    b"race"
                        | b"races"
                        | b"lap"
                        | b"laps"
                        | b"medal"
                        | b"medals"
                        | b"marathon"
                        | b"seconds"
                        | b"sec"
                        | b"secs"
                )
        })
    }

    /// Whether the sentence gives a length in metres in words ("2.5 metres").
    fn sentence_mentions_metres(&self) -> bool {
        let cx = self.cx;
        (1..cx.len()).any(|k| {
            matches!(
                cx.word_bytes(k),
                b"metres" | b"metre" | b"meters" | b"meter"
            ) && cx.is(k - 1, TokKind::Num)
        })
    }

    /// Whether a capital C or F standing alone at `b` after a number is a scale of
    /// temperature: no name or code goes on after it ("C Street", "F-35", "C.S."), and
    /// the sentence speaks of heat or cold, or gives a number in the other scale.
    fn spaced_temperature(&self, b: usize) -> bool {
        let cx = self.cx;
        if cx.capital(b + 1)
            || cx.is(b + 1, TokKind::Num)
            || cx.glued(b + 1) && matches!(cx.punct_bytes(b + 1), b"-" | b"&" | b"/" | b"'")
            || cx.punct_is(b + 1, ".") && cx.glued(b + 1) && cx.glued(b + 2)
        {
            return false;
        }
        let other: &[u8] = if cx.word_is(b, "c") { b"F" } else { b"C" };
        // "the eleventh day above 30 C in the capital", "It was -5 C at dawn": a level
        // passed or reached, or below zero, with no noun after the letter ("about 30 C
        // programmers", "Section 30 C of the act" stay letters).
        let level = |k: usize| {
            k > self.floor
                && (matches!(
                    cx.word(k - 1),
                    "above"
                        | "below"
                        | "beneath"
                        | "exceeding"
                        | "exceeded"
                        | "topped"
                        | "topping"
                        | "reached"
                        | "reaching"
                        | "hit"
                        | "hitting"
                        | "minus"
                ) || cx.word_is(k - 1, "to")
                    && placement::change_verb(cx.word(k.saturating_sub(2))).is_some()
                    || matches!(cx.punct(k - 1), "-" | "−")
                        && cx.glued(k)
                        && cx.tok(k - 1).is_some_and(|t| t.space))
        };
        let after = cx.word(b + 1);
        if (after.is_empty()
            || is_function_word(after)
            || matches!(after, "today" | "yesterday" | "overnight"))
            && (b >= 1 && level(b - 1))
        {
            return true;
        }
        (0..cx.len()).any(|k| {
            matches!(
                cx.word_bytes(k),
                b"temperature"
                    | b"temperatures"
                    | b"degrees"
                    | b"celsius"
                    | b"fahrenheit"
                    | b"centigrade"
                    | b"heat"
                    | b"heatwave"
                    | b"hot"
                    | b"hotter"
                    | b"hottest"
                    | b"warm"
                    | b"warmer"
                    | b"warmest"
                    | b"cold"
                    | b"colder"
                    | b"coldest"
                    | b"freezing"
                    | b"frost"
                    | b"mercury"
                    | b"thermometer"
            ) || k > 0 && cx.text_bytes(k) == other && cx.is(k - 1, TokKind::Num)
        })
    }

    /// Whether the sentence speaks of a tax or levy ("property tax", "the levy",
    /// "millage").
    fn sentence_mentions_tax(&self) -> bool {
        let cx = self.cx;
        (0..cx.len()).any(|k| {
            matches!(
                cx.word_bytes(k),
                b"tax" | b"taxes" | b"levy" | b"levies" | b"millage" | b"mill-rate"
            )
        })
    }

    // ----------------------------------------------------------------------------------
    // Numbers in digits
    // ----------------------------------------------------------------------------------

    fn at_digits(&mut self, i: usize) -> Option<usize> {
        let d = self.digits_at(i)?;
        if let Some(end) = self.compact_duration(i) {
            return Some(end);
        }
        if d.decimals == 0 && (self.wire_fraction(i).is_some() || self.bare_fraction(i).is_some()) {
            return self.quantity(i);
        }
        if let Some(end) = self.sports_average(i, &d) {
            return Some(end);
        }
        if let Some(end) = self.non_quantity(i, &d) {
            return Some(end);
        }
        self.quantity(i)
    }

    /// "2h 15m 20s", "2hr 04min 12sec", "1hr 21min", "3min 51.29sec": a stretch of time
    /// written in two or three parts, each with its unit glued on, from hours down to
    /// seconds, is one duration in its smallest unit ("15m" there is no 15 million,
    /// nor "20s" a decade).
    fn compact_duration(&mut self, i: usize) -> Option<usize> {
        const PER: [f64; 3] = [3600.0, 60.0, 1.0];
        const UNITS: [&str; 3] = ["hour", "minute", "second"];
        let cx = self.cx;
        let rank = |k: usize| -> Option<usize> {
            if !(cx.is(k, TokKind::Num) && cx.glued(k + 1)) {
                return None;
            }
            match cx.low_bytes(k + 1) {
                b"h" | b"hr" | b"hrs" => Some(0),
                b"m" | b"min" | b"mins" => Some(1),
                b"s" | b"sec" | b"secs" => Some(2),
                _ => None,
            }
        };
        let first = rank(i)?;
        // Money is no time: "£4m 32s" never is, but the check is cheap.
        if i > 0 && cx.glued(i) && unit::currency_symbol(cx.punct(i - 1)).is_some() {
            return None;
        }
        let (mut k, mut last, mut parts, mut seconds) = (i, first, 0, 0.0);
        let mut rounding = 0.0;
        while parts < 3 {
            let Some(r) = rank(k) else { break };
            if parts > 0 && (r <= last || cx.glued(k) || cx.tok(k).is_some_and(|t| t.newline)) {
                break;
            }
            let Some(d) = self.digits_at(k) else { break };
            if d.grouped || parts > 0 && d.value >= 60.0 || d.decimals > 0 && r < 2 {
                break;
            }
            seconds += d.value * PER[r];
            rounding = 0.5 * 10f64.powi(-i32::try_from(d.decimals).unwrap_or(0));
            last = r;
            parts += 1;
            k += 2;
        }
        // The end must not run on into a word or number glued to the last unit.
        if parts < 2 || cx.glued(k) && cx.is(k, TokKind::Word) {
            return None;
        }
        let (hedge, a) = self.hedge_start(i).unwrap_or((Hedge::Exact, i));
        self.out.push(Draft {
            a,
            b: k,
            core: i,
            kind: FigureKind::Duration,
            value: Value::Number(seconds / PER[last]),
            rounding,
            hedge,
            unit: Some(UNITS[last]),
            direction: None,
            pair: false,
        });
        Some(k)
    }

    /// A rate in thousandths written without its leading zero, as American sport
    /// writes a batting average or a winning percentage: "hitting .312", "a .500
    /// record". A ratio; but a calibre (".308 rifle", "a .357 Magnum") is a name. A
    /// probability written so ("P = .02", "p<.001") is a ratio too.
    fn sports_average(&mut self, i: usize, d: &Digits) -> Option<usize> {
        let cx = self.cx;
        // The lexer glues the point on after white space (".312"); after a sign it
        // stands alone ("p<.001").
        let glued_point = cx.text_bytes(i).first() == Some(&b'.');
        let (dot, places, fraction) = if glued_point {
            (i, d.decimals, d.value)
        } else {
            let dot = i.checked_sub(1).filter(|&k| k >= self.floor)?;
            if !(d.decimals == 0 && cx.punct_is(dot, ".") && cx.glued(i)) {
                return None;
            }
            let places = u32::try_from(cx.text_bytes(i).len()).unwrap_or(u32::MAX);
            (
                dot,
                places,
                d.value / 10f64.powi(i32::try_from(places).unwrap_or(1)),
            )
        };
        if d.grouped || !(1..=4).contains(&places) {
            return None;
        }
        // "P = .02", "p<.001": a probability written without its leading zero.
        let p_value = dot >= 1
            && dot > self.floor
            && (matches!(cx.punct(dot - 1), "=" | "<" | ">" | "≤" | "≥")
                || cx.word_is(dot - 1, "p") && !cx.glued(dot));
        if p_value {
            let (hedge, a) = match cx.punct(dot - 1) {
                "<" => (Hedge::Under, dot - 1),
                ">" => (Hedge::Over, dot - 1),
                "≤" => (Hedge::UpTo, dot - 1),
                "≥" => (Hedge::AtLeast, dot - 1),
                _ => (Hedge::Exact, dot),
            };
            self.out.push(Draft {
                a,
                b: i + 1,
                core: dot,
                kind: FigureKind::Ratio,
                value: Value::Number(fraction),
                rounding: 0.0,
                hedge,
                unit: None,
                direction: None,
                pair: false,
            });
            return Some(i + 1);
        }
        if !glued_point
            || !(2..=3).contains(&places)
            || cx.glued(i + 1) && !cx.is(i + 1, TokKind::Punct)
        {
            return None;
        }
        let next = cx.word(i + 1);
        let calibre = cx.capital(i + 1) && cx.is(i + 1, TokKind::Word)
            || matches!(
                next,
                "calibre"
                    | "caliber"
                    | "rifle"
                    | "rifles"
                    | "round"
                    | "rounds"
                    | "bullet"
                    | "bullets"
                    | "cartridge"
                    | "cartridges"
                    | "pistol"
                    | "handgun"
                    | "revolver"
                    | "gun"
            );
        if calibre {
            let name = (fraction * 10f64.powi(i32::try_from(places).unwrap_or(0))).round();
            return self.push_plain(dot, i + 1, FigureKind::Identifier, name);
        }
        // ".125 dlrs", ".029 cts", ".237 oz", ".893 shares": an amount, not an average.
        let amount_follows = cx.is(i + 1, TokKind::Word)
            && (unit::currency_word(next).is_some()
                || unit::unit_word(next).is_some()
                || unit::scale(next, false, false).is_some()
                || matches!(
                    next,
                    "pct" | "percent" | "per" | "point" | "points" | "share" | "shares" | "of"
                ));
        if places != 3 || amount_follows {
            return None;
        }
        self.push_plain(dot, i + 1, FigureKind::Ratio, fraction)
    }

    /// The fraction after a whole number in the style of price tables and wire copy:
    /// "6-3/4", "74 7/8", "5-1/2" (eighths, quarters, halves and the like). Its value
    /// and rounding (half the fraction's step), and the token after it.
    fn wire_fraction(&self, i: usize) -> Option<(f64, f64, usize)> {
        let cx = self.cx;
        let j = if cx.punct_is(i + 1, "-") && cx.glued(i + 1) && cx.glued(i + 2) {
            i + 2
        } else if !cx.glued(i + 1) {
            i + 1
        } else {
            return None;
        };
        if !(cx.is(j, TokKind::Num)
            && cx.punct_is(j + 1, "/")
            && cx.glued(j + 1)
            && cx.glued(j + 2)
            && cx.is(j + 2, TokKind::Num))
        {
            return None;
        }
        // "7/8/87" is a date.
        if cx.punct_is(j + 3, "/") && cx.glued(j + 3) {
            return None;
        }
        self.proper_fraction(j)
    }

    /// The proper fraction of wire copy written at `j` as "n/d" in digits, with a
    /// denominator of 2, 4, 8 ... 64: its value, its rounding (half the fraction's step)
    /// and the token after it.
    fn proper_fraction(&self, j: usize) -> Option<(f64, f64, usize)> {
        let n = self
            .digits_at(j)
            .filter(|n| n.decimals == 0 && !n.grouped)?;
        let d = self
            .digits_at(j + 2)
            .filter(|d| d.decimals == 0 && !d.grouped)?;
        let power_of_two = [2.0, 4.0, 8.0, 16.0, 32.0, 64.0].contains(&d.value);
        (power_of_two && n.value >= 1.0 && n.value < d.value)
            .then(|| (n.value / d.value, 0.5 / d.value, j + 3))
    }

    /// A fraction alone before a percent or points word, in the style of wire copy:
    /// "1/2 pct", "a fee of 1/8 pct", "3/4 point" (halves, quarters, eighths and the
    /// like). Its value and rounding (half the fraction's step), and the token after it.
    fn bare_fraction(&self, i: usize) -> Option<(f64, f64, usize)> {
        let cx = self.cx;
        if cx.glued(i) && cx.is(i.wrapping_sub(1), TokKind::Num) {
            return None;
        }
        // "up 7/8, in composite trading", "was off 3/8.": a comma or a full stop may
        // close the fraction.
        if !(cx.punct_is(i + 1, "/")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
            && !(cx.glued(i + 3)
                && cx.is(i + 3, TokKind::Punct)
                && !matches!(cx.punct_bytes(i + 3), b"%" | b"," | b"." | b";")))
        {
            return None;
        }
        let percent_word = cx.punct_is(i + 3, "%")
            || matches!(
                cx.word_bytes(i + 3),
                b"pct" | b"percent" | b"point" | b"points" | b"percentage"
            )
            || (cx.word_is(i + 3, "per") && cx.word_is(i + 4, "cent"));
        if !percent_word && !self.share_price_move(i) {
            return None;
        }
        self.proper_fraction(i)
    }

    /// Whether the number at `i` is a share price or its move in the dollars and
    /// fractions of older stock-market copy: "rose 1 1/8 to 34 5/8", "was up 7/8 at
    /// 149-1/2", "closed at 34-5/8" in a sentence about shares.
    fn share_price_move(&self, i: usize) -> bool {
        let cx = self.cx;
        i > self.floor
            && matches!(
                cx.word_bytes(i - 1),
                b"up" | b"down"
                    | b"off"
                    | b"at"
                    | b"to"
                    | b"rose"
                    | b"fell"
                    | b"gained"
                    | b"lost"
                    | b"added"
                    | b"eased"
                    | b"dropped"
                    | b"jumped"
                    | b"slipped"
                    | b"climbed"
                    | b"declined"
                    | b"advanced"
            )
            // "7/8/87" is a date.
            && !(cx.punct_is(i + 1, "/") && cx.punct_is(i + 3, "/") && cx.glued(i + 3))
            && (0..cx.len()).any(|k| {
                matches!(
                    cx.word_bytes(k),
                    b"shares" | b"stock" | b"stocks" | b"nyse" | b"nasdaq" | b"amex"
                ) || cx.word_is(k, "big") && cx.word_is(k + 1, "board")
            })
    }

    /// Years, dates, times, phone numbers, ordinals, scores, identifiers, addresses and
    /// list numbers: pushes the figure and returns its end.
    fn non_quantity(&mut self, i: usize, d: &Digits) -> Option<usize> {
        let cx = self.cx;
        let whole = d.decimals == 0;
        let prev_glued = cx.glued(i);
        // A screen resolution: "at 4K", "8K video" (but "£4K" and "4K followers" are
        // thousands).
        if whole
            && d.whole_len == 1
            && matches!(cx.text_bytes(i), b"4" | b"8")
            && cx.text_is(i + 1, "K")
            && cx.glued(i + 1)
            && !(i > self.floor && unit::currency_symbol(cx.punct(i - 1)).is_some())
            && (!cx.is(i + 2, TokKind::Word)
                || matches!(
                    cx.word_bytes(i + 2),
                    b"and"
                        | b"or"
                        | b"at"
                        | b"resolution"
                        | b"video"
                        | b"tv"
                        | b"tvs"
                        | b"television"
                        | b"televisions"
                        | b"display"
                        | b"displays"
                        | b"screen"
                        | b"screens"
                        | b"monitor"
                        | b"monitors"
                        | b"hdr"
                        | b"uhd"
                        | b"streaming"
                        | b"footage"
                        | b"camera"
                        | b"cameras"
                ))
        {
            return self.push_plain(i, i + 2, FigureKind::Identifier, d.value);
        }
        if self.jetliner(i, d) {
            return self.push_plain(i, i + 1, FigureKind::Identifier, d.value);
        }
        // Glued to a word before: "FY2024", "G7", "MH370", "A380" (but "SFr2.5bn" and
        // "R23.71" are money).
        if prev_glued
            && cx.is(i - 1, TokKind::Word)
            && i > self.floor
            && self.glued_currency(i, d).is_none()
        {
            let w = cx.low(i - 1);
            if w == "fy" && whole {
                let y = if d.whole_len == 2 {
                    2000.0 + d.value
                } else {
                    d.value
                };
                let end = self.year_tail(i + 1);
                return self.push_plain(i - 1, end, FigureKind::Year, y);
            }
            let end = self.glued_chunk_end(i);
            // "Q3", "H1": a quarter or half of a year.
            if whole
                && end == i + 1
                && (w == "q" && (1.0..=4.0).contains(&d.value)
                    || w == "h" && (1.0..=2.0).contains(&d.value))
                && cx.text_bytes(i - 1).len() == 1
            {
                return self.push_plain(i - 1, end, FigureKind::Date, d.value);
            }
            return self.push_plain(i - 1, end, FigureKind::Identifier, d.value);
        }
        // "the S&P 500": the index.
        if whole
            && i >= 3
            && i - 3 >= self.floor
            && cx.text_is(i - 1, "P")
            && cx.punct_is(i - 2, "&")
            && cx.text_is(i - 3, "S")
            && cx.glued(i - 1)
            && cx.glued(i - 2)
        {
            return self.push_plain(i - 3, i + 1, FigureKind::Identifier, d.value);
        }
        // "401(k)": the retirement plan; "eight 3-pointers": a kind of shot.
        if whole
            && cx.punct_is(i + 1, "(")
            && cx.glued(i + 1)
            && matches!(cx.word_bytes(i + 2), b"k" | b"b")
            && cx.punct_is(i + 3, ")")
        {
            return self.push_plain(i, i + 4, FigureKind::Identifier, d.value);
        }
        // "the 4x100m relay", "a 4x4", "1920x1080 pixels": two numbers joined by a glued
        // "x" name a relay, a vehicle or a size, not a multiple of the first.
        if whole
            && cx.word_is(i + 1, "x")
            && cx.glued(i + 1)
            && cx.is(i + 2, TokKind::Num)
            && cx.glued(i + 2)
            && self.digits_at(i + 2).is_some_and(|e| e.decimals == 0)
        {
            let end = self.glued_chunk_end(i);
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        if whole && cx.punct_is(i + 1, "-") && cx.glued(i + 1) && kind_of_shot(&cx, i + 2, d.value)
        {
            return self.push_plain(i, i + 3, FigureKind::Identifier, d.value);
        }
        // "went 3-for-4" at the plate, "a 2-for-1 offer", "24-of-31 passing": a batting
        // or passing line or a deal, not two amounts.
        if whole
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && matches!(cx.word_bytes(i + 2), b"for" | b"of")
            && cx.punct_is(i + 3, "-")
            && cx.glued(i + 3)
            && cx.glued(i + 4)
            && self.digits_at(i + 4).is_some_and(|e| e.decimals == 0)
        {
            return self.push_plain(i, i + 5, FigureKind::Score, d.value);
        }
        // A US ZIP code after a state's postal abbreviation: "Springfield, IL 62701",
        // "Austin, TX 78701-1234".
        if whole
            && !d.grouped
            && d.whole_len == 5
            && i >= self.floor + 2
            && cx.punct_is(i - 2, ",")
            && cx.is(i - 1, TokKind::Word)
            && US_STATES.contains(&cx.text(i - 1))
        {
            let end = if cx.punct_is(i + 1, "-")
                && cx.glued(i + 1)
                && cx.glued(i + 2)
                && cx.is(i + 2, TokKind::Num)
                && cx.text_bytes(i + 2).len() == 4
            {
                i + 3
            } else {
                i + 1
            };
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        // "NHS 111": the health service's advice line.
        if whole && cx.text_is(i, "111") && i > self.floor && cx.text_is(i - 1, "NHS") {
            return self.push_plain(i - 1, i + 1, FigureKind::Identifier, d.value);
        }
        // "the #1 seed", "a clear #2", "order #4521": a rank or a number named.
        if i > self.floor && cx.punct_is(i - 1, "#") && cx.glued(i) {
            let end = self.glued_chunk_end(i);
            return self.push_plain(i - 1, end, FigureKind::Identifier, d.value);
        }
        // "No. 10", "No. 22-451".
        if cx.punct_is(i.wrapping_sub(1), ".")
            && i >= 2
            && i - 2 >= self.floor
            && matches!(cx.text_bytes(i - 2), b"No" | b"Nos" | b"no")
            && cx.glued(i - 1)
        {
            let end = self.glued_chunk_end(i);
            return self.push_plain(i - 2, end, FigureKind::Identifier, d.value);
        }
        // "case number 23-1147", "docket 22-451", "reference 24/01563": numbers joined by
        // a hyphen or a slash right after the label of a record name it (but "case 10-15
        // times larger" is a range).
        if whole
            && i > self.floor
            && matches!(
                cx.word_bytes(i - 1),
                b"number"
                    | b"case"
                    | b"docket"
                    | b"reference"
                    | b"ref"
                    | b"file"
                    | b"claim"
                    | b"appeal"
                    | b"application"
                    | b"invoice"
                    | b"policy"
            )
            // Not "in each case 200-300 people", "in the worst case 10-12".
            && !(cx.word_is(i - 1, "case")
                && i >= 2
                && matches!(
                    cx.word_bytes(i - 2),
                    b"each" | b"every" | b"one" | b"that" | b"this" | b"any" | b"either" | b"worst"
                        | b"best" | b"such" | b"in" | b"base" | b"extreme"
                ))
            && matches!(cx.punct(i + 1), "-" | "/")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
        {
            let end = self.glued_chunk_end(i);
            if !(cx.is(end, TokKind::Word) && (self.unit_like(end) || cx.word_is(end, "times")))
                && !cx.percent_sign(end)
            {
                return self.push_plain(i, end, FigureKind::Identifier, d.value);
            }
        }
        // "one of the 787's engines": a bare number owning a noun names a model.
        if whole
            && !d.grouped
            && (100.0..1000.0).contains(&d.value)
            && i > self.floor
            && cx.word_is(i - 1, "the")
            && matches!(cx.punct(i + 1), "'" | "’")
            && cx.glued(i + 1)
            && cx.text_is(i + 2, "s")
            && cx.glued(i + 2)
            && cx.is(i + 3, TokKind::Word)
        {
            return self.push_plain(i, i + 1, FigureKind::Identifier, d.value);
        }
        // "sat the 11-plus", "an 11-plus pass": the name of the selection exam, not a
        // count of 11 or more ("an 11-plus squad" of players stays a bound).
        if whole
            && (d.value - 11.0).abs() < 1e-9
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.word_is(i + 2, "plus")
            && cx.glued(i + 2)
            && (i > self.floor && cx.word_is(i - 1, "the") && !self.noun_after_plus(i + 3)
                || matches!(
                    cx.word_bytes(i + 3),
                    b"exam" | b"exams" | b"test" | b"tests" | b"pass" | b"passes" | b"results"
                ))
        {
            return self.push_plain(i, i + 3, FigureKind::Identifier, d.value);
        }
        // "type 2 diabetes".
        if whole && i > self.floor && cx.word_is(i - 1, "type") && cx.word_is(i + 1, "diabetes") {
            return self.push_plain(i - 1, i + 2, FigureKind::Identifier, d.value);
        }
        // "top 10", "the top 20 employers".
        // But "the top 1% of earners" is a share, and after a modal or "to" the word
        // is a verb: "completions would top 11,000", "expected to top 500".
        if whole
            && i > self.floor
            && matches!(cx.word_bytes(i - 1), b"top" | b"bottom")
            && !prev_glued
            && !(i >= 2
                && i - 2 >= self.floor
                && matches!(
                    cx.word_bytes(i - 2),
                    b"will"
                        | b"would"
                        | b"could"
                        | b"can"
                        | b"may"
                        | b"might"
                        | b"should"
                        | b"must"
                        | b"to"
                        | b"not"
                        | b"never"
                ))
            && !cx.punct_is(i + 1, "%")
            && !matches!(cx.word_bytes(i + 1), b"per" | b"percent" | b"pct")
        {
            return self.push_plain(i - 1, i + 1, FigureKind::Ordinal, d.value);
        }
        // "calls routed to 911", "put through to 999", "calls to 101": where a call goes
        // (not "fell to 911", a level).
        let routed_to = i >= 2
            && cx.word_is(i - 1, "to")
            && matches!(
                cx.word_bytes(i - 2),
                b"calls"
                    | b"routed"
                    | b"transferred"
                    | b"forwarded"
                    | b"redirected"
                    | b"diverted"
                    | b"through"
                    | b"texts"
                    | b"texted"
            );
        // The emergency numbers: "call 911", "dialled 999".
        if whole
            && matches!(cx.text_bytes(i), b"911" | b"999")
            && !d.grouped
            && (matches!(
                cx.word_bytes(i + 1),
                b"call"
                    | b"calls"
                    | b"dispatcher"
                    | b"dispatchers"
                    | b"operator"
                    | b"operators"
                    | b"dispatch"
                    | b"emergency"
                    | b"service"
                    | b"line"
                    | b"center"
                    | b"centers"
                    | b"centre"
                    | b"centres"
                    | b"system"
                    | b"hotline"
                    | b"number"
            ) || matches!(
                cx.word_bytes(i.wrapping_sub(1)),
                b"dial" | b"dialed" | b"dialled" | b"called" | b"call"
            ) || routed_to)
        {
            return self.push_plain(i, i + 1, FigureKind::Identifier, d.value);
        }
        // The non-emergency numbers, police 101 and NHS 111: "call 101", "our 101 call
        // handlers", "or 101 otherwise" after 999 (but "101 calls" are counted).
        if whole
            && matches!(cx.text_bytes(i), b"101" | b"111")
            && (matches!(
                cx.word_bytes(i + 1),
                b"call" | b"service" | b"line" | b"number" | b"non-emergency"
            ) || matches!(
                cx.word_bytes(i.wrapping_sub(1)),
                b"dial" | b"dialed" | b"dialled" | b"called" | b"call" | b"ring" | b"phone"
            ) || i >= 2
                && cx.word_is(i - 1, "or")
                && (i.saturating_sub(6)..i - 1)
                    .any(|k| matches!(cx.text_bytes(k), b"999" | b"911" | b"112"))
                || routed_to
                // "call police on 101", "contact them via 101": the line a call is made on.
                || i >= 2
                    && matches!(cx.word_bytes(i - 1), b"on" | b"via")
                    && (i.saturating_sub(4)..i - 1).any(|k| {
                        matches!(
                            cx.word_bytes(k),
                            b"call"
                                | b"calling"
                                | b"called"
                                | b"ring"
                                | b"ringing"
                                | b"phone"
                                | b"phoning"
                                | b"contact"
                                | b"contacted"
                                | b"contacting"
                        )
                    }))
        {
            return self.push_plain(i, i + 1, FigureKind::Identifier, d.value);
        }
        // "call 101 quoting crime reference 46220123456", "quoting incident 1234 of 3
        // March", "quote log 562": a number quoted, with its label, to find a record by
        // names it.
        if whole && !d.grouped && d.decimals == 0 {
            let mut k = i;
            while k > self.floor + 1
                && k + 3 > i
                && matches!(
                    cx.word_bytes(k - 1),
                    b"crime"
                        | b"reference"
                        | b"ref"
                        | b"incident"
                        | b"log"
                        | b"occurrence"
                        | b"case"
                        | b"number"
                        | b"serial"
                        | b"report"
                )
            {
                k -= 1;
            }
            // A label between: "dealers quote 12 pct" is a price. The number runs on
            // through the parts glued to it: "quoting case number 24/1187".
            if k < i && k > self.floor && matches!(cx.word_bytes(k - 1), b"quoting" | b"quote") {
                let end = self.glued_chunk_end(i);
                return self.push_plain(i, end, FigureKind::Identifier, d.value);
            }
        }
        // Letters glued after the number that are no unit: "5G", "3D", "49ers".
        if cx.glued(i + 1) && cx.is(i + 1, TokKind::Word) && !self.unit_like(i + 1) {
            let end = self.glued_chunk_end(i);
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        // "COVID-19", "F-35", "I-95", "B-52" (but "mid-2019" is a year).
        if prev_glued
            && cx.punct_is(i - 1, "-")
            && cx.glued(i - 1)
            && cx.is(i - 2, TokKind::Word)
            && i - 2 >= self.floor
        {
            let w = cx.low(i - 2);
            if !matches!(
                w,
                "mid" | "pre" | "post" | "early" | "late" | "end" | "circa"
            ) && number::small(w).is_none()
            {
                let end = self.glued_chunk_end(i);
                return self.push_plain(i - 2, end, FigureKind::Identifier, d.value);
            }
        }
        // "737s", "F-16s": a plural name, not a decade.
        if whole && cx.glued(i + 1) && cx.word_is(i + 1, "s") && d.value % 10.0 != 0.0 {
            return self.push_plain(i, i + 2, FigureKind::Identifier, d.value);
        }
        // "in '98": a year with its century left out.
        if whole
            && d.whole_len == 2
            && cx.text_bytes(i).len() == 2
            && prev_glued
            && matches!(cx.punct(i - 1), "'" | "’")
            && i >= 2
            && i - 1 > self.floor
            && matches!(
                cx.word_bytes(i - 2),
                b"in"
                    | b"since"
                    | b"of"
                    | b"until"
                    | b"from"
                    | b"to"
                    | b"by"
                    | b"during"
                    | b"class"
            )
        {
            let y = if d.value < 30.0 {
                2000.0 + d.value
            } else {
                1900.0 + d.value
            };
            return self.push_plain(i - 1, i + 1, FigureKind::Year, y);
        }
        // Ages by decade: "a man in his 60s", "women in their early 30s".
        if whole
            && d.whole_len == 2
            && d.value % 10.0 == 0.0
            && cx.glued(i + 1)
            && cx.word_is(i + 1, "s")
            && i > self.floor
            && (matches!(
                cx.word_bytes(i - 1),
                b"his" | b"her" | b"their" | b"its" | b"your" | b"my" | b"our"
            ) || matches!(cx.word_bytes(i - 1), b"early" | b"mid" | b"late")
                && i >= 2
                && matches!(cx.word_bytes(i - 2), b"his" | b"her" | b"their" | b"its"))
        {
            self.out.push(Draft {
                a: i,
                b: i + 2,
                core: i,
                kind: FigureKind::Duration,
                value: Value::Range(d.value, d.value + 9.0),
                rounding: 0.0,
                hedge: Hedge::Range,
                unit: Some("year"),
                direction: None,
                pair: false,
            });
            return Some(i + 2);
        }
        // Decades: "the 1990s", "the '90s", "1980s".
        if whole && cx.glued(i + 1) && cx.word_is(i + 1, "s") {
            let decade = d.value % 10.0 == 0.0;
            if decade && (d.whole_len == 4 || (d.whole_len == 2 && cx.text_bytes(i).len() == 2)) {
                let a = if matches!(cx.punct(i.wrapping_sub(1)), "'" | "’") && prev_glued {
                    i - 1
                } else {
                    i
                };
                let y = if d.whole_len == 2 {
                    1900.0 + d.value
                } else {
                    d.value
                };
                return self.push_plain(a.max(self.floor), i + 2, FigureKind::Year, y);
            }
        }
        // "its 10 millionth vehicle", "the 100 thousandth visitor": a place in a count
        // of a scale (but "a 10 millionth of a second" is a fraction).
        if whole
            && !cx.glued(i + 1)
            && !cx.word_is(i + 2, "of")
            && let Some(scale) = match cx.word_bytes(i + 1) {
                b"hundredth" => Some(1e2),
                b"thousandth" => Some(1e3),
                b"millionth" => Some(1e6),
                b"billionth" => Some(1e9),
                _ => None,
            }
        {
            return self.push_plain(i, i + 2, FigureKind::Ordinal, d.value * scale);
        }
        // Numeric ordinals: "3rd", "21st"; but "15st" is a weight in stone, and "March
        // 3rd", "the 3rd of April" are dates.
        if whole && cx.glued(i + 1) && matches!(cx.word_bytes(i + 1), b"st" | b"nd" | b"rd" | b"th")
        {
            if d.value <= 31.0 && ordinal_suffix_fits(d.value, cx.word(i + 1)) {
                let month_before =
                    i > self.floor && number::month_bytes(cx.text_bytes(i - 1)).is_some();
                let month_after = self.of_month_end(i + 2);
                if month_before {
                    let end = if cx.punct_is(i + 2, ",") && self.year_at(i + 3) {
                        i + 4
                    } else if self.year_at(i + 2) {
                        i + 3
                    } else {
                        i + 2
                    };
                    return self.push_plain(i - 1, end, FigureKind::Date, d.value);
                }
                if let Some(end) = month_after {
                    return self.push_plain(i, end, FigureKind::Date, d.value);
                }
            }
            // "11st 2lb", "21st 5lb": stones and pounds are one weight, in stones.
            let pounds = (cx.word_is(i + 1, "st")
                && !cx.glued(i + 2)
                && cx.glued(i + 3)
                && cx.low(i + 3) == "lb")
                .then(|| self.digits_at(i + 2))
                .flatten()
                .filter(|p| p.value < 14.0);
            if cx.word_is(i + 1, "st") && (!ordinal_suffix_fits(d.value, "st") || pounds.is_some())
            {
                let (value, b) = match pounds {
                    Some(p) => (d.value + p.value / 14.0, i + 4),
                    None => (d.value, i + 2),
                };
                self.out.push(Draft {
                    a: i,
                    b,
                    core: i,
                    kind: FigureKind::Measure,
                    value: Value::Number(value),
                    rounding: 0.0,
                    hedge: Hedge::Exact,
                    unit: Some("stone"),
                    direction: None,
                    pair: false,
                });
                return Some(b);
            }
            return self.push_plain(i, i + 2, FigureKind::Ordinal, d.value);
        }
        // "between the 9 th and 11 th September": an ordinal suffix set off by a space,
        // fitting its day of the month, after "the" or before a month.
        if whole
            && !cx.glued(i + 1)
            && matches!(cx.word_bytes(i + 1), b"st" | b"nd" | b"rd" | b"th")
            && d.value >= 1.0
            && d.value <= 31.0
            && ordinal_suffix_fits(d.value, cx.word(i + 1))
        {
            let month_at = |k: usize| number::month_bytes(cx.text_bytes(k)).is_some();
            if month_at(i + 2) {
                let end = if self.year_at(i + 3) { i + 4 } else { i + 3 };
                return self.push_plain(i, end, FigureKind::Date, d.value);
            }
            if let Some(end) = self.of_month_end(i + 2) {
                return self.push_plain(i, end, FigureKind::Date, d.value);
            }
            if i > self.floor && cx.word_is(i - 1, "the") {
                return self.push_plain(i, i + 2, FigureKind::Ordinal, d.value);
            }
        }
        // Times: "10:30", "10:30am", "3pm", "3 p.m."; a lap or race time in minutes,
        // seconds and their fraction: "1:23.456".
        if cx.punct_is(i + 1, ":")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
            && (cx.text_bytes(i + 2).len() == 2
                || self
                    .digits_at(i + 2)
                    .is_some_and(|s| s.whole_len == 2 && s.decimals > 0 && !s.grouped))
        {
            // "Voters split 50:50", "a 60:40 split": no clock reads past 24 hours.
            if whole && d.value > 24.0 && d.value <= 100.0 && self.ampm(i + 3).is_none() {
                return self.push_plain(i, i + 3, FigureKind::Score, d.value);
            }
            let end = self.ampm(i + 3).unwrap_or(i + 3);
            let end = if cx.punct_is(end, ":") && cx.glued(end) && cx.is(end + 1, TokKind::Num) {
                end + 2
            } else {
                end
            };
            return self.push_plain(i, end, FigureKind::Time, d.value);
        }
        // "Independents break 4:3", "wins 14:1 among liberals", "a 1:100 scale": no
        // clock has minutes of one digit, so two numbers a colon joins are a ratio of
        // one to the other, no count of either.
        if whole
            && cx.punct_is(i + 1, ":")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
            && self.digits_at(i + 2).is_some_and(|s| {
                s.decimals == 0 && (s.whole_len == 1 || (cx.text_is(i, "1") && !s.grouped))
            })
            && !(cx.glued(i + 3) && cx.punct_is(i + 3, ":"))
        {
            return self.push_plain(i, i + 3, FigureKind::Score, d.value);
        }
        if d.value.trunc() <= 12.0
            && d.decimals <= 2
            && !d.grouped
            && let Some(end) = self.ampm(i + 1)
        {
            return self.push_plain(i, end, FigureKind::Time, d.value);
        }
        // "came into force at 00.01", "open from 07.30": the 24-hour clock, whose hour
        // keeps its leading zero (no amount is written "07.30").
        if d.leading_zero
            && d.whole_len == 2
            && d.decimals == 2
            && !d.grouped
            && (d.value.fract() * 100.0).round() < 60.0
        {
            return self.push_plain(i, i + 1, FigureKind::Time, d.value);
        }
        // "after 10 o'clock".
        if whole
            && (1.0..=12.0).contains(&d.value)
            && cx.word_is(i + 1, "o")
            && matches!(cx.punct(i + 2), "'" | "’")
            && cx.word_is(i + 3, "clock")
        {
            return self.push_plain(i, i + 4, FigureKind::Time, d.value);
        }
        // A train or bus named by its departure time: "The 7.15 to Edinburgh", "the
        // 10.42 from Paddington", "the 17.32 service".
        if d.decimals == 2
            && !d.grouped
            && d.value < 24.0
            && (d.value.fract() * 100.0).round() < 60.0
            && i > self.floor
            && cx.word_is(i - 1, "the")
            && (matches!(cx.word_bytes(i + 1), b"to" | b"from")
                && cx.is(i + 2, TokKind::Word)
                && cx.capital(i + 2)
                || matches!(
                    cx.word_bytes(i + 1),
                    b"train" | b"service" | b"departure" | b"sailing" | b"ferry" | b"bus"
                )
                // "told to wait for the 8.35.", "caught the 18.04, which": at the end of
                // its clause, after a verb of travel or in a sentence that has already
                // told the time.
                || !cx.is(i + 1, TokKind::Word)
                    && !cx.is(i + 1, TokKind::Num)
                    && (cx.tok(i + 1).is_none()
                        || matches!(cx.punct_bytes(i + 1), b"." | b"," | b";" | b"!" | b"?"))
                    && (i >= 2
                        && matches!(
                            cx.word_bytes(i - 2),
                            b"for"
                                | b"catch"
                                | b"catches"
                                | b"caught"
                                | b"catching"
                                | b"board"
                                | b"boarded"
                                | b"boarding"
                                | b"miss"
                                | b"missed"
                                | b"missing"
                        )
                        || self.out[self.first..]
                            .iter()
                            .any(|p| p.kind == FigureKind::Time)))
        {
            return self.push_plain(i, i + 1, FigureKind::Time, d.value);
        }
        // "leave from platform 11 and call at York at 11.02", "arrives in Leeds at
        // 14.47": the hour and minutes of a timetable after "at", in a sentence that
        // has already told the time or after a verb of travel and its place (a price
        // "closed at 11.02" is no time).
        if d.decimals == 2
            && !d.grouped
            && d.value < 24.0
            && (d.value.fract() * 100.0).round() < 60.0
            && i > self.floor + 1
            && matches!(
                cx.word_bytes(i - 1),
                b"at" | b"by" | b"until" | b"after" | b"before"
            )
            && (cx.tok(i + 1).is_none()
                || matches!(cx.punct_bytes(i + 1), b"." | b"," | b";" | b"!" | b"?")
                || matches!(
                    cx.word_bytes(i + 1),
                    b"and" | b"on" | b"each" | b"every" | b"daily" | b"tomorrow" | b"today"
                ))
            && (self.out[self.first..]
                .iter()
                .any(|p| p.kind == FigureKind::Time)
                || cx.word_is(i - 1, "at") && self.travel_to_a_place_before(i - 1))
        {
            return self.push_plain(i, i + 1, FigureKind::Time, d.value);
        }
        // The 24-hour clock of wire copy before a time zone: "by 1228 gmt", "at 1030 GMT",
        // "0900 BST", "1600 hrs local time".
        if whole
            && !d.grouped
            && d.whole_len == 4
            && d.value % 100.0 < 60.0
            && d.value < 2400.0
            && (matches!(
                cx.word_bytes(i + 1),
                b"gmt" | b"bst" | b"utc" | b"cet" | b"cest" | b"edt" | b"cdt" | b"pdt" | b"jst"
            ) || (matches!(
                cx.text_bytes(i + 1),
                b"EST" | b"CST" | b"PST" | b"HKT" | b"SGT"
            )))
        {
            return self.push_plain(i, i + 2, FigureKind::Time, d.value);
        }
        // "Polls close at 8 p.m., and results are expected after 11": a bare hour after
        // "after", "before" or "until", in a sentence that has already told the time.
        if whole
            && !d.grouped
            && (1.0..=12.0).contains(&d.value)
            && i > self.floor
            && matches!(
                cx.word_bytes(i - 1),
                b"after" | b"before" | b"until" | b"till" | b"at"
            )
            && !cx.is(i + 1, TokKind::Word)
            && !matches!(cx.punct_bytes(i + 1), b"%" | b"-" | b"/" | b":" | b",")
            && self.out[self.first..]
                .iter()
                .any(|p| p.kind == FigureKind::Time)
        {
            return self.push_plain(i, i + 1, FigureKind::Time, d.value);
        }
        // Phone numbers.
        if let Some((a, end)) = self.phone(i, d) {
            return self.push_plain(a, end, FigureKind::Phone, d.value);
        }
        // Slashes: "3/4/2024", "1986/87", "24/7".
        if cx.punct_is(i + 1, "/")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
        {
            if cx.punct_is(i + 3, "/")
                && cx.glued(i + 3)
                && cx.glued(i + 4)
                && cx.is(i + 4, TokKind::Num)
            {
                return self.push_plain(i, i + 5, FigureKind::Date, d.value);
            }
            let n2 = cx.text_bytes(i + 2).len();
            if d.year_like() && (n2 == 2 || n2 == 4) {
                return self.push_year_span(i, i + 3, d.value, cx.text(i + 2));
            }
            let second = self.digits_at(i + 2).map_or(0.0, |e| e.value);
            // "About 1/3 of prescriptions": a fraction.
            if whole && cx.word_is(i + 3, "of") && second > d.value && second <= 100.0 {
                let (hedge, a) = self.hedge_start(i).unwrap_or((Hedge::Exact, i));
                self.out.push(Draft {
                    a,
                    b: i + 3,
                    core: i,
                    kind: FigureKind::Ratio,
                    value: Value::Number(d.value / second),
                    rounding: 0.0,
                    hedge,
                    unit: None,
                    direction: None,
                    pair: false,
                });
                return Some(i + 3);
            }
            // Fractional odds: "the 11/4 favourite", "at odds of 7/2".
            if whole
                && second >= 1.0
                && second.fract() == 0.0
                && self.odds_around(i, i + 3)
                && !d.year_like()
            {
                return self.push_plain(i, i + 3, FigureKind::Score, d.value);
            }
            if whole && d.value >= 1.0 && d.value <= 12.0 && (1.0..=31.0).contains(&second) {
                return self.push_plain(i, i + 3, FigureKind::Date, d.value);
            }
            return self.push_plain(i, i + 3, FigureKind::Identifier, d.value);
        }
        // Versions and dotted codes: "3.2.1".
        if cx.punct_is(i + 1, ".")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
        {
            let end = self.glued_chunk_end(i);
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        // An age group: "21-year-olds", "the over-65s" (but "a 25-year-old woman" is an
        // age).
        if whole
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.word_is(i + 2, "year")
            && cx.punct_is(i + 3, "-")
            && cx.word_is(i + 4, "olds")
        {
            return self.push_plain(i, i + 5, FigureKind::Identifier, d.value);
        }
        // An age group: "16- to 24-year-olds".
        if whole
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && matches!(cx.word_bytes(i + 2), b"to" | b"and")
            && !cx.glued(i + 2)
            && cx.is(i + 3, TokKind::Num)
            && cx.punct_is(i + 4, "-")
            && matches!(cx.word_bytes(i + 5), b"year" | b"years")
            && cx.punct_is(i + 6, "-")
            && cx.word_is(i + 7, "olds")
        {
            return self.push_plain(i, i + 8, FigureKind::Identifier, d.value);
        }
        // Hyphenated digits: ISO dates, year spans, scores.
        if (cx.punct_is(i + 1, "-") || is_dash(cx.punct(i + 1)))
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && cx.is(i + 2, TokKind::Num)
        {
            let n2 = cx.text_bytes(i + 2).len();
            // A result in half points: "a 2.5-1.5 lead", "won 6.5-5.5".
            if let Some(e) = self.digits_at(i + 2)
                && d.decimals <= 1
                && e.decimals <= 1
                && (d.decimals == 1 || e.decimals == 1)
                && (d.value * 2.0).fract() == 0.0
                && (e.value * 2.0).fract() == 0.0
                && d.value < 100.0
                && e.value < 100.0
                && !matches!(cx.punct_bytes(i + 3), b"%" | b"-" | b"/")
                && self.score_context(i, i + 3)
            {
                return self.push_plain(i, i + 3, FigureKind::Score, d.value);
            }
            // A railcard named by its ages: "the 16-25 Railcard".
            if whole && matches!(cx.word_bytes(i + 3), b"railcard" | b"railcards") {
                return self.push_plain(i, i + 4, FigureKind::Identifier, d.value);
            }
            // An age group: "18-24s", "the 25-34s".
            if whole && n2 <= 2 && d.whole_len <= 2 && cx.text_is(i + 3, "s") && cx.glued(i + 3) {
                return self.push_plain(i, i + 4, FigureKind::Identifier, d.value);
            }
            if cx.punct_is(i + 3, "-")
                && cx.glued(i + 3)
                && cx.glued(i + 4)
                && cx.is(i + 4, TokKind::Num)
            {
                // "1-800-273-8255", and a longer code to its last part: "ISBN
                // 978-0-14-103614-4", "ISBN 0-14-103614-X".
                let mut end = i + 5;
                while cx.punct_is(end, "-")
                    && cx.glued(end)
                    && cx.glued(end + 1)
                    && (cx.is(end + 1, TokKind::Num)
                        || cx.text_is(end + 1, "X")
                            && (!cx.glued(end + 2) || cx.is(end + 2, TokKind::Punct)))
                {
                    end += 2;
                }
                let lens: Vec<usize> = (i..end)
                    .step_by(2)
                    .map(|k| cx.text_bytes(k).len())
                    .collect();
                // ISO dates, telephone numbers, and other codes ("11-1-1").
                let kind = match lens.as_slice() {
                    [4, 1 | 2, 1 | 2] => FigureKind::Date,
                    [3, 3, 4] | [1, 3, 3, 4] => FigureKind::Phone,
                    _ => FigureKind::Identifier,
                };
                return self.push_plain(i, end, kind, d.value);
            }
            if d.year_like()
                && (n2 == 2
                    || (n2 == 4
                        && self
                            .digits_at(i + 2)
                            .is_some_and(|e| e.year_like() && e.value > d.value)))
            {
                return self.push_year_span(i, i + 3, d.value, cx.text(i + 2));
            }
            // Betting odds: "5,000-1 outsiders", "at odds of 7-2".
            if whole
                && self
                    .digits_at(i + 2)
                    .is_some_and(|e| e.decimals == 0 && e.value >= 1.0 && e.value < d.value)
                && self.odds_around(i, i + 3)
                && !d.year_like()
            {
                return self.push_plain(i, i + 3, FigureKind::Score, d.value);
            }
            // Cricket bowling figures: "Bumrah took 5-42", "figures of 3-78", "4-31 in 10
            // overs": wickets, then runs conceded (but "took 3-5 days" is a range).
            let wickets = cx.punct_is(i + 1, "-")
                && whole
                && d.value <= 10.0
                && self
                    .digits_at(i + 2)
                    .is_some_and(|e| e.decimals == 0 && !e.grouped && e.value > d.value);
            let bowled = i > self.floor
                && (matches!(
                    cx.word_bytes(i - 1),
                    b"took" | b"taking" | b"takes" | b"claimed" | b"claiming" | b"returned"
                ) || i >= 2 && cx.word_is(i - 1, "of") && cx.word_is(i - 2, "figures"));
            let overs = cx.word_is(i + 3, "in")
                && matches!(cx.word_bytes(i + 5), b"overs" | b"over")
                && cx.is(i + 4, TokKind::Num);
            if wickets
                && (bowled || overs)
                && (!cx.is(i + 3, TokKind::Word)
                    || is_function_word(cx.word(i + 3)) && !self.unit_like(i + 3))
                && !matches!(cx.punct_bytes(i + 3), b"%" | b"-" | b"/")
            {
                return self.push_plain(i, i + 3, FigureKind::Score, d.value);
            }
            // "6-4, 6-7 (3-7)": a set after a set, and a tie-break in brackets after it.
            let after_score = matches!(cx.punct(i.wrapping_sub(1)), "," | "(")
                && self.out[self.first..]
                    .last()
                    .is_some_and(|p| p.kind == FigureKind::Score && p.b + 1 == i)
                // "25-12 at home, but 9-20 on the road": a second record set against a
                // first, a phrase of place between them.
                || i >= 2
                    && i > self.floor
                    && matches!(cx.word_bytes(i - 1), b"but" | b"and" | b"while")
                    && self.out[self.first..].last().is_some_and(|p| {
                        p.kind == FigureKind::Score && p.b + 5 >= i && self.digits_at(p.a).is_some()
                    })
                    && cx.is(i + 3, TokKind::Word)
                    && matches!(cx.word_bytes(i + 3), b"on" | b"at" | b"away" | b"in" | b"against");
            // "outscored 112-45": a range runs from low to high, so a falling pair of whole
            // numbers is a result (but "24-7" is round the clock).
            if cx.text_is(i, "24") && cx.text_is(i + 2, "7") {
                return self.push_plain(i, i + 3, FigureKind::Identifier, d.value);
            }
            // "747-400 fleets", "737-800s": an aircraft variant falls to a round hundred.
            if whole
                && d.whole_len == 3
                && n2 == 3
                && self
                    .digits_at(i + 2)
                    .is_some_and(|e| e.value % 100.0 == 0.0 && e.value < d.value)
                && !self.identifier_before(i)
            {
                return self.push_plain(i, i + 3, FigureKind::Identifier, d.value);
            }
            // Only where nothing names the pair: "747-400 aircraft", "85-15 pct", "66-2/3"
            // and "Boeing 757-200" are not results.
            // A nil ("5-0", "decided 9-0") is a result; "757-200" is a model variant.
            let falling = self.digits_at(i + 2).is_some_and(|e| {
                e.decimals == 0 && e.value < d.value && (e.value == 0.0 || e.value % 100.0 != 0.0)
            }) && !matches!(cx.punct_bytes(i + 3), b"/" | b"%" | b"-")
                && (!cx.is(i + 3, TokKind::Word) || is_function_word(cx.word(i + 3)))
                && !self.identifier_before(i);
            if whole
                && d.whole_len <= 3
                && n2 <= 3
                && (after_score
                    || falling
                    || self.score_context(i, i + 3)
                    || self.record_after_name(i))
            {
                return self.push_plain(i, i + 3, FigureKind::Score, d.value);
            }
        }
        // "Arsenal won 2 1", "a 3 0 win", "rejected in a 2 1 decision": a result with its
        // hyphen lost, two small whole numbers written apart where a word of winning or
        // deciding says it is one.
        if whole
            && d.whole_len <= 2
            && !d.grouped
            && cx.is(i + 1, TokKind::Num)
            && !cx.glued(i + 1)
            && self
                .digits_at(i + 1)
                .is_some_and(|e| e.decimals == 0 && e.whole_len <= 2 && !e.grouped)
            && (!cx.glued(i + 2) || matches!(cx.punct_bytes(i + 2), b"," | b"." | b";" | b")"))
            && !cx.is(i + 2, TokKind::Num)
            && unit::unit_word(cx.word(i + 2)).is_none()
            && number::word_scale(cx.word(i + 2)).is_none()
            && self.score_context(i, i + 2)
        {
            return self.push_plain(i, i + 2, FigureKind::Score, d.value);
        }
        // "a 1-in-100-year flood": a chance, with its compound.
        if whole
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.word_is(i + 2, "in")
            && cx.glued(i + 2)
            && cx.punct_is(i + 3, "-")
            && cx.glued(i + 4)
            && let Some(e) = self.digits_at(i + 4)
            && e.value > d.value
        {
            let end = self.glued_chunk_end(i + 4);
            return self.push_plain(i, end, FigureKind::Ratio, d.value / e.value);
        }
        // Golf: "a 7-under-par 65", "two-over-par".
        if whole
            && d.value < 30.0
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && matches!(cx.word_bytes(i + 2), b"under" | b"over")
            && cx.punct_is(i + 3, "-")
            && cx.word_is(i + 4, "par")
        {
            return self.push_plain(i, i + 5, FigureKind::Score, d.value);
        }
        // "at 21 under par", "finished two over par".
        if whole
            && d.value < 40.0
            && !cx.glued(i + 1)
            && matches!(cx.word_bytes(i + 1), b"under" | b"over")
            && cx.word_is(i + 2, "par")
        {
            return self.push_plain(i, i + 3, FigureKind::Score, d.value);
        }
        // "to finish on 17 under", "was 3-under through 12 holes": par left unsaid.
        if whole
            && d.value < 40.0
            && let Some(end) = golf_score_without_par(&cx, i, i + 1)
        {
            return self.push_plain(i, end, FigureKind::Score, d.value);
        }
        // A tally: "by 330 votes to 275", "by 12 votes to nine".
        if whole
            && matches!(cx.word_bytes(i + 1), b"votes" | b"vote")
            && cx.word_is(i + 2, "to")
            && (self.digits_at(i + 3).is_some_and(|e| e.decimals == 0)
                || number::small(cx.word(i + 3)).is_some_and(|n| f64::from(n) < d.value)
                    && (!cx.is(i + 4, TokKind::Word) || is_function_word(cx.word(i + 4))))
            && !(cx.glued(i + 4) && cx.is(i + 4, TokKind::Word))
        {
            return self.push_plain(i, i + 4, FigureKind::Score, d.value);
        }
        // A deal: "3 for 2 on all toiletries", "a 3 for 2 offer".
        if whole
            && (2.0..=10.0).contains(&d.value)
            && cx.word_is(i + 1, "for")
            && self
                .digits_at(i + 2)
                .is_some_and(|e| e.decimals == 0 && e.value >= 1.0 && e.value < d.value)
            && (matches!(
                cx.word_bytes(i + 3),
                b"on" | b"offer" | b"offers" | b"deal" | b"deals" | b"promotion"
            ) || !cx.is(i + 3, TokKind::Word)
                && !matches!(cx.punct_bytes(i + 3), b"%" | b"-" | b"/"))
        {
            return self.push_plain(i, i + 3, FigureKind::Score, d.value);
        }
        // Cricket: "England closed on 389 for six", "145 for two at lunch" (but "25 for
        // two dollars" is a price).
        if whole
            && !d.grouped
            && (10.0..1000.0).contains(&d.value)
            && cx.word_is(i + 1, "for")
            && (number::small(cx.word(i + 2)).is_some_and(|w| w <= 10)
                || self
                    .digits_at(i + 2)
                    .is_some_and(|w| w.decimals == 0 && w.value <= 10.0))
            && (!cx.is(i + 3, TokKind::Word)
                || matches!(
                    cx.word_bytes(i + 3),
                    b"at"
                        | b"when"
                        | b"in"
                        | b"on"
                        | b"before"
                        | b"after"
                        | b"and"
                        | b"but"
                        | b"with"
                        | b"as"
                        | b"declared"
                        | b"by"
                        | b"overnight"
                ))
            && !cx.punct_is(i + 3, "%")
            && !cx.punct_is(i + 3, "-")
            && !(i > self.floor && matches!(cx.punct(i - 1), "$" | "£" | "€"))
        {
            return self.push_plain(i, i + 3, FigureKind::Score, d.value);
        }
        // Leading zeros: codes and numbers read out (but "2hr 04min" is a duration).
        if d.leading_zero && whole && !(cx.glued(i + 1) && self.unit_like(i + 1)) {
            let end = self.glued_chunk_end(i);
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        // List numbering at the start of a line: "1." or "2)".
        let item_start = cx.tok(i).is_some_and(|t| t.newline)
            || (i > self.floor && matches!(cx.punct_bytes(i - 1), b":" | b";") && !prev_glued);
        // Not a number that closes a bracket opened after a colon: "(2025: 24)".
        let closes_bracket = || {
            cx.punct_bytes(i + 1) == b")"
                && (i.saturating_sub(6)..i)
                    .rev()
                    .take_while(|&k| k + 1 == i || cx.tok(k + 1).is_none_or(|t| !t.newline))
                    .any(|k| cx.punct_bytes(k) == b"(")
        };
        if whole
            && d.value < 100.0
            && item_start
            && matches!(cx.punct_bytes(i + 1), b"." | b")")
            && !closes_bracket()
            && cx.glued(i + 1)
            && cx.tok(i + 2).is_none_or(|t| t.space)
        {
            return self.push_plain(i, i + 2, FigureKind::ListNumber, d.value);
        }
        // Dates: "March 3", "March 3, 2024", "3 March 2024", "March 2024".
        if whole
            && !d.grouped
            && let Some(end) = self.date_around(i, d)
        {
            return Some(end);
        }
        // Addresses: "10 Downing Street".
        if whole
            && !d.grouped
            && let Some(end) = self.address(i)
        {
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        // A round of golf: "a final-round 66", "carded a 66".
        if whole && !d.grouped && (55.0..=90.0).contains(&d.value) && self.golf_round(i) {
            return self.push_plain(i, i + 1, FigureKind::Score, d.value);
        }
        // Numbered places and parts: "junction 31", "junctions 31 and 33", "page 4".
        if whole
            && !d.grouped
            && i > self.floor
            && !prev_glued
            && let Some(end) = self.numbered_part(i)
        {
            return self.push_plain(i - 1, end, FigureKind::Identifier, d.value);
        }
        // An aircraft model: "737 MAX 10", "737 Max", "A320neo" is glued already (a
        // table's "104 NORWAY 14" stays two counts).
        if whole
            && !d.grouped
            && d.whole_len == 3
            && matches!(cx.low_bytes(i + 1), b"max" | b"neo")
            && cx.capital(i + 1)
            && !cx.glued(i + 1)
        {
            let end = if cx.is(i + 2, TokKind::Num)
                && !cx.glued(i + 2)
                && cx.text_bytes(i + 2).len() <= 2
            {
                i + 3
            } else {
                i + 2
            };
            return self.push_plain(i, end, FigureKind::Identifier, d.value);
        }
        // A bill of the US House: "H.R. 1".
        if whole
            && i >= self.floor + 4
            && cx.text_is(i - 4, "H")
            && cx.punct_is(i - 3, ".")
            && cx.text_is(i - 2, "R")
            && cx.punct_is(i - 1, ".")
            && cx.glued(i - 3)
            && cx.glued(i - 2)
            && cx.glued(i - 1)
        {
            return self.push_plain(i - 4, i + 1, FigureKind::Identifier, d.value);
        }
        // A numbered stage, also in lower case: "a phase 3 trial", "stage 4 cancer",
        // "tier 1 capital", "a grade 2 listed building".
        if whole
            && !d.grouped
            && d.whole_len <= 2
            && !prev_glued
            && self.lower_case_stage_before(i)
            && !self.unit_like(i + 1)
            && !cx.punct_is(i + 1, "%")
            && !cx.is(i + 1, TokKind::Num)
        {
            return self.push_plain(i - 1, i + 1, FigureKind::Identifier, d.value);
        }
        // "22.1% of entries were graded 7 or above": an exam grade, a number that names
        // a mark, not a count ("graded 30 essays" counts).
        if whole
            && !d.grouped
            && d.value <= 9.0
            && !prev_glued
            && i > self.floor
            && cx.word_is(i - 1, "graded")
            && !cx.punct_is(i + 1, "%")
            && (!cx.is(i + 1, TokKind::Word)
                || matches!(
                    cx.word_bytes(i + 1),
                    b"or" | b"and" | b"to" | b"in" | b"at" | b"by" | b"from"
                ))
        {
            return self.push_plain(i, i + 1, FigureKind::Identifier, d.value);
        }
        // "A/7 or above", "a C/4 grade", "grades 1/G or above": an exam grade written
        // with the letter it replaced, a mark and not a count.
        let grade_letter = |k: usize| matches!(cx.text_bytes(k), [b'A'..=b'G' | b'U']);
        if whole && !d.grouped && (1.0..=9.0).contains(&d.value) && d.whole_len == 1 {
            if i >= 2 + self.floor
                && prev_glued
                && cx.punct_is(i - 1, "/")
                && cx.glued(i - 1)
                && grade_letter(i - 2)
                && !cx.is(i + 1, TokKind::Num)
                && !(cx.glued(i + 1) && cx.punct_is(i + 1, "/"))
            {
                return self.push_plain(i - 2, i + 1, FigureKind::Identifier, d.value);
            }
            if cx.punct_is(i + 1, "/")
                && cx.glued(i + 1)
                && cx.glued(i + 2)
                && grade_letter(i + 2)
                && !cx.glued(i + 3)
            {
                return self.push_plain(i, i + 3, FigureKind::Identifier, d.value);
            }
        }
        // "the associated model 420A", "version 11": a model or version in lower case,
        // with a letter glued on.
        if whole
            && !d.grouped
            && d.whole_len <= 5
            && !prev_glued
            && i > self.floor
            && matches!(cx.word_bytes(i - 1), b"model" | b"version")
            && self.lower_case_stage_before(i)
            // A capital glued on is a letter of the name, not amperes.
            && (!self.unit_like(i + 1)
                || cx.glued(i + 1)
                    && cx.text_bytes(i + 1).len() == 1
                    && cx.text_bytes(i + 1)[0].is_ascii_uppercase())
            && !cx.punct_is(i + 1, "%")
            && !cx.is(i + 1, TokKind::Num)
        {
            let end = if cx.glued(i + 1)
                && cx.is(i + 1, TokKind::Word)
                && cx.text_bytes(i + 1).len() <= 2
            {
                i + 2
            } else {
                i + 1
            };
            return self.push_plain(i - 1, end, FigureKind::Identifier, d.value);
        }
        // A knockout round: "a place in the last 16", "the last 32 draw".
        if whole
            && matches!(cx.text_bytes(i), b"16" | b"32" | b"64")
            && i >= 2
            && i - 2 >= self.floor
            && cx.word_is(i - 1, "last")
            && cx.word_is(i - 2, "the")
            && (!cx.is(i + 1, TokKind::Word)
                || is_function_word(cx.word(i + 1))
                    && !cx.word_is(i + 1, "of")
                    && !self.unit_like(i + 1)
                || matches!(
                    cx.word_bytes(i + 1),
                    b"tie" | b"ties" | b"stage" | b"draw" | b"round" | b"match" | b"clash"
                ))
        {
            return self.push_plain(i - 1, i + 1, FigureKind::Ordinal, d.value);
        }
        // A registration number after its label: "lot number 54238", "charity number
        // 1089464", "IMO 9811000", "(NYFK 21512)". A count that long is written with
        // commas; five or more digits run together after "number" or an acronym name a
        // record.
        if whole
            && !d.grouped
            && d.whole_len >= 5
            && !prev_glued
            && i > self.floor
            && self.registration_label(i - 1)
            && !self.unit_like(i + 1)
            && !cx.punct_is(i + 1, "%")
            // A noun after it is counted: "the NHS 15000 staff".
            && !(cx.is(i + 1, TokKind::Word)
                && !cx.capital(i + 1)
                && !is_function_word(cx.word(i + 1)))
        {
            return self.push_plain(i - 1, i + 1, FigureKind::Identifier, d.value);
        }
        // Names with numbers: "Boeing 737", "Section 230", "Windows 11".
        if !d.grouped && (whole || self.known_identifier_before(i)) && self.identifier_before(i) {
            let end = self.bracketed_parts_end(self.glued_chunk_end(i));
            // "Wi-Fi 7", "Coca-Cola 600": a name joined by a hyphen starts before it.
            let start = if i >= 3
                && i - 3 >= self.floor
                && cx.punct_is(i - 2, "-")
                && cx.glued(i - 2)
                && cx.glued(i - 1)
                && cx.is(i - 3, TokKind::Word)
                && cx.capital(i - 3)
            {
                i - 3
            } else {
                i - 1
            };
            return self.push_plain(start, end, FigureKind::Identifier, d.value);
        }
        // Years.
        if d.year_like() && self.reads_as_year(i) {
            return self.push_plain(i, i + 1, FigureKind::Year, d.value);
        }
        // "lost to erosion by 2105", "until 2150": a year past 2100 in a projection,
        // after a preposition of time and before no noun ("could rise a further 1m by
        // 2150 if emissions stay high": a word that opens a clause is no noun).
        if whole
            && !d.grouped
            && d.whole_len == 4
            && (2101.0..=2300.0).contains(&d.value)
            && i > self.floor
            && matches!(cx.word_bytes(i - 1), b"by" | b"until" | b"till" | b"before")
            && (!cx.is(i + 1, TokKind::Word)
                || matches!(
                    cx.word_bytes(i + 1),
                    b"if" | b"unless" | b"when" | b"and" | b"or" | b"but" | b"as" | b"while"
                ))
            // Not the size of a change: "Payrolls fell by 2150".
            && !(i >= 2 && placement::change_verb(cx.word(i - 2)).is_some())
        {
            return self.push_plain(i, i + 1, FigureKind::Year, d.value);
        }
        None
    }

    /// Whether the word glued after a number at `j` reads as a scale, unit, suffix or
    /// currency ("20k", "10km", "3rd", "3pm", "50p", "1.5C"), not as part of a name.
    fn unit_like(&self, j: usize) -> bool {
        let cx = self.cx;
        let w = cx.word(j);
        cx.text_is(j, "g")
            || matches!(w, "kbit" | "mbit" | "gbit") && cx.punct_is(j + 1, "/")
            || unit::scale(w, true, true).is_some()
            || unit::unit_word(w).is_some()
            || unit::currency_word(w).is_some()
            || matches!(
                w,
                "st" | "nd"
                    | "rd"
                    | "th"
                    | "s"
                    | "am"
                    | "pm"
                    | "a"
                    | "p"
                    | "x"
                    | "pc"
                    | "pp"
                    | "pts"
                    | "c"
                    | "f"
                    | "bp"
                    | "bps"
                    | "bpd"
                    | "fold"
                    | "mmhg"
                    | "in"
                    | "twh"
                    | "gwh"
                    | "ml"
                    | "mg"
                    | "mn"
                    | "mln"
                    | "bn"
                    | "tn"
                    | "yo"
            )
    }

    /// Whether token `i` is a Boeing jetliner named by its number alone after a
    /// determiner, in a sentence about flying: "the 787 diverted to Shannon", "its 737
    /// fleet" (but "the 737 passengers" counts them).
    fn jetliner(&self, i: usize, d: &Digits) -> bool {
        let cx = self.cx;
        let t = cx.text_bytes(i);
        if !(t.len() == 3 && t[0] == b'7' && t[2] == b'7' && t[1] <= b'8')
            || d.decimals != 0
            || i <= self.floor
            || cx.glued(i + 1)
            || !matches!(
                cx.word_bytes(i - 1),
                b"the" | b"a" | b"its" | b"their" | b"his" | b"her" | b"this" | b"that" | b"each"
            )
        {
            return false;
        }
        let plane = |w: &[u8]| {
            matches!(
                w,
                b"jet"
                    | b"jetliner"
                    | b"airliner"
                    | b"plane"
                    | b"aircraft"
                    | b"freighter"
                    | b"fleet"
                    | b"fleets"
                    | b"max"
                    | b"dreamliner"
                    | b"programme"
                    | b"program"
                    | b"family"
                    | b"model"
            )
        };
        let next = cx.word_bytes(i + 1);
        if plane(next) {
            return true;
        }
        // A plural or other lower-case noun after the number is counted.
        if cx.is(i + 1, TokKind::Word) && !(next.ends_with(b"ed") || cx.capital(i + 1)) {
            return false;
        }
        (0..cx.len()).any(|k| {
            plane(cx.word_bytes(k))
                || matches!(
                    cx.word_bytes(k),
                    b"boeing"
                        | b"airline"
                        | b"airlines"
                        | b"flight"
                        | b"flights"
                        | b"pilot"
                        | b"pilots"
                        | b"cabin"
                        | b"runway"
                        | b"airport"
                        | b"diverted"
                        | b"takeoff"
                        | b"landing"
                        | b"jets"
                        | b"planes"
                )
        })
    }

    /// Whether token `j` labels a number that follows as a record's: the word "number"
    /// or an acronym of two to five capitals that is no currency code ("IMO", "NYFK",
    /// not "USD").
    fn registration_label(&self, j: usize) -> bool {
        let cx = self.cx;
        if !cx.is(j, TokKind::Word) {
            return false;
        }
        let t = cx.text_bytes(j);
        cx.word_is(j, "number")
            || (2..=5).contains(&t.len())
                && t.iter().all(u8::is_ascii_uppercase)
                && unit::currency_code(cx.text(j)).is_none()
    }

    fn known_identifier_before(&self, i: usize) -> bool {
        i > self.floor
            && self.cx.capital(i - 1)
            && matches!(
                self.cx.word(i - 1),
                "section"
                    | "article"
                    | "chapter"
                    | "table"
                    | "figure"
                    | "paragraph"
                    | "clause"
                    | "version"
                    | "part"
                    | "schedule"
                    | "annex"
                    | "appendix"
                    | "rule"
                    | "step"
                    | "recommendation"
            )
    }

    /// The end of a "/25" or "-25" glued after a fiscal year.
    fn year_tail(&self, i: usize) -> usize {
        let cx = self.cx;
        if matches!(cx.punct_bytes(i), b"/" | b"-")
            && cx.glued(i)
            && cx.glued(i + 1)
            && cx.is(i + 1, TokKind::Num)
        {
            i + 2
        } else {
            i
        }
    }

    /// The end of the run of letters, digits and inner hyphens, dots and slashes glued
    /// to token `i`.
    fn glued_chunk_end(&self, i: usize) -> usize {
        let cx = self.cx;
        let mut j = i + 1;
        while j < cx.len() && cx.glued(j) {
            match cx.tok(j).map(|t| t.kind) {
                Some(TokKind::Word | TokKind::Num) => j += 1,
                Some(TokKind::Punct)
                    if matches!(cx.punct_bytes(j), b"-" | b"." | b"/")
                        && cx.glued(j + 1)
                        && !cx.is(j + 1, TokKind::Punct) =>
                {
                    j += 2;
                }
                _ => break,
            }
        }
        j
    }

    /// "am"/"pm"/"a.m."/"p.m." at `i` (glued or after one space): the end of it.
    fn ampm(&self, i: usize) -> Option<usize> {
        let cx = self.cx;
        match cx.word(i) {
            "am" | "pm" if !cx.text_is(i, "AM") || cx.glued(i) => Some(i + 1),
            "a" | "p"
                if cx.punct_is(i + 1, ".")
                    && cx.glued(i + 1)
                    && cx.word_is(i + 2, "m")
                    && cx.glued(i + 2) =>
            {
                if cx.punct_is(i + 3, ".") && cx.glued(i + 3) {
                    Some(i + 4)
                } else {
                    Some(i + 3)
                }
            }
            _ => None,
        }
    }

    fn phone(&self, i: usize, d: &Digits) -> Option<(usize, usize)> {
        let cx = self.cx;
        let len = |j: usize| {
            if cx.is(j, TokKind::Num) && !cx.text(j).contains([',', '.']) {
                cx.text_bytes(j).len()
            } else {
                0
            }
        };
        // (555) 123-4567
        if cx.punct_is(i.wrapping_sub(1), "(")
            && cx.glued(i)
            && len(i) == 3
            && cx.punct_is(i + 1, ")")
            && len(i + 2) == 3
            && cx.punct_is(i + 3, "-")
            && len(i + 4) == 4
        {
            return Some((i - 1, i + 5));
        }
        // 555-123-4567
        if len(i) == 3
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && len(i + 2) == 3
            && cx.glued(i + 2)
            && cx.punct_is(i + 3, "-")
            && cx.glued(i + 3)
            && len(i + 4) == 4
            && cx.glued(i + 4)
        {
            return Some((i, i + 5));
        }
        // A local number, 555-0143: its last four digits start with a zero, which no
        // range or score does, or a word of calling comes just before ("call
        // 555-2368").
        if len(i) == 3
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && len(i + 2) == 4
            && !(cx.punct_is(i + 3, "-") && cx.glued(i + 3))
            && (cx.text_bytes(i + 2).first() == Some(&b'0')
                || (1..=3).any(|k| {
                    i.checked_sub(k).is_some_and(|j| {
                        j >= self.floor
                            && matches!(
                                cx.word_bytes(j),
                                b"call"
                                    | b"calling"
                                    | b"phone"
                                    | b"telephone"
                                    | b"tel"
                                    | b"dial"
                                    | b"hotline"
                                    | b"helpline"
                                    | b"fax"
                                    | b"text"
                                    | b"ring"
                            )
                    })
                }))
        {
            return Some((i, i + 3));
        }
        // +44 20 7946 0958, 0800 123 456
        let plus = cx.punct_is(i.wrapping_sub(1), "+") && cx.glued(i) && len(i) <= 3 && len(i) > 0;
        if plus || (d.leading_zero && len(i) >= 3) {
            let mut j = i + 1;
            let mut groups = 1;
            while len(j) >= 2 && len(j) <= 4 && !cx.glued(j) {
                j += 1;
                groups += 1;
            }
            if groups >= 3 {
                return Some((if plus { i - 1 } else { i }, j));
            }
        }
        None
    }

    /// Whether the pair `a..b` is betting odds: "odds" shortly before it, or a word for
    /// a runner or a price after it, perhaps behind one word that ranks the runner
    /// ("the 10-1 joint favourites", "the 11/4 second favourite").
    fn odds_around(&self, a: usize, b: usize) -> bool {
        let cx = self.cx;
        // A fraction ("off 1/4 on the exchange", "was 1/16 on March five") is a price
        // unless a runner is named: "on", "against", "chance" and "shot" after it are
        // odds only in the dashed form ("5-2 on").
        let slash = cx.punct_is(a + 1, "/");
        let odds_word = |w: &[u8]| {
            matches!(
                w,
                b"outsider"
                    | b"outsiders"
                    | b"longshot"
                    | b"favourite"
                    | b"favourites"
                    | b"favorite"
                    | b"favorites"
                    | b"odds"
            ) || !slash && matches!(w, b"shot" | b"shots" | b"chance" | b"on" | b"against")
        };
        let before = (1..=3).any(|k| {
            a.checked_sub(k)
                .is_some_and(|j| j >= self.floor && cx.word_is(j, "odds"))
        });
        let ranked = matches!(
            cx.word_bytes(b),
            b"joint" | b"second" | b"third" | b"clear" | b"hot" | b"co"
        ) && matches!(
            cx.word_bytes(b + 1),
            b"favourite" | b"favourites" | b"favorite" | b"favorites"
        );
        before || odds_word(cx.word_bytes(b)) || ranked
    }

    fn score_context(&self, a: usize, b: usize) -> bool {
        let cx = self.cx;
        let before = (1..=5).any(|k| {
            a.checked_sub(k).is_some_and(|j| {
                matches!(
                    cx.word_bytes(j),
                    b"won"
                        | b"win"
                        | b"wins"
                        | b"beat"
                        | b"beats"
                        | b"lost"
                        | b"lose"
                        | b"loses"
                        | b"defeated"
                        | b"defeat"
                        | b"drew"
                        | b"draw"
                        | b"leads"
                        | b"led"
                        | b"leading"
                        | b"trailing"
                        | b"trailed"
                        | b"beating"
                        | b"winning"
                        | b"losing"
                        | b"score"
                        | b"scored"
                        | b"victory"
                        | b"ruled"
                        | b"tied"
                        | b"level"
                        | b"drawn"
                        | b"ruling"
                        | b"thrashed"
                        | b"edged"
                        | b"vote"
                        | b"voted"
                        | b"decided"
                )
            })
        });
        let after = matches!(
            cx.word_bytes(b),
            b"win"
                | b"record"
                | b"start"
                | b"victory"
                | b"defeat"
                | b"loss"
                | b"draw"
                | b"lead"
                | b"decision"
                | b"ruling"
                | b"vote"
                | b"majority"
                | b"margin"
                | b"scoreline"
                | b"thrashing"
                | b"rout"
                | b"drubbing"
                | b"hammering"
                | b"triumph"
                | b"home"
                | b"away"
                | b"aggregate"
                | b"verdict"
                | b"split"
                | b"down"
                | b"up"
        )
            // "the tie finished 4-4 on aggregate", "won 4-3 on penalties".
            || cx.word_is(b, "on") && matches!(cx.word_bytes(b + 1), b"aggregate" | b"penalties");
        // "a 2-1 appeals court ruling", "a 6-3 Supreme Court decision": the court or
        // body that decided stands between the split and its decision.
        let decided = || {
            (1..=3).any(|n| {
                matches!(
                    cx.word_bytes(b + n),
                    b"ruling" | b"decision" | b"verdict" | b"vote" | b"judgment" | b"judgement"
                ) && (b..b + n).all(|t| {
                    cx.is(t, TokKind::Word)
                        && !is_function_word(cx.word(t))
                        && unit::unit_word(cx.word(t)).is_none()
                        && number::small(cx.word(t)).is_none()
                })
            })
        };
        before || after || decided()
    }

    /// A win-loss record stated of a named side: "the Jets are 0-4", "Dallas is now
    /// 10-6", "Boston fell to 3-7", "the Raptors (12-30)". The pair at `a` follows a
    /// form of "be" (and "now") after a capitalised name inside the sentence, a verb of
    /// moving and "to" after a name, or a plural name and a bracket; and nothing but a
    /// function word or punctuation follows it: "temperatures are 10-15 degrees" and
    /// "Children are 5-11" (a sentence's first word) are not records.
    fn record_after_name(&self, a: usize) -> bool {
        let cx = self.cx;
        let ends_clear = !matches!(cx.punct_bytes(a + 3), b"%" | b"/")
            && (!cx.is(a + 3, TokKind::Word) || is_function_word(cx.word(a + 3)));
        if !ends_clear {
            return false;
        }
        // "the Raptors (12-30)": a record in brackets after a plural name.
        if a >= 2
            && a > self.floor
            && cx.punct_is(a - 1, "(")
            && cx.punct_is(a + 3, ")")
            && cx.capital(a - 2)
            && cx.text_bytes(a - 2).ends_with(b"s")
        {
            return true;
        }
        // "Boston fell to 3-7", "the Chiefs improved to 9-1": a name's record moved.
        if a >= 3
            && a >= self.floor + 3
            && cx.word_is(a - 1, "to")
            && matches!(
                cx.word_bytes(a - 2),
                b"fell"
                    | b"dropped"
                    | b"slipped"
                    | b"slumped"
                    | b"improved"
                    | b"moved"
                    | b"climbed"
            )
            && cx.capital(a - 3)
        {
            return true;
        }
        let mut j = a;
        if j > self.floor && cx.word_is(j - 1, "now") {
            j -= 1;
        }
        j >= 3
            && j >= self.floor + 2
            && matches!(cx.word_bytes(j - 1), b"are" | b"is" | b"was" | b"were")
            && cx.capital(j - 2)
    }

    /// A verb of outnumbering within five words before `a`: "Democrats outnumber
    /// Republicans 48,210 to 39,877", "women outnumbered men on the course 312 to 208".
    /// Where "of" and a month (and a year) from `k` end, after a day written as an
    /// ordinal: "3rd of April", "13 th of May 2024".
    fn of_month_end(&self, k: usize) -> Option<usize> {
        let cx = self.cx;
        (cx.word_is(k, "of") && number::month_bytes(cx.text_bytes(k + 1)).is_some())
            .then(|| if self.year_at(k + 2) { k + 3 } else { k + 2 })
    }

    fn outnumbering_verb_before(&self, a: usize) -> bool {
        let cx = self.cx;
        (1..=5).any(|k| {
            a.checked_sub(k).is_some_and(|j| {
                j >= self.floor
                    && matches!(
                        cx.word_bytes(j),
                        b"outnumber"
                            | b"outnumbers"
                            | b"outnumbered"
                            | b"outnumbering"
                            | b"outvoted"
                            | b"outpolled"
                            | b"outpolls"
                    )
            })
        })
    }

    /// A verb of a chamber's vote within five words before `a`: "passed the bill 218 to
    /// 214", "rejected the motion 260 to 170", "advanced her nomination 12 to 10", "MPs
    /// voted by 330 to 275". A tally names the larger side first.
    fn tally_verb_before(&self, a: usize) -> bool {
        let cx = self.cx;
        (1..=5).any(|k| {
            a.checked_sub(k).is_some_and(|j| {
                j >= self.floor
                    && matches!(
                        cx.word_bytes(j),
                        b"passed"
                            | b"voted"
                            | b"approved"
                            | b"rejected"
                            | b"adopted"
                            | b"confirmed"
                            | b"upheld"
                            | b"overturned"
                            | b"struck"
                            | b"carried"
                            | b"advanced"
                            | b"backed"
                            | b"endorsed"
                            | b"ratified"
                            | b"censured"
                            | b"impeached"
                            | b"acquitted"
                            | b"convicted"
                    )
            })
        })
    }

    fn date_around(&mut self, i: usize, d: &Digits) -> Option<usize> {
        let cx = self.cx;
        let day = d.value >= 1.0 && d.value <= 31.0 && d.whole_len <= 2;
        // An abbreviated month with its full stop: "Sept. 20", "Jan. 6, 2021".
        if day
            && i >= 2
            && i - 2 >= self.floor
            && cx.punct_is(i - 1, ".")
            && cx.glued(i - 1)
            && cx.text_bytes(i - 2).len() <= 4
            && number::month_bytes(cx.text_bytes(i - 2)).is_some()
        {
            let mut end = i + 1;
            if cx.punct_is(end, ",") && self.year_at(end + 1) {
                end += 2;
            }
            return self.push_plain(i - 2, end, FigureKind::Date, d.value);
        }
        // Month before: "March 3", "March 3, 2024", "March 2024".
        if i >= 1
            && i > self.floor
            && number::month_bytes(cx.text_bytes(i - 1)).is_some()
            && cx.tok(i).is_some_and(|t| t.space)
        {
            if day {
                let mut end = i + 1;
                if cx.glued(end) && matches!(cx.word_bytes(end), b"st" | b"nd" | b"rd" | b"th") {
                    end += 1;
                }
                if (cx.punct_is(end, "-") || is_dash(cx.punct(end)))
                    && cx.glued(end)
                    && cx.glued(end + 1)
                    && self
                        .digits_at(end + 1)
                        .is_some_and(|e| e.value <= 31.0 && e.decimals == 0)
                {
                    end += 2;
                } else if matches!(cx.word_bytes(end), b"through" | b"thru")
                    && self
                        .digits_at(end + 1)
                        .is_some_and(|e| e.value > d.value && e.value <= 31.0 && e.decimals == 0)
                {
                    // "the March 1 through 20 period": the second day is no count.
                    end += 2;
                }
                if cx.punct_is(end, ",") && self.year_at(end + 1) {
                    end += 2;
                } else if self.year_at(end) {
                    end += 1;
                }
                return self.push_plain(i - 1, end, FigureKind::Date, d.value);
            }
            if d.year_like() {
                return self.push_plain(i - 1, i + 1, FigureKind::Date, d.value);
            }
        }
        // A month in lower case before a day, in a headline or wire copy: "oil prices
        // firm on sept 3 after opec talks", "balances rose on feb 25". Not "march" nor
        // "may", verbs as often ("march 3 miles", "may 5 people"), nor a day before a
        // noun.
        if day
            && d.decimals == 0
            && i >= 1
            && i > self.floor
            && cx.tok(i).is_some_and(|t| t.space)
            && matches!(
                cx.text_bytes(i - 1),
                b"jan"
                    | b"feb"
                    | b"apr"
                    | b"jun"
                    | b"jul"
                    | b"aug"
                    | b"sep"
                    | b"sept"
                    | b"oct"
                    | b"nov"
                    | b"dec"
                    | b"january"
                    | b"february"
                    | b"april"
                    | b"june"
                    | b"july"
                    | b"september"
                    | b"october"
                    | b"november"
                    | b"december"
            )
            && (!cx.is(i + 1, TokKind::Word) || is_function_word(cx.word(i + 1)))
        {
            let end = if self.year_at(i + 1) { i + 2 } else { i + 1 };
            return self.push_plain(i - 1, end, FigureKind::Date, d.value);
        }
        // A day joined to the date after it: "the weekend of 14 and 15 June".
        if day
            && matches!(cx.word_bytes(i + 1), b"and" | b"or")
            && self.digits_at(i + 2).is_some_and(|e| {
                e.decimals == 0 && e.whole_len <= 2 && e.value > d.value && e.value <= 31.0
            })
            && number::month_bytes(cx.text_bytes(i + 3)).is_some()
            && (!cx.text_is(i + 3, "May") || self.year_at(i + 4) || self.no_verb_after_may(i + 4))
        {
            let end = if self.year_at(i + 4) { i + 5 } else { i + 4 };
            return self.push_plain(i, end, FigureKind::Date, d.value);
        }
        // Month after: "3 March", "3 March 2024".
        if day && number::month_bytes(cx.text_bytes(i + 1)).is_some() && !cx.text_is(i + 1, "May")
            || day
                && cx.text_is(i + 1, "May")
                && (self.year_at(i + 2) || self.no_verb_after_may(i + 2))
        {
            let end = if self.year_at(i + 2) { i + 3 } else { i + 2 };
            return self.push_plain(i, end, FigureKind::Date, d.value);
        }
        None
    }

    /// Whether token `j`, right after a capitalised "May" that follows a day, cannot be
    /// the verb a modal "may" governs: the end of the text, punctuation, or a word that
    /// no modal takes ("on 7 May.", "from 7 May to 9 June", "on 7 May and 8 May", "7 May
    /// was the deadline"), against "5 May attend".
    fn no_verb_after_may(&self, j: usize) -> bool {
        let cx = self.cx;
        j >= cx.len()
            || cx.is(j, TokKind::Punct)
            || matches!(
                cx.word_bytes(j),
                b"and"
                    | b"or"
                    | b"to"
                    | b"in"
                    | b"at"
                    | b"on"
                    | b"for"
                    | b"from"
                    | b"until"
                    | b"till"
                    | b"when"
                    | b"after"
                    | b"before"
                    | b"with"
                    | b"by"
                    | b"but"
                    | b"while"
                    | b"as"
                    | b"was"
                    | b"is"
                    | b"will"
                    | b"would"
                    | b"last"
                    | b"this"
                    | b"next"
            )
    }

    /// The currency named as "the yen", "the spot riyal", "the Nigerian naira" or "the
    /// Taiwan dollar" in the sentence before token `a`, of which a rate to the dollar
    /// at `a` is a price: "The yen closed at 151.53 to the dollar", "the mark, which had
    /// breached 1.86 to the dollar". Not a plain dollar, the currency it is quoted in.
    /// The name may stand a long clause back: "The lira has lost a fifth of its value
    /// against the dollar this year and now trades at about 41 to the dollar".
    fn quoted_currency(&self, a: usize) -> Option<&'static str> {
        let cx = self.cx;
        (a.saturating_sub(24)..a).rev().find_map(|j| {
            let the = |k: usize| k > 0 && matches!(cx.word_bytes(k - 1), b"the" | b"The");
            // "the Brazilian real closed at 5.61 per dollar": "real" is a currency only
            // with its nationality.
            if cx.word_is(j, "real") && j > 0 && cx.word_is(j - 1, "brazilian") && the(j - 1) {
                return Some("BRL");
            }
            let (code, _) = unit::currency_word(cx.word(j))?;
            if !(the(j) || j > 0 && the(j - 1) && cx.is(j - 1, TokKind::Word)) {
                return None;
            }
            if code == "USD" {
                return unit::currency_adjective(cx.word(j - 1), code).filter(|&c| c != "USD");
            }
            Some(code)
        })
    }

    fn year_at(&self, i: usize) -> bool {
        self.cx.is(i, TokKind::Num) && self.digits_at(i).is_some_and(|d| d.year_like())
    }

    fn address(&self, i: usize) -> Option<usize> {
        let cx = self.cx;
        // "She lives at 221 Kingsway": a house number where someone lives, before the
        // name of its street, whatever the street is called.
        if i >= self.floor + 2
            && cx.word_is(i - 1, "at")
            && matches!(
                cx.word_bytes(i - 2),
                b"lives" | b"lived" | b"live" | b"living" | b"resides" | b"resided" | b"residing"
            )
            && cx.is(i + 1, TokKind::Word)
            && cx.capital(i + 1)
        {
            let mut j = i + 1;
            while j < i + 4 && cx.is(j, TokKind::Word) && cx.capital(j) {
                j += 1;
            }
            return Some(j);
        }
        let mut j = i + 1;
        while j < i + 4 && cx.capital(j) {
            if matches!(
                cx.text_bytes(j),
                b"Street"
                    | b"St"
                    | b"Avenue"
                    | b"Ave"
                    | b"Road"
                    | b"Rd"
                    | b"Boulevard"
                    | b"Blvd"
                    | b"Lane"
                    | b"Drive"
                    | b"Way"
                    | b"Place"
                    | b"Square"
                    | b"Court"
                    | b"Terrace"
                    | b"Crescent"
                    | b"Close"
                    | b"Highway"
                    | b"Parkway"
                    | b"Plaza"
            ) && j > i + 1
            {
                // "10 Supreme Court justices": capitalised words before a plural noun
                // are what is counted, not a street.
                let next = cx.word(j + 1);
                if cx.is(j + 1, TokKind::Word)
                    && !cx.capital(j + 1)
                    && next.len() > 3
                    && next.ends_with('s')
                    && !next.ends_with("ss")
                    && !is_function_word(next)
                    && !matches!(
                        next,
                        "says" | "has" | "was" | "is" | "does" | "plans" | "wants"
                    )
                {
                    return None;
                }
                return Some(j + 1);
            }
            j += 1;
        }
        None
    }

    /// Whether the number at `i` is a golf score: after "a final-round", "an
    /// opening-round", "carded a", "shot a", with no noun after it.
    fn golf_round(&self, i: usize) -> bool {
        let cx = self.cx;
        // "a 7-under-par 65"
        if i >= 1
            && cx.word_is(i - 1, "par")
            && self.out[self.first..]
                .last()
                .is_some_and(|p| p.kind == FigureKind::Score && p.b == i)
        {
            return true;
        }
        if i < self.floor + 2 || (cx.is(i + 1, TokKind::Word) && !is_function_word(cx.word(i + 1)))
        {
            return false;
        }
        let round = cx.word_is(i - 1, "round")
            && i >= self.floor + 3
            && cx.punct_is(i - 2, "-")
            && cx.glued(i - 2)
            && matches!(
                cx.word_bytes(i - 3),
                b"first"
                    | b"second"
                    | b"third"
                    | b"fourth"
                    | b"final"
                    | b"opening"
                    | b"closing"
                    | b"last"
            );
        let carded = matches!(cx.word_bytes(i - 1), b"a" | b"an")
            && matches!(
                cx.word_bytes(i - 2),
                b"carded" | b"shot" | b"fired" | b"signed"
            );
        // "shot a closing 64", "an opening 68".
        let closing = matches!(
            cx.word_bytes(i - 1),
            b"closing" | b"opening" | b"final-round" | b"level-par"
        ) && matches!(
            cx.word_bytes(i - 2),
            b"a" | b"an" | b"his" | b"her" | b"their"
        );
        // "closed with a 64", "opened with a 68": a round a player ends or starts with.
        let with = i >= self.floor + 3
            && matches!(cx.word_bytes(i - 1), b"a" | b"an")
            && cx.word_is(i - 2, "with")
            && matches!(
                cx.word_bytes(i - 3),
                b"closed" | b"opened" | b"finished" | b"started" | b"followed" | b"ended"
            )
            && self
                .digits_at(i)
                .is_some_and(|d| d.decimals == 0 && (55.0..=90.0).contains(&d.value))
            && !matches!(cx.punct_bytes(i + 1), b"%" | b"-" | b"/");
        round || carded || closing || with
    }

    /// After a noun that numbers places or parts ("junction 31", "junctions 31 and
    /// 33", "pages 4-5"): the end of the identifier.
    fn numbered_part(&self, i: usize) -> Option<usize> {
        let cx = self.cx;
        let w = cx.word(i - 1);
        let (noun, plural) = match w.strip_suffix('s') {
            Some(stem) if NUMBERED_PARTS.contains(&stem) => (stem, true),
            _ => (w, false),
        };
        if !NUMBERED_PARTS.contains(&noun) {
            return None;
        }
        // "a flat 10% fee", "sees flat 1987 profit": a charge or a level that does not
        // vary, not a home's number, which follows a preposition ("in flat 3B") or is
        // written "Flat".
        let year_like = cx.text_bytes(i).len() == 4
            && (cx.text_bytes(i).starts_with(b"19") || cx.text_bytes(i).starts_with(b"20"));
        let after_preposition = i >= 2
            && matches!(
                cx.word_bytes(i - 2),
                b"in" | b"at" | b"of" | b"from" | b"to" | b"into" | b"outside" | b"for"
            );
        if noun == "flat"
            && (year_like || !(cx.text_bytes(i - 1).starts_with(b"F") || after_preposition))
        {
            return None;
        }
        // "flat 3B", "Suite 12C": a letter glued on is part of the name.
        if !plural
            && cx.glued(i + 1)
            && cx.is(i + 1, TokKind::Word)
            && cx.text_bytes(i + 1).len() == 1
            && cx.text_bytes(i + 1)[0].is_ascii_uppercase()
            && !cx.glued(i + 2)
        {
            return Some(i + 2);
        }
        // "section 125 pct bid": an amount, not a number naming the section.
        let after = cx.low(i + 1);
        if cx.punct_is(i + 1, "%")
            || unit::unit_word(after).is_some()
            || unit::scale(after, cx.glued(i + 1), false).is_some()
            || unit::currency_word(after).is_some()
        {
            return None;
        }
        // "a page 1 story" is still a page; "junction 31 and 33" is two.
        let joined = matches!(cx.word_bytes(i + 1), b"and" | b"or" | b"to")
            || matches!(cx.punct(i + 1), "-" | "–") && cx.glued(i + 1);
        if plural && joined && cx.is(i + 2, TokKind::Num) {
            return Some(i + 3);
        }
        (!plural).then_some(self.bracketed_parts_end(i + 1))
    }

    /// The end of the bracketed parts glued after a numbered name ending at `end`:
    /// "section 12(3)", "Article 50(2)", "clause 4(1)(b)".
    fn bracketed_parts_end(&self, mut end: usize) -> usize {
        let cx = self.cx;
        while cx.punct_is(end, "(")
            && cx.glued(end)
            && cx.glued(end + 1)
            && (cx.is(end + 1, TokKind::Num)
                || cx.is(end + 1, TokKind::Word) && cx.text_bytes(end + 1).len() <= 3)
            && cx.punct_is(end + 2, ")")
            && cx.glued(end + 2)
        {
            end += 3;
        }
        end
    }

    fn identifier_before(&self, i: usize) -> bool {
        let cx = self.cx;
        // "iPhone 16", "eBay": a name may start in lower case.
        let camel = cx.is(i.wrapping_sub(1), TokKind::Word)
            && cx.text(i - 1).chars().skip(1).any(char::is_uppercase);
        if i == 0 || i - 1 < self.floor || !(cx.capital(i - 1) || camel) || cx.glued(i) {
            return false;
        }
        let w = cx.low(i - 1);
        if unit::currency_code(cx.text(i - 1)).is_some() {
            return false;
        }
        // "95% CI 12-39", "SD 4.1": statistics, not names; "FYE 2019", "FY 2024": a
        // financial year.
        if matches!(
            cx.text_bytes(i - 1),
            b"CI" | b"IQR" | b"SD" | b"SE" | b"SEM" | b"FY" | b"FYE"
        ) {
            return false;
        }
        // "passed the Senate 68-32": a chamber's tally, not a numbered name.
        if matches!(
            w,
            "senate" | "house" | "commons" | "lords" | "assembly" | "congress" | "parliament"
        ) && matches!(cx.punct(i + 1), "-" | "–")
            && cx.is(i + 2, TokKind::Num)
        {
            return false;
        }
        if cx.text_is(i - 1, "Year") {
            // "Year 6 pupils": a school year.
            return self.digits_at(i).is_some_and(|d| d.value <= 13.0);
        }
        // "flight UA 857", "flight BA 117": an airline's code before the number.
        if i >= 2
            && i - 2 >= self.floor
            && cx.word_is(i - 2, "flight")
            && cx.text_bytes(i - 1).len() == 2
            && cx
                .text_bytes(i - 1)
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            return true;
        }
        // "Attainment 8", "Progress 8": the names of two measures of English secondary
        // schools, not counts of eight.
        if matches!(w, "attainment" | "progress") && cx.text_is(i, "8") {
            return true;
        }
        let known = KNOWN_NAMES.contains(w);
        if known {
            return true;
        }
        // Any other capitalised word that is not a function word, a month or a day, and
        // is not the first of its sentence.
        if i - 1 == 0 || number::month_bytes(cx.text_bytes(i - 1)).is_some() || is_function_word(w)
        {
            return false;
        }
        let n = cx.text(i);
        // A unit or scale after the number makes it a quantity ("Tesla 20%").
        let next = cx.low(i + 1);
        if unit::scale(next, cx.glued(i + 1), false).is_some()
            || unit::unit_word(next).is_some()
            || unit::currency_word(next).is_some()
            || matches!(cx.punct_bytes(i + 1), b"%")
        {
            return false;
        }
        // A plural noun after the number is counted ("Florida 20 people" is rare, but
        // "Ukraine 500 tanks" in a headline is not); a preposition or verb that no list
        // of prices or votes goes on with is no noun ("heard in Court 4 on Monday",
        // "members of Local 222 are affected", not "Hk Bank 10 to 8.30", "Labour 30
        // and").
        if cx.is(i + 1, TokKind::Word)
            && !cx.capital(i + 1)
            && (self.year_at(i)
                || !matches!(
                    cx.word_bytes(i + 1),
                    b"on"
                        | b"in"
                        | b"at"
                        | b"of"
                        | b"from"
                        | b"with"
                        | b"is"
                        | b"are"
                        | b"was"
                        | b"were"
                        | b"has"
                        | b"had"
                        | b"will"
                        | b"would"
                        | b"which"
                ))
        {
            return false;
        }
        n.len() <= 4 && !self.gapped_count(i)
    }

    /// Whether a lower-case word that numbers a stage or class stands before token `i`
    /// ("phase", "stage", "tier", "grade", "lap 37 of 58", "hole 12", "model 420A"), and no determiner before it makes a clause
    /// of it ("at this stage 10 people had died").
    fn lower_case_stage_before(&self, i: usize) -> bool {
        let cx = self.cx;
        i > self.floor
            && matches!(
                cx.word_bytes(i - 1),
                b"phase"
                    | b"stage"
                    | b"tier"
                    | b"grade"
                    | b"module"
                    | b"category"
                    | b"lap"
                    | b"hole"
                    // "the associated model 420A", "version 2".
                    | b"model"
                    | b"version"
            )
            && !(i >= 2
                && matches!(
                    cx.word_bytes(i - 2),
                    b"this" | b"that" | b"each" | b"every" | b"which" | b"what" | b"any"
                ))
            // "a VME module 32-bit microcomputer": the number starts a compound.
            && !(cx.punct_is(i + 1, "-") && cx.glued(i + 1) && cx.is(i + 2, TokKind::Word))
            // "start on band 5", "a band 6 nurse": a pay band, numbered below ten (not
            // "left the band 20 years ago", "the band 5 Seconds of Summer").
            || i > self.floor
                && cx.word_is(i - 1, "band")
                && !cx.capital(i + 1)
                && unit::unit_word(cx.word(i + 1)).is_none()
                && self
                    .digits_at(i)
                    .is_some_and(|d| !d.grouped && d.decimals == 0 && d.value < 10.0)
            // "the number 38 bus", "his number 9 shirt": a number that names.
            || i >= 2
                && i - 2 >= self.floor
                && cx.word_is(i - 1, "number")
                && matches!(
                    cx.word_bytes(i - 2),
                    b"the" | b"a" | b"his" | b"her" | b"their" | b"its" | b"our" | b"my" | b"your"
                )
                && self
                    .digits_at(i)
                    .is_some_and(|d| !d.grouped && d.decimals == 0 && d.value < 1000.0)
    }

    /// "Florida reported 31 deaths and Georgia 12": a count after a name whose noun is
    /// left out, as the count before it in the sentence gave it. The name may have
    /// more words and "the" before it ("Labour won 31 seats, the Liberal Democrats 8").
    fn gapped_count(&self, i: usize) -> bool {
        let cx = self.cx;
        if i < self.floor + 2 {
            return false;
        }
        // The word before the name: past its other capitalised words and a "the".
        let mut k = i - 2;
        while k > self.floor && k + 4 > i && cx.capital(k) && !cx.word_is(k, "the") {
            k -= 1;
        }
        if k > self.floor && cx.word_is(k, "the") {
            k -= 1;
        }
        let joined = matches!(cx.word(k), "and" | "while" | "whereas") || cx.punct(k) == ",";
        let closes = i + 1 >= cx.len()
            || matches!(cx.punct(i + 1), "," | "." | ";" | ")")
            || cx.word(i + 1) == "and";
        // The count before may be a figure read already, behind the floor.
        let counted = || {
            *self.first_counted.get_or_init(|| {
                (0..cx.len()).find(|&j| {
                    cx.is(j, TokKind::Num)
                        && !cx.glued(j + 1)
                        && cx.is(j + 1, TokKind::Word)
                        && !cx.capital(j + 1)
                        && cx.word(j + 1).len() > 3
                        && cx.word(j + 1).ends_with('s')
                })
            })
        };
        // "Republicans 13, Democrats 9": a tally of plural names, each with its count.
        let plural_name =
            |t: usize| cx.capital(t) && cx.is(t, TokKind::Word) && cx.text_bytes(t).ends_with(b"s");
        let tally = plural_name(i - 1)
            && k >= 2
            && cx.punct(k) == ","
            && cx.is(k - 1, TokKind::Num)
            && plural_name(k - 2);
        joined && closes && (tally || counted().is_some_and(|j| j < k))
    }

    fn reads_as_year(&self, i: usize) -> bool {
        let cx = self.cx;
        // A currency, unit or scale makes it an amount.
        if i >= 1
            && (unit::currency_symbol(cx.punct(i - 1)).is_some()
                || unit::currency_code(cx.text(i - 1)).is_some())
        {
            return false;
        }
        let next = cx.low(i + 1);
        // "the fourth 1985 quarter", "the 1986 season": a singular period names the year.
        let period = matches!(next, "quarter" | "season") && !cx.glued(i + 1);
        if matches!(cx.punct_bytes(i + 1), b"%" | b"+")
            || unit::scale(next, cx.glued(i + 1), false).is_some()
            || (unit::unit_word(next).is_some() && !period)
            || unit::currency_word(next).is_some()
            || next == "per"
        {
            return false;
        }
        let prev = if i >= 1 && i > self.floor {
            cx.word(i - 1)
        } else {
            ""
        };
        // "68% below 1990 levels", "back to about 2019 levels": a year naming a level
        // of its own, whatever word stands before it.
        let year_level = matches!(
            next,
            "levels" | "level" | "prices" | "peaks" | "peak" | "highs" | "lows"
        );
        // "10.89 pct above 1985", "two pct higher than 1985": a change in percent set
        // against a year.
        let pct_against = |n: usize| i > n && cx.percent_sign(i - n - 1);
        // "68%, higher than 2019", "worse than 1987.": a comparative with nothing
        // counted after the number sets a level against a year.
        if cx.word_back(i, 1, self.floor) == Some("than")
            && cx.word_back(i, 2, self.floor).is_some_and(|w| {
                matches!(
                    w,
                    "higher"
                        | "lower"
                        | "greater"
                        | "better"
                        | "worse"
                        | "bigger"
                        | "smaller"
                        | "larger"
                        | "earlier"
                        | "later"
                        | "stronger"
                        | "weaker"
                        | "cheaper"
                )
            })
            && (cx.word(i + 1).is_empty() || matches!(next, "when" | "and" | "but" | "or"))
        {
            return true;
        }
        if let Some((_, n)) = qualifier::before(|n| cx.word_back(i, n, self.floor))
            && !year_level
            && !pct_against(n)
            && prev != "since"
            // "the lowest since at least 2000".
            && cx.word_back(i, n + 1, self.floor) != Some("since")
        {
            // "about 2000 people", but "in about 1990" is rare enough.
            return false;
        }
        let year_prep = matches!(
            prev,
            "in" | "since"
                | "by"
                | "from"
                | "until"
                | "till"
                | "of"
                | "during"
                | "before"
                | "after"
                | "the"
                | "early"
                | "late"
                | "mid"
                | "through"
                | "to"
                | "and"
                | "or"
                | "between"
                | "for"
                | "fiscal"
                | "fye"
                | "fy"
                | "year"
                | "calendar"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "than"
                | "in-"
                | "circa"
                | "as"
                | "at"
                | "on"
                | "vs"
                | "versus"
                | "season"
                | "election"
                | "census"
                | "budget"
        ) || number::month_bytes(cx.text_bytes(i.wrapping_sub(1))).is_some();
        if year_prep {
            return true;
        }
        // "2000 people" without a year preposition is a count.
        let nw = cx.word(i + 1);
        let plural_noun = !nw.is_empty()
            && !cx.capital(i + 1)
            // "a 1986 surplus", "its 1987 bonus": a noun in -us is no plural.
            && (nw.ends_with('s') && !nw.ends_with("ss") && !nw.ends_with("us")
                || matches!(nw, "people" | "children" | "men" | "women"))
            && !matches!(
                nw,
                "was"
                    | "is"
                    | "has"
                    | "as"
                    | "its"
                    | "this"
                    | "levels"
                    | "figures"
                    | "results"
                    | "prices"
                    | "sales"
                    | "earnings"
                    | "crops"
                    | "rates"
                    | "totals"
                    | "revenues"
                    | "revenue"
                    | "profits"
                    | "profit"
                    | "forecasts"
                    | "estimates"
                    | "targets"
                    | "budgets"
                    | "accounts"
                    | "games"
                    | "olympics"
                    | "elections"
                    | "models"
                    | "editions"
                    | "harvests"
                    | "plans"
                    | "returns"
            );
        // "Japan's 1987 imports", "its 1986 gains": after a possessor, a plural of
        // trade or accounts names the year's (not "its 1500 employees").
        let possessor = prev == "s" && i >= 2 && matches!(cx.punct(i - 2), "'" | "’")
            || matches!(prev, "its" | "their" | "his" | "her" | "our");
        let of_accounts = matches!(
            nw,
            "imports"
                | "exports"
                | "shipments"
                | "deliveries"
                | "purchases"
                | "orders"
                | "payments"
                | "outlays"
                | "expenditures"
                | "gains"
                | "losses"
                | "dividends"
                | "borrowings"
                | "receipts"
                | "quotas"
                | "subsidies"
                | "operations"
                | "statements"
                | "commitments"
        );
        !plural_noun || possessor && of_accounts
    }

    // ----------------------------------------------------------------------------------
    // Numbers in words
    // ----------------------------------------------------------------------------------

    fn at_word(&mut self, i: usize) -> Option<usize> {
        let cx = self.cx;
        let w = cx.low(i);
        // "an hour and a half", "a year and a half" (but "a quarter and a half" are two
        // fractions).
        if matches!(w, "a" | "an")
            && let Some((UnitClass::Duration, name)) = unit::unit_word(cx.word(i + 1))
            && !cx.word_bytes(i + 1).ends_with(b"s")
            && name != "quarter"
            && cx.word_is(i + 2, "and")
            && cx.word_is(i + 3, "a")
            && cx.word_is(i + 4, "half")
        {
            return self.push_duration(i, i + 5, 1.5, name);
        }
        // "a percentage point", "more than a full percentage point": one point.
        if w == "a" {
            let j = i + 1 + usize::from(cx.word_is(i + 1, "full"));
            if cx.word_is(j, "percentage")
                && cx.word_is(j + 1, "point")
                && !(cx.punct_is(j + 2, "-") && cx.glued(j + 2))
                && !cx.word_is(j + 2, "of")
            {
                return self.push_point_fraction(i, j + 2, 1.0);
            }
        }
        // "a" and "an" matter only before a number word ("a dozen", "a third").
        if matches!(w, "a" | "an") && !number::is_number_word(cx.word(i + 1)) {
            return None;
        }
        // A day in words after a month, in wire style: "on January eight", "by April
        // Three". (Without the preposition, "In January eight people died" counts.)
        if i >= self.floor + 2
            && number::month_bytes(cx.text_bytes(i - 1)).is_some()
            && matches!(
                cx.word_bytes(i - 2),
                b"on"
                    | b"by"
                    | b"since"
                    | b"until"
                    | b"till"
                    | b"before"
                    | b"after"
                    // "payable April nine to holders of record March 16".
                    | b"payable"
                    | b"effective"
                    | b"dated"
                    | b"due"
                    | b"record"
                    | b"expiring"
            )
            && let Some(day) = number::small(w).filter(|&n| (1..=31).contains(&n))
            && !cx.is(i + 1, TokKind::Num)
            && number::small(cx.word(i + 1)).is_none()
            && !(cx.punct_is(i + 1, "-") && cx.glued(i + 1))
            // "On May eight people were hurt" counts them.
            && !{
                let next = cx.word(i + 1);
                (next.ends_with('s') && next.len() > 3)
                    || matches!(next, "people" | "men" | "women" | "children")
            }
        {
            return self.push_plain(i - 1, i + 1, FigureKind::Date, f64::from(day));
        }
        // "as profits halve", "Sales double in March": a bare verb of multiplication
        // after a plural subject, at the end of its clause or before a preposition, is
        // a change told in the present, as a headline tells it ("plans to halve" and
        // "will double" are not yet changes).
        if let Some(f) = number::base_multiplier(w)
            && self.present_change_verb(i)
        {
            let dir = if f < 1.0 {
                Direction::Decrease
            } else {
                Direction::Increase
            };
            return self.push_multiplier_hedged(i, i, i + 1, f, Hedge::Exact, Some(dir));
        }
        // "more than double", "nearly triple", "double the number".
        if let Some(f) = number::base_multiplier(w).filter(|&f| f > 1.0) {
            let hedged = self.hedge_start(i);
            if hedged.is_some()
                || matches!(
                    cx.word_bytes(i + 1),
                    b"the" | b"that" | b"its" | b"their" | b"what"
                )
                || possessive_next(&cx, i + 1)
            {
                let (hedge, a) = hedged.unwrap_or((Hedge::Exact, i));
                return self.push_multiplier_hedged(a, i, i + 1, f, hedge, None);
            }
            return None;
        }
        if let Some(f) = number::multiplier_verb(w) {
            // "more than doubling this year", "after nearly halving in 2023": a hedge
            // makes the participle a change that happened, as "more than doubled" is
            // ("doubling capacity", "halving its stake" alone are plans or actions).
            let hedged_participle = w.ends_with("ing") && self.hedge_start(i).is_some();
            if matches!(
                w,
                "double"
                    | "halve"
                    | "doubles"
                    | "triples"
                    | "halves"
                    | "trebles"
                    | "quadruples"
                    | "doubling"
                    | "halving"
                    | "tripling"
                    | "trebling"
                    | "quadrupling"
            ) && !hedged_participle
            {
                return None;
            }
            let dir = if f < 1.0 {
                Direction::Decrease
            } else {
                Direction::Increase
            };
            let (hedge, a) = self.hedge_start(i).unwrap_or((Hedge::Exact, i));
            return self.push_multiplier_hedged(a, i, i + 1, f, hedge, Some(dir));
        }
        if w == "twice" {
            let hedged = self.hedge_start(i);
            if hedged.is_some()
                || matches!(
                    cx.word_bytes(i + 1),
                    b"as" | b"the" | b"that" | b"what" | b"its" | b"their" | b"his" | b"her"
                )
                || possessive_next(&cx, i + 1)
            {
                let (hedge, a) = hedged.unwrap_or((Hedge::Exact, i));
                return self.push_multiplier_hedged(a, i, i + 1, 2.0, hedge, None);
            }
            // "scored twice", "twice a year": a count of occasions.
            return self.push_plain(i, i + 1, FigureKind::Count, 2.0);
        }
        // "scores of people" is many; "scores of eight, nine and two", "scores of 8
        // and 9" are results, with no many about them.
        if w == "scores"
            && cx.word_is(i + 1, "of")
            && !cx.is(i + 2, TokKind::Num)
            && number::small(cx.word(i + 2)).is_none()
        {
            return self.push_vague(i, i + 1, 40.0, 200.0);
        }
        // "a handful of rural areas": a few.
        if w == "a" && cx.word_is(i + 1, "handful") {
            return self.push_vague(i, i + 2, 2.0, 10.0);
        }
        if w.ends_with("fold")
            && w.len() > 4
            && let Some(n) = number::small(&w[..w.len() - 4])
        {
            return self.push_multiplier(i, i + 1, f64::from(n));
        }
        if let Some(end) = self.vague(i) {
            return Some(end);
        }
        // "two more quarter-point cuts": a quarter of a point with no article.
        if w == "quarter"
            && let Some((end, factor)) = self.point_after(i + 1).filter(|_| cx.punct_is(i + 1, "-"))
        {
            return self.push_point_fraction(i, end, 0.25 * factor);
        }
        if w == "half" {
            return self.half(i);
        }
        if let Some(n) = number::ordinal(w) {
            if n == 3 || (4..=10).contains(&n) {
                // "a third of", "two-thirds": fractions are read from their numerator.
                if matches!(cx.word_bytes(i.wrapping_sub(1)), b"a" | b"one")
                    && i >= 1
                    && i > self.floor
                {
                    // handled when the reader was at the numerator; reaching here means
                    // it was rejected there, so this is an ordinal ("a third term").
                }
            }
            return self.ordinal_word(i, n);
        }
        // An age group in words: "two-year-olds", as "21-year-olds" is (but "a
        // two-year-old boy" is an age).
        if let Some(n) = number::small(w)
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.word_is(i + 2, "year")
            && cx.glued(i + 2)
            && cx.punct_is(i + 3, "-")
            && cx.glued(i + 3)
            && cx.word_is(i + 4, "olds")
            && cx.glued(i + 4)
        {
            return self.push_plain(i, i + 5, FigureKind::Identifier, f64::from(n));
        }
        // "three-pointers", "from three-point range": a kind of shot, as "3-pointers" is.
        if number::small(w).is_some()
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.glued(i + 2)
            && kind_of_shot(&cx, i + 2, number::small(w).map_or(0.0, f64::from))
        {
            return self.push_plain(
                i,
                i + 3,
                FigureKind::Identifier,
                f64::from(number::small(w)?),
            );
        }
        // "core tier one capital", "phase two of the plan": a numbered stage.
        if let Some(n) = number::small(w).filter(|&n| (1..=10).contains(&n))
            && self.lower_case_stage_before(i)
            && !self.unit_like(i + 1)
            && !cx.word_bytes(i + 1).ends_with(b"s")
        {
            return self.push_plain(i - 1, i + 1, FigureKind::Identifier, f64::from(n));
        }
        // "a two-for-one offer", "three-for-two on books": a deal, not two amounts.
        if number::small(w).is_some()
            && cx.punct_is(i + 1, "-")
            && cx.glued(i + 1)
            && cx.word_is(i + 2, "for")
            && cx.glued(i + 2)
            && cx.punct_is(i + 3, "-")
            && cx.glued(i + 3)
            && cx.glued(i + 4)
            && number::small(cx.word(i + 4)).is_some()
        {
            return self.push_plain(i, i + 5, FigureKind::Score, f64::from(number::small(w)?));
        }
        // A bowler's figures: "Starc taking four for 39", "finished with five for 48"
        // (not "bought two for 10 dollars": nothing in words may follow).
        if let Some(n) = number::small(w).filter(|&n| n <= 10)
            && i > self.floor
            && matches!(
                cx.word_bytes(i - 1),
                b"took" | b"take" | b"takes" | b"taking" | b"with"
            )
            && cx.word_is(i + 1, "for")
            && self
                .digits_at(i + 2)
                .is_some_and(|e| e.decimals == 0 && !e.grouped && e.value < 400.0)
            && (!cx.is(i + 3, TokKind::Word) || is_function_word(cx.word(i + 3)))
            && !self.unit_like(i + 3)
            && !matches!(cx.punct_bytes(i + 3), b"%" | b"-" | b"/")
        {
            return self.push_plain(i, i + 3, FigureKind::Score, f64::from(n));
        }
        if number::small(w).is_some() || matches!(w, "a" | "an" | "dozen") {
            return self.word_number(i);
        }
        None
    }

    /// Whether the verb at `i` follows a plural noun and ends its clause or comes before
    /// a preposition: "as profits halve", "Sales double in March".
    fn present_change_verb(&self, i: usize) -> bool {
        let cx = self.cx;
        if i == 0 || i - 1 < self.floor || !cx.is(i - 1, TokKind::Word) || cx.glued(i) {
            return false;
        }
        let prev = cx.word(i - 1);
        let plural = prev.len() > 3
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !prev.ends_with("us")
            && !prev.ends_with("is")
            && !prev.ends_with("'s")
            && !is_function_word(prev)
            && !matches!(
                prev,
                "does" | "goes" | "always" | "perhaps" | "whereas" | "plus" | "sometimes"
            );
        plural
            && (cx.tok(i + 1).is_none()
                || matches!(cx.punct_bytes(i + 1), b"." | b"," | b";" | b":")
                || matches!(
                    cx.word_bytes(i + 1),
                    b"in" | b"on" | b"to" | b"as" | b"after" | b"since" | b"at" | b"amid"
                ))
    }

    fn push_multiplier_hedged(
        &mut self,
        a: usize,
        core: usize,
        b: usize,
        f: f64,
        hedge: Hedge,
        direction: Option<Direction>,
    ) -> Option<usize> {
        self.out.push(Draft {
            a,
            b,
            core,
            kind: FigureKind::Multiplier,
            value: Value::Number(f),
            rounding: 0.0,
            hedge,
            unit: None,
            direction,
            pair: false,
        });
        Some(b)
    }

    fn push_multiplier(&mut self, a: usize, b: usize, f: f64) -> Option<usize> {
        self.out.push(Draft {
            a,
            b,
            core: a,
            kind: FigureKind::Multiplier,
            value: Value::Number(f),
            rounding: 0.0,
            hedge: Hedge::Exact,
            unit: None,
            direction: None,
            pair: false,
        });
        Some(b)
    }

    fn ordinal_word(&mut self, i: usize, n: u32) -> Option<usize> {
        let cx = self.cx;
        // "a second" and "per second" are units of time; "second" alone may be a verb.
        let next_is_word =
            cx.is(i + 1, TokKind::Word) || (cx.punct_is(i + 1, "-") && cx.glued(i + 1));
        if !next_is_word {
            return None;
        }
        if n == 2
            && matches!(
                cx.word_bytes(i.wrapping_sub(1)),
                b"per" | b"every" | b"each" | b"split"
            )
        {
            return None;
        }
        // "learn first aid", "40 first-aid kits", "a trained first aider": the name of
        // emergency care, no place in an order (but "the first aid convoy" is one).
        let after = if cx.punct_is(i + 1, "-") {
            i + 2
        } else {
            i + 1
        };
        if n == 1
            && matches!(cx.word_bytes(after), b"aid" | b"aider" | b"aiders")
            && !matches!(
                cx.word_bytes(after + 1),
                b"convoy"
                    | b"convoys"
                    | b"shipment"
                    | b"shipments"
                    | b"flight"
                    | b"flights"
                    | b"delivery"
                    | b"deliveries"
                    | b"package"
                    | b"packages"
                    | b"lorries"
                    | b"trucks"
                    | b"ship"
                    | b"ships"
                    | b"drop"
                    | b"drops"
            )
        {
            return None;
        }
        self.push_plain(i, i + 1, FigureKind::Ordinal, f64::from(n))
    }

    /// "millions", "tens of thousands", "hundreds of millions", "dozens", "several
    /// hundred", "a few thousand".
    fn vague(&mut self, i: usize) -> Option<usize> {
        let cx = self.cx;
        let w = cx.low(i);
        let (mut low, mut high, mut end) = if let Some((l, h)) = number::vague(w) {
            // "the Mega Millions jackpot": a capitalised name.
            if i > self.floor && cx.capital(i) && cx.is(i - 1, TokKind::Word) && cx.capital(i - 1) {
                return None;
            }
            (l, h, i + 1)
        } else if w == "tens" && cx.word_is(i + 1, "of") {
            let (l, _) = number::vague(cx.word(i + 2))?;
            (l * 10.0, l * 100.0, i + 3)
        } else if matches!(w, "several" | "few") || (w == "a" && cx.word_is(i + 1, "few")) {
            let j = if w == "a" { i + 2 } else { i + 1 };
            let mut s = number::word_scale(cx.word(j))?;
            let mut end = j + 1;
            while let Some(s2) = number::word_scale(cx.word(end)) {
                s *= s2;
                end += 1;
            }
            let (l, h) = if w == "several" {
                (3.0 * s, 10.0 * s)
            } else {
                (2.0 * s, 10.0 * s)
            };
            return self.push_vague(i, end, l, h);
        } else {
            return None;
        };
        // "hundreds of thousands", "thousands of millions".
        if cx.word_is(end, "of")
            && let Some((l2, _)) = number::vague(cx.word(end + 1))
            && l2 > low
        {
            high = low * l2 * 10.0;
            low *= l2;
            end += 2;
        }
        // "the thousands who", "in the millions": still vague magnitudes.
        self.push_vague(i, end, low, high)
    }

    fn push_vague(&mut self, a: usize, b: usize, low: f64, high: f64) -> Option<usize> {
        let cx = self.cx;
        // "millions of pounds", "billions of dollars": a vague amount of money;
        // "hundreds of thousands of acres", "billions of barrels": of a measure, its
        // plural unit spelled out (not "thousands of stories", "of stones", "of nits").
        let measure = || match unit::unit_word(cx.word(b + 1)) {
            Some((UnitClass::Measure, name))
                if cx.word(b + 1).len() > 3
                    && cx.word_bytes(b + 1).ends_with(b"s")
                    && !matches!(name, "storey" | "stone" | "nit") =>
            {
                Some(name)
            }
            _ => None,
        };
        let (kind, unit, b) = match (cx.word(b), unit::currency_word(cx.word(b + 1))) {
            ("of", Some((code, factor))) if (factor - 1.0).abs() < f64::EPSILON => {
                (FigureKind::Money, Some(code), b + 2)
            }
            ("of", None) if let Some(name) = measure() => (FigureKind::Measure, Some(name), b + 2),
            _ => (FigureKind::Count, None, b),
        };
        self.out.push(Draft {
            a,
            b,
            core: a,
            kind,
            value: Value::Number(low),
            rounding: 0.0,
            hedge: Hedge::Vague(low, high),
            unit,
            direction: None,
            pair: false,
        });
        Some(b)
    }

    fn push_duration(
        &mut self,
        a: usize,
        b: usize,
        value: f64,
        unit: &'static str,
    ) -> Option<usize> {
        let (hedge, a) = self.hedge_start(a).unwrap_or((Hedge::Exact, a));
        self.out.push(Draft {
            a,
            b,
            core: a,
            kind: FigureKind::Duration,
            value: Value::Number(value),
            rounding: 0.0,
            hedge,
            unit: Some(unit),
            direction: None,
            pair: false,
        });
        Some(b)
    }

    /// "half", "half of", "more than half", "half a million", "half an hour".
    fn half(&mut self, i: usize) -> Option<usize> {
        let cx = self.cx;
        if cx.word_is(i + 1, "a") && number::word_scale(cx.word(i + 2)).is_some() {
            return self.word_number(i);
        }
        // "half a percentage point", "a half-point": percentage points.
        if let Some((end, factor)) = self.point_after(i + 1) {
            return self.push_point_fraction(i, end, 0.5 * factor);
        }
        // "slipped half a cent", "a half-cent sales tax", "half a penny": money.
        let small_coin = |w: &str| match w {
            "cent" => Some(("USD", 0.01)),
            "penny" => Some(("GBP", 0.01)),
            _ => None,
        };
        let coin = if cx.word_is(i + 1, "a") && !cx.glued(i + 1) {
            small_coin(cx.word(i + 2)).map(|c| (c, i + 3))
        } else if cx.punct_is(i + 1, "-") && cx.glued(i + 1) && cx.glued(i + 2) {
            small_coin(cx.word(i + 2)).map(|c| (c, i + 3))
        } else {
            None
        };
        if let Some(((code, factor), end)) = coin {
            let (hedge, a) = self.hedge_start(i).unwrap_or((Hedge::Exact, i));
            self.out.push(Draft {
                a,
                b: end,
                core: i,
                kind: FigureKind::Money,
                value: Value::Number(0.5 * factor),
                rounding: 0.0,
                hedge,
                unit: Some(code),
                direction: None,
                pair: false,
            });
            return Some(end);
        }
        // "half an hour", "half a day": a duration.
        if matches!(cx.word_bytes(i + 1), b"a" | b"an")
            && let Some((UnitClass::Duration, name)) = unit::unit_word(cx.word(i + 2))
            && !cx.word_bytes(i + 2).ends_with(b"s")
            && name != "quarter"
        {
            return self.push_duration(i, i + 3, 0.5, name);
        }
        let prev = if i >= 1 && i > self.floor {
            cx.word(i - 1)
        } else {
            ""
        };
        // "the first half of the year", "the second half": a period. The ordinal may
        // have been read as a figure of its own, so the word before is looked at even
        // when it lies below the floor.
        if i >= 1
            && matches!(
                cx.word_bytes(i - 1),
                b"first" | b"second" | b"third" | b"fourth" | b"1st" | b"2nd"
            )
        {
            return None;
        }
        if matches!(prev, "last" | "latter" | "former" | "back" | "front") {
            return None;
        }
        if cx.glued(i + 1) && cx.punct_is(i + 1, "-") {
            return None;
        }
        let next = cx.word(i + 1);
        // "a fall in half year profits", "at half time", "the half term break": written
        // without the hyphen, half names a period or a thing, not a share.
        if matches!(
            next,
            "year" | "yearly" | "term" | "time" | "way" | "century" | "decade" | "season"
        ) {
            return None;
        }
        let hedged = self.hedge_start(i);
        let next_ok = matches!(
            next,
            "of" | "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "all"
                | "those"
                | "these"
                | "that"
                | "as"
        );
        let prev_ok = matches!(
            prev,
            "by" | "in" | "than" | "cut" | "from" | "to" | "about" | "roughly" | "only" | "just"
        );
        if !(next_ok || prev_ok || hedged.is_some() || self.share_as_subject(i, i + 1)) {
            return None;
        }
        self.push_ratio(i, i + 1, 0.5)
    }

    /// Whether a fraction starting at `i` is the subject of the verb `next` after it,
    /// standing for a share of people or things named before: "and half received a
    /// placebo", "a fifth achieved a grade 9", "Half said". It opens a clause (at the
    /// start, after a conjunction or a comma), and an "-ed" word is taken for a verb only
    /// when no noun follows it, so "a third armed robbery", "a fifth seeded player" and
    /// "half finished" are not read.
    fn share_as_subject(&self, i: usize, v: usize) -> bool {
        let cx = self.cx;
        let next = cx.word(v);
        let after = cx.word(v + 1);
        let opens = i == 0
            || i > 0
                && (matches!(
                    cx.word_bytes(i - 1),
                    b"and" | b"but" | b"while" | b"whereas" | b"yet"
                ) || matches!(cx.punct_bytes(i - 1), b"," | b";" | b":"));
        opens
            && (super::subject::is_clause_verb(next)
                || next.len() > 4
                    && next.ends_with("ed")
                    && (after.is_empty() || is_function_word(after))
                || matches!(next, "say" | "went" | "got" | "voted" | "use" | "used"))
    }

    /// A point after a fraction word at `k`: "-point", "a point", "a percentage point",
    /// "of a percentage point", "of a basis point". Its end and factor (a basis point
    /// is a hundredth).
    fn point_after(&self, k: usize) -> Option<(usize, f64)> {
        let cx = self.cx;
        if cx.punct_is(k, "-") && cx.glued(k) && cx.glued(k + 1) && cx.word_is(k + 1, "point") {
            return Some((k + 2, 1.0));
        }
        // "by a quarter point", "a half percentage point".
        match (cx.word(k), cx.word(k + 1)) {
            ("point", next) if next != "of" => return Some((k + 1, 1.0)),
            ("percentage", "point") => return Some((k + 2, 1.0)),
            _ => {}
        }
        let mut j = k;
        if cx.word_is(j, "of") {
            j += 1;
        }
        if !matches!(cx.word_bytes(j), b"a" | b"an") {
            return None;
        }
        j += 1;
        match (cx.word(j), cx.word(j + 1)) {
            ("percentage", "point") => Some((j + 2, 1.0)),
            ("basis", "point") => Some((j + 2, 0.01)),
            ("point", _) => Some((j + 1, 1.0)),
            _ => None,
        }
    }

    /// "a quarter-point cut", "half a percentage point": percentage points.
    fn push_point_fraction(&mut self, core: usize, b: usize, value: f64) -> Option<usize> {
        let (hedge, a) = self.hedge_start(core).unwrap_or((Hedge::Exact, core));
        self.out.push(Draft {
            a,
            b,
            core,
            kind: FigureKind::PercentagePoints,
            value: Value::Number(value),
            rounding: 0.0,
            hedge,
            unit: Some("percentage_point"),
            direction: None,
            pair: false,
        });
        Some(b)
    }

    fn push_ratio(&mut self, core: usize, b: usize, value: f64) -> Option<usize> {
        let (hedge, a) = self.hedge_start(core).unwrap_or((Hedge::Exact, core));
        self.out.push(Draft {
            a,
            b,
            core,
            kind: FigureKind::Ratio,
            value: Value::Number(value),
            rounding: 0.0,
            hedge,
            unit: None,
            direction: None,
            pair: false,
        });
        Some(b)
    }

    /// Parses a number in words starting at `i`: value, end, and whether it ends in a
    /// fraction word ("a third").
    fn word_numeral(&self, i: usize) -> Option<(f64, usize)> {
        let cx = self.cx;
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut last_small: Option<u32> = None;
        let mut j = i;
        let mut end = i;
        while j < cx.len() {
            let w = cx.word(j);
            if let Some(n) = number::small(w) {
                if let Some(p) = last_small
                    && !(p >= 20 && p % 10 == 0 && n < 10 && n > 0)
                {
                    break;
                }
                current += f64::from(n);
                last_small = Some(n);
                any = true;
                j += 1;
                end = j;
            } else if w == "hundred" && (any || j > i) {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                last_small = None;
                any = true;
                j += 1;
                end = j;
            } else if let Some(s) = number::word_scale(w).filter(|_| any || j > i) {
                total += if current == 0.0 { s } else { current * s };
                current = 0.0;
                last_small = None;
                any = true;
                j += 1;
                end = j;
            } else if w == "dozen" {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                last_small = None;
                any = true;
                j += 1;
                end = j;
            } else if (w == "a" || w == "an") && j == i {
                let next = cx.word(j + 1);
                if number::word_scale(next).is_none() && next != "dozen" {
                    return None;
                }
                j += 1;
            } else if w == "half"
                && j == i
                && cx.word_is(j + 1, "a")
                && number::word_scale(cx.word(j + 2)).is_some()
            {
                current = 0.5;
                any = true;
                j += 2;
            } else if w == "and" && any {
                if number::small(cx.word(j + 1)).is_some() && last_small.is_none() {
                    j += 1;
                } else if cx.word_is(j + 1, "a") && cx.word_is(j + 2, "half") {
                    current += 0.5;
                    j += 3;
                    end = j;
                    last_small = None;
                } else {
                    break;
                }
            } else if any
                && end == j
                && (0..3).all(|k| cx.punct_is(j + 2 * k, "-") && cx.glued(j + 2 * k))
                && (1..6).all(|k| cx.glued(j + k))
                && cx.word_is(j + 1, "and")
                && cx.word_is(j + 3, "a")
                && cx.word_is(j + 5, "half")
            {
                // "three-and-a-half-year": the hyphenated "and a half".
                current += 0.5;
                j += 6;
                end = j;
                last_small = None;
            } else if cx.punct_is(j, "-")
                && cx.glued(j)
                && cx.glued(j + 1)
                && last_small.is_some_and(|p| p >= 20)
                && number::small(cx.word(j + 1)).is_some()
            {
                j += 1;
            } else {
                break;
            }
        }
        if !any || end == i {
            return None;
        }
        Some((total + current, end))
    }

    fn word_number(&mut self, i: usize) -> Option<usize> {
        let cx = self.cx;
        let w = cx.low(i);
        // Fractions: "a third of", "two-thirds", "three quarters", "one in five".
        if let Some(end) = self.fraction(i) {
            return Some(end);
        }
        let (mut value, mut end) = self.word_numeral(i)?;
        if w == "one" && end == i + 1 && !self.one_is_a_number(i) {
            return None;
        }
        // A tally in words: "by seven votes to four", as "by 12 votes to nine".
        if matches!(cx.word_bytes(end), b"votes" | b"vote")
            && cx.word_is(end + 1, "to")
            && (number::small(cx.word(end + 2)).is_some_and(|n| f64::from(n) < value)
                || self
                    .digits_at(end + 2)
                    .is_some_and(|e| e.decimals == 0 && e.value < value))
            && (!cx.is(end + 3, TokKind::Word) || is_function_word(cx.word(end + 3)))
        {
            return self.push_plain(i, end + 3, FigureKind::Score, value);
        }
        // Golf in words with par said or left unsaid: "finished two over par", "on
        // nine under", "was six under through 12 holes".
        if value < 30.0 && value.fract() == 0.0 {
            if !cx.glued(end)
                && matches!(cx.word_bytes(end), b"under" | b"over")
                && cx.word_is(end + 1, "par")
            {
                return self.push_plain(i, end + 2, FigureKind::Score, value);
            }
            if let Some(e) = golf_score_without_par(&cx, i, end) {
                return self.push_plain(i, e, FigureKind::Score, value);
            }
        }
        // Golf in words: "a six-under-par 66", "a two-over-par round", as "a
        // 7-under-par 65".
        if value < 30.0
            && cx.punct_is(end, "-")
            && cx.glued(end)
            && matches!(cx.word_bytes(end + 1), b"under" | b"over")
            && cx.glued(end + 1)
            && cx.punct_is(end + 2, "-")
            && cx.word_is(end + 3, "par")
            && cx.glued(end + 3)
        {
            return self.push_plain(i, end + 4, FigureKind::Score, value);
        }
        // "eggs cost $4.95 a dozen": a price per dozen, like "$3.45 a gallon".
        let article = match (w, cx.word(i + 1)) {
            ("a", "dozen") if end == i + 2 => Some(i),
            ("dozen", _) if end == i + 1 && i > 0 && cx.word_is(i - 1, "a") => Some(i - 1),
            _ => None,
        };
        if let Some(a) = article
            && self.out[self.first..]
                .last()
                .is_some_and(|p| p.b == a && p.kind == FigureKind::Money)
        {
            return None;
        }
        // "the 2025 Six Nations": a number word in a capitalised name after the year of
        // its edition (the year is a figure of its own, so it is looked past).
        if end == i + 1
            && i >= 2
            && cx.word_is(i - 2, "the")
            && self.year_at(i - 1)
            && !cx.glued(i)
            && cx.capital(i)
            && cx.capital(i + 1)
            && cx.is(i + 1, TokKind::Word)
        {
            return None;
        }
        // "the Six Nations", "the Big Ten": a number word in a capitalised name.
        if end == i + 1
            && i > self.floor
            && cx.capital(i)
            && (cx.word_is(i - 1, "the") && cx.capital(i + 1) && cx.is(i + 1, TokKind::Word)
                || i >= 2
                    && i - 1 > self.floor
                    && cx.word_is(i - 2, "the")
                    && cx.capital(i - 1)
                    && cx.is(i - 1, TokKind::Word)
                // "(11-1, 8-1 Big Ten)": after a capitalised word that does not open the
                // sentence, nor is a month.
                || i >= 2
                    && i > self.floor
                    && cx.capital(i - 1)
                    && cx.is(i - 1, TokKind::Word)
                    && number::month_bytes(cx.text_bytes(i - 1)).is_none()
                    && !cx.is(i + 1, TokKind::Word)
                // "their eighth straight Six Nations defeat": in running prose, before a
                // capitalised plural that a word in lower case follows.
                || cx.is(i - 1, TokKind::Word)
                    && !cx.capital(i - 1)
                    && cx.capital(i + 1)
                    && cx.word(i + 1).len() > 3
                    && cx.word(i + 1).ends_with('s')
                    && cx.is(i + 2, TokKind::Word)
                    && !cx.capital(i + 2)
                // "3.9 million Xbox One consoles", "the Air Force One crew": after a
                // capitalised word inside the sentence and before a word in lower case
                // (a line in title case capitalises both sides).
                || i >= 2
                    && cx.capital(i - 1)
                    && cx.is(i - 1, TokKind::Word)
                    && !cx.is(i - 2, TokKind::Punct)
                    && number::month_bytes(cx.text_bytes(i - 1)).is_none()
                    && !placement::is_weekday(cx.text(i - 1))
                    && cx.is(i + 1, TokKind::Word)
                    && !cx.capital(i + 1)
                    && !matches!(cx.word_bytes(i + 1), b"of" | b"and" | b"or")
                // "Formula One teams", "a Formula Two driver": a class of motor racing.
                || cx.text_is(i - 1, "Formula")
                // "and Neon's Three Identical Strangers", "starred in Ocean's Eleven":
                // after the possessive of a name that running prose leads into (a line
                // in title case has no long word in lower case before the name).
                || i >= 4
                    && cx.word_is(i - 1, "s")
                    && cx.glued(i - 1)
                    && matches!(cx.punct(i - 2), "'" | "’")
                    && cx.glued(i - 2)
                    && cx.capital(i - 3)
                    && cx.is(i - 3, TokKind::Word)
                    && (self.floor.max(i.saturating_sub(12))..i - 3).any(|k| {
                        cx.is(k, TokKind::Word) && !cx.capital(k) && cx.word(k).len() > 4
                    })
                // "the accident at Three Mile Island", "shares of Five Below": between
                // a word in lower case (not the "s" of a possessive) and a capitalised
                // word.
                || cx.is(i - 1, TokKind::Word)
                    && !cx.capital(i - 1)
                    && !(cx.word_is(i - 1, "s") && cx.glued(i - 1))
                    && cx.capital(i + 1)
                    && cx.is(i + 1, TokKind::Word))
        {
            return None;
        }
        // "net zero", "zero tolerance", "zero-hours contracts": names, not amounts.
        // So are "zero emission vehicles", "a zero coupon bond".
        if w == "zero"
            && (cx.punct_is(i + 1, "-") && cx.glued(i + 1)
                || matches!(
                    cx.word_bytes(i + 1),
                    b"tolerance"
                        | b"emission"
                        | b"emissions"
                        | b"coupon"
                        | b"carbon"
                        | b"waste"
                        | b"sum"
                        | b"gravity"
                )
                || i > self.floor && cx.word_is(i - 1, "net"))
        {
            return None;
        }
        // "eight mln dlrs": a newswire scale after a number in words.
        let mut scaled = None;
        if let Some(s) = unit::scale(cx.word(end), false, false)
            .filter(|_| number::word_scale(cx.word(end)).is_none())
        {
            value *= s;
            scaled = Some(s);
            end += 1;
        }
        // "one-time", "one-off": compounds of "one" that are not amounts.
        if cx.punct_is(end, "-") && cx.glued(end) && cx.glued(end + 1) {
            let next = cx.word(end + 1);
            if unit::unit_word(next).is_none()
                && !matches!(
                    next,
                    "fold"
                        | "plus"
                        | "odd"
                        | "percent"
                        | "point"
                        | "year"
                        | "member"
                        | "strong"
                        | "bedroom"
                        | "bed"
                        | "goal"
                )
                && value <= 1.0
            {
                return None;
            }
        }
        let rounding = number::whole_rounding(value);
        self.quantity_from(Amount {
            a: i,
            core: i,
            b: end,
            value,
            rounding,
            currency: None,
            scaled,
            digits: None,
            signed: None,
        })
    }

    fn one_is_a_number(&self, i: usize) -> bool {
        let cx = self.cx;
        let prev = if i >= 1 && i > self.floor {
            cx.word(i - 1)
        } else {
            ""
        };
        if matches!(
            prev,
            "no" | "any"
                | "every"
                | "each"
                | "the"
                | "this"
                | "that"
                | "which"
                | "anyone"
                | "someone"
                | "everyone"
                | "last"
                | "only"
                | "little"
                | "big"
                | "new"
                | "another"
                | "such"
        ) {
            return false;
        }
        let next = cx.word(i + 1);
        // "a one point cut in base lending rates", "rose one point": the size of a
        // change in points (not "at one point", "agree on one point").
        if next == "point" && !matches!(prev, "at" | "on" | "in" | "to" | "from") {
            let after = cx.word(i + 2);
            let noun = !cx.glued(i + 2)
                && placement::change_noun(after).is_some()
                && !is_comparative(after);
            let verb = placement::change_verb(prev).is_some() && after != "of";
            // "one point lower than a week ago", "one point down on the month", "one
            // point behind Labour": a margin in points, as "1 point lower" is.
            let margin = !cx.glued(i + 2)
                && (matches!(after, "lower" | "higher" | "down" | "up")
                    && matches!(
                        cx.word_bytes(i + 3),
                        b"than" | b"on" | b"from" | b"since" | b"in"
                    )
                    || matches!(after, "ahead" | "behind"));
            if noun || verb || margin {
                return true;
            }
        }
        // "patients need one every four weeks": the thing needed, named before.
        if matches!(next, "every" | "each")
            && matches!(
                prev,
                "need"
                    | "needs"
                    | "needed"
                    | "require"
                    | "requires"
                    | "required"
                    | "take"
                    | "takes"
                    | "took"
                    | "get"
                    | "gets"
                    | "got"
                    | "receive"
                    | "receives"
                    | "received"
            )
        {
            return false;
        }
        // "or one for every 2,300 patients": a rate of one thing per so many.
        if next == "for" && cx.word_is(i + 2, "every") {
            return true;
        }
        if next.is_empty() {
            // "one." "one," as a pronoun; "one %" or a hyphen compound is handled elsewhere.
            return cx.punct_is(i + 1, "-") || cx.punct_is(i + 1, "%");
        }
        // "eight showed slower inflation, three faster and one was unchanged", "two died
        // and one was hurt": the last of a run of counts that each open a clause.
        if matches!(next, "was" | "is" | "had" | "has")
            && (matches!(prev, "and" | "while" | "but") || i >= 1 && cx.punct_is(i - 1, ","))
            && self.out[self.first..].iter().any(|d| {
                d.kind == FigureKind::Count
                    && d.a == d.core
                    && (d.a == 0 || cx.punct_is(d.a - 1, ",") || cx.punct_is(d.a - 1, ";"))
            })
        {
            return true;
        }
        !matches!(
            next,
            "of" | "another"
                | "anyone"
                | "is"
                | "was"
                | "who"
                | "that"
                | "which"
                | "would"
                | "could"
                | "can"
                | "might"
                | "should"
                | "must"
                | "may"
                | "will"
                | "does"
                | "did"
                | "has"
                | "had"
                | "thing"
                | "way"
                | "hand"
                | "day"
                | "point"
                | "or"
                | "after"
                | "by"
                | "at"
                | "time"
                | "side"
                // "one off gains", "a one off payment": "one-off" written apart.
                | "off"
                | "and"
                | "to"
                | "in"
                | "on"
                | "for"
                | "with"
                | "said"
        )
    }

    /// The "in" after one or two words that name a singular thing from `k` on ("pupil in",
    /// "reported theft in"), as in "one pupil in five"; not after a unit, a scale, a
    /// plural or a function word ("one pct in 1986", "one mln tonnes in").
    fn noun_before_in(&self, k: usize) -> Option<usize> {
        let cx = self.cx;
        let word = |t: usize| {
            cx.is(t, TokKind::Word)
                && !cx.capital(t)
                && !is_function_word(cx.word(t))
                && number::small(cx.word(t)).is_none()
                && number::word_scale(cx.word(t)).is_none()
                && super::unit::unit_word(cx.word(t)).is_none()
        };
        let singular = |t: usize| {
            let w = cx.word_bytes(t);
            !w.ends_with(b"s") || w.ends_with(b"ss")
        };
        if word(k) && singular(k) && cx.word_is(k + 1, "in") {
            return Some(k + 1);
        }
        (word(k) && word(k + 1) && singular(k + 1) && cx.word_is(k + 2, "in")).then_some(k + 2)
    }

    /// A fraction in words at `k` with nothing around it checked ("a quarter",
    /// "two-thirds", "three fifths"): its value and end.
    fn simple_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let cx = self.cx;
        let numer = match cx.word(k) {
            "a" | "an" | "one" => 1.0,
            w => f64::from(number::small(w).filter(|&n| n > 1 && n < 20)?),
        };
        let j = if cx.punct_is(k + 1, "-") && cx.glued(k + 1) && cx.glued(k + 2) {
            k + 2
        } else {
            k + 1
        };
        let dw = cx.word(j);
        let denom = number::denominator(dw)?;
        let plural = dw.ends_with('s');
        (numer < denom && (numer > 1.5) == plural).then_some((numer / denom, j + 1))
    }

    /// Whether the words from `i` to `b` restate as a share the figure just before them,
    /// set off by commas: "45, or a quarter, said", "12,000, or a third.".
    fn restates_the_figure_before(&self, i: usize, b: usize) -> bool {
        let cx = self.cx;
        i >= 2
            && i - 2 >= self.floor
            && cx.word_is(i - 1, "or")
            && cx.punct_is(i - 2, ",")
            && !cx.is(b, TokKind::Word)
            && self.out[self.first..].last().is_some_and(|p| {
                p.b + 2 == i && !matches!(p.kind, FigureKind::Year | FigureKind::Date)
            })
    }

    fn fraction(&mut self, i: usize) -> Option<usize> {
        let cx = self.cx;
        let w = cx.low(i);
        // "between a quarter and a half": one range of ratios.
        if i > self.floor
            && cx.word_is(i - 1, "between")
            && let Some((low, e1)) = self.simple_fraction(i)
            && cx.word_is(e1, "and")
            && let Some((high, e2)) = self.simple_fraction(e1 + 1)
        {
            self.out.push(Draft {
                a: i - 1,
                b: e2,
                core: i,
                kind: FigureKind::Ratio,
                value: Value::Range(low.min(high), low.max(high)),
                rounding: 0.0,
                hedge: Hedge::Range,
                unit: None,
                direction: None,
                pair: false,
            });
            return Some(e2);
        }
        let numer = match w {
            "a" | "an" | "one" => 1.0,
            _ => f64::from(number::small(w).filter(|&n| n > 0 && n < 20)?),
        };
        // "one in five", "two out of three", "one in 10".
        if w != "a" && w != "an" {
            let (j, ()) = match (cx.word(i + 1), cx.word(i + 2)) {
                // "one in every five", "two out of three"
                ("in", "every") | ("out", "of") => (i + 3, ()),
                ("in", _) => (i + 2, ()),
                // "one-in-four"
                ("", "in")
                    if cx.punct_is(i + 1, "-")
                        && cx.glued(i + 1)
                        && cx.punct_is(i + 3, "-")
                        && cx.glued(i + 3) =>
                {
                    (i + 4, ())
                }
                _ => (usize::MAX, ()),
            };
            // "one pupil in five", "one reported theft in 18": the thing counted may
            // stand between "one" and "in".
            let named = if j == usize::MAX && w == "one" {
                self.noun_before_in(i + 1)
            } else {
                None
            };
            let j = match named {
                Some(n) if cx.word_is(n + 1, "every") => n + 2,
                Some(n) => n + 1,
                None => j,
            };
            if j != usize::MAX {
                let denom = if let Some(n) = number::small(cx.word(j)) {
                    Some(f64::from(n))
                } else if cx.is(j, TokKind::Num) {
                    // "one in 2,500 births": a grouped number may be larger.
                    self.digits_at(j)
                        .filter(|d| d.decimals == 0 && (d.value <= 1000.0 || d.grouped))
                        .map(|d| d.value)
                        .filter(|&v| v >= 2.0)
                } else {
                    None
                };
                if let Some(d) = denom.filter(|&d| d > numer) {
                    // A hundred or thousand after ("one in ten thousand") is part of it.
                    let mut end = j + 1;
                    let mut d = d;
                    while let Some(s) = number::word_scale(cx.word(end)) {
                        d *= s;
                        end += 1;
                    }
                    // "one goal in 10 games": a plural noun after the second number
                    // counts other things, and the two are counts.
                    // But "One adult in five smokes", "one child in four lives in
                    // poverty": opening the sentence, the phrase is the subject and
                    // the word in -s its verb.
                    let opens = i == self.floor
                        || i > self.floor && matches!(cx.punct_bytes(i - 1), b"," | b";" | b":")
                        || i > self.floor && cx.word_is(i - 1, "that");
                    // ("One goal in 10 games is poor": a verb after the plural.)
                    let opens = opens
                        && !matches!(
                            cx.word_bytes(end + 1),
                            b"is" | b"was" | b"are" | b"were" | b"has" | b"have" | b"had"
                        );
                    let other_things = named.is_some()
                        && !opens
                        && cx.is(end, TokKind::Word)
                        && cx.word_bytes(end).ends_with(b"s")
                        && !is_function_word(cx.word(end));
                    // "take no more than eight in 24 hours": a span of time after the
                    // second number is the period, and the two are a count and a
                    // duration ("one in five days" stays a share of the days).
                    let period = numer > 1.5
                        && matches!(
                            cx.word_bytes(end),
                            b"hours" | b"days" | b"weeks" | b"months" | b"years" | b"minutes"
                        );
                    if !other_things && !period {
                        return self.push_ratio(i, end, numer / d);
                    }
                }
            }
        }
        // "a third", "two-thirds", "three quarters", "one-fifth".
        let (j, glued) = if cx.punct_is(i + 1, "-") && cx.glued(i + 1) && cx.glued(i + 2) {
            (i + 2, true)
        } else {
            (i + 1, false)
        };
        let dw = cx.word(j);
        let denom = number::denominator(dw)?;
        // "a quarter-point cut", "three-quarters of a percentage point".
        if numer < denom
            && let Some((end, factor)) = self.point_after(j + 1)
        {
            // "two quarter-point cuts": two cuts of a quarter point, not half a point.
            if numer > 1.5 && !dw.ends_with('s') {
                return None;
            }
            // "a half-point cut": the article is the cut's, as in "a 48-bed ward".
            // Not "by a quarter-point to 7-3/4 pct", where it is the size itself.
            let compound = !glued
                && matches!(w, "a" | "an")
                && cx.punct_is(j + 1, "-")
                && cx.is(end, TokKind::Word)
                && !is_function_word(cx.word(end))
                && !cx.word(end).ends_with("ly");
            return self.push_point_fraction(
                if compound { j } else { i },
                end,
                numer / denom * factor,
            );
        }
        if dw == "half" || dw == "halves" {
            // "one and a half" is a numeral, "a half" a fraction.
            // "a half-marathon", "a half-hour" name a thing, not a share.
            let compound = cx.glued(j + 1) && cx.punct_is(j + 1, "-");
            if (w == "a" || w == "one" || w == "an")
                && (cx.word_is(j + 1, "of") || !cx.is(j + 1, TokKind::Word) && !compound)
            {
                return self.push_ratio(i, j + 1, 0.5);
            }
            return None;
        }
        let plural = dw.ends_with('s');
        if numer >= denom {
            // "four quarters" is a year, not a fraction.
            return None;
        }
        if numer > 1.5 && !plural || numer < 1.5 && plural {
            return None;
        }
        // "a third-set tiebreak", "a fourth-round tie": an ordinal in a compound.
        if cx.punct_is(j + 1, "-")
            && cx.glued(j + 1)
            && cx.glued(j + 2)
            && cx.is(j + 2, TokKind::Word)
        {
            return None;
        }
        // "a third of", "a quarter of the", "cut by a third": not "a third term".
        let next = cx.word(j + 1);
        let after_by = i > self.floor && cx.word_is(i - 1, "by");
        let next_ok = next.is_empty()
            || matches!(
                next,
                "of" | "the"
                    | "more"
                    | "less"
                    | "fewer"
                    | "higher"
                    | "lower"
                    | "since"
                    | "in"
                    | "from"
                    | "to"
                    | "over"
                    | "last"
                    | "this"
                    | "on"
                    | "compared"
                    | "and"
                    | "or"
                    | "between"
                    | "than"
                    | "its"
                    | "their"
                    | "were"
                    | "are"
                    | "was"
                    | "is"
                    | "had"
                    | "have"
            )
            // "cut by a fifth after scientists' warning": a word that opens a phrase of
            // time or cause, where an ordinal would have its noun ("quarters" before
            // one are periods: "the first two quarters because of").
            // "fell by a quarter during lockdown": after "by", a quarter is a fraction.
            || (!dw.starts_with("quarter") || !plural && after_by)
                && matches!(next, "after" | "amid" | "following" | "despite" | "during")
            // "falls by a fifth as arrests rise", "fell by a third while": after "by",
            // a word that opens a clause follows a fraction, never an ordinal's noun.
            // So do "by", "within", "until" and "if" ("cut that by a sixth by 2030").
            || !plural
                && after_by
                && matches!(
                    next,
                    "as" | "while"
                        | "but"
                        | "because"
                        | "when"
                        | "before"
                        | "with"
                        | "by"
                        | "within"
                        | "until"
                        | "if"
                );
        // "up from a quarter a year ago", "from a fifth in March", after another share:
        // a fraction again.
        let after_share = i > self.floor
            && matches!(cx.word_bytes(i - 1), b"from" | b"to")
            && (!cx.is(j + 1, TokKind::Word)
                || matches!(next, "a" | "an" | "last" | "this")
                || next == "in"
                    && (number::month_bytes(cx.text_bytes(j + 2)).is_some()
                        || self.digits_at(j + 2).is_some_and(|d| d.year_like())))
            && self.out[self.first..]
                .iter()
                .any(|p| matches!(p.kind, FigureKind::Ratio | FigureKind::Percent));
        // "more than a third qualify", "nearly a fifth said": a hedge makes it a share.
        let hedged = matches!(
            self.hedge_start(i),
            Some((
                Hedge::Over
                    | Hedge::Under
                    | Hedge::Approx
                    | Hedge::AtLeast
                    | Hedge::UpTo
                    | Hedge::Nearly,
                _
            ))
        );
        // "a two thirds majority", "two fifths stake": written without the hyphen, a
        // plural fraction of two or more parts is a share whatever noun follows. Not
        // quarters, which also count periods.
        let plural_share = plural && numer > 1.5 && !dw.starts_with("quarter");
        if !next_ok
            && !glued
            && !after_share
            && !hedged
            && !plural_share
            && !self.share_as_subject(i, j + 1)
        {
            return None;
        }
        // "the first two quarters", "the past three quarters of 1986": after a word that
        // places them in time, quarters are periods, not a share.
        if dw.starts_with("quarter")
            && plural
            && i >= 1
            && matches!(
                // The word before may have been read as an ordinal of its own.
                cx.low(i - 1),
                "first"
                    | "last"
                    | "past"
                    | "previous"
                    | "preceding"
                    | "next"
                    | "following"
                    | "coming"
                    | "remaining"
                    | "final"
                    | "opening"
                    | "latest"
                    | "recent"
            )
        {
            return None;
        }
        if dw.starts_with("quarter")
            && !plural
            && next != "of"
            && self.hedge_start(i).is_none()
            && !(i > self.floor && cx.word_is(i - 1, "by"))
            // "a rise of a quarter": the size of a change (not "the best growth of a
            // quarter").
            && !(i > self.floor + 2
                && cx.word_is(i - 1, "of")
                && placement::change_noun(cx.low(i - 2)).is_some()
                && matches!(cx.word_bytes(i - 3), b"a" | b"an"))
            && !after_share
            && !self.restates_the_figure_before(i, j + 1)
            && !(cx.punct_is(j + 1, "(")
                && self.digits_at(j + 2).is_some()
                && (j + 3..j + 6).any(|k| cx.punct_is(k, ")") && cx.word_is(k + 1, "of")))
        {
            // "a quarter" alone is usually three months.
            return None;
        }
        // "added a third of a cent", "a quarter of a penny": money.
        if cx.word_is(j + 1, "of")
            && cx.word_is(j + 2, "a")
            && let Some((code, factor)) = match cx.word(j + 3) {
                "cent" => Some(("USD", 0.01)),
                "penny" => Some(("GBP", 0.01)),
                _ => None,
            }
        {
            let (hedge, a) = self.hedge_start(i).unwrap_or((Hedge::Exact, i));
            self.out.push(Draft {
                a,
                b: j + 4,
                core: i,
                kind: FigureKind::Money,
                value: Value::Number(numer / denom * factor),
                rounding: 0.0,
                hedge,
                unit: Some(code),
                direction: None,
                pair: false,
            });
            return Some(j + 4);
        }
        // "a quarter of a million", "a quarter of a billion pounds": an amount.
        if cx.word_is(j + 1, "of")
            && matches!(cx.word_bytes(j + 2), b"a" | b"an")
            && let Some(scale) = number::word_scale(cx.word(j + 3))
        {
            let value = numer / denom * scale;
            return self.quantity_from(Amount {
                a: i,
                core: i,
                b: j + 4,
                value,
                rounding: number::whole_rounding(value),
                currency: None,
                scaled: Some(scale),
                digits: None,
                signed: None,
            });
        }
        self.push_ratio(i, j + 1, numer / denom)
    }

    // ----------------------------------------------------------------------------------
    // Quantities
    // ----------------------------------------------------------------------------------

    fn quantity(&mut self, i: usize) -> Option<usize> {
        let cx = self.cx;
        let d = self.digits_at(i)?;
        // "1 in 4 rape cases": a ratio in digits; "1 in 10,000 births" and "1 in 292.2
        // million" (a lottery's odds) carry their grouping or scale. Punctuation that
        // ends a phrase may close it ("1 in 45,057,474, and"); nothing else glued on
        // ("1 in 4-5", "1 in 10m").
        if d.decimals == 0
            && (1.0..=20.0).contains(&d.value)
            && cx.word_is(i + 1, "in")
            && cx.is(i + 2, TokKind::Num)
            && (!cx.glued(i + 3) || matches!(cx.punct(i + 3), "," | "." | ";" | ":" | ")"))
            && let Some(den) = self.digits_at(i + 2)
            && !cx.punct_is(i + 3, "%")
        {
            let scale = number::word_scale(cx.word(i + 3)).filter(|&s| s >= 1e3);
            let (den_value, end) = match scale {
                Some(s) => (den.value * s, i + 4),
                None => (den.value, i + 3),
            };
            if (den.decimals == 0 || scale.is_some())
                && !den.year_like()
                && den_value > d.value
                && (den_value <= 1000.0 || den.grouped || scale.is_some())
            {
                return self.push_ratio(i, end, d.value / den_value);
            }
        }
        // "aged 45", "Daniel Hart, 34, of Leeds": an age in years.
        if i > self.floor
            && (cx.word_is(i - 1, "aged")
                // "at the age of 79", "at age 16".
                || i >= 2 && cx.word_is(i - 1, "age") && cx.word_is(i - 2, "at")
                || i >= 3
                    && cx.word_is(i - 1, "of")
                    && cx.word_is(i - 2, "age")
                    && cx.word_is(i - 3, "the")
                // "she joined the BBC at 21 and", "left school at 16.": a life event at
                // an age.
                || i >= 2
                    && cx.word_is(i - 1, "at")
                    && d.whole_len <= 2
                    // "joined the call at 9" is a time.
                    && d.value >= 13.0
                    && (!cx.is(i + 1, TokKind::Word) && !cx.is(i + 1, TokKind::Num)
                        && !matches!(cx.punct(i + 1), "%" | "-" | ":")
                        || cx.word_is(i + 1, "and"))
                    && (i.saturating_sub(5)..i - 1).any(|t| {
                        t >= self.floor
                            && (matches!(
                                cx.word_bytes(t),
                                b"joined" | b"married" | b"retired" | b"emigrated" | b"debuted"
                            ) || cx.word_is(t, "left")
                                && matches!(
                                    cx.word_bytes(t + 1),
                                    b"school" | b"home" | b"university" | b"college"
                                ))
                    })
                // "aged 19 and 21": the second age.
                || i >= 3
                    && cx.word_is(i - 1, "and")
                    && cx.is(i - 2, TokKind::Num)
                    && cx.word_is(i - 3, "aged")
                || self.age_in_commas(i, &d)
                // "the victim, who was 23, died": an age after "who was".
                || i >= 2
                    && matches!(cx.word_bytes(i - 1), b"was" | b"is")
                    && cx.word_is(i - 2, "who")
                    && d.whole_len <= 3
                    && (matches!(cx.punct(i + 1), "," | "." | ";" | ")")
                        || matches!(cx.word_bytes(i + 1), b"when" | b"at" | b"and")))
            && d.decimals == 0
            && d.value < 130.0
            && (!matches!(cx.word_bytes(i + 1), b"to" | b"and" | b"or")
                // "aged 19 and 21": two ages, not a range.
                || cx.word_is(i + 1, "and")
                    && cx.is(i + 2, TokKind::Num)
                    && !cx.is(i + 3, TokKind::Word)
                // "joined the BBC at 21 and stayed": a clause goes on (but "65 and
                // over" is a bound).
                || cx.word_is(i + 1, "and")
                    && cx.word_is(i - 1, "at")
                    && cx.is(i + 2, TokKind::Word)
                    && !matches!(
                        cx.word_bytes(i + 2),
                        b"over" | b"older" | b"above" | b"under" | b"younger" | b"up" | b"below"
                    ))
            && !matches!(cx.punct(i + 1), "-" | "–")
        {
            self.out.push(Draft {
                a: i,
                b: i + 1,
                core: i,
                kind: FigureKind::Duration,
                value: Value::Number(d.value),
                rounding: 0.5,
                hedge: Hedge::Exact,
                unit: Some("year"),
                direction: None,
                pair: false,
            });
            return Some(i + 1);
        }
        // "magnitude 7.5".
        if i > self.floor && cx.word_is(i - 1, "magnitude") {
            self.out.push(Draft {
                a: i - 1,
                b: i + 1,
                core: i,
                kind: FigureKind::Measure,
                value: Value::Number(d.value),
                rounding: d.rounding(false),
                hedge: Hedge::Exact,
                unit: Some("magnitude"),
                direction: None,
                pair: false,
            });
            return Some(i + 1);
        }
        let amt = self.amount_at(i)?;
        self.quantity_from(amt)
    }

    /// Whether the whole number at `i` is an age set in commas after a person: a full
    /// name ("Daniel Hart, 34, of Leeds") or a noun for a person ("The defender, 29,
    /// has signed"). A single capitalised word may be a place in a list of counts
    /// ("Ohio, 34, and Texas, 29"), so it is not enough.
    fn age_in_commas(&self, i: usize, d: &Digits) -> bool {
        let cx = self.cx;
        if i < 2
            || d.decimals != 0
            || d.whole_len > 3
            || !(1.0..120.0).contains(&d.value)
            || !cx.punct_is(i - 1, ",")
            || !cx.punct_is(i + 1, ",")
        {
            return false;
        }
        let full_name = i >= 3
            && cx.capital(i - 2)
            && cx.capital(i - 3)
            && !is_function_word(cx.low(i - 2))
            && !is_function_word(cx.low(i - 3))
            && number::month_bytes(cx.text_bytes(i - 2)).is_none();
        // "Chepng'etich, 30,", "O'Neill, 45,": a surname with an apostrophe inside.
        let apostrophe_name = i >= 4
            && cx.is(i - 2, TokKind::Word)
            && cx.glued(i - 2)
            && matches!(cx.punct(i - 3), "'" | "’")
            && cx.glued(i - 3)
            && cx.capital(i - 4)
            && cx.is(i - 4, TokKind::Word);
        let person = matches!(
            cx.word_bytes(i - 2),
            b"man"
                | b"woman"
                | b"boy"
                | b"girl"
                | b"teenager"
                | b"mother"
                | b"father"
                | b"driver"
                | b"victim"
                | b"suspect"
                | b"defendant"
                | b"defender"
                | b"striker"
                | b"midfielder"
                | b"goalkeeper"
                | b"forward"
                | b"winger"
                | b"player"
                | b"captain"
                | b"actor"
                | b"actress"
                | b"singer"
                | b"president"
                | b"councillor"
                | b"councilman"
                | b"councilwoman"
                | b"chairman"
                | b"chairwoman"
                | b"leader"
                | b"officer"
                | b"nurse"
                | b"teacher"
                | b"mayor"
                | b"senator"
                | b"candidate"
                | b"founder"
                | b"owner"
                | b"athlete"
                | b"runner"
                | b"pensioner"
                | b"student"
                | b"pupil"
                | b"worker"
                | b"patient"
                | b"resident"
                | b"coach"
                | b"manager"
                | b"cyclist"
                | b"boxer"
                | b"author"
                | b"presenter"
                | b"grandmother"
                | b"grandfather"
                | b"son"
                | b"daughter"
                | b"wife"
                | b"husband"
        );
        // "Chepng'etich, 30, won", "the president, 72, faces": a verb in the past or
        // the present after the age.
        let after = cx.word(i + 2);
        let verb_after = after.len() > 4 && after.ends_with("ed")
            || matches!(
                after,
                "won"
                    | "wins"
                    | "took"
                    | "made"
                    | "became"
                    | "says"
                    | "told"
                    | "faces"
                    | "lives"
                    | "works"
                    | "finished"
                    | "ran"
                    | "set"
                    | "broke"
                    | "left"
                    | "joined"
            );
        let single_name = apostrophe_name
            || cx.capital(i - 2)
                && cx.is(i - 2, TokKind::Word)
                && !is_function_word(cx.low(i - 2))
                && number::month_bytes(cx.text_bytes(i - 2)).is_none()
                && (i == 2 || !cx.capital(i - 3) && !cx.is(i - 3, TokKind::Num));
        if (full_name || person || single_name) && verb_after {
            return true;
        }
        // "Lee Marsh, 29, six years and Kyle Tate, 23, five years": a full name in a
        // round-up of terms, its verb left out.
        if full_name && (cx.is(i + 2, TokKind::Num) || number::small(after).is_some()) {
            return true;
        }
        // "Jones, 52, of Swansea": a surname opening the sentence.
        let opening_name = i == 2 && single_name;
        (full_name || person || apostrophe_name || opening_name)
            && matches!(
                cx.word_bytes(i + 2),
                b"of"
                    | b"from"
                    | b"who"
                    | b"and"
                    | b"was"
                    | b"is"
                    | b"has"
                    | b"had"
                    | b"were"
                    | b"are"
                    | b"will"
                    | b"said"
                    | b"denies"
                    | b"denied"
                    | b"admitted"
                    | b"appeared"
                    | b"died"
                    | b"with"
                    | b"in"
                    | b"at"
                    | b"on"
                    | b"after"
                    | b"a"
                    | b"an"
                    | b"the"
            )
    }

    /// The currency of letters glued before the digits at `i`: "SFr2.5bn", "Rs500".
    /// A bare "R" is rand only where the figure reads as money: written in hundredths
    /// or with thousands separators ("R23.71", "R1,500"), scaled ("R2bn", "R2 billion"), or after a
    /// word that hedges or prices an amount ("roughly R150", "costs R950"); "the R40"
    /// and "R101" stay names.
    fn glued_currency(&self, i: usize, d: &Digits) -> Option<&'static str> {
        let cx = self.cx;
        if i == 0 || i - 1 < self.floor || !cx.glued(i) || !cx.is(i - 1, TokKind::Word) {
            return None;
        }
        // The letters start a word: "ZR150" is a code.
        if i - 1 > 0 && cx.glued(i - 1) && !cx.is(i - 2, TokKind::Punct) {
            return None;
        }
        let code = unit::glued_prefix(cx.text(i - 1))?;
        if code != "ZAR" {
            return Some(code);
        }
        // "R2bn", and "R2 billion" with a scale of millions or more: "R2 thousand"
        // is no way to write money.
        let scaled = cx.is(i + 1, TokKind::Word)
            && unit::scale(cx.low(i + 1), cx.glued(i + 1), true)
                .is_some_and(|x| cx.glued(i + 1) || x >= 1e6);
        let cued = i >= 2
            && i - 2 >= self.floor
            && matches!(
                cx.word_bytes(i - 2),
                b"about"
                    | b"around"
                    | b"roughly"
                    | b"approximately"
                    | b"some"
                    | b"nearly"
                    | b"almost"
                    | b"over"
                    | b"under"
                    | b"than"
                    | b"cost"
                    | b"costs"
                    | b"costing"
                    | b"pay"
                    | b"pays"
                    | b"paid"
                    | b"paying"
                    | b"worth"
                    | b"fetched"
                    | b"earn"
                    | b"earns"
                    | b"earned"
                    | b"charge"
                    | b"charges"
                    | b"charged"
                    | b"spent"
                    | b"priced"
            );
        (d.decimals == 2 || d.grouped || scaled || cued).then_some(code)
    }

    /// The amount at digits token `i`: sign and currency before, scale and currency
    /// word after.
    fn amount_at(&self, i: usize) -> Option<Amount> {
        let cx = self.cx;
        let d = self.digits_at(i)?;
        let mut a = i;
        let mut currency = None;
        let mut signed = None;
        // Currency symbol before: "$5", "US$5", "C$ 5", "£3.50".
        if i >= 1 && i > self.floor {
            if let Some(c) = unit::currency_symbol(cx.punct(i - 1)) {
                currency = Some(c);
                a = i - 1;
                if c == "USD"
                    && i >= 2
                    && i - 2 >= self.floor
                    && cx.glued(i - 1)
                    && cx.is(i - 2, TokKind::Word)
                    && let Some(c2) = unit::dollar_prefix(cx.low(i - 2))
                {
                    currency = Some(c2);
                    a = i - 2;
                }
            } else if cx.is(i - 1, TokKind::Word)
                && !cx.glued(i)
                && let Some(c) = unit::currency_code(cx.text(i - 1))
            {
                currency = Some(c);
                a = i - 1;
            } else if let Some(c) = self.glued_currency(i, &d) {
                currency = Some(c);
                a = i - 1;
            }
        }
        // A sign glued to the number (or its symbol), not glued to what comes before.
        if a >= 1 && a > self.floor && cx.glued(a) {
            let s = cx.punct(a - 1);
            let detached = a - 1 == 0
                || cx.tok(a - 1).is_some_and(|t| t.space)
                || matches!(cx.punct_bytes(a - 2), b"(" | b"[");
            if detached && (s == "-" || s == "−" || s == "+") {
                signed = Some(if s == "+" {
                    Direction::Increase
                } else {
                    Direction::Decrease
                });
                a -= 1;
            } else if detached && s == "±" {
                // "a margin of error of ±3 points": the sign belongs to the figure, which
                // states a size, not a change.
                a -= 1;
            }
        } else if a >= 1
            && a > self.floor
            && cx.word_is(a - 1, "minus")
            && !(a >= 3 && cx.word_is(a - 2, "or") && cx.word_is(a - 3, "plus"))
        {
            signed = Some(Direction::Decrease);
            a -= 1;
        }
        let mut value = d.value;
        let mut b = i + 1;
        let mut fraction_rounding = None;
        if d.decimals == 0
            && let Some((frac, step, end)) = self.wire_fraction(i)
        {
            value += frac;
            fraction_rounding = Some(step);
            b = end;
            // "rose 1 1/8 to 34 5/8": dollars and fractions of a share price.
            if currency.is_none()
                && !matches!(
                    cx.word_bytes(end),
                    b"pct" | b"percent" | b"points" | b"point" | b"per" | b"times"
                )
                && !cx.punct_is(end, "%")
                && unit::unit_word(cx.low(end)).is_none()
                && unit::currency_word(cx.word(end)).is_none()
                && self.share_price_move(i)
                // "at 77-1/2 to 78", "fell to 3-1/2 to three pct": after a word of a
                // level, "to" and a number make a range, which keeps its own reading
                // ("rose 1 1/8 to 34 5/8" is a move and its level).
                && !(cx.word_is(end, "to")
                    && matches!(cx.word_bytes(i - 1), b"at" | b"to" | b"off")
                    && (cx.is(end + 1, TokKind::Num) || number::small(cx.word(end + 1)).is_some()))
            {
                currency = Some("USD");
            }
        } else if (1..=2).contains(&d.decimals)
            && currency.is_some()
            && cx.punct_is(i + 1, "-")
            && let Some((frac, step, end)) = self.wire_fraction(i)
        {
            // "$5.68-3/4 a bushel": grain prices in cents and fractions of a cent.
            let place = 10f64.powi(-d.decimals.cast_signed());
            value += frac * place;
            fraction_rounding = Some(step * place);
            b = end;
        } else if d.decimals == 0
            && let Some((frac, step, end)) = self.bare_fraction(i)
        {
            value = frac;
            fraction_rounding = Some(step);
            b = end;
            // "was up 7/8 at 149-1/2": a move of a share price in fractions of a dollar.
            if currency.is_none()
                && !cx.punct_is(end, "%")
                && !matches!(
                    cx.word_bytes(end),
                    b"pct" | b"percent" | b"point" | b"points" | b"percentage" | b"per"
                )
            {
                currency = Some("USD");
            }
        } else if let Some((power, end)) = self.power_of_ten(i, &d) {
            value = power;
            fraction_rounding = Some(0.0);
            b = end;
        }
        let mut scaled = None;
        // "a 109-billion dlr debt", "$109-billion": a scale in words joined by a hyphen.
        if cx.punct_is(b, "-")
            && cx.glued(b)
            && cx.glued(b + 1)
            && (number::word_scale(cx.word(b + 1)).is_some()
                || matches!(cx.word_bytes(b + 1), b"mln" | b"bln" | b"mn" | b"bn"))
        {
            b += 1;
        }
        let next = cx.low(b);
        // "48.20 B USD", "3.5 M EUR": a scale letter in capitals, then a space and an
        // ISO currency code, as tables of results abroad write them.
        let letter_then_code = !cx.glued(b)
            && matches!(cx.text(b), "B" | "M" | "K")
            && cx.is(b + 1, TokKind::Word)
            && !cx.glued(b + 1)
            && !cx.text_is(b + 1, "Rs")
            && unit::currency_code(cx.text(b + 1)).is_some();
        if cx.is(b, TokKind::Word)
            && let Some(s) = unit::scale(
                next,
                cx.glued(b) || letter_then_code,
                currency.is_some() || letter_then_code,
            )
        {
            let metres = next == "m" && currency.is_none() && cx.glued(b) && d.grouped
                // "85m2", "85m²": square metres, not 85 million and a count of 2.
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && cx.glued(b + 1)
                    && matches!(cx.text(b + 1), "2" | "²")
                || next == "m" && currency.is_none() && metres_follow(cx.word_bytes(b + 1))
                // "the 400m individual medley", "the 1500m world record": an event or
                // a record named after its distance, with a word of kind between.
                || next == "m"
                    && currency.is_none()
                    && matches!(
                        cx.word_bytes(b + 1),
                        b"individual"
                            | b"world"
                            | b"olympic"
                            | b"national"
                            | b"european"
                            | b"commonwealth"
                            | b"british"
                            | b"indoor"
                            | b"outdoor"
                            | b"mixed"
                    )
                    && metres_follow(cx.word_bytes(b + 2))
                // "add 2.5 metres to the rear and rise to 7.2m at its highest point": a
                // bare "m" beside a length in metres, with no noun after it.
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && !d.grouped
                    && (!cx.is(b + 1, TokKind::Word)
                        || matches!(
                            cx.word_bytes(b + 1),
                            b"at" | b"in" | b"on" | b"and" | b"or" | b"high" | b"tall" | b"long"
                                | b"wide" | b"deep" | b"above" | b"below"
                        )
                        // "152 metres long, it advanced 16m a day": a pace in metres
                        // an hour, a day or a week (not a year, which counts visitors).
                        || matches!(cx.word_bytes(b + 1), b"a" | b"an" | b"per" | b"each" | b"every")
                            && matches!(
                                cx.word_bytes(b + 2),
                                b"minute" | b"hour" | b"day" | b"shift" | b"week"
                            ))
                    && self.sentence_mentions_metres()
                // "a 1m-high wall", "a 2.5m-long python": a size joined to its
                // dimension by a hyphen is in metres ("a 1m-strong crowd" is not).
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && cx.punct_is(b + 1, "-")
                    && cx.glued(b + 1)
                    && cx.glued(b + 2)
                    && matches!(
                        cx.word_bytes(b + 2),
                        b"high" | b"tall" | b"long" | b"wide" | b"deep" | b"thick"
                    )
                // "the 310m (1,017ft) tower": a length converted into feet or yards
                // in brackets right after it.
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && cx.punct_is(b + 1, "(")
                    && cx.is(b + 2, TokKind::Num)
                    && matches!(
                        cx.word_bytes(b + 3),
                        b"ft" | b"feet" | b"foot" | b"yards" | b"yd" | b"yds" | b"in" | b"inches"
                    )
                // "touched down at 1m per second": a speed in metres.
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && cx.word_is(b + 1, "per")
                    && matches!(cx.word_bytes(b + 2), b"second" | b"sec" | b"s")
                // "cleared 2.01m", "threw 68.5m": a jump or throw is in metres.
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && d.value < 1000.0
                    && !matches!(cx.word_bytes(b + 1), b"in" | b"of" | b"worth" | b"shares")
                    && matches!(
                        cx.word_bytes(i.wrapping_sub(1)),
                        b"cleared"
                            | b"clearing"
                            | b"jumped"
                            | b"jumping"
                            | b"threw"
                            | b"throwing"
                            | b"vaulted"
                            | b"leapt"
                            | b"leaped"
                            | b"hurled"
                    )
                // "ran 100m in 10.72 seconds", "swam the 200m in 1:54".
                || next == "m"
                    && currency.is_none()
                    && (matches!(
                        cx.word_bytes(i.wrapping_sub(1)),
                        b"ran" | b"run" | b"runs" | b"swam" | b"swim" | b"swims" | b"sprinted"
                    ) || cx.word_is(i.wrapping_sub(1), "the")
                        && matches!(cx.word_bytes(i.wrapping_sub(2)), b"ran" | b"won" | b"swam" | b"run"))
                    && cx.word_is(b + 1, "in")
                    && cx.is(b + 2, TokKind::Num)
                // "to win the 100m.", "gold in the 400m,": a race named at a clause's end,
                // or before a verb or a phrase of time or place ("the record in the
                // 100m has stood since 2009", "won the 100m at the Olympics").
                || next == "m"
                    && currency.is_none()
                    && (!cx.is(b + 1, TokKind::Word)
                        || matches!(
                            cx.word_bytes(b + 1),
                            b"has" | b"had" | b"is" | b"was" | b"at" | b"since" | b"on" | b"this" | b"last"
                        ))
                    && [60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 5000.0, 10000.0]
                        .contains(&d.value)
                    && cx.word_is(i.wrapping_sub(1), "the")
                    && matches!(
                        cx.word_bytes(i.wrapping_sub(2)),
                        b"won" | b"win" | b"wins" | b"winning" | b"ran" | b"run" | b"swam" | b"in"
                    )
                // "after running the last 400m in 64 seconds", "in the 400m individual
                // medley and the 1500m.": a race's distance after "the" (or "the last",
                // "the first", "the final", "the opening", "the closing"), with no noun
                // after it, in a sentence that speaks of a race.
                || next == "m"
                    && currency.is_none()
                    && cx.glued(b)
                    && RACE_DISTANCES.contains(&d.value)
                    && (cx.word_is(i.wrapping_sub(1), "the")
                        || matches!(
                            cx.word_bytes(i.wrapping_sub(1)),
                            b"last" | b"first" | b"final" | b"opening" | b"closing"
                        ) && cx.word_is(i.wrapping_sub(2), "the"))
                    && (!cx.is(b + 1, TokKind::Word)
                        || matches!(cx.word_bytes(b + 1), b"in" | b"at" | b"and" | b"or" | b"on"))
                    && self.sentence_mentions_race();
            if !metres {
                value *= s;
                scaled = Some(s);
                b += 1;
                // "₹16.13 lakh crore", "Rs 5 thousand crore": Indian scales stacked, a
                // lakh or a thousand of crores.
                if matches!(next, "lakh" | "lakhs" | "thousand")
                    && matches!(cx.word_bytes(b), b"crore" | b"crores")
                {
                    value *= 1e7;
                    scaled = Some(s * 1e7);
                    b += 1;
                }
            }
        }
        let mut rounding = fraction_rounding
            .unwrap_or_else(|| d.rounding(scaled.is_some()) * scaled.unwrap_or(1.0));
        // Currency after: "5 dollars", "7.5bn euros", "50 cents", "5 mln Canadian dlrs";
        // joined to the scale in a compound: "a 2.8 billion-dlr acquisition".
        if currency.is_none() {
            // "a 2-cent-a-gallon tax", "a 50-cent coin", "a 10-pound-a-week rise": the
            // currency joined to a plain number ("a 10-pound turkey" weighs, so pounds
            // need a rate after them).
            let hyphen_rate = |k: usize| {
                cx.punct_is(k, "-")
                    && cx.glued(k)
                    && cx.glued(k + 1)
                    && matches!(cx.word_bytes(k + 1), b"a" | b"an" | b"per")
            };
            let plain_compound = scaled.is_none()
                && d.decimals == 0
                && match cx.word_bytes(b + 1) {
                    b"cent" | b"dollar" | b"euro" => true,
                    b"pound" => hyphen_rate(b + 2),
                    _ => false,
                };
            let (adj_end, adj) = if (scaled.is_some() || plain_compound)
                && cx.punct_is(b, "-")
                && cx.glued(b)
                && cx.glued(b + 1)
                && unit::currency_word(cx.word(b + 1)).is_some()
            {
                (b + 1, None)
            } else {
                self.currency_adjective_at(b)
            };
            if let Some((code, factor)) = unit::currency_word(cx.word(adj_end)) {
                let w = cx.word(adj_end);
                let weight = matches!(w, "pound" | "pounds")
                    && (cx.word_is(adj_end + 1, "of") || self.weight_context(i));
                if !weight
                    && !self.threshold_mark(adj_end)
                    && (!unit::currency_word_needs_support(w)
                        || scaled.is_some()
                        || adj.is_some()
                        // A price or rate in hundredths or finer: "rose to 1.87
                        // marks", "at 1.8250 marks" ("8.5 marks out of ten" is none).
                        || d.decimals >= 2
                        || self.currency_word_in_market(a, adj_end))
                {
                    let code = adj
                        .and_then(|a| self.currency_of_adjective(a, code))
                        .unwrap_or_else(|| self.currency_of_country(code, w));
                    currency = Some(code);
                    value *= factor;
                    rounding *= factor;
                    b = adj_end + 1;
                    // "pounds sterling", "U.S. dlrs"
                    if cx.word_is(b, "sterling") {
                        b += 1;
                    }
                }
            } else if let Some(code) = unit::currency_code(cx.text(b))
                .filter(|_| cx.is(b, TokKind::Word) && !cx.glued(b) && !cx.text_is(b, "Rs"))
            {
                // "0.39 USD a share", "5,000 EUR", "20 million GBP": an ISO code after
                // the amount, as it is written in tables and wire copy from abroad.
                currency = Some(code);
                b += 1;
            } else if cx.word_is(b, "special")
                && cx.word_is(b + 1, "drawing")
                && matches!(cx.word_bytes(b + 2), b"rights" | b"right")
            {
                // "an 85 mln special drawing rights standby credit": the IMF's unit of
                // account, as "SDRs" is.
                currency = Some("XDR");
                b += 3;
            } else if cx.word_is(b, "european")
                && cx.word_is(b + 1, "currency")
                && matches!(cx.word_bytes(b + 2), b"units" | b"unit")
            {
                // "a rebate of 45.678 European currency units": the ECU written out, as
                // "Ecus" is.
                currency = Some("XEU");
                b += 3;
            } else if cx.word_is(b, "p") && cx.glued(b) && scaled.is_none() {
                currency = Some("GBP");
                value *= 0.01;
                rounding *= 0.01;
                b += 1;
            }
        }
        if signed == Some(Direction::Decrease) {
            value = -value;
        }
        Some(Amount {
            a,
            core: i,
            b,
            value,
            rounding,
            currency,
            scaled,
            digits: Some(d),
            signed,
        })
    }

    /// A power of ten written with a caret: "10^6 bacteria" is a million, "10^-3" a
    /// thousandth. Returns the value and the end.
    fn power_of_ten(&self, i: usize, d: &Digits) -> Option<(f64, usize)> {
        let cx = self.cx;
        if d.decimals != 0 || !cx.text_is(i, "10") || !cx.punct_is(i + 1, "^") || !cx.glued(i + 1) {
            return None;
        }
        let minus = cx.punct_is(i + 2, "-") && cx.glued(i + 2);
        let e = if minus { i + 3 } else { i + 2 };
        if !cx.glued(e) || !cx.is(e, TokKind::Num) {
            return None;
        }
        let exp = self
            .digits_at(e)
            .filter(|x| x.decimals == 0 && !x.grouped && x.value <= 30.0)?;
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a whole exponent of at most 30"
        )]
        let n = exp.value as i32;
        Some((10f64.powi(if minus { -n } else { n }), e + 1))
    }

    /// The currency `code` (of the currency word `word`) as a country named in the
    /// sentence makes it ("In Malawi ... 45,000 kwacha" is MWK, "Malaysian rubber prices
    /// eased to 198.5 cents" MYR), else `code`: also when the sentence names countries of
    /// two currencies ("French and Swiss banks"). Cents take a country only in a
    /// sentence that names no dollar and no American thing ("The Canadian dollar fell to
    /// 72.4 cents", "a duty of 84.9 cents per bushel on U.S. corn" stay US cents). Dollars
    /// and cents left bare after amounts in one other country's dollars are that
    /// country's ("38.2 mln Canadian dlrs, or 43 cts a share, from 31.6 mln dlrs").
    fn currency_of_country(&self, code: &'static str, word: &str) -> &'static str {
        let cx = self.cx;
        let cents = code == "USD" && matches!(word, "cents" | "cent" | "cts" | "ct");
        if code == "USD" && !cents {
            // "profit rose to 38.2 mln Canadian dlrs from 31.6 mln dlrs": a dollar left
            // bare after amounts in one country's dollars, and in no other money, is
            // that country's, as wire copy names the currency once.
            return self.dollar_of_amounts_before().unwrap_or(code);
        }
        if cents {
            let dollar = (0..cx.len()).any(|k| {
                matches!(
                    cx.word_bytes(k),
                    b"dollar" | b"dollars" | b"dlr" | b"dlrs" | b"usd" | b"us" | b"american"
                ) || (cx.word_is(k, "u") && cx.punct_is(k + 1, ".") && cx.word_is(k + 2, "s"))
            });
            if dollar {
                // "profit rose to 312.6 mln Australian dlrs, and it raised its dividend
                // to 17 cents": cents after amounts in one country's dollars, and in no
                // other money, are that country's.
                return self.dollar_of_amounts_before().unwrap_or(code);
            }
        } else if !matches!(
            code,
            "ZMW" | "KES" | "CHF" | "SEK" | "DKK" | "IQD" | "EGP" | "MXN"
        ) {
            return code;
        }
        let named = self.one_country_makes(code);
        // "Cameroon raised its price to 440 CFA francs a kilo from 420 francs": francs
        // the CFA franc's name makes CFA francs are of the zone the country is in.
        if code == "CHF" && named == "XOF" {
            self.one_country_makes(named)
        } else {
            named
        }
    }

    /// The currency the countries named in the sentence make of `code`, when they all
    /// make the same one, else `code`.
    fn one_country_makes(&self, code: &'static str) -> &'static str {
        let cx = self.cx;
        let mut named =
            (0..cx.len()).filter_map(|k| unit::currency_of_country(cx.word_bytes(k), code));
        match named.next() {
            Some(first) if named.all(|c| c == first) => first,
            _ => code,
        }
    }

    /// The currency a nationality `adj` before the currency word makes of `code`: "5
    /// mln Canadian dlrs" are CAD. "CFA francs" are of the zone a country named in the
    /// sentence is in: West African (XOF) unless it is Cameroon, Gabon or another of
    /// the central zone (XAF).
    fn currency_of_adjective(&self, adj: &str, code: &'static str) -> Option<&'static str> {
        let c = unit::currency_adjective(adj, code)?;
        Some(if c == "XOF" {
            self.one_country_makes(c)
        } else {
            c
        })
    }

    /// The one country's dollar (not the US one) that every amount of money read so
    /// far in the sentence is in, if there is one.
    fn dollar_of_amounts_before(&self) -> Option<&'static str> {
        let mut before = self.out[self.first..]
            .iter()
            .filter(|p| p.kind == FigureKind::Money)
            .map(|p| p.unit.unwrap_or(""));
        match before.next() {
            Some(first) if unit::other_dollar(first) && before.all(|c| c == first) => Some(first),
            _ => None,
        }
    }

    fn weight_context(&self, i: usize) -> bool {
        (1..=4).any(|k| {
            i.checked_sub(k).is_some_and(|j| {
                matches!(
                    self.cx.word(j),
                    "weigh"
                        | "weighs"
                        | "weighed"
                        | "weighing"
                        | "lost"
                        | "gained"
                        | "heavier"
                        | "lighter"
                        | "lose"
                        | "gain"
                )
            })
        })
    }

    /// A nationality before a currency word at `b`: returns where the currency word
    /// would be and the adjective's key.
    fn currency_adjective_at(&self, b: usize) -> (usize, Option<&'static str>) {
        let cx = self.cx;
        // "U.S. dlrs", "300 mln H.K. dlrs", "39.3 mln N.Z. Dlrs".
        if cx.punct_is(b + 1, ".") && cx.punct_is(b + 3, ".") {
            match (cx.word(b), cx.word(b + 2)) {
                ("u", "s") => return (b + 4, Some("u.s.")),
                ("h", "k") if unit::currency_word(cx.word(b + 4)).is_some() => {
                    return (b + 4, Some("kong"));
                }
                ("n", "z") if unit::currency_word(cx.word(b + 4)).is_some() => {
                    return (b + 4, Some("zealand"));
                }
                _ => {}
            }
        }
        let w = cx.word(b);
        match w {
            "south" if cx.word_is(b + 1, "sudanese") => {
                if unit::currency_word(cx.word(b + 2)).is_some() {
                    (b + 2, Some("south sudanese"))
                } else {
                    (b, None)
                }
            }
            "hong" if cx.word_is(b + 1, "kong") => (b + 2, Some("kong")),
            "new" if cx.word_is(b + 1, "zealand") => (b + 2, Some("zealand")),
            "west" if cx.word_is(b + 1, "german") => (b + 2, Some("german")),
            // Most words after an amount are no nationality: the currency word after
            // it is looked up first.
            _ if unit::currency_word(cx.word(b + 1)).is_none() => (b, None),
            _ => unit::currency_nationality(w).map_or((b, None), |k| (b + 1, Some(k))),
        }
    }

    /// The unit after an amount ending at `b`: kind, unit and the new end.
    fn unit_after(&self, amt: &Amount) -> (FigureKind, Option<&'static str>, usize) {
        let cx = self.cx;
        let b = amt.b;
        if let Some(c) = amt.currency {
            return (FigureKind::Money, Some(c), b);
        }
        let p = cx.punct(b);
        if p == "%" || p == "٪" {
            if matches!(cx.word_bytes(b + 1), b"points" | b"point") {
                return (
                    FigureKind::PercentagePoints,
                    Some("percentage_point"),
                    b + 2,
                );
            }
            return (FigureKind::Percent, Some("percent"), b + 1);
        }
        let w = cx.word(b);
        // "2°C", "30 °C", "212°F", "a 45° angle".
        if matches!(p, "°" | "º") {
            return match cx.word(b + 1) {
                "c" | "celsius" if cx.glued(b + 1) || cx.word_is(b + 1, "celsius") => {
                    (FigureKind::Measure, Some("celsius"), b + 2)
                }
                "f" | "fahrenheit" if cx.glued(b + 1) || cx.word_is(b + 1, "fahrenheit") => {
                    (FigureKind::Measure, Some("fahrenheit"), b + 2)
                }
                _ => (FigureKind::Measure, Some("degree"), b + 1),
            };
        }
        // "40 km2", "85 m²", "85 m2": a unit of length with its square glued after it
        // is one of area.
        let square = |unit: &str| match unit {
            "km" => Some("square_km"),
            "m" => Some("square_m"),
            "mi" => Some("square_mile"),
            "ft" => Some("square_foot"),
            _ => None,
        };
        if let Some(name) = square(w)
            && cx.glued(b + 1)
            && matches!(cx.text(b + 1), "2" | "²")
        {
            return (FigureKind::Measure, Some(name), b + 2);
        }
        if let Some(name) = w.strip_suffix('2').and_then(square) {
            return (FigureKind::Measure, Some(name), b + 1);
        }
        if w.is_empty() {
            // Hyphen compounds: "10-day", "5-year-old", "3-percent", "20-fold".
            if p == "-" && cx.glued(b) && cx.glued(b + 1) {
                let hw = cx.word(b + 1);
                if hw == "fold" {
                    return (FigureKind::Multiplier, None, b + 2);
                }
                // "a 50-basis-point cut": basis points in a compound (read in percentage
                // points by `quantity_from`).
                if hw == "basis"
                    && cx.punct_is(b + 2, "-")
                    && cx.glued(b + 2)
                    && cx.glued(b + 3)
                    && matches!(cx.word_bytes(b + 3), b"point" | b"points")
                {
                    return (
                        FigureKind::PercentagePoints,
                        Some("percentage_point"),
                        b + 4,
                    );
                }
                // "a 160-pound suspect", "a 300-pound lineman": a weight (but "a 10-pound
                // note" or "fine" is money).
                if hw == "pound"
                    && !cx.glued(b + 2)
                    && !matches!(
                        cx.word_bytes(b + 2),
                        b"note"
                            | b"notes"
                            | b"coin"
                            | b"coins"
                            | b"fine"
                            | b"fee"
                            | b"bill"
                            | b"charge"
                            | b"prize"
                            | b"ticket"
                            | b"payment"
                            | b"voucher"
                            | b"bet"
                            | b"bonus"
                            | b"price"
                            | b"cheque"
                            | b"rise"
                            | b"increase"
                            | b"cut"
                            | b"tax"
                            | b"levy"
                    )
                {
                    return (FigureKind::Measure, Some("lb"), b + 2);
                }
                if hw == "percent" {
                    return (FigureKind::Percent, Some("percent"), b + 2);
                }
                // "a 17-percentage point lead", "a 17-percentage-point lead": the
                // compound runs on to its "point".
                if hw == "percentage" {
                    let point = if cx.punct_is(b + 2, "-") && cx.glued(b + 2) && cx.glued(b + 3) {
                        b + 3
                    } else {
                        b + 2
                    };
                    if matches!(cx.word_bytes(point), b"point" | b"points") {
                        return (
                            FigureKind::PercentagePoints,
                            Some("percentage_point"),
                            point + 1,
                        );
                    }
                }
                if let Some((class, name)) = unit::unit_word(hw) {
                    let mut end = b + 2;
                    if cx.punct_is(end, "-") && cx.glued(end) && cx.word_is(end + 1, "old") {
                        end += 2;
                    }
                    return (class_kind(class), Some(name), end);
                }
                // "the poll's 3-point margin of error", "a 4.5-point swing" beside a share:
                // a poll's margins and moves are in percentage points (but "a 10-point
                // lead" in a game counts a side's points).
                if hw == "point" && !cx.glued(b + 2) && amt.value.abs() <= 100.0 {
                    let noun = cx.word(b + 2);
                    let of_error =
                        noun == "margin" && cx.word_is(b + 3, "of") && cx.word_is(b + 4, "error");
                    // "a 17-point lead in the polls": a lead in a poll is in percentage
                    // points, with or without a share beside it.
                    let lead = matches!(noun, "lead" | "leads")
                        || noun == "poll" && matches!(cx.word_bytes(b + 3), b"lead" | b"leads");
                    let poll_lead = lead
                        && (0..cx.len()).any(|k| {
                            matches!(
                                cx.word_bytes(k),
                                b"poll" | b"polls" | b"poll's" | b"polling" | b"pollster"
                            )
                        });
                    let poll_move = (noun == "swing"
                        || (lead || matches!(noun, "gap" | "margin" | "advantage" | "deficit"))
                            && self.sentence_mentions_poll())
                        && (self.percent_beside_points(amt.a) || poll_lead)
                        && !self.sentence_mentions_league();
                    if of_error || poll_move || self.move_between_shares(amt.a, noun) {
                        return (
                            FigureKind::PercentagePoints,
                            Some("percentage_point"),
                            b + 2,
                        );
                    }
                }
                // "a one-point cut in building society rates", "a 2-point fall in the
                // index": a compound in points before a change noun is the size of the
                // change, as "a one point cut" is.
                if hw == "point"
                    && !cx.glued(b + 2)
                    && placement::change_noun(cx.word(b + 2)).is_some()
                    && !is_comparative(cx.word(b + 2))
                    && !self.sentence_mentions_league()
                {
                    let (kind, unit) = self.points_of_change(amt.a, b + 2, false);
                    return (kind, Some(unit), b + 2);
                }
                // "a 48-bed ward", "a 22-storey tower": the compound names what is counted.
                if cx.is(b + 1, TokKind::Word) && !matches!(hw, "odd" | "plus") && !cx.glued(b + 2)
                {
                    return (FigureKind::Count, None, b + 2);
                }
            }
            return (FigureKind::Count, None, b);
        }
        match w {
            "per" if cx.word_is(b + 1, "cent") => {
                return (FigureKind::Percent, Some("percent"), b + 2);
            }
            "percentage" if matches!(cx.word_bytes(b + 1), b"points" | b"point") => {
                return (
                    FigureKind::PercentagePoints,
                    Some("percentage_point"),
                    b + 2,
                );
            }
            "pct" | "percent" if matches!(cx.word_bytes(b + 1), b"points" | b"point") => {
                return (
                    FigureKind::PercentagePoints,
                    Some("percentage_point"),
                    b + 2,
                );
            }
            // Basis points are read in percentage points (see `quantity_from`).
            "basis" if matches!(cx.word_bytes(b + 1), b"points" | b"point") => {
                return (
                    FigureKind::PercentagePoints,
                    Some("percentage_point"),
                    b + 2,
                );
            }
            "bp" | "bps" => {
                return (
                    FigureKind::PercentagePoints,
                    Some("percentage_point"),
                    b + 1,
                );
            }
            // "raise the levy by 1.5 mills": a property tax rate in thousandths of a
            // dollar of assessed value (but "three mills closed" counts mills).
            "mill" | "mills"
                if amt.digits.is_some()
                    && !(amt.a > self.floor
                        && matches!(
                            cx.word_bytes(amt.a - 1),
                            b"its"
                                | b"their"
                                | b"his"
                                | b"her"
                                | b"our"
                                | b"the"
                                | b"these"
                                | b"those"
                        ))
                    && self.sentence_mentions_tax() =>
            {
                return (FigureKind::Measure, Some("mill"), b + 1);
            }
            "points" | "point" | "pts" => {
                // "fell 52 points, or 0.7%": index points beside a percentage change.
                let or_percent = cx.punct_is(b + 1, ",") && cx.word_is(b + 2, "or");
                // "a margin of error of plus or minus 3 points": a poll's margin is in
                // percentage points.
                let margin = (1..=6).any(|k| {
                    amt.a.checked_sub(k).is_some_and(|j| {
                        j > self.floor && cx.word_is(j, "error") && cx.word_is(j - 1, "of")
                    })
                });
                // "scored 38 points", "held the Knicks to 39 points": points a side or a
                // player scores are counted, whatever share stands beside them.
                let scored = amt.a > self.floor
                    && (matches!(
                        cx.word_bytes(amt.a - 1),
                        b"scored" | b"scoring" | b"scores" | b"score"
                    ) || cx.word_is(amt.a - 1, "to")
                        && (2..=5).any(|k| {
                            amt.a.checked_sub(k).is_some_and(|j| {
                                j >= self.floor
                                    && matches!(
                                        cx.word_bytes(j),
                                        b"held" | b"holding" | b"limited" | b"limiting"
                                    )
                            })
                        }));
                // "held the seat by 1,432 votes after a swing of 9.8 points to Reform": a
                // swing of votes is in percentage points, with no share beside it.
                let swing = amt.a >= self.floor + 2
                    && cx.word_is(amt.a - 1, "of")
                    && matches!(cx.word_bytes(amt.a - 2), b"swing" | b"swings")
                    && self.sentence_mentions_poll()
                    && !self.sentence_mentions_league();
                // "The FTSE 100 closed 48.3 points lower at 8,273.1, and the FTSE 250
                // dropped 1.1%", "The Nikkei fell 210 points, while the Hang Seng lost
                // 1.2%": points a market index moved by are index points, whatever
                // percentage another clause gives.
                let index_move = !self.percent_in_clause(amt.a)
                    && (1..=2).any(|k| {
                        // The name is a figure of its own ("FTSE 100") that may end
                        // where this one's floor is.
                        amt.a.checked_sub(k).is_some_and(|j| {
                            j >= self.floor
                                && (placement::change_verb(cx.word(j)).is_some()
                                    || matches!(
                                        cx.word_bytes(j),
                                        b"closed" | b"ended" | b"finished" | b"opened"
                                    ))
                                && index_name_before(&cx, j)
                        })
                    });
                // "Labour gained 14pts in the latest poll": a party's move in a poll (not
                // "Gilts gained 5/16 point on the back of the opinion poll", a price).
                let poll_move = moved_in_poll(&cx, amt.a, self.floor)
                    && self.sentence_mentions_poll()
                    && !self.sentence_mentions_league()
                    && !(0..cx.len()).any(|k| {
                        matches!(
                            cx.word_bytes(k),
                            b"gilt"
                                | b"gilts"
                                | b"bond"
                                | b"bonds"
                                | b"shares"
                                | b"stocks"
                                | b"futures"
                                | b"index"
                                | b"sterling"
                                | b"treasuries"
                        )
                    });
                if amt.value.abs() <= 100.0
                    && (self.percent_beside_points(amt.a) || margin || swing || poll_move)
                    && !or_percent
                    && !scored
                    && !index_move
                {
                    return (
                        FigureKind::PercentagePoints,
                        Some("percentage_point"),
                        b + 1,
                    );
                }
                // "a one point cut in base lending rates", "a 2.5 point fall in the
                // index": a point before a change noun is the size of the change, in
                // percentage points when a rate, a share or a poll is what changed.
                if w == "point"
                    && !cx.glued(b + 1)
                    && placement::change_noun(cx.word(b + 1)).is_some()
                    && !self.sentence_mentions_league()
                {
                    let (kind, unit) = self.points_of_change(amt.a, b + 1, true);
                    return (kind, Some(unit), b + 1);
                }
                // Index points: "the FTSE fell 52 points", "at 38,402 points".
                let verb = (1..=2).find_map(|k| {
                    amt.a.checked_sub(k).filter(|&j| {
                        j >= self.floor && placement::change_verb(cx.word(j)).is_some()
                    })
                });
                let moved = verb.is_some();
                // "The Baltic freight index rose 14 points, with grain fixtures firm": an
                // index that moved moves by index points, whatever the sentence says of
                // fixtures or tables.
                let index_moved = verb.is_some_and(|j| {
                    j > self.floor
                        && matches!(cx.word_bytes(j - 1), b"index" | b"indices" | b"indexes")
                });
                // "The FTSE 100 closed 38 points lower": a move of the index said with
                // a comparative after it.
                let comparative = matches!(cx.word_bytes(b + 1), b"higher" | b"lower")
                    && amt.a > self.floor
                    && cx.is(amt.a - 1, TokKind::Word)
                    && matches!(
                        cx.word_bytes(amt.a - 1),
                        b"closed" | b"ended" | b"finished" | b"opened" | b"was" | b"is" | b"traded"
                    );
                if index_moved
                    || (moved || comparative || amt.value.abs() > 100.0)
                        && !self.sentence_mentions_league()
                {
                    return (FigureKind::Measure, Some("point"), b + 1);
                }
            }
            "c" | "f" if cx.glued(b) && cx.text_bytes(b).len() == 1 && cx.capital(b) => {
                let name = if w == "c" { "celsius" } else { "fahrenheit" };
                return (FigureKind::Measure, Some(name), b + 1);
            }
            "degrees" | "degree"
                if matches!(
                    cx.word_bytes(b + 1),
                    b"celsius" | b"centigrade" | b"fahrenheit" | b"c" | b"f"
                ) =>
            {
                let name = if cx.word_is(b + 1, "fahrenheit") || cx.word_is(b + 1, "f") {
                    "fahrenheit"
                } else {
                    "celsius"
                };
                return (FigureKind::Measure, Some(name), b + 2);
            }
            // "climbed to 127 Fahrenheit (52.8 Celsius)": the scale named alone.
            "celsius" | "centigrade" => return (FigureKind::Measure, Some("celsius"), b + 1),
            "fahrenheit" => return (FigureKind::Measure, Some("fahrenheit"), b + 1),
            // "It reached 46.1 C in Sindh", "minus 15.2 C (4.6 F)": a capital C or F
            // standing alone after a number in digits is a temperature when the
            // sentence speaks of heat or cold or gives the other scale beside it ("1600
            // C Street" and "Block 4 C" stay letters).
            "c" | "f"
                if !cx.glued(b)
                    && cx.text_bytes(b).len() == 1
                    && cx.capital(b)
                    && amt.digits.is_some()
                    && self.spaced_temperature(b) =>
            {
                let name = if w == "c" { "celsius" } else { "fahrenheit" };
                return (FigureKind::Measure, Some(name), b + 1);
            }
            "m" if cx.glued(b) => return (FigureKind::Measure, Some("m"), b + 1),
            // "fell 42.1 m (138 ft)", "stood 1.1 m tall", "a 244 m tower": a spaced "m"
            // after digits is metres when feet, yards or inches convert it in brackets
            // right after it, when a dimension follows, or when a structure follows
            // after an article ("244 m people" and "£244 m" are millions).
            "m" if cx.text_is(b, "m")
                && amt.digits.is_some()
                && amt.scaled.is_none()
                && (converted_into_feet(&cx, b + 1)
                    || matches!(
                        cx.word_bytes(b + 1),
                        b"high"
                            | b"tall"
                            | b"long"
                            | b"wide"
                            | b"deep"
                            | b"thick"
                            | b"above"
                            | b"below"
                            | b"apart"
                            | b"across"
                            | b"height"
                            | b"width"
                            | b"length"
                            | b"depth"
                    )
                    || amt.a > self.floor
                        && matches!(cx.word_bytes(amt.a - 1), b"a" | b"an" | b"the")
                        && !cx.capital(b + 1)
                        && is_structure(cx.word_bytes(b + 1))) =>
            {
                return (FigureKind::Measure, Some("m"), b + 1);
            }
            // "a 6.1in screen": inches, written glued.
            "in" if cx.glued(b) => return (FigureKind::Measure, Some("inch"), b + 1),
            // "110 mm (4.3 in) of rain", "1.5 m (5 in)": a spaced "in" closing a bracket
            // that converts a length in millimetres, centimetres or metres is inches
            // (a preposition never ends a bracket).
            "in" if amt.digits.is_some()
                && cx.punct_is(b + 1, ")")
                && amt.a >= 2
                && cx.punct_is(amt.a - 1, "(")
                && matches!(
                    cx.word_bytes(amt.a - 2),
                    b"mm"
                        | b"cm"
                        | b"m"
                        | b"millimetres"
                        | b"millimeters"
                        | b"centimetres"
                        | b"centimeters"
                        | b"metres"
                        | b"meters"
                ) =>
            {
                return (FigureKind::Measure, Some("inch"), b + 1);
            }
            "astronomical" if matches!(cx.word_bytes(b + 1), b"units" | b"unit") => {
                return (FigureKind::Measure, Some("au"), b + 2);
            }
            "nautical" if matches!(cx.word_bytes(b + 1), b"miles" | b"mile") => {
                return (FigureKind::Measure, Some("nautical_mile"), b + 2);
            }
            // "4.2 light years away", "8 billion light-years".
            "light" => {
                let hyphen = cx.punct_is(b + 1, "-") && cx.glued(b + 1) && cx.glued(b + 2);
                let unit_at = if hyphen { b + 2 } else { b + 1 };
                if matches!(cx.word_bytes(unit_at), b"years" | b"year") {
                    return (FigureKind::Measure, Some("light_year"), unit_at + 1);
                }
            }
            // "424 parts per million" of carbon dioxide in the air.
            "parts"
                if cx.word_is(b + 1, "per")
                    && matches!(cx.word_bytes(b + 2), b"million" | b"billion") =>
            {
                let name = if cx.word_is(b + 2, "million") {
                    "ppm"
                } else {
                    "ppb"
                };
                return (FigureKind::Measure, Some(name), b + 3);
            }
            // "2,700 kilowatt-hours", "5 megawatt hours", "5,000 milliamp-hours".
            "terawatt" | "gigawatt" | "megawatt" | "kilowatt" | "watt" | "milliamp"
            | "milliampere"
                if {
                    let hyphen = cx.punct_is(b + 1, "-") && cx.glued(b + 1);
                    let hours = if hyphen { b + 2 } else { b + 1 };
                    matches!(cx.word_bytes(hours), b"hours" | b"hour")
                        && (hyphen || !cx.glued(hours))
                } =>
            {
                let name = match w {
                    "terawatt" => "twh",
                    "gigawatt" => "gwh",
                    "megawatt" => "mwh",
                    "kilowatt" => "kwh",
                    "watt" => "wh",
                    _ => "mah",
                };
                let end = if cx.punct_is(b + 1, "-") {
                    b + 3
                } else {
                    b + 2
                };
                return (FigureKind::Measure, Some(name), end);
            }
            "per" | "to" | "against"
                if matches!(
                    cx.word_bytes(b + 1),
                    b"dollar" | b"euro" | b"pound" | b"yen"
                ) || (cx.word_is(b + 1, "the")
                    && matches!(
                        cx.word_bytes(b + 2),
                        b"dollar" | b"euro" | b"pound" | b"yen"
                    )) =>
            {
                // An exchange rate: "160.2 per dollar", in the currency the sentence
                // quotes ("The yen closed at 151.53 to the dollar").
                return (FigureKind::Money, self.quoted_currency(amt.a), b);
            }
            "square" | "sq" => {
                let name = match cx.word(b + 1) {
                    "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => {
                        Some("square_km")
                    }
                    "miles" | "mile" | "mi" => Some("square_mile"),
                    "feet" | "foot" | "ft" => Some("square_foot"),
                    "metres" | "meters" | "metre" | "meter" | "m" => Some("square_m"),
                    _ => None,
                };
                if let Some(n) = name {
                    return (FigureKind::Measure, Some(n), b + 2);
                }
            }
            "cubic" => {
                let name = match cx.word(b + 1) {
                    "metres" | "meters" | "metre" | "meter" | "m" => Some("cubic_m"),
                    "feet" | "foot" | "ft" => Some("cubic_foot"),
                    _ => None,
                };
                if let Some(n) = name {
                    return (FigureKind::Measure, Some(n), b + 2);
                }
            }
            // "16 billion tonne miles", "a billion tonne-kilometres": freight moved, in
            // one unit.
            "tonne" | "tonnes" | "ton" | "tons" => {
                let hyphen = cx.punct_is(b + 1, "-") && cx.glued(b + 1) && cx.glued(b + 2);
                let at = if hyphen { b + 2 } else { b + 1 };
                let name = match cx.word_bytes(at) {
                    b"miles" | b"mile" => Some("tonne_mile"),
                    b"km" | b"kilometres" | b"kilometre" | b"kilometers" | b"kilometer" => {
                        Some("tonne_km")
                    }
                    _ => None,
                };
                if let Some(n) = name {
                    return (FigureKind::Measure, Some(n), at + 1);
                }
            }
            // "orders for 1.62 mln gross tons", "a tanker of 250,000 dwt": the size of
            // ships, in gross tonnage or in tonnes of cargo.
            "gross" | "deadweight" => {
                let at = if w == "gross" && cx.word_is(b + 1, "registered") {
                    b + 2
                } else {
                    b + 1
                };
                if matches!(cx.word_bytes(at), b"tons" | b"tonnes" | b"ton" | b"tonne") {
                    let name = if w == "gross" {
                        "gross_ton"
                    } else {
                        "deadweight_tonne"
                    };
                    return (FigureKind::Measure, Some(name), at + 1);
                }
            }
            "dwt" => return (FigureKind::Measure, Some("deadweight_tonne"), b + 1),
            "grt" => return (FigureKind::Measure, Some("gross_ton"), b + 1),
            // "21,900 pounds of fentanyl", "45.5 mln pounds of copper": pounds of a
            // thing weigh it (the amount took no currency from them).
            "pounds" | "pound" if cx.word_is(b + 1, "of") => {
                return (FigureKind::Measure, Some("lb"), b + 1);
            }
            // "120,000 mt of copper concentrate": metric tonnes in wire copy ("1.2 mt",
            // million tonnes, is scaled by `quantity_from`).
            "mt" if !(cx.text_bytes(b) == b"Mt" && cx.capital(b + 1)) => {
                return (FigureKind::Measure, Some("tonne"), b + 1);
            }
            "metric" | "short" | "long" | "troy"
                if matches!(
                    cx.word_bytes(b + 1),
                    b"tons" | b"tonnes" | b"ton" | b"tonne" | b"ounces" | b"ounce"
                ) =>
            {
                let (_, name) =
                    unit::unit_word(cx.word(b + 1)).unwrap_or((UnitClass::Measure, "tonne"));
                return (FigureKind::Measure, Some(name), b + 2);
            }
            "times" if amt.signed.is_none() => {
                let next = cx.word(b + 1);
                let frac = amt.value.fract() != 0.0;
                if frac
                    || matches!(
                        next,
                        "as" | "more"
                            | "higher"
                            | "larger"
                            | "bigger"
                            | "greater"
                            | "the"
                            | "faster"
                            | "that"
                            | "over"
                            | "what"
                            | "lower"
                            | "smaller"
                            | "less"
                            | "longer"
                            | "cheaper"
                            | "stronger"
                            // "seven times hotter than the Sun", "three times heavier".
                            | "hotter"
                            | "colder"
                            | "warmer"
                            | "heavier"
                            | "lighter"
                            | "brighter"
                            | "deeper"
                            | "wider"
                            | "taller"
                            | "louder"
                            | "denser"
                            | "quicker"
                            | "likelier"
                            | "deadlier"
                            | "costlier"
                            | "dearer"
                            | "better"
                            | "worse"
                            | "slower"
                            | "fewer"
                            | "earnings"
                            | "forward"
                            | "trailing"
                            | "revenue"
                            | "revenues"
                            | "sales"
                            | "income"
                            | "salary"
                            | "average"
                            | "median"
                            | "annual"
                            | "normal"
                            | "usual"
                            | "its"
                            | "their"
                            | "those"
                            | "his"
                            | "her"
                            | "our"
                    )
                    // "more than 14 times local earnings", "nine times household
                    // income": a sum of pay or takings, bare or after one word.
                    || [b + 1, b + 2].into_iter().any(|t| {
                        (t == b + 1 || cx.is(b + 1, TokKind::Word) && !cx.capital(b + 1))
                            && matches!(
                                cx.word_bytes(t),
                                b"earnings"
                                    | b"income"
                                    | b"incomes"
                                    | b"salary"
                                    | b"salaries"
                                    | b"wages"
                                    | b"pay"
                                    | b"revenue"
                                    | b"revenues"
                                    | b"sales"
                                    | b"profits"
                                    | b"rent"
                                    | b"rents"
                            )
                    })
                {
                    return (FigureKind::Multiplier, None, b + 1);
                }
            }
            "x" if cx.glued(b) => return (FigureKind::Multiplier, None, b + 1),
            // "14 metres grading 9.2 g/t gold", "5.1g/t": the grade of ore, in grams a
            // tonne.
            "g" if cx.text_is(b, "g")
                && cx.punct_is(b + 1, "/")
                && cx.glued(b + 1)
                && cx.text_is(b + 2, "t")
                && cx.glued(b + 2) =>
            {
                return (FigureKind::Measure, Some("gram_per_tonne"), b + 3);
            }
            "gram" | "grams"
                if cx.word_is(b + 1, "per")
                    && matches!(cx.word_bytes(b + 2), b"tonne" | b"ton") =>
            {
                return (FigureKind::Measure, Some("gram_per_tonne"), b + 3);
            }
            // "10g of processed meat": a lower-case "g" glued on is grams ("5G" is a
            // network).
            "g" if cx.glued(b) && cx.text_is(b, "g") => {
                return (FigureKind::Measure, Some("gram"), b + 1);
            }
            // "69.4Mbit/s", "1Gbit/s": a data rate.
            "kbit" | "mbit" | "gbit"
                if cx.glued(b)
                    && cx.punct_is(b + 1, "/")
                    && cx.glued(b + 1)
                    && cx.word_is(b + 2, "s")
                    && cx.glued(b + 2) =>
            {
                let name = match w {
                    "kbit" => "kbps",
                    "mbit" => "mbps",
                    _ => "gbps",
                };
                return (FigureKind::Measure, Some(name), b + 3);
            }
            // "119 kilometers per hour (74 mph)", "60 miles an hour": a length an hour
            // is a speed.
            "km" | "kms" | "kilometres" | "kilometers" | "kilometre" | "kilometer" | "miles"
            | "mile"
                if matches!(cx.word_bytes(b + 1), b"per" | b"an")
                    && matches!(cx.word_bytes(b + 2), b"hour" | b"hr") =>
            {
                let name = if matches!(w, "miles" | "mile") {
                    "mph"
                } else {
                    "kph"
                };
                return (FigureKind::Measure, Some(name), b + 3);
            }
            "km" if cx.punct_is(b + 1, "/") && cx.word_is(b + 2, "h") => {
                return (FigureKind::Measure, Some("kph"), b + 3);
            }
            // "cooled the atoms to 170 nanokelvin": a kelvin with its prefix.
            "nanokelvin" if amt.digits.is_some() => {
                return (FigureKind::Measure, Some("nanokelvin"), b + 1);
            }
            "microkelvin" if amt.digits.is_some() => {
                return (FigureKind::Measure, Some("microkelvin"), b + 1);
            }
            "millikelvin" if amt.digits.is_some() => {
                return (FigureKind::Measure, Some("millikelvin"), b + 1);
            }
            // "Overseas visitors spent 107 million nights in Scotland", "booked
            // 1,214,000 nights": nights counted in hundreds of thousands are stays, a
            // count of nights, not a stretch of time anyone lived through ("1,500
            // nights in prison" is one).
            "nights" if amt.value >= 100_000.0 => {
                return (FigureKind::Count, None, b);
            }
            _ => {}
        }
        if let Some((class, name)) = unit::unit_word(w) {
            // "over 68 weeks" is a stretch of time, not a bound (see `quantity_from`).
            // "second" is a unit only when the number counts it ("one second"), and
            // "min"/"ha"/"mi" only glued or after digits.
            let ok = match w {
                "min" | "ha" | "mi" | "pc" | "sec" | "nit" | "nits" => amt.digits.is_some(),
                // "125W", but not "5 W" or "the 10 w".
                "w" => amt.digits.is_some() && cx.glued(b),
                // "50 kelvin", but not "5 Kelvin Grove".
                "kelvin" => {
                    amt.digits.is_some()
                        && !(cx.capital(b) && cx.is(b + 1, TokKind::Word) && cx.capital(b + 1))
                }
                // A singular unit after a larger number describes the noun after it:
                // "62,850 season tickets", "a 10 year plan".
                "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
                | "night" | "season" | "quarter" | "fortnight" | "century" => {
                    amt.value.abs() <= 1.0
                        || cx.glued(b)
                        // "a 10 year low", "an 8.7 week wait", "a three year contract":
                        // after an article, a stretch of time written without its
                        // hyphen (but "the 2,000 season tickets" counts tickets).
                        || !matches!(w, "night" | "season" | "quarter")
                            && amt.value < 1000.0
                            && amt.a > self.floor
                            && matches!(cx.word_bytes(amt.a - 1), b"a" | b"an" | b"the")
                            && cx.is(b + 1, TokKind::Word)
                            && !cx.capital(b + 1)
                            && !is_function_word(cx.word(b + 1))
                }
                _ => true,
            };
            if ok && !(class == UnitClass::Percent && w == "pc" && !cx.glued(b)) {
                let mut end = b + 1;
                if class == UnitClass::Duration
                    && cx.punct_is(end, "-")
                    && cx.glued(end)
                    && cx.word_is(end + 1, "old")
                {
                    end += 2;
                }
                // "9.8µg/m3", "120 µg/m³": a mass per cubic metre of air, the "per" part
                // written glued, with a plain or a superscript 3.
                if matches!(name, "microgram" | "mg")
                    && cx.punct_is(end, "/")
                    && cx.glued(end)
                    && cx.text_is(end + 1, "m")
                    && cx.glued(end + 1)
                    && matches!(cx.text(end + 2), "3" | "³")
                    && cx.glued(end + 2)
                {
                    end += 3;
                }
                return (class_kind(class), Some(name), end);
            }
        }
        (FigureKind::Count, None, b)
    }

    /// The qualifier ending right before token `a`: the hedge and the first token.
    fn hedge_start(&self, a: usize) -> Option<(Hedge, usize)> {
        let cx = self.cx;
        if a >= 1 && a > self.floor && cx.glued(a) {
            match cx.punct(a - 1) {
                "~" | "≈" => return Some((Hedge::Approx, a - 1)),
                ">" => return Some((Hedge::Over, a - 1)),
                "<" => return Some((Hedge::Under, a - 1)),
                "≥" => return Some((Hedge::AtLeast, a - 1)),
                "≤" => return Some((Hedge::UpTo, a - 1)),
                _ => {}
            }
        }
        // "p < 0.001", "(n ≥ 50)": a comparison sign set apart, as statistics write it;
        // not an arrow ("->", "=>") nor a quote mark at the start of a line.
        if a >= 2
            && a - 1 > self.floor
            && !cx.glued(a)
            && cx.tok(a - 1).is_some_and(|t| t.space && !t.newline)
            && !cx.is(a - 2, TokKind::Punct)
        {
            match cx.punct(a - 1) {
                ">" => return Some((Hedge::Over, a - 1)),
                "<" => return Some((Hedge::Under, a - 1)),
                "≥" => return Some((Hedge::AtLeast, a - 1)),
                "≤" => return Some((Hedge::UpTo, a - 1)),
                _ => {}
            }
        }
        // "roughly a 70% chance", "more than a 50% rise": a hedge before the article of
        // a percentage hedges the percentage ("a 70% chance" is one chance, not one of
        // something); not a compound ("about a 10-year high" is about the high).
        if a >= 2
            && a - 1 > self.floor
            && matches!(cx.word(a - 1), "a" | "an")
            && ((cx.punct_is(a + 1, "%") && cx.glued(a + 1))
                || matches!(cx.word(a + 1), "percent" | "pc")
                || (cx.word(a + 1) == "per" && cx.word(a + 2) == "cent"))
            && let Some((h, n)) = qualifier::before(|n| cx.word_back(a - 1, n, self.floor))
            && !matches!(h, Hedge::Exactly)
            && !(n == 1 && matches!(cx.word(a - 2), "some" | "over" | "within"))
        {
            return Some((h, a - 1 - n));
        }
        // "The dollar rose past 155 yen", "the index climbed past 8,000": past a level
        // on the way up, as "rose above" is (not "the past 12 months"; nor after a
        // currency that firms or strengthens, whose rate may fall).
        if a >= 2
            && a - 2 >= self.floor
            && cx.word_is(a - 1, "past")
            && placement::change_verb(cx.word(a - 2)) == Some(Direction::Increase)
            && !matches!(cx.word_bytes(a - 2), b"strengthened" | b"firmed" | b"up")
            // A plural noun is no verb ("extending gains past three-year peaks"), nor
            // is a compound a level.
            && !cx.word_bytes(a - 2).ends_with(b"s")
            && !(cx.punct_is(a + 1, "-") && cx.glued(a + 1))
        {
            return Some((Hedge::Over, a - 1));
        }
        // "lifting her earnings for the season past $4 million", "taking the death toll
        // past 300": past a level after a verb that carries its object there (not "the
        // past 12 months", nor "drove past 20 houses", where nothing stands between,
        // nor "took him past 20 houses", where a person is carried).
        if a >= 3
            && cx.word_is(a - 1, "past")
            && !matches!(
                cx.word_bytes(a - 2),
                b"the"
                    | b"its"
                    | b"their"
                    | b"his"
                    | b"her"
                    | b"our"
                    | b"this"
                    | b"that"
                    | b"him"
                    | b"them"
                    | b"us"
                    | b"me"
                    | b"you"
                    | b"it"
            )
            && (a.saturating_sub(7).max(self.floor)..a - 2)
                .rev()
                .take_while(|&k| cx.is(k, TokKind::Word))
                .any(|k| carries_past(cx.word_bytes(k)))
        {
            return Some((Hedge::Over, a - 1));
        }
        // "the queue can exceed two hours", "sales exceeded 170 mln dlrs": a verb of
        // going beyond makes the figure a floor, and after "not" or "never" ("will not
        // exceed 200 mln dlrs") or a denied subject ("No single holding may exceed 5%")
        // a ceiling; the verb stays out of the span, as a verb of change does.
        if a >= 1
            && a > self.floor
            && matches!(
                cx.word_bytes(a - 1),
                b"exceed" | b"exceeds" | b"exceeded" | b"surpass" | b"surpasses" | b"surpassed"
            )
        {
            // The negation may stand a few words back in the clause ("does not expect
            // the cost to exceed", "would not be allowed to exceed", "cannot exceed").
            // A word that opens a clause of its own ends the search ("it is not clear
            // whether costs will exceed").
            let not = (a.saturating_sub(11).max(self.floor)..a - 1)
                .rev()
                .take_while(|&j| {
                    (cx.is(j, TokKind::Word) || matches!(cx.punct(j), "'" | "’"))
                        && !matches!(
                            cx.word_bytes(j),
                            b"whether"
                                | b"if"
                                | b"that"
                                | b"but"
                                | b"and"
                                | b"or"
                                | b"which"
                                | b"unless"
                                | b"when"
                        )
                })
                .any(|j| {
                    matches!(cx.word_bytes(j), b"not" | b"never" | b"cannot" | b"t")
                        // "No investment in any single company must exceed 20 pct": a
                        // subject denied at the head of its clause.
                        || cx.word_is(j, "no")
                            && (j == self.floor || !cx.is(j - 1, TokKind::Word))
                            && !cx.word_is(j + 1, "doubt")
                });
            return Some((if not { Hedge::UpTo } else { Hedge::Over }, a));
        }
        // "finished inside two hours", "bowled out inside 40 overs": "inside" before a
        // stretch of time, or of a game's overs or laps, is "within" (but "inside 40
        // homes" is a place).
        if a >= 1
            && a > self.floor
            && cx.word_is(a - 1, "inside")
            && (matches!(
                unit::unit_word(cx.word(a + 1)),
                Some((UnitClass::Duration, _))
            ) || matches!(cx.word_bytes(a + 1), b"overs" | b"laps"))
        {
            return Some((Hedge::UpTo, a - 1));
        }
        let (h, n) = qualifier::before(|n| cx.word_back(a, n, self.floor))?;
        // "covers 3,492km over 21 stages", "30 goals over 40 games", "ran 187km over
        // three climbs": right after another figure, the events or stretches across
        // which it happened, not a bound (but "has won over 21 games" is more than 21).
        if h == Hedge::Over
            && n == 1
            && cx.word_is(a - 1, "over")
            && matches!(
                cx.word_bytes(a + 1),
                b"stages"
                    | b"games"
                    | b"matches"
                    | b"rounds"
                    | b"races"
                    | b"innings"
                    | b"episodes"
                    | b"sessions"
                    | b"appearances"
                    | b"starts"
                    | b"legs"
                    | b"laps"
                    | b"holes"
                    | b"climbs"
                    | b"frames"
                    | b"sets"
                    | b"heats"
                    | b"fixtures"
                    | b"outings"
            )
            && self.out[self.first..]
                .last()
                .is_some_and(|p| p.kind.is_quantity() && p.b + 3 >= a)
        {
            return None;
        }
        // "the British record over 60m hurdles", "a personal best over 400m": "over" a
        // race distance names the race, not a bound (but "ran over 100 miles" is more
        // than 100).
        if h == Hedge::Over
            && n == 1
            && cx.word_is(a - 1, "over")
            && matches!(
                cx.word_bytes(a + 1),
                b"m" | b"metres" | b"meters" | b"km" | b"mile" | b"miles" | b"yards" | b"furlongs"
            )
            && (race_event(cx.word_bytes(a + 2))
                || cx.word_is(a + 2, "dash")
                || a > self.floor + 2
                    && matches!(
                        cx.word_bytes(a - 2),
                        b"record" | b"best" | b"time" | b"times" | b"mark" | b"title" | b"gold"
                    ))
        {
            return None;
        }
        // "waiting as long as 15 years": a ceiling on a time or a length; before any
        // other figure "as long as" makes a condition ("as long as 51 senators agree").
        if n == 3
            && cx.word_is(a - 2, "long")
            && !matches!(
                unit::unit_word(cx.word(a + 1)),
                Some((UnitClass::Duration | UnitClass::Measure, _))
            )
        {
            return None;
        }
        // "some" is approximate only before a number, and "about" not after "talk". A
        // capital "Some" after a word is a name's; after a quote mark, a colon or a
        // dash it opens the sentence ('"Some 9,412 people signed," she said').
        if n == 1
            && cx.word_is(a - 1, "some")
            && cx.capital(a - 1)
            && a - 1 != 0
            && !cx.is(a - 2, TokKind::Punct)
        {
            return None;
        }
        // "1,100 more than two years ago", "40 fewer than a decade earlier": right after
        // another figure, "more than" makes that figure a difference, and the time
        // after it the yardstick, as written (but "4,200 more than 78 weeks" says that
        // 4,200 waited over 78 weeks).
        if matches!(h, Hedge::Over | Hedge::Under)
            && n == 2
            && matches!(cx.word(a - 2), "more" | "fewer" | "less")
            && self.out[self.first..]
                .last()
                .is_some_and(|p| p.b + 2 == a && p.kind.is_quantity())
            && (a + 1..a + 4).any(|t| matches!(cx.word(t), "ago" | "earlier" | "before"))
        {
            return None;
        }
        // "The Grand National is run over 4 miles", "will be raced over seven furlongs":
        // the distance a race is run over is its length, not a bound (but "she has run
        // over 100 miles this month" ran more).
        if h == Hedge::Over
            && n == 1
            && a >= self.floor + 3
            && matches!(cx.word(a - 2), "run" | "raced" | "contested")
            && matches!(
                cx.word(a - 3),
                "is" | "are" | "was" | "were" | "be" | "been"
            )
            && matches!(
                cx.word(a + 1),
                "mile"
                    | "miles"
                    | "furlong"
                    | "furlongs"
                    | "km"
                    | "kilometres"
                    | "metres"
                    | "yards"
            )
        {
            return None;
        }
        // "Prices are higher than two years ago", "lower than five years earlier": after
        // a comparative other than "more", "fewer" or "less", the time before "ago" is
        // the yardstick of a comparison, not a bound on a stretch of time.
        if matches!(h, Hedge::Over | Hedge::Under)
            && n == 2
            && cx.word(a - 1) == "than"
            && matches!(
                cx.word(a - 2),
                "higher"
                    | "lower"
                    | "greater"
                    | "larger"
                    | "smaller"
                    | "bigger"
                    | "longer"
                    | "shorter"
            )
            && matches!(
                cx.word(a + 1),
                "years" | "months" | "weeks" | "days" | "decades" | "quarters"
            )
            && matches!(cx.word(a + 2), "ago" | "earlier" | "before")
        {
            return None;
        }
        // "up to" after a verb that makes it no ceiling.
        if h == Hedge::UpTo
            && n == 2
            && cx.word(a - 2) == "up"
            && let Some(verb) = cx.word_back(a, 3, self.floor)
        {
            // "unemployment edged up to 4.3%": a move up to a new level; so is "bounced
            // back up to 1.8%" (not "pay back up to £500", a ceiling on a repayment).
            if moves_up_to_a_level(verb)
                || (verb == "back"
                    && cx.word_back(a, 4, self.floor).is_some_and(|v| {
                        moves_up_to_a_level(v) || placement::is_return_verb(v) || v == "recovered"
                    }))
            {
                return None;
            }
            // "support is now up to 40 percent", "the toll was now up to 45": after "be"
            // and "now", a level reached (but not "now up to 40% cheaper", a bound on
            // a difference, nor "can now be up to £5,000", a ceiling).
            if verb == "now"
                && cx
                    .word_back(a, 4, self.floor)
                    .is_some_and(|w| matches!(w, "is" | "are" | "was" | "were" | "'s"))
                && !(a + 1..a + 4).any(|t| {
                    let w = cx.word(t);
                    matches!(w, "more" | "less" | "fewer" | "of" | "off" | "per")
                        || (w.len() > 4 && w.ends_with("er"))
                })
            {
                return None;
            }
            // "the bills add up to $4,000", "those seen in time added up to 58.3%": a
            // sum, stated exactly (but "adding up to £10 a week to their costs" adds at
            // most £10 to something).
            // "added up to 70,000 flights to date": "to date" adds to nothing.
            if matches!(verb, "add" | "adds" | "added" | "adding")
                && !(a + 1..a + 6)
                    .take_while(|&t| !cx.is(t, TokKind::Punct))
                    .any(|t| cx.word_is(t, "to") && !cx.word_is(t + 1, "date"))
            {
                return None;
            }
        }
        // "the legal minimum of £12.00", "a recommended maximum of 70%", "the previous
        // maximum of 13": a level named as a minimum or maximum, stated exactly; "a
        // minimum of 18 years" and "and maximum of 20.5 years" are bounds.
        if matches!(h, Hedge::AtLeast | Hedge::UpTo)
            && n == 2
            && matches!(cx.word(a - 2), "minimum" | "maximum")
            && cx.word_back(a, 3, self.floor).is_some_and(|w| {
                !matches!(
                    w,
                    "a" | "an" | "and" | "or" | "with" | "to" | "for" | "at" | "of" | "by"
                )
            })
        {
            return None;
        }
        Some((h, a - n))
    }

    /// "from an initial estimate of", "from a record high of", "from a peak of" just
    /// before `a`: the old level of a change named by its kind, with at most a few
    /// words between "from" and the kind ("from a range of 10 to 20 options" is no
    /// change).
    fn old_level_named(&self, a: usize) -> bool {
        let cx = self.cx;
        if a < self.floor + 3 || !cx.word_is(a - 1, "of") {
            return false;
        }
        if !matches!(
            cx.word_bytes(a - 2),
            b"estimate"
                | b"figure"
                | b"level"
                | b"high"
                | b"low"
                | b"peak"
                | b"trough"
                | b"reading"
                | b"forecast"
                | b"projection"
                | b"average"
                | b"median"
        ) {
            return false;
        }
        let mut k = a - 2;
        while k > self.floor && k + 8 > a {
            k -= 1;
            // "to 270,000 from the monthly average of 300,000 to 330,000 tonnes",
            // "revenues of 170 mln to 175 mln dlrs, down from a previous estimate of 180
            // mln to 185 mln dlrs": after a figure of the sentence, the change has its
            // new level already, and the old one is a range.
            if cx.word_is(k, "from") {
                return !self.out[self.first..]
                    .iter()
                    .any(|p| p.b <= k && p.kind.is_quantity());
            }
            let hyphen = cx.punct_is(k, "-") && cx.glued(k) && cx.glued(k + 1);
            if !(cx.is(k, TokKind::Word) || hyphen) {
                return false;
            }
        }
        false
    }

    /// The old level of a change named by its time between "from" and `a`
    /// ([`placement::prior_level_from`]).
    fn old_level_timed(&self, a: usize) -> bool {
        placement::prior_level_from(&self.cx, a).is_some_and(|k| k >= self.floor)
    }

    /// Whether a plain word that is no exam's stands at `k`, right after "11-plus": "the
    /// 11-plus players" counts players.
    fn noun_after_plus(&self, k: usize) -> bool {
        let cx = self.cx;
        cx.is(k, TokKind::Word)
            && !cx.capital(k)
            && !is_function_word(cx.word(k))
            && !matches!(
                cx.word_bytes(k),
                b"exam" | b"exams" | b"test" | b"tests" | b"pass" | b"passes" | b"results"
            )
    }

    /// A qualifier glued or written after a figure ending at `b`.
    fn hedge_after(&self, b: usize) -> Option<(Hedge, usize)> {
        let cx = self.cx;
        if cx.punct_is(b, "+") && cx.glued(b) {
            return Some((Hedge::AtLeast, b + 1));
        }
        if cx.punct_is(b, "-") && cx.glued(b) && cx.glued(b + 1) {
            match cx.word(b + 1) {
                "plus" => return Some((Hedge::AtLeast, b + 2)),
                "odd" => return Some((Hedge::Approx, b + 2)),
                _ => {}
            }
        }
        // "not more than 840 or less than 687": the second figure's qualifier.
        if cx.word(b + 2) == "than" {
            return None;
        }
        match (cx.word(b), cx.word(b + 1)) {
            ("or", "more" | "above" | "over" | "higher" | "greater" | "older" | "longer")
            | ("and", "above" | "over" | "up" | "older") => Some((Hedge::AtLeast, b + 2)),
            ("or", "so") => Some((Hedge::Approx, b + 2)),
            ("or" | "and", "less" | "fewer" | "under" | "below" | "lower" | "younger")
            | ("or", "shorter") => Some((Hedge::UpTo, b + 2)),
            ("plus", next)
                if cx.is(b + 1, TokKind::Word)
                    && !next.is_empty()
                    && number::small(next).is_none() =>
            {
                Some((Hedge::AtLeast, b + 1))
            }
            _ => None,
        }
    }

    /// A second amount at `j` for a range or a pair, with its unit.
    /// The value of `amt` as written, before a currency word's factor ("64 cts" is
    /// 64, "six cents" 6), with its scale.
    fn written(&self, amt: &Amount) -> f64 {
        amt.digits.map_or_else(
            || {
                let factor = unit::currency_word(self.cx.word(amt.b.saturating_sub(1)))
                    .map_or(1.0, |(_, f)| f);
                amt.value / factor
            },
            |d| d.value * amt.scaled.unwrap_or(1.0),
        )
    }

    /// What the first of two amounts that leaves its scale and currency to the second
    /// ("two to four million", "5 to 10 cents", "1.5 and 2 billion dlrs") is multiplied
    /// by: the second's scale, when the first is smaller than the second unscaled or
    /// below a thousand, and the factor of the second's currency word.
    fn carried_to_first(&self, amt: &Amount, amt2: &Amount) -> f64 {
        let scale = match (amt2.scaled, amt.scaled) {
            (Some(s2), None)
                if amt.value.abs() < amt2.value.abs() / s2 * 1.0001 || amt.value.abs() < 1000.0 =>
            {
                s2
            }
            _ => 1.0,
        };
        let factor = if amt.currency.is_none() && amt2.currency.is_some() {
            let written = self.written(amt2);
            if written == 0.0 {
                1.0
            } else {
                amt2.value / written
            }
        } else {
            1.0
        };
        scale * factor
    }

    /// Money in words: the currency word after a number in words ("five dollars", "a
    /// quarter of a billion pounds", "eight to nine dlrs"), taken into `amt`.
    fn currency_in_words(&self, amt: &mut Amount) {
        let cx = self.cx;
        if amt.digits.is_some() || amt.currency.is_some() {
            return;
        }
        let (at, adj) = self.currency_adjective_at(amt.b);
        if let Some((code, factor)) = unit::currency_word(cx.word(at))
            && (adj.is_some()
                // "five billion marks": no score or grade runs to a scale.
                || number::word_scale(cx.word(at - 1)).is_some()
                // "VW was off two marks at 366.50", "the dividend lost one mark".
                || self.currency_word_in_market(amt.a, at)
                // A singular "pound" after a number in words wants the same support.
                || !(unit::currency_word_needs_support(cx.word(at)) || cx.word_is(at, "pound")))
            // "four billion dlrs of receivables" is money; "five pounds of apples" is
            // a weight.
            && !(cx.word_is(at + 1, "of") && matches!(cx.word_bytes(at), b"pound" | b"pounds"))
            && !self.threshold_mark(at)
        {
            amt.currency = Some(
                adj.and_then(|a| self.currency_of_adjective(a, code))
                    .unwrap_or_else(|| self.currency_of_country(code, cx.word(at))),
            );
            amt.value *= factor;
            amt.rounding *= factor;
            amt.b = at + 1;
        }
    }

    /// Whether a currency word that is also a common noun ("marks", "francs",
    /// "crowns") at `at`, after an amount that starts at token `a`, is money by what
    /// stands around it: an amount a share or a unit traded ("10 marks per share",
    /// "315 crowns per 100 kilos", "4.21 crowns per litre"); a move of a price to or
    /// from a level in digits ("fell nine marks to 356", "VW was off two marks at
    /// 366.50", "rose to 10 marks from 8.10"); a price quoted ("closed at 1,020
    /// marks"); or a sentence on a dividend, shares, a price, a bond or an issue.
    /// Marks out of ten, question marks and crowns won are none of these.
    fn currency_word_in_market(&self, a: usize, at: usize) -> bool {
        let cx = self.cx;
        let traded_unit = |w: &[u8]| {
            matches!(
                w,
                b"share"
                    | b"shares"
                    | b"tonne"
                    | b"tonnes"
                    | b"ton"
                    | b"tons"
                    | b"kilo"
                    | b"kilos"
                    | b"kg"
                    | b"litre"
                    | b"litres"
                    | b"liter"
                    | b"liters"
                    | b"barrel"
                    | b"barrels"
                    | b"ounce"
                    | b"ounces"
                    | b"gallon"
                    | b"gallons"
                    | b"bushel"
                    | b"bushels"
            )
        };
        let mut u = at + 2;
        if cx.is(u, TokKind::Num) {
            u += 1;
        }
        if matches!(cx.word_bytes(u), b"cubic" | b"square") {
            u += 1;
        }
        let per_unit =
            matches!(cx.word_bytes(at + 1), b"per" | b"a") && traded_unit(cx.word_bytes(u));
        let before = |k: usize| if a >= k { cx.word(a - k) } else { "" };
        // "ended eight rand higher at 398": a comparative may come first.
        let m = if matches!(cx.word_bytes(at + 1), b"higher" | b"lower") {
            at + 1
        } else {
            at
        };
        let moved = matches!(cx.word_bytes(m + 1), b"to" | b"at" | b"from")
            && cx.is(m + 2, TokKind::Num)
            && (placement::change_verb(before(1)).is_some()
                || matches!(
                    before(1),
                    "up" | "down" | "off" | "shed" | "lost" | "gained" | "ended" | "closed"
                )
                || before(1) == "to" && placement::change_verb(before(2)).is_some());
        let quoted = before(1) == "at"
            && matches!(
                before(2),
                "closed" | "opened" | "ended" | "finished" | "traded" | "quoted" | "stood"
            );
        // "off two marks at 310 marks", "lost three crowns to 220 crowns", "closed at
        // 1,020 marks, up 12 marks": a level or a move beside a move or level in the
        // same word that is money.
        let word = cx.word(at);
        let other = if matches!(before(1), "at" | "to" | "from") && before(2) == word {
            Some(a - 2)
        } else if before(3) == word
            && (matches!(before(1), "at" | "to") && matches!(before(2), "higher" | "lower")
                || matches!(before(1), "up" | "down" | "off") && a >= 4 && cx.punct_is(a - 2, ","))
        {
            Some(a - 3)
        } else {
            None
        };
        per_unit
            || moved
            || quoted
            || other.is_some_and(|o| o > 0 && self.currency_word_in_market(o - 1, o))
            || (0..cx.len()).any(|k| {
                matches!(
                    cx.word_bytes(k),
                    b"dividend"
                        | b"dividends"
                        | b"shares"
                        | b"priced"
                        | b"denominations"
                        | b"bourse"
                )
            })
    }

    /// Whether "mark" at `at` is a threshold passed ("below the three million mark
    /// before long", "past the 2,000 mark.") rather than the currency before its noun
    /// ("a 300 mln mark deficit"): singular "mark" is money only as a modifier.
    fn threshold_mark(&self, at: usize) -> bool {
        let cx = self.cx;
        cx.word_is(at, "mark")
            // "the dividend lost one mark to nine marks": one mark is no threshold.
            && (!cx.word_is(at.wrapping_sub(1), "one") || cx.word_is(at.wrapping_sub(2), "the"))
            && (!cx.is(at + 1, TokKind::Word)
                || matches!(
                    cx.word(at + 1),
                    "before"
                        | "in"
                        | "on"
                        | "at"
                        | "by"
                        | "for"
                        | "and"
                        | "or"
                        | "but"
                        | "this"
                        | "last"
                        | "next"
                        | "of"
                        | "with"
                        | "since"
                        | "after"
                        | "again"
                        | "until"
                        | "during"
                        | "when"
                        | "as"
                        | "within"
                        | "today"
                        | "yesterday"
                        | "soon"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "will"
                        | "the"
                        | "a"
                        | "to"
                        | "from"
                        | "early"
                        | "late"
                ))
    }

    fn second(&self, j: usize) -> Option<(Amount, FigureKind, Option<&'static str>, usize)> {
        let cx = self.cx;
        let mut k = j;
        // "$5-$10", "£3m to £4m": skip the currency symbol, amount_at reads it.
        if unit::currency_symbol(cx.punct(k)).is_some() {
            k += 1;
        } else if cx.is(k, TokKind::Word)
            && cx.is(k + 1, TokKind::Punct)
            && unit::dollar_prefix(cx.low(k)).is_some()
            && cx.punct_is(k + 1, "$")
        {
            k += 2;
        } else if cx.is(k, TokKind::Word)
            && cx.is(k + 1, TokKind::Num)
            && !cx.glued(k + 1)
            && unit::currency_code(cx.text(k)).is_some()
        {
            // "Rs 500 to Rs 5,000", "CHF 2bn to CHF 3bn": a currency code before the
            // second amount.
            k += 1;
        }
        let amt = if cx.is(k, TokKind::Num) {
            let d = self.digits_at(k)?;
            if d.leading_zero {
                return None;
            }
            let mut amt = self.amount_at_from(k, j)?;
            amt.a = j;
            amt
        } else if k == j {
            let (mut value, mut end) = self.word_numeral(k)?;
            // "two to four million barrels", "two to four mln barrels": the scale,
            // which a range's low end may share.
            let mut scaled = number::word_scale(cx.word(end - 1));
            if let Some(s) = unit::scale(cx.word(end), false, false)
                .filter(|_| number::word_scale(cx.word(end)).is_none())
            {
                value *= s;
                scaled = Some(s);
                end += 1;
            }
            let mut amt = Amount {
                a: k,
                core: k,
                b: end,
                value,
                rounding: number::whole_rounding(value),
                currency: None,
                scaled,
                digits: None,
                signed: None,
            };
            self.currency_in_words(&mut amt);
            amt
        } else {
            return None;
        };
        let (kind, unit, end) = self.unit_after(&amt);
        Some((amt, kind, unit, end))
    }

    /// [`Self::amount_at`] with a different floor.
    fn amount_at_from(&self, i: usize, floor: usize) -> Option<Amount> {
        let saved = Reader {
            cx: self.cx,
            nums: self.nums,
            out: &mut Vec::new(),
            first: 0,
            floor,
            first_counted: std::cell::OnceCell::new(),
        };
        saved.amount_at(i)
    }

    /// Reads the quantity starting with `amt`: unit, qualifiers, range or pair.
    fn quantity_from(&mut self, mut amt: Amount) -> Option<usize> {
        let cx = self.cx;
        self.currency_in_words(&mut amt);
        let (mut kind, mut unit, mut b) = self.unit_after(&amt);
        let mut value = amt.value;
        // "a £2bn-a-year package", "a £200,000-a-week contract": the rate is part of the
        // compound, whose noun is the subject.
        if kind == FigureKind::Money
            && cx.punct_is(b, "-")
            && cx.glued(b)
            && cx.glued(b + 1)
            && matches!(cx.word_bytes(b + 1), b"a" | b"an" | b"per")
            && cx.punct_is(b + 2, "-")
            && cx.glued(b + 2)
            && cx.glued(b + 3)
            && matches!(
                cx.word_bytes(b + 3),
                b"year"
                    | b"month"
                    | b"week"
                    | b"day"
                    | b"hour"
                    | b"head"
                    | b"night"
                    | b"gallon"
                    | b"litre"
                    | b"liter"
                    | b"mile"
            )
        {
            b += 4;
        }
        // "a 2km-long tunnel", "a 10ft-high fence", "a 4m-high flood wall": a measure
        // joined to its dimension by a hyphen is one compound, said of the noun after
        // it.
        if kind == FigureKind::Measure
            && cx.punct_is(b, "-")
            && cx.glued(b)
            && cx.glued(b + 1)
            && !cx.glued(b + 2)
            && matches!(
                cx.word_bytes(b + 1),
                b"long" | b"high" | b"tall" | b"wide" | b"deep" | b"thick"
            )
        {
            b += 2;
        }
        // "5ft 10in": a height in feet and inches is one measure, in feet.
        if unit == Some("foot")
            && cx.glued(b + 1)
            && cx.word_is(b + 1, "in")
            && let Some(inches) = self.digits_at(b)
            && inches.value < 12.0
        {
            value += inches.value / 12.0;
            b += 2;
        }
        // "the 6-foot-3 guard", "a 5-foot-10 suspect": a height in US copy, feet and
        // inches hyphenated, is one measure, in feet ("a 10-foot-high wall" has no
        // inches).
        if unit == Some("foot")
            && cx.punct_is(amt.b, "-")
            && cx.punct_is(b, "-")
            && cx.glued(b)
            && cx.glued(b + 1)
            && let Some(inches) = self.digits_at(b + 1)
            && inches.value < 12.0
            && inches.decimals == 0
            && !(cx.punct_is(b + 2, "-") && cx.glued(b + 2) && self.digits_at(b + 3).is_some())
        {
            value += inches.value / 12.0;
            b += 2;
            if cx.punct_is(b, "-")
                && cx.glued(b)
                && cx.glued(b + 1)
                && matches!(cx.word_bytes(b + 1), b"inch" | b"in")
            {
                b += 2;
            }
        }
        // "7lb 4oz", "3st 5lb": a weight in pounds and ounces, or stones and pounds, is
        // one measure, in the larger unit.
        if let Some((small, per)) = match unit {
            Some("lb") => Some(("oz", 16.0)),
            Some("stone") => Some(("lb", 14.0)),
            _ => None,
        } && cx.glued(b + 1)
            && cx.low(b + 1) == small
            && !cx.glued(b)
            && let Some(part) = self.digits_at(b)
            && part.value < per
        {
            value += part.value / per;
            b += 2;
        }
        let mut rounding = amt.rounding;
        // "mt" after a scale or a number in thousands is metric tonnes ("1.3 mln mt",
        // "120,000 mt"); after a small number with a fraction, or written "Mt", it is
        // million tonnes ("1.2 mt of copper", "a 40Mt target").
        if unit == Some("tonne")
            && cx.word_is(amt.b, "mt")
            && amt.scaled.is_none()
            && (cx.text_bytes(amt.b) == b"Mt"
                || amt.value < 1000.0 && amt.digits.is_some_and(|d| d.decimals > 0))
        {
            value *= 1e6;
            rounding *= 1e6;
        }
        // Basis points are read in percentage points: "25 basis points" is 0.25.
        if kind == FigureKind::PercentagePoints
            && (matches!(cx.word_bytes(amt.b), b"basis" | b"bp" | b"bps")
                || cx.punct_is(amt.b, "-") && cx.word_is(amt.b + 1, "basis"))
        {
            value /= 100.0;
            rounding /= 100.0;
        }
        // The qualifier before: "over", "about", "between", "from".
        let mut prefix = self.hedge_start(amt.a);
        // "averaged 32,282 per game over 81 home dates", "scored 24 over five games":
        // "over" right after a figure or its rate spans what the figure is taken
        // across, and bounds nothing.
        if let Some((Hedge::Over, s)) = prefix
            && cx.word_is(s, "over")
            && s + 1 == amt.a
            && s > self.floor
        {
            let after_figure = self.out[self.first..].iter().any(|p| p.b == s);
            let after_rate =
                s >= self.floor + 2 && cx.word_is(s - 2, "per") && cx.is(s - 1, TokKind::Word);
            // "planted 1.2 million seagrass seeds over 10 hectares of the bay": an area of
            // a place after the plural noun a figure counts is the ground it is spread
            // across ("burned over 10 hectares", after a verb, and "300 farms over 50
            // acres", of no place, are bounds).
            let noun = cx.word(s - 1);
            let across_area = unit
                .is_some_and(|u| matches!(u, "acre" | "hectare") || u.starts_with("square_"))
                && cx.word_is(b, "of")
                && noun.len() > 3
                && noun.ends_with('s')
                && !noun.ends_with("ss")
                && !is_function_word(noun)
                && self.out[self.first..].iter().any(|p| {
                    p.b < s
                        && s - p.b <= 3
                        && (p.b..s).all(|t| cx.is(t, TokKind::Word) && !cx.capital(t))
                });
            if after_figure || after_rate || across_area {
                prefix = None;
            }
        }
        // "over 68 weeks" and "over three years" are stretches of time, not bounds.
        // A verb before "over" ("waited over 52 weeks"), "for" or "to" ("jailed for over
        // 10 years", "sentenced to over 10 years") or "of" after ("over 5,000 hours of
        // footage") keeps it a bound.
        if kind == FigureKind::Duration
            && let Some((Hedge::Over, s)) = prefix
            && cx.word_is(s, "over")
            && s + 1 == amt.a
        {
            let verb = s > self.floor && {
                let w = cx.word(s - 1);
                (w.len() > 4 && w.ends_with("ed"))
                    || matches!(
                        w,
                        "took"
                            | "spent"
                            | "lasted"
                            | "lasts"
                            | "takes"
                            | "spend"
                            | "last"
                            | "wait"
                            | "waits"
                            | "ran"
                            | "runs"
                            | "for"
                            | "to"
                            // "after over three weeks of talks", "the first time in
                            // over 20 years".
                            | "after"
                            | "in"
                    )
            };
            // "over nine days of competition", "over three weeks of talks": the time an
            // activity took, not a bound.
            let of_activity = cx.word_is(b, "of") && {
                let w = cx.word(b + 1);
                (w.len() > 5 && w.ends_with("ing"))
                    || matches!(
                        w,
                        "competition"
                            | "talks"
                            | "negotiations"
                            | "debate"
                            | "play"
                            | "action"
                            | "protests"
                            | "strikes"
                            | "hearings"
                            | "testimony"
                            | "deliberations"
                            | "celebrations"
                    )
            };
            if !verb && (!cx.word_is(b, "of") || of_activity) {
                prefix = None;
            }
        }
        // "born before 32 weeks", "abortions before 24 weeks": a stretch of time not yet
        // reached is a ceiling (a year or a crowd after "before" is no bound, nor is
        // "before two days of talks", and "not expected before 90 days" is a floor).
        if prefix.is_none()
            && kind == FigureKind::Duration
            && amt.a > self.floor
            && amt.signed.is_none()
            && cx.word_is(amt.a - 1, "before")
            && !matches!(cx.word_bytes(b), b"of" | b"have" | b"has" | b"had")
            && !(1..=6).any(|k| {
                amt.a.checked_sub(1 + k).is_some_and(|j| {
                    j >= self.floor && matches!(cx.word_bytes(j), b"not" | b"no" | b"never")
                })
            })
        {
            prefix = Some((Hedge::Under, amt.a - 1));
        }
        let a = prefix.map_or(amt.a, |(_, s)| s);
        let mut hedge = prefix.map_or(Hedge::Exact, |(h, _)| h);
        let word_before = |k: usize| {
            if k >= 1 && k > self.floor {
                cx.word(k - 1)
            } else {
                ""
            }
        };
        let before = word_before(amt.a);
        // "between about 10 and 20": the qualifier stands between "between" and the
        // number.
        let between = before == "between" || prefix.is_some() && word_before(a) == "between";
        // "from about $2,500 to $6,000", "from an initial estimate of 130,000 to
        // 168,000", "from a peak of 14.7% to 7.9%": the old level named by its kind
        // between "from" and the number.
        let from = before == "from"
            || cx.word_is(b, "to")
                && (prefix.is_some() && word_before(a) == "from"
                    || self.old_level_named(a)
                    || self.old_level_timed(a));
        // "rose by $212bn to $17.5tn", "rose 5% to 40%": a change and where it ended.
        // "MPs voted by 330 to 275": a division, not a change.
        let voted_by = before == "by" && amt.a >= 2 && cx.word_is(amt.a - 2, "voted");
        // "rose by an average of £68 to £395", "fell by a total of 12 to 40": a size of
        // the change named by its kind stands between "by" and the number.
        let by_average = a >= self.floor + 4
            && word_before(a) == "of"
            && matches!(
                cx.word_bytes(a - 2),
                b"average" | b"mean" | b"median" | b"total"
            )
            && matches!(cx.word_bytes(a - 3), b"an" | b"a")
            && cx.word_is(a - 4, "by");
        // "lifted its interim dividend two cents to 14 cents", "raised the rate 0.5% to
        // 5.25%": after a verb that takes what it changes as its object, a first amount
        // marked with its unit is the change and a second more than four times it where
        // it ended. Ends closer together are a range of changes ("lowered its crude
        // postings 50 cts to 1.50 dlrs"), and a bare first end keeps the range ("cut its
        // workforce 2,000 to 3,000").
        let object_between = || {
            let mut k = a;
            while k > self.floor + 1 && k + 6 > a {
                k -= 1;
                let w = cx.word(k);
                if !cx.is(k, TokKind::Word) || matches!(w, "to" | "by" | "from" | "at" | "between")
                {
                    return false;
                }
                if k < a - 1 && placement::object_change_verb(w).is_some() {
                    return true;
                }
            }
            false
        };
        let change = (before == "by" || word_before(a) == "by" || by_average) && !voted_by
            || placement::change_verb(word_before(a)).is_some();
        // "was raised 50 cts to 17.85 dlrs", "Dubai was off 12 cts to 18.09 dlrs": in
        // the passive, or with "off" after "be", the thing changed stands before the
        // verb, and the same reading holds.
        let passive_change = || {
            a >= self.floor + 2
                && (placement::object_change_verb(word_before(a)).is_some()
                    || word_before(a) == "off")
                && {
                    // "was also raised", "were sharply lowered".
                    let adverb = cx.word(a - 2) == "also" || cx.word_bytes(a - 2).ends_with(b"ly");
                    let be = if adverb && a >= self.floor + 3 {
                        a - 3
                    } else {
                        a - 2
                    };
                    matches!(
                        cx.word_bytes(be),
                        b"is" | b"was" | b"are" | b"were" | b"be" | b"been" | b"being"
                    )
                }
        };
        let object_change = !change
            && cx.word_is(b, "to")
            && (amt.currency.is_some() || b > amt.b)
            && (object_between() || passive_change());
        // A range or a pair: "10-20", "10 to 20", "between 10 and 20", "$5m to $10m",
        // "from 40 to 50".
        let conn = cx.punct(b);
        let tight_hyphen = conn == "-" && cx.glued(b) && cx.glued(b + 1);
        let word_conn = cx.word(b);
        let is_conn = tight_hyphen
            || is_dash(conn)
            || word_conn == "to"
            || (between && word_conn == "and")
            // "two or three", "another 10 or 15 pct" (but "rose 5, or 3 pct" is two).
            || (word_conn == "or" && kind == FigureKind::Count && unit.is_none() && b == amt.b);
        // "29% to 21%" (a poll's two shares) is no range: a range runs upwards.
        // "29% to 21%" (a poll's two shares), "3.6 billion dlrs to 3.5 billion dlrs": two
        // amounts, each with its unit, that fall are two figures; "0.50 to 0.20 stg" and
        // "gains of 22 to 17 points" in market copy are ranges.
        let first_marked = amt.currency.is_some() || b > amt.b;
        // "expects revenue of $5.1bn to $5.3bn, up 8% to 12%": in a forecast, a change
        // given as two percentages of a size is a range of growth (but "inflation rose
        // 0.3% to 3.1%" is a change and where it ended).
        let guided = change
            && word_conn == "to"
            && kind == FigureKind::Percent
            && matches!(word_before(a), "up" | "down")
            && (a.saturating_sub(30)..a)
                .rev()
                .take_while(|&t| !matches!(cx.punct(t), "." | "!" | "?" | ";"))
                .any(|t| {
                    matches!(
                        cx.word_bytes(t),
                        b"expects"
                            | b"expected"
                            | b"forecast"
                            | b"forecasts"
                            | b"sees"
                            | b"guidance"
                    )
                });
        // "would fall 50 to 100 basis points", "cut by 25 to 50 bps": a level is seldom
        // given in basis points, so a bare number rising to them after a verb of change
        // is a range of the move.
        let in_basis_points = |amt2: &Amount| {
            matches!(cx.word_bytes(amt2.b), b"basis" | b"bp" | b"bps")
                && amt2.value * 100.0 > amt.value
        };
        let points_range = change
            && word_conn == "to"
            && kind == FigureKind::Count
            && unit.is_none()
            && b == amt.b
            && amt.digits.is_some_and(|d| d.decimals == 0);
        // "will rise 15 to 20 pct", "rose about 15 to 20 pct": a move yet to come, or
        // one hedged, given as a bare number rising to a percentage of a size is a
        // range of the move ("rose 0.2 to 5.1 pct" stays a change and its level).
        let hedged_range = points_range
            && (hedge == Hedge::Approx
                || a >= 2
                    && a - 2 >= self.floor
                    && matches!(
                        cx.word_bytes(a - 2),
                        b"will" | b"would" | b"could" | b"may" | b"might" | b"should" | b"to"
                    ));
        // "adding 10 to 14 days to each voyage", "added two to three weeks": time added
        // is seldom a level, so a bare number rising to a duration after a verb of
        // adding is a range of the time added.
        let adding = change
            && word_conn == "to"
            && kind == FigureKind::Count
            && unit.is_none()
            && b == amt.b
            && matches!(word_before(a), "add" | "adds" | "added" | "adding");
        // "said they were growing 5% to 7% a year", "prices are rising by 2% to 3% a
        // month": a present or ongoing change given as two percentages with a period
        // after them is a range of a rate ("rose 0.5% to 3.2%" and "rose 3% to 5% a
        // year earlier" stay a change and its level).
        let verb_at = if word_before(a) == "by" && a >= 1 {
            a - 1
        } else {
            a
        };
        let rate_range = change
            && word_conn == "to"
            && kind == FigureKind::Percent
            && matches!(
                word_before(verb_at),
                "growing"
                    | "grow"
                    | "grows"
                    | "rising"
                    | "rise"
                    | "rises"
                    | "increasing"
                    | "increase"
                    | "increases"
                    | "expanding"
                    | "expand"
                    | "expands"
                    | "climbing"
                    | "falling"
                    | "fall"
                    | "falls"
                    | "declining"
                    | "decline"
                    | "declines"
                    | "shrinking"
                    | "shrink"
                    | "shrinks"
            );
        let per_period = |end2: usize| {
            let (unit_at, after) = match cx.word_bytes(end2) {
                b"annually" | b"yearly" => return true,
                b"a" | b"an" | b"per" | b"each" | b"every" => (end2 + 1, end2 + 2),
                _ => return false,
            };
            matches!(
                cx.word_bytes(unit_at),
                b"year" | b"month" | b"week" | b"quarter" | b"annum" | b"decade"
            ) && !matches!(
                cx.word_bytes(after),
                b"earlier" | b"ago" | b"before" | b"later" | b"previously"
            )
        };
        let second = if is_conn
            && (!(change && word_conn == "to") || guided || points_range || adding || rate_range)
        {
            self.second(b + 1)
                .filter(|(amt2, kind2, ..)| {
                    !guided
                        || *kind2 == kind && amt2.value > amt.value && amt2.value <= amt.value * 3.0
                })
                .filter(|(amt2, kind2, _, end2)| {
                    !rate_range
                        || guided
                        || points_range
                        || adding
                        || *kind2 == FigureKind::Percent
                            && amt2.value > amt.value
                            && per_period(*end2)
                })
                .filter(|(amt2, kind2, ..)| {
                    !(points_range || adding)
                        || guided
                        || in_basis_points(amt2)
                        || hedged_range
                            && *kind2 == FigureKind::Percent
                            && amt2.value > amt.value
                            && amt2.value <= amt.value * 3.0
                        || adding && *kind2 == FigureKind::Duration && amt2.value > amt.value
                })
                .filter(|(amt2, kind2, _, end2)| {
                    !(word_conn == "to"
                        && !from
                        && !between
                        && first_marked
                        && *kind2 == kind
                        && (amt2.currency.is_some() || *end2 > amt2.b)
                        && amt2.value < amt.value)
                        // "won 25 to 22" is a result; but "led Trump 48% to 46%" is two
                        // shares, as "voted by 54% to 46%" is.
                        || !matches!(kind, FigureKind::Percent | FigureKind::Money)
                            && self.score_context(amt.a, *end2)
                })
                .filter(|(amt2, kind2, ..)| {
                    !(object_change && *kind2 == kind && amt2.value > amt.value * 4.0)
                })
                // "Democrats outnumbered Republicans 2,133 to 1,211": the two sides of a
                // count set against each other, as a vote split is, not a range.
                .filter(|(amt2, kind2, ..)| {
                    !(word_conn == "to"
                        && !from
                        && !between
                        && kind == FigureKind::Count
                        && *kind2 == kind
                        && unit.is_none()
                        && amt2.value >= 10.0
                        && amt2.value < amt.value
                        && self.outnumbering_verb_before(amt.a))
                })
                // "a net loss of 2,649,000 or 1.10 dlrs a share": an "or" that falls gives
                // the same amount another way, not a range.
                // Compared as written: "63 or 64 cts" rises.
                .filter(|(amt2, ..)| {
                    word_conn != "or" || self.written(amt2).abs() >= amt.value.abs()
                })
        } else {
            None
        };
        if let Some((amt2, kind2, unit2, end2)) = second {
            let bare = kind == FigureKind::Count && unit.is_none() && b == amt.b;
            let compatible = kind2 == kind && (unit2 == unit || unit.is_none() || unit2.is_none())
                || bare
                || kind2 == FigureKind::Count
                    && unit2.is_none()
                    && !from
                    && !is_dash(conn)
                    && word_conn != "to";
            let (kind_r, unit_r) = if bare { (kind2, unit2) } else { (kind, unit) };
            let whole = |x: &Amount| x.digits.is_none_or(|d| d.decimals == 0);
            // Day ranges: "10-11 February", "between 4 and 6 October".
            if kind_r == FigureKind::Count
                && amt.digits.is_some()
                && amt2.digits.is_some()
                && amt.value <= 31.0
                && amt2.value <= 31.0
                && whole(&amt)
                && whole(&amt2)
                && number::month_bytes(cx.text_bytes(end2)).is_some()
            {
                let end = if self.year_at(end2 + 1) {
                    end2 + 2
                } else {
                    end2 + 1
                };
                return self.push_plain(amt.a, end, FigureKind::Date, amt.value);
            }
            // Vote tallies and results: "voted 31 to 12", "won 25-22".
            if kind_r == FigureKind::Count
                && unit_r.is_none()
                && amt.digits.is_some()
                && amt2.digits.is_some()
                && whole(&amt)
                && whole(&amt2)
                && !from
                && !between
                && (self.score_context(amt.a, end2)
                    || amt.value > amt2.value && self.tally_verb_before(amt.a))
            {
                return self.push_plain(amt.a, end2, FigureKind::Score, amt.value);
            }
            // Odds in words: "beating odds of 139,838,160 to one", "a 100 to 1 outsider"
            // (but "on" or "against" after it is odds only in the dashed form).
            if kind_r == FigureKind::Count
                && unit_r.is_none()
                && word_conn == "to"
                && whole(&amt)
                && whole(&amt2)
                && amt2.value >= 1.0
                && amt2.value < amt.value
                && !from
                && !between
                && !matches!(cx.word_bytes(end2), b"on" | b"against")
                && self.odds_around(amt.a, end2)
            {
                return self.push_plain(amt.a, end2, FigureKind::Score, amt.value);
            }
            if compatible && (amt2.signed.is_none() || tight_hyphen) {
                let carried = self.carried_to_first(&amt, &amt2);
                let mut low = value * carried;
                let mut low_r = rounding * carried;
                let mut high = amt2.value;
                let mut high_r = amt2.rounding;
                if kind_r == FigureKind::PercentagePoints
                    && matches!(cx.word_bytes(amt2.b), b"basis" | b"bp" | b"bps")
                {
                    high /= 100.0;
                    high_r /= 100.0;
                    // "20 to 30 basis points": both ends are in basis points.
                    if unit.is_none() {
                        low /= 100.0;
                        low_r /= 100.0;
                    }
                }
                if from {
                    // Two figures: "from 40 to 50".
                    let (h2, end2h) = self
                        .hedge_after(end2)
                        .map_or((Hedge::Exact, end2), |(h, e)| (h, e));
                    self.out.push(Draft {
                        a,
                        b,
                        core: amt.core,
                        kind: kind_r,
                        value: Value::Number(low),
                        rounding: low_r,
                        hedge,
                        unit: unit_r,
                        direction: None,
                        pair: true,
                    });
                    self.out.push(Draft {
                        a: amt2.a,
                        b: end2h,
                        core: amt2.core,
                        kind: kind_r,
                        value: Value::Number(high),
                        rounding: high_r,
                        hedge: h2,
                        unit: unit_r,
                        direction: None,
                        pair: true,
                    });
                    return Some(end2h);
                }
                let start = if between {
                    (amt.a - 1).min(a.saturating_sub(usize::from(a < amt.a)))
                } else {
                    a
                };
                let range_hedge = if hedge == Hedge::Approx {
                    Hedge::Approx
                } else {
                    Hedge::Range
                };
                let end = self.hedge_after(end2).map_or(end2, |(_, e)| e);
                self.out.push(Draft {
                    a: start,
                    b: end,
                    core: amt.core,
                    kind: kind_r,
                    value: Value::Range(low.min(high), low.max(high)),
                    rounding: low_r.max(high_r),
                    hedge: range_hedge,
                    unit: unit_r,
                    direction: None,
                    pair: false,
                });
                return Some(end);
            }
        }
        // "a fee of €85m plus add-ons", "£50 plus VAT": a sum and a word after "plus"
        // is a sum with something added, not a floor ("1,000 plus workers" is).
        let sum_plus = kind == FigureKind::Money && cx.word_is(b, "plus") && !cx.glued(b);
        if let Some((h, e)) = self.hedge_after(b).filter(|_| !sum_plus) {
            if hedge == Hedge::Exact {
                hedge = h;
            }
            b = e;
        }
        if hedge == Hedge::Exactly {
            rounding = 0.0;
        }
        if kind == FigureKind::Multiplier && unit.is_none() {
            rounding = 0.0;
        }
        // "every 12 minutes instead of every eight": a bare number after "every" that
        // follows a stretch of time after "every" is in that time's unit.
        if kind == FigureKind::Count
            && unit.is_none()
            && b == amt.b
            && amt.scaled.is_none()
            && amt.a > self.floor
            && cx.word_is(amt.a - 1, "every")
            && !cx.is(b, TokKind::Word)
            && let Some(prev) = self.out[self.first..].iter().rev().find(|p| {
                p.kind == FigureKind::Duration && p.a >= 1 && cx.word_is(p.a - 1, "every")
            })
        {
            kind = prev.kind;
            unit = prev.unit;
        }
        // A bare number before "and" and an amount with a unit shares the unit:
        // "denominations of 1,000 and 10,000 dlrs", "rose 5 and 7 pct respectively".
        if kind == FigureKind::Count
            && unit.is_none()
            && amt.digits.is_some()
            && amt.scaled.is_none()
            && b == amt.b
            && cx.word_is(b, "and")
            && let Some((amt2, kind2, unit2, _)) = self.second(b + 1)
            && matches!(
                kind2,
                FigureKind::Money | FigureKind::Measure | FigureKind::Percent
            )
            && amt2.digits.is_some()
            && unit2.is_some()
        {
            // "1.5 and 2 billion dlrs", "10 and 15 cts".
            let carried = self.carried_to_first(&amt, &amt2);
            // Two values of one quantity are of a size: "compared with 99.50 and 5.075
            // pct" is a price and a yield.
            let (x, y) = ((value * carried).abs(), amt2.value.abs());
            let spread = if x.min(y) > 0.0 {
                x.max(y) / x.min(y)
            } else {
                f64::INFINITY
            };
            let limit = if kind2 == FigureKind::Percent {
                5.0
            } else {
                100.0
            };
            if spread <= limit {
                kind = kind2;
                unit = unit2;
                value *= carried;
                rounding *= carried;
            }
        }
        // A level reached that leaves its unit to the old level after it: "fell to 168
        // from 191 days", "rose to 88 from 66 pct", "to 150 from 120 mln dlrs".
        if kind == FigureKind::Count
            && unit.is_none()
            && amt.digits.is_some()
            && amt.scaled.is_none()
            && b == amt.b
            && amt.a > self.floor
            && cx.word_is(amt.a - 1, "to")
            && cx.word_is(b, "from")
            && let Some((amt2, kind2, unit2, _)) = self.second(b + 1)
            && amt2.digits.is_some()
            && (matches!(
                kind2,
                FigureKind::Money
                    | FigureKind::Measure
                    | FigureKind::Percent
                    | FigureKind::Duration
            ) && unit2.is_some()
                || kind2 == FigureKind::Count && amt2.scaled.is_some())
        {
            let carried = self.carried_to_first(&amt, &amt2);
            let (x, y) = ((value * carried).abs(), amt2.value.abs());
            // Two levels of one quantity are of a size.
            if x.min(y) > 0.0 && x.max(y) / x.min(y) <= 10.0 {
                kind = kind2;
                unit = unit2;
                value *= carried;
                rounding *= carried;
            }
        }
        let bare = kind == FigureKind::Count && unit.is_none();
        // "added three billion dlrs to its reserve, raising it to about five billion":
        // a running total an amount was added to.
        let running = bare && running_total(&cx, amt.a, self.floor);
        // "the current account showed a 7.3 billion surplus" after "8.1 billion marks":
        // a scaled amount before the noun of a balance or a result it sizes, in the
        // money of the sentence.
        let balance =
            bare && amt.scaled.is_some() && b == amt.b && sizes_a_balance(cx.word_bytes(b));
        // An amount that leaves its unit to an earlier figure: "2.3 mln tonnes ... against
        // 2.1 mln", "8.14 billion dlrs ... from 5.96 billion".
        if kind == FigureKind::Count
            && unit.is_none()
            && (amt.digits.is_some() || running)
            && b == amt.b
            && !cx.is(b, TokKind::Word)
            || kind == FigureKind::Count
                && unit.is_none()
                && (amt.scaled.is_some() || amt.digits.is_some())
                && matches!(
                    cx.word_bytes(b),
                    b"in"
                        | b"a"
                        | b"last"
                        // "at 150,000 tonnes, against 220,000 this year".
                        | b"this"
                        | b"the"
                        | b"on"
                        | b"at"
                        | b"previously"
                        | b"earlier"
                        | b"before"
                        | b"yesterday"
                        // "followed by Central with 388,000 and Southern with 286,000".
                        | b"and"
                        // "imports fell to 2.77 billion from 2.99 billion".
                        | b"from"
                        | b"against"
                        | b"compared"
                        | b"versus"
                        | b"vs"
                        // "down from 8.9 mln forecast in February": a level that was
                        // forecast or estimated, not a count of forecasts.
                        | b"forecast"
                        | b"estimated"
                        | b"expected"
                        | b"projected"
                        | b"predicted"
                        | b"budgeted"
                        // "from the 9.2 billion reported at the end of 1986", "than the
                        // 862 mln spent in 1986", "the 746 million imposed on Amazon": a
                        // level that was reported, spent or paid, not a count of it.
                        | b"reported"
                        | b"recorded"
                        | b"posted"
                        | b"spent"
                        | b"paid"
                        | b"imposed"
                        | b"raised"
                        | b"earned"
                        | b"originally"
                        // "while sales fell 8.5 pct to 38.05 billion because of the
                        // weaker dollar": a reason for the level, after it.
                        | b"because"
                        | b"due"
                        | b"owing"
                        | b"thanks"
                        | b"amid"
                        | b"reflecting"
                )
            // "Siemens rose 4.50 marks to 650 after news": a level reached, before a
            // clause of time or cause.
            || kind == FigureKind::Count
                && unit.is_none()
                && amt.digits.is_some()
                && b == amt.b
                && amt.a > self.floor
                && cx.word_is(amt.a - 1, "to")
                && matches!(
                    cx.word_bytes(b),
                    b"after" | b"following" | b"despite" | b"as" | b"when" | b"while"
                )
            // "short of the 239.1 billion analysts expected": a level forecasters named,
            // not a count of them.
            || kind == FigureKind::Count
                && unit.is_none()
                && amt.scaled.is_some()
                && b == amt.b
                && matches!(
                    cx.word_bytes(b),
                    b"analysts" | b"economists" | b"forecasters" | b"traders" | b"dealers"
                )
                && {
                    // "the 239.1 billion analysts had expected".
                    let v = if cx.word_is(b + 1, "had") { b + 2 } else { b + 1 };
                    matches!(
                        cx.word_bytes(v),
                        b"expected" | b"forecast" | b"predicted" | b"estimated"
                    )
                }
            || balance
            // "debt of 102 billion dlrs, of which 76 billion is owed to banks": a part
            // named before its verb.
            || kind == FigureKind::Count
                && unit.is_none()
                && (amt.scaled.is_some() || amt.digits.is_some())
                && b == amt.b
                && amt.a >= self.floor + 2
                && cx.word_is(amt.a - 1, "which")
                && cx.word_is(amt.a - 2, "of")
                && matches!(
                    cx.word_bytes(b),
                    b"is" | b"was" | b"are" | b"were" | b"will" | b"would" | b"has" | b"have"
                        | b"had" | b"came" | b"comes" | b"went" | b"goes"
                )
        {
            // "from a revised 245.62 mln", "to a record 68.62 billion", "against the
            // usual 1,350 million": the words that qualify the old or new level.
            let mut k = amt.a;
            while k > self.floor + 1
                && matches!(
                    cx.word_bytes(k - 1),
                    b"revised"
                        | b"upwardly"
                        | b"downwardly"
                        | b"unrevised"
                        | b"record"
                        | b"usual"
                        | b"normal"
                        | b"typical"
                        | b"average"
                        | b"a"
                        | b"an"
                )
            {
                k -= 1;
            }
            // "than last year's 46.8 million", "from the previous year's 3,898": the
            // earlier period that owns the old level.
            if k >= self.floor + 5
                && cx.word_is(k - 1, "s")
                && matches!(cx.punct(k - 2), "'" | "’")
                && matches!(
                    cx.word_bytes(k - 3),
                    b"year" | b"quarter" | b"month" | b"week" | b"season"
                )
                && matches!(cx.word_bytes(k - 4), b"last" | b"previous" | b"prior")
            {
                k -= 4;
                if k > self.floor && cx.word_is(k - 1, "the") {
                    k -= 1;
                }
            }
            // "lower than the 46.8 million": the article of the old level.
            let article = k >= self.floor + 2
                && cx.word_is(k - 1, "the")
                && (matches!(
                    cx.word_bytes(k - 2),
                    b"than" | b"from" | b"against" | b"versus" | b"below" | b"above"
                ) || k >= self.floor + 3
                    && cx.word_is(k - 2, "of")
                    && cx.word_is(k - 3, "short")
                    // "compared with the typical 4.1 billion".
                    || k >= self.floor + 3
                        && matches!(cx.word_bytes(k - 2), b"with" | b"to")
                        && matches!(
                            cx.word_bytes(k - 3),
                            b"compared" | b"compares" | b"comparing"
                        ));
            if article {
                k -= 1;
            }
            let lead = if k > self.floor { cx.word(k - 1) } else { "" };
            // "16% below last year's 46.8 million": a change in percent set against
            // the old level.
            // Not a bare year: "three pct below 1985".
            let year_like =
                amt.scaled.is_none() && value.fract() == 0.0 && (1900.0..=2099.0).contains(&value);
            // "below the 7.7 trillion expected": the article names an old level, where
            // a bare "below 7.7 trillion" is a bound.
            let below_pct = matches!(lead, "below" | "above")
                && !year_like
                && (k >= 2 && cx.percent_sign(k - 2) || article);
            // "compared to 1,201.6 mln".
            let compared = lead == "to"
                && k >= self.floor + 2
                && matches!(
                    cx.word_bytes(k - 2),
                    b"compared" | b"compares" | b"comparing"
                );
            // "than" compares ("lower than 2.5 mln"), but "more than 4,500" is a bound;
            // "more than the 746 million imposed" compares again.
            let bound = lead == "than"
                && !article
                && k >= self.floor + 2
                && matches!(cx.word_bytes(k - 2), b"more" | b"less" | b"fewer");
            // "27.01 billion dlrs a day (13.43 billion against the Australian dollar)",
            // "in December and 9.92 billion": a scaled amount in brackets or after "and"
            // of a size with the amount before it.
            // "exports rose to 2.82 billion dlrs ... while imports fell to 2.77
            // billion": a scaled level reached after a verb of change, too.
            // "above the group's ceiling of 15.8 mln", "short of its target of 5
            // billion": so is one named as a yardstick of that amount.
            // "the world surplus at 94,000 tonnes, against an earlier estimate of
            // 126,000": a yardstick in thousands, too.
            let grouped = amt.digits.is_some_and(|d| d.grouped);
            let aside = (amt.scaled.is_some() || grouped && lead == "of")
                && k == amt.a
                && k > self.floor
                && (lead == "and" && amt.scaled.is_some()
                    || cx.punct_is(k - 1, "(") && amt.scaled.is_some()
                    || lead == "to"
                        && amt.scaled.is_some()
                        && k >= self.floor + 2
                        && placement::change_verb(cx.word(k - 2)).is_some()
                    || lead == "of"
                        && k >= self.floor + 2
                        && matches!(
                            cx.word_bytes(k - 2),
                            b"target"
                                | b"targets"
                                | b"ceiling"
                                | b"quota"
                                | b"forecast"
                                | b"forecasts"
                                | b"estimate"
                                | b"estimates"
                                | b"expectations"
                                | b"limit"
                                | b"cap"
                                | b"goal"
                                | b"projection"
                                | b"projections"
                        ))
                // "will spend €10.5bn on housing ... and a further 450 million on
                // repairs": a further or another scaled amount after one of money.
                || amt.scaled.is_some()
                    && k == amt.a
                    && matches!(lead, "further" | "another")
                // "profit rose to 1.21 billion crowns ... on sales of 31.4 billion",
                // "at 17.50 dlrs a barrel, against an official price of 18.00": sales
                // or a price of a bare amount, scaled or in hundredths, after an amount
                // of money. So is a result set against it: "net earnings were 31.4 mln
                // Canadian dlrs, against a loss of 6.2 mln", "lost 1.25 billion dinars,
                // against a gain of 2.1 billion".
                || k == amt.a
                    && k >= self.floor + 2
                    && lead == "of"
                    && (amt.scaled.is_some() || amt.digits.is_some_and(|d| d.decimals == 2))
                    && matches!(
                        cx.word_bytes(k - 2),
                        b"sales"
                            | b"revenue"
                            | b"revenues"
                            | b"turnover"
                            | b"price"
                            | b"loss"
                            | b"gain"
                            | b"profit"
                            // "a deficit of 1.2 billion dlrs in January against a
                            // surplus of 300 mln a year earlier".
                            | b"surplus"
                            | b"deficit"
                    );
            // "Argyll shares were up 12p to 440", "dropped 30 Swiss francs to 460": the
            // level a price moved to is in the money of the move just before it.
            let moved_to = lead == "to" && k == amt.a && amt.scaled.is_none();
            // "5 billion dlrs of damage, of which insurers will meet about 1.1 billion":
            // a part named after "of which" and a short clause of its own.
            let part = lead == "which" && k == amt.a && k >= 2 && cx.word_is(k - 2, "of")
                || amt.scaled.is_some()
                    && !cx.is(b, TokKind::Word)
                    && part_after_of_which(&cx, amt.a, self.floor);
            // "short of the 239.1 billion analysts expected".
            let short_of = article && lead == "of";
            // "net profit 12.4 mln dlrs vs 9.8 mln dlrs, revenues 310.2 mln": wire
            // copy's bare scaled revenue or turnover after an amount of money.
            let revenue = k == amt.a
                && amt.scaled.is_some()
                && matches!(lead, "revenue" | "revenues" | "turnover");
            let elliptic = short_of
                || revenue
                || balance
                || !bound
                && matches!(lead, "against" | "from" | "vs" | "versus" | "than" | "with")
                || below_pct
                || compared
                || aside
                || part
                || running
                // "rose 1.93 billion dlrs in March to a record 68.62 billion".
                || (lead == "to"
                    && (k == amt.a
                        || k + 2 == amt.a && cx.word_is(k, "a") && cx.word_is(k + 1, "record")));
            if elliptic
                && let Some(prev) = self.out[self.first..]
                    .iter()
                    .rev()
                    // "from 1.87 billion" after "2.35 billion dlrs in the first two
                    // months": a stretch of time is no level compared. Time counted in
                    // thousands of its units is: "idle for 4,120 hours, down from
                    // 5,380", "booked 1,214,000 nights in 2024, up 6% from 1,142,000".
                    .find(|p| {
                        p.kind.is_quantity()
                            && (p.kind != FigureKind::Duration
                                || matches!(p.value, Value::Number(x) if x >= 1e3
                                    && (x / 3.0..=x * 3.0).contains(&value)))
                            // "1.12 mln bags of 60 kilos each, down from 1.57 mln":
                            // the size of each thing counted is no level compared.
                            && !(p.a >= 1
                                && cx.word_is(p.a - 1, "of")
                                && matches!(cx.word_bytes(p.b), b"each" | b"apiece"))
                            // "2.91 million twenty-foot equivalent units, from 2.74
                            // million": a measure hyphenated to the noun it sizes is
                            // no level compared.
                            && !(p.kind == FigureKind::Measure
                                && p.b >= 3
                                && p.b - 3 == p.core
                                && cx.punct_is(p.b - 2, "-")
                                && cx.glued(p.b - 2))
                            // "98.1 million miles, down 2.4% from 99.5 million": the
                            // change stated right before "from" stands between the
                            // level and its old one.
                            && !(lead == "from"
                                && p.kind == FigureKind::Percent
                                && p.b + 1 == k
                                && p.a >= 1
                                && (matches!(cx.word_bytes(p.a - 1), b"up" | b"down" | b"by")
                                    || placement::change_verb(cx.word(p.a - 1)).is_some()))
                            // "16% below last year's 46.8 million", "16% lower than the
                            // 46.8 million": so is the change set against the old level.
                            && !(p.kind == FigureKind::Percent
                                && (below_pct && p.b + 1 == k
                                    || lead == "than"
                                        && p.b + 2 == k
                                        && matches!(
                                            cx.word_bytes(p.b),
                                            b"lower"
                                                | b"higher"
                                                | b"less"
                                                | b"more"
                                                | b"fewer"
                                                | b"greater"
                                                | b"smaller"
                                                | b"larger"
                                                | b"bigger"
                                        )))
                    })
                    // "4.2 billion kronor, or about 390 mln dlrs, beating forecasts of
                    // 3.9 billion": an amount said beside an earlier one is in the
                    // money or measure of the one nearest its size, not of an aside
                    // between them.
                    .map(|p| {
                        if !aside {
                            return p;
                        }
                        let gap = |q: &Draft| match q.value {
                            Value::Number(x) if x > 0.0 && value > 0.0 => (x / value).ln().abs(),
                            _ => f64::INFINITY,
                        };
                        self.out[self.first..]
                            .iter()
                            .rev()
                            .filter(|q| q.kind == p.kind && q.unit.is_some() && q.b <= k)
                            .min_by(|x, y| gap(x).total_cmp(&gap(y)))
                            .filter(|q| gap(q) < gap(p))
                            .unwrap_or(p)
                    })
                    // "up 8.52 mln barrels to 337.73 mln": after "to", only the
                    // amount just before, or before a phrase of time ("fell 2.9 mln
                    // barrels in the week to 104.6 mln").
                    .filter(|p| {
                        lead != "to"
                            || compared
                            || aside
                            || running
                            || p.b + 1 == k
                            || p.b + 1 < k && period_between(&cx, p.b, k - 1)
                    })
                    .filter(|p| {
                        !moved_to
                            || running
                            || p.kind == FigureKind::Money
                                && p.a >= 1
                                && (placement::change_verb(cx.word(p.a - 1)).is_some()
                                    || matches!(cx.word_bytes(p.a - 1), b"up" | b"down"))
                                // "rose 30 cents to 45.20" is in dollars, and "up 12p
                                // to 440" in pence: a move in cents leaves the level
                                // unread. So does a move with a scale ("declined 75.4
                                // mln dlrs to 104.0").
                                && !(p.a..p.b).any(|k| {
                                    unit::currency_word(cx.word(k)).is_some_and(|(_, f)| f < 1.0)
                                        || unit::scale(cx.low(k), cx.glued(k), true).is_some()
                                })
                    })
                    .filter(|p| {
                        !aside
                            || matches!(p.value, Value::Number(x) if x > 0.0
                                && (x / 100.0..=x * 100.0).contains(&value))
                    })
                    .filter(|p| {
                        lead != "from"
                            || !self.out[self.first..]
                                .iter()
                                .rev()
                                .find(|q| q.b <= p.a)
                                .is_some_and(|q| clause_on_figure_before(&cx, q, p, value))
                    })
                    .filter(|p| !balance || p.kind == FigureKind::Money)
                    // A part is no larger than the whole, in the same scale.
                    .filter(|p| {
                        !part
                            || matches!(p.value, Value::Number(x) if x > 0.0
                                && (x / 1000.0..=x).contains(&value))
                    })
                    .filter(|p| {
                        matches!(
                            p.kind,
                            FigureKind::Money | FigureKind::Measure | FigureKind::Duration
                        ) || p.kind == FigureKind::Percent
                                && matches!(before, "against" | "vs" | "versus")
                                // "203 patients, or 3.3%, against 268, or 4.3%",
                                // "against 701 on placebo, or 8.0%": a count its
                                // share restates.
                                && !share_restates_from(&cx, b)
                                // "11,402 votes (38.6%) against 9,084 (30.7%)": a share
                                // in brackets restates the count before it.
                                && !(k >= self.floor + 2 && cx.punct_is(k - 2, ")"))
                                && !cx.punct_is(b, "(")
                    })
            {
                kind = prev.kind;
                unit = prev.unit;
                // "5.87 cts per lb vs 5.70": the earlier figure's cents too.
                if prev.kind == FigureKind::Money {
                    let cents = (prev.a..prev.b).find_map(|k| {
                        unit::currency_word(cx.word(k))
                            .map(|(_, f)| f)
                            .filter(|&f| f < 1.0)
                    });
                    let pence = (prev.a..prev.b).any(|k| cx.word_is(k, "p") && cx.glued(k));
                    if let Some(f) = cents.or(pence.then_some(0.01)) {
                        value *= f;
                        rounding *= f;
                    }
                }
            }
            // "revenue rose 4% to $1.2 billion, and its net income more than doubled to
            // 96 million": a scaled level reached after a change in percent or a
            // multiplier, when an earlier level in the sentence was reached in money the
            // same way, is in that money.
            // Wire copy's "on sales up 9 pct at 22.4 billion" too.
            let level_at = lead == "at"
                && (!cx.is(b, TokKind::Word)
                    || matches!(
                        cx.word_bytes(b),
                        b"in" | b"from" | b"against" | b"compared" | b"versus" | b"vs"
                    ));
            if kind == FigureKind::Count
                && unit.is_none()
                && amt.scaled.is_some()
                && (lead == "to" || level_at)
                && k == amt.a
            {
                let mut quantities = self.out[self.first..]
                    .iter()
                    .rev()
                    .filter(|p| p.kind.is_quantity());
                if let Some(change) = quantities.next()
                    && matches!(change.kind, FigureKind::Percent | FigureKind::Multiplier)
                    && change.b + 1 == k
                    && !people_or_things_changed(&cx, change.a)
                    // "rose to 1.21 billion crowns from 980 mln ..., on sales up 9 pct at
                    // 22.4 billion": the level reached, past the old one.
                    && let Some(level) = quantities.find(|p| {
                        p.kind == FigureKind::Money
                            && !(level_at && p.a > 0 && cx.word_is(p.a - 1, "from"))
                    })
                    && level.unit.is_some()
                    && level.a > 0
                    && cx.word_is(level.a - 1, "to")
                {
                    kind = FigureKind::Money;
                    unit = level.unit;
                }
            }
            // "201.5 mln kilos worth 6.21 billion rupees, compared with 214.7 mln kilos
            // worth 7.03 billion": what a thing is worth, said again of another, is in
            // the money said before.
            if kind == FigureKind::Count
                && unit.is_none()
                && amt.scaled.is_some()
                && lead == "worth"
                && k == amt.a
                && let Some(level) = self.out[self.first..].iter().rev().find(|p| {
                    p.kind == FigureKind::Money
                        && p.unit.is_some()
                        && p.a > 0
                        && cx.word_is(p.a - 1, "worth")
                })
            {
                kind = FigureKind::Money;
                unit = level.unit;
            }
        }
        // "will cost from $799", "fares start from £5": a floor; but not the first end
        // of a span whose other end follows a phrase of its own ("range from £45 for
        // children to £185 for the best seats").
        let to_after = (b..(b + 6).min(cx.len()))
            .take_while(|&t| cx.is(t, TokKind::Word))
            .any(|t| {
                t > b && cx.word_is(t, "to") && (t + 1..t + 3).any(|q| cx.is(q, TokKind::Num))
            });
        let mut a = a;
        if from
            && !to_after
            && hedge == Hedge::Exact
            && amt.a >= 2
            && matches!(
                cx.word_bytes(amt.a - 2),
                b"cost"
                    | b"costs"
                    | b"priced"
                    | b"start"
                    | b"starts"
                    | b"starting"
                    | b"available"
                    | b"fares"
                    | b"prices"
                    | b"tickets"
                    | b"rates"
                    | b"sells"
                    | b"retails"
                    | b"range"
            )
        {
            hedge = Hedge::AtLeast;
            a = amt.a - 1;
        }
        self.out.push(Draft {
            a,
            b,
            core: amt.core,
            kind,
            value: Value::Number(value),
            rounding,
            hedge,
            unit,
            direction: if minus_names_a_level(&cx, amt.a) {
                None
            } else {
                amt.signed
            },
            pair: false,
        });
        Some(b)
    }
}

/// Whether the words right before token `j` name a market index: "The FTSE 100", "the
/// Dow", "the Nikkei average", "the Hang Seng index", "the S&P 500".
fn index_name_before(cx: &Cx<'_>, j: usize) -> bool {
    let floor = 0;
    if j > floor && matches!(cx.word_bytes(j - 1), b"index" | b"indices" | b"indexes") {
        return true;
    }
    let mut k = j;
    // "the FTSE 100", "the S&P 500": a number that ends the name.
    if k > floor + 1 && cx.is(k - 1, TokKind::Num) {
        k -= 1;
    }
    // "the Nikkei average", "the Hang Seng index", "the Dow Jones industrial average".
    while k > floor + 1
        && k + 3 > j
        && matches!(
            cx.word_bytes(k - 1),
            b"index" | b"average" | b"industrial" | b"composite" | b"industrials"
        )
    {
        k -= 1;
    }
    k > floor
        && matches!(
            cx.word_bytes(k - 1),
            b"ftse"
                | b"dow"
                | b"jones"
                | b"nasdaq"
                | b"nikkei"
                | b"dax"
                | b"cac"
                | b"sensex"
                | b"kospi"
                | b"seng"
                | b"stoxx"
                | b"topix"
                | b"p"
        )
}

fn class_kind(class: UnitClass) -> FigureKind {
    match class {
        UnitClass::Percent => FigureKind::Percent,
        UnitClass::Points => FigureKind::PercentagePoints,
        UnitClass::Duration => FigureKind::Duration,
        UnitClass::Measure => FigureKind::Measure,
    }
}

/// Nouns whose number names one of them rather than counting them.
const NUMBERED_PARTS: &[&str] = &[
    "flat",
    "apartment",
    "suite",
    "junction",
    "grade",
    "exit",
    "platform",
    "gate",
    "terminal",
    "berth",
    "chapter",
    "page",
    "paragraph",
    "clause",
    "article",
    "section",
    "room",
    "route",
    "interstate",
    "zone",
];

/// Whether a possessive noun phrase opens at `j`, what a multiple after "double" or
/// "twice" is of: "double last year's budget", "twice Britain's rate".
fn possessive_next(cx: &Cx<'_>, j: usize) -> bool {
    let owner = if matches!(cx.word_bytes(j), b"last" | b"this" | b"next" | b"the") {
        j + 1
    } else if cx.capital(j) {
        j
    } else {
        return false;
    };
    cx.is(owner, TokKind::Word)
        && matches!(cx.punct(owner + 1), "'" | "’")
        && cx.glued(owner + 1)
        && cx.word_is(owner + 2, "s")
        && cx.glued(owner + 2)
}

static FUNCTION_WORDS: std::sync::LazyLock<super::words::WordSet> =
    std::sync::LazyLock::new(|| {
        super::words::WordSet::new(&[
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "to",
            "of",
            "with",
            "and",
            "or",
            "but",
            "since",
            "until",
            "after",
            "before",
            "during",
            "about",
            "over",
            "under",
            "some",
            "nearly",
            "almost",
            "around",
            "roughly",
            "only",
            "just",
            "approximately",
            "between",
            "more",
            "fewer",
            "less",
            "up",
            "down",
            "exactly",
            "all",
            "another",
            "those",
            "these",
            "this",
            "that",
            "among",
            "each",
            "like",
            "unlike",
            "earlier",
            "later",
            "last",
            "next",
            "total",
            "including",
            "excluding",
            "plus",
            "minus",
            "than",
            "as",
            "if",
            "when",
            "while",
            "where",
            "what",
            "why",
            "how",
            "who",
            "which",
            "because",
            "although",
            "though",
            "unless",
            "whereas",
            "despite",
            "amid",
            "via",
            "into",
            "through",
            "within",
            "without",
            "there",
            "here",
            "it",
            "its",
            "they",
            "their",
            "we",
            "our",
            "he",
            "his",
            "she",
            "her",
            "i",
            "you",
            "your",
            "my",
            "both",
            "either",
            "neither",
            "every",
            "almost.",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "says",
            "said",
            "page",
            "per",
            "also",
            "still",
            "even",
            "then",
            "so",
            "yet",
            "once",
            "now",
            "today",
            "yesterday",
            "tomorrow",
            "is",
            "are",
            "was",
            "were",
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "can",
            "must",
            "do",
            "does",
            "did",
            "not",
            "no",
            "yes",
            "rose",
            "fell",
            "up.",
            "inc",
            "corp",
            "co",
            "ltd",
            "vs",
            "against",
            "at least",
            "estimated",
            "approx",
            "circa",
            "above",
            "below",
            "within",
            "through",
            "across",
            "into",
            "towards",
            "toward",
            "upwards",
            "beyond",
            "top",
            "figures",
            "shr",
            "net",
            "revs",
            "avg",
            "shrs",
            "qtr",
            "mths",
            "year",
            "years",
            "week",
            "weeks",
            "day",
            "days",
        ])
    });

/// Whether the amount starting at token `a` is a running total, the level an
/// amount before it was added to: "raising it to about five billion", "bringing the
/// total to 5.2 billion", "which took its total to 1.1 billion". A word of
/// approximation may stand before it.
fn running_total(cx: &Cx<'_>, a: usize, floor: usize) -> bool {
    let mut k = a;
    if k > floor
        && matches!(
            cx.word_bytes(k - 1),
            b"about" | b"around" | b"roughly" | b"some" | b"nearly" | b"almost" | b"approximately"
        )
    {
        k -= 1;
    }
    if k < floor + 3 || !cx.word_is(k - 1, "to") {
        return false;
    }
    let mut v = k - 2;
    if matches!(cx.word_bytes(v), b"it" | b"them") {
        v -= 1;
    } else if matches!(cx.word_bytes(v), b"total" | b"tally" | b"sum")
        && v >= floor + 2
        && matches!(cx.word_bytes(v - 1), b"the" | b"its" | b"their")
    {
        v -= 2;
    } else {
        return false;
    }
    matches!(
        cx.word_bytes(v),
        b"raising"
            | b"bringing"
            | b"taking"
            | b"lifting"
            | b"pushing"
            | b"boosting"
            | b"raised"
            | b"brought"
            | b"took"
            | b"lifted"
            | b"pushed"
            | b"boosted"
    )
}

/// Whether the amount starting at token `a` ends a short clause after "of which": "of
/// which insurers will meet about 1.1 billion", "of which banks hold 76 billion". Only
/// words stand between.
fn part_after_of_which(cx: &Cx<'_>, a: usize, floor: usize) -> bool {
    let lo = a.saturating_sub(8).max(floor);
    (lo..a.saturating_sub(2)).any(|w| {
        cx.word_is(w, "of")
            && cx.word_is(w + 1, "which")
            && (w + 2..a).all(|t| cx.is(t, TokKind::Word))
    })
}

/// "in the week", "last month", "in March", "in the week ended April 3": tokens
/// `[a, b)` only say when, between a change and the level it reached.
fn period_between(cx: &Cx<'_>, a: usize, b: usize) -> bool {
    matches!(cx.word_bytes(a), b"in" | b"last" | b"this")
        && (a..b).all(|t| {
            matches!(
                cx.word_bytes(t),
                b"in"
                    | b"the"
                    | b"last"
                    | b"this"
                    | b"latest"
                    | b"week"
                    | b"month"
                    | b"quarter"
                    | b"year"
                    | b"period"
                    | b"fortnight"
                    | b"ended"
                    | b"ending"
            ) || number::month_bytes(cx.text_bytes(t)).is_some()
                || cx.word_is(t, "to") && number::month_bytes(cx.text_bytes(t + 1)).is_some()
                || cx.is(t, TokKind::Num)
                    && t > a
                    && number::month_bytes(cx.text_bytes(t - 1)).is_some()
        })
}

/// A comparative among the change nouns ("higher", "cheaper"): after "one point" or
/// "N-point" it compares a level, and names no change.
fn is_comparative(w: &str) -> bool {
    matches!(w, "higher" | "lower" | "dearer" | "cheaper")
}

/// Capitalised words that start sentences or name no thing: never the name in a
/// "Boeing 737" identifier.
pub(crate) fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(w)
}

/// The end of a golf score whose "par" is left unsaid, for a number at `i` ending at
/// `end`: "under" or "over" (spaced, or glued with a hyphen: "9-under") after a verb or
/// preposition that places a player on a score ("finish on 17 under", "was six under",
/// "at 3-over"), with nothing after it that it could be under or over: the clause ends,
/// or a phrase of holes, rounds or place follows ("six under through 12 holes", "nine
/// under for the week"). "17 under budget", "300 under 18" and "aged 65 and over" are
/// not scores.
fn golf_score_without_par(cx: &Cx<'_>, i: usize, end: usize) -> Option<usize> {
    let placed = i > 0
        && matches!(
            cx.word_bytes(i - 1),
            b"on"
                | b"at"
                | b"to"
                | b"finish"
                | b"finished"
                | b"finishes"
                | b"finishing"
                | b"is"
                | b"was"
                | b"were"
                | b"stood"
                | b"stands"
                | b"sits"
                | b"sat"
                | b"reached"
                | b"moved"
                | b"went"
                | b"closed"
                | b"ended"
        );
    if !placed {
        return None;
    }
    let word = if cx.punct_is(end, "-") && cx.glued(end) && cx.glued(end + 1) {
        end + 1
    } else if !cx.glued(end) {
        end
    } else {
        return None;
    };
    if !matches!(cx.word_bytes(word), b"under" | b"over") {
        return None;
    }
    let next = word + 1;
    let clear = next >= cx.len()
        || cx.is(next, TokKind::Punct) && !matches!(cx.punct(next), "-" | "–" | "$" | "£" | "€")
        || matches!(
            cx.word_bytes(next),
            b"through" | b"thru" | b"after" | b"with" | b"for" | b"and" | b"overall"
        );
    clear.then_some(word + 1)
}

/// Whether the word at `k`, after "three-" or "3-", makes a kind of shot or score of
/// it, for a number `value` of 2 or 3: "three-pointers", "from three-point range", "a
/// two-point conversion" (but "a three-point lead", "a 10-point plan" and "a 35-point
/// range" of prices count points).
fn kind_of_shot(cx: &Cx<'_>, k: usize, value: f64) -> bool {
    match cx.word_bytes(k) {
        b"pointer" | b"pointers" => true,
        // "in a 35-point range" is a span of prices; "a three-point play" is one play.
        b"point" if (2.0..=3.0).contains(&value) && value.fract() == 0.0 => matches!(
            cx.word_bytes(k + 1),
            b"range"
                | b"line"
                | b"arc"
                | b"shot"
                | b"shots"
                | b"shooting"
                | b"shooter"
                | b"attempt"
                | b"attempts"
                | b"play"
                | b"conversion"
                | b"conversions"
                | b"percentage"
        ),
        _ => false,
    }
}

/// "minus" (or a sign) at `m` signs a level, not a change: "a net rating of minus 27",
/// "stood at minus 12", "fell to minus 4", "improved from -1.3% to -0.1%" (but not "a
/// change of minus 5%", "growth of minus 0.3%" nor "growth was minus 0.3%", which state
/// a change).
fn minus_names_a_level(cx: &Cx<'_>, m: usize) -> bool {
    if m < 2 {
        return false;
    }
    // "improved from -1.3% to -0.1%", "stood at +2.1%": a sign on either end of a
    // move, or on a level, signs the level.
    if matches!(cx.punct(m), "-" | "−" | "+") {
        return matches!(cx.word(m - 1), "at" | "to" | "from");
    }
    if !cx.word_is(m, "minus") {
        return false;
    }
    match cx.word(m - 1) {
        "at" | "to" | "from" => true,
        "of" => {
            let w = cx.word(m - 2);
            matches!(
                w,
                "rating" | "score" | "balance" | "reading" | "index" | "temperature"
            )
        }
        _ => false,
    }
}

/// Whether a verb of change stands right before `a` (or two words before it, "rose
/// by"), as in "Labour gained 14pts", "the Tories fell by 3 points"; or a verb of
/// leading before "by": "Labour leads by 14 points".
fn moved_in_poll(cx: &Cx<'_>, a: usize, floor: usize) -> bool {
    (1..=2).any(|k| {
        a.checked_sub(k)
            .is_some_and(|j| j >= floor && placement::change_verb(cx.word(j)).is_some())
    }) || a >= floor + 2
        && cx.word_is(a - 1, "by")
        && matches!(
            cx.word_bytes(a - 2),
            b"lead"
                | b"leads"
                | b"led"
                | b"leading"
                | b"trail"
                | b"trails"
                | b"trailed"
                | b"trailing"
        )
}

/// A verb that, before "up to", says a figure moved up to a new level ("edged up to
/// 4.3%", "has gone up to £5") rather than that it is at most a value ("up to 20,000",
/// "waves rising up to 10 metres"): a verb of small moves (but not "moving"), or one
/// of a move up.
fn moves_up_to_a_level(verb: &str) -> bool {
    (placement::is_move_verb(verb) && verb != "moving")
        || matches!(
            verb,
            "edged"
                | "gone"
                | "went"
                | "goes"
                | "climbed"
                | "climbs"
                | "jumped"
                | "jumps"
                | "ratcheted"
                | "revised"
                | "bumped"
                | "picked"
                | "rounded"
                | "rose"
                | "risen"
                | "rises"
                | "soared"
                | "surged"
                | "shot"
        )
}

/// The postal abbreviations of the US states, the District of Columbia and Puerto Rico.
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
    "WA", "WV", "WI", "WY",
];

/// A verb that carries its object to a level ("lifting her earnings past $4 million",
/// "took the toll past 300").
fn carries_past(w: &[u8]) -> bool {
    matches!(
        w,
        b"lift"
            | b"lifts"
            | b"lifted"
            | b"lifting"
            | b"push"
            | b"pushes"
            | b"pushed"
            | b"pushing"
            | b"take"
            | b"takes"
            | b"took"
            | b"taking"
            | b"bring"
            | b"brings"
            | b"brought"
            | b"bringing"
            | b"send"
            | b"sends"
            | b"sent"
            | b"sending"
            | b"propel"
            | b"propels"
            | b"propelled"
            | b"propelling"
            | b"tip"
            | b"tips"
            | b"tipped"
            | b"tipping"
    )
}
/// Whether a share restating the figure just before token `b` follows within a few words
/// and before any other number: ", or 3.3%" or " on placebo, or 8.0%" after a count.
fn share_restates_from(cx: &Cx<'_>, b: usize) -> bool {
    for k in b..b + 6 {
        if cx.is(k, TokKind::Num) || !(cx.is(k, TokKind::Word) || cx.punct_is(k, ",")) {
            return false;
        }
        if cx.word_is(k, "or") {
            return cx.is(k + 1, TokKind::Num) && cx.percent_sign(k + 2);
        }
    }
    false
}

#[cfg(test)]
mod prose_tests {
    use crate::document::Document;
    use crate::extract::prose::figure;
    use crate::extract::{Direction, ExtractOptions, FigureKind, Qualifier, Value, extract};

    fn kinds(text: &str) -> Vec<(String, FigureKind)> {
        let doc = crate::document::Document::plain(text);
        crate::extract::extract(&doc, &crate::extract::ExtractOptions::default())
            .figures
            .into_iter()
            .map(|f| (f.text, f.kind))
            .collect()
    }

    #[test]
    fn a_unit_of_length_with_its_square_glued_after_it_is_one_of_area() {
        let f = figure("The fire burned 40 km2 of forest.", "40 km2");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("square_km"))
        );
        let f = figure("The fire burned 40 km² of forest.", "40 km²");
        assert_eq!(f.unit.as_deref(), Some("square_km"));
        let f = figure("The flat measures 85 m2.", "85 m2");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("square_m"))
        );
        let f = figure("The road runs 40 km to Leeds.", "40 km");
        assert_eq!(f.unit.as_deref(), Some("km"));
        let f = figure("The flat, 85m2 in all, sold for €610,000.", "85m2");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("square_m"))
        );
        let f = figure("It raised £85m2 years ago.", "£85m");
        assert_eq!(f.kind, FigureKind::Money);
    }

    #[test]
    fn grams_a_tonne_are_a_grade_of_ore() {
        let text = "The hole returned 14 metres grading 9.2 g/t gold from 312 metres.";
        let f = figure(text, "9.2 g/t");
        assert_eq!(
            (f.kind, f.unit.as_deref(), f.value),
            (
                FigureKind::Measure,
                Some("gram_per_tonne"),
                Value::Number(9.2)
            )
        );
        let f = figure("Ore grades averaged 5.1g/t.", "5.1g/t");
        assert_eq!(f.unit.as_deref(), Some("gram_per_tonne"));
        let f = figure("It grades 3.4 grams per tonne gold.", "3.4 grams per tonne");
        assert_eq!(f.unit.as_deref(), Some("gram_per_tonne"));
        // Grams alone stay grams.
        let f = figure("Eat no more than 70g a day.", "no more than 70g");
        assert_eq!(f.unit.as_deref(), Some("gram"));
    }

    #[test]
    fn a_lakh_or_a_thousand_of_crores_is_one_scale() {
        let text = "The fiscal deficit was put at ₹16.13 lakh crore.";
        let f = figure(text, "₹16.13 lakh crore");
        assert_eq!(
            (f.kind, f.unit.as_deref(), f.value),
            (FigureKind::Money, Some("INR"), Value::Number(16.13e12))
        );
        let f = figure("It will invest Rs 5 thousand crore.", "Rs 5 thousand crore");
        assert_eq!(f.value, Value::Number(5e10));
        let f = figure("Revenue was Rs 48 crore.", "Rs 48 crore");
        assert_eq!(f.value, Value::Number(4.8e8));
        let f = figure("Nearly 15 lakh candidates sat it.", "Nearly 15 lakh");
        assert_eq!(f.value, Value::Number(1.5e6));
    }

    #[test]
    fn letters_glued_before_an_amount_can_name_its_currency() {
        let f = figure("It will save SFr2.5bn a year.", "SFr2.5bn");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("CHF"))
        );
        let f = figure("Fuel now costs R23.71 a litre.", "R23.71");
        assert_eq!(f.unit.as_deref(), Some("ZAR"));
        let f = figure("A tank costs about R950.", "about R950");
        assert_eq!(f.unit.as_deref(), Some("ZAR"));
        let f = figure("Bills rise by roughly R150 a month.", "roughly R150");
        assert_eq!(f.unit.as_deref(), Some("ZAR"));
        let f = figure("Profit rose to R2.5 billion.", "R2.5 billion");
        assert_eq!(f.unit.as_deref(), Some("ZAR"));
        assert_eq!(f.value, Value::Number(2.5e9));
        // A bare "R" before a plain number names a road or a model.
        let text = "Take the R40 past the R101 memorial.";
        assert_eq!(figure(text, "R40").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "R101").kind, FigureKind::Identifier);
    }

    #[test]
    fn an_area_of_a_place_after_a_counted_noun_is_where_it_is_spread() {
        let text = "Volunteers planted 1.2 million seagrass seeds over 10 hectares of the bay.";
        assert_eq!(figure(text, "10 hectares").qualifier, Qualifier::Exact);
        let text = "The fire burned over 10 hectares of land.";
        assert_eq!(
            figure(text, "over 10 hectares").qualifier,
            Qualifier::LowerBound
        );
        let text = "They own 300 farms over 50 acres.";
        assert_eq!(
            figure(text, "over 50 acres").qualifier,
            Qualifier::LowerBound
        );
    }

    #[test]
    fn a_number_before_millionth_is_a_place_in_a_count_not_a_count() {
        let text = "It built its 10 millionth vehicle in 2016.";
        let f = figure(text, "10 millionth");
        assert_eq!(f.kind, FigureKind::Ordinal);
        assert_eq!(f.value, Value::Number(1e7));
        assert_eq!(
            kinds("The flash lasted a 10 millionth of a second."),
            vec![("10".to_owned(), FigureKind::Count)]
        );
    }

    #[test]
    fn a_rate_of_the_brazilian_real_is_in_reais() {
        let text = "The rand weakened to 19.12 to the dollar, while the Brazilian real closed at 5.61 per dollar.";
        assert_eq!(figure(text, "5.61").unit.as_deref(), Some("BRL"));
        assert_eq!(figure(text, "19.12").unit.as_deref(), Some("ZAR"));
        // A real rise is no currency.
        let text = "The rand rose to 19.12 to the dollar, a real gain of 2%.";
        assert_eq!(figure(text, "19.12").unit.as_deref(), Some("ZAR"));
    }

    #[test]
    fn hours_and_minutes_after_at_in_a_timetable_are_a_time() {
        let text = "The 9.15am service will call at York at 11.02; for help call us.";
        assert_eq!(figure(text, "11.02").kind, FigureKind::Time);
        let text = "The train arrives in Leeds at 14.47.";
        assert_eq!(figure(text, "14.47").kind, FigureKind::Time);
        // A price is no time.
        let text = "Shares closed at 11.02 in London.";
        assert_ne!(figure(text, "11.02").kind, FigureKind::Time);
        let text = "The stock closed at 11.02.";
        assert_ne!(figure(text, "11.02").kind, FigureKind::Time);
    }

    #[test]
    fn a_leading_zero_hour_with_its_minutes_is_a_time() {
        let text = "The rules came into force at 00.01 on Monday.";
        assert_eq!(figure(text, "00.01").kind, FigureKind::Time);
        assert_eq!(
            figure("The ferry leaves at 07.30.", "07.30").kind,
            FigureKind::Time
        );
        assert_eq!(
            figure("Yields fell to 0.75.", "0.75").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn an_airline_code_after_flight_and_a_bracketed_subsection_are_parts_of_a_name() {
        let text = "Flight UA 857 left late.";
        assert_eq!(figure(text, "UA 857").kind, FigureKind::Identifier);
        let text = "It was launched by a Falcon 9 rocket.";
        assert_eq!(figure(text, "Falcon 9").kind, FigureKind::Identifier);
        let text = "It came into force under section 12(3) last year.";
        assert_eq!(figure(text, "section 12(3)").kind, FigureKind::Identifier);
        let text = "Under Article 50(2)(b) talks last two years.";
        assert_eq!(
            figure(text, "Article 50(2)(b)").kind,
            FigureKind::Identifier
        );
    }

    #[test]
    fn a_bare_verb_of_multiplication_after_a_plural_is_a_change_told_in_the_present() {
        let text = "Carmaker to cut 4,000 jobs as profits halve";
        let f = figure(text, "halve");
        assert_eq!(f.kind, FigureKind::Multiplier);
        assert_eq!(f.value, Value::Number(0.5));
        assert_eq!(f.placement.direction, Some(Direction::Decrease));
        let text = "Financial services saw profits double to 282 mln.";
        assert_eq!(
            figure(text, "double").placement.direction,
            Some(Direction::Increase)
        );
        assert_eq!(figure(text, "282 mln").subject_key(), Some("profit"));
        assert_eq!(kinds("Japan plans to halve its tariffs."), vec![]);
        assert_eq!(kinds("He pays double for parking."), vec![]);
    }

    #[test]
    fn a_fraction_after_another_share_and_before_its_month_is_a_share() {
        let f = figure(
            "A third of voters agreed, up from a quarter in March.",
            "a quarter",
        );
        assert_eq!(f.kind, FigureKind::Ratio);
    }

    #[test]
    fn a_count_in_a_span_of_time_is_no_share() {
        let text = "Adults should take no more than eight in 24 hours.";
        assert_eq!(figure(text, "no more than eight").kind, FigureKind::Count);
        assert_eq!(figure(text, "24 hours").kind, FigureKind::Duration);
        let text = "It rained on one in five days.";
        assert_eq!(figure(text, "one in five").kind, FigureKind::Ratio);
    }

    #[test]
    fn a_point_before_a_change_noun_is_the_size_of_the_change() {
        let text = "The bank gave way to a 0.5 point cut in banks' base lending rates.";
        assert_eq!(figure(text, "0.5 point").kind, FigureKind::PercentagePoints);
        let text = "Shares slid after a 16 point drop in the index.";
        assert_eq!(figure(text, "16 point").kind, FigureKind::Measure);
        let text = "The champions have a 16 point lead.";
        assert!(kinds(text).iter().all(|(_, k)| *k == FigureKind::Count));
    }

    #[test]
    fn one_point_before_a_comparison_is_a_margin_in_points() {
        let text = "The poll put Labour on 29%, one point lower than a week ago.";
        let f = figure(text, "one point");
        assert_eq!(f.kind, FigureKind::PercentagePoints);
        assert_eq!(f.placement.direction, Some(Direction::Decrease));
        let text = "Labour is on 30%, one point down on last month.";
        assert_eq!(figure(text, "one point").kind, FigureKind::PercentagePoints);
        let text = "The Tories are one point behind Labour on 30%.";
        assert_eq!(figure(text, "one point").kind, FigureKind::PercentagePoints);
        let text = "At one point higher than expected, the bid was dropped.";
        assert!(kinds(text).iter().all(|(t, _)| !t.contains("one")));
    }

    #[test]
    fn one_point_or_a_points_compound_before_a_change_noun_is_the_size_of_the_change() {
        let text = "Traders expect a one point cut in base lending rates.";
        let f = figure(text, "one point");
        assert_eq!(f.kind, FigureKind::PercentagePoints);
        assert_eq!(f.value, Value::Number(1.0));
        let text = "The index suffered a one point fall.";
        assert_eq!(figure(text, "one point").kind, FigureKind::Measure);
        let text = "Rates rose one point to 11 pct.";
        assert_eq!(figure(text, "one point").kind, FigureKind::PercentagePoints);
        let text = "Lewis said a one-point cut in building society rates would help.";
        assert_eq!(figure(text, "one-point").kind, FigureKind::PercentagePoints);
        let text = "The index suffered a 2-point fall.";
        assert_eq!(figure(text, "2-point").kind, FigureKind::Measure);
        for text in [
            "At one point cuts of 5% were on the table.",
            "They agree on one point: the cut was too small.",
            "The index was one point higher.",
        ] {
            assert!(
                kinds(text).iter().all(|(t, _)| !t.contains("one")),
                "{text}"
            );
        }
    }

    #[test]
    fn special_drawing_rights_are_money_in_the_imfs_unit() {
        let text = "The IMF approved an 85 mln special drawing rights standby credit.";
        let f = figure(text, "85 mln special drawing rights");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("XDR"))
        );
        let f = figure("Prices fell to 1,600 SDRs a tonne.", "1,600 SDRs");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("XDR"))
        );
        let f = figure("It paid its 165 mln SDR arrears.", "165 mln SDR");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("XDR"))
        );
    }

    #[test]
    fn the_size_of_ships_is_a_measure_in_gross_or_deadweight_tons() {
        let text = "Yards won orders for 41 vessels totalling 1.62 mln gross tons.";
        let f = figure(text, "1.62 mln gross tons");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("gross_ton"))
        );
        let f = figure("The tanker of 250,000 dwt was sold.", "250,000 dwt");
        assert_eq!(f.unit.as_deref(), Some("deadweight_tonne"));
        let f = figure(
            "It bought a 150,000 deadweight tons carrier.",
            "150,000 deadweight tons",
        );
        assert_eq!(f.unit.as_deref(), Some("deadweight_tonne"));
        let f = figure(
            "The fleet totals 329,999 gross registered tons.",
            "329,999 gross registered tons",
        );
        assert_eq!(f.unit.as_deref(), Some("gross_ton"));
    }

    #[test]
    fn a_spacecraft_numbered_at_the_start_of_a_sentence_is_a_name() {
        let text = "Voyager 1 is now more than 24 billion km from Earth.";
        assert_eq!(figure(text, "Voyager 1").kind, FigureKind::Identifier);
        let text = "Two Ariane 4 launches failed.";
        assert_eq!(figure(text, "Ariane 4").kind, FigureKind::Identifier);
    }

    #[test]
    fn tonne_miles_are_one_unit() {
        let text = "Rail freight fell to 16 billion tonne miles last year.";
        let f = figure(text, "16 billion tonne miles");
        assert_eq!(f.unit.as_deref(), Some("tonne_mile"));
        let f = figure("Freight moved was 2.1 bn tonne-km.", "2.1 bn tonne-km");
        assert_eq!(f.unit.as_deref(), Some("tonne_km"));
        let f = figure("It shipped 40 tonnes by rail.", "40 tonnes");
        assert_eq!(f.unit.as_deref(), Some("tonne"));
    }

    #[test]
    fn pounds_of_a_thing_are_a_weight_in_pounds() {
        let text = "Agents seized 21,900 pounds of fentanyl at the border.";
        let f = figure(text, "21,900 pounds");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("lb"))
        );
        let f = figure("Output was 45.5 mln pounds of copper.", "45.5 mln pounds");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("lb"))
        );
        let f = figure("It raised 45.5 mln pounds in the offer.", "45.5 mln pounds");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("GBP"))
        );
    }

    #[test]
    fn mt_is_metric_tonnes_after_thousands_and_million_tonnes_after_a_fraction() {
        let text = "The mine will produce 120,000 mt of copper concentrate.";
        let f = figure(text, "120,000 mt");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("tonne"))
        );
        assert_eq!(f.value, Value::Number(120_000.0));
        let f = figure("Exports were 1.3 mln mt in 1986.", "1.3 mln mt");
        assert_eq!(f.value, Value::Number(1_300_000.0));
        let f = figure("The mine produced 1.2 mt of copper.", "1.2 mt");
        assert_eq!(f.value, Value::Number(1_200_000.0));
        let f = figure("The plant emits 3 Mt of carbon dioxide.", "3 Mt");
        assert_eq!(f.value, Value::Number(3_000_000.0));
    }

    #[test]
    fn points_an_index_moved_are_index_points_beside_a_word_of_a_league() {
        let text = "The Baltic freight index rose 14 points, with grain fixtures firm.";
        assert_eq!(figure(text, "14 points").kind, FigureKind::Measure);
        let text = "The index rose 14 points to 1,102.";
        assert_eq!(figure(text, "14 points").kind, FigureKind::Measure);
        let text = "City rose 14 points clear after their fixtures last week.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Measure));
    }

    #[test]
    fn points_higher_or_lower_after_a_closing_verb_are_index_points() {
        let text = "The FTSE 100 closed 38 points lower at 8,274.";
        assert_eq!(figure(text, "38 points").kind, FigureKind::Measure);
        let text = "Labour ended the night 12 points higher in the polls.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Measure));
    }

    #[test]
    fn points_a_named_index_moved_are_index_points_beside_a_share_in_another_clause() {
        let text =
            "The FTSE 100 closed 48.3 points lower at 8,273.1, and the FTSE 250 dropped 1.1%.";
        assert_eq!(figure(text, "48.3 points").kind, FigureKind::Measure);
        let text = "The Nikkei average fell 210 points, while the Hang Seng index lost 1.2%.";
        assert_eq!(figure(text, "210 points").kind, FigureKind::Measure);
        let text = "The Dow rose 15 points, and the Nasdaq gained 0.8%.";
        assert_eq!(figure(text, "15 points").kind, FigureKind::Measure);
        let text = "The index rose 2.4 points to 148.6, while prices rose 3%.";
        assert_eq!(figure(text, "2.4 points").kind, FigureKind::Measure);
        let text = "Labour's lead fell 3 points, and the party is on 31%.";
        assert_eq!(figure(text, "3 points").kind, FigureKind::PercentagePoints);
    }

    #[test]
    fn more_than_after_a_difference_compares_with_a_time_ago() {
        let text = "Police recorded 6,200 offences, 1,100 more than two years ago.";
        assert_eq!(figure(text, "two years").qualifier, Qualifier::Exact);
        let text = "Some 68 had waited over 65 weeks, and 4,200 more than 78 weeks.";
        assert_eq!(
            figure(text, "more than 78 weeks").qualifier,
            Qualifier::LowerBound
        );
    }

    #[test]
    fn a_hedged_multiplier_participle_is_a_change() {
        let text = "Bitcoin topped $100,000, more than doubling this year.";
        let f = figure(text, "more than doubling");
        assert_eq!(
            (f.kind, f.qualifier),
            (FigureKind::Multiplier, Qualifier::LowerBound)
        );
        assert!(kinds("The firm is doubling capacity at the plant.").is_empty());
    }

    #[test]
    fn double_or_twice_before_a_possessive_is_a_multiple() {
        let text = "It will spend £12m, double last year's budget.";
        assert_eq!(figure(text, "double").kind, FigureKind::Multiplier);
        let text = "It will spend £12m, twice Britain's rate.";
        assert_eq!(figure(text, "twice").kind, FigureKind::Multiplier);
        let found = kinds("He scored twice last season.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "twice" && *k == FigureKind::Count),
            "{found:?}"
        );
    }

    #[test]
    fn the_top_share_is_a_share_and_the_top_ten_a_rank() {
        assert_eq!(
            figure("The top 1% of earners paid most.", "1%").kind,
            FigureKind::Percent
        );
        assert_eq!(
            figure("The top 10 firms paid most.", "top 10").kind,
            FigureKind::Ordinal
        );
        assert_eq!(
            figure("Sales would top 11,000 this year.", "11,000").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn wickets_for_runs_after_taking_are_a_bowlers_figures() {
        let text = "England were bowled out for 188, with Starc taking four for 39.";
        assert_eq!(figure(text, "four for 39").kind, FigureKind::Score);
        let found = kinds("He took two for 10 years.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Score),
            "{found:?}"
        );
    }

    #[test]
    fn runs_for_wickets_are_a_cricket_score() {
        let text = "England, 145 for two at lunch, need 229 runs.";
        assert_eq!(figure(text, "145 for two").kind, FigureKind::Score);
        let found = kinds("Tickets sold at 25 for two pounds.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Score),
            "{found:?}"
        );
    }

    #[test]
    fn a_comparison_sign_set_apart_bounds_a_statistic_but_an_arrow_does_not() {
        let f = figure("The gap was 2.4% (p < 0.001).", "< 0.001");
        assert_eq!(f.qualifier, Qualifier::UpperBound);
        let found = kinds("Prices -> 5% higher.");
        assert!(found.iter().all(|(t, _)| !t.contains('>')), "{found:?}");
    }

    #[test]
    fn parts_per_million_are_a_measure() {
        let text = "CO2 averaged 424 parts per million, up 3.5ppm on 2023.";
        assert_eq!(
            figure(text, "424 parts per million").kind,
            FigureKind::Measure
        );
        assert_eq!(figure(text, "3.5ppm").kind, FigureKind::Measure);
    }

    #[test]
    fn a_quarter_point_without_an_article_and_half_a_cent_are_read() {
        let text = "Traders expect two more quarter-point cuts.";
        assert_eq!(
            figure(text, "quarter-point").kind,
            FigureKind::PercentagePoints
        );
        let f = figure("The pound slipped half a cent.", "half a cent");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("USD"))
        );
        assert_eq!(
            figure("a half-cent sales tax", "half-cent").kind,
            FigureKind::Money
        );
    }

    #[test]
    fn a_fraction_of_a_point_in_a_compound_leaves_its_article_and_count_to_the_noun() {
        let text = "Rate-setters voted for a half-point cut, to 4.25%.";
        assert_eq!(figure(text, "half-point").value, Value::Number(0.5));
        let text = "Traders expect two quarter-point cuts.";
        assert_eq!(figure(text, "two").kind, FigureKind::Count);
        assert_eq!(figure(text, "quarter-point").value, Value::Number(0.25));
        let text = "The bank raised its prime rate a quarter point to 7-3/4 pct.";
        assert_eq!(figure(text, "a quarter point").value, Value::Number(0.25));
        let text = "Citibank raised its prime rate by a quarter-point to 7-3/4 pct.";
        assert_eq!(figure(text, "a quarter-point").value, Value::Number(0.25));
    }

    #[test]
    fn a_bare_number_rising_to_a_duration_after_adding_is_a_range_of_time() {
        let text = "Rerouting adds 10 to 14 days to each voyage.";
        assert_eq!(
            figure(text, "10 to 14 days").value,
            Value::Range(10.0, 14.0)
        );
        let text = "The works added two to three weeks to the journey.";
        assert_eq!(
            figure(text, "two to three weeks").kind,
            FigureKind::Duration
        );
        let text = "The queue grew 10 to 14 days long.";
        assert_eq!(figure(text, "14 days").kind, FigureKind::Duration);
    }

    #[test]
    fn an_old_level_after_a_share_in_apposition_may_be_of_the_figure_before_it() {
        let text = "Of the staff, 512 are women, or 41%, up from 463.";
        assert_eq!(figure(text, "463").kind, FigureKind::Count);
        let text = "Of the staff, 512 are women, or 41%, up from 38.";
        assert_eq!(figure(text, "38").kind, FigureKind::Percent);
    }

    #[test]
    fn european_currency_units_written_out_are_money_in_ecus() {
        let text = "The EC set a maximum rebate of 45.678 European currency units per 100 kilos.";
        let f = figure(text, "45.678 European currency units");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("XEU"))
        );
        let text = "The fund lent 2.5 mln European currency units.";
        assert_eq!(
            figure(text, "2.5 mln European currency units").value,
            Value::Number(2_500_000.0)
        );
    }

    #[test]
    fn a_year_after_a_possessor_and_before_a_plural_of_trade_or_accounts_is_a_year() {
        let text = "Japan's 1987 imports of crude are forecast at 1.6 mln barrels a day.";
        assert_eq!(figure(text, "1987").kind, FigureKind::Year);
        let text = "The company said its 1986 gains came from asset sales.";
        assert_eq!(figure(text, "1986").kind, FigureKind::Year);
        let text = "The firm said its 1500 employees would share the bonus.";
        assert_eq!(figure(text, "1500").kind, FigureKind::Count);
        let text = "The shop took 1987 orders in a week.";
        assert_eq!(figure(text, "1987").kind, FigureKind::Count);
    }

    #[test]
    fn a_year_after_a_comparative_and_than_is_a_year_unless_a_noun_follows() {
        let text = "That is down from 73 percent last year, but higher than 2019.";
        assert_eq!(figure(text, "2019").kind, FigureKind::Year);
        let text = "The rate is higher than 2019, when it was 4%.";
        assert_eq!(figure(text, "2019").kind, FigureKind::Year);
        let text = "It was worse than 1987 and 1988.";
        assert_eq!(figure(text, "1987").kind, FigureKind::Year);
        let text = "The crowd was larger than 2000 people.";
        assert_eq!(figure(text, "larger than 2000").kind, FigureKind::Count);
        let text = "More than 2019 people came.";
        assert_eq!(figure(text, "More than 2019").kind, FigureKind::Count);
    }

    #[test]
    fn an_exam_grade_with_its_letter_is_a_mark_and_no_count() {
        let text = "The share of entries at A/7 or above rose to 20.5%.";
        assert_eq!(figure(text, "A/7").kind, FigureKind::Identifier);
        let text = "66.9% of entries received a C/4 grade or above.";
        assert_eq!(figure(text, "C/4").kind, FigureKind::Identifier);
        let text = "The rate for grades 1/G or above is 97.9 per cent.";
        assert_eq!(figure(text, "1/G").kind, FigureKind::Identifier);
        // A fraction is no grade.
        let text = "Prices rose 3/4 of a point.";
        assert_ne!(figure(text, "3/4").kind, FigureKind::Identifier);
    }

    #[test]
    fn two_numbers_a_colon_joins_with_one_digit_after_it_are_a_ratio_not_a_time() {
        let text = "The unnamed Democrat wins 2:1 among moderates and 14:1 among liberals.";
        assert_eq!(figure(text, "2:1").kind, FigureKind::Score);
        assert_eq!(figure(text, "14:1").kind, FigureKind::Score);
        let text = "Independents break 4:3 Democratic, and the vote was 7:2.";
        assert_eq!(figure(text, "7:2").kind, FigureKind::Score);
        let text = "It was built as a 1:100 scale model.";
        assert_eq!(figure(text, "1:100").kind, FigureKind::Score);
        // Two digits after the colon are minutes.
        let text = "The meeting starts at 9:30 and ends at 10:45.";
        assert_eq!(figure(text, "9:30").kind, FigureKind::Time);
        let text = "She ran 1:23.4 in the heat.";
        assert_eq!(figure(text, "1:23.4").kind, FigureKind::Time);
    }

    #[test]
    fn an_iso_code_after_an_amount_is_its_currency() {
        let f = figure("Earnings were 0.39 USD a share.", "0.39 USD");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("USD"))
        );
        let f = figure("The fine was 5,000 EUR.", "5,000 EUR");
        assert_eq!(f.unit.as_deref(), Some("EUR"));
        let f = figure("Revenue of 12 bn USD.", "12 bn USD");
        assert!((f.value.mid() - 12e9).abs() < 1.0);
        // A code in lower case is no code.
        assert_eq!(figure("He paid 300 try.", "300").kind, FigureKind::Count);
    }

    #[test]
    fn a_year_after_fy_or_fye_is_a_financial_year() {
        let text = "Journeys remain 8.0% lower than the peak in FYE 2019.";
        assert_eq!(figure(text, "2019").kind, FigureKind::Year);
        let text = "Spending in FY 2024 rose.";
        assert_eq!(figure(text, "2024").kind, FigureKind::Year);
    }

    #[test]
    fn a_year_past_2100_after_by_or_until_is_a_year() {
        let text = "About 2,000 homes could be lost to erosion by 2105.";
        assert_eq!(figure(text, "2105").kind, FigureKind::Year);
        let text = "The levy will run until 2150, the minister said.";
        assert_eq!(figure(text, "2150").kind, FigureKind::Year);
        let text = "Sea level could rise a further 1m by 2150 if emissions stay high.";
        assert_eq!(figure(text, "2150").kind, FigureKind::Year);
        let text = "Payrolls fell by 2150 and prices rose.";
        assert_eq!(figure(text, "2150").kind, FigureKind::Count);
        let text = "Payrolls fell by 2150.";
        assert_eq!(figure(text, "2150").kind, FigureKind::Count);
        let text = "Prices rose by 2150 points.";
        assert_eq!(figure(text, "2150 points").kind, FigureKind::Measure);
    }

    #[test]
    fn bare_cents_are_hundredths_of_the_one_currency_the_sentence_quotes() {
        let text = "Tin closed 12 cents lower at 16.94 ringgit a kilo.";
        assert_eq!(figure(text, "12 cents").unit.as_deref(), Some("MYR"));
        let text = "The euro rose 2 cents to $1.10.";
        assert_eq!(figure(text, "2 cents").unit.as_deref(), Some("USD"));
        let text = "Coffee rose 3 cents to 1.20 dlrs a lb while cocoa fell 20 stg.";
        assert_eq!(figure(text, "3 cents").unit.as_deref(), Some("USD"));
        let text = "The price is 37 U.S. cents and 49-1/2 Canadian cents a pound.";
        assert_eq!(figure(text, "37 U.S. cents").unit.as_deref(), Some("USD"));
        let text = "The pound, which added 6.3 cents, hit 1.5930 to the dollar.";
        assert_eq!(figure(text, "6.3 cents").unit.as_deref(), Some("USD"));
        let text = "Gasoline fell 23 cents a gallon.";
        assert_eq!(figure(text, "23 cents").unit.as_deref(), Some("USD"));
    }

    #[test]
    fn numbers_joined_after_the_label_of_a_record_name_it() {
        let text = "The case number 23-1147 was listed for a hearing.";
        assert_eq!(figure(text, "23-1147").kind, FigureKind::Identifier);
        let text = "Case 23-1147 was heard, and docket 22-451 was stayed.";
        assert_eq!(figure(text, "23-1147").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "22-451").kind, FigureKind::Identifier);
        let text = "The planning reference is 24/01563.";
        assert_eq!(figure(text, "24/01563").kind, FigureKind::Identifier);
        let text = "In each case 200-300 people came.";
        assert_eq!(figure(text, "200-300").kind, FigureKind::Count);
        let text = "In one case 10-15 times more was paid.";
        assert_eq!(figure(text, "10-15 times").kind, FigureKind::Multiplier);
    }

    #[test]
    fn a_number_word_inside_a_name_in_running_prose_is_no_count() {
        let text = "The company sold 3.9 million Xbox One consoles.";
        assert_eq!(kinds(text), [("3.9 million".to_owned(), FigureKind::Count)]);
        let text = "Carolina Power said Mayo Unit Two would cost $877m.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Count));
        // A line in title case, the opening word and a weekday keep the count.
        let text = "Storm Kills Three People In Texas";
        assert_eq!(kinds(text)[0], ("Three".to_owned(), FigureKind::Count));
        let text = "Police said on Tuesday Three men were held.";
        assert_eq!(kinds(text)[0], ("Three".to_owned(), FigureKind::Count));
    }

    #[test]
    fn a_number_after_a_hash_is_a_rank_or_a_name() {
        let text = "Neither Villaraigosa at 18% nor Cox at 15% is a clear #2.";
        assert_eq!(figure(text, "#2").kind, FigureKind::Identifier);
        let text = "Order #4521 shipped with 12 items.";
        assert_eq!(figure(text, "#4521").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "12").kind, FigureKind::Count);
    }

    #[test]
    fn a_sum_after_add_up_to_is_exact_but_an_amount_added_to_something_is_a_bound() {
        let text = "Those waiting less than 18 weeks added up to 58.3% of patients.";
        let f = figure(text, "58.3%");
        assert_eq!(f.qualifier, Qualifier::Exact);
        assert_eq!(f.placement.direction, None);
        let text = "The bills add up to $4,000 a month.";
        assert_eq!(figure(text, "$4,000").qualifier, Qualifier::Exact);
        let text = "The cap will rise to £3, adding up to £10 a week to some costs.";
        assert_eq!(figure(text, "up to £10").qualifier, Qualifier::UpperBound);
        let text = "Cancellations ran at 2,000 a day, adding up to 70,000 flights.";
        assert_eq!(figure(text, "70,000").qualifier, Qualifier::Exact);
        let text = "The cancellations added up to 70,000 flights to date.";
        assert_eq!(figure(text, "70,000").qualifier, Qualifier::Exact);
        let text = "Up to 70,000 flights a day could be cancelled.";
        assert_eq!(
            figure(text, "Up to 70,000").qualifier,
            Qualifier::UpperBound
        );
    }

    #[test]
    fn a_race_run_over_a_distance_is_that_long() {
        let text = "The Grand National is run over 4 miles 2½ furlongs.";
        let f = figure(text, "4 miles");
        assert_eq!(f.qualifier, Qualifier::Exact);
        assert_eq!(f.unit.as_deref(), Some("mile"));
        let f = figure(text, "2½ furlongs");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.unit.as_deref(), Some("furlong"));
        let text = "The handicap will be run over 7 furlongs.";
        assert_eq!(figure(text, "7 furlongs").qualifier, Qualifier::Exact);
        // A runner who ran over a distance ran more.
        let text = "She has run over 100 miles this month.";
        assert_eq!(
            figure(text, "over 100 miles").qualifier,
            Qualifier::LowerBound
        );
    }

    #[test]
    fn stones_and_pounds_are_one_weight_in_stones() {
        let text = "The seven-year-old carried 11st 2lb to victory.";
        let f = figure(text, "11st 2lb");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.unit.as_deref(), Some("stone"));
        assert!(matches!(f.value, Value::Number(v) if (v - 11.0 - 2.0 / 14.0).abs() < 1e-9));
        let f = figure("He weighed 21st 5lb at his heaviest.", "21st 5lb");
        assert_eq!(f.unit.as_deref(), Some("stone"));
        // An ordinal stays an ordinal.
        let f = figure("It was his 21st win of the season.", "21st");
        assert_eq!(f.kind, FigureKind::Ordinal);
    }

    #[test]
    fn a_scale_letter_then_an_iso_code_is_money_in_that_scale() {
        let f = figure("Revenue was 48.20 B USD in 2024.", "48.20 B USD");
        assert_eq!(f.kind, FigureKind::Money);
        assert!(matches!(f.value, Value::Number(v) if (v - 48.2e9).abs() < 1.0));
        assert_eq!(f.unit.as_deref(), Some("USD"));
        let f = figure("Net profit reached 3.5 M EUR.", "3.5 M EUR");
        assert!(matches!(f.value, Value::Number(v) if (v - 3.5e6).abs() < 1e-3));
        assert_eq!(f.unit.as_deref(), Some("EUR"));
        // A letter without a code after it is no scale.
        let f = figure("Group B has 12 teams.", "12");
        assert_eq!(f.value, Value::Number(12.0));
    }

    #[test]
    fn a_time_ago_after_a_comparative_is_a_yardstick_not_a_bound() {
        let text = "Prices are higher than two years ago.";
        let f = figure(text, "two years");
        assert_eq!(f.qualifier, Qualifier::Exact);
        assert_eq!(f.kind, FigureKind::Duration);
        let text = "Output is 4% lower than five years earlier.";
        assert_eq!(figure(text, "five years").qualifier, Qualifier::Exact);
        // A stretch of time that is itself the quantity keeps its bound.
        let text = "She left more than two years ago.";
        assert_eq!(
            figure(text, "more than two years").qualifier,
            Qualifier::LowerBound
        );
        let text = "Patients waited longer than 18 weeks.";
        assert_eq!(
            figure(text, "longer than 18 weeks").qualifier,
            Qualifier::LowerBound
        );
    }

    #[test]
    fn minus_before_a_level_is_a_sign_not_a_fall() {
        let text = "The prime minister has a net rating of minus 27.";
        let f = figure(text, "minus 27");
        assert_eq!(f.value, Value::Number(-27.0));
        assert_eq!(f.placement.direction, None);
        assert_eq!(f.subject_key(), Some("net rating"));
        let text = "The index stood at minus 12 in May.";
        assert_eq!(figure(text, "minus 12").placement.direction, None);
        // A change stated with its sign keeps its fall.
        let text = "Growth was minus 0.3% in the quarter.";
        assert_eq!(
            figure(text, "minus 0.3%").placement.direction,
            Some(Direction::Decrease)
        );
        let text = "The economy recorded growth of minus 0.3%.";
        assert_eq!(
            figure(text, "minus 0.3%").placement.direction,
            Some(Direction::Decrease)
        );
    }

    #[test]
    fn the_direction_of_a_revision_is_not_its_subject() {
        let text = "The payroll figures were revised upwards by 3,000 to 45,000.";
        assert_eq!(figure(text, "3,000").subject_key(), Some("payroll figure"));
        let text = "Growth was revised downward by 0.2%.";
        assert_eq!(figure(text, "0.2%").subject_key(), Some("growth"));
    }

    #[test]
    fn up_to_after_be_and_now_is_a_level_reached() {
        let text = "Support for the plan is now up to 40 percent, the poll found.";
        let f = figure(text, "40 percent");
        assert_eq!(f.qualifier, Qualifier::Exact);
        assert_eq!(f.value, Value::Number(40.0));
        let text = "The death toll was now up to 45, officials said.";
        assert_eq!(figure(text, "45").qualifier, Qualifier::Exact);
        // A bound on a difference, and a ceiling, stay bounds.
        let text = "Fares are now up to 40% cheaper than at the station.";
        assert_eq!(figure(text, "up to 40%").qualifier, Qualifier::UpperBound);
        let text = "Fines can now be up to £5,000.";
        assert_eq!(
            figure(text, "up to £5,000").qualifier,
            Qualifier::UpperBound
        );
        let text = "Grants now cover up to 40% of the cost.";
        assert_eq!(figure(text, "up to 40%").qualifier, Qualifier::UpperBound);
    }

    #[test]
    fn a_stretch_of_time_written_as_a_compound_without_its_hyphen_is_a_duration() {
        for (text, span) in [
            ("The index fell to a 10 year low.", "10 year"),
            ("The list hit a seven year high in June.", "seven year"),
            ("Patients had an 8.7 week wait in June.", "8.7 week"),
            ("He signed a three year contract.", "three year"),
        ] {
            assert_eq!(figure(text, span).kind, FigureKind::Duration, "{text}");
        }
        // The compound, like its hyphenated form, leaves the subject to the noun.
        let text = "Degussa joined a three year exploration budget of 4.5 mln dlrs.";
        assert_eq!(
            figure(text, "4.5 mln dlrs")
                .subject
                .map(|s| s.key)
                .as_deref(),
            Some("exploration budget")
        );
        // A count of things with a period in their name stays a count.
        let text = "The club sold the 2,000 season tickets in a day.";
        assert_eq!(figure(text, "2,000").kind, FigureKind::Count);
    }

    #[test]
    fn the_11_plus_is_the_name_of_an_exam() {
        let text = "About 2,400 pupils sat the 11-plus, and one in six passed.";
        assert_eq!(figure(text, "11-plus").kind, FigureKind::Identifier);
        let text = "Pupils sitting the 11-plus in Kent fell to 14,700.";
        assert_eq!(figure(text, "11-plus").kind, FigureKind::Identifier);
        let text = "She got an 11-plus pass in 1962.";
        assert_eq!(figure(text, "11-plus").kind, FigureKind::Identifier);
        // A count of players and a price stay bounds.
        let text = "The team fielded the 11-plus players it had.";
        assert_eq!(figure(text, "11-plus").qualifier, Qualifier::LowerBound);
        assert_eq!(
            figure("Tickets cost £11-plus.", "£11-plus").kind,
            FigureKind::Money
        );
    }

    #[test]
    fn the_old_level_named_by_its_time_after_from_is_one_end_of_a_change() {
        let key = |text: &str, span: &str| figure(text, span).subject.map(|s| s.key);
        let text = "The average bill rose from the previous £1,568 to £1,717.";
        assert_eq!(figure(text, "£1,568").value, Value::Number(1568.0));
        assert_eq!(figure(text, "£1,717").value, Value::Number(1717.0));
        assert_eq!(key(text, "£1,568").as_deref(), Some("average bill"));
        assert_eq!(key(text, "£1,717").as_deref(), Some("average bill"));
        let text = "Season tickets rose from last season's £620 to £675.";
        assert_eq!(key(text, "£620").as_deref(), Some("season ticket"));
        assert_eq!(key(text, "£675").as_deref(), Some("season ticket"));
        let text = "Median pay rose from the previous year's £31,000 to £33,500.";
        assert_eq!(figure(text, "£31,000").qualifier, Qualifier::Exact);
        assert_eq!(key(text, "£33,500").as_deref(), Some("median pay"));
        let text = "Output fell from its prior 40,000 tonnes to 32,000 tonnes.";
        assert_eq!(key(text, "40,000 tonnes").as_deref(), Some("output"));
        // Without "from" the words name no old level: a range stays a range.
        let text = "Last year's fares were £9 to £15.";
        assert_eq!(figure(text, "£9 to £15").qualifier, Qualifier::Range);
    }

    #[test]
    fn the_old_level_named_by_its_time_after_on_and_a_change_is_one_end_of_it() {
        let text = "Bills went up by £149 on the previous £1,568 to £1,717.";
        assert_eq!(figure(text, "£1,568").value, Value::Number(1568.0));
        assert_eq!(figure(text, "£1,717").value, Value::Number(1717.0));
        let text = "Rents rose by 12% on last year's £1,568 to £1,717.";
        assert_eq!(figure(text, "£1,568").qualifier, Qualifier::Exact);
        let text = "Fares rose 9.5 per cent on the previous year's £1,568 to £1,717.";
        assert_eq!(figure(text, "£1,717").qualifier, Qualifier::Exact);
        let text = "The yield rose 0.4 points on last week's 4.1% to 4.5%.";
        assert_eq!(figure(text, "4.1%").value, Value::Number(4.1));
        // No change before "on", or an old level neither money nor a share: a range.
        let text = "It spent £5m on the previous 10 to 12 projects.";
        assert_eq!(figure(text, "10 to 12").qualifier, Qualifier::Range);
        let text = "Sales rose 5% on the previous 10 to 12 weeks.";
        assert_eq!(figure(text, "10 to 12 weeks").qualifier, Qualifier::Range);
        let text = "The plan was based on last year's £10m to £12m budget.";
        assert_eq!(figure(text, "£10m to £12m").qualifier, Qualifier::Range);
    }

    #[test]
    fn the_old_level_named_by_its_kind_after_from_is_one_end_of_a_change() {
        let text = "August was revised from an initial estimate of 130,000 to 168,000.";
        assert_eq!(figure(text, "130,000").kind, FigureKind::Count);
        assert_eq!(figure(text, "168,000").kind, FigureKind::Count);
        let text = "The cost per head rose from about $2,500 to $6,000.";
        assert_eq!(figure(text, "about $2,500").qualifier, Qualifier::Approx);
        assert_eq!(figure(text, "$6,000").qualifier, Qualifier::Exact);
        // After a figure of the sentence the change has its new level, and the old one
        // is a range; "from a range of" is a range too.
        let text = "It expects 170 mln to 175 mln dlrs, down from a previous estimate of \
                    180 mln to 185 mln dlrs.";
        assert_eq!(
            figure(text, "180 mln to 185 mln dlrs").qualifier,
            Qualifier::Range
        );
        let text = "Pupils choose from a range of 10 to 20 options.";
        assert_eq!(figure(text, "10 to 20").qualifier, Qualifier::Range);
        let text = "Copper rose to 70 cts, up from around 63 or 64 cts.";
        assert_eq!(
            figure(text, "around 63 or 64 cts").value,
            Value::Range(0.63, 0.64)
        );
    }

    #[test]
    fn a_class_of_motor_racing_in_words_is_no_count() {
        let text = "Formula One teams may spend no more than $135m.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Count));
        let text = "Two Formula Two drivers pay about £2m a season.";
        assert_eq!(kinds(text)[0], ("Two".to_owned(), FigureKind::Count));
        assert_eq!(kinds(text).len(), 2);
    }

    #[test]
    fn a_house_number_where_someone_lives_is_an_identifier_whatever_the_street() {
        let text = "She lives at 221 Kingsway and was the 10,000th visitor.";
        assert_eq!(figure(text, "221 Kingsway").kind, FigureKind::Identifier);
        let text = "He lived at 14 Park View until 2019.";
        assert_eq!(figure(text, "14 Park View").kind, FigureKind::Identifier);
        // Elsewhere, a capital after a number is what is counted.
        let text = "The council met at 10 Labour-run authorities.";
        assert_eq!(figure(text, "10").kind, FigureKind::Count);
    }

    #[test]
    fn a_home_s_number_with_its_letter_is_an_identifier() {
        let text = "The fire started in flat 3B on the 7th floor.";
        assert_eq!(figure(text, "flat 3B").kind, FigureKind::Identifier);
        assert_eq!(
            figure("She lives in Flat 12.", "Flat 12").kind,
            FigureKind::Identifier
        );
        let text = "Agents charge a flat 300 a month.";
        assert_eq!(figure(text, "300").kind, FigureKind::Count);
        let text = "The company sees flat 1987 profits.";
        assert_eq!(figure(text, "1987").kind, FigureKind::Year);
    }

    #[test]
    fn the_emergency_number_where_calls_go_is_an_identifier() {
        let text = "The Marion County 911 center answered 94 percent of calls.";
        assert_eq!(figure(text, "911").kind, FigureKind::Identifier);
        let text = "Calls routed to 911 rose 4%.";
        assert_eq!(figure(text, "911").kind, FigureKind::Identifier);
        let text = "Arrests fell to 911 from 1,040.";
        assert_eq!(figure(text, "911").kind, FigureKind::Count);
        let text = "Call 999 in an emergency or 101 otherwise.";
        assert_eq!(figure(text, "101").kind, FigureKind::Identifier);
        let text = "Our 101 call handlers answered 94% of calls within 30 seconds.";
        assert_eq!(figure(text, "101").kind, FigureKind::Identifier);
        let text = "The inquiry's module 2 report makes 19 recommendations.";
        assert_eq!(figure(text, "module 2").kind, FigureKind::Identifier);
        let text = "The MVME134, a VME module 32-bit microcomputer, is priced at 995 dlrs.";
        assert_ne!(figure(text, "32-bit").kind, FigureKind::Identifier);
        let text = "Call police on 101 or Crimestoppers on 0800 555 111.";
        assert_eq!(figure(text, "101").kind, FigureKind::Identifier);
        let text = "Contact the force via 101, quoting the incident number.";
        assert_eq!(figure(text, "101").kind, FigureKind::Identifier);
        let text = "Call 101 quoting crime reference 46220123456.";
        assert_eq!(figure(text, "46220123456").kind, FigureKind::Identifier);
        let text = "Call 101 quoting incident 1234 of 3 March.";
        assert_eq!(figure(text, "1234").kind, FigureKind::Identifier);
        let text = "Call the council, quoting case number 24/1187.";
        assert_eq!(figure(text, "24/1187").kind, FigureKind::Identifier);
        let text = "Shares rose after it was quoted 12 times in the report.";
        assert_eq!(figure(text, "12").kind, FigureKind::Count);
        let text = "Calls to 111 rose 12% last year.";
        assert_eq!(figure(text, "111").kind, FigureKind::Identifier);
        let text = "Calls fell to 101 on Monday, from 140 on Sunday.";
        assert_eq!(figure(text, "101").kind, FigureKind::Count);
        let text = "The force received 101 calls and 111 complaints.";
        assert_eq!(figure(text, "101").kind, FigureKind::Count);
        assert_eq!(figure(text, "111").kind, FigureKind::Count);
    }

    #[test]
    fn a_swing_of_points_in_a_vote_is_in_percentage_points() {
        let text = "She held the seat by 1,432 votes after a swing of 9.8 points to Reform.";
        assert_eq!(
            figure(text, "9.8 points").kind,
            FigureKind::PercentagePoints
        );
        let text = "The Celtics rallied with a swing of 14 points in the third quarter.";
        assert_eq!(figure(text, "14").kind, FigureKind::Count);
    }

    #[test]
    fn a_marked_size_after_the_object_of_a_raise_is_a_change_and_its_end() {
        let text = "The brewer lifted its interim dividend two cents to 14 cents a share.";
        assert_eq!(figure(text, "two cents").value, Value::Number(0.02));
        assert_eq!(figure(text, "14 cents").value, Value::Number(0.14));
        let text = "BP raised butane prices 5.50 dlrs to 123 dlrs.";
        assert_eq!(figure(text, "123 dlrs").value, Value::Number(123.0));
        // Ends close together are a range of changes; a bare first end keeps the range.
        let text = "Citgo lowered its crude postings 50 cts to 1.50 dlrs per bbl.";
        assert_eq!(
            figure(text, "50 cts to 1.50 dlrs").qualifier,
            Qualifier::Range
        );
        let text = "The firm will cut its workforce 2,000 to 3,000 jobs.";
        assert_eq!(figure(text, "2,000 to 3,000").qualifier, Qualifier::Range);
    }

    #[test]
    fn a_month_in_lower_case_before_a_day_is_a_date() {
        let text = "oil prices firm on sept 3 after opec talks";
        assert_eq!(figure(text, "sept 3").kind, FigureKind::Date);
        let text = "treasury balances at fed rose on feb 25";
        assert_eq!(figure(text, "feb 25").kind, FigureKind::Date);
        let text = "thailand rice exports rose in week ended february 24.";
        assert_eq!(figure(text, "february 24").kind, FigureKind::Date);
        // A verb before a count, and a day before a noun, are no dates.
        let text = "The troops march 3 miles a day.";
        assert_eq!(figure(text, "3 miles").kind, FigureKind::Measure);
        let text = "Officials say may 5 people were hurt.";
        assert_eq!(figure(text, "5").kind, FigureKind::Count);
        let text = "The staff of dec 12 members voted.";
        assert_eq!(figure(text, "12").kind, FigureKind::Count);
    }

    #[test]
    fn a_bare_level_a_price_moved_to_before_a_clause_of_time_or_cause_is_in_its_money() {
        let text = "Siemens rose 4.50 marks to 650 after news of the order.";
        assert_eq!(figure(text, "650").unit.as_deref(), Some("DEM"));
        let text = "Pearson shares were down 4p to 567 after the announcement.";
        assert_eq!(figure(text, "567").value, Value::Number(5.67));
        let text = "Royal declined 4p to 945 as did Sun Alliance.";
        assert_eq!(figure(text, "945").kind, FigureKind::Money);
        let text = "Banknotes rose by 834 mln francs to 24.79 billion while deposits fell.";
        assert_eq!(figure(text, "24.79 billion").kind, FigureKind::Money);
        // A move in points, places or jobs leaves a count.
        let text = "The index rose 3 points to 650 after the news.";
        assert_eq!(figure(text, "650").kind, FigureKind::Count);
        let text = "The club rose 4 places to 12 after the win.";
        assert_eq!(figure(text, "12").kind, FigureKind::Count);
        let text = "The firm cut 30 jobs to 650 after the merger.";
        assert_eq!(figure(text, "650").kind, FigureKind::Count);
    }

    #[test]
    fn marks_francs_or_crowns_in_a_sentence_on_a_dividend_shares_or_an_issue_are_money() {
        let text = "The dividend remained unchanged at 12 marks.";
        assert_eq!(figure(text, "12 marks").unit.as_deref(), Some("DEM"));
        let text = "Bayer's shares fell 13 marks to close at 292 in Frankfurt.";
        assert_eq!(figure(text, "13 marks").kind, FigureKind::Money);
        let text = "The issue will be sold in denominations of 1,000 and 10,000 marks.";
        assert_eq!(figure(text, "10,000 marks").kind, FigureKind::Money);
        let text = "Swedish Match's B shares closed at 424 crowns on Friday.";
        assert_eq!(figure(text, "424 crowns").unit.as_deref(), Some("SEK"));
        // Must not fire: marks out of ten, and crowns won.
        let text = "The judges gave her 8 marks out of ten.";
        assert_eq!(figure(text, "8").kind, FigureKind::Count);
        let text = "She has won three crowns in a row.";
        assert_eq!(figure(text, "three").kind, FigureKind::Count);
    }

    #[test]
    fn a_share_price_move_in_a_bare_fraction_may_end_at_a_comma_or_a_stop() {
        let text = "GM shares closed at 75-5/8, up 7/8, in composite trading.";
        let f = figure(text, "7/8");
        assert_eq!(f.kind, FigureKind::Money);
        assert_eq!(f.value, Value::Number(0.875));
        let text = "The stock was trading at 20-7/8, off 1/2.";
        assert_eq!(figure(text, "1/2").value, Value::Number(0.5));
        let text = "The stock traded around 12, down 1/8; it later recovered.";
        assert_eq!(figure(text, "1/8").value, Value::Number(0.125));
        // Must not fire: a date after "on", and a date in three parts.
        let text = "The shares meeting is on 3/8, at noon.";
        assert_eq!(figure(text, "3/8").kind, FigureKind::Date);
        let text = "The stock fell on 7/8/87.";
        assert_eq!(figure(text, "7/8/87").kind, FigureKind::Date);
    }

    #[test]
    fn a_lead_or_a_move_in_a_poll_is_in_percentage_points() {
        let pp = Some("percentage_point");
        let text = "She holds a 17-percentage point lead in the polls.";
        let f = figure(text, "17-percentage point");
        assert_eq!(f.kind, FigureKind::PercentagePoints);
        assert_eq!(f.subject_key(), Some("lead"));
        let text = "She holds a 17-percentage-point lead.";
        assert_eq!(figure(text, "17-percentage-point").unit.as_deref(), pp);
        let text = "She holds a 17-point lead in the polls.";
        assert_eq!(figure(text, "17-point").unit.as_deref(), pp);
        let text = "Labour's 17-point poll lead has narrowed.";
        assert_eq!(figure(text, "17-point").unit.as_deref(), pp);
        let text = "Labour gained 14pts in the latest poll.";
        assert_eq!(figure(text, "14pts").unit.as_deref(), pp);
        let text = "The Tories lost 14 pts in the poll.";
        assert_eq!(figure(text, "14 pts").unit.as_deref(), pp);
        let text = "Support fell 3ppts to 41%.";
        assert_eq!(figure(text, "3ppts").unit.as_deref(), pp);
        let text = "Labour now leads by 14 points in the latest poll.";
        assert_eq!(figure(text, "14 points").unit.as_deref(), pp);
        let text = "The Tories trail by 9 points, the poll found.";
        assert_eq!(figure(text, "9 points").unit.as_deref(), pp);
        // Must not fire: a lead in a game, a price that moved after a poll, an index.
        let text = "The Celtics held a 17-point lead at halftime.";
        assert_eq!(figure(text, "17-point").kind, FigureKind::Count);
        let text = "Gilts gained around 5/16 point after the opinion poll.";
        assert_eq!(
            figure(text, "around 5/16 point").unit.as_deref(),
            Some("point")
        );
        let text = "The Dow gained 14 points after the poll.";
        assert_eq!(figure(text, "14 points").unit.as_deref(), Some("point"));
        let text = "The Lakers led by 14 points at half-time of the game.";
        assert_eq!(figure(text, "14").kind, FigureKind::Count);
    }

    #[test]
    fn an_ordinal_indicator_typed_for_a_degree_sign_is_one() {
        let text = "The city has had 11 days in a row above 30ºC.";
        let f = figure(text, "above 30ºC");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.unit.as_deref(), Some("celsius"));
        assert_eq!(f.qualifier, Qualifier::LowerBound);
        assert_eq!(figure(text, "11 days").kind, FigureKind::Duration);
        let text = "Highs of 95ºF are forecast.";
        assert_eq!(figure(text, "95ºF").unit.as_deref(), Some("fahrenheit"));
        let text = "The ramp rises at 12º to the road.";
        assert_eq!(figure(text, "12º").unit.as_deref(), Some("degree"));
        // Must not fire: the degree sign and plain letters read as before.
        let text = "It reached 31°C on Tuesday.";
        assert_eq!(figure(text, "31°C").unit.as_deref(), Some("celsius"));
        let text = "Temperatures topped 30C for 11 days in a row.";
        assert_eq!(figure(text, "30C").unit.as_deref(), Some("celsius"));
    }

    #[test]
    fn a_marked_size_after_a_passive_raise_or_off_is_a_change_and_its_end() {
        let text = "Light Louisiana Sweet was also raised 50 cts to 17.85 dlrs a barrel.";
        assert_eq!(figure(text, "50 cts").value, Value::Number(0.5));
        assert_eq!(figure(text, "17.85 dlrs").value, Value::Number(17.85));
        let text = "Dubai was off 12 cts to 18.09 dlrs.";
        assert_eq!(figure(text, "12 cts").value, Value::Number(0.12));
        assert_eq!(figure(text, "18.09 dlrs").value, Value::Number(18.09));
        let text = "The preferred price was raised 25 cts to 7.75 dlrs.";
        assert_eq!(figure(text, "7.75 dlrs").value, Value::Number(7.75));
        let text = "Fares were lowered 5p to 95p on Monday.";
        assert_eq!(figure(text, "95p").qualifier, Qualifier::Exact);
        // Ends close together stay a range of changes, and so do bare ends.
        let text = "Postings were raised 50 cts to 1.50 dlrs per bbl.";
        assert_eq!(
            figure(text, "50 cts to 1.50 dlrs").qualifier,
            Qualifier::Range
        );
        let text = "Prices were off 10 to 15 cts on the day.";
        assert_eq!(figure(text, "10 to 15 cts").qualifier, Qualifier::Range);
    }

    #[test]
    fn a_long_run_of_digits_after_number_or_an_acronym_names_a_record() {
        let text = "The accounts are filed under number 1089464.";
        assert_eq!(figure(text, "number 1089464").kind, FigureKind::Identifier);
        let text = "It is recalling lot number 54238 of its tablets.";
        assert_eq!(figure(text, "number 54238").kind, FigureKind::Identifier);
        let text = "The ship, IMO 9811000, ran aground.";
        assert_eq!(figure(text, "IMO 9811000").kind, FigureKind::Identifier);
        // Grouped, short, or in a currency it is an amount.
        let text = "The number rose to 10,500 in June.";
        assert_eq!(figure(text, "10,500").kind, FigureKind::Count);
        let text = "Issue was priced at USD 250000 a note.";
        assert_eq!(figure(text, "USD 250000").kind, FigureKind::Money);
        let text = "The NHS 15000 staff were moved.";
        assert_eq!(figure(text, "15000").kind, FigureKind::Count);
    }

    #[test]
    fn a_level_reached_like_an_earlier_one_in_money_is_in_that_money() {
        let text = "Revenue rose 4% to $1.2 billion, and net income doubled to 96 million.";
        let f = figure(text, "96 million");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("USD"))
        );
        let text = "Sales rose 5% to £2.1bn, while profit rose 8% to 310 million.";
        assert_eq!(figure(text, "310 million").unit.as_deref(), Some("GBP"));
        // Not when the money was no level reached.
        let text = "The $3bn airline saw passengers rise 4% to 1.2 million.";
        assert_eq!(figure(text, "1.2 million").kind, FigureKind::Count);
        let text = "It sold 2.1 mln tonnes worth 6.2 billion rupees, against 2.3 mln tonnes worth 7.0 billion in 1985.";
        assert_eq!(figure(text, "7.0 billion").unit.as_deref(), Some("INR"));
        let text = "It sold cars worth $2bn and shipped 1.2 million units in 1985.";
        assert_eq!(figure(text, "1.2 million").kind, FigureKind::Count);
        let text =
            "Profit rose to 1.21 billion crowns from 980 mln, on sales up 9 pct at 22.4 billion.";
        assert_eq!(figure(text, "22.4 billion").unit.as_deref(), Some("SEK"));
        let text = "Sales rose to $2bn, and visitors were up 5 pct at 1.2 million visitors.";
        assert_eq!(figure(text, "1.2 million").kind, FigureKind::Count);
        // Nor when the change is said of people or things counted.
        let text = "The price rose by $2 to $17.99, and subscribers had grown 9% to 125 million.";
        assert_eq!(figure(text, "125 million").kind, FigureKind::Count);
        let text = "Revenue rose 4% to $1.2 billion, and users rose by 8% to 310 million.";
        assert_eq!(figure(text, "310 million").kind, FigureKind::Count);
    }

    #[test]
    fn a_level_reached_takes_the_unit_of_the_old_level_after_it() {
        let text = "Average waits fell to 168 from 191 days over the year.";
        let f = figure(text, "168");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Duration, Some("day"))
        );
        assert_eq!(
            figure("The rate rose to 88 from 66 pct.", "88").kind,
            FigureKind::Percent
        );
        let f = figure("Sales rose to 150 from 120 mln dlrs.", "150");
        assert_eq!(f.unit.as_deref(), Some("USD"));
        assert_eq!(f.value, Value::Number(150e6));
        let f = figure("Sales fell to 790 from 2,100 cars.", "790");
        assert_eq!(f.kind, FigureKind::Count);
    }

    #[test]
    fn an_old_or_new_level_said_without_its_unit_takes_the_nearest_in_size() {
        let text = "Reserves rose 1.93 billion dlrs in March to a record 68.62 billion.";
        assert_eq!(figure(text, "68.62 billion").unit.as_deref(), Some("USD"));
        let text = "Imports fell to 7.73 mln tonnes, down from a record 16.15 mln in 1982.";
        assert_eq!(figure(text, "16.15 mln").unit.as_deref(), Some("tonne"));
        let text = "The crop was put at 8.7 mln tonnes, down from 8.9 mln forecast in February.";
        assert_eq!(figure(text, "8.9 mln").unit.as_deref(), Some("tonne"));
        let text = "Profit was 4.2 billion kronor, or about 390 mln dlrs, beating forecasts of 3.9 billion.";
        assert_eq!(figure(text, "3.9 billion").unit.as_deref(), Some("SEK"));
        let text = "It earned 21.3 mln dlrs or 5.26 dlrs a share on sales of 1.5 billion dlrs, \
            against 26.2 mln dlrs or 6.20 dlrs on sales of 1.4 billion.";
        assert_eq!(figure(text, "1.4 billion").unit.as_deref(), Some("USD"));
    }

    #[test]
    fn marks_or_crowns_a_share_are_money() {
        let text = "The carmaker will pay a dividend of 10 marks per share.";
        let f = figure(text, "10 marks");
        assert_eq!(f.kind, FigureKind::Money);
        assert_eq!(f.unit.as_deref(), Some("DEM"));
        let text = "She got 8 marks out of ten.";
        assert_ne!(figure(text, "8").kind, FigureKind::Money);
    }

    #[test]
    fn a_scaled_balance_after_an_amount_of_money_is_in_that_money() {
        let text = "The trade surplus was 8.1 billion marks, and the current account showed a 7.3 billion surplus.";
        let f = figure(text, "7.3 billion");
        assert_eq!(f.kind, FigureKind::Money);
        assert_eq!(f.unit.as_deref(), Some("DEM"));
        let text = "It sold 3.2 mln units, a 1.1 mln shortfall.";
        assert_eq!(figure(text, "1.1 mln").kind, FigureKind::Count);
    }

    #[test]
    fn an_old_level_reported_paid_or_set_against_with_the_is_in_the_earlier_money() {
        let text =
            "Assets rose to 9.8 billion dlrs from the 9.2 billion reported at the end of 1986.";
        assert_eq!(figure(text, "9.2 billion").unit.as_deref(), Some("USD"));
        let text = "It will spend 929 mln dlrs, eight pct more than the 862 mln spent in 1986.";
        assert_eq!(figure(text, "862 mln").kind, FigureKind::Money);
        let text = "Meta's €1.2bn fine is bigger than the 746 million imposed on Amazon.";
        assert_eq!(figure(text, "746 million").unit.as_deref(), Some("EUR"));
        let text =
            "Revenue rose to 236.5 billion yuan, short of the 239.1 billion analysts expected.";
        assert_eq!(figure(text, "239.1 billion").unit.as_deref(), Some("CNY"));
        let text = "Revenue will rise to 24 mln dlrs, compared with the 15 mln reported last year.";
        assert_eq!(figure(text, "15 mln").unit.as_deref(), Some("USD"));
        let text = "Reservoirs held 1,620 million litres, against the usual 1,350 million.";
        assert_eq!(figure(text, "1,350 million").unit.as_deref(), Some("litre"));
        let text = "Rainfall was 120 mm, above the normal 90.";
        assert_eq!(figure(text, "90").unit.as_deref(), Some("mm"));
        let text = "Profit fell to 6.5 trillion won, below the 7.7 trillion expected.";
        assert_eq!(figure(text, "7.7 trillion").unit.as_deref(), Some("KRW"));
        let text = "Meta was fined €1.2bn, more than the 746 million imposed on Amazon.";
        assert_eq!(figure(text, "746 million").qualifier, Qualifier::Exact);
        // Without the article, "below" and "more than" bound the figure.
        let text = "Profit was $6.5 billion, and costs stayed below 7.7 billion.";
        assert_eq!(
            figure(text, "below 7.7 billion").qualifier,
            Qualifier::UpperBound
        );
        let text = "The fund paid $2m to more than 3,000 people.";
        assert_eq!(figure(text, "more than 3,000").kind, FigureKind::Count);
    }

    #[test]
    fn a_price_from_a_sum_is_a_floor_unless_a_to_ends_the_span_later() {
        let f = figure("Tickets start from £45 on the day.", "from £45");
        assert_eq!(f.qualifier, Qualifier::LowerBound);
        let text = "Tickets range from £45 for children to £185 for the best seats.";
        let f = figure(text, "£45");
        assert_eq!(f.qualifier, Qualifier::Exact);
        assert_eq!(figure(text, "£185").qualifier, Qualifier::Exact);
    }

    #[test]
    fn a_train_named_by_its_departure_time_is_a_time() {
        let text = "The 7.15 to Edinburgh was cancelled again.";
        assert_eq!(figure(text, "7.15").kind, FigureKind::Time);
        let text = "The 10.42 from Paddington now takes five hours.";
        assert_eq!(figure(text, "10.42").kind, FigureKind::Time);
        assert_eq!(
            figure("I caught the 17.32 train.", "17.32").kind,
            FigureKind::Time
        );
        let text = "The 2.75 to 3.10 range held.";
        assert_eq!(figure(text, "2.75 to 3.10").kind, FigureKind::Count);
        let text = "The 8.05am was cancelled, and we were told to wait for the 8.35.";
        assert_eq!(figure(text, "8.35").kind, FigureKind::Time);
        let text = "She missed the 18.04, which was the last train.";
        assert_eq!(figure(text, "18.04").kind, FigureKind::Time);
        let text = "The dollar closed at 1.85, against the 1.82.";
        assert_eq!(figure(text, "1.82").kind, FigureKind::Count);
    }

    #[test]
    fn a_hedged_fraction_before_a_verb_is_a_share_but_a_third_term_is_an_ordinal() {
        let text = "The district has 48,000 students, and more than a third qualify.";
        assert_eq!(figure(text, "more than a third").kind, FigureKind::Ratio);
        assert_eq!(
            figure("He won a third term.", "third").kind,
            FigureKind::Ordinal
        );
    }

    #[test]
    fn a_fraction_after_by_before_a_date_or_condition_is_a_share() {
        let text = "The company has promised to cut that by a sixth by 2030.";
        assert_eq!(figure(text, "a sixth").kind, FigureKind::Ratio);
        let text = "Emissions must fall by a fifth within ten years.";
        assert_eq!(figure(text, "a fifth").kind, FigureKind::Ratio);
        let text = "The play was seen by a third audience by Friday.";
        assert!(kinds(text).iter().all(|(t, _)| t != "a third"));
    }

    #[test]
    fn times_a_sum_of_pay_or_takings_is_a_multiplier() {
        let text = "Homes cost £415,000, more than 14 times local earnings.";
        assert_eq!(
            figure(text, "more than 14 times").kind,
            FigureKind::Multiplier
        );
        let text = "Rents are nine times household income in the city.";
        assert_eq!(figure(text, "nine times").kind, FigureKind::Multiplier);
        let text = "He was stopped 14 times last year.";
        assert_eq!(figure(text, "14").kind, FigureKind::Count);
    }

    #[test]
    fn batting_lines_deals_lap_times_and_averages_are_not_amounts() {
        let text = "Judge went 3-for-4, raising his average to .312.";
        assert_eq!(figure(text, "3-for-4").kind, FigureKind::Score);
        let passing = "He threw three touchdowns on 24-of-31 passing.";
        assert_eq!(figure(passing, "24-of-31").kind, FigureKind::Score);
        let shooting = "He went 8-of-12 from three-point range.";
        assert_eq!(figure(shooting, "8-of-12").kind, FigureKind::Score);
        assert_eq!(figure(text, ".312").kind, FigureKind::Ratio);
        assert_eq!(
            figure("a two-for-one offer", "two-for-one").kind,
            FigureKind::Score
        );
        let text = "He took pole with a lap of 1:23.456.";
        assert_eq!(figure(text, "1:23.456").kind, FigureKind::Time);
        // A calibre is a name, and a number after a full stop starts a sentence.
        assert_eq!(
            figure("He had a .357 Magnum.", ".357").kind,
            FigureKind::Identifier
        );
        let found = kinds("Sales rose 5%. 312 people were hired.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "312" && *k == FigureKind::Count),
            "{found:?}"
        );
    }

    #[test]
    fn a_p_value_without_its_leading_zero_is_a_small_ratio() {
        let f = figure("Mortality fell (RR 0.77; P = .02).", ".02");
        assert_eq!((f.kind, f.value), (FigureKind::Ratio, Value::Number(0.02)));
        let f = figure("The effect held (p<.001).", "<.001");
        assert_eq!(f.qualifier, Qualifier::UpperBound);
        let text = "The bank trades at 22 times forward earnings.";
        assert_eq!(figure(text, "22 times").kind, FigureKind::Multiplier);
    }

    #[test]
    fn a_tie_break_after_a_set_is_a_score_and_an_age_after_who_was_is_an_age() {
        let text = "Djokovic won 6-4, 6-7 (3-7), 7-6 (7-4).";
        assert_eq!(figure(text, "3-7").kind, FigureKind::Score);
        let text = "The victim, who was 23, died at the scene.";
        assert_eq!(figure(text, "23").kind, FigureKind::Duration);
        let text = "The number who was 23 points behind fell.";
        assert_ne!(figure(text, "23").kind, FigureKind::Duration);
    }

    #[test]
    fn three_for_two_on_toiletries_is_a_deal_but_three_for_two_pounds_is_not() {
        let text = "The retailer is offering 3 for 2 on all toiletries.";
        assert_eq!(figure(text, "3 for 2").kind, FigureKind::Score);
        let found = kinds("Buy 3 for 2 pounds each.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Score),
            "{found:?}"
        );
    }

    #[test]
    fn over_a_number_of_stages_is_not_a_bound_and_nautical_miles_are_a_measure() {
        let text = "The Tour covers 3,492km over 21 stages.";
        assert_eq!(figure(text, "21").qualifier, Qualifier::Exact);
        let text = "It has won over 21 games.";
        assert_eq!(figure(text, "over 21").qualifier, Qualifier::LowerBound);
        let text = "The stage ran 187km over three climbs.";
        assert_eq!(figure(text, "three").qualifier, Qualifier::Exact);
        let text = "He made four century breaks over 17 frames.";
        assert_eq!(figure(text, "17").qualifier, Qualifier::Exact);
        let text = "She has won over 40 frames this season.";
        assert_eq!(figure(text, "over 40").qualifier, Qualifier::LowerBound);
        let text = "The tanker was 14 nautical miles off the coast.";
        assert_eq!(figure(text, "14 nautical miles").kind, FigureKind::Measure);
    }

    #[test]
    fn ages_at_the_age_of_in_pairs_and_after_an_opening_surname_are_ages() {
        let text = "He died on Friday at the age of 79.";
        assert_eq!(figure(text, "79").kind, FigureKind::Duration);
        let text = "The two men, aged 19 and 21, were jailed.";
        assert_eq!(figure(text, "19").kind, FigureKind::Duration);
        assert_eq!(figure(text, "21").kind, FigureKind::Duration);
        let text = "Jones, 52, of Swansea, was jailed.";
        assert_eq!(figure(text, "52").kind, FigureKind::Duration);
        let text = "Adults aged 18 to 65 took part.";
        assert_ne!(figure(text, "18 to 65").kind, FigureKind::Ordinal);
    }

    #[test]
    fn a_life_event_at_an_age_is_an_age_but_a_close_at_a_level_is_not() {
        let text = "She joined the BBC at 21 and stayed for 26 years.";
        assert_eq!(figure(text, "21").kind, FigureKind::Duration);
        let text = "He left school at 16.";
        assert_eq!(figure(text, "16").kind, FigureKind::Duration);
        let text = "The index closed at 21.";
        assert_ne!(figure(text, "21").kind, FigureKind::Duration);
        let text = "The train left the station at 21.";
        assert_ne!(figure(text, "21").kind, FigureKind::Duration);
        let found = kinds("He joined the call at 9.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Duration),
            "{found:?}"
        );
        let text = "He left the firm at 21% below its peak.";
        assert_ne!(figure(text, "21%").kind, FigureKind::Duration);
    }

    #[test]
    fn a_fraction_of_a_cent_is_money() {
        let f = figure("Sterling added a third of a cent.", "a third of a cent");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("USD"))
        );
        let text = "A third of a cohort dropped out.";
        assert_eq!(figure(text, "A third").kind, FigureKind::Ratio);
    }

    #[test]
    fn bowling_figures_are_a_cricket_score_but_a_range_of_days_is_not() {
        let text = "Bumrah took 5-42 as India won.";
        assert_eq!(figure(text, "5-42").kind, FigureKind::Score);
        assert_eq!(
            figure("Anderson had figures of 3-78.", "3-78").kind,
            FigureKind::Score
        );
        assert_eq!(
            figure("The repairs took 3-5 days.", "3-5 days").kind,
            FigureKind::Duration
        );
    }

    #[test]
    fn a_stretch_of_time_not_yet_reached_is_a_ceiling_but_a_year_or_a_crowd_is_not() {
        let text = "Children born before 32 weeks need more help.";
        let f = figure(text, "before 32 weeks");
        assert_eq!(f.qualifier, Qualifier::UpperBound);
        assert_eq!(f.kind, FigureKind::Duration);
        assert_eq!(
            figure("Sales peaked before 2019.", "2019").kind,
            FigureKind::Year
        );
        assert_eq!(
            figure("He spoke before 2,000 fans.", "2,000").qualifier,
            Qualifier::Exact
        );
        assert_eq!(
            figure("He left two days before the vote.", "two days").qualifier,
            Qualifier::Exact
        );
        let text = "He spoke before two days of talks.";
        assert_eq!(figure(text, "two days").qualifier, Qualifier::Exact);
        let text = "Testimony is not expected before 90 days.";
        assert_eq!(figure(text, "90 days").qualifier, Qualifier::Exact);
    }

    #[test]
    fn a_race_before_a_verb_or_a_phrase_of_time_is_a_distance() {
        let text = "His record of 9.58 seconds in the 100m has stood since 2009.";
        assert_eq!(figure(text, "100m").kind, FigureKind::Measure);
        assert_eq!(
            figure("She won the 100m at the Olympics.", "100m").kind,
            FigureKind::Measure
        );
        assert_eq!(
            figure("The 100m has been spent on roads.", "100m").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn a_race_after_the_with_no_noun_after_it_is_a_distance_in_a_sentence_of_a_race() {
        let text = "Hassan won in 2hr 22min 55sec after running the last 400m in 64 seconds.";
        let f = figure(text, "400m");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.value, Value::Number(400.0));
        let text = "She set world records in the 400m individual medley and the 1500m.";
        assert_eq!(figure(text, "1500m").kind, FigureKind::Measure);
        let text = "He ran the opening 800m in 1:52 before fading in the final lap.";
        assert_eq!(figure(text, "800m").kind, FigureKind::Measure);
        // No race named: millions.
        let text = "The fund raised the last 400m in March.";
        assert_eq!(figure(text, "400m").value, Value::Number(400_000_000.0));
        // A noun after it: millions, whatever the sentence speaks of.
        let text = "The race drew the 100m viewers it needed.";
        assert_eq!(figure(text, "100m").kind, FigureKind::Count);
        // Not a race's distance: millions.
        let text = "The relay team raised the 250m in pledges.";
        assert_eq!(figure(text, "250m").kind, FigureKind::Count);
    }

    #[test]
    fn a_margin_of_error_is_in_percentage_points_and_keeps_its_plus_or_minus_sign() {
        let f = figure(
            "The poll has a margin of error of ±3.5 points.",
            "±3.5 points",
        );
        assert_eq!(f.kind, FigureKind::PercentagePoints);
        assert_eq!(f.value, Value::Number(3.5));
        assert_eq!(f.placement.direction, None);
        let text = "The survey has a margin of error of plus or minus 3 points.";
        assert_eq!(figure(text, "3 points").kind, FigureKind::PercentagePoints);
        assert_eq!(
            figure("The team won by 3 points.", "3").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn an_ordinal_suffix_set_off_by_a_space_is_still_a_day() {
        let text = "The poll was taken between the 9 th and 11 th September.";
        assert_eq!(figure(text, "9 th").kind, FigureKind::Ordinal);
        assert_eq!(figure(text, "11 th September").kind, FigureKind::Date);
        let text = "Sales have fallen since the 13 th of May 2024.";
        assert_eq!(figure(text, "13 th of May 2024").kind, FigureKind::Date);
        // A suffix that does not fit is no ordinal ("15 st" is a weight).
        assert_ne!(
            figure("He weighs 15 st now.", "15").kind,
            FigureKind::Ordinal
        );
    }

    #[test]
    fn a_sign_on_the_ends_of_a_move_signs_levels() {
        let text = "Like-for-like sales improved from -1.3% in the first half to -0.1%.";
        assert_eq!(
            figure(text, "-1.3%").placement.direction,
            Some(Direction::Increase)
        );
        assert_eq!(figure(text, "-1.3%").value, Value::Number(-1.3));
        assert_eq!(figure(text, "-0.1%").placement.direction, None);
        let text = "The index stood at +2.1 in May.";
        assert_eq!(figure(text, "+2.1").placement.direction, None);
        let text = "Sales fell -5% in May.";
        assert_eq!(
            figure(text, "-5%").placement.direction,
            Some(Direction::Decrease)
        );
    }

    #[test]
    fn a_signed_number_beside_a_share_is_its_change_in_points() {
        let text = "Conservative: 559 [55.2%, +25.9]";
        let f = figure(text, "+25.9");
        assert_eq!(f.kind, FigureKind::PercentagePoints);
        assert_eq!(f.value, Value::Number(25.9));
        assert_eq!(f.placement.direction, Some(Direction::Increase));
        let text = "Liberal Democrat (Barbara McGoun): 375 [37.0%, -11.1]";
        assert_eq!(figure(text, "-11.1").value, Value::Number(-11.1));
        assert_eq!(figure(text, "-11.1").kind, FigureKind::PercentagePoints);
        let text = "Reform UK 8,310 (27.6%; +14.2) and Labour 12,400.";
        assert_eq!(figure(text, "+14.2").kind, FigureKind::PercentagePoints);
        let text = "Support stood at 31% (+2) in the latest poll.";
        assert_eq!(figure(text, "+2").kind, FigureKind::PercentagePoints);
        // Without the percent sign: a share with decimals after a count.
        let text = "Labour: 312 (48.4; -12.7).";
        assert_eq!(figure(text, "48.4").kind, FigureKind::Percent);
        assert_eq!(figure(text, "-12.7").kind, FigureKind::PercentagePoints);
        // Not after a price, nor a number without its sign.
        let text = "Shares closed at 312p (+4.5).";
        assert_eq!(figure(text, "+4.5").kind, FigureKind::Count);
        let text = "Labour: 312 (48; 12).";
        assert_eq!(figure(text, "48").kind, FigureKind::Count);
    }

    #[test]
    fn points_beside_a_share_are_percentage_points_but_league_points_after_one_are_not() {
        let text = "Support fell to 18%, and its lead shrank to 3 points, from 7 in May.";
        assert_eq!(figure(text, "3 points").kind, FigureKind::PercentagePoints);
        assert_eq!(figure(text, "7").kind, FigureKind::PercentagePoints);
        let text =
            "They have won 80% of their league games, but their lead is down to five points.";
        assert_eq!(figure(text, "five").kind, FigureKind::Count);
        let text = "They won 80% of their games and lead by 12 points.";
        assert_eq!(figure(text, "12 points").kind, FigureKind::PercentagePoints);
        let text = "Curry shot 52% from the field and scored 38 points.";
        assert_eq!(figure(text, "38").kind, FigureKind::Count);
        let text = "They shot 48% and held the Knicks to 39 points.";
        assert_eq!(figure(text, "39").kind, FigureKind::Count);
    }

    #[test]
    fn a_property_tax_rate_in_mills_is_a_measure_but_mills_are_counted() {
        let text = "The board voted to raise the property tax levy by 1.5 mills.";
        assert_eq!(figure(text, "1.5 mills").kind, FigureKind::Measure);
        assert_eq!(
            figure("Three mills closed after the tax rise.", "Three").kind,
            FigureKind::Count
        );
        assert_eq!(
            figure("The firm paid tax on its 3 mills.", "3").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn races_rounds_stages_and_shots_are_not_counts_but_a_hundred_million_users_are() {
        let text = "She won the 100m, and he took gold in the 400m.";
        assert_eq!(figure(text, "100m").kind, FigureKind::Measure);
        assert_eq!(figure(text, "400m").kind, FigureKind::Measure);
        assert_eq!(
            figure("The firm has 100m users.", "100m").kind,
            FigureKind::Count
        );
        assert_eq!(
            figure("Sales rose to the 100m.", "100m").kind,
            FigureKind::Count
        );
        let text = "The 4x100m relay team drove a 4x4, and sales rose 4x.";
        assert_eq!(figure(text, "4x100m").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "4x4").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "4x").kind, FigureKind::Multiplier);
        let text = "He won the 400m individual medley, and she lowered the 1500m world record.";
        assert_eq!(figure(text, "400m").kind, FigureKind::Measure);
        assert_eq!(figure(text, "1500m").kind, FigureKind::Measure);
        assert_eq!(
            figure("The app has 400m world users.", "400m").kind,
            FigureKind::Count
        );
        let text = "They reached the last 16 for the first time.";
        assert_eq!(figure(text, "last 16").kind, FigureKind::Ordinal);
        assert_eq!(
            figure("Sales fell in the last 16 years.", "16 years").kind,
            FigureKind::Duration
        );
        assert_eq!(
            figure("a phase 3 trial", "phase 3").kind,
            FigureKind::Identifier
        );
        assert_eq!(
            figure("its tier one capital", "tier one").kind,
            FigureKind::Identifier
        );
        assert_eq!(
            figure("At this stage 10 people had died.", "10").kind,
            FigureKind::Count
        );
        let text = "Curry made 12 of 19 three-pointers.";
        assert_eq!(figure(text, "three-pointers").kind, FigureKind::Identifier);
        let text = "Curry went 3-for-12 from three-point range.";
        assert_eq!(figure(text, "three-point").kind, FigureKind::Identifier);
        let text = "Arsenal hold a three-point lead at the top.";
        assert_eq!(figure(text, "three-point").kind, FigureKind::Count);
        let text = "July was up 0.15 at 104.15 cents in a 35-point range.";
        assert_ne!(figure(text, "35-point").kind, FigureKind::Identifier);
    }

    #[test]
    fn one_closing_a_run_of_counts_that_open_clauses_is_a_number() {
        let text = "Of the 12 divisions, eight showed slower inflation, three faster inflation \
                    and one was unchanged.";
        assert_eq!(figure(text, "one").kind, FigureKind::Count);
        assert_eq!(
            figure("Two people died and one was hurt.", "one").kind,
            FigureKind::Count
        );
        // A pronoun after other figures is none.
        let found = kinds("The price rose 5% and one was sold.");
        assert!(found.iter().all(|(t, _)| t != "one"), "{found:?}");
        let found = kinds("He won in 2019, and one is enough.");
        assert!(found.iter().all(|(t, _)| t != "one"), "{found:?}");
    }

    #[test]
    fn one_for_every_so_many_is_a_number_but_one_for_all_is_not() {
        let text = "It has five doctors, or one for every 2,300 patients.";
        assert_eq!(figure(text, "one").kind, FigureKind::Count);
        let found = kinds("It is one for all.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_age_in_commas_after_a_name_or_a_person_is_a_duration() {
        let text = "Chepng'etich, 30, won the race.";
        assert_eq!(figure(text, "30").kind, FigureKind::Duration);
        let text = "The president, 72, is seeking a fourth term.";
        assert_eq!(figure(text, "72").kind, FigureKind::Duration);
        let text = "Darren Pike, 34, received eight years, Lee Marsh, 29, six years.";
        assert_eq!(figure(text, "29").kind, FigureKind::Duration);
        // A count in commas after a place is no age.
        let text = "In Leeds, 30, mostly children, were hurt.";
        assert_ne!(figure(text, "30").kind, FigureKind::Duration);
    }

    #[test]
    fn a_tally_of_plural_names_is_counted_but_a_numbered_name_is_not() {
        let found = kinds("The committee split Republicans 13, Democrats 9.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "9" && *k == FigureKind::Count),
            "{found:?}"
        );
        let found = kinds("He flew on Apollo 13, Gemini 4.");
        assert!(
            found
                .iter()
                .all(|(t, k)| t != "4" || *k != FigureKind::Count),
            "{found:?}"
        );
    }

    #[test]
    fn two_year_olds_are_an_age_group_but_a_two_year_old_boy_has_an_age() {
        let text = "Uptake among two-year-olds fell to 88.9%.";
        assert_eq!(figure(text, "two-year-olds").kind, FigureKind::Identifier);
        let text = "A two-year-old boy was taken to hospital.";
        assert_eq!(figure(text, "two-year-old").kind, FigureKind::Duration);
    }

    #[test]
    fn a_tally_may_end_in_words_but_votes_to_a_count_of_seats_do_not() {
        let text = "The motion was carried by 12 votes to nine, with two abstentions.";
        assert_eq!(figure(text, "12 votes to nine").kind, FigureKind::Score);
        let text = "MPs voted by 330 to 275 to approve the bill.";
        assert_eq!(figure(text, "330 to 275").kind, FigureKind::Score);
        let text = "Members voted 212 to 180 in favour.";
        assert_eq!(figure(text, "212 to 180").kind, FigureKind::Score);
        let text = "Staff numbers fell by 330 to 275.";
        assert_eq!(figure(text, "330").kind, FigureKind::Count);
        let text = "The committee approved the tower by seven votes to four.";
        assert_eq!(figure(text, "seven votes to four").kind, FigureKind::Score);
        let text = "The board backed it by five votes to two, with one abstention.";
        assert_eq!(figure(text, "five votes to two").kind, FigureKind::Score);
        let found = kinds("It won 12 votes to three seats.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Score),
            "{found:?}"
        );
        let found = kinds("It won nine votes to three seats.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Score),
            "{found:?}"
        );
    }

    #[test]
    fn a_falling_pair_after_a_verb_of_outnumbering_is_two_counts() {
        let text = "Democrats outnumbered Republicans 2,133 to 1,211 in the district.";
        assert_eq!(figure(text, "2,133").kind, FigureKind::Count);
        assert_eq!(figure(text, "1,211").value, Value::Number(1211.0));
        let text = "Registered Democrats outnumber Republicans 48,210 to 39,877.";
        assert_eq!(figure(text, "39,877").kind, FigureKind::Count);
        let text = "Women outnumbered men on the course 312 to 208 this year.";
        assert_eq!(figure(text, "312").value, Value::Number(312.0));
        let text = "Cars outnumber bikes in the city, with 20 to 30 per street.";
        assert_eq!(figure(text, "20 to 30").kind, FigureKind::Count);
    }

    #[test]
    fn a_falling_pair_after_a_vote_verb_is_a_tally_but_a_rising_pair_is_a_range() {
        let text = "The committee advanced her nomination 12 to 10 on Tuesday.";
        assert_eq!(figure(text, "12 to 10").kind, FigureKind::Score);
        let text = "The board backed hiring 10 to 12 more inspectors.";
        assert_eq!(figure(text, "10 to 12").kind, FigureKind::Count);
    }

    #[test]
    fn a_time_in_glued_parts_is_one_duration_in_its_smallest_unit() {
        let f = figure("She finished in 2h 15m 20s, a record.", "2h 15m 20s");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Duration, Value::Number(8120.0))
        );
        let f = figure("The trip now takes 1hr 21min.", "1hr 21min");
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Value::Number(81.0), Some("minute"))
        );
        assert_eq!(
            figure("He won in 3min 51.29sec.", "3min 51.29sec").value,
            Value::Number(231.29)
        );
        // Millions and a decade, not a time: the parts do not fall from larger to smaller.
        assert_eq!(
            figure("Sales of 15m in the 20s.", "15m").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn a_weight_in_two_units_is_one_measure_and_metres_before_a_dimension_are_metres() {
        let f = figure("The baby weighed 7lb 4oz at birth.", "7lb 4oz");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Measure, Value::Number(7.25))
        );
        let text = "He weighs 14 stone 7lb.";
        assert_eq!(figure(text, "14 stone 7lb").value, Value::Number(14.5));
        let f = figure("The bridge has a 2.5m height restriction.", "2.5m");
        assert_eq!((f.kind, f.value), (FigureKind::Measure, Value::Number(2.5)));
        let f = figure("The iceberg is about 400m thick.", "about 400m");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Measure, Value::Number(400.0))
        );
        let f = figure("The crater is 180m across.", "180m");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Measure, Value::Number(180.0))
        );
        assert_eq!(
            figure("The club has a 2.5m budget.", "2.5m").kind,
            FigureKind::Count
        );
        let f = figure("She cleared 2.01m to win gold.", "2.01m");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Measure, Value::Number(2.01))
        );
        let text = "The fund cleared 2.5m in profit.";
        assert_eq!(figure(text, "2.5m").kind, FigureKind::Count);
    }

    #[test]
    fn a_number_word_ending_a_capitalised_name_is_no_count() {
        let found = kinds("Ohio State (11-1, 8-1 Big Ten) will face Oregon.");
        assert!(found.iter().all(|(t, _)| t != "Ten"), "{found:?}");
        assert_eq!(
            figure("In March Two men were held.", "Two").kind,
            FigureKind::Count
        );
        let text = "Two documentaries, Neon's Three Identical Strangers and a film about \
                    the accident at Three Mile Island, made the list.";
        assert_eq!(kinds(text), [("Two".to_owned(), FigureKind::Count)]);
        let text = "Clooney starred in Ocean's Eleven in 2001.";
        assert!(
            kinds(text).iter().all(|(t, _)| t != "Eleven"),
            "{:?}",
            kinds(text)
        );
        let text = "Shares of Five Below fell 4%.";
        assert_eq!(kinds(text), [("4%".to_owned(), FigureKind::Percent)]);
        // A line in title case keeps the count.
        let text = "Britain's Three Biggest Banks Report Losses";
        assert_eq!(kinds(text), [("Three".to_owned(), FigureKind::Count)]);
    }

    #[test]
    fn a_falling_pair_of_shares_after_a_verb_of_winning_is_two_shares() {
        let text = "Harris led Trump 48% to 46% among likely voters.";
        assert_eq!(figure(text, "48%").kind, FigureKind::Percent);
        assert_eq!(figure(text, "46%").value, Value::Number(46.0));
        let text = "Support rose from 40% to 46% among likely voters.";
        assert_eq!(figure(text, "46%").kind, FigureKind::Percent);
    }

    #[test]
    fn a_numbered_lap_is_a_name_but_a_lap_time_is_not() {
        let text = "He passed Norris on lap 37 of 58.";
        assert_eq!(figure(text, "lap 37").kind, FigureKind::Identifier);
        let text = "Each lap 12 seconds slower cost him a place.";
        assert_eq!(figure(text, "12 seconds").kind, FigureKind::Duration);
    }

    #[test]
    fn a_win_loss_record_is_a_score_but_a_range_after_a_plain_noun_is_not() {
        let text = "The Jets are 0-4 for the first time since 1996.";
        assert_eq!(figure(text, "0-4").kind, FigureKind::Score);
        assert_eq!(
            figure("The Lions finished with a 10-6 record.", "10-6").kind,
            FigureKind::Score
        );
        let text = "Overnight lows in Leeds are 5-8 degrees.";
        assert_eq!(figure(text, "5-8 degrees").kind, FigureKind::Measure);
        assert_eq!(
            figure("Children are 5-11 in the study.", "5-11").kind,
            FigureKind::Count
        );
        assert_eq!(
            figure("Boston fell to 3-7 on Sunday.", "3-7").kind,
            FigureKind::Score
        );
        let text = "The Lakers are 25-12 at home, but 9-20 on the road.";
        assert_eq!(figure(text, "9-20").kind, FigureKind::Score);
        let text = "They won 3-1, and 10-20 fans were hurt.";
        assert_eq!(figure(text, "10-20").kind, FigureKind::Count);
        assert_eq!(
            figure("The Raptors (12-30) lost again.", "12-30").kind,
            FigureKind::Score
        );
        let text = "Prices fell to 3-7 pence a unit.";
        assert_ne!(figure(text, "3-7 pence").kind, FigureKind::Score);
        let text = "The Smiths (1990-95) had three children.";
        assert_ne!(figure(text, "1990-95").kind, FigureKind::Score);
    }

    #[test]
    fn a_result_in_half_points_is_a_score_but_a_range_of_decimals_is_not() {
        let text = "Carlsen took a 2.5-1.5 lead in the four-game match.";
        assert_eq!(figure(text, "2.5-1.5").kind, FigureKind::Score);
        let text = "Growth of 1.5-2.5 is forecast this year.";
        assert_eq!(figure(text, "1.5-2.5").kind, FigureKind::Count);
    }

    #[test]
    fn one_needed_every_so_often_is_a_pronoun_but_one_nurse_is_a_count() {
        let found = kinds("Patients need one every four weeks.");
        assert!(found.iter().all(|(t, _)| t != "one"), "{found:?}");
        let text = "The ward needs one nurse every shift.";
        assert_eq!(figure(text, "one").kind, FigureKind::Count);
    }

    #[test]
    fn a_rate_per_hundred_thousand_keeps_its_decimal_figure() {
        let text = "The rate of measles cases reached 84.0 per 100,000 children.";
        assert_eq!(figure(text, "84.0").value, Value::Number(84.0));
        let text = "The rate reached 84.0 per 100\u{a0}000 population.";
        assert_eq!(figure(text, "100\u{a0}000").value, Value::Number(100_000.0));
        let text = "The rate reached 84.0 per 100 000 population.";
        assert_eq!(figure(text, "100 000").value, Value::Number(100_000.0));
        let text = "Some 12\u{202f}500 people were ill.";
        assert_eq!(
            figure(text, "Some 12\u{202f}500").value,
            Value::Number(12_500.0)
        );
    }

    #[test]
    fn a_temperature_scale_named_alone_after_a_number_is_its_unit() {
        let text = "The mercury climbed to 127 Fahrenheit (52.8 Celsius) on Friday.";
        let f = figure(text, "127 Fahrenheit");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("fahrenheit"))
        );
        let c = figure(text, "52.8 Celsius");
        assert_eq!(
            (c.kind, c.unit.as_deref()),
            (FigureKind::Measure, Some("celsius"))
        );
    }

    #[test]
    fn a_spaced_capital_c_or_f_is_a_temperature_beside_heat_or_the_other_scale() {
        let text = "The overnight low was minus 15.2 C (4.6 F) in Braemar.";
        let f = figure(text, "minus 15.2 C");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("celsius"))
        );
        assert_eq!(f.value, Value::Number(-15.2));
        let f = figure(text, "4.6 F");
        assert_eq!(f.unit.as_deref(), Some("fahrenheit"));
        let f = figure("It reached 46.1 C as the heatwave went on.", "46.1 C");
        assert_eq!(f.unit.as_deref(), Some("celsius"));
        // No heat or cold in the sentence, or a name after the letter: no temperature.
        let f = figure("Pupils in class 6 C wrote 300 words.", "6");
        assert_ne!(f.unit.as_deref(), Some("celsius"));
        let found = kinds("It was a hot day on 12 C Street, and 3 F-35 jets flew over.");
        assert!(
            found
                .iter()
                .all(|(t, _)| !t.ends_with(" C") && !t.ends_with(" F")),
            "{found:?}"
        );
    }

    #[test]
    fn a_spaced_capital_c_or_f_after_a_level_passed_or_below_zero_is_a_temperature() {
        for (text, span, unit) in [
            (
                "It was the eleventh day above 30 C in the capital.",
                "above 30 C",
                "celsius",
            ),
            (
                "Overnight it fell to 30 F in the valleys.",
                "30 F",
                "fahrenheit",
            ),
            ("It was -5 C at dawn.", "-5 C", "celsius"),
            (
                "Readings stayed below 10 C, officials said.",
                "below 10 C",
                "celsius",
            ),
            ("The mercury topped 40 C yesterday.", "40 C", "celsius"),
            (
                "It stayed above 30 degrees C all week.",
                "above 30 degrees C",
                "celsius",
            ),
        ] {
            let f = figure(text, span);
            assert_eq!(
                (f.kind, f.unit.as_deref()),
                (FigureKind::Measure, Some(unit)),
                "{text}"
            );
        }
        // Must not fire: a section, grade, type, vitamin, list letter or a noun after.
        for text in [
            "She got a Grade C in the exam.",
            "Under Section 30 C of the act, the fine was raised.",
            "The Type C charger costs $20.",
            "Take 500 mg of vitamin C daily.",
            "The options are: 1 A, 2 B, 3 C.",
            "The firm hired above 30 C programmers last year.",
        ] {
            let doc = Document::plain(text);
            let units: Vec<_> = extract(&doc, &ExtractOptions::default())
                .figures
                .into_iter()
                .filter_map(|f| f.unit)
                .collect();
            assert!(
                units.iter().all(|u| u != "celsius" && u != "fahrenheit"),
                "{text}: {units:?}"
            );
        }
    }

    #[test]
    fn marks_crowns_and_francs_beside_a_price_move_or_a_unit_traded_are_money() {
        for (text, span, code) in [
            ("VW was off two marks at 310 marks.", "two marks", "DEM"),
            ("VW was off two marks at 310 marks.", "310 marks", "DEM"),
            (
                "Deutsche shed 10 marks to 687 in Frankfurt.",
                "10 marks",
                "DEM",
            ),
            (
                "Daimler closed at 1,020 marks, up 12 marks.",
                "12 marks",
                "DEM",
            ),
            (
                "Volvo lost three crowns to 220 crowns.",
                "220 crowns",
                "SEK",
            ),
            (
                "Meal was offered at 315 crowns per 100 kilos.",
                "315 crowns",
                "SEK",
            ),
            (
                "Vaal Reefs ended eight rand higher at 398 rand.",
                "eight rand",
                "ZAR",
            ),
            (
                "Vaal Reefs ended eight rand higher at 398 rand.",
                "398 rand",
                "ZAR",
            ),
            (
                "Preussag cut its dividend to eight marks from nine marks.",
                "nine marks",
                "DEM",
            ),
            (
                "The dividend lost one mark to nine marks.",
                "one mark",
                "DEM",
            ),
        ] {
            let f = figure(text, span);
            assert_eq!(
                (f.kind, f.unit.as_deref()),
                (FigureKind::Money, Some(code)),
                "{text}"
            );
        }
        // Must not fire: marks on a test, question marks, a threshold, crowns won.
        for (text, span) in [
            ("He got two marks on the exam.", "two"),
            ("Her score rose two marks in the resit.", "two"),
            ("The draft had 14 question marks in it.", "14"),
            (
                "Unemployment passed the three million mark.",
                "three million",
            ),
            ("She has won three crowns in a row.", "three"),
        ] {
            let f = figure(text, span);
            assert_eq!(f.kind, FigureKind::Count, "{text}");
        }
    }

    #[test]
    fn a_spaced_m_is_metres_before_a_conversion_a_dimension_or_a_structure() {
        for (text, span, value) in [
            (
                "The diver fell 42.1 m (138 ft) to the rocks.",
                "42.1 m",
                42.1,
            ),
            ("They built a 244 m tower by the river.", "244 m", 244.0),
            ("The wall is 4 m high in places.", "4 m", 4.0),
        ] {
            let f = figure(text, span);
            assert_eq!(
                (f.kind, f.unit.as_deref(), f.value),
                (FigureKind::Measure, Some("m"), Value::Number(value)),
                "{text}"
            );
        }
        // Millions stay millions, or at least no metres.
        let f = figure("The council spent £244 m on roads.", "£244");
        assert_eq!(f.kind, FigureKind::Money);
        let f = figure("About 244 m people live there.", "About 244");
        assert_ne!(f.unit.as_deref(), Some("m"));
        let f = figure("The fund lost 5 m in the year.", "5");
        assert_ne!(f.unit.as_deref(), Some("m"));
    }

    #[test]
    fn a_spaced_in_closing_a_bracket_after_a_length_is_inches() {
        let f = figure("Some 110 mm (4.3 in) of rain fell.", "4.3 in");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("inch"))
        );
        // A bracket after anything but a length, or "in" with more after it.
        let found = kinds("The pupils (about 40 in) sat down, and the rate (1 in 5) fell.");
        assert!(found.iter().all(|(t, _)| !t.ends_with(" in")), "{found:?}");
    }

    #[test]
    fn a_length_per_hour_is_a_speed() {
        let text = "Winds of 119 kilometers per hour (74 mph) felled trees.";
        let f = figure(text, "119 kilometers per hour");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("kph"))
        );
        let f = figure("The car was doing 70 miles an hour.", "70 miles an hour");
        assert_eq!(f.unit.as_deref(), Some("mph"));
        // A length covered in an hour, or a week, stays a length.
        let f = figure("She cycled 30 miles in an hour.", "30 miles");
        assert_eq!(f.unit.as_deref(), Some("mile"));
        let f = figure("She runs 100 km per week.", "100 km");
        assert_eq!(f.unit.as_deref(), Some("km"));
    }

    #[test]
    fn times_before_a_comparative_of_heat_or_weight_is_a_multiplier() {
        let text = "The plasma was about seven times hotter than the core of the Sun.";
        assert_eq!(
            figure(text, "about seven times").kind,
            FigureKind::Multiplier
        );
        let f = figure("The new probe is three times heavier.", "three times");
        assert_eq!(f.value, Value::Number(3.0));
        // Times counting occasions stay out of it.
        let found = kinds("The site flooded three times later that year.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Multiplier),
            "{found:?}"
        );
    }

    #[test]
    fn golf_under_or_over_par_in_words_is_a_score_and_so_is_the_round_after_it() {
        let text = "She closed with a six-under-par 66 to win by three shots.";
        assert_eq!(figure(text, "six-under-par").kind, FigureKind::Score);
        assert_eq!(figure(text, "66").kind, FigureKind::Score);
        assert_eq!(figure(text, "three").kind, FigureKind::Count);
        // A count of six before another compound stays a count.
        let text = "Six under-par rounds were carded on Friday.";
        assert_eq!(figure(text, "Six").kind, FigureKind::Count);
    }

    #[test]
    fn golf_under_or_over_with_par_left_unsaid_is_a_score() {
        let text = "Fleetwood shot a 67 to finish on nine under, one shot behind.";
        assert_eq!(figure(text, "nine under").kind, FigureKind::Score);
        let text = "Rahm birdied the last to finish on 17 under.";
        assert_eq!(figure(text, "17 under").kind, FigureKind::Score);
        let text = "She was six under through 12 holes.";
        assert_eq!(figure(text, "six under").kind, FigureKind::Score);
        let text = "He closed at 3-over after a double bogey.";
        assert_eq!(figure(text, "3-over").kind, FigureKind::Score);
        let text = "He finished two over par.";
        assert_eq!(figure(text, "two over par").kind, FigureKind::Score);
        let text = "The scheme finished 17 under budget.";
        assert_eq!(figure(text, "17").kind, FigureKind::Count);
        let text = "The class was 12 over the limit.";
        assert_eq!(figure(text, "12").kind, FigureKind::Count);
    }

    #[test]
    fn a_glued_m_converted_into_feet_in_brackets_is_metres() {
        let f = figure("The 310m (1,017ft) tower opened in 2012.", "310m");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("m"))
        );
        assert_eq!(f.value, Value::Number(310.0));
        let f = figure("The fund raised 300m (about half of its target).", "300m");
        assert_eq!(f.value, Value::Number(300_000_000.0));
    }

    #[test]
    fn a_raised_decimal_point_is_read_as_a_full_stop() {
        let text = "Of the 1\u{b7}64 million trains planned, 72\u{b7}4% arrived on time.";
        let trains = figure(text, "1\u{b7}64 million");
        assert_eq!(trains.value, Value::Number(1_640_000.0));
        assert!(
            (trains.rounding - 5_000.0).abs() < 1e-6,
            "{}",
            trains.rounding
        );
        assert_eq!(figure(text, "72\u{b7}4%").value, Value::Number(72.4));
        assert_eq!(figure(text, "72\u{b7}4%").kind, FigureKind::Percent);
        let text = "Fares rose by 3\u{b7}8 per cent to \u{a3}4\u{b7}50.";
        assert_eq!(figure(text, "\u{a3}4\u{b7}50").value, Value::Number(4.5));
    }

    #[test]
    fn a_quarter_restating_a_count_is_a_share_but_a_quarter_later_is_a_time() {
        let text = "Of the 180 parents polled, 45, or a quarter, said they had borrowed.";
        assert_eq!(figure(text, "a quarter").value, Value::Number(0.25));
        let found = kinds("Results come out each year, or a quarter later in some cases.");
        assert!(found.iter().all(|(t, _)| t != "a quarter"), "{found:?}");
    }

    #[test]
    fn a_quarter_with_its_percentage_in_brackets_before_of_is_a_share() {
        let text = "A quarter (25%) of doctors agreed.";
        assert_eq!(figure(text, "A quarter").value, Value::Number(0.25));
        let found = kinds("Revenue fell in a quarter (Q3) of weak demand.");
        assert!(found.iter().all(|(t, _)| t != "a quarter"), "{found:?}");
    }

    #[test]
    fn a_quarter_that_a_change_is_of_is_its_size() {
        let text = "Membership rose to 139 from 111, a rise of a quarter.";
        assert_eq!(figure(text, "a quarter").value, Value::Number(0.25));
        let text = "Sales showed an increase of a quarter in the year.";
        assert_eq!(figure(text, "a quarter").value, Value::Number(0.25));
        let found = kinds("It was the best growth of a quarter since 2019.");
        assert!(found.iter().all(|(t, _)| t != "a quarter"), "{found:?}");
    }

    #[test]
    fn a_quarter_alone_before_a_year_is_three_months() {
        let found = kinds("Revenue has fallen from a quarter in 2023 when it peaked.");
        assert!(found.iter().all(|(t, _)| t != "a quarter"), "{found:?}");
    }

    #[test]
    fn a_hedge_before_the_article_of_a_percentage_hedges_it() {
        let f = figure(
            "Markets price roughly a 70% chance of a cut.",
            "roughly a 70%",
        );
        assert_eq!(f.qualifier, Qualifier::Approx);
        let f = figure(
            "There is less than a 1 per cent chance.",
            "less than a 1 per cent",
        );
        assert_eq!(f.qualifier, Qualifier::UpperBound);
    }

    #[test]
    fn a_bare_number_against_a_percentage_is_one_unless_a_share_restates_a_count() {
        let f = figure("Unemployment was 5.7 pct against 5.9 in January.", "5.9");
        assert_eq!(f.kind, FigureKind::Percent);
        let f = figure(
            "She won 11,402 votes (38.6%) against 9,084 (30.7%) for Holt.",
            "9,084",
        );
        assert_eq!(f.kind, FigureKind::Count);
        let f = figure(
            "An event occurred in 569 of those on the drug, or 6.5%, against 701 on placebo, or 8.0%.",
            "701",
        );
        assert_eq!(f.kind, FigureKind::Count);
        let f = figure("Turnout was 61.5%, against 58 in the last election.", "58");
        assert_eq!(f.kind, FigureKind::Percent);
    }

    #[test]
    fn a_minimum_or_maximum_of_is_a_bound_but_a_named_one_is_a_level() {
        let f = figure(
            "He must serve a minimum of 18 years.",
            "a minimum of 18 years",
        );
        assert_eq!(f.qualifier, Qualifier::LowerBound);
        let f = figure(
            "Terms run from 5 years and maximum of 20 years.",
            "maximum of 20 years",
        );
        assert_eq!(f.qualifier, Qualifier::UpperBound);
        let f = figure(
            "It pays £12.60, above the legal minimum of £12.00.",
            "£12.00",
        );
        assert_eq!(f.qualifier, Qualifier::Exact);
        let f = figure(
            "Wages were 92% of turnover, against a recommended maximum of 70%.",
            "70%",
        );
        assert_eq!(f.qualifier, Qualifier::Exact);
    }

    #[test]
    fn a_hedge_before_the_article_of_a_compound_or_after_over_hedges_nothing() {
        let f = figure("Yields hit about a 10-year high.", "10-year");
        assert_eq!(f.qualifier, Qualifier::Exact);
        let f = figure("Prices rose over a 5% band.", "5%");
        assert_eq!(f.qualifier, Qualifier::Exact);
    }

    #[test]
    fn a_number_hanging_on_its_hyphen_shares_the_compound_after_it() {
        let f = figure("The gap between two- and 10-year yields widened.", "two-");
        assert_eq!(f.kind, FigureKind::Duration);
        let f = figure("It will build 40 one- or two-bedroom flats.", "one-");
        assert_eq!(f.kind, FigureKind::Count);
    }

    #[test]
    fn a_number_before_a_dash_set_apart_is_no_suspended_compound() {
        let f = figure("Scores were 3 - and 10-year yields rose.", "3");
        assert_eq!(f.kind, FigureKind::Count);
    }

    #[test]
    fn a_percentage_point_is_one_point() {
        let f = figure(
            "The yield is up more than a full percentage point.",
            "more than a full percentage point",
        );
        assert_eq!(f.value, Value::Number(1.0));
        assert_eq!(f.qualifier, Qualifier::LowerBound);
        let f = figure(
            "The rate fell by a quarter of a percentage point.",
            "a quarter of a percentage point",
        );
        assert_eq!(f.value, Value::Number(0.25));
    }

    #[test]
    fn a_percentage_point_after_a_fraction_of_is_not_read_again() {
        let found = kinds("The Fed cut by a quarter of a percentage point.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn growth_of_two_percentages_in_a_forecast_is_a_range() {
        let text = "It expects revenue of $5.1bn next year, up 8% to 12%.";
        assert_eq!(figure(text, "8% to 12%").value, Value::Range(8.0, 12.0));
    }

    #[test]
    fn an_ongoing_change_in_two_percentages_with_a_period_after_it_is_a_range() {
        let text = "Swiss Re said losses were growing 5% to 7% a year in real terms.";
        let f = figure(text, "5% to 7%");
        assert_eq!(
            (f.value, f.placement.direction),
            (Value::Range(5.0, 7.0), Some(Direction::Increase))
        );
        let text = "Rents are rising by 2% to 3% a month.";
        assert_eq!(figure(text, "2% to 3%").value, Value::Range(2.0, 3.0));
        // A change in the past, or one without a period, is a change and its level.
        let text = "Inflation rose 0.5% to 3.2% a year.";
        assert_eq!(figure(text, "3.2%").value, Value::Number(3.2));
        let text = "Inflation is rising 0.5% to 3.2%.";
        assert_eq!(figure(text, "3.2%").value, Value::Number(3.2));
    }

    #[test]
    fn a_change_and_its_level_in_a_forecast_stay_two_figures() {
        let text = "It expects inflation next year, up 0.3% to 3.1%.";
        assert_eq!(figure(text, "3.1%").value, Value::Number(3.1));
        let text = "Sales were up 8% to 12% of the market.";
        assert_eq!(figure(text, "12%").value, Value::Number(12.0));
    }

    #[test]
    fn a_power_of_ten_is_its_value_but_a_caret_alone_is_not() {
        let f = figure(
            "The sample held about 10^6 bacteria per millilitre.",
            "about 10^6",
        );
        assert_eq!(f.value, Value::Number(1_000_000.0));
        let f = figure("The error was below 10^-3 in every run.", "below 10^-3");
        assert_eq!(f.value, Value::Number(0.001));
        let f = figure("Press 10 then ^ to continue.", "10");
        assert_eq!(f.value, Value::Number(10.0));
    }

    #[test]
    fn light_years_and_kelvin_are_measures_but_kelvin_in_a_street_name_is_not() {
        let f = figure(
            "Proxima Centauri is 4.2 light years away.",
            "4.2 light years",
        );
        assert_eq!(f.kind, FigureKind::Measure);
        let text = "The galaxy is 8 billion light-years away.";
        assert_eq!(
            figure(text, "8 billion light-years").kind,
            FigureKind::Measure
        );
        let f = figure("The mirror is kept at about 50 kelvin.", "about 50 kelvin");
        assert_eq!(f.kind, FigureKind::Measure);
        let text = "She lives at 5 Kelvin Grove in Glasgow.";
        assert_eq!(figure(text, "5 Kelvin Grove").kind, FigureKind::Identifier);
    }

    #[test]
    fn sudanese_and_lebanese_pounds_are_their_own_currencies_but_pounds_of_flour_are_weight() {
        let unit = |text, span| figure(text, span).unit;
        let text = "A sack now costs 120,000 Sudanese pounds.";
        assert_eq!(
            unit(text, "120,000 Sudanese pounds").as_deref(),
            Some("SDG")
        );
        let text = "Bread costs 90,000 Lebanese pounds.";
        assert_eq!(unit(text, "90,000 Lebanese pounds").as_deref(), Some("LBP"));
        let text = "Fees rose to 5,000 South Sudanese pounds.";
        assert_eq!(
            unit(text, "5,000 South Sudanese pounds").as_deref(),
            Some("SSP")
        );
        let text = "He lost 20 pounds of weight in Sudan.";
        assert_eq!(figure(text, "20 pounds").unit.as_deref(), Some("lb"));
    }

    #[test]
    fn a_metre_per_second_is_a_speed_but_a_million_per_head_is_money() {
        let text = "The probe touched down at about 1m per second.";
        assert_eq!(figure(text, "about 1m").kind, FigureKind::Measure);
        let text = "The fund pays out £1m per year.";
        assert_eq!(figure(text, "£1m").kind, FigureKind::Money);
        let text = "The site handles 1m requests per second.";
        assert_eq!(figure(text, "1m").value, Value::Number(1_000_000.0));
    }

    #[test]
    fn one_in_a_large_or_scaled_number_is_a_ratio_but_one_in_a_year_is_not() {
        let text = "The odds of winning the jackpot are 1 in 292.2 million.";
        let f = figure(text, "1 in 292.2 million");
        assert_eq!(f.kind, FigureKind::Ratio);
        assert_eq!(f.value, Value::Number(1.0 / 292_200_000.0));
        let text = "The condition affects one in 2,500 births.";
        assert_eq!(figure(text, "one in 2,500").kind, FigureKind::Ratio);
        let text = "One adult in five smokes.";
        assert_eq!(figure(text, "One adult in five").kind, FigureKind::Ratio);
        let found = kinds("He scored one goal in 10 games.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Ratio),
            "{found:?}"
        );
        let text = "One pupil in five left school without a qualification.";
        assert_eq!(figure(text, "One pupil in five").kind, FigureKind::Ratio);
        let text = "He scored one goal in 10 games.";
        assert_eq!(figure(text, "one").kind, FigureKind::Count);
        let text = "Output rose one pct in 1986.";
        assert_eq!(figure(text, "one pct").kind, FigureKind::Percent);
        let text = "It affects 1 in 10,000 adults.";
        assert_eq!(figure(text, "1 in 10,000").kind, FigureKind::Ratio);
        let text = "She scored 1 in 2019 and 3 in 2020.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Ratio));
        let text = "The odds are 1 in 45,057,474, and most tickets win nothing.";
        assert_eq!(figure(text, "1 in 45,057,474").kind, FigureKind::Ratio);
        let text = "The disease affects 1 in 10.";
        assert_eq!(figure(text, "1 in 10").kind, FigureKind::Ratio);
        assert!(
            kinds("About 1 in 4-5 adults smoke.")
                .iter()
                .all(|(_, k)| *k != FigureKind::Ratio)
        );
    }

    #[test]
    fn a_rate_to_the_dollar_is_in_the_currency_the_sentence_quotes() {
        let text = "The yen strengthened to 141 against the dollar.";
        assert_eq!(figure(text, "141").unit.as_deref(), Some("JPY"));
        let text = "The Nigerian naira finished at 3.8050 to the dollar.";
        assert_eq!(figure(text, "3.8050").unit.as_deref(), Some("NGN"));
        let text = concat!(
            "The lira has lost a fifth of its value against the dollar this year ",
            "and now trades at about 41 to the dollar."
        );
        let f = figure(text, "about 41");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Money, Some("TRY"))
        );
        let text = "Dealers sold dollars at 1.86 to the dollar.";
        assert_eq!(figure(text, "1.86").unit, None);
    }

    #[test]
    fn a_day_before_may_is_a_date_unless_a_verb_follows() {
        assert_eq!(
            figure("It opened on 7 May.", "7 May").kind,
            FigureKind::Date
        );
        assert_eq!(
            figure("From 7 May to 9 June it shut.", "7 May").kind,
            FigureKind::Date
        );
        assert_eq!(
            figure("Of 40 asked, 5 May attend.", "5").kind,
            FigureKind::Count
        );
    }

    #[test]
    fn odds_before_a_ranked_favourite_are_a_score_but_a_date_before_a_verb_is_not() {
        let text = "The 10-1 joint favourites carried most of the money.";
        assert_eq!(figure(text, "10-1").kind, FigureKind::Score);
        let text = "The 11/4 second favourite finished fifth.";
        assert_eq!(figure(text, "11/4").kind, FigureKind::Score);
        let text = "She won at odds of 7/2.";
        assert_eq!(figure(text, "7/2").kind, FigureKind::Score);
        let text = "The meeting is on 11/4 at noon.";
        assert_eq!(figure(text, "11/4").kind, FigureKind::Date);
        let text = "Shares traded at 15-1/4 dlrs, off 1/4 on the Toronto exchange.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Score));
        let text = "Between 10-20 joint ventures were formed.";
        assert_ne!(figure(text, "Between 10-20").kind, FigureKind::Score);
    }

    #[test]
    fn inside_a_stretch_of_time_or_overs_is_a_ceiling_but_inside_a_place_is_not() {
        let text = "England were bowled out for 143 inside 40 overs.";
        assert_eq!(figure(text, "inside 40").qualifier, Qualifier::UpperBound);
        let text = "She finished inside two hours.";
        assert_eq!(
            figure(text, "inside two hours").qualifier,
            Qualifier::UpperBound
        );
        let text = "Police searched inside 40 homes.";
        assert_eq!(figure(text, "40").qualifier, Qualifier::Exact);
    }

    #[test]
    fn cfa_francs_are_west_african_and_cents_in_brackets_after_them_stay_us() {
        let text = "The cocoa price was set at 400 CFA francs a kilo.";
        assert_eq!(figure(text, "400 CFA francs").unit.as_deref(), Some("XOF"));
        // A country of the central zone makes them Central African, and francs left
        // bare after them are CFA francs too.
        let text = "Cameroon raised its cocoa price to 440 CFA francs a kilo from 420 francs.";
        assert_eq!(figure(text, "440 CFA francs").unit.as_deref(), Some("XAF"));
        assert_eq!(figure(text, "420 francs").unit.as_deref(), Some("XAF"));
        let text = "The Ivory Coast set its price at 400 CFA francs, against 375 francs.";
        assert_eq!(figure(text, "400 CFA francs").unit.as_deref(), Some("XOF"));
        assert_eq!(figure(text, "375 francs").unit.as_deref(), Some("XOF"));
        let text = "Gabon and Senegal each lent 2 billion CFA francs.";
        assert_eq!(
            figure(text, "2 billion CFA francs").unit.as_deref(),
            Some("XOF")
        );
        let text = "The price would stay at 200 CFA francs (65 cents) per kilo.";
        assert_eq!(figure(text, "65 cents").unit.as_deref(), Some("USD"));
        let text = "The price would stay at 200 Swiss francs (65 cents) per kilo.";
        assert_eq!(figure(text, "65 cents").unit.as_deref(), Some("USD"));
        let text = "Tin closed 12 cents lower at 16.94 ringgit a kilo.";
        assert_eq!(figure(text, "12 cents").unit.as_deref(), Some("MYR"));
        let text = "Wool sales in Sydney totalled 41,000 bales, and the indicator eased 12 cents.";
        assert_eq!(figure(text, "12 cents").unit.as_deref(), Some("AUD"));
        let text = "Alcan in Montreal raised its ingot prices by two cents a lb.";
        assert_eq!(figure(text, "two cents").unit.as_deref(), Some("USD"));
    }

    #[test]
    fn a_result_on_aggregate_or_on_penalties_is_a_score() {
        let text = "The tie finished 4-4 on aggregate.";
        assert_eq!(figure(text, "4-4").kind, FigureKind::Score);
        let text = "They went through 5-4 on penalties.";
        assert_eq!(figure(text, "5-4").kind, FigureKind::Score);
        let text = "Prices rose 4-5 on average.";
        assert_ne!(figure(text, "4-5").kind, FigureKind::Score);
    }

    #[test]
    fn odds_in_words_are_a_score_but_a_fall_from_one_level_to_another_is_not() {
        let text = "She won the jackpot, beating odds of 139,838,160 to one.";
        assert_eq!(figure(text, "139,838,160 to one").kind, FigureKind::Score);
        let text = "The horse, a 100 to 1 outsider, won by a length.";
        assert_eq!(figure(text, "100 to 1").kind, FigureKind::Score);
        let text = "The odds fell from 12 to 8 after the rain.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Score));
        let text = "The odds were cut 20 to 1 on Tuesday.";
        assert!(kinds(text).iter().all(|(_, k)| *k != FigureKind::Score));
    }

    #[test]
    fn a_change_by_an_average_of_an_amount_and_its_end_are_two_figures() {
        let text = "Premiums rose by an average of £68 to £395 last year.";
        let f = figure(text, "£68");
        assert_eq!(
            (f.value, f.placement.direction),
            (Value::Number(68.0), Some(Direction::Increase))
        );
        assert_eq!(figure(text, "£395").value, Value::Number(395.0));
        let text = "Fares rose by an average of 3% to 5% a year.";
        assert_eq!(figure(text, "3%").value, Value::Number(3.0));
        let text = "Fares will rise an average of £3 to £5.";
        assert!(matches!(figure(text, "£3 to £5").value, Value::Range(..)));
    }

    #[test]
    fn a_number_in_a_name_before_a_preposition_or_a_plural_name_is_no_count() {
        assert_eq!(
            figure("It was heard in Court 4 on Monday.", "Court 4").kind,
            FigureKind::Identifier
        );
        assert_eq!(
            figure("Objections go to PO Box 4120 by 30 June.", "Box 4120").kind,
            FigureKind::Identifier
        );
        assert!(
            kinds("It was their eighth straight Six Nations defeat.")
                .iter()
                .all(|(t, _)| t != "Six")
        );
        let text = "Scotland won 31-29 in the 2025 Six Nations, and in 2025 Three Counties won.";
        assert!(kinds(text).iter().all(|(t, _)| t != "Six"));
        assert!(
            kinds("In the 2025 Three people died.")
                .iter()
                .any(|(t, _)| t == "Three")
        );
        let text =
            "Swire shed 50 to 21.30 and Hk Bank 10 to 8.30 as Labour 30 and the Liberals fell.";
        assert!(
            kinds(text)
                .iter()
                .all(|(_, k)| *k != FigureKind::Identifier)
        );
    }

    #[test]
    fn a_vague_word_inside_a_capitalised_name_is_no_figure() {
        let text = "The Mega Millions jackpot reached $1.22bn.";
        assert!(kinds(text).iter().all(|(t, _)| t != "Millions"));
        let text = "Thousands of people marched in Leeds.";
        assert_eq!(figure(text, "Thousands").kind, FigureKind::Count);
    }

    #[test]
    fn a_vague_magnitude_of_a_measure_is_a_measure_but_of_stories_a_count() {
        let text = "Hundreds of thousands of acres of farmland flooded.";
        let f = figure(text, "Hundreds of thousands of acres");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.unit.as_deref(), Some("acre"));
        let text = "The reserves hold billions of barrels of oil.";
        assert_eq!(
            figure(text, "billions of barrels").kind,
            FigureKind::Measure
        );
        let text = "She has written thousands of stories for the paper.";
        assert_eq!(figure(text, "thousands").kind, FigureKind::Count);
    }

    #[test]
    fn units_glued_on_in_technology_copy_are_measures_but_a_letter_w_apart_is_not() {
        let text =
            "The chip has 36MB of cache, draws 125W and runs games at 120fps on a 120Hz screen.";
        for span in ["36MB", "125W", "120fps", "120Hz"] {
            assert_eq!(figure(text, span).kind, FigureKind::Measure, "{span}");
        }
        let text = "It peaks at 3,000 nits.";
        assert_eq!(figure(text, "3,000 nits").kind, FigureKind::Measure);
        assert_ne!(
            figure("He was 5 W of the line.", "5").kind,
            FigureKind::Measure
        );
    }

    #[test]
    fn four_k_before_a_screen_word_is_a_name_but_four_k_followers_or_pounds_are_thousands() {
        let text = "The card renders the game at 4K and 120fps.";
        assert_eq!(figure(text, "4K").kind, FigureKind::Identifier);
        let f = figure("The account has 4K followers.", "4K");
        assert_eq!(f.value, Value::Number(4000.0));
        let f = figure("It raised £4K for charity.", "£4K");
        assert_eq!(f.value, Value::Number(4000.0));
    }

    #[test]
    fn a_pay_band_below_ten_is_a_name() {
        let text = "Newly qualified nurses start on band 5, at £29,970 a year.";
        assert_eq!(figure(text, "band 5").kind, FigureKind::Identifier);
        let text = "The trust is short of 40 band 6 nurses.";
        assert_eq!(figure(text, "band 6").kind, FigureKind::Identifier);
        let text = "He left the band 20 years ago.";
        assert_eq!(figure(text, "20 years").kind, FigureKind::Duration);
        let text = "He left the band 2 years ago.";
        assert_eq!(figure(text, "2 years").kind, FigureKind::Duration);
    }

    #[test]
    fn past_a_level_after_a_verb_of_rising_is_a_floor() {
        let text = "The dollar rose past 155 yen in Tokyo on Tuesday.";
        assert_eq!(
            figure(text, "past 155 yen").qualifier,
            Qualifier::LowerBound
        );
        let text = "The index climbed past 8,000 for the first time.";
        assert_eq!(figure(text, "past 8,000").qualifier, Qualifier::LowerBound);
        let text = "Prices rose 4% in the past 12 months.";
        assert_eq!(figure(text, "12 months").qualifier, Qualifier::Exact);
        let text = "The yen strengthened past 140 to the dollar.";
        assert_eq!(figure(text, "140").qualifier, Qualifier::Exact);
        let text = "Prices rose, extending gains past three-year peaks.";
        assert_eq!(figure(text, "three-year").qualifier, Qualifier::Exact);
    }

    #[test]
    fn first_aid_is_no_ordinal() {
        let kinds = |text: &str| {
            let doc = crate::document::Document::plain(text);
            crate::extract::extract(&doc, &crate::extract::ExtractOptions::default())
                .figures
                .into_iter()
                .map(|f| f.kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("Volunteers learn first aid at the hall."), vec![]);
        assert_eq!(kinds("Each of the first-aid kits was checked."), vec![]);
        assert_eq!(
            kinds("It was the first aid convoy to cross."),
            vec![FigureKind::Ordinal]
        );
        assert_eq!(kinds("Her first appeal failed."), vec![FigureKind::Ordinal]);
    }

    #[test]
    fn some_after_a_quote_mark_or_a_colon_opens_the_sentence_and_is_approximate() {
        let text = "\"Some 9,412 people signed the petition,\" she said.";
        assert_eq!(figure(text, "Some 9,412").qualifier, Qualifier::Approx);
        let text = "The charity said: Some 9,412 people signed the petition.";
        assert_eq!(figure(text, "Some 9,412").qualifier, Qualifier::Approx);
        let text = "Some 9,412 people signed the petition.";
        assert_eq!(figure(text, "Some 9,412").qualifier, Qualifier::Approx);
    }

    #[test]
    fn a_measure_joined_to_its_dimension_by_a_hyphen_is_one_compound_of_the_noun_after() {
        let text = "Engineers bored a 2km-long tunnel under the river.";
        let f = figure(text, "2km-long");
        assert_eq!(f.subject.map(|s| s.key).as_deref(), Some("tunnel"));
        let text = "A 10ft-high fence now runs along the track.";
        let f = figure(text, "10ft-high");
        assert_eq!(
            (f.subject.map(|s| s.key).as_deref(), f.placement.direction),
            (Some("fence"), None)
        );
        let text = "The tunnel is 2km long.";
        assert_eq!(figure(text, "2km").value, Value::Number(2.0));
    }

    #[test]
    fn a_size_in_m_joined_to_its_dimension_by_a_hyphen_is_in_metres() {
        let f = figure(
            "The council built a 1m-high wall along the front.",
            "1m-high",
        );
        assert_eq!((f.kind, f.value), (FigureKind::Measure, Value::Number(1.0)));
        let f = figure("A 2.5m-long python was found in the loft.", "2.5m-long");
        assert_eq!(f.kind, FigureKind::Measure);
        let f = figure("A 1m-strong crowd lined the route.", "1m-strong");
        assert_eq!(f.value, Value::Number(1_000_000.0));
    }

    #[test]
    fn past_a_level_after_a_verb_that_carries_its_object_there_is_a_floor() {
        let text = "The win lifted her earnings for the season past $4 million.";
        assert_eq!(
            figure(text, "past $4 million").qualifier,
            Qualifier::LowerBound
        );
        let text = "The storm took the death toll past 300 on Monday.";
        assert_eq!(figure(text, "past 300").qualifier, Qualifier::LowerBound);
        let text = "Taking the past 12 months together, prices rose 4%.";
        assert_eq!(figure(text, "12 months").qualifier, Qualifier::Exact);
        let text = "The bus took him past 20 houses before it stopped.";
        assert_eq!(figure(text, "20").qualifier, Qualifier::Exact);
    }

    #[test]
    fn a_sum_plus_a_noun_is_a_sum_with_something_added_but_a_count_plus_a_noun_a_floor() {
        let text = "The fee was €85m plus add-ons, and rooms cost £50 plus VAT.";
        assert_eq!(figure(text, "€85m").qualifier, Qualifier::Exact);
        assert_eq!(figure(text, "£50").qualifier, Qualifier::Exact);
        let text = "There were 1,000 plus workers at the plant.";
        assert_eq!(figure(text, "1,000 plus").qualifier, Qualifier::LowerBound);
    }

    #[test]
    fn a_figure_after_a_verb_of_going_beyond_is_a_floor_and_after_not_a_ceiling() {
        let text = "On a busy day the queue for cars can exceed two hours.";
        assert_eq!(figure(text, "two hours").qualifier, Qualifier::LowerBound);
        let text = "It said sales exceeded 170 mln dlrs last year.";
        assert_eq!(
            figure(text, "170 mln dlrs").qualifier,
            Qualifier::LowerBound
        );
        let text = "The company said the cost will not exceed 200 mln dlrs.";
        assert_eq!(
            figure(text, "200 mln dlrs").qualifier,
            Qualifier::UpperBound
        );
        let text = "It does not expect the cost of the deal to exceed 15 mln dlrs.";
        assert_eq!(figure(text, "15 mln dlrs").qualifier, Qualifier::UpperBound);
        let text = "Borrowings in marks cannot exceed 50 pct of the facility.";
        assert_eq!(figure(text, "50 pct").qualifier, Qualifier::UpperBound);
        let text = "It was not clear whether costs would exceed 5 mln dlrs.";
        assert_eq!(figure(text, "5 mln dlrs").qualifier, Qualifier::LowerBound);
        let text = "The company said costs reached 200 mln dlrs.";
        assert_eq!(figure(text, "200 mln dlrs").qualifier, Qualifier::Exact);
        let text = "No investment in any single company must exceed 20 pct of its capital.";
        assert_eq!(figure(text, "20 pct").qualifier, Qualifier::UpperBound);
        let text = "There is no doubt that costs will exceed 5 mln dlrs.";
        assert_eq!(figure(text, "5 mln dlrs").qualifier, Qualifier::LowerBound);
    }

    #[test]
    fn as_long_as_before_a_time_or_a_length_is_a_ceiling_but_before_a_count_a_condition() {
        let text = "Some have waited as long as 15 years for an allotment.";
        assert_eq!(
            figure(text, "as long as 15 years").qualifier,
            Qualifier::UpperBound
        );
        let text = "Queues stretched as long as 2 miles.";
        assert_eq!(
            figure(text, "as long as 2 miles").qualifier,
            Qualifier::UpperBound
        );
        let text = "The bill passes as long as 51 senators back it.";
        assert_eq!(figure(text, "51").qualifier, Qualifier::Exact);
    }

    #[test]
    fn francs_and_crowns_are_in_the_currency_of_the_one_country_the_sentence_names() {
        let unit = |text, span| figure(text, span).unit;
        let text = "The Bank of France bought about 2 billion francs on Friday.";
        assert_eq!(unit(text, "about 2 billion francs").as_deref(), Some("FRF"));
        let text = "Norway's trade deficit widened to 957 mln crowns in February.";
        assert_eq!(unit(text, "957 mln crowns").as_deref(), Some("NOK"));
        let text = "Denmark's foreign debt rose to 260 mln crowns.";
        assert_eq!(unit(text, "260 mln crowns").as_deref(), Some("DKK"));
        let text = "Gold reserves remained stable at 218.32 billion francs.";
        assert_eq!(unit(text, "218.32 billion francs").as_deref(), Some("CHF"));
        let text = "French and Swiss banks lent 900 mln francs.";
        assert_eq!(unit(text, "900 mln francs").as_deref(), Some("CHF"));
        // Kroner, Danish unless another country is named.
        let text = "Norway's wealth fund made a profit of 1.5 trillion kroner.";
        assert_eq!(unit(text, "1.5 trillion kroner").as_deref(), Some("NOK"));
        let text = "The fund lost 300 billion kroner.";
        assert_eq!(unit(text, "300 billion kroner").as_deref(), Some("DKK"));
    }

    #[test]
    fn cents_are_in_the_currency_of_the_one_country_a_sentence_without_dollars_names() {
        let unit = |text, span| figure(text, span).unit;
        let text = "Malaysian rubber prices eased to 198.5 cents a kilo from 201 cents.";
        assert_eq!(unit(text, "198.5 cents").as_deref(), Some("MYR"));
        assert_eq!(unit(text, "201 cents").as_deref(), Some("MYR"));
        let text = "In Australia the wool market indicator rose nine cents to 612 cents a kilo.";
        assert_eq!(unit(text, "612 cents").as_deref(), Some("AUD"));
        let text = "Alcan New Zealand shareholders would receive a dividend of 10 cents a share.";
        assert_eq!(unit(text, "10 cents").as_deref(), Some("NZD"));
        let text = "The Canadian dollar fell to 72.4 cents, its lowest since March.";
        assert_eq!(unit(text, "72.4 cents").as_deref(), Some("USD"));
        let text = "Canada imposed a duty of 85 cents per bushel on U.S. corn.";
        assert_eq!(unit(text, "85 cents").as_deref(), Some("USD"));
        let text = "Malaysian and Australian buyers paid 90 cents a kilo.";
        assert_eq!(unit(text, "90 cents").as_deref(), Some("USD"));
    }

    #[test]
    fn cents_that_move_an_amount_beside_them_are_of_its_money() {
        let unit = |text, span| figure(text, span).unit;
        let text = "Cocoa reached $12,000 a tonne, and a bar in Germany costs €1.99, up 50 cents.";
        assert_eq!(unit(text, "50 cents").as_deref(), Some("EUR"));
        let text = "Futures rose to $3.10, and the fare rose by 20 cents to A$4.50.";
        assert_eq!(unit(text, "20 cents").as_deref(), Some("AUD"));
        // Cents that move a dollar amount stay US cents.
        let text = "Shares in Paris fell 2 euros, and the ADR rose 15 cents to $4.10.";
        assert_eq!(unit(text, "15 cents").as_deref(), Some("USD"));
        let text = "The stock costs €1.99, and the dividend is 50 cents.";
        assert_eq!(unit(text, "50 cents").as_deref(), Some("EUR"));
    }

    #[test]
    fn cents_after_amounts_in_one_country_s_dollars_are_that_country_s() {
        let unit = |text, span| figure(text, span).unit;
        let text = "Profit rose to 312.6 mln Australian dlrs and the dividend to 17 cents.";
        assert_eq!(unit(text, "17 cents").as_deref(), Some("AUD"));
        let text = "The stock rose to 4.10 Canadian dlrs from 90 cents.";
        assert_eq!(unit(text, "90 cents").as_deref(), Some("CAD"));
        let text = "Profit was 9 mln Australian dlrs and 3 mln U.S. dlrs, or 17 cents a share.";
        assert_eq!(unit(text, "17 cents").as_deref(), Some("USD"));
        let text = "The Canadian dollar fell to 72.4 cents.";
        assert_eq!(unit(text, "72.4 cents").as_deref(), Some("USD"));
        let text = "Profit rose to 38.2 mln Canadian dlrs, or 43 cts a share, from 31.6 mln dlrs.";
        assert_eq!(unit(text, "43 cts").as_deref(), Some("CAD"));
        assert_eq!(unit(text, "31.6 mln dlrs").as_deref(), Some("CAD"));
        let text = "Exports rose to 5.45 billion H.K. dlrs from 8.59 billion dlrs a year earlier.";
        assert_eq!(unit(text, "8.59 billion dlrs").as_deref(), Some("HKD"));
        let text =
            "It sold the unit for 90 mln Canadian dlrs and 20 mln U.S. dlrs, or 40 mln dlrs more.";
        assert_eq!(unit(text, "40 mln dlrs").as_deref(), Some("USD"));
        let text = "Canada bought 10 mln dlrs of bonds.";
        assert_eq!(unit(text, "10 mln dlrs").as_deref(), Some("USD"));
    }

    #[test]
    fn hundredths_of_other_currencies_are_money_in_the_main_unit() {
        let f = figure(
            "Egypt raised the price of bread to 20 piastres a loaf.",
            "20 piastres",
        );
        assert_eq!(f.kind, FigureKind::Money);
        assert_eq!(f.unit.as_deref(), Some("EGP"));
        assert!((f.value.mid() - 0.2).abs() < 1e-9);
        let text = "A bundle of bread in Lebanon costs 500 piastres more.";
        assert_eq!(figure(text, "500 piastres").unit.as_deref(), Some("LBP"));
        let text = "The rupee fell 12 paise to 83.4 to the dollar.";
        assert_eq!(figure(text, "12 paise").unit.as_deref(), Some("INR"));
    }

    #[test]
    fn dinars_are_in_the_currency_of_the_country_the_sentence_names() {
        let unit = |text, span| figure(text, span).unit;
        let text = "Kuwait lost 1.25 billion dinars on its overseas investments in 1986.";
        assert_eq!(unit(text, "1.25 billion dinars").as_deref(), Some("KWD"));
        let text = "Jordan's outstanding loans total 902 mln dinars.";
        assert_eq!(unit(text, "902 mln dinars").as_deref(), Some("JOD"));
        let text = "The Jordan branch of Iraq's Rafidain Bank will raise five mln dinars.";
        assert_eq!(unit(text, "five mln dinars").as_deref(), Some("IQD"));
    }

    #[test]
    fn pesos_are_in_the_currency_of_the_country_the_sentence_names() {
        let unit = |text, span| figure(text, span).unit;
        let text = "Its Chilean unit paid 1.2 trillion pesos in taxes.";
        assert_eq!(unit(text, "1.2 trillion pesos").as_deref(), Some("CLP"));
        let text = "The Philippine central bank sold 3.8 billion pesos of bills.";
        assert_eq!(unit(text, "3.8 billion pesos").as_deref(), Some("PHP"));
        let text = "Argentina's deficit was 12 billion pesos.";
        assert_eq!(unit(text, "12 billion pesos").as_deref(), Some("ARS"));
        let text = "The bank lent 500 mln pesos.";
        assert_eq!(unit(text, "500 mln pesos").as_deref(), Some("MXN"));
        let text = "Trade between Mexico and Chile reached 90 billion pesos.";
        assert_eq!(unit(text, "90 billion pesos").as_deref(), Some("MXN"));
    }

    #[test]
    fn crowns_are_in_the_currency_of_a_company_named_in_its_own_language_or_of_a_capital() {
        let unit = |text, span| figure(text, span).unit;
        let text = "Norsk Hydro said its net profit rose to 1.21 billion crowns.";
        assert_eq!(unit(text, "1.21 billion crowns").as_deref(), Some("NOK"));
        let text = "Den Danske Bank issued a 300 mln crown bond.";
        assert_eq!(unit(text, "300 mln crown").as_deref(), Some("DKK"));
        let text = "An Oslo court fined the shipowner 2 mln crowns.";
        assert_eq!(unit(text, "2 mln crowns").as_deref(), Some("NOK"));
        let text = "Svenska Handelsbanken lifted its profit to 2.9 billion crowns.";
        assert_eq!(unit(text, "2.9 billion crowns").as_deref(), Some("SEK"));
        let text = "The ferry line between Stockholm and Oslo lost 90 mln crowns.";
        assert_eq!(unit(text, "90 mln crowns").as_deref(), Some("SEK"));
        let text = "The company said its profit rose to 1.21 billion crowns.";
        assert_eq!(unit(text, "1.21 billion crowns").as_deref(), Some("SEK"));
    }

    #[test]
    fn kwacha_and_shillings_are_money_in_the_currency_their_nationality_names() {
        let unit = |text, span| figure(text, span).unit;
        let text = "In Malawi a bag of maize sells for 45,000 kwacha.";
        assert_eq!(unit(text, "45,000 kwacha").as_deref(), Some("MWK"));
        let text = "The central bank set the rate at nine kwacha.";
        assert_eq!(unit(text, "nine kwacha").as_deref(), Some("ZMW"));
        let text = "Farmers were paid 60 shillings a kilo.";
        assert_eq!(unit(text, "60 shillings").as_deref(), Some("KES"));
        let text = "The fee is 3,000 Ugandan shillings.";
        assert_eq!(
            unit(text, "3,000 Ugandan shillings").as_deref(),
            Some("UGX")
        );
    }

    #[test]
    fn a_standard_a_railcard_and_numbered_zones_are_names_but_a_range_of_fares_is_not() {
        let text = "Routers supporting Wi-Fi 7 reached 2.3 Gbps.";
        assert!(
            kinds(text)
                .iter()
                .all(|(t, k)| t != "7" || *k == FigureKind::Identifier)
        );
        let text = "The 16-25 Railcard costs £35 a year.";
        assert_eq!(figure(text, "16-25 Railcard").kind, FigureKind::Identifier);
        let text = "A journey in zones 1 and 2 will cost £3.00.";
        assert_eq!(figure(text, "zones 1 and 2").kind, FigureKind::Identifier);
        let text = "Fares rose 16-25 pence.";
        assert_ne!(figure(text, "16-25 pence").kind, FigureKind::Identifier);
    }

    #[test]
    fn a_numbered_berth_is_a_name_but_berths_counted_are_not() {
        let text = "The ship ran aground off berth 7 with 18,000 containers on board.";
        assert_eq!(figure(text, "berth 7").kind, FigureKind::Identifier);
        let text = "The port will add 4 berths by 2027.";
        assert_eq!(figure(text, "4").kind, FigureKind::Count);
    }

    #[test]
    fn a_bare_m_beside_a_length_in_metres_is_metres_but_before_a_noun_it_is_millions() {
        let text = "It would add 2.5 metres to the rear and rise to 7.2m at its highest point.";
        assert_eq!(figure(text, "7.2m").kind, FigureKind::Measure);
        let text = "The tower is 300 metres tall and was seen by 1.2m visitors.";
        assert_eq!(figure(text, "1.2m").value, Value::Number(1_200_000.0));
    }

    #[test]
    fn megalitres_containers_in_teu_and_micrograms_per_cubic_metre_are_measures() {
        let text = "Thames Water lost 570 megalitres a day to leaks.";
        assert_eq!(figure(text, "570 megalitres").kind, FigureKind::Measure);
        let text = "The port handled 4.1 million TEU last year.";
        assert_eq!(figure(text, "4.1 million TEU").kind, FigureKind::Measure);
        let text = "Pollution averaged 9.8µg/m3 in London.";
        assert_eq!(figure(text, "9.8µg/m3").kind, FigureKind::Measure);
        let text = "Ozone breached the 120 µg/m³ threshold on 23 days.";
        assert_eq!(figure(text, "120 µg/m³").kind, FigureKind::Measure);
        let text = "Each tablet holds 5mg/ml of the drug.";
        assert_eq!(figure(text, "5mg").kind, FigureKind::Measure);
    }

    #[test]
    fn diamonds_in_carats_are_a_measure() {
        let text = "De Beers cut its output forecast to 20 million to 23 million carats.";
        let f = figure(text, "20 million to 23 million carats");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.unit.as_deref(), Some("carat"));
    }

    #[test]
    fn a_height_in_hyphenated_feet_and_inches_is_one_measure_but_a_high_wall_has_no_inches() {
        let f = figure("The Knicks signed the 6-foot-3 guard.", "6-foot-3");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Measure, Value::Number(6.25))
        );
        let text = "The 6-foot-2-inch man fled.";
        assert_eq!(
            figure(text, "6-foot-2-inch").value,
            Value::Number(37.0 / 6.0)
        );
        let text = "They built a 10-foot-high wall.";
        assert_eq!(figure(text, "10-foot-high").value, Value::Number(10.0));
    }

    #[test]
    fn a_poll_margin_or_swing_in_a_points_compound_is_in_percentage_points_but_a_game_lead_is_not()
    {
        let text = "Smith leads 44% to 41%, inside the poll's 3-point margin of error.";
        assert_eq!(figure(text, "3-point").kind, FigureKind::PercentagePoints);
        let text = "The MP held on with a 4.5-point swing, while turnout slipped to 37%.";
        assert_eq!(figure(text, "4.5-point").kind, FigureKind::PercentagePoints);
        let text = "The Lakers blew a 15-point lead, shooting 45% from the field.";
        assert_eq!(figure(text, "15-point").kind, FigureKind::Count);
    }

    #[test]
    fn a_points_move_after_two_shares_is_in_percentage_points_but_an_index_move_is_not() {
        let text = "In all, 77.9% left on time, compared with 74.2% a year earlier, a 3.7-point improvement.";
        assert_eq!(figure(text, "3.7-point").kind, FigureKind::PercentagePoints);
        let text = "The FTSE 100 fell 2.3% to 7,204, or 0.4% below Friday, a 170-point drop.";
        assert_eq!(figure(text, "170-point").kind, FigureKind::Measure);
        let text = "Turnout was 41%, and the team had a 12-point improvement in March.";
        assert_eq!(figure(text, "12-point").kind, FigureKind::Measure);
    }

    #[test]
    fn cents_joined_to_a_rate_are_money_and_a_pound_compound_weighs_unless_it_pays() {
        let f = figure("It adds a 2-cent-a-gallon gas tax.", "2-cent-a-gallon");
        assert_eq!((f.kind, f.value), (FigureKind::Money, Value::Number(0.02)));
        let f = figure("Police sought a 160-pound suspect.", "160-pound");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("lb"))
        );
        let text = "He was handed a 20-pound note.";
        assert_eq!(figure(text, "20-pound").kind, FigureKind::Count);
        let text = "Staff get a 10-pound-a-week rise.";
        assert_eq!(figure(text, "10-pound-a-week").kind, FigureKind::Money);
    }

    #[test]
    fn coins_of_bitcoin_are_a_measure_and_a_jetliner_by_its_number_is_a_name() {
        let text = "The fund holds 12,400 BTC, worth about $1.2bn.";
        assert_eq!(figure(text, "12,400 BTC").kind, FigureKind::Measure);
        let text = "The 787 diverted to Shannon after a cabin-pressure warning.";
        assert_eq!(figure(text, "787").kind, FigureKind::Identifier);
        let text = "The airline's 737 passengers were delayed.";
        assert_eq!(figure(text, "737").kind, FigureKind::Count);
    }

    #[test]
    fn a_range_with_a_currency_code_before_each_end_is_one_range() {
        let f = figure("Tickets cost Rs 500 to Rs 5,000.", "Rs 500 to Rs 5,000");
        assert_eq!(f.value, Value::Range(500.0, 5000.0));
        let text = "Tickets cost Rs 500, Rs 700 and Rs 900.";
        assert_eq!(figure(text, "Rs 700").value, Value::Number(700.0));
    }

    #[test]
    fn a_price_in_cents_and_a_fraction_of_a_cent_is_one_amount_but_a_bare_one_is_not() {
        let text = "Wheat fell 12-1/4 cents to $5.68-3/4 a bushel.";
        assert_eq!(figure(text, "$5.68-3/4").value, Value::Number(5.6875));
        let text = "Scores of 1.5-3/4 were recorded.";
        assert_ne!(figure(text, "1.5-3").value, Value::Number(1.5075));
    }

    #[test]
    fn a_share_price_in_dollars_and_eighths_is_money_but_a_rate_in_eighths_is_not() {
        let text = "The stock rose 1 1/8 to 34 5/8 on the Big Board.";
        assert_eq!(figure(text, "34 5/8").kind, FigureKind::Money);
        let text = "USAir closed up 5-3/8 at 49-1/8 on volume of 1.9 mln shares.";
        let f = figure(text, "49-1/8");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::Money, Value::Number(49.125))
        );
        let text = "Shares rose as the bank cut its rate 1/4 point to 7-3/4 pct.";
        assert_eq!(figure(text, "7-3/4 pct").kind, FigureKind::Percent);
        let text = "Wheat rose 1 1/8 to 34 5/8 in thin trade.";
        assert_eq!(figure(text, "34 5/8").kind, FigureKind::Count);
        // After a word of a level, "to" and a number make a range.
        let text = "It was making a market in the shares at 77-1/2 to 78.";
        assert_eq!(figure(text, "77-1/2 to 78").value, Value::Range(77.5, 78.0));
        let text = "Stocks eased as the overnight rate fell to 3-1/2 to three pct.";
        assert_eq!(figure(text, "3-1/2 to three pct").kind, FigureKind::Percent);
    }

    #[test]
    fn basis_points_in_a_compound_are_percentage_points() {
        let f = figure("The Fed made a 50-basis-point cut.", "50-basis-point");
        assert_eq!(
            (f.kind, f.value),
            (FigureKind::PercentagePoints, Value::Number(0.5))
        );
        let text = "It opened a 50-basis office.";
        assert_ne!(figure(text, "50-basis").kind, FigureKind::PercentagePoints);
    }

    #[test]
    fn a_level_after_a_change_and_a_phrase_of_time_keeps_the_unit_of_the_change() {
        let text = "Distillate stocks fell 2.9 mln barrels in the week to 104.6 mln.";
        assert_eq!(figure(text, "104.6 mln").kind, FigureKind::Measure);
        let text = "Stocks fell 2.9 mln barrels in the week to April 3 to 104.6 mln.";
        assert_eq!(figure(text, "104.6 mln").kind, FigureKind::Measure);
        let text = "Output fell 2.9 mln barrels after the strike to 104.6 mln.";
        assert_eq!(figure(text, "104.6 mln").kind, FigureKind::Count);
    }

    #[test]
    fn a_day_joined_to_a_date_after_it_is_part_of_that_date() {
        let text = "The road will be closed over the weekend of 14 and 15 June.";
        assert_eq!(figure(text, "14 and 15 June").kind, FigureKind::Date);
        let found = kinds("It sold 14 and 15 units in June.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Date),
            "{found:?}"
        );
    }

    #[test]
    fn a_number_after_the_number_names_a_route_or_a_shirt() {
        let text = "From Monday the number 38 bus will run every 12 minutes.";
        assert_eq!(figure(text, "number 38").kind, FigureKind::Identifier);
        let text = "The number of buses rose to 38 last year.";
        assert_eq!(figure(text, "38").kind, FigureKind::Count);
    }

    #[test]
    fn a_fraction_word_in_a_hyphenated_compound_is_an_ordinal() {
        let found = kinds("He fought off two set points before taking a third-set tiebreak.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Ratio),
            "{found:?}"
        );
        let text = "Sales fell by a third in the year.";
        assert_eq!(figure(text, "a third").kind, FigureKind::Ratio);
    }

    #[test]
    fn a_plural_fraction_written_apart_is_a_share_whatever_noun_follows() {
        for (text, span) in [
            ("A two thirds majority backed the plan.", "two thirds"),
            (
                "The bill needs a two thirds vote in both houses.",
                "two thirds",
            ),
            ("It sold a three fifths stake to the fund.", "three fifths"),
            ("Two thirds of voters agreed.", "Two thirds"),
        ] {
            let f = figure(text, span);
            assert_eq!(f.kind, FigureKind::Ratio, "{text}");
        }
        // Quarters also count periods: written apart before a noun they stay unread.
        let found = kinds("It posted two quarters losses in a row.");
        assert!(
            found.iter().all(|(_, k)| *k != FigureKind::Ratio),
            "{found:?}"
        );
    }

    #[test]
    fn quarters_placed_in_time_are_periods_not_a_share() {
        for text in [
            "Profits were lower than in the preceding three quarters.",
            "It wrote down its properties in the first two quarters.",
            "Banks earned $6.9bn during the first three quarters of the year.",
            "Growth should pick up over the next two quarters.",
            "Sales have fallen in each of the past three quarters.",
        ] {
            let found = kinds(text);
            assert!(
                found.iter().all(|(_, k)| *k != FigureKind::Ratio),
                "{text}: {found:?}"
            );
        }
        let text = "Three quarters of the firms said prices would rise.";
        assert_eq!(figure(text, "Three quarters").kind, FigureKind::Ratio);
        let text = "Nearly three quarters said they would vote.";
        assert_eq!(
            figure(text, "Nearly three quarters").kind,
            FigureKind::Ratio
        );
    }

    #[test]
    fn half_before_a_period_or_thing_written_apart_is_no_share() {
        for text in [
            "It reported a 3% fall in half year profits.",
            "The score was level at half time.",
            "Schools close for the half term break.",
            "The rally ran out of steam half way through the session.",
        ] {
            let found = kinds(text);
            assert!(
                found.iter().all(|(_, k)| *k != FigureKind::Ratio),
                "{text}: {found:?}"
            );
        }
        let text = "Profits fell by half in the year.";
        assert_eq!(figure(text, "half").kind, FigureKind::Ratio);
        let text = "Half the staff were sent home.";
        assert_eq!(figure(text, "Half").kind, FigureKind::Ratio);
    }

    #[test]
    fn one_off_written_apart_is_no_count() {
        for text in [
            "Its profits were buoyed by one off gains.",
            "It made a one off payment to staff.",
            "The one off charge hit earnings.",
        ] {
            let found = kinds(text);
            assert!(
                found.iter().all(|(t, _)| !t.starts_with("one")),
                "{text}: {found:?}"
            );
        }
        let text = "The firm cut one job in the spring.";
        assert_eq!(figure(text, "one").kind, FigureKind::Count);
    }

    #[test]
    fn a_result_with_its_hyphen_lost_is_a_score_where_a_word_of_winning_says_so() {
        for (text, span) in [
            ("Arsenal won 2 1 at Chelsea.", "2 1"),
            ("It was a 3 0 win for Leeds.", "3 0"),
            ("United beat City 2 1 on Sunday.", "2 1"),
            ("The claim was rejected in a 2 1 decision.", "2 1"),
            ("Wales drew 1 1 with Italy.", "1 1"),
        ] {
            assert_eq!(figure(text, span).kind, FigureKind::Score, "{text}");
        }
        for text in [
            "The team won 2 titles in 3 years.",
            "Voters in 12 15 districts were asked.",
            "She won 2 2 litre bottles of wine.",
            "He won 2 1,000-metre races.",
        ] {
            let found = kinds(text);
            assert!(
                found.iter().all(|(_, k)| *k != FigureKind::Score),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_bare_m_before_a_medal_or_event_is_metres() {
        for (text, span) in [
            ("The 31-year-old won Olympic 200m silver in Sydney.", "200m"),
            ("He was disappointing in the 100m and 200m events.", "200m"),
            ("She took 400m bronze at the worlds.", "400m"),
            ("He is the reigning 1500m medallist.", "1500m"),
        ] {
            let f = figure(text, span);
            assert_eq!(f.kind, FigureKind::Measure, "{text}");
            assert_eq!(f.unit.as_deref(), Some("m"), "{text}");
        }
        let text = "The company raised 200m in new shares.";
        assert_ne!(figure(text, "200m").kind, FigureKind::Measure);
    }

    #[test]
    fn scores_of_a_number_are_results_not_many() {
        for text in [
            "He made scores of 8 and 9.",
            "His summer tailed off with scores of eight, nine, eight and two.",
        ] {
            let found = kinds(text);
            assert!(
                found.iter().all(|(t, _)| !t.eq_ignore_ascii_case("scores")),
                "{text}: {found:?}"
            );
        }
        let text = "Scores of people were hurt.";
        assert_eq!(figure(text, "Scores").qualifier, crate::Qualifier::Vague);
    }

    #[test]
    fn over_a_race_distance_names_the_race_not_a_bound() {
        for (text, span) in [
            (
                "He smashed the British record over 60m hurdles twice.",
                "60m",
            ),
            ("She set a personal best over 400m in Rome.", "400m"),
            ("He won gold over 1,500 metres freestyle.", "1,500 metres"),
            (
                "The fastest time over 5,000m this year fell to him.",
                "5,000m",
            ),
        ] {
            assert_eq!(
                figure(text, span).qualifier,
                crate::Qualifier::Exact,
                "{text}"
            );
        }
        for (text, span) in [
            ("He ran over 100 miles in a day.", "over 100 miles"),
            ("The pipeline runs for over 60m under the road.", "over 60m"),
            (
                "The record crowd stood over 200 metres from the stage.",
                "over 200 metres",
            ),
        ] {
            assert_eq!(
                figure(text, span).qualifier,
                crate::Qualifier::LowerBound,
                "{text}"
            );
        }
    }

    #[test]
    fn a_round_a_golfer_closes_with_is_a_score() {
        let text = "The 21-year-old closed with a 64 to win by three strokes.";
        assert_eq!(figure(text, "64").kind, FigureKind::Score);
        let text = "The index closed with a 64% gain for the year.";
        assert_eq!(figure(text, "64%").kind, FigureKind::Percent);
    }

    #[test]
    fn a_bare_number_owning_a_noun_names_a_model() {
        let text = "The flight was diverted after a fault with one of the 787's engines.";
        assert_eq!(figure(text, "787").kind, FigureKind::Identifier);
        let text = "Of the 787 flights, most left on time.";
        assert_eq!(figure(text, "787").kind, FigureKind::Count);
    }

    #[test]
    fn a_bare_number_after_every_takes_the_unit_of_the_time_after_every_before_it() {
        let text = "Buses will run every 12 minutes instead of every eight.";
        assert_eq!(figure(text, "eight").kind, FigureKind::Duration);
        let text = "Buses run every 12 minutes and every eight stops.";
        assert_eq!(figure(text, "eight").kind, FigureKind::Count);
    }

    #[test]
    fn a_split_before_the_court_that_decided_is_a_score() {
        let text = "It let stand a 2-1 appeals court ruling.";
        assert_eq!(figure(text, "2-1").kind, FigureKind::Score);
        let text = "The 6-3 Supreme Court decision struck down the rule.";
        assert_eq!(figure(text, "6-3").kind, FigureKind::Score);
        let text = "It takes 2-3 weeks for a decision.";
        assert_ne!(figure(text, "2-3 weeks").kind, FigureKind::Score);
    }

    #[test]
    fn a_bare_part_after_of_which_takes_the_unit_of_the_whole() {
        let text = "Its debt is 102 billion dlrs, of which 76 billion is owed to banks.";
        assert_eq!(figure(text, "76 billion").kind, FigureKind::Money);
        let text = "It sold 4.2 mln cars, of which 1.1 mln were exported.";
        assert_eq!(figure(text, "1.1 mln").kind, FigureKind::Count);
        let text = "It borrowed 2 mln dlrs, of which 9 mln were repaid.";
        assert_eq!(figure(text, "9 mln").kind, FigureKind::Count);
        // After a short clause of its own, at the end of the sentence.
        let text = "It caused 5 billion dlrs of damage, of which insurers will meet 1.1 billion.";
        assert_eq!(figure(text, "1.1 billion").unit.as_deref(), Some("USD"));
        let text = "It sold 4.2 mln cars, of which dealers took 1.1 mln.";
        assert_eq!(figure(text, "1.1 mln").kind, FigureKind::Count);
        let text = "It caused 5 billion dlrs of damage, of which insurers will meet 9 billion.";
        assert_eq!(figure(text, "9 billion").kind, FigureKind::Count);
    }

    #[test]
    fn a_running_total_an_amount_was_added_to_is_in_its_money() {
        let text = "It added three billion dlrs to its reserve, raising it to about five billion.";
        assert_eq!(
            figure(text, "about five billion").unit.as_deref(),
            Some("USD")
        );
        let text = "It bought 2.1 mln stg of shares, bringing the total to 5.6 mln.";
        assert_eq!(figure(text, "5.6 mln").unit.as_deref(), Some("GBP"));
        let text = "It hired 2 mln workers, bringing the total to 5 mln.";
        assert_eq!(figure(text, "5 mln").kind, FigureKind::Count);
    }

    #[test]
    fn a_bare_number_ending_a_change_before_a_conjunction_takes_the_unit_of_its_start() {
        let text = "She reduced the sentence from 10 years to 12 because of his guilty pleas.";
        assert_eq!(figure(text, "12").unit.as_deref(), Some("year"));
        let text = "The rate fell from 4.5% to 4.1 despite the rally.";
        assert_eq!(figure(text, "4.1").kind, FigureKind::Percent);
        let text = "It cut the wait from 18 weeks to 11 though demand grew.";
        assert_eq!(figure(text, "11").unit.as_deref(), Some("week"));
        // A noun after the number is its own.
        let text = "It cut the wait from 18 weeks to 11 patients.";
        assert_eq!(figure(text, "11").unit, None);
    }

    #[test]
    fn a_bare_old_level_passes_over_a_measure_hyphenated_to_a_noun() {
        let text = "Volume rose 6.2% to 2.91 million twenty-foot equivalent units, or TEUs, from 2.74 million.";
        assert_eq!(figure(text, "2.74 million").kind, FigureKind::Count);
        let text = "It generated 50.08 billion kilowatt-hours, up 2.4 pct from 48.91 billion.";
        assert_eq!(figure(text, "48.91 billion").kind, FigureKind::Measure);
        let text = "The river rose to 4.2 metres from 3.1.";
        assert_eq!(figure(text, "3.1").unit.as_deref(), Some("m"));
    }

    #[test]
    fn a_bare_old_level_after_a_relative_clause_nearer_the_figure_before_it_is_of_that_figure() {
        let text = "The club has 412 members, who pay $40 a year, up from 380.";
        assert_eq!(figure(text, "380").kind, FigureKind::Count);
        // Nearer the level of the clause, it is of that level.
        let text = "The club has 412 members, who pay $40 a year, up from 35.";
        assert_eq!(figure(text, "35").unit.as_deref(), Some("USD"));
        // A noun between the figure and the clause keeps the clause on the noun.
        let text = "It sold 412 tickets to members, who paid $400 a year, up from 380.";
        assert_eq!(figure(text, "380").unit.as_deref(), Some("USD"));
    }

    #[test]
    fn a_bare_old_level_after_a_phrase_of_what_a_counted_noun_has_is_of_that_count() {
        let text = "The FDIC said 1,484 banks with assets of 253 billion dlrs were on its problem list, up from 1,140 a year before.";
        assert_eq!(figure(text, "1,140").kind, FigureKind::Count);
        let text = "It had 412 stores whose sales were $38m, up from 380.";
        assert_eq!(figure(text, "380").kind, FigureKind::Count);
        // Nearer the level of the phrase, it is of that level.
        let text = "It had 412 stores with sales of 38 mln dlrs, up from 35 mln.";
        assert_eq!(figure(text, "35 mln").unit.as_deref(), Some("USD"));
        let text = "It signed 214 deals worth more than $1 million in the quarter, up from 171 a year ago.";
        assert_eq!(figure(text, "171").kind, FigureKind::Count);
        let text = "It won 38 contracts worth $2.1bn, up from $1.6bn.";
        assert_eq!(figure(text, "$1.6bn").unit.as_deref(), Some("USD"));
        let text = "It won 38 contracts worth $2.1bn, up from 1.6.";
        assert_eq!(figure(text, "1.6").unit.as_deref(), Some("USD"));
    }

    #[test]
    fn a_bare_old_level_passes_over_the_size_of_each_thing_counted() {
        let text = "Coffee exports were 1.12 mln bags of 60 kilos each, down from 1.57 mln a year earlier.";
        let f = figure(text, "1.57 mln");
        assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Count, None));
        let text = "Exports were 1.1 mln tonnes in 50-kilo bags, down from 1.5 mln.";
        assert_eq!(figure(text, "1.5 mln").unit.as_deref(), Some("tonne"));
    }

    #[test]
    fn a_bare_yardstick_in_thousands_takes_the_unit_of_the_level_before_it() {
        let text = "The ICO put the world surplus at 94,000 tonnes, against an earlier estimate of 126,000, and bought 75,000 tonnes.";
        let f = figure(text, "126,000");
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Measure, Some("tonne"))
        );
        // A count keeps its own noun.
        let text = "The council built 4,000 homes, against a target of 5,000 homes.";
        assert_eq!(figure(text, "5,000").kind, FigureKind::Count);
        // Far from the size of the amount before it, it stays a count.
        let text = "Tickets cost €22, and the museum has a cap of 30,000 a day.";
        assert_eq!(figure(text, "30,000").kind, FigureKind::Count);
    }

    #[test]
    fn a_bare_old_level_before_this_year_is_of_the_figure_before_it() {
        let text = "Norway set its cod quota at 150,000 tonnes, against 220,000 this year.";
        assert_eq!(figure(text, "220,000").unit.as_deref(), Some("tonne"));
        let text = "The fund lent 4.2 billion dlrs, up from 3.9 billion this year.";
        assert_eq!(figure(text, "3.9 billion").unit.as_deref(), Some("USD"));
    }

    #[test]
    fn attainment_8_and_progress_8_are_names_and_a_grade_after_graded_is_no_count() {
        let text = "The academy's Attainment 8 score rose to 52.3, and its Progress 8 score \
                    of +0.41 put it in the top 10% of schools.";
        assert_eq!(figure(text, "Attainment 8").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "Progress 8").kind, FigureKind::Identifier);
        assert_eq!(figure(text, "52.3").kind, FigureKind::Count);
        let text = "At GCSE, 22.1% of entries were graded 7 or above, against 28.9% in 2021.";
        assert_eq!(figure(text, "7").kind, FigureKind::Identifier);
        // Another number after the name counts; so does one before a noun after graded.
        let text = "Attainment 12 weeks on was better.";
        assert_eq!(figure(text, "12 weeks").kind, FigureKind::Duration);
        let text = "The teacher graded 5 essays.";
        assert_eq!(figure(text, "5").kind, FigureKind::Count);
    }

    #[test]
    fn nights_counted_in_millions_are_a_count_of_stays() {
        let text = "Overseas visitors spent 107 million nights in Scotland last year.";
        let f = figure(text, "107 million");
        assert_eq!(f.kind, FigureKind::Count);
        assert_eq!(f.unit, None);
        let text = "Campsite bookings hit a record 1.2 million nights.";
        assert_eq!(figure(text, "1.2 million").kind, FigureKind::Count);
        // So are nights in the hundreds of thousands written out.
        let text = "Campers booked 1,214,000 nights in 2024, up 6.3 percent from 1,142,000.";
        assert_eq!(figure(text, "1,214,000").kind, FigureKind::Count);
        assert_eq!(figure(text, "1,214,000").subject_key(), Some("night"));
        // A stretch of time someone lived through stays one.
        let f = figure("He spent 1,500 nights in prison.", "1,500 nights");
        assert_eq!(f.kind, FigureKind::Duration);
        assert_eq!(f.unit.as_deref(), Some("night"));
    }

    #[test]
    fn a_bare_m_apart_or_at_a_pace_beside_metres_is_metres() {
        let text = "The piers rise up to 64 metres and stand 80m apart.";
        assert_eq!(figure(text, "80m").value, Value::Number(80.0));
        let text = "The machine, 152 metres long, advanced an average of 16m a day.";
        let f = figure(text, "16m");
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.value, Value::Number(16.0));
        // A year's visitors stay millions, and so does a pace where no metres are named.
        let text = "The tower is 300 metres tall and draws 7m a year.";
        assert_eq!(figure(text, "7m").value, Value::Number(7_000_000.0));
        let text = "The app added 16m a day at its peak.";
        assert_eq!(figure(text, "16m").value, Value::Number(16_000_000.0));
    }

    #[test]
    fn a_surplus_or_deficit_set_against_money_is_in_its_money() {
        let text = "South Korea posted a current account deficit of 1.2 billion dlrs in \
                    January against a surplus of 300 mln a year earlier.";
        let f = figure(text, "300 mln");
        assert_eq!(f.kind, FigureKind::Money);
        assert_eq!(f.unit.as_deref(), Some("USD"));
        let text = "Output rose to 2.3 mln tonnes, against a deficit of 1.1 mln last year.";
        assert_eq!(figure(text, "1.1 mln").unit.as_deref(), Some("tonne"));
    }

    #[test]
    fn prefixed_kelvin_is_a_temperature() {
        let f = figure(
            "Physicists cooled the atoms to 170 nanokelvin.",
            "170 nanokelvin",
        );
        assert_eq!(f.kind, FigureKind::Measure);
        assert_eq!(f.unit.as_deref(), Some("nanokelvin"));
    }

    #[test]
    fn francs_of_a_company_known_to_be_french_swiss_or_belgian_are_its_countrys() {
        let text = "Renault lost 5.5 billion francs in 1986, against 10.9 billion in 1985.";
        assert_eq!(
            figure(text, "5.5 billion francs").unit.as_deref(),
            Some("FRF")
        );
        assert_eq!(figure(text, "10.9 billion").unit.as_deref(), Some("FRF"));
        let text = "Petrofina said net profit rose to 12.6 billion francs.";
        assert_eq!(
            figure(text, "12.6 billion francs").unit.as_deref(),
            Some("BEF")
        );
        let text = "Sandoz said net profit rose to 541 mln francs.";
        assert_eq!(figure(text, "541 mln francs").unit.as_deref(), Some("CHF"));
        let text = "The Belgo-Luxembourg Economic Union recorded a trade deficit of 9.45 \
                    billion francs in January.";
        assert_eq!(
            figure(text, "9.45 billion francs").unit.as_deref(),
            Some("BEF")
        );
        let text = "Moet-Hennessy shares closed on the Paris Bourse at 2,678 francs.";
        assert_eq!(figure(text, "2,678 francs").unit.as_deref(), Some("FRF"));
        // Two countries named: the francs stay as they are read.
        let text = "Renault and Sandoz each spent 2 billion francs.";
        assert_eq!(
            figure(text, "2 billion francs").unit.as_deref(),
            Some("CHF")
        );
    }

    #[test]
    fn a_code_of_five_or_more_hyphenated_parts_is_one_identifier_to_its_last_part() {
        let text = "Orders should quote ISBN 978-0-14-103614-4 and the title.";
        let found = extract(&Document::plain(text), &ExtractOptions::default()).figures;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "978-0-14-103614-4");
        assert_eq!(found[0].kind, FigureKind::Identifier);
        let text = "The old edition was ISBN 0-14-103614-X.";
        let found = extract(&Document::plain(text), &ExtractOptions::default()).figures;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "0-14-103614-X");
        // Four parts stay as they were read: a telephone number.
        assert_eq!(
            figure("Call 1-800-273-8255 today.", "1-800-273-8255").kind,
            FigureKind::Phone
        );
    }

    #[test]
    fn a_bare_old_level_after_time_counted_in_thousands_is_of_that_time() {
        let text = "Turbines were out of action for 4,120 hours in total, down from 5,380.";
        assert_eq!(figure(text, "5,380").kind, FigureKind::Duration);
        assert_eq!(figure(text, "5,380").unit.as_deref(), Some("hour"));
        let text = "Visitors spent 412,000 hours online in 2024, up 6.3 percent from 388,000.";
        assert_eq!(figure(text, "388,000").unit.as_deref(), Some("hour"));
        // A stretch of time is no level compared, and neither is time of another size.
        let text = "Exports were 2.35 billion in the first two months, from 1.87 billion.";
        assert_eq!(figure(text, "1.87 billion").kind, FigureKind::Count);
        let text = "The fund has paid out for 1,200 days in all, up from 90.";
        assert_eq!(figure(text, "90").kind, FigureKind::Count);
    }

    #[test]
    fn a_level_with_its_reason_after_it_takes_the_money_of_the_level_before() {
        let text = "Net profit rose 4.2 pct to 1.79 billion Swiss francs, while sales fell \
                    8.5 pct to 38.05 billion because of the weaker dollar.";
        assert_eq!(figure(text, "38.05 billion").kind, FigureKind::Money);
        assert_eq!(figure(text, "38.05 billion").unit.as_deref(), Some("CHF"));
        let text = "Profit rose to 1.79 billion francs, and sales fell to 38.05 billion \
                    due to lower prices.";
        assert_eq!(figure(text, "38.05 billion").unit.as_deref(), Some("CHF"));
        // A count of a noun stays a count.
        let text = "It spent 2 billion francs and hired 400 people because of demand.";
        assert_eq!(figure(text, "400").kind, FigureKind::Count);
    }

    #[test]
    fn bare_sales_or_a_bare_price_after_an_amount_of_money_are_money() {
        let text = "Its profit rose to 1.21 billion crowns, on sales of 31.4 billion.";
        assert_eq!(figure(text, "31.4 billion").kind, FigureKind::Money);
        let text = "It sold crude at 17.50 dlrs a barrel, against an official price of 18.00.";
        assert_eq!(figure(text, "18.00").kind, FigureKind::Money);
        assert_eq!(figure(text, "18.00").unit.as_deref(), Some("USD"));
        let text =
            "Earnings were 31.4 mln Canadian dlrs, against a loss of 6.2 mln, a year earlier.";
        assert_eq!(figure(text, "6.2 mln").unit.as_deref(), Some("CAD"));
        let text =
            "Kuwait lost 1.25 billion dinars in 1986, against a gain of 2.1 billion in 1985.";
        assert_eq!(figure(text, "2.1 billion").unit.as_deref(), Some("KWD"));
        let text = "Qtr net profit 12.4 mln dlrs vs 9.8 mln dlrs, revenues 310.2 mln vs 287.5 mln.";
        assert_eq!(figure(text, "310.2 mln").unit.as_deref(), Some("USD"));
        let text = "It sold 4.2 mln cars, on sales of 3.1 mln.";
        assert_eq!(figure(text, "3.1 mln").kind, FigureKind::Count);
        let text = "It paid 2 mln dlrs for a plant with sales of 18.";
        assert_eq!(figure(text, "18").kind, FigureKind::Count);
        let text = "It will spend €10.5bn on housing, and a further 450 million on repairs.";
        assert_eq!(figure(text, "450 million").unit.as_deref(), Some("EUR"));
        let text = "It sold 2 million cars, and a further 450,000 vans.";
        assert_eq!(figure(text, "450,000").kind, FigureKind::Count);
    }

    #[test]
    fn a_bare_scaled_yardstick_after_an_amount_with_a_unit_takes_that_unit() {
        let text = "Output averaged 16.6 mln barrels a day, above its ceiling of 15.8 mln.";
        assert_eq!(figure(text, "15.8 mln").kind, FigureKind::Measure);
        let text = "The company earned 4.2 billion dlrs, short of its target of 5 billion.";
        assert_eq!(figure(text, "5 billion").kind, FigureKind::Money);
        let text = "It sold 4.2 mln cars, short of its target of 5 mln.";
        assert_eq!(figure(text, "5 mln").kind, FigureKind::Count);
    }
}
