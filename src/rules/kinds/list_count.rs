//! The `list-count` rule kind.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{FigureKind, Qualifier};
use crate::rules::group::{self, fmt_num, head, tail};
use crate::rules::kinds::total::LIST_MARK;
use crate::rules::kinds::{Compile, Env, OptionError, scan};
use crate::rules::{Check, CheckContext, Hit, Label};

/// The largest count checked against a list.
const DEFAULT_MAX_COUNT: f64 = 20.0;

declare_kind! {
    /// ## What it flags
    /// A count that announces a list, against the list that follows: "the three
    /// agencies: the FBI, the DEA, the ATF and the Marshals Service"; "four countries —
    /// France, Germany and Italy".
    ///
    /// To stay quiet on prose it cannot read for sure, it only looks at a small exact
    /// count (2 to `max_count`) followed by at most four words and then a colon or a
    /// dash, with the list running to the end of the sentence or to a closing dash.
    /// Items are split at commas (at semicolons when there are any) and at the final
    /// "and" or "or"; an item of more than eight words, an item that starts a new clause
    /// ("which", "who", "were"), or a "such as"/"including" list means it is not a plain
    /// list, and nothing is reported; but a relative clause after a list closed by its
    /// "and" tells of the last item and ends the list ("four divisions: gaming, hotels
    /// and Deluxe Films, which makes adverts" names three), and examples after the last item of a list closed
    /// by its "and" describe that item: "three choices: cereal, toast and a hot item
    /// such as beans or porridge" names three. "Two of the three agencies: ..." names a subset and
    /// is skipped, also with an owner between ("4 of Arizona's 15 counties: ..."). So are a count in a compound modifier ("a four-door hatchback"; but
    /// "the seven-member panel", "the three-party coalition" count members, who may be
    /// listed), a list whose items hold an "and" of their own before a serial ", and"
    /// ("Brighton and Hove, Adur and Worthing, and Lewes" cannot be split for sure; a
    /// clause after a list closed by its own "and", longer than any item or holding a
    /// figure, is no item: "four countries, Malawi, Uganda, Sierra Leone and Nepal, and
    /// brought water to 148,000 people" names four, as does "Four shops opened, in
    /// Ashford, Faversham, Herne Bay and Whitstable, and two closed" with its number in
    /// words), a
    /// list ending on a bare "and" (its last item markup the reader skipped), a
    /// bare count opening its sentence before a dash ("Three - Ford, Chrysler and AMC -
    /// raised prices" answers a question; "Three former prime ministers – ..." is
    /// checked), a remark after a dash that opens with a word like "all", "what" or a
    /// pronoun ("seven fours - all of them cuts and pulls"), a count with no
    /// determiner set off by a comma from fewer items with their own articles, which
    /// is the first thing coordinated ("won three league titles, the FA Cup and the
    /// Super Cup"), or from more of them running to the end of the sentence when the
    /// count's noun is named for one thing the items do not name ("won three Premier
    /// League titles, the Champions League, the FA Cup and the Super Cup"), a list that is the count times a number of periods or groups named
    /// before it ("For the past two seasons, all three promoted teams - " and six
    /// names), a list that opens with a preposition
    /// ("six ships were idle abroad -- in the Netherlands, ..."), a list holding places
    /// written "City, State" ("Ouray, Colo."), a noun phrase with a preposition before
    /// names ("11 cities in Florida, Texas and Nevada" lists states; a superlative
    /// after "with" is no such place: "the four wards with the fewest trees, Eastgate,
    /// Millfield and Southcote" names three, nor is one body the things belong to:
    /// "Four members of the canvassing board, Judge Ana Ruiz, County Clerk Tom Pettit
    /// and board chair Lyle Banks" names three; before "are" or "were" such a phrase
    /// picks out the things counted, and the names after the verb are they: "The four
    /// candidates in the race are Ann Lee, Bob Day and Cal Ray" names three, while "The
    /// 12 stores are in London, Leeds and York" names places, where several stores may
    /// share one: only more places than things is flagged; so are the places things
    /// move to or are set in, "The three sites will move to Leeds, York, Hull and
    /// Bradford", "are spread across", "will be in", or after a definite count with no
    /// verb, "its three sites in Leeds, York, Hull and Bradford"), and an indefinite
    /// count heading a list it belongs to ("it owns 13 banks, a trust company and ...").
    /// A count of a part, "of" a determiner, an owner or "them", is held against the
    /// names after its noun: "would close three of them, at Hull and Wrexham" and
    /// "lost three of the four by-elections held since the summer, in Rushley and
    /// Caradon" each name two, as does "close three of its 24 elementary schools,
    /// Birchwood and Lakeview". Not when the names may be the whole the part is of ("Two
    /// of the three candidates, Smith, Jones and Brown"), nor "six of 10 voters".
    ///
    /// A list of amounts after a colon or dash is read only as a breakdown of the
    /// amount stated before the count in its sentence: each item holds one amount of
    /// its kind and unit, and the amounts add up to it, so the list is complete ("closes
    /// a £23.7 million gap through four measures: £11.2 million of savings, £7.5
    /// million from reserves and £5 million of new income" names three; not an item
    /// with an "and" of its own, "£4m on schools and libraries"). A round whole
    /// the items fall short of ("500 homes at four sites: 280, 120 and 60") may leave
    /// one out, and is not read.
    /// An attribution closing the sentence (", the Treasury said") is no item, nor is a
    /// bare age after a name ("Amelia, 12, Noah, 9, and Isla, 6" names three), nor a
    /// change in percent or points set off after a name ("Four regions shrank: the
    /// West Midlands, down 0.4%, Wales, down 0.2%, and the East of England, down
    /// 0.1%" names three; other figures in the list leave it unread), nor a
    /// short aside in brackets after a name ("The three busiest centres were Hallam
    /// Road (9,870 parcels), Eastgate (8,415), Northfield (4,020) and the Riverside hub
    /// (7,260)" names four: the figures are told of each one). Names
    /// may come with a description ("the Brazilian winger Lucas Rocha, ... and the
    /// goalkeeper Sam Hart") or a bare title of one or two words ("County Clerk Tom
    /// Pettit and board chair Lyle Banks"), or the part each plays ("Sam Okoro as Jack
    /// and Hannah Pell as the Fairy"). Names listed past a clause on one of them
    /// ("Nomura Securities Co. and Daiwa Securities Co., which received approval ...,
    /// and Aubrey G. Lanston Co.") cannot be counted for sure. After a definite count of a noun of one or two words
    /// (after "the", "its" or an owner: "The appeal's three biggest events"),
    /// common nouns may be listed too, three or more of one or two words each (past an
    /// article that each has: "a sponsored walk, a summer ball and a Christmas raffle"), when a
    /// comma closes the list ("The five faculties, medicine, engineering, sciences and
    /// humanities, all grew" names four; not "The four firms, large and small,").
    ///
    /// In Markdown and HTML, a count whose noun phrase runs to a colon that closes its
    /// paragraph is held against the bulleted or numbered list right under it, one
    /// item a bullet (an item's nested list and indented paragraphs are part of it):
    /// "We have chosen four priorities for next year:" over three bullets. Not a count
    /// after a preposition of place or time, which counts what the items are about
    /// ("Key figures for our 12 clinics:", "in the past two years:"; "consist of" and
    /// "made up of" open the things counted), a count of a time, a phrase with another
    /// figure or with examples ("including", "such as", "highlights"), and not a list
    /// longer or shorter by more than two items.
    ///
    /// A count with the time it covers may also be broken down after a comma, every
    /// item a count of a few words: "signed five players this summer, three defenders
    /// and a winger" names four. Not when the items name times of their own ("two this
    /// year and three next year"), compare ("two more"), or count a part ("three of
    /// them"); not for groups of people set side by side ("four men last week, two
    /// women and a child"); and not a breakdown shorter by more than one item, which
    /// may pick out a few ("12 goals this season, two penalties and a header"), nor a
    /// shorter one told by place ("four players last summer, two from Spain and one
    /// from Portugal" may leave the rest unsaid).
    ///
    /// ## Why it matters
    /// A list that does not match its count tells the reader an item was dropped or
    /// added in editing.
    ///
    /// ## Example
    /// ```markdown
    /// Officers came from the three agencies: the FBI, the DEA, the ATF and the Marshals.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// Officers came from three agencies: the FBI, the DEA and the Marshals.
    /// ```
    /// ```markdown
    /// Two of the three agencies: the FBI and the DEA, sent officers.
    /// ```
    /// ```markdown
    /// Three agencies took part, including the FBI, the DEA, the ATF and the Marshals.
    /// ```
    ///
    /// ## Options
    /// - `max_count` (number, default 20): larger counts are not checked.
    ///
    /// Message template variables: `{count}` (the count as written), `{items}` (the
    /// number of items found), `{subject}`.
    ///
    /// ```yaml
    /// id: list-count-mismatch
    /// kind: list-count
    /// severity: error
    /// max_count: 12
    /// ```
    pub struct ListCount = "list-count" {
        /// Larger counts are not checked (default 20).
        max_count: Option<f64>,
    }
}

impl Compile for ListCount {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        Ok(Box::new(Compiled {
            max_count: self.max_count.unwrap_or(DEFAULT_MAX_COUNT),
        }))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    max_count: f64,
}

/// The longest run of prose, in bytes, read as a list after a count.
const MAX_LIST: usize = 1_000;

/// A word that opens a remark on the things counted, after a dash, rather than a list
/// of them: "seven fours - all of them cuts and pulls", "Three goals - what a night,
/// and what a team".
static COMMENT_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:all|both|each|every|none|most|many|some|several|few|half|what|how|not|no|never|only|just|which|that|this|these|those|he|she|it|they|we|i|you|his|her|its|their|our)\b",
    )
    .expect("valid regex")
});

/// A list whose first item opens with an article: "the FA Cup and the Super Cup".
static ARTICLE_FIRST: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s*(?:the|a|an)\s").expect("valid regex"));

/// The counted noun phrase and the colon or dash that opens the list. Its words start
/// with a letter, so a count with no noun before a spaced dash ("Three - Ford,
/// Chrysler and AMC - raised prices", which answers a question or heads a table row;
/// "All four - Spain, England, ...") opens no list here.
static OPENS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^((?:\s+\p{L}[\p{L}'’.-]*){1,8}?)\s*(?::|\s[—–]|\s-{1,2})\s")
        .expect("valid regex")
});

/// The counted noun phrase and the comma or "are" that opens a list of names: "the
/// four Nordic countries, Denmark, ...", "the six finalists are Norway, ...".
static OPENS_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^((?:\s+\p{L}[\p{L}'’.-]*){1,7}?)(?:\s*,|\s+(?:are|were))\s")
        .expect("valid regex")
});

/// A partitive "of" right after a count, before a determiner, an owner or "them":
/// "three of the four by-elections", "two of its plants", "three of them". The count
/// is of a part, and the names after the noun phrase are that part's.
static PARTITIVE_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"^(\s+of)\s+(?:(?i:them)|{DETERMINER_OR_OWNER})\b"
    ))
    .expect("valid regex")
});

