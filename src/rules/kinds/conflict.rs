//! The `conflict` rule kind.

use crate::extract::{Figure, Interval};
use crate::rules::group::{self, describe, interval_with, role_of, subject_words};
use crate::rules::kinds::{Compile, Env, OptionError, scan};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// One subject stated twice with values that cannot both be right: the intervals the
    /// two figures claim do not meet. "$4.2m" in one paragraph and "the $4.7m penalty"
    /// in another; a headline figure the body contradicts.
    ///
    /// Figures are compared only when they have the same subject (after aliases), the
    /// same kind and unit (a dollar amount never meets a euro amount), the same scope
    /// unit, and the same year, place and rate ("each", "per year", "average"). Figures
    /// in a "respectively" sentence, ends of a change ("from 40 to 50", "up from 40"), the
    /// other side of a comparison ("than 20", "above the 20,766 made in 2019") and
    /// figures placed in another period ("last year", "a year earlier", "initially") are
    /// kept apart, and two figures in one sentence are never compared.
    ///
    /// A figure is reported only when it refers back to a quantity already stated ("the
    /// $4.7m penalty", "those 321 cases", "all 17 people", "her 18,142 votes", "the
    /// district's budget of $1.6 billion"), or when a
    /// headline and the body disagree: "338 cases" after "412 cases" may well be another
    /// set of cases, but "the 338 cases" is the same set. Two statements of one change
    /// close together ("would cut 1,200 jobs" ... "losing 1,400 jobs") also count, unless
    /// the second is marked as another ("also", "a further") or made by someone the
    /// first sentence does not name ("Volkswagen said it would cut 3,500 jobs"; "Its
    /// revenue dropped 9%" after a sentence opening on "Aggregates"). The
    /// things a change adds or removes ("would cut 540 jobs") are a set that a count
    /// referring back names ("Of the 450 jobs, 310 are in Derby"), unless a participle
    /// restricts it ("the 1,350 jobs created at the battery plant"; a verb with an
    /// object restricts nothing: "the 1,420 sales raised £300m") or it names a year
    /// the change does not. A figure that refers back inherits the place and year of what it refers to,
    /// and its period when it names no year of its own (so "the record 19.05 million
    /// passengers of 2019" is not "18.42 million passengers last year"). Each
    /// wrong value is reported once, against the first statement it contradicts.
    /// Figures one step of their last digit apart ("$4.1 million" and "the $4.2
    /// million fine", "4.0%" and "4.1%") touch only at a value no draft writes both
    /// ways, and are two values when the later refers back right at its number or
    /// either is a headline; one that refers back only through its subject ("The load
    /// factor was 66.6 pct" after "rose to 66.5 pct") may be another period's or
    /// item's, and is left alone.
    ///
    /// An exact count written to the unit counts whole things and is that number: "the
    /// eight deaths" cannot restate "nine deaths", though the rounding of each (8.5 to
    /// 9.5, 7.5 to 8.5) would touch. Not in a headline, which sums up loosely ("to sell
    /// five properties" over four hotels and a business park), nor for "one" ("one
    /// proposed venture ... the two ventures").
    ///
    /// A part taken from a whole ("85 of the layoffs") states no whole larger than it
    /// ("The 140 layoffs are the most in its history"), nor restates a larger one
    /// stated before, however definite its words ("accepted 6,318 complaints" ...
    /// "were the subject of 4,105 of the complaints"). The whole itself, named with an
    /// owner and nothing narrowing it, refers back: "Hartwell runs 12 bakeries ... close
    /// two of its 14 bakeries" (not "37 of the 84 seats", which may set out another
    /// set, nor after "convert 35 branches", which the part restates). A part after
    /// "including" states how many of its own things there are: "destroyed 214
    /// structures, including 163 homes" ... "Of the 136 homes destroyed". A part picked
    /// out by the words of its own clause ("rated 11 of the county's 312 care homes
    /// outstanding, 239 good and 9 inadequate") is another part than a later count
    /// narrowed by a participle that clause does not hold ("Of the nine homes rated
    /// inadequate"), whatever their sizes.
    ///
    /// An amount made definite only by an event noun ("for the supply of 1.5 mln
    /// tonnes") is that event's, not a restatement; a count so made ("the loss of 1,400
    /// jobs") refers back.
    ///
    /// A speaker restating a count of the story rounds it with a hedge and needs no
    /// determiner: "investigated 3,416 deaths" ... "'More than 3,600 deaths is the most
    /// this office has ever handled,' she said". A count after "more than", "over",
    /// "nearly" or "almost" in a quotation, with no year, period, plan or past in its
    /// sentence ("five years ago", "by 2030", "we hope"), that meets no earlier figure
    /// of its subject (the old end of a change included), contradicts the first exact
    /// count of that subject stated outside a quotation before it (of people, in the
    /// same role) when within a quarter of it: "Nearly 6,000 members swim every week"
    /// after "11,840 members" is of another set.
    ///
    /// A figure that refers back is still taken for another thing when it names
    /// something the first statement does not: more words in its subject ("all 27
    /// bidding banks" after "17 banks were barred"), a phrase narrowing it that the
    /// first statement's sentence never mentions ("its 80 pct interest in Standard
    /// Knickerbocker" after "an 84 pct interest in the combined company"; a participle
    /// after the noun of a count that opens its sentence, "The three engines awaiting
    /// overhaul", after "five of the steam engines are running", or a past participle
    /// and the word after it in an opener, "Of the nine homes rated inadequate", after
    /// "Six homes have closed"), or someone
    /// named before it, other than a source ("X said"), whom that sentence does not
    /// name ("Maria Olsen was convicted of all 47 counts" after "He was acquitted on 42
    /// counts"), or its sentence and the first one's both state a term and share none
    /// ("the yield on three-month bills" and "for six months, the yield"). The level a
    /// change leads to ("if the levy was cut to 60 pct") is a new
    /// value, not a restatement. An amount first stated without a subject ("fined the
    /// firm $2.5 million") is tied to a later one only when the words naming the later
    /// one ("the $2.8 million fine", "99 mln dlrs in insured deposits") all appear, in
    /// some form, in the first one's sentence (the verb a noun is made from counts:
    /// "to settle" for "the settlement", "buy" for "the acquisition", "the takeover" or
    /// "the purchase"; so does an alias: "fined" for "the penalty"),
    /// (an amount named by nothing, "the $1.9 million", only when nothing follows it
    /// that would name it: not "the hostile 2.3 billion dlr, 100-dlr-a-share, tender
    /// offer"), and nobody is named before the later one
    /// whom that sentence does not name (a body acting for one it names is no one new:
    /// "the City Council" after "the city") ("Ecuador produced 20,000 bpd below its 1.34 mln
    /// bpd quota" after "Venezuela ... its 1.52 mln bpd quota"). An amount that names
    /// nothing and refers back ("£2.1m of the £3.4m was claimed") restates an amount
    /// of its kind and unit stated in the eight sentences before, whatever that one
    /// was called ("claim £3.2m in fake VAT repayments"), unless it meets the sum or
    /// difference of two of them ("£2m in damages and £1.4m in costs ... the £3.4m");
    /// a headline is not what it restates. So does one named only by a participle
    /// ("Of the 9,790 tonnes collected,"), of an amount whose sentence holds that word
    /// ("collected 9,970 tonnes of apples"). An amount after a
    /// giving verb and its receiver ("fined the trust £1.2m", "pay the council $3.1
    /// million") does not refer back: "the" belongs to the receiver.
    ///
    /// The body starts at its lede: the first paragraph that holds a figure and ends a
    /// sentence, past what a published page sets between the headline and the story (a
    /// standfirst, a byline, a dateline, a caption: "Image caption: ...", "... Photo:
    /// Courier/James Hill"). Such furniture never bears out the headline: a standfirst
    /// or a key-points line that repeats it does not save a lede that disagrees.
    /// A headline sums up in few words: any body figure of its kind and unit that meets
    /// the headline figure bears it out, whatever the body calls it, in the first two
    /// paragraphs of the body (there, in any currency or unit: "40 mln dlr bonds" over
    /// "40 mln Australian dlrs", but a bound open at one end, "at least one dose", only
    /// when it counts the same thing); further down, only a figure of the same subject
    /// does. A change named only by its noun ("a rise of 8.6%") is of the headline's
    /// longer subject ("4.99% council tax rise") only when its sentence holds the words
    /// the headline adds ("council", "tax"). A headline leaves out the year of its lede, and shortens its place ("in
    /// Westbrook outbreak" over "the Westbrook County outbreak"). A headline may
    /// cut a figure short ("60 mln dlr" for 60.8 mln; only one written to a finer
    /// step: "Jobless rate dips to 4.0%" is no 4.1% cut short), and a round headline figure may
    /// stand for any body figure within 5% of it ("50,000 homes" for 48,700), or total
    /// two body figures ("£50m" over £35m and "a further £15m"; a headline change only
    /// changes, not a share beside them: "profit falls 28%" is no sum of "about 8% of
    /// its workforce" and "profit fell 18%"); "300 officers"
    /// against 380 in the body is still a contradiction. A change in a headline ("cloud
    /// sales jump 31%") is held only against changes in the body, a level only against
    /// levels ("44% of sales, up from 40%" is a level, and so is the level a change
    /// reached: "passengers hit record 41.2 million" over "passenger numbers climbed 9%
    /// to a record 42.1 million"). A headline restates its lede:
    /// when nothing in the first two paragraphs bears the headline figure out (a
    /// restatement further down does not save a lede that disagrees) and the first
    /// paragraph of
    /// the body (or, when that one states none and the headline gives a change, the
    /// next paragraph, for a figure there that changes the same way: "Pension fund tops
    /// £6bn after 8.4% growth" over a one-sentence lede with no percentage, then "The
    /// fund grew by 9.4% to £6.05bn") states exactly one figure of its kind and unit (exact or approximate:
    /// "$36bn" over "about $46bn"), not one that restates another figure of the
    /// headline ("'Equalizer 2' No. 1 w/ $36.0M; 'Mamma Mia!' 2nd w/ $34.9M" over a lede
    /// that gives only $36.0 million), not the old end of a
    /// change (a target in the headline is held against the lede's target: "misses
    /// target of 90" over "fell short of its target of 80", and a forecast against the
    /// lede's forecast or plan only: "Wheat harvest set for 210 million bushels" over
    /// "farmers are expected to harvest 201 million bushels", never over "harvested
    /// 190 million bushels last year") nor one an earlier period owns ("beating last year's total of £39.1
    /// million"; a level a change reached is a level: "Backlog hits record 71,300 cases"
    /// over "rose to a record 73,105", and so is one set against its old level:
    /// "admissions climb 8% to 15.6 million" over "sold 14.6 million tickets, up 8%
    /// from 13.5 million"; of several, the one within a factor of 100 of the headline's
    /// when the others are not: "41 sites" is no restatement of 15.6 million), within a
    /// factor of 1.5 or with two of the same digits swapped ("House prices rise 4.2%"
    /// over "rose by 2.4%"), or a percent change the same way of the same subject (or of
    /// a level with the same noun, for a change after it: "Jail population falls 19%"
    /// over "The average daily population ... fell to 1,412, down 9% from 1,552"), the
    /// two are compared whatever each calls its
    /// subject ("£3.5bn plan" over "a £3.2bn package"). A loss and a loss foretold of
    /// one subject are one figure: "Steelworks closure means loss of 3,200 jobs" over
    /// "About 2,300 jobs are at risk" ("under threat", "could go", "set to be cut"), as
    /// are a loss a headline names with no subject of its own and one lost ("Water firm
    /// leaks 421m litres a day" over "lost 412 million litres a day"; a target in the
    /// lede is no restatement of a headline that names none), and
    /// so are extra things and a rise: "Heatwave caused 1,420 extra deaths" over "Some
    /// 1,240 more people died than usual". The size of a loss is a level whichever
    /// side of the amount its noun stands ("loss", "deficit", "shortfall"): "Health
    /// system posts $14 million operating loss" over "an operating loss of $41
    /// million" is a contradiction. A bound open at one end ("people aged over
    /// 75") bears out no headline figure of another subject, alone or in a sum. A share of what people named
    /// before own ("Girls did better, with 28.4% of their entries") is never compared
    /// with one of the whole ("28.1% of entries awarded A or A*"). A headline figure
    /// set as a target or an old level ("Council approves 64 carers but misses target
    /// of 80") is borne out by the lede's figure set the same way ("fell short of its
    /// target of 80"), and is not held against the lede's level.
    ///
    /// Two digits swapped (72 and 27, 2,946 and 2,496) in a figure that refers back
    /// within four sentences are a slip however far apart the values are (within two
    /// sentences for an amount first stated without a subject: "fined the firm $2.5
    /// million" ... "the $5.2 million fine"; and for a change named again: "fell
    /// 14%" ... "the 41% fall"); so are two swapped digits, neither a zero, in a figure
    /// that refers back up to 30 sentences on to one whose subject ends in the same
    /// noun ("Road deaths fall 4% to 1,624" ... "Every one of those 1,642 deaths").
    /// The old end of a change ("from 3.9% in September")
    /// bears out no headline ("Unemployment falls to 3.9%").
    ///
    /// A headline change in a fraction ("Burglaries fall by a quarter") is read as a
    /// percentage 10% loose either way ("a quarter" is 22.5% to 27.5%; "almost a third"
    /// 27% to 36.7%) and held against the lede's one percentage change of the same
    /// direction ("a fall of 20%"; when the lede states none, the next paragraph's),
    /// unless a change of that direction in the first two
    /// paragraphs of the body meets it, or is a fraction of its own ("rose by more than a
    /// third") in the lede or of the headline's subject (not "43 growers lost more than
    /// half their crop" below the lede).
    ///
    /// A statement made after the draft has moved on to a parallel item describes that
    /// item: "This week's auction of 85 mln dlrs ... The average price was 98.277.
    /// This month's auction of 50 mln dlrs ... The average price was 97.480." The move
    /// is seen when a figure between the two restates, with another value, the subject
    /// of a figure in the first statement's sentence or the one before it (another
    /// auction, the September contract after the June one), or when "the second"
    /// follows "the first".
    ///
    /// A count of people that refers back by what happened to them or by their being
    /// employed restates the nearest count of people in that role, within four
    /// sentences, whatever each calls its subject: "killed 46 people" ... "Among the
    /// 48 killed"; "the death toll has risen to 2,946" ... "the 2,496 people who
    /// died"; "employs 1,750 people" ... "all 1,570 workers". Not when the later names
    /// some of them ("the 36 adults killed"), the earlier sentence states two such
    /// counts, or the later may total the earlier and another count nearby. A change
    /// named by a noun that refers back ("the 50% fall") restates the nearest change
    /// of its kind, unit and direction within two sentences ("fell by 53%"), unless it
    /// names something narrower ("the 4.1% rise in food prices") or its sentence sets
    /// it against another figure ("compares with the 2.1% rise"). An amount followed by
    /// "more" or "less" states a change ("will pay £87 more" ... "the £78 increase").
    /// A duration that refers back and says what it is the length of restates the
    /// nearest duration whose sentence names that thing: "sentenced to 12 years in
    /// prison" ... "the 15-year sentence". Two statements of a change whose sentences
    /// place it in different periods ("plunged 19.4 pct" for the year, "fell 16.3 pct
    /// in the month") are two changes.
    ///
    /// More than four sentences after the first statement, a figure that refers back
    /// is taken for the same one misstated only when it differs as a slip does (two
    /// digits swapped: 18.6 and 16.8): "the 48 pct stake" far down a long story is
    /// usually another stake. A change refers back only directly ("the 20% rise"); "the
    /// index fell 7.1 pct" names the same index but maybe another change. Estimates,
    /// forecasts, targets, initial and revised figures are other versions of a
    /// quantity and are not compared, and neither are securities named by their
    /// coupon ("the 12-1/4 pct notes", "its 8.5% bonds").
    ///
    /// A measure and its conversion into another unit right after it, in brackets or
    /// after a slash ("40C (104F)", "5 miles (8km)", "95kg (209lb)", "40C/104F"), state
    /// one quantity in one sentence and must agree once converted (length, mass,
    /// volume, area, speed and temperature). Each is read at the precision written and
    /// the conversion may stray 2% more, since print rounds conversions loosely ("100
    /// miles (160km)"); a temperature may convert a difference ("1.1C (2F) above the
    /// average"), gallons may be US or imperial, and a ton short, long or metric. A
    /// measure written in two units ("6ft 2in
    /// (1.88m)") is converted whole and not checked.
    ///
    /// ## Why it matters
    /// A reader who meets two values for one thing trusts neither. Rounded restatements
    /// are fine ("$1.2 million" and "$1,215,000" agree), so a finding always means that
    /// at least one of the two figures is wrong.
    ///
    /// ## Example
    /// ```markdown
    /// The company agreed to pay a $4.2m penalty, regulators said.
    ///
    /// Shareholders were told the $4.7m penalty would be paid from reserves.
    /// ```
    ///
    /// ## Not flagged
    /// ```markdown
    /// The grant is worth $1.2 million. The final grant was $1,215,000.
    /// ```
    /// ```markdown
    /// In 2019 the agency had 300 inspectors. In 2021 it had 340 inspectors.
    /// ```
    /// ```markdown
    /// Tickets cost $40 each, and the organisers hope to sell 2,000 tickets. Group
    /// tickets cost $30.
    /// ```
    ///
    /// ## Options
    /// - `approx_tolerance` (number, default 0.10): how far "about", "around" and
    ///   "roughly" may stray from the value written, as a fraction (never more than
    ///   ten units of its last digit other than zero: "about 1,624" is counted to the
    ///   one).
    /// - `max_ratio` (number, default 2): two values further apart than this factor are
    ///   taken as different quantities (15 seats and 47 seats), not as one figure
    ///   misstated.
    ///
    /// Message template variables: `{a}` and `{b}` (the figures as written, earlier
    /// first), `{subject}` (the subject as written), `{a_range}` and `{b_range}` (what
    /// each figure allows).
    ///
    /// ```yaml
    /// id: conflicting-figures
    /// kind: conflict
    /// severity: error
    /// approx_tolerance: 0.05
    /// max_ratio: 1.5
    /// ```
    pub struct Conflict = "conflict" {
        /// How far an approximate figure may stray, as a fraction (default 0.10).
        approx_tolerance: Option<f64>,
        /// Values further apart than this factor are different quantities (default 2).
        max_ratio: Option<f64>,
    }
}

impl Compile for Conflict {
    fn compile(&self, env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        if let Some(t) = self.approx_tolerance
            && !(0.0..1.0).contains(&t)
        {
            return Err(vec![OptionError {
                field: "approx_tolerance",
                message: format!("must be at least 0 and below 1, found {t}"),
            }]);
        }
        let max_ratio = self.max_ratio.unwrap_or(DEFAULT_MAX_RATIO);
        if max_ratio.is_nan() || max_ratio < 1.0 {
            return Err(vec![OptionError {
                field: "max_ratio",
                message: format!("must be at least 1, found {max_ratio}"),
            }]);
        }
        Ok(Box::new(Compiled {
            tolerance: self.approx_tolerance,
            max_ratio,
            aliases: alias_groups(&env.aliases),
        }))
    }
}

/// A missing year keeps figures apart; a headline without a place meets a body figure
/// with one (the headline sums up the story).
const POLICY: group::ContextPolicy = group::ContextPolicy {
    year_wildcard: false,
    place_wildcard: false,
    headline_place_wildcard: true,
};

/// A headline leaves out the year and the place the body gives.
const HEADLINE: group::ContextPolicy = group::ContextPolicy {
    year_wildcard: true,
    place_wildcard: false,
    headline_place_wildcard: true,
};

/// A figure with what places it.
struct Member<'f> {
    figure: &'f Figure,
    direction: Option<crate::extract::Direction>,
    comparison: bool,
    /// Whether it is a part taken from a whole ([`partitive_part`]), read when first
    /// asked: each figure is held against many statements before it.
    partitive: std::cell::OnceCell<bool>,
    /// The interval it claims with the rule's tolerance ([`interval_with`]), worked out
    /// once: each figure is held against many statements before it.
    interval: Interval,
}

/// Whether two values are close enough to be two versions of one figure: a slip turns
/// 312 into 321 or $4.2m into $4.7m, while 15 seats and 47 seats are other quantities.
fn close(a: &Figure, b: &Figure, max_ratio: f64) -> bool {
    let (x, y) = (a.value.mid().abs(), b.value.mid().abs());
    let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
    lo > 0.0 && hi / lo <= max_ratio
}

/// A missing year or place does not keep a figure that refers back apart.
const INHERITED: group::ContextPolicy = group::ContextPolicy {
    year_wildcard: true,
    place_wildcard: true,
    headline_place_wildcard: true,
};

/// How many sentences apart two statements of one change may be.
const CHANGE_WINDOW: usize = 2;
/// How far apart two statements of one change may be, as a factor.
const CHANGE_MAX_RATIO: f64 = 1.5;

/// Words that mark a second change as another one ("also", "a further", "another").
static ADDITIVE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:also|a\s+further|another|additional|more|second|new|again|too|as\s+well|previous|earlier)\b")
        .expect("valid regex")
});

/// A month before a change dates it ("In June it cut 1,400 jobs"), so two dated
/// changes may be two changes. (A weekday is usually the day of the report: "said on
/// Monday".)
static DATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    )
    .expect("valid regex")
});

/// Whether `sentence` names what the capitalised word `name` names: it has the word,
/// in any case ("The City Council approved ..." after "The city will pay ...").
fn names(sentence: &str, name: &str) -> bool {
    sentence.contains(name)
        || sentence
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
            .any(|w| w.eq_ignore_ascii_case(name))
}

/// A period a sentence places its changes in: a month, or "in the month", "for the
/// quarter", "this year".
static PERIOD_WORDS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:in|for|during|over|this|last|that)\s+(?:the\s+)?(?:month|quarter|week|half|year|period))\b",
    )
    .expect("valid regex")
});

/// Whether two sentences place their changes in the same periods: "Natural gas
/// exports plunged 19.4 pct" (for the year) and "Natural gas exports fell 16.3 pct
/// in the month" are two changes, not one stated twice.
fn same_period_words(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    let words = |f: &Figure| {
        let mut w: Vec<String> = PERIOD_WORDS
            .find_iter(group::sentence_text(cx, f))
            .map(|m| m.as_str().to_lowercase())
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    words(a) == words(b)
}

/// Words that may open a sentence without naming anyone.
const STARTERS: [&str; 24] = [
    "the",
    "a",
    "an",
    "it",
    "its",
    "they",
    "their",
    "he",
    "she",
    "his",
    "her",
    "but",
    "and",
    "however",
    "separately",
    "meanwhile",
    "in",
    "on",
    "at",
    "by",
    "this",
    "that",
    "last",
    "earlier",
];

/// Plural agents that open reported speech ("Unions said ...") without naming anyone.
const AGENTS: [&str; 24] = [
    "unions",
    "officials",
    "analysts",
    "critics",
    "campaigners",
    "residents",
    "experts",
    "economists",
    "ministers",
    "police",
    "doctors",
    "workers",
    "staff",
    "teachers",
    "nurses",
    "opponents",
    "supporters",
    "investors",
    "shareholders",
    "managers",
    "executives",
    "sources",
    "researchers",
    "scientists",
];

/// Whether the later figure's sentence names someone before the figure who is not in
/// the earlier figure's sentence ("Volkswagen said it would cut 3,500 jobs" after
/// "Ford will cut 3,800 jobs"): then it is another actor's change.
fn new_actor(cx: &CheckContext<'_>, earlier: &Figure, later: &Figure) -> bool {
    fn words(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .collect()
    }
    let earlier_text = group::sentence_text(cx, earlier);
    let before = group::before(cx, later);
    let named = |i: usize, w: &str| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && !(i == 0 && AGENTS.contains(&lower.as_str()))
            && !STARTERS.contains(&lower.as_str())
    };
    if words(before)
        .iter()
        .enumerate()
        .any(|(i, w)| named(i, w) && !names(earlier_text, w))
    {
        return true;
    }
    // "Aggregates, the largest division, suffered the sharpest fall. Its revenue
    // dropped 9%": a sentence opening on "its" or "their" is about what the sentence
    // before opens with.
    let opens_possessive = words(before)
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("its") || w.eq_ignore_ascii_case("their"));
    if !opens_possessive {
        return false;
    }
    let Some(previous) = later
        .placement
        .sentence
        .checked_sub(1)
        .and_then(|i| cx.extraction.sentences.get(i))
    else {
        return false;
    };
    words(group::text(cx, previous.span.start, previous.span.end))
        .iter()
        .enumerate()
        .skip_while(|&(i, w)| i == 0 && STARTERS.contains(&w.to_lowercase().as_str()))
        .take_while(|&(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        .any(|(i, w)| named(i, w) && !names(earlier_text, w))
}

/// Words before a figure that make it another version of a quantity, not a statement
/// of it: "revised down from an initial 1.15 billion", "the earlier estimate of
/// 435,800 tonnes", "a forecast 2.5 pct". At most 25 characters before the figure,
/// with no stop or comma between ([`group::words_ending_within`]; "forecast of" is
/// tried before "forecast").
static OTHER_VERSION_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:initial(?:ly)?|original(?:ly)?|earlier|previous(?:ly)?|prior|revised|unrevised|forecast\s+of|forecasts?|estimates?|estimated|expected|targets?|projected|planned|proposed|budgeted|provisional|preliminary)\b",
    )
    .expect("valid regex")
});

/// Words after a figure that make it another version: "the 2.88 dlrs per bushel target
/// price", "a 190 billion dlr forecast". At most 25 characters after the figure, with
/// no stop or comma between ([`group::words_within`]).
static OTHER_VERSION_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:estimates?|forecasts?|targets?|projections?|expectations?|goal)\b",
    )
    .expect("valid regex")
});

