//! The `bound` rule kind: values no quantity of that sort can take.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::extract::{Direction, Figure, FigureKind, Interval, Qualifier};
use crate::rules::group::{self, describe, fmt_num};
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// A value no quantity of its sort can take:
    /// - a **decrease of more than 100%** of something that cannot go below zero
    ///   ("crossings fell 120%", "a 150% drop in arrests", "dropped a staggering
    ///   140%");
    /// - a **rise in a count larger than the level it reached**, which puts the level
    ///   before it below zero ("There were 723 homicides, an increase of 1,489 on the
    ///   previous year", "Homicides rose by 1,489 to 723"; with `decrease`);
    /// - a **share above 100%** of a group ("120% of voters", "105% of small
    ///   businesses", "118% of the county's schools", "105% effective", "the fire was
    ///   185% contained", "110% complete", "120% owned"), also when it opens its
    ///   clause before what its members did or said ("About 181% got a place", "and
    ///   109% were undecided", "of whom 136% are opposed"), or when the share is named
    ///   before its level ("the proportion of trains arriving on time rose to 104%",
    ///   "support for the party among young voters stands at 115%", "turnout
    ///   reached 103%", "pass rates hit 112%", "recycling rates rose to 112%",
    ///   "graduate employment stands at 104%", "the rate of child vaccination climbed
    ///   to 103%"; rates of money, prices, growth, occupancy or coverage are left
    ///   alone);
    /// - a value outside the **bounds you set** for a subject (`bounds:`), such as a
    ///   turnout above 100% or an age above 125.
    ///
    /// An approximation past 100% ("almost 104%", "nearly 112%") counts as past it:
    /// whoever means a share just under a whole writes "almost 100%".
    ///
    /// Quantities that can turn negative are left alone: a sentence that mentions
    /// profit, earnings, income, balance, loss, deficit, surplus, margin, net, growth,
    /// inflation, returns, "change in" and the like (the list can be extended) may have
    /// a swing of -150%; "a timetable change" names nothing signed. A clause that
    /// names what fell right before its verb speaks for itself, whatever the rest of
    /// the sentence says: "..., compared with a loss of £38.5 million, as sales fell
    /// 107.5%" is flagged ("it fell" and "which fell" leave it to the sentence). A share "of GDP", "of capacity", "of 2019 levels", "of the target", "of
    /// total exports" or "of the bonds' principal" can pass 100%, so only shares of a
    /// group of people or things (or of land, or a fleet, herd or crew) count, and
    /// not a capacity ("enough to power 120% of the county's homes", "the
    /// equivalent of 110% of homes"); a change in a proportion ("the proportion of
    /// households with broadband rose 110%") is no share.
    ///
    /// ## Why it matters
    /// A count cannot fall by more than all of it, and a group cannot contain more than
    /// all of its members: such a figure is a slip (a percentage-point change written as
    /// percent, a ratio turned upside down, an extra digit) that a reader spots at once.
    ///
    /// ## Example
    /// ```markdown
    /// Officials reported a 120% decrease in illegal border crossings.
    /// ```
    ///
    /// ```markdown
    /// The poll found that 120% of voters backed the measure.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// Net profit fell 150% as the company swung to a loss.
    /// ```
    ///
    /// ```markdown
    /// Debt reached 120% of GDP, and the prison ran at 130% of capacity.
    /// ```
    ///
    /// ```markdown
    /// Sales rose 150% in a year.
    /// ```
    ///
    /// ## Options
    /// - `decrease` (boolean, default true): flag decreases of more than 100%.
    /// - `share` (boolean, default true): flag shares above 100% of a group.
    /// - `signed_subjects` (list of words, default none): more words that mark a
    ///   quantity able to go below zero, added to the built-in list (profit, earnings,
    ///   income, revenue growth, balance, loss, deficit, surplus, margin, net, return,
    ///   yield, growth, inflation, temperature, ...).
    /// - `bounds` (list): per-subject limits, each with `subject` (as written; normalised
    ///   and aliased like figures' subjects), `min` and/or `max`, and optionally `unit`
    ///   (`percent`, `USD`, ...). A figure of that subject (and unit) whose possible
    ///   values all lie outside `[min, max]` is flagged.
    ///
    /// The message template may use `{figure}` (the figure as written), `{subject}` and
    /// `{limit}` (the bound it breaks).
    ///
    /// ```yaml
    /// - id: impossible-value
    ///   kind: bound
    ///   severity: error
    ///   signed_subjects: [ebitda, cash flow]
    ///   bounds:
    ///     - { subject: turnout, unit: percent, min: 0, max: 100 }
    ///     - { subject: age, min: 0, max: 125 }
    /// ```
    pub struct Bound = "bound" vars ["figure", "subject", "limit"] {
        /// Flag decreases of more than 100%, and rises in a count larger than the
        /// level they reached.
        decrease: Option<bool>,
        /// Flag shares above 100% of a group.
        share: Option<bool>,
        /// More words that mark a quantity able to go below zero.
        signed_subjects: Option<Vec<String>>,
        /// Per-subject limits.
        bounds: Option<Vec<SubjectBound>>,
    }
}

/// A limit on the values of one subject, as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectBound {
    /// The subject as written.
    pub subject: String,
    /// Smallest possible value.
    #[serde(default)]
    pub min: Option<f64>,
    /// Largest possible value.
    #[serde(default)]
    pub max: Option<f64>,
    /// The unit the bound is about; any unit when absent.
    #[serde(default)]
    pub unit: Option<String>,
}

/// Whether decreases of more than 100% are flagged unless told otherwise.
const DEFAULT_DECREASE: bool = true;
/// Whether shares above 100% are flagged unless told otherwise.
const DEFAULT_SHARE: bool = true;