/// A determiner or an owner before the noun of a whole: "the", "its", "Acme's".
const DETERMINER_OR_OWNER: &str =
    r"(?:(?i:the|its|their|our|his|her|these|those)|\p{Lu}[\p{L}.&-]*['’]s)";

/// The size of the whole right after a partitive "of" and its determiner or owner:
/// " its 24" in "three of its 24 elementary schools".
static WHOLE_AFTER_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(r"^\s+{DETERMINER_OR_OWNER}\s+[0-9][0-9,]*\s"))
        .expect("valid regex")
});

/// Where the counted noun phrase before a list of names starts in `after` (past a
/// [`PARTITIVE_OF`], and past the size of the whole written in figures: "three of its
/// 24 elementary schools, Birchwood and Lakeview"), and its [`OPENS_NAMES`] match from
/// there.
fn names_open(after: &str) -> Option<(usize, regex::Captures<'_>)> {
    let of_end = if after.starts_with(" of ") {
        group::captures(&PARTITIVE_OF, after).map_or(0, |c| {
            c.get(1).map_or(0, |m| {
                m.end()
                    + WHOLE_AFTER_OF
                        .find(&after[m.end()..])
                        .map_or(0, |w| w.end() - 1)
            })
        })
    } else {
        0
    };
    group::captures(&OPENS_NAMES, &after[of_end..]).map(|c| (of_end, c))
}

/// The counted noun phrase with the time it is counted over, and the comma that opens a
/// breakdown of it in apposition: "five players this summer, three defenders and a
/// winger". The time keeps a list of other groups ("four men, two women and three
/// children") from being read as one.
static OPENS_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^((?:\s+[\p{L}'’-]+){1,4}?\s+(?:(?:this|last)\s+(?:summer|winter|spring|autumn|season|year|month|week|term|quarter)|so\s+far))\s*,\s").expect("valid regex")
});

/// An item of such a breakdown: a count of things in a few words ("three defenders",
/// "a winger", "two on loan").
static COUNTED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:and\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$").expect("valid regex")
});

/// Words that make a counted item no part of the count before it: a comparison ("two
/// more"), a part of a part ("three of them"), or a time of its own ("two this year and
/// three next year" counts other years).
static NOT_A_PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:more|fewer|less|other|others|another|extra|further|of|than|each|per|times|years?|months?|weeks?|days?|seasons?|summer|winter|spring|autumn|ago|last|next|this|since|until)\b").expect("valid regex")
});

/// A list read after a count: the counted noun, where the list starts, and the items
/// found with the list's length.
type ListRead<'a> = (&'a str, usize, (usize, usize));

/// The counted noun and the words that set the things in places, up to the
/// preposition that opens the places: "sites will move to", "depots are spread
/// across", "new sites will be in", "sites are expected to move to", and after a
/// definite count with no verb, "its three sites in".
static OPENS_PLACES: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^((?:\s+[\p{L}'’-]+){1,3}?)\s+(?:((?:are|were|will\s+be|would\s+be|are\s+to\s+be)\s+(?:(?:all|each|now|currently)\s+)?(?:(?:located|based|sited|situated|spread(?:\s+out)?|housed)\s+)?(?:in|at|across)|(?:will|would|are\s+to|were\s+to|(?:are|were)\s+(?:expected|due|set|planned|going)\s+to)\s+(?:be\s+)?(?:move|moved|relocate|relocated)\s+to)|(in|at))\s")
        .expect("valid regex")
});

/// "The three sites will move to Leeds, York, Hull and Bradford", "its three sites
/// in Leeds, York, Hull and Bradford": the places things are in or go to, read as
/// [`names`]. Several things may share a place, so only more places than things is
/// read (the caller compares); a count with no verb after it must be definite ("its
/// three sites in", not "11 cities in Florida, Texas and Nevada", which counts more
/// than the states named), and never of a span of time ("two weeks in Paris, Rome
/// and Vienna"), and with a plural noun of one or two words ("the two teams play in"
/// has a verb). Returns `None` when the words do not set things in places, else
/// the counted noun, where the list starts, and the items found with the list's
/// length when they are more than the things (`Some(None)` when the places are read
/// and fit: "The 12 stores will move to Leeds, York and Hull" is no list of stores).
#[expect(
    clippy::option_option,
    reason = "places read and found to fit differ from no places read"
)]
fn placed_list<'a>(
    cx: &CheckContext<'a>,
    f: &crate::extract::Figure,
    after: &'a str,
    sentence_end: usize,
) -> Option<Option<ListRead<'a>>> {
    let open = group::captures(&OPENS_PLACES, after)?;
    let noun = open.get(1).map_or("", |m| m.as_str().trim());
    let bare = open.get(2).is_none();
    if bare
        && (!DEFINITE_BEFORE.is_match(tail(group::before(cx, f), 20))
            || noun.split_whitespace().count() > 2
            || !noun.ends_with('s')
            || noun.ends_with("ss")
            || INCLUDE.is_match(noun))
    {
        return None;
    }
    if PERIOD_NOUN.is_match(noun)
        || INCLUDE.is_match(noun)
        || NOUN_NOT_COUNTED.is_match(noun)
        || is_shouted(noun)
    {
        return None;
    }
    let list_start = f.span.end + open.get(0).map_or(0, |m| m.end());
    let text = group::text(cx, list_start, sentence_end.max(list_start));
    if text.len() > MAX_LIST
        || group::figures_in(cx, list_start, sentence_end)
            .iter()
            .any(|g| g.span.start >= list_start && g.kind.is_quantity())
    {
        return (!bare).then_some(None);
    }
    let (list, _) = blank_brackets(text);
    let Some(found) = names(&list) else {
        return (!bare).then_some(None);
    };
    #[expect(
        clippy::cast_precision_loss,
        reason = "a list holds far fewer than 2^52 items"
    )]
    Some((found as f64 > f.value.mid()).then_some((noun, list_start, (found, text.len()))))
}

/// "signed five players this summer, three defenders and a winger": a breakdown of the
/// count `f` in apposition, as the counted noun, where the list starts, and the items
/// found with the list's length. A shorter one by more than a single item may pick out
/// a few ("12 goals this season, two penalties and a header") and is not read.
fn apposed_parts<'a>(
    cx: &CheckContext<'a>,
    f: &crate::extract::Figure,
    after: &'a str,
    sentence_end: usize,
) -> Option<(&'a str, usize, (usize, usize))> {
    let near = head(after, 60);
    if !near.contains(',')
        || !(near.contains("this ") || near.contains("last ") || near.contains("so far"))
    {
        return None;
    }
    let open = group::captures(&OPENS_PARTS, after)?;
    let noun = open.get(1).map_or("", |m| m.as_str().trim());
    // "arrested four men last week, two women and three children": groups of one kind
    // set side by side, not a breakdown of the first.
    let words: Vec<&str> = noun.split_whitespace().collect();
    let head = words.get(words.len().saturating_sub(3)).unwrap_or(&"");
    if SIDE_BY_SIDE.is_match(head) {
        return None;
    }
    let list_start = f.span.end + open.get(0).map_or(0, |m| m.end());
    let mut list = group::text(cx, list_start, sentence_end.max(list_start));
    if list.len() > 200 {
        return None;
    }
    if let Some(m) = ATTRIBUTION_END.find(list) {
        list = &list[..m.start()];
    }
    let list = list.trim_end().trim_end_matches(['.', '!', '?']);
    let found = counted_parts(list)?;
    // Items told apart by where they came from or went ("two from Spain and one from
    // Portugal") may leave the rest unsaid; they are read only when they are too many.
    #[expect(clippy::cast_precision_loss, reason = "a list holds a few items")]
    let found_f = found as f64;
    let n = f.value.mid();
    let ok = found_f > n || (found_f >= n - 1.0 && !PLACED_ITEM.is_match(list));
    ok.then_some((noun, list_start, (found, list.len())))
}

/// A preposition in a breakdown's items: "two from Spain", "three on loan".
static PLACED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:from|in|at|on|to|for|with|by|into|under|over|abroad|overseas|locally)\b",
    )
    .expect("valid regex")
});

/// Groups of people that are set side by side rather than broken down ("four men, two
/// women and three children").
static SIDE_BY_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:men|women|boys|girls|children|adults|juveniles|teenagers|minors|soldiers|civilians|officers|policemen|police)$").expect("valid regex")
});

/// The number of things a breakdown in apposition names, when every item is a count
/// of a few words and the last follows "and": "three defenders and a winger" is four.
fn counted_parts(list: &str) -> Option<usize> {
    if list.contains([';', ':', '(', ')', '"', '“', '”']) || NOT_A_PART.is_match(list) {
        return None;
    }
    let mut pieces: Vec<&str> = list.split(',').map(str::trim).collect();
    let last = pieces.pop()?;
    let lower = last.to_ascii_lowercase();
    let (a, b) = if lower.starts_with("and ") && !pieces.is_empty() {
        ("", last)
    } else {
        let at = lower.find(" and ")?;
        (&last[..at], &last[at..])
    };
    if !a.is_empty() {
        pieces.push(a);
    }
    let b = b.trim();
    pieces.push(b);
    let mut total = 0;
    for p in pieces {
        if !COUNTED_ITEM.is_match(p) {
            return None;
        }
        total += weight(p.strip_prefix("and ").unwrap_or(p));
    }
    Some(total)
}

/// The number of items in a list of amounts after the count `f` that breaks down a
/// whole stated before the count in its sentence: two or more items split at commas (or
/// semicolons) and the final "and" or "or", each holding one amount of the whole's kind
/// and unit and no "and" or "or" of its own, the amounts adding up to the whole ("a
/// £23.7 million gap through three measures: £11.2 million of savings, £7.5 million
/// from reserves and £5 million of new income" names three). `None` for anything else: examples, a clause, an item with no
/// amount or two, or amounts that do not make up the whole.
fn breakdown_items(
    cx: &CheckContext<'_>,
    f: &crate::extract::Figure,
    list_start: usize,
    list: &str,
) -> Option<usize> {
    if NOT_A_LIST.is_match(list) || !(list.contains(" and ") || list.contains(" or ")) {
        return None;
    }
    let sentence_start = group::sentence_span(cx, f).start;
    let whole = group::figures_in(cx, sentence_start, f.span.start)
        .iter()
        .rev()
        .find(|g| g.kind.is_quantity() && g.kind != FigureKind::Percent)?;
    let amounts: Vec<&crate::extract::Figure> =
        group::figures_in(cx, list_start, list_start + list.len())
            .iter()
            .filter(|g| g.kind.is_quantity())
            .collect();
    if amounts
        .iter()
        .any(|g| g.kind != whole.kind || g.unit != whole.unit || g.qualifier == Qualifier::Range)
    {
        return None;
    }
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for piece in list.split_inclusive([',', ';']) {
        let body = piece.trim_end_matches([',', ';']);
        let lower = body.to_ascii_lowercase();
        match lower.find(" and ").or_else(|| lower.find(" or ")) {
            Some(k) if !lower.trim_start().starts_with("and ") => {
                pieces.push((at, &body[..k]));
                pieces.push((at + k, &body[k..]));
            }
            _ => pieces.push((at, body)),
        }
        at += piece.len();
    }
    let holds = |(from, text): (usize, &str)| {
        let (start, end) = (list_start + from, list_start + from + text.len());
        amounts
            .iter()
            .filter(|g| g.span.start >= start && g.span.end <= end)
            .count()
    };
    if pieces.len() < 2
        || pieces.len() != amounts.len()
        || pieces.iter().any(|&p| holds(p) != 1)
        || pieces.iter().any(|(_, t)| {
            let t = t.trim_start();
            let t = t
                .strip_prefix("and ")
                .or_else(|| t.strip_prefix("or "))
                .unwrap_or(t);
            // "£4m on schools and libraries" may name two things.
            CLAUSE_START.is_match(t)
                || t.split_whitespace().count() > 12
                || t.contains(" and ")
                || t.contains(" or ")
        })
    {
        return None;
    }
    let sum: f64 = amounts.iter().map(|g| g.value.mid()).sum();
    // A round whole allows no more than its parts do: "500 homes at four sites: 280,
    // 120 and 60" may leave a site out.
    let parts_slack: f64 = amounts.iter().map(|g| g.rounding.abs()).sum();
    let slack = parts_slack + whole.rounding.abs().min(parts_slack);
    ((sum - whole.value.mid()).abs() <= slack).then_some(pieces.len())
}

