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
//! 2. **Before the figure**, when nothing follows it: a noun phrase joined to the
//!    figure by a linking or change verb ("arrests rose to 1,000", "the unemployment
//!    rate was 5%", "sales rose 5 pct to 340 mln dlrs", "fell from 40 to 30"), or by
//!    "of" or "at" ("a budget of $3m", "unemployment at 5%"). A figure right after any
//!    other word gets no subject from before it: "offer $1,000 to illegal immigrants"
//!    has none.
//! 3. Durations and measures get no subject: their unit carries the meaning.
//!
//! # The key
//!
//! Lower case; determiners, numbers and the words additional, more, extra, further,
//! other, new, requested, estimated, some, about (and a few like them) dropped; the last
//! word singularised (members → member, companies → company, children → child, people
//! stays people); then looked up in the aliases of the rule file.

use std::collections::HashMap;

use super::cx::Cx;
use super::figure::FigureKind;
use super::lexer::TokKind;
use super::number;
use super::placement;
use super::reader::Draft;

/// Finds the subject of `drafts[idx]` as a token range of its sentence.
pub(crate) fn find(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<(usize, usize)> {
    let d = &drafts[idx];
    match d.kind {
        FigureKind::Duration | FigureKind::Measure => return None,
        k if !k.is_quantity() => return None,
        _ => {}
    }
    let next_figure_start = drafts.get(idx + 1).map_or(cx.len(), |n| n.a);
    let b = d.b;
    let mut j = b;
    // Skip a hyphen compound's hyphen: "a 20-member panel".
    if cx.punct(j) == "-" && cx.glued(j) && cx.glued(j + 1) {
        j += 1;
    }
    let w = cx.word(j);
    match d.kind {
        FigureKind::Percent | FigureKind::PercentagePoints | FigureKind::Ratio => {
            if w == "of" {
                return of_phrase(cx, j + 1, next_figure_start, drafts);
            }
            if placement::change_noun(w).is_some() {
                if matches!(cx.word(j + 1), "in" | "of") {
                    return forward(cx, skip_determiners(cx, j + 2), next_figure_start);
                }
                return backward(cx, drafts, idx);
            }
            if d.kind == FigureKind::Ratio {
                if let Some(np) = forward(cx, j, next_figure_start) {
                    return Some(np);
                }
            } else if j == b
                && is_noun_start(cx, j)
                && let Some(np) = forward(cx, j, next_figure_start)
            {
                return Some(np);
            }
            return backward(cx, drafts, idx);
        }
        FigureKind::Multiplier => return backward(cx, drafts, idx),
        _ => {}
    }
    let vague = matches!(d.hedge, super::qualifier::Hedge::Vague(..));
    if w == "of" && (vague || d.kind == FigureKind::Count) {
        if let Some(np) = of_phrase(cx, j + 1, next_figure_start, drafts) {
            return Some(np);
        }
        if vague {
            return None;
        }
    }
    if let Some(np) = forward(cx, j, next_figure_start) {
        return Some(np);
    }
    backward(cx, drafts, idx)
}

/// "of [the] NP", "of the 659 nurses", "of them" (none).
fn of_phrase(cx: &Cx<'_>, j: usize, limit: usize, drafts: &[Draft]) -> Option<(usize, usize)> {
    let k = skip_determiners(cx, j);
    if let Some(d) = drafts.iter().find(|d| d.a == k || d.core == k) {
        let limit2 = drafts.iter().find(|n| n.a > d.a).map_or(cx.len(), |n| n.a);
        return forward(cx, d.b, limit2);
    }
    forward(cx, k, limit)
}

fn skip_determiners(cx: &Cx<'_>, mut j: usize) -> usize {
    while matches!(
        cx.word(j),
        "the"
            | "a"
            | "an"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "this"
            | "that"
            | "all"
    ) {
        j += 1;
    }
    j
}

fn is_noun_start(cx: &Cx<'_>, j: usize) -> bool {
    cx.is(j, TokKind::Word) && !is_stop(cx.word(j), cx.text(j))
}

/// A noun phrase starting at `j`.
fn forward(cx: &Cx<'_>, j: usize, limit: usize) -> Option<(usize, usize)> {
    let mut k = j;
    let mut words = 0;
    let mut end = None;
    let mut last = "";
    while k < limit.min(cx.len()) {
        match cx.tok(k).map(|t| t.kind) {
            Some(TokKind::Word) => {
                let w = cx.word(k);
                if is_stop(w, cx.text(k))
                    || number::small(w).is_some()
                    || number::word_scale(w).is_some()
                {
                    break;
                }
                if words > 0 && w.len() > 4 && w.ends_with("ly") {
                    break;
                }
                words += 1;
                k += 1;
                end = Some(k);
                last = w;
                if is_plural(w) && !(words == 1 && is_modifier(w)) {
                    break;
                }
                if words >= 4 {
                    break;
                }
            }
            Some(TokKind::Punct) => {
                let p = cx.punct(k);
                let inner =
                    cx.glued(k) && cx.glued(k + 1) && cx.is(k + 1, TokKind::Word) && words > 0;
                if (p == "-" || p == "&") && inner {
                    k += 1;
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
    // A lone past participle is a verb: "1,000 arrested".
    if words == 1 && last.len() > 3 && last.ends_with("ed") {
        return None;
    }
    Some((j, end))
}

/// A noun phrase before the figure, joined to it by a verb, "of" or "at".
fn backward(cx: &Cx<'_>, drafts: &[Draft], idx: usize) -> Option<(usize, usize)> {
    let d = &drafts[idx];
    let mut k = d.a;
    // "Sales doubled": the figure is its own verb.
    let mut linked = d.kind == FigureKind::Multiplier
        && cx.is(d.core, TokKind::Word)
        && cx.word(d.core) != "times";
    let mut prep = "";
    let mut steps = 0;
    while k > 0 && steps < 8 {
        steps += 1;
        if let Some(p) = drafts[..idx].iter().rev().find(|p| p.b == k) {
            if !p.kind.is_quantity() {
                break;
            }
            k = p.a;
            continue;
        }
        let w = cx.word(k - 1);
        if matches!(
            w,
            "to" | "by" | "from" | "at" | "of" | "around" | "about" | "near" | "than"
        ) {
            if prep.is_empty() {
                prep = w;
            }
            k -= 1;
            continue;
        }
        break;
    }
    while k > 0 {
        let w = cx.word(k - 1);
        if w.is_empty() {
            if cx.punct(k - 1) == "," && linked {
                // "sales, which rose 5%," is too far.
                break;
            }
            break;
        }
        if placement::change_verb(w).is_some() || is_linking_verb(w) {
            linked = true;
            k -= 1;
        } else if is_aux(w) || (w.len() > 4 && w.ends_with("ly") && !linked) || w == "not" {
            k -= 1;
        } else {
            break;
        }
    }
    if !linked && !matches!(prep, "of" | "at") {
        return None;
    }
    let end = k;
    let mut words = 0;
    while k > 0 && words < 4 {
        if drafts[..idx].iter().any(|p| p.b == k) {
            break;
        }
        match cx.tok(k - 1).map(|t| t.kind) {
            Some(TokKind::Word) => {
                let w = cx.word(k - 1);
                if is_stop(w, cx.text(k - 1))
                    || number::small(w).is_some()
                    || is_modifier(w) && words > 0
                {
                    break;
                }
                if placement::change_verb(w).is_some() || is_linking_verb(w) {
                    break;
                }
                words += 1;
                k -= 1;
            }
            Some(TokKind::Punct) => {
                let p = cx.punct(k - 1);
                if (p == "-" || p == ".")
                    && cx.glued(k - 1)
                    && cx.glued(k)
                    && words > 0
                    && cx.is(k.wrapping_sub(2), TokKind::Word)
                {
                    k -= 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    if words == 0 {
        return None;
    }
    Some((k, end))
}

/// The subject text (as written, from `source`) and key of tokens `[a, b)`.
pub(crate) fn text_and_key(
    cx: &Cx<'_>,
    source: &str,
    a: usize,
    b: usize,
    aliases: &HashMap<String, String>,
) -> Option<(String, String, usize, usize)> {
    let (start, end) = cx.bytes(a, b);
    let text = source.get(start..end)?.to_owned();
    let mut words: Vec<String> = Vec::new();
    let mut prev_joins = false;
    for k in a..b {
        let t = cx.tok(k)?;
        let piece = cx.low(k);
        match t.kind {
            TokKind::Word | TokKind::Num => {
                if prev_joins && cx.glued(k) {
                    if let Some(last) = words.last_mut() {
                        last.push_str(piece);
                    }
                } else {
                    words.push(piece.to_owned());
                }
                prev_joins = false;
            }
            TokKind::Punct => {
                if let Some(last) = words.last_mut() {
                    last.push_str(piece);
                }
                prev_joins = true;
            }
        }
    }
    let kept: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !is_modifier(w) && !is_determiner(w) && number::small(w).is_none())
        .collect();
    let (last, rest) = kept.split_last()?;
    let mut key = String::new();
    for w in rest {
        key.push_str(w);
        key.push(' ');
    }
    key.push_str(&singular(last));
    if let Some(canonical) = aliases.get(&key) {
        key.clone_from(canonical);
    }
    Some((text, key, start, end))
}

/// Singular of an English noun: members → member, companies → company, children →
/// child, people stays people.
pub(crate) fn singular(w: &str) -> String {
    let irregular = match w {
        "people" | "police" | "staff" | "data" | "media" | "news" | "series" | "species"
        | "aircraft" | "sheep" | "fish" | "deer" | "cattle" | "personnel" | "means"
        | "headquarters" | "crossroads" => Some(w),
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
        "analyses" => Some("analysis"),
        "crises" => Some("crisis"),
        "theses" => Some("thesis"),
        "bases" => Some("base"),
        "indices" => Some("index"),
        "matrices" => Some("matrix"),
        _ => None,
    };
    if let Some(s) = irregular {
        return s.to_owned();
    }
    let n = w.len();
    if n <= 3
        || !w.ends_with('s')
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
        || w.ends_with("'s")
    {
        return w.to_owned();
    }
    if let Some(stem) = w.strip_suffix("ies")
        && n > 4
    {
        return format!("{stem}y");
    }
    for suffix in ["sses", "xes", "ches", "shes", "zzes"] {
        if w.ends_with(suffix) {
            return w[..n - 2].to_owned();
        }
    }
    w[..n - 1].to_owned()
}

fn is_plural(w: &str) -> bool {
    matches!(w, "people" | "children" | "men" | "women")
        || (w.len() > 3
            && w.ends_with('s')
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
pub(crate) fn is_modifier(w: &str) -> bool {
    matches!(
        w,
        "additional"
            | "more"
            | "extra"
            | "further"
            | "other"
            | "new"
            | "requested"
            | "estimated"
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

/// Words a noun phrase never runs through.
fn is_stop(w: &str, written: &str) -> bool {
    if w == "us" {
        // "US troops" names a country; "gave us" is a pronoun.
        return written != "US";
    }
    matches!(
        w,
        // prepositions
        "of" | "in" | "on" | "at" | "to" | "for" | "from" | "with" | "by" | "into" | "onto"
            | "over" | "under" | "about" | "after" | "before" | "since" | "during" | "across"
            | "per" | "than" | "as" | "between" | "among" | "amongst" | "through"
            | "throughout" | "within" | "without" | "against" | "toward" | "towards"
            | "including" | "like" | "via" | "amid" | "upon" | "until" | "till" | "behind"
            | "beyond" | "near" | "off" | "out" | "up" | "down" | "around" | "along"
            | "despite" | "except" | "versus" | "vs" | "apiece" | "each" | "a" | "an"
            // conjunctions and relatives
            | "and" | "or" | "but" | "nor" | "while" | "who" | "which" | "that" | "whom"
            | "whose" | "where" | "when" | "if" | "because" | "so" | "though" | "although"
            | "whereas" | "then" | "yet" | "unless" | "whether" | "plus"
            // auxiliaries and common verbs
            | "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "have" | "has"
            | "had" | "having" | "will" | "would" | "could" | "should" | "may" | "might"
            | "must" | "can" | "cannot" | "do" | "does" | "did" | "shall" | "said" | "says"
            | "say" | "told" | "according" | "reported" | "were." | "got" | "get" | "gets"
            | "went" | "go" | "goes" | "came" | "come" | "comes" | "made" | "make" | "makes"
            | "took" | "take" | "takes" | "gave" | "give" | "gives" | "remain" | "remained"
            | "remains" | "become" | "became" | "becomes" | "help" | "helped" | "helps"
            | "left" | "died" | "arrived" | "fled" | "lost" | "won" | "voted" | "joined"
            | "need" | "needed" | "needs" | "want" | "wanted" | "wants" | "used" | "using"
            | "rose" | "fell" | "rise" | "fall" | "rises" | "falls" | "grew" | "dropped"
            | "increased" | "decreased" | "declined" | "climbed" | "jumped" | "gained"
            | "seen" | "saw" | "see" | "expected" | "estimated" | "set" | "put" | "paid"
            | "pay" | "earned" | "cost" | "costs" | "compared" | "versus."
            // pronouns and determiners
            | "it" | "they" | "he" | "she" | "we" | "i" | "you" | "them" | "him" | "me"
            | "their" | "its" | "his" | "her" | "our" | "your" | "my" | "there" | "here"
            | "this" | "these" | "those" | "the" | "it's" | "every" | "all" | "both" | "any"
            | "no" | "not" | "such" | "what" | "how" | "why"
            // adverbs and time words
            | "ago" | "earlier" | "later" | "last" | "next" | "now" | "also" | "still"
            | "already" | "even" | "again" | "ever" | "never" | "today" | "yesterday"
            | "tomorrow" | "annually" | "respectively" | "alone" | "altogether" | "overall"
            | "each." | "instead" | "too" | "very" | "just" | "only" | "away" | "ahead"
            | "back" | "this." | "year" | "years" | "month" | "months" | "week" | "weeks"
            | "day" | "days" | "times" | "percent" | "pct" | "cent"
    )
}

/// Verbs that join a subject to its figure: "was", "reached", "totalled".
fn is_linking_verb(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "stood"
            | "stands"
            | "stand"
            | "standing"
            | "reached"
            | "reach"
            | "reaches"
            | "reaching"
            | "hit"
            | "hits"
            | "totalled"
            | "totaled"
            | "totals"
            | "total"
            | "totalling"
            | "totaling"
            | "numbered"
            | "numbers"
            | "amounted"
            | "amounts"
            | "amount"
            | "averaged"
            | "averages"
            | "average"
            | "topped"
            | "tops"
            | "exceeded"
            | "exceeds"
            | "came"
            | "comes"
            | "remained"
            | "remains"
            | "remain"
            | "stayed"
            | "stays"
            | "hovered"
            | "hovers"
            | "put"
            | "estimated"
            | "valued"
            | "priced"
            | "set"
            | "fixed"
            | "pegged"
            | "cost"
            | "costs"
            | "costing"
            | "measured"
            | "measures"
            | "counted"
            | "ran"
            | "runs"
            | "became"
            | "becomes"
            | "become"
            | "lay"
            | "lies"
            | "sat"
            | "sits"
            | "peaked"
            | "peaks"
            | "bottomed"
            | "settled"
            | "closed"
            | "ended"
            | "finished"
            | "opened"
            | "traded"
            | "trading"
            | "was,"
            | "accounted"
            | "represented"
            | "represents"
            | "made"
            | "makes"
            | "equalled"
            | "equaled"
            | "equals"
            | "hitting"
    )
}

fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "has"
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
            | "did"
            | "does"
            | "do"
            | "is"
            | "are"
            | "was"
            | "were"
            | "been"
            | "be"
            | "being"
            | "also"
            | "now"
            | "still"
            | "then"
            | "again"
            | "reportedly"
            | "allegedly"
            | "nearly"
            | "almost"
            | "about"
            | "only"
            | "just"
            | "already"
            | "expected"
            | "likely"
            | "seen"
            | "projected"
            | "forecast"
            | "due"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_nouns_are_singularised() {
        assert_eq!(singular("members"), "member");
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("crossings"), "crossing");
        assert_eq!(singular("taxes"), "tax");
        assert_eq!(singular("businesses"), "business");
    }

    #[test]
    fn irregular_and_invariant_nouns_keep_their_sense() {
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("children"), "child");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("analysis"), "analysis");
    }
}