/// Words that mark a quantity able to go below zero: a sentence holding one may state a
/// change of more than 100%.
const SIGNED_WORDS: &[&str] = &[
    "profit",
    "profits",
    "earnings",
    "income",
    "incomes",
    "balance",
    "balances",
    "loss",
    "losses",
    "deficit",
    "deficits",
    "surplus",
    "surpluses",
    "margin",
    "margins",
    "net",
    "return",
    "returns",
    "yield",
    "yields",
    "growth",
    "inflation",
    "temperature",
    "temperatures",
    "ebit",
    "ebitda",
    "cash",
    "equity",
    "value",
    "valuation",
    "swing",
    "swung",
    "turnaround",
    "position",
    "outlook",
    "sentiment",
    "score",
    "rating",
    "approval",
    "lead",
    "gap",
    "spread",
    "difference",
    "change in",
    "changes in",
    "trade",
    "budget",
    "savings",
    "operating",
    "pretax",
    "pre-tax",
    "per-share",
    "eps",
];

/// Nouns after "of" that name an amount or a level, not a group: a share of them may
/// pass 100%.
const NOT_A_GROUP: &[&str] = &[
    "levels",
    "costs",
    "wages",
    "salaries",
    "earnings",
    "revenues",
    "sales",
    "profits",
    "expenses",
    "prices",
    "values",
    "targets",
    "goals",
    "quotas",
    "estimates",
    "forecasts",
    "projections",
    "capacities",
    "needs",
    "requirements",
    "demands",
    "payments",
    "debts",
    "assets",
    "liabilities",
    "funds",
    "returns",
    "benefits",
    "premiums",
    "taxes",
    "fees",
    "rates",
    "averages",
    "norms",
    "expectations",
    "limits",
    "thresholds",
    "allowances",
    "entitlements",
    "contributions",
    "savings",
    "losses",
    "gains",
    "incomes",
    "outputs",
    "volumes",
    "numbers",
    "figures",
    "totals",
    "amounts",
    "sums",
    "quantities",
    "records",
    "peaks",
    "highs",
    "lows",
    "hours",
    "points",
    "means",
    "emissions",
    "reserves",
    "budgets",
    "bills",
    "claims",
    "losses",
    "standards",
    "benchmarks",
    "estimates",
    "exports",
    "imports",
    "shipments",
    "deliveries",
    "orders",
    "bookings",
    "holdings",
    "deposits",
    "loans",
    "supplies",
    "inventories",
    "stocks",
    "receipts",
    "proceeds",
    "tariffs",
    "rents",
    "borrowings",
    "flows",
    "spends",
    "charges",
];

static DECREASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[\s-]*(?:decrease|decline|drop|fall|reduction|cut|plunge|slump|contraction|shrinkage)s?\b")
        .expect("valid regex")
});

static DECREASE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)(?:
            \b(?:fell|falls?|fallen|falling|dropped|drops?|dropping|declined?|declines|declining
              |decreased?|decreases|decreasing|down|cut|cuts|reduced|reduces?|reducing|slashed
              |plunged|plummeted|shrank|shrunk|tumbled|sank|slid|lowered)
            \s+(?:by\s+)?(?:an?\s+[a-z]+\s+)?
          | \b(?:decrease|decline|drop|fall|reduction|cut|plunge|slump)\s+of\s+
        )
        (?:about|around|roughly|some|nearly|almost|more\s+than|over|as\s+much\s+as|up\s+to|an\s+estimated)?\s*$",
    )
    .expect("valid regex")
});

static DECREASE_VERB_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers?|lowering|slashed|slashes|slash|slashing|decreased?|decreases|trimmed|trims?|halved)\b
        [^.;:%0-9]{0,80}\bby\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over|as\s+much\s+as|up\s+to|an\s+estimated)?\s*$",
    )
    .expect("valid regex")
});

/// A clause that names what fell right before its verb and the figure: "Sales fell",
/// ", as sales fell", "while its exports dropped by". The words of the subject are
/// captured.
static CLAUSE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)(?:^|[,;]\s+|\b(?:as|while|whereas|but|and|after|with)\s+)
        ((?:[\p{L}'’-]+\s+){1,4}?)
        (?:fell|dropped|declined|decreased|shrank|plunged|plummeted|tumbled|sank|slid|slumped|were\s+down|was\s+down|down)
        \s+(?:by\s+)?(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated)?\s*$",
    )
    .expect("valid regex")
});

/// Words that name nothing that fell: pronouns point back to it, and joining words
/// only open the clause.
const PRONOUNS: [&str; 15] = [
    "it", "they", "this", "that", "which", "these", "those", "its", "and", "but", "as", "while",
    "whereas", "after", "with",
];

static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?ix)\b(?:rose|rise|rises|rising|risen|up|increased?|increases|increasing|grew|grow|grows|growing|gained?|jumped|surged|climbed|higher|lower|more|less|above|below|over|exceeded|exceeds|to)\b[^.;]{0,25}$",
    )
    .expect("valid regex")
});

/// Words naming a share of a group by what its members do: "support for the party
/// ... stands at", "turnout reached". The level must follow in the same clause.
static SHARE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\b(support|turnout|take-up|uptake|(?:graduate\s+)?(?:un)?employment|(?:{RATED})\s+rates?|rates?\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{RATED}))\b[^.;:,%]*$"
    ))
    .expect("valid regex")
});

/// What a rate that is a share of a group counts: "pass rates", "the rate of child
/// vaccination". Rates of money, prices or growth, and occupancy or coverage (which
/// can run past capacity or a stale head count), are left out.
const RATED: &str = "recycling|pass|vaccination|immuni[sz]ation|employment|unemployment|response|completion|attendance|literacy|graduation|survival|participation|turnout|success|retention|conviction|enrol?ment|acceptance|dropout|detection|clearance";

/// Words of a flow through a court or an office: cases filed or taken in against cases
/// disposed of. A clearance rate among them is cases closed over cases opened, which
/// passes 100% whenever a backlog shrinks ("disposed of 21,640 cases and took in
/// 19,100 new ones, a clearance rate of 113 percent"); a police clearance rate, the
/// share of crimes solved, names none of them.
static CASE_FLOW: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:courts?|filings?|filed|disposed|dispositions?|incoming|caseloads?|backlogs?|took\s+in|taken\s+in|takes\s+in)\b")
        .expect("valid regex")
});