/// What an item may not start with: a new clause, not a list item.
static CLAUSE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:which|who|whom|whose|that|where|when|while|if|unless|whether|until|were|was|are|is|have|has|had|will|would|could|should|can|did|do|does|but|although|though|because|according|said|says|including|such|among|plus|as\s+well\s+as)\b",
    )
    .expect("valid regex")
});

/// Whether a piece of a list opens with "and" or "or" (in any case): the last item.
fn opens_with_and_or(piece: &str) -> bool {
    let lower = piece.get(..4).unwrap_or(piece).to_ascii_lowercase();
    lower.starts_with("and ") || lower.starts_with("or ")
}

/// A relative clause that tells of the item before it.
static RELATIVE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:which|who|whom|whose|where)\b").expect("valid regex")
});

static NOT_A_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:such\s+as|including|among\s+them|for\s+example|for\s+instance|e\.g\.|etc\.?|and\s+others|and\s+more|among\s+others)\b")
        .expect("valid regex")
});

static INCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:includ\w*|such|among|like|are|were|is|was|have|has|had)\b")
        .expect("valid regex")
});

static DEFINITE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)(?:\b(?:the|its|their|his|her|our|these|those|both|all)|\w[’']s)\s+$",
    )
    .expect("valid regex")
});

static SUBSET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|most|all|none|each|both|several|many|few)\s+(?:of|among)\s+(?:the|its|their|his|her|these|those)?\s*(?:(?-i:[\p{L}’'-])+[’']s\s+)?$")
        .expect("valid regex")
});

/// [`SUBSET_BEFORE`], run only when `near` ends with a word the pattern ends with.
fn subset_before(near: &str) -> bool {
    scan::may_end_with_word(near, |w| {
        matches!(
            w,
            b"of"
                | b"among"
                | b"the"
                | b"its"
                | b"their"
                | b"his"
                | b"her"
                | b"these"
                | b"those"
                | b"s"
        )
    }) && SUBSET_BEFORE.is_match(near)
}

/// A place written "City, State" ("Ouray, Colo.", "Albany, N.Y.", "Dayton, Ohio, and"): its comma splits no
/// items, so a list holding one cannot be counted at commas.
static STATE_AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?:^|,)\s*(?:and\s+)?(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|D\.C)\.(?:\s|,|$)|,\s*(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming)\s*(?:,\s*and\b|\.?$)",
    )
    .expect("valid regex")
});

/// An attribution closing the sentence after a list: ", the Treasury said".
static ATTRIBUTION_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i),\s*(?:(?-i:[\p{L}.'’-])+\s+){1,5}?(?:said|says|added|reported|announced|told\s+\S+)\s*[.!?]?\s*$")
        .expect("valid regex")
});

/// Words in the counted noun phrase that show the list names something else: places
/// the things are in ("11 cities in Florida, Texas and Nevada"), parties to something
/// ("a merger between TWA, USAir and Piedmont"), or a new clause ("the three to be
/// built will be in Montgomery, ...").
static NOUN_NOT_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:in|of|between|among|from|with|into|on|across|throughout|near|grouping|consisting|concentrated|located|based|comprising|representing|including|include|includes)\b",
    )
    .expect("valid regex")
});

/// Whether a [`OPENS_NAMES`] match ends with "are" or "were" rather than a comma.
fn opens_with_copula(open: &regex::Captures<'_>) -> bool {
    open.get(0).is_some_and(|m| {
        let words = m.as_str().trim_end();
        words.ends_with(" are") || words.ends_with(" were")
    })
}

/// A phrase of place or time after the head of a counted noun phrase: "in the race",
/// "in October", "on the shortlist", "at the club".
static MODIFIER_AFTER_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\s(?:in|on|at|from|across|throughout|near|of)\s")
        .expect("valid regex")
});

/// `noun` up to a [`MODIFIER_AFTER_HEAD`]: "candidates" of "candidates in the race".
fn head_before_modifier(noun: &str) -> &str {
    MODIFIER_AFTER_HEAD
        .find(noun)
        .map_or(noun, |m| &noun[..m.start()])
}

/// "with the" and a superlative to the end of the counted noun phrase: "wards with
/// the fewest trees", "clubs with the highest attendances".
static SUPERLATIVE_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\s+with\s+the\s+(?:most|fewest|least|worst|best|highest|lowest|biggest|largest|smallest|greatest|longest|shortest|busiest|poorest|richest|oldest|newest|fastest|slowest)\b(?:\s+[\p{L}'’-]+){0,3}$")
        .expect("valid regex")
});

/// "of the" and a common noun in the singular closing the counted noun phrase: "members
/// of the canvassing board", "officers of the club". It names the one body the things
/// counted belong to, which names after a comma cannot list.
static OF_ONE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"\s+of\s+the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)$")
        .expect("valid regex")
});

/// `noun` without an [`OF_ONE_BODY`] closing it, when the body's noun is singular.
fn without_one_body(noun: &str) -> &str {
    OF_ONE_BODY
        .captures(noun)
        .filter(|c| !c[1].ends_with('s') || c[1].ends_with("ss"))
        .and_then(|c| c.get(0))
        .map_or(noun, |m| &noun[..m.start()])
}

/// A list that opens with a preposition names places or times, not the things counted:
/// "six ships were idle abroad -- in the Netherlands, Spain and France".
static PREPOSITION_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:in|at|on|from|to|for|by|near|during)\b")
        .expect("valid regex")
});

/// Names joined by "and" and running straight into a verb: the counted phrase before
/// them is one more subject of that verb, not a heading for them ("the four Atlantic
/// provinces, Quebec and Saskatchewan will be forgiven"). A list in apposition is
/// closed by a comma first ("the four Nordic countries, Denmark, ... and Iceland,
/// will").
static COORDINATED_SUBJECTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"^[^,;:]*(?:,[^,;:]*)*\band\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:will|would|was|were|is|are|have|has|had|could|should|can|may|must|shall)\b",
    )
    .expect("valid regex")
});

/// The counted noun phrase up to a colon that closes its paragraph, with a list of
/// items under it: "We have chosen three priorities for the year:".
static OPENS_ITEMS: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^((?:\s+[\p{L}'’-]+){1,8}?)\s*:\s*$").expect("valid regex")
});

/// Words in such a phrase that make the items below examples, not the whole list:
/// "three changes, including:", "such as:", "among them:".
static ITEMS_NOT_ALL: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:includ\w*|such|among|like|examples?|highlights?)\b")
        .expect("valid regex")
});

/// A preposition (and a determiner) right before a count: the count is of what the
/// items below are about ("Key figures for our 20 sites:", "in the past three
/// years:"), not of the items.
static SCOPE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:for|from|across|at|in|over|of|among|by|between|within|during|after|since|per)\s+(?:the\s+|our\s+|its\s+|their\s+|these\s+|those\s+|all\s+|each\s+|every\s+|past\s+|last\s+|next\s+|first\s+)*$")
        .expect("valid regex")
});

/// "Of" after a verb of being made of, which opens the things counted: "will consist
/// of four maturities:".
static MADE_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:consists?|consisting|consisted|made\s+up|compris(?:e|es|ed|ing)|composed)\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?$")
        .expect("valid regex")
});

/// A noun of time after a count: "three years:", "12 months to March:".
static PERIOD_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:[\p{L}'’-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|seasons?|decades?|terms?|nights?)\b")
        .expect("valid regex")
});

/// A bullet or number opening a line of plain text: "- ", "* ", "• ", "1. ", "2) ".
static ITEM_MARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"^(?:[-*+•]|\d{1,2}[.)])[ \t]+\S").expect("valid regex")
});

/// The items of the list right under the block that ends at `end` (after blank space
/// only; in plain text, one paragraph an item): the number of items at the first
/// item's depth (an item's nested list and its indented paragraphs are part of it)
/// and the span they cover. `None` when no list item follows.
fn items_below(cx: &CheckContext<'_>, end: usize) -> Option<(usize, crate::document::Span)> {
    let source = cx.doc.source.as_str();
    // Comments and markup are blank in the prose view.
    let prose = cx.doc.prose.as_str();
    let blocks = &cx.doc.blocks;
    let at = blocks.partition_point(|b| b.span.end < end);
    let own = blocks.get(at)?;
    if !prose.get(end..own.span.end)?.trim().is_empty() {
        return None;
    }
    let (mut count, mut depth, mut prev_end) = (0, None, own.span.end);
    let (mut first, mut last) = (0, 0);
    for b in &blocks[at + 1..] {
        if b.kind != crate::document::BlockKind::Paragraph {
            break;
        }
        let line_start = source.get(..b.span.start)?.rfind('\n').map_or(0, |k| k + 1);
        if line_start < prev_end || !prose.get(prev_end..line_start)?.trim().is_empty() {
            break;
        }
        let lead = source.get(line_start..b.span.start)?;
        let line = source.get(line_start..b.span.end)?;
        let indent = line.len() - line.trim_start().len();
        // The mark is outside the block in Markdown and HTML, inside it in plain text.
        let is_item = LIST_MARK.is_match(lead)
            || (lead.trim().is_empty() && ITEM_MARK.is_match(line.trim_start()));
        match depth {
            None if is_item => {
                depth = Some(indent);
                first = b.span.start;
            }
            None => return None,
            // A nested item, or a paragraph of the item above.
            Some(d) if indent > d => {
                prev_end = b.span.end;
                last = b.span.end;
                continue;
            }
            Some(d) if is_item && indent == d => {}
            Some(_) => break,
        }
        count += 1;
        prev_end = b.span.end;
        last = b.span.end;
    }
    (count > 0).then(|| (count, crate::document::Span::new(first, last)))
}