/// Whether a figure is another version of its quantity (an estimate, a forecast, a
/// target, a first or revised figure): two versions may differ without either being
/// wrong.
/// A target or goal named right before a figure: "target of ", "a goal of about ".
static TARGET_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:target|goal)\s+of\s+(?:about\s+|around\s+|some\s+)?$")
        .expect("valid regex")
});

fn other_version(cx: &CheckContext<'_>, f: &Figure) -> bool {
    const STOPS: &[u8] = b".;:,";
    if year_when(group::tail(group::before(cx, f), 20)) {
        return true;
    }
    // Most figures have none of the words near them: a look at the words comes first.
    // Only the words after the last stop before the figure, and before the first stop
    // after it, are searched.
    let before = group::tail(group::before(cx, f), 40);
    let after = group::head(group::after(cx, f), 40);
    let near_before = before
        .as_bytes()
        .iter()
        .rposition(|b| STOPS.contains(b))
        .map_or(before, |i| &before[i + 1..]);
    let near_after = after
        .as_bytes()
        .iter()
        .position(|b| STOPS.contains(b))
        .map_or(after, |i| &after[..i]);
    (scan::may_hold_word(near_before, other_version_before_word)
        && group::words_ending_within(&OTHER_VERSION_BEFORE, before, 25, STOPS).is_some())
        || (scan::may_hold_word(near_after, other_version_after_word)
            && group::words_within(&OTHER_VERSION_AFTER, after, 25, STOPS).is_some())
}

/// Whether the text before a figure ends with a year and "when": "the deadliest since
/// 2008, when 211 people died" counts another event.
fn year_when(near: &str) -> bool {
    let Some(rest) = near.trim_end().strip_suffix("when") else {
        return false;
    };
    let rest = rest.trim_end();
    let rest = rest.strip_suffix(',').unwrap_or(rest).trim_end();
    let year = rest.get(rest.len().saturating_sub(4)..).unwrap_or("");
    year.len() == 4
        && year.parse::<u16>().is_ok_and(|y| (1800..2100).contains(&y))
        && !rest[..rest.len() - 4].ends_with(|c: char| c.is_alphanumeric())
}

/// The first words of [`OTHER_VERSION_BEFORE`], in lower case.
fn other_version_before_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"initial"
            | b"initially"
            | b"original"
            | b"originally"
            | b"earlier"
            | b"previous"
            | b"previously"
            | b"prior"
            | b"revised"
            | b"unrevised"
            | b"forecast"
            | b"forecasts"
            | b"estimate"
            | b"estimates"
            | b"estimated"
            | b"expected"
            | b"target"
            | b"targets"
            | b"projected"
            | b"planned"
            | b"proposed"
            | b"budgeted"
            | b"provisional"
            | b"preliminary"
    )
}

/// The words of [`OTHER_VERSION_AFTER`], in lower case.
fn other_version_after_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"estimate"
            | b"estimates"
            | b"forecast"
            | b"forecasts"
            | b"target"
            | b"targets"
            | b"projection"
            | b"projections"
            | b"expectation"
            | b"expectations"
            | b"goal"
    )
}

/// "including" or "included" right before a figure, perhaps with a hedge between:
/// "destroyed 214 structures, including 163 homes".
static INCLUDED_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:including|included)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?$",
    )
    .expect("valid regex")
});

/// Whether `f` is a part named after "including" ("214 structures, including 163
/// homes"): the list is not exhaustive, but the part states how many of its own things
/// there are, so it is a statement of them ("the 136 homes" later contradicts it),
/// not the old end of a comparison.
fn included_part(cx: &CheckContext<'_>, f: &Figure) -> bool {
    INCLUDED_BEFORE.is_match(group::tail(group::before(cx, f), 30))
}

/// A security named by its coupon: "the 12-1/4 pct notes", "its 8.5% bonds due
/// 2030", "13-1/2 pct Treasury stock".
static COUPON_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:(?-i:[\p{L}-])+\s+){0,3}?(?:notes?|bonds?|debentures?|stock|loans?|gilts?|preferred|treasur(?:y|ies)|bills?|coupons?|eurobonds?|securities|paper)\b",
    )
    .expect("valid regex")
});

/// Whether a percentage names a security by its coupon rather than stating a
/// quantity: two such securities are two things, whatever their rates.
fn is_coupon(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == crate::extract::FigureKind::Percent
        && COUPON_AFTER.is_match(group::head(group::after(cx, f), 50))
}

/// "85 of the layoffs", "nine of its 16 branches": a part taken from a whole, which
/// states how many of them, not how many there are.
static PARTITIVE_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^\s*(?:out\s+)?of\s+(?:the|its|their|his|her|our|those|these|all)\b",
    )
    .expect("valid regex")
});

/// Whether `f` is a part taken from a whole ([`PARTITIVE_AFTER`]): no statement of
/// the whole's quantity, though the subject reader gives it the whole's noun ("85 of
/// the layoffs" ... "The 140 layoffs").
fn partitive_part(cx: &CheckContext<'_>, f: &Figure) -> bool {
    scan::may_start_with_word(group::after(cx, f), |w| w == b"of" || w == b"out")
        && PARTITIVE_AFTER.is_match(group::head(group::after(cx, f), 20))
}

/// Whether a count names the things it counts after it ("cut 540 jobs", "the 450
/// jobs"), so that a change it states adds or removes a set of them; not a change of a
/// level named before it ("arrests rose by 540").
fn counts_a_set(f: &Figure) -> bool {
    f.kind == crate::extract::FigureKind::Count
        && f.subject
            .as_ref()
            .is_some_and(|s| s.span.start >= f.span.end)
}

/// Whether a participle right after a figure's subject restricts it: "the 1,350 jobs
/// created at the battery plant", "the 40 stores opened since 2020".
fn participle_after_subject(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let Some(subject) = f.subject.as_ref().filter(|s| s.span.start >= f.span.end) else {
        return false;
    };
    let end = group::sentence_span(cx, f).end.max(subject.span.end);
    let mut words = group::text(cx, subject.span.end, end).split_whitespace();
    let participle = words.next().is_some_and(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase())
    });
    // "the 18 wins showed how far", "the 1,420 sales raised £300m": a verb with an
    // object is the sentence's own verb, restricting nothing.
    participle && !words.next().is_some_and(opens_object)
}

/// Whether a part taken from a whole ([`partitive_part`]: "rated 11 of the county's
/// 312 care homes outstanding, 239 good, ...") is another part than the later `m`,
/// whose subject a participle narrows ("Of the nine homes rated inadequate"): the
/// part is picked out by the words of its own clause, and the later count by its
/// participle and the word after it, none of which that clause holds. "11 of the 312
/// homes were rated outstanding" ... "the 12 homes rated outstanding" stays one part.
fn part_picked_otherwise(cx: &CheckContext<'_>, part: &Figure, m: &Figure) -> bool {
    if !partitive_part(cx, part) || !participle_after_subject(cx, m) {
        return false;
    }
    let narrowing: Vec<String> = complement_words(cx, m).iter().map(|w| stem(w)).collect();
    let after = group::after(cx, part);
    let clause = &after[..after.find([',', ';', ':']).unwrap_or(after.len())];
    !narrowing.is_empty() && !narrowing.iter().any(|w| has_word_starting(clause, w))
}

/// Whether a word opens the object of a verb rather than a phrase that restricts a
/// participle: a determiner ("a", "the", "its"), a question word ("how", "what") or
/// an amount ("£300m", "900").
fn opens_object(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥'))
        || [
            "a", "an", "the", "its", "their", "his", "her", "our", "how", "what", "why", "whether",
        ]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// How many sentences after a statement a figure that refers back is taken to restate
/// it whatever its digits.
const NEAR_SENTENCES: usize = 4;

/// The digits of a figure as written, in order ("$1,215,000" → "1215000").
fn digits(text: &str) -> Vec<u8> {
    text.bytes().filter(u8::is_ascii_digit).collect()
}

/// Whether two figures differ as a slip of the pen does: the same digits with two
/// swapped (312 and 321, 18.6 and 16.8). (One digit changed, 4.2 and 4.7, is as often
/// another value that shares the rest, like 1.15 billion and 1.10 billion.)
fn slip(a: &Figure, b: &Figure) -> bool {
    slip_text(&a.text, &b.text)
}

/// [`slip`] of two digits neither of which is a zero: 1,624 and 1,642, not the round
/// 10,500 and 15,000.
fn nonzero_slip(a: &Figure, b: &Figure) -> bool {
    let (one, two) = (digits(&a.text), digits(&b.text));
    slip(a, b)
        && one
            .iter()
            .zip(&two)
            .all(|(x, y)| x == y || (*x != b'0' && *y != b'0'))
}

fn slip_text(first: &str, second: &str) -> bool {
    let (one, two) = (digits(first), digits(second));
    if one.len() != two.len() || one.is_empty() {
        return false;
    }
    let differ: Vec<usize> = (0..one.len()).filter(|&k| one[k] != two[k]).collect();
    match differ.as_slice() {
        [p, q] => one[*p] == two[*q] && one[*q] == two[*p],
        _ => false,
    }
}

/// How far back a figure that refers back with two digits swapped looks for the one
/// it misstates ([`Compiled::slips_named_again`]).
const SLIP_BACK_SENTENCES: usize = 30;

/// How many distinct earlier statements of one subject a figure is compared with.
const MAX_STATEMENTS: usize = 64;

/// How far apart an unlabelled figure and one that refers back may be, as a factor.
const UNLABELLED_MAX_RATIO: f64 = 1.5;

/// What follows a count of things that may yet be lost: "jobs are at risk", "posts
/// under threat", "branches could close", "staff set to go", "homes will be lost".
static THREATENED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)^(?:\s+[a-z-]+){0,3}?\s+(?:(?:are|is|were|was|now|also|still|thought\s+to\s+be|said\s+to\s+be)\s+)?(?:at\s+risk|under\s+threat|in\s+jeopardy|(?:(?:set|due|expected|likely)\s+)?to\s+(?:go|close|be\s+(?:lost|cut|axed|shed|closed))|(?:could|would|will|may|might)\s+(?:go|close|be\s+(?:lost|cut|axed|shed|closed)))\b",
    )
    .expect("valid regex")
});

/// Whether `f` counts things added to what there would have been ("1,420 extra
/// deaths", "300 additional officers", "1,240 more people died").
fn added(f: &Figure) -> bool {
    f.placement.direction == Some(crate::extract::Direction::Increase) || extra_things(f)
}

/// Whether `f`'s subject says its things are over and above others: "1,420 extra
/// deaths", "excess deaths", "300 additional officers".
fn extra_things(f: &Figure) -> bool {
    f.subject.as_ref().is_some_and(|s| {
        let first = s.text.split_whitespace().next().unwrap_or("");
        ["extra", "excess", "additional"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w))
    })
}

/// Whether `f` counts things lost or cut ("loss of 3,200 jobs", "cut 2,300 jobs"), or
/// things that may yet be ([`THREATENED`]).
fn lost(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.placement.direction == Some(crate::extract::Direction::Decrease)
        || (f.placement.direction.is_none()
            && (THREATENED.is_match(group::head(group::after(cx, f), 60))
                || LOSS_VERB_BEFORE.is_match(group::tail(group::before(cx, f), 30))))
}

/// A verb of losing that the extractor reads as no fall, right before a figure: "Water
/// firm leaks 421m litres a day", "spilled 3,200 tonnes", "wastes £2m".
static LOSS_VERB_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:leaks?|leaked|leaking|spills?|spilled|spilt|wastes?|wasted|wasting)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$")
        .expect("valid regex")
});

/// Whether `f` is an amount of money that a loss-like noun names, either right
/// after it ("$41 million operating loss") or before it with "of" ("an operating
/// loss of $41 million"): the size of the loss, not a fall.
fn loss_amount(cx: &CheckContext<'_>, f: &Figure) -> bool {
    f.kind == crate::extract::FigureKind::Money
        && f.subject_key().is_some_and(|k| {
            let noun = group::head_noun(k);
            matches!(noun, "loss" | "deficit" | "shortfall")
                && (group::after(cx, f)
                    .trim_start()
                    .starts_with(f.subject.as_ref().map_or(k, |s| s.text.as_str()))
                    || group::tail(group::before(cx, f), 40)
                        .trim_end()
                        .strip_suffix(" of")
                        .is_some_and(|b| b.to_ascii_lowercase().ends_with(noun)))
        })
}

/// How many sentences back an unlabelled figure is looked for.
const UNLABELLED_WINDOW: usize = 3;

/// How many sentences apart an amount and its restatement with two digits swapped
/// are compared however far apart their values are.
const SLIP_SENTENCES: usize = 2;

/// Two values further apart than this factor are taken as different quantities.
const DEFAULT_MAX_RATIO: f64 = 2.0;

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    tolerance: Option<f64>,
    max_ratio: f64,
    /// One-word subjects of the rule file's alias groups, each with the others of its
    /// group ("penalty" → "fine"), for naming an amount stated without a subject.
    aliases: std::collections::HashMap<String, Vec<String>>,
}

/// The one-word keys of each alias group, each mapped to the other words of its group.
fn alias_groups(
    aliases: &std::collections::HashMap<String, String>,
) -> std::collections::HashMap<String, Vec<String>> {
    let mut groups: std::collections::HashMap<&str, Vec<&str>> = std::collections::HashMap::new();
    for (key, canonical) in aliases {
        groups.entry(canonical.as_str()).or_default().push(key);
    }
    let mut out: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    for (canonical, keys) in groups {
        let mut words: Vec<&str> = keys;
        words.push(canonical);
        words.sort_unstable();
        words.dedup();
        words.retain(|w| !w.contains(' '));
        for w in &words {
            out.insert(
                (*w).to_owned(),
                words
                    .iter()
                    .filter(|o| *o != w)
                    .map(|o| (*o).to_owned())
                    .collect(),
            );
        }
    }
    out
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        super::conversion::check(cx, out);
        let figures = cx.figures();
        let groups = group::quantity_groups(cx);
        let first_hit = out.len();
        let mut headlines_reported: Vec<crate::document::Span> = Vec::new();
        // Found once: every headline figure is held against the same lede.
        let lede = lede_paragraph(cx);
        for members in groups {
            // Figures that all agree cannot contradict each other: their context is
            // never read.
            if group::share_a_value(
                members
                    .iter()
                    .map(|&i| interval_with(&figures[i], self.tolerance)),
            ) && !steps_apart(members.iter().map(|&i| &figures[i]))
            {
                continue;
            }
            // Only a headline figure, a change, or a figure that refers back is ever
            // reported, and only against a figure close to it in value that it does
            // not meet: a group without such a pair is passed by, and the words around
            // a figure are read only for figures that may have such a partner.
            let group_figures: Vec<&Figure> = members.iter().map(|&i| &figures[i]).collect();
            let candidate = |f: &Figure| {
                f.placement.headline
                    || f.placement.direction.is_some()
                    || group::is_anaphoric(cx, f)
                    || group::owned_whole_of_part(cx, f).is_some()
                    || appositive(cx, f)
            };
            if !may_disagree(&group_figures, self.max_ratio, self.tolerance, candidate)
                && !has_swapped_pair(&group_figures, self.max_ratio, candidate)
            {
                continue;
            }
            let all: Vec<Member<'_>> = members
                .iter()
                .map(|&i| &figures[i])
                .map(|f| Member {
                    figure: f,
                    direction: group::change_direction(cx, f),
                    comparison: (group::is_comparison(cx, f) && !included_part(cx, f))
                        || other_version(cx, f)
                        || is_coupon(cx, f),
                    partitive: std::cell::OnceCell::new(),
                    interval: interval_with(f, self.tolerance),
                })
                .collect();
            // The basis and period of a figure are read only for the pairs that the
            // cheaper tests leave standing.
            let same_basis = |a: &Member<'_>, b: &Member<'_>| {
                group::basis_of(cx, a.figure) == group::basis_of(cx, b.figure)
            };
            // Whether the later `b` may state what `a` states. One that refers back
            // (`inherits`) takes a missing place, year or period from `a`: a missing
            // place or year does not keep it apart.
            let comparable = |a: &Member<'_>, b: &Member<'_>, inherits: bool| {
                let policy = if inherits { INHERITED } else { POLICY };
                (close(a.figure, b.figure, self.max_ratio)
                    || (inherits && near_slip(a.figure, b.figure)))
                    && group::same_subject(a.figure, b.figure)
                    && group::same_context(a.figure, b.figure, policy)
                    && same_basis(a, b)
                    && {
                        // A figure with a year of its own ("the record 19.05 million
                        // passengers of 2019") takes no period from `a` ("18.42
                        // million passengers last year").
                        let period = group::period_of(cx, b.figure);
                        (inherits && period.is_none() && b.figure.placement.year.is_none())
                            || group::period_of(cx, a.figure) == period
                    }
            };
            let (comparisons, members): (Vec<&Member<'_>>, Vec<&Member<'_>>) =
                all.iter().partition(|m| m.comparison);
            let meets_figure = |a: &Figure, b: &Figure| {
                a.placement.sentence == b.placement.sentence || self.meet(cx, a, b)
            };
            let meets = |a: &Member<'_>, b: &Member<'_>| {
                a.figure.placement.sentence == b.figure.placement.sentence
                    || Self::meet_at(cx, (a.figure, &a.interval), (b.figure, &b.interval))
            };
            // Body statements: the distinct values seen so far. A figure that meets one
            // of them restates it. One that meets none is a new value: reported against
            // the first of them when it refers back ("the $4.7m penalty", "those 321
            // cases"); otherwise it may be another quantity ("338 cases in London").
            let mut statements: Vec<&Member<'_>> = Vec::new();
            for &m in members.iter().filter(|m| !m.figure.placement.headline) {
                // A figure refers back directly ("the $4.7m penalty") or through a
                // definite subject ("the grant came to $1,215,000"). A change through
                // its subject ("the index fell 7.1 pct") names the same thing but not
                // the same change, so only a direct reference counts for it; and a
                // subject alone carries no place or year over ("In Vancouver, the
                // index rose to 1882.6" is another index).
                let direct = std::cell::OnceCell::new();
                let direct = || *direct.get_or_init(|| group::refers_back_directly(cx, m.figure));
                // The most recent distinct statements only, so a subject stated
                // thousands of times stays linear.
                let recent = &statements[statements.len().saturating_sub(MAX_STATEMENTS)..];
                // "would cut 540 jobs" ... "Of the 450 jobs, ...": the things a change
                // adds or removes are a set that a count referring back may name.
                // "85 of the layoffs" ... "The 140 layoffs": a part taken from a whole
                // is no statement of a whole larger than it, and "were the subject of
                // 4,105 of the complaints" no restatement of the 6,318 complaints.
                let part_of_larger = |part: &Member<'_>, whole: &Member<'_>| {
                    part.figure.value.mid() < whole.figure.value.mid()
                        && *part
                            .partitive
                            .get_or_init(|| partitive_part(cx, part.figure))
                };
                let earlier = |s: &&Member<'_>| {
                    !part_of_larger(s, m)
                        && !part_of_larger(m, s)
                        && !part_picked_otherwise(cx, s.figure, m.figure)
                        && (s.direction == m.direction
                            || (m.direction.is_none()
                                && counts_a_set(s.figure)
                                && counts_a_set(m.figure)
                                && m.figure
                                    .placement
                                    .year
                                    .is_none_or(|y| s.figure.placement.year == Some(y))
                                && direct()
                                && !participle_after_subject(cx, m.figure)))
                        && comparable(s, m, direct())
                };
                if recent.iter().any(|s| meets(s, m) && earlier(s)) {
                    continue;
                }
                // A value already stated as the other end of a comparison ("raised its
                // bid to 33 dlrs from 27 dlrs" ... "its 27 dlrs offer") is restated,
                // not contradicted.
                // The most recent ones only, as for statements.
                let before =
                    comparisons.partition_point(|c| c.figure.span.start < m.figure.span.start);
                if comparisons[before.saturating_sub(MAX_STATEMENTS)..before]
                    .iter()
                    .any(|c| group::same_subject(c.figure, m.figure) && meets(c, m))
                {
                    continue;
                }
                // "the supply of 1.5 mln tonnes": an amount that an event noun makes
                // definite is that event's, often first stated there; a count ("the
                // loss of 1,400 jobs") is of people or things already counted.
                let event_amount = !matches!(m.figure.kind, crate::extract::FigureKind::Count)
                    && group::definite_by_event_only(cx, m.figure);
                let owned_whole = group::owned_whole_of_part(cx, m.figure);
                let anaphoric = !event_amount
                    && (direct()
                        || (m.direction.is_none()
                            && (group::is_anaphoric(cx, m.figure)
                                // "two of its 14 bakeries": the whole a part is taken
                                // from is a set the reader already knows.
                                || owned_whole.is_some()
                                // "the district's budget of $1.6 billion" restates
                                // only a statement close by.
                                || (recent.last().is_some_and(|s| {
                                    s.figure.placement.sentence + NEAR_SENTENCES
                                        >= m.figure.placement.sentence
                                }) && appositive(cx, m.figure)))));
                // Only a figure that refers back or states a change is reported.
                // The level a change leads to ("if the levy was cut to 60 pct") is a
                // new value of what was stated before, not a restatement of it; it is
                // itself a statement for the figures after it.
                let moved = std::cell::OnceCell::new();
                let moved = || *moved.get_or_init(|| new_level(cx, m.figure));
                let later = std::cell::OnceCell::new();
                if let Some(first) = recent.iter().find(|s| {
                    (anaphoric || m.direction.is_some())
                        && !moved()
                        && earlier(s)
                        // "convert 35 member banks" ... "convert 35 of its 62 member
                        // banks": what the part meets was a statement of the part.
                        && !owned_whole.is_some_and(|part| meets_figure(s.figure, part))
                        && !distinct(
                            cx,
                            s.figure,
                            later.get_or_init(|| Later::new(cx, m.figure)),
                            m.direction.is_none(),
                        )
                }) {
                    // "would cut 1,200 jobs" ... "losing 1,400 jobs": two statements of
                    // one change, close together, neither marked as another one.
                    let restated_change = m.direction.is_some()
                        && first.figure.placement.sentence + CHANGE_WINDOW
                            >= m.figure.placement.sentence
                        && close(first.figure, m.figure, CHANGE_MAX_RATIO)
                        && !ADDITIVE.is_match(group::before(cx, m.figure))
                        && !new_actor(cx, first.figure, m.figure)
                        && !DATED.is_match(group::before(cx, m.figure))
                        && !DATED.is_match(group::before(cx, first.figure))
                        && same_period_words(cx, first.figure, m.figure);
                    // Far from the first statement, a figure that refers back may well
                    // be another of its kind ("the 48.8 pct stake" in another deal of
                    // the same story); only a slip of the pen (312 for 321, 4.7 for
                    // 4.2) is then taken for the same one misstated.
                    let near = first.figure.placement.sentence + NEAR_SENTENCES
                        >= m.figure.placement.sentence;
                    if ((anaphoric && (near || slip(first.figure, m.figure))) || restated_change)
                        && !parallel_between(cx, first.figure, m.figure)
                    {
                        out.push(hit(first.figure, m.figure, self.tolerance));
                    }
                }
                statements.push(m);
            }
            // A headline figure that no body figure about the same thing meets (however
            // the body words it: "grew by 221,070 homes") is contradicted by the body's
            // first plain statement.
            for &h in members.iter().filter(|m| m.figure.placement.headline) {
                // A headline names its subject in few words ("Loans fall 195 mln
                // dlrs"), and the body states it at length ("Commercial and industrial
                // loans ... fell 195 mln dlrs"): a body figure of the same kind and unit
                // that meets the headline figure bears it out, whatever its subject.
                // Headlines also cut figures short ("80 mln dlr" for 80.7 mln), so the
                // headline figure is read up to the next step of its last digit, and
                // round a figure to a round one ([`headline_round`]).
                if self.borne_out(cx, figures, h.figure, false, lede) {
                    continue;
                }
                let mut body = all
                    .iter()
                    .filter(|m| !m.figure.placement.headline)
                    .filter(|m| {
                        group::same_subject(h.figure, m.figure)
                            && !change_of_another(cx, h.figure, m.figure)
                    })
                    .filter(|m| {
                        // The headline leaves out the year of its lede, not of a
                        // figure far down ("52 mln dlrs of 1990 bonds").
                        let policy =
                            if m.figure.placement.paragraph < lede.unwrap_or(0) + NEAR_PARAGRAPHS {
                                HEADLINE
                            } else {
                                POLICY
                            };
                        group::same_context(h.figure, m.figure, policy)
                    })
                    .filter(|m| {
                        // A headline leaves out the period the body gives ("Retailer
                        // to close 45 stores" ... "by the end of March").
                        let period = group::period_of(cx, h.figure);
                        same_basis(h, m)
                            && (period.is_none() || period == group::period_of(cx, m.figure))
                    });
                if body.clone().any(|b| meets(h, b)) {
                    continue;
                }
                // A change ("cloud sales jump 31%") is no level ("44% of sales, up
                // from 40%"), nor a level a change.
                // A level a change led to ("climbed 9% to a record 42.1 million") is a
                // level for a headline that states none ("passengers hit record 41.2
                // million").
                if let Some(first) = body.find(|b| {
                    !b.comparison
                        && (b.direction == h.direction
                            || (h.direction.is_none() && reached_level(cx, b.figure))
                            || (b.direction.is_none() && reached_level(cx, h.figure)))
                        && close(h.figure, b.figure, self.max_ratio)
                        && group::same_subject(h.figure, b.figure)
                }) {
                    headlines_reported.push(h.figure.span);
                    out.push(hit(h.figure, first.figure, self.tolerance));
                }
            }
        }
        self.headline_against_lede(cx, lede, &headlines_reported, out);
        fraction_headlines(cx, lede, out);
        self.people_by_role(cx, first_hit, out);
        self.quoted_hedges(cx, first_hit, out);
        self.slips_named_again(cx, first_hit, out);
        self.changes_named_again(cx, first_hit, out);
        self.acts_named_again(cx, first_hit, out);
        self.durations_named_again(cx, first_hit, out);
        self.bare_amounts(cx, first_hit, out);
        // "fined the company $2.5 million ... the $2.8 million fine": money and
        // measures whose subject was not found, tied by the later figure referring back.
        let reported: Vec<crate::document::Span> =
            out[first_hit..].iter().map(|h| h.primary.span).collect();
        for later in figures {
            // Only money and measures have unlabelled antecedents.
            if !matches!(
                later.kind,
                crate::extract::FigureKind::Money | crate::extract::FigureKind::Measure
            ) || reported.contains(&later.span)
                || later.placement.headline
                || !group::may_have_unlabelled_antecedent(cx, later, UNLABELLED_WINDOW)
                || !group::refers_back_directly(cx, later)
                || group::is_comparison(cx, later)
                || other_version(cx, later)
                || after_indirect_object(cx, later)
            {
                continue;
            }
            let earlier = group::unlabelled_antecedents(cx, later, UNLABELLED_WINDOW);
            let period = group::period_of(cx, later);
            let basis = group::basis_of(cx, later);
            let direction = group::change_direction(cx, later);
            let earlier: Vec<&Figure> = earlier
                .into_iter()
                .filter(|g| {
                    !other_version(cx, g)
                        && group::same_context(g, later, POLICY)
                        && group::period_of(cx, g) == period
                        && group::basis_of(cx, g) == basis
                        && group::change_direction(cx, g) == direction
                })
                .collect();
            let meets = |g: &&Figure| self.meet(cx, g, later);
            // Any earlier figure of its kind and unit that it meets, even the other end
            // of a comparison ("raised its bid to 33 dlrs from 27 dlrs" ... "its 27
            // dlrs offer"), may be the one it restates.
            if earlier.iter().any(meets)
                || group::earlier_alike(cx, later, UNLABELLED_WINDOW).any(|g| meets(&g))
            {
                continue;
            }
            if let Some(first) = earlier.first().filter(|g| {
                // Two digits swapped in the next sentence or two are a slip however far
                // apart the values ("$48 million" ... "the $84 million").
                let swapped = g.placement.sentence + SLIP_SENTENCES >= later.placement.sentence
                    && slip(g, later);
                (swapped || close(g, later, self.max_ratio.min(UNLABELLED_MAX_RATIO)))
                    && named_alike(cx, g, later, &self.aliases)
                    && !new_agent(cx, group::sentence_text(cx, g), later)
            }) {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }
}