/// A verb of work done against what came in, right before a share: "cleared 108
/// percent of their new filings", "disposed of 104% of incoming cases", "replaced 120%
/// of the trees it felled". What is done may include what was left over from before,
/// so the share passes 100% when a backlog shrinks.
static THROUGHPUT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:cleared|clears|clear|clearing|disposed\s+of|disposes\s+of|disposing\s+of|resolved|resolves|resolving|processed|processes|processing|replaced|replaces|replacing)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+over\s+)?$")
        .expect("valid regex")
});

/// A word after a percentage that makes it the share of cases something works on
/// ("105% effective", "102% accurate") or of a whole that is done or held ("the fire
/// was 185% contained", "110% complete", "120% owned"). "Full", "funded", "booked" and
/// "occupied" can pass 100% and are left out.
static EFFECTIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s+(effective|accurate|contained|complete|completed|finished|owned)\b",
    )
    .expect("valid regex")
});

/// A share that opens its clause, before what its members did or said: ", and 9% were
/// undecided", "of whom 36% are opposed" (or that opens its sentence: "About 81% got a
/// place").
static CLAUSE_OPENER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)(?:[,;:(]|\b(?:and|while|but|whereas|of\s+whom|of\s+them)\b)\s*$")
        .expect("valid regex")
});

/// What the members of a share did or said, right after it ([`CLAUSE_OPENER_BEFORE`]).
static MEMBERS_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s+(?:of\s+(?:them|those\s+asked|respondents)\s+)?(said|say|says|told|got|get|gets|received|voted|vote|backed|back|supported|support|oppose|opposed|agreed|agree|disagreed|disagree|chose|preferred|prefer|were|are|had|have|did|do|thought|think|believe|believed|wanted|want)\b")
        .expect("valid regex")
});

/// Reports a share of a group above 100%, described by `what`.
fn push_share(f: &Figure, noun: &str, what: &str, out: &mut Vec<Hit>) {
    out.push(
        Hit::new(
            Label::new(f.span, "this share"),
            format!("{what}: a share of a group cannot be more than 100%"),
        )
        .var("figure", f.text.clone())
        .var("subject", noun)
        .var("limit", "100%")
        .subject(f.subject_key()),
    );
}

/// Words before a share that make it a capacity or an equivalent, not a count of
/// members: "enough to power 120% of the region's homes", "the equivalent of 110% of
/// households".
static CAPACITY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:equivalent\s+(?:of|to)|enough(?:\s+[\w-]+){0,4}?\s+to\s+[\w-]+|(?:could|would|can)\s+(?:power|supply|feed|house|serve|cover|heat))\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
        .expect("valid regex")
});

/// "of" opening the words after a share.
static OF: LazyLock<Regex> =
    LazyLock::new(|| crate::rules::pattern(r"(?i)^\s+of\s").expect("valid regex"));

/// "The proportion of trains arriving on time": a share named before its figure, with
/// the words after "of" captured.
static PROPORTION_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:proportion|percentage|share|fraction)\s+(of\s+[^.;:]*)$")
        .expect("valid regex")
});

/// "to" or "at" right before a figure, not "up to": "fell to 120%", "fell 2% to
/// 105%", "closed at 130%" give the level reached, not the size of the fall.
static TO_LEVEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(up\s+)?(?:to|at)\s+(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under)|over|under|more\s+than|less\s+than)?\s*$")
        .expect("valid regex")
});

/// Whether a percent after a verb of falling is the level reached ([`TO_LEVEL_BEFORE`]),
/// which may pass 100%: "The debt ratio fell to 120%".
fn reached_level(cx: &CheckContext<'_>, f: &Figure) -> bool {
    TO_LEVEL_BEFORE
        .captures(group::tail(group::before(cx, f), 40))
        .is_some_and(|c| c.get(1).is_none())
}

/// Words before a figure that make it the level a share stands at ("rose to 104%",
/// "was 104%"), not a change ("rose 104%", "rose by 104%").
static LEVEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:to|at|was|is|were|are|reached|hit|of|stood\s+at|now)\s+(?:about|around|roughly|some|nearly|almost|just|over|more\s+than)?\s*$")
        .expect("valid regex")
});

/// Words that end the noun phrase after "of": "of small businesses had been hit",
/// "of trains arriving on time".
const PHRASE_STOPS: &[&str] = &[
    "who", "whom", "that", "which", "with", "in", "on", "at", "for", "to", "by", "from", "and",
    "or", "had", "have", "has", "are", "is", "was", "were", "will", "would", "can", "could", "say",
    "said", "says", "now", "still", "as", "than", "under", "over", "across", "within", "during",
    "since", "after", "before", "this", "last", "next", "plus", "minus", "versus", "less",
];

/// Words that open the noun phrase after "of" and are not its noun.
const DETERMINERS: &[&str] = &[
    "all", "the", "its", "their", "those", "these", "our", "his", "her", "a", "an", "this", "that",
    "your", "my",
];

/// Plural nouns that do not end in "s".
const IRREGULAR_GROUPS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "staff",
    "police",
    "vote",
    "electorate",
    "population",
    "workforce",
    "membership",
    "public",
    "class",
    "cohort",
    "sample",
    "land",
    "farmland",
    "territory",
    "fleet",
    "herd",
    "flock",
    "crew",
    "squad",
    "intake",
];