/// Whether a count is written as part of a compound modifier ("four-door", "17-man",
/// "three-way"): it counts the parts of one thing, not the items of a list.
fn is_compound(text: &str) -> bool {
    text.split_once('-')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_alphabetic))
}

/// Whether the counted noun phrase is in capitals ("3 UNDER MAY"): tabular market
/// copy, not prose.
fn is_shouted(noun: &str) -> bool {
    let letters: Vec<char> = noun.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
}

/// "such as" opening examples of one item.
static SUCH_AS: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)\s+such\s+as\s").expect("valid regex"));

/// The list before examples of its last item: "cereal, toast and a hot item such as
/// beans or porridge, with milk" is "cereal, toast and a hot item", when that part is a
/// list closed by its own "and" or "or" after a comma. Examples of an earlier item
/// ("fruit such as apples, toast and cereal") leave the list unread.
fn before_examples_of_last(list: &str) -> Option<&str> {
    let head = &list[..SUCH_AS.find(list)?.start()];
    let last = head.rsplit(',').next()?.trim_start();
    let closed = last.starts_with("and ")
        || last.starts_with("or ")
        || last.contains(" and ")
        || last.contains(" or ");
    (head.contains(',') && closed).then_some(head)
}

/// The items of a list, or `None` when it does not read as a plain list.
fn items(list: &str) -> Option<usize> {
    if let Some(head) = before_examples_of_last(list) {
        return items(head);
    }
    if NOT_A_LIST.is_match(list)
        || list.contains(['(', ')', '"', '“', '”', ':'])
        || STATE_AFTER_COMMA.is_match(list)
    {
        return None;
    }
    let separator = if list.contains(';') { ';' } else { ',' };
    let mut pieces: Vec<&str> = list.split(separator).map(str::trim).collect();
    if pieces.iter().any(|p| p.is_empty()) {
        return None;
    }
    // "Ashdown, Kelby and Rothwell, and the last result was declared ...": a clause
    // after a list already closed by its "and" is no item of it.
    if let [.., closed, last] = pieces.as_slice()
        && closing_clause(last)
        && (closed.contains(" and ") || closed.contains(" or "))
    {
        pieces.pop();
    }
    // "gaming, Hard Rock and Deluxe Films, which provides services to studios": a
    // relative clause after a list closed by its "and" tells of the last item and ends
    // the list, unless a later ", and" takes the list on past it.
    if let Some(at) = pieces.iter().position(|p| RELATIVE_START.is_match(p))
        && at > 0
        && (opens_with_and_or(pieces[at - 1]) || {
            let lower = pieces[at - 1].to_ascii_lowercase();
            lower.contains(" and ") || lower.contains(" or ")
        })
        && !pieces[at + 1..].iter().any(|p| opens_with_and_or(p))
    {
        pieces.truncate(at);
    }
    // "Amelia, 12, Noah, 9, and Isla, 6": a bare number after a name is that one's
    // age, not an item.
    // "the West Midlands, down 0.4%, Wales, down 0.2%, and ...": a change set off
    // after a name is told of that one.
    let bare = |p: &str| p.bytes().all(|b| b.is_ascii_digit()) || CHANGE_ASIDE.is_match(p);
    let mut k = 1;
    while k < pieces.len() {
        if bare(pieces[k]) && !bare(pieces[k - 1]) {
            pieces.remove(k);
        } else {
            k += 1;
        }
    }
    // The final "and"/"or": "C and D" is two items, ", and D" (serial comma) one.
    let last = pieces.pop()?;
    let last_words: Vec<&str> = last.split_whitespace().collect();
    // "Lufthansa, Alitalia and" ends on its "and": the last item is not prose (a tag or
    // a link the reader skips, "and <Olympic Airways>"), so the list cannot be counted.
    if last_words
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
    {
        return None;
    }
    let mut count: usize = pieces.iter().map(|p| weight(p)).sum();
    match last_words.first().map(|w| w.to_ascii_lowercase()) {
        Some(w) if (w == "and" || w == "or") && !pieces.is_empty() => {
            let item = last_words[1..].join(" ");
            check_item(&item)?;
            count += weight(&item);
        }
        _ => {
            let lower = last.to_ascii_lowercase();
            let split = lower.find(" and ").or_else(|| lower.find(" or "));
            match split {
                Some(at) => {
                    let (a, b) = last.split_at(at);
                    let b = b.trim_start().split_once(' ').map_or("", |(_, r)| r);
                    check_item(a)?;
                    check_item(b)?;
                    count += weight(a) + weight(b);
                }
                // Without a final "and" the list is either one item or unfinished.
                None if pieces.is_empty() => return None,
                None => {
                    check_item(last)?;
                    count += weight(last);
                }
            }
        }
    }
    for p in pieces {
        check_item(p)?;
    }
    Some(count)
}

fn check_item(item: &str) -> Option<()> {
    let item = item.trim();
    let words = item.split_whitespace().count();
    ((1..=8).contains(&words) && !CLAUSE_START.is_match(item)).then_some(())
}

/// How many things an item names: "two councillors" is two.
fn weight(item: &str) -> usize {
    const WORDS: [&str; 11] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    let first = item
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    WORDS
        .iter()
        .position(|w| *w == first)
        .map(|i| i + 2)
        .or_else(|| {
            first
                .parse::<usize>()
                .ok()
                .filter(|n| (2..=100).contains(n))
        })
        .unwrap_or(1)
}

fn strip_article(item: &str) -> &str {
    let item = item.trim();
    for lead in ["the ", "The ", "at ", "in ", "and ", "or ", "by ", "from "] {
        if let Some(rest) = item.strip_prefix(lead) {
            return rest.trim_start();
        }
    }
    item
}

fn is_name(item: &str) -> bool {
    let item = strip_article(item);
    let words = item.split_whitespace().count();
    (1..=6).contains(&words) && item.chars().next().is_some_and(char::is_uppercase)
}

/// Whether an item opens with a determiner: "the mayor", "a local businesswoman".
fn is_described(item: &str) -> bool {
    let lower = item.trim().to_lowercase();
    let lower = lower
        .strip_prefix("and ")
        .or_else(|| lower.strip_prefix("or "))
        .unwrap_or(&lower);
    let words = lower.split_whitespace().count();
    (2..=6).contains(&words)
        && ["the ", "a ", "an ", "his ", "her ", "its ", "their "]
            .iter()
            .any(|d| lower.starts_with(d))
        && !CLAUSE_START.is_match(lower.split_once(' ').map_or("", |(_, r)| r))
}

/// Whether an item is a title of one or two lower-case words before a name of two to
/// four capitalised words, with no article: "board chair Lyle Banks", "head coach Sam
/// Hart". Not a verb before a name ("thanked Lyle Banks", "beating Sam Hart").
fn is_titled(item: &str) -> bool {
    let item = item.trim();
    let item = item
        .strip_prefix("and ")
        .or_else(|| item.strip_prefix("or "))
        .unwrap_or(item);
    let words: Vec<&str> = item.split_whitespace().collect();
    let Some(first_capital) = words
        .iter()
        .position(|w| w.chars().next().is_some_and(char::is_uppercase))
    else {
        return false;
    };
    let (title, name) = words.split_at(first_capital);
    (1..=2).contains(&title.len())
        && (2..=4).contains(&name.len())
        && title.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !CLAUSE_START.is_match(w)
        })
        && name
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a described item ends with a name: "the goalkeeper Sam Hart", not "the fans
/// were delighted".
fn names_someone(item: &str) -> bool {
    item.split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The first item of a list: to its first comma or semicolon, or to the "and" or "or"
/// of a list of two ("Sam Okoro as Jack and Hannah Pell as the Fairy" opens with "Sam
/// Okoro as Jack").
fn first_item(text: &str) -> &str {
    let piece = text.split([',', ';']).next().unwrap_or("");
    [" and ", " or "]
        .iter()
        .filter_map(|w| piece.find(w))
        .min()
        .map_or(piece, |at| &piece[..at])
}

/// The number of items in a list in apposition that ends with "and X" or "or X": proper
/// names ("Manhattan, Brooklyn, Queens and the Bronx, will ...") or, when the first
/// item opens with a determiner, items that all do ("the mayor, the council leader and
/// a local businesswoman"). `None` unless every item qualifies and the list is
/// finished with "and".
fn names(text: &str) -> Option<usize> {
    if NOT_A_LIST.is_match(text) || STATE_AFTER_COMMA.is_match(text) {
        return None;
    }
    let first = first_item(text);
    // "Brighton and Hove, Adur and Worthing, and Lewes": when the list ends with a
    // serial ", and", an "and" inside an earlier item joins a name ("Brighton and
    // Hove" is one council), so where the items end cannot be told.
    if serial_and_after_inner_and(text) {
        return None;
    }
    let ok: fn(&str) -> bool = if is_name(first) {
        // "the Brazilian winger Lucas Rocha, ... and the goalkeeper Sam Hart": a name
        // may come with its description.
        // So may a bare title: "County Clerk Tom Pettit and board chair Lyle Banks".
        |p| is_name(p) || (is_described(p) && names_someone(p)) || is_titled(p)
    } else {
        is_described
    };
    let pieces: Vec<&str> = text.split([',', ';']).collect();
    for (count, piece) in pieces.iter().enumerate() {
        let piece = piece.trim().trim_end_matches(['.', '!', '?']);
        if opens_with_and_or(piece) {
            return (ok(piece) && count > 0).then_some(count + 1);
        }
        let lower = piece.to_ascii_lowercase();
        if let Some(at) = lower.find(" and ").or_else(|| lower.find(" or ")) {
            // "Nomura Securities Co. and Daiwa Securities Co., which received ..., and
            // Aubrey G. Lanston Co.": a later ", and" with another item takes the list
            // on past a clause, so where it ends cannot be told.
            if pieces[count + 1..].iter().any(|p| {
                let p = p.trim().trim_end_matches(['.', '!', '?']);
                opens_with_and_or(p) && ok(p)
            }) {
                return None;
            }
            let (a, b) = piece.split_at(at);
            let b = b.trim_start().split_once(' ').map_or("", |(_, r)| r);
            return (ok(a) && ok(b)).then_some(count + 2);
        }
        if !ok(piece) {
            return None;
        }
    }
    None
}

/// The number of items in a list of common nouns in apposition after a definite count,
/// closed by a comma as the apposition ends: "The four faculties, medicine,
/// engineering, sciences and humanities, all reported". Every item is one or two
/// lower-case words (or any words after an article that every item has: "a summer
/// ball, a Christmas raffle") and there are three at least, so a pair of adjectives ("The four
/// firms, large and small, agreed") or an aside ("The two sides, meanwhile, agreed")
/// is no list.
fn plain_nouns(text: &str) -> Option<usize> {
    let end = names_span(text);
    if !text[end..].starts_with(',') {
        return None;
    }
    let mut pieces: Vec<&str> = text[..end].split(',').map(str::trim).collect();
    let last = pieces.pop()?;
    if pieces.is_empty() {
        return None;
    }
    if let Some(item) = last.strip_prefix("and ") {
        pieces.push(item);
    } else {
        let (a, b) = last.split_once(" and ")?;
        pieces.push(a);
        pieces.push(b);
    }
    // Every item may take an article ("a sponsored walk, a summer ball and a
    // Christmas raffle"), which marks it as a common noun whatever its case.
    let articles = pieces.iter().all(|p| article(p).is_some());
    let plain = |p: &str| {
        let p = if articles { article(p).unwrap_or(p) } else { p };
        let words = p.split_whitespace().count();
        (1..=2).contains(&words)
            && p.chars().all(|c| {
                c.is_lowercase() || c == '-' || c == ' ' || (articles && c.is_alphabetic())
            })
            && !CLAUSE_START.is_match(p)
    };
    (pieces.len() >= 3 && pieces.iter().all(|p| plain(p))).then_some(pieces.len())
}

/// An item of a list without its indefinite article: "sponsored walk" for "a
/// sponsored walk".
fn article(p: &str) -> Option<&str> {
    p.strip_prefix("a ").or_else(|| p.strip_prefix("an "))
}

/// How far, in bytes, a list of names in apposition runs: to the end of the piece that
/// holds its final "and" or "or" ("Luton, Burnley and Sheffield United"), or all of
/// `text` when there is none.
fn names_span(text: &str) -> usize {
    let mut at = 0;
    for piece in text.split_inclusive([',', ';']) {
        let body = piece.trim_end_matches([',', ';']);
        let lower = body.trim().to_ascii_lowercase();
        at += piece.len();
        if lower.starts_with("and ")
            || lower.starts_with("or ")
            || lower.contains(" and ")
            || lower.contains(" or ")
        {
            return at - (piece.len() - body.len());
        }
    }
    text.len()
}

/// The longest aside in brackets, in bytes, read as blank in a list of names.
const MAX_BRACKET: usize = 40;

/// `text` with each short aside in brackets after a name ("Hallam Road (9,870
/// parcels)", "Eastgate (8,415)", "the FBI (the bureau)") turned to spaces of its
/// length, so that the commas of its figures split no items and what it tells of that
/// one name is no part of the list; and where those asides were. An unclosed or nested
/// bracket, or a longer aside, is left as it is.
fn blank_brackets(text: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut out = text.to_owned();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|k| from + k) {
        let Some(close) = text[open + 1..].find([')', '(']).map(|k| open + 1 + k) else {
            break;
        };
        from = close;
        let named_before = text[..open]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if text.as_bytes()[close] == b')' && close - open <= MAX_BRACKET && named_before {
            out.replace_range(open..=close, &" ".repeat(close + 1 - open));
            found.push(open..close + 1);
        }
    }
    (out, found)
}