/// How loosely a headline's fraction of change ("falls by a fifth") stands for the
/// body's percentage, as a fraction of its value: "a quarter" is 22.5% to 27.5%.
const HEADLINE_FRACTION: f64 = 0.10;

/// A headline change in a fraction ("Stop and search falls by a fifth", "quota cut by
/// a quarter", "deaths fall by almost a third") against the percentage change the body
/// gives. Left alone when a change of the same direction in the first
/// [`NEAR_PARAGRAPHS`] paragraphs of the body meets the fraction read
/// [`HEADLINE_FRACTION`] loosely, or is a fraction itself ("rose by more than a
/// third") in the lede or of the headline's subject; otherwise
/// contradicted by the lede's one percentage change of that direction (or the one about
/// the headline's subject; when the lede states none, the next paragraph's), when there
/// is one. A level a change reached ("rose to
/// 16%") and the old end of a change are no changes.
fn fraction_headlines(cx: &CheckContext<'_>, lede: Option<usize>, out: &mut Vec<Hit>) {
    use crate::extract::FigureKind;
    let Some(lede) = lede else {
        return;
    };
    let figures = cx.figures();
    let body = || {
        figures
            .iter()
            .filter(|b| !b.placement.headline && b.placement.paragraph >= lede)
            .take_while(|b| b.placement.paragraph < lede + NEAR_PARAGRAPHS)
    };
    for h in figures.iter().filter(|f| f.placement.headline) {
        let Some(direction) = h.placement.direction else {
            continue;
        };
        let (low, high) = group::ends(&h.interval);
        if h.kind != FigureKind::Ratio || !(low > 0.0 && low < 1.0) {
            continue;
        }
        // The fraction in percent, read loosely at each end it has.
        let claimed = Interval {
            low: Some(low * (1.0 - HEADLINE_FRACTION) * 100.0),
            high: high
                .is_finite()
                .then_some(high * (1.0 + HEADLINE_FRACTION) * 100.0),
            low_open: false,
            high_open: false,
        };
        let changes = body().filter(|b| {
            b.placement.direction == Some(direction)
                && !reached_level(cx, b)
                && !old_end(cx, b)
                && !group::in_respectively_sentence(cx, b)
        });
        let percents = changes
            .clone()
            .filter(|b| b.kind == FigureKind::Percent && b.unit.as_deref() == Some("percent"));
        // A percentage that meets the fraction bears it out; a fraction of the body's
        // own ("rose by more than a third") leaves the headline to it, in the lede or
        // of the headline's subject (not "43 growers lost more than half their crop"
        // below the lede, which is said of a part).
        if changes.clone().any(|b| {
            b.kind == FigureKind::Ratio
                && (b.placement.paragraph == lede || group::same_subject(h, b))
                || b.kind == FigureKind::Percent && b.interval.intersects(&claimed)
        }) {
            continue;
        }
        // A lede that states no such change sets the scene; the paragraph of prose
        // after it gives the change, as for a headline's figure ([`restating_paragraph`]).
        let at = if percents.clone().any(|b| b.placement.paragraph == lede)
            || !story_paragraph(cx, lede + 1)
        {
            lede
        } else {
            lede + 1
        };
        let in_lede = percents.filter(|b| b.placement.paragraph == at);
        let Some(b) =
            only(in_lede.clone()).or_else(|| only(in_lede.filter(|b| group::same_subject(h, b))))
        else {
            continue;
        };
        let a_range = format!("{}%", describe(&claimed));
        let said = format!("the headline's change, read loosely as {a_range},");
        let b_range = format!("{}%", describe(&b.interval));
        out.push(hit_between(h, b, a_range, b_range, &said));
    }
}

/// Whether the figure's interval is closed at both ends: not a bound such as "at least
/// one" or "more than 200".
fn closed(f: &Figure) -> bool {
    let (low, high) = group::ends(&f.interval);
    low.is_finite() && high.is_finite()
}

/// Whether two of `figures`, which all share a value, are one step apart
/// ([`group::one_step_apart`]). Figures of one step that share a value hold at most
/// two values, the least and the greatest, so one pass finds them.
fn steps_apart<'f>(figures: impl Iterator<Item = &'f Figure>) -> bool {
    let mut spans: Vec<(&Figure, &Figure)> = Vec::new();
    for f in figures.filter(|f| f.qualifier == crate::extract::Qualifier::Exact) {
        match spans
            .iter_mut()
            .find(|(low, _)| low.rounding.to_bits() == f.rounding.to_bits())
        {
            Some((low, high)) => {
                if f.value.mid() < low.value.mid() {
                    *low = f;
                }
                if f.value.mid() > high.value.mid() {
                    *high = f;
                }
            }
            None => spans.push((f, f)),
        }
    }
    spans
        .iter()
        .any(|(low, high)| group::one_step_apart(low, high))
}

/// How far a round headline figure may stand from the body's exact one, as a fraction.
const HEADLINE_ROUNDING: f64 = 0.05;

/// What a round headline figure ("Storm leaves 50,000 homes without power", "300
/// jobs to go", "1,500 jobs") may stand for: headlines round to a round number, so one
/// written with two or more trailing zeros and no decimals, and one significant digit
/// (or a second that is a 5), claims only to be within [`HEADLINE_ROUNDING`] of the
/// body's figure (48,700 homes), not 49,500 to 50,500. "84,000" is no such round
/// number: it rounds to the thousand, and 82,214 is not it.
fn headline_round(f: &Figure) -> Option<Interval> {
    if f.qualifier != crate::extract::Qualifier::Exact || f.text.contains('.') {
        return None;
    }
    let digits = digits(&f.text);
    let zeros = digits.iter().rev().take_while(|&&d| d == b'0').count();
    let significant = &digits[..digits.len() - zeros];
    let round = match significant {
        [_] => true,
        [_, last] => *last == b'5',
        _ => false,
    };
    let v = f.value.mid();
    (round && zeros >= 2 && zeros < digits.len() && v.is_finite()).then(|| {
        let (a, b) = (v * (1.0 - HEADLINE_ROUNDING), v * (1.0 + HEADLINE_ROUNDING));
        Interval::closed(a.min(b), a.max(b))
    })
}

impl Compiled {
    /// Whether some body figure of the headline figure `h`'s kind and unit meets it,
    /// read as a headline figure is: cut short up to the next step of its last digit,
    /// or rounded ([`headline_round`]); or two body figures add up to it
    /// ([`Compiled::sums_to`]).
    fn borne_out(
        &self,
        cx: &CheckContext<'_>,
        figures: &[Figure],
        h: &Figure,
        near_only: bool,
        lede: Option<usize>,
    ) -> bool {
        let Some(lede) = lede else {
            return true;
        };
        let near = lede..lede + NEAR_PARAGRAPHS;
        let meets = self.meets_headline(cx, h);
        // Near the top, the number in any unit bears it out ("40 mln dlr bonds" over
        // "40 mln Australian dlrs"); a bound open at one end ("at least one dose") only
        // when it counts the same thing, for it meets every number past it.
        figures.iter().any(|b| {
            !b.placement.headline
                && b.kind == h.kind
                && (b.unit == h.unit || near.contains(&b.placement.paragraph))
                && (near.contains(&b.placement.paragraph)
                    || (!near_only && group::same_subject(h, b)))
                && meets(b)
                && (closed(b) || group::same_subject(h, b))
        }) || self.sums_to(cx, figures, h, lede)
    }

    /// Whether the intervals `a` and the later `b` claim meet, with the rule's
    /// approximation tolerance. Figures one step apart ("4.0%" and "4.1%") touch at one
    /// value, and are taken as two values when the later one refers back right at
    /// its number ("the $4.2 million fine" after "fined $4.1 million") or either is a
    /// headline; a figure that refers back only through its subject ("The load factor
    /// was 66.6 pct") may be of another period or item, and is left alone.
    fn meet(&self, cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
        Self::meet_at(
            cx,
            (a, &interval_with(a, self.tolerance)),
            (b, &interval_with(b, self.tolerance)),
        )
    }

    /// [`Compiled::meet`], with the intervals `a` and `b` claim already worked out.
    fn meet_at(
        cx: &CheckContext<'_>,
        (a, a_interval): (&Figure, &Interval),
        (b, b_interval): (&Figure, &Interval),
    ) -> bool {
        a_interval.intersects(b_interval)
            && !(group::one_step_apart(a, b)
                && (a.placement.headline
                    || b.placement.headline
                    || group::refers_back_directly(cx, b)))
    }

    /// Whether a body figure meets the headline figure `h` read as a headline figure
    /// is: cut short up to the next step of its last digit, or rounded
    /// ([`headline_round`]); after a verb of passing ("Flood claims top £570m") as
    /// any value from it up ([`passed_in_headline`]).
    fn meets_headline(&self, cx: &CheckContext<'_>, h: &Figure) -> impl Fn(&Figure) -> bool {
        let mut claimed = interval_with(h, self.tolerance);
        if let Some(low) = claimed.low.filter(|_| passed_in_headline(cx, h)) {
            claimed = Interval::above(low, false);
        }
        let rounded = headline_round(h);
        let truncated = match (claimed.low, claimed.high) {
            // A round figure ("300 jobs") rounds; it is not cut short.
            _ if rounded.is_some() => claimed,
            (Some(low), Some(high)) if !claimed.high_open => {
                Interval::closed(low, high + (high - low) / 2.0)
            }
            _ => claimed,
        };
        let tolerance = self.tolerance;
        let step = h.rounding.abs();
        move |b: &Figure| {
            let stated = group::rounded_interval_with(b, tolerance);
            // Only a figure written to a finer step can have been cut short: "4.0%"
            // is no "4.1%" cut short, as "60 mln" may be 60.8 mln.
            let short = if b.rounding.abs() < step * (1.0 - 1e-9) {
                &truncated
            } else {
                &claimed
            };
            (stated.intersects(short) && !group::one_step_apart(h, b))
                || rounded.as_ref().is_some_and(|r| stated.intersects(r))
        }
    }

    /// Whether the body figure `b` and another of its kind and unit in the first
    /// [`SUM_PARAGRAPHS`] paragraphs of the body add up to the headline figure `h`.
    fn sums_with(
        &self,
        cx: &CheckContext<'_>,
        figures: &[Figure],
        h: &Figure,
        b: &Figure,
        lede: usize,
    ) -> bool {
        let claimed = interval_with(h, self.tolerance);
        let (b_low, b_high) = group::ends(&group::rounded_interval_with(b, self.tolerance));
        figures.iter().any(|c| {
            !c.placement.headline
                && c.span != b.span
                && (lede..lede + SUM_PARAGRAPHS).contains(&c.placement.paragraph)
                && c.kind == h.kind
                && c.unit == h.unit
                // "over 75" adds up to any number past it.
                && closed(c)
                && !no_part_of_change(cx, h, c)
                && {
                    let (c_low, c_high) =
                        group::ends(&group::rounded_interval_with(c, self.tolerance));
                    Interval::closed(b_low + c_low, b_high + c_high).intersects(&claimed)
                }
        })
    }

    /// [`Compiled::borne_out`] by one body figure, not by a sum: when the lede states
    /// one figure of the headline's kind and unit, two other figures that happen to
    /// add up to the headline's do not excuse it ("death toll rises to 41" over "rose
    /// to 44", with 29 deaths in one state and 12 in another further down); a sum
    /// that holds the lede's figure does ([`Compiled::sums_with`]). A headline figure
    /// set against the news as a target or an old level ("misses its target of 80",
    /// "up from 47") is borne out by the lede's figure set the same way, which the
    /// lede's level is never held against.
    fn borne_out_by_one(
        &self,
        cx: &CheckContext<'_>,
        figures: &[Figure],
        h: &Figure,
        lede: usize,
    ) -> bool {
        let near = lede..lede + NEAR_PARAGRAPHS;
        let meets = self.meets_headline(cx, h);
        figures.iter().any(|b| {
            !b.placement.headline
                && b.kind == h.kind
                && near.contains(&b.placement.paragraph)
                && meets(b)
                // A bound open at one end ("aged over 75") meets every number past
                // it: it bears out only a figure of its own subject.
                && (closed(b) || group::same_subject(h, b))
                && (!old_end(cx, b) || old_end(cx, h))
        })
    }

    /// A headline figure that no body figure bears out, against the one figure of its
    /// kind and unit that the lede (the first paragraph of the body) states, whatever
    /// each calls its subject: "Ministers unveil £3.5bn plan" over "Ministers have set
    /// out a £3.2bn package". A headline restates its lede's figure; when the lede
    /// states two ("£3.2bn for hubs and £300m for staff"), the headline may sum them,
    /// and nothing is said.
    fn headline_against_lede(
        &self,
        cx: &CheckContext<'_>,
        lede: Option<usize>,
        reported: &[crate::document::Span],
        out: &mut Vec<Hit>,
    ) {
        let figures = cx.figures();
        let Some(lede) = lede else {
            return;
        };
        for h in figures.iter().filter(|f| f.placement.headline) {
            if !h.kind.is_quantity()
                || matches!(
                    h.kind,
                    crate::extract::FigureKind::Multiplier | crate::extract::FigureKind::Ratio
                )
                || h.qualifier != crate::extract::Qualifier::Exact
                || reported.contains(&h.span)
                || self.borne_out_by_one(cx, figures, h, lede)
            {
                continue;
            }
            let claimed = interval_with(h, self.tolerance);
            let restating = restating_paragraph(cx, h, lede);
            let lede_figures = figures
                .iter()
                .skip_while(|b| b.placement.headline || b.placement.paragraph < restating)
                .take_while(|b| b.placement.paragraph == restating);
            // The lede states the headline's number, in whatever unit ("3.5 mln
            // barrels per day" for "3.5 mln bpd").
            // An exact or approximate figure ("about $36bn") is compared; a bound
            // or a range is not.
            let stated = |b: &Figure| {
                matches!(
                    b.qualifier,
                    crate::extract::Qualifier::Exact | crate::extract::Qualifier::Approx
                )
            };
            if lede_figures.clone().any(|b| {
                b.kind == h.kind
                    && stated(b)
                    && group::rounded_interval_with(b, self.tolerance).intersects(&claimed)
                    && !old_end(cx, b)
            }) {
                continue;
            }
            // A target in the headline is the lede's target ("misses target of 90" over
            // "fell short of its target of 80").
            let target = |f: &Figure| TARGET_BEFORE.is_match(group::tail(group::before(cx, f), 30));
            let h_target = target(h);
            let h_forecast = HEADLINE_FORECAST.is_match(group::tail(group::before(cx, h), 40));
            let alike = lede_figures
                .filter(|b| b.kind == h.kind && b.unit == h.unit)
                .filter(|b| {
                    if h_target {
                        return target(b);
                    }
                    // Nor is a target what a headline that names none restates
                    // ("leaks 421m litres a day" over "lost 412 million litres a day,
                    // missing the target of 380 million litres").
                    if target(b) {
                        return false;
                    }
                    // A comparison ("1,240 more people died than usual") states what
                    // the headline's extra things are ("1,420 extra deaths").
                    (!group::is_comparison(cx, b) || extra_things(h))
                        && !group::of_a_possessor(cx, b)
                        && !old_end(cx, b)
                        && !EARLIER_PERIOD_OWNS.is_match(group::tail(group::before(cx, b), 50))
                        // A forecast in the headline restates the lede's forecast, and
                        // nothing else there: "Wheat harvest set for 201 million bushels"
                        // over "farmers are expected to harvest 201 million bushels",
                        // not over "harvested 190 million bushels last year".
                        && if h_forecast {
                            other_version(cx, b)
                                || FUTURE_BEFORE.is_match(group::tail(group::before(cx, b), 60))
                        } else {
                            !other_version(cx, b)
                        }
                        && !is_coupon(cx, b)
                        // Nor one that restates another figure of the headline:
                        // "'Equalizer 2' No. 1 w/ $36.0M; 'Mamma Mia!' 2nd w/ $34.9M"
                        // over a lede that gives only the first.
                        && !figures.iter().any(|o| {
                            o.placement.headline
                                && o.span != h.span
                                && o.kind == b.kind
                                && o.unit == b.unit
                                && group::rounded_interval_with(b, self.tolerance)
                                    .intersects(&interval_with(o, self.tolerance))
                        })
                });
            // The one figure of its kind, or else the one of them about the headline's
            // subject ("death toll ... 44" beside "1.2 million homes" without power).
            // Or the one near enough in size to be a restatement at all ("41 sites"
            // is no restatement of "15.6 million" admissions).
            let Some(b) = only(alike.clone())
                .or_else(|| {
                    only(
                        alike
                            .clone()
                            .filter(|b| h.subject.is_some() && group::same_subject(h, b)),
                    )
                })
                .or_else(|| {
                    let far = |b: &&Figure| {
                        let (v, w) = (b.value.mid().abs(), h.value.mid().abs());
                        v * 100.0 < w || v > w * 100.0
                    };
                    only(alike.clone().filter(|b| !far(b)))
                        .filter(|b| close(h, b, CHANGE_MAX_RATIO))
                })
            else {
                continue;
            };
            // The lede's figure may be one part of the headline's: "Firm to sell 100
            // mln dlrs debentures" over 70 mln dlrs and "an additional 30 mln dlrs".
            if self.sums_with(cx, figures, h, b, lede) {
                continue;
            }
            // A count says what it counts: "on april 10" is no count of anything.
            let counted = h.kind != crate::extract::FigureKind::Count
                || (h.subject.is_some() && b.subject.is_some());
            // Two digits swapped between the headline and the lede ("rise 4.2%" over
            // "rose by 2.4%") is a slip however far apart the values.
            if counted
                && (close(h, b, CHANGE_MAX_RATIO)
                    || nonzero_slip(h, b)
                    // A change of one subject the same way is the same change however
                    // far apart ("Jail population falls 19%" over "The jail population
                    // fell 9% to 1,412").
                    || (h.placement.direction.is_some()
                        && h.placement.direction == b.placement.direction
                        && h.kind == crate::extract::FigureKind::Percent
                        && ((group::same_subject(h, b) && !names_only_a_change(b))
                            || changed_level(cx, figures, b)
                                .is_some_and(|l| same_head_noun(h, l)))))
                && stated(b)
                && !group::rounded_interval_with(b, self.tolerance).intersects(&claimed)
                && group::same_context(h, b, HEADLINE)
                && !group::in_respectively_sentence(cx, b)
                // A headline leaves out "average" and "a year".
                && group::rate_of(cx, h).is_none_or(|r| Some(r) == group::rate_of(cx, b))
                // A level a change led to ("rose to a record 73,105") is a level for a
                // headline that states none ("Backlog hits record 71,300 cases").
                && (h.placement.direction == b.placement.direction
                    || (h.placement.direction.is_none() && reached_level(cx, b))
                    // A level a headline change reached ("admissions climb 8% to 14.6
                    // million") against the lede's level set against its old one
                    // ("sold 14.6 million tickets in 2025, up 8% from 13.5 million").
                    || (b.placement.direction.is_none()
                        && reached_level(cx, h)
                        && compared_after(cx, figures, b))
                    // A loss and a loss foretold are one story: "loss of 3,200 jobs"
                    // over "2,300 jobs are at risk".
                    // So is one with no subject of its own: "Firm leaks 421m litres
                    // a day" over "lost 412 million litres a day".
                    || ((h.subject.is_none() || group::same_subject(h, b))
                        && lost(cx, h)
                        && lost(cx, b))
                    // The size of a loss is a level, however its noun reads: "posts
                    // $41 million operating loss" over "an operating loss of $41
                    // million".
                    || (group::same_subject(h, b) && loss_amount(cx, h) && loss_amount(cx, b))
                    // So are things added and a rise: "1,420 extra deaths" over "Some
                    // 1,240 more people died than usual".
                    || (added(h) && added(b)))
            {
                out.push(hit(h, b, self.tolerance));
            }
        }
    }
}

impl Compiled {
    /// Whether two figures of the headline figure `h`'s kind and unit in the first
    /// [`SUM_PARAGRAPHS`] paragraphs of the body add up to it: a headline may total
    /// what the body gives in parts ("to sell 100 mln dlrs debentures" over 70 mln
    /// dlrs and "an additional 30 mln dlrs"). Sorted ends and two pointers keep it
    /// linear after the sort.
    fn sums_to(&self, cx: &CheckContext<'_>, figures: &[Figure], h: &Figure, lede: usize) -> bool {
        let claimed = interval_with(h, self.tolerance);
        let (Some(low), Some(high)) = (claimed.low, claimed.high) else {
            return false;
        };
        let mut parts: Vec<(f64, f64)> = figures
            .iter()
            .filter(|b| {
                !b.placement.headline
                    && (lede..lede + SUM_PARAGRAPHS).contains(&b.placement.paragraph)
                    && b.kind == h.kind
                    && b.unit == h.unit
                    && !no_part_of_change(cx, h, b)
            })
            .map(|b| group::ends(&interval_with(b, self.tolerance)))
            .filter(|(l, h)| l.is_finite() && h.is_finite())
            .collect();
        parts.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Two parts meet the headline when the sum of their lower ends is at most its
        // upper end and the sum of their upper ends at least its lower end; a part's
        // upper end is at most its lower end plus the widest rounding.
        let widest = parts.iter().map(|p| p.1 - p.0).fold(0.0, f64::max);
        let (mut i, mut j) = (0, parts.len());
        while i + 1 < j {
            let sum = parts[i].0 + parts[j - 1].0;
            if sum > high {
                j -= 1;
            } else if sum + 2.0 * widest < low {
                i += 1;
            } else {
                // Near the target: look at the pairs around it one by one.
                return (i..j).any(|a| {
                    (a + 1..j)
                        .any(|b| parts[a].0 + parts[b].0 <= high && parts[a].1 + parts[b].1 >= low)
                });
            }
        }
        false
    }
}

/// Whether `part` is a share ("about 8% of its workforce") or a change the other way,
/// and so no part of the headline change `h` a sum would make up: percentages add up
/// only as changes ("Stocks fall 5%" over "fell 3% on Monday and 2% on Tuesday").
fn no_part_of_change(cx: &CheckContext<'_>, h: &Figure, part: &Figure) -> bool {
    let Some(direction) = h.placement.direction else {
        return false;
    };
    h.kind == crate::extract::FigureKind::Percent
        && match part.placement.direction {
            Some(d) => d != direction,
            None => scan::opens_with_of(group::head(group::after(cx, part), 6)),
        }
}

/// "the" right before an amount, and a participle right after it: "Of the 9,790 tonnes
/// collected, ...". The participle is the verb that names the amount.
static THE_BEFORE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::rules::pattern(r"(?i)\bthe\s+$").expect("valid regex"));
static PARTICIPLE_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"^\s+([a-z]{2,}ed)\s*(?:[,.;:)]|$)").expect("valid regex")
});