impl Compile for Bound {
    fn compile(&self, env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let mut errors = Vec::new();
        let mut bounds = Vec::new();
        for b in self.bounds.iter().flatten() {
            if b.subject.trim().is_empty() {
                errors.push(OptionError {
                    field: "bounds",
                    message: "a bound needs a `subject`".to_owned(),
                });
                continue;
            }
            if b.min.is_none() && b.max.is_none() {
                errors.push(OptionError {
                    field: "bounds",
                    message: format!("the bound for `{}` needs `min`, `max` or both", b.subject),
                });
                continue;
            }
            if let (Some(lo), Some(hi)) = (b.min, b.max)
                && lo > hi
            {
                errors.push(OptionError {
                    field: "bounds",
                    message: format!(
                        "the bound for `{}` has `min` ({lo}) above `max` ({hi})",
                        b.subject
                    ),
                });
                continue;
            }
            bounds.push(CompiledBound {
                keys: env.subject_keys(&b.subject),
                interval: Interval {
                    low: b.min,
                    high: b.max,
                    low_open: false,
                    high_open: false,
                },
                unit: b.unit.clone(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut signed: Vec<String> = SIGNED_WORDS.iter().map(|w| (*w).to_owned()).collect();
        signed.extend(
            self.signed_subjects
                .iter()
                .flatten()
                .map(|w| w.to_lowercase()),
        );
        Ok(Box::new(Compiled {
            decrease: self.decrease.unwrap_or(DEFAULT_DECREASE),
            share: self.share.unwrap_or(DEFAULT_SHARE),
            signed,
            bounds,
        }))
    }
}

#[derive(Debug)]
struct CompiledBound {
    keys: Vec<String>,
    interval: Interval,
    unit: Option<String>,
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    decrease: bool,
    share: bool,
    signed: Vec<String>,
    bounds: Vec<CompiledBound>,
}

/// Whether the figure states a value above 100: every value it allows is, or it
/// names one ("almost 104%", "nearly 112%"). Whoever means a share just under all of
/// a group writes "almost 100%", so an approximation past 100 asserts a value past
/// it.
fn surely_above_100(f: &Figure) -> bool {
    let all_above = match f.interval.low {
        Some(l) => l > 100.0 || (l >= 100.0 && f.interval.low_open),
        None => false,
    };
    all_above
        || (f.qualifier != Qualifier::Range
            && f.value.mid() > 100.0
            && f.interval.high.is_none_or(|h| h > 100.0))
}

/// A verb of rising and "by" right before a count: "rose by ", "increased by almost ".
static RISE_BY_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:rose|risen|increased|grew|grown|climbed|jumped)\s+by\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?$")
        .expect("valid regex")
});

/// Between a count and the rise said of it after a comma: ", an increase of ", " in
/// 2024, a rise of ".
static LEVEL_THEN_RISE: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()0-9]{0,60},\s*(?:an?\s+)?(?:increase|rise)\s+of\s+$")
        .expect("valid regex")
});

fn is_percent(f: &Figure) -> bool {
    f.kind == FigureKind::Percent
        || (f.unit.as_deref() == Some("percent") && f.kind != FigureKind::PercentagePoints)
}

impl Compiled {
    /// Whether the figure's sentence names a quantity able to go below zero.
    fn signed_sentence(&self, cx: &CheckContext<'_>, f: &Figure) -> bool {
        // "..., compared with a loss of £38.5 million, as sales fell 107.5%": a clause
        // that names what fell, right before its verb, speaks for itself.
        if let Some(m) = CLAUSE_SUBJECT.captures(group::tail(group::before(cx, f), 120)) {
            let subject = &m[1];
            let rest = group::after(cx, f);
            let rest = &rest[..rest.find([',', ';', '.']).unwrap_or(rest.len())];
            if !subject
                .split_whitespace()
                .all(|w| PRONOUNS.contains(&w.to_lowercase().as_str()))
            {
                return self.signed_words(subject) || self.signed_words(rest);
            }
        }
        self.signed_words(group::sentence_text(cx, f))
    }

