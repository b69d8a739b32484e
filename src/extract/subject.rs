//! Subjects: the thing a figure counts, as written and as a normalised key.
//!
//! # How the subject is found
//!
//! 1. **After the figure** ("20,000 National Guard members", "the $4.7m penalty"): the
//!    words right after it, at most four, stopping at a preposition, a verb or
//!    auxiliary from a closed list, a pronoun, a determiner, punctuation or another
//!    number, and right after a plural noun (the head of a counted noun phrase is
//!    plural: "over 1,000 illegal immigrants were" stops at "immigrants").
//!    A percentage or fraction takes the phrase after "of" ("99% of respondents",
//!    "half of the staff"); a change noun takes the thing that changed ("a 99% decrease
//!    in illegal border crossings"); a vague magnitude takes the phrase after "of"
//!    ("millions of illegal immigrants"); "13 of the 659 nurses" gives 13 the subject of
//!    659.
//! 2. **Before the figure**, when nothing follows it:
//!    - the head of the clause whose linking or change verb leads to the figure
//!      ("arrests rose to 1,000", "the unemployment rate was 5%", "sales rose 5 pct to
//!      340 mln dlrs", "fell from 40 to 30"). The head is the first noun phrase of the
//!      clause, after determiners and possessors, before any preposition: "Shares in
//!      the retailer fell 12.5%" → share, "Britain's economy shrank" → economy, "the
//!      proportion of adults who drink fell" → proportion. A relative clause in commas
//!      is stepped over ("receipts, which make up a quarter of revenue, rose"), and so
//!      is a clause of place or an appositive in commas with no figure of its own,
//!      when a finite verb of the subject follows it ("Starts in the South, where most
//!      homes are built, fell"; "Building permits, a gauge of future construction,
//!      rose"), as is the state or country of a place ("A wildfire east of Redding,
//!      California, grew" → wildfire), but not a phrase before a participle ("the
//!      corn, valued at 1.5 mln") nor a short name ("measure of inflation, the PCE
//!      index, rose" → pce index). A point of the compass before "of" ends the head
//!      ("A wildfire east of Redding" → wildfire);
//!    - the object of a verb with a preposition before the figure ("raise council tax
//!      by 4.99%", "held rates at 11 pct", "cut the risk of death by a quarter" → risk);
//!    - a phrase joined by "of" or "at" ("a budget of $3m", "debts of $4.2bn",
//!      "unemployment at 5%"), unless another figure owns it ("8,000 investors of
//!      $200m").
//!
//!    A figure right after any other word gets no subject from before it: "offer
//!    $1,000 to illegal immigrants" has none, nor has "raised $40m" (fundraising is
//!    not a change). A percentage followed by "of" prefers a subject joined by "is" or
//!    a change verb ("debt was 97.9% of GDP" → debt) over the "of" phrase, but not a
//!    passive ("approved by 97.6% of shareholders" → shareholder).
//! 3. Durations get a subject only from a change verb ("life expectancy rose by 1.1
//!    years"); measures only from before them ("inventories fell 4.2 million barrels")
//!    or, in a compound, from the noun they describe ("a 22-storey tower" → tower).
//!    Their unit carries the meaning otherwise.
//!
//! # The key
//!
//! Lower case; determiners, numbers and the words additional, more, extra, further,
//! other, new, requested, estimated, some, about (and a few like them) dropped; the last
//! word singularised (members → member, companies → company, children → child, people
//! stays people), and "numbers" after a noun dropped from a subject before the figure
//! ("passenger numbers rose to" → passenger, as "the number of passengers" is; not "4.6
//! million passport numbers"); then looked up in the aliases of the rule file (the whole
//! key, or else its last word).

use std::borrow::Cow;
use std::collections::HashMap;

use super::cx::Cx;
use super::figure::FigureKind;
use super::lexer::TokKind;
use super::number;
use super::placement::{self, is_weekday};
use super::reader::Draft;

/// Finds the subject of `drafts[idx]` as a token range of its sentence.
pub(crate) fn find(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<(usize, usize)> {
    // "Workers can retire at 55": one word right after a modal is a verb, no subject.
    let after_modal = |(s, e): (usize, usize)| {
        e == s + 1
            && s > 0
            // "for April/May shipment at 9.25 cents": the month, not the modal.
            && !cx.capital(s - 1)
            && matches!(
                cx.word_bytes(s - 1),
                b"can" | b"could" | b"will" | b"would" | b"may" | b"might" | b"must" | b"should"
            )
    };
    // "28p of every £1 spent on tickets", "for every $1 invested": the one unit of
    // money every share is taken from is a unit of reckoning, of no thing (the set
    // reads "each £1 bond" as the bond's, and "10 warrants for every 150 stg nominal of
    // deferred stock" keeps its stock).
    let d = &drafts[idx];
    if d.kind == FigureKind::Money
        && matches!(d.value, super::figure::Value::Number(v) if (v - 1.0).abs() < 1e-9)
        && d.a > 0
        && cx.word_is(d.a - 1, "every")
    {
        return None;
    }
    // "Those waiting more than 18 weeks made up 58.3%", "those aged over 65": a
    // participle after "those" says who they are, and names no thing.
    // So is a verb after "those who": "Those who waited longer made up 12%".
    let after_those = |(s, e): (usize, usize)| {
        let those = |t: usize| matches!(cx.word_bytes(t), b"those" | b"these");
        let mut f = if those(s) {
            s + 1
        } else if s > 0 && (those(s - 1) || cx.word_is(s - 1, "who") && s > 1 && those(s - 2)) {
            s
        } else {
            return false;
        };
        if cx.word_is(f, "who") {
            f += 1;
        }
        let w = cx.word(f);
        f < e
            && w.len() > 3
            && (w.ends_with("ing") && is_verbish(w) || w.ends_with("ed") && !is_noun_in_ed(w))
    };
    // "assigned a preliminary AAA rating to 150 mln dlrs of bonds": a rating given to a
    // sum is no figure of the rating.
    let rating_to = |(_, e): (usize, usize)| {
        e > 0 && matches!(cx.word_bytes(e - 1), b"rating" | b"ratings") && cx.word_is(e, "to")
    };
    match find_in_phrase(cx, drafts, idx) {
        Some(np) if after_modal(np) || after_those(np) || rating_to(np) => None,
        Some(np) => Some(np),
        None => line_label(cx, &drafts[idx]),
    }
}

/// "Members: 4,210", "Volunteers: 318 (2024: 276)": a figure that is all a line says
/// after a label and a colon at its start, as in a list of key figures, is the label's;
/// so is the earlier year's figure in brackets after it. The label is a short noun
/// phrase ("He said: 400" is no label), and the figure ends its line ("Update: 40 died
/// in the fire" is no label's).
fn line_label(cx: &Cx<'_>, d: &Draft) -> Option<(usize, usize)> {
    let colon = d.a.checked_sub(1).filter(|&c| cx.punct_is(c, ":"))?;
    let ends_line = |t: usize| {
        cx.tok(t).is_none_or(|x| x.newline)
            || cx.punct_is(t, ".") && cx.tok(t + 1).is_none_or(|x| x.newline)
    };
    // The colon of the line's label: the one before the figure, or, for "(2024: 276)"
    // after a figure, the one before that figure.
    let label_colon = if ends_line(d.b) || cx.punct_is(d.b, "(") {
        colon
    } else if cx.punct_is(d.b, ")") && ends_line(d.b + 1) {
        let open = (colon.saturating_sub(4)..colon)
            .rev()
            .find(|&t| cx.punct_is(t, "("))?;
        let c = open.checked_sub(1)?;
        // The figure the bracket follows, right after the label's colon.
        let mut t = c;
        while t > 0 && !cx.punct_is(t, ":") && !cx.tok(t).is_some_and(|x| x.newline) {
            t -= 1;
        }
        cx.punct_is(t, ":").then_some(t)?
    } else {
        return None;
    };
    let mut s = label_colon;
    while s > 0
        && label_colon - s < 4
        && cx.is(s - 1, TokKind::Word)
        && !cx.tok(s).is_some_and(|x| x.newline)
    {
        s -= 1;
    }
    let line_start = s == 0 || cx.tok(s).is_some_and(|x| x.newline);
    // "Mato Grosso: five pct": a name of several capitalised words is a place or a
    // body the figure is given for, not what it counts.
    let name = label_colon - s >= 2 && (s..label_colon).all(|t| cx.capital(t));
    let noun_phrase = s < label_colon
        && !name
        && (s..label_colon).all(|t| {
            let w = cx.word(t);
            !is_stop(w, || cx.text(t)) && !is_clause_verb(w) && !is_verbish(w)
        });
    (line_start && noun_phrase).then_some((s, label_colon))
}

#[expect(
    clippy::many_single_char_names,
    reason = "d is the draft, b its end and j, w the token and word after it, as in the reader"
)]
fn find_in_phrase(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<(usize, usize)> {
    let d = &drafts[idx];
    // "Of the 1,750 prisoners freed, ... the remaining 481 were serving sentences", "Of
    // the 21 million salmon, ... the other 19.3 million swam upriver": a count after
    // "the other" or "the remaining" with no plural noun of its own stands for the
    // things an earlier count of the sentence counts; the words after it are its verb.
    // ("the remaining four principal repayments" and "the remaining seven crewmen" have
    // their own).
    if d.kind == FigureKind::Count
        && d.a >= 2
        && matches!(cx.word_bytes(d.a - 1), b"other" | b"remaining")
        && cx.word_is(d.a - 2, "the")
        && {
            let w = cx.word(d.b);
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            // ("the remaining 9,300 of their 24,500 crowd" is the crowd's.)
            !cx.is(d.b, TokKind::Word) && !cx.punct_is(d.b, "(")
                || is_clause_verb(w)
                || is_adverb(w)
                || forward(cx, d.b, limit).is_some_and(|(s, e)| {
                    e >= s + 2 && !is_plural_written(cx.word(e - 1), || cx.text(e - 1))
                })
        }
    {
        return (0..idx)
            .rev()
            .filter(|&j| drafts[j].kind == FigureKind::Count && drafts[j].b <= d.a)
            .find_map(|j| {
                find(cx, drafts, j)
                    .filter(|&(s, e)| e > s && is_plural_written(cx.word(e - 1), || cx.text(e - 1)))
            });
    }
    // "England, set 287 to win, were bowled out", "needing 120 to win": a bare count
    // right before "to win" is a target set for a side, not a count of the side.
    if d.kind == FigureKind::Count && cx.word_is(d.b, "to") && cx.word_is(d.b + 1, "win") {
        return None;
    }
    match d.kind {
        // "Life expectancy rose by 1.1 years": a duration has a subject only in a change.
        // "a 13-year high": a duration in a compound qualifies, it is not said of anything.
        FigureKind::Duration if hyphen_compound(cx, d) => return None,
        // "up from 231 five years earlier", "three months ago": a span back in time says
        // when the level stood, and is said of nothing.
        FigureKind::Duration
            if matches!(
                cx.word_bytes(d.b),
                b"earlier" | b"ago" | b"before" | b"previously" | b"prior"
            ) && !cx.word_is(d.b + 1, "to") =>
        {
            return None;
        }
        FigureKind::Duration => return backward(cx, drafts, idx, Mode::Change),
        // "a 22-storey tower", "the 6.8-magnitude earthquake".
        FigureKind::Measure if hyphen_compound(cx, d) => {
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            return forward(cx, d.b, limit);
        }
        // "ran a red light at 55 mph", "hit a wall at 40mph", "a crash at 190mph": a
        // speed after "at" is the mover's, not the noun's before it (but "winds at
        // 80mph" are the wind's).
        FigureKind::Measure
            if matches!(d.unit, Some("mph" | "kph" | "knot"))
                && d.a >= 2
                && cx.word_is(d.a - 1, "at")
                && cx.is(d.a - 2, TokKind::Word)
                && !cx.capital(d.a - 2)
                && !matches!(
                    cx.word_bytes(d.a - 2),
                    b"wind" | b"winds" | b"gust" | b"gusts" | b"speed" | b"speeds"
                )
                && !cx.word_bytes(d.a - 2).ends_with(b"ed")
                // "The driver was caught at 97mph": after a verb the subject is read
                // as before.
                && !is_stop(cx.word(d.a - 2), || cx.text(d.a - 2))
                && !is_verbish(cx.word(d.a - 2)) =>
        {
            return None;
        }
        // "60,000 tonnes of grain": the thing weighed (not "miles of road"; a barrel
        // or gallon names its contents already).
        FigureKind::Measure
            if cx.word_is(d.b, "of")
                && matches!(
                    d.unit,
                    Some(
                        "tonne"
                            | "kg"
                            | "gram"
                            | "lb"
                            | "ounce"
                            | "bushel"
                            | "mg"
                            | "gw"
                            | "mw"
                            | "kw"
                            | "twh"
                            | "gwh"
                            | "mwh"
                            | "kwh"
                            | "hectare"
                            | "acre"
                            | "ml"
                            | "litre"
                            | "cm"
                            | "mm"
                    )
                ) =>
        {
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            return of_phrase(cx, d.b + 1, limit, drafts)
                .or_else(|| backward(cx, drafts, idx, Mode::Any));
        }
        // "a 0.6C rise in sea surface temperatures": the thing that changed.
        FigureKind::Measure
            if placement::change_noun(cx.word(d.b)).is_some()
                && !matches!(cx.word_bytes(d.b), b"lower" | b"higher")
                && matches!(cx.word_bytes(d.b + 1), b"in" | b"of")
                && is_noun_start(cx, skip_determiners(cx, d.b + 2)) =>
        {
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            return forward(cx, skip_determiners(cx, d.b + 2), limit);
        }
        // "gave 0.5ml doses", "2mg tablets": a measure before a plural noun sizes it.
        FigureKind::Measure
            if cx.is(d.b, TokKind::Word)
                && !cx.capital(d.b)
                && is_plural(cx.word(d.b))
                // "billion kilowatt hours": the rest of the unit.
                && super::unit::unit_word(cx.word(d.b)).is_none()
                && !is_stop(cx.word(d.b), || cx.text(d.b))
                && !is_verbish(cx.word(d.b))
                && !is_clause_verb(cx.word(d.b)) =>
        {
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            return forward(cx, d.b, limit);
        }
        // "a 25kg bag of fertiliser", "155mm artillery shells": a measure written with
        // its unit glued on, before a noun after an article or before a noun phrase
        // ending in a plural, sizes that noun.
        FigureKind::Measure
            if d.b >= 2
                && cx.glued(d.b - 1)
                && cx.is(d.b - 1, TokKind::Word)
                && cx.is(d.b, TokKind::Word)
                && !cx.capital(d.b)
                && super::unit::unit_word(cx.word(d.b)).is_none()
                && !is_stop(cx.word(d.b), || cx.text(d.b))
                && !is_verbish(cx.word(d.b))
                && !is_clause_verb(cx.word(d.b))
                && !is_adverb(cx.word(d.b))
                && !is_time_word(cx.word(d.b), cx.text(d.b)) =>
        {
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            let after_article = d.a > 0
                && matches!(
                    cx.word_bytes(d.a - 1),
                    b"a" | b"an" | b"its" | b"their" | b"his" | b"her" | b"the"
                );
            if let Some((s, e)) = forward(cx, d.b, limit)
                && (after_article || is_plural(cx.word(e - 1)))
            {
                return Some((s, e));
            }
            return backward(cx, drafts, idx, Mode::Any);
        }
        // "arrivals total 194,000 tonnes, of which 45,000 are grains": the noun after the
        // verb names the part.
        FigureKind::Measure
            if d.a >= 2
                && cx.word_is(d.a - 1, "which")
                && cx.word_is(d.a - 2, "of")
                && matches!(cx.word_bytes(d.b), b"is" | b"are" | b"was" | b"were")
                && is_noun_start(cx, d.b + 1)
                && !is_participle(cx.word(d.b + 1)) =>
        {
            let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
            // "of which 14.7 GW is offshore", "of which 3 GW was idle": an adjective of
            // place or state that ends the clause says where or how the part is, and
            // the part is of the whole before.
            if matches!(
                cx.word_bytes(d.b + 1),
                b"offshore"
                    | b"onshore"
                    | b"abroad"
                    | b"overseas"
                    | b"domestic"
                    | b"foreign"
                    | b"idle"
                    | b"unused"
                    | b"spare"
                    | b"available"
                    | b"operational"
                    | b"online"
                    | b"offline"
                    | b"installed"
                    | b"planned"
                    | b"pending"
            ) && !cx.is(d.b + 2, TokKind::Word)
            {
                return backward(cx, drafts, idx, Mode::Any);
            }
            // "are light and medium crudes": not a word cut from a list.
            return forward(cx, d.b + 1, limit)
                .filter(|&(_, e)| !matches!(cx.word_bytes(e), b"and" | b"or"));
        }
        // "The boat sank 60 miles off Cape Cod": a distance fallen is said of nothing.
        FigureKind::Measure if placement::distance_fallen(cx, d) => return None,
        // "U.S. crude oil inventories fell 4.2 million barrels", "a daily dose of 2.5mg".
        FigureKind::Measure => return backward(cx, drafts, idx, Mode::Any),
        // "one pupil in five": the thing counted stands inside the ratio.
        FigureKind::Ratio
            if cx.word_is(d.core, "one")
                && let Some(n) = (d.core + 2..d.b).find(|&t| cx.word_is(t, "in"))
                && (d.core + 1..n).all(|t| cx.is(t, TokKind::Word)) =>
        {
            return Some((d.core + 1, n));
        }
        // "2 million 155mm shells", "300 40ft containers": a count before a measure
        // that sizes the noun after it counts that noun.
        FigureKind::Count
            if let Some(n) = drafts.get(idx + 1)
                && n.a == d.b
                && n.kind == FigureKind::Measure
                && n.b >= 2
                && cx.glued(n.b - 1)
                && cx.is(n.b - 1, TokKind::Word)
                && cx.is(n.b, TokKind::Word)
                && !cx.capital(n.b)
                && is_noun_start(cx, n.b)
                && !is_verbish(cx.word(n.b)) =>
        {
            let limit = drafts.get(idx + 2).map_or(cx.len(), |m| m.a);
            if let Some(np) = forward(cx, n.b, limit) {
                return Some(np);
            }
        }
        k if !k.is_quantity() => return None,
        _ => {}
    }
    // "Reform gained 677 councillors, while the Conservatives lost 674": a bare count
    // won or lost by a named side stands for what an earlier count of the sentence
    // counts.
    let side_won = |a: usize| {
        a >= 2
            && matches!(
                cx.word_bytes(a - 1),
                b"won" | b"lost" | b"gained" | b"held" | b"took" | b"kept"
            )
    };
    if d.kind == FigureKind::Count
        && side_won(d.a)
        && cx.capital(d.a - 2)
        && d.a - 2 > 0
        && no_noun_after(cx, d.b)
        && let Some(j) = (0..idx).rev().find(|&j| {
            let p = &drafts[j];
            p.kind == FigureKind::Count
                && side_won(p.a)
                && cx.is(p.b, TokKind::Word)
                && !cx.capital(p.b)
                && is_plural_written(cx.word(p.b), || cx.text(p.b))
                && !is_stop(cx.word(p.b), || cx.text(p.b))
                && !is_verbish(cx.word(p.b))
        })
    {
        return find(cx, drafts, j);
    }
    // "The Dow rose 2.1% in the week, ending Friday at 1,234", "finishing the session
    // at 8,234": a participle of closing after a comma, with the day or spell it closed
    // on, says where the subject of the clause of change before it ended.
    if let Some(v) = closing_participle_before_at(cx, d)
        && v >= 2
        && cx.punct_is(v - 1, ",")
        && let Some(t) = changing_clause_before(cx, drafts, idx, v - 1)
    {
        return head_from(cx, drafts, idx, t, v - 1);
    }
    // "The cost of repairs has doubled to £2.1m", "saw profits double to 282 mln": the
    // level a multiplier verb led to is of what doubled.
    if idx > 0
        && d.a >= 2
        && cx.word_is(d.a - 1, "to")
        && drafts[idx - 1].kind == FigureKind::Multiplier
        && drafts[idx - 1].b + 1 == d.a
        && drafts[idx - 1].b == drafts[idx - 1].a + 1
        && (cx.word(drafts[idx - 1].a).ends_with("ed") || drafts[idx - 1].direction.is_some())
        && (no_noun_after(cx, d.b)
            || is_stop(cx.word(d.b), || cx.text(d.b)) && !cx.word_is(d.b, "of"))
    {
        return find(cx, drafts, idx - 1);
    }
    // "cut to five points, from 11 at Christmas": a bare old level after the new one
    // is of what the new level is of; so is a percentage, a sum or a measure after one
    // of its kind ("cut its prime rate to 7-1/2 pct from 7-3/4 pct").
    if idx > 0
        && (d.kind == FigureKind::Count
            || drafts[idx - 1].kind == d.kind
                && matches!(
                    d.kind,
                    FigureKind::Percent | FigureKind::Money | FigureKind::Measure
                ))
        && d.a >= 2
        && cx.word_is(d.a - 1, "from")
        && (!cx.is(d.b, TokKind::Word) || super::reader::is_function_word(cx.word(d.b)))
    {
        let p = &drafts[idx - 1];
        // The new level's noun and a comma may come between ("to five points, from").
        let mut k = p.b;
        if cx.is(k, TokKind::Word) && is_plural_written(cx.word(k), || cx.text(k)) {
            k += 1;
        }
        if cx.punct_is(k, ",") {
            k += 1;
        }
        let joined = k + 1 == d.a;
        if joined && p.kind == d.kind && p.a > 0 && cx.word_is(p.a - 1, "to") {
            if d.kind == FigureKind::Count {
                return find(cx, drafts, idx - 1);
            }
            // Only a noun the new level was found for: not a verb, an adverb, a time
            // or a change read in its place ("had sunk to 827.9 mln riyals from 2.66
            // billion", "during the fourth quarter to 38.4 billion dlrs from 37.1
            // billion", "the rise in the surplus, to 2.77 billion dlrs from 2.20").
            if let Some((s, e)) = find(cx, drafts, idx - 1) {
                let last = cx.word(e - 1);
                if !is_verbish(last)
                    && !is_irregular_participle(last)
                    && !matches!(last, "sunk" | "shrunk" | "fallen" | "grown" | "risen")
                    && !is_adverb(last)
                    && !matches!(last, "upward" | "upwards" | "downward" | "downwards")
                    && !is_time_word(last, cx.text(e - 1))
                    && placement::change_noun(last).is_none()
                {
                    return Some((s, e));
                }
            }
        }
    }
    // "3,400 potholes a year, up from about 2,000", "12 of the 40 schools ... were
    // rated good, down from 19 last year": a bare count after ", up from" or ", down
    // from" is an old level of what the nearest count before it in the sentence counts.
    if d.kind == FigureKind::Count
        && d.a >= 3
        && cx.word_is(d.a - 1, "from")
        && matches!(cx.word_bytes(d.a - 2), b"up" | b"down")
        && cx.punct_is(d.a - 3, ",")
        && no_noun_after(cx, d.b)
        && let Some(j) = (0..idx)
            .rev()
            .find(|&j| drafts[j].kind == FigureKind::Count && drafts[j].b <= d.a)
    {
        return find(cx, drafts, j);
    }
    // "adding roughly $150 billion to its market value", "wiped $40bn off the
    // company's value": the value the sum was added to or taken from.
    if d.kind == FigureKind::Money
        && d.a > 0
        && matches!(
            cx.word_bytes(d.a - 1),
            b"adding"
                | b"added"
                | b"add"
                | b"adds"
                | b"wiping"
                | b"wiped"
                | b"wipe"
                | b"wipes"
                | b"erasing"
                | b"erased"
                | b"knocking"
                | b"knocked"
                | b"shaving"
                | b"shaved"
        )
        && matches!(cx.word_bytes(d.b), b"to" | b"off" | b"from")
    {
        let mut k = d.b + 1;
        if matches!(
            cx.word_bytes(k),
            b"its" | b"their" | b"the" | b"his" | b"her"
        ) {
            k += 1;
        }
        // "the company's": a possessor before the value.
        if cx.is(k, TokKind::Word) && possessive_s(cx, k + 1) {
            k = skip_possessor(cx, k);
        }
        let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
        if let Some((s, e)) = forward(cx, k, limit)
            && matches!(
                cx.word_bytes(e - 1),
                b"value"
                    | b"valuation"
                    | b"capitalisation"
                    | b"capitalization"
                    | b"worth"
                    | b"wealth"
                    | b"fortune"
                    | b"cap"
            )
        {
            return Some((s, e));
        }
    }
    let limit = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
    // "Kuwait lost 1.25 billion dinars on its overseas investments", "the fund lost
    // $2bn on bets against the yen": a sum lost on something is no measure of the
    // loser, and names nothing, as a sum spent on something does (but "lost $2 on the
    // day" is a time, and "lost 448.4 mln dlrs on sales of 3.59 billion dlrs" the
    // loser's result against its takings).
    if d.kind == FigureKind::Money
        && d.a > 0
        && matches!(
            cx.word_bytes(d.a - 1),
            b"lost" | b"lose" | b"loses" | b"losing"
        )
        && cx.word_is(d.b, "on")
        && let Some((_, e)) = forward(cx, skip_determiners(cx, d.b + 1), limit)
        && !is_time_word(cx.word(e - 1), cx.text(e - 1))
        && !is_weekday(cx.text(e - 1))
        && !cx.word_is(e, "of")
        && !matches!(
            cx.word_bytes(e - 1),
            b"revenue" | b"revenues" | b"sales" | b"turnover" | b"income" | b"receipts"
        )
    {
        return None;
    }
    // "bought 450 mln Danish crowns nominal of government bonds": a sum at face value
    // is of the thing after "of".
    if d.kind == FigureKind::Money
        && cx.word_is(d.b, "nominal")
        && cx.word_is(d.b + 1, "of")
        && let Some(found) = of_phrase(cx, d.b + 2, limit, drafts)
    {
        return Some(found);
    }
    // "1,400 homes, 35% of them affordable": the pronoun stands for the things an
    // earlier count of the sentence counts, or for nothing the sentence names. But
    // "40 per cent of them false alarms", "80% of them women": a plural noun after the
    // pronoun names what the share is of. A count ("upheld 24 of them") keeps no
    // subject: a part of a whole in its own sentence, it would read as a second whole.
    if d.kind == FigureKind::Percent
        && cx.word_is(d.b, "of")
        && matches!(cx.word_bytes(d.b + 1), b"them" | b"whom")
        && !forward(cx, d.b + 2, limit)
            .is_some_and(|(_, e)| is_plural_written(cx.word(e - 1), || cx.text(e - 1)))
    {
        return antecedent(cx, drafts, idx);
    }
    // "of whom 14 developed side effects": after "of whom" the count stands for the
    // people it counts, and a word in -ed after it is the verb ("of which 14
    // developed countries" may count the countries).
    if d.kind == FigureKind::Count
        && d.a >= 2
        && d.a == d.core
        && cx.word_is(d.a - 2, "of")
        && cx.word_is(d.a - 1, "whom")
        && cx.is(d.b, TokKind::Word)
        && is_participle(cx.word(d.b))
        && cx.word(d.b).ends_with("ed")
        && !is_noun_in_ed(cx.word(d.b))
    {
        return None;
    }
    if d.kind == FigureKind::Count {
        // "19 three-pointers", "three more Boeing 737 Max 8 jets": a count before a
        // name read as an identifier counts the name, or the plural noun after it.
        if let Some(n) = drafts.get(idx + 1)
            && n.kind == FigureKind::Identifier
            && n.a >= d.b
            && n.a <= d.b + 3
            && (d.b..n.a).all(|t| {
                cx.is(t, TokKind::Word)
                    && (cx.capital(t)
                        || matches!(cx.word_bytes(t), b"more" | b"further" | b"extra" | b"new"))
            })
        {
            let limit = drafts.get(idx + 2).map_or(cx.len(), |m| m.a);
            if cx.is(n.b - 1, TokKind::Word) && is_plural(cx.word(n.b - 1)) {
                return Some((n.a, n.b));
            }
            if cx.is(n.b, TokKind::Word)
                && let Some((s, e)) = forward(cx, n.b, limit)
                && is_plural(cx.word(e - 1))
            {
                return Some((s, e));
            }
        }
    }
    // "reported losses topping $12.5bn", "a fine exceeding £5,000": a participle of
    // excess after a noun says the figure of that noun.
    if d.a > 0
        && d.hedge == super::qualifier::Hedge::Over
        && d.a < d.core
        && matches!(
            cx.word_bytes(d.a),
            b"topping" | b"exceeding" | b"surpassing"
        )
        && cx.is(d.a - 1, TokKind::Word)
        && !is_stop(cx.word(d.a - 1), || cx.text(d.a - 1))
        && !is_verbish(cx.word(d.a - 1))
        && let Some(np) = np_back(cx, drafts, idx, d.a)
    {
        // "two clubs topping 15,000": a noun counted by a figure of its own is not
        // what the figure after the participle measures; that is left unnamed.
        if drafts[..idx]
            .iter()
            .any(|p| p.kind == FigureKind::Count && p.b == np.0)
        {
            return None;
        }
        return Some(np);
    }
    // "Gatwick's passenger numbers, at 43.2 million, are still short": a level set off
    // by commas after "at" is the level of the noun phrase before them, when that
    // phrase stands alone ("its share of preproduction costs, at about 45 mln dlrs" is
    // not the sum; "soyoil, believed South American origin, at 314" names no noun). So
    // is one after "currently" or "now" ("Residents' permits, currently £60 a year,").
    let set_off = if cx.word_is(d.a.wrapping_sub(1), "at") {
        d.a.wrapping_sub(1)
    } else {
        d.a
    };
    let set_off = if matches!(
        cx.word_bytes(set_off.wrapping_sub(1)),
        b"currently" | b"now"
    ) {
        set_off - 1
    } else {
        set_off
    };
    if set_off >= 2
        && set_off < d.a
        && cx.punct_is(set_off - 1, ",")
        && (cx.punct_is(d.b, ",")
            || matches!(cx.word_bytes(d.b), b"a" | b"an" | b"per") && cx.punct_is(d.b + 2, ","))
        && cx.is(set_off - 2, TokKind::Word)
        && let Some((s, e)) = np_back(cx, drafts, idx, set_off - 1)
        && !is_verbish(cx.word(s))
        && !(s > 0
            && (cx.punct_is(s - 1, "-")
                || matches!(
                    cx.word_bytes(skip_determiners_back(cx, s).wrapping_sub(1)),
                    b"of"
                        | b"in"
                        | b"for"
                        | b"on"
                        | b"at"
                        | b"by"
                        | b"with"
                        | b"from"
                        | b"to"
                        | b"into"
                        | b"including"
                )))
    {
        return Some((s, e));
    }
    // "on gains above C$250,000", "for homes under £300,000": a plural noun right before
    // a bound word is what the figure bounds (but "prices rose above $100" is a verb's).
    if d.a > 0
        && matches!(
            d.hedge,
            super::qualifier::Hedge::Over | super::qualifier::Hedge::Under
        )
        && d.a < d.core
        && matches!(
            cx.word_bytes(d.a),
            b"above" | b"below" | b"over" | b"under"
        )
        && cx.is(d.a - 1, TokKind::Word)
        && !cx.capital(d.a - 1)
        && is_plural(cx.word(d.a - 1))
        && !is_stop(cx.word(d.a - 1), || cx.text(d.a - 1))
        && !is_clause_verb(cx.word(d.a - 1))
        // After a preposition or article the plural is a noun ("on gains above", "among
        // voters under 35"; not "the industry employs over half").
        && d.a >= 2
        && matches!(
            cx.word_bytes(d.a - 2),
            b"on" | b"for" | b"of" | b"from" | b"with" | b"to" | b"in" | b"among" | b"the"
        )
        // "talks with employers over 1987 wages": a figure before its own noun.
        && (!is_noun_start(cx, d.b) || is_clause_verb(cx.word(d.b)))
        && let Some(np) = np_back(cx, drafts, idx, d.a)
    {
        return Some(np);
    }
    // "maturing paper worth 3,196 billion lire", "shares worth $40m", "a pay deal worth
    // 5%": the thing valued, its last two words at most (before them may stand the
    // verb: "replace maturing").
    if matches!(d.kind, FigureKind::Money | FigureKind::Percent)
        && d.a > 0
        && cx.word_is(d.a - 1, "worth")
        && let Some(np) = np_back(cx, drafts, idx, d.a - 1)
    {
        // "each carrying goods worth up to $300 million": the goods carried.
        let (start, end) = without_leading_verb(cx, np);
        // "57 high-value cars worth": a hyphenated compound is one word.
        let word_start = |k: usize| {
            cx.is(k, TokKind::Word) && !(cx.glued(k) && k > 0 && cx.punct_is(k - 1, "-"))
        };
        let words = (start..end).filter(|&k| word_start(k)).count();
        let mut first = (start..end)
            .filter(|&k| word_start(k))
            .nth(words.saturating_sub(2))
            .unwrap_or(start);
        // "The ship carried goods worth $300m", "she inherited assets worth £3m": a word
        // in -ed after a noun or a pronoun is the verb, and the goods are what is valued
        // ("the imported goods worth", "newly issued shares worth" keep it).
        if words >= 2
            && first > 0
            && cx.is(first, TokKind::Word)
            && cx.is(first - 1, TokKind::Word)
            && past_verb_after_its_subject(cx, first)
        {
            first = (first + 1..end).find(|&k| word_start(k)).unwrap_or(first);
        }
        return Some((first, end));
    }
    // "6,000 first-time buyers", "two sixth forms", "5,000 second homes": an ordinal
    // that opens a compound, or stands right before a plural noun, is part of the noun.
    let mut next_figure_start = match drafts.get(idx + 1) {
        // "two more quarter-point cuts", "950 twelve-hour shifts": a compound figure
        // before the plural noun counted is part of it.
        Some(n)
            if (n.a == d.b
                || n.a == d.b + 1
                    && matches!(cx.word_bytes(d.b), b"more" | b"further" | b"extra"))
                && (n.kind == FigureKind::PercentagePoints || counts_through_compound(d, n))
                && compound_before_plural(cx, n) =>
        {
            drafts.get(idx + 2).map_or(cx.len(), |n| n.a)
        }
        Some(n)
            if n.a == d.b
                && n.kind == FigureKind::Ordinal
                && (cx.punct_is(n.b, "-") && cx.glued(n.b) && cx.glued(n.b + 1)
                    || n.b == n.a + 1
                        && cx.is(n.a, TokKind::Word)
                        && cx.is(n.b, TokKind::Word)
                        && !cx.capital(n.b)
                        && is_plural(cx.word(n.b))
                        && !is_stop(cx.word(n.b), || cx.text(n.b))
                        && !is_verbish(cx.word(n.b))) =>
        {
            drafts.get(idx + 2).map_or(cx.len(), |n| n.a)
        }
        n => n.map_or(cx.len(), |n| n.a),
    };
    let b = d.b;
    let mut j = b;
    // "950 twelve-hour shifts": the count's noun comes after the compound.
    if let Some(n) = drafts.get(idx + 1)
        && n.a == b
        && counts_through_compound(d, n)
        && compound_before_plural(cx, n)
    {
        j = n.b;
    }
    // Skip a hyphen compound's hyphen: "a 20-member panel".
    if cx.punct_is(j, "-") && cx.glued(j) && cx.glued(j + 1) {
        j += 1;
    }
    // "3.2% y/y", "0.4% q/q", "up 2% yoy": a period tag, not the thing measured.
    if let Some(e) = period_tag(cx, j) {
        j = e;
    }
    // "Almost three-quarters (73%) of adults": the same share restated in brackets is
    // passed over, and the share inside them is of the same thing.
    if cx.punct_is(j, "(")
        && let Some(n) = drafts.get(idx + 1)
        && n.a == j + 1
        && cx.punct_is(n.b, ")")
        && cx.word_is(n.b + 1, "of")
    {
        j = n.b + 1;
        next_figure_start = drafts.get(idx + 2).map_or(cx.len(), |n| n.a);
    } else if cx.punct_is(j, ")") && d.a > 0 && cx.punct_is(d.a - 1, "(") && cx.word_is(j + 1, "of")
    {
        j += 1;
    }
    let w = cx.word(j);
    match d.kind {
        // "(95% CI 0.62 to 0.88)": the level of a confidence interval names nothing.
        FigureKind::Percent
            if cx.text_is(j, "CI")
                || cx.word_is(j, "confidence") && cx.word_is(j + 1, "interval") =>
        {
            return None;
        }
        FigureKind::Percent | FigureKind::PercentagePoints | FigureKind::Ratio => {
            if w == "of" {
                // "Spending will rise to 2.5% of GDP" is said of spending; "2.6% of
                // reported rapes" of rapes.
                // But "the airline will cut 5% of flights": the object of a verb of
                // cutting or raising is the thing cut, not the one cutting.
                let object = d.a > 0 && {
                    let v = cx.word(d.a - 1);
                    // "The test picked up 92.1% of cancers": a phrasal verb of finding
                    // or taking with its object (but "Women made up 38% of
                    // participants", "take up 31% of pay" say the share of the subject).
                    cx.word_is(d.a - 1, "up")
                        && d.a >= 2
                        && matches!(
                            cx.word_bytes(d.a - 2),
                            b"picked"
                                | b"pick"
                                | b"picks"
                                | b"picking"
                                | b"snapped"
                                | b"snap"
                                | b"snaps"
                                | b"bought"
                                | b"buy"
                                | b"buys"
                                | b"scooped"
                                | b"mopped"
                                | b"used"
                                | b"use"
                                | b"uses"
                        )
                        || placement::by_verb(v).is_some()
                        || matches!(
                            v,
                            "cut"
                                | "cuts"
                                | "cutting"
                                | "axe"
                                | "axes"
                                | "axed"
                                | "axing"
                                | "shed"
                                | "sheds"
                                | "shedding"
                                | "reduce"
                                | "reduces"
                                | "reduced"
                                | "reducing"
                                | "lose"
                                | "loses"
                                | "lost"
                                | "losing"
                        )
                };
                if d.kind != FigureKind::Ratio
                    && !object
                    && let Some(np) = backward(cx, drafts, idx, Mode::Copula)
                {
                    return Some(np);
                }
                // "capacity to 95% of 2019 levels": a level is the yardstick, not the
                // thing measured; so is what is normal or usual ("Rainfall averaged 176%
                // of normal", "124% of the long-term average").
                let of = of_phrase(cx, j + 1, next_figure_start, drafts);
                if of.is_some_and(|(_, e)| {
                    matches!(
                        cx.word_bytes(e - 1),
                        b"level" | b"levels" | b"normal" | b"norm" | b"usual" | b"average"
                    )
                }) {
                    return backward(cx, drafts, idx, Mode::Any);
                }
                // "Exports accounted for 18% of the total": a share of the total is of
                // the thing that accounts for it.
                if d.kind == FigureKind::Percent
                    && cx.word_is(j + 1, "the")
                    && cx.word_is(j + 2, "total")
                    && !cx.is(j + 3, TokKind::Word)
                    && d.a >= 2
                    && cx.word_is(d.a - 1, "for")
                    && matches!(
                        cx.word_bytes(d.a - 2),
                        b"accounted" | b"accounts" | b"account" | b"accounting"
                    )
                    && let Some(np) = backward(cx, drafts, idx, Mode::Any)
                {
                    return Some(np);
                }
                // "£19bn, or 9.8% of GDP": the size of an economy is the yardstick too.
                // ("equal to 1.5% of GDP", "an equivalent of" name nothing.)
                if of.is_some_and(|(s, e)| is_economy_size(cx, s, e)) {
                    return backward(cx, drafts, idx, Mode::Any).filter(|&(s, e)| {
                        !(e == s + 1 && matches!(cx.word_bytes(s), b"equal" | b"equivalent"))
                    });
                }
                return of;
            }
            // "a 3.4% annual decline in funding": a period or manner word before the
            // change noun.
            let (j, w) = if matches!(
                w,
                "annual"
                    | "annualised"
                    | "annualized"
                    | "yearly"
                    | "monthly"
                    | "quarterly"
                    | "weekly"
                    | "daily"
                    | "average"
                    | "overall"
                    | "sharp"
                    | "steep"
                    | "further"
            ) && placement::change_noun(cx.word(j + 1)).is_some()
            {
                (j + 1, cx.word(j + 1))
            } else {
                (j, w)
            };
            if placement::change_noun(w).is_some() {
                if !matches!(w, "lower" | "higher") && matches!(cx.word_bytes(j + 1), b"in" | b"of")
                {
                    let k = skip_determiners(cx, j + 2);
                    // "a 2.9% jump in April": the jump itself.
                    if number::month_bytes(cx.text_bytes(k)).is_some() || cx.is(k, TokKind::Num) {
                        return Some((j, j + 1));
                    }
                    // "a 13% rise in first-half profit": an ordinal that opens a
                    // compound is part of the noun.
                    if let Some(n) = drafts.get(idx + 1)
                        && n.a == k
                        && n.kind == FigureKind::Ordinal
                        && cx.punct_is(n.b, "-")
                        && cx.glued(n.b)
                        && cx.glued(n.b + 1)
                    {
                        return forward(cx, k, drafts.get(idx + 2).map_or(cx.len(), |n| n.a));
                    }
                    // "a 198 pct increase in full year earnings", "a 5% rise in first
                    // half sales": the part of the year says when, the noun is the thing.
                    if let Some(noun) = part_period_end(cx, k)
                        .filter(|&n| !cx.capital(n) && is_plain_noun_word(cx, n))
                    {
                        let limit = drafts[idx + 1..]
                            .iter()
                            .find(|n| n.a >= noun)
                            .map_or(cx.len(), |n| n.a);
                        return forward(cx, noun, limit);
                    }
                    return forward(cx, k, next_figure_start);
                }
                // "a 40% lower risk of dementia"
                if matches!(w, "lower" | "higher") && is_noun_start(cx, j + 1) {
                    return forward(cx, j + 1, next_figure_start);
                }
                // "a 5% rise": the rise, when nothing before says what rose.
                if let Some(np) = backward(cx, drafts, idx, Mode::Any) {
                    return Some(np);
                }
                // "fell to 31%, a two point fall": a change set after the level it led
                // to, in commas, is of what that level is of.
                if idx > 0
                    && d.a >= 2
                    && matches!(cx.word_bytes(d.a - 1), b"a" | b"an")
                    && cx.punct_is(d.a - 2, ",")
                    && drafts[idx - 1].b + 2 == d.a
                    && matches!(
                        drafts[idx - 1].kind,
                        FigureKind::Percent | FigureKind::Money | FigureKind::Count
                    )
                    && let Some(np) = find(cx, drafts, idx - 1)
                {
                    return Some(np);
                }
                return (!cx.word_is(j.wrapping_sub(1), "-")
                    && j == b
                    && matches!(cx.word_bytes(d.a.wrapping_sub(1)), b"a" | b"an" | b"the"))
                .then_some((j, j + 1));
            }
            if d.kind == FigureKind::Ratio {
                // "less than half receive treatment": a share standing alone before
                // its verb names no thing.
                if j == b && is_clause_verb_or_base(w) {
                    return None;
                }
                // "Half the world's population": "of" left out.
                if j == b
                    && cx.word_is(d.core, "half")
                    && matches!(
                        cx.word_bytes(j),
                        b"the" | b"its" | b"their" | b"his" | b"her" | b"our"
                    )
                {
                    return of_phrase(cx, j, next_figure_start, drafts);
                }
                if let Some((s, e)) = forward(cx, j, next_figure_start) {
                    // "One in five adults smokes": after the plural counted, a word in
                    // -s is the verb, singular as "one" is; also after a hedge ("Almost
                    // one in three cars fails its MOT").
                    let one = matches!(cx.word_bytes(skip_determiners(cx, d.a)), b"one" | b"1")
                        || matches!(cx.text_bytes(d.core), b"one" | b"One" | b"1");
                    if one
                        && e >= s + 2
                        && is_plural(cx.word(e - 2))
                        && cx.word(e - 1).len() > 3
                        && cx.word(e - 1).ends_with('s')
                        && !cx.word(e - 1).ends_with("ss")
                    {
                        return Some((s, e - 1));
                    }
                    return Some((s, e));
                }
            } else if j == b
                && is_noun_start(cx, j)
                && !is_predicate_adjective(w)
                && !verb_after_noun_of(cx, d, j)
                // "the higher rate of 40% starts at £50,271": a verb before a preposition
                // (but "the 6.5 pct forecast in December" is a noun after its article).
                && !(is_clause_verb(w)
                    && !(d.a > 0
                        && matches!(
                            cx.word_bytes(d.a - 1),
                            b"the" | b"a" | b"an" | b"its" | b"their"
                        ))
                    && matches!(
                        cx.word_bytes(j + 1),
                        b"at" | b"from" | b"on" | b"with" | b"by" | b"in"
                    ))
                // "the bottom 50% pay less": a share of a group before its verb.
                && !(d.a > 0
                    && matches!(cx.word_bytes(d.a - 1), b"top" | b"bottom")
                    && (is_clause_verb_or_base(w) || matches!(w, "pay" | "earn" | "own" | "hold")))
                && let Some(np) = forward(cx, j, next_figure_start)
            {
                // "above the 5.3% economists had expected": the forecasters' clause.
                if d.a > 0
                    && cx.word_is(d.a - 1, "the")
                    && matches!(
                        cx.word_bytes(np.1 - 1),
                        b"analysts" | b"economists" | b"forecasters" | b"traders" | b"investors"
                    )
                    && expects_the_figure(cx, np.1)
                {
                    return None;
                }
                return Some(np);
            }
            return backward(cx, drafts, idx, Mode::Any);
        }
        FigureKind::Multiplier => {
            // "doubled the number of asylum caseworkers"
            if number::multiplier_verb(cx.word(d.core)).is_some()
                && matches!(
                    cx.word_bytes(j),
                    b"the" | b"its" | b"their" | b"his" | b"her" | b"our"
                )
                && let Some(np) = head_from(cx, drafts, idx, j, next_figure_start)
            {
                return Some(np);
            }
            return backward(cx, drafts, idx, Mode::Any);
        }
        _ => {}
    }
    let vague = matches!(d.hedge, super::qualifier::Hedge::Vague(..));
    // "reached 88,350, within 700 of the usable capacity of 89,050": how near a mark
    // the figure is, not a count of the mark.
    if w == "of" && cx.word_is(d.a, "within") {
        return None;
    }
    if w == "of" && (vague || d.kind == FigureKind::Count) {
        return of_phrase(cx, j + 1, next_figure_start, drafts);
    }
    // "£150m of claims": an amount of things counted in money.
    if w == "of"
        && d.kind == FigureKind::Money
        && let Some((s, e)) = of_phrase(cx, j + 1, next_figure_start, drafts)
        && is_plural(cx.word(e - 1))
    {
        return Some((s, e));
    }
    // "£250,000 in prize money", "$2bn in aid": money paid as the thing named.
    // But "invest €7.5bn in electric models" names where it goes, and "in early
    // trading", "in many cafes" when and where.
    // The three tests below are asked only of money before "in" (closures, so that
    // every other figure skips them).
    let invested = || {
        (1..=3).any(|k| {
            d.a.checked_sub(k).is_some_and(|t| {
                matches!(
                    cx.word_bytes(t),
                    b"invest"
                        | b"invests"
                        | b"invested"
                        | b"investing"
                        | b"spend"
                        | b"spends"
                        | b"spent"
                        | b"spending"
                        | b"put"
                        | b"puts"
                        | b"pump"
                        | b"pumped"
                        | b"pour"
                        | b"poured"
                        | b"plough"
                        | b"ploughed"
                        | b"sink"
                        | b"sank"
                )
            })
        })
    };
    // Only after a verb of paying or taking, not of offering: "share £250,000 in prize
    // money", "seized £2.3m in cash", "repay £38,000 in rent".
    let paid_before = |a: usize| {
        (1..=3).any(|k| {
            a.checked_sub(k).is_some_and(|t| {
                let v = cx.word(t);
                let stem = v
                    .strip_suffix("ing")
                    .or_else(|| v.strip_suffix("ed"))
                    .or_else(|| v.strip_suffix('s'))
                    .unwrap_or(v);
                matches!(
                    v,
                    "paid"
                        | "added"
                        | "owe"
                        | "owed"
                        | "won"
                        | "lost"
                        | "gave"
                        | "given"
                        | "raised"
                        | "sought"
                        // "holds £14.2m in usable reserves", "has $2bn in cash".
                        | "held"
                        | "has"
                        | "had"
                        | "have"
                        | "kept"
                        // "gained as much as 300 mln dlrs in transferable tax losses"
                        // (the verb: "gains of 0.57 cent in early trade" are no pay).
                        | "gained"
                        | "gaining"
                ) || matches!(
                    stem,
                    "pay"
                        | "repay"
                        | "share"
                        | "shar"
                        | "seiz"
                        | "seize"
                        | "award"
                        | "receiv"
                        | "receive"
                        | "los"
                        | "lose"
                        | "win"
                        | "giv"
                        | "give"
                        | "claim"
                        | "recover"
                        | "collect"
                        | "owe"
                        | "ow"
                        | "fin"
                        | "fine"
                        | "rais"
                        | "raise"
                        | "seek"
                        | "demand"
                        | "earn"
                        | "generat"
                        | "generate"
                        | "bring"
                        | "hold"
                        | "keep"
                )
            })
        })
    };
    // "awarded $4.5m in compensatory damages and $10m in punitive damages": a second
    // sum joined to a first paid "in" something is paid too.
    let paid = || {
        paid_before(d.a)
            || d.a > 0
                && matches!(cx.word_bytes(d.a - 1), b"and" | b"plus")
                && idx > 0
                && drafts[idx - 1].kind == FigureKind::Money
                && drafts[idx - 1].b + 4 >= d.a
                && cx.word_is(drafts[idx - 1].b, "in")
                && paid_before(drafts[idx - 1].a)
    };
    // "the $3.7bn in revenue was driven by": the money named, as the clause's subject.
    let named = || {
        d.a > 0 && cx.word_is(d.a - 1, "the") && {
            let e = forward(cx, j + 1, next_figure_start).map_or(j + 1, |(_, e)| e);
            is_linking_verb(cx.word(e)) || is_aux(cx.word(e))
        }
    };
    if w == "in"
        && d.kind == FigureKind::Money
        && (paid() || named())
        && !invested()
        && is_noun_start(cx, j + 1)
        && !cx.capital(j + 1)
        && !cx.word_bytes(j + 1).ends_with(b"ly")
        // "four mln stg in band one": a numbered place.
        && !(cx.is(j + 2, TokKind::Num) || number::small(cx.word(j + 2)).is_some())
        && !matches!(
            cx.word_bytes(j + 1),
            b"total" | b"all" | b"full" | b"advance" | b"place" | b"part" | b"return" | b"addition"
                | b"order" | b"terms" | b"time" | b"line" | b"value" | b"one" | b"early" | b"late"
                | b"mid" | b"fiscal" | b"many" | b"some" | b"several" | b"recent" | b"next" | b"last"
                | b"past" | b"each" | b"both" | b"other" | b"various" | b"certain" | b"most"
        )
        && let Some(np) = forward(cx, j + 1, next_figure_start)
    {
        return Some(np);
    }
    if vague {
        return forward(cx, j, next_figure_start);
    }
    // "on top of £120m cut since 2010", "with £40m cut from the budget": with no article
    // before the figure, "cut" before a phrase of time or place is the participle and
    // names no thing ("a £120m cut since 2010", "the 5% cut in rates" keep the noun).
    if w == "cut"
        && matches!(
            cx.word_bytes(j + 1),
            b"since" | b"from" | b"over" | b"during" | b"last" | b"this" | b"so"
        )
        && !(d.a > 0
            && matches!(
                cx.word_bytes(d.a - 1),
                b"a" | b"an" | b"the" | b"its" | b"their" | b"his" | b"her" | b"our" | b"this"
            ))
    {
        return None;
    }
    if let Some(np) = forward(cx, j, next_figure_start) {
        let np = name_in_s_before_noun(cx, d, np, next_figure_start);
        // "well above the $60 million analysts had expected": the noun after a sum is
        // the subject of a clause that leaves "that" out, not what the sum is of.
        // "short of the 390,000 analysts expected": so for a count after "the".
        let forecasters = || {
            d.a > 0
                && cx.word_is(d.a - 1, "the")
                && matches!(
                    cx.word_bytes(np.1 - 1),
                    b"analysts" | b"economists" | b"forecasters" | b"traders" | b"investors"
                )
        };
        if (d.kind == FigureKind::Money || d.kind == FigureKind::Count && forecasters())
            && expects_the_figure(cx, np.1)
        {
            return None;
        }
        if verb_after_noun_of(cx, d, j)
            && let Some(np) = backward(cx, drafts, idx, Mode::Any)
        {
            return Some(np);
        }
        return Some(np);
    }
    // "612 were children", "263 are women": a count whose verb of being names what it
    // counts (not "612 were killed", "40 were British").
    if d.kind == FigureKind::Count
        && j == b
        && matches!(w, "are" | "were")
        && let Some((s, e)) = forward(cx, j + 1, next_figure_start)
        && is_plural(cx.word(e - 1))
        && !is_participle(cx.word(e - 1))
        && (!cx.is(e, TokKind::Word) || matches!(cx.word_bytes(e), b"and" | b"of" | b"in"))
    {
        return Some((s, e));
    }
    backward(cx, drafts, idx, Mode::Any)
}

/// Whether the word at `j`, right after the figure `d`, is a verb in -ed opening the
/// predicate of a noun the figure sizes with "of": "food inflation of 9.2% squeezed
/// margins", "a rise of 5% pushed prices higher" (but "a workforce of 500 skilled
/// workers" counts the workers).
fn verb_after_noun_of(cx: &Cx<'_>, d: &Draft, j: usize) -> bool {
    let w = cx.word(j);
    d.kind != FigureKind::Count
        && w.len() > 4
        && w.ends_with("ed")
        && !is_noun_in_ed(w)
        // "one dlr of 10 pct preferred stock": an adjective in -ed before its noun.
        && !matches!(
            w,
            "preferred"
                | "subordinated"
                | "secured"
                | "unsecured"
                | "guaranteed"
                | "registered"
                | "listed"
                | "quoted"
                | "weighted"
                | "adjusted"
                | "diluted"
                | "owned"
                | "insured"
                | "rated"
                | "funded"
        )
        && d.a >= 2
        && cx.word_is(d.a - 1, "of")
        && cx.is(d.a - 2, TokKind::Word)
        && !is_stop(cx.word(d.a - 2), || cx.text(d.a - 2))
}

/// The things a count before the figure at `idx` counts, as a plural noun: what "of
/// them" after the figure stands for. None when no count before it counts a plural.
fn antecedent(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<(usize, usize)> {
    let d = &drafts[idx];
    let j = drafts[..idx]
        .iter()
        .rposition(|p| p.kind == FigureKind::Count && p.b <= d.a)?;
    let (s, e) = find(cx, drafts, j)?;
    (e > s && is_plural_written(cx.word(e - 1), || cx.text(e - 1))).then_some((s, e))
}

/// Whether the words at `e` are a verb of expecting that takes the figure before its
/// subject as object: "[the $60 million analysts] had expected", "[the £2bn the
/// Treasury] forecast" (not "expected to", where the noun is what is expected).
fn expects_the_figure(cx: &Cx<'_>, e: usize) -> bool {
    let e = if matches!(
        cx.word_bytes(e),
        b"had" | b"have" | b"has" | b"were" | b"was" | b"are" | b"is"
    ) {
        e + 1
    } else {
        e
    };
    let e = if cx.word_is(e, "been") { e + 1 } else { e };
    matches!(
        cx.word_bytes(e),
        b"expecting" | b"forecasting" | b"predicting" | b"projecting" | b"anticipating"
    ) || matches!(
        cx.word_bytes(e),
        b"expected"
            | b"forecast"
            | b"predicted"
            | b"projected"
            | b"anticipated"
            | b"sought"
            | b"wanted"
            | b"feared"
            | b"pencilled"
            | b"penciled"
            | b"budgeted"
    ) && !cx.word_is(e + 1, "to")
        && !cx.word_is(e + 1, "by")
}

/// "the £177m EuroMillions jackpot", "the £2bn Olympics budget", "the $1.1bn Mega
/// Millions jackpot": after a sum, a name in -s (of up to three capitalised words) is
/// not the head of the phrase (no sum counts things) but describes the noun after it,
/// which the phrase runs on to.
fn name_in_s_before_noun(
    cx: &Cx<'_>,
    d: &Draft,
    (s, e): (usize, usize),
    limit: usize,
) -> (usize, usize) {
    let w = cx.word(e - 1);
    if d.kind == FigureKind::Money
        && e > s
        && e <= s + 3
        && e < limit
        && (s..e).all(|t| cx.capital(t) && cx.is(t, TokKind::Word))
        && w.len() > 3
        && w.ends_with('s')
        && cx.is(e, TokKind::Word)
        && !cx.capital(e)
        && !is_stop(cx.word(e), || cx.text(e))
        && !is_verbish(cx.word(e))
        && !is_clause_verb(cx.word(e))
        && !is_present_verb(cx.word(e))
        && !is_irregular_participle(cx.word(e))
        && let Some((_, end)) = forward(cx, e, limit)
        // A name of several words takes one noun that closes the phrase, not "the
        // 1,700,000 dlrs Putnam Mills currently owes" or a table's next line.
        && (e == s + 1 || end == e + 1 && !cx.is(end, TokKind::Num))
    {
        return (s, end);
    }
    (s, e)
}

/// The end of a period tag at `j`: "y/y", "q/q", "m/m", "w/w", "yoy", "qoq".
fn period_tag(cx: &Cx<'_>, j: usize) -> Option<usize> {
    let w = cx.word(j);
    if matches!(w, "y" | "q" | "m" | "w")
        && cx.punct_is(j + 1, "/")
        && cx.glued(j + 1)
        && cx.glued(j + 2)
        && cx.word(j + 2) == w
    {
        return Some(j + 3);
    }
    // "0.4 percent m-o-m", "3.5 percent y-o-y".
    if matches!(w, "y" | "q" | "m" | "w")
        && cx.punct_is(j + 1, "-")
        && cx.word_is(j + 2, "o")
        && cx.punct_is(j + 3, "-")
        && cx.word(j + 4) == w
        && (j + 1..=j + 4).all(|k| cx.glued(k))
    {
        return Some(j + 5);
    }
    matches!(w, "yoy" | "qoq").then_some(j + 1)
}

/// Whether a count may reach past the figure `n` after it to the noun it counts: `n` a
/// length of time, a measure or a count written as a compound ("950 twelve-hour
/// shifts", "12 three-mile laps").
fn counts_through_compound(d: &Draft, n: &Draft) -> bool {
    d.kind == FigureKind::Count
        && matches!(
            n.kind,
            FigureKind::Duration | FigureKind::Measure | FigureKind::Count
        )
}

/// Whether the figure `n` ends a hyphenated compound ("twelve-hour", "quarter-point")
/// right before a plural noun.
fn compound_before_plural(cx: &Cx<'_>, n: &Draft) -> bool {
    n.b >= 2
        && cx.punct_is(n.b - 2, "-")
        && cx.glued(n.b - 1)
        && cx.is(n.b, TokKind::Word)
        && is_plural(cx.word(n.b))
}

/// Whether the figure ends in a hyphenated unit ("13-year", "22-storey"), or is a
/// stretch of time written as the same compound without its hyphen ("a 10 year low").
fn hyphen_compound(cx: &Cx<'_>, d: &Draft) -> bool {
    d.b >= 2 && cx.punct_is(d.b - 2, "-") && cx.glued(d.b - 2) && d.b - 2 > d.core
        || unhyphenated_time(cx, d)
}

/// Whether the figure is a stretch of time in a singular unit that describes the noun
/// after it, written without a hyphen: "a 10 year low", "a three year exploration
/// budget", "an 8.7 week wait".
fn unhyphenated_time(cx: &Cx<'_>, d: &Draft) -> bool {
    d.kind == FigureKind::Duration
        && d.b >= 1
        && d.b - 1 > d.core
        && matches!(
            cx.word_bytes(d.b - 1),
            b"second"
                | b"minute"
                | b"hour"
                | b"day"
                | b"week"
                | b"month"
                | b"year"
                | b"decade"
                | b"fortnight"
                | b"century"
        )
        && !cx.glued(d.b - 1)
        && cx.is(d.b, TokKind::Word)
        && !cx.capital(d.b)
        && !super::reader::is_function_word(cx.word(d.b))
}

/// Which subjects before a figure count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Any: a linking or change verb, a verb's object, "of" or "at".
    Any,
    /// Only a subject joined by "is"/"was" or a change verb ("was 97.9% of GDP",
    /// "will rise to 2.5% of GDP"), not by "reach" or a passive "by".
    Copula,
    /// Only a subject joined by a change verb ("rose by 1.1 years").
    Change,
}

/// "of [the] NP", "of the 659 nurses", "of their last five games", "of them" (none).
fn of_phrase(cx: &Cx<'_>, j: usize, limit: usize, drafts: &[Draft]) -> Option<(usize, usize)> {
    // "of those surveyed", "of those backed strike action": "those" before a verb is a
    // pronoun, and names no thing.
    if matches!(cx.word_bytes(j), b"those" | b"these")
        && cx.is(j + 1, TokKind::Word)
        && (is_participle(cx.word(j + 1)) || is_clause_verb(cx.word(j + 1)))
        && !is_noun_in_ed(cx.word(j + 1))
    {
        return None;
    }
    let mut k = skip_determiners(cx, j);
    k = skip_possessor(cx, k);
    while matches!(
        cx.word_bytes(k),
        b"last" | b"first" | b"next" | b"past" | b"top"
    ) {
        k += 1;
    }
    // Drafts in order are searched by their ends: only those that run across `k` can
    // start at it or have their number there, and the first to start after `d` is
    // found the same way.
    let (found, next) = if cx.ordered {
        let from = drafts.partition_point(|d| d.b <= k);
        let to = drafts.partition_point(|d| d.a <= k).max(from);
        let found = drafts[from..to].iter().find(|d| d.a == k || d.core == k);
        let next = |d: &Draft| drafts.get(drafts.partition_point(|n| n.a <= d.a));
        (found, found.and_then(next))
    } else {
        let found = drafts.iter().find(|d| d.a == k || d.core == k);
        (found, found.and_then(|d| drafts.iter().find(|n| n.a > d.a)))
    };
    if let Some(d) = found {
        // "37% of 16- to 24-year-olds read": the group is named, not counted.
        if d.kind == FigureKind::Identifier {
            return None;
        }
        let limit2 = next.map_or(cx.len(), |n| n.a);
        return forward(cx, d.b, limit2);
    }
    forward(cx, k, limit)
}

fn skip_determiners(cx: &Cx<'_>, mut j: usize) -> usize {
    // "A-level entries", "an A-road": a letter that opens a compound is no article.
    while !(cx.punct_is(j + 1, "-") && cx.glued(j + 1))
        && matches!(
            cx.word_bytes(j),
            b"the"
                | b"a"
                | b"an"
                | b"these"
                | b"those"
                | b"its"
                | b"their"
                | b"his"
                | b"her"
                | b"our"
                | b"your"
                | b"this"
                | b"that"
                | b"all"
        )
    {
        j += 1;
    }
    j
}

fn is_noun_start(cx: &Cx<'_>, j: usize) -> bool {
    cx.is(j, TokKind::Word) && !is_stop(cx.word(j), || cx.text(j))
}

/// Whether token `t` is a word that may start a noun and is no verb or adverb.
fn is_plain_noun_word(cx: &Cx<'_>, t: usize) -> bool {
    is_noun_start(cx, t)
        && !is_verbish(cx.word(t))
        && !is_clause_verb(cx.word(t))
        && !is_adverb(cx.word(t))
}

/// A noun phrase starting at `j`.
fn forward(cx: &Cx<'_>, j: usize, limit: usize) -> Option<(usize, usize)> {
    let mut k = j;
    let mut words = 0;
    // Words the key drops that open the phrase ("new", "extra").
    let mut dropped = 0;
    let mut end = None;
    let mut last = "";
    while k < limit.min(cx.len()) {
        match cx.tok(k).map(|t| t.kind) {
            Some(TokKind::Word) => {
                let w = cx.word(k);
                // "80 pct of Hayes following completion of": a preposition in -ing
                // ends the phrase.
                if words > 0 && preposition_in_ing_at(cx, k) {
                    break;
                }
                // "lived 24% longer, the study found", "shares were 2p firmer at 134": a
                // comparative right after the figure and before no noun says how the
                // thing compares, and names none (not "20% higher prices").
                if words == 0
                    && is_comparative(w)
                    && (!cx.is(k + 1, TokKind::Word) || is_stop(cx.word(k + 1), || cx.text(k + 1)))
                {
                    return None;
                }
                // "traded at 6-1/16 pct late Friday": a time, not a noun phrase.
                if words == 0
                    && matches!(w, "late" | "early")
                    && (is_weekday(cx.text(k + 1))
                        || number::month_bytes(cx.text_bytes(k + 1)).is_some()
                        || matches!(
                            cx.word_bytes(k + 1),
                            b"morning"
                                | b"afternoon"
                                | b"evening"
                                | b"trading"
                                | b"trade"
                                | b"session"
                                | b"last"
                                | b"this"
                                | b"next"
                                | b"on"
                                | b"in"
                        ))
                {
                    return None;
                }
                // "9,800 current and retired workers", "15 foreign and local banks": two
                // adjectives joined by "and" or "or" describe the noun after both, which
                // is the thing counted (not "15 international and four Finnish banks").
                if words == 0
                    && is_coordinated_adjective(w)
                    && matches!(cx.word_bytes(k + 1), b"and" | b"or")
                    && cx.is(k + 2, TokKind::Word)
                    && !cx.capital(k + 2)
                    && number::small(cx.word(k + 2)).is_none()
                {
                    let second = cx.word(k + 2);
                    let noun = if (is_coordinated_adjective(second)
                        || second.len() > 4 && second.ends_with("ed"))
                        && cx.is(k + 3, TokKind::Word)
                        && !is_stop(cx.word(k + 3), || cx.text(k + 3))
                    {
                        k + 3
                    } else {
                        k + 2
                    };
                    if !is_stop(cx.word(noun), || cx.text(noun)) {
                        return forward(cx, noun, limit);
                    }
                }
                // "out of 3 million cast", "voters under 30 cast a ballot": "cast" right
                // after the number, before no noun, is the verb (not "40 cast members").
                if words == 0
                    && w == "cast"
                    && !(cx.is(k + 1, TokKind::Word)
                        && !is_stop(cx.word(k + 1), || cx.text(k + 1))
                        && !is_determiner(cx.word(k + 1)))
                {
                    return None;
                }
                // "with 56.4% voting yes", "31% saying they would": a verb of saying or
                // choosing in -ing right after the figure, before its answer or object,
                // says what the counted did, and names no thing (not "12% voting
                // intention", "40 supporting roles").
                if words == 0
                    && matches!(
                        w,
                        "voting"
                            | "saying"
                            | "backing"
                            | "supporting"
                            | "opposing"
                            | "favouring"
                            | "favoring"
                            | "choosing"
                            | "preferring"
                            | "answering"
                            | "agreeing"
                            | "disagreeing"
                            | "rejecting"
                    )
                    && (!cx.is(k + 1, TokKind::Word)
                        || matches!(
                            cx.word_bytes(k + 1),
                            b"yes" | b"no" | b"remain" | b"leave" | b"they" | b"it" | b"that"
                        )
                        || is_stop(cx.word(k + 1), || cx.text(k + 1)))
                {
                    return None;
                }
                // "450 mln Danish crowns nominal of bonds", "shares of 25 francs
                // nominal.": after a sum's currency and before no noun, "nominal" says
                // it is the face value, and names no thing (not "5% of nominal GDP",
                // "100-franc nominal shares", "20 dlrs nominal value").
                if words == 0
                    && w == "nominal"
                    && k > 0
                    && (super::unit::currency_word(cx.word(k - 1)).is_some()
                        || cx.word_is(k - 1, "stg"))
                    && !(cx.punct_is(k - 2, "-") && cx.glued(k - 2))
                    && !is_noun_start(cx, k + 1)
                {
                    return None;
                }
                // "leaving 10,300 open", "kept 40 empty": an adjective of state
                // right after the figure and before no noun says how the things counted
                // (or the sum: "$3.2 million due in July") are, and names none (not "12
                // open cases", "300 empty homes", nor a
                // market's "the day's 85.00 open", a noun after a determiner).
                if words == 0
                    && !after_determiner(cx, k)
                    && matches!(
                        w,
                        "open"
                            | "closed"
                            | "shut"
                            | "empty"
                            | "vacant"
                            | "unfilled"
                            | "unsold"
                            | "unused"
                            | "unoccupied"
                            | "idle"
                            | "due"
                            | "owed"
                            | "payable"
                            | "unpaid"
                            | "overdue"
                    )
                    && !is_noun_start(cx, k + 1)
                {
                    return None;
                }
                // "three consecutive days", "five working days": after a word of
                // succession or kind, a time word is the noun counted.
                if words == 1
                    && matches!(
                        last,
                        "consecutive"
                            | "successive"
                            | "straight"
                            | "working"
                            | "business"
                            | "school"
                            | "trading"
                            | "separate"
                            | "peak"
                            | "sick"
                            | "strike"
                            | "rest"
                    )
                    && matches!(w, "days" | "weeks" | "months" | "years" | "nights")
                {
                    return Some((j, k + 1));
                }
                // "The five warmest years", "the ten busiest days": after a superlative,
                // a time word is the noun counted, as it ranks them.
                if words == 1
                    && last.len() > 5
                    && last.ends_with("est")
                    && !matches!(
                        last,
                        "interest" | "harvest" | "forest" | "protest" | "request"
                    )
                    && matches!(
                        w,
                        "days"
                            | "weeks"
                            | "months"
                            | "years"
                            | "nights"
                            | "decades"
                            | "summers"
                            | "winters"
                            | "seasons"
                            | "quarters"
                    )
                {
                    return Some((j, k + 1));
                }
                // "11 straight starts", "four consecutive wins": after a word of
                // succession, a word that is also a verb in -s is the noun counted.
                if words == 1
                    && matches!(last, "consecutive" | "successive" | "straight")
                    && w.len() > 3
                    && w.ends_with('s')
                    && is_clause_verb(w)
                {
                    return Some((j, k + 1));
                }
                // "A-level entries", "a U-turn": a letter that opens a compound.
                let letter = w.len() == 1
                    && cx.text_bytes(k).iter().all(u8::is_ascii_uppercase)
                    && !(cx.glued(k) && cx.punct_is(k.wrapping_sub(1), "-"))
                    && cx.punct_is(k + 1, "-")
                    && cx.glued(k + 1)
                    && cx.glued(k + 2)
                    && cx.is(k + 2, TokKind::Word);
                // "four by-election defeats", "200 in-work claimants": a preposition
                // that opens a hyphenated compound is part of the noun.
                let compound = matches!(
                    w,
                    "by" | "in" | "on" | "off" | "out" | "over" | "under" | "after" | "up"
                ) && cx.punct_is(k + 1, "-")
                    && cx.glued(k + 1)
                    && cx.glued(k + 2)
                    && cx.is(k + 2, TokKind::Word);
                // "485,000 day-trippers", "200 night-shifts": a time word that opens a
                // hyphenated plural noun is part of it (not "rose 0.5% month-on-month").
                let timed = words == 0
                    && is_time_word(w, cx.text(k))
                    && cx.punct_is(k + 1, "-")
                    && cx.glued(k + 1)
                    && cx.glued(k + 2)
                    && cx.is(k + 2, TokKind::Word)
                    && !is_stop(cx.word(k + 2), || cx.text(k + 2))
                    && is_plural(cx.word(k + 2))
                    // "sold 2,850 day tickets", "1.2 million day trips": written apart,
                    // a day or week before a plural noun describes it when the figure
                    // is more of them than a year holds (not "20 day tranches", nor
                    // "three month rates").
                    || words == 0
                        && matches!(w, "day" | "week")
                        && more_than_a_year_of(cx, k, if w == "day" { 366.0 } else { 53.0 })
                        && !cx.capital(k)
                        && cx.is(k + 1, TokKind::Word)
                        && !cx.capital(k + 1)
                        && is_plural(cx.word(k + 1))
                        && !matches!(cx.word_bytes(k + 1), b"olds" | b"ago" | b"times")
                        && !is_stop(cx.word(k + 1), || cx.text(k + 1))
                        && !is_verbish(cx.word(k + 1))
                        && !is_clause_verb(cx.word(k + 1));
                // "a £750 one-off payment": a number word that opens a hyphenated
                // compound read as no figure.
                let one_off = w == "one"
                    && cx.punct_is(k + 1, "-")
                    && cx.glued(k + 1)
                    && matches!(cx.word_bytes(k + 2), b"off" | b"time")
                    && cx.glued(k + 2);
                // "5.1 million paid memberships", "5.7% of reported thefts": a participle
                // right before the plural noun that ends the phrase describes it.
                let described = words == 0
                    && matches!(w, "paid" | "reported" | "used")
                    && cx.is(k + 1, TokKind::Word)
                    && !cx.capital(k + 1)
                    && is_plural(cx.word(k + 1))
                    && !is_stop(cx.word(k + 1), || cx.text(k + 1))
                    && !is_verbish(cx.word(k + 1))
                    && (!cx.is(k + 2, TokKind::Word)
                        || is_stop(cx.word(k + 2), || cx.text(k + 2))
                        || is_clause_verb(cx.word(k + 2))
                        || k > 0 && cx.word_is(k - 1, "of"));
                if !letter
                    && !compound
                    && !timed
                    && !one_off
                    && !described
                    && !place_adjective(cx, k)
                    && (is_stop(w, || cx.text(k))
                        || number::small(w).is_some()
                        || number::word_scale(w).is_some())
                {
                    break;
                }
                // "to win the $250,000 tournament outright": an adverb after the noun
                // ends it ("outright purchases of seven mln stg" keeps it before one).
                if words > 0 && w == "outright" {
                    break;
                }
                // "more than 6 million live abroad", "2,000 work in the plant": a verb of
                // dwelling right after the figure, before a word of place, says what the
                // counted do, and names no thing ("6 million live broadcasts" keeps it).
                if words == 0
                    && matches!(w, "live" | "work" | "remain" | "stay" | "sleep" | "die")
                    && matches!(
                        cx.word_bytes(k + 1),
                        b"abroad"
                            | b"overseas"
                            | b"in"
                            | b"at"
                            | b"on"
                            | b"outside"
                            | b"inside"
                            | b"there"
                            | b"here"
                            | b"alone"
                            | b"rough"
                            | b"without"
                            | b"below"
                            | b"under"
                    )
                {
                    return None;
                }
                // "has spent $4.7 million clearing snow", "spends £12m repairing roads":
                // after an amount spent, a word in -ing before its object says what the
                // money did, and names no thing.
                if words == 0
                    && w.len() > 5
                    && w.ends_with("ing")
                    && cx.is(k + 1, TokKind::Word)
                    && !cx.capital(k + 1)
                    && !is_stop(cx.word(k + 1), || cx.text(k + 1))
                    && (k.saturating_sub(5)..k).rev().any(|t| {
                        matches!(
                            cx.word_bytes(t),
                            b"spent" | b"spend" | b"spends" | b"spending" | b"invested" | b"wasted"
                        )
                    })
                {
                    return None;
                }
                // "24.1 million pay by prepayment meter", "420 work part time": a verb
                // of paying or working right after the figure, before how it is done,
                // says what the counted do ("2,000 pay rises", "40 work permits" keep
                // their nouns).
                if words == 0
                    && (w == "pay"
                        && (matches!(
                            cx.word_bytes(k + 1),
                            b"by" | b"in" | b"with" | b"nothing" | b"more" | b"less" | b"extra"
                        )
                        // "Employers with a pay bill over £3m pay a levy": the verb
                        // before its object (not "£30,000 pay a year").
                        || matches!(cx.word_bytes(k + 1), b"a" | b"an" | b"the" | b"their" | b"its")
                            && !matches!(
                                cx.word_bytes(k + 2),
                                b"year" | b"month" | b"week" | b"day" | b"hour" | b"rise"
                            ))
                        || w == "work"
                            && matches!(
                                cx.word_bytes(k + 1),
                                b"part"
                                    | b"part-time"
                                    | b"full"
                                    | b"full-time"
                                    | b"nights"
                                    | b"shifts"
                                    | b"weekends"
                                    | b"from"
                                    | b"remotely"
                                    | b"flexibly"
                            ))
                {
                    return None;
                }
                // "three short of a majority", "three clear of the field": a margin,
                // not a thing.
                if words == 0 && matches!(w, "short" | "clear" | "ahead") && cx.word_is(k + 1, "of")
                {
                    return None;
                }
                // "1,300 staff face redundancy", "staff earn": a verb in the present
                // after the noun ends the phrase (but "400 face masks").
                let plural_noun_next = cx.is(k + 1, TokKind::Word)
                    && !cx.capital(k + 1)
                    && is_plural(cx.word(k + 1))
                    && !is_stop(cx.word(k + 1), || cx.text(k + 1));
                if words > 0 && is_present_verb(w) && !plural_noun_next {
                    break;
                }
                // "the nine-member court split 5-4", "the 12-man jury voted 10-2": a word
                // right before a score is its verb (not a name before a model, "DC
                // 10-30s", nor a noun before a fraction, "amount 14-3/8 pct").
                if words > 0
                    && !cx.capital(k)
                    && !cx.punct_is(k + 4, "/")
                    && cx.is(k + 1, TokKind::Num)
                    && cx.glued(k + 2)
                    && matches!(cx.punct(k + 2), "-" | "–")
                    && cx.glued(k + 3)
                    && cx.is(k + 3, TokKind::Num)
                {
                    break;
                }
                // "31 of the 598 given the higher dose": a participle with its object
                // says what was done to them, and names no thing.
                if words == 0
                    && is_irregular_participle(w)
                    && matches!(
                        cx.word_bytes(k + 1),
                        b"the" | b"a" | b"an" | b"its" | b"their" | b"his" | b"her"
                    )
                {
                    return None;
                }
                // "the 2,170 given in the same period", "$5m stolen from his account": a
                // participle with a phrase of place or time after it says what was done
                // with the figure, and names no thing. ("The £2bn spent on the system"
                // keeps the verb of spending, which the rules match with "have spent
                // over £2bn".)
                if words == 0
                    && (is_irregular_participle(w)
                        || matches!(w, "stolen" | "lost" | "won" | "held"))
                    && (!cx.is(k + 1, TokKind::Word)
                        || matches!(
                            cx.word_bytes(k + 1),
                            b"on"
                                | b"in"
                                | b"from"
                                | b"by"
                                | b"at"
                                | b"over"
                                | b"during"
                                | b"since"
                                | b"last"
                                | b"this"
                                | b"so"
                                | b"to"
                                | b"for"
                        ))
                {
                    return None;
                }
                // "leaving nine run by the council": "run" before "by" is the participle.
                if words == 0 && w == "run" && cx.word_is(k + 1, "by") {
                    return None;
                }
                // "£80m lower than expected", "repayments about £310 higher on a loan",
                // "diesel was 4p dearer": a comparison, not a thing.
                if words == 0
                    && matches!(
                        w,
                        "lower"
                            | "higher"
                            | "more"
                            | "less"
                            | "fewer"
                            | "bigger"
                            | "smaller"
                            | "better"
                            | "worse"
                            | "dearer"
                            | "cheaper"
                    )
                    && (cx.word_is(k + 1, "than")
                        || matches!(
                            w,
                            "lower" | "higher" | "dearer" | "cheaper" | "bigger" | "smaller"
                        ) && (!cx.is(k + 1, TokKind::Word)
                            || is_stop(cx.word(k + 1), || cx.text(k + 1))))
                {
                    return None;
                }
                // "one analyst Friday": a day or month is no part of the thing counted.
                if words > 0
                    && (number::month_bytes(cx.text_bytes(k)).is_some() || is_weekday(cx.text(k)))
                {
                    break;
                }
                // "100 million monthly active users": an adjective before a plural
                // noun is attributive, not said of the thing counted.
                // So is one before a noun and a plural noun ("147,430 full-time
                // equivalent police officers").
                let noun_at = |t: usize| {
                    cx.is(t, TokKind::Word)
                        && !cx.capital(t)
                        && !is_stop(cx.word(t), || cx.text(t))
                        && !is_verbish(cx.word(t))
                };
                let attributive = || {
                    noun_at(k + 1)
                        && (is_plural(cx.word(k + 1))
                            || noun_at(k + 2) && is_plural(cx.word(k + 2)))
                };
                // "the minimum daily requirement": an adjective in -ly of time or a
                // noun in -ly ("supply") stays in the phrase.
                // "70,860 full-time trained soldiers": a participle after a hyphenated
                // compound that opens the phrase, before the plural noun, describes the
                // noun as the compound does.
                let after_compound = words == 1
                    && k >= 3
                    && cx.punct_is(k - 2, "-")
                    && cx.glued(k - 2)
                    && cx.glued(k - 1)
                    && cx.is(k - 1, TokKind::Word)
                    && !is_plural(cx.word(k - 1));
                // (After only a word the key drops, "12 new trained nurses", the phrase
                // has yet to start.)
                if words > dropped
                    && ((w.len() > 4
                        && (w.ends_with("ly") && is_adverb(w)
                            || w.ends_with("ed")
                                && !is_noun_in_ed(w)
                                && !(after_compound && attributive())))
                        || is_adjective_after(w) && !attributive()
                        // "a 4.5% pay raise": after a noun of pay, "raise" is the noun
                        // of the rise.
                        || is_clause_verb(w)
                            && !(matches!(w, "raise" | "raises")
                                && matches!(last, "pay" | "salary" | "wage"))
                        // "2.3 tonnes of cocaine hidden in banana boxes" (but "combined
                        // written premiums").
                        || is_irregular_participle(w)
                            && (!cx.is(k + 1, TokKind::Word)
                                || is_stop(cx.word(k + 1), || cx.text(k + 1))))
                {
                    break;
                }
                // "the 15mg dose cut the risk of heart attack", "a 2% rise lifted its
                // costs": a verb of change after the noun, before the article of its
                // object ("a 5% pay cut this year" keeps its noun).
                if words > 0
                    && placement::change_verb(w).is_some()
                    && matches!(
                        cx.word_bytes(k + 1),
                        b"the" | b"its" | b"their" | b"his" | b"her" | b"our" | b"your"
                    )
                {
                    break;
                }
                // "The £4.2bn contract covers five frigates", "Its 6.3in display
                // refreshes at 120Hz": a verb in -s before a figure, after the noun.
                let figure_at = |t: usize| {
                    cx.is(t, TokKind::Num)
                        || number::small(cx.word(t)).is_some()
                        || super::unit::currency_symbol(cx.punct(t)).is_some()
                };
                let takes_figure = matches!(
                    w,
                    "covers"
                        | "includes"
                        | "employs"
                        | "contains"
                        | "serves"
                        | "carries"
                        | "funds"
                        | "provides"
                        | "creates"
                        | "replaces"
                        | "requires"
                        | "needs"
                        | "weighs"
                );
                // "The 832-page biography sells for $35": a verb of place or price in
                // -s after the noun, before its preposition.
                if words > 0 && verb_of_place_or_price(cx, k) {
                    break;
                }
                let runs_at = matches!(w, "refreshes" | "runs" | "peaks" | "tops" | "charges");
                // "A 60ft narrowboat costs £1,250", "a 1,000-litre tank now costs about
                // £710": "cost" before a sum, with or without a qualifier, is the verb
                // (but "£3m running costs").
                let costs = matches!(w, "cost" | "costs")
                    && (figure_at(k + 1)
                        || matches!(
                            cx.word_bytes(k + 1),
                            b"about" | b"around" | b"roughly" | b"nearly" | b"almost" | b"just"
                        ) && figure_at(k + 2));
                if words > 0
                    && (takes_figure && figure_at(k + 1)
                        || costs
                        || runs_at && cx.word_is(k + 1, "at") && figure_at(k + 2))
                {
                    break;
                }
                // "a £95m scheme running until 2030": a participle that opens a clause
                // (but "18 per cent affordable housing," ends on a noun in -ing).
                if words > 0
                    && w.len() > 5
                    && w.ends_with("ing")
                    && is_verbish(w)
                    && (!cx.is(k + 1, TokKind::Word) || is_stop(cx.word(k + 1), || cx.text(k + 1)))
                {
                    break;
                }
                // "25% of their pension tax-free": a compound adjective after the noun
                // ends it.
                if words > 0
                    && cx.punct_is(k + 1, "-")
                    && cx.glued(k + 1)
                    && cx.glued(k + 2)
                    && matches!(cx.word_bytes(k + 2), b"free")
                {
                    break;
                }
                // "almost 18,000 waiting more than a year": a participle and its
                // comparison open a clause, and name no thing.
                if words == 0
                    && w.len() > 5
                    && w.ends_with("ing")
                    && is_verbish(w)
                    && matches!(cx.word_bytes(k + 1), b"more" | b"longer" | b"less")
                {
                    return None;
                }
                // "10 commonly used drugs": an adverb and its participle describe.
                if words == 0
                    && w.ends_with("ly")
                    && is_adverb(w)
                    && !matches!(w, "early" | "elderly" | "only")
                {
                    k += 1;
                    if cx.word_bytes(k).ends_with(b"ed") {
                        k += 1;
                    }
                    return forward(cx, k, limit).map(|(_, e)| (k, e));
                }
                // "and 11 withdrew from the study", "a third qualify": a verb right after
                // the figure names no thing; only verbs in a form that cannot be a
                // participle ("the £2bn spent on the system" describes the amount).
                if words == 0
                    && matches!(
                        w,
                        "said"
                            | "say"
                            | "took"
                            | "saw"
                            | "became"
                            | "began"
                            | "gave"
                            | "withdrew"
                            | "qualify"
                            | "remain"
                            | "chose"
                            | "went"
                            | "came"
                            | "think"
                            | "believe"
                            | "agree"
                            | "oppose"
                            | "die"
                            | "want"
                            | "need"
                            | "feel"
                            | "expect"
                            | "receive"
                    )
                {
                    return None;
                }
                // "a main span of 1,991 metres hangs from two towers": a verb of place
                // or price right after the figure names no thing.
                if words == 0 && verb_of_place_or_price(cx, k) {
                    return None;
                }
                // "$35.1 billion beat the $33.2 billion expected", "beats forecasts":
                // the verb and what it beat, not "12 beats a bar".
                if words == 0
                    && matches!(w, "beat" | "beats")
                    && (matches!(
                        cx.word_bytes(k + 1),
                        b"the"
                            | b"its"
                            | b"their"
                            | b"expectations"
                            | b"forecasts"
                            | b"estimates"
                            | b"consensus"
                            | b"analysts"
                    ) || cx.is(k + 1, TokKind::Num)
                        || super::unit::currency_symbol(cx.punct(k + 1)).is_some())
                {
                    return None;
                }
                // "81,236 watched England": a verb, not an adjective, before a name.
                // So before a comparative or an adverb of time that ends the clause:
                // "and 3,904 waited longer", "120 replied late" (not "30 skilled older
                // workers"); so after a word the key drops ("30,000 extra refined in").
                if words == dropped
                    && w.len() > 4
                    && w.ends_with("ed")
                    && (cx.capital(k + 1)
                        || !cx.is(k + 1, TokKind::Word)
                        || is_stop(cx.word(k + 1), || cx.text(k + 1))
                        || !is_noun_in_ed(w)
                            && (is_comparative(cx.word(k + 1))
                                || matches!(cx.word_bytes(k + 1), b"late" | b"early"))
                            && (!cx.is(k + 2, TokKind::Word)
                                || is_stop(cx.word(k + 2), || cx.text(k + 2))))
                {
                    return None;
                }
                // "U.K.": the letters after a dot are one word with the first.
                if !(k > j && cx.glued(k) && cx.punct_is(k - 1, ".")) {
                    words += 1;
                }
                // "38 new electric vehicle charging points": a word the key drops that
                // opens the phrase leaves room for four more.
                if words == dropped + 1
                    && matches!(w, "new" | "additional" | "extra")
                    && !cx.capital(k)
                {
                    dropped += 1;
                }
                k += 1;
                end = Some(k);
                last = w;
                // "1,603 measles cases", "sports fans": a noun in -s before another
                // plural noun describes it; the head is the last one.
                let next = cx.word(k);
                let modifier_of_next = words < 4 + dropped
                    && k < limit
                    && cx.is(k, TokKind::Word)
                    && !cx.capital(k)
                    && (is_plural(next)
                        || matches!(next, "staff" | "personnel" | "workforce" | "crew")
                        // "a half-cent sales tax", "an arms deal", "an eight-court
                        // sports hall": nouns only ever in -s that stand before the noun
                        // they describe.
                        || attributive_in_s(w))
                    && !is_stop(next, || cx.text(k))
                    && !is_verbish(next)
                    && !is_clause_verb(next)
                    && !is_present_verb(next)
                    // "2 million savings accounts": an account after a noun only ever in
                    // -s is a noun, not the verb of "accounts for".
                    || words < 4 + dropped && attributive_account(cx, k - 1, k);
                if is_plural_written(w, || cx.text(k - 1))
                    && !(words == 1 && is_modifier(w))
                    && !modifier_of_next
                {
                    break;
                }
                if words >= 4 + dropped {
                    break;
                }
            }
            Some(TokKind::Punct) => {
                let p = cx.punct(k);
                let inner =
                    cx.glued(k) && cx.glued(k + 1) && cx.is(k + 1, TokKind::Word) && words > 0;
                if (p == "-" || p == "&") && inner {
                    // "like-for-like": the word after a hyphen belongs to the compound.
                    k += 2;
                    end = Some(k);
                } else if p == "." && cx.glued(k) && last.len() == 1 && words > 0 {
                    // "U.S."
                    k += 1;
                    end = Some(k);
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    let end = end?;
    // A lone participle is a verb: "1,000 arrested", "three abstaining" (but "£3m in
    // funding" is a noun).
    if words == 1
        && last.len() > 3
        && (last.ends_with("ed") || last.ends_with("ing") && (is_verbish(last) || last.len() <= 5))
    {
        return None;
    }
    Some((j, end))
}

/// Whether the figure that ends right before `k` is larger than `most`: a number in
/// digits above it, or one with a word of scale ("1.2 million").
fn more_than_a_year_of(cx: &Cx<'_>, k: usize, most: f64) -> bool {
    k > 0
        && (number::word_scale(cx.word(k - 1)).is_some()
            || cx.is(k - 1, TokKind::Num)
                && cx
                    .text(k - 1)
                    .replace(',', "")
                    .parse::<f64>()
                    .is_ok_and(|v| v > most))
}

/// Whether a bare count is a player's tally: "Root made 262", "Joe Root scored 31 as":
/// a name of one to three capitalised words opens the clause and a verb of scoring
/// follows it; the count is of runs or points, not of the player.
fn player_tally(cx: &Cx<'_>, d: &Draft) -> bool {
    if d.kind != FigureKind::Count || d.unit.is_some() || d.a < 2 || d.core != d.a {
        return false;
    }
    if !matches!(cx.word_bytes(d.a - 1), b"made" | b"scored" | b"compiled") {
        return false;
    }
    let mut s = d.a - 1;
    while s > 0 && d.a - 1 - s < 3 && cx.capital(s - 1) {
        s -= 1;
    }
    s < d.a - 1
        && (s == 0
            || !cx.is(s - 1, TokKind::Word)
            || matches!(
                cx.word_bytes(s - 1),
                b"as" | b"and" | b"while" | b"but" | b"when" | b"after"
            ))
}

/// The draft that ends at token `k`, if any.
fn draft_ending<'d>(cx: &Cx<'_>, drafts: &'d [Draft], idx: usize, k: usize) -> Option<&'d Draft> {
    super::reader::ending_at(&drafts[..idx], cx.ordered, k)
}

/// A noun phrase before the figure: the subject of a linking or change verb ("arrests
/// rose to 1,000"), the object of a verb with a preposition ("raise council tax by
/// 4.99%"), or a phrase joined by "of" or "at" ("a budget of $3m").
fn backward(cx: &Cx<'_>, drafts: &[Draft], idx: usize, mode: Mode) -> Option<(usize, usize)> {
    let d = &drafts[idx];
    backward_phrase(cx, drafts, idx, mode)
        .map(|np| without_leading_verb(cx, np))
        .map(|np| without_trailing_adverb(cx, np))
        .filter(|&np| !in_compound_preposition(cx, np))
        // "the government expects it to reach about 1.2 mln bpd": the figure is said of
        // what the pronoun stands for, not of the one who expects it.
        .filter(|&(_, e)| {
            !(e..d.a).any(|t| {
                matches!(cx.word_bytes(t), b"it" | b"them")
                    && cx.word_is(t + 1, "to")
                    && t + 2 < d.a
                    && cx.is(t + 2, TokKind::Word)
            })
        })
}

/// A noun that is part of a compound preposition, not a thing: "on top of £210m", "in
/// excess of £5m", "in lieu of", "in front of 73,500", "on behalf of 4,000".
fn in_compound_preposition(cx: &Cx<'_>, (s, e): (usize, usize)) -> bool {
    e == s + 1
        && s > 0
        && cx.word_is(e, "of")
        && matches!(
            (cx.word_bytes(s - 1), cx.word_bytes(s)),
            (b"on", b"top" | b"behalf")
                | (
                    b"in",
                    b"excess" | b"lieu" | b"respect" | b"spite" | b"front"
                )
        )
}

/// A noun phrase less a sentence adverb after it: "Men therefore made up about 83%"
/// names the men.
fn without_trailing_adverb(cx: &Cx<'_>, (s, e): (usize, usize)) -> (usize, usize) {
    if e >= s + 2
        && matches!(
            cx.word_bytes(e - 1),
            b"therefore" | b"thus" | b"however" | b"also" | b"meanwhile" | b"alone"
        )
    {
        (s, e - 1)
    } else {
        (s, e)
    }
}

/// Whether the word at `k`, in -ed, is a verb in the past after its subject: "The ship
/// carried goods", "she inherited assets", not "the imported goods", "of exported
/// goods", "handled imported goods" or "newly issued shares", where it describes the
/// noun.
fn past_verb_after_its_subject(cx: &Cx<'_>, k: usize) -> bool {
    let w = cx.word(k);
    let prev = cx.word(k - 1);
    w.len() > 4
        && w.ends_with("ed")
        && prev.len() > 1
        && !prev.ends_with("ly")
        && !prev.ends_with("ed")
        // "Britain's exported goods".
        && !(prev == "s" && k >= 2 && matches!(cx.punct(k - 2), "'" | "’"))
        && (matches!(
            prev,
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "which" | "that"
        ) || !is_stop(prev, || cx.text(k - 1))
            && !prev.ends_with("able")
            && !prev.ends_with("ible")
            // The subject is a name or a noun after its article or a name: "Kuwait
            // exported goods", "the ship carried goods", "the US government seized
            // goods" ("exchangeable preferred stock" is one noun).
            && (cx.capital(k - 1)
                || k >= 2 && cx.capital(k - 2)
                || k >= 2
                    && matches!(
                        cx.word_bytes(k - 2),
                        b"the" | b"a" | b"an" | b"its" | b"their" | b"his" | b"her" | b"our"
                    )))
}

/// A noun phrase found backwards, less a verb it starts with: "ended up recording
/// special charges of $2.1bn" names the special charges, and "it faces damages claims
/// totalling $420,000" the damages claims. The verb is known by what comes before it:
/// a particle or auxiliary before an "-ing" form, a pronoun before an "-s" form; the
/// phrase keeps at least two words.
fn without_leading_verb(cx: &Cx<'_>, (s, e): (usize, usize)) -> (usize, usize) {
    let words = (s..e).filter(|&t| cx.is(t, TokKind::Word)).count();
    // "Pay rose 5.6%, outpacing inflation of 2.1%": after a comma, a participle that
    // takes an object opens a clause of its own, and the phrase is its object; so it
    // does after "each" ("40 ships, each carrying goods worth up to $300 million").
    if words >= 2
        && s > 0
        && (cx.punct_is(s - 1, ",") || cx.word_is(s - 1, "each"))
        && matches!(
            cx.word_bytes(s),
            b"outpacing"
                | b"outstripping"
                | b"outperforming"
                | b"beating"
                | b"exceeding"
                | b"surpassing"
                | b"overtaking"
                | b"eclipsing"
                | b"matching"
                | b"trailing"
                | b"showing"
                | b"bringing"
                | b"taking"
                | b"pushing"
                | b"putting"
                | b"leaving"
                | b"giving"
                | b"lifting"
                | b"dragging"
                | b"forcing"
                | b"prompting"
                | b"triggering"
                | b"causing"
                | b"sparking"
                | b"carrying"
                // "a surplus of £7.4bn, allowing contributions to fall from 31.4%".
                | b"allowing"
                | b"enabling"
                | b"letting"
                | b"sending"
                | b"driving"
        )
    {
        return (s + 1, e);
    }
    // "owing debts of £3.7bn", "plans to sell assets worth £500m": a verb of owing or
    // trading before its object is no part of it; "sell" and "buy" only after "to" or a
    // modal (not "when sell stops were triggered", "a buy order").
    if words >= 2
        && cx.is(s + 1, TokKind::Word)
        && (matches!(cx.word_bytes(s), b"owing" | b"owe" | b"owes" | b"sells")
            || matches!(cx.word_bytes(s), b"sell" | b"buy")
                && s > 0
                && matches!(
                    cx.word_bytes(s - 1),
                    b"to"
                        | b"will"
                        | b"would"
                        | b"could"
                        | b"can"
                        | b"may"
                        | b"might"
                        | b"must"
                        | b"should"
                        | b"not"
                ))
    {
        return (s + 1, e);
    }
    if words < 3 || s == 0 || !cx.is(s, TokKind::Word) || !cx.is(s - 1, TokKind::Word) {
        return (s, e);
    }
    let (w, before) = (cx.word(s), cx.word_bytes(s - 1));
    let gerund = w.len() > 5
        && w.ends_with("ing")
        && matches!(
            before,
            b"up" | b"been" | b"is" | b"are" | b"was" | b"were" | b"be" | b"started" | b"began"
        );
    let verb = w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && matches!(before, b"it" | b"he" | b"she" | b"which" | b"who");
    if gerund || verb { (s + 1, e) } else { (s, e) }
}

fn backward_phrase(
    cx: &Cx<'_>,
    drafts: &[Draft],
    idx: usize,
    mode: Mode,
) -> Option<(usize, usize)> {
    let d = &drafts[idx];
    // An apposition: "The fine, ¥500,000, is the maximum".
    if mode == Mode::Any && d.a >= 2 && cx.punct_is(d.a - 1, ",") && cx.punct_is(d.b, ",") {
        // "sold the tower for 1.38 billion H.K. dlrs, about 177 mln U.S. dlrs, to": an
        // amount told again in another money is of what the first is of.
        if d.kind == FigureKind::Money
            && let Some(j) = drafts[..idx].iter().rposition(|p| p.b + 1 == d.a)
            && drafts[j].kind == FigureKind::Money
        {
            return find(cx, drafts, j);
        }
        return clause_head(cx, drafts, idx, d.a - 1);
    }
    if player_tally(cx, d) {
        return None;
    }
    // "The price cap will fall by 7%, or £122,", "Sales rose £122m, or 7%": a change
    // told again after "or" in another measure (a percentage beside a sum, a count or
    // points) is said of what changed.
    if mode == Mode::Any
        && d.a >= 3
        && cx.word_is(d.a - 1, "or")
        && cx.punct_is(d.a - 2, ",")
        && let Some(j) = drafts[..idx].iter().rposition(|p| p.b == d.a - 2)
        && drafts[j].kind.is_quantity()
        // Not a level it went up from or to: "up from 347 mln baht, or 5.8 pct".
        && !(drafts[j].a > 0
            && matches!(cx.word_bytes(drafts[j].a - 1), b"from" | b"to" | b"at" | b"of"))
        && (drafts[j].kind == FigureKind::Percent) != (d.kind == FigureKind::Percent)
        && placement::direction(cx, drafts, j).is_some()
    {
        return find(cx, drafts, j);
    }
    // "raised its prime rate a quarter point": the object of the verb of change.
    if mode == Mode::Any
        && let Some((np, _)) = object_before_bare_size(cx, drafts, idx)
    {
        return Some(np);
    }
    // "Employers with a pay bill over £3m", "firms with a turnover above £85,000": a sum
    // or share bounded right after a plain noun phrase after "a" or "an" is the noun's.
    if mode == Mode::Any
        && matches!(d.kind, FigureKind::Money | FigureKind::Percent)
        && d.a >= 2
        && matches!(
            cx.word_bytes(d.a),
            b"over" | b"above" | b"below" | b"under" | b"exceeding"
        )
        && let Some((s, e)) = np_back(cx, drafts, idx, d.a)
        && e == d.a
        && s >= 1
        && matches!(cx.word_bytes(s - 1), b"a" | b"an")
        // Not "the fifth year in a row above $100bn".
        && !(s >= 2 && matches!(cx.word_bytes(s - 2), b"in" | b"at"))
        && (s..e).all(|t| plain_object_token(cx, t))
        // "slipped to a record low below 145 yen": a low or a high names nothing.
        && !matches!(
            cx.word_bytes(e - 1),
            b"low" | b"high" | b"lows" | b"highs" | b"peak" | b"record"
        )
    {
        return Some((s, e));
    }
    let mut k = d.a;
    // "rose an annualised 7.4 pct", "climbed a modest 0.2%": epithets after an article.
    if let Some(a) = placement::article_before_epithets(cx, k) {
        k = a;
    }
    // Fillers between a verb and its figure: "hit a record $315tn".
    let mut fillers = 0;
    while fillers < 3
        && k > 0
        && draft_ending(cx, drafts, idx, k).is_none()
        && matches!(
            cx.word_bytes(k - 1),
            b"a" | b"an"
                | b"record"
                | b"new"
                | b"fresh"
                | b"british"
                | b"whopping"
                | b"mere"
                | b"staggering"
        )
    {
        k -= 1;
        fillers += 1;
    }
    // Prepositions, adverbs and earlier figures: "rose 5% to", "fell from 40 to", "by
    // an average of just".
    let mut prep = "";
    let mut skipped_figure = false;
    for _ in 0..10 {
        if k == 0 {
            break;
        }
        if let Some(p) = draft_ending(cx, drafts, idx, k) {
            // "fell by 42,000 in September to 2.8 million": the month or year of the
            // change, between the change and the level it reached, is passed over.
            if prep == "to"
                && matches!(p.kind, FigureKind::Date | FigureKind::Year)
                && p.a >= 2
                && cx.word_is(p.a - 1, "in")
                && draft_ending(cx, drafts, idx, p.a - 1).is_some_and(|q| q.kind.is_quantity())
            {
                k = p.a - 1;
                continue;
            }
            if p.kind.is_quantity() || p.kind == FigureKind::Year {
                // "cut its forecast for 2025 by 0.5 points": a year naming the period
                // leaves the verb's object in reach.
                skipped_figure |= p.kind.is_quantity() || prep != "by";
                k = p.a;
                continue;
            }
            break;
        }
        // "fell by 42,000 in September to 2.8 million": so is a month's bare name, and
        // "fell 17% last year to 64": so is the period the change ran over.
        if prep == "to"
            && k >= 3
            && ((cx.is(k - 1, TokKind::Word)
                && cx.capital(k - 1)
                && number::month_bytes(cx.text_bytes(k - 1)).is_some()
                && cx.word_is(k - 2, "in"))
                || (matches!(
                    cx.word_bytes(k - 1),
                    b"year" | b"month" | b"week" | b"quarter" | b"season"
                ) && matches!(cx.word_bytes(k - 2), b"last" | b"this" | b"past")))
            && draft_ending(cx, drafts, idx, k - 2).is_some_and(|q| q.kind.is_quantity())
        {
            k -= 2;
            continue;
        }
        // "rose from the previous £1,568 to £1,717", "from last year's $310": the time
        // that names the old level, back to its "from".
        if let Some(from) = placement::prior_level_from(cx, k) {
            k = from + 1;
            continue;
        }
        let w = cx.word(k - 1);
        // "fell by an average of 8mmHg", "rose to an average of £1,200": the average is
        // said of what changed, and names nothing itself ("a total of" is kept: the
        // rules read a total as what it is).
        if w == "of"
            && k >= 3
            && matches!(cx.word_bytes(k - 2), b"average" | b"median" | b"mean")
            && matches!(cx.word_bytes(k - 3), b"a" | b"an" | b"the")
            && k >= 4
            && (matches!(cx.word_bytes(k - 4), b"to" | b"by" | b"at")
                // "The fund has returned an average of 7% a year".
                || cx.word(k - 4).ends_with("ed") && cx.word(k - 4).len() > 4)
        {
            k -= 3;
            continue;
        }
        // "fell to a record low of 1.05 dollars", "rose to a 34-year high of 160": the
        // high or low is said of what reached it, and names nothing itself.
        if w == "of"
            && let Some(a) = extreme_before_of(cx, drafts, idx, k - 1)
        {
            k = a;
            continue;
        }
        // "Inflation came in closer to 8.3%", "was nearer to 40%": the comparative
        // after the verb says how near, back to the verb.
        if prep == "to" && matches!(w, "closer" | "nearer") && k + 1 == d.a {
            k -= 1;
            if k >= 2
                && cx.word_is(k - 1, "in")
                && matches!(
                    cx.word_bytes(k - 2),
                    b"came" | b"come" | b"comes" | b"coming"
                )
            {
                k -= 1;
            }
            continue;
        }
        // "Earnings per share came in at 92 cents": "in" belongs to the verb.
        if w == "in"
            && prep == "at"
            && k >= 2
            && matches!(
                cx.word_bytes(k - 2),
                b"came" | b"come" | b"comes" | b"coming"
            )
        {
            k -= 1;
            continue;
        }
        if matches!(
            w,
            "to" | "by" | "from" | "at" | "of" | "around" | "about" | "near" | "than" | "for"
        ) {
            if prep.is_empty() {
                prep = w;
            }
            k -= 1;
            continue;
        }
        // "fell back to $1.25", "bounced back to 300p": the particle belongs to the verb.
        if w == "back" && prep == "to" {
            k -= 1;
            continue;
        }
        // "The index ended Friday at 20,512", "closed on Monday at 8,140": the day of
        // the level, between its verb and the level.
        if !prep.is_empty() && is_weekday(cx.text(k - 1)) {
            k -= 1;
            if k > 0 && cx.word_is(k - 1, "on") {
                k -= 1;
            }
            continue;
        }
        // "The dollar ended the week at 145.20 yen", "closed the session at 8,140": the
        // spell the level closed, between a verb of closing and the level.
        if prep == "at"
            && k >= 3
            && matches!(cx.word_bytes(k - 1), b"week" | b"day" | b"session")
            && cx.word_is(k - 2, "the")
            && matches!(
                cx.word_bytes(k - 3),
                b"ended" | b"closed" | b"finished" | b"ends" | b"closes" | b"finishes"
            )
        {
            k -= 2;
            continue;
        }
        // "closed 0.8% higher at 9,712": the comparative after the change, back to it.
        if matches!(w, "higher" | "lower" | "better" | "worse")
            && draft_ending(cx, drafts, idx, k - 1).is_some_and(|p| p.kind.is_quantity())
        {
            k -= 1;
            continue;
        }
        // "at a cost so far of $1.4bn", "a bill to date of £3m": a phrase of time
        // between a noun and its "of" is passed over to the noun.
        if prep == "of"
            && k >= 3
            && (w == "far" && matches!(cx.word_bytes(k - 2), b"so" | b"thus")
                || w == "date" && cx.word_is(k - 2, "to"))
        {
            k -= 2;
            continue;
        }
        if is_adverb(w) {
            k -= 1;
            continue;
        }
        // "Robberies were nearly flat at 612", "Profits remained stable at 1,200": a
        // state after its verb, back over it to what is in that state.
        // So is a judgement of it: "the segment was just as positive at $6.37 billion".
        if prep == "at"
            && matches!(
                w,
                "flat"
                    | "steady"
                    | "stable"
                    | "constant"
                    | "firm"
                    | "frozen"
                    | "positive"
                    | "negative"
            )
            && {
                let mut v = k - 1;
                while v > 0
                    && cx.is(v - 1, TokKind::Word)
                    && (is_adverb(cx.word(v - 1))
                        || matches!(cx.word_bytes(v - 1), b"as" | b"so" | b"equally")
                            && !cx.word_is(v, "as"))
                {
                    v -= 1;
                }
                v > 0
                    && matches!(
                        cx.word_bytes(v - 1),
                        b"were"
                            | b"was"
                            | b"is"
                            | b"are"
                            | b"been"
                            | b"be"
                            | b"remained"
                            | b"remain"
                            | b"remains"
                            | b"stayed"
                            | b"stay"
                            | b"stays"
                            | b"held"
                            | b"hold"
                            | b"holds"
                            | b"stood"
                    )
            }
        {
            k -= 1;
            continue;
        }
        // "just as positive at": the "as" of the comparison, back to its adverb.
        if prep == "at"
            && matches!(w, "as" | "so")
            && matches!(
                cx.word_bytes(k),
                b"positive" | b"negative" | b"flat" | b"steady" | b"stable"
            )
        {
            k -= 1;
            continue;
        }
        // "has fallen for a second year, to $43bn": back over the comma to the verb.
        if cx.punct_is(k - 1, ",") && !prep.is_empty() {
            let lo = k.saturating_sub(9);
            let mut q = k - 1;
            let mut found = None;
            while q > lo {
                q -= 1;
                if cx.is(q, TokKind::Punct) {
                    break;
                }
                // "Food inflation slowed for a ninth month in a row, to 5.1%": a verb of
                // pace takes a level after the comma too.
                if placement::change_verb(cx.word(q)).is_some()
                    || matches!(
                        cx.word_bytes(q),
                        b"slowed" | b"slowing" | b"accelerated" | b"accelerating" | b"quickened"
                    )
                {
                    found = Some(q);
                    break;
                }
            }
            if let Some(q) = found {
                // "cut the olive harvest in Spain by half, to about 660,000 tonnes": the
                // level reached is the object's, when the verb takes one and its size
                // follows after "by".
                if mode == Mode::Any
                    && matches!(prep, "to" | "from")
                    && placement::object_change_verb(cx.word(q)).is_some()
                    && let Some(np) = object_before_by(cx, q, k - 1)
                {
                    return Some(np);
                }
                k = q + 1;
            }
        }
        break;
    }
    // "cut its global growth forecast for 2025 by 0.5 points", "cut costs by $3.5bn":
    // the object of a verb of change, when a noun phrase stands between the verb and
    // "by" (a change verb right before "by" is the clause's own verb). A duration
    // changed so is the object's too: "cut waiting times by six weeks".
    if matches!(mode, Mode::Any | Mode::Change) && prep == "by" && !skipped_figure {
        let mut q = k;
        while q > k.saturating_sub(11)
            && (cx.is(q - 1, TokKind::Word) || is_inner_hyphen(cx, q - 1))
            && draft_ending(cx, drafts, idx, q).is_none()
        {
            q -= 1;
            let w = cx.word(q);
            let pace = |word: &str| matches!(word, "slowed" | "slows" | "slowing");
            let verb = |word: &str| {
                placement::change_verb(word).is_some()
                    || placement::by_verb(word).is_some()
                    || pace(word)
            };
            // "the drug slowed cognitive decline by 27%": a word of change right
            // before "by", after a word that describes it and a verb before that, is
            // the noun of the object.
            if verb(w)
                && q + 1 == k
                && q >= 3
                && cx.is(q - 1, TokKind::Word)
                && !is_stop(cx.word(q - 1), || cx.text(q - 1))
                && !is_clause_verb(cx.word(q - 1))
                && !verb(cx.word(q - 1))
                && !cx.word(q - 1).ends_with("ing")
                // A verb, not a plural noun of change ("with declines leading
                // advances by 328 to 23").
                && (q - 3..q - 1).any(|t| {
                    let word = cx.word(t);
                    verb(word) && (!word.ends_with('s') || pace(word))
                })
            {
                continue;
            }
            if verb(w) {
                let noun_use = q > 0 && matches!(cx.word_bytes(q - 1), b"a" | b"an" | b"the");
                let head = skip_possessor(cx, skip_determiners(cx, q + 1));
                // "cut the olive harvest in Spain by half": a place after the object.
                // "cut funding for state universities by": a phrase of purpose after
                // the object, in lower-case words.
                let end = (head + 1..k)
                    .find(|&t| {
                        matches!(cx.word_bytes(t), b"in" | b"across" | b"at")
                            && t + 1 < k
                            && (t + 1..k).all(|p| cx.capital(p))
                            || is_purpose_phrase(cx, t, k)
                            // "cut malaria cases in young children by 45%", "cut deaths
                            // among older patients by": the group the object is
                            // counted in, in plain words.
                            || matches!(cx.word_bytes(t), b"in" | b"among" | b"across")
                                && t + 1 < k
                                && k - t <= 5
                                && (t + 1..k).all(|p| {
                                    cx.is(p, TokKind::Word)
                                        && !is_verbish(cx.word(p))
                                        && !is_clause_verb(cx.word(p))
                                        && !super::reader::is_function_word(cx.word(p))
                                })
                            // "raised its posted price for Kuwait blend crude by": the
                            // goods a price is for, names among them; "cut the mackerel
                            // quota for the north-east Atlantic by": the place it is for,
                            // after "the".
                            || cx.word_is(t, "for")
                                && t + 1 < k
                                && k - t <= 6
                                && (t + 1..k).any(|p| cx.capital(p))
                                && (t + 1..k).all(|p| {
                                    p == t + 1 && cx.word_is(p, "the")
                                        || is_inner_hyphen(cx, p)
                                        || cx.is(p, TokKind::Word)
                                            && !is_verbish(cx.word(p))
                                            && !is_clause_verb(cx.word(p))
                                            && !is_determiner(cx.word(p))
                                            && !super::reader::is_function_word(cx.word(p))
                                })
                    })
                    .unwrap_or(k);
                // Only a plain noun phrase: "fell short of forecasts by" is no object,
                // and "the risk of death by" is read below.
                // "raised its full-year profit guidance by": a hyphen inside a
                // compound joins two words of the phrase.
                if head < end
                    && (head..end).filter(|&t| !is_inner_hyphen(cx, t)).count() <= 4
                    && !noun_use
                    && (head..end).all(|t| {
                        is_inner_hyphen(cx, t)
                            || is_noun_start(cx, t) && !super::reader::is_function_word(cx.word(t))
                            // "cut waiting times by six weeks".
                            || noun_times(cx, t)
                            // "its full-year dividend by".
                            || is_inner_hyphen(cx, t - 1) && is_time_word(cx.word(t), cx.text(t))
                    })
                {
                    return Some((head, end));
                }
                break;
            }
            if matches!(
                w,
                "is" | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "can"
                    | "said"
                    | "says"
                    | "which"
                    | "that"
                    | "who"
            ) {
                break;
            }
        }
    }
    // "pushed temperatures to 46.2C", "cut the prize fund rate to 3.6%": the object of
    // a verb that moves it is what reached the level.
    if mode == Mode::Any
        && prep == "to"
        && !skipped_figure
        && (cx.word_is(k, "to")
            || matches!(cx.word_bytes(k), b"up" | b"down" | b"back") && cx.word_is(k + 1, "to"))
        && let Some(np) = object_moved_to(cx, drafts, idx, k)
    {
        return Some(np);
    }
    // "cut hospital admissions among people aged 75 and over by 62%": the object of a
    // verb of change, with figures inside it, up to the preposition after its head.
    if mode == Mode::Any
        && prep == "by"
        && skipped_figure
        && d.a > 0
        && cx.word_is(d.a - 1, "by")
        && let Some((v, _)) = placement::verb_across_figures(cx, drafts, idx, d.a - 1)
    {
        let head = skip_possessor(cx, skip_determiners(cx, v + 1));
        if let Some(np) = head_from(cx, drafts, idx, head, d.a - 1)
            .filter(|&(_, e)| super::reader::starting_at(&drafts[..idx], cx.ordered, e).is_none())
        {
            return Some(np);
        }
    }
    // The verb group: "has risen", "was expected to reach", "is capped at".
    let verb_end = k;
    let self_verb =
        d.kind == FigureKind::Multiplier && number::multiplier_verb(cx.word(d.core)).is_some();
    let mut linked = self_verb;
    let mut strong = self_verb;
    let mut changed = self_verb;
    let mut passive = false;
    let mut added = false;
    let mut taken = false;
    while k > 0 {
        let w = cx.word(k - 1);
        // "a 2C rise", "the fall": a change word after an article or a figure is a noun.
        // "a storm surge of up to 15ft": a change word right before "of" and its
        // figure is a noun too.
        let noun_use = k >= 2
            && (matches!(
                cx.word_bytes(k - 2),
                b"a" | b"an" | b"the" | b"its" | b"their" | b"his" | b"her" | b"our"
            ) || draft_ending(cx, drafts, idx, k - 1).is_some_and(|p| p.kind.is_quantity()))
            // "The project's cost rose from £600m": after a possessive, as after "its".
            || k >= 3 && possessive_s(cx, k - 3)
            || k == verb_end && prep == "of"
            // "the capital gains exemption halved": gains after "capital" are a noun.
            || w == "gains" && k >= 2 && cx.word_is(k - 2, "capital")
            // "taking the annual cost to £486": after an article and an adjective of
            // period or scope, a verb's form is a noun too.
            || k >= 3
                && matches!(cx.word_bytes(k - 3), b"a" | b"an" | b"the" | b"its" | b"their")
                && is_adjective_of_period(cx.word(k - 2));
        // "New Dutch advances total four billion": a change word in -s right before the
        // verb already taken is its subject noun.
        // "The Dow Jones average rose", "the production cost has risen": so is a verb of
        // level that is also a noun, in its bare form, right before the finite verb.
        let noun_before_verb = linked
            && k < verb_end
            && (w.len() > 3 && w.ends_with('s') || is_level_noun(w) && is_clause_verb(cx.word(k)));
        // "announced a profit rise to 35 billion", "its price cut to 4.99": a change word
        // in its base form after a singular noun after an article is a noun, and what
        // changed is the noun before it.
        if k == verb_end
            && k >= 3
            && matches!(
                w,
                "rise"
                    | "fall"
                    | "increase"
                    | "decrease"
                    | "drop"
                    | "decline"
                    | "jump"
                    | "cut"
                    | "gain"
                    | "climb"
                    | "hike"
                    | "slump"
                    | "surge"
                    | "dip"
                    | "boost"
                    | "slide"
                    | "plunge"
            )
            && matches!(
                cx.word_bytes(k - 3),
                b"a" | b"an" | b"the" | b"its" | b"their" | b"his" | b"her" | b"our"
            )
            && prep == "to"
            && cx.is(k - 2, TokKind::Word)
            && !cx.word(k - 2).ends_with('s')
            && !is_size_adjective(cx.word(k - 2))
            && !is_stop(cx.word(k - 2), || cx.text(k - 2))
            && !is_verbish(cx.word(k - 2))
            && !is_modifier(cx.word(k - 2))
            // "Tolls on the bridge rise to £3.10", "Fares on the route fall to £2": after
            // a plural noun that opens its clause and a preposition of place, the
            // change word is the clause's verb.
            && !(k >= 5
                && matches!(
                    cx.word_bytes(k - 4),
                    b"on" | b"at" | b"across" | b"over" | b"along" | b"through" | b"from"
                )
                && cx.word_bytes(k - 5).ends_with(b"s")
                && !is_stop(cx.word(k - 5), || cx.text(k - 5))
                && (k == 5
                    || !cx.is(k - 6, TokKind::Word)
                    || matches!(cx.word_bytes(k - 6), b"the" | b"its" | b"their")
                        && (k == 6 || !cx.is(k - 7, TokKind::Word))))
        {
            return Some((k - 2, k - 1));
        }
        // "left the quarterly dividend unchanged at 37 cts": the noun held, not the
        // clause's subject.
        if k == verb_end
            && k >= 2
            && matches!(w, "unchanged" | "steady" | "flat" | "constant" | "stable")
            && let Some((ns, ne)) = np_back(cx, drafts, idx, k - 1)
            && ne == k - 1
            && {
                let v = skip_determiners_back(cx, ns);
                v > 0
                    && matches!(
                        cx.word_bytes(v - 1),
                        b"left"
                            | b"leave"
                            | b"leaves"
                            | b"leaving"
                            | b"kept"
                            | b"keep"
                            | b"keeps"
                            | b"keeping"
                            | b"held"
                            | b"hold"
                            | b"holds"
                            | b"holding"
                            | b"maintained"
                            | b"with"
                    )
            }
        {
            return Some((ns, ne));
        }
        // "unemployment edges up to 4.1%": a verb of small moves before "up" or "down".
        // "shooting up 4.57 points": so is "shoot" before "up".
        let moves = matches!(cx.word(k), "up" | "down") && placement::is_move_verb(w)
            || cx.word_is(k, "up") && matches!(w, "shot" | "shoots" | "shooting");
        // "the rate bounced back up to 1.8%": a verb of moving, then "back".
        let back_move = w == "back"
            && matches!(cx.word(k), "up" | "down")
            && k >= 2
            && cx.is(k - 2, TokKind::Word)
            && {
                let v = cx.word(k - 2);
                placement::is_move_verb(v)
                    || placement::change_verb(v).is_some()
                    || placement::is_return_verb(v)
                    || matches!(v, "went" | "goes" | "gone")
            };
        if moves
            || back_move
            || placement::change_verb(w).is_some() && !noun_use && !noun_before_verb
        {
            if back_move {
                k -= 1;
            }
            linked = true;
            strong = true;
            changed = true;
            added |= matches!(w, "add" | "added" | "adds" | "adding");
            taken |= matches!(
                w,
                "cut" | "cuts" | "cutting" | "slashed" | "trimmed" | "shed" | "sheds"
            );
            k -= 1;
        } else if k == verb_end
            && matches!(w, "valued" | "priced")
            && k >= 2
            && cx.is(k - 2, TokKind::Word)
            && !is_aux(cx.word(k - 2))
            && !is_adverb(cx.word(k - 2))
            && !is_clause_verb(cx.word(k - 2))
            && let Some(np) = np_back(cx, drafts, idx, k - 1)
        {
            // "took jewellery valued at about €4m": the participle says it of the noun
            // just before it, not of the clause's subject.
            return Some(np);
        } else if (is_linking_verb(w)
            // "ridership will recover to 80%", "returns to 2%": a verb of return names
            // the level it goes back to.
            || k == verb_end && prep == "to" && is_verb_of_return(w)
            // "Prices went from $310 to $365": "go" before "from" names the levels a
            // thing moved between.
            || matches!(prep, "from" | "to")
                && cx.word_is(k, "from")
                && matches!(w, "went" | "goes" | "go" | "gone" | "going")
            // "Women make up 47% of the workforce", "making up 41% of all crime";
            // "Fundraising costs took up 23p of every £1" (costs, before the verb, are
            // its noun); "eating up 41% of take-home pay", "used up 30% of its budget".
            || matches!(
                w,
                "make"
                    | "making"
                    | "take"
                    | "takes"
                    | "took"
                    | "taking"
                    | "taken"
                    | "eat"
                    | "eats"
                    | "eating"
                    | "ate"
                    | "eaten"
                    | "use"
                    | "uses"
                    | "using"
                    | "used"
                    | "soak"
                    | "soaks"
                    | "soaking"
                    | "soaked"
            ) && cx.word_is(k, "up")
            // "forecast to peak at 4.5%": a verb after "to" or a modal.
            || w == "peak"
                && k >= 2
                && matches!(
                    cx.word_bytes(k - 2),
                    b"to" | b"will" | b"would" | b"could" | b"may" | b"might" | b"should"
                ))
            && !noun_use
            // "Build costs rose 4.1%": a linking verb in -s right before the verb taken
            // is its subject noun.
            && !noun_before_verb
            // "the Dow Jones Industrial Average rose": a name, not "averaged".
            && !(k >= 2 && cx.capital(k - 1) && cx.capital(k - 2) && k - 2 > 0)
        {
            linked = true;
            strong |= is_copula(w);
            k -= 1;
        } else if is_aux(w)
            || is_adverb(w)
            || matches!(
                w,
                "to" | "never" | "not" | "go" | "goes" | "went" | "gone" | "going"
            )
        {
            strong |= is_copula(w);
            k -= 1;
        } else if k == verb_end
            && prep.is_empty()
            && w == "paid"
            && k >= 2
            && matches!(
                cx.word_bytes(k - 2),
                b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"being"
            )
            && (!matches!(cx.word_bytes(d.b), b"a" | b"an" | b"per")
                || is_time_word(cx.word(d.b + 1), cx.text(d.b + 1)))
        {
            // "Teachers are paid £32,000", "£29,000 a year": what someone is paid is
            // said of them (not "The club paid £50m", what it spent; nor "Farmers
            // were paid 60 shillings a kilo", the price of what they sold).
            linked = true;
            k -= 1;
        } else if k == verb_end
            && prep == "at"
            && matches!(
                w,
                "start" | "starts" | "started" | "begin" | "begins" | "trade" | "trades"
            )
        {
            // "Ticket prices start at £90": the lowest price, said of the prices.
            linked = true;
            k -= 1;
        } else if k == verb_end
            && !prep.is_empty()
            && is_participle(w)
            && k >= 2
            && matches!(
                cx.word_bytes(k - 2),
                b"limit"
                    | b"limits"
                    | b"limiting"
                    | b"keep"
                    | b"keeps"
                    | b"keeping"
                    | b"hold"
                    | b"holds"
                    | b"holding"
                    | b"cap"
                    | b"caps"
                    | b"capping"
            )
        {
            // "limit warming to 1.5C", "keep spending at 2%": the noun limited.
            return Some((k - 1, k));
        } else if k == verb_end
            && !prep.is_empty()
            && (is_participle(w) && is_verbish(w)
                // "she was caught at 97mph": an irregular participle after a form of "be".
                || is_irregular_participle(w)
                    && k >= 2
                    && matches!(
                        cx.word_bytes(k - 2),
                        b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"being"
                    ))
        {
            linked = true;
            passive |= prep == "by" && w.ends_with("ed");
            k -= 1;
        } else {
            break;
        }
    }
    match mode {
        Mode::Change if !changed => return None,
        // "Prices have risen for six weeks": how long the change ran, not its size.
        Mode::Change if prep == "for" => return None,
        Mode::Copula if !strong || passive => return None,
        _ => {}
    }
    // "Checks added 47 minutes to each journey", "adds £103 a year to a Band D bill":
    // what grew is the thing added to, not the clause's subject; so too "cut $880bn
    // from Medicaid" names what shrank.
    if added && added_to(cx, d.b) || taken && prep.is_empty() && taken_from(cx, d.b) {
        return None;
    }
    // "14 counts of fraud totalling £2.1m", "Brent crude settling at $86.40": a
    // participle of amount or price right after a noun says it of that noun, whatever
    // the clause is about.
    if linked
        && !changed
        && k < verb_end
        && k > 0
        && matches!(
            cx.word_bytes(k),
            b"totalling"
                | b"totaling"
                | b"amounting"
                | b"costing"
                | b"numbering"
                | b"settling"
                | b"standing"
                | b"trading"
                | b"closing"
        )
        && cx.is(k - 1, TokKind::Word)
        && !is_stop(cx.word(k - 1), || cx.text(k - 1))
        && !is_verbish(cx.word(k - 1))
        && !is_clause_verb(cx.word(k - 1))
        && let Some(np) = np_back(cx, drafts, idx, k)
    {
        return Some(np);
    }
    if linked {
        // "households will see their council tax go up by 3.99%", "expect prices to
        // rise 5%": the thing that changes is the object of the verb before it.
        let lo = k.saturating_sub(6);
        let mut t = k;
        while t > lo && cx.is(t - 1, TokKind::Word) && draft_ending(cx, drafts, idx, t).is_none() {
            t -= 1;
            if matches!(
                cx.word_bytes(t),
                b"see"
                    | b"sees"
                    | b"saw"
                    | b"seen"
                    | b"seeing"
                    | b"watch"
                    | b"watched"
                    | b"expect"
                    | b"expects"
                    | b"expected"
                    | b"expecting"
                    | b"want"
                    | b"wants"
                    | b"wanted"
                    | b"let"
                    | b"lets"
                    | b"make"
                    | b"makes"
                    | b"made"
                    | b"forecast"
                    | b"forecasts"
                    | b"predict"
                    | b"predicts"
                    | b"predicted"
                    | b"help"
                    | b"helps"
                    | b"helped"
                    | b"helping"
            ) {
                let ns = skip_possessor(cx, skip_determiners(cx, t + 1));
                // "helped shares dip", "helped the dollar recover": a plural or a
                // determined noun (not "help pay down", two verbs).
                if cx.word(t).starts_with("help")
                    && ns == t + 1
                    && !(cx.word(ns).len() > 3 && cx.word(ns).ends_with('s'))
                {
                    break;
                }
                // Not "saw a sharp decline", "saw the sharpest rise", "seen slowing":
                // there the change word is a noun or the phrase a verb.
                let noun_of_change = matches!(cx.word_bytes(t + 1), b"a" | b"an")
                    || (ns..k).any(|q| {
                        let w = cx.word(q);
                        w.ends_with("est") || w.ends_with("ing") && is_verbish(w)
                    });
                if ns < k && !noun_of_change && (ns..k).all(|q| is_noun_start(cx, q)) {
                    return Some((ns, k));
                }
                break;
            }
        }
        return clause_head(cx, drafts, idx, k);
    }
    // "The agency's appeal for $10.6 billion", "a bid for 2.1 billion dlrs": a noun of
    // asking, offering or agreeing names the sum it is for.
    if mode == Mode::Any
        && prep == "for"
        && d.kind == FigureKind::Money
        && k == verb_end
        && !skipped_figure
        && k > 0
        && cx.word_is(k, "for")
        // Right before the sum: in "a bid for a 4.50-billion-dlr contract" the sum is
        // the contract's.
        && k + 1 == d.a
        && is_noun_of_a_sum(cx.word(k - 1))
        && let Some((ns, ne)) = np_back(cx, drafts, idx, k)
    {
        // "The Bundesbank accepted bids for 6.5 billion marks": the noun after the verb.
        let ns = (ns..ne)
            .rev()
            .find(|&t| is_verbish(cx.word(t)))
            .map_or(ns, |t| t + 1);
        if ns < ne
            && ns > 0
            && (is_determiner(cx.word(ns - 1))
                || ns >= 2 && possessive_s(cx, ns - 2)
                || is_verbish(cx.word(ns - 1)))
        {
            return Some((ns, ne));
        }
    }
    if mode != Mode::Any
        || !matches!(prep, "to" | "by" | "at" | "from" | "of")
        || k != verb_end
        || skipped_figure
    {
        return None;
    }
    // "[raise] [the] council tax by 4.99%", "[a] budget of $3m".
    let (ns, ne) = np_back(cx, drafts, idx, k)?;
    // "By holding rates at 5.5%", "by cutting costs by 10%": the verb's object; but
    // "operating profit of" is a noun phrase, so a verb in -ing only after a preposition.
    let lead = cx.word(ns);
    if ne > ns + 1
        && (matches!(
            lead,
            "hold" | "keep" | "leave" | "set" | "held" | "kept" | "left"
        ) || matches!(lead, "setting" | "holding" | "keeping" | "leaving")
            && matches!(prep, "at" | "to")
            // Not "the commercial rand, holding stable at 48 cents": there the verb has
            // no object, and says the state of a noun before it.
            && !matches!(
                cx.word_bytes(ns + 1),
                b"stable" | b"steady" | b"flat" | b"firm" | b"unchanged" | b"constant"
            )
            || prep == "to"
                && matches!(
                    lead,
                    "taking"
                        | "bringing"
                        | "pushing"
                        | "sending"
                        | "driving"
                        | "putting"
                        | "lifting"
                )
            || (lead.len() > 5
                && lead.ends_with("ing")
                && ns > 0
                && matches!(
                    cx.word_bytes(ns - 1),
                    b"by" | b"after" | b"without" | b"while"
                )))
        && (ns == 0 || !is_determiner(cx.word(ns - 1)))
    {
        return Some((ns + 1, ne));
    }
    // "the risk of death by a quarter": the head before "of". So too over an article
    // and an ordinal when the figure is the size of the change ("cut the risk of a
    // second heart attack by a third"), not the level of what follows "of" ("cut its
    // estimate of the corn crop to 15.1 billion bushels").
    let mut of_at = ns;
    if prep == "by" {
        of_at = skip_determiners_back(cx, of_at);
        if let Some(p) = draft_ending(cx, drafts, idx, of_at)
            && p.kind == FigureKind::Ordinal
        {
            of_at = skip_determiners_back(cx, p.a);
        }
        // "cut the risk of heart attack or stroke by 21%": back over the first of two
        // things joined by "or" or "and" after "of".
        if of_at >= 3
            && matches!(cx.word_bytes(of_at - 1), b"or" | b"and")
            && let Some((first, _)) = np_back(cx, drafts, idx, of_at - 1)
            && first >= 2
            && cx.word_is(first - 1, "of")
        {
            of_at = first;
        }
    }
    let (ns, ne) = if of_at >= 2 && cx.word_is(of_at - 1, "of") && prep != "of" {
        np_back(cx, drafts, idx, skip_determiners_back(cx, of_at - 1)).unwrap_or((ns, ne))
    } else if ns >= 2
        && matches!(prep, "to" | "by")
        && is_purpose_phrase(cx, ns - 1, k)
        && let Some(object) = np_back(cx, drafts, idx, ns - 1)
        && {
            // "raise pay for shop floor staff to £12.60": the object of the verb of
            // change, before a phrase of purpose.
            let v = skip_determiners_back(cx, object.0);
            v > 0 && placement::object_change_verb(cx.word(v - 1)).is_some()
        }
    {
        object
    } else {
        (ns, ne)
    };
    let mut v = skip_determiners_back(cx, ns);
    // "a five-year average of", "1987 revenues of": a figure used as an adjective.
    if let Some(p) = draft_ending(cx, drafts, idx, v)
        && (!p.kind.is_quantity()
            || p.b >= 2 && cx.punct_is(p.b - 2, "-")
            || unhyphenated_time(cx, p))
    {
        v = skip_determiners_back(cx, p.a);
    }
    if v > 0 && draft_ending(cx, drafts, idx, v).is_none() {
        let w = cx.word(v - 1);
        // "beating her challenger by 9,000", "leads Labour by five points": the margin
        // over a rival is not a figure of the rival.
        if prep == "by" && is_verb_of_winning(w) {
            return None;
        }
        // "lower its output ceiling by 7.25 pct": the object of a verb of change.
        if (is_verbish(w) || prep == "by" && placement::by_verb(w).is_some())
            && !matches!(w, "of" | "to")
        {
            return head_from(cx, drafts, idx, v, ne);
        }
    }
    let at_clause_start = v == 0 || is_boundary(cx, v - 1);
    if (prep == "at" || prep == "of") && at_clause_start {
        return Some((ns, ne));
    }
    // "with the prime rate at 6.5 pct", "with inflation at 2%": the noun given its level.
    if prep == "at" && v > 0 && cx.word_is(v - 1, "with") {
        return Some((ns, ne));
    }
    // "with debts of $4.2bn", "short of its target of 15,000".
    if prep == "of"
        && v > 0
        && draft_ending(cx, drafts, idx, v).is_none()
        && cx.is(v - 1, TokKind::Word)
        && !cx.word_is(v - 1, "per")
    {
        return Some((ns, ne));
    }
    None
}

/// The words in lower case between a name with "of" in it that starts at `h` and the
/// verb at `limit`: "The Bank of Communications issue" → issue, "the Bank of England
/// base rate" → base rate (one or two words, each a plain noun).
fn noun_after_name_of(cx: &Cx<'_>, h: usize, limit: usize) -> Option<(usize, usize)> {
    let capital_word = |t: usize| cx.is(t, TokKind::Word) && cx.capital(t);
    // After an article, so that a capital is a name's ("Exports of American wine rose"
    // opens a sentence).
    if !capital_word(h) || h == 0 || !matches!(cx.word_bytes(h - 1), b"the" | b"a" | b"an") {
        return None;
    }
    let mut t = h;
    while t < limit && capital_word(t) {
        t += 1;
    }
    if t == h || t >= limit || !cx.word_is(t, "of") || !capital_word(t + 1) {
        return None;
    }
    t += 1;
    while t < limit && capital_word(t) {
        t += 1;
    }
    let s = t;
    if s >= limit
        || limit - s > 2
        || !(s..limit).all(|q| {
            let w = cx.word(q);
            cx.is(q, TokKind::Word)
                && !cx.capital(q)
                && !is_stop(w, || cx.text(q))
                && !is_verbish(w)
                && !is_clause_verb(w)
                && !is_adverb(w)
                && !is_aux(w)
        })
    {
        return None;
    }
    Some((s, limit))
}

/// The start of "a record low", "a 34-year high", "an all-time peak" right before the
/// "of" at `of` of a level reached ("fell to a record low of 1.05 dollars", "hit a
/// three-month high of 7,400"): the token of its article, when a verb or "to", "at" or
/// "from" comes before it.
fn extreme_before_of(cx: &Cx<'_>, drafts: &[Draft], idx: usize, of: usize) -> Option<usize> {
    if of < 3
        || !matches!(
            cx.word_bytes(of - 1),
            b"high" | b"low" | b"peak" | b"trough"
        )
    {
        return None;
    }
    let mut t = of - 1;
    for _ in 0..3 {
        if let Some(p) = draft_ending(cx, drafts, idx, t) {
            // "a 34-year high", "a three-month low".
            if p.kind != FigureKind::Duration
                || !(p.b >= 2 && cx.punct_is(p.b - 2, "-") || unhyphenated_time(cx, p))
            {
                return None;
            }
            t = p.a;
        } else if t > 0
            && matches!(
                cx.word_bytes(t - 1),
                b"record" | b"new" | b"fresh" | b"all-time" | b"multi-year" | b"historic"
            )
        {
            t -= 1;
        } else if t >= 3
            && cx.word_is(t - 1, "time")
            && cx.punct_is(t - 2, "-")
            && cx.word_is(t - 3, "all")
        {
            t -= 3;
        } else {
            break;
        }
    }
    if t < 2 || !matches!(cx.word_bytes(t - 1), b"a" | b"an") {
        return None;
    }
    let v = cx.word(t - 2);
    // "the dollar's recent tumble to a 40-year low of": a change word in its base form
    // is a noun unless a modal or "to" puts it to use as a verb ("could fall to").
    let noun_of_change = matches!(v, "to" | "from")
        && t >= 4
        && matches!(
            cx.word(t - 3),
            "rise"
                | "fall"
                | "drop"
                | "tumble"
                | "slide"
                | "jump"
                | "plunge"
                | "decline"
                | "climb"
                | "dip"
                | "slump"
                | "surge"
                | "increase"
                | "decrease"
                | "gain"
                | "recovery"
                | "rally"
                | "move"
                | "retreat"
                | "advance"
        )
        && !matches!(
            cx.word(t - 4),
            "to" | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "can"
                | "did"
                | "does"
                | "do"
        );
    if noun_of_change {
        return None;
    }
    let leads = matches!(v, "to" | "at" | "from")
        || placement::change_verb(v).is_some()
        || matches!(
            v,
            "hit"
                | "hits"
                | "hitting"
                | "touched"
                | "touch"
                | "touches"
                | "touching"
                | "reached"
                | "reach"
                | "reaches"
                | "reaching"
                | "struck"
                | "strike"
                | "strikes"
                | "striking"
                | "marked"
                | "set"
                | "sets"
                | "setting"
        );
    leads.then_some(t - 1)
}

/// An adjective of period or scope ("annual", "typical"; not "final", also a noun, as
/// in "Ticket prices for the final range from $95"): after it, a word
/// that may be a verb ("cost", "rise") is the noun of the phrase ("the annual cost").
fn is_adjective_of_period(w: &str) -> bool {
    matches!(
        w,
        "annual"
            | "monthly"
            | "weekly"
            | "daily"
            | "yearly"
            | "quarterly"
            | "overall"
            | "typical"
            | "combined"
            | "actual"
    )
}

/// Whether "for" or "on" at `t` opens a short phrase of purpose in lower-case words
/// that runs to `k` ("funding for state universities", "spending on roads").
fn is_purpose_phrase(cx: &Cx<'_>, t: usize, k: usize) -> bool {
    matches!(cx.word_bytes(t), b"for" | b"on")
        && t + 1 < k
        && k - t <= 5
        && (t + 1..k).all(|p| {
            cx.is(p, TokKind::Word)
                && !cx.capital(p)
                && !is_verbish(cx.word(p))
                && !is_clause_verb(cx.word(p))
                && (is_determiner(cx.word(p)) || !is_stop(cx.word(p), || cx.text(p)))
        })
}

/// A noun of asking, offering or agreeing that names the sum after "for" ("an appeal
/// for $10bn", "a bid for 2.1 billion dlrs", "a claim for £40,000").
fn is_noun_of_a_sum(w: &str) -> bool {
    matches!(
        w,
        "appeal"
            | "appeals"
            | "bid"
            | "bids"
            | "offer"
            | "offers"
            | "request"
            | "requests"
            | "claim"
            | "claims"
            | "demand"
            | "demands"
            | "tender"
            | "contract"
            | "contracts"
            | "order"
            | "orders"
            | "deal"
            | "settlement"
            | "lawsuit"
            | "suit"
            | "application"
            | "estimate"
            | "quote"
            | "invoice"
            | "bill"
            | "loan"
            | "mortgage"
            | "guarantee"
            | "pledge"
            | "check"
            | "cheque"
    )
}

/// An adjective that says how big, how sudden or over what time a change was ("a brief
/// drop", "an annual rise", "a sharp fall"): no noun that changed. Also any word with
/// an adjective's ending ("dramatic", "marginal", "massive", "steeply").
fn is_size_adjective(w: &str) -> bool {
    matches!(
        w,
        "brief"
            | "sharp"
            | "steep"
            | "big"
            | "small"
            | "slight"
            | "modest"
            | "further"
            | "huge"
            | "record"
            | "sudden"
            | "strong"
            | "solid"
            | "large"
            | "rapid"
            | "slow"
            | "steady"
            | "net"
            | "real"
            | "first"
            | "second"
            | "third"
            | "last"
            | "recent"
            | "new"
            | "fresh"
            | "tiny"
            | "mild"
            | "deep"
    ) || [
        "al", "ic", "ous", "ive", "ly", "ful", "est", "ant", "ent", "ble",
    ]
    .iter()
    .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

/// Whether token `t` may stand in the plain noun phrase that is a verb's object: a
/// hyphen inside a word, or a word that may start a noun and is no verb, adverb,
/// function word or word of time.
fn plain_object_token(cx: &Cx<'_>, t: usize) -> bool {
    is_inner_hyphen(cx, t)
        || is_plain_noun_word(cx, t)
            && !super::reader::is_function_word(cx.word(t))
            && !is_time_word(cx.word(t), cx.text(t))
        // "its full-year forecast": a time word inside a compound is no time.
        || t > 0 && is_inner_hyphen(cx, t - 1) && is_time_word(cx.word(t), cx.text(t))
}

/// The object of a verb of change whose size follows it without "by": "raised its
/// prime rate a quarter point", "cut prices 10%", "lowered the discount rate half a
/// point". The object's span and the verb's direction; only for a size in percent,
/// points or money, right after a plain noun phrase of one to four words.
pub(crate) fn object_before_bare_size(
    cx: &Cx<'_>,
    drafts: &[Draft],
    idx: usize,
) -> Option<((usize, usize), super::figure::Direction)> {
    let d = &drafts[idx];
    if !matches!(
        d.kind,
        FigureKind::Percent | FigureKind::PercentagePoints | FigureKind::Money
    ) || d.a < 2
        // "boost its stake above 10 pct": a level aimed at, not the size of a change.
        || matches!(
            cx.word_bytes(d.a),
            b"above" | b"below" | b"beyond" | b"past" | b"over" | b"under"
        )
    {
        return None;
    }
    let e = d.a;
    let mut q = e;
    while q > e.saturating_sub(7) {
        q -= 1;
        if draft_ending(cx, drafts, idx, q + 1).is_some() {
            return None;
        }
        if !cx.is(q, TokKind::Word) {
            if is_inner_hyphen(cx, q) {
                continue;
            }
            return None;
        }
        let Some(dir) = placement::object_change_verb(cx.word(q)) else {
            continue;
        };
        // Not "raised a mere 300 mln", "expanded a slight 0.2 pct" (epithets), nor
        // "boost its current 10 pct stake" (the figure describes a noun after it).
        if matches!(cx.word_bytes(q + 1), b"a" | b"an")
            || is_size_adjective(cx.word(e - 1))
            || cx.is(d.b, TokKind::Word) && !is_stop(cx.word(d.b), || cx.text(d.b))
        {
            return None;
        }
        let head = skip_possessor(cx, skip_determiners(cx, q + 1));
        let words = (head..e).filter(|&t| !is_inner_hyphen(cx, t)).count();
        let plain = (head..e).all(|t| plain_object_token(cx, t));
        return (q + 1 < e && head < e && words <= 4 && plain).then_some(((head, e), dir));
    }
    None
}

/// The plain noun phrase before `e` (less an "up", "down" or "back" ending it) that is
/// the object of a verb that moves a thing to a level: "pushed temperatures to 46.2C",
/// "pushing the state's unemployment rate down to 4%", "cut its prime rate to 7.5%".
/// Not "take" or "bring" ("taking the total to $20bn" names nothing).
fn object_moved_to(cx: &Cx<'_>, drafts: &[Draft], idx: usize, e: usize) -> Option<(usize, usize)> {
    let e = if e > 0 && matches!(cx.word_bytes(e - 1), b"up" | b"down" | b"back") {
        e - 1
    } else {
        e
    };
    let mut q = e;
    while q > e.saturating_sub(8) {
        q -= 1;
        if draft_ending(cx, drafts, idx, q + 1).is_some() {
            return None;
        }
        if !cx.is(q, TokKind::Word) {
            if is_inner_hyphen(cx, q) || cx.text_is(q, "'") || cx.text_is(q, "\u{2019}") {
                continue;
            }
            return None;
        }
        let w = cx.word(q);
        let moves = placement::object_change_verb(w).is_some()
            || matches!(
                w,
                "push"
                    | "pushes"
                    | "pushed"
                    | "pushing"
                    | "drove"
                    | "driving"
                    | "send"
                    | "sends"
                    | "sent"
                    | "sending"
                    | "drag"
                    | "drags"
                    | "dragged"
                    | "dragging"
            );
        if !moves {
            continue;
        }
        // "the cut to", "a two-wheel drive truck to": a noun, not the verb.
        if q > 0
            && (matches!(cx.word_bytes(q - 1), b"a" | b"an" | b"the") || is_inner_hyphen(cx, q - 1))
        {
            return None;
        }
        let head = skip_possessor(cx, skip_determiners(cx, q + 1));
        let words = (head..e)
            .filter(|&t| cx.is(t, TokKind::Word) && !is_inner_hyphen(cx, t))
            .count();
        // "raised its full-year profit forecast to £520m": after a determiner or a
        // possessor, a last word that may be a verb in its base form is the noun.
        let after_determiner = head > q + 1;
        let plain = (head..e).all(|t| {
            (plain_object_token(cx, t)
                || after_determiner
                    && t + 1 == e
                    && matches!(
                        cx.word_bytes(t),
                        b"forecast" | b"forecasts" | b"estimate" | b"estimates"
                    ))
                && (is_inner_hyphen(cx, t) || number::small(cx.word(t)).is_none())
        });
        return (head < e && words <= 4 && plain).then_some((head, e));
    }
    None
}

/// The plain noun phrase that is the object of the verb at `q`, when "by" follows it
/// (after a place: "the olive harvest in Spain by"), before `limit`.
fn object_before_by(cx: &Cx<'_>, q: usize, limit: usize) -> Option<(usize, usize)> {
    let head = skip_possessor(cx, skip_determiners(cx, q + 1));
    let mut e = head;
    while e < limit
        && e < head + 4
        && is_noun_start(cx, e)
        && !super::reader::is_function_word(cx.word(e))
    {
        e += 1;
    }
    let mut by = e;
    if matches!(cx.word_bytes(by), b"in" | b"across" | b"at") {
        by += 1;
        while by < limit && cx.capital(by) {
            by += 1;
        }
    }
    (e > head && cx.word_is(by, "by")).then_some((head, e))
}

/// Whether the word at `k` is "overseas", "worldwide", "nationwide" or "online" before a
/// noun it describes ("overseas visitors", "5,000 overseas students", "5,000 online
/// courses"), not an adverb after its verb ("sold 5,000 overseas", "will cost £94.50
/// online").
fn place_adjective(cx: &Cx<'_>, k: usize) -> bool {
    matches!(
        cx.word_bytes(k),
        b"overseas" | b"worldwide" | b"nationwide" | b"online" | b"offline"
    ) && cx.is(k + 1, TokKind::Word)
        && !cx.capital(k + 1)
        && !is_stop(cx.word(k + 1), || cx.text(k + 1))
        && !is_verbish(cx.word(k + 1))
        && !is_clause_verb(cx.word(k + 1))
}

/// Whether token `k` opens a point of the compass followed by "of": "east of",
/// "northwest of", "south-east of".
fn compass_of(cx: &Cx<'_>, k: usize) -> bool {
    let compass = |t: usize| {
        matches!(
            cx.word_bytes(t),
            b"north"
                | b"south"
                | b"east"
                | b"west"
                | b"northeast"
                | b"northwest"
                | b"southeast"
                | b"southwest"
        )
    };
    compass(k)
        && (cx.word_is(k + 1, "of")
            || cx.punct_is(k + 1, "-")
                && cx.glued(k + 1)
                && cx.glued(k + 2)
                && compass(k + 2)
                && cx.word_is(k + 3, "of"))
}

/// Whether token `t` is a hyphen glued between two words: "full-year".
fn is_inner_hyphen(cx: &Cx<'_>, t: usize) -> bool {
    t > 0
        && cx.punct_is(t, "-")
        && cx.glued(t)
        && cx.glued(t + 1)
        && cx.is(t - 1, TokKind::Word)
        && cx.is(t + 1, TokKind::Word)
}

/// Whether tokens `[s, e)` name the size of an economy: "GDP", "gross domestic
/// product", "national income".
fn is_economy_size(cx: &Cx<'_>, s: usize, e: usize) -> bool {
    let last = cx.word_bytes(e - 1);
    last == b"gdp"
        || last == b"gni"
        || e >= s + 2
            && last == b"product"
            && matches!(cx.word_bytes(e - 2), b"domestic" | b"national")
        || e >= s + 2 && last == b"income" && cx.word_is(e - 2, "national")
}

/// Whether "to" follows the figure ending at `b`, after a period it is counted in ("£10
/// a week to", "47 minutes each to").
fn added_to(cx: &Cx<'_>, b: usize) -> bool {
    let mut j = b;
    if matches!(cx.word_bytes(j), b"a" | b"an" | b"per" | b"each" | b"every")
        && matches!(
            cx.word_bytes(j + 1),
            b"year" | b"month" | b"week" | b"day" | b"hour" | b"night"
        )
    {
        j += 2;
    } else if matches!(cx.word_bytes(j), b"each" | b"annually" | b"apiece") {
        j += 1;
    }
    // "Devex added 50 to 13.00": "to" before a number is the level reached.
    cx.word_is(j, "to") && cx.is(j + 1, TokKind::Word) && number::small(cx.word(j + 1)).is_none()
}

/// Whether "from" or "off" and a noun follow the figure ending at `b`: "$880bn from
/// Medicaid", "5p off the price" (not "from 2019", "from a year earlier").
fn taken_from(cx: &Cx<'_>, b: usize) -> bool {
    matches!(cx.word_bytes(b), b"from" | b"off")
        && is_noun_start(cx, skip_determiners(cx, b + 1))
        && !is_time_word(cx.word(b + 1), cx.text(b + 1))
        && !matches!(cx.word_bytes(b + 1), b"a" | b"an" | b"last" | b"this")
}

/// Content words right before `k`, at most four.
fn np_back(cx: &Cx<'_>, drafts: &[Draft], idx: usize, k: usize) -> Option<(usize, usize)> {
    let mut s = k;
    let mut words = 0;
    while s > 0 && words < 4 {
        if draft_ending(cx, drafts, idx, s).is_some() {
            break;
        }
        match cx.tok(s - 1).map(|t| t.kind) {
            Some(TokKind::Word) => {
                let w = cx.word(s - 1);
                if (is_stop(w, || cx.text(s - 1)) && !noun_times(cx, s - 1))
                    || number::small(w).is_some()
                    || is_clause_verb(w) && !noun_before_its_verb(cx, s - 1)
                {
                    break;
                }
                // "Farmers planted corn and expect yields of 200 bushels": a verb of
                // expecting is never a noun, whatever comes before it.
                if words > 0
                    && matches!(
                        w,
                        "expect"
                            | "expects"
                            | "predict"
                            | "predicts"
                            | "anticipate"
                            | "anticipates"
                    )
                {
                    break;
                }
                // "The star burns at 25,000 degrees": a verb of place or price in -s
                // after its subject, before a preposition, is no part of the phrase.
                if words == 0 && verb_of_place_or_price(cx, s - 1) {
                    break;
                }
                // "cut average speeds by 3mph": the verb before its object ("a spending
                // cut of £3bn" keeps its noun, "a falling market" its adjective).
                // "the capital gains exemption": gains after "capital" are a noun.
                let capital_gains = w == "gains" && cx.word_is(s.wrapping_sub(2), "capital");
                if words > 0
                    && placement::change_verb(w).is_some()
                    && !w.ends_with("ing")
                    && !capital_gains
                {
                    break;
                }
                if w == "s" && matches!(cx.punct(s.wrapping_sub(2)), "'" | "’") {
                    break;
                }
                // "estimate of planting intentions indicated cuts of 15 pct", "the
                // planning bureau predicted growth of 0.9 pct": a verb of showing in the
                // past right after a noun, before its object ("an indicated coupon of",
                // "drill-indicated reserves of" keep the adjective).
                if words > 0
                    && s >= 2
                    && matches!(
                        w,
                        "indicated" | "suggested" | "revealed" | "showed" | "predicted"
                    )
                    && !cx.glued(s - 1)
                    && cx.is(s - 2, TokKind::Word)
                    && !is_stop(cx.word(s - 2), || cx.text(s - 2))
                    && !cx.word(s - 2).ends_with("ly")
                    && !cx.word(s - 2).ends_with("ed")
                {
                    break;
                }
                // "General Motors posted profit of $2.1 billion", "it booked charges of
                // $3m": a verb of results in the past after its subject, before its
                // object ("its posted prices of" keeps the adjective, and "the lowest
                // accepted price" or "the entire issued capital" are one noun).
                if words > 0
                    && s >= 2
                    && cx.is(s - 2, TokKind::Word)
                    && matches!(
                        w,
                        "posted"
                            | "recorded"
                            | "reported"
                            | "booked"
                            | "logged"
                            | "netted"
                            | "produced"
                            | "realized"
                            | "realised"
                            | "generated"
                            | "incurred"
                            | "suffered"
                            | "registered"
                            | "yielded"
                            | "caused"
                            | "earned"
                            | "proposed"
                            | "announced"
                            // "The Louvre capped daily attendance at 30,000": a verb
                            // that sets a level, before its object and "at".
                            | "capped"
                            | "pegged"
                            | "fixed"
                            | "limited"
                            | "confirmed"
                    )
                    && past_verb_after_its_subject(cx, s - 1)
                {
                    break;
                }
                // "The scheme offers grants of up to £7,500", "Council tenants face rent
                // rises of 7.7%": a verb in the present after its subject, before its
                // object; the object is the phrase. A form without -s is a verb only
                // after a plural ("the total face value" is a noun's).
                if words > 0
                    && (is_present_verb(w)
                        || matches!(
                            w,
                            "offers"
                                | "provides"
                                | "gives"
                                | "gets"
                                | "receives"
                                | "seeks"
                                // "analysts expect annual sales of $2bn".
                                | "expect"
                                | "expects"
                                | "predict"
                                | "predicts"
                                | "anticipate"
                                | "anticipates"
                        ))
                    && s >= 2
                    && cx.is(s - 2, TokKind::Word)
                    && !is_stop(cx.word(s - 2), || cx.text(s - 2))
                    && (w.ends_with('s') || is_plural(cx.word(s - 2)))
                {
                    break;
                }
                words += 1;
                s -= 1;
            }
            Some(TokKind::Punct) => {
                let p = cx.punct(s - 1);
                if matches!(p, "-" | "." | "&")
                    && cx.glued(s - 1)
                    && cx.glued(s)
                    && words > 0
                    && cx.is(s.wrapping_sub(2), TokKind::Word)
                {
                    s -= 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    // "must find savings of £2.3m", "is forecasting growth of 3%": after a modal, or a
    // form of "be" before a word in -ing, the first word is the verb; so too a verb
    // of finding or making after "to" ("needs to find savings of").
    if words > 1
        && s > 0
        && (cx.word_is(s - 1, "to")
            && matches!(
                cx.word_bytes(s),
                b"find"
                    | b"make"
                    | b"deliver"
                    | b"achieve"
                    | b"secure"
                    | b"generate"
                    | b"save"
                    | b"seek"
                    | b"raise"
                    | b"borrow"
                    | b"spend"
                    | b"pay"
                    | b"win"
            )
            || matches!(
                cx.word_bytes(s - 1),
                b"must"
                    | b"will"
                    | b"would"
                    | b"could"
                    | b"should"
                    | b"can"
                    | b"may"
                    | b"might"
                    | b"shall"
            )
            || matches!(
                cx.word_bytes(s - 1),
                b"is" | b"are" | b"was" | b"were" | b"be" | b"been"
            ) && cx.word_bytes(s).ends_with(b"ing")
            // "have been offered compensation of": a passive participle before its object.
            || matches!(cx.word_bytes(s - 1), b"been" | b"was" | b"were")
                && is_participle(cx.word(s))
                && cx.word(s).ends_with("ed")
                && is_verbish(cx.word(s)))
    {
        s += 1;
    }
    // "a margin of error of ±3 points": the phrase is one noun.
    if words == 1
        && s >= 2
        && cx.word_is(s, "error")
        && cx.word_is(s - 1, "of")
        && cx.word_is(s - 2, "margin")
    {
        s -= 2;
    }
    (words > 0).then_some((s, k))
}

/// Whether "times" at `k` is the plural of the noun "time" in a compound ("waiting
/// times", "ambulance response times", "journey times"), not the word of a multiple
/// ("three times", "many times", "at times").
fn noun_times(cx: &Cx<'_>, k: usize) -> bool {
    if !cx.word_is(k, "times") || k == 0 || !cx.is(k - 1, TokKind::Word) {
        return false;
    }
    let w = cx.word(k - 1);
    number::small(w).is_none()
        && !is_stop(w, || cx.text(k - 1))
        && !is_determiner(w)
        && !is_adverb(w)
        && !is_clause_verb(w)
        && !is_linking_verb(w)
        && !is_aux(w)
        && placement::change_verb(w).is_none()
        && !matches!(
            w,
            "many"
                | "several"
                | "few"
                | "multiple"
                | "numerous"
                | "countless"
                | "dozen"
                | "dozens"
                | "hundred"
                | "hundreds"
                | "thousand"
                | "thousands"
                | "million"
                | "billion"
                | "other"
                | "more"
                | "most"
        )
}

/// The start of the clause that ends at `k`, skipping figures, a relative clause in
/// commas ("Income tax receipts, which make up a quarter of revenue, rose") and a
/// relative clause without them ("the proportion of adults who drink fell").
fn clause_start(cx: &Cx<'_>, drafts: &[Draft], idx: usize, k: usize) -> usize {
    let mut j = k;
    if j > 0 && cx.punct_is(j - 1, ",") {
        let lo = j.saturating_sub(30);
        let mut c = j - 1;
        while c > lo {
            c -= 1;
            // Not a bare change right after a figure that ends the relative clause
            // ("Spain welcomed 94 million visitors, who spent €126bn, up 16%"): the
            // change is of that figure, not of the clause before.
            if cx.punct_is(c, ",")
                && matches!(cx.word_bytes(c + 1), b"which" | b"who" | b"whose")
                && !(matches!(cx.word_bytes(j), b"up" | b"down")
                    && drafts[..idx].iter().any(|p| {
                        p.kind.is_quantity()
                            && p.b + 1 == j
                            && p.a > c
                            && (c + 1..p.a).all(|t| !cx.punct_is(t, ","))
                    }))
            {
                j = c;
                break;
            }
            // "Starts in the South, where most homes are built, fell"; "Building
            // permits, a gauge of future construction, rose"; "Home sales in the West,
            // the region hit hardest, fell": a clause of place or an appositive in
            // commas after the subject, with no figure of its own, and a verb of the
            // subject's right after it.
            if cx.punct_is(c, ",")
                && c > 0
                && cx.is(c - 1, TokKind::Word)
                && !is_stop(cx.word(c - 1), || cx.text(c - 1))
                && (c + 1..j - 1).all(|t| !cx.is(t, TokKind::Num) && !cx.punct_is(t, ","))
                && {
                    let next = cx.word(j);
                    (placement::change_verb(next).is_some() && is_clause_verb(next))
                        || matches!(
                            next,
                            "is" | "was"
                                | "has"
                                | "have"
                                | "had"
                                | "will"
                                | "would"
                                | "could"
                                | "may"
                                | "might"
                                | "are"
                                | "were"
                                | "stood"
                                | "stands"
                                | "totalled"
                                | "totaled"
                                | "reached"
                                | "hit"
                                | "topped"
                                | "remained"
                                | "numbered"
                        )
                }
                && (place_in_commas(cx, c, j - 1)
                    || match cx.word_bytes(c + 1) {
                        b"where" => (c + 2..j - 1).any(|t| {
                            let w = cx.word(t);
                            is_clause_verb(w) || is_linking_verb(w)
                        }),
                        // "the PCE index" in "The government's preferred measure of
                        // inflation, the PCE index, rose" is the name of the thing, not
                        // an aside on it.
                        b"the" => !(cx.capital(c + 2) && j - 1 - (c + 1) <= 4),
                        // "Sales at Tesco, its biggest market, rose", "Profit at Tesco,
                        // Britain's biggest grocer, rose": an aside with a possessive.
                        b"its" | b"their" | b"his" | b"her" | b"our" => true,
                        _ if cx.capital(c + 1)
                            && matches!(cx.punct(c + 2), "'" | "’")
                            && cx.word_is(c + 3, "s")
                            && c + 4 < j - 1 =>
                        {
                            true
                        }
                        w => matches!(w, b"a" | b"an"),
                    })
            {
                j = c;
                break;
            }
            // "Real gross domestic product, seasonally adjusted, rose"; "Capital
            // spending, hit hard by the rise of the yen, will fall"; "Sales, excluding
            // autos, rose"; "its net loss, taking account of currency fluctuations,
            // was": a participle phrase in commas after the subject.
            if cx.punct_is(c, ",") && c > 0 && cx.is(c - 1, TokKind::Word) {
                let w = cx.word(c + 1);
                let participle = matches!(
                    w,
                    "excluding"
                        | "taking"
                        | "adjusted"
                        | "hit"
                        | "meanwhile"
                        | "however"
                        | "though"
                ) || is_adverb(w)
                    || (w.len() > 4 && w.ends_with("ed") && !is_noun_in_ed(w));
                // Not a bare change after a level ("Police recorded 6.7 million crimes
                // in the year to June, excluding fraud, down 3%"): the aside is on the
                // level, and the change is of it, not of the clause before.
                if participle
                    && (c + 1..j - 1).all(|t| !cx.is(t, TokKind::Num))
                    && !(matches!(cx.word_bytes(j), b"up" | b"down")
                        && drafts[..idx]
                            .iter()
                            .any(|p| p.kind.is_quantity() && p.b <= c))
                {
                    j = c;
                    break;
                }
            }
        }
    }
    // The "and" of a series inside the subject, once stepped over: the commas of the
    // series before it are inside the subject too.
    let mut series_and = None;
    while j > 0 {
        if let Some(p) = draft_ending(cx, drafts, idx, j) {
            j = p.a;
            continue;
        }
        let t = j - 1;
        match cx.tok(t).map(|t| t.kind) {
            Some(TokKind::Punct) => {
                let p = cx.punct(t);
                let inner = cx.glued(t) || cx.glued(t + 1);
                if matches!(p, "'" | "’" | "-" | "&") && inner
                    || p == "." && cx.glued(t)
                    || p == ","
                        && series_and.is_some_and(|a| {
                            a > t
                                && a - t <= 4
                                && (t + 1..a).all(|x| {
                                    cx.is(x, TokKind::Word)
                                        || cx.punct_is(x, ",") && cx.is(x - 1, TokKind::Word)
                                })
                        })
                {
                    if p == "," {
                        series_and = Some(t);
                    }
                    j -= 1;
                } else {
                    break;
                }
            }
            Some(TokKind::Word) => {
                let w = cx.word(t);
                // "adults who drink": a restrictive relative clause inside the subject.
                if matches!(w, "who" | "which")
                    && t > 0
                    && cx.is(t - 1, TokKind::Word)
                    && !is_stop(cx.word(t - 1), || cx.text(t - 1))
                {
                    j -= 1;
                    continue;
                }
                // "The reservoir that supplies the valley is at 31%": "that" after a
                // noun and before a verb opens a relative clause too (not "found that",
                // nor "fears that prices", whose "that" a clause with a subject follows).
                if w == "that" && t > 0 && t + 2 < k && cx.is(t - 1, TokKind::Word) && {
                    let (before, after) = (cx.word(t - 1), cx.word(t + 1));
                    !is_stop(before, || cx.text(t - 1))
                        && !is_verbish(before)
                        && !is_clause_verb(before)
                        && (is_aux(after)
                            || is_clause_verb(after)
                            || after.len() > 3
                                && after.ends_with('s')
                                && !after.ends_with("ss")
                                && matches!(
                                    cx.word_bytes(t + 2),
                                    b"the" | b"a" | b"an" | b"its" | b"their" | b"his" | b"her"
                                ))
                } {
                    j -= 1;
                    continue;
                }
                // "The electric share so far this year is 21.1%": "so far" is said of
                // the time, and the subject stands before it.
                if w == "so" && cx.word_is(t + 1, "far") && t > 0 && cx.is(t - 1, TokKind::Word) {
                    j -= 1;
                    continue;
                }
                let boundary = is_boundary(cx, t);
                // ("the Dublin bus, Luas and Dart network": an "and" between names
                // closes a series too.)
                if boundary || matches!(w, "and" | "or") {
                    let inside = and_inside_subject(cx, drafts, t, k);
                    if boundary && !inside {
                        break;
                    }
                    if inside {
                        series_and = Some(t);
                    }
                }
                j -= 1;
            }
            Some(TokKind::Num) => j -= 1,
            None => break,
        }
    }
    j
}

/// Whether the tokens between the commas at `c` and `e` name the state, county or
/// country of the place named right before `c`: "A wildfire east of Redding,
/// California, grew", "Home prices in Leeds, West Yorkshire, rose". One to three words,
/// each with a capital, after a word with a capital.
fn place_in_commas(cx: &Cx<'_>, c: usize, e: usize) -> bool {
    c > 0
        && e > c + 1
        && e - c <= 4
        && cx.is(c - 1, TokKind::Word)
        && cx.capital(c - 1)
        && (c + 1..e).all(|t| cx.is(t, TokKind::Word) && cx.capital(t))
}

/// Whether the "and" or "or" at `t` joins two nouns after a preposition or participle
/// inside the subject of the clause whose verb is at `k`, rather than two clauses:
/// "Sales of cars and light trucks rose", "Deaths from fentanyl and other synthetic
/// opioids fell", "Remand prisoners awaiting trial or sentence numbered" (not "Prices
/// rose and sales fell", "He sold the house and profits rose", "booked six mln dlrs in
/// the quarter and its backlog has risen"). The noun before the preposition opens the
/// clause after at most three words, none a verb or part of a figure.
#[expect(
    clippy::many_single_char_names,
    reason = "t is the conjunction, k the verb and q, r walk tokens, as in clause_start"
)]
fn and_inside_subject(cx: &Cx<'_>, drafts: &[Draft], t: usize, k: usize) -> bool {
    if !matches!(cx.word_bytes(t), b"and" | b"or") {
        return false;
    }
    let verb = |w: &str| {
        is_aux(w) || is_clause_verb(w) || is_linking_verb(w) || placement::change_verb(w).is_some()
    };
    // ("advances up to 50 mln dlrs": "up" after a noun is no verb.)
    if !verb(cx.word(k)) || matches!(cx.word_bytes(k), b"up" | b"down") {
        return false;
    }
    let in_figure = |q: usize| drafts.iter().any(|p| p.a <= q && q < p.b);
    let in_count = |q: usize| {
        drafts
            .iter()
            .any(|p| p.a <= q && q < p.b && p.kind == FigureKind::Count)
    };
    let plain = |q: usize| {
        let w = cx.word(q);
        cx.is(q, TokKind::Word) && !verb(w) && !is_boundary(cx, q) && !in_figure(q)
    };
    let noun = |q: usize| {
        let w = cx.word(q);
        let participle = w.len() > 4 && w.ends_with("ed") || w.len() > 5 && w.ends_with("ing");
        plain(q) && !is_stop(w, || cx.text(q)) && !participle
    };
    // After "and": the rest of the noun phrase, then only its verbs and adverbs up to
    // the verb ("The cost of repairs and maintenance has doubled"). A count may open
    // it ("Fares for a car and two passengers will rise").
    let start = drafts
        .iter()
        .find(|p| p.a == t + 1 && p.kind == FigureKind::Count && p.b < k)
        .map_or(t + 1, |p| p.b);
    let nouns_end = (start..k).find(|&q| !plain(q)).unwrap_or(k);
    if nouns_end == start
        || !(nouns_end..k).all(|q| {
            let w = cx.word(q);
            cx.is(q, TokKind::Word) && (is_aux(w) || is_adverb(w)) && !in_figure(q)
        })
    {
        return false;
    }
    // Before it: the nouns after the preposition or participle, perhaps a series in
    // commas ("A weekly ticket for the Dublin bus, Luas and Dart network will cost").
    // A comma right before the "and" closes a series only after another comma ("on
    // carbon, HSLA, and alloy plates"); alone it joins clauses ("the approval of its
    // shareholders, and the transaction is valued").
    let mut lo = t.saturating_sub(6);
    let mut q = t;
    let mut commas = 0;
    while q > lo {
        q -= 1;
        if cx.punct_is(q, ",") && q >= 1 && noun(q - 1) {
            lo = lo.saturating_sub(2);
            commas += 1;
            continue;
        }
        let w = cx.word(q);
        let linker = matches!(
            w,
            "of" | "from" | "for" | "in" | "on" | "among" | "with" | "about" | "between"
        ) || w.len() > 5 && w.ends_with("ing") && placement::change_verb(w).is_none();
        if linker {
            // "Spending on agency nurses": a noun in -ing opening the clause.
            let gerund = q >= 1 && cx.word(q - 1).ends_with("ing") && plain(q - 1) && {
                q == 1
                    || !cx.is(q - 2, TokKind::Word)
                    || is_boundary(cx, q - 2)
                    || is_determiner(cx.word(q - 2))
            };
            // "The cost of repairs": a word that may be a verb is a noun after "the".
            let after_article = q >= 2
                && cx.is(q - 1, TokKind::Word)
                && is_determiner(cx.word(q - 2))
                && !is_aux(cx.word(q - 1))
                && !in_figure(q - 1);
            if q + 1 >= t
                || q == 0
                || !(q + 1..t).all(|x| plain(x) || in_count(x) || cx.punct_is(x, ","))
                || !(noun(q - 1) || gerund || after_article)
            {
                return false;
            }
            // The noun and what goes before it, back to the start of the clause.
            let mut r = q - 1;
            let mut words = 1;
            while r > 0 && cx.is(r - 1, TokKind::Word) && !is_boundary(cx, r - 1) {
                r -= 1;
                words += 1;
                let w = cx.word(r);
                if words > 4 || !plain(r) || w.len() > 4 && w.ends_with("ed") {
                    return false;
                }
            }
            return (commas >= 2 || !cx.punct_is(t - 1, ","))
                && (r == 0
                    || cx.is(r - 1, TokKind::Word)
                    || matches!(cx.punct(r - 1), "," | ";" | ":" | "(" | "\"" | "“"));
        }
        if !plain(q) && !in_count(q) {
            return false;
        }
    }
    false
}

/// The subject of the clause that ends right before token `k`; across an apposition
/// ("The settlement, worth up to $725m").
fn clause_head(cx: &Cx<'_>, drafts: &[Draft], idx: usize, k: usize) -> Option<(usize, usize)> {
    let s = clause_start(cx, drafts, idx, k);
    // "Profit fell 22 pct on sales up nine pct", "rose 12% against revenue down 3%": a
    // clause of change without a finite verb after "on", "against" or "despite" too,
    // when its phrase is short and in lower case (not "closed on Wall Street up 3%").
    let after_prep = if cx.word_is(s, "with") {
        None
    } else {
        // (The clause may start at the preposition, after a comma: "or 65 cts a share,
        // on sales up 9 pct".)
        (s.max(1)..k).rev().take(5).find(|&t| {
            matches!(cx.word_bytes(t), b"on" | b"against" | b"despite")
                && matches!(cx.word_bytes(k), b"up" | b"down")
                // After the clause's own change ("fell on", "rose 12% against"), not
                // after a noun it qualifies ("yields on long bonds down to").
                && (draft_ending(cx, drafts, idx, t).is_some_and(|p| p.kind.is_quantity())
                    // "or 65 cts a share, on sales up 9 pct": a comma after the figure.
                    || cx.punct_is(t - 1, ",")
                        && draft_ending(cx, drafts, idx, t - 1).is_some_and(|p| p.kind.is_quantity())
                    || placement::change_verb(cx.word(t - 1)).is_some())
                && (t + 1..k).all(|q| {
                    cx.is(q, TokKind::Word)
                        && !cx.capital(q)
                        && (is_determiner(cx.word(q)) || !is_stop(cx.word(q), || cx.text(q)))
                })
        })
    };
    let with = after_prep.is_some() || cx.word_is(s, "with");
    let s = after_prep.unwrap_or(s);
    // "with weekly passes rising 8%", "with sales down 3%": the noun of a clause of
    // change without a finite verb, after "with" (not "with mackerel making up 40%").
    // The phrase must be whole: no comma inside, and its head not cut short by a number
    // ("with the key three month interbank rate down").
    if with
        && s + 1 < k
        && (cx.word(k).ends_with("ing") && placement::change_verb(cx.word(k)).is_some()
            || matches!(cx.word_bytes(k), b"up" | b"down")
                // "with new housing down 4.3%": a noun in -ing is no participle.
                && !(cx.word(k - 1).ends_with("ing") && is_verbish(cx.word(k - 1))))
    {
        return head_from(cx, drafts, idx, s + 1, k).filter(|&(_, e)| {
            (s..k).all(|t| !cx.punct_is(t, ","))
                && !(cx.is(e, TokKind::Num) || number::small(cx.word(e)).is_some())
        });
    }
    let s = after_opening_time(cx, drafts, idx, s, k).unwrap_or(s);
    if let Some(np) = head_from(cx, drafts, idx, s, k) {
        return Some(np);
    }
    // "a gap that has halved since 1997": the relative pronoun stands for the noun
    // before it (not "found that", a verb).
    if s >= 2
        && matches!(cx.word_bytes(s - 1), b"that" | b"which" | b"who")
        && cx.is(s - 2, TokKind::Word)
        && !cx.capital(s - 2)
        && !is_stop(cx.word(s - 2), || cx.text(s - 2))
        && !is_verbish(cx.word(s - 2))
        && !is_clause_verb(cx.word(s - 2))
        && (s..k).all(|t| cx.is(t, TokKind::Word) && (is_aux(cx.word(t)) || is_adverb(cx.word(t))))
        && let Some(np) = np_back(cx, drafts, idx, s - 1)
    {
        // "a basket of goods that cost £100": the head before "of".
        let before_of = skip_determiners_back(cx, np.0);
        if before_of >= 2
            && cx.word_is(before_of - 1, "of")
            && let Some(head) = np_back(cx, drafts, idx, skip_determiners_back(cx, before_of - 1))
        {
            return Some(head);
        }
        return Some(np);
    }
    if s == k && s >= 2 && cx.punct_is(s - 1, ",") {
        let s2 = clause_start(cx, drafts, idx, s - 1);
        let bare = (s2..s - 1).all(|t| {
            let w = cx.word(t);
            !(is_clause_verb(w) || is_linking_verb(w) || placement::change_verb(w).is_some())
                && draft_ending(cx, drafts, idx, t + 1).is_none()
        });
        // "graded A* this summer, up from 27.8%": a time phrase is no subject.
        let when = matches!(
            cx.word_bytes(s2),
            b"this" | b"last" | b"next" | b"that" | b"each" | b"every"
        ) || s - 1 <= s2 + 2 && is_time_word(cx.word(s - 2), cx.text(s - 2))
            // "felt safe walking alone after dark, down from 71%": nor is the object of
            // a preposition of time.
            || s2 > 0
                && matches!(
                    cx.word_bytes(s2 - 1),
                    b"after" | b"before" | b"until" | b"since" | b"during"
                );
        // "in the year to March, excluding fraud and computer misuse, up 2%": the
        // second of two nouns set aside is no subject either.
        let set_aside = s2 >= 2
            && matches!(cx.word_bytes(s2 - 1), b"and" | b"or")
            && (s2.saturating_sub(6)..s2 - 1)
                .rev()
                .take_while(|&t| cx.is(t, TokKind::Word))
                .any(|t| matches!(cx.word_bytes(t), b"excluding" | b"including" | b"except"));
        if bare && !when && !set_aside {
            return head_from(cx, drafts, idx, s2, s - 1);
        }
        // "Silver had its best week since 2020, gaining 9.4%", "Fraud rose 19%, making
        // up 41% of all crime": a participle of change, or "making up" a share, right
        // after the comma has the subject of the clause before it (not "costing £1.4m",
        // said of the whole clause; nor a measure, which names its own unit).
        let v = cx.word(k);
        if v.len() > 5
            && v.ends_with("ing")
            && (placement::change_verb(v).is_some() || v == "making")
            && drafts[idx].kind != FigureKind::Measure
            && let Some(t) = changing_clause_before(cx, drafts, idx, s - 1)
        {
            return head_from(cx, drafts, idx, t, s - 1);
        }
        // So has "up" or "down" there, after a plain clause of a level: its head, then
        // only verbs and small words up to the level ("Complaints rose to 4,312 last
        // year, up 27% on 2022", "Gasoline demand averaged 6.60 mln bpd, up 2.4 pct";
        // not "The company added that its return reached 17.3 pct, up from 15.5 pct").
        if matches!(v, "up" | "down")
            && drafts[idx].kind != FigureKind::Measure
            && let Some(t) = changing_clause_before(cx, drafts, idx, s - 1)
            // "exports in the 1986/87 (Oct-Sept) season are estimated at": not a clause
            // cut at a bracket.
            && !(t > 0 && cx.punct_is(t - 1, ")"))
            && let Some((hs, he)) = head_from(cx, drafts, idx, t, s - 1)
            && let Some(level) = drafts[..idx]
                .iter()
                .rposition(|p| p.kind.is_quantity() && p.a >= he && p.b < s)
            && plain_level_clause(cx, drafts, idx, he, drafts[level].a)
            // "The survey counted 412 breeding pairs, up from just 19": a level that
            // counts a noun of its own is of that noun.
            && (!is_noun_start(cx, drafts[level].b)
                || is_time_word(cx.word(drafts[level].b), cx.text(drafts[level].b)))
        {
            return Some((hs, he));
        }
    }
    None
}

/// The participle of closing that leads to the figure `d` through "at", past a day or
/// a spell ("ending Friday at", "closing the week at", "finishing at").
fn closing_participle_before_at(cx: &Cx<'_>, d: &Draft) -> Option<usize> {
    if d.a < 2 || !cx.word_is(d.a - 1, "at") {
        return None;
    }
    let mut j = d.a - 1;
    if is_weekday(cx.text(j - 1)) {
        j -= 1;
    } else if j >= 3
        && matches!(cx.word_bytes(j - 2), b"the" | b"its" | b"their")
        && matches!(
            cx.word_bytes(j - 1),
            b"day" | b"week" | b"session" | b"month" | b"quarter" | b"year"
        )
    {
        j -= 2;
    }
    (j >= 1
        && matches!(
            cx.word_bytes(j - 1),
            b"closing" | b"ending" | b"finishing" | b"settling"
        ))
    .then_some(j - 1)
}

/// Whether only a verb of being, totalling or change, with auxiliaries, adverbs, words
/// of time and small function words, stands between a clause's head (ending at `he`)
/// and its level (starting at `level`): "averaged", "so far this year was", "rose to",
/// "was put at", but not "added that in 1986 its return on equity reached".
fn plain_level_clause(cx: &Cx<'_>, drafts: &[Draft], idx: usize, he: usize, level: usize) -> bool {
    let mut verb = false;
    let mut t = he;
    while t < level {
        if let Some(p) = super::reader::starting_at(&drafts[..idx], cx.ordered, t)
            && !p.kind.is_quantity()
        {
            t = p.b;
            continue;
        }
        let w = cx.word(t);
        // "The company made 41.9 billion yen group net profit": a verb with an object.
        if !cx.is(t, TokKind::Word) || matches!(w, "made" | "make" | "makes" | "making") {
            return false;
        }
        if is_aux(w)
            || is_linking_verb(w)
            || placement::change_verb(w).is_some()
            || matches!(
                w,
                "totalled"
                    | "totaled"
                    | "totals"
                    | "averaged"
                    | "averages"
                    | "reached"
                    | "stood"
                    | "amounted"
                    | "came"
                    | "hit"
                    | "put"
                    | "estimated"
                    | "closed"
                    | "ended"
                    | "finished"
                    | "settled"
                    | "traded"
                    | "trading"
            )
        {
            verb = true;
        } else if !(is_adverb(w)
            || w.len() > 4 && w.ends_with("ly")
            || is_time_word(w, cx.text(t))
            || matches!(
                w,
                "at" | "to"
                    | "in"
                    | "on"
                    | "a"
                    | "an"
                    | "this"
                    | "last"
                    | "so"
                    | "far"
                    | "about"
                    | "around"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "record"
            ))
        {
            return false;
        }
        t += 1;
    }
    verb
}

/// The start of the clause that ends at the comma `comma`, when that clause says how its
/// subject moved or stood, so that a participle of change after the comma goes on
/// about the same subject: it opens with its subject (not "In London", "with ...",
/// "and ..."), reports no one's words ("Nomura said the bonds are callable at 104,
/// declining by 1/2 pct") and has a verb of change ("Shares rose on Monday"), a verb of
/// being or trading right before its level ("will be about 35 pct, rising to 40 pct",
/// "traded at 65.50 guilders, rising to 71"), or a best or worst spell ("had its best
/// week since 2020").
fn changing_clause_before(
    cx: &Cx<'_>,
    drafts: &[Draft],
    idx: usize,
    comma: usize,
) -> Option<usize> {
    let mut t = comma;
    while t > 0 {
        if let Some(p) = draft_ending(cx, drafts, idx, t) {
            t = p.a;
            continue;
        }
        if cx.is(t - 1, TokKind::Punct) {
            let p = cx.punct(t - 1);
            let inner = cx.glued(t - 1) || cx.glued(t);
            if !(matches!(p, "'" | "’" | "-" | "&") && inner || p == "." && cx.glued(t - 1)) {
                break;
            }
        }
        t -= 1;
    }
    let first = cx.word(t);
    // "Average house prices were £218,000, up 2.1%": a word that may be a verb, before
    // a noun, opens the clause as its adjective.
    let adjective_first = matches!(first, "average" | "total" | "median" | "mean")
        && cx.is(t + 1, TokKind::Word)
        && !is_stop(cx.word(t + 1), || cx.text(t + 1))
        && !is_verbish(cx.word(t + 1))
        && !is_clause_verb(cx.word(t + 1));
    let opens_with_subject = cx.is(t, TokKind::Word)
        && (is_determiner(first)
            || adjective_first
            || !is_stop(first, || cx.text(t))
                && !is_verbish(first)
                && !is_clause_verb(first)
                && placement::change_verb(first).is_none());
    if !opens_with_subject || t >= comma {
        return None;
    }
    let mut moved = false;
    let mut q = t;
    while q < comma {
        // "own up to 50 pct": the words of a figure are no verb.
        if let Some(p) = super::reader::starting_at(&drafts[..idx], cx.ordered, q)
            && p.b > q
        {
            q = p.b;
            continue;
        }
        let w = cx.word(q);
        if matches!(
            w,
            "said" | "says" | "say" | "noted" | "notes" | "told" | "believes" | "thinks"
        ) {
            return None;
        }
        let noun_use = q > 0 && is_determiner(cx.word(q - 1)) || q >= 2 && possessive_s(cx, q - 2);
        let level_after = |v: usize| {
            let v = if matches!(cx.word_bytes(v), b"at" | b"to") {
                v + 1
            } else {
                v
            };
            super::reader::starting_at(&drafts[..idx], cx.ordered, v)
                .is_some_and(|p| p.kind.is_quantity())
        };
        moved |= placement::change_verb(w).is_some() && !noun_use
            || (is_copula(w) || is_linking_verb(w)) && level_after(q + 1)
            || matches!(w, "its" | "their")
                && (matches!(cx.word_bytes(q + 1), b"best" | b"worst")
                    || cx.word(q + 1).len() > 5 && cx.word(q + 1).ends_with("est"));
        q += 1;
    }
    moved.then_some(t)
}

/// Where the clause starting at `s` goes on after a time phrase that opens it with no
/// comma ("From January the typical bill will fall", "In 2023 the council spent"): the
/// determiner that opens its subject.
fn after_opening_time(
    cx: &Cx<'_>,
    drafts: &[Draft],
    idx: usize,
    s: usize,
    k: usize,
) -> Option<usize> {
    let is_prep = |t: usize| {
        matches!(
            cx.word_bytes(t),
            b"from" | b"in" | b"after" | b"since" | b"by" | b"until" | b"before" | b"during"
        )
    };
    let mut t = if is_prep(s) {
        s + 1
    } else if s >= 1 && is_prep(s - 1) {
        s
    } else {
        return None;
    };
    if matches!(
        cx.word_bytes(t),
        b"this" | b"last" | b"next" | b"early" | b"late"
    ) {
        t += 1;
    }
    if let Some(p) = super::reader::starting_at(&drafts[..idx], cx.ordered, t)
        && matches!(p.kind, FigureKind::Year | FigureKind::Date)
    {
        t = p.b;
    } else if cx.is(t, TokKind::Word) && is_time_word(cx.word(t), cx.text(t)) {
        t += 1;
    } else {
        return None;
    }
    (t < k && cx.is(t, TokKind::Word) && is_determiner(cx.word(t))).then_some(t)
}

/// The head noun phrase starting at `s` (before `limit`): determiners, possessors and
/// figures skipped, then the first run of content words ("Shares in the retailer" →
/// "Shares", "Britain's economy" → "economy").
fn head_from(
    cx: &Cx<'_>,
    drafts: &[Draft],
    idx: usize,
    s: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let mut h = s;
    // "The iPhone 16 Pro Max costs": a product name opens the phrase.
    let mut name_end = None;
    for _ in 0..4 {
        let before = h;
        h = skip_determiners(cx, h);
        if let Some(p) = super::reader::starting_at(&drafts[..idx], cx.ordered, h) {
            if p.kind == FigureKind::Identifier
                && p.b < limit
                && cx.is(h, TokKind::Word)
                && cx.is(p.b, TokKind::Word)
                && cx.capital(p.b)
            {
                name_end = Some(p.b);
                break;
            }
            // "The FTSE 100 fell 1.2%", "the S&P 500 gained": a name with a number in it
            // that runs up to the clause's verb is the head itself.
            if p.kind == FigureKind::Identifier
                && p.b == limit
                && cx.is(h, TokKind::Word)
                && cx.capital(h)
                // Not a name in a list: "Santos 50 pct, Delhi 30, Vamgas 10".
                && cx.is(limit, TokKind::Word)
            {
                return Some((h, p.b));
            }
            h = p.b;
            if cx.punct_is(h, "-") && cx.glued(h) {
                h += 2;
            }
        }
        h = skip_possessor(cx, h);
        if h == before {
            break;
        }
    }
    // "The rise in full year revenue was 10%", "the increase in arrests was 12%": a
    // change that is its figure is of the thing after "in", as in "revenue rose 10%"
    // (not a time, "growth in the fiscal year will be 2%", nor a change of the
    // change, "growth in debt rose by 20%").
    if name_end.is_none()
        && placement::change_noun(cx.word(h)).is_some()
        && !matches!(
            cx.word_bytes(h),
            b"lower" | b"higher" | b"more" | b"less" | b"fewer" | b"dearer" | b"cheaper"
        )
        && cx.word_is(h + 1, "in")
        && !cx.glued(h + 1)
        && h + 2 < limit
        && is_linking_verb(cx.word(limit))
        && {
            let n = skip_determiners(cx, h + 2);
            is_noun_start(cx, n)
                && !is_time_word(cx.word(n), cx.text(n))
                && !matches!(cx.word_bytes(n), b"fiscal" | b"calendar" | b"financial")
        }
    {
        return head_from(cx, drafts, idx, h + 2, limit);
    }
    // "The number of entries rose to 846,300", "the total number of cases": what is
    // counted is the noun after "of".
    let counted = if cx.word_bytes(h) == b"total" {
        h + 1
    } else {
        h
    };
    if name_end.is_none()
        && cx.word_bytes(counted) == b"number"
        && cx.word_is(counted + 1, "of")
        && counted + 2 < limit
        && cx.is(skip_determiners(cx, counted + 2), TokKind::Word)
    {
        h = skip_determiners(cx, counted + 2);
    }
    if h >= limit {
        return None;
    }
    // "The Bank of Communications issue traded at 99.70": after a name with "of" in
    // it, the words in lower case right before the verb are the head.
    if name_end.is_none()
        && let Some(np) = noun_after_name_of(cx, h, limit)
    {
        return Some(np);
    }
    // "leaving it down 13%", "raising his average to .312": a participle with its
    // object opens a clause of its own, and names no thing.
    let head = cx.word(h);
    if name_end.is_none()
        && head.len() > 5
        && head.ends_with("ing")
        && (matches!(
            cx.word_bytes(h + 1),
            b"it" | b"its" | b"his" | b"her" | b"their" | b"them" | b"him" | b"us" | b"our"
        ) || matches!(
            head,
            "saying" | "adding" | "warning" | "noting" | "claiming" | "arguing" | "suggesting"
        ))
    {
        return None;
    }
    // "Filling a 1,000-litre tank with heating oil costs about £720", "Running the
    // service costs £3m a year": a gerund with its object opens the clause, and the
    // figure is of the object, not of the act.
    if name_end.is_none()
        && h == s
        && head.len() > 5
        && head.ends_with("ing")
        // "During the final quarter", "including the latest loan": prepositions.
        && !is_preposition_in_ing(head)
        && matches!(cx.word_bytes(h + 1), b"a" | b"an" | b"the")
        && h + 2 < limit
    {
        return head_from(cx, drafts, idx, h + 1, limit);
    }
    // "Year to date registrations were down 3.9%", "Year on year sales rose 5%": a
    // period written apart before a noun says when, as it does set off by a comma
    // ("Year on year, sales rose 5%"), and the noun after it is the head.
    if name_end.is_none()
        && let Some(noun) = period_apart_before_noun(cx, h, limit)
    {
        return head_from(cx, drafts, idx, noun, limit);
    }
    let mut k = name_end.unwrap_or(h);
    let mut words = usize::from(name_end.is_some());
    let mut end = name_end;
    let mut after_compound = false;
    while k < limit && words < 4 {
        // "the average 30-year mortgage rate", "the average two-year fixed rate": a
        // hyphenated figure inside the phrase describes the noun after it.
        if words > 0
            && let Some(p) = super::reader::starting_at(&drafts[..idx], cx.ordered, k)
            && p.b < limit
            && (p.b >= 2
                && cx.punct_is(p.b - 2, "-")
                && cx.glued(p.b - 2)
                && cx.is(p.b, TokKind::Word)
                || unhyphenated_time(cx, p))
        {
            k = p.b;
            after_compound = true;
            continue;
        }
        // "Earnings per share rose 57%", "Spending per pupil rose 4%": the measure per
        // unit is one noun, and another than the total ("earnings").
        if words > 0 && per_unit_at(cx, k, limit) {
            k += 2;
            words += 1;
            end = Some(k);
            continue;
        }
        // "the core tier one capital ratio": after a name inside the phrase, the words
        // that follow it are the head.
        if words > 0
            && let Some(p) = super::reader::starting_at(&drafts[..idx], cx.ordered, k)
            && p.kind == FigureKind::Identifier
            && p.b < limit
            // A name of several words ("tier one", "737 Max"), not one written as one
            // ("CO2", "Covid-19"), which the phrase keeps.
            && (p.a + 1..p.b).any(|t| !cx.glued(t))
            && cx.is(p.b, TokKind::Word)
            && !is_stop(cx.word(p.b), || cx.text(p.b))
            && !is_verbish(cx.word(p.b))
            && !is_clause_verb(cx.word(p.b))
        {
            h = p.b;
            k = p.b;
            words = 0;
            end = None;
            continue;
        }
        match cx.tok(k).map(|t| t.kind) {
            Some(TokKind::Word) => {
                let w = cx.word(k);
                // "80 pct of Hayes following completion of": a preposition in -ing
                // ends the phrase.
                if words > 0 && preposition_in_ing_at(cx, k) {
                    break;
                }
                // "The service aims to reach 25 million": a verb of intent in -s
                // before "to" ends the phrase it is said of, and one right after "and"
                // is no phrase at all ("has built fibre past 19 million premises and
                // aims to reach 25 million").
                if (words > 0 || k == h && h > 0 && cx.word_is(h - 1, "and"))
                    && matches!(
                        w,
                        "aims"
                            | "hopes"
                            | "plans"
                            | "intends"
                            | "expects"
                            | "seeks"
                            | "pledges"
                            | "promises"
                            | "vows"
                            | "threatens"
                            | "tries"
                            | "wants"
                            | "needs"
                    )
                    && cx.word_is(k + 1, "to")
                {
                    break;
                }
                let after_hyphen = k > h && cx.glued(k) && cx.punct_is(k - 1, "-");
                // "seasonally adjusted", "privately owned": a participle after an
                // adverb in "-ly" modifies the noun that follows, and the two count as
                // one word.
                let adverb_before = k > h && {
                    let previous = cx.word(k - 1);
                    previous.len() > 4 && previous.ends_with("ly")
                };
                if adverb_before && w.len() > 4 && w.ends_with("ed") {
                    k += 1;
                    end = Some(k);
                    continue;
                }
                // "a storm surge of": a change word before "of" ends a noun compound;
                // "Dutch advances total": right before the clause's verb it is the noun
                // the verb is said of.
                // "the capital gains exemption": gains after "capital" are a noun.
                let noun_before_of = cx.word_is(k + 1, "of")
                    || k + 1 == limit && words > 0
                    || w == "gains" && k > 0 && cx.word_is(k - 1, "capital");
                // "Housing starts fell": a verb in -s right before the clause's verb is
                // the noun it is said of, as two verbs do not stand side by side.
                // So too before a place and the verb: "Housing starts in England fell".
                let before_verb = k + 1 == limit
                    || k + 2 < limit
                        && matches!(cx.word_bytes(k + 1), b"in" | b"across")
                        && (k + 2..limit).all(|t| cx.capital(t));
                let noun_before_verb = before_verb
                    && w.len() > 3
                    && w.ends_with('s')
                    && !is_aux(w)
                    && cx.is(limit, TokKind::Word)
                    // "Shoplifting reports have more than doubled": after a noun, before
                    // an auxiliary of the plural.
                    && (!is_aux(cx.word(limit))
                        || words > 0 && matches!(cx.word_bytes(limit), b"have" | b"are" | b"were"));
                // "the Dow Jones Industrial Average": "Average" in a name is a noun; so is
                // "average" after a word that says how it is taken ("the 30-day moving
                // average", "a rolling average").
                let named_average = w == "average"
                    && k > 0
                    && (cx.capital(k) && cx.capital(k - 1)
                        || matches!(
                            cx.word_bytes(k - 1),
                            b"moving" | b"rolling" | b"running" | b"trailing" | b"weighted"
                        ));
                // "The Dow Jones average rose", "the production cost rose", "the group
                // total was": a verb of level that is also a noun, right before the
                // clause's verb, is the noun, as two verbs do not stand side by side.
                let level_noun = k + 1 == limit
                    && is_level_noun(w)
                    && cx.is(limit, TokKind::Word)
                    && is_clause_verb(cx.word(limit));
                // "Air passenger numbers at Manchester hit": after a noun, "numbers" is
                // the noun counted.
                let noun_numbers = w == "numbers" && words > 0;
                // "Canada's current account deficit widened", "U.K. Average earnings
                // rose": a verb of level with only nouns between it and the clause's
                // verb is a noun of the phrase, as two verbs do not stand side by side;
                // "current account" and "capital account" are nouns anywhere.
                let nouns_to_verb = matches!(w, "account" | "accounts")
                    && k > 0
                    && matches!(cx.word_bytes(k - 1), b"current" | b"capital")
                    || k + 1 < limit
                        && limit - k <= 3
                        && (k + 1..limit).all(|at| {
                            let noun = cx.word(at);
                            cx.is(at, TokKind::Word)
                                && !is_stop(noun, || cx.text(at))
                                && !is_verbish(noun)
                                && !is_clause_verb(noun)
                                && !is_adverb(noun)
                        })
                        && {
                            let verb = cx.word(limit);
                            placement::change_verb(verb).is_some()
                                || is_linking_verb(verb)
                                || is_aux(verb)
                        };
                // "like-for-like sales", "in-work poverty": a word that opens a compound.
                // But "year-on-year", "month-to-date" name a period, not a thing ("the
                // day-ahead power price" names a market's contract for the day after).
                let opens_compound = cx.punct_is(k + 1, "-")
                    && cx.glued(k + 1)
                    && cx.glued(k + 2)
                    && cx.is(k + 2, TokKind::Word)
                    && (!is_time_word(w, cx.text(k))
                        || cx.word_is(k + 2, "ahead")
                        || period_compound_before_noun(cx, k, limit));
                // "A wildfire east of Redding grew": a point of the compass before "of"
                // says where the thing is, and ends its phrase.
                if words > 0 && compass_of(cx, k) {
                    break;
                }
                // "a margin of error of 3 points": the phrase is one noun.
                if w == "of"
                    && words > 0
                    && cx.word_is(k - 1, "margin")
                    && cx.word_is(k + 1, "error")
                    && k + 2 <= limit
                {
                    k += 2;
                    words += 1;
                    end = Some(k);
                    continue;
                }
                // "Average SAT scores fell": a word in capitals among words that are not
                // is an abbreviation, never the verb it spells.
                let abbreviation =
                    words > 0 && is_abbreviation(cx, k) && !is_abbreviation(cx, k - 1);
                // "The annual cost is £486": after an adjective of period that opens the
                // phrase, a verb's form is its noun. So is "cost" after "average" ("The
                // average cost of a funeral rose"), though "The average rose" keeps its
                // verb.
                let after_period = words == 1
                    && k > h
                    && (is_adjective_of_period(cx.word(k - 1))
                        || cx.word_is(k - 1, "average") && matches!(w, "cost" | "costs"));
                // "Waiting times have grown": "times" after a noun is the noun.
                let times_noun = words > 0 && noun_times(cx, k);
                if !after_hyphen
                    && (is_stop(w, || cx.text(k))
                        && !opens_compound
                        && !place_adjective(cx, k)
                        && !times_noun
                        || number::small(w).is_some()
                        || words > 0
                            && !abbreviation
                            && !after_period
                            && (placement::change_verb(w).is_some() && !noun_before_of
                                || is_linking_verb(w)
                                    && !named_average
                                    && !level_noun
                                    && !after_compound
                                    && !noun_numbers
                                    && !nouns_to_verb
                                    // "Build costs rose 4.1%".
                                    && !noun_before_verb
                                || is_aux(w)
                                || is_clause_verb(w)
                                    && !noun_before_verb
                                    && !noun_before_its_verb(cx, k)))
                {
                    break;
                }
                // "the two-year fixed rate": after a compound figure, an adjective; so
                // too between two words of the phrase right before the verb ("maximum
                // sustained winds reached", after a word like "maximum" or "net").
                // So after such a word with nouns only up to the verb or a preposition:
                // "global insured catastrophe losses were", "the average defined
                // contribution pot at retirement is".
                let plain_noun = |t: usize| {
                    cx.is(t, TokKind::Word)
                        && !is_stop(cx.word(t), || cx.text(t))
                        && !is_verbish(cx.word(t))
                        && !is_clause_verb(cx.word(t))
                };
                let nouns_after = (k + 1..limit)
                    .take_while(|&t| {
                        !cx.is(t, TokKind::Word) || !is_stop(cx.word(t), || cx.text(t))
                    })
                    .count();
                let inside_phrase = k > 0
                    && (k + 2 == limit
                        || (1..=3).contains(&nouns_after)
                            // The whole phrase fits: at most four words.
                            && words + 1 + nouns_after <= 4
                            && (k + 1..=k + nouns_after).all(plain_noun)
                            && (k + 1 + nouns_after == limit
                                || cx.is(k + 1 + nouns_after, TokKind::Word)))
                    && matches!(
                        cx.word(k - 1),
                        "maximum"
                            | "minimum"
                            | "net"
                            | "gross"
                            | "total"
                            | "entire"
                            | "average"
                            | "overall"
                            | "annual"
                            | "combined"
                            | "original"
                            | "initial"
                            | "final"
                            | "global"
                            | "worldwide"
                            | "typical"
                            | "median"
                    )
                    && plain_noun(k + 1);
                if words > 0
                    && !after_hyphen
                    && !after_compound
                    && !inside_phrase
                    && w.len() > 4
                    && w.ends_with("ed")
                    && !is_noun_in_ed(w)
                {
                    break;
                }
                after_compound = false;
                // "U.S.": the letters after a dot are one word with the first.
                if !(after_hyphen || k > h && cx.glued(k) && cx.punct_is(k - 1, ".")) {
                    words += 1;
                }
                k += 1;
                end = Some(k);
                // "Measles cases have reached": a noun in -s before another plural noun
                // describes it, as after a figure.
                let next = cx.word(k);
                let plural = is_plural_written(w, || cx.text(k - 1));
                let modifier_of_next = plural
                    && words < 4
                    && k < limit
                    && cx.is(k, TokKind::Word)
                    && !cx.capital(k)
                    && is_plural(next)
                    && !is_stop(next, || cx.text(k))
                    && !is_verbish(next)
                    && !is_clause_verb(next)
                    // "services revenue rose", "sales growth slowed": a plural noun
                    // before the nouns that run on to the verb describes them.
                    || plural
                        && limit > k
                        && limit - k <= 2
                        && {
                            let verb = cx.word(limit);
                            placement::change_verb(verb).is_some()
                                || is_linking_verb(verb)
                                || is_aux(verb)
                        }
                        && (k..limit).all(|t| {
                            let w = cx.word(t);
                            cx.is(t, TokKind::Word)
                                && !cx.capital(t)
                                && !is_stop(w, || cx.text(t))
                                && !is_verbish(w)
                                && !is_clause_verb(w)
                                && !is_adverb(w)
                                && !matches!(
                                    w,
                                    "however" | "though" | "too" | "instead" | "meanwhile"
                                )
                        });
                // "The Dow Jones Industrial Average": a name runs on in capitals.
                let name_goes_on = cx.capital(k - 1) && cx.capital(k) && cx.is(k, TokKind::Word);
                // "an odds ratio of 2.3", "the sales tax": a noun only ever in -s before
                // the noun it describes.
                let describes_next = (w == "odds" || attributive_in_s(w))
                    && cx.is(k, TokKind::Word)
                    && !cx.capital(k)
                    && !is_stop(next, || cx.text(k))
                    && !is_verbish(next)
                    && !is_clause_verb(next)
                    || attributive_account(cx, k - 1, k);
                if plural
                    && !is_modifier(w)
                    && !cx.glued(k)
                    && !modifier_of_next
                    && !name_goes_on
                    && !describes_next
                    && !per_unit_at(cx, k, limit)
                {
                    break;
                }
            }
            Some(TokKind::Punct) => {
                let p = cx.punct(k);
                if matches!(p, "-" | "&") && cx.glued(k) && cx.glued(k + 1) && words > 0 {
                    k += 1;
                } else if p == "." && cx.glued(k) && words > 0 && cx.text_bytes(k - 1).len() == 1 {
                    k += 1;
                    end = Some(k);
                } else {
                    break;
                }
            }
            // "Global CO2 emissions": digits glued to a word are part of its name.
            Some(TokKind::Num) if words > 0 && cx.glued(k) && cx.is(k - 1, TokKind::Word) => {
                k += 1;
                end = Some(k);
            }
            _ => break,
        }
    }
    // "N.z. december quarter retail sales fall": a phrase of more than four words that
    // runs on to the verb keeps its last four, which hold its head. So does one that
    // runs on to a place before the verb: "The average Band D council tax bill in Wales
    // is".
    let run_end = end.map_or(limit, |e| {
        (e..limit)
            .find(|&t| {
                matches!(cx.word_bytes(t), b"in" | b"across")
                    && t > e
                    && t + 1 < limit
                    && (t + 1..limit).all(|p| cx.capital(p))
            })
            .unwrap_or(limit)
    });
    let limit = run_end;
    if words >= 4
        && let Some(e) = end
        && e < limit
        && limit - e <= 2
        && (e..limit).all(|t| {
            let w = cx.word(t);
            cx.is(t, TokKind::Word)
                && !is_stop(w, || cx.text(t))
                && !is_verbish(w)
                && !is_clause_verb(w)
                && !is_adverb(w)
        })
    {
        // A word that starts one: not the letters after the dots of "U.S." or the
        // part after the hyphen of a compound.
        let starts_word = |t: usize| {
            cx.is(t, TokKind::Word)
                && !(t > 0 && cx.glued(t) && matches!(cx.punct(t - 1), "." | "-" | "&"))
        };
        let mut s = limit;
        let mut n = 0;
        while s > h && n < 4 {
            s -= 1;
            n += usize::from(starts_word(s));
        }
        // Not from inside a name: "New York coffee futures prices" keeps "coffee
        // futures prices".
        while s > h
            && cx.capital(s)
            && cx.capital(s - 1)
            && number::month_bytes(cx.text_bytes(s - 1)).is_none()
        {
            let Some(next) = (s + 1..limit).find(|&t| starts_word(t)) else {
                break;
            };
            s = next;
        }
        return Some((s, limit));
    }
    end.map(|e| (h, e))
}

/// Whether token `t` is a word of two or more letters written all in capitals ("SAT",
/// "NHS").
/// Whether a period compound at `k` ("year-on-year", "month-on-month", "year-to-date",
/// "year-over-year") stands before a plain noun before `limit`, as an adjective of it:
/// "the year-on-year rate", "year-to-date sales" (but "Year-on-year, sales rose" and
/// "rose 5% year-on-year" name only a period).
/// Where the noun starts after a period written apart at `k` ("year to date", "month on
/// month", "year over year"), when a plain noun follows it before `limit`.
fn period_apart_before_noun(cx: &Cx<'_>, k: usize, limit: usize) -> Option<usize> {
    let period = cx.word_bytes(k);
    let apart = matches!(period, b"year" | b"month" | b"quarter" | b"week")
        && match cx.word_bytes(k + 1) {
            b"to" => cx.word_is(k + 2, "date"),
            b"on" | b"over" => cx.word_bytes(k + 2) == period,
            _ => false,
        }
        && (k + 1..k + 3).all(|t| !cx.glued(t) && cx.is(t, TokKind::Word));
    let noun = if apart {
        k + 3
    } else {
        part_period_end(cx, k)?
    };
    (noun < limit && !cx.capital(noun) && is_plain_noun_word(cx, noun)).then_some(noun)
}

/// Where the word after a part of a year at `k` starts: "full year", "half year",
/// "first half", "fourth quarter", written apart or joined by a hyphen ("full-year",
/// "third-quarter"). Before a noun it says when, as "year to date" does: "Full year
/// profits rose 5%", "fourth quarter net income of $7m" (the noun is the thing).
fn part_period_end(cx: &Cx<'_>, k: usize) -> Option<usize> {
    let first = cx.word_bytes(k);
    let part = match first {
        b"full" | b"half" => &[&b"year"[..]][..],
        b"first" | b"second" | b"third" | b"fourth" | b"1st" | b"2nd" | b"3rd" | b"4th" => {
            &[&b"quarter"[..], &b"half"[..]][..]
        }
        _ => return None,
    };
    // "first-half", "full-year": the two words joined by a hyphen.
    let joined = cx.punct_is(k + 1, "-") && cx.glued(k + 1) && cx.glued(k + 2);
    let second = if joined { k + 2 } else { k + 1 };
    let noun = second + 1;
    (cx.is(k, TokKind::Word)
        && (joined || !cx.glued(second))
        && cx.is(second, TokKind::Word)
        && part.contains(&cx.word_bytes(second))
        && cx.is(noun, TokKind::Word)
        && !cx.glued(noun))
    .then_some(noun)
}

fn period_compound_before_noun(cx: &Cx<'_>, k: usize, limit: usize) -> bool {
    let end = match (cx.word_bytes(k + 2), cx.word_bytes(k + 4)) {
        (b"on" | b"over", _) if cx.word_bytes(k + 4) == cx.word_bytes(k) => k + 5,
        (b"to", b"date") => k + 5,
        _ => return false,
    };
    (k + 1..end).all(|t| cx.glued(t))
        && cx.punct_is(k + 3, "-")
        && end < limit
        && !cx.glued(end)
        && is_plain_noun_word(cx, end)
        // Not a name cut at its number: "Year-on-year M-3 rose".
        && !(cx.glued(end + 1) && cx.punct_is(end + 1, "-") && cx.is(end + 2, TokKind::Num))
}

fn is_abbreviation(cx: &Cx<'_>, t: usize) -> bool {
    cx.is(t, TokKind::Word) && {
        let w = cx.text_bytes(t);
        w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase)
    }
}

/// Skips a possessor at `h`: "Britain's", "the Conservatives'", "Mr Sunak's".
fn skip_possessor(cx: &Cx<'_>, h: usize) -> usize {
    // "Last year's profit", "the previous week's level": a time that owns the noun.
    if matches!(
        cx.word_bytes(h),
        b"last" | b"previous" | b"next" | b"this" | b"that"
    ) && matches!(
        cx.word_bytes(h + 1),
        b"year" | b"week" | b"month" | b"quarter" | b"season" | b"day" | b"decade"
    ) && possessive_s(cx, h + 2)
    {
        return h + 4;
    }
    let mut k = h;
    let mut words = 0;
    while words < 4 && cx.is(k, TokKind::Word) {
        let joins = joins_names(cx, k);
        if is_stop(cx.word(k), || cx.text(k)) && !joins {
            break;
        }
        words += usize::from(!joins);
        k += 1;
        // "H&M's", "Coca-Cola's": a name joined by a glued sign.
        if matches!(cx.punct(k), "&" | "-")
            && cx.glued(k)
            && cx.glued(k + 1)
            && cx.is(k + 1, TokKind::Word)
        {
            k += 1;
            continue;
        }
        if possessive_s(cx, k) {
            return k + 2;
        }
        // "the Conservatives'": an apostrophe after a plural.
        if matches!(cx.punct(k), "'" | "’") && cx.glued(k) && cx.word_bytes(k - 1).ends_with(b"s")
        {
            return k + 1;
        }
    }
    h
}

/// Whether the token at `b`, right after a figure, leaves it without a noun of its
/// own: punctuation, the end, or a word that starts a time or a new clause ("2,000
/// last year", "19 in 2023").
fn no_noun_after(cx: &Cx<'_>, b: usize) -> bool {
    !cx.is(b, TokKind::Word)
        || matches!(
            cx.word_bytes(b),
            b"last"
                | b"this"
                | b"a"
                | b"an"
                | b"in"
                | b"at"
                | b"on"
                | b"the"
                | b"earlier"
                | b"previously"
                | b"before"
                | b"now"
                | b"then"
                | b"when"
                | b"and"
        )
}

/// Whether the figure whose words end before `j` stands after a determiner or a
/// possessor ("the day's 85.00", "its 40").
fn after_determiner(cx: &Cx<'_>, j: usize) -> bool {
    let mut t = j;
    while t > 0 && (cx.is(t - 1, TokKind::Num) || cx.glued(t) && cx.is(t - 1, TokKind::Punct)) {
        t -= 1;
    }
    t >= 1
        && (is_determiner(cx.word(t - 1))
            || t >= 3 && cx.word_is(t - 1, "s") && possessive_s(cx, t - 2))
}

/// Whether an apostrophe and "s" glued to the word before stand at `k` ("Britain's").
fn possessive_s(cx: &Cx<'_>, k: usize) -> bool {
    matches!(cx.punct(k), "'" | "’") && cx.glued(k) && cx.word_is(k + 1, "s") && cx.glued(k + 1)
}

/// Whether "and" at `t` joins two names inside one ("Marks and Spencer's", "the Food
/// Service and Lodging Group's sales").
fn joins_names(cx: &Cx<'_>, t: usize) -> bool {
    t > 0 && cx.word_is(t, "and") && cx.capital(t - 1) && cx.capital(t + 1)
}

/// Steps back over determiners and a possessor before `s`.
fn skip_determiners_back(cx: &Cx<'_>, s: usize) -> usize {
    let mut v = s;
    loop {
        if v >= 1 && is_determiner(cx.word(v - 1)) {
            v -= 1;
        } else if v >= 3
            && cx.word_is(v - 1, "s")
            && matches!(cx.punct(v - 2), "'" | "’")
            && cx.is(v - 3, TokKind::Word)
        {
            v -= 3;
        } else {
            return v;
        }
    }
}

/// Where a clause begins: punctuation, or a word that opens or joins clauses.
fn is_boundary(cx: &Cx<'_>, t: usize) -> bool {
    match cx.tok(t).map(|t| t.kind) {
        Some(TokKind::Word) => {
            let w = cx.word(t);
            if w == "and" || w == "or" {
                // "England and Wales", "low- and middle-income" join names, not clauses.
                return !(cx.capital(t.wrapping_sub(1)) && cx.capital(t + 1)
                    || cx.punct_is(t.wrapping_sub(1), "-"));
            }
            // "profit before tax", "earnings after interest": a line of the accounts,
            // not a clause.
            if matches!(w, "before" | "after") && is_account_line(cx, t) {
                return false;
            }
            // "The conversion premium is indicated to be 20 to 23 pct": a verb of
            // reporting in the passive opens no clause.
            if matches!(
                w,
                "showed" | "found" | "suggested" | "revealed" | "indicated"
            ) && t > 0
                && matches!(
                    cx.word_bytes(t - 1),
                    b"is" | b"was" | b"are" | b"were" | b"be" | b"been" | b"being"
                )
            {
                return false;
            }
            matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "where"
                    | "when"
                    | "while"
                    | "said"
                    | "says"
                    // "after data showed German factory orders fell 3.9%", "The survey
                    // found house prices rose 2%": a verb of reporting opens the clause
                    // it reports, as "said" does.
                    | "showed"
                    | "shows"
                    | "found"
                    | "suggested"
                    | "suggests"
                    | "revealed"
                    | "reveals"
                    | "indicated"
                    | "indicates"
                    // "many believe the deficit will remain at $500bn", "analysts
                    // warned profits would fall": a verb of thought or warning opens
                    // the clause it states, "that" or not.
                    | "believe"
                    | "believes"
                    | "think"
                    | "thinks"
                    | "reckon"
                    | "reckons"
                    | "argue"
                    | "argues"
                    | "argued"
                    | "insist"
                    | "insists"
                    | "insisted"
                    | "warn"
                    | "warns"
                    | "warned"
                    | "but"
                    | "because"
                    | "if"
                    | "although"
                    | "though"
                    | "whereas"
                    | "whether"
                    | "according"
                    | "than"
                    | "so"
                    | "after"
                    | "before"
                    | "as"
                    | "unless"
                    | "until"
                    | "once"
                    | "since"
            )
        }
        Some(TokKind::Punct) => true,
        _ => false,
    }
}

/// A word (`w` in lower case, `written` as written) that names a time: "summer",
/// "year", "weekend", "March", "Tuesday".
fn is_time_word(w: &str, written: &str) -> bool {
    matches!(
        w,
        "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "year"
            | "month"
            | "week"
            | "weekend"
            | "day"
            | "quarter"
            | "season"
            | "term"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "today"
            | "yesterday"
    ) || number::month(written).is_some()
        || is_weekday(written)
}

/// A verb of going back to a level: "recover to", "return to", "revert to" (the
/// participles in -ed are read as any participle is).
fn is_verb_of_return(w: &str) -> bool {
    matches!(
        w,
        "recover"
            | "recovers"
            | "recovering"
            | "return"
            | "returns"
            | "returning"
            | "revert"
            | "reverts"
            | "reverting"
            | "rebound"
            | "rebounds"
            | "rebounding"
    )
}

/// A verb whose object is a rival beaten or led: "beat", "defeated", "leads", "trails".
fn is_verb_of_winning(w: &str) -> bool {
    matches!(
        w,
        "beat"
            | "beats"
            | "beaten"
            | "beating"
            | "defeat"
            | "defeats"
            | "defeated"
            | "defeating"
            | "lead"
            | "leads"
            | "led"
            | "leading"
            | "trail"
            | "trails"
            | "trailed"
            | "trailing"
            | "outpolled"
            | "outpolling"
            | "outscored"
            | "outnumber"
            | "outnumbers"
            | "outnumbered"
            | "outsold"
            | "overtook"
            | "overtaken"
            | "lag"
            | "lags"
            | "lagged"
            | "lagging"
            | "outperform"
            | "outperforms"
            | "outperformed"
            | "outperforming"
            | "underperform"
            | "underperforms"
            | "underperformed"
            | "underperforming"
    )
}

/// Whether "per" and a unit of count stand at `k`, before `limit`, inside a noun
/// phrase: "earnings per share", "spending per pupil", "income per head".
fn per_unit_at(cx: &Cx<'_>, k: usize, limit: usize) -> bool {
    cx.word_is(k, "per")
        && k + 2 <= limit
        && matches!(
            cx.word_bytes(k + 1),
            b"share"
                | b"head"
                | b"capita"
                | b"pupil"
                | b"student"
                | b"person"
                | b"household"
                | b"user"
                | b"customer"
                | b"subscriber"
                | b"passenger"
                | b"visit"
                | b"visitor"
                | b"resident"
                | b"adult"
                | b"employee"
                | b"patient"
        )
}

/// Whether "before" or "after" at `t` names a line of the accounts ("profit before
/// tax", "losses after interest"), not the start of a clause.
fn is_account_line(cx: &Cx<'_>, t: usize) -> bool {
    t > 0
        && matches!(
            cx.word_bytes(t - 1),
            b"profit"
                | b"profits"
                | b"earnings"
                | b"income"
                | b"loss"
                | b"losses"
                | b"pay"
                | b"returns"
        )
        && matches!(
            cx.word_bytes(t + 1),
            b"tax" | b"taxes" | b"taxation" | b"interest" | b"exceptional" | b"exceptionals"
        )
}

/// "is", "was" and the like.
fn is_copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "remained"
            | "remains"
            | "stood"
            | "stands"
    )
}

/// Prepositions in -ing: "during", "including", "following", "according".
fn is_preposition_in_ing(w: &str) -> bool {
    matches!(
        w,
        "during"
            | "including"
            | "excluding"
            | "following"
            | "according"
            | "regarding"
            | "concerning"
            | "considering"
            | "notwithstanding"
            | "pending"
            | "barring"
            | "counting"
            | "starting"
            | "beginning"
            | "ending"
    )
}

/// Whether token `k` is a preposition in -ing inside a phrase: "Hayes following
/// completion", "a sinking fund starting in 1992"; but "starting", "beginning" and
/// "ending" before a noun describe it ("average starting pay", "the ending balance").
fn preposition_in_ing_at(cx: &Cx<'_>, k: usize) -> bool {
    let w = cx.word(k);
    let describes_noun = cx.is(k + 1, TokKind::Word)
        && !cx.capital(k + 1)
        && !is_stop(cx.word(k + 1), || cx.text(k + 1));
    is_preposition_in_ing(w)
        && (!describes_noun || !matches!(w, "starting" | "beginning" | "ending"))
}

/// Verbs of level whose bare form is also a noun: "the average", "the total", "the
/// cost".
fn is_level_noun(w: &str) -> bool {
    matches!(
        w,
        "average" | "total" | "amount" | "cost" | "range" | "hit" | "set"
    )
}

/// Verbs that end a subject noun phrase: auxiliaries, past-tense change verbs and
/// reporting verbs, but not words that are also nouns ("average", "charges", "rise").
pub(crate) fn is_clause_verb(w: &str) -> bool {
    is_aux(w)
        || placement::change_verb(w).is_some()
            && (w.ends_with("ed")
                || matches!(
                    w,
                    "rose"
                        | "fell"
                        | "grew"
                        | "sank"
                        | "shrank"
                        | "slid"
                        | "lost"
                        | "dove"
                        | "leapt"
                ))
        || CLAUSE_VERBS.contains(w)
}

/// The verbs of [`is_clause_verb`] other than auxiliaries and changes in the past:
/// reporting verbs and verbs that are no noun.
static CLAUSE_VERBS: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "said",
        "says",
        "told",
        "estimates",
        "estimated",
        "expects",
        "expected",
        "forecasts",
        "assumes",
        "assumed",
        "calculates",
        "calculated",
        "believes",
        "reported",
        "reports",
        "announced",
        "announces",
        "found",
        "finds",
        "shows",
        "showed",
        "needs",
        "wants",
        "plans",
        "seeks",
        "sees",
        "puts",
        "received",
        "receives",
        "held",
        "holds",
        "lowered",
        "raised",
        "raises",
        "lifted",
        "lifts",
        "took",
        "takes",
        "means",
        "meant",
        "start",
        "starts",
        "started",
        "begin",
        "begins",
        "saw",
        "brought",
        "brings",
        "sold",
        "bought",
        "won",
        "became",
        "began",
        "made",
        "makes",
        "gave",
        "gives",
        "kept",
        "keeps",
        "pays",
        "paid",
        "spent",
        "spends",
        "approved",
        "approves",
        "live",
        "lives",
        "think",
        "thinks",
        "believe",
        "support",
        "supports",
        "oppose",
        "opposes",
        "agree",
        "agrees",
        "work",
        "works",
        "die",
        "dies",
        "struck",
        "raise",
        "lift",
        "lower",
        "reduce",
        "boost",
        "bring",
        "keep",
        "push",
        "hold",
        "hit",
        "adds",
        // "The data suggests growth of 0.2%", "Reynolds showing gains of 4.5%". Not the
        // participles, which name a kind of figure as often ("the indicated coupon",
        // "the suggested retail price").
        "indicates",
        "suggests",
        "reveals",
        "showing",
    ])
});

fn is_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "supply"
                | "family"
                | "italy"
                | "july"
                | "assembly"
                | "rally"
                | "ally"
                | "monthly"
                | "weekly"
                | "daily"
                | "yearly"
                | "quarterly"
        )
        || ADVERBS.contains(w)
}

/// The adverbs of [`is_adverb`] that do not end in "-ly" or are too short to be told
/// by it.
static ADVERBS: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "also",
        // "little changed from 44.6%": an adverb before a participle.
        "little",
        "still",
        "now",
        "already",
        "again",
        "just",
        "only",
        "even",
        "then",
        "further",
        "sharply",
        // "The figures were revised upwards by 3,000": the direction of a
        // revision, not what was revised.
        "upward",
        "upwards",
        "downward",
        "downwards",
        "almost",
        "nearly",
        "about",
        "around",
        "roughly",
        "nevertheless",
        "nonetheless",
        "meanwhile",
        "however",
        "instead",
        "likewise",
        "therefore",
        "thus",
    ])
});

/// Nouns that end in "-ed" like a participle: "download speed", "animal feed".
fn is_noun_in_ed(w: &str) -> bool {
    matches!(
        w,
        "speed" | "feed" | "seed" | "breed" | "greed" | "steed" | "creed"
    )
}

/// A verb a share may take as its subject: "half receive", "a third say", "fewer than
/// half complete on time".
fn is_clause_verb_or_base(w: &str) -> bool {
    is_clause_verb(w)
        || matches!(
            w,
            "receive"
                | "say"
                | "want"
                | "need"
                | "use"
                | "feel"
                | "expect"
                | "plan"
                | "report"
                | "think"
                | "believe"
                | "agree"
                | "disagree"
                | "support"
                | "oppose"
                | "prefer"
                | "worry"
                | "struggle"
                | "complete"
                | "finish"
                | "survive"
                | "die"
                | "live"
                | "work"
                | "vote"
        )
}

/// "-ed" and "-ing" forms right before a preposition: "capped at", "settling at".
fn is_participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || (w.len() > 5 && w.ends_with("ing"))
}

/// Past participles not in "-ed" that are not also nouns: "caught", "seen", "driven".
fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "caught"
            | "seen"
            | "driven"
            | "thrown"
            | "shown"
            | "given"
            | "taken"
            | "known"
            | "sold"
            | "bought"
            | "told"
            | "brought"
            | "struck"
            | "ridden"
            | "flown"
            | "drawn"
            | "written"
            | "chosen"
            | "beaten"
            | "frozen"
            | "hidden"
    )
}

/// Words that are (very likely) verbs.
fn is_verbish(w: &str) -> bool {
    is_linking_verb(w)
        || placement::change_verb(w).is_some()
        || is_aux(w)
        || is_participle(w)
            && !matches!(
                w,
                "red"
                    | "shed"
                    | "bed"
                    | "need"
                    | "speed"
                    | "seed"
                    | "feed"
                    | "hundred"
                    | "building"
                    | "spending"
                    | "funding"
                    | "housing"
                    | "training"
                    | "meeting"
                    | "earnings"
                    | "lending"
                    | "borrowing"
                    | "pricing"
                    | "advertising"
                    | "manufacturing"
                    | "shipping"
                    | "trading"
                    | "banking"
                    | "nothing"
                    | "something"
                    | "anything"
                    | "everything"
                    | "morning"
                    | "evening"
                    | "ceiling"
                    | "offering"
                    | "financing"
                    // "a net rating of minus 27", "a reading of 52.3".
                    | "rating"
                    | "ratings"
                    | "reading"
                    | "readings"
            )
        || VERBISH.contains(w)
}

/// The words of [`is_verbish`] that are neither linking verbs, changes, auxiliaries
/// nor participles.
static VERBISH: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "estimates",
        "estimate",
        "expects",
        "expect",
        "forecasts",
        "forecast",
        "puts",
        "sees",
        "assumes",
        "assume",
        "calculates",
        "raise",
        "raises",
        "lift",
        "lifts",
        "take",
        "takes",
        "bring",
        "brings",
        "push",
        "pushes",
        "sets",
        "keep",
        "keeps",
        "hold",
        "holds",
        "held",
        "pays",
        "paid",
        "spend",
        "spends",
        "spent",
        "receive",
        "receives",
        "need",
        "needs",
        "find",
        "finds",
        "found",
        "offer",
        "offers",
        "get",
        "gets",
        "got",
        "give",
        "gives",
        "gave",
        "make",
        "see",
        "saw",
        "face",
        "faces",
        "plan",
        "plans",
        "want",
        "wants",
        "seek",
        "seeks",
        "sought",
        "owe",
        "owes",
        "earn",
        "earns",
        "win",
        "wins",
        "won",
        "lose",
        "sell",
        "sells",
        "sold",
        "buy",
        "buys",
        "bought",
        "said",
        "says",
        "told",
        "shows",
        "show",
        "showed",
        "kept",
        "took",
        "brought",
        "left",
        "lent",
        "lend",
        "borrow",
        "borrows",
        "charge",
        "charges",
    ])
});

/// Verbs in the present that follow the noun a figure counts and never describe it
/// ("1,300 staff face redundancy", "1 in 5 adults experiences", "staff earn").
/// Whether the word at `k` is a verb in -s that places or prices its subject, never a
/// noun there, before a preposition: "sells for", "hangs from", "burns at", "sits
/// above", "stretches across".
fn verb_of_place_or_price(cx: &Cx<'_>, k: usize) -> bool {
    matches!(
        cx.word_bytes(k),
        b"sells"
            | b"retails"
            | b"hangs"
            | b"burns"
            | b"sits"
            | b"lies"
            | b"stretches"
            | b"towers"
            | b"looms"
            | b"orbits"
            | b"glows"
    ) && k > 0
        && cx.is(k - 1, TokKind::Word)
        && matches!(
            cx.word_bytes(k + 1),
            b"for"
                | b"from"
                | b"at"
                | b"above"
                | b"below"
                | b"across"
                | b"over"
                | b"under"
                | b"beneath"
                | b"near"
                | b"beside"
                | b"around"
                | b"along"
                | b"between"
        )
}

/// Whether the word at `k`, a noun and a verb alike ("work", "support"), is the noun
/// here: the subject right before a verb in the past ("new housing work dropped 3.4%",
/// "public support fell").
fn noun_before_its_verb(cx: &Cx<'_>, k: usize) -> bool {
    matches!(
        cx.word_bytes(k),
        b"work" | b"support" | b"use" | b"report" | b"vote" | b"plan"
    ) && k > 0
        && cx.is(k - 1, TokKind::Word)
        && !is_stop(cx.word(k - 1), || cx.text(k - 1))
        && {
            let next = cx.word(k + 1);
            next.len() > 4 && next.ends_with("ed") && placement::change_verb(next).is_some()
                || matches!(next, "rose" | "fell" | "grew" | "sank" | "shrank")
        }
}

fn is_present_verb(w: &str) -> bool {
    matches!(
        w,
        "face"
            | "faces"
            | "experience"
            | "experiences"
            | "earn"
            | "earns"
            | "owe"
            | "owes"
            | "lengthen"
            | "lengthens"
            | "shorten"
            | "shortens"
            | "produce"
            | "produces"
            | "generate"
            | "generates"
            | "provide"
            | "provides"
            | "consume"
            | "consumes"
            | "employ"
            | "employs"
            | "serve"
            | "serves"
    )
}

/// Adjectives that end a noun phrase after a figure: "120 staff redundant".
fn is_adjective_after(w: &str) -> bool {
    w.len() > 5
        && ["ant", "ent", "ive", "ous", "ful", "less", "able", "ible"]
            .iter()
            .any(|s| w.ends_with(s))
        // "requirement", "payment": nouns in -ment.
        && !w.ends_with("ment")
        && !matches!(
            w,
            "students"
                | "agent"
                | "president"
                | "resident"
                | "patient"
                | "client"
                | "parent"
                | "incident"
                | "employee"
                | "executive"
                | "representative"
                | "detective"
                | "relative"
                | "restaurant"
                | "immigrant"
                | "migrant"
                | "applicant"
                | "participant"
                | "consultant"
                | "assistant"
                | "servant"
                | "tenant"
                | "merchant"
                | "sergeant"
                | "lieutenant"
                | "infant"
                | "giant"
                | "plant"
                | "grant"
                | "percent"
                | "element"
                | "segment"
                | "payment"
                | "investment"
                | "department"
                | "government"
                | "parliament"
                | "apartment"
                | "tournament"
                | "document"
                | "equipment"
                | "shipment"
                | "statement"
                | "settlement"
                | "agreement"
                | "movement"
                | "treatment"
                | "student"
                | "opponent"
                | "component"
                | "defendant"
                | "respondent"
                | "variant"
                | "accident"
                | "objective"
                | "incentive"
                | "initiative"
                | "alternative"
                | "cable"
                | "table"
                | "vegetable"
                | "constable"
                | "timetable"
                | "bus"
        )
}

/// Comparatives that say how a figure compares: "longer", "firmer", "higher".
fn is_comparative(w: &str) -> bool {
    matches!(
        w,
        "longer"
            | "shorter"
            | "higher"
            | "lower"
            | "bigger"
            | "smaller"
            | "larger"
            | "greater"
            | "faster"
            | "slower"
            | "quicker"
            | "cheaper"
            | "dearer"
            | "better"
            | "worse"
            | "older"
            | "younger"
            | "stronger"
            | "weaker"
            | "firmer"
            | "easier"
            | "softer"
    )
}

/// Adjectives after a percentage that say how, not what: "95% effective".
fn is_predicate_adjective(w: &str) -> bool {
    matches!(
        w,
        "effective"
            | "likely"
            | "accurate"
            | "sure"
            | "certain"
            | "complete"
            | "full"
            | "owned"
            | "funded"
            | "ready"
            | "efficient"
            | "correct"
            | "true"
            | "confident"
            | "safe"
            | "renewable"
            | "recyclable"
            | "occupied"
            | "vaccinated"
            | "done"
            | "finished"
    )
}

/// The subject text (as written, from `source`) and key of tokens `[a, b)`.
pub(crate) fn text_and_key(
    cx: &Cx<'_>,
    source: &str,
    (a, b): (usize, usize),
    before_figure: bool,
    aliases: &HashMap<String, String>,
) -> Option<(String, String, usize, usize)> {
    // "third-quarter revenue of about $32.5bn", "a first-half rise of 4%": the period
    // left over from an ordinal compound says when, and the noun after it is the thing.
    let a = if a >= 2
        && a + 1 < b
        && cx.punct_is(a - 1, "-")
        && cx.glued(a - 1)
        && cx.glued(a)
        && matches!(cx.word_bytes(a), b"quarter" | b"half")
        && matches!(
            cx.word_bytes(a - 2),
            b"first" | b"second" | b"third" | b"fourth" | b"1st" | b"2nd" | b"3rd" | b"4th"
        )
        && cx.is(a + 1, TokKind::Word)
    {
        a + 1
    } else if a >= 1
        && a + 2 < b
        && cx.punct_is(a, "-")
        && cx.glued(a)
        && cx.glued(a + 1)
        && matches!(cx.word_bytes(a + 1), b"quarter" | b"half")
        && matches!(
            cx.word_bytes(a - 1),
            b"first" | b"second" | b"third" | b"fourth" | b"1st" | b"2nd" | b"3rd" | b"4th"
        )
        && cx.is(a + 2, TokKind::Word)
    {
        a + 2
    } else if let Some(noun) = part_period_end(cx, a)
        .or_else(|| a.checked_sub(1).and_then(|p| part_period_end(cx, p)))
        .filter(|&noun| noun > a && noun < b)
    {
        // "full year profits", "fourth quarter net income" (the ordinal read apart).
        noun
    } else {
        a
    };
    let (start, end) = cx.bytes(a, b);
    let text = source.get(start..end)?.to_owned();
    // Words as byte ranges of the lower-case text: tokens glued together ("U.S.",
    // "like-for-like") are one word, and lie side by side in the text.
    let mut words = [(0usize, 0usize); 12];
    let mut n = 0;
    for k in a..b {
        let t = cx.tok(k)?;
        if n > 0 && cx.glued(k) {
            words[n - 1].1 = t.end;
        } else if t.kind != TokKind::Punct && n < words.len() {
            words[n] = (t.start, t.end);
            n += 1;
        }
    }
    let word = |(s, e): (usize, usize)| cx.lower_text(s, e);
    // "the 52,888-seat stadium" → stadium: a figure in a compound before the noun is no
    // part of the key ("3-pointer" alone is).
    let kept = words[..n].iter().enumerate().filter_map(|(i, &r)| {
        let w = word(r);
        let figure =
            i + 1 < n && w.as_bytes().first().is_some_and(u8::is_ascii_digit) && w.contains('-');
        // "New York coffee futures": "New" in a place's name is part of it (but "New
        // Dutch advances" are advances).
        let name = w == "new"
            && i + 1 < n
            && source.as_bytes().get(r.0) == Some(&b'N')
            && matches!(
                source.get(words[i + 1].0..words[i + 1].1),
                Some(
                    "York"
                        | "Zealand"
                        | "Jersey"
                        | "Mexico"
                        | "Hampshire"
                        | "England"
                        | "South"
                        | "Delhi"
                        | "Orleans"
                        | "Guinea"
                        | "Brunswick"
                        | "Haven"
                        | "Caledonia"
                )
            );
        (!w.is_empty()
            && !figure
            && (name || !is_modifier(w))
            && !is_determiner(w)
            && number::small(w).is_none())
        .then_some(w)
    });
    let mut kept: Vec<&str> = kept.collect();
    // "Passenger numbers climbed to 41.2 million": the numbers of a thing, before the
    // figure, count the thing, as "the number of passengers" does ("4.6 million
    // passport numbers" are numbers).
    if before_figure && kept.len() >= 2 && kept.last() == Some(&"numbers") {
        kept.pop();
    }
    let mut kept = kept.into_iter();
    let mut key = String::with_capacity(end - start);
    let mut last = kept.next()?;
    for w in kept {
        key.push_str(last);
        key.push(' ');
        last = w;
    }
    // "MPs", "CEOs": an upper-case abbreviation with a plural s.
    let last_at = (a..b).rev().find(|&k| cx.is(k, TokKind::Word));
    let written_last = last_at.map_or("", |k| cx.text(k));
    // Not where a figure right before counts them: "25 additional Zayre Stores".
    let figure = |k: usize| cx.is(k, TokKind::Num) || number::small(cx.word(k)).is_some();
    let counted = a >= 1
        && (figure(a - 1)
            || a >= 2 && cx.is(a - 1, TokKind::Word) && !cx.capital(a - 1) && figure(a - 2));
    if !counted && firm_name_ending(cx, last_at) {
        key.push_str(last);
    } else if last.len() <= 5
        && written_last.len() >= 3
        && written_last.ends_with('s')
        && written_last[..written_last.len() - 1]
            .chars()
            .all(|c| c.is_ascii_uppercase())
    {
        key.push_str(&last[..last.len() - 1]);
    } else {
        key.push_str(&singular(last));
    }
    alias(&mut key, aliases);
    Some((text, key, start, end))
}

/// Replaces a key by the name its alias group stands for: the whole key ("staff" →
/// "worker"), or else a last word that is a one-word alias, the words before it kept
/// ("maple valley employee" → "maple valley worker", so the employees of one place
/// meet its workers).
fn alias(key: &mut String, aliases: &HashMap<String, String>) {
    if let Some(canonical) = aliases.get(key.as_str()) {
        key.clone_from(canonical);
    } else if let Some((before, last)) = key.rsplit_once(' ')
        && let Some(canonical) = aliases.get(last).filter(|c| !c.contains(' '))
    {
        *key = format!("{before} {canonical}");
    }
}

/// Whether the word at `k` ends a company's name in a plural of its trade, after
/// another capitalised word: "General Motors", "Reynolds Metals", "Shearson Lehman
/// Brothers", "Delta Air Lines". The name stays as written ("general motors"), where
/// "motors" would be singularised as a noun.
fn firm_name_ending(cx: &Cx<'_>, k: Option<usize>) -> bool {
    let Some(k) = k else { return false };
    k > 0
        && cx.capital(k)
        && cx.is(k - 1, TokKind::Word)
        && cx.capital(k - 1)
        && !cx.glued(k)
        && matches!(
            cx.text(k),
            "Motors"
                | "Metals"
                | "Brothers"
                | "Industries"
                | "Airlines"
                | "Lines"
                | "Holdings"
                | "Foods"
                | "Mills"
                | "Stores"
                | "Laboratories"
                | "Pharmaceuticals"
                | "Instruments"
                | "Chemicals"
                | "Systems"
                | "Technologies"
                | "Communications"
                | "Enterprises"
                | "Resources"
                | "Securities"
                | "Mines"
                | "Minerals"
                | "Breweries"
                | "Distillers"
                | "Electronics"
                | "Semiconductors"
                | "Networks"
                | "Partners"
                | "Properties"
        )
}

/// Singular of an English noun: members → member, companies → company, children →
/// child, people stays people.
pub(crate) fn singular(w: &str) -> Cow<'_, str> {
    let irregular = match w {
        "people" | "police" | "staff" | "data" | "media" | "news" | "series" | "species"
        | "measles" | "diabetes" | "mumps" | "rabies" | "economics" | "politics" | "physics"
        | "athletics" | "aircraft" | "sheep" | "fish" | "deer" | "cattle" | "personnel"
        | "means" | "headquarters" | "crossroads" | "commons" | "odds" => Some(w),
        _ if is_singular_in_s(w) => Some(w),
        "children" => Some("child"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "criteria" => Some("criterion"),
        "phenomena" => Some("phenomenon"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "knives" => Some("knife"),
        "halves" => Some("half"),
        "shelves" => Some("shelf"),
        "wolves" => Some("wolf"),
        "thieves" => Some("thief"),
        "leaves" => Some("leaf"),
        "loaves" => Some("loaf"),
        "heroes" => Some("hero"),
        "potatoes" => Some("potato"),
        "tomatoes" => Some("tomato"),
        "vetoes" => Some("veto"),
        "echoes" => Some("echo"),
        "dlrs" => Some("dollar"),
        // "She scored 14pts", "won by 3 pts": the points of a game, as written short.
        "pts" => Some("point"),
        // Plurals in -oes of nouns in -o, and in -ches of nouns in -che.
        "cargoes" => Some("cargo"),
        "volcanoes" => Some("volcano"),
        "mosquitoes" => Some("mosquito"),
        "tornadoes" => Some("tornado"),
        "torpedoes" => Some("torpedo"),
        "embargoes" => Some("embargo"),
        "dominoes" => Some("domino"),
        "mangoes" => Some("mango"),
        "tranches" => Some("tranche"),
        "niches" => Some("niche"),
        "caches" => Some("cache"),
        "avalanches" => Some("avalanche"),
        "cliches" => Some("cliche"),
        "creches" => Some("creche"),
        "analyses" => Some("analysis"),
        "crises" => Some("crisis"),
        "theses" => Some("thesis"),
        "bases" => Some("base"),
        "indices" => Some("index"),
        "matrices" => Some("matrix"),
        // Plurals in -is of nouns in -i ("taxis", "skis"), where a word in -is is
        // otherwise singular ("analysis", "tennis").
        "taxis" => Some("taxi"),
        "skis" => Some("ski"),
        "kiwis" => Some("kiwi"),
        "safaris" => Some("safari"),
        "bikinis" => Some("bikini"),
        "rabbis" => Some("rabbi"),
        "alibis" => Some("alibi"),
        "emojis" => Some("emoji"),
        "semis" => Some("semi"),
        "yetis" => Some("yeti"),
        "martinis" => Some("martini"),
        "chilis" => Some("chili"),
        _ => None,
    };
    if let Some(s) = irregular {
        return Cow::Borrowed(s);
    }
    // "grandchildren", "schoolchildren", "gunmen", "policewomen": compounds of an
    // irregular plural (but "specimen" and "abdomen" are singular).
    if let Some(stem) = w.strip_suffix("children") {
        return Cow::Owned(format!("{stem}child"));
    }
    if let Some(stem) = w.strip_suffix("men")
        && stem.len() >= 3
        && !matches!(
            w,
            "specimen" | "abdomen" | "regimen" | "acumen" | "bitumen" | "albumen" | "cyclamen"
        )
    {
        return Cow::Owned(format!("{stem}man"));
    }
    // "midwives", "housewives", "penknives", "bookshelves", "werewolves": compounds of a
    // plural in -ves (but not "lives", whose compounds include "olives").
    for (plural, one) in [
        ("wives", "wife"),
        ("knives", "knife"),
        ("shelves", "shelf"),
        ("wolves", "wolf"),
    ] {
        if let Some(stem) = w.strip_suffix(plural) {
            return Cow::Owned(format!("{stem}{one}"));
        }
    }
    let n = w.len();
    if n <= 3
        || !w.ends_with('s')
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
        || w.ends_with("'s")
    {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("ies")
        && n > 4
    {
        return Cow::Owned(format!("{stem}y"));
    }
    // "buses", "bonuses", "gases": a noun in -s takes -es in the plural (but "houses",
    // "causes" and "abuses" are a noun in -se with an s).
    if let Some(stem) = w.strip_suffix("es")
        && is_noun_in_s(stem)
    {
        return Cow::Borrowed(stem);
    }
    for suffix in ["sses", "xes", "ches", "shes", "zzes"] {
        if w.ends_with(suffix) {
            return Cow::Borrowed(&w[..n - 2]);
        }
    }
    Cow::Borrowed(&w[..n - 1])
}

/// A noun in -s whose plural adds -es: "bus", "minibus", "bonus", "gas", "bias".
fn is_noun_in_s(stem: &str) -> bool {
    matches!(
        stem,
        "bus"
            | "bonus"
            | "virus"
            | "campus"
            | "census"
            | "status"
            | "surplus"
            | "circus"
            | "stimulus"
            | "consensus"
            | "prospectus"
            | "syllabus"
            | "octopus"
            | "focus"
            | "genus"
            | "chorus"
            | "apparatus"
            | "cactus"
            | "sinus"
            | "walrus"
            | "fetus"
            | "foetus"
            | "hiatus"
            | "nexus"
            | "gas"
            | "bias"
            | "alias"
            | "atlas"
            | "canvas"
            | "lens"
            | "iris"
    ) || stem.len() > 4 && stem.ends_with("bus") && stem != "abus"
}

/// Plural, as written: "MPs" and "CEOs" count too.
fn is_plural_written<'w>(w: &str, written: impl FnOnce() -> &'w str) -> bool {
    is_plural(w)
        || (w.len() == 3 && {
            let written = written();
            written.ends_with('s') && written[..2].chars().all(|c| c.is_ascii_uppercase())
        })
}

/// A singular noun in -s: "Christmas gift sets", "a lens", "the bias".
fn is_singular_in_s(w: &str) -> bool {
    // "Antwerp-Bruges": the last part of a hyphenated name.
    let w = w.rsplit('-').next().unwrap_or(w);
    matches!(
        w,
        "christmas"
            | "xmas"
            | "atlas"
            | "canvas"
            | "alias"
            | "bias"
            | "pancreas"
            | "chaos"
            | "ethos"
            | "kudos"
            | "cosmos"
            | "lens"
            | "texas"
            | "kansas"
            | "arkansas"
            // Places whose names end in -s: "Antwerp-Bruges gained 3.6%".
            | "bruges"
            | "flanders"
            | "wales"
            | "athens"
            | "brussels"
            | "paris"
            | "naples"
            | "dallas"
            | "vegas"
            | "angeles"
            | "honduras"
            | "barbados"
            | "bahamas"
            | "netherlands"
            | "philippines"
            | "seychelles"
            | "maldives"
            // Names of people in -s, in firms' and indexes' names too ("the Dow Jones
            // average", "McDonnell Douglas"), whose -s is no plural.
            | "jones"
            | "douglas"
            | "thomas"
            | "nicholas"
            | "lucas"
            | "hughes"
            | "barnes"
            | "holmes"
            | "hayes"
            | "forbes"
            | "rhodes"
            | "charles"
            | "james"
            | "davies"
            | "reyes"
            | "hopkins"
            | "perkins"
            | "jenkins"
            | "watkins"
            | "collins"
            | "evans"
            | "reynolds"
            | "simmons"
            | "dickens"
            | "phillips"
            | "philips"
            | "moines"
    )
}

fn is_plural(w: &str) -> bool {
    matches!(w, "people" | "children" | "men" | "women")
        || (w.len() > 3
            && w.ends_with('s')
            && !is_singular_in_s(w)
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !matches!(
                w,
                "news"
                    | "series"
                    | "species"
                    | "means"
                    | "headquarters"
                    | "always"
                    | "perhaps"
                    | "whereas"
                    | "plus"
                    | "across"
                    | "towards"
                    | "afterwards"
                    | "besides"
            ))
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "these"
            | "those"
            | "this"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
            | "all"
            | "such"
            | "each"
            | "every"
    )
}

/// Words dropped from the key ("additional", "more", "requested").
/// A noun only ever in -s that stands before the noun it describes: "sales tax", "arms
/// deal", "savings account", "sports hall", "arts centre", "clothes bank", "rights
/// issue".
fn attributive_in_s(w: &str) -> bool {
    matches!(
        w,
        "sales"
            | "arms"
            | "rights"
            | "savings"
            | "goods"
            | "customs"
            | "sports"
            | "arts"
            | "clothes"
            | "athletics"
    )
}

/// Whether "account" or "accounts" at `k` is the noun that the noun only ever in -s at
/// `t` describes ("savings accounts", "sales accounts"), not the verb of "accounts for".
fn attributive_account(cx: &Cx<'_>, t: usize, k: usize) -> bool {
    attributive_in_s(cx.word(t))
        && cx.is(k, TokKind::Word)
        && !cx.capital(k)
        && matches!(cx.word_bytes(k), b"account" | b"accounts")
        && !cx.word_is(k + 1, "for")
}

/// Adjectives that are often joined in pairs before a counted noun ("current and
/// former staff", "large and small firms").
fn is_coordinated_adjective(w: &str) -> bool {
    matches!(
        w,
        "current"
            | "former"
            | "retired"
            | "serving"
            | "existing"
            | "new"
            | "foreign"
            | "local"
            | "domestic"
            | "international"
            | "national"
            | "regional"
            | "public"
            | "private"
            | "large"
            | "small"
            | "big"
            | "male"
            | "female"
            | "young"
            | "old"
            | "older"
            | "younger"
            | "urban"
            | "rural"
            | "federal"
            | "state"
            | "permanent"
            | "temporary"
            | "senior"
            | "junior"
            | "primary"
            | "secondary"
            | "commercial"
            | "residential"
            | "industrial"
    )
}

pub(crate) fn is_modifier(w: &str) -> bool {
    matches!(
        w,
        "additional"
            | "unchanged"
            | "more"
            | "extra"
            | "further"
            | "other"
            | "new"
            | "requested"
            | "estimated"
            // "double the recommended 30": a level named by who set it, not a thing.
            | "recommended"
            | "some"
            | "about"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "approximately"
            | "over"
            | "another"
            | "total"
            | "fewer"
            | "less"
            | "least"
            | "most"
            | "only"
            | "just"
            | "so-called"
            | "remaining"
            | "proposed"
            | "planned"
            | "promised"
            | "reported"
            | "expected"
            | "projected"
            | "roughly,"
            | "several"
            | "many"
    )
}

/// Prepositions, conjunctions, auxiliaries and common verbs, pronouns, determiners,
/// adverbs and time words: the words a noun phrase never runs through.
static STOP_WORDS: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "of",
        "pursuant",
        "either",
        "neither",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "since",
        "during",
        "across",
        "per",
        "than",
        "as",
        "between",
        "among",
        "amongst",
        "through",
        "throughout",
        "within",
        "without",
        "against",
        "toward",
        "towards",
        "including",
        "like",
        "via",
        "amid",
        "upon",
        "until",
        "till",
        "behind",
        "beyond",
        "outside",
        "inside",
        "alongside",
        "beside",
        "above",
        "below",
        "near",
        "off",
        "out",
        "up",
        "down",
        "around",
        "along",
        "despite",
        "except",
        "versus",
        "vs",
        "apiece",
        "each",
        "a",
        "an",
        "and",
        "or",
        "but",
        "nor",
        "while",
        "who",
        "which",
        "that",
        "whom",
        "whose",
        "where",
        "when",
        "if",
        "because",
        "so",
        "though",
        "although",
        "whereas",
        "then",
        "yet",
        "unless",
        "whether",
        "once",
        "worth",
        "include",
        "includes",
        "included",
        "exclude",
        "excludes",
        "excluded",
        "excluding",
        "represents",
        "represented",
        "reflects",
        "reflected",
        "compares",
        "equals",
        "exceeds",
        "exceeded",
        "contains",
        "involves",
        "requires",
        "plus",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "having",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "cannot",
        "do",
        // The stems of negative contractions ("doesn't", "wasn't"), as "does" and "was":
        // not "don", which may be a name, nor "haven", a noun.
        "doesn",
        "didn",
        "isn",
        "aren",
        "wasn",
        "weren",
        "hasn",
        "hadn",
        "wouldn",
        "couldn",
        "shouldn",
        "mustn",
        "needn",
        "does",
        "did",
        "shall",
        "said",
        "says",
        "say",
        "told",
        "according",
        "reported",
        "were.",
        "got",
        "get",
        "gets",
        "went",
        "go",
        "goes",
        "came",
        "come",
        "comes",
        "made",
        "make",
        "makes",
        "took",
        "take",
        "takes",
        "gave",
        "give",
        "gives",
        "remain",
        "remained",
        "remains",
        "become",
        "became",
        "becomes",
        "help",
        "helped",
        "helps",
        "left",
        "died",
        "arrived",
        "fled",
        "lost",
        "won",
        "voted",
        "joined",
        "need",
        "needed",
        "needs",
        "want",
        "wanted",
        "wants",
        "used",
        "using",
        "rose",
        "fell",
        "grew",
        "dropped",
        "increased",
        "decreased",
        "declined",
        "climbed",
        "jumped",
        "gained",
        "seen",
        "saw",
        "see",
        "showed",
        "expected",
        "estimated",
        "set",
        "put",
        "paid",
        "earned",
        "compared",
        "versus.",
        "worldwide",
        "nationwide",
        "overseas",
        "abroad",
        "online",
        "offline",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "you",
        "them",
        "him",
        "me",
        "their",
        "its",
        "his",
        "her",
        "our",
        "your",
        "my",
        "there",
        "here",
        "this",
        "these",
        "those",
        "the",
        "it's",
        "every",
        "all",
        "both",
        "any",
        "no",
        "not",
        "such",
        "what",
        "how",
        "why",
        "ago",
        "earlier",
        "later",
        "last",
        "next",
        "now",
        "also",
        "still",
        "already",
        "even",
        "again",
        "ever",
        "never",
        "today",
        "yesterday",
        "tomorrow",
        "annually",
        "respectively",
        "alone",
        "altogether",
        "overall",
        "each.",
        "instead",
        "too",
        "very",
        "just",
        "only",
        "away",
        "ahead",
        "back",
        "this.",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "times",
        "percent",
        "pct",
        "cent",
        // Past tenses not in "-ed" that are no nouns: "the 12-bank committee sent".
        // "born" is a participle only: "one in every nine born this spring".
        "born",
        "sent",
        "met",
        "held",
        "kept",
        "found",
        "began",
        "wrote",
        "spoke",
        "chose",
        "drove",
        "ran",
        "threw",
        "knew",
        "flew",
        "drew",
        "fought",
        "sought",
        "taught",
        "caught",
        "stood",
        "lent",
        "dealt",
        "struck",
        "stole",
        "froze",
        "forgot",
        "withdrew",
        "oversaw",
        "upheld",
        "meant",
        "felt",
        "thought",
        "bought",
        "sold",
        "brought",
    ])
});
/// Words a noun phrase never runs through.
#[inline]
fn is_stop<'w>(w: &str, written: impl FnOnce() -> &'w str) -> bool {
    if w == "us" {
        // "US troops" names a country; "gave us" is a pronoun. The word as written is
        // asked for only here.
        return written() != "US";
    }
    STOP_WORDS.contains(w)
}

static LINKING_VERBS: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "stood",
        "stands",
        "stand",
        "standing",
        "reached",
        "reach",
        "reaches",
        "reaching",
        "hit",
        "hits",
        "touched",
        "touches",
        "totalled",
        "totaled",
        "totals",
        "total",
        "totalling",
        "totaling",
        "numbered",
        "numbers",
        "amounted",
        "amounts",
        "amount",
        "peaked",
        "averaged",
        "averages",
        "average",
        "topped",
        "tops",
        "exceeded",
        "exceeds",
        "came",
        "comes",
        "remained",
        "remains",
        "remain",
        "stayed",
        "stays",
        "stay",
        "hovered",
        "hovers",
        "put",
        "estimated",
        "valued",
        "priced",
        "set",
        "fixed",
        "pegged",
        "cost",
        "costs",
        "costing",
        "measured",
        "measures",
        "counted",
        "ran",
        "runs",
        "became",
        "becomes",
        "become",
        "lay",
        "lies",
        "sat",
        "sits",
        "stuck",
        "peaked",
        "peaks",
        "bottomed",
        "settled",
        "closed",
        "ended",
        "finished",
        "opened",
        "traded",
        "trading",
        "was,",
        "accounted",
        "represented",
        "represents",
        "made",
        "makes",
        "equalled",
        "equaled",
        "equals",
        "hitting",
        "worth",
        "range",
        "ranged",
        "ranges",
        "ranging",
        "accounts",
        "account",
        "amounting",
    ])
});
/// Verbs that join a subject to its figure: "was", "reached", "totalled".
#[inline]
pub(crate) fn is_linking_verb(w: &str) -> bool {
    LINKING_VERBS.contains(w)
}

static AUXILIARIES: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "been",
        "be",
        "being",
        "also",
        "now",
        "still",
        "then",
        "again",
        "reportedly",
        "allegedly",
        "nearly",
        "almost",
        "about",
        "only",
        "just",
        "already",
        "expected",
        "likely",
        "seen",
        "projected",
        "forecast",
        "due",
    ])
});
#[inline]
fn is_aux(w: &str) -> bool {
    AUXILIARIES.contains(w)
}

#[cfg(test)]
mod prose_tests {
    use crate::extract::prose::{figure, key};

    fn is(text: &str, span: &str, expected: Option<&str>) {
        assert_eq!(key(text, span).as_deref(), expected, "{span:?} in {text:?}");
    }

    #[test]
    fn a_verb_of_showing_in_the_present_is_no_part_of_the_subject() {
        let text = "The data suggests annual growth of just 0.2%.";
        is(text, "0.2%", Some("annual growth"));
        let text = "Altria rose 5%, with Reynolds showing gains of 4.5%.";
        is(text, "4.5%", Some("gain"));
        let text = "The survey reveals rents of £900 a month.";
        is(text, "£900", Some("rent"));
        // The participle names a kind of figure.
        let text = "The bond has an indicated coupon of 5-3/4 pct.";
        is(text, "5-3/4 pct", Some("indicated coupon"));
    }

    #[test]
    fn a_verb_of_showing_in_the_past_after_its_subject_is_no_part_of_the_subject() {
        is(
            "Revised figures indicated growth of 2.5%.",
            "2.5%",
            Some("growth"),
        );
        is("The data revealed losses of $3m.", "$3m", Some("loss"));
        is(
            "Planting intentions indicated a cut of 5 pct.",
            "5 pct",
            Some("cut"),
        );
        is(
            "The bureau predicted growth of 2 pct.",
            "2 pct",
            Some("growth"),
        );
        is(
            "Its estimate of planting intentions indicated cuts of 15 pct.",
            "15 pct",
            Some("cut"),
        );
        is(
            "It has drill-indicated reserves of 293,000 short tons.",
            "293,000 short tons",
            Some("drill-indicated reserve"),
        );
        // The participle as an adjective keeps its place.
        is(
            "The suggested retail price of $30 is high.",
            "$30",
            Some("suggested retail price"),
        );
        is(
            "It set an indicated dividend of 40 cts.",
            "40 cts",
            Some("indicated dividend"),
        );
    }

    #[test]
    fn a_verb_of_thought_or_warning_opens_the_clause_that_holds_the_subject() {
        let text = "Many commentators believe the deficit will remain at $500bn.";
        is(text, "$500bn", Some("deficit"));
        let text = "Kaul believes the market will drop to 80 cents a lb.";
        is(text, "80 cents", Some("market"));
        let text = "Analysts warned profits would fall to $3m this year.";
        is(text, "$3m", Some("profit"));
        let text = "He thinks revenue per ton-mile will be 4.7 cts in 1991.";
        is(text, "4.7 cts", Some("revenue"));
        let text = "Trade sources believe the fish catch will reach 5.5 mln tonnes.";
        is(text, "5.5 mln tonnes", Some("fish catch"));
    }

    #[test]
    fn a_verb_in_the_past_before_a_comparative_that_ends_the_clause_names_nothing() {
        is(
            "The share starting treatment within 62 days rose to 69.2%, and 3,904 waited longer.",
            "3,904",
            None,
        );
        is("The council said 120 replied late.", "120", None);
        // A comparative before a noun describes it.
        is(
            "It hired 30 skilled older workers.",
            "30",
            Some("skilled older worker"),
        );
    }

    #[test]
    fn a_judgement_of_a_level_after_its_verb_is_passed_over_to_what_is_judged() {
        is(
            "The segment was just as positive at $6.37 billion.",
            "$6.37 billion",
            Some("segment"),
        );
        is(
            "Inflation came in closer to 8.3% than expected.",
            "8.3%",
            Some("inflation"),
        );
        is(
            "The final crop figure would probably be nearer to 16.2 mln tonnes.",
            "16.2 mln tonnes",
            Some("final crop figure"),
        );
    }

    #[test]
    fn a_rating_or_a_reading_before_of_is_a_noun() {
        is(
            "It has a net rating of minus 27.",
            "minus 27",
            Some("net rating"),
        );
        is(
            "He has a favourability rating of 31%.",
            "31%",
            Some("favourability rating"),
        );
        is("The index had a reading of 52.3.", "52.3", Some("reading"));
        // A rating given to a sum is no figure of the rating.
        let text = "S&P assigned a preliminary AAA rating to 150 mln dlrs.";
        is(text, "150 mln dlrs", None);
    }

    #[test]
    fn a_sum_bounded_right_after_a_noun_after_a_is_the_noun_s() {
        is(
            "Employers with a pay bill over £3m pay the levy.",
            "over £3m",
            Some("pay bill"),
        );
        is(
            "Firms with a turnover above £85,000 must register.",
            "above £85,000",
            Some("turnover"),
        );
        // Not a low reached, nor a run of years.
        is(
            "The dollar slipped to a record low below 145 yen.",
            "below 145 yen",
            None,
        );
        is(
            "It was the fifth year in a row above $100bn.",
            "above $100bn",
            None,
        );
    }

    #[test]
    fn a_participle_after_those_names_no_thing() {
        is(
            "Those waiting more than 18 weeks made up 58.3% of patients.",
            "58.3%",
            None,
        );
        is(
            "Those aged over 65 made up 58.3% of patients.",
            "58.3%",
            None,
        );
        is(
            "Those who waited longer made up 12% of patients.",
            "12%",
            None,
        );
        is("Women made up 58.3% of patients.", "58.3%", Some("woman"));
    }

    #[test]
    fn a_participle_after_a_hyphenated_compound_describes_the_plural_noun() {
        is(
            "The army has 70,860 full-time trained soldiers.",
            "70,860",
            Some("full-time trained soldier"),
        );
        is(
            "It has 400 part-time qualified nurses.",
            "400",
            Some("part-time qualified nurse"),
        );
        // A participle after a noun still ends the phrase.
        is(
            "The firm employs 300 staff trained in first aid.",
            "300",
            Some("staff"),
        );
    }

    #[test]
    fn the_risk_of_one_thing_or_another_cut_by_a_share_is_the_risk() {
        is(
            "The drug cut the risk of heart attack or stroke by 21%.",
            "21%",
            Some("risk"),
        );
        is(
            "The drug cut the risk of death by 21%.",
            "21%",
            Some("risk"),
        );
    }

    #[test]
    fn the_second_of_two_things_set_aside_is_no_subject() {
        let text = "Police recorded 6.6 million crimes in the year to March, excluding fraud \
                    and computer misuse, up 2% on the year before.";
        is(text, "2%", None);
        let text = "Total sugar production, including cane and molasses, rose to 14.1 mln tonnes.";
        assert_ne!(key(text, "14.1 mln tonnes").as_deref(), Some("molass"));
    }

    #[test]
    fn a_verb_of_intent_before_to_is_no_part_of_the_phrase() {
        is(
            "The service aims to reach 25 million by 2030.",
            "25 million",
            Some("service"),
        );
        is(
            "Openreach has built fibre past 19 million premises and aims to reach 25 million by 2026.",
            "25 million",
            None,
        );
        // A noun after the figure is still the thing counted.
        is(
            "The council's plans to build 300 homes were approved.",
            "300",
            Some("home"),
        );
    }

    #[test]
    fn a_word_of_change_that_ends_the_object_before_by_is_its_noun() {
        is(
            "In the trial, the drug slowed cognitive decline by 27% over 18 months.",
            "27%",
            Some("cognitive decline"),
        );
        is(
            "The scheme cut population decline by half.",
            "half",
            Some("population decline"),
        );
        // A change verb right before "by" with no verb before it is the clause's own.
        is("Sales decline by 5% a year.", "5%", Some("sale"));
    }

    #[test]
    fn pay_before_the_article_of_its_object_is_the_verb() {
        is(
            "Firms with a wage bill of £3m pay a levy.",
            "£3m",
            Some("wage bill"),
        );
        is(
            "Employers with a pay bill over £3m pay a levy.",
            "over £3m",
            Some("pay bill"),
        );
        // A rate of pay keeps its noun.
        is(
            "Staff on £30,000 pay a year were hit.",
            "£30,000",
            Some("pay"),
        );
    }

    #[test]
    fn a_time_word_that_opens_a_hyphenated_plural_noun_is_part_of_it() {
        is(
            "Venice counted 485,000 day-trippers last year.",
            "485,000",
            Some("day-tripper"),
        );
        is(
            "Prices rose 0.5 pct month-on-month.",
            "0.5 pct",
            Some("price"),
        );
    }

    #[test]
    fn a_day_or_week_before_a_plural_noun_describes_it_when_the_count_outruns_a_year() {
        is(
            "The ferry sold 2,850 day tickets.",
            "2,850",
            Some("day ticket"),
        );
        is(
            "The zoo sold 900 day passes in August.",
            "900",
            Some("day pass"),
        );
        is(
            "Some 1.2 million day trips were made.",
            "Some 1.2 million",
            Some("day trip"),
        );
        is(
            "The club issued 400 week tickets.",
            "400",
            Some("week ticket"),
        );
        is("It sold 30 day returns.", "30", None);
    }

    #[test]
    fn a_period_written_apart_before_a_noun_says_when_and_the_noun_is_the_head() {
        is(
            "Year to date registrations were down -3.9%.",
            "-3.9%",
            Some("registration"),
        );
        is("Year on year sales rose 5%.", "5%", Some("sale"));
        is(
            "Month on month retail sales volumes fell 0.3%.",
            "0.3%",
            Some("retail sales volume"),
        );
        is("Year over year prices rose 2.9%.", "2.9%", Some("price"));
        is("Year to date, the index is up 12%.", "12%", Some("index"));
    }

    #[test]
    fn a_part_of_the_year_before_a_noun_says_when_and_the_noun_is_the_thing() {
        is("Full year profits rose 5% to £30m.", "5%", Some("profit"));
        is("Full year profits rose 5% to £30m.", "£30m", Some("profit"));
        is("Half-year sales rose 4%.", "4%", Some("sale"));
        is(
            "First half turnover fell six pct to 1.71 billion marks.",
            "1.71 billion marks",
            Some("turnover"),
        );
        is(
            "It reported fourth quarter net income of 790,000 dlrs.",
            "790,000 dlrs",
            Some("net income"),
        );
        is(
            "It reported a 198 pct increase in full year earnings.",
            "198 pct",
            Some("earning"),
        );
        is("A 5% rise in first half sales.", "5%", Some("sale"));
        // A part of the year with no noun after it, or a phrase of its own.
        is(
            "Sales rose 5% in the first half of the year.",
            "5%",
            Some("sale"),
        );
        is(
            "A full year of data showed profits of £3m.",
            "£3m",
            Some("profit"),
        );
        is(
            "Its full potential is 2,100 megawatts.",
            "2,100 megawatts",
            Some("full potential"),
        );
    }

    #[test]
    fn a_change_that_is_its_figure_is_of_the_thing_after_in() {
        is(
            "The rise in full year revenue was 10%.",
            "10%",
            Some("revenue"),
        );
        is("The increase in arrests was 12%.", "12%", Some("arrest"));
        is(
            "While the rise in total debt was about 24 pct, exports fell.",
            "about 24 pct",
            Some("debt"),
        );
        // A time after "in", or a change of the change.
        is(
            "Growth in the fiscal year will be 2.2 pct.",
            "2.2 pct",
            Some("growth"),
        );
        is(
            "Growth in external debt rose by 20.2 pct in 1986.",
            "20.2 pct",
            Some("growth"),
        );
    }

    #[test]
    fn a_verb_of_owing_or_trading_before_its_object_is_no_part_of_it() {
        is(
            "The firm, owing debts of £310m, collapsed.",
            "£310m",
            Some("debt"),
        );
        is(
            "It plans to sell assets worth £500m.",
            "£500m",
            Some("asset"),
        );
        is(
            "The fund will buy bonds worth €20bn a month.",
            "€20bn",
            Some("bond"),
        );
        is("Tenants owe rent of £1.2m.", "£1.2m", Some("rent"));
        is(
            "Sugar fell when sell stops were triggered at 6.60 cents.",
            "6.60 cents",
            Some("sell stop"),
        );
    }

    #[test]
    fn cut_after_a_figure_with_no_article_before_a_phrase_of_time_is_the_participle() {
        is("That is on top of £120m cut since 2010.", "£120m", None);
        is(
            "With £40m cut from the budget, libraries will close.",
            "£40m",
            None,
        );
        is("Councils have seen £2bn cut over the decade.", "£2bn", None);
        is(
            "The council has had a £120m cut since 2010.",
            "£120m",
            Some("cut"),
        );
    }

    #[test]
    fn a_part_of_which_said_to_be_offshore_or_idle_names_no_noun_of_its_own() {
        is(
            "Britain has 30 GW of wind capacity, of which 14.7 GW is offshore.",
            "14.7 GW",
            None,
        );
        is(
            "The fleet has 12 GW, of which 3 GW was idle, the operator said.",
            "3 GW",
            None,
        );
        is(
            "Arrivals total 194,000 tonnes, of which 45,000 tonnes are grains.",
            "45,000 tonnes",
            Some("grain"),
        );
    }

    #[test]
    fn the_period_of_an_ordinal_compound_says_when_and_is_no_part_of_the_key() {
        is(
            "The chipmaker guided to third-quarter revenue of about $32.5 billion.",
            "about $32.5 billion",
            Some("revenue"),
        );
        is(
            "Farmland rose to £9,800, a third-quarter rise of 1.2%.",
            "1.2%",
            Some("rise"),
        );
        is(
            "The fourth-quarter total of 61.1 billion dlrs matched a record.",
            "61.1 billion dlrs",
            None,
        );
        is(
            "It reported a first-half profit of £41m.",
            "£41m",
            Some("profit"),
        );
    }

    #[test]
    fn a_series_in_commas_after_a_preposition_stays_inside_the_subject() {
        let text = "A weekly ticket for the Dublin bus, Luas and Dart network will cost €30.";
        is(text, "€30", Some("weekly ticket"));
        let text = "The price on carbon, HSLA, and alloy plates will rise by 2 cts per pound.";
        is(text, "2 cts", Some("price"));
        let text = "The cost of food, fuel and rent rose 4%.";
        is(text, "4%", Some("cost"));
        let text = "KDI needs the approval of its shareholders, and the deal is valued at \
                    $35m.";
        is(text, "$35m", Some("deal"));
    }

    #[test]
    fn an_and_inside_a_phrase_of_between_stays_inside_the_subject() {
        is(
            "The gap between rich and poor widened to 12%.",
            "12%",
            Some("gap"),
        );
        let text = "Near misses between drones and aircraft rose to 118 last year.";
        assert_ne!(key(text, "118").as_deref(), Some("aircraft"));
    }

    #[test]
    fn a_target_set_to_win_is_no_count_of_the_side_set_it() {
        is("England, set 287 to win, were bowled out.", "287", None);
        is(
            "The tourists, set 310 to win, lasted 51 overs.",
            "310",
            None,
        );
        is("The company, with 300 staff, grew.", "300", Some("staff"));
    }

    #[test]
    fn an_aside_with_a_possessive_between_the_subject_and_its_verb_is_passed_over() {
        let text = "Sales at Tesco, its biggest market, rose 4%.";
        is(text, "4%", Some("sale"));
        let text = "Profit at Tesco, Britain's biggest grocer, rose 4% to £2bn.";
        is(text, "4%", Some("profit"));
        let text = "The cost of living in North Rhine-Westphalia, Germany's most populous \
                    state, fell 0.1 pct.";
        is(text, "0.1 pct", Some("cost"));
    }

    #[test]
    fn a_verb_of_results_after_its_subject_is_no_part_of_the_object() {
        let text = "General Motors posted profit of $2.1 billion.";
        is(text, "$2.1 billion", Some("profit"));
        let text = "Cummins recorded net income of 3,743,000 dlrs.";
        is(text, "3,743,000 dlrs", Some("net income"));
        // An adjective in -ed stays: "its posted prices", "the lowest accepted price".
        let text = "Mobil raised its posted prices of crude to 18 dlrs.";
        is(text, "18 dlrs", Some("posted price"));
        let text = "The lowest accepted price of 97.625 stg was set.";
        is(text, "97.625 stg", Some("lowest accepted price"));
    }

    #[test]
    fn a_share_standing_alone_before_its_verb_names_no_thing() {
        let text = "Many apprentices drop out, and fewer than half complete on time.";
        is(text, "fewer than half", None);
        let text = "Half think it is safe, and a third support the plan.";
        is(text, "Half", None);
        is(text, "a third", None);
        let text = "A third of adults smoke.";
        is(text, "A third", Some("adult"));
    }

    #[test]
    fn a_verb_of_change_before_the_article_of_its_object_ends_the_noun_after_a_figure() {
        let text = "In the trial, the 15mg dose cut the risk of heart attack by 22%.";
        is(text, "15mg", Some("dose"));
        let text = "A 5% pay cut this year was agreed.";
        is(text, "5%", Some("pay cut"));
    }

    #[test]
    fn recommended_is_no_part_of_a_key() {
        let text = "Officers supervised up to 60 offenders each, double the recommended 30.";
        is(text, "double", None);
        let text = "The recommended dose is 5mg once a day.";
        is(text, "5mg", Some("dose"));
    }

    #[test]
    fn a_participle_between_a_word_of_kind_and_nouns_is_part_of_the_phrase() {
        let text = "Global insured catastrophe losses were $137bn last year.";
        is(text, "$137bn", Some("global insured catastrophe loss"));
        let text = "The average defined contribution pot at retirement is £107,000.";
        is(text, "£107,000", Some("average defined contribution pot"));
        let text = "The net realized loss was 1,946.32 mln dlrs.";
        is(text, "1,946.32 mln dlrs", Some("net realized loss"));
        // A phrase that would run past four words still stops before the participle.
        let text = "Effective net annualised compound yield on the bills is 9.87 pct.";
        is(text, "9.87 pct", Some("effective net"));
    }

    #[test]
    fn a_verb_of_expecting_after_a_plural_subject_is_no_part_of_the_object() {
        let text = "Analysts expect annual sales of $2bn by 2028.";
        is(text, "$2bn", Some("annual sale"));
        let text = "Brazilian officials expect growth of only two pct.";
        is(text, "two pct", Some("growth"));
        // After "and", with the subject in the clause before.
        let text = "Farmers planted corn and expect yields of about 200 bushels per acre.";
        is(text, "about 200 bushels", Some("yield"));
    }

    #[test]
    fn a_participle_of_letting_after_a_comma_opens_a_clause_whose_object_is_the_subject() {
        let text = "It reported a surplus of £7.4bn, allowing contributions to fall from 31.4% \
                    of salary to 20.6%.";
        is(text, "31.4%", Some("contribution"));
        let text = "The levy rose, enabling councils to raise rents by up to 7.7%.";
        is(text, "up to 7.7%", Some("rent"));
    }

    #[test]
    fn a_verb_of_place_or_price_before_its_preposition_is_no_part_of_the_phrase() {
        let text = "The 832-page biography sells for $35 in hardcover.";
        is(text, "832-page", Some("biography"));
        let text = "The star burns at 25,000 degrees.";
        is(text, "25,000 degrees", None);
        let text = "Its main span of 1,991 metres hangs from two towers.";
        is(text, "1,991 metres", None);
        // A noun in -s is no verb: "homes for rent".
        let text = "The council built 40 homes for rent.";
        is(text, "40", Some("home"));
    }

    #[test]
    fn a_noun_that_is_also_a_verb_right_before_the_verb_in_the_past_is_the_noun() {
        let text = "Output fell as new housing work dropped 3.4%.";
        is(text, "3.4%", Some("housing work"));
        let text = "Public support fell to 41%.";
        is(text, "41%", Some("public support"));
        // "420 work part time" keeps its verb.
        let text = "Of the staff, 420 work part time.";
        is(text, "420", None);
    }

    #[test]
    fn a_share_a_cost_eats_or_uses_up_is_no_move_and_names_no_eater() {
        let text = "The flat costs £1,150 a month, eating up 41% of a tenant's take-home pay.";
        is(text, "41%", None);
        assert_eq!(figure(text, "41%").placement.direction, None);
        let text = "The repairs used up 30% of the budget.";
        assert_eq!(figure(text, "30%").placement.direction, None);
    }

    #[test]
    fn a_verb_that_sets_a_level_after_its_subject_is_no_part_of_the_object() {
        let text = "The Louvre capped daily attendance at 30,000.";
        is(text, "30,000", Some("daily attendance"));
        let text = "The government fixed milk prices at 50 cents.";
        is(text, "50 cents", Some("milk price"));
        // An adjective in -ed stays: "the fixed rate", "a capped fund".
        let text = "The fixed rate at 5% is due.";
        is(text, "5%", Some("fixed rate"));
    }

    #[test]
    fn a_company_named_with_a_plural_of_its_trade_keeps_its_name() {
        let text = "The biggest carmaker, General Motors, made $2bn.";
        is(text, "$2bn", Some("general motors"));
        let text = "Reynolds Metals rose three points to 59-5/8.";
        is(text, "three points", Some("reynolds metals"));
        // A figure before them counts them.
        is(
            "It will open 25 new Zayre Stores.",
            "25",
            Some("zayre store"),
        );
        is("The plant makes 300 motors a day.", "300", Some("motor"));
    }

    #[test]
    fn a_gerund_opening_the_clause_with_its_object_is_the_object() {
        let text = "Filling a 1,000-litre tank with heating oil now costs about £720.";
        is(text, "about £720", Some("tank"));
        let text = "Running the service costs £3m a year.";
        is(text, "£3m", Some("service"));
        let text = "Heating costs rose 12% last winter.";
        is(text, "12%", Some("heating cost"));
        let text = "Spending on roads rose 4%.";
        is(text, "4%", Some("spending"));
        let text = "During the final quarter imports rose 2.78 billion dlrs.";
        is(text, "2.78 billion dlrs", None);
    }

    #[test]
    fn a_figure_that_is_all_its_line_says_after_a_label_and_a_colon_is_the_label_s() {
        is("Members: 4,210", "4,210", Some("member"));
        let text =
            "Key figures\n\nVolunteers: 318 (2024: 276)\nPunctuality: 86.3% (H1 2025: 83.9%)";
        is(text, "318", Some("volunteer"));
        is(text, "276", Some("volunteer"));
        is(text, "83.9%", Some("punctuality"));
        is("Update: 40 died in the fire.", "40", None);
        is("Mato Grosso: five pct", "five pct", None);
        is("He said: 400\nShe agreed.", "400", None);
    }

    #[test]
    fn the_other_or_remaining_count_stands_for_what_an_earlier_count_counts() {
        let text = "Of the 1,750 prisoners freed, 1,269 had served half their terms and the \
            remaining 481 were serving sentences for theft.";
        is(text, "481", Some("prisoner"));
        let text = "Some 450 employees will move and the other 250 will leave.";
        is(text, "250", Some("employee"));
        let text = "Fishermen caught 1.7 million and the other 19.3 million swam upriver.";
        is(text, "19.3 million", None);
        let text = "Iraq could not meet the remaining four principal repayments.";
        is(text, "four", Some("principal repayment"));
        let text = "The rates of the other three trading banks range up to 21.5 pct.";
        is(text, "three", Some("trading bank"));
    }

    #[test]
    fn a_figure_a_pronoun_is_expected_to_reach_is_not_the_expecter_s() {
        let text = "Oil output averaged 1.02 mln bpd in 1986, and the government expects it \
            to reach about 1.2 mln bpd by 1990.";
        is(text, "about 1.2 mln bpd", None);
        is("Some bankers expect it to rise to 33 by June.", "33", None);
        is(
            "The company expects sales to reach 5 billion dlrs.",
            "5 billion dlrs",
            Some("sale"),
        );
    }

    #[test]
    fn a_verb_after_a_modal_is_no_subject() {
        is("Workers can retire at 55.", "55", None);
        is(
            "Sugar was offered for May shipment at 9.25 cents.",
            "9.25 cents",
            Some("shipment"),
        );
        is("Unemployment rose to 5%.", "5%", Some("unemployment"));
    }

    #[test]
    fn a_participle_of_excess_after_a_counted_noun_names_nothing() {
        let text = "The league has two clubs topping 15,000 a game.";
        is(text, "topping 15,000", None);
        let text = "The firm reported losses topping $12.5bn.";
        is(text, "topping $12.5bn", Some("loss"));
    }

    #[test]
    fn unchanged_is_dropped_from_the_key_as_new_is() {
        let text = "It will pay an unchanged dividend of 1.60 markka.";
        is(text, "1.60 markka", Some("dividend"));
        let text = "The bank kept its unchanged rate of 11 pct.";
        is(text, "11 pct", Some("rate"));
    }

    #[test]
    fn a_span_back_in_time_after_a_level_is_said_of_nothing() {
        let text = "Admissions reached 310, up from 231 five years earlier.";
        is(text, "five years", None);
        is(text, "231", Some("admission"));
        is(
            "Fares rose 4%, against 2% two years ago.",
            "two years",
            None,
        );
        let text = "Arrests fell to 1,200 from 1,450 three months before.";
        is(text, "three months", None);
        // A change of a span keeps its subject.
        is(
            "Life expectancy rose by 1.1 years.",
            "1.1 years",
            Some("life expectancy"),
        );
    }

    #[test]
    fn a_word_the_key_drops_leaves_room_for_four_words_after_it() {
        let text = "The council installed 38 new electric vehicle charging points.";
        is(text, "38", Some("electric vehicle charging point"));
        let text = "The trust will open 40 extra intensive care unit beds.";
        is(text, "40", Some("intensive care unit bed"));
        let text = "The school hired 12 new qualified teachers.";
        is(text, "12", Some("qualified teacher"));
        // A participle and its place after it open a clause, and name no thing.
        let text = "Output was 454,000 tonnes, with 30,000 extra refined in Yugoslavia.";
        is(text, "30,000", None);
        let text = "It will build 300 additional affordable rental homes.";
        is(text, "300", Some("affordable rental home"));
        // A name after it keeps its capitals' words.
        let text = "Some 300 new Royal Navy recruits joined in May.";
        is(text, "Some 300", Some("royal navy recruit"));
    }

    #[test]
    fn two_adjectives_joined_before_a_noun_describe_the_noun_counted() {
        let text = "The fund covers 9,800 current and retired workers.";
        is(text, "9,800", Some("worker"));
        let text = "The assets are held by 15 foreign and local banks.";
        is(text, "15", Some("bank"));
        let text = "The chain opened 32 new and relocated stores.";
        is(text, "32", Some("store"));
        let text = "The loan came from 15 international and four Finnish banks.";
        is(text, "15", Some("international"));
    }

    #[test]
    fn an_adjective_of_state_after_a_count_and_before_no_noun_names_nothing() {
        let text = "Some 400 pharmacies closed, leaving 10,300 open, the fewest since 2015.";
        is(text, "10,300", None);
        let text = "The landlord kept 40 empty for a year.";
        is(text, "40", None);
        let text = "The court has 12 open cases and 300 empty homes on its list.";
        is(text, "12", Some("open case"));
        is(text, "300", Some("empty home"));
        let text = "It gets $48.6 million, with the first payment of $3.2 million due in July.";
        is(text, "$3.2 million", Some("payment"));
        let text = "Tenants have left £2m unpaid this year.";
        is(text, "£2m", None);
        let text = "Futures rose to 85.16 from the day's 85.00 open in active trade.";
        is(text, "85.00", Some("open"));
    }

    #[test]
    fn a_sum_at_face_value_is_of_the_thing_after_of_and_nominal_names_nothing() {
        let text = "The central bank bought 450 mln Danish crowns nominal of government bonds.";
        is(text, "450 mln Danish crowns", Some("government bond"));
        let text = "It will issue 12.8 mln shares of 25 francs nominal.";
        is(text, "25 francs", None);
        let text = "It will issue 3.63 mln new 100-franc nominal shares.";
        is(text, "100-franc", Some("nominal share"));
        let text = "The bonds carry 20 dlrs nominal value each.";
        is(text, "20 dlrs", Some("nominal value"));
    }

    #[test]
    fn the_level_a_multiplier_verb_led_to_is_of_what_doubled() {
        is(
            "The cost of repairs has doubled to £2.1m.",
            "£2.1m",
            Some("cost"),
        );
        is(
            "The bill has tripled to $4.5bn since 2019.",
            "$4.5bn",
            Some("bill"),
        );
        is(
            "Exports doubled to 40,000 tonnes of grain.",
            "40,000 tonnes",
            Some("grain"),
        );
    }

    #[test]
    fn and_between_nouns_after_a_preposition_stays_inside_the_subject() {
        is(
            "Sales of cars and light trucks rose 5%.",
            "5%",
            Some("sale"),
        );
        is(
            "Deaths from fentanyl and other synthetic opioids fell to 48,422.",
            "48,422",
            Some("death"),
        );
        is(
            "Remand prisoners awaiting trial or sentence numbered 14,200.",
            "14,200",
            Some("remand prisoner"),
        );
        is("Prices rose and sales fell 3%.", "3%", Some("sale"));
        is(
            "Spending on agency nurses and locum doctors reached £3.5bn.",
            "£3.5bn",
            Some("spending"),
        );
        is(
            "The cost of repairs and maintenance has doubled.",
            "doubled",
            Some("cost"),
        );
        is(
            "It booked six mln dlrs in the quarter and its backlog has risen 35 pct.",
            "35 pct",
            Some("backlog"),
        );
        is(
            "Fares for a car and two passengers will rise to £189 in the summer.",
            "£189",
            Some("fare"),
        );
        is(
            "Tickets for one adult and two children cost £45.",
            "£45",
            Some("ticket"),
        );
        is(
            "Complaints about damp and mould rose 12% last year.",
            "12%",
            Some("complaint"),
        );
    }

    #[test]
    fn a_share_of_the_total_is_of_what_accounts_for_it() {
        let text = "Profits from the U.S. accounted for 39 pct of the total.";
        is(text, "39 pct", Some("profit"));
        is(
            "Exports accounted for 18% of all trade.",
            "18%",
            Some("trade"),
        );
    }

    #[test]
    fn up_or_down_after_a_clause_opening_on_average_or_total_is_said_of_its_head() {
        let text = "Average house prices were £218,000, up 2.1% on a year earlier.";
        is(text, "2.1%", Some("average house price"));
        let text = "Total trade reached 290 mln dlrs last year, up 32 pct on 1985.";
        is(text, "32 pct", Some("trade"));
    }

    #[test]
    fn up_or_down_after_a_plain_clause_of_a_level_is_said_of_its_head() {
        is(
            "Pothole complaints rose to 4,312 last year, up 27% on 2022.",
            "27%",
            Some("pothole complaint"),
        );
        is(
            "Gasoline demand averaged 6.60 mln bpd, up 2.4 pct from 6.44 mln.",
            "2.4 pct",
            Some("gasoline demand"),
        );
        is(
            "The company added that its return reached 17.3 pct, up from 15.5 pct.",
            "15.5 pct",
            None,
        );
        is(
            "The company made 41.9 billion yen net profit, down 42.6 pct.",
            "42.6 pct",
            None,
        );
        is(
            "The survey counted 412 breeding pairs, up from just 19 in 1990.",
            "19",
            None,
        );
    }

    #[test]
    fn a_measured_part_after_of_which_is_the_noun_after_its_verb() {
        is(
            "Arrivals total 194,000 tonnes, of which 45,000 are grains.",
            "45,000",
            Some("grain"),
        );
        is(
            "Output was 28 mln tonnes, of which 12.3 mln were exported.",
            "12.3 mln",
            None,
        );
        is(
            "Output is 2.5 mln bpd, of which 1.4 mln are light and medium crudes.",
            "1.4 mln",
            None,
        );
    }

    #[test]
    fn the_object_of_a_cut_may_name_the_group_it_is_counted_in() {
        is(
            "The nets cut malaria cases in young children by 45% in the trial.",
            "45%",
            Some("malaria case"),
        );
        is(
            "The drug cut deaths among older patients by 20%.",
            "20%",
            Some("death"),
        );
        // A phrase with a verb in it is no group: nothing is read.
        is(
            "The plan cut the gap in what schools spend by 12%.",
            "12%",
            None,
        );
    }

    #[test]
    fn a_share_of_what_is_normal_or_average_is_of_what_is_measured() {
        let text = "Rainfall across Scotland averaged 176% of normal in February.";
        is(text, "176%", Some("rainfall"));
        let text = "The city had its wettest year, with rainfall at 124% of the long-term average.";
        is(text, "124%", Some("rainfall"));
        is(
            "Pay in the city is 120% of the national average.",
            "120%",
            Some("pay"),
        );
        // A share of a thing that is no yardstick stays the thing's.
        is(
            "About 40% of average earners rent.",
            "About 40%",
            Some("average earner"),
        );
    }

    #[test]
    fn a_time_word_after_a_superlative_is_the_noun_counted() {
        let text = "The ten warmest years have all come since 2010.";
        is(text, "ten", Some("warmest year"));
        is(
            "The five wettest months were in 2020.",
            "five",
            Some("wettest month"),
        );
        // A noun in -est that is no superlative keeps the phrase as it was.
        is("Lenders charged 3 interest days.", "3", Some("interest"));
    }

    #[test]
    fn a_period_tag_with_o_between_its_letters_is_no_thing_measured() {
        let text = "US consumer prices rose 0.4 percent m-o-m in March.";
        is(text, "0.4 percent", Some("us consumer price"));
        is("Exports rose 3.5% y-o-y.", "3.5%", Some("export"));
        // Other letters are no tag: "m-o-y" stays the phrase after the figure.
        is("The 3 m-o-y cables were cut.", "3", Some("m-o-y cable"));
    }

    #[test]
    fn a_margin_over_a_benchmark_is_not_a_figure_of_the_benchmark() {
        is(
            "The index has lagged the blue chips by nine percentage points this year.",
            "nine percentage points",
            None,
        );
        is(
            "The fund outperformed its benchmark by 3.2 percentage points.",
            "3.2 percentage points",
            None,
        );
        // A verb of change still names its object.
        is(
            "The bank cut its base rate by 0.5 percentage points.",
            "0.5 percentage points",
            Some("base rate"),
        );
    }

    #[test]
    fn a_count_before_a_compound_figure_counts_the_noun_after_it() {
        is(
            "Crews lost the equivalent of 950 twelve-hour shifts.",
            "950",
            Some("shift"),
        );
        is(
            "The issuer may make two three-year extensions.",
            "two",
            Some("extension"),
        );
        // A compound measure too.
        is("They ran 12 three-mile laps.", "12", Some("lap"));
    }

    #[test]
    fn new_in_a_place_name_stays_in_the_key() {
        is(
            "New York coffee futures settled at 104.68 cents a lb.",
            "104.68 cents",
            Some("new york coffee future"),
        );
        // "new" before a common noun is still dropped.
        is("New orders rose 5% to 300.", "300", Some("order"));
        is(
            "New Dutch advances total four billion guilders.",
            "four billion guilders",
            Some("dutch advance"),
        );
    }

    #[test]
    fn the_levels_a_thing_went_from_and_to_are_said_of_it() {
        is(
            "Prices went from $310 to $365 last year.",
            "$310",
            Some("price"),
        );
        is(
            "Prices went from $310 to $365 last year.",
            "$365",
            Some("price"),
        );
        is(
            "Turnout has gone from 45% to 61% in a decade.",
            "61%",
            Some("turnout"),
        );
        is(
            "Spending went from £1.2bn in 2019 to £1.5bn in 2023.",
            "£1.5bn",
            Some("spending"),
        );
        is(
            "Officials said prices would go from $3 to $4 a gallon.",
            "$3",
            Some("price"),
        );
        // Must not fire: a noun after the number still names what it counts, and a
        // trip from one place to another is no move between levels.
        is(
            "The club goes from 12 players to 18 players next season.",
            "18",
            Some("player"),
        );
        is(
            "She went from Paris to Rome with 3 friends.",
            "3",
            Some("friend"),
        );
    }

    #[test]
    fn a_level_gone_back_to_is_said_of_what_went_back() {
        is(
            "Ridership will recover to 80% of its 2019 level.",
            "80%",
            Some("ridership"),
        );
        is(
            "The dollar may return to around 152 yen next month.",
            "around 152 yen",
            Some("dollar"),
        );
        is(
            "Call money will fall back to 4.0 pct or so.",
            "4.0 pct or so",
            Some("call money"),
        );
        is(
            "Reports helped the dollar recover to about 149.45 yen.",
            "about 149.45 yen",
            Some("dollar"),
        );
        // Must not fire: "recovered" with an object is no return to a level.
        is(
            "Police recovered 300 stolen phones.",
            "300",
            Some("stolen phone"),
        );
        assert_ne!(
            key(
                "Proceeds will be used to help pay down 350 mln dlrs of debt.",
                "350 mln dlrs"
            )
            .as_deref(),
            Some("pay")
        );
    }

    #[test]
    fn a_level_keeps_its_subject_across_a_weekday_or_a_verb_of_setting() {
        is(
            "Corporate bond prices closed on Friday at 274.01.",
            "274.01",
            Some("corporate bond price"),
        );
        is("The index ended Friday at 20,512.", "20,512", Some("index"));
        let text = "The dollar ended the week at 145.20 yen.";
        is(text, "145.20 yen", Some("dollar"));
        is(
            "Jurors found the company liable, setting damages at $870 million.",
            "$870 million",
            Some("damage"),
        );
        is(
            "The Bank succeeded in holding bank base rates at 11 pct.",
            "11 pct",
            Some("bank base rate"),
        );
    }

    #[test]
    fn a_participle_of_change_after_a_comma_goes_on_about_the_clause_before() {
        is(
            "Silver had its best week since 2020, gaining 9.4% to end at $32.17 an ounce.",
            "9.4%",
            Some("silver"),
        );
        is(
            "Fraud offences rose 19% to 3.9 million, making up 41% of all crime.",
            "41%",
            Some("fraud offence"),
        );
        is("Women make up 47% of the workforce.", "47%", Some("woman"));
        // Must not fire: reported words, a share's own change, an amount of the clause.
        is(
            "Nomura said the bonds are callable from March 31, 1990 at 104, declining by 1/2 pct per annum.",
            "1/2 pct",
            None,
        );
        is(
            "Non-residents will be allowed to own up to 50 pct of market makers, rising to 100 pct after a year.",
            "100 pct",
            None,
        );
        is(
            "The council's 1,200 bin workers will get a 3.2% rise backdated to April, costing about £1.4m a year.",
            "about £1.4m",
            None,
        );
    }

    #[test]
    fn a_level_after_the_month_of_its_change_keeps_the_subject() {
        is(
            "The number of patients waiting fell by 42,000 in September to 2.8 million.",
            "2.8 million",
            Some("patient"),
        );
        is(
            "Wholesalers' inventories rose 1.3 pct in January to 140.25 billion dlrs.",
            "140.25 billion dlrs",
            Some("inventory"),
        );
        is(
            "Traffic deaths in the county fell 17% last year to 64.",
            "64",
            Some("traffic death"),
        );
        is("Sales rose 5% this month to 1,200.", "1,200", Some("sale"));
    }

    #[test]
    fn a_high_or_low_reached_is_said_of_what_reached_it() {
        is(
            "Sterling fell to a record low of 1.05 dollars.",
            "1.05 dollars",
            Some("sterling"),
        );
        is(
            "Unemployment rose to a two-year high of 4.4%.",
            "4.4%",
            Some("unemployment"),
        );
        is(
            "Gold touched an all-time high of $2,450 an ounce.",
            "$2,450",
            Some("gold"),
        );
        // Not a high or low: the noun before "of" is the subject.
        is("The council set a budget of $3m.", "$3m", Some("budget"));
        // A change word as a noun leaves the high as it was.
        is(
            "The dollar's recent tumble to a 40-year low of 144.70 yen was linked to it.",
            "144.70 yen",
            Some("low"),
        );
    }

    #[test]
    fn the_object_of_a_verb_of_change_may_end_in_a_forecast_or_a_named_good() {
        is(
            "It raised its full-year profit forecast to £520m.",
            "£520m",
            Some("profit forecast"),
        );
        is(
            "Kuwait raised its posted price for Kuwait blend crude by 50 cents.",
            "50 cents",
            Some("posted price"),
        );
        is(
            "It raised its full-year dividend by 12p.",
            "12p",
            Some("dividend"),
        );
        // A time after the verb is not part of its object.
        is("It raised its year dividend by 12p.", "12p", None);
    }

    #[test]
    fn a_count_after_of_whom_before_a_verb_in_ed_names_nothing_after_it() {
        is(
            "It enrolled 620 volunteers, of whom 14 developed serious side effects.",
            "14",
            None,
        );
        is(
            "The 38 members, of which 14 developed countries, met.",
            "14",
            Some("developed country"),
        );
    }

    #[test]
    fn a_clause_of_change_after_a_comma_and_on_is_read_after_a_figure() {
        is(
            "Profit rose to 86 mln dlrs from 41 mln dlrs, or 31 cts, on sales up 9 pct.",
            "9 pct",
            Some("sale"),
        );
    }

    #[test]
    fn money_gained_in_a_thing_is_that_thing() {
        is(
            "Esso gained as much as 300 mln dlrs in transferable tax losses.",
            "as much as 300 mln dlrs",
            Some("transferable tax loss"),
        );
        is(
            "Brazil received about 28 billion dlrs in new loans.",
            "about 28 billion dlrs",
            Some("loan"),
        );
        is("The firm invested $2bn in new plants.", "$2bn", None);
        is(
            "Hog futures ran up for gains of 0.57 cent in early trade.",
            "0.57 cent",
            Some("gain"),
        );
    }

    #[test]
    fn shooting_up_is_a_change_of_the_clause_before_the_comma() {
        is(
            "The index recorded its biggest daily advance, shooting up 4.57 points to 223.02.",
            "4.57 points",
            Some("index"),
        );
    }

    #[test]
    fn a_noun_after_a_name_with_of_is_the_head() {
        is(
            "The Bank of Communications issue traded at 99.70.",
            "99.70",
            Some("issue"),
        );
        is(
            "Exports of American wine rose 14.9 per cent.",
            "14.9 per cent",
            Some("export"),
        );
    }

    #[test]
    fn a_participle_after_a_comma_is_no_part_of_its_object() {
        is(
            "Pay rose 5.6%, outpacing inflation of 2.1%.",
            "2.1%",
            Some("inflation"),
        );
        is(
            "The fund returned 9%, beating its benchmark of 7%.",
            "7%",
            Some("benchmark"),
        );
    }

    #[test]
    fn a_verb_in_s_after_the_plural_of_one_in_n_is_no_part_of_it() {
        is("One in five adults smokes.", "One in five", Some("adult"));
        is(
            "One in four children lives in poverty.",
            "One in four",
            Some("child"),
        );
        is(
            "Two in five adults own shares.",
            "Two in five",
            Some("adult"),
        );
        is(
            "Almost one in three cars fails its MOT at the first attempt.",
            "Almost one in three",
            Some("car"),
        );
        is(
            "About one in ten pupils misses school.",
            "About one in ten",
            Some("pupil"),
        );
    }

    #[test]
    fn times_after_a_noun_is_the_noun_time() {
        is(
            "Waiting times have grown to an average of 14 weeks.",
            "14 weeks",
            Some("waiting time"),
        );
        is(
            "Ambulance response times rose to 48 minutes.",
            "48 minutes",
            Some("ambulance response time"),
        );
    }

    #[test]
    fn cast_after_a_number_before_no_noun_is_the_verb() {
        is(
            "He won by 9,000 votes of the 3 million cast.",
            "3 million",
            None,
        );
        is("The show has 40 cast members.", "40", Some("cast member"));
    }

    #[test]
    fn an_old_level_after_a_phrase_of_time_is_not_of_its_noun() {
        let text = "Residents felt safe after dark, down from 71% in 2021.";
        is(text, "71%", None);
    }

    #[test]
    fn a_long_phrase_before_a_place_keeps_its_last_words() {
        let text = "The average Band D council tax bill in Wales is £2,024.";
        is(text, "£2,024", Some("council tax bill"));
    }

    #[test]
    fn a_relative_clause_with_that_inside_the_subject_is_passed_over() {
        is(
            "The reservoir that supplies the town is at 31%.",
            "31%",
            Some("reservoir"),
        );
        is("The report found that sales rose 5%.", "5%", Some("sale"));
        is(
            "It had turnover that rose to 202.9 mln.",
            "202.9 mln",
            Some("turnover"),
        );
    }

    #[test]
    fn a_thing_pushed_or_cut_to_a_level_is_what_reached_it() {
        is(
            "The heat pushed temperatures to 46.2C.",
            "46.2C",
            Some("temperature"),
        );
        is(
            "It pushed the state's jobless rate down to 4%.",
            "4%",
            Some("jobless rate"),
        );
        is(
            "Prices range from $5 on the two-wheel drive truck to $9.",
            "$9",
            None,
        );
        is("The deal took the total to $20bn.", "$20bn", None);
    }

    #[test]
    fn a_noun_of_a_compound_preposition_names_nothing() {
        is("They lost in front of 73,500 at home.", "73,500", None);
    }

    #[test]
    fn a_change_by_a_size_is_of_the_head_before_of_past_an_article() {
        is(
            "The drug cut the risk of a stroke by a third.",
            "a third",
            Some("risk"),
        );
        is(
            "The pill cut the risk of a second heart attack by a third.",
            "a third",
            Some("risk"),
        );
        // A level after "to" is of what follows "of", not of the estimate.
        let text = "The USDA cut its estimate of the corn crop to 15.1 billion bushels.";
        assert_ne!(
            key(text, "15.1 billion bushels").as_deref(),
            Some("estimate")
        );
    }

    #[test]
    fn a_speed_after_at_is_not_said_of_the_noun_before_it() {
        is("A truck ran a red light at 55 mph.", "55 mph", None);
        is("The car hit a wall at 40mph.", "40mph", None);
        is("Gusts at 80mph brought down trees.", "80mph", Some("gust"));
        is(
            "The driver was caught at 97mph on the A14.",
            "97mph",
            Some("driver"),
        );
    }

    #[test]
    fn an_amount_told_again_in_another_money_is_of_what_the_first_is_of() {
        is(
            "The group paid a fee of 2 billion yen, about 13 mln dlrs, to its adviser.",
            "about 13 mln dlrs",
            Some("fee"),
        );
        is(
            "Hongkong Land sold the tower for 1.38 billion H.K. dlrs, about 177 mln U.S. dlrs, to investors.",
            "about 177 mln U.S. dlrs",
            None,
        );
        is(
            "The fine, £500,000, is the maximum.",
            "£500,000",
            Some("fine"),
        );
    }

    #[test]
    fn born_after_a_figure_is_no_noun() {
        is(
            "Farmers lost 1,800 lambs, about one in every nine born this spring.",
            "about one in every nine",
            None,
        );
        is(
            "Some 2,300 born abroad now live in the town.",
            "Some 2,300",
            None,
        );
    }

    #[test]
    fn a_word_in_ing_after_an_amount_spent_says_what_the_money_did() {
        is(
            "The city has spent $4.7 million clearing snow this winter.",
            "$4.7 million",
            None,
        );
        is(
            "The state spent $12 million repairing roads after the storm.",
            "$12 million",
            None,
        );
        is(
            "The council received £3m funding for roads.",
            "£3m",
            Some("funding"),
        );
    }

    #[test]
    fn a_verb_of_paying_or_working_after_a_bare_count_names_no_subject() {
        is(
            "Some 24.1 million pay by prepayment meter.",
            "Some 24.1 million",
            None,
        );
        is("The firm said 420 work part time.", "420", None);
        is("The firm said 60 work nights.", "60", None);
        is("Turnout was 78%, with 56.4% voting yes.", "56.4%", None);
        is("Some 31% saying they would move abroad.", "Some 31%", None);
        is("Of those polled, 40% backing the plan.", "40%", None);
        is(
            "Labour's 12% voting intention held.",
            "12%",
            Some("voting intention"),
        );
        is(
            "The film has 40 supporting roles.",
            "40",
            Some("supporting role"),
        );
        is("The union won 2,000 pay rises.", "2,000", Some("pay rise"));
        is(
            "The bill gives troops a 4.5% pay raise.",
            "4.5%",
            Some("pay raise"),
        );
        is(
            "The union won 2,000 pay raises.",
            "2,000",
            Some("pay raise"),
        );
        is(
            "Staff got a 3% annual pay raise.",
            "3%",
            Some("annual pay raise"),
        );
        is("The 40 staff raise money for charity.", "40", Some("staff"));
        is(
            "The office issued 40 work permits.",
            "40",
            Some("work permit"),
        );
    }

    #[test]
    fn outright_after_the_noun_is_an_adverb_but_before_it_a_part_of_the_subject() {
        is(
            "She won the $250,000 tournament outright.",
            "$250,000",
            Some("tournament"),
        );
        is(
            "The bank made outright purchases of seven mln stg.",
            "seven mln stg",
            Some("outright purchase"),
        );
    }

    #[test]
    fn a_sentence_adverb_before_the_verb_is_no_part_of_the_subject() {
        is(
            "Passenger journeys nevertheless rose 7% to 18.2 million.",
            "18.2 million",
            Some("passenger journey"),
        );
        is(
            "Gasoline prices were nonetheless 18.0 pct below their levels.",
            "18.0 pct",
            Some("gasoline price"),
        );
        is(
            "Indonesian net exports, therefore, may fall by 29 pct.",
            "29 pct",
            Some("indonesian net export"),
        );
    }

    #[test]
    fn a_steady_or_flat_state_after_its_verb_is_no_subject() {
        is("Robberies were nearly flat at 612.", "612", Some("robbery"));
        is(
            "Gold reserves remained stable at 218.32 billion francs.",
            "218.32 billion francs",
            Some("gold reserve"),
        );
        is(
            "Utilization was steady at 35.6 pct last week.",
            "35.6 pct",
            Some("utilization"),
        );
    }

    #[test]
    fn a_paid_or_reported_thing_is_the_thing_counted() {
        let text = "Netflix added 5.1 million paid memberships, ending the quarter higher.";
        is(text, "5.1 million", Some("paid membership"));
        is(
            "Only 5.7% of reported thefts led to a charge.",
            "5.7%",
            Some("theft"),
        );
    }

    #[test]
    fn a_participle_after_the_noun_of_a_measure_ends_it() {
        is(
            "The haul, 2.3 tonnes of cocaine hidden in banana boxes, was seized.",
            "2.3 tonnes",
            Some("cocaine"),
        );
    }

    #[test]
    fn a_sum_dearer_than_before_names_no_thing() {
        is(
            "Milk is £1.55 at the big supermarkets, 10p dearer than in January.",
            "10p",
            None,
        );
    }

    #[test]
    fn a_level_set_off_by_commas_after_at_is_of_the_noun_before_it() {
        is(
            "Gatwick's passenger numbers, at 43.2 million, are still 5% short.",
            "43.2 million",
            Some("passenger"),
        );
        is(
            "The firm was sold in 1985, at 3 dlrs a share, to a rival.",
            "3 dlrs",
            None,
        );
        is(
            "The basic fee, currently £60 a year, would rise to £95.",
            "£60",
            Some("basic fee"),
        );
    }

    #[test]
    fn one_thing_in_so_many_is_a_share_of_that_thing() {
        is(
            "One parcel in three went to a household with children.",
            "One parcel in three",
            Some("parcel"),
        );
        is(
            "Just one reported theft in 18 led to a charge.",
            "one reported theft in 18",
            Some("theft"),
        );
    }

    #[test]
    fn a_verb_of_pace_reaches_a_level_after_a_comma() {
        is(
            "Food inflation slowed for a ninth month in a row, to 5.1%.",
            "5.1%",
            Some("food inflation"),
        );
    }

    #[test]
    fn a_moving_average_is_a_noun() {
        is(
            "The 30-day moving average of her lead rose to 2.4 points.",
            "2.4 points",
            Some("moving average"),
        );
    }

    #[test]
    fn the_number_of_things_counts_the_things() {
        is(
            "The number of entries rose to 846,300.",
            "846,300",
            Some("entry"),
        );
        is(
            "The total number of cases reached 1,200.",
            "1,200",
            Some("case"),
        );
        is(
            "The number of homicides fell to 94, the lowest since 2014.",
            "94",
            Some("homicide"),
        );
    }

    #[test]
    fn a_time_phrase_opening_the_clause_without_a_comma_is_no_subject() {
        let text = "From January the typical bill will fall to £1,720.";
        is(text, "£1,720", Some("typical bill"));
        is(
            "After January the typical bill will rise to £1,720.",
            "£1,720",
            Some("typical bill"),
        );
        is(
            "In 2023 the council's debt rose to £4m.",
            "£4m",
            Some("debt"),
        );
    }

    #[test]
    fn a_time_word_that_is_the_subject_stays_it() {
        is(
            "Last January was the wettest, with 180mm of rain.",
            "180mm",
            Some("rain"),
        );
        is("From January 40 homes will be built.", "40", Some("home"));
    }

    #[test]
    fn a_verb_right_after_a_count_names_nothing() {
        is("Of the patients, 11 withdrew from the study.", "11", None);
        is(
            "The district has 48,000 students, and more than a third qualify for free lunch.",
            "more than a third",
            None,
        );
        is("Police arrested 300 protesters.", "300", Some("protester"));
    }

    #[test]
    fn a_present_verb_before_an_of_phrase_is_no_part_of_its_noun() {
        let text = "The scheme offers grants of up to £7,500.";
        is(text, "up to £7,500", Some("grant"));
        let text = "Council tenants face rent rises of 7.7% from April.";
        is(text, "7.7%", Some("rent rise"));
        is(
            "Bonds with a total face value of $19m.",
            "$19m",
            Some("face value"),
        );
    }

    #[test]
    fn a_noun_only_ever_in_s_describes_the_noun_after_it() {
        is(
            "It has an eight-court sports hall.",
            "eight-court",
            Some("sports hall"),
        );
        is(
            "The town has a 200-seat arts centre.",
            "200-seat",
            Some("arts centre"),
        );
        is(
            "The club won five sports awards.",
            "five",
            Some("sports award"),
        );
        is(
            "The school offers 12 sports, including rowing.",
            "12",
            Some("sport"),
        );
    }

    #[test]
    fn a_place_and_its_state_in_commas_are_stepped_over() {
        let fire = "A wildfire east of Redding, California, grew to more than 48,000 acres.";
        is(fire, "more than 48,000 acres", Some("wildfire"));
        is(
            "Home prices in Leeds, West Yorkshire, rose 4.2% last year.",
            "4.2%",
            Some("home price"),
        );
        is(
            "A wildfire north-east of Redding grew to 48,000 acres.",
            "48,000 acres",
            Some("wildfire"),
        );
        is(
            "Unemployment in Madrid, Spain, rose to 12.4% in March.",
            "12.4%",
            Some("unemployment"),
        );
        // "east" as a noun, with no "of" after it, stays.
        is(
            "Rainfall in the east fell 12% in May.",
            "12%",
            Some("rainfall"),
        );
    }

    #[test]
    fn compounds_inside_a_noun_phrase_stay_in_it() {
        is("a half-cent sales tax", "half-cent", Some("sales tax"));
        is(
            "Traders expect two more quarter-point cuts.",
            "two",
            Some("quarter-point cut"),
        );
        is(
            "The gang stole 57 high-value cars worth an estimated £2.7m.",
            "an estimated £2.7m",
            Some("high-value car"),
        );
        is(
            "Borrowers face repayments about £310 higher on a loan.",
            "about £310",
            None,
        );
        is("It paid £310 higher rates.", "£310", Some("higher rate"));
        is(
            "Petrol averaged 135p a litre, while diesel was 4p dearer.",
            "4p",
            Some("diesel"),
        );
        is("The deficit was £2bn bigger.", "£2bn", Some("deficit"));
        is(
            "It said hogs didn't have to be 15 dlrs cheaper.",
            "15 dlrs",
            Some("hog"),
        );
        is(
            "The Liberals took 169 seats, three short of a majority.",
            "three",
            None,
        );
    }

    #[test]
    fn a_name_with_a_number_before_the_verb_is_the_head_of_the_clause() {
        is("The FTSE 100 fell 1.2% to 7,412.", "1.2%", Some("ftse 100"));
        is(
            "The FTSE 100 fell 1.2% to 7,412.",
            "7,412",
            Some("ftse 100"),
        );
        is(
            "The S&P 500 gained 0.8% on Friday.",
            "0.8%",
            Some("s&p 500"),
        );
        is("The FTSE 100 index fell 1.2%.", "1.2%", Some("index"));
    }

    #[test]
    fn the_place_a_quota_is_for_stands_between_the_object_and_by() {
        is(
            "Ministers cut the mackerel quota for the north-east Atlantic by 22%.",
            "22%",
            Some("mackerel quota"),
        );
        is(
            "Ministers cut the cod quota for the North Sea by 20%.",
            "20%",
            Some("cod quota"),
        );
        is(
            "The council cut the grant for the Royal Exchange Theatre by 5%.",
            "5%",
            Some("grant"),
        );
    }

    #[test]
    fn a_price_for_the_day_ahead_is_a_thing_not_a_period() {
        is(
            "The day-ahead power price in Germany spiked to €936.",
            "€936",
            Some("day-ahead power price"),
        );
        is(
            "Day-ahead prices rose to €936.",
            "€936",
            Some("day-ahead price"),
        );
    }

    #[test]
    fn what_someone_is_paid_or_earns_is_said_of_them() {
        is("Teachers are paid £32,000.", "£32,000", Some("teacher"));
        is(
            "Newly qualified teachers will be paid £32,000 from September.",
            "£32,000",
            Some("newly qualified teacher"),
        );
        is("Nurses were paid £29,000 a year.", "£29,000", Some("nurse"));
        is("The club paid £50m for the striker.", "£50m", None);
        is(
            "Farmers were paid 60 shillings a kilo.",
            "60 shillings",
            None,
        );
    }

    #[test]
    fn a_negative_contraction_is_an_auxiliary_not_the_head_of_a_clause() {
        is("That doesn't mean prices will rise 5%.", "5%", None);
        is("That does not mean prices will rise 5%.", "5%", None);
        is("Sales didn't rise 5%.", "5%", Some("sale"));
    }

    #[test]
    fn an_abbreviation_inside_a_noun_phrase_is_no_verb_but_a_headline_in_capitals_keeps_its_verb() {
        is(
            "Average SAT scores dropped 8 points.",
            "8 points",
            Some("average sat score"),
        );
        is("PRICES ROSE 5% IN MAY.", "5%", Some("price"));
    }

    #[test]
    fn the_noun_after_a_sum_that_expected_it_is_not_what_the_sum_is_of() {
        is(
            "It opened to $84m, above the $60 million analysts had expected.",
            "$60 million",
            None,
        );
        is(
            "It fell short of the $1.3tn developing countries sought.",
            "$1.3tn",
            None,
        );
        is(
            "The $5m contracts expected to be signed were delayed.",
            "$5m",
            Some("contract"),
        );
        is(
            "It was below the $4.40 analysts were expecting.",
            "$4.40",
            None,
        );
        is(
            "Prices rose 5.7% in May, above the 5.3% economists had expected.",
            "5.3%",
            None,
        );
        is(
            "Only 5.3% of economists expected a cut.",
            "5.3%",
            Some("economist"),
        );
    }

    #[test]
    fn a_change_set_after_its_level_in_commas_is_of_what_the_level_is_of() {
        let text = "Support for the party fell to 31%, a two point fall on last month.";
        is(text, "two point", Some("support"));
        let text = "Support reached 31% and a two point fall followed.";
        assert_ne!(key(text, "two point").as_deref(), Some("support"));
    }

    #[test]
    fn run_by_after_a_count_is_a_participle_and_no_noun() {
        let text = "It will close 12 of its 21 libraries, leaving nine run by the council.";
        assert_ne!(key(text, "nine").as_deref(), Some("run"));
        is("He scored 12 runs by lunch.", "12", Some("run"));
    }

    #[test]
    fn a_level_a_measure_stuck_at_is_of_that_measure() {
        is(
            "Services inflation stuck at 5.7% in May.",
            "5.7%",
            Some("services inflation"),
        );
        is("The lorry stuck 5% of the time.", "5%", Some("time"));
    }

    #[test]
    fn time_added_to_a_journey_is_not_said_of_what_adds_it() {
        is(
            "Ships diverted around the Cape add about 10 days to the voyage.",
            "about 10 days",
            None,
        );
        is(
            "A warning was issued for up to 15cm of snow on high ground.",
            "up to 15cm",
            Some("snow"),
        );
    }

    #[test]
    fn the_object_of_a_cut_keeps_its_size_and_level_across_a_place_and_a_comma() {
        let text =
            "The drought has cut the olive harvest in Spain by half, to about 660,000 tonnes.";
        is(text, "half", Some("olive harvest"));
        is(text, "about 660,000 tonnes", Some("olive harvest"));
        is(
            "The bank cut its forecast by 0.5 points, to 1.2%.",
            "1.2%",
            Some("forecast"),
        );
        is("The firm cut jobs, to 4,000.", "4,000", Some("firm"));
    }

    #[test]
    fn a_share_lost_is_a_share_of_what_was_lost() {
        is(
            "The stock has lost 38% of its value this year.",
            "38%",
            Some("value"),
        );
        is("The stock has lost 38% this year.", "38%", Some("stock"));
    }

    #[test]
    fn a_phrasal_verb_takes_a_share_of_its_object() {
        is(
            "The test picked up 92.1% of cancers in the study.",
            "92.1%",
            Some("cancer"),
        );
        is("Spending went up to 2.5% of GDP.", "2.5%", Some("spending"));
        is("Women made up 38% of participants.", "38%", Some("woman"));
        is(
            "Residents aged 65 and over now make up 21% of the population.",
            "21%",
            Some("resident"),
        );
    }

    #[test]
    fn a_share_of_them_is_of_what_an_earlier_count_counts_and_a_count_of_them_of_nothing() {
        let text = "The ombudsman received 312 complaints and upheld 24 of them.";
        is(text, "24", None);
        is(
            "Of the bills in the House, 60% of them passed.",
            "60%",
            None,
        );
        is(
            "It has 1,200 beds, and 96% of them were full.",
            "96%",
            Some("bed"),
        );
        // A noun after the pronoun says what the share is; not the incidents.
        let text = "Crews saw 12,312 incidents, 40 per cent of them false alarms.";
        is(text, "40 per cent", None);
    }

    #[test]
    fn a_second_sum_paid_in_something_names_it_too() {
        let text = "It was awarded $4.5m in compensatory damages and $10m in punitive damages.";
        is(text, "$10m", Some("punitive damage"));
        let text = "It was awarded $4.5m in damages and invested $10m in new plants.";
        is(text, "$10m", None);
    }

    #[test]
    fn a_verb_of_beating_after_a_sum_names_nothing() {
        let text = "Quarterly revenue of $35.1 billion beat the $33.2 billion expected.";
        is(text, "$35.1 billion", Some("quarterly revenue"));
        is("The band played 12 beats a bar.", "12", Some("beat"));
    }

    #[test]
    fn a_bare_old_level_is_of_what_the_new_level_is_of() {
        let text = "Their lead in the league was cut to five points, from 11 at Christmas.";
        is(text, "11", Some("point"));
        is(
            "It cut its workforce to 53 from 74.",
            "74",
            Some("workforce"),
        );
        is("Sales rose to 53 in May from 74 in April.", "74", None);
        let text = "Chase Manhattan cut its prime rate to 7-1/2 pct from 7-3/4 pct.";
        is(text, "7-3/4 pct", Some("prime rate"));
        let text = "The bank raised its base rate to 5% from 4.75% on Thursday.";
        is(text, "4.75%", Some("base rate"));
        let text = "Earnings had sunk to 827.9 mln riyals from 2.66 billion in 1982.";
        is(text, "2.66 billion", None);
        // The direction of a revision is no key, so the new level's is the subject's.
        let text = "Public consumption is revised upwards to 2.5 pct from 2.0 pct.";
        is(text, "2.5 pct", Some("public consumption"));
        is(text, "2.0 pct", Some("public consumption"));
        let text = "Sales rose to 5% of output from 4% of imports.";
        is(text, "4%", Some("import"));
    }

    #[test]
    fn a_bare_count_a_named_side_won_or_lost_is_of_an_earlier_count() {
        let text = "Reform gained 677 councillors in 23 councils, while the Tories lost 674.";
        is(text, "674", Some("councillor"));
        let text = "Republicans won 53 seats and Democrats won 47.";
        is(text, "47", Some("seat"));
        let text = "Reform gained 677 councillors, while the Conservatives lost 674 seats.";
        is(text, "674", Some("seat"));
    }

    #[test]
    fn a_level_closed_at_after_a_comma_is_of_the_clause_of_change_before() {
        let text = "The Dow rose 2.1% in the week, ending Friday at 1,234.";
        is(text, "1,234", Some("dow"));
        let text = "The index rose 2%, finishing the session at 8,234.";
        is(text, "8,234", Some("index"));
        let text = "Trading was thin on Friday, closing at 8,234.";
        is(text, "8,234", None);
    }

    #[test]
    fn an_account_or_an_issue_after_a_noun_only_in_s_is_the_head() {
        let text = "The bank opened 2 million savings accounts last year.";
        is(text, "2 million", Some("savings account"));
        let text = "The group launched a rights issue at 310 pence.";
        is(text, "310 pence", Some("rights issue"));
    }

    #[test]
    fn a_noun_in_s_before_took_up_is_what_takes_up_the_share() {
        let text = "Fundraising costs took up 23p of every £1 donated.";
        is(text, "23p", Some("fundraising cost"));
        is(
            "Staff costs take up 40% of the budget.",
            "40%",
            Some("staff cost"),
        );
        is("Rent takes up 31% of pay.", "31%", Some("rent"));
    }

    #[test]
    fn a_distance_fallen_or_a_place_sunk_at_names_nothing() {
        is("The trawler sank 60 miles off Cape Cod.", "60 miles", None);
        let text = "Water levels fell 2 metres.";
        is(text, "2 metres", Some("water level"));
    }

    #[test]
    fn arrests_opening_a_sentence_keep_their_subject() {
        is(
            "Arrests rose to 1,200 in the year to March.",
            "1,200",
            Some("arrest"),
        );
    }

    #[test]
    fn a_verb_in_s_right_before_the_clauses_verb_is_a_noun() {
        is(
            "Housing starts fell 3.1% in October.",
            "3.1%",
            Some("housing start"),
        );
        is("The firm starts 40 projects a year.", "40", Some("project"));
    }

    #[test]
    fn a_noun_in_ing_ends_the_thing_a_share_is_of() {
        let text = "The developer offered 18 per cent affordable housing, below target.";
        is(text, "18 per cent", Some("affordable housing"));
        is(
            "A £95m scheme running until 2030 was agreed.",
            "£95m",
            Some("scheme"),
        );
    }

    #[test]
    fn shares_trade_at_a_multiple_but_trade_can_be_a_noun() {
        is(
            "Shares trade at 180 times earnings.",
            "180 times",
            Some("share"),
        );
        is("Trade at the port fell 5%.", "5%", Some("trade"));
    }

    #[test]
    fn a_name_inside_a_noun_phrase_leaves_the_words_after_it_as_the_head() {
        is(
            "The bank's core tier one capital ratio improved to 14.2%.",
            "14.2%",
            Some("capital ratio"),
        );
        is(
            "Global CO2 emissions rose 1.1%.",
            "1.1%",
            Some("global co2 emission"),
        );
    }

    #[test]
    fn a_count_before_a_name_counts_the_name_or_the_plural_noun_after_it() {
        is(
            "Curry made 12 of 19 three-pointers.",
            "19",
            Some("three-pointer"),
        );
        is(
            "The airline will base three more Boeing 737 Max 8 jets in Manchester.",
            "three",
            Some("jet"),
        );
        is(
            "Two Boeing 737 crashes killed 346 people.",
            "Two",
            Some("crash"),
        );
        is("He ordered 3 A320 and two A350.", "3", None);
    }

    #[test]
    fn either_way_names_nothing() {
        is(
            "Its margin of error is about two points either way.",
            "about two points",
            Some("margin of error"),
        );
    }

    #[test]
    fn a_margin_of_error_is_one_noun_however_it_is_introduced() {
        for text in [
            "The poll has a margin of error of ±3.5 points.",
            "It came with a margin of error of 3.5 points.",
            "The margin of error is 3.5 points.",
        ] {
            let span = if text.contains('±') {
                "±3.5 points"
            } else {
                "3.5 points"
            };
            is(text, span, Some("margin of error"));
        }
        is(
            "The rate of error fell 3.5 points.",
            "3.5 points",
            Some("rate"),
        );
    }

    #[test]
    fn a_participle_that_takes_an_object_is_no_part_of_the_noun_it_takes() {
        let text = "The snowpack stood at 28% of the average, forcing cuts of up to 50% in \
                    water deliveries.";
        is(text, "up to 50%", Some("cut"));
        let text = "Some 40 ships waited, each carrying goods worth up to $300 million.";
        is(text, "up to $300 million", Some("good"));
        let text = "The ship carried goods worth up to $300 million.";
        is(text, "up to $300 million", Some("good"));
        is("She inherited assets worth £3m.", "£3m", Some("asset"));
        is(
            "The port handled imported goods worth $2bn.",
            "$2bn",
            Some("imported good"),
        );
        let text = "It offered exchangeable preferred stock worth 8.50 dlrs.";
        is(text, "8.50 dlrs", Some("preferred stock"));
    }

    #[test]
    fn a_sum_lost_on_something_names_nothing_but_one_lost_on_takings_is_the_losers() {
        let text = "Kuwait lost 1.25 billion dinars on its overseas investments in 1986.";
        is(text, "1.25 billion dinars", None);
        let text = "MCI lost 448.4 mln dlrs on sales of 3.59 billion dlrs last year.";
        is(text, "448.4 mln dlrs", Some("mci"));
        is("The stock lost 50 cts on Friday.", "50 cts", Some("stock"));
    }

    #[test]
    fn a_level_held_frozen_is_of_what_is_frozen() {
        let text = "The income tax threshold will stay frozen at £12,570 until 2028.";
        is(text, "£12,570", Some("income tax threshold"));
    }

    #[test]
    fn a_participle_with_its_object_after_a_count_names_no_thing() {
        let text = "Of the patients, 31 of the 598 given the higher dose withdrew.";
        is(text, "598", None);
        is(
            "The 598 patients given the drug withdrew.",
            "598",
            Some("patient"),
        );
    }

    #[test]
    fn capital_gains_are_a_noun_and_a_count_forecasters_expected_is_not_of_them() {
        let text = "The capital gains exemption halved to £3,000.";
        is(text, "halved", Some("capital gains exemption"));
        let text = "Capital gains tax receipts rose 18% to £15.3bn.";
        is(text, "18%", Some("capital gains tax receipt"));
        let text = "Payrolls rose, above the 150,000 economists had forecast.";
        is(text, "150,000", None);
        let text = "The 5,000 workers expected a rise.";
        is(text, "5,000", Some("worker"));
    }

    #[test]
    fn a_plural_noun_right_before_a_bound_is_what_it_bounds() {
        let text = "Ottawa raised the inclusion rate on gains above C$250,000.";
        is(text, "above C$250,000", Some("gain"));
        let text = "The duty is waived for homes under £300,000.";
        is(text, "under £300,000", Some("home"));
        let text = "Oil prices rose above $100.";
        is(text, "above $100", Some("oil price"));
    }

    #[test]
    fn a_verb_before_a_preposition_after_a_share_names_nothing() {
        let text = "The higher rate of 40% starts at £50,271.";
        is(text, "40%", Some("higher rate"));
        is(
            "Housing starts rose 5%, and 40% starts were in London.",
            "40%",
            Some("start"),
        );
        let text = "Growth was 3.5 pct against the 6.5 pct forecast in December.";
        is(text, "6.5 pct", Some("forecast"));
    }

    #[test]
    fn a_verb_adds_after_a_noun_ends_it() {
        let text = "A 7kW home charger adds about 25 miles of range an hour.";
        is(text, "7kW", Some("home charger"));
    }

    #[test]
    fn a_place_whose_name_ends_in_s_keeps_it() {
        let text = "Rotterdam slipped 1.2%, while Antwerp-Bruges gained 3.6%.";
        is(text, "3.6%", Some("antwerp-bruges"));
        is("Shops in Wales sold 4,000 bikes.", "4,000", Some("bike"));
    }

    #[test]
    fn a_verb_in_ed_after_a_noun_of_a_share_opens_its_predicate() {
        let text = "Food inflation of 9.2% squeezed margins to 3.1%.";
        is(text, "9.2%", Some("food inflation"));
        let text = "A workforce of 500 skilled workers was hired.";
        is(text, "500", Some("skilled worker"));
    }

    #[test]
    fn a_passive_participle_is_no_subject() {
        is("She was caught at 97mph on the A14.", "97mph", None);
        is(
            "The driver was caught at 97mph on the A14.",
            "97mph",
            Some("driver"),
        );
        is(
            "Victims have been offered compensation of up to £600,000 each.",
            "up to £600,000",
            Some("compensation"),
        );
    }

    #[test]
    fn a_measure_with_its_unit_glued_on_sizes_the_noun_after_it() {
        is("The price of a 25kg bag of feed rose.", "25kg", Some("bag"));
        is(
            "The package includes 155mm artillery shells.",
            "155mm",
            Some("artillery shell"),
        );
        is(
            "You will need 300ml of whole milk.",
            "300ml",
            Some("whole milk"),
        );
        is("Sea levels rose 3mm last year.", "3mm", Some("sea level"));
    }

    #[test]
    fn a_confidence_level_names_nothing_and_an_odds_ratio_is_one_noun() {
        is("Risk fell by 27% (95% CI 12-39).", "95%", None);
        is(
            "Heavy smokers had an odds ratio of 2.3 for the disease.",
            "2.3",
            Some("odds ratio"),
        );
    }

    #[test]
    fn a_participle_with_its_object_opens_no_subject() {
        is(
            "Oil slipped 2%, leaving it down about 13% since January.",
            "about 13%",
            None,
        );
        is("Sales rose to $5m, a rise of 5%.", "$5m", Some("sale"));
        is(
            "Ryanair cut its forecast, saying prices would be 5% lower.",
            "5%",
            None,
        );
    }

    #[test]
    fn a_line_of_the_accounts_is_one_subject() {
        is(
            "Profit before tax fell by a fifth to £812m.",
            "a fifth",
            Some("profit"),
        );
        is(
            "Profit before tax fell by a fifth to £812m.",
            "£812m",
            Some("profit"),
        );
    }

    #[test]
    fn a_clause_after_before_still_starts_there() {
        is("Shares rose before profits fell 5%.", "5%", Some("profit"));
    }

    #[test]
    fn the_margin_over_a_rival_is_not_said_of_the_rival() {
        is(
            "She beat her challenger by fewer than 9,000.",
            "fewer than 9,000",
            None,
        );
        is(
            "Reform, on 31%, leads Labour by five points.",
            "five points",
            None,
        );
    }

    #[test]
    fn the_object_of_a_verb_of_change_is_still_what_changed() {
        is(
            "The council will raise council tax by 4.99%.",
            "4.99%",
            Some("council tax"),
        );
    }

    #[test]
    fn a_duration_changed_after_by_is_the_objects() {
        let text = "The hospital cut waiting times by six weeks.";
        is(text, "six weeks", Some("waiting time"));
        let text = "The trust reduced average waits by 12 days.";
        is(text, "12 days", Some("average wait"));
        is("Prices have risen for six weeks.", "six weeks", None);
    }

    #[test]
    fn a_word_that_may_be_a_verb_after_a_possessive_is_a_noun() {
        let text = "The project's cost rose from £600m to £1.1bn.";
        is(text, "£600m", Some("cost"));
        is(
            "The Treasury's account stood at 8.1 billion guilders.",
            "8.1 billion guilders",
            Some("account"),
        );
    }

    #[test]
    fn those_before_a_verb_names_no_thing() {
        is(
            "Three-quarters of those backed strike action.",
            "Three-quarters",
            None,
        );
        is("Half of those surveyed said no.", "Half", None);
        is(
            "Half of those buildings were empty.",
            "Half",
            Some("building"),
        );
    }

    #[test]
    fn a_time_word_after_a_word_of_succession_is_the_noun_counted() {
        is(
            "Madrid recorded three consecutive days above 40C.",
            "three",
            Some("consecutive day"),
        );
        is(
            "Refunds take five working days.",
            "five",
            Some("working day"),
        );
        is("Sales fell 5% in three days.", "5%", Some("sale"));
    }

    #[test]
    fn a_letter_that_opens_a_compound_is_no_article() {
        is(
            "Just over 28% of A-level entries got an A.",
            "Just over 28%",
            Some("a-level entry"),
        );
        is("Its 65 dlr-a-share cash offer stands.", "65 dlr", None);
    }

    #[test]
    fn a_bare_old_level_after_up_from_counts_what_the_count_before_it_counts() {
        is(
            "The council will fix 3,400 potholes a year, up from about 2,000.",
            "about 2,000",
            Some("pothole"),
        );
        is(
            "Only 12 of the 40 schools inspected were rated good or outstanding, down from 19 last year.",
            "19",
            Some("school"),
        );
        is(
            "Volkswagen said it sold 1,330 cars in the period, down from 2,047 last year.",
            "2,047",
            Some("car"),
        );
        // A noun of its own after the old level keeps it.
        is(
            "The fleet has 45 buses, up from 35 vans a year ago.",
            "35",
            Some("van"),
        );
    }

    #[test]
    fn a_sum_added_to_or_wiped_off_a_value_is_of_that_value() {
        is(
            "Shares jumped 14%, adding roughly $150 billion to its market value.",
            "roughly $150 billion",
            Some("market value"),
        );
        is(
            "The sell-off wiped $40bn off the company's value.",
            "$40bn",
            Some("value"),
        );
    }

    #[test]
    fn a_time_phrase_before_a_comma_is_no_subject() {
        is(
            "Most were graded A this summer, up from 27.8% last year.",
            "27.8%",
            None,
        );
        is(
            "Profits for the year, up 19.4 pct from 1985, were a record.",
            "19.4 pct",
            Some("profit"),
        );
    }

    #[test]
    fn the_object_of_a_cut_runs_over_the_figures_inside_it() {
        let text = "The vaccine cut hospital admissions among people aged 75 and over by 62%.";
        is(text, "62%", Some("hospital admission"));
        is(
            "Base rates have been cut twice by half a point.",
            "half a point",
            Some("base rate"),
        );
    }

    #[test]
    fn what_is_added_to_grows_not_the_clause_subject() {
        let text = "Checks at the border added an average of 47 minutes to each lorry journey.";
        is(text, "47 minutes", None);
        is("Devex added 50 to 13.00.", "50", Some("devex"));
    }

    #[test]
    fn an_ordinal_before_a_plural_noun_is_part_of_it() {
        is(
            "The trust will close two sixth forms.",
            "two",
            Some("sixth form"),
        );
        is(
            "Some 5,000 second homes stand empty.",
            "Some 5,000",
            Some("second home"),
        );
        is("The two first met in 2019.", "two", None);
    }

    #[test]
    fn an_ordinal_opening_a_compound_after_a_change_noun_is_part_of_the_noun() {
        // A part of the year says when: the noun after it is the thing.
        is(
            "Greggs reported a 13% rise in first-half profit on Tuesday.",
            "13%",
            Some("profit"),
        );
        is(
            "It posted a 4% fall in third-quarter sales.",
            "4%",
            Some("sale"),
        );
        is(
            "There was a 5% fall in first-time buyers.",
            "5%",
            Some("first-time buyer"),
        );
    }

    #[test]
    fn a_share_restated_in_brackets_is_of_the_same_thing() {
        let text = "Almost three-quarters (73%) of adults said they were worried.";
        is(text, "Almost three-quarters", Some("adult"));
        is(text, "73%", Some("adult"));
        is("Sales rose 4% (adjusted) in May.", "4%", Some("sale"));
    }

    #[test]
    fn a_compound_opened_by_a_preposition_is_the_noun_counted_but_a_preposition_is_not() {
        let text = "The majority fell after four by-election defeats.";
        is(text, "four", Some("by-election defeat"));
        is(
            "The cut hit 200 in-work claimants.",
            "200",
            Some("in-work claimant"),
        );
        is("Sales rose 5% in the quarter.", "5%", Some("sale"));
    }

    #[test]
    fn a_players_tally_is_not_a_count_of_the_player_but_a_clubs_count_is_the_clubs() {
        is("Root made 262 from 375 balls.", "262", None);
        is("Joe Root scored 31 as England won.", "31", None);
        is("The club made 262 redundancies.", "262", Some("redundancy"));
        is(
            "Shares in the club made 262 in the offer.",
            "262",
            Some("share"),
        );
    }

    #[test]
    fn numbers_after_a_noun_is_the_noun_counted() {
        let text = "Air passenger numbers at Manchester hit 30.9 million last year.";
        is(text, "30.9 million", Some("air passenger"));
        is("The crowd numbers 5,000.", "5,000", Some("crowd"));
    }

    #[test]
    fn a_top_share_before_its_verb_names_no_thing() {
        is(
            "The top 10% of earners pay 60%, while the bottom 50% pay less.",
            "50%",
            None,
        );
        is("The top 10% of earners pay 60%.", "10%", Some("earner"));
    }

    #[test]
    fn money_added_in_a_noun_is_that_noun() {
        is(
            "The judge added $400,000 in legal costs.",
            "$400,000",
            Some("legal cost"),
        );
        is(
            "The firm added $400,000 in March.",
            "$400,000",
            Some("firm"),
        );
    }

    #[test]
    fn money_held_in_a_noun_is_that_noun() {
        let text = "The authority holds £14.2m in usable reserves.";
        is(text, "£14.2m", Some("usable reserve"));
        let text = "The firm has $2bn in cash.";
        is(text, "$2bn", Some("cash"));
        // A place is where the money is, not what it is.
        is("The firm has $2bn in Asia.", "$2bn", None);
    }

    #[test]
    fn the_size_of_an_economy_is_a_yardstick() {
        is(
            "The fiscal deficit was £19bn, or 9.8% of GDP.",
            "9.8%",
            None,
        );
        is(
            "The treasury will keep the PSBR at 1.0 pct of GDP.",
            "1.0 pct",
            Some("psbr"),
        );
        is(
            "Pupils spend 9.8% of lessons outside.",
            "9.8%",
            Some("lesson"),
        );
    }

    #[test]
    fn what_a_cut_is_taken_from_is_no_clause_subject() {
        is("The bill would cut $880bn from Medicaid.", "$880bn", None);
        is("Output was cut to 5% from 7%.", "5%", Some("output"));
    }

    #[test]
    fn a_verb_of_finding_after_to_is_no_part_of_the_noun() {
        is(
            "The county needs to find savings of £20m.",
            "£20m",
            Some("saving"),
        );
        is(
            "Prices rose to record highs of £20m.",
            "£20m",
            Some("record high"),
        );
    }

    #[test]
    fn prices_that_start_at_a_sum_are_its_subject() {
        is(
            "Ticket prices for the Test start at £90.",
            "£90",
            Some("ticket price"),
        );
    }

    #[test]
    fn the_noun_a_verb_of_limiting_holds_is_its_subject() {
        is(
            "The world must keep warming to 1.5C.",
            "1.5C",
            Some("warming"),
        );
        is(
            "Emissions must fall to limit warming to 1.5C.",
            "1.5C",
            Some("warming"),
        );
    }

    #[test]
    fn how_long_a_change_ran_is_not_its_size() {
        is(
            "Prices at the pump have risen for six weeks in a row.",
            "six weeks",
            None,
        );
        is(
            "Life expectancy rose by 1.1 years.",
            "1.1 years",
            Some("life expectancy"),
        );
    }

    #[test]
    fn a_word_that_opens_a_compound_opens_the_subject() {
        is(
            "Like-for-like sales were up 3.2% in the quarter.",
            "3.2%",
            Some("like-for-like sale"),
        );
        // A period compound opens the phrase of the noun it describes.
        is(
            "Year-on-year sales rose 3.2% in the quarter.",
            "3.2%",
            Some("year-on-year sale"),
        );
    }

    #[test]
    fn came_in_at_links_its_subject() {
        is(
            "Earnings per share came in at 92 cents.",
            "92 cents",
            Some("earnings per share"),
        );
    }

    #[test]
    fn a_measure_per_unit_is_one_noun() {
        is(
            "Earnings per share rose 57%.",
            "57%",
            Some("earnings per share"),
        );
        is(
            "Spending per pupil rose 4%.",
            "4%",
            Some("spending per pupil"),
        );
        is("Earnings rose 57%.", "57%", Some("earning"));
        let text = "Average revenue per user rose 4% to $11.20.";
        is(text, "4%", Some("average revenue per user"));
    }

    #[test]
    fn a_participle_after_a_figure_names_no_thing() {
        is("He had $5m stolen from his account.", "$5m", None);
        is(
            "It gave 4,860 doses against 2,170 given last year.",
            "2,170",
            None,
        );
        is(
            "Street-cleaning fines will stay at $73.",
            "$73",
            Some("street-cleaning fine"),
        );
    }

    #[test]
    fn an_adjective_in_ed_after_a_noun_of_a_share_keeps_its_noun() {
        let text = "The group offered one dlr of 10 pct preferred stock per share.";
        is(text, "10 pct", Some("preferred stock"));
    }

    #[test]
    fn an_adjective_before_a_noun_and_a_plural_noun_is_attributive() {
        let text = "There were 147,430 full-time equivalent police officers.";
        is(text, "147,430", Some("full-time equivalent police officer"));
        let text = "The firm had five dlr convertible exchangeable preference shares.";
        is(
            text,
            "five dlr",
            Some("convertible exchangeable preference share"),
        );
    }

    #[test]
    fn a_time_that_owns_a_noun_is_skipped_to_it() {
        is("Last year's profit rose to $5m.", "$5m", Some("profit"));
        let text = "The previous week's level was revised to 736.6 billion dlrs.";
        is(text, "736.6 billion dlrs", Some("level"));
    }

    #[test]
    fn so_far_stands_after_the_subject() {
        let text = "The electric share so far this year is 21.1%.";
        is(text, "21.1%", Some("electric share"));
        is("Sales so far rose 5%.", "5%", Some("sale"));
    }

    #[test]
    fn a_relative_pronoun_stands_for_the_noun_before_it() {
        is(
            "Pay is 7.7% lower, a gap that has halved since 1997.",
            "halved",
            Some("gap"),
        );
        is(
            "A basket of goods that cost £100 now costs £109.",
            "£100",
            Some("basket"),
        );
        is("The report found that 40% had left.", "40%", None);
    }

    #[test]
    fn a_count_that_is_a_plural_noun_counts_it() {
        is(
            "Of the 1,850 migrants, 612 were children.",
            "612",
            Some("child"),
        );
        is(
            "A quarter are under 40, and 263 are women, a record.",
            "263",
            Some("woman"),
        );
        is("Of the 1,850 migrants, 612 were detained.", "612", None);
    }

    #[test]
    fn plural_subjects_in_es_lose_only_their_es() {
        is(
            "Each of the 40 new buses costs £450,000.",
            "40",
            Some("bus"),
        );
        is("The 300 houses were sold.", "300", Some("house"));
    }

    #[test]
    fn a_possessor_joined_by_a_sign_is_skipped() {
        let text = "H&M's sales in local currencies were up 4% in September.";
        is(text, "4%", Some("sale"));
        is("Coca-Cola's sales rose 4%.", "4%", Some("sale"));
        is("The well-known brand's sales rose 5%.", "5%", Some("sale"));
    }

    #[test]
    fn a_possessor_of_two_names_joined_by_and_is_skipped() {
        is(
            "Marks and Spencer's profits rose 8.9 pct.",
            "8.9 pct",
            Some("profit"),
        );
        let text = "The Food Service and Lodging Group's sales were up 8.9 pct.";
        is(text, "8.9 pct", Some("sale"));
        is(
            "Johnson and Johnson's revenue rose 4%.",
            "4%",
            Some("revenue"),
        );
    }

    #[test]
    fn a_participle_with_a_comparison_after_a_count_names_no_thing() {
        let text = "Backlogs hit 78,329 cases, with almost 18,000 waiting more than a year.";
        is(text, "almost 18,000", None);
        is(
            "Some 300 waiting staff were hired.",
            "Some 300",
            Some("waiting staff"),
        );
    }

    #[test]
    fn a_time_adjective_in_ly_and_a_noun_in_ment_stay_in_the_phrase() {
        let text = "The agency provides 70% of the minimum daily requirement of 2,100 calories.";
        is(text, "70%", Some("minimum daily requirement"));
        is(
            "Members get a £750 one-off payment.",
            "£750",
            Some("one-off payment"),
        );
        is("The 120 staff redundant were paid.", "120", Some("staff"));
    }

    #[test]
    fn the_object_of_a_change_before_by_may_hold_a_hyphen() {
        let text = "The firm raised its long-term guidance by £10m.";
        is(text, "£10m", Some("long-term guidance"));
    }

    #[test]
    fn a_linking_verb_in_s_before_the_verb_is_its_noun_as_before_a_place() {
        is(
            "Build costs rose 4.1% in the year.",
            "4.1%",
            Some("build cost"),
        );
        let text = "Housing starts in England fell to 30,000.";
        is(text, "30,000", Some("housing start"));
        is("The house costs £300,000.", "£300,000", Some("house"));
    }

    #[test]
    fn a_verb_in_s_before_a_figure_ends_the_noun_a_sum_or_size_qualifies() {
        let text = "The £4.2bn contract covers five frigates.";
        is(text, "£4.2bn", Some("contract"));
        is(
            "Its 6.3in display refreshes at 120Hz.",
            "6.3in",
            Some("display"),
        );
        let text = "It built 500 council homes at £300,000 each.";
        is(text, "500", Some("council home"));
        let text = "A licence for a 60ft narrowboat costs £1,250.";
        is(text, "60ft", Some("narrowboat"));
        let text = "A 40ft container now costs about $2,100 to ship.";
        is(text, "40ft", Some("container"));
        let text = "Its 12 care homes cost £30m a year to run.";
        is(text, "12", Some("care home"));
        let text = "The £3m running costs were met by the council.";
        is(text, "£3m", Some("running cost"));
    }

    #[test]
    fn a_count_before_a_measure_that_sizes_a_noun_counts_that_noun() {
        let text = "Europe aims to produce 2 million 155mm shells a year.";
        is(text, "2 million", Some("shell"));
        is(
            "The port handled 300 40ft containers.",
            "300",
            Some("container"),
        );
    }

    #[test]
    fn frozen_after_a_form_of_be_is_a_participle() {
        let text = "Monthly tickets will be frozen at £72 for a year.";
        is(text, "£72", Some("monthly ticket"));
    }

    #[test]
    fn a_share_worth_a_percentage_is_the_thing_valued_but_a_share_of_a_whole_is_not() {
        let text = "Members accepted a two-year deal worth 5% this year.";
        is(text, "5%", Some("deal"));
        is("Labour won 34% of the vote.", "34%", Some("vote"));
    }

    #[test]
    fn overseas_before_a_noun_describes_it_but_after_a_count_it_is_where() {
        is(
            "Overseas visitors to the UK fell 4%.",
            "4%",
            Some("overseas visitor"),
        );
        is(
            "The university has 5,000 overseas students.",
            "5,000",
            Some("overseas student"),
        );
        is("The firm sold 5,000 overseas last year.", "5,000", None);
        is(
            "It sold 5,000 online courses.",
            "5,000",
            Some("online course"),
        );
        is("Online sales rose 5%.", "5%", Some("online sale"));
        is(
            "A passport will cost £94.50 online from April.",
            "£94.50",
            Some("passport"),
        );
    }

    #[test]
    fn epithets_after_the_verb_of_a_change_leave_its_subject_in_reach() {
        let text = "West German money supply rose an annualised 7.4 pct in March.";
        is(text, "7.4 pct", Some("west german money supply"));
        is("Sales rose a further 4% in May.", "4%", Some("sale"));
        is(
            "Gold touched a record $2,790 an ounce.",
            "$2,790",
            Some("gold"),
        );
        let text = "He was banned from driving for a further five after the crash.";
        is(text, "five", None);
    }

    #[test]
    fn a_verb_of_level_among_the_nouns_before_the_verb_is_a_noun() {
        let text = "Canada's current account deficit widened to 2.27 billion dlrs.";
        is(text, "2.27 billion dlrs", Some("current account deficit"));
        let text = "U.K. Average earnings rose 7.6 pct in the year to January.";
        is(text, "7.6 pct", Some("u.k. average earning"));
        let text = "The current account surplus of the Swiss balance of payments reached 13.5 billion francs.";
        is(text, "13.5 billion francs", Some("current account surplus"));
        is(
            "Exports accounted for 30% last year.",
            "30%",
            Some("export"),
        );
    }

    #[test]
    fn the_object_of_a_verb_of_change_owns_the_size_that_follows_it_without_by() {
        let text = "The bank raised its prime rate a quarter point to 7-3/4 pct.";
        is(text, "a quarter point", Some("prime rate"));
        is(
            "ATT cut prices 17 to 25 pct on its computers.",
            "17 to 25 pct",
            Some("price"),
        );
        let text = "Shell raised its initial 55 dlrs a share offer to 60 dlrs.";
        is(text, "55 dlrs", None);
        is(
            "The loan raised a mere 300 mln guilders.",
            "300 mln guilders",
            None,
        );
    }

    #[test]
    fn a_clause_of_change_after_with_is_said_of_its_noun() {
        is(
            "Stocks fell, with weekly passes rising 8%.",
            "8%",
            Some("weekly pass"),
        );
        is(
            "Sales rose, with same-store sales up five pct.",
            "five pct",
            Some("same-store sale"),
        );
        let text = "Vessels landed fish worth £711m, with mackerel making up 40% by value.";
        is(text, "40%", None);
        let text = "Profit fell 22 pct to 18.3 mln dlrs on sales up nine pct.";
        is(text, "nine pct", Some("sale"));
        let text = "Operating profit rose 12% against revenue down 3%.";
        is(text, "3%", Some("revenue"));
        let text = "Shares closed on Wall Street up 3%.";
        is(text, "3%", Some("share"));
    }

    #[test]
    fn a_change_word_after_a_plural_subject_and_a_phrase_of_place_is_its_verb() {
        is(
            "Tolls on the bridge rise to £3.10 next month.",
            "£3.10",
            Some("toll"),
        );
        is(
            "The fares on the route fall to £2 in May.",
            "£2",
            Some("fare"),
        );
        is(
            "The firm announced a profit rise to £35m.",
            "£35m",
            Some("profit"),
        );
    }

    #[test]
    fn a_bare_change_after_an_aside_on_a_level_is_not_of_the_clause_before_it() {
        let text =
            "Police recorded 6.7 million crimes in the year to June, excluding fraud, down 3%.";
        is(text, "3%", None);
        let text =
            "The airline carried 14.2 million passengers last year, excluding charters, up 9%.";
        is(text, "9%", None);
        let text = "Sales, excluding autos, rose 3% in March.";
        is(text, "3%", Some("sale"));
        let text =
            "Its net loss, taking account of currency fluctuations, was 1.16 billion francs.";
        is(text, "1.16 billion francs", Some("net loss"));
    }

    #[test]
    fn a_sum_after_every_is_of_no_thing() {
        let text = "The lottery raised £1.8bn, about 28p of every £1 spent on tickets.";
        is(text, "£1", None);
        let text = "For every $1 invested in prevention, health systems save $7.";
        is(text, "$1", None);
    }

    #[test]
    fn a_name_in_s_after_a_sum_describes_the_noun_after_it() {
        let text = "A ticket holder in Essex won the £177m EuroMillions jackpot.";
        is(text, "£177m", Some("euromillions jackpot"));
        let text = "A single ticket won the $1.1bn Mega Millions jackpot.";
        is(text, "$1.1bn", Some("mega millions jackpot"));
        let text = "Ministers cut the £2bn Olympics budget.";
        is(text, "£2bn", Some("olympics budget"));
        // After a count, the name in -s is what is counted.
        let text = "About 500 Syrians fled.";
        is(text, "About 500", Some("syrian"));
    }

    #[test]
    fn a_bare_change_after_a_figure_ending_a_relative_clause_is_not_of_the_clause_before() {
        let text = "Spain welcomed 94 million visitors in 2024, who spent €126bn, up 16%.";
        is(text, "16%", None);
        let text = "Income tax receipts, which make up a quarter of revenue, rose 4%.";
        is(text, "4%", Some("income tax receipt"));
        // A relative clause closed before the level leaves the change to the head.
        let text = "Du Pont, which opened with a two point gain, stood at 109-1/8, up 1-1/8.";
        is(text, "1-1/8", Some("du pont"));
    }

    #[test]
    fn the_object_of_a_change_keeps_its_phrase_of_purpose_out() {
        let text = "The governor would cut funding for state universities by $340 million.";
        is(text, "$340 million", Some("funding"));
        let text = "The supermarket will raise pay for shop floor staff to £12.60 an hour.";
        is(text, "£12.60", Some("pay"));
        let text = "It cut the export duty on coffee to 330 rupees per 100 kg.";
        is(text, "330 rupees", Some("export duty"));
    }

    #[test]
    fn a_verb_of_dwelling_after_a_count_names_no_thing() {
        let text = "Nearly 8 million remain displaced, and more than 6 million live abroad.";
        is(text, "more than 6 million", None);
        is(
            "The channel shows 400 live matches.",
            "400",
            Some("live match"),
        );
    }

    #[test]
    fn a_word_right_before_a_score_is_its_verb() {
        let text = "Judges on the nine-member court split 5-4 on the case.";
        is(text, "nine-member", Some("court"));
        is("The 12-man jury voted 10-2.", "12-man", Some("jury"));
    }

    #[test]
    fn a_verb_in_s_after_a_noun_and_before_a_plural_auxiliary_is_the_noun() {
        let text = "Shoplifting reports have more than doubled in two years.";
        is(text, "more than doubled", Some("shoplifting report"));
        is("Housing starts fell 3.1%.", "3.1%", Some("housing start"));
    }

    #[test]
    fn a_verb_form_after_an_article_and_an_adjective_of_period_is_a_noun() {
        let text = "Bills will rise by £3.50, taking the annual cost to £486.";
        is(text, "£486", Some("annual cost"));
        is("The meal cost £20.", "£20", Some("meal"));
        is("The annual cost is £486.", "£486", Some("annual cost"));
        let text = "Ticket prices for the final range from $95 to $1,600.";
        is(text, "$95", Some("ticket price"));
        let text = "The annual cost rose 5% to £486.";
        is(text, "5%", Some("annual cost"));
    }

    #[test]
    fn a_noun_of_asking_or_offering_names_the_sum_after_for() {
        let text = "The agency's appeal for $10.6 billion is only 31% funded.";
        is(text, "$10.6 billion", Some("appeal"));
        let text = "Rival bidders made a bid for 2.1 billion dlrs last week.";
        is(text, "2.1 billion dlrs", Some("bid"));
        is("They paid a visit for $500.", "$500", None);
        let text = "It joined a bid for a 4.50-billion-dlr, ten-year contract.";
        is(text, "4.50-billion-dlr", None);
        let text = "The Bundesbank accepted bids for 6.5 billion marks.";
        is(text, "6.5 billion marks", Some("bid"));
    }

    #[test]
    fn a_verb_in_the_present_after_the_counted_noun_ends_it() {
        let text = "About 1,300 staff face redundancy under the plans.";
        is(text, "About 1,300", Some("staff"));
        let text = "About 1 in 5 US adults experiences mental illness each year.";
        is(text, "About 1 in 5", Some("us adult"));
        is("The firm ordered 400 face masks.", "400", Some("face mask"));
    }

    #[test]
    fn a_period_compound_before_a_noun_opens_its_phrase() {
        let text = "The year-on-year rate rose to 1.8% in May.";
        is(text, "1.8%", Some("year-on-year rate"));
        let text = "The month-on-month rate eased to 0.3%.";
        is(text, "0.3%", Some("month-on-month rate"));
        let text = "Year-to-date sales were up 4.1%.";
        is(text, "4.1%", Some("year-to-date sale"));
        let text = "Year-on-year, sales rose 5%.";
        is(text, "5%", Some("sale"));
    }

    #[test]
    fn a_verb_of_output_after_the_counted_noun_ends_it() {
        let text = "A herd of 650 cows produces 5m litres of milk a year.";
        is(text, "650", Some("cow"));
        let text = "The 40 turbines generate enough power for 30,000 homes.";
        is(text, "40", Some("turbine"));
        let text = "Its 1,200 stores employ about 31,000 people.";
        is(text, "1,200", Some("store"));
        let text = "The 14 branches serve a million customers.";
        is(text, "14", Some("branch"));
        is(
            "The 12 produce stalls open at dawn.",
            "12",
            Some("produce stall"),
        );
    }

    #[test]
    fn a_verb_in_s_after_a_word_of_succession_is_the_noun_counted() {
        is(
            "He has now won 11 straight starts.",
            "11",
            Some("straight start"),
        );
        is(
            "They have five consecutive wins.",
            "five",
            Some("consecutive win"),
        );
    }

    #[test]
    fn a_margin_or_a_compound_preposition_names_no_thing() {
        is("He finished three clear of the field.", "three", None);
        let text = "The council must find savings, on top of £210m already cut.";
        is(text, "£210m", None);
    }

    #[test]
    fn peak_days_are_counted_and_a_compound_in_free_after_the_noun_ends_it() {
        is("Day-trippers pay on 29 peak days.", "29", Some("peak day"));
        is(
            "Workers can take 25% of their pension tax-free.",
            "25%",
            Some("pension"),
        );
        is(
            "Customers bought 300 tax-free bonds.",
            "300",
            Some("tax-free bond"),
        );
    }

    #[test]
    fn cost_after_average_is_the_noun_but_a_verb_after_the_average_alone_stays_one() {
        let text = "The average cost of a basic funeral rose 3.1% to £4,285.";
        is(text, "3.1%", Some("average cost"));
        is(text, "£4,285", Some("average cost"));
        is("The average rose 3% to 4,100.", "3%", Some("average"));
    }

    #[test]
    fn a_comparative_right_after_a_figure_and_before_no_noun_names_nothing() {
        is(
            "Mice given the compound lived 24% longer, the study found.",
            "24%",
            None,
        );
        is(
            "Ferranti shares were 2p firmer at 134 after the news.",
            "2p",
            Some("ferranti share"),
        );
        is("Stores charged 20% higher prices.", "20%", Some("price"));
    }

    #[test]
    fn a_name_in_s_is_no_plural_and_a_preposition_in_ing_ends_the_phrase() {
        is(
            "The Dow Jones industrial average fell 312 points.",
            "312 points",
            Some("dow jones industrial average"),
        );
        is(
            "It held 80 pct of Hayes following completion of the offer.",
            "80 pct",
            Some("hayes"),
        );
        is(
            "It will own 67 pct of the common stock pending completion of the deal.",
            "67 pct",
            Some("common stock"),
        );
        is(
            "Average starting pay for teachers is $44,530.",
            "$44,530",
            Some("average starting pay"),
        );
    }

    #[test]
    fn a_verb_of_level_that_is_a_noun_right_before_the_verb_ends_the_phrase() {
        is(
            "The market average climbed 198.54 to 22,784.65.",
            "198.54",
            Some("market average"),
        );
        is(
            "The Nikkei stock average fell 5%.",
            "5%",
            Some("nikkei stock average"),
        );
        is(
            "The production cost has risen 5%.",
            "5%",
            Some("production cost"),
        );
        is(
            "Its total cost is estimated at 500 mln dlrs.",
            "500 mln dlrs",
            Some("cost"),
        );
        is(
            "Sales are expected to average 5 mln dlrs.",
            "5 mln dlrs",
            Some("sale"),
        );
    }

    #[test]
    fn a_phrase_of_time_between_a_noun_and_of_is_passed_over() {
        let text = "The probe will reach Jupiter in 2031, at a cost so far of $1.4bn.";
        is(text, "$1.4bn", Some("cost"));
        is(
            "The inquiry has a bill to date of £3m.",
            "£3m",
            Some("bill"),
        );
        is(
            "Spending thus far of $3m was criticised.",
            "$3m",
            Some("spending"),
        );
    }

    #[test]
    fn showed_after_a_count_is_its_verb_not_its_subject() {
        let text = "Of the 12 divisions, eight showed slower inflation.";
        is(text, "eight", None);
    }

    #[test]
    fn little_before_a_participle_is_an_adverb_not_a_subject() {
        let text = "Sales were 4.1 billion dlrs, little changed from 4.0 billion.";
        is(text, "4.0 billion", None);
        let text = "Households recycled 44.1% of their waste, little changed from 44.6%.";
        is(text, "44.6%", None);
    }

    #[test]
    fn a_distance_within_of_a_mark_is_not_a_count_of_the_mark() {
        let text =
            "The prison population reached 88,350, within 700 of the usable capacity of 89,050.";
        is(text, "within 700", None);
        is(text, "89,050", Some("usable capacity"));
        is(
            "Of the 659 nurses, 13 of the staff left.",
            "13",
            Some("staff"),
        );
    }

    #[test]
    fn a_noun_in_ing_before_up_or_down_after_with_is_what_changed() {
        let text = "Output fell 0.9% in the quarter, with new housing down 4.3%.";
        is(text, "4.3%", Some("housing"));
        let text = "Catches rose, with mackerel making up 40%.";
        assert_ne!(
            crate::extract::prose::key(text, "40%").as_deref(),
            Some("mackerel making")
        );
    }

    #[test]
    fn a_verb_of_reporting_opens_the_clause_it_reports() {
        let text = "The euro slipped after data showed German factory orders fell 3.9%.";
        is(text, "3.9%", Some("german factory order"));
        is(
            "The survey found house prices rose 2%.",
            "2%",
            Some("house price"),
        );
        is("The company said profit rose 5%.", "5%", Some("profit"));
        let text = "The conversion premium is indicated to be 20 to 23 pct.";
        is(text, "20 to 23 pct", Some("conversion premium"));
    }

    #[test]
    fn a_change_told_again_after_or_in_another_measure_is_of_what_changed() {
        let text = "The price cap will fall by 7%, or £122, to £1,568 a year.";
        is(text, "£122", Some("price cap"));
        is("Sales rose £122m, or 7%, to £1.9bn.", "7%", Some("sale"));
        is(
            "The FTSE 100 fell 52 points, or 0.7%.",
            "0.7%",
            Some("ftse 100"),
        );
        let text = "Net income rose to 221.6 mln dlrs, or 1.93 dlrs a share.";
        is(text, "1.93 dlrs", None);
        let text = "Sales were 1.2 billion baht, up from 347 mln baht, or 5.8 pct, in 1986.";
        is(text, "5.8 pct", None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alias_stands_for_a_whole_key_or_its_last_word() {
        let aliases: HashMap<String, String> = [
            ("employee", "worker"),
            ("staff", "worker"),
            ("national guard member", "troop"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
        let run = |key: &str| {
            let mut key = key.to_owned();
            alias(&mut key, &aliases);
            key
        };
        assert_eq!(run("staff"), "worker");
        assert_eq!(run("maple valley employee"), "maple valley worker");
        assert_eq!(run("national guard member"), "troop");
        // Only a one-word name stands in for a last word.
        assert_eq!(run("club member"), "club member");
        assert_eq!(run("employee benefit"), "employee benefit");
    }

    #[test]
    fn plural_nouns_are_singularised() {
        assert_eq!(singular("members"), "member");
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("crossings"), "crossing");
        assert_eq!(singular("taxes"), "tax");
        assert_eq!(singular("businesses"), "business");
        assert_eq!(singular("buses"), "bus");
        assert_eq!(singular("minibuses"), "minibus");
        assert_eq!(singular("bonuses"), "bonus");
        assert_eq!(singular("gases"), "gas");
    }

    #[test]
    fn nouns_in_o_and_che_and_points_written_short_are_singularised() {
        assert_eq!(singular("cargoes"), "cargo");
        assert_eq!(singular("tranches"), "tranche");
        assert_eq!(singular("niches"), "niche");
        assert_eq!(singular("pts"), "point");
        // Still: "-ches" of a noun in "-ch", and "-oes" of a noun in "-oe".
        assert_eq!(singular("branches"), "branch");
        assert_eq!(singular("shoes"), "shoe");
        assert_eq!(singular("heroes"), "hero");
    }

    #[test]
    fn points_scored_written_short_are_points() {
        for (text, span) in [
            ("She scored 14pts in the final.", "14"),
            ("He scored 14 pts against Leeds.", "14"),
            ("Leinster won by 3pts at the weekend.", "3"),
        ] {
            let f = crate::extract::prose::figure(text, span);
            assert_eq!(f.subject.map(|s| s.key).as_deref(), Some("point"), "{text}");
        }
        // In a poll they stay percentage points.
        let f = crate::extract::prose::figure("Labour lost 14 pts in the poll.", "14 pts");
        assert_eq!(f.kind, crate::extract::FigureKind::PercentagePoints);
    }

    #[test]
    fn a_noun_in_se_keeps_its_e() {
        assert_eq!(singular("houses"), "house");
        assert_eq!(singular("causes"), "cause");
        assert_eq!(singular("abuses"), "abuse");
        assert_eq!(singular("excuses"), "excuse");
        assert_eq!(singular("nurses"), "nurse");
    }

    #[test]
    fn a_plural_in_is_of_a_noun_in_i_is_singularised_but_a_noun_in_is_is_not() {
        assert_eq!(singular("taxis"), "taxi");
        assert_eq!(singular("skis"), "ski");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("tennis"), "tennis");
    }

    #[test]
    fn irregular_and_invariant_nouns_keep_their_sense() {
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("children"), "child");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("commons"), "commons");
        assert_eq!(singular("odds"), "odds");
        assert_eq!(singular("christmas"), "christmas");
        assert_eq!(singular("lens"), "lens");
        assert_eq!(singular("jones"), "jones");
        assert_eq!(singular("douglas"), "douglas");
        assert_eq!(singular("areas"), "area");
    }

    #[test]
    fn compounds_of_irregular_plurals_are_singularised_but_singular_nouns_in_men_are_not() {
        assert_eq!(singular("grandchildren"), "grandchild");
        assert_eq!(singular("gunmen"), "gunman");
        assert_eq!(singular("specimen"), "specimen");
        assert_eq!(singular("midwives"), "midwife");
        assert_eq!(singular("bookshelves"), "bookshelf");
        assert_eq!(singular("olives"), "olive");
    }
}