/// The participle that names an amount of money or a measure with no subject, set
/// between "the" and the end of its phrase ("the 9,790 tonnes collected,"), in lower
/// case.
fn echoed_participle<'c>(cx: &CheckContext<'c>, f: &Figure) -> Option<&'c str> {
    if !matches!(
        f.kind,
        crate::extract::FigureKind::Money | crate::extract::FigureKind::Measure
    ) || f.subject.is_some()
        || f.placement.headline
        || !THE_BEFORE.is_match(group::tail(group::before(cx, f), 12))
    {
        return None;
    }
    group::captures(&PARTICIPLE_AFTER, group::head(group::after(cx, f), 30))
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// Whether the sentence of `f` holds `word` as a word, in any case.
fn says_word(cx: &CheckContext<'_>, f: &Figure, word: &str) -> bool {
    let span = group::sentence_span(cx, f);
    group::text(cx, span.start, span.end)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

impl Compiled {
    /// "used the dealership to claim £3.2m in fake repayments" ... "£2.1m of the £3.4m
    /// was claimed": an amount that names nothing and refers back ([`group::is_bare_amount`])
    /// restates an amount of its kind and unit stated in the [`group::BARE_WINDOW`]
    /// sentences before, whatever that one was called. Reported when it meets none of
    /// them, nor the sum or difference of two, against the nearest within a factor of
    /// 1.5 (or with two digits swapped) that is not the old end of a comparison.
    fn bare_amounts(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        for later in cx.figures() {
            if !matches!(
                later.kind,
                crate::extract::FigureKind::Money | crate::extract::FigureKind::Measure
            ) || later.subject.is_some()
                || later.placement.headline
                || group::earlier_alike(cx, later, group::BARE_WINDOW)
                    .next()
                    .is_none()
                || out[first_hit..]
                    .iter()
                    .any(|h| h.primary.span == later.span)
                || !(group::is_bare_amount(cx, later) || echoed_participle(cx, later).is_some())
                || group::is_comparison(cx, later)
                || other_version(cx, later)
                || new_level(cx, later)
                || after_indirect_object(cx, later)
            {
                continue;
            }
            let rate = group::rate_of(cx, later);
            // What the body states: a headline sums up, and its bounds are loose ("jailed
            // over £3.2m fraud").
            let figures = cx.figures();
            let at = figures.partition_point(|g| g.span.start < later.span.start);
            let own_sentence = figures[..at]
                .iter()
                .rev()
                .take_while(|g| g.placement.sentence == later.placement.sentence)
                .filter(|g| g.kind == later.kind && g.unit == later.unit);
            let all: Vec<&Figure> = own_sentence
                .chain(group::earlier_alike(cx, later, group::BARE_WINDOW))
                .filter(|g| !g.placement.headline)
                .collect();
            let meets = |g: &&Figure| self.meet(cx, g, later);
            // Any amount it meets, whatever its rate or period, may be the one it
            // restates ("lost a further $18 million last year, and the $18 million
            // ...").
            if all.iter().any(meets) || group::meets_sum_or_difference(later, &all, self.tolerance)
            {
                continue;
            }
            // "Of the 9,790 tonnes collected": only an amount whose sentence says what
            // the participle says ("collected 9,970 tonnes of apples").
            let echoed = (!group::is_bare_amount(cx, later))
                .then(|| echoed_participle(cx, later))
                .flatten();
            let first = all
                .iter()
                .filter(|g| g.placement.sentence < later.placement.sentence)
                .filter(|g| group::rate_of(cx, g) == rate)
                .filter(|g| echoed.is_none_or(|w| says_word(cx, g, w)))
                .find(|g| {
                    (close(g, later, UNLABELLED_MAX_RATIO) || slip(g, later))
                        && !group::is_comparison(cx, g)
                        && !other_version(cx, g)
                        && group::same_context(g, later, INHERITED)
                });
            if let Some(first) = first {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }
}

/// How far a hedged count in a quotation may be from the count of the story it rounds,
/// as a factor: further off, it is of some other set ("Nearly 6,000 of them swim every
/// week" after "11,840 members").
const QUOTED_HEDGE_MAX_RATIO: f64 = 1.25;

/// Words that give a count in a quotation a time, a plan or a past of its own: "five
/// years ago we had nearly 9,000 members", "we want more than 13,000 by 2030".
static OWN_TIME_IN_QUOTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\b(?:ago|last|previous|prior|next|since|until|then|once|used\s+to|before|after|targets?|aims?|wants?|hopes?|expects?|expected|forecasts?|plans?|could|would|will|might|should|(?:19|20)\d\d)\b",
    )
    .expect("valid regex")
});

impl Compiled {
    /// "investigated 3,416 deaths" ... "'More than 3,600 deaths is the most this office
    /// has ever handled,' said the chief medical examiner": a speaker restating a count
    /// of the story rounds it with a hedge, and needs no determiner to refer back. A
    /// count after a bound ("more than", "over", "nearly", "almost") in a quotation,
    /// naming things after it, with no year, period, plan or past in its sentence
    /// ([`OWN_TIME_IN_QUOTE`]), that meets no earlier figure of its subject, is held
    /// against the first exact count of that subject stated outside a quotation before
    /// it (of people, in the same role; neither a part, a whole a part is taken from,
    /// the old end of a comparison nor another version), and reported when within
    /// [`QUOTED_HEDGE_MAX_RATIO`] of it.
    fn quoted_hedges(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        use crate::extract::{FigureKind, Qualifier};
        let figures = cx.figures();
        for (i, later) in figures.iter().enumerate() {
            if later.kind != FigureKind::Count
                || !matches!(
                    later.qualifier,
                    Qualifier::LowerBound | Qualifier::UpperBound
                )
                || later.placement.headline
                || later.placement.year.is_some()
                || later
                    .subject
                    .as_ref()
                    .is_none_or(|s| s.span.start < later.span.end)
                || out[first_hit..]
                    .iter()
                    .any(|h| h.primary.span == later.span)
                || !group::in_quotation(cx, later)
                || OWN_TIME_IN_QUOTE.is_match(group::sentence_text(cx, later))
                || group::period_of(cx, later).is_some()
                || group::is_comparison(cx, later)
                || other_version(cx, later)
                || partitive_part(cx, later)
                || group::whole_of_part(cx, later)
            {
                continue;
            }
            let earlier: Vec<&Figure> = figures[..i]
                .iter()
                .filter(|g| {
                    !g.placement.headline
                        && g.placement.section == later.placement.section
                        && g.placement.sentence < later.placement.sentence
                        && g.kind == later.kind
                        && g.unit == later.unit
                        && group::same_subject(g, later)
                })
                .collect();
            if earlier.iter().any(|g| self.meet(cx, g, later)) {
                continue;
            }
            let rate = group::rate_of(cx, later);
            let role = role_of(cx, later);
            let first = earlier.into_iter().find(|g| {
                g.qualifier == Qualifier::Exact
                    && !group::in_quotation(cx, g)
                    && group::same_context(g, later, INHERITED)
                    && group::rate_of(cx, g) == rate
                    && role_of(cx, g) == role
                    && !group::is_comparison(cx, g)
                    && !other_version(cx, g)
                    && !partitive_part(cx, g)
                    && !group::whole_of_part(cx, g)
            });
            if let Some(first) = first
                && close(first, later, QUOTED_HEDGE_MAX_RATIO)
            {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }
}

impl Compiled {
    /// "The air strike killed 46 people" ... "Among the 48 killed"; "employs 1,750
    /// people" ... "all 1,570 workers"; "the death toll has risen to 2,946" ... "the
    /// 2,496 people who died": a count of people that refers back by what happened to
    /// them, or by their being employed, restates the nearest earlier count of people
    /// in that role, whatever each calls its subject. The later count must name
    /// people or nobody in particular ("the 36 adults killed" are some of them), the
    /// earlier sentence must state one such count (two may be summed), the two must
    /// be within a factor of 1.5 (or differ by two swapped digits), the later must not
    /// total the earlier and another count nearby nor be a part taken from it ("the
    /// cause of 2,628 of the deaths"), and a count that meets any earlier one restates
    /// that one.
    fn people_by_role(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        for later in figures {
            if later.kind != crate::extract::FigureKind::Count
                || later.placement.headline
                || later.qualifier != crate::extract::Qualifier::Exact
                || later.subject_key().is_some_and(|k| !group::names_people(k))
                // People come in whole numbers ("98.277" is a price).
                || later.value.mid().fract() != 0.0
                || later.value.mid() < 2.0
                || !group::earlier_alike(cx, later, NEAR_SENTENCES).any(|e| e.qualifier == crate::extract::Qualifier::Exact)
                || !determiner_near(cx, later)
                || !group::is_definite(cx, later)
                || out[first_hit..]
                    .iter()
                    .any(|h| h.primary.span == later.span)
            {
                continue;
            }
            let Some(role) = role_of(cx, later) else {
                continue;
            };
            if group::is_comparison(cx, later) || other_version(cx, later) {
                continue;
            }
            let earlier: Vec<&Figure> = group::earlier_alike(cx, later, NEAR_SENTENCES)
                .filter(|e| {
                    !e.placement.headline
                        && e.value.mid().fract() == 0.0
                        && e.subject_key().is_none_or(group::names_people)
                        && role_of(cx, e) == Some(role)
                })
                .collect();
            let meets = |e: &&Figure| self.meet(cx, e, later);
            if earlier.iter().any(meets) {
                continue;
            }
            let Some(&first) = earlier.first() else {
                continue;
            };
            let alone = earlier
                .iter()
                .filter(|e| e.placement.sentence == first.placement.sentence)
                .count()
                == 1;
            // "employs 900 people at Daventry ... 350 work at Corby ... all 1,250
            // employees": a count may total the earlier one and another.
            let total = group::earlier_alike(cx, later, NEAR_SENTENCES)
                .filter(|g| !std::ptr::eq(*g, first))
                .any(|g| {
                    let (a, b) = (
                        group::ends(&interval_with(first, self.tolerance)),
                        group::ends(&interval_with(g, self.tolerance)),
                    );
                    Interval::closed(a.0 + b.0, a.1 + b.1)
                        .intersects(&interval_with(later, self.tolerance))
                });
            // "investigated 3,416 deaths ... the cause of 2,628 of the deaths": a part
            // taken from a larger whole restates none of it.
            let part = later.value.mid() < first.value.mid() && partitive_part(cx, later);
            if alone
                && !total
                && !part
                && first.qualifier == crate::extract::Qualifier::Exact
                && (close(first, later, CHANGE_MAX_RATIO) || near_slip(first, later))
                && !group::is_comparison(cx, first)
                && !other_version(cx, first)
                && group::same_context(first, later, INHERITED)
                && !new_agent(cx, group::sentence_text(cx, first), later)
            {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }

    /// "Road deaths fall 4% to 1,624" ... "Every one of those 1,642 deaths": a figure
    /// that refers back ("those", "the") with two digits swapped against an earlier
    /// one of its kind and unit whose subject ends in the same noun, up to
    /// [`SLIP_BACK_SENTENCES`] sentences back, misstates it, whatever else each
    /// subject says; unless an earlier figure with that noun meets it.
    fn slips_named_again(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        for (at, later) in figures.iter().enumerate() {
            if !matches!(
                later.kind,
                crate::extract::FigureKind::Count
                    | crate::extract::FigureKind::Money
                    | crate::extract::FigureKind::Measure
            ) || later.placement.headline
                || later.qualifier != crate::extract::Qualifier::Exact
                || later.text.bytes().filter(u8::is_ascii_digit).count() < 3
                || !determiner_near(cx, later)
            {
                continue;
            }
            let Some(noun) = later.subject_key().map(group::head_noun) else {
                continue;
            };
            let alike = |e: &&Figure| {
                e.kind == later.kind
                    && e.unit == later.unit
                    && e.subject_key().map(group::head_noun) == Some(noun)
            };
            let window = figures[..at].iter().rev().take_while(|e| {
                e.placement.sentence + SLIP_BACK_SENTENCES >= later.placement.sentence
            });
            let Some(first) = window.clone().filter(alike).find(|e| {
                e.text.len() == later.text.len()
                    && e.qualifier != crate::extract::Qualifier::Range
                    && nonzero_slip(e, later)
            }) else {
                continue;
            };
            if !group::is_definite(cx, later)
                || (later.kind != crate::extract::FigureKind::Count
                    && group::definite_by_event_only(cx, later))
                || out[first_hit..]
                    .iter()
                    .any(|h| h.primary.span == later.span)
                || group::is_comparison(cx, later)
                || group::is_comparison(cx, first)
                || other_version(cx, later)
                || other_version(cx, first)
                || distinct(cx, first, &Later::new(cx, later), true)
                || window.filter(alike).any(|e| {
                    interval_with(e, self.tolerance)
                        .intersects(&interval_with(later, self.tolerance))
                })
            {
                continue;
            }
            out.push(hit(first, later, self.tolerance));
        }
    }

    /// "Emissions fell by 53%" ... "the 50% fall": a change named by a noun ("the 50%
    /// fall", "the 7% rise in sales") that refers back restates the nearest earlier
    /// change of its kind, unit and direction, at most [`CHANGE_WINDOW`] sentences
    /// back, unless it meets any of them or names something they do not ("the 3.4%
    /// rise in food prices" after "prices rose 3.2%").
    fn changes_named_again(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        for later in figures {
            let Some(direction) = later
                .subject_key()
                .and_then(|k| change_noun(group::head_noun(k)))
            else {
                continue;
            };
            if later.placement.headline
                || later.qualifier != crate::extract::Qualifier::Exact
                || !restates_unreported(cx, later, &out[first_hit..])
                || set_against_another(cx, later)
            {
                continue;
            }
            let earlier: Vec<&Figure> = group::earlier_alike(cx, later, CHANGE_WINDOW)
                .filter(|e| {
                    !e.placement.headline
                        && ((e.placement.direction == Some(direction)
                            && group::change_direction(cx, e) == Some(direction))
                            || (e.placement.direction.is_none()
                                && comparative_after(cx, e) == Some(direction)))
                        && e.subject_key()
                            .is_none_or(|k| change_noun(group::head_noun(k)).is_none())
                })
                .collect();
            let meets = |e: &&Figure| self.meet(cx, e, later);
            if earlier.iter().any(meets) {
                continue;
            }
            let Some(&first) = earlier.first() else {
                continue;
            };
            if first.qualifier == crate::extract::Qualifier::Exact
                && (close(first, later, self.max_ratio) || near_slip(first, later))
                && !group::is_comparison(cx, first)
                && !other_version(cx, first)
                && group::same_context(first, later, INHERITED)
                && group::rate_of(cx, first) == group::rate_of(cx, later)
                && !distinct(cx, first, &Later::new(cx, later), true)
            {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }
}

/// Verbs whose object counts the acts a noun names, one act for each thing counted:
/// "laid off 140 employees" are 140 layoffs, "closed 25 stores" 25 closures. The
/// verb's forms (as the words right before the count or right after its subject are
/// written), then the nouns of the act (singular). A verb whose object is counted
/// otherwise ("reported 12 cases" are no 12 reports) is not here, nor are people
/// killed or arrested, which [`Compiled::people_by_role`] reads.
const ACT_VERBS: &[(&[&str], &[&str])] = &[
    (
        &["lay off", "laid off", "laying off", "lays off"],
        &["layoff", "lay-off", "redundancy"],
    ),
    (&["sell", "sold", "selling", "sells"], &["sale"]),
    (
        &[
            "close", "closed", "closing", "closes", "shut", "shutting", "shuts",
        ],
        &["closure"],
    ),
    (&["win", "won", "winning", "wins"], &["win", "victory"]),
    (&["lose", "lost", "losing", "loses"], &["defeat"]),
    (&["evict", "evicted", "evicting"], &["eviction"]),
    (&["deport", "deported", "deporting"], &["deportation"]),
    (&["convict", "convicted", "convicting"], &["conviction"]),
    (&["rescue", "rescued", "rescuing"], &["rescue"]),
    (&["seize", "seized", "seizing"], &["seizure"]),
    (&["admit", "admitted", "admitting"], &["admission"]),
];

/// The nouns of the acts a count is the object or subject of: "to lay off 140
/// employees" (the verb right before the count, past a hedge), "140 staff were laid
/// off" or "140 people who were laid off" (the verb right after its subject, past an
/// auxiliary).
fn acts_counted(cx: &CheckContext<'_>, f: &Figure) -> &'static [&'static str] {
    let words_before: Vec<String> = group::tail(group::before(cx, f), 40)
        .split_whitespace()
        .rev()
        .map(str::to_ascii_lowercase)
        .skip_while(|w| {
            matches!(
                w.as_str(),
                "about"
                    | "around"
                    | "roughly"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "than"
                    | "more"
                    | "over"
                    | "at"
                    | "least"
                    | "just"
                    | "only"
                    | "all"
                    | "the"
                    | "its"
                    | "their"
            )
        })
        .take(2)
        .collect();
    let mut before = Vec::with_capacity(2);
    if let Some(last) = words_before.first() {
        before.push(last.clone());
        if let Some(prev) = words_before.get(1) {
            before.push(format!("{prev} {last}"));
        }
    }
    // After the subject: "37 people who died", "140 staff were laid off".
    let subject_end = f
        .subject
        .as_ref()
        .filter(|s| s.span.start >= f.span.end)
        .map_or(f.span.end, |s| s.span.end);
    let rest = group::text(
        cx,
        subject_end,
        group::sentence_span(cx, f).end.max(subject_end),
    );
    let rest: Vec<String> = group::head(rest, 40)
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let mut after = Vec::new();
    let skip = rest
        .iter()
        .take_while(|w| {
            matches!(
                w.as_str(),
                "who" | "were" | "was" | "have" | "had" | "been" | "be" | "are"
            )
        })
        .count();
    if let Some(w) = rest.get(skip) {
        after.push(w.clone());
        if let Some(p) = rest.get(skip + 1) {
            after.push(format!("{w} {p}"));
        }
    }
    ACT_VERBS
        .iter()
        .find(|(verbs, _)| {
            before
                .iter()
                .chain(after.iter())
                .any(|w| verbs.contains(&w.as_str()))
        })
        .map_or(&[], |(_, nouns)| *nouns)
}

impl Compiled {
    /// "The board voted to lay off 140 employees ... The 160 layoffs are the most in
    /// its history": a count of acts that refers back ("the 160 layoffs", "the 18
    /// wins", "the 27 closures") restates the count of the things the act was done to
    /// in the [`NEAR_SENTENCES`] sentences before ("lay off 140 employees", "winning 17
    /// of their 20 matches", "will close 25 stores"). Reported when exactly one such
    /// count stands there, alone in its sentence, none of them meets it, and no count
    /// of the acts themselves does.
    fn acts_named_again(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        for (i, later) in figures.iter().enumerate() {
            if later.kind != crate::extract::FigureKind::Count
                || later.placement.headline
                || later.qualifier != crate::extract::Qualifier::Exact
            {
                continue;
            }
            let Some(noun) = later
                .subject
                .as_ref()
                .filter(|s| s.span.start >= later.span.end)
                .and_then(|_| later.subject_key())
                .map(group::head_noun)
            else {
                continue;
            };
            if !ACT_VERBS.iter().any(|(_, nouns)| nouns.contains(&noun))
                || !restates_unreported(cx, later, &out[first_hit..])
                || participle_after_subject(cx, later)
            {
                continue;
            }
            let window = figures[..i].iter().rev().take_while(|e| {
                e.placement.sentence + NEAR_SENTENCES >= later.placement.sentence
                    && e.placement.section == later.placement.section
            });
            let meets = |e: &Figure| self.meet(cx, e, later);
            let mut acts = Vec::new();
            let mut restated = false;
            for e in window {
                if e.kind != crate::extract::FigureKind::Count || e.placement.headline {
                    continue;
                }
                let of_acts = e.subject_key().map(group::head_noun) == Some(noun);
                let done = !of_acts
                    && e.placement.sentence < later.placement.sentence
                    && acts_counted(cx, e).contains(&noun);
                if (of_acts || done) && meets(e) {
                    restated = true;
                    break;
                }
                if done {
                    acts.push(e);
                }
            }
            if restated {
                continue;
            }
            if let [first] = acts[..]
                && first.qualifier == crate::extract::Qualifier::Exact
                && close(first, later, self.max_ratio)
                && !group::is_comparison(cx, first)
                && !other_version(cx, first)
                // "arrested 45 people on Saturday and 12 on Sunday ... The 57
                // arrests": the acts may be counted in several parts.
                && !group::figures_in(cx, first.span.end, group::sentence_span(cx, first).end)
                    .iter()
                    .any(|g| g.kind == first.kind && !group::whole_of_part(cx, g))
                && group::same_context(first, later, INHERITED)
                && group::rate_of(cx, first) == group::rate_of(cx, later)
            {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }
}

/// Whether `later` is written as a restatement that no finding of the rule has yet
/// named: a determiner right before it ("the 41% fall", "the 160 layoffs") that
/// refers back, and neither the old end of a comparison nor another version.
fn restates_unreported(cx: &CheckContext<'_>, later: &Figure, reported: &[Hit]) -> bool {
    !reported.iter().any(|h| h.primary.span == later.span)
        && determiner_near(cx, later)
        && group::refers_back_directly(cx, later)
        && !group::is_comparison(cx, later)
        && !other_version(cx, later)
}

/// Words that set one figure against another: "compares with", "compared to".
static COMPARED_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bcompar(?:es|ed|ing|e)\s+(?:to|with)\s+(?:the\s+|an?\s+)?$")
        .expect("valid regex")
});

/// Whether a figure is set against another of its kind in its own sentence: an
/// earlier figure of its kind and unit stands before it ("The 0.1 pct overall
/// increase compares to the 3.1 pct rise the bank projected"), or "compared with"
/// does. Such a figure is the other side of a comparison, not a restatement.
fn set_against_another(cx: &CheckContext<'_>, f: &Figure) -> bool {
    COMPARED_BEFORE.is_match(group::tail(group::before(cx, f), 40))
        || group::figures_in(cx, group::sentence_span(cx, f).start, f.span.start)
            .iter()
            .any(|g| g.kind == f.kind && g.unit == f.unit)
}

/// The direction a comparative right after a figure gives it: "£87 more", "300
/// fewer".
fn comparative_after(cx: &CheckContext<'_>, f: &Figure) -> Option<crate::extract::Direction> {
    let next = group::head(group::after(cx, f), 20)
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?;
    let is = |words: &[&str]| words.iter().any(|w| next.eq_ignore_ascii_case(w));
    if is(&["more", "extra", "higher"]) {
        Some(crate::extract::Direction::Increase)
    } else if is(&["less", "lower", "fewer", "cheaper"]) {
        Some(crate::extract::Direction::Decrease)
    } else {
        None
    }
}

/// The noun right after a figure used as a modifier: "the 15-year sentence" →
/// "sentence". None when a function word follows ("the 12 years in prison").
fn compound_noun<'a>(cx: &CheckContext<'a>, f: &Figure) -> Option<&'a str> {
    let after = group::head(group::after(cx, f), 30);
    let word = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .next()?;
    (word.chars().count() >= 3
        && after.starts_with(' ')
        && !NAMING_STOPS.iter().any(|s| word.eq_ignore_ascii_case(s))
        && !COMPOUND_STOPS.iter().any(|s| word.eq_ignore_ascii_case(s)))
    .then_some(word)
}

/// "against" after a verb of opposing, which sets nothing side by side: "would appeal
/// against the 15-year sentence", "voted against the 3% rise".
static OPPOSED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:appeal|appeals|appealed|appealing|protest|protested|protesting|campaign|campaigned|campaigning|vote|voted|voting|fight|fought|fighting)\s+against\s+(?:the|his|her|their|its|a)?\s*$")
        .expect("valid regex")
});

/// [`OPPOSED`], run (and built) only when "against" stands in `near` and it ends with
/// a word the pattern ends with.
fn opposed(near: &str) -> bool {
    scan::may_end_with_word(near, |w| {
        matches!(
            w,
            b"against" | b"the" | b"his" | b"her" | b"their" | b"its" | b"a"
        )
    }) && scan::may_hold_word(near, |w| w == b"against")
        && OPPOSED.is_match(near)
}

/// Words after a duration that do not name what it is the length of.
const COMPOUND_STOPS: [&str; 12] = [
    "for", "in", "of", "ago", "old", "later", "earlier", "before", "after", "since", "into",
    "until",
];

impl Compiled {
    /// "was sentenced to 12 years in prison" ... "the 15-year sentence": a duration
    /// that refers back and says what it is the length of ("sentence", "prison
    /// term", "contract") restates the nearest duration of its unit without a subject
    /// in the three sentences before whose sentence names that thing in some form
    /// ("sentenced"), unless it meets any of them.
    fn durations_named_again(&self, cx: &CheckContext<'_>, first_hit: usize, out: &mut Vec<Hit>) {
        let figures = cx.figures();
        for later in figures {
            if later.kind != crate::extract::FigureKind::Duration
                || later.placement.headline
                || later.qualifier != crate::extract::Qualifier::Exact
                || later.subject.is_some()
                || out[first_hit..]
                    .iter()
                    .any(|h| h.primary.span == later.span)
                || !group::earlier_alike(cx, later, UNLABELLED_WINDOW).any(|e| e.subject.is_none())
                || !determiner_near(cx, later)
                || !group::refers_back_directly(cx, later)
            {
                continue;
            }
            let mut named: Vec<&str> = naming_words(cx, later);
            if named.is_empty() {
                named.extend(compound_noun(cx, later));
            }
            if named.is_empty()
                || (group::is_comparison(cx, later)
                    && !opposed(group::tail(group::before(cx, later), 40)))
                || other_version(cx, later)
            {
                continue;
            }
            let earlier: Vec<&Figure> = group::earlier_alike(cx, later, UNLABELLED_WINDOW)
                .filter(|e| e.subject.is_none() && !e.placement.headline)
                .collect();
            let meets = |e: &&Figure| self.meet(cx, e, later);
            if earlier.iter().any(meets) {
                continue;
            }
            let Some(&first) = earlier.iter().find(|e| {
                let sentence = group::sentence_text(cx, e);
                named.iter().all(|w| {
                    has_word_starting(sentence, &stem(w))
                        || root(&w.to_lowercase())
                            .is_some_and(|r| has_word_starting(sentence, &stem(r)))
                })
            }) else {
                continue;
            };
            if first.qualifier == crate::extract::Qualifier::Exact
                && (close(first, later, CHANGE_MAX_RATIO) || near_slip(first, later))
                && !group::is_comparison(cx, first)
                && !other_version(cx, first)
                && !group::in_respectively_sentence(cx, first)
                && group::same_context(first, later, POLICY)
                && group::period_of(cx, first) == group::period_of(cx, later)
                && !new_agent(cx, group::sentence_text(cx, first), later)
            {
                out.push(hit(first, later, self.tolerance));
            }
        }
    }
}

/// The direction of a change a noun names: "fall", "cut" → decrease; "rise",
/// "increase" → increase.
fn change_noun(word: &str) -> Option<crate::extract::Direction> {
    use crate::extract::Direction;
    match word {
        "fall" | "drop" | "decline" | "decrease" | "reduction" | "slump" | "dip" | "slide"
        | "plunge" | "contraction" => Some(Direction::Decrease),
        "rise" | "increase" | "growth" | "jump" | "gain" | "climb" | "surge" | "hike"
        | "uplift" => Some(Direction::Increase),
        _ => None,
    }
}

/// Whether a body figure named only by a change noun ("a rise of 8.6%") is the change
/// of something its sentence names, not of the headline's longer subject ("4.99%
/// council tax rise"): the body figure's sentence leaves out a word the headline adds
/// before the noun ("tax" of "council tax": "The council will spend £148.3 million on
/// it, up from £136.5 million, a rise of 8.6%").
fn change_of_another(cx: &CheckContext<'_>, h: &Figure, b: &Figure) -> bool {
    let (Some(long), Some(short)) = (h.subject_key(), b.subject_key()) else {
        return false;
    };
    if short.contains(' ') || change_noun(short).is_none() || long.len() <= short.len() {
        return false;
    }
    let sentence = group::sentence_text(cx, b).to_lowercase();
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !long
        .split(' ')
        .filter(|w| *w != short && w.len() > 2)
        .all(|w| words.iter().any(|s| stem(s) == stem(w)))
}

/// Whether, between the statement `a` and the later `b`, the draft moves on to a
/// parallel item, so that `b` describes that one: "This week's auction of 85 mln dlrs
/// ... The average price was 98.277. This month's auction of 50 mln dlrs ... The
/// average price was 97.480." A figure after `a` and before `b` that restates, with
/// another value, the subject of a figure in `a`'s sentence or the one before it
/// (another auction, another tranche's price, the September contract after the June
/// contract), or an ordinal past one in that frame ("The first tranche ..." then "The
/// second tranche"), introduces the new item.
fn parallel_between(cx: &CheckContext<'_>, a: &Figure, b: &Figure) -> bool {
    let sentences = &cx.extraction.sentences;
    let (Some(frame_first), Some(own)) = (
        sentences.get(a.placement.sentence.saturating_sub(1)),
        sentences.get(a.placement.sentence),
    ) else {
        return false;
    };
    let around = group::figures_in(cx, frame_first.span.start, own.span.end);
    // "The first tranche ..." in the frame, "The second tranche ..." after it.
    let first_ordinal = around
        .iter()
        .filter(|f| f.kind == crate::extract::FigureKind::Ordinal)
        .map(|f| f.value.mid())
        .reduce(f64::min);
    let frame: Vec<&Figure> = around
        .iter()
        .filter(|f| f.kind.is_quantity() && f.subject_key().is_some() && !group::same_subject(a, f))
        .collect();
    group::figures_in(cx, own.span.end, b.span.start)
        .iter()
        .any(|g| {
            (g.kind == crate::extract::FigureKind::Ordinal
                && first_ordinal.is_some_and(|o| g.value.mid() > o))
                || (g.subject_key().is_some()
                    && !group::same_subject(a, g)
                    && frame.iter().any(|f| {
                        f.kind == g.kind
                            && f.unit == g.unit
                            && group::same_subject(f, g)
                            && !f.interval.intersects(&g.interval)
                    }))
        })
}

/// The one item of `items`, when there is exactly one.
fn only<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    match (items.next(), items.next()) {
        (Some(item), None) => Some(item),
        _ => None,
    }
}

/// Whether a figure is the old end of a change ("from 3.9% in September", "up from
/// 40"): the value the story has moved on from, which bears out no headline.
fn old_end(cx: &CheckContext<'_>, f: &Figure) -> bool {
    FROM_RIGHT_BEFORE.is_match(group::tail(group::before(cx, f), 30)) || group::is_comparison(cx, f)
}

/// The lede: the first paragraph of the body that holds a figure, passing over what a
/// published page sets between the headline and the story (see [`furniture`]); the
/// first paragraph with a figure when every one looks like furniture.
fn lede_paragraph(cx: &CheckContext<'_>) -> Option<usize> {
    let body = cx.figures().iter().filter(|f| !f.placement.headline);
    let first = body.clone().next()?.placement.paragraph;
    // Each paragraph is read once, however many figures it holds.
    let mut last = None;
    let lede = body.map(|f| f.placement.paragraph).find(|&p| {
        let new = last != Some(p);
        last = Some(p);
        new && story_paragraph(cx, p)
    });
    Some(lede.unwrap_or(first))
}

/// Whether block `p` is a paragraph of the story: prose, and no furniture of the page
/// ([`furniture`]).
fn story_paragraph(cx: &CheckContext<'_>, p: usize) -> bool {
    cx.doc.blocks.get(p).is_some_and(|b| {
        b.kind == crate::document::BlockKind::Paragraph && !furniture(&cx.doc.prose[b.span])
    })
}

/// Whether a paragraph is the furniture of a published page rather than its story: a
/// standfirst, byline, dateline or caption. It does not end a sentence ("Passenger
/// numbers up 12% despite noise complaints", "By Sarah Okafor", "14 March 2026, 06:00
/// GMT"), or it opens as a caption or a time stamp does ([`FURNITURE_OPENER`]: "Image
/// caption: The terminal handled 412,000 passengers.", "Updated 09:41."), or it
/// credits a picture ("... in August alone. Photo: Courier/James Hill").
fn furniture(text: &str) -> bool {
    let text = text.trim();
    let ended = text
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', '*', '_'])
        .ends_with(['.', '!', '?', ':']);
    !ended || FURNITURE_OPENER.is_match(text) || PICTURE_CREDIT.is_match(text)
}

/// The words a caption or a time stamp opens on: "Image caption:", "Photo:",
/// "Credit:", "Updated 09:41", "Published on 14 March".
static FURNITURE_OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^(?:(?:image\s+(?:caption|source)|caption|photo(?:graph)?|picture|image|credit|illustration)\s*[:,]|(?:last\s+|first\s+)?(?:published|updated|posted)(?:\s+(?:on|at))?\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
        .expect("valid regex")
});