    /// Whether `text` holds a word (or phrase) of a quantity able to go below zero.
    fn signed_words(&self, text: &str) -> bool {
        let text = text.to_lowercase();
        text.split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| self.signed.iter().any(|s| s == w))
            || self
                .signed
                .iter()
                .any(|s| s.contains(' ') && text.contains(s.as_str()))
    }

    fn is_decrease(cx: &CheckContext<'_>, f: &Figure) -> bool {
        f.placement.direction == Some(Direction::Decrease)
            || DECREASE_AFTER.is_match(group::after(cx, f))
            || DECREASE_BEFORE.is_match(group::tail(group::before(cx, f), 60))
            || DECREASE_VERB_BY.is_match(group::tail(group::before(cx, f), 120))
    }

    fn check_decrease(&self, cx: &CheckContext<'_>, f: &Figure, out: &mut Vec<Hit>) -> bool {
        if !is_percent(f)
            || f.value.mid() < 0.0
            || !surely_above_100(f)
            || !Self::is_decrease(cx, f)
            || reached_level(cx, f)
        {
            return false;
        }
        if self.signed_sentence(cx, f) {
            return false;
        }
        let subject = f.subject.as_ref().map_or("", |s| s.text.as_str());
        out.push(
            Hit::new(
                Label::new(f.span, "this decrease"),
                format!(
                    "\"{}\" decrease: nothing that cannot go below zero can fall by more than 100%",
                    f.text
                ),
            )
            .var("figure", f.text.clone())
            .var("subject", subject)
            .var("limit", "100%")
            .subject(f.subject_key()),
        );
        true
    }

    /// "There were 723 homicides, an increase of 1,489 on the previous year", "rose by
    /// 1,489 to 723": a rise in a count larger than the level it reached puts the
    /// level before it below zero.
    fn check_rise_past_level(
        &self,
        cx: &CheckContext<'_>,
        f: &Figure,
        next: Option<&Figure>,
        out: &mut Vec<Hit>,
    ) {
        if f.kind != FigureKind::Count || f.qualifier != Qualifier::Exact {
            return;
        }
        let Some(next) = next else { return };
        // The words between the two are read first: most counts are followed by
        // neither " to " nor a comma, and no regex need run for them.
        let gap = group::text(cx, f.span.end, next.span.start);
        let (rise, level) =
            if gap == " to " && RISE_BY_TO.is_match(group::tail(group::before(cx, f), 40)) {
                (f, next)
            } else if gap.contains(',') && LEVEL_THEN_RISE.is_match(gap) {
                (next, f)
            } else {
                return;
            };
        if rise.kind != FigureKind::Count
            || level.kind != FigureKind::Count
            || rise.unit != level.unit
            || !matches!(rise.qualifier, Qualifier::Exact | Qualifier::LowerBound)
            || rise.placement.sentence != level.placement.sentence
        {
            return;
        }
        let (Some(low), Some(high)) = (rise.interval.low, level.interval.high) else {
            return;
        };
        if low <= high || self.signed_sentence(cx, rise) {
            return;
        }
        out.push(
            Hit::new(
                Label::new(rise.span, "this rise"),
                format!(
                    "a rise of \"{}\" to \"{}\" puts the level before it below zero",
                    rise.text, level.text
                ),
            )
            .related(Label::new(level.span, "the level reached"))
            .var("figure", rise.text.clone())
            .var(
                "subject",
                level.subject.as_ref().map_or("", |s| s.text.as_str()),
            )
            .var("limit", level.text.clone())
            .subject(level.subject_key()),
        );
    }

    fn check_share(cx: &CheckContext<'_>, f: &Figure, out: &mut Vec<Hit>) {
        if !is_percent(f) || !surely_above_100(f) || f.placement.direction.is_some() {
            return;
        }
        let after = group::after(cx, f);
        // "The jab was 105% effective", "the fire was 185% contained": how well
        // something works, or how much of a task is done, is at most all of it.
        if let Some(m) = group::captures(&EFFECTIVE_AFTER, after).and_then(|c| c.get(1)) {
            let word = m.as_str().to_ascii_lowercase();
            push_share(f, &word, &format!("\"{}\" {word}", f.text), out);
            return;
        }
        // "About 181% got a place": a share opening its clause, before what its
        // members did, is a share of people.
        let before = group::before(cx, f);
        let near = group::tail(before, 40);
        if (before.trim().is_empty() || CLAUSE_OPENER_BEFORE.is_match(near))
            && let Some(m) = group::captures(&MEMBERS_VERB_AFTER, after).and_then(|c| c.get(1))
        {
            let verb = m.as_str().to_ascii_lowercase();
            push_share(f, "people", &format!("\"{}\" {verb}", f.text), out);
            return;
        }
        let Some(of) = OF.find(after) else {
            return;
        };
        let Some(noun) = group_noun(&after[of.end()..]) else {
            return;
        };
        if CHANGE_BEFORE.is_match(near)
            || CAPACITY_BEFORE.is_match(near)
            || THROUGHPUT_BEFORE.is_match(near)
        {
            return;
        }
        out.push(
            Hit::new(
                Label::new(f.span, "this share"),
                format!(
                    "\"{}\" of {noun}: a share of a group cannot be more than 100%",
                    f.text
                ),
            )
            .var("figure", f.text.clone())
            .var("subject", noun)
            .var("limit", "100%")
            .subject(f.subject_key()),
        );
    }

    /// "The proportion of trains arriving on time rose to 104%": a share of a group
    /// named before its figure, which states the level it stands at.
    fn check_proportion(cx: &CheckContext<'_>, f: &Figure, out: &mut Vec<Hit>) {
        if !is_percent(f) || !surely_above_100(f) {
            return;
        }
        let start = group::sentence_span(cx, f).start;
        let before = group::text(cx, start, f.span.start);
        if !LEVEL_BEFORE.is_match(group::tail(before, 40)) || OF.is_match(group::after(cx, f)) {
            return;
        }
        let near = group::tail(before, 160);
        let Some(c) = group::captures(&PROPORTION_OF, near) else {
            // "Support for the party ... stands at 115%": support and turnout are
            // shares of a group too.
            let near = group::tail(before, 100);
            if let Some(m) = group::captures(&SHARE_WORD, near).and_then(|c| c.get(1)) {
                let from = f.span.start - (near.len() - m.start());
                if !group::figures_in(cx, from, f.span.start)
                    .iter()
                    .any(is_percent)
                {
                    let noun = m.as_str().to_lowercase();
                    // "a clearance rate of 113 percent" of a court's cases: closed
                    // over opened.
                    if noun.contains("clearance")
                        && CASE_FLOW.is_match(group::paragraph_text(cx, f))
                    {
                        return;
                    }
                    push_share(f, &noun, &format!("\"{}\" {noun}", f.text), out);
                }
            }
            return;
        };
        let Some(phrase) = c.get(1) else { return };
        // A share between them ("the share of voters who backed it, 40% in 2019,
        // rose to 104%") leaves it unclear what the figure is a share of.
        let from = f.span.start - (near.len() - phrase.start());
        if group::figures_in(cx, from, f.span.start)
            .iter()
            .any(is_percent)
        {
            return;
        }
        let Some(noun) = group_noun(&phrase.as_str()[2..]) else {
            return;
        };
        let what = format!("\"{}\" share of {noun}", f.text);
        push_share(f, &noun, &what, out);
    }

    fn check_user_bounds(&self, f: &Figure, out: &mut Vec<Hit>) {
        let Some(key) = f.subject_key() else { return };
        for b in self
            .bounds
            .iter()
            .filter(|b| b.keys.iter().any(|k| k == key))
        {
            if let Some(unit) = &b.unit
                && !f
                    .unit
                    .as_deref()
                    .is_some_and(|u| u.eq_ignore_ascii_case(unit))
            {
                continue;
            }
            if f.interval.intersects(&b.interval) {
                continue;
            }
            let subject = f.subject.as_ref().map_or(key, |s| s.text.as_str());
            let limit = describe_bound(&b.interval);
            out.push(
                Hit::new(
                    Label::new(f.span, "stated here"),
                    format!(
                        "\"{}\" {subject}: outside the bounds set for it ({limit})",
                        f.text
                    ),
                )
                .var("figure", f.text.clone())
                .var("subject", subject)
                .var("limit", limit)
                .subject(Some(key)),
            );
            return;
        }
    }
}