/// Whether a piece after a comma is a clause joined by "and" rather than a last item:
/// "and the last result was declared shortly after 4am", longer than any item read, or
/// one that holds a figure, as no name does: "and brought safe water to 148,000 people",
/// "and two closed when their leases ended" (a number in lower-case words).
fn closing_clause(piece: &str) -> bool {
    let mut words = piece.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("and"))
        && (piece.bytes().any(|b| b.is_ascii_digit())
            || piece.split_whitespace().any(crate::extract::is_number_word)
            || words.count() > 8)
}

/// Whether a list closed by a serial ", and X" (or ", or X") holds an earlier item
/// with an "and" or "or" of its own: "Brighton and Hove, Adur and Worthing, and Lewes".
/// A clause after a list closed by its own "and" ("in Ashdown, Kelby and Rothwell, and
/// the last result was declared shortly after 4am") is no serial item, nor is an "or"
/// after a clause that follows such a list ("Abbey, Northgate and Riverside, are home
/// to 19,870 people, or 41%").
fn serial_and_after_inner_and(text: &str) -> bool {
    let opens = |p: &str, word: &str| {
        p.get(..word.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(word))
    };
    // How many pieces hold an "and" of their own, and whether the last one read does.
    let (mut inner, mut last_inner) = (0, false);
    for piece in text.split([',', ';']) {
        let piece = piece.trim();
        if opens(piece, "and ") || opens(piece, "or ") {
            let closed = inner == 1 && last_inner;
            return inner > 0
                && !(closed && closing_clause(piece.trim_end_matches(['.', '!', '?'])));
        }
        // "Abbey, Northgate and Riverside, are home to 19,870 people, or 41%": a
        // clause after an item with an "and" closes the list there, and so does a
        // piece holding a figure, as no name does ("VoltPoint, Chargeway and
        // Greenline, run 1,390 of the devices, or 65%").
        if last_inner && (CLAUSE_START.is_match(piece) || piece.bytes().any(|b| b.is_ascii_digit()))
        {
            return false;
        }
        last_inner = piece.contains(" and ") || piece.contains(" or ");
        inner += usize::from(last_inner);
    }
    false
}

/// Whether a figure is the age of the person just named, set off by commas: "Daniel
/// Hart, 34, of Leeds", "Liam Reid, 41;".
fn is_age(cx: &CheckContext<'_>, g: &crate::extract::Figure) -> bool {
    g.kind == FigureKind::Duration
        && g.text.bytes().all(|b| b.is_ascii_digit())
        && group::before(cx, g).ends_with(", ")
        && group::after(cx, g).starts_with([',', ';'])
}

/// A change in percent or points set off by commas after an item, told of that item:
/// "the West Midlands, down 0.4%, Wales, up 1.2 points,".
static CHANGE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:up|down)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?)$")
        .expect("valid regex")
});

/// Whether a figure is a change set off by commas after an item of the list ending at
/// `list_end` ([`CHANGE_ASIDE`]).
fn is_change_aside(cx: &CheckContext<'_>, g: &crate::extract::Figure, list_end: usize) -> bool {
    if !matches!(g.kind, FigureKind::Percent | FigureKind::PercentagePoints) {
        return false;
    }
    let before = group::before(cx, g);
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let after = group::text(cx, g.span.end, list_end.max(g.span.end)).trim_start();
    let piece = format!("{}{}", before[comma + 1..].trim_start(), g.text);
    (after.is_empty() || after.starts_with([',', ';'])) && CHANGE_ASIDE.is_match(&piece)
}