/// A credit for a picture in a caption.
static PICTURE_CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"\b(?:Photo(?:graph)?|Picture|Image|Illustration)s?: \S")
        .expect("valid regex")
});

/// The paragraph whose figure a headline figure `h` restates: the lede, or, when the
/// lede states nothing of `h`'s kind and unit (a short opening that sets the scene:
/// "The fund that pays the pensions of former council staff grew by £520m in a year."
/// under "Pension fund tops £6bn after 8.4% growth"), the paragraph of prose right
/// after it, but only for a headline change and a figure there that changes the same
/// way ("grew by 9.4%", or "£9.2m, up from £7.6m") about the same thing, where both
/// name it. A headline level ("deficit seen at 2.45 billion dlrs") is not held against
/// the second paragraph, which may give another year's.
fn restating_paragraph(cx: &CheckContext<'_>, h: &Figure, lede: usize) -> usize {
    let figures = cx.figures();
    let alike = |b: &&Figure| !b.placement.headline && b.kind == h.kind && b.unit == h.unit;
    if h.placement.direction.is_none()
        || figures
            .iter()
            .filter(alike)
            .any(|b| b.placement.paragraph == lede)
        || !story_paragraph(cx, lede + 1)
    {
        return lede;
    }
    let restates = |b: &Figure| {
        (b.placement.direction == h.placement.direction
            || (b.placement.direction.is_none() && compared_after(cx, figures, b)))
            && (h.subject.is_none() || b.subject.is_none() || group::same_subject(h, b))
    };
    if figures
        .iter()
        .filter(alike)
        .any(|b| b.placement.paragraph == lede + 1 && restates(b))
    {
        lede + 1
    } else {
        lede
    }
}

/// How many body paragraphs a headline total may draw its parts from.
const SUM_PARAGRAPHS: usize = 2;

/// How many body paragraphs bear out a headline figure whatever they call its
/// subject; further down, only a figure of the same subject does.
const NEAR_PARAGRAPHS: usize = 2;

/// "from" right before a figure: the old end of a change ("fell to 3.5 mln from 3.8
/// mln bpd").
static FROM_RIGHT_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\bfrom\s+(?:about|around|some|nearly|almost|just|an?|the)?\s*$")
        .expect("valid regex")
});

/// Whether two figures near each other (at most [`NEAR_SENTENCES`] apart) differ as a
/// slip of the pen does ([`slip`]), however far apart their values: "72 flood
/// warnings" ... "the 27 flood warnings".
fn near_slip(a: &Figure, b: &Figure) -> bool {
    a.placement.sentence + NEAR_SENTENCES >= b.placement.sentence && slip(a, b)
}

/// Whether two figures of a group are written with the same digits in another order
/// (72 and 27) and further apart in value than [`close`] allows, the later one a
/// `candidate`: a slip that [`may_disagree`] does not look for. Sorting the figures by
/// a signature of their digits finds such pairs without comparing all pairs, and
/// without allocating.
fn has_swapped_pair(
    figures: &[&Figure],
    max_ratio: f64,
    candidate: impl Fn(&Figure) -> bool,
) -> bool {
    // (how many of each digit, four bits each; the digits in order; the figure)
    let mut written: Vec<(u64, u64, &Figure)> = figures
        .iter()
        .filter_map(|f| {
            let (mut counts, mut sequence, mut n) = (0_u64, 0_u64, 0);
            for d in f.text.bytes().filter(u8::is_ascii_digit) {
                let shift = u32::from(d - b'0') * 4;
                if (counts >> shift) & 0xF < 0xF {
                    counts += 1 << shift;
                }
                sequence = sequence.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                n += 1;
            }
            (n >= 2).then_some((counts, sequence, *f))
        })
        .collect();
    written.sort_unstable_by_key(|w| (w.0, w.1, w.2.value.mid().to_bits(), w.2.span.start));
    written.chunk_by(|a, b| a.0 == b.0).any(|same_digits| {
        // Whether two figures are a slip depends only on their digits and values, so
        // the first figure of each digit sequence and value stands for the others
        // as the earlier of a pair: a value stated a thousand times is one entry.
        let firsts: Vec<(u64, &Figure)> = same_digits
            .chunk_by(|a, b| a.1 == b.1 && a.2.value.mid().to_bits() == b.2.value.mid().to_bits())
            .map(|class| (class[0].1, class[0].2))
            .collect();
        same_digits.iter().any(|&(_, seq_b, b)| {
            firsts.iter().any(|&(seq_a, a)| {
                seq_a != seq_b
                    && a.span.start < b.span.start
                    && !close(a, b, max_ratio)
                    && slip(a, b)
                    && candidate(b)
            })
        })
    })
}

/// A subject named with a possessive, then "of" and the figure: "the district's
/// budget of $1.6 billion", "its deficit of £2m". The figure is what the reader already
/// knows the subject to be, as in "the $1.6 billion budget". ("The afternoon fix of
/// 566.35" may be another metal's fix: a bare "the" is not enough.) The possessive is
/// found by [`possessive_end`].
fn appositive(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let Some(subject) = &f.subject else {
        return false;
    };
    if subject.span.end > f.span.start {
        return false;
    }
    let sentence = group::sentence_span(cx, f);
    if subject.span.start < sentence.start
        || group::text(cx, subject.span.end, f.span.start).trim() != "of"
    {
        return false;
    }
    let lead = group::text(cx, sentence.start, subject.span.start).trim_end();
    possessive_end(lead) && !group::is_comparison(cx, f)
}

/// Verbs of passing a mark: a headline figure after one ("Flood claims top £570m",
/// "Deaths pass 1,000") claims the value was reached or exceeded.
const PASSING: [&str; 18] = [
    "top",
    "tops",
    "topped",
    "pass",
    "passes",
    "passed",
    "exceed",
    "exceeds",
    "exceeded",
    "surpass",
    "surpasses",
    "surpassed",
    "cross",
    "crosses",
    "crossed",
    "break",
    "breaks",
    "broke",
];

/// Whether a headline figure follows a verb of [`PASSING`] with a word before it that
/// is no determiner or possessive: "Flood claims top £570m" claims £570m or more, but
/// "Britain's top 100 firms" and "Top 10 ..." name a rank.
fn passed_in_headline(cx: &CheckContext<'_>, h: &Figure) -> bool {
    h.placement.headline && ends_passing(group::tail(group::before(cx, h), 60))
}

/// Whether `before` ends with a verb of [`PASSING`] after a word that is no
/// determiner or possessive ([`passed_in_headline`]): "has topped" before "$1
/// billion", not "Britain's top" before "100 firms".
pub(crate) fn ends_passing(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(verb), Some(lead)) = (words.next(), words.next()) else {
        return false;
    };
    PASSING.iter().any(|p| verb.eq_ignore_ascii_case(p))
        && !DETERMINERS.iter().any(|d| lead.eq_ignore_ascii_case(d))
        && !["a", "an", "the"]
            .iter()
            .any(|d| lead.eq_ignore_ascii_case(d))
        && !possessive_end(lead)
        && lead.chars().last().is_some_and(char::is_alphanumeric)
}

/// Words that make a figure definite when one of them is among the four words right
/// before it ("the 48", "the requested 20,000", "the strike by 5,300", "the loss of
/// all 250"): what [`group::is_definite`] reads, asked first because it reads no
/// pattern.
const DETERMINERS: [&str; 13] = [
    "the", "those", "these", "this", "that", "its", "their", "his", "her", "our", "your", "all",
    "both",
];

/// Whether one of [`DETERMINERS`] is among the four words right before a figure.
fn determiner_near(cx: &CheckContext<'_>, f: &Figure) -> bool {
    // A byte scan from the end: most figures are passed by on their first words.
    let bytes = group::tail(group::before(cx, f), 60).as_bytes();
    let mut end = bytes.len();
    for _ in 0..4 {
        while end > 0 && bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && !bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        if start == end {
            return false;
        }
        let word = &bytes[start..end];
        if DETERMINERS
            .iter()
            .any(|d| word.eq_ignore_ascii_case(d.as_bytes()))
        {
            return true;
        }
        end = start;
    }
    false
}

/// Verbs that take a receiver and an amount: "fined the trust £1.2m", "paid the
/// council £2m", "gave the charity $5m".
const GIVING: [&str; 22] = [
    "fined", "fine", "fines", "paid", "pay", "pays", "gave", "give", "gives", "owed", "owes",
    "awarded", "award", "offered", "offer", "charged", "charge", "lent", "lend", "granted",
    "grant", "handed",
];

/// Whether a figure follows a giving verb and its receiver ("fined the trust
/// £1.2m"): the determiner before it belongs to the receiver, so the amount does not
/// refer back.
fn after_indirect_object(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let mut words = group::tail(group::before(cx, f), 60)
        .split_whitespace()
        .rev();
    let (Some(_receiver), Some(det), Some(verb)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    ["the", "its", "their", "his", "her", "a", "an"]
        .iter()
        .any(|d| det.eq_ignore_ascii_case(d))
        && GIVING.iter().any(|g| verb.eq_ignore_ascii_case(g))
}

/// Whether `text` ends with a possessive: "its", "their", "his", "her", "our", or a
/// word with "'s" ("the district's", "Tesco’s").
fn possessive_end(text: &str) -> bool {
    let word = text
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    ["its", "their", "his", "her", "our"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        || word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix("'S"))
            .is_some_and(|w| w.chars().next().is_some_and(char::is_alphabetic))
}

/// Verbs of change after which "to" and a figure give the level the change leads to.
const LEVEL_VERBS: &str = "cut|raised|lowered|reduced|increased|decreased|rose|risen|fell|\
    fallen|dropped|climbed|grew|grown|jumped|slipped|declined|eased|dipped|slid|surged|soared|\
    plunged|changed|revised|adjusted|lifted|trimmed|boosted";

/// Whether `w` is one of [`LEVEL_VERBS`].
fn level_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"cut"
            | b"raised"
            | b"lowered"
            | b"reduced"
            | b"increased"
            | b"decreased"
            | b"rose"
            | b"risen"
            | b"fell"
            | b"fallen"
            | b"dropped"
            | b"climbed"
            | b"grew"
            | b"grown"
            | b"jumped"
            | b"slipped"
            | b"declined"
            | b"eased"
            | b"dipped"
            | b"slid"
            | b"surged"
            | b"soared"
            | b"plunged"
            | b"changed"
            | b"revised"
            | b"adjusted"
            | b"lifted"
            | b"trimmed"
            | b"boosted"
    )
}

/// "to" right before a figure after one of [`LEVEL_VERBS`], with `between` the pattern
/// for the words the two may have between them.
fn level_pattern(between: &str) -> regex::Regex {
    crate::rules::pattern(&format!(
        r"(?i)\b(?:{LEVEL_VERBS})\s+{between}to\s+(?:about|around|roughly|some|nearly|almost|just|only|a|an)?\s*$"
    ))
    .expect("valid regex")
}

/// A change verb and "to" right before a figure: the figure is the level after the
/// change ("if the levy was cut to 70 pct", "the surplus fell to 9.16 billion"), a new
/// value of the quantity rather than a restatement of the old one.
static NEW_LEVEL_BEFORE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| level_pattern(r"(?:[\p{L}-]+\s+){0,2}?"));

/// [`NEW_LEVEL_BEFORE`] with "to" right after the verb ("rose to 1,200").
static NEW_LEVEL_DIRECT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| level_pattern(""));

/// Whether a figure states the level a change leads to ([`NEW_LEVEL_BEFORE`]).
fn new_level(cx: &CheckContext<'_>, f: &Figure) -> bool {
    // "cut power to 30,000 homes": a count after a verb and its object is who the
    // change reaches, not a new level.
    let near = group::tail(group::before(cx, f), 50);
    // Both patterns end with "to" and a word that may follow it.
    if !scan::may_end_with_word(near, |w| {
        matches!(
            w,
            b"to"
                | b"about"
                | b"around"
                | b"roughly"
                | b"some"
                | b"nearly"
                | b"almost"
                | b"just"
                | b"only"
                | b"a"
                | b"an"
        )
    }) || !scan::may_hold_word(near, level_verb)
    {
        return false;
    }
    if f.kind == crate::extract::FigureKind::Count {
        NEW_LEVEL_DIRECT.is_match(near)
    } else {
        NEW_LEVEL_BEFORE.is_match(near)
    }
}

/// The level a bare change after it is of: "fell to 1,412 in the year to June, down 9%
/// from 1,552" gives 1,412 for the 9%. The change names no subject of its own.
fn changed_level<'f>(
    cx: &CheckContext<'_>,
    figures: &'f [Figure],
    c: &Figure,
) -> Option<&'f Figure> {
    if c.subject.is_some() {
        return None;
    }
    let at = figures.partition_point(|f| f.span.start < c.span.start);
    let level = figures[..at].iter().rev().find(|f| {
        matches!(
            f.kind,
            crate::extract::FigureKind::Count
                | crate::extract::FigureKind::Money
                | crate::extract::FigureKind::Measure
        )
    })?;
    (level.placement.sentence == c.placement.sentence
        && LEVEL_THEN_CHANGE.is_match(group::text(cx, level.span.end, c.span.start)))
    .then_some(level)
}

/// Whether a figure's subject is only the noun of its change ("a rise of 8.6%"), which
/// says nothing of what changed.
fn names_only_a_change(f: &Figure) -> bool {
    f.subject_key()
        .is_some_and(|k| change_noun(k).is_some() || matches!(k, "cut" | "change"))
}

/// Whether two figures' subjects end in one noun ("Harlan County jail population" and
/// "average daily population"): a headline names its subject in few words.
fn same_head_noun(a: &Figure, b: &Figure) -> bool {
    a.subject_key()
        .zip(b.subject_key())
        .is_some_and(|(x, y)| group::head_noun(x) == group::head_noun(y))
}

/// Between a level and its change stated after it: " in the year that ended June 30,
/// down ", ", up ".
static LEVEL_THEN_CHANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^[^.;:()]{0,80},\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$")
        .expect("valid regex")
});

/// A headline's words for a figure still to come, before it: "Harvest set for",
/// "Deficit forecast to hit", "Sales expected to top", "on course for", "Council to cut"
/// (a verb of doing, not "to record").
static HEADLINE_FORECAST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:set\s+(?:for|to)|expected|forecast|projected|predicted|tipped|on\s+(?:course|track)\s+(?:for|to)|to\s+(?:cut|axe|shed|create|add|hire|build|spend|raise|get|receive|close|hit|reach|top|pay|lose|sell|buy|invest|borrow|save|open|harvest|produce))\s+(?:(?:about|around|nearly|almost|some|a\s+record)\s+)?$")
        .expect("valid regex")
});

/// Words of a figure still to come in the clause before it: "The council will cut",
/// "plans to build", "is due to receive".
static FUTURE_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(r"(?i)\b(?:will|would|could|set\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|(?:is|are)\s+(?:due\s+)?to|expects?\s+to|on\s+(?:course|track)\s+(?:for|to))\b[^.;:]{0,50}$")
        .expect("valid regex")
});

/// An earlier period owning a figure, right before it: "beating last year's total of",
/// "the previous year's". Such a figure is no statement of what a headline reports.
static EARLIER_PERIOD_OWNS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(&format!(
        r"(?i)\b{}\s+(?:[a-z]+\s+){{0,2}}(?:of\s+)?$",
        group::EARLIER_PERIODS
    ))
    .expect("valid regex")
});

/// "to" and at most three words of degree or record right before a figure: "climbed
/// 9% to a record 42.1 million", "rose to about 1,200", "fell to a new low of 98".
static TO_LEVEL_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::rules::pattern(
        r"(?i)\bto\s+(?:(?:a|an|about|around|roughly|some|nearly|almost|just|only|record|new|all-time|high|low|of)\s+){0,3}$",
    )
    .expect("valid regex")
});

/// Whether a level is set against an old one of its kind and unit later in its
/// sentence: "sold 14.6 million tickets in 2025, up 8% from 13.5 million".
fn compared_after(cx: &CheckContext<'_>, figures: &[Figure], b: &Figure) -> bool {
    figures
        .iter()
        .skip_while(|o| o.span.start <= b.span.start)
        .take_while(|o| o.placement.sentence == b.placement.sentence)
        .any(|o| o.kind == b.kind && o.unit == b.unit && old_end(cx, o))
}

/// Whether a figure that states a change ([`group::change_direction`]) is the level the
/// change reached: "to" before it ([`TO_LEVEL_BEFORE`]).
fn reached_level(cx: &CheckContext<'_>, f: &Figure) -> bool {
    TO_LEVEL_BEFORE.is_match(group::tail(group::before(cx, f), 40))
}

/// The words of the phrase that follows a figure's subject and narrows it ("interest
/// in Standard Knickerbocker", "orders for non-electrical machinery", "flights to the
/// Saudi capital", "engines awaiting overhaul", "homes rated inadequate"), up to four,
/// without determiners.
fn complement_words<'a>(cx: &CheckContext<'a>, f: &Figure) -> Vec<&'a str> {
    let Some(subject) = &f.subject else {
        return Vec::new();
    };
    let end = group::sentence_span(cx, f).end.max(subject.span.end);
    let rest = group::head(group::text(cx, subject.span.end, end), 60);
    // "The three engines awaiting overhaul": the participle's root names the part; the
    // words after it may already be the sentence's own verb ("... have been idle").
    if let Some(r) = rest.strip_prefix(' ')
        && opens_with_participle(r)
        && opens_sentence(cx, f)
    {
        let word = r.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
        return word.strip_suffix("ing").into_iter().collect();
    }
    // "Of the nine homes rated inadequate", "the 1,350 jobs created at the plant": a
    // past participle after the noun narrows it too, named by its root and the word
    // after it ("rat", "inadequate"), where it cannot be the sentence's own verb: in
    // an opener before the main clause ("the 8.6 million passengers showed demand").
    let mut words = rest.split_whitespace();
    if opens_partitive(cx, f)
        && participle_after_subject(cx, f)
        && let Some(root) = words.next().and_then(|w| w.strip_suffix("ed"))
    {
        let b = root.as_bytes();
        let doubled = b.len() > 3 && b[b.len() - 1] == b[b.len() - 2];
        let mut out = vec![&root[..root.len() - usize::from(doubled)]];
        out.extend(
            words
                .next()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| {
                    w.chars().count() >= 3
                        && !NAMING_STOPS.iter().any(|s| w.eq_ignore_ascii_case(s))
                }),
        );
        return out;
    }
    let Some(phrase) = ["in ", "of ", "for ", "to ", "at ", "on "]
        .iter()
        .find_map(|p| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(p)))
    else {
        return Vec::new();
    };
    let stop = phrase
        .find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-' || c == '\''))
        .unwrap_or(phrase.len());
    content_words(&phrase[..stop], true)
}