/// The group a noun phrase after "of" names, lower-cased, if it names one: "small
/// businesses" in "small businesses had been hit", "schools" in "the county's schools",
/// "votes" in "the votes cast". A possessive hands the phrase to the noun it owns, so
/// "the bonds' principal" names no group; an amount or a level anywhere in the phrase
/// ("pre-pandemic numbers", "its 2019 levels") names none either.
fn group_noun(text: &str) -> Option<String> {
    let mut run: Vec<String> = Vec::new();
    for raw in text.split_whitespace().take(8) {
        let word = raw.trim_end_matches([',', ';', '.', ':', ')', '"', '”']);
        let ended = word.len() < raw.len();
        let lower = word.to_lowercase();
        let possessive = ["'s", "’s", "s'", "s’"].iter().any(|e| lower.ends_with(e));
        if PHRASE_STOPS.contains(&lower.as_str()) || raw.starts_with('(') {
            break;
        }
        let determiner = run.is_empty() && DETERMINERS.contains(&lower.as_str());
        if possessive {
            run.clear();
        } else if !lower.is_empty() && lower.chars().all(|c| c.is_alphabetic() || c == '-') {
            if !determiner {
                run.push(lower);
            }
        } else if lower.chars().all(|c| c.is_ascii_digit()) {
            // "of 2019 passengers": a level against a baseline, not a group.
            return None;
        } else {
            break;
        }
        if ended || run.len() >= 4 {
            break;
        }
    }
    // "of pre-crisis trips", "of post-war levels": a baseline, not a group.
    if run.iter().any(|w| {
        NOT_A_GROUP.contains(&w.as_str()) || w.starts_with("pre-") || w.starts_with("post-")
    }) {
        return None;
    }
    run.into_iter().rev().find(|noun| {
        (noun.ends_with('s') && !noun.ends_with("ss") && noun.len() > 3)
            || IRREGULAR_GROUPS.contains(&noun.as_str())
    })
}