/// Whether a count in a compound modifier counts the members of what it modifies, who
/// may then be listed: "the seven-member panel", "the three-party coalition", "a
/// four-nation tournament". "A four-door hatchback" lists no doors.
fn counts_members(text: &str) -> bool {
    text.split_once('-').is_some_and(|(_, rest)| {
        matches!(
            rest.to_ascii_lowercase().as_str(),
            "member" | "strong" | "person" | "man" | "woman" | "party" | "nation" | "country"
        )
    })
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        for f in cx.figures() {
            if f.kind != FigureKind::Count || f.qualifier != Qualifier::Exact {
                continue;
            }
            let n = f.value.mid();
            if n.fract() != 0.0 || !(2.0..=self.max_count).contains(&n) {
                continue;
            }
            if subset_before(tail(group::before(cx, f), 30))
                || (is_compound(&f.text) && !counts_members(&f.text))
            {
                continue;
            }
            let opens_sentence = group::before(cx, f).trim().is_empty();
            let after = group::after(cx, f);
            let sentence = group::sentence_span(cx, f);
            let sentence_end = sentence.end;
            let (noun, list_start, found) = if let Some(open) = group::captures(&OPENS_ITEMS, after)
            {
                // "We have chosen three priorities for the year:" and a bulleted list:
                // one item a bullet. Not a count of what the items are about ("for
                // our 20 sites:"), a time ("in three years:"), another count before
                // the colon ("set four priorities and met three:") or examples.
                let noun = open.get(1).map_or("", |m| m.as_str().trim());
                let colon = f.span.end + open.get(0).map_or(0, |m| m.end());
                let near = tail(group::before(cx, f), 40);
                if (SCOPE_BEFORE.is_match(near) && !MADE_OF_BEFORE.is_match(near))
                    || PERIOD_NOUN.is_match(noun)
                    || ITEMS_NOT_ALL.is_match(noun)
                    || NOT_A_LIST.is_match(noun)
                    || is_shouted(noun)
                    || group::figures_in(cx, f.span.end, colon)
                        .iter()
                        .any(|g| g.span.start >= f.span.end && g.kind.is_quantity())
                {
                    continue;
                }
                let Some((found, span)) = items_below(cx, colon) else {
                    continue;
                };
                // A list longer or shorter by more than two is of something else.
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "n is a whole number from 2 to max_count"
                )]
                let stated = n as usize;
                if found < 2 || found.abs_diff(stated) > 2 {
                    continue;
                }
                (noun, span.start, (found, span.end - span.start))
            } else if let Some(open) = group::captures(&OPENS_LIST, after) {
                let noun = open.get(1).map_or("", |m| m.as_str().trim());
                let list_start = f.span.end + open.get(0).map_or(0, |m| m.end());
                let dash = !open.get(0).is_some_and(|m| m.as_str().contains(':'));
                if is_shouted(noun) {
                    continue;
                }
                // The list runs to the sentence end or to a closing dash, and is never
                // longer than a list is: a longer run is not read at all (and a run-on
                // sentence is not read to its end for every count in it).
                let mut list = group::text(cx, list_start, sentence_end.max(list_start));
                let window = head(list, MAX_LIST + 3);
                if let Some(close) = window.find(['—', '–']).or_else(|| window.find(" - ")) {
                    list = &list[..close];
                }
                if list.len() > MAX_LIST {
                    continue;
                }
                if let Some(m) = ATTRIBUTION_END.find(list) {
                    list = &list[..m.start()];
                }
                if PREPOSITION_FIRST.is_match(list) || dash && COMMENT_FIRST.is_match(list) {
                    continue;
                }
                let list = list.trim_end().trim_end_matches(['.', '!', '?']);
                // A list holding other quantities is a breakdown, not a list of names;
                // the ages of named people ("Daniel Hart, 34, of Leeds") are no such
                // quantity.
                if group::figures_in(cx, list_start, list_start + list.len())
                    .iter()
                    .any(|g| {
                        g.span.end <= list_start + list.len()
                            && g.kind.is_quantity()
                            && (g.kind != FigureKind::Count
                                // "The three schools – 120 in Ashby, ...": counts of
                                // other things than the items.
                                || g.value.mid() > n && !group::age_after_name(cx, g))
                            && !is_age(cx, g)
                            && !is_change_aside(cx, g, list_start + list.len())
                    })
                {
                    // "closes a £23.7 million gap through three measures: £11.2
                    // million of savings, £7.5 million from reserves and £5 million of
                    // new income": amounts that add up to the whole before the count
                    // break it down one item each.
                    let Some(found) = breakdown_items(cx, f, list_start, list) else {
                        continue;
                    };
                    (noun, list_start, (found, list.len()))
                } else {
                    let Some(found) = items(list) else { continue };
                    (noun, list_start, (found, list.len()))
                }
            } else if let Some(parts) = apposed_parts(cx, f, after, sentence_end) {
                parts
            } else if let Some(placed) = placed_list(cx, f, after, sentence_end) {
                let Some(parts) = placed else { continue };
                parts
            } else if let Some((of_end, open)) = names_open(after) {
                // The noun phrase names the things counted, past a partitive "of".
                let noun = open.get(1).map_or("", |m| m.as_str().trim());
                let list_start = f.span.end + of_end + open.get(0).map_or(0, |m| m.end());
                let text = group::text(cx, list_start, sentence_end.max(list_start));
                if text.len() > MAX_LIST {
                    continue;
                }
                // "Hallam Road (9,870 parcels), Eastgate (8,415) and ...": what is told
                // in brackets after a name is of that one, and is read as blank.
                let (list, brackets) = blank_brackets(text);
                let list = list.as_str();
                let copula = opens_with_copula(&open);
                if COORDINATED_SUBJECTS.is_match(list) {
                    continue;
                }
                // "The 12 stores are in London, Leeds and York": after "are" a
                // preposition opens the places the things are in, where several may
                // share one; only more places than things is wrong ("The two centres
                // are at Eastgate, Fairview and Hollins").
                let places = copula && PREPOSITION_FIRST.is_match(list);
                // "The 12 projects include new cycle lanes in Bristol, a tram ..." is a
                // clause, not a noun with a list in apposition.
                // "The three wards with the fewest trees, ...": a superlative after
                // "with" picks out the things counted; it names no other thing.
                // "Three members of the canvassing board, ...": the body they belong
                // to is one thing, and the names are the members.
                let picked = SUPERLATIVE_WITH.replace(without_one_body(noun), "");
                // "The four candidates in the race are Ann Lee, ...": before "are" or
                // "were", a phrase of place or time after the noun says which things
                // are counted; the names after the verb are still those things.
                let picked = if copula {
                    head_before_modifier(&picked)
                } else {
                    &picked
                };
                // "Four of the 24 largest railroads--the Boston and Maine, ...": a
                // dash typed as two hyphens runs into the words around it, and the
                // noun read holds the first names.
                if INCLUDE.is_match(noun)
                    || NOUN_NOT_COUNTED.is_match(picked)
                    || is_shouted(noun)
                    || noun.contains("--")
                {
                    continue;
                }
                // "Bull will have four members, Honeywell two and NEC one" shares
                // out counts; it lists no names. A count after the list's last item
                // ("..., Burnley and Sheffield United, all finished ten points
                // adrift") is outside it.
                let counts: Vec<usize> =
                    group::figures_in(cx, list_start, sentence_end.max(list_start))
                        .iter()
                        .filter(|g| g.kind == FigureKind::Count)
                        .map(|g| g.span.start)
                        .filter(|&at| !brackets.iter().any(|b| b.contains(&(at - list_start))))
                        .collect();
                if !counts.is_empty() {
                    let names_end = list_start + names_span(list);
                    if counts.iter().any(|&at| at < names_end) {
                        continue;
                    }
                }
                let described = !is_name(first_item(list));
                if described && noun.split_whitespace().count() > 3 {
                    continue;
                }
                // "It owns 13 banks, a data services company and a trust company": an
                // indefinite count after a verb heads a list it belongs to; a definite
                // one ("the two leading candidates, the mayor, ...") or one opening the
                // sentence ("Two ministers, the foreign secretary, ...") is followed by
                // its items.
                if described
                    && !opens_sentence
                    && !DEFINITE_BEFORE.is_match(tail(group::before(cx, f), 20))
                {
                    continue;
                }
                let Some(found) = names(list).or_else(|| {
                    (DEFINITE_BEFORE.is_match(tail(group::before(cx, f), 20))
                        && noun.split_whitespace().count() <= 2)
                        .then(|| plain_nouns(list))
                        .flatten()
                }) else {
                    continue;
                };
                #[expect(
                    clippy::cast_precision_loss,
                    reason = "a list holds far fewer than 2^52 items"
                )]
                if places && (found as f64) < n {
                    continue;
                }
                // "Two of the three candidates, Smith, Jones and Brown, ..." may list
                // the whole of the part.
                if of_end > 0
                    && group::figures_in(cx, f.span.end, list_start)
                        .iter()
                        .any(|g| {
                            g.span.start >= f.span.end
                                && g.kind == FigureKind::Count
                                && (g.value.mid() - f64::from(u32::try_from(found).unwrap_or(0)))
                                    .abs()
                                    < 0.5
                        })
                {
                    continue;
                }
                // "three of them, at Hull and Wrexham": the message names the part.
                let named = open.get(1).map_or(0, |m| m.end());
                (
                    after[..of_end + named].trim(),
                    list_start,
                    (found, list.len()),
                )
            } else {
                continue;
            };
            let (found, list_len) = found;
            let list = group::text(cx, list_start, list_start + list_len);
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "n is a whole number from 2 to max_count"
            )]
            let expected = n as usize;
            if found == expected {
                continue;
            }
            // "He won three Premier League titles, the FA Cup and the Super Cup": a
            // count with no determiner, set off by a bare comma from fewer items that
            // have their own articles, is the first of the things coordinated, not a
            // count of the rest ("the three agencies, the FBI and the CIA", and "two
            // ministers, the foreign secretary, the defence secretary and the home
            // secretary", are read).
            // So is such a count whose noun is named for one thing with more items
            // after it, none of them that thing, that run to the end of the sentence:
            // "has won three Premier League titles, the Champions League, the FA Cup,
            // the Super Cup and the Club World Cup?" ("signed two new players, the
            // winger Lucas Rocha, the midfielder Tim de Vries and the goalkeeper Sam
            // Hart" names them in apposition and is read).
            let opener = group::text(cx, f.span.end, list_start);
            let to_the_end = || {
                let rest = group::text(cx, list_start + list_len, sentence.end);
                let last = list.rsplit(',').next().unwrap_or("").trim_start();
                rest.trim_matches(|c: char| c.is_whitespace() || ".?!'\"’”".contains(c))
                    .is_empty()
                    && (last.starts_with("and ") || last.contains(" and "))
                    && opener
                        .split_whitespace()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .any(|w| w.starts_with(|c: char| c.is_uppercase()) && !list.contains(w))
            };
            if (found < expected || to_the_end())
                && !opener.contains([':', '-', '—', '–'])
                && !DEFINITE_BEFORE.is_match(tail(group::before(cx, f), 20))
                && ARTICLE_FIRST.is_match(list)
            {
                continue;
            }
            // "For the past two seasons, all three promoted teams - Burnley, ... and
            // Southampton": a count taken for each of several periods or groups named
            // before it in its sentence lists that many times as many names.
            if found % expected == 0
                && group::figures_in(cx, sentence.start, f.span.start)
                    .iter()
                    .any(|g| {
                        matches!(g.kind, FigureKind::Count | FigureKind::Duration)
                            && g.value.mid().to_bits() == ((found / expected) as f64).to_bits()
                    })
            {
                continue;
            }
            let message = format!(
                "\"{}\" {noun}, but the list that follows names {found}",
                f.text
            );
            let list_span = crate::document::Span::new(list_start, list_start + list.len());
            out.push(
                Hit::new(Label::new(f.span, "counted here"), message)
                    .related(Label::new(list_span, "the list"))
                    .var("count", &f.text)
                    .var("items", fmt_num(found as f64, 0))
                    .var("subject", noun)
                    .subject(f.subject_key()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after_are_count_past_a_phrase_of_place_or_time_but_places_do_not() {
        let one = |s: &str| read(s).len();
        assert_eq!(
            one("The four candidates in the race are Ann Lee, Bob Day and Cal Ray."),
            1
        );
        assert_eq!(
            one("The four candidates in the race are Ann Lee, Bob Day, Cal Ray and Di Fox."),
            0
        );
        assert_eq!(
            one("The two winners at the club were Ann Lee, Bob Day and Cal Ray."),
            1
        );
        // Places after "are": several things may share one, but not one thing two.
        assert_eq!(one("The 12 stores are in London, Leeds and York."), 0);
        assert_eq!(one("The five offices are at Leeds, York and Hull."), 0);
        assert_eq!(
            one("The three plants in the region are in Leeds, York, Hull and Derby."),
            1
        );
        assert_eq!(
            one("The two centres are at Eastgate, Fairview and Hollins."),
            1
        );
        assert_eq!(
            one("The three centres are at Eastgate, Fairview and Hollins."),
            0
        );
        // Places things move to or are set in, after a verb or a definite count.
        assert_eq!(
            one("The three sites are expected to move to Leeds, York, Hull and Bradford."),
            1
        );
        assert_eq!(
            one("The two plants will move to Ohio, Texas and Georgia."),
            1
        );
        assert_eq!(
            one("The three depots are spread across Leeds, York, Hull and Bradford."),
            1
        );
        assert_eq!(
            one("The three new sites will be in Leeds, York, Hull and Bradford."),
            1
        );
        assert_eq!(
            one("It will close its three sites in Leeds, York, Hull and Bradford."),
            1
        );
        assert_eq!(one("The 12 stores will move to Leeds, York and Hull."), 0);
        assert_eq!(one("The three sites will move to Leeds, York and Hull."), 0);
        assert_eq!(
            one("It has 11 depots in Leeds, York, Hull and Bradford."),
            0
        );
        assert_eq!(one("She spent the two weeks in Paris, Rome and Vienna."), 0);
        assert_eq!(one("The two teams play in Leeds, York and Hull."), 0);
        assert_eq!(
            one("The three teams travel to Leeds, York, Hull and Bradford this weekend."),
            0
        );
        // After a comma a phrase of place still says where the things are.
        assert_eq!(
            one("The chain opened 14 stores in Ohio, Indiana and Kentucky."),
            0
        );
        assert_eq!(
            head_before_modifier("best-selling models in October"),
            "best-selling models"
        );
        assert_eq!(
            head_before_modifier("biggest shareholders"),
            "biggest shareholders"
        );
    }

    #[test]
    fn a_subset_is_found_as_the_pattern_finds_it() {
        for near in [
            "two of the ",
            "Three of its ",
            "some among those ",
            "12 of ",
            "each of\u{a0}",
            "most of the ",
            "none of them ",
            "the ",
            "five of the last ",
            "4 of Arizona's ",
            "four of the state’s ",
            "the party's ",
        ] {
            assert_eq!(subset_before(near), SUBSET_BEFORE.is_match(near), "{near}");
        }
    }

    #[test]
    fn a_clause_after_a_list_closed_by_its_and_is_no_item() {
        let text = |names: &str| {
            format!(
                "Votes were counted at three centres, in {names}, and the last result was declared shortly after 4am on Friday."
            )
        };
        assert_eq!(read(&text("Ashdown, Kelby, Rothwell and Hale")).len(), 1);
        assert!(read(&text("Ashdown, Kelby and Rothwell")).is_empty());
        assert_eq!(
            read("The three agencies: the FBI, the DEA, the ATF and the Marshals, and the officers they sent were all armed with rifles.").len(),
            1
        );
        // Items holding an "and" of their own before the last cannot be told apart.
        assert!(read("The three councils, Brighton and Hove, Adur and Worthing, and the officers they sent were all at the meeting on Friday.").is_empty());
    }

    #[test]
    fn amounts_that_make_up_the_whole_before_a_count_are_its_items() {
        let one = |s: &str| read(s).len();
        let gap = |n: &str| {
            format!(
                "It closes a £23.7 million gap through {n} measures: £11.2 million of savings, £7.5 million from reserves and £5 million of new income from parking."
            )
        };
        assert_eq!(one(&gap("four")), 1);
        assert_eq!(one(&gap("three")), 0);
        // Amounts short of a round whole, or no whole before the count.
        assert_eq!(
            one(
                "It will build 500 homes at four sites: 280 at Eastgate, 120 at Mill Road and 60 at Harbour Street."
            ),
            0
        );
        assert_eq!(
            one(
                "It will build 460 homes at four sites: 280 at Eastgate, 120 at Mill Road and 60 at Harbour Street."
            ),
            1
        );
        assert_eq!(
            one(
                "The trust runs four hospitals: 300 beds at Westfield, 120 at Tanners Lane and 60 at Orchard Road."
            ),
            0
        );
        // An item without an amount, or examples.
        assert_eq!(
            one(
                "Spending of £9m went on three things: £5m on roads and £4m on schools and libraries together."
            ),
            0
        );
        assert_eq!(
            one(
                "It raised £2m in two rounds: £1.2m in March and £800,000 in June, including £300,000 from staff."
            ),
            0
        );
    }

    #[test]
    fn a_count_of_a_part_is_held_against_the_names_of_that_part() {
        let one = |s: &str| read(s).len();
        assert_eq!(one("It will close three of them, at Hull and Wrexham."), 1);
        assert_eq!(one("It will close two of them, at Hull and Wrexham."), 0);
        // The size of the whole in figures stands between.
        assert_eq!(
            one(
                "The board may close three of its 24 elementary schools, Birchwood and Lakeview, which are half empty."
            ),
            1
        );
        assert_eq!(
            one("The board may close two of its 24 schools, Birchwood and Lakeview."),
            0
        );
        assert_eq!(
            one("Two of the 3 candidates, Smith, Jones and Brown, spoke."),
            0
        );
        // A dash typed as two hyphens: the names are not read.
        assert_eq!(
            one(
                "Four of the 24 largest railroads--the Boston and Maine, the Delaware and Hudson, the Elgin, Joliet and Eastern and the Western Pacific--had losses."
            ),
            0
        );
        assert_eq!(
            one("It lost three of the four seats, in Rushley and Caradon."),
            1
        );
        assert_eq!(
            one("Three of Arizona's counties, Pima and Maricopa, sued."),
            1
        );
        // The names may be of the whole; a bare number is no determiner.
        assert_eq!(
            one("Two of the three candidates, Smith, Jones and Brown, spoke."),
            0
        );
        assert_eq!(
            one("Six of 10 voters, Democrats and Republicans alike, agreed."),
            0
        );
        let hit = read("It will close three of them, at Hull and Wrexham.");
        assert!(hit[0].contains("\"three\" of them,"), "{hit:?}");
    }

    #[test]
    fn a_subset_of_an_owner_s_count_is_not_its_list() {
        assert!(
            read("Ruiz won just 4 of Arizona's 15 counties: Maricopa, Pima, Coconino and Apache.")
                .is_empty()
        );
        assert_eq!(
            read("Ruiz toured Arizona's 15 counties: Maricopa, Pima, Coconino and Apache.").len(),
            1
        );
    }

    #[test]
    fn a_count_over_a_time_may_be_broken_down_after_a_comma() {
        assert_eq!(
            read("The club signed five players this summer, three defenders and a winger.").len(),
            1
        );
        assert!(
            read("The club signed five players this summer, four defenders and a winger.")
                .is_empty()
        );
        assert!(read("He scored 12 goals this season, two penalties and a header.").is_empty());
        assert!(
            read("The club signed four players last summer, two from Spain and one from Portugal.")
                .is_empty()
        );
        assert_eq!(
            read("The club sold five players last summer, three to Chelsea and three to Arsenal.")
                .len(),
            1
        );
        assert!(
            read("Police arrested four men last week, two women and three children.").is_empty()
        );
        assert!(
            read("The firm opened five stores last year, two this year and three next year.")
                .is_empty()
        );
    }

    #[test]
    fn a_compound_modifier_counts_no_list() {
        assert!(is_compound("four-door"));
        assert!(is_compound("17-man"));
        assert!(!is_compound("four"));
        assert!(!is_compound("2-1"));
    }

    #[test]
    fn a_list_of_places_written_city_and_state_is_not_counted() {
        assert_eq!(
            items(" the Camp Bird mine near Ouray, Colo., and the Pike mine"),
            None
        );
        assert_eq!(items(" Albany, N.Y., Boston and Hartford"), None);
        assert_eq!(items(" Colombia, Peru and Chile"), Some(3));
        assert_eq!(items(" in Dayton, Ohio, and Albany, New York"), None);
        assert_eq!(items(" Chicago, New York, Boston and Denver"), Some(4));
        assert_eq!(items(" Paris, London and Washington"), Some(3));
    }

    #[test]
    fn items_are_split_at_commas_and_the_final_and() {
        assert_eq!(items(" A, B, C and D"), Some(4));
        assert_eq!(items(" A, B, and C"), Some(3));
        assert_eq!(items(" France and Italy"), Some(2));
        assert_eq!(items(" Lufthansa, Alitalia and"), None);
        assert_eq!(items(" Amelia, 12, Noah, 9, and Isla, 6"), Some(3));
        assert_eq!(
            items(" the FBI; the Bureau of Alcohol, Tobacco and Firearms; and the DEA"),
            Some(3)
        );
    }

    #[test]
    fn names_run_to_the_final_and() {
        assert_eq!(
            names(" Manhattan, Brooklyn, Queens and the Bronx, will all get lanes."),
            Some(4)
        );
        assert_eq!(
            names(" Heathrow, Gatwick and Stansted, must first win approval."),
            Some(3)
        );
        assert_eq!(names(" Mr Smith said, were injured."), None);
    }

    #[test]
    fn names_with_the_parts_they_play_are_counted() {
        assert_eq!(
            names(
                " Sam Okoro as Jack and Hannah Pell as the Fairy, both came through the youth theatre."
            ),
            Some(2)
        );
        assert_eq!(
            first_item(" Sam Okoro as Jack and Hannah Pell, both"),
            " Sam Okoro as Jack"
        );
        assert_eq!(first_item(" A, B and C"), " A");
        assert_eq!(
            names(
                " Nomura Securities Co. and Daiwa Securities Co., which received approval, and Aubrey G. Lanston Co., owned by a bank."
            ),
            None
        );
    }

    #[test]
    fn described_items_in_apposition_are_counted() {
        assert_eq!(
            names(" the mayor, the council leader and a local businesswoman, will debate."),
            Some(3)
        );
        assert_eq!(names(" the police said, were arrested."), None);
        assert_eq!(names(" a man and a woman, were held."), Some(2));
        assert_eq!(
            names(
                " the Brazilian winger Lucas Rocha, the Dutch midfielder Tim de Vries and the goalkeeper Sam Hart."
            ),
            Some(3)
        );
        assert_eq!(
            names(" Lucas Rocha, Tim de Vries and the fans were delighted."),
            None
        );
    }

    #[test]
    fn an_item_with_its_own_count_weighs_that_much() {
        assert_eq!(
            items(" the chief constable, two councillors and the MP"),
            Some(4)
        );
    }

    #[test]
    fn a_clause_is_not_a_list() {
        assert_eq!(items(" A, which was enlisted, B and C"), None);
        // A condition after a remark: "four wickets - rest well, if you can".
        assert_eq!(items(" rest well, if you can"), None);
        assert_eq!(items(" stay home, unless told otherwise"), None);
        assert_eq!(items(" such as A, B and C"), None);
        assert_eq!(items(" A"), None);
    }

    #[test]
    fn a_relative_clause_after_the_closing_and_ends_the_list() {
        assert_eq!(items(" A, B and C, which were enlisted"), Some(3));
        assert_eq!(
            items(" gaming, Hard Rock and Deluxe Films, which provides services to studios"),
            Some(3)
        );
        assert_eq!(items(" A, B, and C, who spoke first"), Some(3));
        assert_eq!(items(" Smith and Jones, whose firm lost"), Some(2));
        // A later ", and" takes the list on past the clause: where it ends is unsure.
        assert_eq!(
            items(" Nomura Co. and Daiwa Co., which received approval, and Lanston Co."),
            None
        );
        // A clause with commas of its own is cut with it.
        assert_eq!(items(" A, B and C, which, he said, were enlisted"), Some(3));
    }

    #[test]
    fn examples_of_the_last_item_are_no_items() {
        assert_eq!(
            items(
                " cereal, toast and a hot item such as beans or porridge, with milk or water to drink"
            ),
            Some(3)
        );
        assert_eq!(items(" A, B, and fruit such as apples and pears"), Some(3));
        // Examples of an earlier item, or of a list not closed before them.
        assert_eq!(items(" fruit such as apples, toast and cereal"), None);
        assert_eq!(items(" A, B, C such as D and E"), None);
        assert_eq!(items(" A and B such as C, D and E"), None);
    }

    #[test]
    fn three_agencies_naming_four_is_reported() {
        use crate::rules::group::testing::{Draft, count};
        let d = Draft::new(
            "Officers came from the three agencies: the FBI, the DEA, the ATF and the Marshals.",
        )
        .with(&count("three", 3.0, 0.0).subject("agencies", "agency"));
        let hits = d.run(&Compiled {
            max_count: DEFAULT_MAX_COUNT,
        });
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "\"three\" agencies, but the list that follows names 4"
        );
    }

    fn read(source: &str) -> Vec<String> {
        crate::rules::group::testing::Draft::read(source).messages(&Compiled {
            max_count: DEFAULT_MAX_COUNT,
        })
    }

    fn read_markdown(source: &str) -> Vec<String> {
        crate::rules::group::testing::Draft::read_markdown(source).messages(&Compiled {
            max_count: DEFAULT_MAX_COUNT,
        })
    }

    #[test]
    fn a_superlative_after_with_picks_out_the_things_listed() {
        assert_eq!(
            read(
                "The four wards with the fewest trees, Eastgate, Millfield and Southcote, will get 2,000 trees."
            ),
            ["\"four\" wards with the fewest trees, but the list that follows names 3"]
        );
        assert!(read("The three wards with the fewest trees, Eastgate, Millfield and Southcote, will get 2,000 trees.").is_empty());
        // Nor the one body the members counted belong to.
        assert_eq!(
            read("Four members of the canvassing board, Judge Ana Ruiz, County Clerk Tom Pettit and board chair Lyle Banks, certified the result.").len(),
            1
        );
        assert!(read("Three members of the canvassing board, Judge Ana Ruiz, County Clerk Tom Pettit and board chair Lyle Banks, certified the result.").is_empty());
        // Names after a plural body may be the bodies.
        assert!(
            read("Four members of the councils, Ashby, Deeping and Welby, objected.").is_empty()
        );
        // A bare title before a name.
        assert!(is_titled("board chair Lyle Banks"));
        assert!(is_titled("and head coach Sam Hart"));
        assert!(!is_titled("thanked Lyle Banks"));
        assert!(!is_titled("were Lyle Banks"));
        assert!(!is_titled("the board chair Lyle Banks"));
        // "with" names partners, not the things counted.
        assert!(read("The firm signed the four deals with Ford, GM and Toyota.").is_empty());
    }

    #[test]
    fn a_count_before_a_colon_is_held_against_the_bulleted_list_under_it() {
        let list = "\n\n- answering complaints within 25 days\n- cutting pressure ulcers\n  - in homes\n  - in clinics\n- seeing urgent referrals within two hours\n";
        let draft = |head: &str| read_markdown(&format!("{head}{list}"));
        assert_eq!(
            draft("We have chosen four priorities for next year:"),
            ["\"four\" priorities for next year, but the list that follows names 3"]
        );
        assert!(draft("We have chosen three priorities for next year:").is_empty());
        assert_eq!(draft("The plan will consist of two parts:").len(), 1);
        // A count of what the items are about, of a time, or with examples.
        assert!(draft("Key figures for our 12 clinics:").is_empty());
        assert!(draft("What changed in the past two years:").is_empty());
        assert!(draft("We made four changes, including:").is_empty());
        assert!(draft("We set four goals and met three:").is_empty());
        // A verb's own preposition is no place: "agreed on", "focus on".
        assert_eq!(draft("The board agreed on four priorities:").len(), 1);
        // Not without a list under the colon.
        assert!(read("We have chosen four priorities for next year:").is_empty());
    }

    #[test]
    fn names_holding_and_before_a_serial_and_are_not_counted() {
        assert!(serial_and_after_inner_and(
            "Brighton and Hove, Adur and Worthing, and Lewes"
        ));
        assert!(!serial_and_after_inner_and(
            "Leeds, Bradford, and Wakefield"
        ));
        assert!(
            read("The three councils, Brighton and Hove, Adur and Worthing, and Lewes, agreed.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_with_a_number_in_words_after_a_list_closed_by_its_own_and_is_no_item() {
        assert_eq!(
            read("Five shops opened during the year, in Ashford, Faversham, Herne Bay and Whitstable, and two closed when their leases ended.").len(),
            1
        );
        assert!(read("Four shops opened during the year, in Ashford, Faversham, Herne Bay and Whitstable, and two closed when their leases ended.").is_empty());
        assert!(
            read("The three councils, Brighton and Hove, Adur and Worthing, and Lewes, agreed.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_with_a_figure_after_a_list_closed_by_its_own_and_is_no_serial_item() {
        assert_eq!(
            read("We worked in five countries, Malawi, Uganda, Sierra Leone and Nepal, and brought water to 148,000 people.").len(),
            1
        );
        assert!(read("We worked in four countries, Malawi, Uganda, Sierra Leone and Nepal, and brought water to 148,000 people.").is_empty());
        assert!(
            read(
                "The three councils, Brighton and Hove, Adur and Worthing, and 12 parishes, agreed."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_share_after_the_clause_that_follows_a_list_is_no_serial_item() {
        assert_eq!(
            read("The town's four largest wards, Abbey, Northgate and Riverside, are home to 19,870 people, or 41% of the total.").len(),
            1
        );
        assert!(read("The town's three largest wards, Abbey, Northgate and Riverside, are home to 19,870 people, or 41% of the total.").is_empty());
        assert!(
            read("The three councils, Brighton and Hove, Adur and Worthing, and Lewes, agreed.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_with_a_figure_after_a_list_closes_it_before_a_share() {
        assert_eq!(
            read("Four carriers, Airlink, Skyway and Northjet, fly 1,240 of the routes, or 58%.")
                .len(),
            1
        );
        assert!(
            read("Three carriers, Airlink, Skyway and Northjet, fly 1,240 of the routes, or 58%.")
                .is_empty()
        );
        assert!(
            read("The three councils, Brighton and Hove, Adur and Worthing, and Lewes, agreed.")
                .is_empty()
        );
    }

    #[test]
    fn a_spaced_hyphen_right_after_a_count_is_no_word_of_its_noun() {
        for text in [
            "All four - Spain, England, France and Germany - reached the semi-finals.",
            "Three of the 20 clubs - Arsenal, Chelsea and Liverpool - have never been relegated.",
            "Three - Ford, Chrysler and AMC - raised prices.",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
        assert_eq!(
            read("The three agencies - the FBI, the CIA, the NSA and the DEA - met.").len(),
            1
        );
    }

    #[test]
    fn a_remark_after_a_dash_a_coordinated_count_and_a_count_per_period_are_no_list() {
        for text in [
            "He hit seven fours - all of them cuts and pulls.",
            "Three goals - what a night, and what a team.",
            "He won three league titles, the FA Cup and the Super Cup.",
            "Could you question a player who has won three Premier League titles, the Champions League, the FA Cup, the Uefa Super Cup and the Club World Cup?",
            "She has won two Grand Slam titles, the Olympic gold, the WTA Finals and the Diamond League.",
            "For the past two seasons, all three promoted teams - Ashby, Barton, Colby, Dunmore, Easton and Fenwick - went straight back down.",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
        for text in [
            "The three projects - a new hall, a car park, a taxiway and a hotel - will cost £85m.",
            "Two ministers, the foreign secretary, the defence secretary and the home secretary, will attend.",
            "The three promoted teams - Ashby, Barton, Colby, Dunmore, Easton and Fenwick - went down.",
            "The three titles, the FA Cup and the Super Cup, are on show.",
            "The club has won the three titles, the league, the cup, the shield and the plate.",
            "They named two ministers: the foreign secretary, the defence secretary and the home secretary.",
            "The club has signed two new players this summer, the Brazilian winger Lucas Rocha, the Dutch midfielder Tim de Vries and the goalkeeper Sam Hart.",
            "He has won two Premier League titles, the Premier League title of 2019, the Premier League title of 2020 and the Premier League title of 2022.",
        ] {
            assert_eq!(read(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn common_nouns_in_apposition_after_a_definite_count_are_counted() {
        assert_eq!(
            read("The five faculties, medicine, engineering, sciences and humanities, all grew."),
            ["\"five\" faculties, but the list that follows names 4"]
        );
        assert!(
            read("The four faculties, medicine, engineering, sciences and humanities, all grew.")
                .is_empty()
        );
        assert!(
            read("The four faculties, medicine, engineering, sciences, and humanities, all grew.")
                .is_empty()
        );
        assert!(read("The four firms, large and small, agreed.").is_empty());
        assert_eq!(
            read("The appeal's four biggest events, a sponsored walk, a summer ball and a Christmas raffle, raised £311,000.").len(),
            1
        );
        assert!(read("The appeal's three biggest events, a sponsored walk, a summer ball and a Christmas raffle, raised £311,000.").is_empty());
        assert!(
            read("The three events, a walk, the ball and a raffle, raised £311,000.").is_empty()
        );
        assert!(read("The two sides, meanwhile, agreed to talk.").is_empty());
        assert!(
            read("Five faculties, medicine, engineering, sciences and humanities, grew.")
                .is_empty()
        );
    }

    #[test]
    fn a_list_of_counts_larger_than_its_count_is_a_breakdown() {
        assert!(
            read(
                "The three schools – 120 in Ashby, 140 in Barton and 90 in Colby – had 350 pupils."
            )
            .is_empty()
        );
        assert_eq!(
            read("The three agencies – two in London and two in Paris – agreed.").len(),
            1
        );
    }

    #[test]
    fn bare_ages_after_names_are_no_items() {
        assert!(
            read("Their three children – Amelia, 12, Noah, 9, and Isla, 6 – were at school.")
                .is_empty()
        );
        assert_eq!(
            read("Their four children – Amelia, 12, Noah, 9, and Isla, 6 – were at school."),
            ["\"four\" children, but the list that follows names 3"]
        );
    }

    #[test]
    fn a_change_set_off_after_a_name_is_no_item() {
        assert_eq!(
            read(
                "Four regions shrank: the West Midlands, down 0.4%, Wales, down 0.2%, and the East of England, down 0.1%."
            ),
            ["\"Four\" regions shrank, but the list that follows names 3"]
        );
        assert!(read("Three regions shrank: the West Midlands, down 0.4%, Wales, down 0.2 points, and the East of England, down 0.1 per cent.").is_empty());
        assert_eq!(
            items(" Acme, up 4%, Beta, up 2.5 percentage points, and Corvane, up 1%"),
            Some(3)
        );
        // Other figures in a list still make it a breakdown, not read.
        assert!(read("Two firms gained: Acme, up 4%, Beta by 2% and Corvane, up 1%.").is_empty());
        assert!(read("Two firms gained: Acme, up 4%, Beta, up $2, and Corvane, up 1%.").is_empty());
    }

    #[test]
    fn a_compound_counting_members_heads_their_list() {
        assert!(counts_members("seven-member") && counts_members("three-party"));
        assert!(!counts_members("four-door"));
        assert_eq!(
            read(
                "The seven-member panel – Ruth Adams, Tom Baker, Li Wei, Sam Okafor, Ana Silva and Mark Stone – will report."
            ),
            ["\"seven-member\" panel, but the list that follows names 6"]
        );
    }

    #[test]
    fn a_count_opening_the_sentence_with_its_noun_heads_a_list() {
        assert_eq!(
            read(
                "Three former prime ministers – Tony Blair, Gordon Brown, David Cameron and Theresa May – attended."
            ),
            ["\"Three\" former prime ministers, but the list that follows names 4"]
        );
        assert!(read("Three - Ford, Chrysler, GM and AMC - raised prices.").is_empty());
    }

    #[test]
    fn the_ages_of_people_listed_are_no_breakdown() {
        assert_eq!(
            read(
                "Four people were charged: Dan Hart, 34, of Leeds; Kyle Moss, 29, of York; and Liam Reid, 41, of Hull."
            ),
            ["\"Four\" people were charged, but the list that follows names 3"]
        );
        assert!(read("Three people were charged: Dan Hart, 34, of Leeds; Kyle Moss, 29, of York; and Liam Reid, 41, of Hull.").is_empty());
    }

    #[test]
    fn figures_in_brackets_after_names_are_no_items() {
        assert_eq!(
            read(
                "The three busiest centres were Hallam Road (9,870 parcels), Eastgate (8,415), Northfield (4,020) and the Riverside hub (7,260), which together gave out 61%."
            ),
            ["\"three\" busiest centres, but the list that follows names 4"]
        );
        assert!(read("The three busiest centres were Hallam Road (9,870 parcels), Eastgate (8,415) and the Riverside hub (7,260).").is_empty());
        assert_eq!(blank_brackets("A (1,2), B").0, "A      , B");
    }

    #[test]
    fn a_count_after_the_last_name_is_outside_the_list() {
        assert_eq!(
            names_span("Luton, Burnley and Sheffield United, all ten points adrift"),
            35
        );
        assert_eq!(
            read(
                "The four teams relegated, Luton, Burnley and Sheffield United, all finished more than ten points from safety."
            ),
            ["\"four\" teams relegated, but the list that follows names 3"]
        );
        assert!(read("Bull will have four members, Honeywell two and NEC one.").is_empty());
    }
}