/// Whether a figure opens its sentence after a determiner at most ("The three engines
/// awaiting overhaul have been idle"): a participle after its noun there narrows the
/// sentence's subject, where after an object it may tell what the verb's subject did
/// ("has written to all 16,000 residents urging them to").
fn opens_sentence(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let lead = group::before(cx, f)
        .trim()
        .trim_start_matches(['"', '\u{201c}', '(']);
    lead.is_empty()
        || ["the", "its", "their", "our", "all", "all the", "all of the"]
            .iter()
            .any(|d| lead.eq_ignore_ascii_case(d))
}

/// Whether a figure stands in an opener that names the whole a sentence goes on to
/// split ("Of the nine homes rated inadequate, four ...", "Among the 40 ...").
fn opens_partitive(cx: &CheckContext<'_>, f: &Figure) -> bool {
    let lead = group::before(cx, f)
        .trim()
        .trim_start_matches(['"', '\u{201c}', '(']);
    [
        "of the",
        "of its",
        "of their",
        "of all",
        "of all the",
        "among the",
        "among its",
    ]
    .iter()
    .any(|d| lead.eq_ignore_ascii_case(d))
}

/// Whether `text` opens with a present participle that narrows the noun before it
/// ("engines awaiting overhaul", "patients waiting for surgery"); not a preposition
/// in -ing ("during", "including") nor a helping verb ("being", "having"), nor one
/// whose object is a pronoun for the noun ("residents urging them").
fn opens_with_participle(text: &str) -> bool {
    let mut words = text.split([' ', ',', '.', ';', ':']);
    let word = words.next().unwrap_or("");
    let object = words.next().unwrap_or("");
    if ["them", "it", "him", "her", "us", "you"].contains(&object) {
        return false;
    }
    word.len() > 5
        && word.ends_with("ing")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && ![
            "during",
            "including",
            "excluding",
            "according",
            "following",
            "concerning",
            "regarding",
            "being",
            "having",
            "totalling",
            "totaling",
            "costing",
            "bringing",
            "making",
            "taking",
            "compared",
        ]
        .contains(&word)
}

/// Up to four words of three letters or more from `words`, determiners and other
/// [`NAMING_STOPS`] left out; with `first_only`, the words up to the first stop word
/// after the first kept one.
fn content_words(words: &str, first_only: bool) -> Vec<&str> {
    let mut out = Vec::new();
    for w in words.split_whitespace() {
        let stop = NAMING_STOPS.iter().any(|s| w.eq_ignore_ascii_case(s));
        if stop && first_only && !out.is_empty() {
            break;
        }
        if !stop && w.chars().count() >= 3 {
            out.push(w);
        }
        if out.len() == 4 {
            break;
        }
    }
    out
}

/// Whether the later figure `b`, though its subject is that of `a`, names something
/// `a` does not: a subject with more words ("17 banks" ... "all 27 bidding banks", "seven
/// provinces" ... "the four Atlantic provinces"), a phrase narrowing it that `a`'s
/// sentence never mentions ("an 84 pct interest in the combined company" ... "its 80
/// pct interest in Standard Knickerbocker"), or, for a figure that refers back, someone
/// named before it whom `a`'s sentence does not name ("Burton Bongard was convicted of
/// all 81 counts" after "He was acquitted on 76 counts").
fn distinct(cx: &CheckContext<'_>, a: &Figure, b: &Later<'_>, refers_back: bool) -> bool {
    if let (Some(x), Some(y)) = (a.subject_key(), b.figure.subject_key())
        && y.len() > x.len()
        && y.ends_with(x)
    {
        return true;
    }
    let sentence = group::sentence_text(cx, a);
    if !b.narrowed.is_empty() && !b.narrowed.iter().any(|w| has_word_starting(sentence, w)) {
        return true;
    }
    // Both sentences state a term or period and share none: "the yield on three-month
    // bills was 5.81 pct" and "for six months, the yield was 5.85 pct" are two yields.
    if !b.terms.is_empty() {
        let terms = durations(cx, a);
        if !terms.is_empty() && !terms.iter().any(|d| b.terms.contains(d)) {
            return true;
        }
    }
    refers_back && b.agents.iter().any(|w| !names(sentence, w))
}

/// What [`distinct`] reads of the later figure, read once for all the earlier ones it
/// is held against: the stems of the phrase narrowing its subject, the terms its
/// sentence states, and the names before it ([`agent_names`]).
struct Later<'a> {
    figure: &'a Figure,
    narrowed: Vec<String>,
    terms: Vec<(f64, Option<&'a str>)>,
    agents: Vec<&'a str>,
}

impl<'a> Later<'a> {
    fn new(cx: &CheckContext<'a>, figure: &'a Figure) -> Self {
        Later {
            figure,
            narrowed: complement_words(cx, figure)
                .iter()
                .map(|w| stem(w))
                .collect(),
            terms: durations(cx, figure),
            agents: agent_names(cx, figure),
        }
    }
}

/// The durations stated in the sentence of `f` ("three-month bills", "for six months"),
/// as values in their units.
fn durations<'a>(cx: &CheckContext<'a>, f: &Figure) -> Vec<(f64, Option<&'a str>)> {
    let figures: &'a [Figure] = &cx.extraction.figures;
    let from = figures.partition_point(|g| g.placement.sentence < f.placement.sentence);
    figures[from..]
        .iter()
        .take_while(|g| g.placement.sentence == f.placement.sentence)
        .filter(|g| g.kind == crate::extract::FigureKind::Duration)
        .map(|g| (g.value.mid(), g.unit.as_deref()))
        .collect()
}

/// Words that report speech: a name before one is a source, not an actor.
const REPORTING: [&str; 12] = [
    "said",
    "says",
    "told",
    "added",
    "stated",
    "announced",
    "argued",
    "noted",
    "explained",
    "according",
    "reported",
    "warned",
];

/// Words after which a capitalised word is a place or a date, not an actor.
const PLACE_LEADS: [&str; 5] = ["from", "in", "at", "of", "on"];

/// Whether someone is named before `b` in its sentence, after any reporting verb and
/// past its first word, whom `earlier_sentence` does not name: "Burton Bongard was
/// convicted of all 81 counts" after "He was acquitted on 76 counts". Names after
/// "from", "in", "at", "of" and "on" are places and dates.
/// A body that acts for the one named before it ("the City Council" for "the city",
/// "the County Board" for "the county"), and is no one new.
fn new_agent(cx: &CheckContext<'_>, earlier_sentence: &str, b: &Figure) -> bool {
    let agents = agent_names(cx, b);
    let acts_for_named = |i: usize, w: &str| {
        i > 0
            && BODIES.iter().any(|body| w.eq_ignore_ascii_case(body))
            && names(earlier_sentence, agents[i - 1])
    };
    agents
        .iter()
        .enumerate()
        .any(|(i, w)| !(names(earlier_sentence, w) || acts_for_named(i, w)))
}

/// Bodies that act for a place or an organisation named before them: "City Council",
/// "County Board", "School Committee".
const BODIES: [&str; 7] = [
    "council",
    "board",
    "committee",
    "commission",
    "commissioners",
    "supervisors",
    "authority",
];

/// Words before which a reporting word is an adjective, not a verb of speech: "at
/// reported discounts", "the reported figure".
const NOT_SPEECH_BEFORE: [&str; 10] = [
    "at", "the", "a", "an", "its", "their", "to", "of", "with", "by",
];

/// The capitalised words before `b` in its sentence, after any reporting verb (not
/// one used as an adjective: "at reported discounts") and past its first word, that
/// may name someone: not after "from", "in", "at", "of" or "on", and not a word that
/// may open a sentence without naming anyone.
fn agent_names<'a>(cx: &CheckContext<'a>, b: &Figure) -> Vec<&'a str> {
    let words: Vec<&'a str> = group::before(cx, b)
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let speech = words.iter().enumerate().rposition(|(i, w)| {
        REPORTING.iter().any(|r| w.eq_ignore_ascii_case(r))
            && !(i > 0
                && NOT_SPEECH_BEFORE
                    .iter()
                    .any(|p| words[i - 1].eq_ignore_ascii_case(p)))
    });
    let from = speech.map_or(1, |i| i + 1);
    (from.max(1)..words.len())
        .filter(|&i| {
            let w = words[i];
            w.chars().next().is_some_and(char::is_uppercase)
                && !PLACE_LEADS
                    .iter()
                    .any(|p| words[i - 1].eq_ignore_ascii_case(p))
                && !STARTERS.iter().any(|s| w.eq_ignore_ascii_case(s))
        })
        .map(|i| words[i])
        .collect()
}

/// Words that name nothing by themselves and end the words naming a figure.
const NAMING_STOPS: [&str; 30] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "was",
    "were", "is", "are", "be", "been", "will", "would", "to", "and", "or", "from", "by", "on",
    "at", "which", "who", "with",
];

/// The words that say what a figure without an antecedent's subject is: its own
/// subject ("the $2.8 million fine", "the 77 billion dlr financing package") or, when
/// it has none, the phrase right after it that says what the amount is of or for
/// ("118 mln dlrs in insured deposits", "$221 million for roads").
fn naming_words<'a>(cx: &CheckContext<'a>, f: &'a Figure) -> Vec<&'a str> {
    let words: &'a str = if let Some(subject) = &f.subject {
        subject.text.as_str()
    } else {
        let rest = group::head(group::after(cx, f), 60).trim_start();
        // "its 20 mln dlrs worth of debentures"
        let rest = rest.strip_prefix("worth ").unwrap_or(rest);
        let Some(phrase) = ["of ", "in ", "for "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        else {
            return Vec::new();
        };
        let end = phrase
            .find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-'))
            .unwrap_or(phrase.len());
        &phrase[..end]
    };
    content_words(words, f.subject.is_none())
}

/// The part of a word that its other forms share: "roads" → "road", "fine" → "fin"
/// (for "fined"), "companies" → "compan".
fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut s = lower.as_str();
    for suffix in ["ies", "es", "s"] {
        if let Some(rest) = s.strip_suffix(suffix)
            && rest.chars().count() >= 3
        {
            s = rest;
            break;
        }
    }
    for suffix in ["e", "y"] {
        if let Some(rest) = s.strip_suffix(suffix)
            && rest.chars().count() >= 3
        {
            s = rest;
            break;
        }
    }
    s.to_owned()
}

/// Whether a word of `text` starts with `stem`.
fn has_word_starting(text: &str, stem: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.len() >= stem.len() && w.to_lowercase().starts_with(stem))
}

/// Whether the words that name `later` ([`naming_words`]) all appear, in some form,
/// in the sentence of the unlabelled `earlier`: "fined the firm $2.5 million" ... "the
/// $2.8 million fine" is one fine, while "bid 36.50 dlrs" ... "the 25 dlr offer" and
/// "115.2 mln dlrs in assets" ... "its 118 mln dlrs in insured deposits" name other
/// things. A figure named by nothing ("the $1.9 million") may restate any amount.
///
/// A word appears in some form when its stem does, the stem of the verb it is made
/// from ("the $1.52 million settlement" after "pay $1.25 million to settle"), or the
/// stem of one of its aliases in the rule file ("the £12.1m penalty" after "fined
/// Severn Water £11.2m").
fn named_alike(
    cx: &CheckContext<'_>,
    earlier: &Figure,
    later: &Figure,
    aliases: &std::collections::HashMap<String, Vec<String>>,
) -> bool {
    let sentence = group::sentence_text(cx, earlier);
    let named = naming_words(cx, later);
    // Named by nothing, it may restate any amount, but only when nothing follows that
    // would have named it: "the hostile 2.3 billion dlr, 100-dlr-a-share, tender
    // offer" names a thing its subject reader missed.
    if named.is_empty() && later.subject.is_none() && !group::names_nothing_after(cx, later) {
        return false;
    }
    named.iter().all(|w| {
        let lower = w.to_lowercase();
        let singular = lower
            .strip_suffix("ies")
            .map(|r| format!("{r}y"))
            .or_else(|| lower.strip_suffix('s').map(str::to_owned))
            .unwrap_or_else(|| lower.clone());
        has_word_starting(sentence, &stem(w))
            || root(&lower).is_some_and(|r| has_word_starting(sentence, &stem(r)))
            || made_by(&singular).any(|verb| has_word_starting(sentence, verb))
            || [lower.as_str(), singular.as_str()]
                .iter()
                .filter_map(|k| aliases.get(*k))
                .flatten()
                .any(|a| has_word_starting(sentence, &stem(a)))
    })
}

/// The verbs that make a noun whose spelling does not show them: "buy" makes an
/// acquisition, a purchase, a takeover and a buyout ("agreed to buy Lumen for $4.2
/// billion" ... "the $4.5 billion acquisition").
fn made_by(noun: &str) -> impl Iterator<Item = &'static str> {
    let verbs: &[&str] = match noun {
        "acquisition" | "purchase" | "takeover" | "buyout" => &[
            "buy",
            "bought",
            "acquir",
            "purchas",
            "take over",
            "took over",
            "taking over",
        ],
        _ => &[],
    };
    verbs.iter().copied()
}

/// The verb a noun is made from, as far as its spelling shows: "settlement" →
/// "settle", "donation" → "donat", "approval" → "approv", "allowance" → "allow". At
/// least four letters are left, so "payment" is not cut to "pay".
fn root(noun: &str) -> Option<&str> {
    ["ment", "ion", "ance", "ence", "al"]
        .iter()
        .find_map(|suffix| noun.strip_suffix(suffix))
        .filter(|r| r.chars().count() >= 4)
}

/// Whether some figure of a group for which `candidate` holds may have a partner in
/// the group that [`close`] calls close to it and whose interval it does not meet.
///
/// A quick test that never says no when such a pair exists: the figures are sorted by
/// value, and for each one the lowest upper end and the highest lower end among the
/// figures close to it in value (a window of the sorted list, found with two pointers
/// and answered from a sparse table) tell whether any of them can lie wholly below or
/// wholly above it. Touching ends count as "may", and `candidate`, which reads the
/// words around a figure, is asked only for figures that pass.
fn may_disagree(
    figures: &[&Figure],
    max_ratio: f64,
    tolerance: Option<f64>,
    candidate: impl Fn(&Figure) -> bool,
) -> bool {
    // (value, lower end, upper end, figure), values above zero only: a zero is
    // close to nothing.
    let mut items: Vec<(f64, f64, f64, &Figure)> = Vec::with_capacity(figures.len());
    for &f in figures {
        let v = f.value.mid().abs();
        let (low, high) = group::ends(&interval_with(f, tolerance));
        if v.is_nan() || low.is_nan() || high.is_nan() || !max_ratio.is_finite() {
            return figures.iter().any(|f| candidate(f));
        }
        if v > 0.0 {
            items.push((v, low, high, f));
        }
    }
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    let highs = SparseTable::new(items.iter().map(|i| i.2).collect(), f64::min);
    let lows = SparseTable::new(items.iter().map(|i| i.1).collect(), f64::max);
    // A little wider than `close`, so that rounding never narrows the window.
    let ratio = max_ratio * (1.0 + 1e-9);
    let (mut from, mut to) = (0, 0);
    for (k, &(v, low, high, f)) in items.iter().enumerate() {
        while from < k && items[from].0 * ratio < v {
            from += 1;
        }
        while to < items.len() && items[to].0 <= v * ratio {
            to += 1;
        }
        let below = highs.query(from, to).is_some_and(|h| h <= low);
        let above = lows.query(from, to).is_some_and(|l| l >= high);
        if (below || above) && candidate(f) {
            return true;
        }
    }
    false
}

/// Range queries of an associative, idempotent operation (min, max) in constant time.
struct SparseTable {
    levels: Vec<Vec<f64>>,
    op: fn(f64, f64) -> f64,
}

impl SparseTable {
    fn new(values: Vec<f64>, op: fn(f64, f64) -> f64) -> Self {
        // Level `l` holds the operation over each run of 2^l values.
        let n = values.len();
        let mut levels = vec![values];
        let mut width = 1;
        while width * 2 <= n {
            let prev = &levels[levels.len() - 1];
            let next: Vec<f64> = (0..prev.len() - width)
                .map(|i| op(prev[i], prev[i + width]))
                .collect();
            levels.push(next);
            width *= 2;
        }
        SparseTable { levels, op }
    }

    /// The operation over `from..to`, or `None` when it is empty.
    fn query(&self, from: usize, to: usize) -> Option<f64> {
        if from >= to {
            return None;
        }
        let len = to - from;
        let level = (usize::BITS - 1 - len.leading_zeros()) as usize;
        let row = &self.levels[level];
        Some((self.op)(row[from], row[to - (1 << level)]))
    }
}

fn hit(first: &Figure, later: &Figure, tolerance: Option<f64>) -> Hit {
    // Figures one step apart touch at one value, which neither claims: "3.95 to under
    // 4.05" and "4.05 to under 4.15".
    let apart = group::one_step_apart(first, later);
    let range = |f: &Figure| {
        let mut claimed = interval_with(f, tolerance);
        claimed.high_open |= apart;
        describe(&claimed)
    };
    let a_range = range(first);
    let b_range = range(later);
    let said = a_range.clone();
    hit_between(first, later, a_range, b_range, &said)
}