fn describe_bound(i: &Interval) -> String {
    match (i.low, i.high) {
        (Some(l), Some(h)) => format!("{} to {}", fmt_num(l, 4), fmt_num(h, 4)),
        _ => describe(i),
    }
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        for (i, f) in figures.iter().enumerate() {
            if !f.kind.is_quantity() {
                continue;
            }
            let before = out.len();
            let decreased = self.decrease && self.check_decrease(cx, f, out);
            if self.decrease {
                self.check_rise_past_level(cx, f, figures.get(i + 1), out);
            }
            if self.share && !decreased {
                Self::check_share(cx, f, out);
            }
            if out.len() == before {
                self.check_user_bounds(f, out);
            }
            // A bound set for the subject says more than a share named before its
            // level.
            if self.share && !decreased && out.len() == before {
                Self::check_proportion(cx, f, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Direction, FigureKind, Qualifier};
    use crate::rules::RuleSet;
    use crate::rules::group::testing::{Draft, Fig, count};

    fn rules(extra: &str) -> RuleSet {
        RuleSet::from_yaml(
            "r.yaml",
            &format!("version: 1\nrules:\n  - id: impossible-value\n    kind: bound\n{extra}"),
        )
        .unwrap()
    }

    fn pct(text: &str, v: f64) -> Fig<'_> {
        count(text, v, 0.5).kind(FigureKind::Percent)
    }

    fn fired(set: &RuleSet, draft: &Draft) -> Vec<String> {
        draft.messages(set.rules[0].check.as_ref())
    }

    fn assert_fires(text: &str, fig: &Fig<'_>) {
        let draft = Draft::new(text).with(fig);
        assert_eq!(fired(&rules(""), &draft).len(), 1, "{text}");
    }

    fn assert_quiet(text: &str, fig: &Fig<'_>) {
        let draft = Draft::new(text).with(fig);
        assert_eq!(fired(&rules(""), &draft), Vec::<String>::new(), "{text}");
    }

    #[test]
    fn a_decrease_of_more_than_all_of_it_fires() {
        assert_fires(
            "Officials reported a 120% decrease in crossings.",
            &pct("120%", 120.0),
        );
        assert_fires("Arrests fell by 150% last year.", &pct("150%", 150.0));
        assert_fires(
            "Arrests were down more than 100% in May.",
            &pct("more than 100%", 100.0).qualifier(Qualifier::LowerBound),
        );
    }

    #[test]
    fn the_direction_from_extraction_counts_too() {
        let mut fig = pct("130%", 130.0);
        fig.direction = Some(Direction::Decrease);
        assert_fires("Crossings: 130% lower than the year before.", &fig);
    }

    #[test]
    fn quantities_that_can_go_negative_are_left_alone() {
        assert_quiet(
            "Net profit fell 150% as the company swung to a loss.",
            &pct("150%", 150.0),
        );
        assert_quiet(
            "Operating income dropped 210% in the quarter.",
            &pct("210%", 210.0),
        );
    }

    #[test]
    fn a_clause_that_names_what_fell_speaks_for_itself() {
        assert_fires(
            "The chain lost £61.2 million, compared with a loss of £38.5 million, as sales fell 107.5% to £1.18 billion.",
            &pct("107.5%", 107.5),
        );
        assert_quiet(
            "Sales rose 4%, but net profit fell 150% as the company swung to a loss.",
            &pct("150%", 150.0),
        );
        // A pronoun points back to what fell: the sentence decides.
        assert_quiet(
            "Operating profit was hit by charges, and it fell 130%.",
            &pct("130%", 130.0),
        );
        // What follows the figure in its clause counts too.
        assert_quiet(
            "Sales rose, while the figure fell 120% to a loss of £3 million.",
            &pct("120%", 120.0),
        );
    }

    #[test]
    fn a_cut_in_something_that_can_turn_negative_is_left_alone() {
        assert_quiet(
            "The firm cut its net debt by 120% and now holds cash.",
            &pct("120%", 120.0),
        );
        assert_quiet(
            "Rates rose, and the bank cut its loss by 150%.",
            &pct("150%", 150.0),
        );
    }

    #[test]
    fn a_hedged_value_past_100_percent_is_past_it() {
        assert_fires(
            "Burglaries dropped a staggering 140% after the scheme began.",
            &pct("140%", 140.0),
        );
        assert_fires(
            "Almost 104% of the members who voted backed the strike.",
            &pct("Almost 104%", 104.0).qualifier(Qualifier::UpperBound),
        );
        assert_quiet(
            "Almost 100% of the members who voted backed the strike.",
            &pct("Almost 100%", 100.0).qualifier(Qualifier::UpperBound),
        );
    }

    #[test]
    fn a_level_a_fall_reached_may_pass_100_percent() {
        assert_quiet(
            "The debt ratio fell to 120% last year.",
            &pct("120%", 120.0),
        );
        assert_quiet(
            "The debt ratio fell 2% to 105% in 2023.",
            &pct("105%", 105.0),
        );
        assert_quiet(
            "Occupancy dropped to about 110% of capacity.",
            &pct("110%", 110.0),
        );
        assert_quiet("The ratio fell at 130% by the close.", &pct("130%", 130.0));
        assert_fires("Sales fell by 120% last year.", &pct("120%", 120.0));
        assert_fires("Sales fell by up to 120% last year.", &pct("120%", 120.0));
    }

    #[test]
    fn a_decrease_of_exactly_100_percent_is_possible() {
        assert_quiet(
            "Emissions fell 100% after the plant closed.",
            &pct("100%", 100.0),
        );
    }

    #[test]
    fn increases_above_100_percent_are_fine() {
        assert_quiet("Sales rose 150% in a year.", &pct("150%", 150.0));
        assert_quiet("Arrests rose 300%, from 10 to 40.", &pct("300%", 300.0));
    }

    #[test]
    fn a_share_of_a_group_above_100_percent_fires() {
        assert_fires(
            "The poll found 120% of voters backed it.",
            &pct("120%", 120.0),
        );
        assert_fires("Some 105% of the students passed.", &pct("105%", 105.0));
        assert_fires("About 110% of people agreed.", &pct("110%", 110.0));
        assert_fires("The incumbent won 151% of the vote.", &pct("151%", 151.0));
    }

    #[test]
    fn the_group_is_the_noun_of_the_phrase_after_of() {
        use super::group_noun;
        assert_eq!(
            group_noun("small businesses had been hit").as_deref(),
            Some("businesses")
        );
        assert_eq!(
            group_noun("the county's schools are rated good").as_deref(),
            Some("schools")
        );
        assert_eq!(group_noun("the votes cast").as_deref(), Some("votes"));
        assert_eq!(
            group_noun("the region's farmland is used").as_deref(),
            Some("farmland")
        );
        assert_eq!(
            group_noun("the city's bus fleet is electric").as_deref(),
            Some("fleet")
        );
        assert_eq!(
            group_noun("the bonds' principal amount plus interest"),
            None
        );
        assert_eq!(group_noun("face value plus accrued interest"), None);
        assert_eq!(group_noun("total exports in the quarter"), None);
        assert_eq!(group_noun("its 2019 levels"), None);
        assert_eq!(group_noun("2019 passengers"), None);
        assert_eq!(group_noun("pre-crisis trips"), None);
    }

    #[test]
    fn a_share_named_before_its_level_fires() {
        assert_fires(
            "The proportion of trains arriving on time rose to 104% last month.",
            &pct("104%", 104.0),
        );
        assert_fires(
            "Some 118% of the county's schools are rated good.",
            &pct("118%", 118.0),
        );
        assert_fires(
            "Support for the party among voters under 30 now stands at 115%.",
            &pct("115%", 115.0),
        );
        assert_quiet(
            "Support for the party rose 115% among voters under 30.",
            &pct("115%", 115.0),
        );
        assert_quiet(
            "The proportion of households with broadband rose 110% over the decade.",
            &pct("110%", 110.0),
        );
        assert_quiet(
            "The share of the budget spent on repairs rose to 104% of the estimate.",
            &pct("104%", 104.0),
        );
    }

    #[test]
    fn a_share_of_an_amount_or_level_may_pass_100_percent() {
        assert_quiet("Debt reached 120% of GDP.", &pct("120%", 120.0));
        assert_quiet("The prison ran at 130% of capacity.", &pct("130%", 130.0));
        assert_quiet("Bookings hit 115% of 2019 levels.", &pct("115%", 115.0));
        assert_quiet("Output was 104% of the target.", &pct("104%", 104.0));
        assert_quiet("Claims were 150% of costs.", &pct("150%", 150.0));
        assert_quiet(
            "Traffic rose to 120% of pre-pandemic numbers.",
            &pct("120%", 120.0),
        );
    }

    #[test]
    fn a_rate_that_counts_members_is_a_share() {
        assert_fires(
            "Pass rates at the school hit 112% this year.",
            &pct("112%", 112.0),
        );
        assert_fires(
            "The rate of child vaccination has climbed to 103%.",
            &pct("103%", 103.0),
        );
        assert_quiet(
            "Prison occupancy rates hit 112% last year.",
            &pct("112%", 112.0),
        );
        assert_quiet(
            "The unemployment rate rose 110% in a decade.",
            &pct("110%", 110.0),
        );
    }

    #[test]
    fn a_capacity_is_no_share_of_a_group() {
        assert_quiet(
            "The farm will make enough electricity to power 120% of the county's homes.",
            &pct("120%", 120.0),
        );
        assert_quiet(
            "The panels could supply 105% of the island's households.",
            &pct("105%", 105.0),
        );
    }

    #[test]
    fn a_share_of_100_percent_or_less_is_fine() {
        assert_quiet("All 100% of voters were counted.", &pct("100%", 100.0));
        assert_quiet("Only 99.6% of voters were counted.", &pct("99.6%", 99.6));
    }

    #[test]
    fn user_bounds_flag_values_outside_them() {
        let set = rules(
            "    bounds:\n      - { subject: turnout, unit: percent, max: 100 }\n      - { subject: age, min: 0, max: 125 }\n",
        );
        let draft =
            Draft::new("Turnout hit 104%.").with(&pct("104%", 104.0).subject("Turnout", "turnout"));
        assert_eq!(
            fired(&set, &draft),
            ["\"104%\" Turnout: outside the bounds set for it (at most 100)"]
        );
        let fine =
            Draft::new("Turnout hit 64%.").with(&pct("64%", 64.0).subject("Turnout", "turnout"));
        assert!(fired(&set, &fine).is_empty());
        let old = Draft::new("She died at age 130.")
            .with(&count("130", 130.0, 0.5).subject("age", "age"));
        assert_eq!(fired(&set, &old).len(), 1);
    }

    #[test]
    fn extra_signed_subjects_extend_the_list() {
        let draft = Draft::new("Widget flow fell 140% this year.").with(&pct("140%", 140.0));
        assert_eq!(fired(&rules(""), &draft).len(), 1);
        let set = rules("    signed_subjects: [gadgets, widget flow]\n");
        assert!(fired(&set, &draft).is_empty());
    }

    #[test]
    fn a_bound_with_min_above_max_is_a_load_error() {
        let err = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nrules:\n  - id: b\n    kind: bound\n    bounds:\n      - { subject: age, min: 10, max: 1 }\n",
        )
        .unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].column), (6, 9), "{err}");
        assert!(
            err.0[0].message.contains("`min` (10) above `max` (1)"),
            "{err}"
        );
    }

    #[test]
    fn nothing_works_on_more_than_all_its_cases() {
        assert_fires("The jab was 105% effective.", &pct("105%", 105.0));
        assert_fires("The fire was 185% contained.", &pct("185%", 185.0));
        assert_quiet("The ward was 110% full.", &pct("110%", 110.0));
        assert_quiet("The jab was 95% effective.", &pct("95%", 95.0));
        assert_quiet("The fire was 85% contained.", &pct("85%", 85.0));
        assert_quiet("The pension scheme is 120% funded.", &pct("120%", 120.0));
        assert_fires("The stake is 120% owned.", &pct("120%", 120.0));
    }

    #[test]
    fn a_change_names_a_signed_quantity_only_as_a_change_in_something() {
        let fell = |text| {
            let mut fig = pct("150%", 150.0);
            fig.direction = Some(Direction::Decrease);
            Draft::new(text).with(&fig)
        };
        assert_eq!(
            fired(
                &rules(""),
                &fell("Cancellations fell by 150% after the timetable change.")
            )
            .len(),
            1
        );
        assert!(fired(&rules(""), &fell("The change in the balance fell by 150%.")).is_empty());
    }

    #[test]
    fn a_rise_larger_than_the_level_it_reached_fires() {
        let said = |text: &str| fired(&rules(""), &Draft::read(text));
        assert_eq!(
            said(
                "There were 723 homicides in England and Wales, an increase of 1,489 on the previous year."
            ),
            [r#"a rise of "1,489" to "723" puts the level before it below zero"#]
        );
        assert_eq!(said("Homicides rose by 1,489 to 723.").len(), 1);
        assert!(
            said("There were 723 homicides, an increase of 149 on the previous year.").is_empty()
        );
        // A quantity able to go below zero may rise past its level.
        assert!(said("Net migration rose by 50,000 to 20,000.").is_empty());
        assert!(said("Profits rose by 3,000 to 2,000.").is_empty());
    }

    #[test]
    fn employment_standing_past_all_of_a_group_fires() {
        let draft = Draft::read("Graduate employment stands at 104%, the university says.");
        assert_eq!(fired(&rules(""), &draft).len(), 1);
        let draft =
            Draft::read("Graduate employment stands at 94%, and employment rose 104% in a decade.");
        assert!(fired(&rules(""), &draft).is_empty());
    }

    #[test]
    fn a_recycling_rate_is_a_share() {
        let draft = Draft::read("Recycling rates in the county rose to 112%.");
        assert_eq!(fired(&rules(""), &draft).len(), 1);
    }

    #[test]
    fn a_court_clearance_rate_is_cases_closed_over_cases_opened() {
        let quiet = [
            "The court disposed of 21,640 cases and took in 19,100 new ones, a clearance rate of 113 percent.",
            "The county's courts had a clearance rate of 104% last year.",
            "Judges closed more cases than were filed. The clearance rate was 109%.",
        ];
        for text in quiet {
            assert!(fired(&rules(""), &Draft::read(text)).is_empty(), "{text}");
        }
        let draft = Draft::read("Detectives solved 190 murders, a clearance rate of 113%.");
        assert_eq!(fired(&rules(""), &draft).len(), 1);
        let draft = Draft::read("The homicide clearance rate reached 104% last year.");
        assert_eq!(fired(&rules(""), &draft).len(), 1);
    }

    #[test]
    fn work_done_against_what_came_in_may_pass_all_of_it() {
        let quiet = [
            "Its criminal divisions cleared 108 percent of their new filings.",
            "The office processed 112% of the applications it received.",
            "The driller replaced 120% of the wells it closed.",
            "The board resolved nearly 105% of incoming complaints.",
        ];
        for text in quiet {
            assert!(fired(&rules(""), &Draft::read(text)).is_empty(), "{text}");
        }
        let draft = Draft::read("The office rejected 112% of the applications it received.");
        assert_eq!(fired(&rules(""), &draft).len(), 1);
        let draft = Draft::read("Some 108% of new filings were cleared within a year.");
        assert_eq!(fired(&rules(""), &draft).len(), 1);
    }
}