/// [`hit`] with the two figures' ranges given, and the words that say what the first
/// claims (its range, or more).
fn hit_between(
    first: &Figure,
    later: &Figure,
    a_range: String,
    b_range: String,
    said: &str,
) -> Hit {
    let subject = subject_words(first);
    let message = format!(
        "\"{}\" and \"{}\"{subject}: {said} cannot also be {b_range}",
        first.text, later.text
    );
    Hit::new(Label::new(later.span, "stated here"), message)
        .related(Label::new(first.span, "first stated here"))
        .var("a", &first.text)
        .var("b", &later.text)
        .var("subject", subject.trim())
        .var("a_range", a_range)
        .var("b_range", b_range)
        .subject(first.subject_key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::FigureKind;
    use crate::rules::group::testing::{Draft, count};

    #[test]
    fn a_part_taken_from_the_whole_restates_no_whole() {
        let draft = |part: &str| {
            findings(&format!(
                "The ombudsman accepted 6,318 complaints this year.\n\nLetting agents were the subject of {part}."
            ))
        };
        assert!(draft("4,105 of the complaints we accepted").is_empty());
        assert!(draft("4,105 of the complaints").is_empty());
        assert_eq!(draft("the 4,105 complaints").len(), 1);
    }

    #[test]
    fn a_body_acting_for_the_one_named_before_is_no_new_agent() {
        let earlier = "The city will pay $1.25 million to settle a lawsuit.\n\n";
        let council = "The City Council approved the $1.52 million settlement.";
        assert_eq!(findings(&format!("{earlier}{council}")).len(), 1);
        let other = "The Harbor City Council approved the $1.52 million settlement.";
        assert!(findings(&format!("{earlier}{other}")).is_empty());
    }

    #[test]
    fn a_headline_target_is_borne_out_by_the_ledes_target() {
        let lede =
            "\n\nThe council approved 64 new households, but fell short of its target of 80.";
        assert!(
            findings(&format!(
                "# Council approves 64 carers but misses target of 80{lede}"
            ))
            .is_empty()
        );
        assert_eq!(
            findings(&format!(
                "# Council approves 64 carers but misses target of 90{lede}"
            ))
            .len(),
            1
        );
        assert_eq!(
            findings(&format!("# Council approves 80 carers{lede}")).len(),
            1
        );
    }

    #[test]
    fn a_headline_with_no_target_restates_no_target_of_the_lede() {
        let lede = "\n\nThe firm lost 412 million litres a day through leaks, missing the target of 380 million litres.";
        assert_eq!(
            findings(&format!("# Firm leaks 421m litres a day{lede}")).len(),
            1
        );
        assert!(findings(&format!("# Firm leaks 412m litres a day{lede}")).is_empty());
    }

    #[test]
    fn a_headline_change_of_the_ledes_subject_is_held_against_it_however_far() {
        let lede = "\n\nThe average daily population at the jail fell to 1,412 in the year to June, down 9% from 1,552.";
        assert_eq!(
            findings(&format!("# Jail population falls 19%{lede}")).len(),
            1
        );
        assert!(findings(&format!("# Jail population falls 9%{lede}")).is_empty());
        // A change of another subject is another change.
        let lede =
            "\n\nSales at Acme fell to 1.2 billion pounds, down 9% from 1.32 billion pounds.";
        assert!(findings(&format!("# Profits fall 40% as sales slide{lede}")).is_empty());
    }

    #[test]
    fn a_headline_forecast_restates_the_ledes_forecast() {
        let lede = "\n\nFarmers are expected to harvest 201 million bushels of wheat this year.";
        assert_eq!(
            findings(&format!(
                "# Wheat harvest set for 210 million bushels{lede}"
            ))
            .len(),
            1
        );
        assert!(
            findings(&format!(
                "# Wheat harvest set for 201 million bushels{lede}"
            ))
            .is_empty()
        );
        // A headline that states what happened is no restatement of a forecast.
        assert!(findings(&format!("# Farmers harvested 210 million bushels{lede}")).is_empty());
        // A lede with what happened and a forecast leaves unclear which is meant.
        let lede = "\n\nFarmers harvested 190 million bushels last year and are expected to harvest 201 million this year.";
        assert!(
            findings(&format!(
                "# Wheat harvest set for 210 million bushels{lede}"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_headline_fraction_against_the_lede_percentage() {
        let lede = "\n\nSearches fell to 18,420 from 23,050, a fall of 20%.";
        assert_eq!(
            findings(&format!("# Searches fall by a quarter{lede}")).len(),
            1
        );
        assert!(findings(&format!("# Searches fall by a fifth{lede}")).is_empty());
        assert!(findings(&format!("# Searches rise by a quarter{lede}")).is_empty());
        assert_eq!(
            findings(&format!("# Searches fall by almost a third{lede}")).len(),
            1
        );
        // A lede that states no percentage leaves the change to the paragraph after.
        let scene = "\n\nThe force made 412 arrests after searches last year.";
        assert_eq!(
            findings(&format!("# Searches fall by a quarter{scene}{lede}")).len(),
            1
        );
        assert!(findings(&format!("# Searches fall by a fifth{scene}{lede}")).is_empty());
        // A fraction said of a part below the lede does not stand for the headline's.
        let part = "\n\nOf the 212 forces, 43 lost more than half their funding.";
        assert_eq!(
            findings(&format!("# Searches fall by a quarter{lede}{part}")).len(),
            1
        );
        let own = "\n\nSearches in the north fell by more than a third.";
        assert!(findings(&format!("# Searches fall by a quarter{lede}{own}")).is_empty());
    }

    #[test]
    fn a_headline_against_an_approximate_lede() {
        assert_eq!(findings("# Mars agrees to buy Kellanova for $36bn\n\nMars has agreed to buy Kellanova for about $46bn including debt.").len(), 1);
        assert!(findings("# Mars agrees to buy Kellanova for $36bn\n\nMars has agreed to buy Kellanova for about $38bn including debt.").is_empty());
    }

    #[test]
    fn another_version_and_a_new_level_are_read_only_where_the_patterns_may_match() {
        const STOPS: &[u8] = b".;:,";
        for text in [
            "the initial ",
            "revised down from an Initially ",
            "the earlier estimate of ",
            "a forecast ",
            "forecast of about ",
            "its unrevised ",
            "the pre-planned ",
            "3estimated ",
            "an estimateſ ",
            "the previous, ",
            "the proposed \u{a0}",
            "a Preliminary",
        ] {
            if group::words_ending_within(&OTHER_VERSION_BEFORE, text, 25, STOPS).is_some() {
                assert!(
                    scan::may_hold_word(text, other_version_before_word),
                    "{text}"
                );
            }
        }
        for text in [
            " target price",
            " dlr forecast",
            " Projections",
            " in expectations,",
            " goal.",
            " goals",
            " targetſ",
        ] {
            if group::words_within(&OTHER_VERSION_AFTER, text, 25, STOPS).is_some() {
                assert!(
                    scan::may_hold_word(text, other_version_after_word),
                    "{text}"
                );
            }
        }
        let ends_to = |near: &str| {
            scan::may_end_with_word(near, |w| {
                matches!(
                    w,
                    b"to"
                        | b"about"
                        | b"around"
                        | b"roughly"
                        | b"some"
                        | b"nearly"
                        | b"almost"
                        | b"just"
                        | b"only"
                        | b"a"
                        | b"an"
                )
            })
        };
        for near in [
            "the surplus fell to ",
            "if the levy was cut to about ",
            "cut its stake to an ",
            "rose sharply to Roughly ",
            "was cut to\u{a0}",
            "fell to almoſt ",
            "rose to",
            "cut power to 30,000 ",
            "rose to a record ",
            "CUT TO ",
            "was revised sharply lower to ",
            "soared-to ",
        ] {
            if NEW_LEVEL_BEFORE.is_match(near) || NEW_LEVEL_DIRECT.is_match(near) {
                assert!(ends_to(near), "{near}");
                assert!(scan::may_hold_word(near, level_verb), "{near}");
            }
        }
    }

    #[test]
    fn opposed_is_found_as_the_pattern_finds_it() {
        for near in [
            "appealed against the ",
            "Voted Against ",
            "campaigning against a",
            "fought against their ",
            "voted against\u{a0}",
            "protested againſt the ",
            "the ",
            "appeal against the new ",
        ] {
            assert_eq!(opposed(near), OPPOSED.is_match(near), "{near}");
        }
    }

    #[test]
    fn another_version_is_found_as_the_counted_patterns_find_it() {
        let before = crate::rules::pattern(&format!(
            r"{}[^.;:,]{{0,25}}$",
            OTHER_VERSION_BEFORE.as_str()
        ))
        .expect("valid regex");
        let after = crate::rules::pattern(&format!(
            r"(?i)^[^.;:,]{{0,25}}?{}",
            OTHER_VERSION_AFTER.as_str().trim_start_matches("(?i)")
        ))
        .expect("valid regex");
        let stops = b".;:,";
        for text in [
            "revised down from an initial ",
            "the earlier estimate of ",
            "a forecast ",
            "a forecast of the sales of some ",
            "a forecast of the total sales of some ",
            "the forecast of about ",
            "previously, ",
            "the original plan was for a total of about ",
            "unrevised ",
            "nothing of the kind ",
            "",
        ] {
            assert_eq!(
                group::words_ending_within(&OTHER_VERSION_BEFORE, text, 25, stops).is_some(),
                before.is_match(text),
                "{text:?}"
            );
        }
        for text in [
            " dlrs per bushel target price",
            " billion dlr forecast",
            " tonnes, the forecast",
            " tonnes in the year to March as the goal",
            " people",
            "",
        ] {
            assert_eq!(
                group::words_within(&OTHER_VERSION_AFTER, text, 25, stops).is_some(),
                after.is_match(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_stem_is_shared_by_the_other_forms_of_a_word() {
        assert!(has_word_starting(
            "regulators fined the firm",
            &stem("fine")
        ));
        assert!(has_word_starting("money for road repairs", &stem("roads")));
        assert!(has_word_starting("two companies merged", &stem("company")));
        assert!(!has_word_starting(
            "it had 96 mln dlrs in assets",
            &stem("deposits")
        ));
        assert!(!has_word_starting("a bid of 41.50 dlrs", &stem("offer")));
    }

    #[test]
    fn content_words_leave_out_determiners_and_end_at_a_verb_word() {
        assert_eq!(
            content_words("the Saudi capital will fill a hole", true),
            ["Saudi", "capital"]
        );
        assert_eq!(
            content_words("Standard Knickerbocker Ltd", true),
            ["Standard", "Knickerbocker", "Ltd"]
        );
        assert!(content_words("a an the", false).is_empty());
    }

    #[test]
    fn a_sparse_table_answers_every_range_as_a_scan_does() {
        let values: Vec<f64> = (0..37_u32)
            .map(|i| f64::from((i * 7919) % 101) - 50.0)
            .collect();
        let mins = SparseTable::new(values.clone(), f64::min);
        let maxs = SparseTable::new(values.clone(), f64::max);
        for from in 0..=values.len() {
            for to in from..=values.len() {
                let slice = &values[from..to];
                let scan_min = slice.iter().copied().reduce(f64::min);
                let scan_max = slice.iter().copied().reduce(f64::max);
                assert_eq!(mins.query(from, to), scan_min, "{from}..{to}");
                assert_eq!(maxs.query(from, to), scan_max, "{from}..{to}");
            }
        }
    }

    #[test]
    fn the_quick_test_finds_every_pair_that_disagrees() {
        // Values and half-widths of intervals; every figure is a candidate.
        let cases: &[&[(f64, f64)]] = &[
            &[(300.0, 0.5), (400.0, 0.5)],
            &[(300.0, 0.5), (300.0, 0.5)],
            &[(300.0, 0.5), (900.0, 0.5)],
            &[(1.2e6, 5e4), (1.215e6, 0.5)],
            &[(10.0, 5.0), (14.0, 0.5), (25.0, 0.5)],
            &[(0.0, 0.5), (0.4, 0.5)],
        ];
        for figures in cases {
            let mut d = Draft::new(&"It was x. ".repeat(figures.len()));
            for &(v, r) in *figures {
                d = d.with(&count("x", v, r));
            }
            let refs: Vec<&Figure> = d.ex.figures.iter().collect();
            let pair = refs.iter().any(|a| {
                refs.iter().any(|b| {
                    !std::ptr::eq(*a, *b)
                        && close(a, b, DEFAULT_MAX_RATIO)
                        && !a.interval.intersects(&b.interval)
                })
            });
            let quick = may_disagree(&refs, DEFAULT_MAX_RATIO, None, |_| true);
            assert!(quick || !pair, "{figures:?}");
        }
    }

    #[test]
    fn the_swapped_digit_test_agrees_with_comparing_every_pair() {
        // Figures in order, as (text, value); one stated many times stands for all.
        let cases: &[&[(&str, f64)]] = &[
            &[("72", 72.0), ("27", 27.0)],
            &[("27", 27.0), ("72", 72.0)],
            &[("72", 72.0), ("72", 72.0), ("72", 72.0), ("27", 27.0)],
            &[("27", 27.0), ("27", 27.0), ("72", 72.0), ("72", 72.0)],
            &[("72", 72.0), ("72", 72.0)],
            &[("15", 15.0), ("51", 51.0e6), ("15", 15.0e6)],
            &[("123", 123.0), ("132", 132.0), ("213", 213.0)],
            &[("25", 25.0), ("52", 52.0)],
        ];
        for figures in cases {
            let source = figures
                .iter()
                .map(|(t, _)| t.to_string())
                .collect::<Vec<_>>();
            let source = format!("It was {}. ", source.join(". It was "));
            let mut d = Draft::new(&source);
            for &(t, v) in *figures {
                d = d.with(&count(t, v, 0.5));
            }
            let refs: Vec<&Figure> = d.ex.figures.iter().collect();
            let every_pair = refs.iter().any(|a| {
                refs.iter().any(|b| {
                    digits(&a.text) != digits(&b.text)
                        && a.span.start < b.span.start
                        && !close(a, b, DEFAULT_MAX_RATIO)
                        && slip(a, b)
                })
            });
            assert_eq!(
                has_swapped_pair(&refs, DEFAULT_MAX_RATIO, |_| true),
                every_pair,
                "{figures:?}"
            );
        }
    }

    fn findings(source: &str) -> Vec<String> {
        Draft::read(source).messages(&check())
    }

    #[test]
    fn a_participle_after_the_noun_names_another_part_of_the_set() {
        assert!(findings("Only five of the steam engines are running. The three engines awaiting overhaul are in the shed.").is_empty());
        assert!(findings("We have eight steam engines, but only five of the steam engines are running.\n\nThe three engines awaiting overhaul have been out of service since 2023.").is_empty());
        assert_eq!(
            findings("Only five of the steam engines are running. The three engines running will haul the trains.").len(),
            1
        );
        assert!(opens_with_participle("awaiting overhaul"));
        assert!(!opens_with_participle("including two in Leeds"));
        assert!(!opens_with_participle("being cut"));
        assert!(!opens_with_participle("urging them to pay"));
        assert_eq!(
            findings("The town has 14,000 residents. The council wrote to all 16,000 residents urging them to vote.").len(),
            1
        );
    }

    #[test]
    fn a_past_participle_in_an_opener_names_another_part_of_the_set() {
        let rated = "Inspectors rated 11 of the county's 312 care homes outstanding, 239 good and 9 inadequate.";
        assert!(
            findings(&format!(
                "{rated}\n\nOf the nine homes rated inadequate, four are run by one provider."
            ))
            .is_empty()
        );
        assert!(findings("Six homes have closed since 2023.\n\nOf the nine homes rated inadequate, four are run by one provider.").is_empty());
        // The part's own clause names what the later count is narrowed by.
        assert_eq!(
            findings("Inspectors found 11 of the 312 homes were rated outstanding.\n\nOf the nine homes rated outstanding, four are run by one provider.").len(),
            1
        );
        // Outside an opener the word may be the sentence's own verb.
        assert_eq!(
            findings("The airline carried 8.2 million passengers last year.\n\nIts chief executive said the 8.6 million passengers showed demand was strong.").len(),
            1
        );
    }

    #[test]
    fn a_headline_change_is_no_level_stated_further_down() {
        let draft = |share: &str| {
            format!(
                "# Northvale posts record quarter as cloud sales jump 31%\n\nNorthvale reported revenue of $4.82 billion, up 18% from $4.08 billion.\n\nNet income rose to $912 million from $688 million.\n\nCloud revenue jumped 31% to $2.14 billion and now makes up {share}."
            )
        };
        assert!(findings(&draft("44% of sales, up from 40% a year ago")).is_empty());
        assert!(findings(&draft("44% of sales")).is_empty());
        assert_eq!(
            findings("# Cloud sales jump 31%\n\nNorthvale reported revenue of $4.82 billion.\n\nNet income rose to $912 million.\n\nCloud sales jumped 36% to $2.14 billion.").len(),
            1
        );
    }

    #[test]
    fn a_change_named_only_by_its_noun_is_of_what_its_sentence_names() {
        let draft = |body: &str| {
            format!(
                "# Council approves budget and 4.99% council tax rise\n\nThe council approved a £412.6 million budget on Wednesday.\n\nThe council {body}"
            )
        };
        assert!(
            findings(&draft(
                "will spend £148.3 million on care, up from £136.5 million, a rise of 8.6%."
            ))
            .is_empty()
        );
        assert_eq!(
            findings(&draft("tax bill will go up by £90.90, a rise of 5.99%.")).len(),
            1
        );
    }

    #[test]
    fn a_figure_with_a_year_of_its_own_takes_no_period_from_the_one_before() {
        let draft = |later: &str| {
            format!(
                "# Airport traffic\n\nNorthgate handled 18.42 million passengers last year, the owner said.\n\nTraffic remains below {later}, the chief executive said."
            )
        };
        assert!(findings(&draft("the record 19.05 million passengers of 2019")).is_empty());
        assert_eq!(
            findings(&draft("the record 19.05 million passengers")).len(),
            1
        );
    }

    #[test]
    fn a_count_after_a_year_and_when_is_of_another_event() {
        let draft = |clause: &str| {
            format!(
                "The disaster is the deadliest at sea since 2008, {clause} 211 people died in the \
                 sinking of a cargo ship.\n\nPayments to the families of the 143 confirmed dead \
                 would total 71.5 million pesos."
            )
        };
        assert!(findings(&draft("when")).is_empty());
        assert_eq!(findings(&draft("and")).len(), 1);
        assert!(!year_when("in 12008, when "));
        assert!(year_when("since 2008 when "));
    }

    #[test]
    fn a_change_of_what_the_sentence_before_opens_with_is_another_actor_s() {
        let draft = |name: &str| {
            format!(
                "# Halden warns on profit\n\nGroup revenue fell 6% to £1.24bn from £1.32bn a year earlier.\n\n\
                 {name}, the largest division, suffered the sharpest fall. Its revenue dropped 9% to £486m."
            )
        };
        assert!(findings(&draft("Aggregates")).is_empty());
        assert_eq!(findings(&draft("The group")).len(), 1);
    }

    #[test]
    fn a_lede_restating_the_headline_otherwise_is_not_excused_by_a_sum_further_down() {
        let draft = |lede: u32| {
            format!(
                "# Storm death toll rises to 41\n\n\
                 The death toll from the storm rose to {lede} on Sunday, officials said.\n\n\
                 Florida reported 29 deaths and 12 were reported in Georgia."
            )
        };
        assert_eq!(findings(&draft(44)).len(), 1);
        assert!(findings(&draft(41)).is_empty());
    }

    #[test]
    fn a_headline_change_is_the_sum_of_changes_not_of_a_share_beside_one() {
        let draft = |headline: u32| {
            format!(
                "# Acme to cut 1,200 jobs as quarterly profit falls {headline}%\n\n\
                 Acme said it would cut 1,200 jobs, about 8% of its workforce of 15,000, \
                 after its fourth-quarter profit fell 18%."
            )
        };
        assert_eq!(findings(&draft(28)).len(), 1);
        assert!(findings(&draft(18)).is_empty());
        assert!(
            findings("# Stocks fall 5%\n\nStocks fell 3% on Monday and 2% on Tuesday.").is_empty()
        );
        assert_eq!(
            findings("# Stocks fall 5%\n\nStocks fell 3% on Monday and rose 2% on Tuesday.").len(),
            1
        );
    }

    #[test]
    fn of_two_lede_figures_of_a_kind_the_one_about_the_headline_s_subject_restates_it() {
        assert_eq!(findings("# Storm death toll rises to 41\n\nThe death toll from the storm rose to 44 on Sunday, as about 1.2 million homes remained without power.\n\nFlorida reported 29 deaths and 12 were reported in Georgia. Of the Florida deaths, 11 were in one county.").len(), 1);
        assert!(findings("# Storm death toll rises to 41\n\nThe death toll from the storm rose to 41 on Sunday, as about 1.2 million homes remained without power.\n\nFlorida reported 29 deaths and 12 were reported in Georgia. Of the Florida deaths, 11 were in one county.").is_empty());
    }

    #[test]
    fn a_lede_figure_that_restates_one_headline_figure_is_held_against_no_other() {
        let draft = |second: &str| {
            findings(&format!(
                "# 'Equalizer 2' takes No. 1 with $36.0M; 'Mamma Mia!' second with {second}\n\nSony's The Equalizer 2 took first place this weekend with $36.0 million.\n\nUniversal's Mamma Mia! Here We Go Again followed with $34.9 million."
            ))
        };
        assert!(draft("$34.9M").is_empty());
        assert!(draft("$38.9M").is_empty());
        // The second headline figure is still held against a lede that states it.
        let both = |second: &str| {
            findings(&format!(
                "# 'Equalizer 2' takes No. 1 with $36.0M; 'Mamma Mia!' second with {second}\n\nSony's The Equalizer 2 took first place with $36.0 million, ahead of Mamma Mia! Here We Go Again with $34.9 million."
            ))
        };
        assert!(both("$34.9M").is_empty());
        assert_eq!(both("$38.9M").len(), 1);
        // A lone headline figure is still held against the lede.
        assert_eq!(findings("# 'Equalizer 2' takes No. 1 with $38.0M\n\nSony's The Equalizer 2 took first place this weekend with $36.0 million.").len(), 1);
    }

    #[test]
    fn a_headline_figure_with_two_significant_digits_rounds_only_at_its_last() {
        assert_eq!(findings("# Rovers win in front of record 84,000 crowd\n\nRovers won the cup in front of a crowd of 82,214 on Saturday.").len(), 1);
        assert!(findings("# Rovers win in front of record 84,000 crowd\n\nRovers won the cup in front of a crowd of 84,214 on Saturday.").is_empty());
        assert!(
            findings("# Firm to cut 1,500 jobs\n\nThe firm will cut 1,460 jobs over two years.")
                .is_empty()
        );
    }

    #[test]
    fn a_figure_that_refers_back_with_two_digits_swapped_misstates_the_earlier_one() {
        let draft = |later: &str| {
            format!(
                "# Road deaths fall 4% to 1,624\n\nSome 1,624 people were killed on the roads last year.\n\nThe rise in cycling was welcome. Ministers said more would be done. Campaigners were not impressed.\n\n\"Every one of those {later} deaths is a family devastated,\" he said."
            )
        };
        assert_eq!(findings(&draft("1,642")).len(), 1);
        assert!(findings(&draft("1,624")).is_empty());
        assert!(findings("Traders asked to export 10,500 tonnes of maize.\n\nThe Commission granted rebates for the sale of 15,000 tonnes of maize.").is_empty());
        assert!(
            findings(&draft("1,642 injuries and 1,624").replace(" deaths is", " deaths are"))
                .is_empty()
        );
    }

    #[test]
    fn a_headline_figure_after_a_verb_of_passing_is_borne_out_by_any_body_figure_above_it() {
        assert!(findings("# Flood claims top £570m\n\nInsurers have paid out £573m to households hit by the floods.").is_empty());
        assert!(
            findings(
                "# Deaths pass 1,200 as floods spread\n\nThe death toll rose to 1,236 on Sunday."
            )
            .is_empty()
        );
        assert_eq!(findings("# Flood claims top £570m\n\nInsurers have paid out £563m to households hit by the floods.").len(), 1);
        assert!(ends_passing("Flood claims top "));
        assert!(!ends_passing("Britain's top "));
        assert!(!ends_passing("Top "));
        assert!(!ends_passing("the top "));
        assert!(!ends_passing("Insurers' top "));
    }

    #[test]
    fn a_round_headline_figure_is_borne_out_by_a_body_figure_within_five_percent() {
        assert!(findings("Storm leaves 50,000 homes without power\n\nThe storm left 48,700 homes without power on Saturday.").is_empty());
        assert_eq!(findings("Police force to lose 300 officers\n\nThe force will lose 380 officers over two years.").len(), 1);
        assert!(
            headline_round(
                &Draft::read("Council approves 4.2 million plan\n\nIt was approved.")
                    .ex
                    .figures[0]
            )
            .is_none()
        );
    }

    #[test]
    fn a_capitalised_word_names_what_its_lower_case_form_names() {
        assert!(names("The city will pay $1.25 million.", "City"));
        assert!(!names("The city will pay $1.25 million.", "Council"));
    }

    #[test]
    fn a_count_of_people_refers_back_by_what_happened_to_them() {
        assert_eq!(findings("The air strike killed 46 people, the ministry said.\n\nAmong the 48 killed were six children.").len(), 1);
        assert_eq!(findings("The death toll from the earthquake has risen to 2,946, officials said.\n\nRescuers are recovering the bodies of the 2,496 people who died.").len(), 1);
        assert!(findings("The earthquake killed 48 people, officials said.\n\nOf those killed, 12 were children.\n\nThe 36 adults killed included three firefighters.").is_empty());
        assert!(findings("The attack killed 30 civilians and 16 soldiers.\n\nAmong the 46 killed were six children.").is_empty());
        // A part taken from the deaths counts some of them; the whole named so still
        // restates them.
        assert!(findings("The office investigated 3,416 deaths last year.\n\nIt determined the cause of 2,628 of the deaths.").is_empty());
        assert_eq!(findings("The office investigated 3,416 deaths last year.\n\nIt determined the cause of all 2,628 deaths.").len(), 1);
    }

    #[test]
    fn a_hedged_count_in_a_quotation_restates_the_count_of_the_story() {
        let first = "The office investigated 3,416 deaths last year, up from 3,050.\n\n";
        let quote = |q: &str| {
            findings(&format!(
                "{first}\"{q} is the most this office has ever handled,\" said Dr Okafor."
            ))
        };
        assert_eq!(quote("More than 3,600 deaths").len(), 1);
        assert_eq!(quote("Nearly 3,000 deaths").len(), 1);
        assert!(quote("More than 3,400 deaths").is_empty());
        // The old end of the change, a year of its own, a plan, another set far off.
        assert!(quote("Nearly 3,100 deaths").is_empty());
        assert!(quote("More than 3,600 deaths in 2019").is_empty());
        assert!(
            findings(&format!(
                "{first}\"We expect more than 3,600 deaths next year,\" said Dr Okafor."
            ))
            .is_empty()
        );
        assert!(quote("Nearly 2,500 deaths").is_empty());
        // Outside a quotation, a hedged count may be another set.
        assert!(
            findings(&format!(
                "{first}More than 3,600 deaths were reported in the region."
            ))
            .is_empty()
        );
        // Of people, only in the same role.
        assert!(findings("The storm killed 41 people.\n\n\"More than 45 people were injured,\" the mayor said.").is_empty());
        assert_eq!(findings("The storm killed 41 people.\n\n\"More than 45 people were killed,\" the mayor said.").len(), 1);
    }

    #[test]
    fn people_an_employer_employs_are_its_workers() {
        assert_eq!(findings("The mine employs 1,750 people, the biggest employer in the region.\n\nIts owners said all 1,570 workers would keep their jobs.").len(), 1);
        assert!(findings("The mine employs 1,750 people, the biggest employer in the region.\n\nIts owners said 1,570 workers would keep their jobs.").is_empty());
        assert!(findings("The firm employs 900 people at its depot. A further 350 work at its Corby site.\n\nAll 1,250 employees will get the rise.").is_empty());
    }

    #[test]
    fn a_change_named_by_a_noun_restates_the_change_before_it() {
        assert_eq!(findings("Emissions fell by 53% between 1990 and 2023.\n\nThe committee said the 50% fall came from closing coal plants.").len(), 1);
        assert!(findings("Prices rose by 3.2% in the year to March.\n\nThe 3.4% rise in food prices was the largest.").is_empty());
        assert!(
            findings(
                "Emissions fell by 53% between 1990 and 2023.\n\nA 50% fall had been the target."
            )
            .is_empty()
        );
        assert!(findings("Investment will grow 4% next year.\n\nThe 0.1% overall increase compares to the 3.1% rise seen this year.").is_empty());
    }

    #[test]
    fn a_statement_after_a_parallel_item_describes_that_item() {
        assert!(findings("This week's auction of 85 mln dlrs of bills yielded 7.03 pct. The average price was 98.277. This month's auction of 50 mln dlrs of bills yielded 7.32 pct. The average price was 97.480.").is_empty());
        assert!(findings("The first tranche carries a rate of 8.30 pct. The issue price will be 96.44 pct. The second tranche carries a rate of 8.50 pct. The issue price will be 98.18 pct.").is_empty());
        assert_eq!(
            findings(
                "The plant will close with the loss of 250 jobs. The 205 jobs are mostly skilled."
            )
            .len(),
            1
        );
        assert_eq!(findings("The jobless rate rose to 4.6% in the quarter. Vacancies fell for the tenth month in a row. The 4.8% jobless rate is the highest since 2021.").len(), 1);
    }

    #[test]
    fn a_change_in_the_month_is_not_the_change_for_the_year_restated() {
        assert!(findings("Natural gas exports plunged 19.4 pct to 21.09 billion cubic meters.\n\nNatural gas exports fell 16.3 pct in the month to 2.51 billion cubic meters.").is_empty());
        assert_eq!(findings("The bakery group would cut 1,200 jobs, it said.\n\nUnions said losing 1,400 jobs would be a blow.").len(), 1);
    }

    #[test]
    fn a_sentence_restated_as_a_compound_is_compared() {
        assert_eq!(findings("She was sentenced on Friday to 12 years in prison.\n\nHer lawyer said she would appeal against the 15-year sentence.").len(), 1);
        assert!(findings("She was sentenced on Friday to 12 years in prison.\n\nHer lawyer said she would appeal against the 12-year sentence.").is_empty());
        assert!(findings("He signed a three-year contract in 2021.\n\nThe five-year contract he signed this week runs to 2030.").is_empty());
    }

    #[test]
    fn an_amount_more_is_an_increase() {
        assert_eq!(findings("A Band D household will pay £87 more in council tax from April.\n\nCouncillors said the £78 increase would hit pensioners.").len(), 1);
        assert!(findings("A Band D household will pay £87 more in council tax from April.\n\nCouncillors said the £78 fall in grants would hit pensioners.").is_empty());
    }

    #[test]
    fn a_determiner_among_the_four_words_before_a_figure_is_found() {
        let near = |text: &str| {
            let d = Draft::read(text);
            determiner_near_in(&d, 0)
        };
        assert!(near("Among the 48 killed were children."));
        assert!(near("They sold the strike by all 5,300 nurses."));
        assert!(!near("Police arrested 27 people."));
        assert!(!near(
            "The police, who had been there for hours, arrested 27 people."
        ));
    }

    fn determiner_near_in(d: &Draft, i: usize) -> bool {
        let common = crate::rules::Common {
            id: "t".into(),
            severity: crate::rules::Severity::Warning,
            message: None,
            scope: crate::rules::Scope::Document,
            enabled: true,
            description: None,
        };
        let shared = crate::rules::group::Shared::new(&d.ex);
        let cx = CheckContext {
            doc: &d.doc,
            extraction: &d.ex,
            common: &common,
            shared: &shared,
        };
        determiner_near(&cx, &d.ex.figures[i])
    }

    #[test]
    fn a_possessive_ends_with_s_or_is_a_possessive_pronoun() {
        assert!(possessive_end("Members said the district's"));
        assert!(possessive_end("and its"));
        assert!(possessive_end("Tesco’s"));
        assert!(!possessive_end("up on the afternoon"));
        assert!(!possessive_end("the"));
    }

    #[test]
    fn swapped_digits_close_by_restate_an_amount_however_far_apart() {
        assert_eq!(findings("Regulators fined the firm $2.5 million on Thursday.\n\nIts lawyers said the $5.2 million fine would be paid.").len(), 1);
        assert!(findings("Regulators fined the firm $2.5 million on Thursday.\n\nIts lawyers said the $6.2 million fine would be paid.").is_empty());
        assert_eq!(findings("Shares fell 14% on Thursday after a profit warning.\n\nThe 41% fall wiped £600m off its value.").len(), 1);
    }

    #[test]
    fn the_old_end_of_a_change_bears_out_no_headline() {
        assert_eq!(findings("Unemployment falls to 3.9%\n\nThe unemployment rate fell to 3.7% in October from 3.9% in September, officials said.").len(), 1);
        assert!(findings("Unemployment falls to 3.7%\n\nThe unemployment rate fell to 3.7% in October from 3.9% in September, officials said.").is_empty());
    }

    #[test]
    fn an_amount_after_a_receiver_does_not_refer_back() {
        assert!(findings("Trust fined £1.6m over deaths\n\nThe trust admitted failing to provide safe care.\n\nThe judge fined the trust £1.2m and £400,000 in costs.").is_empty());
        assert!(findings("The firm agreed to pay $2.5 million, regulators said.\n\nA court later ordered it to pay the council $3.1 million.").is_empty());
    }

    #[test]
    fn a_noun_made_from_a_verb_keeps_the_verb_s_root() {
        assert_eq!(root("settlement"), Some("settle"));
        assert_eq!(root("donation"), Some("donat"));
        assert_eq!(root("approval"), Some("approv"));
        assert_eq!(root("payment"), None);
        assert_eq!(root("fine"), None);
    }

    #[test]
    fn each_word_of_an_alias_group_knows_the_others() {
        let map: std::collections::HashMap<String, String> = [
            ("fine".to_owned(), "fine".to_owned()),
            ("penalty".to_owned(), "fine".to_owned()),
            ("jobless rate".to_owned(), "unemployment rate".to_owned()),
            ("unemployment".to_owned(), "unemployment rate".to_owned()),
        ]
        .into_iter()
        .collect();
        let groups = alias_groups(&map);
        assert_eq!(groups["penalty"], ["fine"]);
        assert_eq!(groups["fine"], ["penalty"]);
        assert!(groups["unemployment"].is_empty());
    }

    #[test]
    fn an_acquisition_restates_what_was_paid_to_buy() {
        let deal = |later: &str| {
            findings(&format!(
                "Brightco agreed to buy Lumen for $4.2 billion in cash.\n\nThe {later} is expected to close in June."
            ))
        };
        assert_eq!(deal("$4.5 billion acquisition").len(), 1);
        assert_eq!(deal("$4.5 billion takeover").len(), 1);
        assert!(deal("$4.2 billion acquisition").is_empty());
        // A loan is not made by buying.
        assert!(deal("$4.5 billion loan").is_empty());
    }

    #[test]
    fn a_settlement_restates_what_was_paid_to_settle() {
        assert_eq!(findings("The city will pay $1.25 million to settle a lawsuit, officials said.\n\nThe council approved the $1.52 million settlement without debate.").len(), 1);
        assert!(findings("The city will pay $1.25 million to settle a lawsuit, officials said.\n\nThe council approved the $1.52 million budget without debate.").is_empty());
    }

    #[test]
    fn a_fine_is_restated_as_a_penalty() {
        let rules = crate::RuleSet::default_rules().expect("the default rules load");
        let source = "Ofwat fined Severn Water £11.2m on Thursday.\n\nThe £12.1m penalty is the largest this year.";
        let doc = crate::Document::new(
            String::from("t.md"),
            String::from(source),
            crate::Format::Markdown,
        );
        let found = rules.check(&doc, &crate::extract(&doc, rules.extract_options()));
        assert_eq!(
            found
                .iter()
                .filter(|f| f.rule == "conflicting-figures")
                .count(),
            1
        );
    }

    #[test]
    fn swapped_digits_far_apart_in_value_still_restate_a_figure_nearby() {
        assert_eq!(findings("The agency issued 72 flood warnings by Sunday.\n\nMost of the 27 flood warnings were on the Severn.").len(), 1);
        assert!(findings("The agency issued 72 flood warnings by Sunday.\n\nMost of 27 flood warnings were on the Severn.").is_empty());
    }

    #[test]
    fn a_budget_of_a_sum_with_a_possessive_refers_back() {
        assert_eq!(findings("The district's $1.8 billion budget was approved on Tuesday.\n\nMembers said the district's budget of $1.6 billion was tight.").len(), 1);
        assert!(findings("The district's $1.8 billion budget was approved on Tuesday.\n\nMembers said a budget of $1.6 billion was tight.").is_empty());
    }

    #[test]
    fn a_headline_restates_the_one_figure_of_its_kind_in_the_lede() {
        assert_eq!(findings("Ministers unveil £3.5bn plan to clear NHS backlog\n\nMinisters have set out a £3.2bn package to cut waiting lists.").len(), 1);
        assert!(findings("Ministers unveil £3.5bn plan to clear NHS backlog\n\nMinisters have set out £3.2bn for hubs and £300m for staff.").is_empty());
        assert!(findings("Firm to sell 100 mln dlrs debentures\n\nIt will sell 70 mln dlrs of debentures.\n\nIt will also sell an additional 30 mln dlrs of debentures.").is_empty());
        assert!(findings("Output put at 3.5 mln bpd\n\nOutput fell to 3.5 mln barrels per day from 3.8 mln bpd in January.").is_empty());
        assert!(
            findings(
                "Brazil to meet bank creditors on april 10\n\nIt will meet the 14-bank committee."
            )
            .is_empty()
        );
        assert!(findings("Telecom offers 40 mln dlr bonds\n\nIt will offer bonds totalling 40 mln Australian dlrs.\n\nBids close on Monday.\n\nTelecom said 52 mln dlrs of 1990 bonds are already on issue.").is_empty());
        assert_eq!(findings("Council to close libraries in £38m savings plan\n\nThe council will close four libraries as part of a plan to save £36m over two years.\n\nIt did not say which.\n\nOf the £38m of savings, £14m will come from social care.").len(), 1);
        assert!(findings("House panel approves 400 mln dlrs foreign aid\n\nThe committee approved 300 mln dlrs in aid for four states, 50 mln dlrs for another and 50 mln dlrs in military aid.").is_empty());
        assert_eq!(findings("UK inflation falls to 2.8% as energy bills drop\n\nInflation in the UK fell to 2.3% in April from 3.2% in March, its lowest rate in almost three years.").len(), 1);
    }

    #[test]
    fn a_headline_change_restates_the_second_paragraph_when_the_lede_states_none_of_its_kind() {
        let draft = |rate: &str| {
            format!(
                "Pension fund tops £6bn after {rate} growth\n\nThe fund that pays the pensions of council staff grew by £520m in a year.\n\nThe fund grew by 9.4% to £6.05bn in the year to March, up from £5.53bn."
            )
        };
        assert!(findings(&draft("9.4%")).is_empty());
        assert_eq!(findings(&draft("8.4%")).len(), 1);
        assert_eq!(findings("Repair bill climbs to £9.8m\n\nThe council filled 31,400 potholes, up from 26,900.\n\nIt spent £9.2m on road repairs, up from £7.6m.").len(), 1);
        // A level in the headline, another year's level in the second paragraph.
        assert!(findings("Budget deficit seen at 2.45 billion dlrs\n\nThe deficit for 1986/87 is expected to be around the forecast of 2.45 billion N.Z. Dlrs.\n\nThe 1985/86 budget deficit was 1.87 billion dlrs.").is_empty());
        // A change of another thing, named.
        assert!(findings("Council sets £1.24bn budget as tax bills rise 4.99%\n\nCouncillors approved a £1.24bn budget on Wednesday.\n\nThe budget is £60m larger than this year's £1.18bn, an increase of 5.1%.").is_empty());
        // A lede that states a percentage of its own is the one restated.
        assert!(findings("Pension fund tops £6bn after 8.4% growth\n\nThe fund grew by 8.4% in a year.\n\nIts equities grew by 9.4%.").is_empty());
    }

    #[test]
    fn a_headline_against_its_lede_with_two_digits_swapped() {
        let draft = |headline: &str| {
            format!(
                "House prices rise {headline}\n\nAverage house prices rose by 2.4% in the year to October, the land registry said.\n\nThe average home now costs £289,000."
            )
        };
        assert!(findings(&draft("2.4%")).is_empty());
        assert_eq!(findings(&draft("4.2%")).len(), 1);
        // Far apart and no slip: the same change of the same thing misstated, but
        // another figure when it is of another thing.
        assert_eq!(findings(&draft("7.5%")).len(), 1);
        assert!(
            findings(
                "Rents rise 7.5%\n\nAverage house prices rose by 2.4% in the year to October."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_headline_loss_is_the_size_of_the_lede_s_loss() {
        assert_eq!(
            findings("Firm posts $14 million operating loss\n\nThe firm reported an operating loss of $41 million for the year, compared with operating income of $18 million.").len(),
            1
        );
        assert!(findings("Firm posts $41 million operating loss\n\nThe firm reported an operating loss of $41 million for the year, compared with operating income of $18 million.").is_empty());
        // A headline loss of one kind is no other kind's.
        assert!(findings("Firm posts $14 million trading loss\n\nThe firm reported an operating loss of $41 million for the year, compared with operating income of $18 million.").is_empty());
    }

    #[test]
    fn a_headline_loss_against_a_lede_loss_foretold() {
        let lede = |verb: &str| {
            format!(
                "Steelworks closure means loss of 3,200 jobs\n\nAbout 2,300 jobs {verb} after the owner said it would shut both blast furnaces."
            )
        };
        for verb in [
            "are at risk",
            "are under threat",
            "could be lost",
            "are set to go",
        ] {
            assert_eq!(findings(&lede(verb)).len(), 1, "{verb}");
        }
        // Not a loss: the jobs that stay.
        assert!(findings(&lede("will remain")).is_empty());
        assert!(findings("Steelworks closure means loss of 3,200 jobs\n\nAbout 3,200 jobs are at risk after the owner said it would shut the plant.").is_empty());
        // A threat in the headline, a cut in the lede.
        assert_eq!(findings("Closure puts 3,200 jobs at risk\n\nThe owner will cut 2,300 jobs when it shuts the plant.").len(), 1);
        // The workforce is no loss.
        assert!(findings("Factory to cut 300 jobs\n\nThe factory, which employs 2,300 people, will cut 300 jobs.").is_empty());
    }

    #[test]
    fn headline_extra_things_against_a_lede_comparison() {
        let draft = |lede: &str| {
            format!(
                "Heatwave caused 1,420 extra deaths, figures show\n\n{lede}\n\nThe deaths were concentrated among people aged over 75."
            )
        };
        assert_eq!(
            findings(&draft(
                "Some 1,240 more people died than usual during last summer's heatwave."
            ))
            .len(),
            1
        );
        assert!(
            findings(&draft(
                "Some 1,420 more people died than usual during last summer's heatwave."
            ))
            .is_empty()
        );
        assert_eq!(
            findings(&draft("The heatwave caused 1,240 excess deaths.")).len(),
            1
        );
        // No extra things in the headline: a comparison in the lede is no restatement.
        assert!(findings("Heatwave deaths reach 1,420\n\nSome 1,240 more people died than usual during the heatwave.").is_empty());
    }

    #[test]
    fn an_open_bound_bears_out_no_headline_figure_of_another_subject() {
        let draft = |bound: &str| {
            format!(
                "Ministers unveil £3.5bn plan for hospitals\n\nMinisters have set out a £3.2bn package to repair hospital buildings.\n\nTrusts with debts of {bound} will be first in line."
            )
        };
        // Alone ("more than £100m" meets £3.5bn) or added to the lede's £3.2bn.
        assert_eq!(findings(&draft("more than £100m")).len(), 1);
        assert_eq!(findings(&draft("over £300m")).len(), 1);
        // A closed figure that adds up to the headline's still bears it out.
        assert!(findings(&draft("£300m")).is_empty());
        // Of its own subject, a bound bears the headline out.
        assert!(
            findings(
                "Council to cut 450 jobs\n\nThe council will cut more than 400 jobs, it said."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_headline_level_restates_the_one_lede_figure_near_its_size() {
        let draft = |level: &str| {
            format!(
                "Cinema chain admissions climb 8% to {level}\n\nThe chain, which runs 41 sites, sold 14.6 million tickets in 2025, up 8% from 13.5 million the year before."
            )
        };
        assert!(findings(&draft("14.6 million")).is_empty());
        assert_eq!(findings(&draft("15.6 million")).len(), 1);
        assert!(findings("Panel approves 400 mln dlrs in aid\n\nIt approved 300 mln dlrs in aid for four states and 60 mln dlrs and 40 mln dlrs in loans.").is_empty());
    }

    #[test]
    fn two_swapped_digits_are_a_slip_and_another_number_is_not() {
        assert!(slip_text("312", "321"));
        assert!(slip_text("£18.6m", "£16.8m"));
        assert!(!slip_text("1.15 billion", "1.10 billion"));
        assert!(!slip_text("48.8 pct", "45 pct"));
        assert!(!slip_text("250.28", "140.5"));
        assert!(!slip_text("1,234", "4,321"));
    }

    fn check() -> Compiled {
        Compiled {
            tolerance: None,
            max_ratio: DEFAULT_MAX_RATIO,
            aliases: std::collections::HashMap::new(),
        }
    }

    fn money(text: &str, v: f64, r: f64) -> crate::rules::group::testing::Fig<'_> {
        count(text, v, r).kind(FigureKind::Money)
    }

    #[test]
    fn two_penalties_that_do_not_meet_conflict() {
        let d = Draft::new("They paid a $4.2m penalty. Later, the $4.7m penalty was paid.")
            .with(&money("$4.2m", 4.2e6, 5e4).subject("penalty", "penalty"))
            .with(&money("$4.7m", 4.7e6, 5e4).subject("penalty", "penalty"));
        let hits = d.run(&check());
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits[0].message,
            "\"$4.2m\" and \"$4.7m\" penalty: 4,150,000 to 4,250,000 cannot also be 4,650,000 to 4,750,000"
        );
    }

    #[test]
    fn a_whole_count_never_meets_the_count_one_away() {
        let draft = |later: &str, value: f64| {
            let text = format!("There were 19 deaths. The {later} deaths shocked the town.");
            Draft::new(&text)
                .with(&count("19", 19.0, 0.5).subject("deaths", "death"))
                .with(&count(later, value, 0.5).subject("deaths", "death"))
                .run(&check())
                .into_iter()
                .map(|h| h.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            draft("18", 18.0),
            ["\"19\" and \"18\" deaths: exactly 19 cannot also be exactly 18"]
        );
        assert!(draft("19", 19.0).is_empty());
    }

    #[test]
    fn a_figure_one_step_away_that_refers_back_is_another_value() {
        let run = findings;
        assert_eq!(
            run("The firm was fined $4.1 million.\n\nThe $4.2 million fine was a record."),
            [
                "\"$4.1 million\" and \"$4.2 million\": 4,050,000 to under 4,150,000 cannot also be 4,150,000 to under 4,250,000"
            ]
        );
        // A headline against its lede.
        assert_eq!(
            run("Jobless rate dips to 4.0%\n\nThe jobless rate fell to 4.1%, the department said."),
            [
                "\"4.0%\" and \"4.1%\" Jobless rate: 3.95 to under 4.05 cannot also be 4.05 to under 4.15"
            ]
        );
        // Two steps apart, as before; the same step repeated agrees.
        assert_eq!(
            run("The firm was fined $4.1 million.\n\nThe $4.3 million fine was a record.").len(),
            1
        );
        assert!(
            run("The firm was fined $4.1 million.\n\nThe $4.1 million fine was a record.")
                .is_empty()
        );
        // A subject that refers back may be of another period or item.
        assert!(run("The load factor rose to 66.5 pct in February.\n\nThe load factor was 66.6 pct in the April/February period.").is_empty());
        // A headline figure written to the step of a finer body figure may cut it short;
        // one written to the same step does not.
        assert!(
            run("Profit hits 60 mln dlrs\n\nNet profit rose to 60.8 mln dlrs, the company said.")
                .is_empty()
        );
    }

    #[test]
    fn a_rounded_restatement_agrees() {
        let d = Draft::new("The grant is $1.2 million. The grant was $1,215,000.")
            .with(&money("$1.2 million", 1.2e6, 5e4).subject("grant", "grant"))
            .with(&money("$1,215,000", 1_215_000.0, 0.5).subject("grant", "grant"));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn a_wrong_value_repeated_is_reported_once() {
        let d = Draft::new("It has 300 staff. The 400 staff agree. The 400 staff left.")
            .with(&count("300", 300.0, 0.5).subject("staff", "staff"))
            .with(&count("400", 400.0, 0.5).subject("staff", "staff"))
            .with(&count("400", 400.0, 0.5).subject("staff", "staff"));
        assert_eq!(d.run(&check()).len(), 1);
    }

    #[test]
    fn figures_without_a_subject_are_never_compared() {
        let d = Draft::new("It has 300. It has 400.")
            .with(&count("300", 300.0, 0.5))
            .with(&count("400", 400.0, 0.5));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn a_price_each_is_kept_apart_from_a_total() {
        let d = Draft::new("Tickets cost $40 each. The tickets cost $30.")
            .with(&money("$40", 40.0, 0.5).subject("tickets", "ticket"))
            .with(&money("$30", 30.0, 0.5).subject("tickets", "ticket"));
        assert!(d.run(&check()).is_empty());
    }

    #[test]
    fn an_amount_followed_by_a_modifier_names_a_thing_its_subject_reader_missed() {
        assert!(findings("GenCorp plans to buy back 54 pct of its stock for 1.6 billion dlrs. The buy back was made to fend off the hostile 2.3 billion dlr, 100-dlr-a-share, tender offer by AFG.").is_empty());
        assert_eq!(findings("GenCorp plans to buy back 54 pct of its stock for 1.6 billion dlrs. Analysts said the 1.9 billion dlrs was a fair price.").len(), 1);
    }

    #[test]
    fn a_reporting_word_used_as_an_adjective_does_not_make_the_names_before_it_sources() {
        assert!(findings("Traders said Brass River sold at a price far below the official price of 18.92 dlrs for Bonny Light. Iranian oil is also surfacing in the Far East at reported discounts to its 17.50 dlrs official price.").is_empty());
        assert_eq!(findings("Traders said Brass River sold at a price far below the official price of 18.92 dlrs for Bonny Light. Brokers reported discounts to its 17.50 dlrs official price.").len(), 1);
    }

    #[test]
    fn an_amount_that_names_nothing_restates_the_amount_before_it() {
        assert_eq!(findings("Four men used a car dealership to claim £3.2m in fake VAT repayments. The trial lasted 11 weeks. The court heard that £2.1m of the £3.4m was claimed on phantom exports.").len(), 1);
        assert!(findings("Four men used a car dealership to claim £3.2m in fake VAT repayments. The trial lasted 11 weeks. The court heard that £2.1m of the £3.2m was claimed on phantom exports.").is_empty());
    }

    #[test]
    fn an_amount_named_by_the_participle_of_an_earlier_verb_restates_that_amount() {
        assert_eq!(findings("The co-operative collected 9,970 tonnes of apples this autumn. Of the 9,790 tonnes collected, about 60% went to cider makers.").len(), 1);
        assert!(findings("The co-operative collected 9,970 tonnes of apples this autumn. Of the 9,970 tonnes collected, about 60% went to cider makers.").is_empty());
        // Another verb names another amount.
        assert!(findings("The co-operative collected 9,970 tonnes of apples this autumn. Of the 9,790 tonnes exported, about 60% went to France.").is_empty());
        assert!(findings("The co-operative collected 9,970 tonnes of apples this autumn. Of the 9,790 tonnes collected in 2015, about 60% went to cider makers.").is_empty());
    }

    #[test]
    fn an_amount_that_a_phrase_names_or_that_sums_two_before_it_is_not_a_restatement() {
        assert!(findings("The council paid fines of £2m and costs of £1.4m last year. The £3.4m will come from reserves.").is_empty());
        assert!(findings("The company will pay 522 mln dlrs in stock. The big number is the 767 mln dlrs in debt it takes on.").is_empty());
        assert!(findings("The study put savings at 7.0 billion dlrs. It said that 5.1 billion dlrs, or 70 pct of the savings, came from storage.").is_empty());
    }

    #[test]
    fn the_things_a_change_removes_are_a_set_a_later_count_names() {
        assert_eq!(findings("The carmaker will cut 1,200 jobs. The union said it would fight the cuts. Of the 1,400 jobs, 900 are on the production line.").len(), 1);
        assert!(findings("The carmaker will cut 1,200 jobs. The union said it would fight the cuts. Of the 1,200 jobs, 900 are on the production line.").is_empty());
        assert!(findings("The carmaker will cut 1,200 jobs. The union said it would fight the cuts. The 1,350 jobs created at the battery plant in 2021 are not affected.").is_empty());
    }

    #[test]
    fn an_amount_an_event_noun_makes_definite_is_that_event_s() {
        assert!(findings("The plant could produce two mln tonnes of LNG a year. Pertamina signed a contract with CPC for the supply of 1.5 mln tonnes of LNG.").is_empty());
        assert_eq!(findings("The company agreed to pay a $4.2m penalty. Shareholders approved the payment of the $4.7m penalty.").len(), 1);
    }

    #[test]
    fn an_amount_that_names_nothing_may_restate_one_earlier_in_its_own_sentence() {
        assert!(findings("The fund was set at $25 million. It lost a further $18 million last year, and the $18 million would have been higher without a grant.").is_empty());
    }

    #[test]
    fn the_owned_whole_a_part_is_taken_from_refers_back() {
        assert_eq!(
            findings("Hartwell runs 12 bakeries. The company will close two of its 14 bakeries.")
                .len(),
            1
        );
        assert!(
            findings("Hartwell runs 12 bakeries. The company will close two of its 12 bakeries.")
                .is_empty()
        );
        // "the" may set out another set; only an owner names the one counted.
        assert!(
            findings("All 78 seats would be contested in 2028. Labour holds 37 of the 84 seats.")
                .is_empty()
        );
        // A statement the part meets was of the part.
        assert!(
            findings(
                "The bank will convert 35 branches. It plans to convert 35 of its 62 branches."
            )
            .is_empty()
        );
        // Narrowed, it is another set.
        assert!(
            findings(
                "Hartwell runs 12 bakeries. It will close two of its 14 bakeries that make bread."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_count_of_acts_that_refers_back_restates_the_things_the_act_was_done_to() {
        assert_eq!(findings("The board voted to lay off 140 employees. The 160 layoffs are the most in its history.").len(), 1);
        assert!(findings("The board voted to lay off 140 employees. The 140 layoffs are the most in its history.").is_empty());
        assert_eq!(findings("Thunder finished second after winning 17 of their 20 matches. The 18 wins were a club record.").len(), 1);
        assert!(findings("Thunder finished second after winning 17 of their 20 matches. The 17 wins were a club record.").is_empty());
        assert_eq!(
            findings("The chain will close 25 stores. The 27 closures will cost 900 jobs.").len(),
            1
        );
        // Acts counted in parts, or counted as acts already.
        assert!(
            findings(
                "The chain will close 25 stores and 3 depots. The 28 closures will cost 900 jobs."
            )
            .is_empty()
        );
        assert!(findings("The chain will close 25 stores. Its rival announced 27 closures in May. The 27 closures will cost 900 jobs.").is_empty());
        // A verb whose object is counted otherwise.
        assert!(
            findings("The agency reported 12 cases. The 14 reports came from schools.").is_empty()
        );
    }

    #[test]
    fn a_verb_with_an_object_after_a_count_restricts_nothing() {
        assert_eq!(findings("Thunder finished second after winning 17 of their 20 matches. The coach said the 18 wins showed how far the squad had come.").len(), 1);
        assert!(findings("The firm will cut 1,200 jobs. The 1,350 jobs created at the battery plant are safe.").is_empty());
        assert!(
            findings(
                "The chain will close 25 stores. The 27 closures announced in May are separate."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_after_including_states_how_many_of_its_things_there_are() {
        assert_eq!(findings("The fire destroyed 214 structures, including 163 homes. The 136 homes were in the town.").len(), 1);
        assert!(findings("The fire destroyed 214 structures, including 163 homes. The 163 homes were in the town.").is_empty());
        assert!(findings("The storm killed 30 people, including 12 children. Two of the children were at school.").is_empty());
    }

    #[test]
    fn a_part_taken_from_a_whole_states_no_whole_larger_than_it() {
        assert!(findings("The district said 85 of the layoffs would be teachers and the other 55 aides. The 140 layoffs are the most in its history.").is_empty());
        assert_eq!(findings("The district said 85 of the layoffs would be teachers and the other 55 aides. The 80 layoffs are the most in its history.").len(), 1);
    }

    #[test]
    fn an_amount_before_a_finite_verb_names_nothing() {
        assert_eq!(findings("The airport made a pre-tax profit of £41.6m last year. Revenue rose to £312m. The £46.1m compares with a loss of £12.3m in 2021.").len(), 1);
        assert!(findings("The airport made a pre-tax profit of £41.6m last year. Revenue rose to £312m. The £41.6m compares with a loss of £12.3m in 2021.").is_empty());
    }

    #[test]
    fn page_furniture_is_no_lede() {
        for text in [
            "Growth comes despite 2,140 complaints about noise",
            "By Sarah Okafor, Transport Correspondent",
            "14 March 2026, 06:00 GMT",
            "Published 14 March 2026. Updated 09:41.",
            "Image caption: The terminal handled 412,000 passengers.",
            "Photo: The terminal handled 412,000 passengers.",
            "The terminal handled 412,000 passengers. Photo: Courier/James Hill",
        ] {
            assert!(furniture(text), "{text}");
        }
        for text in [
            "Passenger numbers rose 12% to a record 4.2 million last year.",
            "By 2030, the airport expects 6 million passengers.",
            "By Friday, 4,000 people had left.",
            "Credit Foncier said it will issue 500 mln francs of bonds.",
            "Pictures of the 12 paintings were published on Tuesday.",
            "Updated forecasts show 3% growth.",
            "\"We have added 14 new routes,\" he said.\u{201d}",
            "The fund (set up in 2019) holds $4bn (Reuters).",
            "The council will decide on Tuesday:",
        ] {
            assert!(!furniture(text), "{text}");
        }
    }

    #[test]
    fn a_value_a_figure_is_above_or_below_is_a_comparison() {
        let draft = |verb: &str| {
            findings(&format!(
                "There were 23,702 initial decisions in the year to June 2023, up 61% on 14,730 in the year to June 2022.\n\nIt is also {verb} 20,766 decisions made in the pre-pandemic calendar year of 2019."
            ))
        };
        assert!(draft("above the").is_empty());
        assert!(draft("below the").is_empty());
        assert!(draft("short of the").is_empty());
        // Without a comparison the later figure is another statement of the decisions.
        assert_eq!(draft("based on the").len(), 1);
        assert!(
            findings(
                "Spending of $4.2m exceeded the $3.9m budget. The budget of $3.9m was set in May."
            )
            .is_empty()
        );
    }
}
